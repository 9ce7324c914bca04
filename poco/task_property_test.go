package poco

import (
	"testing"

	"pgregory.net/rapid"
)

func drawOp(t *rapid.T) op {
	// Bias towards contributions and reveals so that runs reach consensus.
	kind := rapid.SampledFrom([]opKind{
		opContribute, opContribute, opContribute, opContribute,
		opReveal, opReveal, opReveal, opFinalize, opReopen, opClaim, opWait,
	}).Draw(t, "kind")
	return op{
		kind:   kind,
		worker: rapid.Uint8Range(0, 6).Draw(t, "worker"),
		digest: rapid.Uint8Range(0, 2).Draw(t, "digest"),
		arg:    rapid.Uint8().Draw(t, "arg"),
		wait:   rapid.SampledFrom([]uint16{0, 0, 1, 60, 300, 1000}).Draw(t, "wait"),
	}
}

// Property: along any sequence of calls, a Task only enters REVEALING on a
// group above the threshold, keeps total = 1 + Σ groups, makes only legal
// transitions, leaves itself unchanged on every error and survives a
// Marshal/Unmarshal round trip (all checked by sim).
func TestTaskProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := newSim(t, rapid.Uint8Range(0, 7).Draw(t, "trust"), XS)
		for range rapid.IntRange(1, 80).Draw(t, "ops") {
			s.step(drawOp(t))
		}
	})
}
