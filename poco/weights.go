package poco

import "math/bits"

// Weight is a worker's consensus weight: max(⌊score/3⌋, 3) − 1, hence ≥ 2.
// It is the odds P_good/P_bad = score/3 − 1 of Trust2018, clamped.
func Weight(score uint64) uint64 {
	return max(score/3, 3) - 1
}

// RewardWeight is a worker's share of the reward pool: ⌊log2(Weight(score))⌋,
// hence ≥ 1.
func RewardWeight(score uint64) uint64 {
	return uint64(bits.Len64(Weight(score)) - 1)
}
