package clock

import (
	"testing"
	"time"
)

func TestManualRunsDueTimersInOrder(t *testing.T) {
	m := NewManual(time.Unix(1000, 0))
	var got []int
	m.AfterFunc(3*time.Second, func() { got = append(got, 3) })
	m.AfterFunc(1*time.Second, func() { got = append(got, 1) })
	stop := m.AfterFunc(2*time.Second, func() { got = append(got, 2) })
	if !stop() {
		t.Fatal("stop of a pending timer reported false")
	}
	m.Advance(5 * time.Second)
	if len(got) != 2 || got[0] != 1 || got[1] != 3 {
		t.Fatalf("fired %v, want [1 3]", got)
	}
	if m.Now() != time.Unix(1005, 0) {
		t.Fatalf("now %v", m.Now())
	}
}

func TestScaledRunsFaster(t *testing.T) {
	origin := time.Unix(0, 0)
	s := NewScaled(origin, 1000)
	done := make(chan struct{})
	s.AfterFunc(10*time.Second, func() { close(done) }) // 10 ms of wall time
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("a 10 s timer at 1000x did not fire within 5 s of wall time")
	}
	if s.Now().Sub(origin) < 10*time.Second {
		t.Fatalf("scaled clock at %v after its timer fired", s.Now().Sub(origin))
	}
}
