// Package gpu discovers the local GPUs, watches their health and hands them
// out to replicas.
//
// The pieces, one per file:
//
//   - Prober (prober.go) is the only port to the hardware. NewNVMLProber
//     talks to NVML through go-nvml (nvml_cgo.go, linux+cgo only); other
//     builds get nvml_stub.go, which reports zero GPUs. NewFakeProber
//     (fake*.go, fakespec.go) builds a deterministic fleet on go-nvml's mock
//     package, or on an equivalent pure-Go model where cgo is off.
//   - xid.go decides which NVML events make a GPU unhealthy.
//   - Allocator (allocator.go, explain.go, summary.go) is pure bookkeeping:
//     whole GPUs or MIG devices per owner, never handed out twice, the
//     reason a request does not fit, and the compact Summary a node
//     advertises.
//   - GPUActor (actor.go, messages.go) is the thin protoactor shell: it
//     polls the prober, feeds health events to the allocator and publishes
//     GPUUnhealthy and CapacityChanged.
//
// Sub-package native runs a trusted host executable pinned to its
// allocated GPUs.
package gpu
