package gpu

import "github.com/asynkron/protoactor-go/actor"

// Messages of the GPUActor. They are plain Go structs, local to one node
// (a worker and its GPUActor share a process), until messages/ defines
// protobuf equivalents. Send pointers; requests are answered with
// ctx.Respond, so ask with RequestFuture.

// GetGPUs asks for the GPUs as last probed, with health verdicts merged in.
// Reply: *GPUsResponse.
type GetGPUs struct{}

// Refresh probes now, then replies like GetGPUs.
type Refresh struct{}

// GPUsResponse answers GetGPUs and Refresh. Reason says why there are no
// GPUs (e.g. "NVML not found: ..."); Err is the last probe's failure.
type GPUsResponse struct {
	GPUs    []Info
	Summary Summary
	Reason  string
	Err     error
}

// AllocateGPUs reserves GPUs for Owner (a replica ID).
// Reply: *AllocateResponse.
type AllocateGPUs struct {
	Owner   string
	Request Request
}

// AllocateResponse carries the allocation, or an error wrapping
// ErrInvalidRequest, ErrNoMatch or ErrNoCapacity with the explanation.
type AllocateResponse struct {
	Allocation Allocation
	Err        error
}

// ReleaseGPUs frees one allocation, or, when AllocationID is empty, every
// allocation of Owner. Reply (to requests only): *ReleaseResponse.
type ReleaseGPUs struct {
	AllocationID string
	Owner        string
}

// ReleaseResponse lists the allocation IDs actually freed.
type ReleaseResponse struct {
	Released []string
	Err      error
}

// ExplainGPUs asks why Request cannot be satisfied here now.
// Reply: *ExplainResponse (Reason "" means it can).
type ExplainGPUs struct{ Request Request }

// ExplainResponse answers ExplainGPUs.
type ExplainResponse struct{ Reason string }

// SubscribeGPUEvents registers a PID for *GPUUnhealthy and
// *CapacityChanged. Both are also published on the actor system's
// EventStream.
type SubscribeGPUEvents struct{ Subscriber *actor.PID }

// UnsubscribeGPUEvents undoes SubscribeGPUEvents.
type UnsubscribeGPUEvents struct{ Subscriber *actor.PID }

// GPUUnhealthy: a GPU (or one MIG device) has turned unhealthy for good.
// It receives no more work; the replicas listed in Owners, which hold the
// allocations AllocationIDs, must fail.
type GPUUnhealthy struct {
	UUID          string
	Index         int
	Kind          EventKind
	XID           uint64
	Reason        string
	Owners        []string
	AllocationIDs []string
}

// CapacityChanged carries the new summary whenever it differs from the last
// one published: GPUs taken, freed, turned unhealthy or appearing.
type CapacityChanged struct{ Summary Summary }

// Internal messages.
type (
	probeTick      struct{}
	healthEventMsg struct{ ev HealthEvent }
)
