//go:build linux && cgo

package gpu

import (
	"context"
	"log/slog"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/gpus"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"
)

func TestEventConstantsMatchNVML(t *testing.T) {
	if eventTypeXID != nvml.EventTypeXidCriticalError ||
		eventTypeDoubleBitECC != nvml.EventTypeDoubleBitEccError ||
		eventTypeSingleBitECC != nvml.EventTypeSingleBitEccError {
		t.Fatal("event type bits differ from go-nvml's")
	}
}

// The pure model of the fleets must agree with go-nvml's presets, since
// CGO_ENABLED=0 builds use it in their place.
func TestFakeModelsMatchGoNVMLPresets(t *testing.T) {
	for _, m := range fakeModels {
		if m.preset == "" {
			continue
		}
		cfg, ok := mockPresets[m.preset]
		if !ok {
			t.Fatalf("%s: no preset %s", m.key, m.preset)
		}
		if got := strings.TrimPrefix(cfg.Name, "Mock "); got != m.name || cfg.MemoryMB != m.memoryMiB ||
			cfg.CudaMajor != m.ccMajor || cfg.CudaMinor != m.ccMinor {
			t.Errorf("%s: table %q %d MiB %d.%d, preset %q %d MiB %d.%d", m.key, m.name, m.memoryMiB,
				m.ccMajor, m.ccMinor, got, cfg.MemoryMB, cfg.CudaMajor, cfg.CudaMinor)
		}
		gip := cfg.MIGProfiles.GpuInstanceProfiles[nvml.GPU_INSTANCE_PROFILE_1_SLICE]
		if m.mig == nil || int(gip.InstanceCount) != m.mig.count || gip.MemorySizeMB != m.mig.memoryMiB {
			t.Errorf("%s: MIG table %+v, preset 1-slice %d × %d MiB", m.key, m.mig, gip.InstanceCount, gip.MemorySizeMB)
		}
	}
	for srv, key := range fakeServers {
		if lookupFakeModel(key) == nil {
			t.Errorf("%s: unknown model %s", srv, key)
		}
	}
	if gpus.H100_SXM5_80GB.Name != "NVIDIA H100 80GB HBM3" {
		t.Errorf("dgxh100 preset renamed: %q", gpus.H100_SXM5_80GB.Name)
	}
}

func stripTimes(evs []HealthEvent) []HealthEvent {
	for i := range evs {
		evs[i].Time = time.Time{}
	}
	return evs
}

// The mock-backed fleet and the pure model answer identically.
func TestFakeMockAndPureAgree(t *testing.T) {
	specs := []string{
		"dgxa100", "dgxh100", "dgxh200:mig", "dgxb200",
		"2xA30:mig,RTX4090,T4,L4,A100-PCIE-80GB,A100-80GB:mig,A100-PCIE,RTX3090",
	}
	for _, spec := range specs {
		t.Run(spec, func(t *testing.T) {
			f := newFake(t, spec)
			pure := newPureFake(f)
			defer pure.Close()
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			mockEvents, err := f.Events(ctx)
			if err != nil {
				t.Fatal(err)
			}
			pureEvents, err := pure.Events(ctx)
			if err != nil {
				t.Fatal(err)
			}

			before := probe(t, f)
			f.RecordAllocated(before[0].UUID, 1<<30)
			if len(before[1].MIGInstances) > 0 {
				f.RecordAllocated(before[1].MIGInstances[1].UUID, 1<<30)
			}
			if err := f.InjectXID(1, 79); err != nil {
				t.Fatal(err)
			}
			if len(before[0].MIGInstances) > 0 {
				if err := f.InjectMIGXID(0, 3, 95); err != nil {
					t.Fatal(err)
				}
			}
			want := 1 + min(1, len(before[0].MIGInstances))
			var got [2][]HealthEvent
			for i, ch := range []<-chan HealthEvent{mockEvents, pureEvents} {
				for range want {
					ev, _ := nextEvent(t, ch)
					got[i] = append(got[i], ev)
				}
			}
			if a, b := stripTimes(got[0]), stripTimes(got[1]); !reflect.DeepEqual(a, b) {
				t.Errorf("events differ:\nmock %+v\npure %+v", a, b)
			}
			a, err := f.Probe()
			if err != nil {
				t.Fatal(err)
			}
			b, err := pure.Probe()
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(a, b) {
				t.Errorf("probes differ:\nmock %+v\npure %+v", a, b)
			}
			if a[1].Healthy || a[0].MemoryUsed == 0 {
				t.Errorf("the injected state did not show: %+v", a[:2])
			}
		})
	}
}

// newMockServer is a dgxh100 straight from go-nvml's mocks, with just
// enough filled in for the prober, for tests that break one thing at a time.
func newMockServer(t *testing.T, n int) *server.Server {
	t.Helper()
	srv, err := server.New(server.WithGPUs(gpus.Multiple(n, gpus.H100_SXM5_80GB)...))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range srv.Devices {
		dev := d.(*server.Device)
		dev.GetUtilizationRatesFunc = func() (nvml.Utilization, nvml.Return) { return nvml.Utilization{Gpu: 5}, nvml.SUCCESS }
		dev.GetTemperatureFunc = func(nvml.TemperatureSensors) (uint32, nvml.Return) { return 40, nvml.SUCCESS }
		dev.GetPowerUsageFunc = func() (uint32, nvml.Return) { return 90000, nvml.SUCCESS }
		dev.GetSupportedEventTypesFunc = func() (uint64, nvml.Return) { return healthEventMask, nvml.SUCCESS }
		dev.RegisterEventsFunc = func(uint64, nvml.EventSet) nvml.Return { return nvml.SUCCESS }
	}
	return srv
}

func TestNVMLInitFailuresAreSoft(t *testing.T) {
	tests := []struct {
		name string
		init func() nvml.Return
		want string
	}{
		{"no library", func() nvml.Return { return nvml.ERROR_LIBRARY_NOT_FOUND }, "NVML not found: libnvidia-ml.so.1"},
		{"driver not loaded", func() nvml.Return { return nvml.ERROR_DRIVER_NOT_LOADED }, "driver not loaded"},
		{"no permission", func() nvml.Return { return nvml.ERROR_NO_PERMISSION }, "no permission"},
		{"version mismatch", func() nvml.Return { return nvml.ERROR_LIB_RM_VERSION_MISMATCH }, "versions differ"},
		{"other", func() nvml.Return { return nvml.ERROR_UNKNOWN }, "NVML init failed"},
		{"panic", func() nvml.Return { panic("symbol lookup error") }, "symbol lookup error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newMockServer(t, 2)
			srv.InitFunc = tt.init
			rec := &logRecorder{}
			p, reason := newNVMLProber(srv, slog.New(rec), 10)
			if !strings.Contains(reason, tt.want) {
				t.Errorf("reason %q, want it to mention %q", reason, tt.want)
			}
			if infos, err := p.Probe(); err != nil || len(infos) != 0 {
				t.Errorf("Probe: %d GPUs, %v", len(infos), err)
			}
			if lines := rec.lines(); len(lines) != 1 {
				t.Errorf("log lines %q, want one", lines)
			}
			if err := p.Close(); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestNVMLZeroDevices(t *testing.T) {
	srv := newMockServer(t, 0)
	shutdown := 0
	srv.ShutdownFunc = func() nvml.Return { shutdown++; return nvml.SUCCESS }
	p, reason := newNVMLProber(srv, nil, 10)
	if reason == "" || shutdown != 1 {
		t.Errorf("reason %q, shutdown %d times", reason, shutdown)
	}
	if infos, _ := p.Probe(); len(infos) != 0 {
		t.Errorf("%d GPUs", len(infos))
	}
}

func TestNVMLMetricErrorsOmitFieldsAndLogOnce(t *testing.T) {
	srv := newMockServer(t, 2)
	d0 := srv.Devices[0].(*server.Device)
	d0.GetTemperatureFunc = func(nvml.TemperatureSensors) (uint32, nvml.Return) { return 0, nvml.ERROR_NO_PERMISSION }
	d0.GetPowerUsageFunc = func() (uint32, nvml.Return) { return 0, nvml.ERROR_NOT_SUPPORTED }
	d0.GetUtilizationRatesFunc = func() (nvml.Utilization, nvml.Return) { return nvml.Utilization{}, nvml.ERROR_NOT_SUPPORTED }
	d1 := srv.Devices[1].(*server.Device)
	d1.GetMemoryInfoFunc = func() (nvml.Memory, nvml.Return) { return nvml.Memory{}, nvml.ERROR_GPU_IS_LOST }
	rec := &logRecorder{}
	p, reason := newNVMLProber(srv, slog.New(rec), 10)
	if reason != "" {
		t.Fatal(reason)
	}
	defer p.Close()
	var infos []Info
	for range 3 {
		infos = probe(t, p)
	}
	if len(infos) != 2 {
		t.Fatalf("%d GPUs", len(infos))
	}
	if in := infos[0]; in.TemperatureC != nil || in.PowerMW != nil || in.UtilizationGPU != nil || !in.Healthy || in.Name == "" {
		t.Errorf("GPU 0: %+v", in)
	}
	if in := infos[1]; in.Healthy || !strings.Contains(in.UnhealthyReason, "lost") || in.TemperatureC == nil {
		t.Errorf("GPU 1 (lost): %+v", in)
	}
	var warns []string
	for _, l := range rec.lines() {
		if strings.HasPrefix(l, "WARN") {
			warns = append(warns, l)
		}
	}
	// One per (device, query, error) across three probes: temperature on
	// GPU 0 and memory on GPU 1. NOT_SUPPORTED is silent.
	if len(warns) != 2 {
		t.Errorf("warnings %q, want 2", warns)
	}
}

func TestNVMLUnidentifiableDeviceSkipped(t *testing.T) {
	srv := newMockServer(t, 3)
	srv.Devices[1].(*server.Device).GetUUIDFunc = func() (string, nvml.Return) { return "", nvml.ERROR_UNKNOWN }
	p, _ := newNVMLProber(srv, nil, 10)
	defer p.Close()
	if infos := probe(t, p); len(infos) != 2 || infos[0].Index != 0 || infos[1].Index != 2 {
		t.Errorf("got %+v", infos)
	}
}

// A failed wait marks every GPU unhealthy, once, as k8s-device-plugin does.
func TestNVMLEventWaitFailure(t *testing.T) {
	srv := newMockServer(t, 2)
	srv.EventSetCreateFunc = func() (nvml.EventSet, nvml.Return) {
		return &mock.EventSet{
			WaitFunc: func(uint32) (nvml.EventData, nvml.Return) { return nvml.EventData{}, nvml.ERROR_UNKNOWN },
			FreeFunc: func() nvml.Return { return nvml.SUCCESS },
		}, nvml.SUCCESS
	}
	p, _ := newNVMLProber(srv, nil, 10)
	defer p.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ch, err := p.Events(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		ev, _ := nextEvent(t, ch)
		if ev.Kind != EventWaitFailed || !ev.Critical || ev.Index != i {
			t.Errorf("event %d: %+v", i, ev)
		}
	}
	noEvent(t, ch, 200*time.Millisecond)
	for _, in := range probe(t, p) {
		if in.Healthy {
			t.Errorf("GPU %d still healthy", in.Index)
		}
	}
}

func TestNVMLEventRegistration(t *testing.T) {
	srv := newMockServer(t, 3)
	var registered []uint64
	srv.Devices[0].(*server.Device).RegisterEventsFunc = func(mask uint64, _ nvml.EventSet) nvml.Return {
		registered = append(registered, mask)
		return nvml.SUCCESS
	}
	srv.Devices[0].(*server.Device).GetSupportedEventTypesFunc = func() (uint64, nvml.Return) {
		return nvml.EventTypeXidCriticalError | nvml.EventTypePState, nvml.SUCCESS
	}
	srv.Devices[1].(*server.Device).RegisterEventsFunc = func(uint64, nvml.EventSet) nvml.Return { return nvml.ERROR_NOT_SUPPORTED }
	srv.Devices[2].(*server.Device).RegisterEventsFunc = func(uint64, nvml.EventSet) nvml.Return { return nvml.ERROR_UNKNOWN }
	srv.EventSetCreateFunc = func() (nvml.EventSet, nvml.Return) {
		return &mock.EventSet{
			WaitFunc: func(ms uint32) (nvml.EventData, nvml.Return) {
				time.Sleep(time.Duration(ms) * time.Millisecond)
				return nvml.EventData{}, nvml.ERROR_TIMEOUT
			},
			FreeFunc: func() nvml.Return { return nvml.SUCCESS },
		}, nvml.SUCCESS
	}
	p, _ := newNVMLProber(srv, nil, 10)
	defer p.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ch, err := p.Events(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Only what the device supports of XID|DBE|SBE is asked for.
	if len(registered) != 1 || registered[0] != nvml.EventTypeXidCriticalError {
		t.Errorf("registered masks %v", registered)
	}
	ev, _ := nextEvent(t, ch)
	if ev.Index != 2 || ev.Kind != EventRegisterFailed || !ev.Critical {
		t.Errorf("event %+v, want GPU 2 register failure", ev)
	}
	noEvent(t, ch, 100*time.Millisecond) // GPU 1 is merely too old: no event
}

func TestNVMLEventSetUnsupported(t *testing.T) {
	srv := newMockServer(t, 1)
	srv.EventSetCreateFunc = func() (nvml.EventSet, nvml.Return) { return nil, nvml.ERROR_NOT_SUPPORTED }
	p, _ := newNVMLProber(srv, nil, 10)
	ch, err := p.Events(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case _, ok := <-ch:
		if ok {
			t.Error("got an event")
		}
	case <-time.After(2 * time.Second):
		t.Error("channel not closed by Close")
	}
}
