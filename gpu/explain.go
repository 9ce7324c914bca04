package gpu

import (
	"fmt"
	"strconv"
	"strings"
)

// unit is one allocatable thing: a whole GPU, or a MIG device on one.
type unit struct {
	gpu *gpuSlot
	mig *migSlot
}

func (u unit) uuid() string {
	if u.mig != nil {
		return u.mig.info.UUID
	}
	return u.gpu.info.UUID
}

func (u unit) memory() uint64 {
	if u.mig != nil {
		return u.mig.info.MemoryTotal
	}
	return u.gpu.info.MemoryTotal
}

func (u unit) healthy() bool {
	return u.gpu.unhealthy == "" && (u.mig == nil || u.mig.unhealthy == "")
}

func (u unit) unhealthyReason() string {
	if u.gpu.unhealthy != "" {
		return fmt.Sprintf("GPU %d: %s", u.gpu.info.Index, u.gpu.unhealthy)
	}
	return fmt.Sprintf("MIG %s on GPU %d: %s", u.mig.info.UUID, u.gpu.info.Index, u.mig.unhealthy)
}

func (u unit) free() bool {
	if u.gpu.alloc != "" {
		return false
	}
	if u.mig != nil {
		return u.mig.alloc == ""
	}
	for _, m := range u.gpu.migs {
		if m.alloc != "" {
			return false
		}
	}
	return true
}

func modelMatches(name, want string) bool {
	return want == "" || strings.Contains(strings.ToLower(name), strings.ToLower(strings.TrimSpace(want)))
}

// stage is one requirement; the allocator's candidates are the units that
// pass every stage, and the first stage that leaves too few is the reason
// a request fails.
type stage struct {
	kind string // "model", "compute", "memory", "mig", "healthy", "free"
	keep func(unit) bool
}

func stagesFor(r Request) []stage {
	st := []stage{
		{"model", func(u unit) bool { return modelMatches(u.gpu.info.Name, r.Model) }},
		{"compute", func(u unit) bool { return computeAtLeast(u.gpu.info.ComputeCapability, r.MinCompute) }},
		{"memory", func(u unit) bool { return u.memory() >= r.MinMemory }},
	}
	if !r.MIG {
		// A GPU in MIG mode can only be handed out as MIG devices.
		st = append(st, stage{"mig", func(u unit) bool { return !u.gpu.info.MIGEnabled }})
	}
	return append(st,
		stage{"healthy", unit.healthy},
		stage{"free", unit.free},
	)
}

type filterResult struct {
	gpus      []*gpuSlot
	units     []unit // every unit of the requested kind
	stages    []stage
	counts    []int // survivors after each stage
	survivors []unit
	dropped   [][]unit // units each stage removed
}

func (a *Allocator) filterLocked(r Request) filterResult {
	f := filterResult{gpus: a.gpus}
	for _, g := range a.gpus {
		if !r.MIG {
			f.units = append(f.units, unit{gpu: g})
			continue
		}
		for _, m := range g.migs {
			if !m.gone {
				f.units = append(f.units, unit{gpu: g, mig: m})
			}
		}
	}
	f.stages = stagesFor(r)
	cur := f.units
	for _, s := range f.stages {
		var next, out []unit
		for _, u := range cur {
			if s.keep(u) {
				next = append(next, u)
			} else {
				out = append(out, u)
			}
		}
		f.counts = append(f.counts, len(next))
		f.dropped = append(f.dropped, out)
		cur = next
	}
	f.survivors = cur
	return f
}

// busy: the request fails only because matching GPUs are allocated now.
func (f filterResult) busy(r Request) bool {
	for i, s := range f.stages {
		if f.counts[i] < r.Count {
			return s.kind == "free"
		}
	}
	return false
}

// Explain says why r cannot be satisfied on this node right now, e.g.
//
//	needs 2 GPUs with ≥80 GiB; node has 8× NVIDIA H100 80GB HBM3 (79.6 GiB, cc 9.0); none has ≥80 GiB
//
// and returns "" when it can.
func (a *Allocator) Explain(r Request) string {
	if err := r.Validate(); err != nil {
		return err.Error()
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	f := a.filterLocked(r)
	if len(f.survivors) >= r.Count {
		return ""
	}
	return f.explain(r)
}

func (f filterResult) explain(r Request) string {
	head := describeRequest(r)
	if len(f.gpus) == 0 {
		return head + "; node has no GPUs"
	}
	if len(f.units) == 0 {
		var whole []unit
		for _, g := range f.gpus {
			whole = append(whole, unit{gpu: g})
		}
		return head + "; node has no MIG devices (" + inventory(whole) + ", none in MIG mode)"
	}
	inv := "node has " + inventory(f.units)
	if len(f.units) < r.Count {
		return head + "; node has only " + inventory(f.units)
	}
	prev := len(f.units)
	for i, s := range f.stages {
		n := f.counts[i]
		if n >= r.Count {
			prev = n
			continue
		}
		var why string
		switch s.kind {
		case "model":
			why = fmt.Sprintf("%s the name %q", quantity(n, "matches", "match"), strings.TrimSpace(r.Model))
		case "compute":
			why = fmt.Sprintf("%s compute capability ≥%s", quantity(n, "has", "have"), r.MinCompute)
		case "memory":
			why = fmt.Sprintf("%s ≥%s", quantity(n, "has", "have"), FormatGiB(r.MinMemory))
		case "mig":
			why = fmt.Sprintf("%d in MIG mode (ask for MIG devices instead)", prev-n)
			if n > 0 {
				why = fmt.Sprintf("only %d not in MIG mode, %s", n, why)
			}
		case "healthy":
			why = fmt.Sprintf("%d %s but %s healthy (%s)", prev, verb(prev, "matches", "match"),
				quantity(n, "is", "are"), f.dropped[i][0].unhealthyReason())
		case "free":
			why = fmt.Sprintf("%d %s but %s free (%d allocated)", prev, verb(prev, "matches", "match"),
				quantity(n, "is", "are"), prev-n)
		}
		return head + "; " + inv + "; " + why
	}
	return ""
}

// quantity renders "none has", "only 1 has", "only 3 have".
func quantity(n int, one, many string) string {
	switch n {
	case 0:
		return "none " + one
	case 1:
		return "only 1 " + one
	}
	return fmt.Sprintf("only %d %s", n, many)
}

func verb(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func describeRequest(r Request) string {
	what := "GPU"
	if r.MIG {
		what = "MIG device"
	}
	if r.Count != 1 {
		what += "s"
	}
	s := fmt.Sprintf("needs %d %s", r.Count, what)
	var with []string
	if r.MinMemory > 0 {
		with = append(with, "≥"+FormatGiB(r.MinMemory))
	}
	if r.MinCompute != "" {
		with = append(with, "compute ≥"+r.MinCompute)
	}
	if len(with) > 0 {
		s += " with " + strings.Join(with, ", ")
	}
	if m := strings.TrimSpace(r.Model); m != "" {
		s += fmt.Sprintf(" named like %q", m)
	}
	return s
}

// inventory groups units by what a user would compare: model, memory,
// compute capability (and MIG profile).
func inventory(units []unit) string {
	type key struct {
		name, profile, cc string
		mem               uint64
	}
	counts := map[key]int{}
	var order []key
	for _, u := range units {
		k := key{name: u.gpu.info.Name, cc: u.gpu.info.ComputeCapability, mem: u.memory()}
		if u.mig != nil {
			k.profile = u.mig.info.Profile
		}
		if counts[k] == 0 {
			order = append(order, k)
		}
		counts[k]++
	}
	var out []string
	for _, k := range order {
		cc := ""
		if k.cc != "" {
			cc = "cc " + k.cc
		}
		if units[0].mig != nil {
			on := k.name
			if cc != "" {
				on += " (" + cc + ")"
			}
			out = append(out, fmt.Sprintf("%d× MIG %s (%s) on %s", counts[k], orDefault(k.profile, "device"), FormatGiB(k.mem), on))
		} else {
			out = append(out, fmt.Sprintf("%d× %s (%s)", counts[k], k.name, strings.Join(nonEmpty(FormatGiB(k.mem), cc), ", ")))
		}
	}
	return strings.Join(out, ", ")
}

// FormatGiB renders bytes as GiB with at most one decimal: "80 GiB", "79.6 GiB".
func FormatGiB(b uint64) string {
	s := strconv.FormatFloat(float64(b)/(1<<30), 'f', 1, 64)
	return strings.TrimSuffix(s, ".0") + " GiB"
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
