package replay

import (
	"math"
	"slices"
	"sort"

	"github.com/pocogrid/pocogrid/trace"
)

// Report is a replay's outcome. Times are trace seconds unless the name
// says wall; its JSON keys are the CLI's contract.
type Report struct {
	Source       string `json:"source,omitempty"`
	Availability string `json:"availability,omitempty"`
	// TraceLinesSkipped counts malformed trace lines (lenient reads).
	TraceLinesSkipped int `json:"trace_lines_skipped"`

	// Jobs: every job is completed (all its tasks certified) or failed.
	Jobs      int `json:"jobs"`
	Tasks     int `json:"tasks"`
	Completed int `json:"completed"`
	Failed    int `json:"failed"`
	// Tasks of valid jobs, certified or not (a task of a job that failed
	// at submit counts as failed).
	TasksCompleted int `json:"tasks_completed"`
	TasksFailed    int `json:"tasks_failed"`
	// FailureReasons counts failed jobs by reason; FailedJobs lists them.
	FailureReasons map[string]int `json:"failure_reasons"`
	FailedJobs     []FailedJob    `json:"failed_jobs"`

	MakespanS           float64 `json:"makespan_s"`
	WaitMeanS           float64 `json:"wait_mean_s"`
	WaitP95S            float64 `json:"wait_p95_s"`
	BoundedSlowdownMean float64 `json:"bounded_slowdown_mean"`
	BoundedSlowdownP95  float64 `json:"bounded_slowdown_p95"`
	// Throughput: completed jobs and certified tasks per trace hour.
	ThroughputJobsPerHour  float64 `json:"throughput_jobs_per_h"`
	ThroughputTasksPerHour float64 `json:"throughput_tasks_per_h"`
	// Utilization: replica-busy time over workers × makespan.
	Utilization float64 `json:"utilization"`

	// Replicas provisioned, and those that never contributed.
	Replicas       int `json:"replicas"`
	ReplicasFailed int `json:"replicas_failed"`
	// ReplicaFailureReasons counts failed replicas by reason.
	ReplicaFailureReasons map[string]int `json:"replica_failure_reasons"`
	// ReplicationOverhead is replicas per certified task.
	ReplicationOverhead float64 `json:"replication_overhead"`
	// Work in replica-seconds: useful (the certified results' replicas)
	// and wasted (cut by churn, failed, or not the certified result).
	UsefulWorkS     float64 `json:"useful_work_s"`
	WastedWorkS     float64 `json:"wasted_work_s"`
	WastedChurnS    float64 `json:"wasted_churn_s"`
	WastedFailedS   float64 `json:"wasted_failed_s"`
	WastedRejectedS float64 `json:"wasted_rejected_s"`
	WastedFraction  float64 `json:"wasted_fraction"`
	// WrongAccepted counts certified tasks whose result is the saboteurs'.
	WrongAccepted     int     `json:"wrong_accepted"`
	WrongAcceptedRate float64 `json:"wrong_accepted_rate"`
	// GasPerTask is set when a chain settles the tasks.
	GasPerTask *float64 `json:"gas_per_task,omitempty"`
	// FinalizedOnchain counts the tasks the chain finalized.
	FinalizedOnchain int `json:"finalized_onchain,omitempty"`

	Workers   int     `json:"workers"`
	Saboteurs int     `json:"saboteurs"`
	Trust     uint64  `json:"trust"`
	Speedup   float64 `json:"speedup"`
	App       string  `json:"app"`
	Category  string  `json:"category"`
	// CategoryTimeS is the tasks' category time T: deadlines are 7T
	// (contribution), 2T after consensus (reveal) and 10T (final).
	CategoryTimeS uint64 `json:"category_time_s"`
	Chain         string `json:"chain"`
	// Churn: worker departures and returns applied, and assignments that
	// reached a worker after it had left.
	WorkerDepartures         int `json:"worker_departures"`
	WorkerReturns            int `json:"worker_returns"`
	UndeliverableAssignments int `json:"undeliverable_assignments"`
	// SubmitLagP95S: how late (trace seconds) the pool accepted jobs,
	// 95th percentile. Large values mean the speedup outruns the runtime.
	SubmitLagP95S float64 `json:"submit_lag_p95_s"`

	// StartupS is the wall time to spawn the initially available workers
	// and see them registered; HeapPerWorkerBytes the live heap they added
	// (worker actors, scheduler entries, keys), per worker.
	StartupS           float64 `json:"startup_s"`
	HeapPerWorkerBytes float64 `json:"heap_per_worker_bytes"`
	// WallS is the replay's wall time, from the first submit.
	WallS             float64 `json:"wall_s"`
	TasksPerWallS     float64 `json:"tasks_per_wall_s"`
	PeakHeapBytes     uint64  `json:"peak_heap_bytes"`
	PeakGoMemoryBytes uint64  `json:"peak_go_memory_bytes"`
	PeakRSSBytes      uint64  `json:"peak_rss_bytes,omitempty"`

	Plots []string `json:"plots,omitempty"`
	// Series holds the data behind the plots.
	Series *Series `json:"-"`
}

// FailedJob is a job that did not complete.
type FailedJob struct {
	ID     int64  `json:"id"`
	Reason string `json:"reason"`
}

// Series are the time series and samples behind the plots. Times are trace
// seconds since the first submit.
type Series struct {
	Workers int
	// Utilization bins: bin k covers [BinStart[k], BinStart[k]+BinWidth).
	BinStart []float64
	BinWidth float64
	Busy     []float64 // fraction of all workers computing a replica
	Up       []float64 // fraction of all workers available
	Submits  []float64 // sorted submit times of all jobs
	Ends     []float64 // sorted end times of completed jobs
	Jobs     int
	Waits    []float64 // waits of completed jobs
}

// BSDThreshold is the customary 10-second floor of the bounded slowdown.
const BSDThreshold = 10.0

// BoundedSlowdown is max(1, response / max(runtime, tau)): the response
// time (wait + runtime for a rigid job) over the runtime, with runtimes
// below tau counted as tau so that tiny jobs do not dominate.
func BoundedSlowdown(response, runtime, tau float64) float64 {
	return max(1, response/max(runtime, tau))
}

// Mean is the arithmetic mean (0 for no values).
func Mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

// Percentile is the nearest-rank q-th percentile (0 < q ≤ 100): the
// smallest value with at least q% of the values at or below it; 0 for no
// values.
func Percentile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	sort.Float64s(s)
	rank := int(math.Ceil(q / 100 * float64(len(s))))
	return s[min(max(rank, 1), len(s))-1]
}

// Wilson is the Wilson score interval of k successes in n trials at z
// standard deviations (1.96 for 95%).
func Wilson(k, n int, z float64) (lo, hi float64) {
	if n == 0 {
		return 0, 1
	}
	p := float64(k) / float64(n)
	nn := float64(n)
	den := 1 + z*z/nn
	mid := (p + z*z/(2*nn)) / den
	half := z * math.Sqrt(p*(1-p)/nn+z*z/(4*nn*nn)) / den
	return max(0, mid-half), min(1, mid+half)
}

// utilBins is the number of bins of the utilization series.
const utilBins = 200

// buildReport computes the metrics from what the recorder gathered.
func buildReport(o *Options, p *plan, rec *recorder, churn *churnLog, lags []float64) *Report {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	r := &Report{
		Source: o.Source, Jobs: len(p.jobs), Tasks: p.tasks,
		FailureReasons: map[string]int{}, FailedJobs: []FailedJob{},
		Trust: o.Trust, Speedup: o.Speedup, App: o.App, Chain: o.Chain,
		SubmitLagP95S: Percentile(lags, 95),
	}
	if o.Availability != nil {
		r.Availability = o.Availability.Source
	}

	// Tasks and replicas.
	for _, out := range rec.outcomes {
		r.Replicas += int(out.replicas)
		r.ReplicasFailed += int(out.replicas - min(out.contribs, out.replicas))
		if out.completed {
			r.TasksCompleted++
			if out.wrong {
				r.WrongAccepted++
			}
		}
	}
	r.TasksFailed = p.tasks - r.TasksCompleted
	if r.TasksCompleted > 0 {
		r.ReplicationOverhead = float64(r.Replicas) / float64(r.TasksCompleted)
		r.WrongAcceptedRate = float64(r.WrongAccepted) / float64(r.TasksCompleted)
	}

	// Replica runs: first starts, useful and wasted work.
	first := make([]float64, len(p.jobs))
	for i := range first {
		first[i] = math.Inf(1)
	}
	for _, run := range rec.runs {
		if j, ok := rec.taskJob[run.task]; ok {
			first[j] = min(first[j], run.start)
		}
		out := rec.outcomes[run.task]
		switch {
		case run.churn:
			r.WastedChurnS += run.busy
		case run.failed:
			r.WastedFailedS += run.busy
		case out != nil && out.completed && slices.Contains(out.proved, run.worker):
			r.UsefulWorkS += run.busy
		default:
			r.WastedRejectedS += run.busy
		}
	}
	r.WastedWorkS = r.WastedChurnS + r.WastedFailedS + r.WastedRejectedS
	if total := r.WastedWorkS + r.UsefulWorkS; total > 0 {
		r.WastedFraction = r.WastedWorkS / total
	}

	// Jobs.
	s := &Series{Workers: o.Workers, Jobs: len(p.jobs)}
	var bsd []float64
	lastEnd := p.start
	for i := range p.jobs {
		pj, js := &p.jobs[i], &rec.jobs[i]
		submit := p.start
		if trace.Known(pj.job.Submit) {
			submit = pj.job.Submit
		}
		s.Submits = append(s.Submits, submit-p.start)
		if !math.IsNaN(js.end) {
			lastEnd = max(lastEnd, js.end)
		}
		if !js.done || js.failed > 0 {
			reason := js.reason
			if !js.done {
				reason = "not accounted for (replay bug)"
			}
			r.Failed++
			r.FailureReasons[reason]++
			r.FailedJobs = append(r.FailedJobs, FailedJob{ID: pj.job.ID, Reason: reason})
			continue
		}
		r.Completed++
		s.Ends = append(s.Ends, js.end-p.start)
		wait := max(first[i]-submit, 0)
		if math.IsInf(first[i], 1) {
			wait = max(js.end-submit, 0) // no run seen: count the whole response
		}
		s.Waits = append(s.Waits, wait)
		bsd = append(bsd, BoundedSlowdown(max(js.end-submit, 0), pj.job.Runtime, BSDThreshold))
	}
	sort.Float64s(s.Submits)
	sort.Float64s(s.Ends)
	r.MakespanS = max(lastEnd-p.start, 0)
	r.WaitMeanS, r.WaitP95S = Mean(s.Waits), Percentile(s.Waits, 95)
	r.BoundedSlowdownMean, r.BoundedSlowdownP95 = Mean(bsd), Percentile(bsd, 95)
	if r.MakespanS > 0 {
		r.ThroughputJobsPerHour = float64(r.Completed) / r.MakespanS * 3600
		r.ThroughputTasksPerHour = float64(r.TasksCompleted) / r.MakespanS * 3600
		r.Utilization = (r.UsefulWorkS + r.WastedWorkS) / (float64(o.Workers) * r.MakespanS)
	}
	fillUtilization(s, rec.runs, churn, p.start, r.MakespanS)
	r.Series = s
	return r
}

// fillUtilization bins the busy and available fractions of the workers.
func fillUtilization(s *Series, runs []replicaRecord, churn *churnLog, t0, span float64) {
	if span <= 0 || s.Workers == 0 {
		return
	}
	s.BinWidth = span / utilBins
	s.BinStart = make([]float64, utilBins)
	s.Busy = make([]float64, utilBins)
	s.Up = make([]float64, utilBins)
	for k := range s.BinStart {
		s.BinStart[k] = float64(k) * s.BinWidth
	}
	capacity := float64(s.Workers) * s.BinWidth
	addSpan := func(into []float64, a, b, weight float64) {
		a, b = max(a, 0), min(b, span)
		if b <= a {
			return
		}
		for k := int(a / s.BinWidth); k < utilBins && float64(k)*s.BinWidth < b; k++ {
			lo, hi := max(a, float64(k)*s.BinWidth), min(b, float64(k+1)*s.BinWidth)
			if hi > lo {
				into[k] += (hi - lo) * weight / capacity
			}
		}
	}
	for _, run := range runs {
		addSpan(s.Busy, run.start-t0, run.start-t0+run.busy, 1)
	}
	churn.mu.Lock()
	defer churn.mu.Unlock()
	for i := range churn.t {
		end := span
		if i+1 < len(churn.t) {
			end = churn.t[i+1] - t0
		}
		addSpan(s.Up, churn.t[i]-t0, end, float64(churn.up[i]))
	}
}
