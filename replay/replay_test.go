package replay

import (
	"context"
	"errors"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pocogrid/pocogrid/trace"
)

func readFixture(t *testing.T) []trace.Job {
	t.Helper()
	js, err := trace.ReadJobsFile("testdata/jobs.swf", trace.Strict)
	if err != nil {
		t.Fatal(err)
	}
	if len(js.Jobs) != 60 {
		t.Fatalf("fixture has %d jobs, want 60", len(js.Jobs))
	}
	return js.Jobs
}

// checkAccounted asserts that every job of the report is completed or failed
// with a reason, and every task certified or failed.
func checkAccounted(t *testing.T, r *Report, jobs int) {
	t.Helper()
	if r.Jobs != jobs || r.Completed+r.Failed != jobs {
		t.Fatalf("jobs %d: %d completed + %d failed", r.Jobs, r.Completed, r.Failed)
	}
	if len(r.FailedJobs) != r.Failed {
		t.Fatalf("%d failed jobs but %d listed", r.Failed, len(r.FailedJobs))
	}
	n := 0
	for reason, k := range r.FailureReasons {
		if reason == "" {
			t.Fatal("a job failed without a reason")
		}
		n += k
	}
	if n != r.Failed {
		t.Fatalf("failure reasons count %d jobs, %d failed", n, r.Failed)
	}
	if r.TasksCompleted+r.TasksFailed != r.Tasks {
		t.Fatalf("tasks %d: %d certified + %d failed", r.Tasks, r.TasksCompleted, r.TasksFailed)
	}
}

func TestReplayFixtureAccountsForEveryJob(t *testing.T) {
	jobs := readFixture(t)
	r, err := Run(context.Background(), Options{Jobs: jobs, Source: "jobs.swf", Workers: 16, Speedup: 4000})
	if err != nil {
		t.Fatal(err)
	}
	checkAccounted(t, r, 60)
	// Jobs 31 (runtime -1) and 44 (processors -1) cannot be replayed; the
	// 80-processor job runs although there are 16 workers.
	if r.Failed != 2 || r.Completed != 58 {
		t.Fatalf("completed %d failed %d (%v), want 58 and 2", r.Completed, r.Failed, r.FailureReasons)
	}
	for _, f := range r.FailedJobs {
		switch {
		case f.ID == 31 && strings.Contains(f.Reason, "unknown runtime"):
		case f.ID == 44 && strings.Contains(f.Reason, "unknown processor count"):
		default:
			t.Errorf("unexpected failure %+v", f)
		}
	}
	if r.Tasks != 347 || r.TasksCompleted != 347 {
		t.Fatalf("tasks %d certified %d, want 347", r.Tasks, r.TasksCompleted)
	}
	if r.ReplicationOverhead != 1 || r.WastedWorkS != 0 || r.WrongAccepted != 0 || r.ReplicasFailed != 0 {
		t.Errorf("trust 1 without churn: overhead %v, wasted %v, wrong %d, failed replicas %d",
			r.ReplicationOverhead, r.WastedWorkS, r.WrongAccepted, r.ReplicasFailed)
	}
	// The last job is submitted at 2797 s; the replay cannot end sooner.
	if r.MakespanS < 2797-46 || r.WaitMeanS < 0 || r.WaitP95S < r.WaitMeanS*0 || r.BoundedSlowdownMean < 1 {
		t.Errorf("makespan %v wait %v/%v bsd %v", r.MakespanS, r.WaitMeanS, r.WaitP95S, r.BoundedSlowdownMean)
	}
	// Duration-faithful: the certified replicas account for the trace's
	// processor-seconds (Σ runtime × procs of the valid jobs), give or take
	// the runtime's own overheads.
	want := 0.0
	for _, j := range jobs {
		if invalidReason(j) == "" {
			want += j.Runtime * float64(j.Procs)
		}
	}
	if r.UsefulWorkS < 0.9*want || r.UsefulWorkS > 1.5*want {
		t.Errorf("useful work %.0f replica-s, the trace has %.0f processor-s", r.UsefulWorkS, want)
	}
	if r.Category != "L" || r.CategoryTimeS != 10800 || r.App != AppSleep {
		t.Errorf("category %s (T %d) app %s: the longest runtime (592 s) plus a wall second at 4000x needs L",
			r.Category, r.CategoryTimeS, r.App)
	}

	dir := t.TempDir()
	paths, err := WritePlots(r, dir)
	if err != nil {
		t.Fatal(err)
	}
	checkPNGs(t, paths, PlotUtilization, PlotCompletion, PlotWaits)
}

func checkPNGs(t *testing.T, paths []string, names ...string) {
	t.Helper()
	if len(paths) != len(names) {
		t.Fatalf("wrote %v, want %v", paths, names)
	}
	for i, p := range paths {
		if filepath.Base(p) != names[i] {
			t.Errorf("plot %d is %s, want %s", i, p, names[i])
		}
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if b := img.Bounds(); b.Dx() < 300 || b.Dy() < 200 {
			t.Errorf("%s is %v", p, b)
		}
	}
}

func TestReplayChurnWastesWork(t *testing.T) {
	jobs := readFixture(t)
	avail, err := trace.ReadFTAFile("testdata/churn.tab", trace.Strict)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Run(context.Background(), Options{Jobs: jobs, Availability: avail, Workers: 16, Speedup: 2000,
		HeartbeatInterval: 40 * time.Millisecond, LivenessTimeout: 250 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	checkAccounted(t, r, 60)
	if r.WorkerDepartures == 0 || r.WorkerReturns == 0 {
		t.Fatalf("departures %d returns %d: the fixture's nodes come and go", r.WorkerDepartures, r.WorkerReturns)
	}
	if r.ReplicasFailed == 0 || r.WastedChurnS <= 0 || r.WastedWorkS < r.WastedChurnS {
		t.Fatalf("churn: %d failed replicas, %.0f replica-s wasted by churn of %.0f", r.ReplicasFailed, r.WastedChurnS, r.WastedWorkS)
	}
	if r.ReplicationOverhead <= 1 {
		t.Errorf("replication overhead %v: replicas lost to churn are re-provisioned", r.ReplicationOverhead)
	}
	up := 0.0
	for _, v := range r.Series.Up {
		up += v
	}
	if up/float64(len(r.Series.Up)) > 0.95 {
		t.Errorf("mean availability %.2f; the fixture is down about a quarter of the time", up/float64(len(r.Series.Up)))
	}
	t.Logf("churn: %d/%d jobs, %d failed replicas, wasted %.0f s (churn %.0f), %d departures, %d undeliverable",
		r.Completed, r.Jobs, r.ReplicasFailed, r.WastedWorkS, r.WastedChurnS, r.WorkerDepartures, r.UndeliverableAssignments)
}

func TestReplaySaboteurs(t *testing.T) {
	jobs := sabotageJobs(300, 50)
	r1, err := Run(context.Background(), Options{Jobs: jobs, Workers: 20, Speedup: 1, Trust: 1, Saboteurs: 0.3, App: AppNoop})
	if err != nil {
		t.Fatal(err)
	}
	checkAccounted(t, r1, len(jobs))
	if r1.Saboteurs != 6 || r1.WrongAccepted == 0 || r1.ReplicationOverhead != 1 {
		t.Fatalf("trust 1, 6 of 20 saboteurs: %d saboteurs, %d wrong of %d, %.2f replicas/task",
			r1.Saboteurs, r1.WrongAccepted, r1.TasksCompleted, r1.ReplicationOverhead)
	}
	r100, err := Run(context.Background(), Options{Jobs: jobs, Workers: 20, Speedup: 1, Trust: 100, Saboteurs: 0.2, App: AppNoop})
	if err != nil {
		t.Fatal(err)
	}
	checkAccounted(t, r100, len(jobs))
	if r100.TasksCompleted < 290 || r100.WrongAcceptedRate > 0.01 || r100.ReplicationOverhead < 2 {
		t.Fatalf("trust 100, 4 of 20 saboteurs: %d certified, %d wrong (%.3f), %.2f replicas/task",
			r100.TasksCompleted, r100.WrongAccepted, r100.WrongAcceptedRate, r100.ReplicationOverhead)
	}
	if r100.WastedRejectedS < 0 {
		t.Fatal("negative wasted work")
	}
	t.Logf("trust 1: %d/%d wrong; trust 100: %d/%d wrong, %.2f replicas/task",
		r1.WrongAccepted, r1.TasksCompleted, r100.WrongAccepted, r100.TasksCompleted, r100.ReplicationOverhead)
}

func TestReplayTimeoutAccountsForEveryJob(t *testing.T) {
	jobs := []trace.Job{
		{ID: 1, Submit: 0, Runtime: 1, Procs: 1},
		{ID: 2, Submit: 0, Runtime: 600, Procs: 2}, // 60 s of wall time at 10x
		{ID: 3, Submit: 3600, Runtime: 1, Procs: 1},
	}
	r, err := Run(context.Background(), Options{Jobs: jobs, Workers: 3, Speedup: 10, Timeout: 500 * time.Millisecond})
	if err == nil || r == nil {
		t.Fatalf("want a timeout with a report, got %v, %v", r, err)
	}
	checkAccounted(t, r, 3)
	if r.Completed != 1 || r.Failed != 2 {
		t.Fatalf("completed %d failed %d, want 1 and 2", r.Completed, r.Failed)
	}
	for _, f := range r.FailedJobs {
		if !strings.Contains(f.Reason, "replay stopped before the job ended") {
			t.Errorf("job %d: reason %q", f.ID, f.Reason)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	r, err = Run(ctx, Options{Jobs: jobs, Workers: 3, Speedup: 10})
	if !errors.Is(err, context.Canceled) || r == nil {
		t.Fatalf("want context.Canceled with a report, got %v", err)
	}
	checkAccounted(t, r, 3)
}

func TestOptionsRejected(t *testing.T) {
	jobs := []trace.Job{{ID: 1, Submit: 0, Runtime: 1, Procs: 1}}
	for _, tt := range []struct {
		name string
		o    Options
		want string
	}{
		{"no jobs", Options{Workers: 1}, "no jobs"},
		{"no workers", Options{Jobs: jobs}, "workers"},
		{"negative speedup", Options{Jobs: jobs, Workers: 1, Speedup: -2}, "speedup"},
		{"saboteurs", Options{Jobs: jobs, Workers: 1, Saboteurs: 1}, "saboteurs"},
		{"chain", Options{Jobs: jobs, Workers: 1, Chain: "mainnet"}, "want none or sim"},
		{"chain other", Options{Jobs: jobs, Workers: 1, Chain: "ws://x"}, "want none"},
		{"app", Options{Jobs: jobs, Workers: 1, App: "primes"}, "app"},
		{"category", Options{Jobs: jobs, Workers: 1, Category: "XXL"}, "category"},
		{"liveness", Options{Jobs: jobs, Workers: 1, HeartbeatInterval: time.Second, LivenessTimeout: time.Second}, "liveness"},
		{"empty availability", Options{Jobs: jobs, Workers: 1, Availability: &trace.Availability{}}, "no nodes"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Run(context.Background(), tt.o)
			if err == nil || r != nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Run = %v, %v; want an error about %q", r, err, tt.want)
			}
		})
	}
}

// TestReplayOnSimulatedChain settles a small replay on the in-process
// chain: every job is a deal, every certified task is finalized on chain,
// and the report carries the gas per task.
func TestReplayOnSimulatedChain(t *testing.T) {
	jobs := readFixture(t)[:12]
	r, err := Run(context.Background(), Options{Jobs: jobs, Source: "jobs.swf", Workers: 8, Speedup: 4000, Trust: 2, Chain: ChainSim})
	if err != nil {
		t.Fatal(err)
	}
	checkAccounted(t, r, 12)
	if r.TasksCompleted == 0 || r.TasksFailed != 0 {
		t.Fatalf("tasks certified %d, failed %d (%v)", r.TasksCompleted, r.TasksFailed, r.FailureReasons)
	}
	if r.GasPerTask == nil || *r.GasPerTask <= 0 || r.FinalizedOnchain != r.TasksCompleted {
		t.Fatalf("gas per task %v, finalized on chain %d of %d", r.GasPerTask, r.FinalizedOnchain, r.TasksCompleted)
	}
}
