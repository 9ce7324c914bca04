package replay

import (
	"container/heap"
	"errors"
	"math"
	"sort"

	"github.com/pocogrid/pocogrid/trace"
)

// schedule is an availability trace made periodic and aligned with the
// replay: the state of each node at any trace time, and when it changes.
type schedule struct {
	nodes  []nodeSchedule
	period float64 // span of the availability trace, seconds
	// phase is the position in the availability trace at trace time t0.
	phase float64
	t0    float64
}

// nodeSchedule is one node over one period: from at[k] (seconds after the
// availability trace's first event) until at[k+1] (or the period's end) the
// node is up[k]. at[0] is 0; consecutive states differ.
type nodeSchedule struct {
	at []float64
	up []bool
}

// newSchedule builds the schedule of a, with t0 (trace time) falling offset
// seconds after a's earliest event.
func newSchedule(a *trace.Availability, t0, offset float64) (*schedule, error) {
	first, last := math.Inf(1), math.Inf(-1)
	for _, n := range a.Nodes {
		for _, iv := range n.Intervals {
			first = min(first, iv.Start)
			last = max(last, iv.End)
		}
	}
	if !(last > first) {
		return nil, errors.New("replay: the availability trace spans no time")
	}
	s := &schedule{period: last - first, t0: t0}
	s.phase = math.Mod(offset, s.period)
	s.nodes = make([]nodeSchedule, len(a.Nodes))
	for i, n := range a.Nodes {
		s.nodes[i] = nodeScheduleOf(n, first, s.period)
	}
	return s, nil
}

func nodeScheduleOf(n trace.NodeAvailability, first, period float64) nodeSchedule {
	points := []float64{0}
	for _, iv := range n.Intervals {
		for _, t := range []float64{iv.Start - first, iv.End - first} {
			if t > 0 && t < period {
				points = append(points, t)
			}
		}
	}
	sort.Float64s(points)
	var ns nodeSchedule
	for i, t := range points {
		if i > 0 && t == points[i-1] {
			continue
		}
		up := n.AvailableAt(first + t)
		if len(ns.up) > 0 && ns.up[len(ns.up)-1] == up {
			continue
		}
		ns.at = append(ns.at, t)
		ns.up = append(ns.up, up)
	}
	return ns
}

// pos is trace time t as a position within the period.
func (s *schedule) pos(t float64) float64 {
	p := math.Mod(s.phase+(t-s.t0), s.period)
	if p < 0 {
		p += s.period
	}
	return p
}

// index is the step of ns that holds position p.
func (ns *nodeSchedule) index(p float64) int {
	return sort.Search(len(ns.at), func(k int) bool { return ns.at[k] > p }) - 1
}

// up reports whether node is available at trace time t.
func (s *schedule) up(node int, t float64) bool {
	ns := &s.nodes[node]
	return ns.up[ns.index(s.pos(t))]
}

// next is the first trace time after t at which node's state differs from
// cur, or +Inf when it never does.
func (s *schedule) next(node int, t float64, cur bool) float64 {
	ns := &s.nodes[node]
	if len(ns.at) == 1 {
		if ns.up[0] == cur {
			return math.Inf(1)
		}
		return t
	}
	p := s.pos(t)
	k := ns.index(p)
	elapsed := 0.0 // trace time from t to the boundary at step k+1
	// Every state appears within one period, so two periods' worth of
	// steps always find the change.
	for range 2*len(ns.at) + 2 {
		k++
		var boundary float64
		if k == len(ns.at) {
			k = 0
			boundary = s.period
		} else {
			boundary = ns.at[k]
		}
		elapsed += boundary - p
		p = ns.at[k]
		if ns.up[k] != cur {
			return t + max(elapsed, 0)
		}
	}
	return math.Inf(1)
}

// churnEvent is a node's next change.
type churnEvent struct {
	t    float64
	node int
	up   bool
}

type churnQueue []churnEvent

func (q churnQueue) Len() int { return len(q) }
func (q churnQueue) Less(i, j int) bool {
	if q[i].t != q[j].t {
		return q[i].t < q[j].t
	}
	return q[i].node < q[j].node
}
func (q churnQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *churnQueue) Push(x any)   { *q = append(*q, x.(churnEvent)) }
func (q *churnQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

// changes yields the node state changes after t0 in time order; nodes
// lists the nodes to follow with their state at t0.
type changes struct {
	s *schedule
	q churnQueue
}

func newChanges(s *schedule, nodes map[int]bool) *changes {
	c := &changes{s: s}
	for n, up := range nodes {
		if t := s.next(n, s.t0, up); !math.IsInf(t, 1) {
			c.q = append(c.q, churnEvent{t: t, node: n, up: !up})
		}
	}
	heap.Init(&c.q)
	return c
}

// peek returns the next change without consuming it.
func (c *changes) peek() (churnEvent, bool) {
	if len(c.q) == 0 {
		return churnEvent{}, false
	}
	return c.q[0], true
}

// pop consumes the next change and schedules the node's following one.
func (c *changes) pop() churnEvent {
	e := heap.Pop(&c.q).(churnEvent)
	// The following change is strictly later: a node stays in a state for
	// a positive time.
	if t := c.s.next(e.node, e.t, e.up); !math.IsInf(t, 1) {
		heap.Push(&c.q, churnEvent{t: max(t, math.Nextafter(e.t, math.Inf(1))), node: e.node, up: !e.up})
	}
	return e
}
