package replay

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocogrid/pocogrid/poco"
	"github.com/pocogrid/pocogrid/trace"
)

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*max(1, math.Abs(b)) }

func TestPercentileNearestRank(t *testing.T) {
	ten := []float64{10, 1, 9, 2, 8, 3, 7, 4, 6, 5}
	hundred := make([]float64, 100)
	for i := range hundred {
		hundred[i] = float64(100 - i) // 100 … 1
	}
	for _, tt := range []struct {
		name string
		xs   []float64
		q    float64
		want float64
	}{
		{"empty", nil, 95, 0},
		{"one value", []float64{42}, 95, 42},
		{"two values p95 is the larger", []float64{1, 2}, 95, 2},
		{"two values p50 is the smaller", []float64{2, 1}, 50, 1},
		{"ten values p95 rounds the rank up", ten, 95, 10},
		{"ten values p90 is the 9th", ten, 90, 9},
		{"ten values p10 is the 1st", ten, 10, 1},
		{"hundred values p95 is the 95th", hundred, 95, 95},
		{"hundred values p100 is the max", hundred, 100, 100},
		{"ties", []float64{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7}, 95, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Percentile(tt.xs, tt.q); got != tt.want {
				t.Fatalf("Percentile(%v, %v) = %v, want %v", tt.xs, tt.q, got, tt.want)
			}
		})
	}
	xs := []float64{3, 1, 2}
	Percentile(xs, 50)
	if xs[0] != 3 || xs[1] != 1 {
		t.Fatal("Percentile sorted its input in place")
	}
}

func TestBoundedSlowdown(t *testing.T) {
	for _, tt := range []struct {
		name                     string
		response, runtime, tau   float64
		want                     float64
		wantWaitPlusRunIdentical bool
	}{
		{name: "no wait, long job", response: 100, runtime: 100, tau: 10, want: 1},
		{name: "wait equal to the runtime", response: 200, runtime: 100, tau: 10, want: 2},
		{name: "short job: runtime counted as 10 s", response: 21, runtime: 1, tau: 10, want: 2.1},
		{name: "zero runtime", response: 50, runtime: 0, tau: 10, want: 5},
		{name: "short job that ran at once is 1, not below", response: 1, runtime: 1, tau: 10, want: 1},
		{name: "exactly at the threshold", response: 30, runtime: 10, tau: 10, want: 3},
		{name: "long wait on a tiny job", response: 3600, runtime: 2, tau: 10, want: 360},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := BoundedSlowdown(tt.response, tt.runtime, tt.tau); !near(got, tt.want) {
				t.Fatalf("BoundedSlowdown(%v, %v, %v) = %v, want %v", tt.response, tt.runtime, tt.tau, got, tt.want)
			}
		})
	}
	if BSDThreshold != 10 {
		t.Fatalf("the customary bounded-slowdown threshold is 10 s, have %v", BSDThreshold)
	}
}

func TestMeanAndWilson(t *testing.T) {
	if Mean(nil) != 0 || !near(Mean([]float64{1, 2, 3, 4}), 2.5) {
		t.Fatal("Mean")
	}
	// Wilson 95% for 0/100: [0, 3.70%]; for 10/100: [5.52%, 17.44%].
	for _, tt := range []struct {
		k, n   int
		lo, hi float64
	}{{0, 100, 0, 0.0370}, {10, 100, 0.0552, 0.1744}, {50, 100, 0.4038, 0.5962}, {0, 0, 0, 1}} {
		lo, hi := Wilson(tt.k, tt.n, 1.96)
		if math.Abs(lo-tt.lo) > 5e-4 || math.Abs(hi-tt.hi) > 5e-4 {
			t.Errorf("Wilson(%d, %d) = [%.4f, %.4f], want [%.4f, %.4f]", tt.k, tt.n, lo, hi, tt.lo, tt.hi)
		}
	}
}

func TestStochasticRoundIsUnbiasedAndClamped(t *testing.T) {
	for _, tt := range []struct {
		ms, u float64
		want  uint64
	}{
		{0, 0.5, 0}, {-1, 0, 0}, {math.NaN(), 0, 0}, {0.3, 0.29, 1}, {0.3, 0.3, 0}, {2.0, 0.99, 2},
		{2.75, 0.5, 3}, {2.75, 0.8, 2}, {2e9, 0, maxSleepMillis},
	} {
		if got := stochasticRound(tt.ms, tt.u); got != tt.want {
			t.Errorf("stochasticRound(%v, %v) = %d, want %d", tt.ms, tt.u, got, tt.want)
		}
	}
	// 1000 tasks of 0.25 ms over evenly spread draws sum to 250 ms.
	sum := uint64(0)
	for i := range 1000 {
		sum += stochasticRound(0.25, (float64(i)+0.5)/1000)
	}
	if sum != 250 {
		t.Fatalf("sum of rounded 0.25 ms = %d, want 250", sum)
	}
}

func TestChooseCategory(t *testing.T) {
	for _, tt := range []struct {
		name string
		need float64
		want poco.Category
		t    uint64
	}{
		{"", 0, poco.XS, 300}, {"", 300, poco.XS, 300}, {"", 301, poco.S, 1200}, {"", 3600, poco.M, 3600},
		{"", 36000, poco.XL, 36000},
		// Longer than every T: XL with a custom T, rounded up to the hour.
		{"", 36001, poco.XL, 39600}, {"", 86366 + 110000, poco.XL, 198000},
		{"l", 5, poco.L, 10800}, {"XS", 1e6, poco.XS, 300},
	} {
		got, tr, err := chooseCategory(tt.name, tt.need)
		if err != nil || got != tt.want || tr != tt.t {
			t.Errorf("chooseCategory(%q, %v) = %v, %d, %v; want %v, %d", tt.name, tt.need, got, tr, err, tt.want, tt.t)
		}
	}
	if _, _, err := chooseCategory("XXL", 1); err == nil {
		t.Error("unknown category accepted")
	}
	if _, _, err := chooseCategory("", 1e9); err == nil {
		t.Error("a category time of 30 years accepted")
	}
}

func TestInvalidJobs(t *testing.T) {
	ok := trace.Job{ID: 1, Submit: 5, Runtime: 10, Procs: 2}
	for _, tt := range []struct {
		mut  func(*trace.Job)
		want string
	}{
		{func(*trace.Job) {}, ""},
		{func(j *trace.Job) { j.Submit = -1 }, "unknown submit time"},
		{func(j *trace.Job) { j.Runtime = -1 }, "unknown runtime"},
		{func(j *trace.Job) { j.Procs = -1 }, "unknown processor count"},
		{func(j *trace.Job) { j.Procs = 0 }, "zero processors"},
		{func(j *trace.Job) { j.Runtime = 0 }, ""},
	} {
		j := ok
		tt.mut(&j)
		got := invalidReason(j)
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("invalidReason(%+v) = %q, want %q", j, got, tt.want)
		}
	}
}

func TestMakePlanOrdersAndSizes(t *testing.T) {
	o := &Options{App: AppSleep, Speedup: 1000, Seed: 1, Jobs: []trace.Job{
		{ID: 1, Submit: 50, Runtime: 2000, Procs: 3},
		{ID: 2, Submit: 10, Runtime: 10, Procs: 1},
		{ID: 3, Submit: -1, Runtime: 10, Procs: 1},
		{ID: 4, Submit: 30, Runtime: -1, Procs: 8},
	}}
	p, err := makePlan(o)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, pj := range p.jobs {
		ids = append(ids, pj.job.ID)
	}
	// An unknown submit time counts as the first one (the job fails then).
	if want := []int64{2, 3, 4, 1}; !slicesEqual(ids, want) {
		t.Fatalf("order %v, want %v", ids, want)
	}
	// T covers the longest runtime plus a wall second at 1000x: 3000 s.
	if p.tasks != 4 || p.start != 10 || p.end != 50 || p.maxRuntime != 2000 || p.category != poco.M || p.timeRef != 3600 {
		t.Fatalf("plan: tasks %d start %v end %v max %v category %v T %d", p.tasks, p.start, p.end, p.maxRuntime, p.category, p.timeRef)
	}
	if got := p.jobs[3].sleepMs; len(got) != 3 || got[0] != 2000 {
		t.Fatalf("2000 s at 1000x sleeps 2000 ms, got %v", got)
	}
	if wallLimitMs(&p.jobs[3], 0) != 2000+1000+60000 {
		t.Fatalf("wall limit %d", wallLimitMs(&p.jobs[3], 0))
	}
	if p.jobs[2].invalid == "" || p.jobs[2].tasks != 0 {
		t.Fatal("job 4 (unknown runtime) must be invalid with no tasks")
	}
}

func slicesEqual[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestSaboteurPlacement(t *testing.T) {
	for _, tt := range []struct {
		n    int
		f    float64
		want int
	}{{100, 0.05, 5}, {100, 0.4, 40}, {64, 0.1, 6}, {20, 0.3, 6}, {10, 0, 0}, {7, 0.5, 4}} {
		for _, seed := range []uint64{1, 7, 12345} {
			got, run, longest := 0, 0, 0
			for i := range tt.n {
				if saboteurAt(i, tt.n, tt.f, seed) {
					got++
					run++
					longest = max(longest, run)
				} else {
					run = 0
				}
			}
			if got != tt.want {
				t.Errorf("n=%d f=%v seed=%d: %d saboteurs, want %d", tt.n, tt.f, seed, got, tt.want)
			}
			if tt.f < 0.5 && longest > 1 {
				t.Errorf("n=%d f=%v seed=%d: %d saboteurs in a row, want them spread", tt.n, tt.f, seed, longest)
			}
		}
	}
}

func TestProgressLine(t *testing.T) {
	line := progressLine(progressState{jobs: 200, done: 50, failed: 2, certified: 400, tasks: 1000,
		sim: 2*86400 + 3*3600 + 4*60, span: 10 * 86400, wall: 10 * time.Second, speedup: 86400, up: 60, workers: 64})
	for _, want := range []string{"50/200 jobs", "(2 failed)", "400/1000 tasks", "sim 2d03h04m of 10d00h00m", "wall 10s", "ETA 30s", "60/64 workers up", "[======>"} {
		if !strings.Contains(line, want) {
			t.Errorf("progress line %q lacks %q", line, want)
		}
	}
	if l := progressLine(progressState{jobs: 3, done: 0}); !strings.Contains(l, "ETA ?") {
		t.Errorf("no ETA before the first job ends: %q", l)
	}
	// The submit span bounds the ETA from below: 8 trace days left at
	// 86400x is 8 s even when the jobs so far went fast.
	l := progressLine(progressState{jobs: 100, done: 99, wall: time.Second, sim: 2 * 86400, span: 10 * 86400, speedup: 86400})
	if !strings.Contains(l, "ETA 8s") {
		t.Errorf("ETA ignores the submits left: %q", l)
	}
	for _, tt := range []struct {
		s    float64
		want string
	}{{0, "0m00s"}, {59.9, "0m59s"}, {3661, "1h01m01s"}, {90061, "1d01h01m"}, {-5, "0m00s"}} {
		if got := fmtSim(tt.s); got != tt.want {
			t.Errorf("fmtSim(%v) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestReportClassifiesWork builds a report from hand-made task outcomes
// and replica runs: one job certified by worker A (B outvoted), one job
// whose replica on C was cut by churn then re-run on A, one failed job.
func TestReportClassifiesWork(t *testing.T) {
	a, b, c := common.Address{1}, common.Address{2}, common.Address{3}
	id := func(n byte) [32]byte { return [32]byte{n} }
	p := &plan{start: 100, end: 200, tasks: 3, jobs: []plannedJob{
		{job: trace.Job{ID: 1, Submit: 100, Runtime: 50, Procs: 1}, tasks: 1},
		{job: trace.Job{ID: 2, Submit: 150, Runtime: 5, Procs: 1}, tasks: 1},
		{job: trace.Job{ID: 3, Submit: 200, Runtime: 20, Procs: 1}, tasks: 1},
	}}
	clk := newTraceClock(1, p.start)
	rec := newRecorder(clk, p)
	rec.taskJob = map[[32]byte]int32{id(1): 0, id(2): 1, id(3): 2}
	rec.outcomes = map[[32]byte]*taskOutcome{
		id(1): {job: 0, completed: true, replicas: 2, contribs: 2, proved: []common.Address{a}},
		id(2): {job: 1, completed: true, wrong: true, replicas: 2, contribs: 1, proved: []common.Address{a}},
		id(3): {job: 2, replicas: 1, contribs: 0, reason: "8 replicas failed"},
	}
	rec.runs = []replicaRecord{
		{task: id(1), worker: a, start: 110, busy: 50},
		{task: id(1), worker: b, start: 105, busy: 50},               // outvoted
		{task: id(2), worker: c, start: 150, busy: 3, churn: true},   // its worker left
		{task: id(2), worker: a, start: 160, busy: 5},                // re-run, certified
		{task: id(3), worker: b, start: 210, busy: 20, failed: true}, // sandbox error
	}
	rec.jobs = []jobState{
		{ended: 1, end: 170, done: true},
		{ended: 1, end: 170, done: true},
		{ended: 1, failed: 1, reason: "8 replicas failed", end: 240, done: true},
	}
	churn := newChurnLog(4, 4, p.start)
	r := buildReport(&Options{Workers: 4, Trust: 1, Speedup: 1, App: AppSleep, Chain: ChainNone}, p, rec, churn, []float64{0, 2, 4})

	checks := []struct {
		name      string
		got, want float64
	}{
		{"completed", float64(r.Completed), 2}, {"failed", float64(r.Failed), 1},
		{"tasks completed", float64(r.TasksCompleted), 2}, {"tasks failed", float64(r.TasksFailed), 1},
		{"replicas", float64(r.Replicas), 5}, {"replicas failed", float64(r.ReplicasFailed), 2},
		{"replication overhead", r.ReplicationOverhead, 2.5},
		{"useful", r.UsefulWorkS, 55}, {"churn", r.WastedChurnS, 3}, {"failed work", r.WastedFailedS, 20},
		{"rejected", r.WastedRejectedS, 50}, {"wasted", r.WastedWorkS, 73}, {"wasted fraction", r.WastedFraction, 73.0 / 128},
		{"wrong", float64(r.WrongAccepted), 1}, {"wrong rate", r.WrongAcceptedRate, 0.5},
		// Job 1 waits 5 (first start 105), job 2 waits 0 (first start 150).
		{"wait mean", r.WaitMeanS, 2.5}, {"wait p95", r.WaitP95S, 5},
		// BSD: job 1 70/50 = 1.4; job 2 20/max(5,10) = 2.
		{"bsd mean", r.BoundedSlowdownMean, 1.7}, {"bsd p95", r.BoundedSlowdownP95, 2},
		{"makespan", r.MakespanS, 140}, {"throughput", r.ThroughputJobsPerHour, 2.0 / 140 * 3600},
		{"utilization", r.Utilization, 128.0 / (4 * 140)}, {"submit lag p95", r.SubmitLagP95S, 4},
	}
	for _, c := range checks {
		if !near(c.got, c.want) {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if len(r.FailedJobs) != 1 || r.FailedJobs[0].ID != 3 || r.FailureReasons["8 replicas failed"] != 1 {
		t.Errorf("failed jobs %+v, reasons %v", r.FailedJobs, r.FailureReasons)
	}
	// The utilization series integrates to the busy time.
	s := r.Series
	busy := 0.0
	for _, v := range s.Busy {
		busy += v * s.BinWidth * float64(s.Workers)
	}
	if !near(busy, 128) {
		t.Errorf("utilization series integrates to %v replica-seconds, want 128", busy)
	}
	for k, up := range s.Up {
		if !near(up, 1) {
			t.Fatalf("all 4 workers are up, bin %d says %v", k, up)
		}
	}
}
