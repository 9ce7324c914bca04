package replay

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"os"
	"path/filepath"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// Plot file names written by WritePlots.
const (
	PlotUtilization = "utilization.png"
	PlotCompletion  = "completion_cdf.png"
	PlotWaits       = "wait_hist.png"
)

const (
	plotW = 8 * vg.Inch
	plotH = 4.5 * vg.Inch
)

// WritePlots writes the replay's PNG plots into dir (created if needed):
// utilization over time, the job completion CDF and the wait-time
// distribution. It returns the paths written.
func WritePlots(r *Report, dir string) ([]string, error) {
	if r == nil || r.Series == nil {
		return nil, errors.New("replay: no series to plot")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	s := r.Series
	span := 0.0
	if n := len(s.BinStart); n > 0 {
		span = s.BinStart[n-1] + s.BinWidth
	}
	if len(s.Submits) > 0 {
		span = max(span, s.Submits[len(s.Submits)-1])
	}
	if len(s.Ends) > 0 {
		span = max(span, s.Ends[len(s.Ends)-1])
	}
	unit, div := timeUnit(span)
	title := r.Source
	if title == "" {
		title = "replay"
	}
	title = fmt.Sprintf("%s: %d jobs on %d workers, trust %d", title, r.Jobs, r.Workers, r.Trust)

	var paths []string
	for _, w := range []struct {
		name string
		make func() (*plot.Plot, error)
	}{
		{PlotUtilization, func() (*plot.Plot, error) { return utilizationPlot(s, title, unit, div) }},
		{PlotCompletion, func() (*plot.Plot, error) { return completionPlot(s, title, unit, div) }},
		{PlotWaits, func() (*plot.Plot, error) { return waitPlot(s, title) }},
	} {
		p, err := w.make()
		if err != nil {
			return paths, fmt.Errorf("replay: plot %s: %w", w.name, err)
		}
		path := filepath.Join(dir, w.name)
		if err := p.Save(plotW, plotH, path); err != nil {
			return paths, fmt.Errorf("replay: plot %s: %w", w.name, err)
		}
		paths = append(paths, path)
	}
	return paths, nil
}

// timeUnit picks a readable unit for a span of trace seconds.
func timeUnit(span float64) (string, float64) {
	switch {
	case span >= 3*86400:
		return "days", 86400
	case span >= 3*3600:
		return "hours", 3600
	case span >= 180:
		return "minutes", 60
	}
	return "seconds", 1
}

func newPlot(title, x, y string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = x
	p.Y.Label.Text = y
	p.Add(plotter.NewGrid())
	return p
}

func styled(l *plotter.Line, i int) *plotter.Line {
	l.Color = plotutil.Color(i)
	l.Width = vg.Points(1.5)
	return l
}

func utilizationPlot(s *Series, title, unit string, div float64) (*plot.Plot, error) {
	p := newPlot(title, "trace time ("+unit+")", "fraction of the workers")
	busy := make(plotter.XYs, len(s.BinStart))
	up := make(plotter.XYs, len(s.BinStart))
	for k, t := range s.BinStart {
		x := (t + s.BinWidth/2) / div
		busy[k] = plotter.XY{X: x, Y: s.Busy[k]}
		up[k] = plotter.XY{X: x, Y: s.Up[k]}
	}
	lu, err := plotter.NewLine(up)
	if err != nil {
		return nil, err
	}
	lb, err := plotter.NewLine(busy)
	if err != nil {
		return nil, err
	}
	p.Add(styled(lu, 1), styled(lb, 0))
	p.Legend.Add("available (churn)", lu)
	p.Legend.Add("computing a replica (utilization)", lb)
	p.Legend.Top = true
	p.Y.Min, p.Y.Max = 0, 1.15
	return p, nil
}

// cdf is the step curve of sorted times, as a fraction of total.
func cdf(times []float64, total int, div float64) plotter.XYs {
	pts := make(plotter.XYs, 0, len(times)+1)
	pts = append(pts, plotter.XY{X: 0, Y: 0})
	for i, t := range times {
		pts = append(pts, plotter.XY{X: t / div, Y: float64(i+1) / float64(total)})
	}
	return pts
}

func completionPlot(s *Series, title, unit string, div float64) (*plot.Plot, error) {
	p := newPlot(title, "trace time ("+unit+")", "fraction of the jobs")
	total := max(s.Jobs, 1)
	sub, err := plotter.NewLine(cdf(s.Submits, total, div))
	if err != nil {
		return nil, err
	}
	sub.StepStyle = plotter.PreStep
	done, err := plotter.NewLine(cdf(s.Ends, total, div))
	if err != nil {
		return nil, err
	}
	done.StepStyle = plotter.PreStep
	p.Add(styled(sub, 1), styled(done, 0))
	p.Legend.Add("submitted", sub)
	p.Legend.Add("completed", done)
	p.Legend.Top = true
	p.Legend.Left = true
	p.Y.Min, p.Y.Max = 0, 1.05
	return p, nil
}

// waitBinsPerDecade sets the resolution of the wait histogram.
const waitBinsPerDecade = 4

func waitPlot(s *Series, title string) (*plot.Plot, error) {
	p := newPlot(title, "wait (trace seconds, log scale; waits under 1 s in the first bin)", "fraction of the completed jobs")
	top := 1.0
	for _, w := range s.Waits {
		top = max(top, math.Log10(max(w, 1)))
	}
	decades := max(int(math.Ceil(top)), 1)
	n := decades * waitBinsPerDecade
	width := 1.0 / waitBinsPerDecade
	bins := make([]plotter.HistogramBin, n)
	for k := range bins {
		bins[k].Min, bins[k].Max = float64(k)*width, float64(k+1)*width
	}
	for _, w := range s.Waits {
		k := min(int(math.Log10(max(w, 1))/width), n-1)
		bins[k].Weight += 1 / float64(len(s.Waits))
	}
	h := &plotter.Histogram{Bins: bins, Width: width, FillColor: plotutil.Color(0), LineStyle: plotter.DefaultLineStyle}
	h.LineStyle.Color = color.Gray{Y: 60}
	p.Add(h)
	var ticks []plot.Tick
	for d := 0; d <= decades; d++ {
		ticks = append(ticks, plot.Tick{Value: float64(d), Label: decadeLabel(d)})
	}
	p.X.Tick.Marker = plot.ConstantTicks(ticks)
	p.X.Min, p.X.Max = 0, float64(decades)
	p.Y.Min = 0
	return p, nil
}

func decadeLabel(d int) string {
	if d <= 2 {
		return strconv.Itoa(int(math.Pow(10, float64(d)))) + " s"
	}
	return "1e" + strconv.Itoa(d) + " s"
}

// saveTiles draws plots side by side into one PNG.
func saveTiles(path string, w, h vg.Length, plots ...*plot.Plot) error {
	img := vgimg.New(w, h)
	dc := draw.New(img)
	tiles := draw.Tiles{Rows: 1, Cols: len(plots), PadX: vg.Millimeter * 4, PadTop: vg.Millimeter * 2,
		PadBottom: vg.Millimeter * 2, PadLeft: vg.Millimeter * 2, PadRight: vg.Millimeter * 2}
	canvases := plot.Align([][]*plot.Plot{plots}, tiles, dc)
	for i, p := range plots {
		p.Draw(canvases[0][i])
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
