// Package gpu discovers the local GPUs, watches their health and hands them
// out to replicas.
//
// The pieces, one per file:
//
//   - Prober (prober.go) is the only port to the hardware. NewNVMLProber talks
//     to NVML through go-nvml (nvml_cgo.go, linux+cgo only); without cgo
//     nvml_stub.go reports zero GPUs. NewFakeProber builds a deterministic
//     fleet on go-nvml's mock package (fake*.go) for tests and demos.
//   - Allocator (allocator.go, explain.go) is pure bookkeeping: whole GPUs or
//     MIG instances per owner, never handed out twice, and the reason a
//     request does not fit.
//   - GPUActor (actor.go, messages.go) is the thin protoactor shell: it polls
//     the prober, feeds health events to the allocator and publishes
//     GPUUnhealthy and CapacityChanged.
//
// Sub-package native runs a host executable pinned to allocated GPUs.
package gpu
