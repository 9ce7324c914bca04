//go:build !(linux && cgo)

package gpu

import "log/slog"

// noNVMLReason is why a build without cgo sees no GPUs: go-nvml needs cgo.
const noNVMLReason = "built without cgo/NVML"

// NewNVMLProber in a build without cgo (or off Linux) reports zero GPUs,
// logging one line that says so.
func NewNVMLProber(logger *slog.Logger) (Prober, string) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	logger.Info("no GPUs: " + noNVMLReason)
	return noGPUs{noNVMLReason}, noNVMLReason
}
