package replay

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"github.com/ethereum/go-ethereum/common"
	"os"
	"sync"
	"time"

	"google.golang.org/protobuf/proto"

	"github.com/pocogrid/pocogrid/actors"
	"github.com/pocogrid/pocogrid/demo"
	"github.com/pocogrid/pocogrid/identity"
	"github.com/pocogrid/pocogrid/messages"
	"github.com/pocogrid/pocogrid/poco"
	"github.com/pocogrid/pocogrid/trace"
)

// appMemory bounds the linear memory of a replayed task: the sleep and
// noop apps declare one 64 KiB page. The sandbox sizes each instance's
// buffer capacity from this limit (256 MiB by default), so a small one
// spares the Go heap a large allocation per replica.
const appMemory = 1 << 20

// parkWall is how long (wall time) a worker's work request waits parked on
// the scheduler before it is answered "no work" and asked again.
const parkWall = 10 * time.Second

// Run replays o.Jobs on an in-process pool and reports the metrics. Every
// job is accounted for in the report, completed or failed with a reason,
// also when Run returns an error for a timeout or a cancelled ctx (the
// report is then non-nil).
func Run(ctx context.Context, o Options) (*Report, error) {
	if err := o.defaults(); err != nil {
		return nil, err
	}
	p, err := makePlan(&o)
	if err != nil {
		return nil, err
	}
	if o.Timeout <= 0 {
		o.Timeout = 10*time.Minute + 3*time.Duration((p.end-p.start)/o.Speedup*float64(time.Second))
	}
	var sched *schedule
	if o.Availability != nil {
		if sched, err = newSchedule(o.Availability, p.start, o.AvailabilityOffset); err != nil {
			return nil, err
		}
	}

	catalog, err := demo.BuiltinCatalog()
	if err != nil {
		return nil, err
	}
	exec, err := demo.NewExecutor()
	if err != nil {
		return nil, err
	}
	// Each replica runs in a directory of runDir, removed when its sandbox
	// returns: an empty runDir means no sandbox is running. The executor
	// must not be closed under a running sandbox.
	runDir, err := os.MkdirTemp(o.WorkDir, "pocogrid-replay-")
	if err != nil {
		exec.Close(context.Background())
		return nil, err
	}
	closeExec := true
	defer func() {
		if closeExec {
			exec.Close(context.Background())
		}
		os.RemoveAll(runDir)
	}()
	sys := demo.NewActorSystem(o.Logger)
	defer sys.Shutdown()

	clk := newTraceClock(o.Speedup, p.start)
	rec := newRecorder(clk, p)
	schedKey, err := identity.Generate()
	if err != nil {
		return nil, err
	}
	var nonce [8]byte
	_, _ = rand.Read(nonce[:])
	// --chain sim: every job becomes a deal matched on an in-process chain;
	// tasks are initialized, contributed, revealed and finalized on it.
	var ch *replayChain
	if o.Chain == ChainSim {
		if ch, err = openReplayChain(ctx, sys, o.Logger, schedKey, catalog, o.App, p.timeRef); err != nil {
			return nil, err
		}
		defer ch.Close()
	}
	journal := actors.NewMemJournal()
	poolPrice, workerStake, schedRatio := uint64(1_000_000_000), uint64(300_000_000), uint64(5)
	var settle actors.Settler
	if ch != nil {
		poolPrice, workerStake, schedRatio = ch.Economics()
		settle = ch.Settler()
	}
	pool, err := actors.StartPool(sys, actors.PoolConfig{
		Settle:            settle,
		Journal:           journal,
		Name:              fmt.Sprintf("replay-%x", nonce[:4]),
		SchedulerKey:      schedKey,
		Clock:             clk,
		Logger:            o.Logger,
		Results:           newDigestStore(),
		Apps:              catalog,
		HeartbeatInterval: o.HeartbeatInterval,
		LivenessTimeout:   o.LivenessTimeout,
		// Trace time; the tasks cap it at their category time T, which
		// covers the longest runtime (see makePlan).
		ReplicaTimeout: time.Duration(p.timeRef) * time.Second,
		ParkTimeout:    time.Duration(clk.traced(parkWall) * float64(time.Second)),
		// Tasks wait for workers that may come back (churn) rather than
		// fail when none is registered or every one already ran them.
		FailUnmatched:     false,
		MaxFailedReplicas: o.MaxFailedReplicas,
		PoolPrice:         poolPrice,
		WorkerStake:       workerStake,
		SchedulerRatio:    schedRatio,
		Events:            rec.taskEnded,
	})
	if err != nil {
		return nil, err
	}
	defer pool.Stop()

	nodes := 0
	if o.Availability != nil {
		nodes = len(o.Availability.Nodes)
	}
	fl, err := newFleet(sys, pool, actors.WorkerConfig{
		Scheduler: schedKey.Address(),
		Executor:  exec,
		Apps:      catalog,
		Slots:     o.Slots,
		Logger:    o.Logger,
		WorkDir:   runDir,
	}, &o, rec, nodes)
	if err != nil {
		return nil, err
	}
	defer fl.stopAll()
	if ch != nil {
		if err := ch.fund(ctx, fl); err != nil {
			return nil, err
		}
	}
	setupStart := time.Now()
	heapBefore := liveHeap()
	initial := 0
	for _, s := range fl.slots {
		if sched == nil || sched.up(s.node, p.start) {
			if err := fl.spawn(s); err != nil {
				return nil, err
			}
			initial++
		}
	}
	if err := waitWorkers(ctx, pool, initial, 2*time.Minute); err != nil {
		return nil, err
	}
	setup := time.Since(setupStart)
	perWorker := 0.0
	if initial > 0 {
		perWorker = float64(int64(liveHeap())-int64(heapBefore)) / float64(initial)
	}

	churn := newChurnLog(o.Workers, initial, p.start)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wallStart := time.Now()
	clk.start()
	lags := make([]float64, 0, len(p.jobs))
	wg.Go(func() { lags = submitJobs(ctx, p, &o, clk, pool, rec, nonce, ch, stop) })
	if sched != nil {
		wg.Go(func() { driveChurn(sched, fl, clk, churn, stop) })
	}
	mem := &memPeak{}
	wg.Go(func() { watch(&o, p, clk, rec, fl, mem, wallStart, stop) })

	timeout := time.NewTimer(o.Timeout)
	defer timeout.Stop()
	var runErr error
	select {
	case <-rec.done:
	case <-timeout.C:
		runErr = fmt.Errorf("replay timed out after %s", o.Timeout)
	case <-ctx.Done():
		runErr = ctx.Err()
	}
	wall := time.Since(wallStart)
	endTrace := clk.Trace()
	close(stop)
	wg.Wait()
	if runErr != nil {
		for j := range p.jobs {
			rec.failJob(j, "replay stopped before the job ended: "+runErr.Error(), endTrace)
		}
	}
	fl.stopAll()
	// Replicas still running (on workers that left, outvoted ones, or all
	// of them after a timeout) report when their sandbox returns.
	drainFor := min(clk.wall(p.maxRuntime)+time.Second, 5*time.Second)
	if runErr != nil {
		drainFor = time.Second
	}
	if !drain(runDir, drainFor) {
		// Leave the executor to the garbage collector rather than close it
		// under a running sandbox.
		closeExec = false
	}
	rec.quiesce(20*time.Millisecond, 200*time.Millisecond)
	mem.sample()

	r := buildReport(&o, p, rec, churn, lags)
	if ch != nil {
		g := ch.GasPerTask()
		r.GasPerTask = &g
		r.FinalizedOnchain = ch.Finalized()
	}
	r.Workers = o.Workers
	r.Saboteurs = fl.saboteurs()
	r.Category = p.category.String()
	r.CategoryTimeS = p.timeRef
	r.WorkerDepartures, r.WorkerReturns = fl.departures, fl.returns
	r.UndeliverableAssignments = int(fl.undeliverable.Load())
	r.WallS = wall.Seconds()
	r.StartupS = setup.Seconds()
	r.HeapPerWorkerBytes = max(perWorker, 0)
	if r.WallS > 0 {
		r.TasksPerWallS = float64(r.TasksCompleted) / r.WallS
	}
	r.PeakHeapBytes, r.PeakGoMemoryBytes = mem.heap, mem.total
	r.PeakRSSBytes = peakRSS()
	r.ReplicaFailureReasons = replicaFailures(journal)
	return r, runErr
}

// maxReasons bounds the distinct replica failure reasons reported.
const maxReasons = 20

// replicaFailures tallies why replicas failed, from the tasks' journal.
func replicaFailures(j actors.Journal) map[string]int {
	out := map[string]int{}
	_ = j.Tasks(func(_ [32]byte, raw []byte) error {
		rec := &messages.TaskRecord{}
		if proto.Unmarshal(raw, rec) != nil {
			return nil
		}
		for _, r := range rec.Replicas {
			if r.State != messages.ReplicaState_REPLICA_STATE_FAILED {
				continue
			}
			reason := r.Reason
			if _, ok := out[reason]; !ok && len(out) >= maxReasons {
				reason = "(other reasons)"
			}
			out[reason]++
		}
		return nil
	})
	return out
}

// drain waits up to limit for dir to be empty: no sandbox running.
func drain(dir string, limit time.Duration) bool {
	deadline := time.Now().Add(limit)
	for {
		entries, err := os.ReadDir(dir)
		if err != nil || len(entries) == 0 {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// dealID derives a job's deal id, unique to this replay.
func dealID(nonce [8]byte, job int) [32]byte {
	var b [16]byte
	copy(b[:8], nonce[:])
	binary.BigEndian.PutUint64(b[8:], uint64(job))
	return sha256.Sum256(b[:])
}

// sleepUntil waits until trace time t, or returns false when stopped.
func sleepUntil(clk *traceClock, t float64, timer *time.Timer, stop <-chan struct{}) bool {
	for range 1 << 20 { // each round waits the whole remaining time
		now := clk.Trace()
		if now >= t {
			return true
		}
		timer.Reset(max(clk.wall(t-now), 50*time.Microsecond))
		select {
		case <-timer.C:
		case <-stop:
			return false
		}
	}
	return true
}

// submitJobs submits each job at its trace submit time and returns each
// submitted job's lag (trace seconds between its submit time and the
// pool's acceptance).
func submitJobs(ctx context.Context, p *plan, o *Options, clk *traceClock, pool *actors.Pool, rec *recorder, nonce [8]byte, ch *replayChain, stop <-chan struct{}) []float64 {
	lags := make([]float64, 0, len(p.jobs))
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	for j := range p.jobs {
		pj := &p.jobs[j]
		at := p.start
		if trace.Known(pj.job.Submit) {
			at = pj.job.Submit
		}
		if !sleepUntil(clk, at, timer, stop) {
			return lags
		}
		if pj.invalid != "" {
			rec.failJob(j, pj.invalid, at)
			continue
		}
		deal := dealID(nonce, j)
		category, first := uint32(p.category), uint64(0)
		var onChain []common.Hash
		if ch != nil {
			d, err := ch.RequestDeal(ctx, uint64(pj.tasks), ch.category, max(o.Trust, 1))
			if err != nil {
				rec.failJob(j, "match orders on chain: "+err.Error(), clk.Trace())
				continue
			}
			deal, category, first, onChain = d.ID, uint32(ch.category), d.Info.BotFirst.Uint64(), d.TaskIDs
		}
		bag := &messages.SubmitBag{DealId: deal[:], Tasks: make([]*messages.TaskSpec, pj.tasks)}
		ids := make([][32]byte, pj.tasks)
		for k := range pj.tasks {
			id := poco.TaskID(deal, first+uint64(k))
			if onChain != nil {
				id = onChain[k]
			}
			ids[k] = id
			bag.Tasks[k] = &messages.TaskSpec{
				TaskId: id[:], DealId: deal[:], Index: first + uint64(k),
				AppName: o.App, Args: taskArgs(pj, k),
				Trust: o.Trust, Category: category, TimeRef: p.timeRef, Requirements: onlineRequirement,
				Limits: &messages.Limits{WallTimeMs: wallLimitMs(pj, k), MemoryBytes: appMemory},
				// The deal starts at the job's trace submit time: PoCo
				// deadlines count from there.
				StartTime: uint64(traceInstant(at).Unix()),
			}
		}
		rec.expect(j, ids)
		if _, err := pool.Submit(bag, time.Minute); err != nil {
			rec.failJob(j, "submit: "+err.Error(), clk.Trace())
			continue
		}
		now := clk.Trace()
		rec.submitted(j, now)
		lags = append(lags, max(now-at, 0))
	}
	return lags
}

// driveChurn applies the availability schedule to the fleet until stopped.
func driveChurn(s *schedule, fl *fleet, clk *traceClock, log *churnLog, stop <-chan struct{}) {
	byNode := map[int][]*workerSlot{}
	state := map[int]bool{}
	for _, w := range fl.slots {
		byNode[w.node] = append(byNode[w.node], w)
		state[w.node] = s.up(w.node, s.t0)
	}
	ch := newChanges(s, state)
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	for {
		ev, ok := ch.peek()
		if !ok {
			<-stop
			return
		}
		if !sleepUntil(clk, ev.t, timer, stop) {
			return
		}
		ch.pop()
		delta := 0
		for _, w := range byNode[ev.node] {
			changed, err := fl.set(w, ev.up)
			if err != nil {
				fl.pool.Config.Logger.Warn("replay: worker respawn failed", "worker", w.i, "err", err)
				continue
			}
			if changed && ev.up {
				delta++
			} else if changed {
				delta--
			}
		}
		if delta != 0 {
			log.add(ev.t, delta)
		}
	}
}

// waitWorkers waits until n workers have registered with the pool.
func waitWorkers(ctx context.Context, p *actors.Pool, n int, within time.Duration) error {
	deadline := time.Now().Add(within)
	for {
		st, err := p.Status(false, 10*time.Second)
		if err != nil {
			return err
		}
		if int(st.Workers) >= n {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("replay: only %d of %d workers registered within %s", st.Workers, n, within)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
}
