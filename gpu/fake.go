package gpu

import (
	"context"
	"fmt"
	"sync"
)

// FakeProber is a deterministic GPU fleet for tests and demos. In cgo
// builds it is go-nvml's mock NVML server (pkg/nvml/mock) driven through
// the very code that talks to real NVML; without cgo an equivalent pure-Go
// model answers instead. The mocks leave sensors and events unimplemented,
// so the fleet supplies them:
//
//   - UUIDs derive from the spec and index (see ParseFakeSpec);
//   - memory used is what RecordAllocated was told, free = total - used;
//   - utilization, temperature and power are fixed functions of the index
//     and of whether the GPU holds an allocation (utilization is
//     unsupported in MIG mode, as on real hardware);
//   - health events are injected with InjectXID / InjectECC and reach every
//     Events subscription.
type FakeProber struct {
	spec FakeSpec
	gpus []*fakeGPU

	mu        sync.Mutex
	allocated map[string]uint64 // GPU or MIG UUID -> bytes
	subs      map[int]chan fakeEvent
	nextSub   int

	impl Prober
}

type fakeGPU struct {
	index int
	uuid  string
	model *fakeModel
	mig   bool
	migs  []fakeMIG
}

type fakeMIG struct {
	uuid        string
	name        string
	profile     string
	gi, ci      int
	memoryTotal uint64
}

// fakeEvent mirrors the fields of an NVML EventData.
type fakeEvent struct {
	index     int
	eventType uint64
	data      uint64
	gi, ci    uint32
}

// noInstance is NVML's "not a MIG event" marker for GPU/compute instance IDs.
const noInstance = 0xFFFFFFFF

// NVML event type bits (nvml.h); nvml_cgo_test.go checks them against go-nvml.
const (
	eventTypeSingleBitECC uint64 = 1
	eventTypeDoubleBitECC uint64 = 2
	eventTypeXID          uint64 = 8
	healthEventMask              = eventTypeXID | eventTypeDoubleBitECC | eventTypeSingleBitECC
)

const fakeSubBuffer = 64

// NewFakeProber builds the fleet described by spec (see ParseFakeSpec).
func NewFakeProber(spec string) (*FakeProber, error) {
	fs, err := ParseFakeSpec(spec)
	if err != nil {
		return nil, err
	}
	f := &FakeProber{
		spec:      fs,
		allocated: map[string]uint64{},
		subs:      map[int]chan fakeEvent{},
	}
	for i, g := range fs.GPUs {
		m := lookupFakeModel(g.Model)
		fg := &fakeGPU{index: i, uuid: fakeUUID("GPU", fs.Canonical, i, -1), model: m, mig: g.MIG}
		if g.MIG {
			for j := 0; j < m.mig.count; j++ {
				fg.migs = append(fg.migs, fakeMIG{
					uuid:        fakeUUID("MIG", fs.Canonical, i, j),
					name:        m.name + " MIG " + m.mig.profileName(),
					profile:     m.mig.profileName(),
					gi:          j,
					ci:          0,
					memoryTotal: m.mig.memoryMiB << 20,
				})
			}
		}
		f.gpus = append(f.gpus, fg)
	}
	impl, err := newFakeImpl(f)
	if err != nil {
		return nil, err
	}
	f.impl = impl
	return f, nil
}

// Spec returns the parsed spec the fleet was built from.
func (f *FakeProber) Spec() FakeSpec { return f.spec }

func (f *FakeProber) Probe() ([]Info, error) { return f.impl.Probe() }

func (f *FakeProber) Events(ctx context.Context) (<-chan HealthEvent, error) {
	return f.impl.Events(ctx)
}

func (f *FakeProber) Close() error { return f.impl.Close() }

// RecordAllocated implements UsageRecorder: bytes (0 to free) now count as
// used on the GPU or MIG device with that UUID.
func (f *FakeProber) RecordAllocated(uuid string, bytes uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if bytes == 0 {
		delete(f.allocated, uuid)
		return
	}
	f.allocated[uuid] = bytes
}

// InjectXID raises XID xid on the GPU at index, as NVML would report an
// EventTypeXidCriticalError.
func (f *FakeProber) InjectXID(index int, xid uint64) error {
	return f.inject(fakeEvent{index: index, eventType: eventTypeXID, data: xid, gi: noInstance, ci: noInstance})
}

// InjectMIGXID raises XID xid on MIG device mig (0-based) of the GPU at index.
func (f *FakeProber) InjectMIGXID(index, mig int, xid uint64) error {
	if index >= 0 && index < len(f.gpus) && (mig < 0 || mig >= len(f.gpus[index].migs)) {
		return fmt.Errorf("gpu: fake GPU %d has no MIG device %d", index, mig)
	}
	ev := fakeEvent{index: index, eventType: eventTypeXID, data: xid}
	if index >= 0 && index < len(f.gpus) {
		ev.gi, ev.ci = uint32(f.gpus[index].migs[mig].gi), uint32(f.gpus[index].migs[mig].ci)
	}
	return f.inject(ev)
}

// InjectECC raises a double-bit (uncorrectable) or single-bit ECC event.
func (f *FakeProber) InjectECC(index int, doubleBit bool) error {
	t := eventTypeSingleBitECC
	if doubleBit {
		t = eventTypeDoubleBitECC
	}
	return f.inject(fakeEvent{index: index, eventType: t, gi: noInstance, ci: noInstance})
}

func (f *FakeProber) inject(ev fakeEvent) error {
	if ev.index < 0 || ev.index >= len(f.gpus) {
		return fmt.Errorf("gpu: fake fleet has no GPU %d", ev.index)
	}
	if ev.eventType == eventTypeDoubleBitECC || ev.eventType == eventTypeSingleBitECC {
		if !f.gpus[ev.index].model.ecc {
			return fmt.Errorf("gpu: fake %s has no ECC", f.gpus[ev.index].model.name)
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, ch := range f.subs {
		select {
		case ch <- ev:
		default: // a subscriber that stopped reading must not block the test
		}
	}
	return nil
}

// subscribe is one NVML event set's view of the injected events.
func (f *FakeProber) subscribe() (<-chan fakeEvent, func()) {
	f.mu.Lock()
	defer f.mu.Unlock()
	id := f.nextSub
	f.nextSub++
	ch := make(chan fakeEvent, fakeSubBuffer)
	f.subs[id] = ch
	return ch, func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		delete(f.subs, id)
	}
}

// used is what was recorded as allocated on a GPU: its own allocation plus
// those of its MIG devices.
func (f *FakeProber) used(g *fakeGPU) uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	used := f.allocated[g.uuid]
	for _, m := range g.migs {
		used += min(f.allocated[m.uuid], m.memoryTotal)
	}
	return used
}

func (f *FakeProber) usedBy(uuid string) uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.allocated[uuid]
}

// splitMemory caps used at total and derives free = total - used.
func splitMemory(total, used uint64) (uint64, uint64, uint64) {
	used = min(used, total)
	return total, used, total - used
}

func (f *FakeProber) busy(g *fakeGPU) bool { return f.used(g) > 0 }

// utilization is unsupported in MIG mode, as on real GPUs.
func (f *FakeProber) utilization(g *fakeGPU) (gpuPct, memPct uint32, ok bool) {
	if g.mig {
		return 0, 0, false
	}
	if !f.busy(g) {
		return 0, 0, true
	}
	return 87 + uint32(g.index%4)*3, 41 + uint32(g.index%5)*4, true
}

func (f *FakeProber) temperature(g *fakeGPU) uint32 {
	if f.busy(g) {
		return 64 + uint32(g.index%6)
	}
	return 31 + uint32(g.index%4)
}

func (f *FakeProber) powerMW(g *fakeGPU) uint32 {
	tdp := g.model.tdpW * 1000
	if f.busy(g) {
		return tdp * 3 / 4
	}
	return tdp/8 + uint32(g.index)*250
}

func (g *fakeGPU) supportedEvents() uint64 {
	if g.model.ecc {
		return healthEventMask
	}
	return eventTypeXID
}
