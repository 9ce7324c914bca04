package gpu

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"pgregory.net/rapid"
)

// fleet is the probe of a fake fleet.
func fleet(t testing.TB, spec string) []Info {
	t.Helper()
	f, err := NewFakeProber(spec)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	infos, err := f.Probe()
	if err != nil {
		t.Fatal(err)
	}
	return infos
}

func mustAllocate(t *testing.T, a *Allocator, owner string, r Request) Allocation {
	t.Helper()
	al, err := a.Allocate(owner, r)
	if err != nil {
		t.Fatalf("Allocate(%s, %+v): %v", owner, r, err)
	}
	return al
}

func TestAllocateWholeGPUs(t *testing.T) {
	infos := fleet(t, "dgxh100")
	a := NewAllocator(infos)
	al := mustAllocate(t, a, "replica-1", Request{Count: 2, MinMemory: 40 << 30, Model: "h100", MinCompute: "9.0"})
	if len(al.UUIDs) != 2 || al.UUIDs[0] != infos[0].UUID || al.UUIDs[1] != infos[1].UUID || al.Owner != "replica-1" {
		t.Fatalf("allocation %+v, want GPUs 0 and 1", al)
	}
	if s := a.Summary(); s.Free != 6 || s.Count != 8 || s.Healthy != 8 {
		t.Errorf("summary after allocating 2: %+v", s)
	}
	al2 := mustAllocate(t, a, "replica-2", Request{Count: 6})
	if slices.ContainsFunc(al2.UUIDs, func(u string) bool { return slices.Contains(al.UUIDs, u) }) {
		t.Fatalf("GPU handed out twice: %v and %v", al.UUIDs, al2.UUIDs)
	}
	if _, err := a.Allocate("replica-3", Request{Count: 1}); !errors.Is(err, ErrNoCapacity) {
		t.Fatalf("ninth GPU: err %v, want ErrNoCapacity", err)
	}
	if err := a.Release(al.ID); err != nil {
		t.Fatal(err)
	}
	if err := a.Release(al.ID); !errors.Is(err, ErrUnknownAllocation) {
		t.Errorf("double release: %v", err)
	}
	if s := a.Summary(); s.Free != 2 {
		t.Errorf("free after release: %d", s.Free)
	}
	if got := a.ReleaseOwner("replica-2"); len(got) != 1 || got[0] != al2.ID {
		t.Errorf("ReleaseOwner: %v", got)
	}
	if n := len(a.Allocations()); n != 0 {
		t.Errorf("%d allocations left", n)
	}
}

func TestAllocateBestFit(t *testing.T) {
	a := NewAllocator(fleet(t, "H100,2xA30"))
	al := mustAllocate(t, a, "small", Request{Count: 1, MinMemory: 20 << 30})
	if !strings.HasSuffix(mustInfo(t, a, al.UUIDs[0]).Name, "A30-PCIE-24GB") {
		t.Errorf("a 20 GiB request should take an A30, got %s", mustInfo(t, a, al.UUIDs[0]).Name)
	}
	al = mustAllocate(t, a, "big", Request{Count: 1, MinMemory: 40 << 30})
	if mustInfo(t, a, al.UUIDs[0]).Name != "NVIDIA H100 80GB HBM3" {
		t.Errorf("a 40 GiB request should take the H100")
	}
}

func mustInfo(t *testing.T, a *Allocator, uuid string) Info {
	t.Helper()
	for _, in := range a.Infos() {
		if in.UUID == uuid {
			return in
		}
	}
	t.Fatalf("no GPU %s", uuid)
	return Info{}
}

func TestAllocateErrors(t *testing.T) {
	a := NewAllocator(fleet(t, "2xA30"))
	tests := []struct {
		r    Request
		want error
	}{
		{Request{Count: 0}, ErrInvalidRequest},
		{Request{Count: -1}, ErrInvalidRequest},
		{Request{Count: 1, MinCompute: "nine"}, ErrInvalidRequest},
		{Request{Count: 1, MinCompute: "9."}, ErrInvalidRequest},
		{Request{Count: 3}, ErrNoMatch},
		{Request{Count: 1, Model: "H100"}, ErrNoMatch},
		{Request{Count: 1, MinMemory: 25 << 30}, ErrNoMatch},
		{Request{Count: 1, MinCompute: "8.6"}, ErrNoMatch},
		{Request{Count: 1, MIG: true}, ErrNoMatch},
	}
	if _, err := a.Allocate("", Request{Count: 1}); !errors.Is(err, ErrInvalidRequest) {
		t.Errorf("no owner: %v", err)
	}
	for _, tt := range tests {
		if _, err := a.Allocate("x", tt.r); !errors.Is(err, tt.want) {
			t.Errorf("%+v: err %v, want %v", tt.r, err, tt.want)
		}
	}
	if n := len(a.Allocations()); n != 0 {
		t.Errorf("failed requests left %d allocations", n)
	}
}

func TestAllocateMIG(t *testing.T) {
	a := NewAllocator(fleet(t, "H100:mig,A30"))
	al := mustAllocate(t, a, "r1", Request{Count: 3, MIG: true, MinMemory: 8 << 30})
	if !al.MIG || len(al.UUIDs) != 3 {
		t.Fatalf("%+v", al)
	}
	for _, u := range al.UUIDs {
		if !strings.HasPrefix(u, "MIG-") {
			t.Errorf("not a MIG UUID: %s", u)
		}
	}
	s := a.Summary()
	if s.MIGInstances != 7 || s.FreeMIG != 4 || s.Free != 1 || s.Count != 2 {
		t.Errorf("summary %+v", s)
	}
	// The MIG-mode H100 is not handed out whole, the A30 is.
	if _, err := a.Allocate("r2", Request{Count: 1, Model: "H100"}); !errors.Is(err, ErrNoMatch) ||
		!strings.Contains(err.Error(), "MIG mode") {
		t.Errorf("whole H100 in MIG mode: %v", err)
	}
	if _, err := a.Allocate("r3", Request{Count: 5, MIG: true}); !errors.Is(err, ErrNoCapacity) {
		t.Errorf("5 of 4 free MIG devices: %v", err)
	}
	if _, err := a.Allocate("r4", Request{Count: 1, MIG: true, MinMemory: 11 << 30}); !errors.Is(err, ErrNoMatch) {
		t.Errorf("MIG device bigger than 1g.10gb: %v", err)
	}
}

func TestMarkUnhealthy(t *testing.T) {
	infos := fleet(t, "4xH100")
	a := NewAllocator(infos)
	al1 := mustAllocate(t, a, "replica-a", Request{Count: 2})
	mustAllocate(t, a, "replica-b", Request{Count: 1})
	owners := a.MarkUnhealthy(al1.UUIDs[1], "XID 79")
	if !slices.Equal(owners, []string{"replica-a"}) {
		t.Errorf("owners %v", owners)
	}
	if again := a.MarkUnhealthy(al1.UUIDs[1], "XID 48"); !slices.Equal(again, owners) {
		t.Errorf("second mark: %v", again)
	}
	if in := mustInfo(t, a, al1.UUIDs[1]); in.Healthy || in.UnhealthyReason != "XID 79" {
		t.Errorf("info %+v: the first reason should stick", in)
	}
	if owners := a.MarkUnhealthy("GPU-unknown", "x"); owners != nil {
		t.Errorf("unknown UUID: %v", owners)
	}
	// Released, the unhealthy GPU still gets no work.
	if err := a.Release(al1.ID); err != nil {
		t.Fatal(err)
	}
	al3 := mustAllocate(t, a, "replica-c", Request{Count: 2})
	if slices.Contains(al3.UUIDs, al1.UUIDs[1]) {
		t.Errorf("unhealthy GPU handed out again: %v", al3.UUIDs)
	}
	if s := a.Summary(); s.Healthy != 3 || s.Free != 0 {
		t.Errorf("summary %+v", s)
	}
}

func TestMarkUnhealthyMIG(t *testing.T) {
	infos := fleet(t, "A30:mig")
	a := NewAllocator(infos)
	al := mustAllocate(t, a, "r1", Request{Count: 1, MIG: true})
	mustAllocate(t, a, "r2", Request{Count: 1, MIG: true})
	// A MIG device's failure hits its owner only...
	if owners := a.MarkUnhealthy(al.UUIDs[0], "XID 94"); !slices.Equal(owners, []string{"r1"}) {
		t.Errorf("owners %v", owners)
	}
	if s := a.Summary(); s.FreeMIG != 2 || s.Healthy != 1 {
		t.Errorf("summary %+v", s)
	}
	// ...the GPU's failure hits every MIG device on it.
	if owners := a.MarkUnhealthy(infos[0].UUID, "XID 79"); !slices.Equal(owners, []string{"r1", "r2"}) {
		t.Errorf("owners %v", owners)
	}
	if s := a.Summary(); s.FreeMIG != 0 || s.Healthy != 0 {
		t.Errorf("summary %+v", s)
	}
}

func TestUpdateVanishedGPU(t *testing.T) {
	infos := fleet(t, "3xH100")
	a := NewAllocator(infos)
	al := mustAllocate(t, a, "r1", Request{Count: 3})
	changes := a.Update([]Info{infos[0], infos[2]})
	if len(changes) != 1 || changes[0].UUID != infos[1].UUID || !slices.Equal(changes[0].Owners, []string{"r1"}) ||
		!slices.Equal(changes[0].AllocationIDs, []string{al.ID}) {
		t.Fatalf("changes %+v", changes)
	}
	if again := a.Update([]Info{infos[0], infos[2]}); len(again) != 0 {
		t.Errorf("a GPU already unhealthy is reported again: %+v", again)
	}
	lost := infos[2]
	lost.Healthy, lost.UnhealthyReason = false, "GPU is lost"
	if changes := a.Update([]Info{infos[0], infos[1], lost}); len(changes) != 1 || changes[0].Reason != "GPU is lost" {
		t.Errorf("changes %+v", changes)
	}
	// Coming back does not make a GPU healthy again.
	if s := a.Summary(); s.Healthy != 1 {
		t.Errorf("summary %+v", s)
	}
}

func TestSummary(t *testing.T) {
	a := NewAllocator(fleet(t, "dgxh100"))
	s := a.Summary()
	want := Summary{
		Count: 8, Healthy: 8, Free: 8, Models: []string{"NVIDIA H100 80GB HBM3"}, MemoryTotal: 8 * 80 << 30,
		Groups: []Group{{Model: "NVIDIA H100 80GB HBM3", ComputeCapability: "9.0", Memory: 80 << 30, Count: 8, Healthy: 8, Free: 8}},
	}
	if fmt.Sprint(s) != fmt.Sprint(want) {
		t.Errorf("summary\n got %+v\nwant %+v", s, want)
	}
	if !s.Fits(Request{Count: 8, Model: "H100"}) || s.Fits(Request{Count: 9}) || s.Fits(Request{Count: 1, MIG: true}) {
		t.Error("Fits disagrees with the fleet")
	}
	if s := NewAllocator(nil).Summary(); s.Count != 0 || s.Fits(Request{Count: 1}) {
		t.Errorf("empty: %+v", s)
	}
}

// Concurrent replicas never get the same GPU or MIG device.
func TestAllocateConcurrentNoOversubscription(t *testing.T) {
	a := NewAllocator(fleet(t, "dgxh100,2xA30:mig"))
	var holders sync.Map // UUID -> allocation ID
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := range 16 {
		wg.Go(func() {
			for i := range 200 {
				r := Request{Count: 1 + (w+i)%3, MIG: (w+i)%4 == 0}
				al, err := a.Allocate(fmt.Sprintf("w%d-%d", w, i), r)
				if err != nil {
					if !errors.Is(err, ErrNoCapacity) {
						errs <- err
						return
					}
					continue
				}
				for _, u := range al.UUIDs {
					if prev, loaded := holders.LoadOrStore(u, al.ID); loaded {
						errs <- fmt.Errorf("%s handed to %s while %s holds it", u, al.ID, prev)
						return
					}
				}
				_ = a.Summary()
				for _, u := range al.UUIDs {
					holders.Delete(u)
				}
				if err := a.Release(al.ID); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if s := a.Summary(); s.Free != 8 || s.FreeMIG != 8 {
		t.Errorf("after all releases: %+v", s)
	}
}

// Property: whatever the sequence of allocations, releases and failures,
// no device is held twice, only healthy free devices are handed out, the
// summary counts what is free, and Fits/Explain/Allocate agree.
func TestAllocatorProperties(t *testing.T) {
	specs := []string{"dgxh100", "2xA30:mig,H100,RTX4090", "A100:mig,A100-80GB,2xT4", "none"}
	fleets := map[string][]Info{}
	for _, s := range specs {
		fleets[s] = fleet(t, s)
	}
	rapid.Check(t, func(t *rapid.T) {
		infos := fleets[rapid.SampledFrom(specs).Draw(t, "spec")]
		a := NewAllocator(infos)
		var uuids []string
		for _, in := range infos {
			uuids = append(uuids, in.UUID)
			for _, m := range in.MIGInstances {
				uuids = append(uuids, m.UUID)
			}
		}
		genRequest := rapid.Custom(func(t *rapid.T) Request {
			return Request{
				Count:      rapid.IntRange(1, 9).Draw(t, "count"),
				MinMemory:  uint64(rapid.SampledFrom([]int{0, 4, 6, 20, 24, 40, 80, 81}).Draw(t, "gib")) << 30,
				Model:      rapid.SampledFrom([]string{"", "h100", "A30", "A100", "RTX", "Tesla"}).Draw(t, "model"),
				MinCompute: rapid.SampledFrom([]string{"", "7.5", "8.0", "8.6", "9.0", "10.0"}).Draw(t, "cc"),
				MIG:        rapid.Bool().Draw(t, "mig"),
			}
		})
		live := map[string]Allocation{}
		unhealthy := map[string]bool{}
		for range rapid.IntRange(1, 40).Draw(t, "steps") {
			switch rapid.IntRange(0, 3).Draw(t, "op") {
			case 0, 1:
				r := genRequest.Draw(t, "req")
				fits, why := a.Summary().Fits(r), a.Explain(r)
				al, err := a.Allocate("o", r)
				if fits != (err == nil) || (why == "") != (err == nil) {
					t.Fatalf("%+v: Fits %v, Explain %q, Allocate err %v", r, fits, why, err)
				}
				if err != nil {
					continue
				}
				if len(al.UUIDs) != r.Count {
					t.Fatalf("%d devices for %+v", len(al.UUIDs), r)
				}
				for _, u := range al.UUIDs {
					if unhealthy[u] {
						t.Fatalf("unhealthy %s handed out", u)
					}
					for _, other := range live {
						if slices.Contains(other.UUIDs, u) {
							t.Fatalf("%s held by %s and %s", u, other.ID, al.ID)
						}
					}
				}
				live[al.ID] = al
			case 2:
				if len(live) == 0 {
					continue
				}
				ids := make([]string, 0, len(live))
				for id := range live {
					ids = append(ids, id)
				}
				slices.Sort(ids)
				id := rapid.SampledFrom(ids).Draw(t, "release")
				if err := a.Release(id); err != nil {
					t.Fatal(err)
				}
				delete(live, id)
			case 3:
				if len(uuids) == 0 {
					continue
				}
				u := rapid.SampledFrom(uuids).Draw(t, "fail")
				affected := []string{u}
				for _, in := range infos { // a GPU takes its MIG devices with it
					if in.UUID == u {
						for _, m := range in.MIGInstances {
							affected = append(affected, m.UUID)
						}
					}
				}
				wantOwner := false
				for _, x := range affected {
					unhealthy[x] = true
					for _, al := range live {
						wantOwner = wantOwner || slices.Contains(al.UUIDs, x)
					}
				}
				if owners := a.MarkUnhealthy(u, "XID 79"); (len(owners) > 0) != wantOwner {
					t.Fatalf("failing %s: owners %v, want some: %v", u, owners, wantOwner)
				}
			}
			held := map[string]bool{}
			for _, al := range live {
				for _, u := range al.UUIDs {
					held[u] = true
				}
			}
			free, freeMIG := 0, 0
			for _, in := range infos {
				if in.MIGEnabled {
					for _, m := range in.MIGInstances {
						if !held[m.UUID] && !unhealthy[m.UUID] && !unhealthy[in.UUID] {
							freeMIG++
						}
					}
				} else if !held[in.UUID] && !unhealthy[in.UUID] {
					free++
				}
			}
			if s := a.Summary(); s.Free != free || s.FreeMIG != freeMIG {
				t.Fatalf("summary free %d/%d MIG, want %d/%d", s.Free, s.FreeMIG, free, freeMIG)
			}
		}
	})
}
