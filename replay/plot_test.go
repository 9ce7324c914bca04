package replay

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

func TestWritePlotsEdgeCases(t *testing.T) {
	for _, tt := range []struct {
		name string
		s    *Series
	}{
		{"no completed job", &Series{Workers: 4, Jobs: 2, Submits: []float64{0, 5}}},
		{"all waits zero", &Series{Workers: 4, Jobs: 2, Submits: []float64{0, 5}, Ends: []float64{9, 12}, Waits: []float64{0, 0},
			BinStart: []float64{0, 6}, BinWidth: 6, Busy: []float64{0.5, 0.25}, Up: []float64{1, 0.75}}},
		{"waits over days", &Series{Workers: 1, Jobs: 3, Submits: []float64{0, 1, 2}, Ends: []float64{5e5, 6e5, 7e5},
			Waits: []float64{0.3, 4e5, 123}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "nested", "out")
			paths, err := WritePlots(&Report{Jobs: tt.s.Jobs, Workers: tt.s.Workers, Trust: 1, Series: tt.s}, dir)
			if err != nil {
				t.Fatal(err)
			}
			checkPNGs(t, paths, PlotUtilization, PlotCompletion, PlotWaits)
		})
	}
	if _, err := WritePlots(&Report{}, t.TempDir()); err == nil {
		t.Error("a report without series plotted")
	}
}

func TestTimeUnit(t *testing.T) {
	for _, tt := range []struct {
		span float64
		want string
	}{{0, "seconds"}, {179, "seconds"}, {3000, "minutes"}, {3 * 3600, "hours"}, {12e6, "days"}} {
		if got, _ := timeUnit(tt.span); got != tt.want {
			t.Errorf("timeUnit(%v) = %s, want %s", tt.span, got, tt.want)
		}
	}
}

func TestSabotageSweep(t *testing.T) {
	r, err := Sabotage(context.Background(), SabotageOptions{
		Fractions: []float64{0.1, 0.3}, Trusts: []uint64{1, 10}, Tasks: 120, Workers: 20, JobSize: 40,
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Cells) != 4 || r.TasksPerCell != 120 || r.Workers != 20 {
		t.Fatalf("report %+v", r)
	}
	for _, c := range r.Cells {
		if c.Tasks != 120 || c.Certified+c.Failed != c.Tasks {
			t.Errorf("cell %+v does not account for its tasks", c)
		}
		if c.ErrorLow > c.ErrorRate || c.ErrorHigh < c.ErrorRate {
			t.Errorf("cell %+v: rate outside its interval", c)
		}
		if c.Trust == 1 && (c.ReplicasPerTask != 1 || c.Threshold != 0) {
			t.Errorf("trust 1 cell %+v: one replica per task, threshold 0", c)
		}
		if c.Trust == 10 && (c.ReplicasPerTask < 2 || c.Threshold != 0.9) {
			t.Errorf("trust 10 cell %+v: replicated, threshold 0.9", c)
		}
	}
	// At trust 1 the colluders' share is accepted as is.
	if r.Cells[1].Trust != 1 || r.Cells[1].Fraction != 0.3 || r.Cells[1].Wrong == 0 {
		t.Errorf("trust 1, f=0.3: %+v", r.Cells[1])
	}
	table := r.Table()
	if n := strings.Count(table, "\n"); n != 6 {
		t.Errorf("table has %d lines, want 6:\n%s", n, table)
	}
	if !strings.Contains(table, "| 0.30 | 10 | 90.00% | 6/20 |") {
		t.Errorf("table lacks the f=0.3 trust=10 row:\n%s", table)
	}
	path := filepath.Join(t.TempDir(), "sabotage.png")
	if err := WriteSabotagePlot(r, path); err != nil {
		t.Fatal(err)
	}
	checkPNGs(t, []string{path}, "sabotage.png")
}
