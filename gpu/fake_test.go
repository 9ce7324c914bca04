package gpu

import (
	"context"
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"
)

var uuidRE = regexp.MustCompile(`^GPU-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

func newFake(t *testing.T, spec string) *FakeProber {
	t.Helper()
	f, err := NewFakeProber(spec)
	if err != nil {
		t.Fatalf("NewFakeProber(%q): %v", spec, err)
	}
	t.Cleanup(func() { _ = f.Close() })
	return f
}

func probe(t *testing.T, p Prober) []Info {
	t.Helper()
	infos, err := p.Probe()
	if err != nil {
		t.Fatalf("Probe: %v", err)
	}
	return infos
}

func TestFakeDGXH100Discovery(t *testing.T) {
	infos := probe(t, newFake(t, "dgxh100"))
	if len(infos) != 8 {
		t.Fatalf("got %d GPUs, want 8", len(infos))
	}
	seen := map[string]bool{}
	for i, in := range infos {
		if in.Index != i {
			t.Errorf("GPU %d: index %d", i, in.Index)
		}
		if in.Name != "NVIDIA H100 80GB HBM3" {
			t.Errorf("GPU %d: name %q", i, in.Name)
		}
		if !uuidRE.MatchString(in.UUID) {
			t.Errorf("GPU %d: UUID %q is not GPU-<uuid v4>", i, in.UUID)
		}
		if seen[in.UUID] {
			t.Errorf("GPU %d: duplicate UUID %s", i, in.UUID)
		}
		seen[in.UUID] = true
		if in.MemoryTotal != 80<<30 || in.MemoryFree != 80<<30 || in.MemoryUsed != 0 {
			t.Errorf("GPU %d: memory total/free/used = %d/%d/%d, want 80 GiB free", i, in.MemoryTotal, in.MemoryFree, in.MemoryUsed)
		}
		if in.ComputeCapability != "9.0" || in.MIGEnabled || len(in.MIGInstances) != 0 || !in.Healthy {
			t.Errorf("GPU %d: cc %q mig %v/%d healthy %v", i, in.ComputeCapability, in.MIGEnabled, len(in.MIGInstances), in.Healthy)
		}
		if in.UtilizationGPU == nil || *in.UtilizationGPU != 0 || in.TemperatureC == nil || in.PowerMW == nil {
			t.Errorf("GPU %d: idle sensors missing: util %v temp %v power %v", i, in.UtilizationGPU, in.TemperatureC, in.PowerMW)
		}
	}
}

func TestFakeUUIDsDeterministic(t *testing.T) {
	a := probe(t, newFake(t, "dgxh100"))
	b := probe(t, newFake(t, " DGXH100 "))
	c := probe(t, newFake(t, "dgxh100@node-2"))
	d := probe(t, newFake(t, "8xH100"))
	for i := range a {
		if a[i].UUID != b[i].UUID {
			t.Errorf("GPU %d: UUID differs between two builds of the same spec: %s vs %s", i, a[i].UUID, b[i].UUID)
		}
		if a[i].UUID == c[i].UUID || a[i].UUID == d[i].UUID {
			t.Errorf("GPU %d: a different spec or salt must give different UUIDs", i)
		}
		if a[i].Name != d[i].Name || a[i].MemoryTotal != d[i].MemoryTotal {
			t.Errorf("GPU %d: dgxh100 and 8xH100 should be the same hardware", i)
		}
	}
}

func TestFake2xA30(t *testing.T) {
	infos := probe(t, newFake(t, "2xA30"))
	if len(infos) != 2 {
		t.Fatalf("got %d GPUs, want 2", len(infos))
	}
	for _, in := range infos {
		if in.Name != "NVIDIA A30-PCIE-24GB" || in.MemoryTotal != 24<<30 || in.ComputeCapability != "8.0" {
			t.Errorf("got %q %d %q", in.Name, in.MemoryTotal, in.ComputeCapability)
		}
	}
}

func TestFakeMIG(t *testing.T) {
	infos := probe(t, newFake(t, "2xA30:mig"))
	for _, in := range infos {
		if !in.MIGEnabled || len(in.MIGInstances) != 4 {
			t.Fatalf("GPU %d: mig %v with %d instances, want 4", in.Index, in.MIGEnabled, len(in.MIGInstances))
		}
		if in.UtilizationGPU != nil {
			t.Errorf("GPU %d: utilization is not supported in MIG mode, want it omitted", in.Index)
		}
		for j, m := range in.MIGInstances {
			if !strings.HasPrefix(m.UUID, "MIG-") || m.Profile != "1g.6gb" || m.MemoryTotal != 5836<<20 ||
				m.GPUInstanceID != j || m.ComputeInstanceID != 0 || !m.Healthy {
				t.Errorf("GPU %d MIG %d: %+v", in.Index, j, m)
			}
			if m.Name != "NVIDIA A30-PCIE-24GB MIG 1g.6gb" {
				t.Errorf("MIG name %q", m.Name)
			}
		}
	}
}

func TestFakeConsumerCardOmitsUnsupported(t *testing.T) {
	f := newFake(t, "RTX4090")
	in := probe(t, f)[0]
	if in.Name != "NVIDIA GeForce RTX 4090" || in.ComputeCapability != "8.9" || in.MIGEnabled {
		t.Errorf("got %+v", in)
	}
	if err := f.InjectECC(0, true); err == nil {
		t.Error("a GeForce card has no ECC; injecting an ECC event should fail")
	}
	raw, _ := json.Marshal(in)
	if !strings.Contains(string(raw), `"mig_instances":[]`) || !strings.Contains(string(raw), `"mig_mode":false`) {
		t.Errorf("JSON %s", raw)
	}
}

func TestFakeMemoryFollowsAllocations(t *testing.T) {
	f := newFake(t, "2xH100")
	uuid := probe(t, f)[1].UUID
	f.RecordAllocated(uuid, 30<<30)
	in := probe(t, f)
	if in[1].MemoryUsed != 30<<30 || in[1].MemoryFree != 50<<30 {
		t.Errorf("after allocating 30 GiB: used %d free %d", in[1].MemoryUsed, in[1].MemoryFree)
	}
	if *in[1].UtilizationGPU == 0 || *in[1].TemperatureC <= *in[0].TemperatureC || *in[1].PowerMW <= *in[0].PowerMW {
		t.Errorf("a GPU in use should look busy: %+v vs idle %+v", in[1], in[0])
	}
	if in[0].MemoryUsed != 0 {
		t.Errorf("the other GPU changed: %+v", in[0])
	}
	f.RecordAllocated(uuid, 0)
	if in := probe(t, f); in[1].MemoryFree != in[1].MemoryTotal {
		t.Errorf("after release: free %d of %d", in[1].MemoryFree, in[1].MemoryTotal)
	}
}

func TestFakeNone(t *testing.T) {
	if infos := probe(t, newFake(t, "none")); len(infos) != 0 {
		t.Errorf("none: got %d GPUs", len(infos))
	}
}

func nextEvent(t *testing.T, ch <-chan HealthEvent) (HealthEvent, bool) {
	t.Helper()
	select {
	case ev, ok := <-ch:
		return ev, ok
	case <-time.After(5 * time.Second):
		t.Fatal("no health event within 5s")
	}
	return HealthEvent{}, false
}

func noEvent(t *testing.T, ch <-chan HealthEvent, within time.Duration) {
	t.Helper()
	select {
	case ev := <-ch:
		t.Fatalf("unexpected health event %+v", ev)
	case <-time.After(within):
	}
}

func TestFakeHealthEvents(t *testing.T) {
	f := newFake(t, "dgxh100")
	infos := probe(t, f)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ch, err := f.Events(ctx)
	if err != nil {
		t.Fatal(err)
	}

	// Application XIDs leave the GPU alone.
	for _, xid := range []uint64{13, 31, 43, 45, 68, 109} {
		if err := f.InjectXID(2, xid); err != nil {
			t.Fatal(err)
		}
	}
	noEvent(t, ch, 300*time.Millisecond)
	if !probe(t, f)[2].Healthy {
		t.Fatal("an application XID made the GPU unhealthy")
	}

	if err := f.InjectXID(3, 79); err != nil {
		t.Fatal(err)
	}
	ev, _ := nextEvent(t, ch)
	if ev.UUID != infos[3].UUID || ev.Index != 3 || ev.Kind != EventXID || ev.XID != 79 || !ev.Critical ||
		!strings.Contains(ev.Reason, "fallen off the bus") {
		t.Errorf("XID 79 event: %+v", ev)
	}
	if in := probe(t, f)[3]; in.Healthy || !strings.Contains(in.UnhealthyReason, "XID 79") {
		t.Errorf("after XID 79 the probe says healthy=%v reason=%q", in.Healthy, in.UnhealthyReason)
	}

	if err := f.InjectECC(4, false); err != nil {
		t.Fatal(err)
	}
	if ev, _ := nextEvent(t, ch); ev.Kind != EventSingleBitECC || ev.Critical || ev.Index != 4 {
		t.Errorf("single-bit ECC: %+v", ev)
	}
	if err := f.InjectECC(5, true); err != nil {
		t.Fatal(err)
	}
	if ev, _ := nextEvent(t, ch); ev.Kind != EventDoubleBitECC || !ev.Critical || ev.Index != 5 {
		t.Errorf("double-bit ECC: %+v", ev)
	}
	if err := f.InjectXID(8, 79); err == nil {
		t.Error("injecting into GPU 8 of 8 should fail")
	}

	cancel()
	for {
		if _, ok := nextEvent(t, ch); !ok {
			break // closed after ctx is done
		}
	}
}

func TestFakeMIGHealthEvent(t *testing.T) {
	f := newFake(t, "H100:mig")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ch, err := f.Events(ctx)
	if err != nil {
		t.Fatal(err)
	}
	mig := probe(t, f)[0].MIGInstances[2]
	if err := f.InjectMIGXID(0, 2, 94); err != nil {
		t.Fatal(err)
	}
	ev, _ := nextEvent(t, ch)
	if ev.MIGUUID != mig.UUID || !ev.Critical {
		t.Fatalf("MIG event %+v, want MIG %s", ev, mig.UUID)
	}
	in := probe(t, f)[0]
	if !in.Healthy || in.MIGInstances[2].Healthy || !in.MIGInstances[1].Healthy {
		t.Errorf("only MIG device 2 should be unhealthy: %+v", in)
	}
}

func TestFakeEventsFanOut(t *testing.T) {
	f := newFake(t, "2xA30")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	a, err := f.Events(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.Events(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.InjectXID(1, 48); err != nil {
		t.Fatal(err)
	}
	for _, ch := range []<-chan HealthEvent{a, b} {
		if ev, _ := nextEvent(t, ch); ev.XID != 48 {
			t.Errorf("got %+v", ev)
		}
	}
}

func TestFakeClosed(t *testing.T) {
	f, err := NewFakeProber("2xA30")
	if err != nil {
		t.Fatal(err)
	}
	ch, err := f.Events(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Close took %v", d)
	}
	if _, ok := <-ch; ok {
		t.Error("events channel still open after Close")
	}
	if _, err := f.Probe(); !errors.Is(err, ErrClosed) {
		t.Errorf("Probe after Close: %v, want ErrClosed", err)
	}
	if err := f.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}
