package node

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/asynkron/protoactor-go/actor"
	"github.com/ethereum/go-ethereum/common"
	"google.golang.org/protobuf/proto"

	"github.com/pocogrid/pocogrid/actors"
	"github.com/pocogrid/pocogrid/cluster"
	"github.com/pocogrid/pocogrid/demo"
	"github.com/pocogrid/pocogrid/gpu"
	"github.com/pocogrid/pocogrid/identity"
	"github.com/pocogrid/pocogrid/messages"
	"github.com/pocogrid/pocogrid/sandbox"
)

func numCPU() int { return runtime.NumCPU() }

// workerSide runs this node's WorkerActor against whichever scheduler the
// cluster currently names for the pool, and follows it when it moves.
type workerSide struct {
	cfg    Config
	keys   []*identity.Key
	desc   *messages.NodeDescriptor
	prober gpu.Prober
	alloc  *gpu.Allocator
	health <-chan gpu.HealthEvent
	exec   *sandbox.Executor
	cat    *actors.Catalog
	blobs  *blobServer
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

func newWorkerSide(cfg Config, key *identity.Key, desc *messages.NodeDescriptor) (*workerSide, error) {
	if !cfg.has(RoleWorker) {
		return nil, nil
	}
	w := &workerSide{cfg: cfg, keys: []*identity.Key{key}, desc: desc}
	for i := 1; i < cfg.Identities; i++ {
		k, err := identity.LoadOrCreate(filepath.Join(cfg.DataDir, fmt.Sprintf("worker-%d.key", i)))
		if err != nil {
			return nil, err
		}
		w.keys = append(w.keys, k)
	}
	if cfg.FakeGPUs != "" {
		f, err := gpu.NewFakeProber(cfg.FakeGPUs + "@" + key.Address().Hex())
		if err != nil {
			return nil, err
		}
		w.prober = f
	} else {
		p, reason := gpu.NewNVMLProber(cfg.Logger)
		if reason != "" {
			cfg.Logger.Info("no GPUs", "reason", reason)
		}
		w.prober = p
	}
	infos, err := w.prober.Probe()
	if err != nil {
		cfg.Logger.Warn("GPU probe failed; running without GPUs", "err", err)
		infos = nil
	}
	if len(infos) > 0 {
		w.alloc = gpu.NewAllocator(infos)
		w.cfg.Slots = max(w.cfg.Slots, len(infos))
		desc.Slots = uint32(w.cfg.Slots)
	}
	if w.exec, err = demo.NewExecutor(); err != nil {
		return nil, err
	}
	if w.cat, err = catalog(cfg); err != nil {
		return nil, err
	}
	host, _, _ := net.SplitHostPort(cfg.Bind)
	if w.blobs, err = startBlobServer(cfg.DataDir, host); err != nil {
		return nil, err
	}
	return w, nil
}

func (w *workerSide) gpuSummary() *messages.GPUSummary {
	if w.alloc == nil {
		return nil
	}
	return actors.GPUSummary(w.alloc.Summary())
}

func (w *workerSide) start(ctx context.Context, sys *actor.ActorSystem, mem *cluster.Membership) {
	ctx, w.cancel = context.WithCancel(ctx)
	if w.alloc != nil {
		if ch, err := w.prober.Events(ctx); err == nil {
			w.health = ch
		} else {
			w.cfg.Logger.Warn("GPU health events unavailable", "err", err)
		}
	}
	if w.alloc != nil {
		w.wg.Add(1)
		go w.advertiseCapacity(ctx, mem)
	}
	sets, unsubscribe := mem.Subscribe()
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		defer unsubscribe()
		var current []*actor.PID
		var currentAt string
		follow := func(set []cluster.Member) {
			d, ok := schedulerOf(set, w.cfg.Pool)
			if !ok || d.ActorAddress == currentAt {
				return
			}
			for _, p := range current {
				_ = sys.Root.StopFuture(p).Wait()
			}
			currentAt = d.ActorAddress
			current = w.spawn(sys, d)
			w.cfg.Logger.Info("working for scheduler", "pool", w.cfg.Pool, "scheduler", common.BytesToAddress(d.NodeId).Hex(), "at", d.ActorAddress)
		}
		follow(mem.Members())
		for {
			select {
			case <-ctx.Done():
				for _, p := range current {
					_ = sys.Root.StopFuture(p).Wait()
				}
				return
			case set, ok := <-sets:
				if !ok {
					return
				}
				follow(set)
			}
		}
	}()
}

// spawn starts one WorkerActor per identity against the scheduler; the
// node's slots are shared out among them (GPU rigs: the first identity
// holds the GPUs).
func (w *workerSide) spawn(sys *actor.ActorSystem, sched *messages.NodeDescriptor) []*actor.PID {
	var pids []*actor.PID
	n := len(w.keys)
	for i, k := range w.keys {
		slots := w.cfg.Slots / n
		if i < w.cfg.Slots%n {
			slots++
		}
		d := proto.Clone(w.desc).(*messages.NodeDescriptor)
		d.NodeId = k.Address().Bytes()
		d.Slots = uint32(slots)
		c := actors.WorkerConfig{
			Key:            k,
			Descriptor:     d,
			Scheduler:      common.BytesToAddress(sched.NodeId),
			Executor:       w.exec,
			Apps:           w.cat,
			Slots:          slots,
			Logger:         w.cfg.Logger,
			WorkDir:        demo.ScratchDir(),
			RequestTimeout: w.cfg.RequestTimeout,
			AllowNative:    w.cfg.AllowNative,
			Blobs:          w.blobs,
		}
		if i == 0 {
			c.GPUs, c.GPUHealth = w.alloc, w.health
		}
		pid, err := sys.Root.SpawnNamed(actors.NewWorkerProps(c, actor.NewPID(sched.ActorAddress, w.cfg.Pool+"/scheduler")),
			fmt.Sprintf("worker-%d-%s", i, sched.ActorAddress))
		if err != nil {
			w.cfg.Logger.Error("spawn worker", "err", err)
			continue
		}
		pids = append(pids, pid)
	}
	return pids
}

func (w *workerSide) close() {
	if w.cancel != nil {
		w.cancel()
	}
	w.wg.Wait()
	_ = w.prober.Close()
	w.blobs.close()
	_ = w.exec.Close(context.Background())
}

// details answers a NodeDetailsRequest: the descriptor and the current
// per-GPU state (allocations and health included). Nil-safe: nodes without
// the worker role have no GPUs.
func (w *workerSide) details(desc *messages.NodeDescriptor) *messages.NodeDetails {
	d := &messages.NodeDetails{Descriptor_: desc, GpusJson: []byte("[]")}
	if w == nil || w.alloc == nil {
		return d
	}
	if b, err := json.Marshal(w.alloc.Infos()); err == nil {
		d.GpusJson = b
	}
	return d
}

// advertiseCapacity re-advertises the node's descriptor when its GPU
// capacity (free or healthy GPUs) changes, checking every second.
func (w *workerSide) advertiseCapacity(ctx context.Context, mem *cluster.Membership) {
	defer w.wg.Done()
	t := time.NewTicker(time.Second)
	defer t.Stop()
	last := w.gpuSummary()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		now := w.gpuSummary()
		if now.Free == last.Free && now.Healthy == last.Healthy {
			continue
		}
		d := proto.Clone(w.desc).(*messages.NodeDescriptor)
		d.Gpu = now
		if err := mem.UpdateDescriptor(d); err != nil {
			w.cfg.Logger.Warn("re-advertise GPU capacity", "err", err)
			continue
		}
		last = now
	}
}
