package trace

import (
	"bytes"
	"compress/gzip"
	"flag"
	"os"
	"reflect"
	"sort"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/synthetic-20k.swf.gz")

// The committed synthetic trace: Synthesize(synthFileJobs, synthFileSeed).
const (
	synthFile     = "testdata/synthetic-20k.swf.gz"
	synthFileJobs = 20000
	synthFileSeed = 1
)

func TestSynthesize(t *testing.T) {
	jobs := Synthesize(5000, 42)
	if len(jobs) != 5000 {
		t.Fatalf("%d jobs", len(jobs))
	}
	if !reflect.DeepEqual(jobs, Synthesize(5000, 42)) {
		t.Fatal("same seed, different jobs")
	}
	if reflect.DeepEqual(jobs, Synthesize(5000, 43)) {
		t.Fatal("different seeds, same jobs")
	}
	if Synthesize(0, 1) != nil || Synthesize(-3, 1) != nil {
		t.Fatal("jobs for n <= 0")
	}
	serial, last := 0, 0.0
	for i, j := range jobs {
		if err := j.Validate(); err != nil {
			t.Fatal(err)
		}
		if j.ID != int64(i+1) || j.Submit < last || j.Wait < 0 || j.Runtime < 0 || j.Runtime > synthMaxRuntime ||
			j.Procs < 1 || j.Procs > synthMachineProcs || j.ReqTime < j.Runtime {
			t.Fatalf("implausible job %+v", j)
		}
		last = j.Submit
		if j.Procs == 1 {
			serial++
		}
	}
	if frac := float64(serial) / float64(len(jobs)); frac < 0.5 || frac > 0.6 {
		t.Errorf("%.2f serial jobs, want about 0.55", frac)
	}
	// The mean inter-arrival time is about synthMeanInterarrival.
	if mean := last / float64(len(jobs)-1); mean < 0.9*synthMeanInterarrival || mean > 1.1*synthMeanInterarrival {
		t.Errorf("mean inter-arrival %.0f s", mean)
	}
	// The schedule never uses more processors than the machine has.
	type ev struct {
		t     float64
		procs int
	}
	var evs []ev
	for _, j := range jobs {
		if j.Runtime > 0 {
			s, _ := j.StartTime()
			e, _ := j.EndTime()
			evs = append(evs, ev{s, j.Procs}, ev{e, -j.Procs})
		}
	}
	// Ends before starts at the same time.
	sort.Slice(evs, func(a, b int) bool {
		return evs[a].t < evs[b].t || (evs[a].t == evs[b].t && evs[a].procs < evs[b].procs)
	})
	busy := 0
	for _, e := range evs {
		if busy += e.procs; busy > synthMachineProcs {
			t.Fatalf("%d processors busy at %v", busy, e.t)
		}
	}

	var buf bytes.Buffer
	if err := WriteSWF(&buf, jobs); err != nil {
		t.Fatal(err)
	}
	back, err := ReadSWF(&buf, "synthetic", Strict)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Jobs, jobs) {
		t.Fatal("WriteSWF/ReadSWF round trip changed the jobs")
	}
}

// TestSyntheticFile checks that the committed 20k-job trace is what the
// generator makes; go test ./trace -run TestSyntheticFile -update rewrites it.
func TestSyntheticFile(t *testing.T) {
	jobs := Synthesize(synthFileJobs, synthFileSeed)
	if *update {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		if err := WriteSWF(zw, jobs); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(synthFile, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s: %d bytes", synthFile, buf.Len())
	}
	js, err := ReadJobsFile(synthFile, Strict)
	if err != nil {
		t.Fatal(err)
	}
	if len(js.Jobs) != synthFileJobs {
		t.Fatalf("%d jobs", len(js.Jobs))
	}
	if !reflect.DeepEqual(js.Jobs, jobs) {
		t.Fatalf("%s differs from Synthesize(%d, %d); rerun with -update", synthFile, synthFileJobs, synthFileSeed)
	}
}
