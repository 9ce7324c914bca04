package replay

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/pocogrid/pocogrid/messages"
)

// watchEvery is the progress line's and the memory sampler's period.
const watchEvery = 250 * time.Millisecond

// memPeak tracks the peak of the Go heap and of all Go-runtime memory.
type memPeak struct {
	heap, total uint64
	samples     []metrics.Sample
}

func (m *memPeak) sample() {
	if m.samples == nil {
		m.samples = []metrics.Sample{
			{Name: "/memory/classes/heap/objects:bytes"},
			{Name: "/memory/classes/total:bytes"},
		}
	}
	metrics.Read(m.samples)
	if s := m.samples[0]; s.Value.Kind() == metrics.KindUint64 {
		m.heap = max(m.heap, s.Value.Uint64())
	}
	if s := m.samples[1]; s.Value.Kind() == metrics.KindUint64 {
		m.total = max(m.total, s.Value.Uint64())
	}
}

// liveHeap is the live heap after a full collection.
func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// peakRSS is the process's peak resident set (Linux VmHWM), 0 elsewhere.
func peakRSS() uint64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				return 0
			}
			return kb << 10
		}
	}
	return 0
}

// watch samples memory and prints the progress line until stopped.
func watch(o *Options, p *plan, clk *traceClock, rec *recorder, fl *fleet, mem *memPeak, wallStart time.Time, stop <-chan struct{}) {
	t := time.NewTicker(watchEvery)
	defer t.Stop()
	lastLen := 0
	print := func(final bool) {
		if o.Progress == nil {
			return
		}
		line := progressLine(progressState{
			jobs: len(p.jobs), done: int(rec.doneN.Load()), failed: int(rec.failedN.Load()),
			certified: int(rec.certified.Load()), tasks: p.tasks,
			sim: clk.Trace() - p.start, span: p.end - p.start,
			wall: time.Since(wallStart), speedup: o.Speedup,
			up: int(fl.upN.Load()), workers: len(fl.slots),
		})
		pad := strings.Repeat(" ", max(lastLen-len(line), 0))
		lastLen = len(line)
		end := ""
		if final {
			end = "\n"
		}
		fmt.Fprintf(o.Progress, "\r%s%s%s", line, pad, end)
	}
	for {
		select {
		case <-stop:
			mem.sample()
			print(true)
			return
		case <-t.C:
			mem.sample()
			print(false)
		}
	}
}

type progressState struct {
	jobs, done, failed, certified, tasks int
	sim, span                            float64 // trace seconds since the first submit; submit span
	wall                                 time.Duration
	speedup                              float64
	up, workers                          int
}

// progressLine renders the live progress bar: jobs done, simulated time,
// ETA. The ETA is the larger of the time left to the last submit at this
// speedup and the time the jobs left take at the rate so far.
func progressLine(s progressState) string {
	const width = 24
	frac := 0.0
	if s.jobs > 0 {
		frac = float64(s.done) / float64(s.jobs)
	}
	filled := min(int(frac*width), width)
	bar := strings.Repeat("=", filled)
	if filled < width {
		bar += ">" + strings.Repeat(" ", width-filled-1)
	}
	eta := "?"
	if s.done >= s.jobs {
		eta = "0s"
	} else if s.done > 0 && s.wall > 0 {
		byRate := time.Duration(float64(s.wall) * float64(s.jobs-s.done) / float64(s.done))
		bySubmit := time.Duration(max(s.span-s.sim, 0) / s.speedup * float64(time.Second))
		eta = fmtWall(max(byRate, bySubmit))
	}
	return fmt.Sprintf("replay [%s] %d/%d jobs (%d failed), %d/%d tasks certified | sim %s of %s | wall %s | ETA %s | %d/%d workers up",
		bar, s.done, s.jobs, s.failed, s.certified, s.tasks, fmtSim(s.sim), fmtSim(s.span), fmtWall(s.wall), eta, s.up, s.workers)
}

// fmtSim formats trace seconds as 3d04h05m, 4h05m06s or 5m06s.
func fmtSim(sec float64) string {
	if math.IsNaN(sec) || sec < 0 {
		sec = 0
	}
	s := int64(sec)
	d, h, m := s/86400, s%86400/3600, s%3600/60
	switch {
	case d > 0:
		return fmt.Sprintf("%dd%02dh%02dm", d, h, m)
	case h > 0:
		return fmt.Sprintf("%dh%02dm%02ds", h, m, s%60)
	}
	return fmt.Sprintf("%dm%02ds", m, s%60)
}

func fmtWall(d time.Duration) string {
	if d >= time.Minute {
		return d.Round(time.Second).String()
	}
	return d.Round(100 * time.Millisecond).String()
}

// churnLog records the number of workers up over trace time.
type churnLog struct {
	mu      sync.Mutex
	workers int
	t       []float64
	up      []int
}

func newChurnLog(workers, up int, t0 float64) *churnLog {
	return &churnLog{workers: workers, t: []float64{t0}, up: []int{up}}
}

func (c *churnLog) add(t float64, delta int) {
	c.mu.Lock()
	c.t = append(c.t, t)
	c.up = append(c.up, c.up[len(c.up)-1]+delta)
	c.mu.Unlock()
}

// digestStore keeps certified digests but drops result files: a replay
// certifies hundreds of thousands of results nobody reads.
type digestStore struct {
	mu sync.Mutex
	m  map[[32]byte][32]byte
}

func newDigestStore() *digestStore { return &digestStore{m: map[[32]byte][32]byte{}} }

func (s *digestStore) Put(id, digest [32]byte, _ []*messages.ResultFile) error {
	s.mu.Lock()
	s.m[id] = digest
	s.mu.Unlock()
	return nil
}

func (s *digestStore) Get(id [32]byte) ([32]byte, []*messages.ResultFile, bool, error) {
	s.mu.Lock()
	d, ok := s.m[id]
	s.mu.Unlock()
	return d, nil, ok, nil
}
