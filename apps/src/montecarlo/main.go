// Command montecarlo estimates π from seeded random points in the unit
// square and writes "<estimate> <hits> <samples>" to /out/result.txt.
//
// Usage: montecarlo <seed> <samples>
//
// The generator is math/rand/v2's PCG seeded with (seed, seed ^ 0x9e3779b97f4a7c15), and the in-circle
// test is exact integer arithmetic, so the result depends only on the
// arguments.
package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
)

const maxSamples = 1e10

func main() {
	if len(os.Args) != 3 {
		fail("usage: montecarlo <seed> <samples>")
	}
	seed, err1 := strconv.ParseUint(os.Args[1], 10, 64)
	samples, err2 := strconv.ParseUint(os.Args[2], 10, 64)
	if err1 != nil || err2 != nil || samples == 0 || samples > maxSamples {
		fail(fmt.Sprintf("montecarlo: want a uint64 seed and 0 < samples <= %d", uint64(maxSamples)))
	}
	hits := countHits(seed, samples)
	estimate := 4 * float64(hits) / float64(samples)
	out := fmt.Sprintf("%.10f %d %d\n", estimate, hits, samples)
	if err := os.WriteFile("/out/result.txt", []byte(out), 0o644); err != nil {
		fail(err.Error())
	}
}

// countHits draws samples points (x, y) with 31-bit integer coordinates,
// both from one PCG output, and counts those with x² + y² < (2³¹)². The loop
// is unrolled because the sandbox checks for termination on every loop
// iteration.
func countHits(seed, samples uint64) uint64 {
	src := rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)
	var hits uint64
	n := samples
	for ; n >= 4; n -= 4 {
		hits += hit(src.Uint64()) + hit(src.Uint64()) + hit(src.Uint64()) + hit(src.Uint64())
	}
	for ; n > 0; n-- {
		hits += hit(src.Uint64())
	}
	return hits
}

// hit reports (as 0 or 1) whether the point encoded in v is in the circle.
func hit(v uint64) uint64 {
	const radius2 = uint64(1) << 62
	x, y := v&(1<<31-1), (v>>32)&(1<<31-1)
	if x*x+y*y < radius2 {
		return 1
	}
	return 0
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, msg)
	os.Exit(2)
}
