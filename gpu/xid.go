package gpu

import "fmt"

// applicationXIDs are errors caused by the application, not the GPU. Like
// NVIDIA's k8s-device-plugin (internal/rm/health.go) we do not mark a GPU
// unhealthy for them: a buggy CUDA kernel must not take a node's GPU away.
var applicationXIDs = map[uint64]bool{
	13:  true, // graphics engine exception
	31:  true, // GPU memory page fault
	43:  true, // GPU stopped processing
	45:  true, // preemptive cleanup, due to previous errors
	68:  true, // NVDEC0 exception
	109: true, // context switch timeout
}

// xidText names the XIDs an operator is most likely to meet.
var xidText = map[uint64]string{
	13:  "graphics engine exception",
	31:  "GPU memory page fault",
	43:  "GPU stopped processing",
	45:  "preemptive cleanup",
	48:  "double-bit ECC error",
	61:  "internal micro-controller breakpoint",
	62:  "internal micro-controller halt",
	63:  "ECC page retirement or row remapping recorded",
	64:  "ECC page retirement or row remapper failure",
	68:  "NVDEC0 exception",
	74:  "NVLink error",
	79:  "GPU has fallen off the bus",
	92:  "high single-bit ECC error rate",
	94:  "contained ECC error",
	95:  "uncontained ECC error",
	109: "context switch timeout",
	119: "GSP RPC timeout",
	120: "GSP error",
}

// IsApplicationXID reports whether xid is one of the application-caused
// XIDs (13, 31, 43, 45, 68, 109) that leave the GPU healthy.
func IsApplicationXID(xid uint64) bool { return applicationXIDs[xid] }

// DescribeXID renders an XID for logs and unhealthy reasons,
// e.g. "XID 79 (GPU has fallen off the bus)".
func DescribeXID(xid uint64) string {
	if t, ok := xidText[xid]; ok {
		return fmt.Sprintf("XID %d (%s)", xid, t)
	}
	return fmt.Sprintf("XID %d", xid)
}

// classifyEvent turns the type and data of one NVML event into a health
// verdict. ok is false for events that say nothing about the GPU's health:
// application XIDs and event types we did not ask for.
func classifyEvent(eventType, data uint64) (kind EventKind, xid uint64, critical bool, reason string, ok bool) {
	switch eventType {
	case eventTypeXID:
		if IsApplicationXID(data) {
			return EventXID, data, false, DescribeXID(data) + ", caused by the application", false
		}
		return EventXID, data, true, DescribeXID(data), true
	case eventTypeDoubleBitECC:
		return EventDoubleBitECC, 0, true, "double-bit ECC error", true
	case eventTypeSingleBitECC:
		return EventSingleBitECC, 0, false, "single-bit ECC error (corrected)", true
	}
	return "", 0, false, "", false
}
