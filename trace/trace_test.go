package trace

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// job builds a Job from the 18 SWF fields in order, plus a BagID.
func job(id int64, submit, wait, runtime float64, procs int, avgCPU, usedMem float64, reqProcs int,
	reqTime, reqMem float64, status, user, group, app, queue, partition int, preceding int64, think float64, bag int64) Job {
	return Job{ID: id, Submit: submit, Wait: wait, Runtime: runtime, Procs: procs, AvgCPU: avgCPU,
		UsedMem: usedMem, ReqProcs: reqProcs, ReqTime: reqTime, ReqMem: reqMem, Status: status,
		User: user, Group: group, App: app, Queue: queue, Partition: partition,
		PrecedingJob: preceding, ThinkTime: think, BagID: bag}
}

var wantSWF = []Job{
	job(1, 0, 10, 100, 4, 90, 1024, 4, 3600, 2048, 1, 1, 1, 1, 1, 1, -1, -1, -1),
	job(2, 5, -1, 200, 8 /* requested: allocated is -1 */, -1, -1, 8, 7200, -1, 1, 2, 1, 2, 1, 1, -1, -1, -1),
	job(3, 7, 0, -1, 1, -1, -1, 1, -1, -1, 0, 3, 2, 3, 2, 1, 2, 30, -1),
	job(5, 12, 0, 50, 2, 45.5, -1, 2, 600, -1, 5, 1, 1, 1, 1, 1, -1, -1, -1),
	job(7, 25.5, 0.5, 1.25, 1, 1, -1, 1, 60, -1, 1, 4, 3, 4, 1, 1, -1, -1, -1),
	job(8, 30, 0, 3, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1),
}

var wantGWF = []Job{
	job(1, 0, 5, 60, 1, 55, -1, 1, 900, -1, 1, 1, 1, 1, 1, 1, -1, -1, -1),
	job(2, 10, 0, 30, 1, -1, -1, 1, -1, -1, 1, 2, 1, 7, 1, 1, -1, -1, 100),
	job(3, 10, 2, 31, 1, -1, -1, 1, -1, -1, 1, 2, 1, 7, 1, 1, -1, -1, 100),
	job(4, 11, 1, 29, 1, -1, -1, 1, -1, -1, 1, 2, 1, 7, 1, 1, -1, -1, 100),
	job(5, 20, -1, -1, 2, -1, -1, 2, 3600, -1, 0, 3, 2, 8, InternBase /* "default" */, 1, -1, -1, 7),
	job(7, 22, 0, 12, 1, -1, -1, 1, -1, -1, 1, 3, 2, 8, 1, 1, -1, -1, 7),
	job(10, 30, 0, 40, 4, -1, -1, 4, -1, -1, 1, 4, 2, 9, InternBase+1 /* "long" */, 1, -1, -1, -1),
}

// fixture describes one fixture file: its malformed lines and the reason
// the first one gives.
type fixture struct {
	file      string
	badLines  []int
	firstWhy  string
	read      func(path string, mode Mode) (any, int, []error, error)
	wantValue any
}

func readJobsWith(f func(string, Mode) (*Jobs, error)) func(string, Mode) (any, int, []error, error) {
	return func(path string, mode Mode) (any, int, []error, error) {
		js, err := f(path, mode)
		if err != nil {
			return nil, 0, nil, err
		}
		return js.Jobs, js.Skipped, js.Errors, nil
	}
}

func readFTAWith(path string, mode Mode) (any, int, []error, error) {
	a, err := ReadFTAFile(path, mode)
	if err != nil {
		return nil, 0, nil, err
	}
	return summarize(a), a.Skipped, a.Errors, nil
}

// nodeSummary is a NodeAvailability without its index, for comparisons.
type nodeSummary struct {
	ID, Name  string
	Intervals []Interval
}

func summarize(a *Availability) []nodeSummary {
	var s []nodeSummary
	for _, n := range a.Nodes {
		s = append(s, nodeSummary{n.NodeID, n.Name, n.Intervals})
	}
	return s
}

var wantFTA = []nodeSummary{
	{"2", "host-b", []Interval{{50, 60, true}, {60, 70.5, false}, {70.5, 1000, true}}},
	{"10", "host-a", []Interval{{0, 100, true}, {100, 150, false}, {150, 400, true}, {300, 350, false}}},
	{"node-x", "x", []Interval{{0, 10, true}}},
}

var fixtures = []fixture{
	{"sample.swf", []int{16, 18}, `field 4 (run time): not a number: "x"`, readJobsWith(ReadSWFFile), wantSWF},
	{"sample.gwf", []int{13, 15, 16}, "want 29 fields, got 28", readJobsWith(ReadGWFFile), wantGWF},
	{"event_trace.tab", []int{11, 13, 14}, `field 6 (event_type): want 1 (available) or 0 (unavailable), got "2"`, readFTAWith, wantFTA},
}

func TestFixtures(t *testing.T) {
	for _, fx := range fixtures {
		for _, file := range []string{fx.file, fx.file + ".gz"} {
			path := filepath.Join("testdata", file)
			t.Run(file+"/lenient", func(t *testing.T) {
				got, skipped, errs, err := fx.read(path, Lenient)
				if err != nil {
					t.Fatalf("lenient read failed: %v", err)
				}
				if !reflect.DeepEqual(got, fx.wantValue) {
					t.Errorf("records:\n got %+v\nwant %+v", got, fx.wantValue)
				}
				if skipped != len(fx.badLines) || len(errs) != len(fx.badLines) {
					t.Fatalf("skipped %d, %d errors %v; want %d", skipped, len(errs), errs, len(fx.badLines))
				}
				for i, e := range errs {
					var pe *ParseError
					if !errors.As(e, &pe) || pe.Name != path || pe.Line != fx.badLines[i] {
						t.Errorf("error %d = %v; want a *ParseError at %s:%d", i, e, path, fx.badLines[i])
					}
				}
			})
			t.Run(file+"/strict", func(t *testing.T) {
				_, _, _, err := fx.read(path, Strict)
				var pe *ParseError
				if !errors.As(err, &pe) {
					t.Fatalf("strict read: got %v, want a *ParseError", err)
				}
				want := path + ":" + strconv.Itoa(fx.badLines[0]) + ": " + fx.firstWhy
				if err.Error() != want {
					t.Errorf("strict error\n got %q\nwant %q", err, want)
				}
			})
		}
		// Without its malformed lines the file reads strictly, to the same
		// records as the lenient read.
		t.Run(fx.file+"/cleaned", func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", fx.file))
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.SplitAfter(string(data), "\n")
			for _, n := range fx.badLines {
				lines[n-1] = "; removed\n"
			}
			path := filepath.Join(t.TempDir(), fx.file)
			if err := os.WriteFile(path, []byte(strings.Join(lines, "")), 0o644); err != nil {
				t.Fatal(err)
			}
			got, skipped, _, err := fx.read(path, Strict)
			if err != nil || skipped != 0 {
				t.Fatalf("strict read of cleaned file: skipped %d, err %v", skipped, err)
			}
			if !reflect.DeepEqual(got, fx.wantValue) {
				t.Errorf("records:\n got %+v\nwant %+v", got, fx.wantValue)
			}
		})
	}
}

func TestBags(t *testing.T) {
	js, err := ReadGWFFile("testdata/sample.gwf", Lenient)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range js.Bags() {
		ids := []string{}
		for _, j := range b.Jobs {
			ids = append(ids, strconv.Itoa(int(j.ID)))
		}
		got = append(got, strconv.Itoa(int(b.ID))+":"+strings.Join(ids, ","))
	}
	if want := []string{"7:5,7", "100:2,3,4"}; !reflect.DeepEqual(got, want) {
		t.Errorf("bags %v, want %v", got, want)
	}
	swf, err := ReadSWFFile("testdata/sample.swf", Lenient)
	if err != nil {
		t.Fatal(err)
	}
	if b := swf.Bags(); len(b) != 0 {
		t.Errorf("SWF has bags %v", b)
	}
}

func TestGWFBagIDForms(t *testing.T) {
	for _, tc := range []struct {
		structure, params string
		want              int64
		bad               bool
	}{
		{"BoT", "17", 17, false},
		{"bot", "BatchId=17", 17, false},
		{"BOT", "bot:17", 17, false},
		{"BoT", "B17", 17, false},
		{"BoT", "-1", -1, false},
		{"BoT", "none", 0, true},
		{"BoT", "BatchId=", 0, true},
		{"UNITARY", "17", -1, false},
		{"-1", "17", -1, false},
	} {
		f := strings.Fields("1 0 0 1 1 -1 -1 1 -1 -1 1 1 1 1 1 1 -1 -1 " + tc.structure + " " + tc.params + strings.Repeat(" -1", 9))
		j, err := gwfCat{}.parseGWFRow("", f)
		if tc.bad != (err != nil) || (!tc.bad && j.BagID != tc.want) {
			t.Errorf("%s %s: BagID %d, err %v; want %d, bad %v", tc.structure, tc.params, j.BagID, err, tc.want, tc.bad)
		}
	}
}

func TestReadJobsFile(t *testing.T) {
	for _, tc := range []struct {
		file string
		want []Job
	}{
		{"sample.swf", wantSWF}, {"sample.swf.gz", wantSWF},
		{"sample.gwf", wantGWF}, {"sample.gwf.gz", wantGWF},
	} {
		js, err := ReadJobsFile(filepath.Join("testdata", tc.file), Lenient)
		if err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		if !reflect.DeepEqual(js.Jobs, tc.want) {
			t.Errorf("%s: got %+v", tc.file, js.Jobs)
		}
	}
	path := filepath.Join(t.TempDir(), "what.txt")
	os.WriteFile(path, []byte("1 2 3\n"), 0o644)
	if _, err := ReadJobsFile(path, Lenient); err == nil || !strings.Contains(err.Error(), "cannot tell SWF from GWF") {
		t.Errorf("undecidable file: err %v", err)
	}
}

func TestDetectFormat(t *testing.T) {
	row := func(n int) string { return strings.TrimSpace(strings.Repeat("1\t", n)) + "\n" }
	for _, tc := range []struct {
		name, head string
		want       Format
	}{
		{"swf row", "# GWA-looking comment\n" + row(18), FormatSWF},
		{"gwf row", "; PWA-looking comment\n" + row(29), FormatGWF},
		{"gwf row with blank field", strings.Repeat("1\t", 23) + "x86 Linux\t1\t1\t1\t1\t1\n", FormatGWF},
		{"gwf header", "JobID SubmitTime JobStructure\n", FormatGWF},
		{"29 names", strings.Repeat("Col ", 29) + "\n", FormatGWF},
		{"18 names", strings.Repeat("Col ", 18) + "\n", FormatSWF},
		{"semicolon", "; Version: 2.2\n1 2 3\n", FormatSWF},
		{"hash", "\ufeff# Trace\n1 2 3\n", FormatGWF},
		{"nothing", "1 2 3\n", FormatUnknown},
		{"empty", "", FormatUnknown},
	} {
		if got := DetectFormat([]byte(tc.head)); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestGzipByMagic checks that compression is told by content, not name.
func TestGzipByMagic(t *testing.T) {
	plain, err := os.ReadFile("testdata/sample.swf")
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(plain[:400])
	zw.Close()
	zw = gzip.NewWriter(&gz) // a second gzip member
	zw.Write(plain[400:])
	zw.Close()
	dir := t.TempDir()
	misnamedPlain := filepath.Join(dir, "plain.swf.gz")
	misnamedGzip := filepath.Join(dir, "gzip.swf")
	os.WriteFile(misnamedPlain, plain, 0o644)
	os.WriteFile(misnamedGzip, gz.Bytes(), 0o644)
	for _, p := range []string{misnamedPlain, misnamedGzip} {
		js, err := ReadSWFFile(p, Lenient)
		if err != nil || !reflect.DeepEqual(js.Jobs, wantSWF) {
			t.Errorf("%s: err %v, jobs %+v", p, err, js)
		}
	}
	// A corrupt gzip stream is an I/O error, in Lenient mode too.
	bad := append([]byte{}, gz.Bytes()...)
	bad = bad[:len(bad)/2]
	if _, err := ReadSWF(bytes.NewReader(bad), "cut.gz", Lenient); err == nil || !strings.HasPrefix(err.Error(), "cut.gz: ") {
		t.Errorf("truncated gzip: err %v", err)
	}
}

func TestLenientKeepsFirstErrors(t *testing.T) {
	var b strings.Builder
	for i := range 25 {
		b.WriteString("bad line\n")
		b.WriteString(strconv.Itoa(i+1) + " 0 0 1 1 -1 -1 1 -1 -1 1 1 1 1 1 1 -1 -1\n")
	}
	js, err := ReadSWF(strings.NewReader(b.String()), "many", Lenient)
	if err != nil {
		t.Fatal(err)
	}
	if len(js.Jobs) != 25 || js.Skipped != 25 || len(js.Errors) != MaxErrors {
		t.Fatalf("jobs %d, skipped %d, errors %d", len(js.Jobs), js.Skipped, len(js.Errors))
	}
	if got := js.Errors[9].Error(); got != "many:19: want 18 fields, got 2" {
		t.Errorf("10th error %q", got)
	}
	if js.Source != "many" {
		t.Errorf("source %q", js.Source)
	}
}

func TestMalformedReasons(t *testing.T) {
	const ok = "1 0 0 1 1 -1 -1 1 -1 -1 1 1 1 1 1 1 -1 -1"
	for _, tc := range []struct{ line, why string }{
		{"-1 0 0 1 1 -1 -1 1 -1 -1 1 1 1 1 1 1 -1 -1", "job id: must be known (not -1)"},
		{"1 0 -2 1 1 -1 -1 1 -1 -1 1 1 1 1 1 1 -1 -1", "field 3 (wait time): negative value -2 (only -1, unknown, may be negative)"},
		{"1 0 0 NaN 1 -1 -1 1 -1 -1 1 1 1 1 1 1 -1 -1", `field 4 (run time): not a number: "NaN"`},
		{"1 0 0 1e999 1 -1 -1 1 -1 -1 1 1 1 1 1 1 -1 -1", `field 4 (run time): bad number "1e999"`},
		{"1 0 0 1 1.5 -1 -1 1 -1 -1 1 1 1 1 1 1 -1 -1", `field 5 (allocated procs): not an integer: "1.5"`},
		{"1 0 0 1 99999999999 -1 -1 1 -1 -1 1 1 1 1 1 1 -1 -1", "field 5 (allocated procs): value 99999999999 out of range"},
		{"1 0 0 1 1 -1 -1 1 -1 -1 1 1 1 1 1 1 -1 -1 7", "want 18 fields, got 19"},
		{"1 0 0 1 1 -1 -1 1 -1 -1 1 1 1 1 1 1 -1 -1\xff", "invalid UTF-8"},
		// A header row after data rows is malformed.
		{"JobNumber SubmitTime WaitTime", "want 18 fields, got 3"},
	} {
		_, err := ReadSWF(strings.NewReader(ok+"\n"+tc.line+"\n"), "t", Strict)
		if err == nil || err.Error() != "t:2: "+tc.why {
			t.Errorf("%q: err %v; want %q", tc.line, err, "t:2: "+tc.why)
		}
	}
	// "4.0" is an integer.
	js, err := ReadSWF(strings.NewReader("1 0 0 1 4.0 -1 -1 1 -1 -1 1 1 1 1 1 1 -1 -1.0\n"), "t", Strict)
	if err != nil || js.Jobs[0].Procs != 4 || js.Jobs[0].ThinkTime != -1 {
		t.Errorf("4.0: %v %+v", err, js)
	}
}

func TestLongLine(t *testing.T) {
	const ok = "1 0 0 1 1 -1 -1 1 -1 -1 1 1 1 1 1 1 -1 -1\n"
	in := ok + strings.Repeat("9", maxLineLen+10) + "\n" + strings.Replace(ok, "1", "2", 1)
	js, err := ReadSWF(strings.NewReader(in), "long", Lenient)
	if err != nil || len(js.Jobs) != 2 || js.Skipped != 1 || js.Jobs[1].ID != 2 {
		t.Fatalf("err %v, result %+v", err, js)
	}
	if want := "long:2: line longer than"; !strings.HasPrefix(js.Errors[0].Error(), want) {
		t.Errorf("error %v", js.Errors[0])
	}
}

func TestBadInput(t *testing.T) {
	if _, err := ReadSWF(strings.NewReader(""), "x", Mode(7)); err == nil {
		t.Error("invalid mode accepted")
	}
	if _, err := ReadFTA(nil, "x", Strict); err == nil {
		t.Error("nil reader accepted")
	}
	if _, err := ReadGWFFile(filepath.Join(t.TempDir(), "missing"), Strict); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	js, err := ReadSWF(strings.NewReader(""), "empty", Strict)
	if err != nil || len(js.Jobs) != 0 {
		t.Errorf("empty input: %v %+v", err, js)
	}
}

func TestAvailableAt(t *testing.T) {
	a, err := ReadFTAFile("testdata/event_trace.tab", Lenient)
	if err != nil {
		t.Fatal(err)
	}
	n10, ok := a.Node("10")
	if !ok {
		t.Fatal("node 10 missing")
	}
	n2, _ := a.Node("2")
	if _, ok := a.Node("3"); ok {
		t.Error("node 3 has only malformed rows but is present")
	}
	if n, ok := a.Node("node-x"); !ok || n.Name != "x" {
		t.Error("node-x missing")
	}
	for _, tc := range []struct {
		n    NodeAvailability
		t    float64
		want bool
	}{
		{n10, -1, false}, {n10, 0, true}, {n10, 99.9, true}, {n10, 100, false}, {n10, 149, false},
		{n10, 150, true}, {n10, 299, true}, {n10, 300, false}, {n10, 349, false}, {n10, 350, true},
		{n10, 399, true}, {n10, 400, false}, {n10, 1e9, false},
		{n2, 49, false}, {n2, 50, true}, {n2, 60, false}, {n2, 70.5, true}, {n2, 999, true}, {n2, 1000, false},
	} {
		if got := tc.n.AvailableAt(tc.t); got != tc.want {
			t.Errorf("node %s at %v: %v, want %v", tc.n.NodeID, tc.t, got, tc.want)
		}
		// A copy without the index (as a user could build) answers the same.
		plain := NodeAvailability{NodeID: tc.n.NodeID, Intervals: tc.n.Intervals}
		if got := plain.AvailableAt(tc.t); got != tc.want {
			t.Errorf("unindexed node %s at %v: %v, want %v", tc.n.NodeID, tc.t, got, tc.want)
		}
	}
}

func TestNodeOrder(t *testing.T) {
	in := "1 0 10 1 a 1 0 1\n2 0 9 1 b 1 0 1\n3 0 b 1 c 1 0 1\n4 0 a 1 d 1 0 1\n5 0 09 1 e 1 0 1\n"
	a, err := ReadFTA(strings.NewReader(in), "o", Strict)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, n := range a.Nodes {
		ids = append(ids, n.NodeID)
		if _, ok := a.Node(n.NodeID); !ok {
			t.Errorf("Node(%q) not found", n.NodeID)
		}
	}
	if want := []string{"09", "9", "10", "a", "b"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("order %v, want %v", ids, want)
	}
}

func TestJobHelpers(t *testing.T) {
	j := wantSWF[0]
	if s, ok := j.StartTime(); !ok || s != 10 {
		t.Errorf("start %v %v", s, ok)
	}
	if e, ok := j.EndTime(); !ok || e != 110 {
		t.Errorf("end %v %v", e, ok)
	}
	if _, ok := wantSWF[1].StartTime(); ok {
		t.Error("start known with unknown wait")
	}
	if _, ok := wantSWF[2].EndTime(); ok {
		t.Error("end known with unknown runtime")
	}
	if !Known(1.5) || Known(-1) || Known(int64(-1)) || !Known(0) {
		t.Error("Known")
	}
	bad := j
	bad.Wait = -2
	if bad.Validate() == nil {
		t.Error("wait -2 validates")
	}
	if Strict.String() != "strict" || Lenient.String() != "lenient" || FormatGWF.String() != "GWF" {
		t.Error("String methods")
	}
}
