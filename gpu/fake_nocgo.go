//go:build !(linux && cgo)

package gpu

// Without cgo there is no go-nvml and no mock server: the pure model
// stands in.
func newFakeImpl(f *FakeProber) (Prober, error) { return newPureFake(f), nil }
