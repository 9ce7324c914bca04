package replay

import (
	"context"
	"os"
	"runtime/pprof"
	"testing"
	"time"

	"github.com/pocogrid/pocogrid/trace"
)

func TestZZProf(t *testing.T) {
	js, err := trace.ReadJobsFile("../trace/testdata/synthetic-20k.swf.gz", trace.Lenient)
	if err != nil {
		t.Fatal(err)
	}
	jobs := js.Jobs[:6000]
	f, _ := os.Create("/tmp/cpu.prof")
	pprof.StartCPUProfile(f)
	time.AfterFunc(20*time.Second, func() {
		h, _ := os.Create("/tmp/heap.prof")
		pprof.Lookup("heap").WriteTo(h, 0)
		h.Close()
	})
	r, err := Run(context.Background(), Options{Jobs: jobs, Workers: 128, Speedup: 150000})
	pprof.StopCPUProfile()
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d/%d completed, wall %.1f, tasks/s %.0f, heap %d MiB, lag p95 %.0f, failed replicas %d, reasons %v", r.Completed, r.Jobs, r.WallS, r.TasksPerWallS, r.PeakHeapBytes>>20, r.SubmitLagP95S, r.ReplicasFailed, r.FailureReasons)
}
