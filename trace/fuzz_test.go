package trace

import (
	"bytes"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// Seeds: the fixtures (plain and gzip'd) and a few edge cases. Run the
// fuzzers with e.g. go test -run '^$' -fuzz FuzzReadSWF -fuzztime 30s ./trace

func addSeeds(f *testing.F, files ...string) {
	for _, name := range files {
		for _, n := range []string{name, name + ".gz"} {
			data, err := os.ReadFile(filepath.Join("testdata", n))
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Add([]byte{})
	f.Add([]byte{0x1f, 0x8b})
	f.Add([]byte("\ufeff;\r\n\t\n# x\nA B C\n"))
}

type jobsReader func(io.Reader, string, Mode) (*Jobs, error)

// checkModes reads data in both modes and checks the invariants every
// reader shares; it returns the lenient result, or nil after an I/O error.
func checkModes[T any](t *testing.T, data []byte, read func(io.Reader, string, Mode) (*T, error),
	parts func(*T) (skipped int, errs []error, source string)) (lenient, strict *T) {
	lenient, lerr := read(bytes.NewReader(data), "fuzz", Lenient)
	strict, serr := read(bytes.NewReader(data), "fuzz", Strict)
	var pe *ParseError
	if lerr != nil {
		if errors.As(lerr, &pe) {
			t.Fatalf("lenient read failed on a parse problem: %v", lerr)
		}
		if serr == nil {
			t.Fatalf("lenient read failed (%v) but strict read did not", lerr)
		}
		return nil, nil
	}
	skipped, errs, source := parts(lenient)
	if source != "fuzz" {
		t.Fatalf("source %q", source)
	}
	if len(errs) > MaxErrors || skipped < len(errs) || (skipped > 0) != (len(errs) > 0) {
		t.Fatalf("skipped %d with %d errors", skipped, len(errs))
	}
	for _, e := range errs {
		if !errors.As(e, &pe) || pe.Name != "fuzz" || pe.Line < 1 {
			t.Fatalf("error %v is not a *ParseError naming fuzz:LINE", e)
		}
	}
	if skipped == 0 {
		if serr != nil {
			t.Fatalf("lenient read skipped nothing, strict read failed: %v", serr)
		}
		return lenient, strict
	}
	if serr == nil || serr.Error() != errs[0].Error() {
		t.Fatalf("strict error %v, want lenient's first error %v", serr, errs[0])
	}
	return lenient, nil
}

func jobsParts(js *Jobs) (int, []error, string) { return js.Skipped, js.Errors, js.Source }

func checkJobs(t *testing.T, data []byte, read jobsReader) *Jobs {
	js, strict := checkModes(t, data, read, jobsParts)
	if js == nil {
		return nil
	}
	for _, j := range js.Jobs {
		if err := j.Validate(); err != nil {
			t.Fatalf("invalid job %+v: %v", j, err)
		}
		if j.Procs == Unknown && j.ReqProcs != Unknown {
			t.Fatalf("job %d: Procs unknown but ReqProcs %d", j.ID, j.ReqProcs)
		}
	}
	if strict != nil && !reflect.DeepEqual(strict.Jobs, js.Jobs) {
		t.Fatalf("strict and lenient reads differ")
	}
	return js
}

func FuzzReadSWF(f *testing.F) {
	addSeeds(f, "sample.swf")
	f.Add([]byte("1 0 0 1 1 -1 -1 1 -1 -1 1 1 1 1 1 1 -1 -1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		js := checkJobs(t, data, ReadSWF)
		if js == nil {
			return
		}
		for _, j := range js.Jobs {
			if j.BagID != Unknown {
				t.Fatalf("SWF job %d in bag %d", j.ID, j.BagID)
			}
		}
		// What WriteSWF writes reads back the same.
		var buf bytes.Buffer
		if err := WriteSWF(&buf, js.Jobs); err != nil {
			t.Fatal(err)
		}
		back, err := ReadSWF(&buf, "back", Strict)
		if err != nil {
			t.Fatalf("reading WriteSWF output: %v", err)
		}
		if !reflect.DeepEqual(back.Jobs, js.Jobs) {
			t.Fatalf("round trip changed jobs")
		}
	})
}

func FuzzReadGWF(f *testing.F) {
	addSeeds(f, "sample.gwf")
	f.Add([]byte("1 0 0 1 1 -1 -1 1 -1 -1 1 U1 G1 a q 1 s s BoT BatchId=3 -1 -1 -1 -1 -1 -1 -1 -1 -1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		js := checkJobs(t, data, ReadGWF)
		if js == nil {
			return
		}
		inBags := 0
		for _, j := range js.Jobs {
			if j.BagID != Unknown {
				inBags++
			}
		}
		n, last := 0, int64(-1)
		for _, b := range js.Bags() {
			if b.ID <= last || len(b.Jobs) == 0 {
				t.Fatalf("bag %d out of order or empty", b.ID)
			}
			last = b.ID
			for _, j := range b.Jobs {
				if j.BagID != b.ID {
					t.Fatalf("job %d of bag %d has BagID %d", j.ID, b.ID, j.BagID)
				}
			}
			n += len(b.Jobs)
		}
		if n != inBags {
			t.Fatalf("%d jobs in bags, %d with a BagID", n, inBags)
		}
	})
}

func FuzzReadFTA(f *testing.F) {
	addSeeds(f, "event_trace.tab")
	f.Add([]byte("1 0 5 1 h 1 0 10\n2 0 5 1 h 0 5 7 why not\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, strict := checkModes(t, data, ReadFTA, func(a *Availability) (int, []error, string) {
			return a.Skipped, a.Errors, a.Source
		})
		if a == nil {
			return
		}
		if strict != nil && !reflect.DeepEqual(summarize(strict), summarize(a)) {
			t.Fatalf("strict and lenient reads differ")
		}
		for i, n := range a.Nodes {
			if i > 0 && !nodeLess(a.Nodes[i-1].NodeID, n.NodeID) {
				t.Fatalf("nodes %q, %q out of order", a.Nodes[i-1].NodeID, n.NodeID)
			}
			if got, ok := a.Node(n.NodeID); !ok || got.NodeID != n.NodeID {
				t.Fatalf("Node(%q) not found", n.NodeID)
			}
			if len(n.Intervals) == 0 {
				t.Fatalf("node %q without intervals", n.NodeID)
			}
			var probes []float64
			for k, iv := range n.Intervals {
				if math.IsNaN(iv.Start) || math.IsInf(iv.End, 0) || iv.Start < 0 || iv.End < iv.Start {
					t.Fatalf("node %q: bad interval %+v", n.NodeID, iv)
				}
				if k > 0 && n.Intervals[k-1].Start > iv.Start {
					t.Fatalf("node %q: intervals out of order", n.NodeID)
				}
				probes = append(probes, iv.Start, iv.End, (iv.Start+iv.End)/2, math.Nextafter(iv.End, -1))
			}
			for _, p := range probes {
				if got, want := n.AvailableAt(p), availableBrute(n.Intervals, p); got != want {
					t.Fatalf("node %q at %v: AvailableAt %v, brute force %v", n.NodeID, p, got, want)
				}
			}
		}
	})
}

// availableBrute is the definition of AvailableAt, checked interval by
// interval.
func availableBrute(ivs []Interval, t float64) bool {
	avail := false
	for _, iv := range ivs {
		if iv.Start <= t && t < iv.End {
			if !iv.Available {
				return false
			}
			avail = true
		}
	}
	return avail
}
