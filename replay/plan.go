package replay

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"time"

	"github.com/pocogrid/pocogrid/poco"
	"github.com/pocogrid/pocogrid/trace"
)

// maxSleepMillis is the longest sleep the built-in app accepts.
const maxSleepMillis = 1_000_000_000

// wallSlack is the wall time a replica may take beyond its scaled runtime
// before the sandbox or the pool gives up on it (start-up, a loaded CPU).
const wallSlack = 60 * time.Second

// plannedJob is one job of the replay, in submit order.
type plannedJob struct {
	job   trace.Job
	tasks int
	// sleepMs holds each task's sleep (AppSleep), nil for AppNoop.
	sleepMs []uint64
	// invalid is why the job cannot run (it fails at its submit time).
	invalid string
}

// plan is the workload as the replay runs it.
type plan struct {
	jobs     []plannedJob
	tasks    int
	start    float64 // first submit time
	end      float64 // last submit time
	category poco.Category
	// timeRef is the tasks' category time T (seconds): the category's, or
	// a custom one (as the chain's custom categories carry) when no
	// category is long enough.
	timeRef uint64
	// maxRuntime is the longest runtime of a valid job (trace seconds).
	maxRuntime float64
}

// invalidReason says why a trace job cannot be replayed ("" if it can).
func invalidReason(j trace.Job) string {
	switch {
	case !trace.Known(j.Submit):
		return "unknown submit time (trace field 2 is -1)"
	case !trace.Known(j.Runtime):
		return "unknown runtime (trace field 4 is -1)"
	case !trace.Known(j.Procs):
		return "unknown processor count (trace fields 5 and 8 are -1)"
	case j.Procs == 0:
		return "zero processors"
	}
	return ""
}

// makePlan orders the jobs by submit time and sizes their tasks. Invalid
// jobs without a known submit time are placed at the first submit time.
func makePlan(o *Options) (*plan, error) {
	p := &plan{jobs: make([]plannedJob, len(o.Jobs))}
	var err error
	first := math.Inf(1)
	for i, j := range o.Jobs {
		p.jobs[i] = plannedJob{job: j, invalid: invalidReason(j)}
		if trace.Known(j.Submit) {
			first = min(first, j.Submit)
		}
	}
	if math.IsInf(first, 1) {
		first = 0
	}
	submit := func(pj *plannedJob) float64 {
		if trace.Known(pj.job.Submit) {
			return pj.job.Submit
		}
		return first
	}
	sort.SliceStable(p.jobs, func(a, b int) bool { return submit(&p.jobs[a]) < submit(&p.jobs[b]) })
	p.start = first
	for i := range p.jobs {
		pj := &p.jobs[i]
		p.end = max(p.end, submit(pj))
		if pj.invalid != "" {
			continue
		}
		pj.tasks = pj.job.Procs
		p.tasks += pj.tasks
		p.maxRuntime = max(p.maxRuntime, pj.job.Runtime)
		if o.App == AppSleep {
			rng := rand.New(rand.NewPCG(o.Seed, uint64(i)))
			pj.sleepMs = make([]uint64, pj.tasks)
			ms := pj.job.Runtime * 1000 / o.Speedup
			for k := range pj.sleepMs {
				pj.sleepMs[k] = stochasticRound(ms, rng.Float64())
			}
		}
	}
	// The longest replica takes the longest runtime plus the runtime's own
	// wall overheads, scaled: T must cover that, or it times out.
	need := p.maxRuntime + o.Speedup*replicaSlack.Seconds()
	p.category, p.timeRef, err = chooseCategory(o.Category, need)
	if err != nil {
		return nil, err
	}
	return p, nil
}

// stochasticRound rounds ms down, or up with the probability of its
// fraction (u uniform in [0, 1)), so sums of rounded values stay unbiased.
// The result is clamped to what the sleep app accepts.
func stochasticRound(ms, u float64) uint64 {
	if !(ms > 0) {
		return 0
	}
	if ms >= maxSleepMillis {
		return maxSleepMillis
	}
	f := math.Floor(ms)
	if u < ms-f {
		f++
	}
	return uint64(f)
}

// replicaSlack is the wall time a replica may take beyond its scaled
// runtime before its category time T runs out (sandbox start-up, a loaded
// CPU, the protocol's round trips).
const replicaSlack = time.Second

// chooseCategory returns the named category and its T, or, for "", the
// smallest category whose T covers need seconds (iExec's meaning of a
// category: the longest a task may compute; the contribution deadline 7T
// then leaves 6T for queueing and re-execution). When even XL's T (10 h)
// is shorter, it returns XL with a custom T of need rounded up to the
// hour, as a custom category of the chain's registry would carry.
func chooseCategory(name string, need float64) (poco.Category, uint64, error) {
	if name != "" {
		c, err := poco.ParseCategory(name)
		if err != nil {
			return 0, 0, fmt.Errorf("replay: category: %w", err)
		}
		t, _ := c.T()
		return c, t, nil
	}
	for c := poco.XS; c < poco.NumCategories; c++ {
		if t, _ := c.T(); float64(t) >= need {
			return c, t, nil
		}
	}
	if need > maxTimeRef {
		return 0, 0, fmt.Errorf("replay: the longest task needs a category time of %.0f s; lower the speedup", need)
	}
	return poco.XL, uint64(math.Ceil(need/3600)) * 3600, nil
}

// maxTimeRef bounds a custom category time (a year).
const maxTimeRef = 365 * 86400

// taskArgs are the sleep app's arguments for a task.
func taskArgs(pj *plannedJob, k int) []string {
	if pj.sleepMs == nil {
		return nil
	}
	return []string{strconv.FormatUint(pj.sleepMs[k], 10)}
}

// wallLimitMs bounds one replica in the sandbox.
func wallLimitMs(pj *plannedJob, k int) uint64 {
	ms := uint64(0)
	if pj.sleepMs != nil {
		ms = pj.sleepMs[k]
	}
	return ms + ms/2 + uint64(wallSlack/time.Millisecond)
}
