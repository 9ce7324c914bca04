// Package demo runs a whole pool in one process: a scheduler, N workers and
// a bag of tasks, certified by PoCo. It backs `pocogrid demo` and the
// in-process benchmarks.
package demo

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/asynkron/protoactor-go/actor"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pocogrid/pocogrid/actors"
	"github.com/pocogrid/pocogrid/apps"
	"github.com/pocogrid/pocogrid/chain"
	"github.com/pocogrid/pocogrid/gpu"
	"github.com/pocogrid/pocogrid/identity"
	"github.com/pocogrid/pocogrid/messages"
	"github.com/pocogrid/pocogrid/poco"
	"github.com/pocogrid/pocogrid/result"
	"github.com/pocogrid/pocogrid/sandbox"
)

// Options configure a demo run.
type Options struct {
	Workers      int
	Tasks        int
	Trust        uint64
	App          string
	Saboteurs    float64 // fraction of colluding workers
	Category     poco.Category
	Requirements string
	Slots        int // replicas per worker at once
	// Progress receives a live progress line ("" disables it).
	Progress io.Writer
	Timeout  time.Duration
	Logger   *slog.Logger
	// HeartbeatInterval and LivenessTimeout tune replica liveness.
	HeartbeatInterval, LivenessTimeout time.Duration
	// WorkDir holds the workers' scratch output directories (default: a
	// tmpfs such as /dev/shm when there is one, else the temp dir).
	WorkDir string
	// System, when set, hosts the pool instead of a fresh actor system.
	System *actor.ActorSystem
	// Chain is where certified tasks are finalized: "none" (off chain),
	// "sim" (go-ethereum's simulated chain in process), or a ws:// or
	// http:// JSON-RPC node.
	Chain string
	// FakeGPUs gives GPUWorkers workers a fake GPU fleet of this spec (see
	// gpu.ParseFakeSpec); GPUTasks of the tasks then ask for one GPU each.
	FakeGPUs   string
	GPUWorkers int
	GPUTasks   int
}

// Summary is the outcome; its JSON keys are the CLI's contract.
type Summary struct {
	Tasks          int            `json:"tasks"`
	Completed      int            `json:"completed"`
	Failed         int            `json:"failed"`
	WrongAccepted  int            `json:"wrong_accepted"`
	Replicas       int            `json:"replicas"`
	ReplicasFailed int            `json:"replicas_failed"`
	ReplicasPer    float64        `json:"replicas_per_task"`
	TasksPerSecond float64        `json:"tasks_per_second"`
	ElapsedSeconds float64        `json:"elapsed_s"`
	Workers        int            `json:"workers"`
	Saboteurs      int            `json:"saboteurs"`
	Trust          uint64         `json:"trust"`
	App            string         `json:"app"`
	Failures       map[string]int `json:"failure_reasons,omitempty"`
	// GPU runs (with --fake-gpus): GPU tasks certified by a replica that
	// was not pinned to its own allocated GPU are misplaced; two replicas
	// pinned to one GPU at the same time are a pinning conflict.
	GPUTasks            int               `json:"gpu_tasks"`
	GPUTasksMisplaced   int               `json:"gpu_tasks_misplaced"`
	GPUPinningConflicts int               `json:"gpu_pinning_conflicts"`
	GPUWorkers          int               `json:"gpu_workers"`
	GPUsUsed            int               `json:"gpus_used"`
	Results             []CertifiedResult `json:"results"`
	// Chain runs only.
	Chain            string         `json:"chain"`
	FinalizedOnchain int            `json:"finalized_onchain"`
	GasPerTask       float64        `json:"gas_per_task,omitempty"`
	Contract         string         `json:"contract,omitempty"`
	ChainID          uint64         `json:"chain_id,omitempty"`
	DealID           string         `json:"deal_id,omitempty"`
	Claimed          int            `json:"claimed,omitempty"`
	ClaimsPending    int            `json:"claims_pending,omitempty"`
	Payments         *PaymentReport `json:"payments,omitempty"`
}

// PaymentReport compares what the chain moved with what PoCo's off-chain
// core computed for the same tasks, to the nRLC.
type PaymentReport struct {
	RequesterPaid     string   `json:"requester_paid"`
	RequesterExpected string   `json:"requester_expected"`
	WorkersReceived   string   `json:"workers_received"`
	WorkersExpected   string   `json:"workers_expected"`
	SchedulerReceived string   `json:"scheduler_received"`
	SchedulerExpected string   `json:"scheduler_expected"`
	Mismatches        []string `json:"mismatches,omitempty"`
	Match             bool     `json:"match"`
}

// CertifiedResult is one certified task (the summary lists a few).
type CertifiedResult struct {
	TaskID      string `json:"task_id"`
	Digest      string `json:"digest"`
	Replicas    uint32 `json:"replicas"`
	GroupWeight string `json:"group_weight"`
	TotalWeight string `json:"total_weight"`
	Output      string `json:"output,omitempty"`
}

func (o *Options) defaults() error {
	if o.Workers <= 0 {
		return errors.New("--workers must be at least 1")
	}
	if o.Tasks <= 0 {
		return errors.New("--tasks must be at least 1")
	}
	if o.Saboteurs < 0 || o.Saboteurs >= 1 || math.IsNaN(o.Saboteurs) {
		return errors.New("--saboteurs must be in [0, 1)")
	}
	if o.App == "" {
		o.App = "primes"
	}
	if o.Slots <= 0 {
		o.Slots = 1
	}
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Minute
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.HeartbeatInterval == 0 {
		o.HeartbeatInterval = 500 * time.Millisecond
	}
	if o.LivenessTimeout == 0 {
		o.LivenessTimeout = 5 * time.Second
	}
	if o.WorkDir == "" {
		o.WorkDir = ScratchDir()
	}
	if o.Chain == "" {
		o.Chain = "none"
	}
	if o.FakeGPUs != "" {
		if o.GPUWorkers <= 0 {
			// Enough GPU rigs for PoCo's distinct replicas at this trust.
			o.GPUWorkers = min(max(2, poco.FreshWorkersNeeded(max(o.Trust, 1), poco.Weight(0))), o.Workers)
		}
		if o.GPUWorkers > o.Workers {
			return errors.New("--gpu-workers exceeds --workers")
		}
		if o.GPUTasks <= 0 {
			o.GPUTasks = o.Tasks / 2
		}
		if o.GPUTasks > o.Tasks {
			return errors.New("--gpu-tasks exceeds --tasks")
		}
	} else if o.GPUTasks > 0 {
		return errors.New("--gpu-tasks needs --fake-gpus (or GPU nodes)")
	}
	return nil
}

// ScratchDir is where sandbox output directories go: a tmpfs when the
// machine has one (replica outputs are short-lived), else the temp dir.
func ScratchDir() string {
	if st, err := os.Stat("/dev/shm"); err == nil && st.IsDir() {
		if f, err := os.CreateTemp("/dev/shm", "pocogrid-probe-"); err == nil {
			f.Close()
			os.Remove(f.Name())
			return "/dev/shm"
		}
	}
	return os.TempDir()
}

// NewActorSystem returns an actor system logging to logger (protoactor's
// own coloured logging is replaced).
func NewActorSystem(logger *slog.Logger) *actor.ActorSystem {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return actor.NewActorSystem(actor.WithLoggerFactory(func(*actor.ActorSystem) *slog.Logger { return logger }))
}

// NewExecutor returns a sandbox executor with an on-disk compilation cache.
func NewExecutor() (*sandbox.Executor, error) {
	var opts []sandbox.Option
	if dir, err := os.UserCacheDir(); err == nil {
		opts = append(opts, sandbox.WithCacheDir(filepath.Join(dir, "pocogrid", "wazero")))
	}
	return sandbox.NewExecutor(opts...)
}

// BuiltinCatalog is the catalog of the built-in apps.
func BuiltinCatalog() (*actors.Catalog, error) {
	var list []sandbox.App
	for _, n := range apps.Names() {
		a, err := apps.Builtin(n)
		if err != nil {
			return nil, err
		}
		list = append(list, a)
	}
	return actors.NewCatalog(list...), nil
}

// WorkerDescriptor describes an in-process worker.
func WorkerDescriptor(key *identity.Key, i, slots int) *messages.NodeDescriptor {
	host, _ := os.Hostname()
	return &messages.NodeDescriptor{
		NodeId:      key.Address().Bytes(),
		Hostname:    fmt.Sprintf("%s/worker-%d", host, i),
		Os:          runtime.GOOS,
		Arch:        runtime.GOARCH,
		Cores:       uint32(slots),
		MemoryBytes: 2 << 30,
		Roles:       []string{"worker"},
		Pool:        "demo",
		Slots:       uint32(slots),
	}
}

// Run executes one demo.
func Run(ctx context.Context, o Options) (*Summary, error) {
	if err := o.defaults(); err != nil {
		return nil, err
	}
	catalog, err := BuiltinCatalog()
	if err != nil {
		return nil, err
	}
	if _, err := catalog.ByName(o.App); err != nil {
		return nil, err
	}
	exec, err := NewExecutor()
	if err != nil {
		return nil, err
	}
	defer exec.Close(context.Background())

	sys := o.System
	if sys == nil {
		sys = NewActorSystem(o.Logger)
		defer sys.Shutdown()
	}
	schedKey, err := identity.Generate()
	if err != nil {
		return nil, err
	}
	workerKeys := make([]*identity.Key, o.Workers)
	for i := range workerKeys {
		if workerKeys[i], err = identity.Generate(); err != nil {
			return nil, err
		}
	}
	var ch *chainRun
	var requesterKey, appKey *identity.Key
	poolCfg := actors.PoolConfig{PoolPrice: 1_000_000_000, WorkerStake: 300_000_000, SchedulerRatio: 5}
	if o.Chain != "none" {
		if requesterKey, err = identity.Generate(); err != nil {
			return nil, err
		}
		if appKey, err = identity.Generate(); err != nil {
			return nil, err
		}
		if ch, err = openChain(ctx, o.Chain, sys, o.Logger, requesterKey, schedKey, appKey, workerKeys); err != nil {
			return nil, err
		}
		defer ch.env.Close()
		app, _ := catalog.ByName(o.App)
		if err := ch.registerApp(ctx, app); err != nil {
			return nil, err
		}
		poolCfg = actors.PoolConfig{Settle: settler{ch}, PoolPrice: demoPoolPrice, WorkerStake: demoPoolPrice * stakeRatio / 100, SchedulerRatio: schedRatio}
	}

	var (
		mu      sync.Mutex
		ended   = map[[32]byte]*messages.TaskStatus{}
		settled []*messages.TaskEnded
		done    = make(chan struct{})
		replica atomic.Int64
		rfailed atomic.Int64
		gpuRuns []actors.ReplicaRun
		gpuOf   = map[string]common.Address{} // fake GPU uuid → its worker
	)
	pool, err := actors.StartPool(sys, actors.PoolConfig{
		Name:              fmt.Sprintf("demo-%x", dealSeed()),
		SchedulerKey:      schedKey,
		Apps:              catalog,
		Logger:            o.Logger,
		HeartbeatInterval: o.HeartbeatInterval,
		LivenessTimeout:   o.LivenessTimeout,
		FailUnmatched:     true,
		PoolPrice:         poolCfg.PoolPrice,
		WorkerStake:       poolCfg.WorkerStake,
		SchedulerRatio:    poolCfg.SchedulerRatio,
		Settle:            poolCfg.Settle,
		Events: func(e *messages.TaskEnded) {
			id, _ := messages.Hash32(e.Status.TaskId)
			mu.Lock()
			defer mu.Unlock()
			if _, dup := ended[id]; dup {
				return
			}
			ended[id] = e.Status
			settled = append(settled, e)
			if len(ended) == o.Tasks {
				close(done)
			}
		},
	})
	if err != nil {
		return nil, err
	}
	nSab := int(math.Round(o.Saboteurs * float64(o.Workers)))
	for i := 0; i < o.Workers; i++ {
		k := workerKeys[i]
		var wc actors.WorkerChain
		if ch != nil {
			wc = workerChain{ch.party(k)}
		}
		slots := o.Slots
		var alloc *gpu.Allocator
		if i >= o.Workers-o.GPUWorkers {
			// The last workers are the GPU rigs (saboteurs come first).
			fleet, err := gpu.NewFakeProber(fmt.Sprintf("%s@gpu-worker-%d", o.FakeGPUs, i))
			if err != nil {
				return nil, err
			}
			infos, err := fleet.Probe()
			if err != nil {
				return nil, err
			}
			alloc = gpu.NewAllocator(infos)
			for _, in := range infos {
				gpuOf[in.UUID] = k.Address()
			}
			slots = max(slots, len(infos))
		}
		props := actors.NewWorkerProps(actors.WorkerConfig{
			Key:        k,
			GPUs:       alloc,
			Descriptor: WorkerDescriptor(k, i, slots),
			Scheduler:  schedKey.Address(),
			Executor:   exec,
			Apps:       catalog,
			Slots:      slots,
			Saboteur:   i < nSab,
			Logger:     o.Logger,
			WorkDir:    o.WorkDir,
			Chain:      wc,
			OnReplica: func(r actors.ReplicaRun) {
				replica.Add(1)
				if r.Err != nil {
					rfailed.Add(1)
				}
				if len(r.GPUs) > 0 {
					mu.Lock()
					gpuRuns = append(gpuRuns, r)
					mu.Unlock()
				}
			},
		}, pool.Scheduler)
		pid, err := sys.Root.SpawnNamed(props, fmt.Sprintf("%s-worker-%d", pool.PID.Id, i))
		if err != nil {
			return nil, err
		}
		defer sys.Root.Stop(pid)
	}
	defer pool.Stop()

	var dealID [32]byte
	if _, err := rand.Read(dealID[:]); err != nil {
		return nil, err
	}
	bag := &messages.SubmitBag{DealId: dealID[:]}
	for i := 0; i < o.Tasks; i++ {
		id := poco.TaskID(dealID, uint64(i))
		spec := &messages.TaskSpec{
			TaskId: id[:], DealId: dealID[:], Index: uint64(i),
			AppName: o.App, Args: apps.DefaultArgs(o.App, i),
			Trust: o.Trust, Category: uint32(o.Category), Requirements: o.Requirements,
		}
		if i < o.GPUTasks {
			spec.Gpu = &messages.GPURequest{Count: 1}
		}
		bag.Tasks = append(bag.Tasks, spec)
	}
	start := time.Now()
	// Workers register asynchronously; let them reach the scheduler first so
	// the unmatched check sees them.
	if err := waitWorkers(pool, o.Workers, time.Minute); err != nil {
		return nil, err
	}
	var before map[common.Address]*big.Int
	var parties []common.Address
	var deal *chain.Deal
	chainErr := make(<-chan error)
	if ch == nil {
		if _, err := pool.Submit(bag, 30*time.Second); err != nil {
			return nil, err
		}
	} else {
		// On chain the bag comes from the requester's deal: the scheduler
		// reads the SchedulerNotice event and submits the deal's tasks.
		parties = append([]common.Address{requesterKey.Address(), schedKey.Address(), appKey.Address()}, addresses(workerKeys)...)
		if before, err = ch.balances(ctx, parties); err != nil {
			return nil, err
		}
		watchCtx, stopWatch := context.WithCancel(ctx)
		defer stopWatch()
		chainErr = ch.watchDeals(watchCtx, func(d *chain.Deal) error {
			b, err := ch.bagOf(d, apps.DefaultArgs)
			if err != nil {
				return err
			}
			for i, t := range b.Tasks {
				if i < o.GPUTasks {
					t.Gpu = &messages.GPURequest{Count: 1}
				}
				t.Requirements = o.Requirements
			}
			_, err = pool.Submit(b, 30*time.Second)
			return err
		})
		if deal, err = ch.requestDeal(ctx, uint64(o.Tasks), uint64(o.Category), o.Trust); err != nil {
			return nil, fmt.Errorf("match orders: %w", err)
		}
	}
	stopProgress := progress(o.Progress, pool, o.Tasks, start)
	timeout := time.NewTimer(o.Timeout)
	defer timeout.Stop()
	var runErr error
	select {
	case <-done:
	case <-timeout.C:
		runErr = fmt.Errorf("demo timed out after %s", o.Timeout)
	case <-ctx.Done():
		runErr = ctx.Err()
	case err := <-chainErr:
		runErr = fmt.Errorf("chain: %w", err)
	}
	stopProgress()
	elapsed := time.Since(start)

	mu.Lock()
	defer mu.Unlock()
	s := &Summary{Tasks: o.Tasks, Workers: o.Workers, Saboteurs: nSab, Trust: max(o.Trust, 1), App: o.App,
		ElapsedSeconds: elapsed.Seconds(), Failures: map[string]int{}, GPUTasks: o.GPUTasks, GPUWorkers: o.GPUWorkers}
	gpuTask := map[[32]byte]bool{}
	for _, t := range bag.Tasks {
		if t.Gpu.GetCount() > 0 {
			gpuTask[[32]byte(t.TaskId)] = true
		}
	}
	s.GPUPinningConflicts, s.GPUsUsed = pinningConflicts(gpuRuns)
	var ids [][32]byte
	for id := range ended {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return string(ids[i][:]) < string(ids[j][:]) })
	for _, id := range ids {
		st := ended[id]
		switch st.State {
		case messages.TaskState_TASK_STATE_COMPLETED:
			s.Completed++
			d, _ := messages.Hash32(st.ResultDigest)
			if sd, _ := result.Digest(actors.SabotageFiles(id)); d == sd {
				s.WrongAccepted++
			}
			if gpuTask[id] && misplaced(st, gpuOf) {
				s.GPUTasksMisplaced++
			}
			if len(s.Results) < 5 {
				s.Results = append(s.Results, certified(pool.Config.Results, id, st))
			}
		default:
			s.Failed++
			s.Failures[st.Reason]++
		}
	}
	s.Chain = o.Chain
	if ch != nil && runErr == nil {
		if err := ch.report(ctx, s, deal, parties, before, settled); err != nil {
			runErr = err
		}
	}
	s.Replicas = int(replica.Load())
	s.ReplicasFailed = int(rfailed.Load())
	if s.Completed > 0 {
		s.ReplicasPer = float64(s.Replicas) / float64(s.Tasks)
	}
	s.TasksPerSecond = float64(s.Completed) / elapsed.Seconds()
	return s, runErr
}

// misplaced reports whether a certified GPU task was proved by a replica
// not pinned to a GPU of the worker that ran it.
func misplaced(st *messages.TaskStatus, gpuOf map[string]common.Address) bool {
	if len(st.GpuUuids) < len(st.Workers) {
		return true
	}
	provers := map[common.Address]bool{}
	for _, w := range st.Workers {
		provers[common.BytesToAddress(w)] = true
	}
	for _, u := range st.GpuUuids {
		if owner, ok := gpuOf[u]; !ok || !provers[owner] {
			return true
		}
	}
	return false
}

// pinningConflicts counts pairs of replicas pinned to one GPU at overlapping
// times, and the distinct GPUs used.
func pinningConflicts(runs []actors.ReplicaRun) (conflicts, used int) {
	byGPU := map[string][]actors.ReplicaRun{}
	for _, r := range runs {
		for _, u := range r.GPUs {
			byGPU[u] = append(byGPU[u], r)
		}
	}
	for _, rs := range byGPU {
		sort.Slice(rs, func(i, j int) bool { return rs[i].Start.Before(rs[j].Start) })
		for i := 1; i < len(rs); i++ {
			if rs[i].Start.Before(rs[i-1].End) {
				conflicts++
			}
		}
	}
	return conflicts, len(byGPU)
}

func certified(store result.Store, id [32]byte, st *messages.TaskStatus) CertifiedResult {
	c := CertifiedResult{TaskID: common.Bytes2Hex(id[:]), Digest: common.Bytes2Hex(st.ResultDigest),
		Replicas: st.Replicas, GroupWeight: st.GroupWeight, TotalWeight: st.TotalWeight}
	if _, files, ok, _ := store.Get(id); ok {
		for _, f := range files {
			if out, ok := ShortOutput(f.Path, f.Data); ok {
				c.Output = out
				break
			}
		}
	}
	return c
}

func addresses(keys []*identity.Key) []common.Address {
	out := make([]common.Address, len(keys))
	for i, k := range keys {
		out[i] = k.Address()
	}
	return out
}

func dealSeed() [4]byte {
	var b [4]byte
	_, _ = rand.Read(b[:])
	return b
}

func waitWorkers(p *actors.Pool, n int, within time.Duration) error {
	deadline := time.Now().Add(within)
	for {
		st, err := p.Status(false, 5*time.Second)
		if err != nil {
			return err
		}
		if int(st.Workers) >= n {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("only %d of %d workers registered within %s", st.Workers, n, within)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// progress prints a live line until stopped.
func progress(w io.Writer, p *actors.Pool, total int, start time.Time) func() {
	if w == nil {
		return func() {}
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	print := func() {
		st, err := p.Status(false, 2*time.Second)
		if err != nil {
			return
		}
		c := st.Counts
		doneN := c["completed"] + c["failed"]
		fmt.Fprintf(w, "\r[%5.1fs] %d/%d tasks ended: %d certified, %d failed, %d running, %d pending, %d workers   ",
			time.Since(start).Seconds(), doneN, total, c["completed"], c["failed"], c["running"]+c["revealing"]+c["finalizing"], c["pending"], st.Workers)
	}
	go func() {
		defer wg.Done()
		t := time.NewTicker(250 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				print()
				fmt.Fprintln(w)
				return
			case <-t.C:
				print()
			}
		}
	}()
	return func() { close(stop); wg.Wait() }
}

// ShortOutput renders a small printable result file as "path: content"
// for summaries; ok is false for anything else.
func ShortOutput(path string, data []byte) (string, bool) {
	if len(data) == 0 || len(data) > 64 || !Printable(data) {
		return "", false
	}
	return path + ": " + strings.TrimRight(string(data), "\n"), true
}

// Printable reports whether b is plain ASCII text (newlines allowed).
func Printable(b []byte) bool {
	for _, c := range b {
		if c != '\n' && (c < 0x20 || c > 0x7e) {
			return false
		}
	}
	return true
}
