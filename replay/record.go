package replay

import (
	"bytes"
	"math"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocogrid/pocogrid/actors"
	"github.com/pocogrid/pocogrid/messages"
	"github.com/pocogrid/pocogrid/result"
)

// jobState is what the replay learns about one job.
type jobState struct {
	submitted float64 // trace time the pool accepted it (≥ its submit time)
	ended     int     // tasks ended
	failed    int     // tasks failed
	reason    string  // first failure reason
	end       float64 // trace time its last task ended
	done      bool
}

// taskOutcome is how a task ended.
type taskOutcome struct {
	job       int32
	completed bool
	wrong     bool
	replicas  uint32
	contribs  uint32
	reason    string
	proved    []common.Address
}

// replicaRecord is one replica execution, in trace time.
type replicaRecord struct {
	task   [32]byte
	worker common.Address
	start  float64 // trace time it started
	busy   float64 // trace seconds it occupied its worker
	failed bool    // the sandbox run failed
	churn  bool    // its worker left before it finished
}

// incarnation is one life of a worker actor between churn events.
type incarnation struct {
	stopped atomic.Int64 // wall UnixNano when stopped; 0 while alive
}

// recorder gathers task ends and replica runs from the pool's callbacks.
type recorder struct {
	clk  *traceClock
	plan *plan

	mu       sync.Mutex
	jobs     []jobState
	taskJob  map[[32]byte]int32
	outcomes map[[32]byte]*taskOutcome
	runs     []replicaRecord
	lastRun  time.Time // wall time of the last replica report

	done      chan struct{}
	doneN     atomic.Int64 // jobs accounted for
	failedN   atomic.Int64
	certified atomic.Int64 // tasks certified
}

func newRecorder(clk *traceClock, p *plan) *recorder {
	r := &recorder{
		clk:      clk,
		plan:     p,
		jobs:     make([]jobState, len(p.jobs)),
		taskJob:  make(map[[32]byte]int32, p.tasks),
		outcomes: make(map[[32]byte]*taskOutcome, p.tasks),
		done:     make(chan struct{}),
	}
	for i := range r.jobs {
		r.jobs[i].end = math.NaN()
	}
	return r
}

// expect registers a job's task ids before the job is submitted, so that
// no TaskEnded can arrive for an unknown task.
func (r *recorder) expect(job int, ids [][32]byte) {
	r.mu.Lock()
	for _, id := range ids {
		r.taskJob[id] = int32(job)
	}
	r.mu.Unlock()
}

// submitted records when the pool accepted a job.
func (r *recorder) submitted(job int, at float64) {
	r.mu.Lock()
	r.jobs[job].submitted = at
	r.mu.Unlock()
}

// failJob accounts a job that cannot run, or whose remaining tasks will
// never end, as failed at trace time at.
func (r *recorder) failJob(job int, reason string, at float64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	js := &r.jobs[job]
	if js.done {
		return
	}
	if js.reason == "" {
		js.reason = reason
	}
	if js.failed == 0 {
		js.failed = 1
	}
	if math.IsNaN(js.end) {
		js.end = at
	}
	r.finish(job)
}

// taskEnded is the pool's Events callback (the scheduler's goroutine).
func (r *recorder) taskEnded(e *messages.TaskEnded) {
	st := e.GetStatus()
	id, ok := messages.Hash32(st.GetTaskId())
	if !ok {
		return
	}
	end := r.clk.Trace()
	if ms := st.FinalizedUnixMs; ms > 0 {
		end = traceSeconds(time.UnixMilli(int64(ms)))
	}
	completed := st.State == messages.TaskState_TASK_STATE_COMPLETED
	wrong := false
	if completed {
		sd, err := result.Digest(actors.SabotageFiles(id))
		wrong = err == nil && bytes.Equal(st.ResultDigest, sd[:])
	}
	out := &taskOutcome{completed: completed, wrong: wrong, replicas: st.Replicas, contribs: st.Contributions, reason: st.Reason}
	if completed {
		for _, w := range st.Workers {
			out.proved = append(out.proved, common.BytesToAddress(w))
		}
	} else if out.reason == "" {
		out.reason = "task failed (no reason given)"
	}

	r.mu.Lock()
	defer r.mu.Unlock()
	job, known := r.taskJob[id]
	if _, dup := r.outcomes[id]; dup || !known {
		return
	}
	out.job = job
	r.outcomes[id] = out
	if completed {
		r.certified.Add(1)
	}
	js := &r.jobs[job]
	if js.done {
		return
	}
	js.ended++
	if !completed {
		js.failed++
		if js.reason == "" {
			js.reason = out.reason
		}
	}
	if math.IsNaN(js.end) || end > js.end {
		js.end = end
	}
	if js.ended == r.plan.jobs[job].tasks {
		r.finish(int(job))
	}
}

// finish marks a job accounted for (r.mu held).
func (r *recorder) finish(job int) {
	r.jobs[job].done = true
	if r.jobs[job].failed > 0 {
		r.failedN.Add(1)
	}
	if r.doneN.Add(1) == int64(len(r.jobs)) {
		close(r.done)
	}
}

// replica is the workers' OnReplica callback (a sandbox goroutine).
func (r *recorder) replica(inc *incarnation, run actors.ReplicaRun) {
	now := time.Now()
	nowTrace := r.clk.Trace()
	busy := run.Duration
	churn := false
	if ns := inc.stopped.Load(); ns != 0 && ns < now.UnixNano() {
		// The worker left while this ran: it was busy until it left.
		churn = true
		busy = max(time.Unix(0, ns).Sub(now.Add(-run.Duration)), 0)
	}
	rec := replicaRecord{
		task:   run.TaskID,
		worker: run.Worker,
		start:  nowTrace - r.clk.traced(run.Duration),
		busy:   r.clk.traced(busy),
		failed: run.Err != nil,
		churn:  churn,
	}
	r.mu.Lock()
	r.runs = append(r.runs, rec)
	r.lastRun = now
	r.mu.Unlock()
}

// quiesce waits until no replica has reported for idle, or for at most
// limit: replicas still running when the last job ended (on workers that
// left, or outvoted ones) report late.
func (r *recorder) quiesce(idle, limit time.Duration) {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		r.mu.Lock()
		last := r.lastRun
		r.mu.Unlock()
		if time.Since(last) >= idle {
			return
		}
		time.Sleep(idle / 4)
	}
}
