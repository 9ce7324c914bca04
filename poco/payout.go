package poco

import "math/bits"

// KittyMin is the smallest kitty bonus (1 RLC in nRLC), KittyRatio the
// percentage of the kitty paid out per finalized task.
const (
	KittyMin   = 1_000_000_000
	KittyRatio = 10
)

// PayoutInput describes a finalized task's economics. Amounts are in nRLC.
type PayoutInput struct {
	PoolPrice            uint64
	WorkerStake          uint64
	SchedulerRewardRatio uint64   // percent, ≤ 100
	ProvedRewardWeights  []uint64 // lw of each PROVED worker, in contributor order
	NonProved            int      // contributors whose stake is seized
	Kitty                uint64   // frozen kitty balance before finalize
}

// PayoutResult is how the amount paid in is split.
type PayoutResult struct {
	Workers    []uint64 // same order as ProvedRewardWeights
	Scheduler  uint64   // total − Σ Workers, rounding remainders included
	KittyBonus uint64   // paid to the scheduler from the kitty, on top of Scheduler
	Seized     uint64   // WorkerStake · NonProved
	Total      uint64   // PoolPrice + Seized = Σ Workers + Scheduler
}

// Payout splits a task's reward as finalize does:
//
//	total  = poolprice + stake·nonProved
//	pool   = ⌊total·(100−ratio)/100⌋
//	worker = ⌊pool·lw/Σlw⌋ for each proved worker
//	scheduler = total − Σ worker
//	kitty bonus = min(max(⌊kitty/10⌋, 10⁹), kitty)
//
// Intermediate products are 128-bit; a result that does not fit in uint64
// returns ErrOverflow.
func Payout(in PayoutInput) (PayoutResult, error) {
	if in.SchedulerRewardRatio > 100 {
		return PayoutResult{}, ErrBadRatio
	}
	if in.NonProved < 0 {
		return PayoutResult{}, ErrOverflow
	}
	var sumLW uint64
	for _, lw := range in.ProvedRewardWeights {
		var carry uint64
		sumLW, carry = bits.Add64(sumLW, lw, 0)
		if carry != 0 {
			return PayoutResult{}, ErrOverflow
		}
	}
	if sumLW == 0 {
		return PayoutResult{}, ErrNoProvedWorkers
	}
	hi, seized := bits.Mul64(in.WorkerStake, uint64(in.NonProved))
	if hi != 0 {
		return PayoutResult{}, ErrOverflow
	}
	total, carry := bits.Add64(in.PoolPrice, seized, 0)
	if carry != 0 {
		return PayoutResult{}, ErrOverflow
	}
	pool := mulDiv(total, 100-in.SchedulerRewardRatio, 100)
	out := PayoutResult{
		Workers:    make([]uint64, len(in.ProvedRewardWeights)),
		Scheduler:  total,
		KittyBonus: KittyBonus(in.Kitty),
		Seized:     seized,
		Total:      total,
	}
	for i, lw := range in.ProvedRewardWeights {
		out.Workers[i] = mulDiv(pool, lw, sumLW)
		out.Scheduler -= out.Workers[i] // Σ Workers ≤ pool ≤ total
	}
	return out, nil
}

// KittyBonus is min(max(⌊kitty·10/100⌋, 10⁹), kitty): the share of the kitty
// (slashed scheduler stakes) paid to the scheduler of a finalized task.
func KittyBonus(kitty uint64) uint64 {
	return min(max(mulDiv(kitty, KittyRatio, 100), KittyMin), kitty)
}

// mulDiv is ⌊a·b/c⌋ for b ≤ c, which always fits in uint64.
func mulDiv(a, b, c uint64) uint64 {
	if b > c || c == 0 {
		panic("poco: mulDiv needs b ≤ c and c > 0")
	}
	hi, lo := bits.Mul64(a, b)
	q, _ := bits.Div64(hi, lo, c) // hi < c because a·b/c ≤ a < 2^64
	return q
}
