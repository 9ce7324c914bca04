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

// ScoreForWeight returns the smallest score whose Weight is w (w ≥ 2): all
// scores of a weight class weigh and earn the same, so a contribution the
// chain weighed at w can be replayed off chain exactly.
func ScoreForWeight(w uint64) uint64 {
	if w <= 2 {
		return 0
	}
	return 3 * (w + 1)
}
