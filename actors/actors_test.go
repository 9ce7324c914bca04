package actors_test

import (
	"context"
	"crypto/rand"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/pocogrid/pocogrid/actors"
	"github.com/pocogrid/pocogrid/apps"
	"github.com/pocogrid/pocogrid/demo"
	"github.com/pocogrid/pocogrid/gpu"
	"github.com/pocogrid/pocogrid/identity"
	"github.com/pocogrid/pocogrid/messages"
	"github.com/pocogrid/pocogrid/poco"
	"github.com/pocogrid/pocogrid/result"
	"github.com/pocogrid/pocogrid/sandbox"
)

var (
	execOnce sync.Once
	exec     *sandbox.Executor
	execErr  error
)

func executor(t *testing.T) *sandbox.Executor {
	execOnce.Do(func() { exec, execErr = demo.NewExecutor() })
	if execErr != nil {
		t.Fatal(execErr)
	}
	return exec
}

// grid is a pool and its workers in one actor system.
type grid struct {
	t      *testing.T
	sys    *actor.ActorSystem
	pool   *actors.Pool
	sched  *identity.Key
	cat    *actors.Catalog
	mu     sync.Mutex
	ended  map[[32]byte]*messages.TaskStatus
	wait   chan struct{}
	expect int
}

func newGrid(t *testing.T, mod func(*actors.PoolConfig)) *grid {
	t.Helper()
	cat, err := demo.BuiltinCatalog()
	if err != nil {
		t.Fatal(err)
	}
	g := &grid{t: t, sys: demo.NewActorSystem(nil), sched: identity.FromSeed("scheduler-" + t.Name()), cat: cat,
		ended: map[[32]byte]*messages.TaskStatus{}, wait: make(chan struct{}, 1)}
	cfg := actors.PoolConfig{
		Name: "pool", SchedulerKey: g.sched, Apps: cat,
		HeartbeatInterval: 50 * time.Millisecond, LivenessTimeout: 400 * time.Millisecond,
		ParkTimeout: 500 * time.Millisecond,
		Events: func(e *messages.TaskEnded) {
			var id [32]byte
			copy(id[:], e.Status.TaskId)
			g.mu.Lock()
			g.ended[id] = e.Status
			if len(g.ended) >= g.expect {
				select {
				case g.wait <- struct{}{}:
				default:
				}
			}
			g.mu.Unlock()
		},
	}
	if mod != nil {
		mod(&cfg)
	}
	g.pool, err = actors.StartPool(g.sys, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.pool.Stop(); g.sys.Shutdown() })
	return g
}

func (g *grid) workers(n int, mod func(i int, c *actors.WorkerConfig)) {
	g.t.Helper()
	for i := 0; i < n; i++ {
		k, err := identity.Generate()
		if err != nil {
			g.t.Fatal(err)
		}
		c := actors.WorkerConfig{Key: k, Descriptor: demo.WorkerDescriptor(k, i, 1), Scheduler: g.sched.Address(),
			Executor: executor(g.t), Apps: g.cat, ContributionRetry: 300 * time.Millisecond}
		if mod != nil {
			mod(i, &c)
		}
		if _, err := g.sys.Root.SpawnNamed(actors.NewWorkerProps(c, g.pool.Scheduler), fmt.Sprintf("w%d-%s", i, k.Address().Hex()[2:8])); err != nil {
			g.t.Fatal(err)
		}
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		st, err := g.pool.Status(false, time.Second)
		if err == nil && int(st.Workers) >= n {
			return
		}
		if time.Now().After(deadline) {
			g.t.Fatalf("workers did not register: %v %v", st, err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func bag(n int, app string, trust uint64, mod func(*messages.TaskSpec)) *messages.SubmitBag {
	var deal [32]byte
	_, _ = rand.Read(deal[:])
	b := &messages.SubmitBag{DealId: deal[:]}
	for i := 0; i < n; i++ {
		id := poco.TaskID(deal, uint64(i))
		s := &messages.TaskSpec{TaskId: id[:], DealId: deal[:], Index: uint64(i), AppName: app, Args: apps.DefaultArgs(app, i), Trust: trust}
		if mod != nil {
			mod(s)
		}
		b.Tasks = append(b.Tasks, s)
	}
	return b
}

// run submits a bag and waits until every task ended.
func (g *grid) run(b *messages.SubmitBag, within time.Duration) map[[32]byte]*messages.TaskStatus {
	g.t.Helper()
	g.mu.Lock()
	g.expect = len(g.ended) + len(b.Tasks)
	g.mu.Unlock()
	if _, err := g.pool.Submit(b, 10*time.Second); err != nil {
		g.t.Fatal(err)
	}
	return g.waitEnded(within)
}

func (g *grid) waitEnded(within time.Duration) map[[32]byte]*messages.TaskStatus {
	g.t.Helper()
	timer := time.NewTimer(within)
	defer timer.Stop()
	for {
		g.mu.Lock()
		n := len(g.ended)
		g.mu.Unlock()
		if n >= g.expect {
			break
		}
		select {
		case <-g.wait:
		case <-timer.C:
			st, _ := g.pool.Status(false, time.Second)
			g.t.Fatalf("only %d of %d tasks ended within %s; pool %v", n, g.expect, within, st)
		}
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	out := map[[32]byte]*messages.TaskStatus{}
	for k, v := range g.ended {
		out[k] = v
	}
	return out
}

func TestCertifiesAtSeveralTrustLevels(t *testing.T) {
	for _, trust := range []uint64{1, 10, 100} {
		t.Run(fmt.Sprint(trust), func(t *testing.T) {
			g := newGrid(t, nil)
			g.workers(8, nil)
			ended := g.run(bag(10, "noop", trust, nil), 30*time.Second)
			want := poco.FreshWorkersNeeded(trust, 2)
			for id, st := range ended {
				if st.State != messages.TaskState_TASK_STATE_COMPLETED {
					t.Fatalf("task %x: %v %s", id[:4], st.State, st.Reason)
				}
				digest, files, ok, _ := g.pool.Config.Results.Get(id)
				if !ok || string(files[0].Data) != "ok\n" || string(st.ResultDigest) != string(digest[:]) {
					t.Fatalf("result of %x: %v %q", id[:4], ok, files)
				}
				if int(st.Contributions) != want || len(st.Workers) != want {
					t.Fatalf("trust %d: %d contributions, %d provers; want %d fresh workers", trust, st.Contributions, len(st.Workers), want)
				}
			}
		})
	}
}

func TestSilentWorkerReplicaIsReprovisioned(t *testing.T) {
	g := newGrid(t, nil)
	// A worker that takes assignments and then goes silent.
	silent := identity.FromSeed("silent")
	got := make(chan *messages.Assignment, 16)
	props := actor.PropsFromFunc(func(ctx actor.Context) {
		switch m := ctx.Message().(type) {
		case *actor.Started:
			ctx.Send(g.pool.Scheduler, &messages.RegisterWorker{Descriptor_: demo.WorkerDescriptor(silent, 99, 1), Worker: &messages.Pid{Address: ctx.Self().Address, Id: ctx.Self().Id}})
			ctx.Send(g.pool.Scheduler, &messages.WorkRequest{Worker: silent.Address().Bytes(), ReplyTo: &messages.Pid{Address: ctx.Self().Address, Id: ctx.Self().Id}})
		case *messages.Assignment:
			got <- m
		}
	})
	if _, err := g.sys.Root.SpawnNamed(props, "silent"); err != nil {
		t.Fatal(err)
	}
	// Let the silent worker register and park first, so it gets the replica.
	time.Sleep(50 * time.Millisecond)
	g.mu.Lock()
	g.expect = 1
	g.mu.Unlock()
	if _, err := g.pool.Submit(bag(1, "noop", 1, nil), 5*time.Second); err != nil {
		t.Fatal(err)
	}
	select {
	case <-got:
	case <-time.After(5 * time.Second):
		t.Fatal("silent worker never got the replica")
	}
	g.workers(1, nil)
	ended := g.waitEnded(20 * time.Second)
	for _, st := range ended {
		if st.State != messages.TaskState_TASK_STATE_COMPLETED || st.Replicas != 2 {
			t.Fatalf("want completed with 2 replicas (one failed for silence), got %v replicas=%d %s", st.State, st.Replicas, st.Reason)
		}
		if string(st.Workers[0]) == string(silent.Address().Bytes()) {
			t.Fatal("the silent worker was credited")
		}
	}
}

func TestCrashedTaskActorRestartsWithStateIntact(t *testing.T) {
	g := newGrid(t, nil)
	g.workers(4, nil)
	b := bag(1, "sleep", 10, func(s *messages.TaskSpec) { s.Args = []string{"300"} })
	id := [32]byte(b.Tasks[0].TaskId)
	g.mu.Lock()
	g.expect = 1
	g.mu.Unlock()
	if _, err := g.pool.Submit(b, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	taskPID := actor.NewPID(g.pool.Scheduler.Address, g.pool.Scheduler.Id+"/"+fmt.Sprintf("%x", id))
	time.Sleep(100 * time.Millisecond) // replicas are out and sleeping
	g.sys.Root.Send(taskPID, actors.Crash("injected fault"))
	ended := g.waitEnded(20 * time.Second)
	st := ended[id]
	if st.State != messages.TaskState_TASK_STATE_COMPLETED {
		t.Fatalf("task: %v %s", st.State, st.Reason)
	}
	// Restarted from the journal: the four replicas already out were kept,
	// none was provisioned twice.
	if st.Replicas != 4 || st.Contributions != 4 {
		t.Fatalf("after restart: %d replicas, %d contributions; want 4 and 4", st.Replicas, st.Contributions)
	}
}

func TestTaskActorCrashingForeverFailsWithReason(t *testing.T) {
	g := newGrid(t, nil)
	g.workers(1, nil)
	b := bag(1, "sleep", 1, func(s *messages.TaskSpec) { s.Args = []string{"2000"} })
	id := [32]byte(b.Tasks[0].TaskId)
	g.mu.Lock()
	g.expect = 1
	g.mu.Unlock()
	if _, err := g.pool.Submit(b, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	taskPID := actor.NewPID(g.pool.Scheduler.Address, g.pool.Scheduler.Id+"/"+fmt.Sprintf("%x", id))
	for i := 0; i < 10; i++ {
		g.sys.Root.Send(taskPID, actors.Crash("boom"))
	}
	st := g.waitEnded(20 * time.Second)[id]
	if st.State != messages.TaskState_TASK_STATE_FAILED || !strings.Contains(st.Reason, "boom") {
		t.Fatalf("want failed with the panic as reason, got %v %q", st.State, st.Reason)
	}
}

func TestSubmitValidation(t *testing.T) {
	g := newGrid(t, func(c *actors.PoolConfig) { c.FailUnmatched = true })
	g.workers(2, nil)
	if _, err := g.pool.Submit(bag(1, "noop", 1, func(s *messages.TaskSpec) { s.Requirements = "cores >=" }), 5*time.Second); err == nil || !strings.Contains(err.Error(), "Syntax error") {
		t.Fatalf("malformed requirement: %v", err)
	}
	if _, err := g.pool.Submit(bag(1, "nosuchapp", 1, nil), 5*time.Second); err == nil || !strings.Contains(err.Error(), "unknown app") {
		t.Fatalf("unknown app: %v", err)
	}
	if _, err := g.pool.Submit(bag(1, "noop", 1, func(s *messages.TaskSpec) { s.AppHash = make([]byte, 32) }), 5*time.Second); err == nil || !strings.Contains(err.Error(), "does not match") {
		t.Fatalf("wrong app hash: %v", err)
	}
	if _, err := g.pool.Submit(bag(1, "noop", 1, func(s *messages.TaskSpec) { s.Category = 9 }), 5*time.Second); err == nil {
		t.Fatal("bad category accepted")
	}
	st, _ := g.pool.Status(true, time.Second)
	if len(st.Tasks) != 0 {
		t.Fatalf("rejected bags left %d tasks", len(st.Tasks))
	}
	ended := g.run(bag(2, "noop", 1, func(s *messages.TaskSpec) { s.Requirements = "cores >= 64" }), 10*time.Second)
	for _, st := range ended {
		if st.State != messages.TaskState_TASK_STATE_FAILED || !strings.Contains(st.Reason, "`cores >= 64` fails on 2 of 2 workers") {
			t.Fatalf("unmatched task: %v %q", st.State, st.Reason)
		}
	}
}

func TestLimitExceededFailsReplicaWithReason(t *testing.T) {
	g := newGrid(t, func(c *actors.PoolConfig) { c.MaxFailedReplicas = 3 })
	g.workers(3, nil)
	ended := g.run(bag(1, "sleep", 1, func(s *messages.TaskSpec) {
		s.Args = []string{"5000"}
		s.Limits = &messages.Limits{WallTimeMs: 20}
	}), 20*time.Second)
	for _, st := range ended {
		if st.State != messages.TaskState_TASK_STATE_FAILED || !strings.Contains(st.Reason, "3 replicas failed") || !strings.Contains(st.Reason, "wall") {
			t.Fatalf("got %v %q", st.State, st.Reason)
		}
	}
}

func TestSaboteursAreOutvoted(t *testing.T) {
	g := newGrid(t, nil)
	// 2 colluding saboteurs among 16 workers, trust 100: the honest group
	// must win every task (it may need 9 honest workers when both saboteurs
	// contributed), and every certified digest must be the honest one.
	g.workers(16, func(i int, c *actors.WorkerConfig) { c.Saboteur = i < 2 })
	ended := g.run(bag(20, "noop", 100, nil), 60*time.Second)
	honest, _ := result.Digest([]*messages.ResultFile{{Path: "stdout", Data: []byte("ok\n")}})
	for id, st := range ended {
		if st.State != messages.TaskState_TASK_STATE_COMPLETED {
			t.Fatalf("%x: %v %s", id[:4], st.State, st.Reason)
		}
		if string(st.ResultDigest) != string(honest[:]) {
			sab, _ := result.Digest(actors.SabotageFiles(id))
			t.Fatalf("%x: certified %x (sabotage digest %x)", id[:4], st.ResultDigest, sab)
		}
	}
}

func TestAllSaboteursAtTrustOneAreAcceptedAndDetected(t *testing.T) {
	// Sanity check of the wrong-result accounting: with only saboteurs,
	// trust 1 certifies their wrong result.
	g := newGrid(t, nil)
	g.workers(2, func(i int, c *actors.WorkerConfig) { c.Saboteur = true })
	for id, st := range g.run(bag(3, "noop", 1, nil), 20*time.Second) {
		sab, _ := result.Digest(actors.SabotageFiles(id))
		if string(st.ResultDigest) != string(sab[:]) {
			t.Fatalf("%x: %x", id[:4], st.ResultDigest)
		}
	}
}

func TestPoolResumesFromJournal(t *testing.T) {
	j := actors.NewMemJournal()
	g := newGrid(t, func(c *actors.PoolConfig) { c.Journal = j })
	b := bag(3, "noop", 1, nil)
	if _, err := g.pool.Submit(b, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	// No worker yet: stop the pool with its tasks pending, start another on
	// the same journal, and let workers join it.
	g.pool.Stop()
	g2 := newGrid(t, func(c *actors.PoolConfig) { c.Journal = j; c.Name = "pool2" })
	g2.sched = g.sched
	g2.expect = 3
	g2.workers(2, func(_ int, c *actors.WorkerConfig) { c.Scheduler = g2.pool.Config.SchedulerKey.Address() })
	ended := g2.waitEnded(20 * time.Second)
	for _, s := range b.Tasks {
		st := ended[[32]byte(s.TaskId)]
		if st == nil || st.State != messages.TaskState_TASK_STATE_COMPLETED {
			t.Fatalf("task %x after resume: %v", s.TaskId[:4], st)
		}
	}
	_ = context.Background()
}

func TestUnhealthyGPUFailsItsReplicaAndStopsGettingWork(t *testing.T) {
	g := newGrid(t, nil)
	fleet, err := gpu.NewFakeProber("1xA30@health")
	if err != nil {
		t.Fatal(err)
	}
	infos, _ := fleet.Probe()
	alloc := gpu.NewAllocator(infos)
	events, err := fleet.Events(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var runs []actors.ReplicaRun
	g.workers(1, func(_ int, c *actors.WorkerConfig) {
		c.GPUs, c.GPUHealth = alloc, events
		c.OnReplica = func(r actors.ReplicaRun) { mu.Lock(); runs = append(runs, r); mu.Unlock() }
	})
	b := bag(1, "sleep", 1, func(s *messages.TaskSpec) { s.Args = []string{"500"}; s.Gpu = &messages.GPURequest{Count: 1} })
	g.mu.Lock()
	g.expect = 1
	g.mu.Unlock()
	if _, err := g.pool.Submit(b, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	// Wait until the replica holds the GPU, then break the GPU (XID 79).
	deadline := time.Now().Add(5 * time.Second)
	for alloc.Summary().Free != 0 {
		if time.Now().After(deadline) {
			t.Fatal("replica never allocated the GPU")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := fleet.InjectXID(0, 79); err != nil {
		t.Fatal(err)
	}
	// A healthy GPU worker joins: the task must complete there.
	g.workers(1, func(_ int, c *actors.WorkerConfig) {
		f2, _ := gpu.NewFakeProber("1xA30@healthy")
		in2, _ := f2.Probe()
		c.GPUs = gpu.NewAllocator(in2)
	})
	st := g.waitEnded(20 * time.Second)[[32]byte(b.Tasks[0].TaskId)]
	if st.State != messages.TaskState_TASK_STATE_COMPLETED || st.Replicas != 2 {
		t.Fatalf("want completed with 2 replicas (the first failed with its GPU), got %v, %d replicas, %q", st.State, st.Replicas, st.Reason)
	}
	if len(st.GpuUuids) != 1 || st.GpuUuids[0] == infos[0].UUID {
		t.Fatalf("certified on GPUs %v; the broken one was %s", st.GpuUuids, infos[0].UUID)
	}
	if s := alloc.Summary(); s.Healthy != 0 || s.Free != 0 {
		t.Fatalf("broken GPU still offered: %+v", s)
	}
}

func TestNativeAppRunsPinnedOnlyWhenAllowed(t *testing.T) {
	cat, err := demo.BuiltinCatalog()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cat.AddNative("gpu-env", "/bin/sh"); err != nil {
		t.Fatal(err)
	}
	spec := func(s *messages.TaskSpec) {
		s.Args = []string{"-c", `printf "%s" "$CUDA_VISIBLE_DEVICES" > "$POCOGRID_OUT/gpus.txt"`}
		s.Gpu = &messages.GPURequest{Count: 1}
	}
	// A WebAssembly-only pool refuses the bag outright.
	wasmOnly := newGrid(t, func(c *actors.PoolConfig) { c.Apps = cat })
	if _, err := wasmOnly.pool.Submit(bag(1, "gpu-env", 1, spec), 5*time.Second); err == nil || !strings.Contains(err.Error(), "WebAssembly only") {
		t.Fatalf("wasm-only pool: %v", err)
	}
	g := newGrid(t, func(c *actors.PoolConfig) { c.Apps = cat; c.AllowNative = true; c.Name = "trusted" })
	fleet, _ := gpu.NewFakeProber("2xA30@native")
	infos, _ := fleet.Probe()
	g.workers(1, func(_ int, c *actors.WorkerConfig) {
		c.Apps, c.AllowNative, c.GPUs = cat, true, gpu.NewAllocator(infos)
	})
	b := bag(1, "gpu-env", 1, spec)
	st := g.run(b, 20*time.Second)[[32]byte(b.Tasks[0].TaskId)]
	if st.State != messages.TaskState_TASK_STATE_COMPLETED || len(st.GpuUuids) != 1 {
		t.Fatalf("native task: %v %q gpus %v", st.State, st.Reason, st.GpuUuids)
	}
	_, files, _, _ := g.pool.Config.Results.Get([32]byte(b.Tasks[0].TaskId))
	if len(files) != 1 || files[0].Path != "gpus.txt" || string(files[0].Data) != st.GpuUuids[0] {
		t.Fatalf("the app saw CUDA_VISIBLE_DEVICES=%q, its allocation was %v", files, st.GpuUuids)
	}
}

// A hand-driven worker sends forged, replayed and malformed messages: each
// is rejected with a reason and changes nothing; the honest ones certify.
func TestForgedAndReplayedMessagesAreRejected(t *testing.T) {
	g := newGrid(t, nil)
	me, mallory := identity.FromSeed("honest-worker"), identity.FromSeed("mallory")
	inbox := make(chan any, 16)
	props := actor.PropsFromFunc(func(ctx actor.Context) {
		switch m := ctx.Message().(type) {
		case *actor.Started:
			self := &messages.Pid{Address: ctx.Self().Address, Id: ctx.Self().Id}
			ctx.Send(g.pool.Scheduler, &messages.RegisterWorker{Descriptor_: demo.WorkerDescriptor(me, 0, 1), Worker: self})
			ctx.Send(g.pool.Scheduler, &messages.WorkRequest{Worker: me.Address().Bytes(), ReplyTo: self})
		case *messages.Assignment, *messages.Ack, *messages.RevealRequest:
			inbox <- m
		}
	})
	pid, err := g.sys.Root.SpawnNamed(props, "manual-worker")
	if err != nil {
		t.Fatal(err)
	}
	self := &messages.Pid{Address: pid.Address, Id: pid.Id}
	var stash []any
	// next returns the next message of m's type, keeping the others.
	next := func(want any) any {
		for i, m := range stash {
			if fmt.Sprintf("%T", m) == fmt.Sprintf("%T", want) {
				stash = append(stash[:i], stash[i+1:]...)
				return m
			}
		}
		for {
			select {
			case m := <-inbox:
				if fmt.Sprintf("%T", m) == fmt.Sprintf("%T", want) {
					return m
				}
				stash = append(stash, m)
			case <-time.After(5 * time.Second):
				t.Fatalf("no %T", want)
				return nil
			}
		}
	}
	g.mu.Lock()
	g.expect = 1
	g.mu.Unlock()
	b := bag(1, "noop", 1, nil)
	if _, err := g.pool.Submit(b, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	a := next(&messages.Assignment{}).(*messages.Assignment)
	taskID := [32]byte(a.TaskId)
	files := []*messages.ResultFile{{Path: "stdout", Data: []byte("ok\n")}}
	digest, _ := result.Digest(files)
	h, s := poco.ResultHash(taskID, digest), poco.ResultSeal(me.Address(), taskID, digest)
	contribution := func(signer *identity.Key, replica string) *messages.Contribution {
		sig, _ := signer.Sign(identity.ContributionDigest(taskID, h, s))
		return &messages.Contribution{TaskId: a.TaskId, ReplicaId: replica, Worker: me.Address().Bytes(), ResultHash: h[:], ResultSeal: s[:], Sign: sig, ReplyTo: self}
	}
	task := actor.NewPID(a.Task.Address, a.Task.Id)
	expect := func(accepted bool, reason string) {
		t.Helper()
		ack := next(&messages.Ack{}).(*messages.Ack)
		if ack.Accepted != accepted || !strings.Contains(ack.Reason, reason) {
			t.Fatalf("ack %v %q, want %v %q", ack.Accepted, ack.Reason, accepted, reason)
		}
	}
	g.sys.Root.Send(task, contribution(mallory, a.ReplicaId)) // forged
	expect(false, "not from the expected signer")
	g.sys.Root.Send(task, contribution(me, "nosuch-1")) // wrong replica
	expect(false, "unknown replica")
	g.sys.Root.Send(task, contribution(me, a.ReplicaId)) // honest
	expect(true, "")
	g.sys.Root.Send(task, contribution(me, a.ReplicaId)) // replayed
	expect(false, "already")
	rr := next(&messages.RevealRequest{}).(*messages.RevealRequest)
	if !rr.Upload {
		t.Fatal("the only winner was not asked to upload")
	}
	reveal := func(d [32]byte, f []*messages.ResultFile) *messages.Reveal {
		sig, _ := me.Sign(identity.RevealDigest(taskID, d))
		return &messages.Reveal{TaskId: a.TaskId, ReplicaId: a.ReplicaId, Worker: me.Address().Bytes(), Digest: d[:], Sign: sig, Files: f, ReplyTo: self}
	}
	wrong := [32]byte{1}
	g.sys.Root.Send(task, reveal(wrong, nil)) // does not open the commitment
	expect(false, "result hash")
	g.sys.Root.Send(task, reveal(digest, []*messages.ResultFile{{Path: "stdout", Data: []byte("tampered\n")}}))
	expect(false, "does not match the revealed digest")
	g.sys.Root.Send(task, reveal(digest, files))
	expect(true, "")
	st := g.waitEnded(10 * time.Second)[taskID]
	if st.State != messages.TaskState_TASK_STATE_COMPLETED || string(st.ResultDigest) != string(digest[:]) {
		t.Fatalf("task: %v %q", st.State, st.Reason)
	}
}

func TestUnmatchedTaskWaitsWithItsReason(t *testing.T) {
	g := newGrid(t, nil) // FailUnmatched off: a matching worker may still come
	g.workers(1, nil)
	b := bag(1, "noop", 1, func(s *messages.TaskSpec) { s.Requirements = `"ssd" in tags` })
	reply, err := g.pool.Submit(b, 5*time.Second)
	if err != nil || len(reply.Unmatched) != 1 {
		t.Fatalf("submit: %v %v", reply, err)
	}
	st, _ := g.pool.Status(true, time.Second)
	if len(st.Tasks) != 1 || !strings.Contains(st.Tasks[0].Reason, "waiting for a matching worker") {
		t.Fatalf("status: %v", st.Tasks)
	}
	g.mu.Lock()
	g.expect = 1
	g.mu.Unlock()
	g.workers(1, func(_ int, c *actors.WorkerConfig) { c.Descriptor.Tags = []string{"ssd"} })
	done := g.waitEnded(10 * time.Second)[[32]byte(b.Tasks[0].TaskId)]
	if done.State != messages.TaskState_TASK_STATE_COMPLETED || done.Reason != "" {
		t.Fatalf("after a matching worker joined: %v %q", done.State, done.Reason)
	}
}
