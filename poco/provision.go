package poco

import (
	"math/big"

	"github.com/holiman/uint256"
)

// NeedReplica reports whether the scheduler should provision another replica,
// following iexec-core's optimistic prediction: assume every pending replica
// (assigned, not yet contributed, not failed, not older than T) joins the
// leading group. With
//
//	best   = max(leaderGroup, 1) · Π pendingWeights
//	others = total − 1 − leaderGroup
//
// consensus is possible iff something is or will be contributed (a leader
// group exists or a replica is pending) and best·trust > (1+best+others)·(trust−1).
// NeedReplica is the negation.
func NeedReplica(c *Consensus, pendingWeights []uint64) bool {
	_, leader, hasLeader := c.Leader()
	if !hasLeader && len(pendingWeights) == 0 {
		return true
	}
	var best, factor, others, all uint256.Int
	best.Set(&leader)
	if best.IsZero() {
		best.SetOne()
	}
	for _, w := range pendingWeights {
		factor.SetUint64(w)
		if _, overflow := best.MulOverflow(&best, &factor); overflow {
			return needReplicaBig(c, &leader, pendingWeights)
		}
	}
	// total = 1 + Σ groups ≥ 1 + leader, so this cannot underflow.
	total := c.Total()
	others.Sub(&total, &leader)
	others.SubUint64(&others, 1)
	all.SetOne()
	all.Add(&all, &others)
	if _, overflow := all.AddOverflow(&all, &best); overflow {
		return needReplicaBig(c, &leader, pendingWeights)
	}
	return !Credible(best, all, c.Trust())
}

// needReplicaBig is NeedReplica's exact slow path for predictions that no
// longer fit in 256 bits.
func needReplicaBig(c *Consensus, leader *uint256.Int, pendingWeights []uint64) bool {
	best := leader.ToBig()
	if best.Sign() == 0 {
		best.SetInt64(1)
	}
	for _, w := range pendingWeights {
		best.Mul(best, new(big.Int).SetUint64(w))
	}
	total := c.Total()
	others := new(big.Int).Sub(total.ToBig(), leader.ToBig())
	others.Sub(others, big.NewInt(1))
	trust := new(big.Int).SetUint64(c.Trust())
	lhs := new(big.Int).Mul(best, trust)
	rhs := new(big.Int).Add(big.NewInt(1), best)
	rhs.Add(rhs, others)
	rhs.Mul(rhs, new(big.Int).Sub(trust, big.NewInt(1)))
	return lhs.Cmp(rhs) <= 0
}

// FreshWorkersNeeded is how many unanimous contributors of weight w reach
// consensus on a fresh task: the smallest n ≥ 1 with w^n·trust >
// (1+w^n)·(trust−1), i.e. w^n ≥ trust. It is also the size of the first wave
// NeedReplica provisions. It returns -1 when no number suffices: w = 0 (which
// Consensus.Add rejects), or w = 1 with trust ≥ 2.
func FreshWorkersNeeded(trust uint64, w uint64) int {
	trust = max(trust, 1)
	if w == 0 || (trust > 1 && w == 1) {
		return -1
	}
	var group, weight, total uint256.Int
	group.SetOne()
	weight.SetUint64(w)
	for n := 1; ; n++ {
		// w ≥ 2 and trust < 2^64, so n ≤ 64 and group stays far below 2^256.
		group.Mul(&group, &weight)
		total.AddUint64(&group, 1)
		if Credible(group, total, trust) {
			return n
		}
	}
}
