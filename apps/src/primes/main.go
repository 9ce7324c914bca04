// Command primes counts the primes in [from, to) with a segmented sieve of
// Eratosthenes and writes the count to /out/result.txt.
//
// Usage: primes <from> <to>
//
// The sieve holds odd numbers only, one bit each, and counts with popcount:
// in the sandbox every loop iteration pays for a termination check (see
// package sandbox), so the inner loops do as much as they can per iteration.
package main

import (
	"fmt"
	"math"
	"math/bits"
	"os"
	"strconv"
)

// maxTo bounds the range so the base sieve (up to √to) stays small.
const maxTo = 1e14

// segmentBits is how many odd numbers one segment covers (32 KiB of bits).
const segmentBits = 1 << 18

func main() {
	if len(os.Args) != 3 {
		fail("usage: primes <from> <to>")
	}
	from, err1 := strconv.ParseUint(os.Args[1], 10, 64)
	to, err2 := strconv.ParseUint(os.Args[2], 10, 64)
	if err1 != nil || err2 != nil || from > to || to > maxTo {
		fail(fmt.Sprintf("primes: want 0 <= from <= to <= %d", uint64(maxTo)))
	}
	count := countPrimes(from, to)
	if err := os.WriteFile("/out/result.txt", []byte(strconv.FormatUint(count, 10)+"\n"), 0o644); err != nil {
		fail(err.Error())
	}
}

// countPrimes returns the number of primes p with from <= p < to.
func countPrimes(from, to uint64) uint64 {
	var count uint64
	if from <= 2 && 2 < to {
		count++
	}
	// Odd numbers lo, lo+2, ... below to; bit i of a segment is lo + 2i.
	lo := max(from, 3) | 1
	if lo >= to {
		return count
	}
	base := oddPrimes(isqrt(to - 1))
	words := make([]uint64, segmentBits/64)
	for ; lo < to; lo += 2 * segmentBits {
		n := min(segmentBits, (to-lo+1)/2) // odd numbers in this segment
		seg := words[:(n+63)/64]
		clear(seg)
		for _, p := range base {
			// First odd multiple of p that is >= max(p², lo).
			start := max(p*p, (lo+p-1)/p*p)
			if start&1 == 0 {
				start += p
			}
			markMultiples(seg, (start-lo)/2, n, p)
		}
		count += n - ones(seg, n)
	}
	return count
}

// markMultiples sets bits i, i+p, i+2p, ... below n.
func markMultiples(seg []uint64, i, n, p uint64) {
	for ; i+3*p < n; i += 4 * p {
		seg[i>>6] |= 1 << (i & 63)
		seg[(i+p)>>6] |= 1 << ((i + p) & 63)
		seg[(i+2*p)>>6] |= 1 << ((i + 2*p) & 63)
		seg[(i+3*p)>>6] |= 1 << ((i + 3*p) & 63)
	}
	for ; i < n; i += p {
		seg[i>>6] |= 1 << (i & 63)
	}
}

// ones counts the set bits among the first n bits of seg.
func ones(seg []uint64, n uint64) uint64 {
	if r := n & 63; r != 0 {
		seg[len(seg)-1] &= 1<<r - 1
	}
	var c int
	i := 0
	for ; i+4 <= len(seg); i += 4 {
		c += bits.OnesCount64(seg[i]) + bits.OnesCount64(seg[i+1]) +
			bits.OnesCount64(seg[i+2]) + bits.OnesCount64(seg[i+3])
	}
	for ; i < len(seg); i++ {
		c += bits.OnesCount64(seg[i])
	}
	return uint64(c)
}

// oddPrimes returns the odd primes <= n.
func oddPrimes(n uint64) []uint64 {
	composite := make([]bool, n+1)
	var primes []uint64
	for i := uint64(3); i <= n; i += 2 {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for m := i * i; m <= n; m += 2 * i {
			composite[m] = true
		}
	}
	return primes
}

// isqrt returns ⌊√n⌋.
func isqrt(n uint64) uint64 {
	r := uint64(math.Sqrt(float64(n)))
	for r*r > n {
		r--
	}
	for (r+1)*(r+1) <= n {
		r++
	}
	return r
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, msg)
	os.Exit(2)
}
