package poco

import (
	"bytes"
	"maps"
	"math/bits"
	"slices"

	"github.com/holiman/uint256"
)

// Consensus is PoCo's product-weight consensus for one task. Each group holds
// the product of the weights of the contributors that committed to its result
// hash; total starts at 1 and equals 1 + Σ groups at all times. A group is
// credible once group·trust > total·(trust−1), a strict inequality.
//
// Values are 256-bit like the contract's uint256; arithmetic that would
// overflow returns ErrOverflow instead of wrapping. Use NewConsensus; the
// zero value is not usable.
type Consensus struct {
	trust  uint64
	total  uint256.Int
	groups map[[32]byte]uint256.Int // only non-zero groups are stored
}

// NewConsensus returns an empty consensus (total = 1) for the given trust,
// normalized to max(trust, 1) as the deal does.
func NewConsensus(trust uint64) *Consensus {
	c := &Consensus{trust: max(trust, 1), groups: make(map[[32]byte]uint256.Int)}
	c.total.SetOne()
	return c
}

// Trust is the normalized trust (≥ 1).
func (c *Consensus) Trust() uint64 { return c.trust }

// Add records a contribution of weight w to hash: g = group[hash];
// δ = max(g,1)·w − g; group += δ; total += δ. It reports whether hash is now
// credible. On error (w = 0, or overflow) nothing changes.
func (c *Consensus) Add(hash [32]byte, w uint64) (reached bool, err error) {
	if w == 0 {
		// δ would be negative: the contract reverts on the subtraction.
		return false, ErrZeroWeight
	}
	g := c.groups[hash]
	var base, weight, group, total uint256.Int
	base.Set(&g)
	if base.IsZero() {
		base.SetOne()
	}
	weight.SetUint64(w)
	if _, overflow := group.MulOverflow(&base, &weight); overflow {
		return false, ErrOverflow
	}
	// δ = group − g ≥ 0 because w ≥ 1; total − g cannot underflow because
	// total = 1 + Σ groups.
	total.Sub(&c.total, &g)
	if _, overflow := total.AddOverflow(&total, &group); overflow {
		return false, ErrOverflow
	}
	c.groups[hash] = group
	c.total = total
	return Credible(group, total, c.trust), nil
}

// Reached reports whether hash's group is credible: group·trust > total·(trust−1).
func (c *Consensus) Reached(hash [32]byte) bool {
	g, ok := c.groups[hash]
	return ok && Credible(g, c.total, c.trust)
}

// Group is the product of the weights contributed to hash (0 if none).
func (c *Consensus) Group(hash [32]byte) uint256.Int { return c.groups[hash] }

// Total is 1 + Σ groups.
func (c *Consensus) Total() uint256.Int { return c.total }

// Len is the number of non-empty groups.
func (c *Consensus) Len() int { return len(c.groups) }

// Hashes lists the hashes of the non-empty groups in ascending byte order.
func (c *Consensus) Hashes() [][32]byte {
	hs := make([][32]byte, 0, len(c.groups))
	for h := range c.groups {
		hs = append(hs, h)
	}
	slices.SortFunc(hs, func(a, b [32]byte) int { return bytes.Compare(a[:], b[:]) })
	return hs
}

// Leader returns the heaviest group. Ties go to the lexicographically
// smallest hash so that every replica of the core agrees. ok is false when
// there is no contribution.
func (c *Consensus) Leader() (hash [32]byte, weight uint256.Int, ok bool) {
	for h, g := range c.groups {
		if !ok {
			hash, weight, ok = h, g, true
			continue
		}
		switch g.Cmp(&weight) {
		case 1:
			hash, weight = h, g
		case 0:
			if bytes.Compare(h[:], hash[:]) < 0 {
				hash = h
			}
		}
	}
	return hash, weight, ok
}

// Remove drops hash's group and subtracts its weight from total, as reopen
// does. A later contribution to hash starts a fresh group.
func (c *Consensus) Remove(hash [32]byte) {
	g, ok := c.groups[hash]
	if !ok {
		return
	}
	c.total.Sub(&c.total, &g)
	delete(c.groups, hash)
}

// Clone returns an independent copy.
func (c *Consensus) Clone() *Consensus {
	groups := make(map[[32]byte]uint256.Int, len(c.groups))
	maps.Copy(groups, c.groups)
	return &Consensus{trust: c.trust, total: c.total, groups: groups}
}

// Credible is the strict credibility test group·trust > total·(trust−1),
// evaluated exactly (no 256-bit overflow). trust 0 is treated as 1, for which
// any non-empty group is credible.
func Credible(group, total uint256.Int, trust uint64) bool {
	trust = max(trust, 1)
	lhs := mulWide(&group, trust)
	rhs := mulWide(&total, trust-1)
	for i := 4; i >= 0; i-- {
		if lhs[i] != rhs[i] {
			return lhs[i] > rhs[i]
		}
	}
	return false
}

// Threshold is the credibility a group needs, 1 − 1/trust, as num/den.
// Trust 0 and 1 give 0/1: any contribution is accepted.
func Threshold(trust uint64) (num, den uint64) {
	if trust <= 1 {
		return 0, 1
	}
	return trust - 1, trust
}

// mulWide returns x·y as a 320-bit little-endian number.
func mulWide(x *uint256.Int, y uint64) (r [5]uint64) {
	var carry uint64
	for i := range 4 {
		hi, lo := bits.Mul64(x[i], y)
		var c uint64
		r[i], c = bits.Add64(lo, carry, 0)
		carry = hi + c // hi ≤ 2^64−2, so this cannot wrap
	}
	r[4] = carry
	return r
}
