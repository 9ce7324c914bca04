package replay

import (
	"sync/atomic"
	"time"

	"github.com/pocogrid/pocogrid/clock"
)

// Epoch is the instant trace time 0 stands for on the pool's clock (task
// start times and deadlines are Unix seconds): 2001-09-09T01:46:40Z.
var Epoch = time.Unix(1_000_000_000, 0).UTC()

// minTimer is the shortest wall delay of a timer on the trace clock. The
// pool ticks every second of its clock (parked-request expiry); at a
// speedup of 10⁵ that would be every 10 µs of wall time, each tick
// scanning every parked work request.
const minTimer = 20 * time.Millisecond

// traceClock is the pool's clock: trace time, running speedup× faster than
// wall time once started (frozen at the start time before). Its timers fire
// after d/speedup of wall time, but never sooner than minTimer, which is
// sound for every pool timer: each re-checks the time when it fires.
type traceClock struct {
	speedup float64
	t0      float64 // trace time at start
	scaled  atomic.Pointer[clock.Scaled]
}

var _ clock.Clock = (*traceClock)(nil)

func newTraceClock(speedup, t0 float64) *traceClock {
	return &traceClock{speedup: speedup, t0: t0}
}

// start lets trace time run from t0.
func (c *traceClock) start() {
	c.scaled.Store(clock.NewScaled(traceInstant(c.t0), c.speedup))
}

func (c *traceClock) Now() time.Time {
	if s := c.scaled.Load(); s != nil {
		return s.Now()
	}
	return traceInstant(c.t0)
}

func (c *traceClock) AfterFunc(d time.Duration, f func()) func() bool {
	wall := time.Duration(float64(d) / c.speedup)
	return time.AfterFunc(max(wall, minTimer), f).Stop
}

// Trace is the current trace time in seconds.
func (c *traceClock) Trace() float64 { return traceSeconds(c.Now()) }

// wall is the wall duration of dt trace seconds.
func (c *traceClock) wall(dt float64) time.Duration {
	return time.Duration(dt / c.speedup * float64(time.Second))
}

// traced is the trace duration, in seconds, of a wall duration.
func (c *traceClock) traced(d time.Duration) float64 { return d.Seconds() * c.speedup }

func traceInstant(t float64) time.Time {
	return Epoch.Add(time.Duration(t * float64(time.Second)))
}

func traceSeconds(t time.Time) float64 { return t.Sub(Epoch).Seconds() }
