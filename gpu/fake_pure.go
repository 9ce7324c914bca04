package gpu

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// pureFake answers for a fake fleet where go-nvml (and so its mocks) cannot
// be built (see fake_nocgo.go). It reports exactly what the mock-backed
// fleet reports; a cgo test compares the two.
type pureFake struct {
	f *FakeProber

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu        sync.Mutex
	closed    bool
	unhealthy map[string]string
}

func newPureFake(f *FakeProber) Prober {
	if len(f.gpus) == 0 {
		return noGPUs{"NVML reports no GPUs"}
	}
	ctx, cancel := context.WithCancel(context.Background())
	return &pureFake{f: f, ctx: ctx, cancel: cancel, unhealthy: map[string]string{}}
}

func (p *pureFake) Probe() ([]Info, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, ErrClosed
	}
	infos := make([]Info, 0, len(p.f.gpus))
	for _, g := range p.f.gpus {
		m := g.model
		info := Info{
			Index:             g.index,
			UUID:              g.uuid,
			Name:              m.name,
			TemperatureC:      u32(p.f.temperature(g)),
			PowerMW:           u32(p.f.powerMW(g)),
			ComputeCapability: fmt.Sprintf("%d.%d", m.ccMajor, m.ccMinor),
			MIGEnabled:        g.mig,
			Healthy:           true,
		}
		info.MemoryTotal, info.MemoryUsed, info.MemoryFree = splitMemory(m.memoryMiB<<20, p.f.used(g))
		if gpu, mem, ok := p.f.utilization(g); ok {
			info.UtilizationGPU, info.UtilizationMem = u32(gpu), u32(mem)
		}
		for _, mg := range g.migs {
			mi := MIGInfo{
				UUID: mg.uuid, Name: mg.name, Profile: mg.profile,
				GPUInstanceID: mg.gi, ComputeInstanceID: mg.ci, Healthy: true,
			}
			mi.MemoryTotal, mi.MemoryUsed, mi.MemoryFree = splitMemory(mg.memoryTotal, p.f.usedBy(mg.uuid))
			if why := p.unhealthy[mg.uuid]; why != "" {
				mi.Healthy, mi.UnhealthyReason = false, why
			}
			info.MIGInstances = append(info.MIGInstances, mi)
		}
		if why := p.unhealthy[g.uuid]; why != "" {
			info.Healthy, info.UnhealthyReason = false, why
		}
		infos = append(infos, info)
	}
	return infos, nil
}

func (p *pureFake) Events(ctx context.Context) (<-chan HealthEvent, error) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil, ErrClosed
	}
	p.wg.Add(1)
	p.mu.Unlock()
	events, unsubscribe := p.f.subscribe()
	ch := make(chan HealthEvent, 16)
	go func() {
		defer p.wg.Done()
		defer close(ch)
		defer unsubscribe()
		for {
			var fe fakeEvent
			select {
			case fe = <-events:
			case <-ctx.Done():
				return
			case <-p.ctx.Done():
				return
			}
			g := p.f.gpus[fe.index]
			if fe.eventType&g.supportedEvents() == 0 {
				continue
			}
			kind, xid, critical, reason, ok := classifyEvent(fe.eventType, fe.data)
			if !ok {
				continue
			}
			ev := HealthEvent{UUID: g.uuid, Index: g.index, Kind: kind, XID: xid, Critical: critical, Reason: reason, Time: time.Now()}
			if fe.gi != noInstance && fe.ci != noInstance {
				if m, found := g.findMIG(fe.gi, fe.ci); found {
					ev.MIGUUID = m.uuid
				}
			}
			if critical {
				key := ev.UUID
				if ev.MIGUUID != "" {
					key = ev.MIGUUID
				}
				p.mu.Lock()
				if p.unhealthy[key] == "" {
					p.unhealthy[key] = reason
				}
				p.mu.Unlock()
			}
			select {
			case ch <- ev:
			case <-ctx.Done():
				return
			case <-p.ctx.Done():
				return
			}
		}
	}()
	return ch, nil
}

func (p *pureFake) Close() error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil
	}
	p.closed = true
	p.mu.Unlock()
	p.cancel()
	p.wg.Wait()
	return nil
}

// findMIG maps an event's GPU/compute instance IDs to the MIG device.
func (g *fakeGPU) findMIG(gi, ci uint32) (fakeMIG, bool) {
	for _, m := range g.migs {
		if uint32(m.gi) == gi && uint32(m.ci) == ci {
			return m, true
		}
	}
	return fakeMIG{}, false
}
