package gpu

import (
	"context"
	"encoding/json"
	"errors"
	"time"
)

// Info describes one physical GPU as the prober last saw it. Metrics that
// the device does not support (or that NVML refused) are nil and omitted
// from JSON.
type Info struct {
	Index             int       `json:"index"`
	UUID              string    `json:"uuid"`
	Name              string    `json:"name"`
	MemoryTotal       uint64    `json:"memory_total_bytes"`
	MemoryFree        uint64    `json:"memory_free_bytes"`
	MemoryUsed        uint64    `json:"memory_used_bytes"`
	UtilizationGPU    *uint32   `json:"utilization_gpu_pct,omitempty"`
	UtilizationMem    *uint32   `json:"utilization_mem_pct,omitempty"`
	TemperatureC      *uint32   `json:"temperature_c,omitempty"`
	PowerMW           *uint32   `json:"power_mw,omitempty"`
	ComputeCapability string    `json:"compute_capability,omitempty"`
	MIGEnabled        bool      `json:"mig_mode"`
	MIGInstances      []MIGInfo `json:"mig_instances"`
	Healthy           bool      `json:"healthy"`
	UnhealthyReason   string    `json:"unhealthy_reason,omitempty"`
}

// MIGInfo describes one MIG device (a GPU instance with its compute
// instance) carved out of a physical GPU.
type MIGInfo struct {
	UUID              string `json:"uuid"`
	Name              string `json:"name,omitempty"`
	Profile           string `json:"profile,omitempty"` // e.g. "1g.10gb"
	GPUInstanceID     int    `json:"gpu_instance_id"`
	ComputeInstanceID int    `json:"compute_instance_id"`
	MemoryTotal       uint64 `json:"memory_total_bytes"`
	MemoryFree        uint64 `json:"memory_free_bytes"`
	MemoryUsed        uint64 `json:"memory_used_bytes"`
	Healthy           bool   `json:"healthy"`
	UnhealthyReason   string `json:"unhealthy_reason,omitempty"`
}

// MarshalJSON writes mig_instances as [] rather than null so consumers of
// `pocogrid gpu --json` never have to special-case it.
func (i Info) MarshalJSON() ([]byte, error) {
	type plain Info
	p := plain(i)
	if p.MIGInstances == nil {
		p.MIGInstances = []MIGInfo{}
	}
	return json.Marshal(p)
}

// EventKind says what a HealthEvent reports.
type EventKind string

const (
	EventXID            EventKind = "xid"
	EventDoubleBitECC   EventKind = "double_bit_ecc"
	EventSingleBitECC   EventKind = "single_bit_ecc"
	EventWaitFailed     EventKind = "event_wait_failed"     // NVML could not deliver events: health unknown
	EventRegisterFailed EventKind = "event_register_failed" // the device refused health-event registration
)

// HealthEvent is one health observation from a prober. Critical events make
// the GPU (or, when MIGUUID is set, that MIG device) unhealthy for good.
type HealthEvent struct {
	UUID     string    `json:"uuid"`
	MIGUUID  string    `json:"mig_uuid,omitempty"`
	Index    int       `json:"index"`
	Kind     EventKind `json:"kind"`
	XID      uint64    `json:"xid,omitempty"`
	Critical bool      `json:"critical"`
	Reason   string    `json:"reason"`
	Time     time.Time `json:"time"`
}

// Prober is the port to the GPU hardware. Implementations are safe for
// concurrent use.
type Prober interface {
	// Probe returns the current state of every GPU, ordered by index. Zero
	// GPUs is not an error.
	Probe() ([]Info, error)
	// Events streams health events until ctx is done, then closes the
	// channel. Each call gets its own subscription and sees every event.
	Events(ctx context.Context) (<-chan HealthEvent, error)
	// Close stops event delivery and releases the library.
	Close() error
}

// UsageRecorder is implemented by probers that simulate device memory (the
// fake fleets): the owner of the allocations reports how many bytes it
// handed out per GPU or MIG UUID, and later probes show them as used.
type UsageRecorder interface {
	RecordAllocated(uuid string, bytes uint64)
}

// ErrClosed is returned by a prober used after Close.
var ErrClosed = errors.New("gpu: prober closed")

func u32(v uint32) *uint32 { return &v }

// noGPUs is the prober for machines without usable NVML: zero GPUs, no
// events, never an error.
type noGPUs struct{ reason string }

func (noGPUs) Probe() ([]Info, error) { return nil, nil }

func (noGPUs) Events(ctx context.Context) (<-chan HealthEvent, error) {
	ch := make(chan HealthEvent)
	go func() {
		<-ctx.Done()
		close(ch)
	}()
	return ch, nil
}

func (noGPUs) Close() error { return nil }
