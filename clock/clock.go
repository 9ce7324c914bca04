// Package clock is how time enters pocogrid: the protocol core takes
// timestamps, actors take them from a Clock, so a replay can run the protocol
// faster than real time where that is sound.
package clock

import (
	"sort"
	"sync"
	"time"
)

// Clock tells the time and schedules callbacks.
type Clock interface {
	Now() time.Time
	// AfterFunc calls f once d of this clock's time has passed; stop cancels.
	AfterFunc(d time.Duration, f func()) (stop func() bool)
}

// Real is the wall clock.
type Real struct{}

func (Real) Now() time.Time { return time.Now() }

func (Real) AfterFunc(d time.Duration, f func()) func() bool {
	return time.AfterFunc(d, f).Stop
}

// Scaled runs Speedup times faster than the wall clock, starting at Origin.
type Scaled struct {
	origin  time.Time
	started time.Time
	speedup float64
}

// NewScaled returns a clock reading origin now and advancing speedup× faster.
func NewScaled(origin time.Time, speedup float64) *Scaled {
	if speedup <= 0 {
		speedup = 1
	}
	return &Scaled{origin: origin, started: time.Now(), speedup: speedup}
}

func (s *Scaled) Now() time.Time {
	return s.origin.Add(time.Duration(float64(time.Since(s.started)) * s.speedup))
}

func (s *Scaled) AfterFunc(d time.Duration, f func()) func() bool {
	return time.AfterFunc(time.Duration(float64(d)/s.speedup), f).Stop
}

// Speedup is the factor over wall time.
func (s *Scaled) Speedup() float64 { return s.speedup }

// Manual is a clock that moves only when told, for tests.
type Manual struct {
	mu     sync.Mutex
	now    time.Time
	timers []*manualTimer
}

type manualTimer struct {
	at      time.Time
	f       func()
	stopped bool
}

// NewManual returns a manual clock reading t.
func NewManual(t time.Time) *Manual { return &Manual{now: t} }

func (m *Manual) Now() time.Time {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.now
}

func (m *Manual) AfterFunc(d time.Duration, f func()) func() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	t := &manualTimer{at: m.now.Add(d), f: f}
	m.timers = append(m.timers, t)
	return func() bool {
		m.mu.Lock()
		defer m.mu.Unlock()
		was := !t.stopped
		t.stopped = true
		return was
	}
}

// Advance moves the clock and runs the timers that came due, in order.
func (m *Manual) Advance(d time.Duration) {
	m.mu.Lock()
	m.now = m.now.Add(d)
	var due, rest []*manualTimer
	for _, t := range m.timers {
		switch {
		case t.stopped:
		case !t.at.After(m.now):
			t.stopped = true
			due = append(due, t)
		default:
			rest = append(rest, t)
		}
	}
	m.timers = rest
	m.mu.Unlock()
	sort.SliceStable(due, func(i, j int) bool { return due[i].at.Before(due[j].at) })
	for _, t := range due {
		t.f()
	}
}
