package replay

import (
	"os"
	"runtime"
	"runtime/pprof"
	"context"
	"testing"
	"time"

	"github.com/pocogrid/pocogrid/actors"
	"github.com/pocogrid/pocogrid/trace"
)

var zzPool func() (map[string]uint32, uint32, error)

func TestZZProf(t *testing.T) {
	js, err := trace.ReadJobsFile("../trace/testdata/synthetic-20k.swf.gz", trace.Lenient)
	if err != nil {
		t.Fatal(err)
	}
	jobs := js.Jobs
	time.AfterFunc(100*time.Second, func() { h, _ := os.Create("/tmp/heap.prof"); runtime.GC(); pprof.Lookup("heap").WriteTo(h, 0); h.Close() })
	zzHook = func(p *actors.Pool) {
		zzPool = func() (map[string]uint32, uint32, error) {
			st, err := p.Status(false, 5*time.Second)
			if err != nil {
				return nil, 0, err
			}
			return st.Counts, st.Queued, nil
		}
	}
	stop := make(chan struct{})
	go func() {
		tk := time.NewTicker(500 * time.Millisecond)
		for {
			select {
			case <-stop:
				return
			case <-tk.C:
				if zzPool != nil {
					c, q, err := zzPool()
					_, _, _ = c, q, err
				}
			}
		}
	}()
	r, err := Run(context.Background(), Options{Jobs: jobs, Workers: 128, Speedup: 110000})
	close(stop)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d/%d completed, wall %.1f, tasks/s %.0f, heap %d MiB, lag p95 %.0f, wait %.0f p95 %.0f, failed replicas %d, reasons %v", r.Completed, r.Jobs, r.WallS, r.TasksPerWallS, r.PeakHeapBytes>>20, r.SubmitLagP95S, r.WaitMeanS, r.WaitP95S, r.ReplicasFailed, r.FailureReasons)
}
