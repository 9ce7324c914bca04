package benchmarks

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/asynkron/protoactor-go/actor"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pocogrid/pocogrid/actors"
	"github.com/pocogrid/pocogrid/demo"
	"github.com/pocogrid/pocogrid/identity"
	"github.com/pocogrid/pocogrid/poco"
)

// CoreReport is the output of `pocogrid bench core`.
type CoreReport struct {
	Machine string `json:"machine"`
	Rounds  int    `json:"rounds"`
	// Floors measured in the same run.
	ActorMsgsPerSec        float64 `json:"actor_msgs_per_s"`
	CryptoPerReplicaMicros float64 `json:"crypto_us_per_replica"`
	CryptoFloorPerSec      float64 `json:"crypto_floor_replicas_per_s"` // all cores in parallel
	// Certified tasks/s in process, noop app.
	Trust1PerSec   float64 `json:"certified_per_s_trust1"`
	Trust100PerSec float64 `json:"certified_per_s_trust100"`
	Trust100Reps   float64 `json:"replicas_per_task_trust100"`
	// Ratios against the floors.
	Trust1VsCrypto   float64 `json:"trust1_vs_crypto_floor"`
	Trust100VsCrypto float64 `json:"trust100_replicas_vs_crypto_floor"`
	Trust1VsActor    float64 `json:"trust1_vs_actor_msgs"`
	// Heap per idle worker actor.
	IdleWorkers        int     `json:"idle_workers"`
	HeapPerIdleWorkerB float64 `json:"heap_bytes_per_idle_worker"`
}

// CoreOptions size the run.
type CoreOptions struct {
	Tasks       int // per throughput measurement
	Workers     int
	IdleWorkers int
	Rounds      int // each figure is the median of this many rounds
}

// RunCore runs every in-process measurement, floors first.
func RunCore(ctx context.Context, o CoreOptions) (*CoreReport, error) {
	if o.Tasks <= 0 {
		o.Tasks = 5000
	}
	if o.Workers <= 0 {
		o.Workers = 16
	}
	if o.IdleWorkers <= 0 {
		o.IdleWorkers = 10000
	}
	if o.Rounds <= 0 {
		o.Rounds = 3
	}
	r := &CoreReport{Machine: Machine(), Rounds: o.Rounds}
	// The heap first, while this process has nothing else live.
	heap, err := IdleWorkerHeap(o.IdleWorkers)
	if err != nil {
		return nil, err
	}
	r.IdleWorkers = o.IdleWorkers
	r.HeapPerIdleWorkerB = heap

	// Floors and throughputs alternate, round after round, and each figure
	// is the median of its rounds: a neighbour's burst of load hits both.
	var actorRates, cryptoPer, cryptoFloor, t1, t100, reps []float64
	for round := 0; round < o.Rounds; round++ {
		actorRates = append(actorRates, ActorMessageRate(2_000_000))
		cryptoPer = append(cryptoPer, float64(CryptoPerReplica(2000))/float64(time.Microsecond))
		cryptoFloor = append(cryptoFloor, CryptoFloorParallel(2000))
		s1, err := demo.Run(ctx, demo.Options{Workers: o.Workers, Tasks: o.Tasks, Trust: 1, App: "noop"})
		if err != nil {
			return nil, fmt.Errorf("trust 1: %w", err)
		}
		if s1.Completed != o.Tasks {
			return nil, fmt.Errorf("trust 1: %d of %d certified", s1.Completed, o.Tasks)
		}
		t1 = append(t1, s1.TasksPerSecond)
		n100 := max(o.Tasks/5, 1)
		s100, err := demo.Run(ctx, demo.Options{Workers: o.Workers, Tasks: n100, Trust: 100, App: "noop"})
		if err != nil {
			return nil, fmt.Errorf("trust 100: %w", err)
		}
		if s100.Completed != n100 {
			return nil, fmt.Errorf("trust 100: %d of %d certified", s100.Completed, n100)
		}
		t100 = append(t100, s100.TasksPerSecond)
		reps = append(reps, s100.ReplicasPer)
	}
	r.ActorMsgsPerSec = median(actorRates)
	r.CryptoPerReplicaMicros = median(cryptoPer)
	r.CryptoFloorPerSec = median(cryptoFloor)
	r.Trust1PerSec = median(t1)
	r.Trust100PerSec = median(t100)
	r.Trust100Reps = median(reps)
	r.Trust1VsCrypto = r.Trust1PerSec / r.CryptoFloorPerSec
	r.Trust100VsCrypto = r.Trust100PerSec * r.Trust100Reps / r.CryptoFloorPerSec
	r.Trust1VsActor = r.Trust1PerSec / r.ActorMsgsPerSec

	return r, nil
}

// Machine describes this machine for the results table.
func Machine() string {
	return fmt.Sprintf("%s/%s, %d CPUs (%s), %s", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), cpuModel(), runtime.Version())
}

type countActor struct {
	n    int64
	want int64
	done chan struct{}
}

type tick struct{}

func (c *countActor) Receive(ctx actor.Context) {
	if _, ok := ctx.Message().(*tick); ok {
		c.n++
		if c.n == c.want {
			close(c.done)
		}
	}
}

// ActorMessageRate is protoactor's raw one-way message rate: one sender,
// one receiving actor, n messages, in messages per second.
func ActorMessageRate(n int64) float64 {
	sys := demo.NewActorSystem(nil)
	defer sys.Shutdown()
	c := &countActor{want: n, done: make(chan struct{})}
	pid := sys.Root.Spawn(actor.PropsFromProducer(func() actor.Actor { return c }))
	defer sys.Root.Stop(pid)
	m := &tick{}
	start := time.Now()
	for i := int64(0); i < n; i++ {
		sys.Root.Send(pid, m)
	}
	<-c.done
	return float64(n) / time.Since(start).Seconds()
}

// replicaCrypto does the cryptography one certified replica needs in
// pocogrid: the scheduler signs the authorization, the worker checks it,
// hashes and seals its result and signs the contribution and the reveal,
// and the task verifies both and checks the reveal.
func replicaCrypto(sched, worker *identity.Key, taskID, digest [32]byte) error {
	auth, err := sched.Sign(poco.AuthorizationHash(worker.Address(), taskID, common.Address{}))
	if err != nil {
		return err
	}
	if err := identity.Verify(poco.AuthorizationHash(worker.Address(), taskID, common.Address{}), auth, sched.Address()); err != nil {
		return err
	}
	h := poco.ResultHash(taskID, digest)
	s := poco.ResultSeal(worker.Address(), taskID, digest)
	cs, err := worker.Sign(identity.ContributionDigest(taskID, h, s))
	if err != nil {
		return err
	}
	if err := identity.Verify(identity.ContributionDigest(taskID, h, s), cs, worker.Address()); err != nil {
		return err
	}
	rs, err := worker.Sign(identity.RevealDigest(taskID, digest))
	if err != nil {
		return err
	}
	if err := identity.Verify(identity.RevealDigest(taskID, digest), rs, worker.Address()); err != nil {
		return err
	}
	return poco.CheckReveal(worker.Address(), taskID, digest, h, s)
}

// CryptoPerReplica is the single-core time of one replica's cryptography.
func CryptoPerReplica(n int) time.Duration {
	sched, worker := identity.FromSeed("bench-sched"), identity.FromSeed("bench-worker")
	start := time.Now()
	for i := 0; i < n; i++ {
		var id [32]byte
		id[0], id[1] = byte(i), byte(i>>8)
		if err := replicaCrypto(sched, worker, id, id); err != nil {
			panic(err)
		}
	}
	return time.Since(start) / time.Duration(n)
}

// CryptoFloorParallel is how many replicas' cryptography all cores do per
// second: the ceiling for certified replicas/s on this machine.
func CryptoFloorParallel(perCore int) float64 {
	sched, worker := identity.FromSeed("bench-sched"), identity.FromSeed("bench-worker")
	procs := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	var failed atomic.Bool
	start := time.Now()
	for p := 0; p < procs; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < perCore; i++ {
				var id [32]byte
				id[0], id[1], id[2] = byte(i), byte(i>>8), byte(p)
				if replicaCrypto(sched, worker, id, id) != nil {
					failed.Store(true)
				}
			}
		}(p)
	}
	wg.Wait()
	if failed.Load() {
		panic("replica crypto failed")
	}
	return float64(procs*perCore) / time.Since(start).Seconds()
}

// IdleWorkerHeap spawns n workers on one pool, waits until each has
// registered and parked a work request, and returns the live heap they add,
// per worker (scheduler-side bookkeeping included).
func IdleWorkerHeap(n int) (float64, error) {
	catalog, err := demo.BuiltinCatalog()
	if err != nil {
		return 0, err
	}
	exec, err := demo.NewExecutor()
	if err != nil {
		return 0, err
	}
	defer exec.Close(context.Background())
	sys := demo.NewActorSystem(nil)
	defer sys.Shutdown()
	sched := identity.FromSeed("idle-sched")
	pool, err := actors.StartPool(sys, actors.PoolConfig{Name: "idle", SchedulerKey: sched, Apps: catalog, ParkTimeout: time.Hour})
	if err != nil {
		return 0, err
	}
	defer pool.Stop()
	keys := make([]*identity.Key, n)
	for i := range keys {
		keys[i] = identity.FromSeed(fmt.Sprint("idle-", i))
	}
	before := liveHeap()
	for i, k := range keys {
		props := actors.NewWorkerProps(actors.WorkerConfig{Key: k, Descriptor: demo.WorkerDescriptor(k, i, 1), Scheduler: sched.Address(),
			Executor: exec, Apps: catalog, RequestTimeout: time.Hour}, pool.Scheduler)
		if _, err := sys.Root.SpawnNamed(props, fmt.Sprint("idle-worker-", i)); err != nil {
			return 0, err
		}
	}
	deadline := time.Now().Add(2 * time.Minute)
	for {
		st, err := pool.Status(false, 10*time.Second)
		if err != nil {
			return 0, err
		}
		if int(st.Workers) == n {
			break
		}
		if time.Now().After(deadline) {
			return 0, fmt.Errorf("only %d of %d idle workers registered", st.Workers, n)
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond) // their first work requests get parked
	after := liveHeap()
	runtime.KeepAlive(keys)
	if after < before {
		return 0, fmt.Errorf("idle-worker heap: live heap shrank (%d → %d bytes); measure in a fresh process", before, after)
	}
	return float64(after-before) / float64(n), nil
}

func liveHeap() uint64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}
