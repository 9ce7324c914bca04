//go:build linux && cgo

package gpu

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

// realEventWaitMs bounds one blocking nvmlEventSetWait; Close waits at most
// this long for an event loop to notice it should stop.
const realEventWaitMs = 1000

// eventRetryDelay paces the event loop after a failed wait.
const eventRetryDelay = time.Second

// NewNVMLProber opens the system's NVML. When NVML is unusable (no driver,
// driver not loaded, no permission, no GPU) it logs one line, returns a
// prober that reports zero GPUs, and says why in reason; it never fails.
func NewNVMLProber(logger *slog.Logger) (Prober, string) {
	return newNVMLProber(nvml.New(), logger, realEventWaitMs)
}

// nvmlProber implements Prober on any nvml.Interface: the real library or
// go-nvml's mock server (the fake fleets).
type nvmlProber struct {
	lib    nvml.Interface
	log    *slog.Logger
	waitMs uint32

	ctx    context.Context // cancelled by Close; stops every event loop
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu        sync.Mutex
	closed    bool
	unhealthy map[string]string // GPU or MIG UUID -> reason (sticky)
	warned    map[string]bool   // soft errors already logged
}

func newNVMLProber(lib nvml.Interface, logger *slog.Logger, waitMs uint32) (p Prober, reason string) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	defer func() {
		// A broken libnvidia-ml must cost us the GPUs, not the node.
		if r := recover(); r != nil {
			reason = fmt.Sprintf("NVML failed: %v", r)
			logger.Warn("no GPUs: " + reason)
			p = noGPUs{reason}
		}
	}()
	if ret := lib.Init(); ret != nvml.SUCCESS {
		reason = initFailureReason(ret)
		logger.Info("no GPUs: " + reason)
		return noGPUs{reason}, reason
	}
	n, ret := lib.DeviceGetCount()
	switch {
	case ret != nvml.SUCCESS:
		reason = fmt.Sprintf("NVML could not count GPUs: %v", errText(ret))
	case n == 0:
		reason = "NVML reports no GPUs"
	}
	if reason != "" {
		_ = lib.Shutdown()
		logger.Info("no GPUs: " + reason)
		return noGPUs{reason}, reason
	}
	driver, _ := lib.SystemGetDriverVersion()
	logger.Info("NVML ready", "gpus", n, "driver", driver)
	ctx, cancel := context.WithCancel(context.Background())
	return &nvmlProber{
		lib:       lib,
		log:       logger,
		waitMs:    waitMs,
		ctx:       ctx,
		cancel:    cancel,
		unhealthy: map[string]string{},
		warned:    map[string]bool{},
	}, ""
}

func initFailureReason(ret nvml.Return) string {
	switch ret {
	case nvml.ERROR_LIBRARY_NOT_FOUND:
		return "NVML not found: libnvidia-ml.so.1 could not be loaded (no NVIDIA driver installed?)"
	case nvml.ERROR_DRIVER_NOT_LOADED:
		return "NVIDIA driver not loaded: libnvidia-ml.so.1 is present but the kernel module is not running"
	case nvml.ERROR_NO_PERMISSION:
		return "no permission to use NVML (check access to /dev/nvidia*)"
	case nvml.ERROR_LIB_RM_VERSION_MISMATCH:
		return "NVIDIA driver and libnvidia-ml.so.1 versions differ (reboot after the driver upgrade?)"
	}
	return "NVML init failed: " + errText(ret)
}

// errText names a Return without asking the (possibly absent) library.
func errText(ret nvml.Return) string {
	return strings.TrimPrefix(ret.Error(), "ERROR_")
}

// soft reports whether a per-metric query succeeded. NOT_SUPPORTED is
// normal (consumer cards, MIG mode) and silent; any other failure is
// logged once per device, metric and error, then the field is omitted.
func (p *nvmlProber) soft(index int, what string, ret nvml.Return) bool {
	if ret == nvml.SUCCESS {
		return true
	}
	if ret != nvml.ERROR_NOT_SUPPORTED {
		p.warnOnce(index, what, ret)
	}
	return false
}

func (p *nvmlProber) warnOnce(index int, what string, ret nvml.Return) {
	key := fmt.Sprintf("%d/%s/%d", index, what, ret)
	p.mu.Lock()
	seen := p.warned[key]
	p.warned[key] = true
	p.mu.Unlock()
	if !seen {
		p.log.Warn("GPU query failed", "index", index, "query", what, "error", errText(ret))
	}
}

func (p *nvmlProber) isClosed() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.closed
}

func (p *nvmlProber) Probe() ([]Info, error) {
	if p.isClosed() {
		return nil, ErrClosed
	}
	n, ret := p.lib.DeviceGetCount()
	if ret != nvml.SUCCESS {
		return nil, fmt.Errorf("gpu: NVML device count: %s", errText(ret))
	}
	infos := make([]Info, 0, n)
	for i := 0; i < n; i++ {
		dev, ret := p.lib.DeviceGetHandleByIndex(i)
		if ret != nvml.SUCCESS {
			// Left out: the allocator marks a GPU that vanished unhealthy.
			p.warnOnce(i, "handle", ret)
			continue
		}
		if info, ok := p.probeDevice(i, dev); ok {
			infos = append(infos, info)
		}
	}
	return infos, nil
}

func (p *nvmlProber) probeDevice(i int, dev nvml.Device) (Info, bool) {
	uuid, ret := dev.GetUUID()
	if ret != nvml.SUCCESS {
		p.warnOnce(i, "uuid", ret)
		return Info{}, false
	}
	info := Info{Index: i, UUID: uuid, Healthy: true}
	lost := false
	check := func(what string, ret nvml.Return) bool {
		lost = lost || ret == nvml.ERROR_GPU_IS_LOST
		return p.soft(i, what, ret)
	}
	if name, ret := dev.GetName(); check("name", ret) {
		info.Name = name
	}
	if mem, ret := dev.GetMemoryInfo(); check("memory", ret) {
		info.MemoryTotal, info.MemoryUsed, info.MemoryFree = mem.Total, mem.Used, mem.Free
	}
	if u, ret := dev.GetUtilizationRates(); check("utilization", ret) {
		info.UtilizationGPU, info.UtilizationMem = u32(u.Gpu), u32(u.Memory)
	}
	if t, ret := dev.GetTemperature(nvml.TEMPERATURE_GPU); check("temperature", ret) {
		info.TemperatureC = u32(t)
	}
	if pw, ret := dev.GetPowerUsage(); check("power", ret) {
		info.PowerMW = u32(pw)
	}
	if major, minor, ret := dev.GetCudaComputeCapability(); check("compute capability", ret) {
		info.ComputeCapability = fmt.Sprintf("%d.%d", major, minor)
	}
	if current, _, ret := dev.GetMigMode(); check("MIG mode", ret) && current == nvml.DEVICE_MIG_ENABLE {
		info.MIGEnabled = true
		info.MIGInstances = p.probeMIG(i, dev)
	}

	p.mu.Lock()
	defer p.mu.Unlock()
	if lost && p.unhealthy[uuid] == "" {
		p.unhealthy[uuid] = "GPU is lost (NVML: GPU_IS_LOST)"
	}
	if why := p.unhealthy[uuid]; why != "" {
		info.Healthy, info.UnhealthyReason = false, why
	}
	for k := range info.MIGInstances {
		m := &info.MIGInstances[k]
		if why := p.unhealthy[m.UUID]; why != "" {
			m.Healthy, m.UnhealthyReason = false, why
		}
	}
	return info, true
}

func (p *nvmlProber) probeMIG(i int, dev nvml.Device) []MIGInfo {
	slots, ret := dev.GetMaxMigDeviceCount()
	if !p.soft(i, "MIG device count", ret) {
		return nil
	}
	var out []MIGInfo
	for j := 0; j < slots; j++ {
		mig, ret := dev.GetMigDeviceHandleByIndex(j)
		if ret == nvml.ERROR_NOT_FOUND {
			continue // empty slot
		}
		if !p.soft(i, "MIG device handle", ret) {
			continue
		}
		uuid, ret := mig.GetUUID()
		if !p.soft(i, "MIG UUID", ret) {
			continue
		}
		m := MIGInfo{UUID: uuid, Healthy: true, GPUInstanceID: -1, ComputeInstanceID: -1}
		if name, ret := mig.GetName(); p.soft(i, "MIG name", ret) {
			m.Name = name
			if _, prof, ok := strings.Cut(name, " MIG "); ok {
				m.Profile = prof
			}
		}
		if mem, ret := mig.GetMemoryInfo(); p.soft(i, "MIG memory", ret) {
			m.MemoryTotal, m.MemoryUsed, m.MemoryFree = mem.Total, mem.Used, mem.Free
		}
		if id, ret := mig.GetGpuInstanceId(); p.soft(i, "MIG GPU instance", ret) {
			m.GPUInstanceID = id
		}
		if id, ret := mig.GetComputeInstanceId(); p.soft(i, "MIG compute instance", ret) {
			m.ComputeInstanceID = id
		}
		out = append(out, m)
	}
	return out
}

// watched is a device registered in an event set.
type watched struct {
	index int
	uuid  string
	dev   nvml.Device
	migs  map[[2]uint32]string // (GPU instance, compute instance) -> MIG UUID
}

// Events follows k8s-device-plugin's health checker: register XID,
// double- and single-bit ECC events on every device that supports them,
// then wait on the set. Application XIDs are dropped; a failed wait makes
// every GPU unhealthy (reported once), since health can no longer be known.
func (p *nvmlProber) Events(ctx context.Context) (<-chan HealthEvent, error) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil, ErrClosed
	}
	p.wg.Add(1)
	p.mu.Unlock()

	set, ret := p.lib.EventSetCreate()
	if ret != nvml.SUCCESS {
		p.wg.Done()
		if ret == nvml.ERROR_NOT_SUPPORTED {
			p.log.Info("GPU health events not supported by this driver; health is not watched")
			return idleEvents(ctx, p.ctx), nil
		}
		return nil, fmt.Errorf("gpu: NVML event set: %s", errText(ret))
	}

	var devs []*watched
	var pending []HealthEvent
	n, ret := p.lib.DeviceGetCount()
	if ret != nvml.SUCCESS {
		n = 0
	}
	for i := 0; i < n; i++ {
		dev, ret := p.lib.DeviceGetHandleByIndex(i)
		if ret != nvml.SUCCESS {
			continue
		}
		uuid, ret := dev.GetUUID()
		if ret != nvml.SUCCESS {
			continue
		}
		w := &watched{index: i, uuid: uuid, dev: dev, migs: p.migIDs(dev)}
		devs = append(devs, w)

		supported, ret := dev.GetSupportedEventTypes()
		if ret == nvml.SUCCESS {
			ret = dev.RegisterEvents(uint64(healthEventMask)&supported, set)
		}
		switch ret {
		case nvml.SUCCESS:
		case nvml.ERROR_NOT_SUPPORTED:
			p.log.Info("GPU too old for health events; not watched", "index", i, "uuid", uuid)
		default:
			pending = append(pending, HealthEvent{
				UUID: uuid, Index: i, Kind: EventRegisterFailed, Critical: true, Time: time.Now(),
				Reason: "cannot watch health events: " + errText(ret),
			})
		}
	}

	ch := make(chan HealthEvent, 16)
	go p.watch(ctx, set, devs, pending, ch)
	return ch, nil
}

func (p *nvmlProber) migIDs(dev nvml.Device) map[[2]uint32]string {
	out := map[[2]uint32]string{}
	if current, _, ret := dev.GetMigMode(); ret != nvml.SUCCESS || current != nvml.DEVICE_MIG_ENABLE {
		return out
	}
	slots, ret := dev.GetMaxMigDeviceCount()
	if ret != nvml.SUCCESS {
		return out
	}
	for j := 0; j < slots; j++ {
		mig, ret := dev.GetMigDeviceHandleByIndex(j)
		if ret != nvml.SUCCESS {
			continue
		}
		uuid, r1 := mig.GetUUID()
		gi, r2 := mig.GetGpuInstanceId()
		ci, r3 := mig.GetComputeInstanceId()
		if r1 == nvml.SUCCESS && r2 == nvml.SUCCESS && r3 == nvml.SUCCESS {
			out[[2]uint32{uint32(gi), uint32(ci)}] = uuid
		}
	}
	return out
}

func (p *nvmlProber) watch(ctx context.Context, set nvml.EventSet, devs []*watched, pending []HealthEvent, ch chan<- HealthEvent) {
	defer p.wg.Done()
	defer close(ch)
	defer set.Free()

	send := func(ev HealthEvent) bool {
		if ev.Critical {
			p.markUnhealthy(ev)
		}
		select {
		case ch <- ev:
			return true
		case <-ctx.Done():
		case <-p.ctx.Done():
		}
		return false
	}
	for _, ev := range pending {
		p.log.Warn("GPU unhealthy", "index", ev.Index, "uuid", ev.UUID, "reason", ev.Reason)
		if !send(ev) {
			return
		}
	}
	waitFailed := false
	for ctx.Err() == nil && p.ctx.Err() == nil {
		data, ret := set.Wait(p.waitMs)
		if ret == nvml.ERROR_TIMEOUT {
			continue
		}
		if ret != nvml.SUCCESS {
			if !waitFailed {
				waitFailed = true
				p.log.Warn("waiting for GPU events failed; marking all GPUs unhealthy", "error", errText(ret))
				for _, d := range devs {
					if !send(HealthEvent{UUID: d.uuid, Index: d.index, Kind: EventWaitFailed, Critical: true,
						Time: time.Now(), Reason: "GPU event wait failed: " + errText(ret)}) {
						return
					}
				}
			}
			select {
			case <-time.After(eventRetryDelay):
			case <-ctx.Done():
			case <-p.ctx.Done():
			}
			continue
		}
		ev, ok := p.toHealthEvent(data, devs)
		if !ok {
			continue
		}
		if ev.Critical {
			p.log.Warn("GPU unhealthy", "index", ev.Index, "uuid", ev.UUID, "mig", ev.MIGUUID, "reason", ev.Reason)
		} else {
			p.log.Info("GPU health event", "index", ev.Index, "uuid", ev.UUID, "reason", ev.Reason)
		}
		if !send(ev) {
			return
		}
	}
}

func (p *nvmlProber) toHealthEvent(data nvml.EventData, devs []*watched) (HealthEvent, bool) {
	kind, xid, critical, reason, ok := classifyEvent(data.EventType, data.EventData)
	if !ok {
		if reason != "" {
			p.log.Info("ignoring application GPU error", "reason", reason)
		}
		return HealthEvent{}, false
	}
	if data.Device == nil {
		return HealthEvent{}, false
	}
	uuid, ret := data.Device.GetUUID()
	if ret != nvml.SUCCESS {
		p.log.Warn("GPU event from an unidentifiable device", "reason", reason, "error", errText(ret))
		return HealthEvent{}, false
	}
	ev := HealthEvent{UUID: uuid, Index: -1, Kind: kind, XID: xid, Critical: critical, Reason: reason, Time: time.Now()}
	for _, d := range devs {
		if d.uuid != uuid {
			continue
		}
		ev.Index = d.index
		if data.GpuInstanceId != noInstance && data.ComputeInstanceId != noInstance {
			key := [2]uint32{data.GpuInstanceId, data.ComputeInstanceId}
			if _, known := d.migs[key]; !known {
				d.migs = p.migIDs(d.dev) // MIG layout changed since registration
			}
			ev.MIGUUID = d.migs[key]
		}
	}
	return ev, true
}

func (p *nvmlProber) markUnhealthy(ev HealthEvent) {
	p.mu.Lock()
	defer p.mu.Unlock()
	key := ev.UUID
	if ev.MIGUUID != "" {
		key = ev.MIGUUID
	}
	if p.unhealthy[key] == "" {
		p.unhealthy[key] = ev.Reason
	}
}

func (p *nvmlProber) Close() error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil
	}
	p.closed = true
	p.mu.Unlock()
	p.cancel()
	p.wg.Wait()
	if ret := p.lib.Shutdown(); ret != nvml.SUCCESS {
		return fmt.Errorf("gpu: NVML shutdown: %s", errText(ret))
	}
	return nil
}

// idleEvents is a subscription on which nothing ever arrives.
func idleEvents(ctx, stop context.Context) <-chan HealthEvent {
	ch := make(chan HealthEvent)
	go func() {
		select {
		case <-ctx.Done():
		case <-stop.Done():
		}
		close(ch)
	}()
	return ch
}
