package sandbox

import "math/rand/v2"

// fixedRand is the guest's random source: ChaCha8 from a fixed seed, so
// every run of a module sees the same bytes (results stay reproducible
// across replicas) and setting it up costs far less than wazero's default
// math/rand table.
type fixedRand struct{ c *rand.ChaCha8 }

var fixedSeed = [32]byte{'p', 'o', 'c', 'o', 'g', 'r', 'i', 'd'}

func newFixedRand() fixedRand { return fixedRand{rand.NewChaCha8(fixedSeed)} }

func (r fixedRand) Read(p []byte) (int, error) { return r.c.Read(p) }
