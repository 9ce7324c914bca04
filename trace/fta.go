package trace

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Interval is one event of a node: from Start to End (seconds, half-open
// [Start, End)) the node was available or not.
type Interval struct {
	Start, End float64
	Available  bool
}

// NodeAvailability is the availability history of one node.
type NodeAvailability struct {
	NodeID string // the FTA node_id column
	Name   string // the first node_name seen for the node other than -1; may be empty
	// Intervals sorted by Start, then End, then file order. Intervals of
	// one node may overlap (FTA records events per component).
	Intervals []Interval

	// ends[i] is the largest End of Intervals[:i+1]; built by ReadFTA.
	ends []float64
}

// AvailableAt reports whether the node was available at time t: some
// available interval contains t and no unavailable interval does (an
// unavailable component makes the node unavailable). Outside every
// interval the node is unavailable.
//
// It takes O(log n) for nodes read by ReadFTA whose intervals do not
// overlap. Treat Intervals as read-only: if their number changes AvailableAt
// falls back to a linear scan, which needs them sorted by Start.
func (n NodeAvailability) AvailableAt(t float64) bool {
	iv := n.Intervals
	i := sort.Search(len(iv), func(i int) bool { return iv[i].Start > t })
	indexed := len(n.ends) == len(iv)
	avail := false
	for k := i - 1; k >= 0; k-- {
		if indexed && n.ends[k] <= t {
			break
		}
		if t < iv[k].End {
			if !iv[k].Available {
				return false
			}
			avail = true
		}
	}
	return avail
}

// Availability is the result of reading an FTA event trace.
type Availability struct {
	Nodes   []NodeAvailability // sorted by NodeID, numerically where both are integers
	Skipped int                // malformed lines skipped (Lenient mode)
	Errors  []error            // the first MaxErrors of them, each a *ParseError
	Source  string             // the name given to the reader
}

// Node returns the node with the given id.
func (a *Availability) Node(id string) (NodeAvailability, bool) {
	i := sort.Search(len(a.Nodes), func(i int) bool { return !nodeLess(a.Nodes[i].NodeID, id) })
	if i < len(a.Nodes) && a.Nodes[i].NodeID == id {
		return a.Nodes[i], true
	}
	return NodeAvailability{}, false
}

// nodeLess orders node ids: integers numerically and before other ids,
// which sort as strings.
func nodeLess(a, b string) bool {
	na, ea := strconv.ParseInt(a, 10, 64)
	nb, eb := strconv.ParseInt(b, 10, 64)
	switch {
	case ea == nil && eb == nil:
		if na != nb {
			return na < nb
		}
		return a < b // equal numbers ("9", "09"): by text
	case ea == nil:
		return true
	case eb == nil:
		return false
	}
	return a < b
}

// FTA event_trace.tab columns (0-based).
const (
	ftaEventID = iota
	ftaComponentID
	ftaNodeID
	ftaPlatformID
	ftaNodeName
	ftaEventType
	ftaStart
	ftaStop
	ftaEndReason
	ftaFields
)

// ftaEvent is one parsed row.
type ftaEvent struct {
	node, name string
	iv         Interval
}

// splitFTA returns the first 8 fields of an FTA row; event_end_reason (the
// 9th, optional) may contain blanks and is not interpreted.
func splitFTA(text string, f []string) ([]string, error) {
	if len(f) == ftaFields-1 || len(f) == ftaFields {
		return f, nil
	}
	if strings.Contains(text, "\t") {
		if tf := splitTabs(text); len(tf) == ftaFields-1 || len(tf) == ftaFields {
			return tf, nil
		}
	}
	if len(f) > ftaFields {
		return f, nil // blanks in event_end_reason
	}
	return nil, errFieldCount("8 or 9", len(f))
}

func parseFTARow(text string, f []string) (ftaEvent, error) {
	f, err := splitFTA(text, f)
	if err != nil {
		return ftaEvent{}, err
	}
	ev := ftaEvent{node: f[ftaNodeID], name: f[ftaNodeName]}
	if ev.node == "-1" {
		return ev, errors.New("field 3 (node_id): unknown (-1)")
	}
	switch f[ftaEventType] {
	case "1":
		ev.iv.Available = true
	case "0":
	default:
		return ev, fmt.Errorf("field 6 (event_type): want 1 (available) or 0 (unavailable), got %q", f[ftaEventType])
	}
	if ev.iv.Start, err = parseNum(f[ftaStart], "field 7 (event_start_time)"); err != nil {
		return ev, err
	}
	if ev.iv.End, err = parseNum(f[ftaStop], "field 8 (event_stop_time)"); err != nil {
		return ev, err
	}
	switch {
	case ev.iv.Start == Unknown:
		return ev, errors.New("field 7 (event_start_time): unknown (-1)")
	case ev.iv.End == Unknown:
		return ev, errors.New("field 8 (event_stop_time): unknown (-1)")
	case ev.iv.End < ev.iv.Start:
		return ev, fmt.Errorf("event ends (%s) before it starts (%s)", f[ftaStop], f[ftaStart])
	}
	return ev, nil
}

// ReadFTA reads a Failure Trace Archive event_trace.tab file, plain or
// gzip'd, with the same modes and error rules as ReadSWF.
//
// Columns: event_id, component_id, node_id, platform_id, node_name,
// event_type (1 available, 0 unavailable), event_start_time,
// event_stop_time, event_end_reason (optional, may contain blanks, not
// interpreted). Rows are grouped by node_id. A row is malformed when
// node_id is -1, event_type is not 0 or 1, a time is unknown (-1) or
// negative, or the event stops before it starts. Times are kept in the
// trace's unit (seconds in the FTA).
func ReadFTA(r io.Reader, name string, mode Mode) (*Availability, error) {
	a := &Availability{Source: name}
	idx := map[string]int{}
	var err error
	a.Skipped, a.Errors, err = readRows(r, name, mode, func(text string, f []string) error {
		ev, err := parseFTARow(text, f)
		if err != nil {
			return err
		}
		i, ok := idx[ev.node]
		if !ok {
			i = len(a.Nodes)
			idx[ev.node] = i
			a.Nodes = append(a.Nodes, NodeAvailability{NodeID: ev.node})
		}
		n := &a.Nodes[i]
		if n.Name == "" && ev.name != "-1" {
			n.Name = ev.name
		}
		n.Intervals = append(n.Intervals, ev.iv)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(a.Nodes, func(i, j int) bool { return nodeLess(a.Nodes[i].NodeID, a.Nodes[j].NodeID) })
	for i := range a.Nodes {
		n := &a.Nodes[i]
		sort.SliceStable(n.Intervals, func(x, y int) bool {
			p, q := n.Intervals[x], n.Intervals[y]
			if p.Start != q.Start {
				return p.Start < q.Start
			}
			return p.End < q.End
		})
		n.ends = make([]float64, len(n.Intervals))
		end := 0.0
		for k, iv := range n.Intervals {
			end = max(end, iv.End)
			n.ends[k] = end
		}
	}
	return a, nil
}

// ReadFTAFile is ReadFTA on the file at path; errors name the path.
func ReadFTAFile(path string, mode Mode) (*Availability, error) {
	var a *Availability
	err := openFile(path, func(r io.Reader, name string) (err error) {
		a, err = ReadFTA(r, name, mode)
		return err
	})
	return a, err
}
