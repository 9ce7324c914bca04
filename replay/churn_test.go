package replay

import (
	"math"
	"strings"
	"testing"

	"github.com/pocogrid/pocogrid/trace"
)

// availability of three nodes over [1000, 1100):
//
//	node 1: up [1000,1040), down [1040,1060), up [1060,1100)
//	node 2: up [1000,1100), but its component 1 is down [1020,1030)
//	node 3: up [1050,1100) only (down before: no interval)
const ftaText = `# test
1	0	1	1	a	1	1000	1040	-1
2	0	1	1	a	0	1040	1060	-1
3	0	1	1	a	1	1060	1100	-1
4	0	2	1	b	1	1000	1100	-1
5	1	2	1	b	0	1020	1030	disk
6	0	3	1	c	1	1050	1100	-1
`

func testSchedule(t *testing.T, t0, offset float64) *schedule {
	t.Helper()
	a, err := trace.ReadFTA(strings.NewReader(ftaText), "test", trace.Strict)
	if err != nil {
		t.Fatal(err)
	}
	s, err := newSchedule(a, t0, offset)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestScheduleStates(t *testing.T) {
	s := testSchedule(t, 500, 0) // trace time 500 = availability time 1000
	if s.period != 100 {
		t.Fatalf("period %v, want 100", s.period)
	}
	for _, tt := range []struct {
		node int
		at   float64 // trace time
		up   bool
	}{
		{0, 500, true}, {0, 539.9, true}, {0, 540, false}, {0, 559, false}, {0, 560, true}, {0, 599, true},
		{1, 500, true}, {1, 520, false}, {1, 529, false}, {1, 530, true},
		{2, 500, false}, {2, 549, false}, {2, 550, true},
		// The trace repeats every 100 s.
		{0, 640, false}, {0, 660 + 1000, true}, {2, 600, false}, {2, 651, true},
	} {
		if got := s.up(tt.node, tt.at); got != tt.up {
			t.Errorf("node %d at %v: up=%v, want %v", tt.node, tt.at, got, tt.up)
		}
	}
	// An offset shifts where the replay starts in the availability trace.
	s2 := testSchedule(t, 0, 45)
	if s2.up(0, 0) || !s2.up(0, 15) || !s2.up(2, 5) || s2.up(2, 55) {
		t.Error("offset 45: node 1 is down at 0 (1045) and up at 15 (1060); node 3 up at 5 (1050), down at 55 (1100=1000)")
	}
}

func TestScheduleNext(t *testing.T) {
	s := testSchedule(t, 0, 0)
	for _, tt := range []struct {
		node int
		t    float64
		cur  bool
		want float64
	}{
		{0, 0, true, 40}, {0, 40, false, 60}, {0, 60, true, 140}, {0, 95, true, 140},
		{1, 0, true, 20}, {1, 20, false, 30}, {1, 30, true, 120},
		// Node 3's down spell wraps around the period end: 0–50 and 100–150.
		{2, 0, false, 50}, {2, 50, true, 100}, {2, 100, false, 150},
		// cur is what the caller applied last: when float rounding puts t
		// just before the boundary it applied, that boundary is skipped.
		{2, 49.999999, true, 100},
	} {
		if got := s.next(tt.node, tt.t, tt.cur); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("next(node %d, %v, up=%v) = %v, want %v", tt.node, tt.t, tt.cur, got, tt.want)
		}
	}
}

func TestChangesInTimeOrder(t *testing.T) {
	s := testSchedule(t, 0, 0)
	nodes := map[int]bool{0: s.up(0, 0), 1: s.up(1, 0), 2: s.up(2, 0)}
	c := newChanges(s, nodes)
	type ev struct {
		t    float64
		node int
		up   bool
	}
	want := []ev{{20, 1, false}, {30, 1, true}, {40, 0, false}, {50, 2, true}, {60, 0, true}, {100, 2, false},
		{120, 1, false}, {130, 1, true}, {140, 0, false}, {150, 2, true}}
	for i, w := range want {
		e, ok := c.peek()
		if !ok {
			t.Fatalf("event %d: queue empty", i)
		}
		c.pop()
		if math.Abs(e.t-w.t) > 1e-9 || e.node != w.node || e.up != w.up {
			t.Fatalf("event %d = %+v, want %+v", i, e, w)
		}
	}
}

func TestScheduleConstantNode(t *testing.T) {
	a := &trace.Availability{Nodes: []trace.NodeAvailability{
		{NodeID: "1", Intervals: []trace.Interval{{Start: 0, End: 10, Available: true}}},
		{NodeID: "2", Intervals: []trace.Interval{{Start: 0, End: 5, Available: true}, {Start: 5, End: 10, Available: false}}},
	}}
	s, err := newSchedule(a, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !math.IsInf(s.next(0, 3, true), 1) {
		t.Error("an always-available node never changes")
	}
	c := newChanges(s, map[int]bool{0: true, 1: true})
	e, _ := c.peek()
	if e.node != 1 || e.t != 5 || e.up {
		t.Fatalf("first change %+v, want node 1 down at 5", e)
	}
	if _, err := newSchedule(&trace.Availability{Nodes: []trace.NodeAvailability{{NodeID: "x"}}}, 0, 0); err == nil {
		t.Error("an availability trace without intervals has no span")
	}
}

func TestFixtureSchedule(t *testing.T) {
	a, err := trace.ReadFTAFile("testdata/churn.tab", trace.Strict)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Nodes) != 8 {
		t.Fatalf("fixture has %d nodes, want 8", len(a.Nodes))
	}
	s, err := newSchedule(a, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Nodes 3 and 7 (indexes 2 and 6) start unavailable; every node changes
	// state during the first hour.
	for n := range 8 {
		want := n != 2 && n != 6
		if s.up(n, 0) != want {
			t.Errorf("node index %d at 0: up=%v, want %v", n, !want, want)
		}
		if next := s.next(n, 0, s.up(n, 0)); !(next > 0 && next < 3600) {
			t.Errorf("node index %d: first change at %v, want within the first hour", n, next)
		}
	}
	// Node 5's component 1 fails inside component 0's available spell.
	if s.up(4, 1600) {
		t.Error("node 5 at 1600 s: a failed component makes the node unavailable")
	}
}
