package gpu

// Summary is the compact GPU description a node advertises in its
// descriptor. Free is the capacity that changes as replicas take and give
// back GPUs.
type Summary struct {
	Count        int      `json:"count"`              // physical GPUs
	Healthy      int      `json:"healthy"`            // physical GPUs not marked unhealthy
	Free         int      `json:"free"`               // healthy whole GPUs nobody holds (MIG-mode GPUs excluded)
	Models       []string `json:"models,omitempty"`   // distinct names, in index order
	MemoryTotal  uint64   `json:"memory_total_bytes"` // all physical GPUs together
	MIGInstances int      `json:"mig_instances,omitempty"`
	FreeMIG      int      `json:"free_mig,omitempty"` // healthy MIG devices nobody holds
	Groups       []Group  `json:"groups,omitempty"`
}

// Group is a set of interchangeable allocatable units: whole GPUs of one
// kind, or MIG devices of one size on one kind of GPU. Schedulers match
// requests against groups without seeing every GPU.
type Group struct {
	Model             string `json:"model"`
	ComputeCapability string `json:"compute_capability,omitempty"`
	Memory            uint64 `json:"memory_bytes"` // per unit
	MIG               bool   `json:"mig,omitempty"`
	Profile           string `json:"profile,omitempty"`
	Count             int    `json:"count"`
	Healthy           int    `json:"healthy"`
	Free              int    `json:"free"`
}

// Summary describes the GPUs and their current capacity.
func (a *Allocator) Summary() Summary {
	a.mu.Lock()
	defer a.mu.Unlock()
	var s Summary
	seenModel := map[string]bool{}
	groupAt := map[Group]int{} // key: Group with zeroed counters
	add := func(u unit) {
		k := Group{Model: u.gpu.info.Name, ComputeCapability: u.gpu.info.ComputeCapability, Memory: u.memory()}
		if u.mig != nil {
			k.MIG, k.Profile = true, u.mig.info.Profile
		}
		i, ok := groupAt[k]
		if !ok {
			i = len(s.Groups)
			groupAt[k] = i
			s.Groups = append(s.Groups, k)
		}
		g := &s.Groups[i]
		g.Count++
		if u.healthy() {
			g.Healthy++
			if u.free() {
				g.Free++
			}
		}
	}
	for _, g := range a.gpus {
		s.Count++
		s.MemoryTotal += g.info.MemoryTotal
		if !seenModel[g.info.Name] {
			seenModel[g.info.Name] = true
			s.Models = append(s.Models, g.info.Name)
		}
		whole := unit{gpu: g}
		if whole.healthy() {
			s.Healthy++
		}
		if !g.info.MIGEnabled {
			add(whole)
			if whole.healthy() && whole.free() {
				s.Free++
			}
			continue
		}
		for _, m := range g.migs {
			if m.gone {
				continue
			}
			u := unit{gpu: g, mig: m}
			add(u)
			s.MIGInstances++
			if u.healthy() && u.free() {
				s.FreeMIG++
			}
		}
	}
	return s
}

// Fits reports whether the advertised free capacity covers r. It applies
// the allocator's rules to the groups, so a scheduler can pre-select nodes;
// the node's Allocator still has the final word.
func (s Summary) Fits(r Request) bool {
	if r.Validate() != nil {
		return false
	}
	free := 0
	for _, g := range s.Groups {
		if g.MIG == r.MIG && modelMatches(g.Model, r.Model) &&
			computeAtLeast(g.ComputeCapability, r.MinCompute) && g.Memory >= r.MinMemory {
			free += g.Free
		}
	}
	return free >= r.Count
}
