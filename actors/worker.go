package actors

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/asynkron/protoactor-go/actor"
	"github.com/ethereum/go-ethereum/common"
	"google.golang.org/protobuf/proto"

	"github.com/pocogrid/pocogrid/gpu"
	"github.com/pocogrid/pocogrid/gpu/native"
	"github.com/pocogrid/pocogrid/identity"
	"github.com/pocogrid/pocogrid/messages"
	"github.com/pocogrid/pocogrid/poco"
	"github.com/pocogrid/pocogrid/result"
	"github.com/pocogrid/pocogrid/sandbox"
)

// workerActor pulls replicas from its scheduler, runs them in the sandbox,
// and commits, reveals and uploads their results, signing each message.
type workerActor struct {
	cfg       *WorkerConfig
	scheduler *actor.PID
	me        common.Address
	runs      map[string]*replicaRun
	free      int // slots not running a replica
	asked     int // work requests outstanding
	hbStop    func() bool
	// heard is when the scheduler last answered a work request; the
	// watchdog re-asks when requests seem lost (e.g. to a restarting actor).
	heard   time.Time
	wdogOff func() bool
}

type replicaRun struct {
	asg         *messages.Assignment
	gpuAlloc    string   // allocation id, "" when none
	gpuUUIDs    []string // what the replica is pinned to
	taskID      [32]byte
	digest      [32]byte
	files       []*messages.ResultFile
	computing   bool
	aborted     bool
	revealing   bool // on-chain reveal in flight
	revealTries int
	// revealedOnChain: the chain has the reveal; only the message is left.
	revealedOnChain bool
	contrib         *messages.Contribution
	acked           bool
	revealSent      bool
}

// NewWorkerProps returns the props of a worker that pulls from scheduler.
func NewWorkerProps(cfg WorkerConfig, scheduler *actor.PID) *actor.Props {
	cfg.defaults()
	c := &cfg
	return actor.PropsFromProducer(func() actor.Actor {
		return &workerActor{cfg: c, scheduler: scheduler, me: c.Key.Address()}
	})
}

func (w *workerActor) Receive(ctx actor.Context) {
	switch m := ctx.Message().(type) {
	case *actor.Started:
		w.runs = map[string]*replicaRun{}
		w.free = w.cfg.Slots
		w.register(ctx)
		w.askWork(ctx)
		w.armWatchdog(ctx)
		if w.cfg.GPUHealth != nil {
			self, root, events := ctx.Self(), ctx.ActorSystem().Root, w.cfg.GPUHealth
			go func() {
				for ev := range events {
					root.Send(self, &gpuHealth{ev: ev})
				}
			}()
		}
	case *actor.Stopping:
		if w.hbStop != nil {
			w.hbStop()
		}
		if w.wdogOff != nil {
			w.wdogOff()
		}
	case *watchdogTick:
		if w.asked > 0 && w.cfg.Clock.Now().Sub(w.heard) > w.cfg.RequestTimeout {
			w.asked = 0
			w.register(ctx)
			w.askWork(ctx)
		}
		w.armWatchdog(ctx)
	case *messages.Assignment:
		w.assigned(ctx, m)
	case *messages.NoWork:
		w.heard = w.cfg.Clock.Now()
		w.asked = max(w.asked-1, 0)
		if m.Reason == NotRegistered {
			w.register(ctx)
		}
		self, root := ctx.Self(), ctx.ActorSystem().Root
		if m.RetryAfterMs == 0 {
			w.askWork(ctx)
		} else {
			w.cfg.Clock.AfterFunc(time.Duration(m.RetryAfterMs)*time.Millisecond, func() { root.Send(self, &retryWork{}) })
		}
	case *retryWork:
		w.askWork(ctx)
	case *execDone:
		w.executed(ctx, m)
	case *messages.Ack:
		w.acked(m)
	case *contributionTimeout:
		w.resend(ctx, m)
	case *messages.RevealRequest:
		w.revealReq(ctx, m)
	case *messages.UploadRequest:
		if r := w.runs[m.ReplicaId]; r != nil && r.files != nil {
			ctx.Send(fromPid(r.asg.Task), &messages.ResultUpload{TaskId: m.TaskId, ReplicaId: m.ReplicaId, Worker: w.me.Bytes(), Files: r.files})
		}
	case *messages.Abort:
		if r := w.runs[m.ReplicaId]; r != nil && r.computing {
			r.aborted = true // its GPUs come back when the run returns
		} else {
			delete(w.runs, m.ReplicaId)
		}
	case *heartbeatTick:
		w.heartbeat(ctx)
	case *gpuHealth:
		w.gpuEvent(ctx, m.ev)
	case *revealDone:
		w.revealed(ctx, m)
	}
}

func (w *workerActor) register(ctx actor.Context) {
	d := w.cfg.Descriptor
	if w.cfg.GPUs != nil {
		d = proto.Clone(d).(*messages.NodeDescriptor)
		d.Gpu = GPUSummary(w.cfg.GPUs.Summary())
	}
	ctx.Send(w.scheduler, &messages.RegisterWorker{Descriptor_: d, Worker: toPid(ctx.Self())})
}

func (w *workerActor) gpuFree() uint32 {
	if w.cfg.GPUs == nil {
		return 0
	}
	return uint32(w.cfg.GPUs.Summary().Free)
}

// GPUSummary converts a node's GPU summary to its descriptor form.
func GPUSummary(s gpu.Summary) *messages.GPUSummary {
	out := &messages.GPUSummary{Count: uint32(s.Count), Healthy: uint32(s.Healthy), Free: uint32(s.Free), Models: s.Models, MemoryTotalBytes: s.MemoryTotal}
	for _, g := range s.Groups {
		if g.MIG {
			continue
		}
		if out.MinMemoryBytes == 0 || g.Memory < out.MinMemoryBytes {
			out.MinMemoryBytes = g.Memory
		}
		if out.MinComputeCapability == "" || g.ComputeCapability < out.MinComputeCapability {
			out.MinComputeCapability = g.ComputeCapability
		}
	}
	return out
}

func (w *workerActor) armWatchdog(ctx actor.Context) {
	self, root := ctx.Self(), ctx.ActorSystem().Root
	w.wdogOff = w.cfg.Clock.AfterFunc(w.cfg.RequestTimeout/2, func() { root.Send(self, &watchdogTick{}) })
}

// askWork keeps one outstanding request per free slot.
func (w *workerActor) askWork(ctx actor.Context) {
	if w.asked == 0 {
		w.heard = w.cfg.Clock.Now()
	}
	for w.asked < w.free {
		w.asked++
		ctx.Send(w.scheduler, &messages.WorkRequest{Worker: w.me.Bytes(), ReplyTo: toPid(ctx.Self()), FreeSlots: uint32(w.free), GpuFree: w.gpuFree()})
	}
}

func (w *workerActor) assigned(ctx actor.Context, a *messages.Assignment) {
	w.heard = w.cfg.Clock.Now()
	w.asked = max(w.asked-1, 0)
	taskID, ok := messages.Hash32(a.TaskId)
	fail := func(reason string) {
		ctx.Send(fromPid(a.Task), &messages.ReplicaFailed{TaskId: a.TaskId, ReplicaId: a.ReplicaId, Worker: w.me.Bytes(), Reason: reason})
		w.askWork(ctx)
	}
	if !ok {
		fail("malformed task id")
		return
	}
	sched, _ := addr(a.Scheduler)
	enclave, _ := addr(a.Enclave)
	if sched != w.cfg.Scheduler {
		fail(fmt.Sprintf("assignment authorized by %s, not by this worker's scheduler", sched.Hex()))
		return
	}
	if err := identity.Verify(poco.AuthorizationHash(w.me, taskID, enclave), a.AuthSign, w.cfg.Scheduler); err != nil {
		fail("bad scheduler authorization: " + err.Error())
		return
	}
	appHash, _ := messages.Hash32(a.AppHash)
	app, err := w.cfg.Apps.ByHash(appHash)
	if err != nil {
		fail(err.Error())
		return
	}
	if w.free == 0 {
		fail("worker has no free slot")
		return
	}
	run := &replicaRun{asg: a, taskID: taskID, computing: true}
	if n := a.GetGpu().GetCount(); n > 0 {
		if w.cfg.GPUs == nil {
			fail("task needs GPUs and this worker has none")
			return
		}
		g := a.Gpu
		alloc, err := w.cfg.GPUs.Allocate(a.ReplicaId, gpu.Request{Count: int(n), MinMemory: g.MinMemoryBytes, Model: g.Model, MinCompute: g.MinComputeCapability})
		if err != nil {
			fail("GPU allocation: " + err.Error())
			return
		}
		run.gpuAlloc, run.gpuUUIDs = alloc.ID, alloc.UUIDs
	}
	w.free--
	w.runs[a.ReplicaId] = run
	w.startHeartbeat(ctx, time.Duration(a.HeartbeatMs)*time.Millisecond)
	sys, self := ctx.ActorSystem(), ctx.Self()
	runners.Go(func() { w.execute(sys, self, a, taskID, app, run.gpuUUIDs) })
}

// releaseGPUs gives a replica's GPUs back.
func (w *workerActor) releaseGPUs(r *replicaRun) {
	if r != nil && r.gpuAlloc != "" {
		_ = w.cfg.GPUs.Release(r.gpuAlloc)
		r.gpuAlloc = ""
	}
}

// execute runs one replica in the sandbox (off the actor's goroutine) and
// sends the outcome back to the actor.
func (w *workerActor) execute(sys *actor.ActorSystem, self *actor.PID, a *messages.Assignment, taskID [32]byte, app sandbox.App, gpus []string) {
	start := time.Now()
	done := &execDone{replicaID: a.ReplicaId, gpu: gpus}
	defer func() {
		if w.cfg.OnReplica != nil {
			end := time.Now()
			w.cfg.OnReplica(ReplicaRun{TaskID: taskID, Worker: w.me, Start: start, End: end, Duration: end.Sub(start), Err: done.err, GPUs: gpus, WantGPUs: int(a.GetGpu().GetCount())})
		}
		sys.Root.Send(self, done)
	}()
	out, err := os.MkdirTemp(w.cfg.WorkDir, "replica-")
	if err != nil {
		done.err = err
		return
	}
	defer os.RemoveAll(out)
	lim := sandbox.Limits{}
	if l := a.Limits; l != nil {
		lim = sandbox.Limits{MemoryBytes: l.MemoryBytes, WallTime: time.Duration(l.WallTimeMs) * time.Millisecond, MaxOutputBytes: int64(l.MaxOutputBytes)}
	}
	ctx := context.Background()
	var env map[string]string
	if len(gpus) > 0 {
		// Pinned: the app sees exactly its allocated GPUs.
		v := strings.Join(gpus, ",")
		env = map[string]string{"CUDA_VISIBLE_DEVICES": v, "NVIDIA_VISIBLE_DEVICES": v}
	}
	if nc, ok := w.cfg.Apps.(interface {
		Native([32]byte) (NativeApp, bool)
	}); ok {
		if na, native := nc.Native(app.Hash); native {
			done.files, done.digest, done.err = w.runNative(ctx, na, a, out, lim, gpus)
			if done.err == nil {
				done.err = w.afterRun(ctx, a, taskID, done)
			}
			return
		}
	}
	req := sandbox.Request{App: app, Args: a.Args, Env: env, OutputDir: out, Limits: lim, Collect: true}
	if w.cfg.Blobs != nil {
		req.CollectLimit = w.cfg.Blobs.InlineLimit()
	}
	res, err := w.cfg.Executor.Run(ctx, req)
	if err != nil {
		done.err = err
		return
	}
	done.digest = res.Digest
	if res.Contents == nil && res.Files > 0 {
		// Too large to travel inline: publish as blobs, streamed from disk.
		if done.files, done.err = w.cfg.Blobs.Publish(out); done.err != nil {
			return
		}
	} else {
		done.files = make([]*messages.ResultFile, len(res.Contents))
		for i, f := range res.Contents {
			done.files[i] = &messages.ResultFile{Path: f.Path, Data: f.Data}
		}
	}
	done.err = w.afterRun(ctx, a, taskID, done)
}

// afterRun applies sabotage (experiments), checks the files against the
// digest and contributes on chain when the pool has one.
func (w *workerActor) afterRun(ctx context.Context, a *messages.Assignment, taskID [32]byte, done *execDone) error {
	switch {
	case w.cfg.Saboteur:
		done.files = SabotageFiles(taskID)
		var err error
		if done.digest, err = result.Digest(done.files); err != nil {
			return err
		}
	case result.HasRefs(done.files):
		// Published blobs were hashed again while stored: they must agree
		// with the digest the sandbox computed from the files on disk.
		// (Inline files are the very bytes the sandbox digested.)
		if got, err := result.Digest(done.files); err != nil || got != done.digest {
			return fmt.Errorf("published result does not match the sandbox digest (%v)", err)
		}
	}
	if w.cfg.Chain != nil {
		h := poco.ResultHash(taskID, done.digest)
		s := poco.ResultSeal(w.me, taskID, done.digest)
		wgt, err := w.cfg.Chain.Contribute(ctx, taskID, h, s, a.AuthSign)
		if err != nil {
			return fmt.Errorf("contribute on chain: %w", err)
		}
		done.chainWeight = wgt
	}
	return nil
}

// runNative runs a trusted host executable (pools and workers that allow
// it only): its working directory is the replica's, $POCOGRID_OUT its
// output directory, its stdout the file stdout there, and it sees exactly
// its allocated GPUs.
func (w *workerActor) runNative(ctx context.Context, app NativeApp, a *messages.Assignment, out string, lim sandbox.Limits, gpus []string) ([]*messages.ResultFile, [32]byte, error) {
	if !w.cfg.AllowNative {
		return nil, [32]byte{}, fmt.Errorf("app %s is native and this worker runs WebAssembly only", app.Name)
	}
	if lim.WallTime == 0 {
		lim.WallTime = sandbox.DefaultWallTime
	}
	if lim.MaxOutputBytes == 0 {
		lim.MaxOutputBytes = sandbox.DefaultMaxOutputBytes
	}
	work, err := os.MkdirTemp(w.cfg.WorkDir, "native-")
	if err != nil {
		return nil, [32]byte{}, err
	}
	defer os.RemoveAll(work)
	res, err := native.Run(ctx, native.Spec{Path: app.Path, SHA256: app.Hash, Args: a.Args, Env: map[string]string{"POCOGRID_OUT": out},
		WorkDir: work, WallTime: lim.WallTime, MaxOutputBytes: lim.MaxOutputBytes, GPUUUIDs: gpus})
	if err != nil {
		return nil, [32]byte{}, err
	}
	if res.ExitCode != 0 {
		return nil, [32]byte{}, fmt.Errorf("native app %s exited %d: %s", app.Name, res.ExitCode, tail(res.Stderr, 512))
	}
	if len(res.Stdout) > 0 {
		if err := os.WriteFile(filepath.Join(out, "stdout"), res.Stdout, 0o600); err != nil {
			return nil, [32]byte{}, err
		}
	}
	size, err := dirSize(out)
	if err != nil {
		return nil, [32]byte{}, err
	}
	if size > lim.MaxOutputBytes {
		return nil, [32]byte{}, fmt.Errorf("native app %s: output %d bytes exceeds the %d-byte limit", app.Name, size, lim.MaxOutputBytes)
	}
	var files []*messages.ResultFile
	if w.cfg.Blobs != nil && size > w.cfg.Blobs.InlineLimit() {
		files, err = w.cfg.Blobs.Publish(out)
	} else {
		files, err = readFiles(out)
	}
	if err != nil {
		return nil, [32]byte{}, err
	}
	d, err := result.Digest(files)
	return files, d, err
}

// dirSize is the total size of the regular files under dir; anything else
// (a symlink a native app left) is an error.
func dirSize(dir string) (int64, error) {
	var total int64
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if !d.Type().IsRegular() {
			return fmt.Errorf("output %s is not a regular file", p)
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		total += info.Size()
		return nil
	})
	return total, err
}

func tail(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return strings.TrimSpace(string(b))
}

func readFiles(dir string) ([]*messages.ResultFile, error) {
	var files []*messages.ResultFile
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		files = append(files, &messages.ResultFile{Path: filepath.ToSlash(rel), Data: data})
		return nil
	})
	return files, err
}

// SabotageFiles is the wrong result every saboteur returns for a task: they
// collude, so their contributions agree with each other.
func SabotageFiles(taskID [32]byte) []*messages.ResultFile {
	return []*messages.ResultFile{{Path: "result.txt", Data: []byte(fmt.Sprintf("sabotaged %x\n", taskID))}}
}

func (w *workerActor) executed(ctx actor.Context, d *execDone) {
	r := w.runs[d.replicaID]
	w.free++
	w.releaseGPUs(r)
	if r == nil || r.aborted {
		delete(w.runs, d.replicaID)
		w.askWork(ctx) // aborted meanwhile
		return
	}
	r.computing = false
	if d.err != nil {
		delete(w.runs, d.replicaID)
		ctx.Send(fromPid(r.asg.Task), &messages.ReplicaFailed{TaskId: r.asg.TaskId, ReplicaId: d.replicaID, Worker: w.me.Bytes(), Reason: d.err.Error()})
		w.askWork(ctx)
		return
	}
	r.digest, r.files = d.digest, d.files
	h := poco.ResultHash(r.taskID, d.digest)
	s := poco.ResultSeal(w.me, r.taskID, d.digest)
	sig, err := w.cfg.Key.Sign(identity.ContributionDigest(r.taskID, h, s))
	if err != nil {
		panic(err)
	}
	r.contrib = &messages.Contribution{TaskId: r.asg.TaskId, ReplicaId: d.replicaID, Worker: w.me.Bytes(), ResultHash: h[:], ResultSeal: s[:], Sign: sig, ReplyTo: toPid(ctx.Self()), GpuUuids: r.gpuUUIDs, ChainWeight: d.chainWeight}
	ctx.Send(fromPid(r.asg.Task), r.contrib)
	w.armResend(ctx, d.replicaID, 1)
	w.askWork(ctx)
}

func (w *workerActor) armResend(ctx actor.Context, replicaID string, attempt int) {
	self, root := ctx.Self(), ctx.ActorSystem().Root
	w.cfg.Clock.AfterFunc(w.cfg.ContributionRetry, func() { root.Send(self, &contributionTimeout{replicaID: replicaID, attempt: attempt}) })
}

// resend repeats a contribution the task did not acknowledge (its actor may
// have been restarting); the task rejects true duplicates.
func (w *workerActor) resend(ctx actor.Context, m *contributionTimeout) {
	r := w.runs[m.replicaID]
	if r == nil || r.acked || r.contrib == nil || m.attempt >= 5 {
		return
	}
	ctx.Send(fromPid(r.asg.Task), r.contrib)
	w.armResend(ctx, m.replicaID, m.attempt+1)
}

func (w *workerActor) acked(m *messages.Ack) {
	r := w.runs[m.ReplicaId]
	if r == nil {
		return
	}
	if m.Accepted {
		r.acked = true
		return
	}
	w.cfg.Logger.Debug("task rejected our message", "replica", m.ReplicaId, "reason", m.Reason)
	if !r.revealSent {
		delete(w.runs, m.ReplicaId)
	}
}

func (w *workerActor) revealReq(ctx actor.Context, m *messages.RevealRequest) {
	r := w.runs[m.ReplicaId]
	if r == nil || r.contrib == nil || r.revealing {
		return
	}
	if w.cfg.Chain != nil && !r.revealedOnChain {
		r.revealing = true
		self, root, chain, id, digest := ctx.Self(), ctx.ActorSystem().Root, w.cfg.Chain, r.taskID, r.digest
		go func() {
			c, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			root.Send(self, &revealDone{replicaID: m.ReplicaId, upload: m.Upload, err: chain.Reveal(c, id, digest)})
		}()
		return
	}
	w.sendReveal(ctx, m.ReplicaId, m.Upload)
}

// revealed continues after the on-chain reveal.
func (w *workerActor) revealed(ctx actor.Context, m *revealDone) {
	r := w.runs[m.replicaID]
	if r == nil {
		return
	}
	r.revealing = false
	if m.err != nil {
		r.revealTries++
		w.cfg.Logger.Warn("reveal on chain failed", "replica", m.replicaID, "attempt", r.revealTries, "err", m.err)
		if r.revealTries < 5 {
			self, root := ctx.Self(), ctx.ActorSystem().Root
			again := &messages.RevealRequest{TaskId: r.asg.TaskId, ReplicaId: m.replicaID, Upload: m.upload}
			w.cfg.Clock.AfterFunc(time.Duration(r.revealTries)*2*time.Second, func() { root.Send(self, again) })
		}
		return
	}
	r.revealedOnChain = true
	w.sendReveal(ctx, m.replicaID, m.upload)
}

func (w *workerActor) sendReveal(ctx actor.Context, replicaID string, upload bool) {
	r := w.runs[replicaID]
	m := &messages.RevealRequest{TaskId: r.asg.TaskId, ReplicaId: replicaID, Upload: upload}
	sig, err := w.cfg.Key.Sign(identity.RevealDigest(r.taskID, r.digest))
	if err != nil {
		panic(err)
	}
	rv := &messages.Reveal{TaskId: m.TaskId, ReplicaId: m.ReplicaId, Worker: w.me.Bytes(), Digest: r.digest[:], Sign: sig, ReplyTo: toPid(ctx.Self())}
	if m.Upload {
		rv.Files = r.files
	}
	r.acked, r.revealSent = true, true
	ctx.Send(fromPid(r.asg.Task), rv)
}

func (w *workerActor) startHeartbeat(ctx actor.Context, every time.Duration) {
	if w.hbStop != nil || every <= 0 {
		return
	}
	self, root := ctx.Self(), ctx.ActorSystem().Root
	w.hbStop = w.cfg.Clock.AfterFunc(every, func() { root.Send(self, &heartbeatTick{}) })
}

// heartbeat tells the replica actor of every computing replica that this
// worker is alive; the timer runs only while something computes.
func (w *workerActor) heartbeat(ctx actor.Context) {
	w.hbStop = nil
	var every time.Duration
	for id, r := range w.runs {
		if !r.computing {
			continue
		}
		ctx.Send(fromPid(r.asg.Replica), &messages.Heartbeat{Worker: w.me.Bytes(), ReplicaId: id, UnixMs: uint64(w.cfg.Clock.Now().UnixMilli())})
		every = time.Duration(r.asg.HeartbeatMs) * time.Millisecond
	}
	if every > 0 {
		w.startHeartbeat(ctx, every)
	}
}

// gpuEvent takes an unhealthy GPU out of service: replicas pinned to it
// fail (their tasks provision others) and the node re-advertises its GPUs.
func (w *workerActor) gpuEvent(ctx actor.Context, ev gpu.HealthEvent) {
	if !ev.Critical || w.cfg.GPUs == nil {
		return
	}
	uuid := ev.UUID
	if ev.MIGUUID != "" {
		uuid = ev.MIGUUID
	}
	reason := fmt.Sprintf("GPU %s unhealthy: %s", uuid, ev.Reason)
	w.cfg.Logger.Warn("GPU unhealthy", "uuid", uuid, "reason", ev.Reason)
	for _, owner := range w.cfg.GPUs.MarkUnhealthy(uuid, ev.Reason) {
		r := w.runs[owner]
		if r == nil {
			continue
		}
		ctx.Send(fromPid(r.asg.Task), &messages.ReplicaFailed{TaskId: r.asg.TaskId, ReplicaId: owner, Worker: w.me.Bytes(), Reason: reason})
		if r.computing {
			r.aborted = true
		} else {
			w.releaseGPUs(r)
			delete(w.runs, owner)
		}
	}
	w.register(ctx)
}
