package replay

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"io"
	"log/slog"
	"math"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/pocogrid/pocogrid/trace"
)

// Defaults of the sabotage experiment: Sarmenta's fractions of saboteurs
// against iExec trust levels.
var (
	DefaultFractions = []float64{0.05, 0.1, 0.2, 0.3, 0.4}
	DefaultTrusts    = []uint64{1, 10, 100, 10000}
)

// SabotageOptions size the sweep.
type SabotageOptions struct {
	Fractions []float64
	Trusts    []uint64
	// Tasks per cell (default 2000: an error rate of 1% is then measured
	// within about ±0.45 points at 95%).
	Tasks int
	// Workers per cell (default 100); each cell starts with fresh
	// identities, so reputation is learnt within the cell.
	Workers int
	// JobSize is tasks per bag (default 100).
	JobSize int
	Seed    uint64
	// CellTimeout bounds one cell (default 5 min).
	CellTimeout time.Duration
	// Progress receives one line per cell and the replays' progress.
	Progress io.Writer
	Logger   *slog.Logger
}

// SabotageCell is one (saboteur fraction, trust) measurement.
type SabotageCell struct {
	Fraction  float64 `json:"saboteur_fraction"`
	Trust     uint64  `json:"trust"`
	Threshold float64 `json:"credibility_threshold"` // 1 − 1/trust
	Saboteurs int     `json:"saboteurs"`
	Tasks     int     `json:"tasks"`
	Certified int     `json:"certified"`
	Failed    int     `json:"failed"`
	Wrong     int     `json:"wrong_accepted"`
	// ErrorRate is wrong accepted / certified, with its 95% Wilson
	// interval.
	ErrorRate float64 `json:"error_rate"`
	ErrorLow  float64 `json:"error_rate_ci95_low"`
	ErrorHigh float64 `json:"error_rate_ci95_high"`
	// ReplicasPerTask is the replication cost: replicas per certified task.
	ReplicasPerTask float64 `json:"replicas_per_certified_task"`
	WallS           float64 `json:"wall_s"`
}

// SabotageReport is the sweep's outcome.
type SabotageReport struct {
	Workers      int            `json:"workers"`
	TasksPerCell int            `json:"tasks_per_cell"`
	App          string         `json:"app"`
	Cells        []SabotageCell `json:"cells"`
	WallS        float64        `json:"wall_s"`
}

func (o *SabotageOptions) defaults() error {
	if len(o.Fractions) == 0 {
		o.Fractions = DefaultFractions
	}
	if len(o.Trusts) == 0 {
		o.Trusts = DefaultTrusts
	}
	for _, f := range o.Fractions {
		if f < 0 || f >= 1 || math.IsNaN(f) {
			return fmt.Errorf("sabotage: saboteur fraction %v is not in [0, 1)", f)
		}
	}
	if o.Tasks <= 0 {
		o.Tasks = 2000
	}
	if o.Workers <= 0 {
		o.Workers = 100
	}
	if o.JobSize <= 0 {
		o.JobSize = 100
	}
	if o.CellTimeout <= 0 {
		o.CellTimeout = 5 * time.Minute
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	return nil
}

// sabotageJobs is a bag-of-tasks workload of n tasks, all submitted at 0.
func sabotageJobs(n, size int) []trace.Job {
	var jobs []trace.Job
	for id := int64(1); n > 0; id++ {
		p := min(size, n)
		n -= p
		jobs = append(jobs, trace.Job{ID: id, Submit: 0, Wait: trace.Unknown, Runtime: 1, Procs: p, ReqProcs: p,
			ReqTime: trace.Unknown, Status: 1, BagID: trace.Unknown})
	}
	return jobs
}

// Sabotage runs the sabotage experiment: for each trust level and saboteur
// fraction, a fresh pool certifies Tasks noop tasks on Workers workers, a
// fraction of which collude on one wrong result, and the accepted-error
// rate and replication cost are measured.
func Sabotage(ctx context.Context, o SabotageOptions) (*SabotageReport, error) {
	if err := o.defaults(); err != nil {
		return nil, err
	}
	rep := &SabotageReport{Workers: o.Workers, TasksPerCell: o.Tasks, App: AppNoop}
	start := time.Now()
	jobs := sabotageJobs(o.Tasks, o.JobSize)
	for _, trust := range o.Trusts {
		for _, f := range o.Fractions {
			if err := ctx.Err(); err != nil {
				return rep, err
			}
			r, err := Run(ctx, Options{
				Jobs: jobs, Source: "sabotage", Workers: o.Workers, Speedup: 1,
				Trust: trust, Saboteurs: f, App: AppNoop, Seed: o.Seed,
				Timeout: o.CellTimeout, Logger: o.Logger, Progress: o.Progress,
			})
			if r == nil {
				return rep, err
			}
			c := SabotageCell{
				Fraction: f, Trust: max(trust, 1), Threshold: 1 - 1/float64(max(trust, 1)),
				Saboteurs: r.Saboteurs, Tasks: r.Tasks, Certified: r.TasksCompleted, Failed: r.TasksFailed,
				Wrong: r.WrongAccepted, ErrorRate: r.WrongAcceptedRate, ReplicasPerTask: r.ReplicationOverhead,
				WallS: r.WallS,
			}
			c.ErrorLow, c.ErrorHigh = Wilson(c.Wrong, c.Certified, 1.96)
			rep.Cells = append(rep.Cells, c)
			if o.Progress != nil {
				fmt.Fprintf(o.Progress, "sabotage: f=%.2f trust=%d: %d/%d certified, %d wrong (%.2f%%), %.2f replicas/task, %.1fs\n",
					f, c.Trust, c.Certified, c.Tasks, c.Wrong, 100*c.ErrorRate, c.ReplicasPerTask, c.WallS)
			}
			if err != nil {
				return rep, fmt.Errorf("sabotage: f=%.2f trust=%d: %w", f, trust, err)
			}
		}
	}
	rep.WallS = time.Since(start).Seconds()
	return rep, nil
}

// Table renders the sweep as a Markdown table.
func (r *SabotageReport) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "| f | trust | threshold 1−1/trust | saboteurs | certified | wrong accepted | error rate | 95%% CI | bound 1/trust | replicas / certified task | failed |\n")
	fmt.Fprintf(&b, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, c := range r.Cells {
		fmt.Fprintf(&b, "| %.2f | %d | %s | %d/%d | %d/%d | %d | %s | [%s, %s] | %s | %.2f | %d |\n",
			c.Fraction, c.Trust, pct(c.Threshold), c.Saboteurs, r.Workers, c.Certified, c.Tasks, c.Wrong,
			pct(c.ErrorRate), pct(c.ErrorLow), pct(c.ErrorHigh), pct(1/float64(c.Trust)), c.ReplicasPerTask, c.Failed)
	}
	return b.String()
}

func pct(x float64) string {
	switch {
	case x == 0:
		return "0%"
	case x < 0.001:
		return fmt.Sprintf("%.3f%%", 100*x)
	}
	return fmt.Sprintf("%.2f%%", 100*x)
}

// errorFloor is where a measured error rate of 0 is drawn on the log axis.
const errorFloor = 1e-5

// WriteSabotagePlot writes one PNG with two panels against the saboteur
// fraction, one line per trust level: the accepted-error rate (log scale,
// with PoCo's bound 1/trust = 1 − threshold as a dashed line of the same
// colour; a rate of 0 is drawn as a hollow marker at the 95% upper bound)
// and the replication cost (replicas per certified task).
func WriteSabotagePlot(r *SabotageReport, path string) error {
	if r == nil || len(r.Cells) == 0 {
		return errors.New("sabotage: nothing to plot")
	}
	var trusts []uint64
	byTrust := map[uint64][]SabotageCell{}
	fmax := math.Inf(-1)
	for _, c := range r.Cells {
		if _, ok := byTrust[c.Trust]; !ok {
			trusts = append(trusts, c.Trust)
		}
		byTrust[c.Trust] = append(byTrust[c.Trust], c)
		fmax = max(fmax, c.Fraction)
	}
	title := fmt.Sprintf("%d tasks per cell, %d workers", r.TasksPerCell, r.Workers)
	errP := newPlot("accepted-error rate ("+title+")", "saboteur fraction f", "wrong results / certified results")
	errP.Y.Scale = plot.LogScale{}
	errP.Y.Tick.Marker = decadeTicks{}
	repP := newPlot("replication cost", "saboteur fraction f", "replicas per certified task")
	repP.Y.Scale = plot.LogScale{}
	repP.Y.Tick.Marker = decadeTicks{}
	ymin, repMax := 1.0, 1.0
	x0, x1 := 0.0, max(fmax+0.05, fmax*1.1)
	dashes := []vg.Length{vg.Points(4), vg.Points(3)}
	for i, trust := range trusts {
		col := plotutil.Color(i)
		// Hollow markers of different trusts would sit on one another.
		jitter := (float64(i) - float64(len(trusts)-1)/2) * 0.004
		var measured, zeros, reps plotter.XYs
		for _, c := range byTrust[trust] {
			if c.Certified == 0 {
				continue
			}
			if c.Wrong > 0 {
				measured = append(measured, plotter.XY{X: c.Fraction, Y: c.ErrorRate})
				ymin = min(ymin, c.ErrorRate)
			} else {
				zeros = append(zeros, plotter.XY{X: c.Fraction + jitter, Y: max(c.ErrorHigh, errorFloor)})
				ymin = min(ymin, max(c.ErrorHigh, errorFloor))
			}
			reps = append(reps, plotter.XY{X: c.Fraction, Y: max(c.ReplicasPerTask, 1)})
			repMax = max(repMax, c.ReplicasPerTask)
		}
		ymin = min(ymin, 1/float64(trust))
		var thumbs []plot.Thumbnailer
		if len(measured) > 0 {
			l, s, err := plotter.NewLinePoints(measured)
			if err != nil {
				return err
			}
			l.Color, s.Color = col, col
			s.Shape = draw.CircleGlyph{}
			errP.Add(l, s)
			thumbs = append(thumbs, l, s)
		}
		if len(zeros) > 0 {
			s, err := plotter.NewScatter(zeros)
			if err != nil {
				return err
			}
			s.Color, s.Shape, s.Radius = col, draw.RingGlyph{}, vg.Points(4)
			errP.Add(s)
			if len(thumbs) == 0 {
				thumbs = append(thumbs, s)
			}
		}
		bound, err := plotter.NewLine(plotter.XYs{{X: x0, Y: 1 / float64(trust)}, {X: x1, Y: 1 / float64(trust)}})
		if err != nil {
			return err
		}
		bound.Color, bound.Dashes = col, dashes
		errP.Add(bound)
		errP.Legend.Add(fmt.Sprintf("trust %d (threshold %s)", trust, pct(1-1/float64(trust))), thumbs...)
		if len(reps) > 0 {
			l, s, err := plotter.NewLinePoints(reps)
			if err != nil {
				return err
			}
			l.Color, s.Color = col, col
			repP.Add(l, s)
			repP.Legend.Add(fmt.Sprintf("trust %d", trust), l, s)
		}
	}
	gray := color.Gray{Y: 110}
	noteLine, _ := plotter.NewLine(plotter.XYs{{X: x0, Y: 1}})
	noteLine.Color, noteLine.Dashes = gray, dashes
	noteRing, _ := plotter.NewScatter(plotter.XYs{{X: x0, Y: 1}})
	noteRing.Color, noteRing.Shape, noteRing.Radius = gray, draw.RingGlyph{}, vg.Points(4)
	errP.Legend.Add("dashed: PoCo's bound 1/trust = 1 − threshold", noteLine)
	errP.Legend.Add("ring: none seen, drawn at the 95% upper bound", noteRing)
	// Room below the data for the legend.
	errP.Y.Min, errP.Y.Max = max(ymin/100, errorFloor/100), 3
	errP.Legend.Top, errP.Legend.Left = false, true
	errP.Legend.TextStyle.Font.Size = vg.Points(9)
	errP.Legend.ThumbnailWidth = vg.Points(24)
	repP.Legend.Top, repP.Legend.Left = true, true
	repP.Y.Min, repP.Y.Max = 0.8, repMax*2
	for _, p := range []*plot.Plot{errP, repP} {
		p.X.Min, p.X.Max = x0, x1
		p.BackgroundColor = color.White
	}
	return saveTiles(path, 2*plotW, 1.4*plotH, errP, repP)
}

// decadeTicks labels the powers of ten of a log axis plainly (0.001, 1e-05).
type decadeTicks struct{}

func (decadeTicks) Ticks(lo, hi float64) []plot.Tick {
	var ticks []plot.Tick
	for k := int(math.Floor(math.Log10(lo))); k <= int(math.Ceil(math.Log10(hi))); k++ {
		v := math.Pow(10, float64(k))
		if v < lo || v > hi {
			continue
		}
		label := strconv.FormatFloat(v, 'f', -1, 64)
		if k < -3 || k > 5 {
			label = "1e" + strconv.Itoa(k)
		}
		ticks = append(ticks, plot.Tick{Value: v, Label: label})
	}
	return ticks
}
