//go:build linux && cgo

package gpu

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/gpus"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"
)

// fakeEventWaitMs keeps Close of a fake fleet fast.
const fakeEventWaitMs = 50

var mockPresets = map[string]gpus.Config{
	"A100_SXM4_40GB":  gpus.A100_SXM4_40GB,
	"A100_SXM4_80GB":  gpus.A100_SXM4_80GB,
	"A100_PCIE_40GB":  gpus.A100_PCIE_40GB,
	"A100_PCIE_80GB":  gpus.A100_PCIE_80GB,
	"A30_PCIE_24GB":   gpus.A30_PCIE_24GB,
	"H100_SXM5_80GB":  gpus.H100_SXM5_80GB,
	"H200_SXM5_141GB": gpus.H200_SXM5_141GB,
	"B200_SXM5_180GB": gpus.B200_SXM5_180GB,
}

// mockConfig is the go-nvml preset of a model, or one built from our table
// for models go-nvml has no preset for (those have no MIG profiles).
func mockConfig(m *fakeModel) gpus.Config {
	if m.preset != "" {
		return mockPresets[m.preset]
	}
	arch := nvml.DeviceArchitecture(nvml.DEVICE_ARCH_AMPERE)
	switch {
	case m.ccMajor == 7:
		arch = nvml.DEVICE_ARCH_TURING
	case m.ccMajor == 8 && m.ccMinor == 9:
		arch = nvml.DEVICE_ARCH_ADA
	}
	brand := nvml.BrandType(nvml.BRAND_NVIDIA)
	if !m.ecc {
		brand = nvml.BRAND_GEFORCE
	}
	return gpus.Config{
		Name: m.name, Architecture: arch, Brand: brand, MemoryMB: m.memoryMiB,
		CudaMajor: m.ccMajor, CudaMinor: m.ccMinor,
	}
}

// newFakeImpl stands up go-nvml's mock NVML server for the fleet, fills in
// what the mocks leave unimplemented, and puts the real NVML prober on top.
func newFakeImpl(f *FakeProber) (Prober, error) {
	cfgs := make([]gpus.Config, len(f.gpus))
	for i, g := range f.gpus {
		cfgs[i] = mockConfig(g.model)
	}
	srv, err := server.New(
		server.WithGPUs(cfgs...),
		server.WithDriverVersion("550.54.15"),
		server.WithNVMLVersion("12.550.54.15"),
		server.WithCUDADriverVersion(12040),
	)
	if err != nil {
		return nil, fmt.Errorf("gpu: fake NVML server: %w", err)
	}
	for i, d := range srv.Devices {
		if err := f.wireDevice(d.(*server.Device), f.gpus[i]); err != nil {
			return nil, err
		}
	}
	srv.EventSetCreateFunc = func() (nvml.EventSet, nvml.Return) {
		return f.newEventSet(srv), nvml.SUCCESS
	}
	p, _ := newNVMLProber(srv, nil, fakeEventWaitMs)
	return p, nil
}

func (f *FakeProber) wireDevice(d *server.Device, g *fakeGPU) error {
	d.UUID = g.uuid // the mock's UUIDs are random per run
	name := strings.TrimPrefix(d.Config.Name, "Mock ")
	d.GetNameFunc = func() (string, nvml.Return) { return name, nvml.SUCCESS }
	total := d.MemoryInfo.Total
	d.GetMemoryInfoFunc = func() (nvml.Memory, nvml.Return) {
		t, u, fr := splitMemory(total, f.used(g))
		return nvml.Memory{Total: t, Used: u, Free: fr}, nvml.SUCCESS
	}
	d.GetUtilizationRatesFunc = func() (nvml.Utilization, nvml.Return) {
		gpu, mem, ok := f.utilization(g)
		if !ok {
			return nvml.Utilization{}, nvml.ERROR_NOT_SUPPORTED
		}
		return nvml.Utilization{Gpu: gpu, Memory: mem}, nvml.SUCCESS
	}
	d.GetTemperatureFunc = func(s nvml.TemperatureSensors) (uint32, nvml.Return) {
		if s != nvml.TEMPERATURE_GPU {
			return 0, nvml.ERROR_INVALID_ARGUMENT
		}
		return f.temperature(g), nvml.SUCCESS
	}
	d.GetPowerUsageFunc = func() (uint32, nvml.Return) { return f.powerMW(g), nvml.SUCCESS }
	d.GetSupportedEventTypesFunc = func() (uint64, nvml.Return) { return g.supportedEvents(), nvml.SUCCESS }
	d.RegisterEventsFunc = func(mask uint64, set nvml.EventSet) nvml.Return {
		fs, ok := set.(*fakeEventSet)
		if !ok {
			return nvml.ERROR_INVALID_ARGUMENT
		}
		if mask&^g.supportedEvents() != 0 {
			return nvml.ERROR_NOT_SUPPORTED
		}
		fs.register(g.index, mask)
		return nvml.SUCCESS
	}
	if len(d.Config.MIGProfiles.GpuInstanceProfiles) == 0 {
		// Cards without MIG answer NOT_SUPPORTED, like real ones.
		d.GetMigModeFunc = func() (int, int, nvml.Return) { return 0, 0, nvml.ERROR_NOT_SUPPORTED }
		d.GetMaxMigDeviceCountFunc = func() (int, nvml.Return) { return 0, nvml.ERROR_NOT_SUPPORTED }
		return nil
	}
	handles, slots, err := f.createMIG(d, g)
	if err != nil {
		return err
	}
	d.GetMaxMigDeviceCountFunc = func() (int, nvml.Return) { return slots, nvml.SUCCESS }
	d.GetMigDeviceHandleByIndexFunc = func(j int) (nvml.Device, nvml.Return) {
		switch {
		case j >= 0 && j < len(handles):
			return handles[j], nvml.SUCCESS
		case j >= 0 && j < slots:
			return nil, nvml.ERROR_NOT_FOUND
		}
		return nil, nvml.ERROR_INVALID_ARGUMENT
	}
	return nil
}

// createMIG partitions a MIG-mode GPU into instances of the 1-slice profile
// through the mock's own GPU/compute instance API, and returns a MIG device
// handle per instance plus the number of MIG slots.
func (f *FakeProber) createMIG(d *server.Device, g *fakeGPU) ([]nvml.Device, int, error) {
	gip, ret := d.GetGpuInstanceProfileInfo(nvml.GPU_INSTANCE_PROFILE_1_SLICE)
	if ret != nvml.SUCCESS {
		return nil, 0, fmt.Errorf("gpu: fake %s: 1-slice MIG profile: %v", g.model.key, ret)
	}
	slots := int(gip.InstanceCount)
	if !g.mig {
		return nil, slots, nil
	}
	if _, ret := d.SetMigMode(nvml.DEVICE_MIG_ENABLE); ret != nvml.SUCCESS {
		return nil, 0, fmt.Errorf("gpu: fake %s: enabling MIG: %v", g.model.key, ret)
	}
	parentName := strings.TrimPrefix(d.Config.Name, "Mock ")
	memory := uint64(gip.MemorySizeMB) << 20
	profile := (&fakeMIGProfile{memoryMiB: gip.MemorySizeMB}).profileName()
	var handles []nvml.Device
	for j := range g.migs {
		gi, ret := d.CreateGpuInstance(&gip)
		if ret != nvml.SUCCESS {
			return nil, 0, fmt.Errorf("gpu: fake %s: GPU instance: %v", g.model.key, ret)
		}
		cip, ret := gi.GetComputeInstanceProfileInfo(nvml.COMPUTE_INSTANCE_PROFILE_1_SLICE, nvml.COMPUTE_INSTANCE_ENGINE_PROFILE_SHARED)
		if ret != nvml.SUCCESS {
			return nil, 0, fmt.Errorf("gpu: fake %s: compute instance profile: %v", g.model.key, ret)
		}
		ci, ret := gi.CreateComputeInstance(&cip)
		if ret != nvml.SUCCESS {
			return nil, 0, fmt.Errorf("gpu: fake %s: compute instance: %v", g.model.key, ret)
		}
		giInfo, _ := gi.GetInfo()
		ciInfo, _ := ci.GetInfo()
		uuid := g.migs[j].uuid
		handles = append(handles, &mock.Device{
			GetUUIDFunc: func() (string, nvml.Return) { return uuid, nvml.SUCCESS },
			GetNameFunc: func() (string, nvml.Return) { return parentName + " MIG " + profile, nvml.SUCCESS },
			GetMemoryInfoFunc: func() (nvml.Memory, nvml.Return) {
				t, u, fr := splitMemory(memory, f.usedBy(uuid))
				return nvml.Memory{Total: t, Used: u, Free: fr}, nvml.SUCCESS
			},
			GetGpuInstanceIdFunc:                   func() (int, nvml.Return) { return int(giInfo.Id), nvml.SUCCESS },
			GetComputeInstanceIdFunc:               func() (int, nvml.Return) { return int(ciInfo.Id), nvml.SUCCESS },
			IsMigDeviceHandleFunc:                  func() (bool, nvml.Return) { return true, nvml.SUCCESS },
			GetDeviceHandleFromMigDeviceHandleFunc: func() (nvml.Device, nvml.Return) { return d, nvml.SUCCESS },
		})
	}
	return handles, slots, nil
}

// fakeEventSet is an NVML event set fed by FakeProber.inject. Like NVML it
// delivers only the event types registered for each device.
type fakeEventSet struct {
	*mock.EventSet
	mu         sync.Mutex
	registered map[int]uint64 // device index -> event mask
}

func (s *fakeEventSet) register(index int, mask uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.registered[index] |= mask
}

func (s *fakeEventSet) wants(ev fakeEvent) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.registered[ev.index]&ev.eventType != 0
}

func (f *FakeProber) newEventSet(srv *server.Server) *fakeEventSet {
	events, unsubscribe := f.subscribe()
	s := &fakeEventSet{EventSet: &mock.EventSet{}, registered: map[int]uint64{}}
	s.WaitFunc = func(timeoutMs uint32) (nvml.EventData, nvml.Return) {
		timer := time.NewTimer(time.Duration(timeoutMs) * time.Millisecond)
		defer timer.Stop()
		for {
			select {
			case ev := <-events:
				if !s.wants(ev) {
					continue
				}
				return nvml.EventData{
					Device:            srv.Devices[ev.index],
					EventType:         ev.eventType,
					EventData:         ev.data,
					GpuInstanceId:     ev.gi,
					ComputeInstanceId: ev.ci,
				}, nvml.SUCCESS
			case <-timer.C:
				return nvml.EventData{}, nvml.ERROR_TIMEOUT
			}
		}
	}
	var once sync.Once
	s.FreeFunc = func() nvml.Return {
		once.Do(unsubscribe)
		return nvml.SUCCESS
	}
	return s
}
