package gpu

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Request is what a replica asks of a node's GPUs.
type Request struct {
	Count      int    `json:"count"`
	MinMemory  uint64 `json:"min_memory_bytes,omitempty"` // per GPU (or per MIG device)
	Model      string `json:"model,omitempty"`            // case-insensitive substring of the GPU name
	MinCompute string `json:"min_compute,omitempty"`      // e.g. "8.0"
	MIG        bool   `json:"mig,omitempty"`              // MIG devices instead of whole GPUs
}

// Allocation is a set of GPUs (or MIG devices) held by one owner, usually a
// replica. UUIDs is exactly what CUDA_VISIBLE_DEVICES should list.
type Allocation struct {
	ID    string   `json:"id"`
	Owner string   `json:"owner"`
	UUIDs []string `json:"uuids"`
	MIG   bool     `json:"mig,omitempty"`
}

// HealthChange reports a GPU or MIG device that has just turned unhealthy
// and the allocations it breaks.
type HealthChange struct {
	UUID          string   `json:"uuid"`
	Index         int      `json:"index"`
	Reason        string   `json:"reason"`
	Owners        []string `json:"owners,omitempty"`
	AllocationIDs []string `json:"allocation_ids,omitempty"`
}

var (
	// ErrInvalidRequest: the request itself is malformed.
	ErrInvalidRequest = errors.New("gpu: invalid request")
	// ErrNoMatch: no set of this node's GPUs can ever satisfy the request.
	ErrNoMatch = errors.New("gpu: no matching GPUs on this node")
	// ErrNoCapacity: matching GPUs exist but too few are free and healthy now.
	ErrNoCapacity = errors.New("gpu: not enough free GPUs")
	// ErrUnknownAllocation: Release of an ID this allocator never handed out
	// or has already released.
	ErrUnknownAllocation = errors.New("gpu: unknown allocation")
)

const maxRequestCount = 1024

// Allocator hands out whole GPUs or MIG devices, never one twice. It is
// safe for concurrent use and does no I/O: the GPUActor feeds it probes and
// health events.
type Allocator struct {
	mu     sync.Mutex
	gpus   []*gpuSlot // ordered by index
	allocs map[string]*Allocation
	seq    uint64
}

type gpuSlot struct {
	info      Info
	alloc     string // ID of the allocation holding the whole GPU
	unhealthy string // sticky: a GPU that failed once stays out
	migs      []*migSlot
}

type migSlot struct {
	info      MIGInfo
	parent    *gpuSlot
	alloc     string
	unhealthy string
	gone      bool // no longer probed; kept only until its owner releases it
}

// NewAllocator starts from a probe's result (nil is fine; see Update).
func NewAllocator(infos []Info) *Allocator {
	a := &Allocator{allocs: map[string]*Allocation{}}
	a.Update(infos)
	return a
}

// Update takes a fresh probe. Metrics are replaced; health only gets
// worse: a GPU the prober reports unhealthy, or that is no longer reported
// at all, is marked unhealthy and its owners are returned.
func (a *Allocator) Update(infos []Info) []HealthChange {
	a.mu.Lock()
	defer a.mu.Unlock()
	var changes []HealthChange
	seen := map[string]bool{}
	for _, in := range infos {
		seen[in.UUID] = true
		g := a.gpuLocked(in.UUID)
		if g == nil {
			g = &gpuSlot{}
			a.gpus = append(a.gpus, g)
		}
		g.info = in
		g.info.MIGInstances = nil
		g.migs = mergeMIG(g, in.MIGInstances)
		if !in.Healthy {
			changes = a.appendChange(changes, in.UUID, orDefault(in.UnhealthyReason, "reported unhealthy"))
		}
		for _, m := range in.MIGInstances {
			if !m.Healthy {
				changes = a.appendChange(changes, m.UUID, orDefault(m.UnhealthyReason, "reported unhealthy"))
			}
		}
	}
	for _, g := range a.gpus {
		if !seen[g.info.UUID] {
			changes = a.appendChange(changes, g.info.UUID, "no longer reported by the driver")
		}
	}
	sort.SliceStable(a.gpus, func(i, j int) bool { return a.gpus[i].info.Index < a.gpus[j].info.Index })
	return changes
}

// mergeMIG replaces a GPU's MIG devices with the probed ones, keeping the
// allocation and health of devices it already knew. A device that vanished
// while allocated is kept (unhealthy) until its owner releases it.
func mergeMIG(g *gpuSlot, probed []MIGInfo) []*migSlot {
	old := map[string]*migSlot{}
	for _, m := range g.migs {
		old[m.info.UUID] = m
	}
	var out []*migSlot
	for _, in := range probed {
		m := old[in.UUID]
		if m == nil {
			m = &migSlot{parent: g}
		}
		delete(old, in.UUID)
		m.info = in
		out = append(out, m)
	}
	for _, m := range g.migs {
		if _, vanished := old[m.info.UUID]; vanished && m.alloc != "" {
			m.gone = true
			if m.unhealthy == "" {
				m.unhealthy = "MIG device no longer reported by the driver"
			}
			out = append(out, m)
		}
	}
	return out
}

func (a *Allocator) appendChange(changes []HealthChange, uuid, reason string) []HealthChange {
	if c, changed := a.markLocked(uuid, reason); changed {
		changes = append(changes, c)
	}
	return changes
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// MarkUnhealthy takes a GPU or MIG device (by UUID) out of service for good,
// recording reason, and returns the owners of the allocations that use it:
// their replicas must fail. A GPU takes its MIG devices with it. Marking an
// already unhealthy device again returns the same owners; an unknown UUID
// returns none.
func (a *Allocator) MarkUnhealthy(uuid, reason string) (owners []string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	c, _ := a.markLocked(uuid, reason)
	return c.Owners
}

// markUnhealthy is MarkUnhealthy that also says whether the device was
// healthy until now.
func (a *Allocator) markUnhealthy(uuid, reason string) (HealthChange, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.markLocked(uuid, reason)
}

// memoryOf is the memory of a GPU or MIG device, 0 when unknown.
func (a *Allocator) memoryOf(uuid string) uint64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	if g := a.gpuLocked(uuid); g != nil {
		return g.info.MemoryTotal
	}
	if m := a.migLocked(uuid); m != nil {
		return m.info.MemoryTotal
	}
	return 0
}

func (a *Allocator) markLocked(uuid, reason string) (HealthChange, bool) {
	if g := a.gpuLocked(uuid); g != nil {
		changed := g.unhealthy == ""
		if changed {
			g.unhealthy = reason
		}
		ids := []string{g.alloc}
		for _, m := range g.migs {
			ids = append(ids, m.alloc)
		}
		return a.change(uuid, g.info.Index, g.unhealthy, ids), changed
	}
	if m := a.migLocked(uuid); m != nil {
		changed := m.unhealthy == ""
		if changed {
			m.unhealthy = reason
		}
		return a.change(uuid, m.parent.info.Index, m.unhealthy, []string{m.alloc}), changed
	}
	return HealthChange{UUID: uuid, Index: -1, Reason: reason}, false
}

func (a *Allocator) change(uuid string, index int, reason string, ids []string) HealthChange {
	c := HealthChange{UUID: uuid, Index: index, Reason: reason}
	for _, id := range ids {
		if al := a.allocs[id]; al != nil && !slices.Contains(c.AllocationIDs, id) {
			c.AllocationIDs = append(c.AllocationIDs, id)
			if !slices.Contains(c.Owners, al.Owner) {
				c.Owners = append(c.Owners, al.Owner)
			}
		}
	}
	sort.Strings(c.AllocationIDs)
	sort.Strings(c.Owners)
	return c
}

func (a *Allocator) gpuLocked(uuid string) *gpuSlot {
	for _, g := range a.gpus {
		if g.info.UUID == uuid {
			return g
		}
	}
	return nil
}

func (a *Allocator) migLocked(uuid string) *migSlot {
	for _, g := range a.gpus {
		for _, m := range g.migs {
			if m.info.UUID == uuid {
				return m
			}
		}
	}
	return nil
}

// Allocate reserves r.Count healthy, free GPUs (or MIG devices when r.MIG)
// that match r. Among the candidates it takes the smallest memory first,
// then the lowest index, keeping big GPUs for the requests that need them.
// The error wraps ErrInvalidRequest, ErrNoMatch or ErrNoCapacity and says
// why, as Explain does.
func (a *Allocator) Allocate(owner string, r Request) (Allocation, error) {
	if err := r.Validate(); err != nil {
		return Allocation{}, err
	}
	if owner == "" {
		return Allocation{}, fmt.Errorf("%w: no owner", ErrInvalidRequest)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	f := a.filterLocked(r)
	if len(f.survivors) < r.Count {
		if f.busy(r) {
			return Allocation{}, fmt.Errorf("%w: %s", ErrNoCapacity, f.explain(r))
		}
		return Allocation{}, fmt.Errorf("%w: %s", ErrNoMatch, f.explain(r))
	}
	units := f.survivors
	sort.SliceStable(units, func(i, j int) bool { return units[i].memory() < units[j].memory() })
	a.seq++
	al := &Allocation{ID: fmt.Sprintf("gpualloc-%d", a.seq), Owner: owner, MIG: r.MIG}
	for _, u := range units[:r.Count] {
		if u.mig != nil {
			u.mig.alloc = al.ID
		} else {
			u.gpu.alloc = al.ID
		}
		al.UUIDs = append(al.UUIDs, u.uuid())
	}
	a.allocs[al.ID] = al
	return cloneAllocation(al), nil
}

// Release frees an allocation.
func (a *Allocator) Release(id string) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.allocs[id] == nil {
		return fmt.Errorf("%w %q", ErrUnknownAllocation, id)
	}
	delete(a.allocs, id)
	for _, g := range a.gpus {
		if g.alloc == id {
			g.alloc = ""
		}
		g.migs = slices.DeleteFunc(g.migs, func(m *migSlot) bool {
			if m.alloc != id {
				return false
			}
			m.alloc = ""
			return m.gone

		})
	}
	return nil
}

// ReleaseOwner frees every allocation of owner and returns their IDs.
func (a *Allocator) ReleaseOwner(owner string) []string {
	a.mu.Lock()
	var ids []string
	for id, al := range a.allocs {
		if al.Owner == owner {
			ids = append(ids, id)
		}
	}
	a.mu.Unlock()
	sort.Strings(ids)
	for _, id := range ids {
		_ = a.Release(id)
	}
	return ids
}

// Allocations lists the live allocations, ordered by ID.
func (a *Allocator) Allocations() []Allocation {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := make([]Allocation, 0, len(a.allocs))
	for _, al := range a.allocs {
		out = append(out, cloneAllocation(al))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Get returns one live allocation.
func (a *Allocator) Get(id string) (Allocation, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	al, ok := a.allocs[id]
	if !ok {
		return Allocation{}, false
	}
	return cloneAllocation(al), true
}

// Infos returns the last probe with the allocator's health verdicts merged
// in (a GPU marked unhealthy by an event shows Healthy false and why).
func (a *Allocator) Infos() []Info {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := make([]Info, 0, len(a.gpus))
	for _, g := range a.gpus {
		in := g.info
		in.MIGInstances = nil
		if g.unhealthy != "" {
			in.Healthy, in.UnhealthyReason = false, g.unhealthy
		}
		for _, m := range g.migs {
			mi := m.info
			if m.unhealthy != "" {
				mi.Healthy, mi.UnhealthyReason = false, m.unhealthy
			}
			in.MIGInstances = append(in.MIGInstances, mi)
		}
		out = append(out, in)
	}
	return out
}

func cloneAllocation(al *Allocation) Allocation {
	c := *al
	c.UUIDs = slices.Clone(al.UUIDs)
	return c
}

// Validate checks a request's shape; it does not look at any GPU.
func (r Request) Validate() error {
	if r.Count < 1 || r.Count > maxRequestCount {
		return fmt.Errorf("%w: count %d must be 1..%d", ErrInvalidRequest, r.Count, maxRequestCount)
	}
	if r.MinCompute != "" {
		if _, _, ok := parseCompute(r.MinCompute); !ok {
			return fmt.Errorf("%w: compute capability %q is not MAJOR.MINOR", ErrInvalidRequest, r.MinCompute)
		}
	}
	return nil
}

// parseCompute reads "9.0" (or "9") as (9, 0).
func parseCompute(s string) (major, minor int, ok bool) {
	majS, minS, hasMinor := strings.Cut(strings.TrimSpace(s), ".")
	major, err := strconv.Atoi(majS)
	if err != nil || major < 0 || !isDigits(majS) {
		return 0, 0, false
	}
	if hasMinor {
		if minor, err = strconv.Atoi(minS); err != nil || !isDigits(minS) {
			return 0, 0, false
		}
	}
	return major, minor, true
}

// computeAtLeast reports whether capability have meets want; an unknown
// capability meets no requirement.
func computeAtLeast(have, want string) bool {
	if want == "" {
		return true
	}
	hm, hn, ok1 := parseCompute(have)
	wm, wn, ok2 := parseCompute(want)
	if !ok1 || !ok2 {
		return false
	}
	return hm > wm || (hm == wm && hn >= wn)
}
