package poco

import (
	"errors"
	"math"
	"math/big"
	"reflect"
	"testing"

	"github.com/holiman/uint256"
	"pgregory.net/rapid"
)

func h(b byte) (x [32]byte) { x[31] = b; return x }

func u(v uint64) uint256.Int { return *uint256.NewInt(v) }

// bigCredible is the credibility test computed independently with math/big.
func bigCredible(group, total *big.Int, trust uint64) bool {
	tr := new(big.Int).SetUint64(max(trust, 1))
	lhs := new(big.Int).Mul(group, tr)
	rhs := new(big.Int).Mul(total, new(big.Int).Sub(tr, big.NewInt(1)))
	return lhs.Cmp(rhs) > 0
}

// POCO.md §2 test vector: trust 100, scores 12/100/300, results 17/42/42.
func TestConsensusVector(t *testing.T) {
	c := NewConsensus(100)
	steps := []struct {
		hash        [32]byte
		score       uint64
		w           uint64
		group       uint64
		total       uint64
		wantReached bool
	}{
		{h(0x17), 12, 3, 3, 4, false},
		{h(0x42), 100, 32, 32, 36, false},
		{h(0x42), 300, 99, 3168, 3172, true},
	}
	for i, s := range steps {
		if w := Weight(s.score); w != s.w {
			t.Fatalf("step %d: Weight(%d) = %d, want %d", i, s.score, w, s.w)
		}
		reached, err := c.Add(s.hash, s.w)
		if err != nil {
			t.Fatal(err)
		}
		if g, tot := c.Group(s.hash), c.Total(); g != u(s.group) || tot != u(s.total) || reached != s.wantReached {
			t.Fatalf("step %d: group %v total %v reached %v; want %d %d %v", i, &g, &tot, reached, s.group, s.total, s.wantReached)
		}
	}
	// 316 800 > 314 028.
	if !Credible(u(3168), u(3172), 100) || Credible(u(3168), u(3201), 100) {
		t.Error("Credible disagrees with the vector")
	}
	if !c.Reached(h(0x42)) || c.Reached(h(0x17)) || c.Reached(h(0x99)) {
		t.Error("Reached")
	}
	if hash, w, ok := c.Leader(); !ok || hash != h(0x42) || w != u(3168) {
		t.Errorf("Leader = %x %v %v", hash, &w, ok)
	}
}

func TestCredibleEdges(t *testing.T) {
	tests := []struct {
		group, total uint256.Int
		trust        uint64
		want         bool
	}{
		{u(1), u(2), 0, true},  // trust 0 → 1: any contribution
		{u(2), u(3), 1, true},  // trust 1
		{u(0), u(1), 1, false}, // empty group never
		{u(2), u(3), 2, true},  // 4 > 3
		{u(3), u(6), 2, false}, // 6 > 6 is false: strict
		{u(99), u(100), 100, false},
		{u(100), u(101), 100, true},
		// Products beyond 256 bits are compared exactly.
		{*new(uint256.Int).SetAllOne(), *new(uint256.Int).SetAllOne(), math.MaxUint64, true},
		{*new(uint256.Int).Rsh(new(uint256.Int).SetAllOne(), 1), *new(uint256.Int).SetAllOne(), math.MaxUint64, false},
	}
	for i, tt := range tests {
		if got := Credible(tt.group, tt.total, tt.trust); got != tt.want {
			t.Errorf("case %d: Credible = %v, want %v", i, got, tt.want)
		}
		if got := bigCredible(tt.group.ToBig(), tt.total.ToBig(), tt.trust); got != tt.want {
			t.Errorf("case %d: reference disagrees with the table", i)
		}
	}
}

func TestThreshold(t *testing.T) {
	tests := []struct{ trust, num, den uint64 }{
		{0, 0, 1}, {1, 0, 1}, {2, 1, 2}, {10, 9, 10}, {100, 99, 100}, {10000, 9999, 10000}, {1000000, 999999, 1000000},
	}
	for _, tt := range tests {
		if n, d := Threshold(tt.trust); n != tt.num || d != tt.den {
			t.Errorf("Threshold(%d) = %d/%d", tt.trust, n, d)
		}
	}
}

func TestConsensusMisc(t *testing.T) {
	c := NewConsensus(0)
	if c.Trust() != 1 {
		t.Errorf("trust not normalized: %d", c.Trust())
	}
	if _, _, ok := c.Leader(); ok {
		t.Error("empty consensus has a leader")
	}
	if _, err := c.Add(h(1), 0); !errors.Is(err, ErrZeroWeight) {
		t.Errorf("w=0: %v", err)
	}
	if tot := c.Total(); tot != u(1) || c.Len() != 0 {
		t.Error("w=0 changed the consensus")
	}

	// Ties go to the smallest hash.
	c = NewConsensus(10)
	for _, x := range []byte{9, 3, 7} {
		if _, err := c.Add(h(x), 5); err != nil {
			t.Fatal(err)
		}
	}
	if hash, _, _ := c.Leader(); hash != h(3) {
		t.Errorf("tie leader = %x", hash)
	}
	if hs := c.Hashes(); !reflect.DeepEqual(hs, [][32]byte{h(3), h(7), h(9)}) {
		t.Errorf("Hashes = %x", hs)
	}

	// Clone is independent.
	d := c.Clone()
	if _, err := d.Add(h(3), 2); err != nil {
		t.Fatal(err)
	}
	if g := c.Group(h(3)); g != u(5) {
		t.Error("Clone shares state")
	}

	// Remove subtracts the group; a later Add starts from scratch.
	c.Remove(h(7))
	c.Remove(h(42)) // absent: no-op
	if tot := c.Total(); tot != u(11) || c.Len() != 2 {
		t.Errorf("after Remove total = %v", &tot)
	}
	if _, err := c.Add(h(7), 2); err != nil || c.Group(h(7)) != u(2) {
		t.Error("re-added group does not restart at w")
	}
}

func TestConsensusOverflow(t *testing.T) {
	c := NewConsensus(math.MaxUint64)
	var err error
	for err == nil {
		_, err = c.Add(h(1), math.MaxUint64)
	}
	if !errors.Is(err, ErrOverflow) {
		t.Fatalf("err = %v", err)
	}
	before := c.Clone()
	if _, err := c.Add(h(1), math.MaxUint64); !errors.Is(err, ErrOverflow) || !reflect.DeepEqual(c, before) {
		t.Error("failed Add changed the consensus")
	}
	// The group alone fits but total = 1 + Σ groups does not.
	c = NewConsensus(math.MaxUint64)
	max255 := new(uint256.Int).Lsh(uint256.NewInt(1), 255)
	c.groups[h(1)] = *max255
	c.groups[h(2)] = *new(uint256.Int).SubUint64(max255, 1)
	c.total = *new(uint256.Int).SetAllOne()
	before = c.Clone()
	if _, err := c.Add(h(3), 2); !errors.Is(err, ErrOverflow) || !reflect.DeepEqual(c, before) {
		t.Errorf("total overflow: %v", err)
	}
}

// Property: no group below the threshold is ever accepted, and the books
// always balance (total = 1 + Σ groups), checked against math/big.
func TestConsensusThresholdProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		trust := rapid.OneOf(
			rapid.SampledFrom([]uint64{0, 1, 2, 3, 10, 100, 10_000, 1_000_000}),
			rapid.Uint64(),
		).Draw(t, "trust")
		c := NewConsensus(trust)
		model := map[[32]byte]*big.Int{}
		limit := new(big.Int).Lsh(big.NewInt(1), 256)
		for range rapid.IntRange(1, 60).Draw(t, "ops") {
			hash := h(rapid.ByteRange(0, 3).Draw(t, "hash"))
			if rapid.IntRange(0, 9).Draw(t, "op") == 0 {
				c.Remove(hash)
				delete(model, hash)
			} else {
				w := rapid.OneOf(
					rapid.Map(rapid.Uint64Range(0, 3000), Weight),
					rapid.Uint64Range(1, 1000),
					rapid.Uint64(),
				).Draw(t, "w")
				before := c.Clone()
				reached, err := c.Add(hash, w)
				// Reference update.
				g := model[hash]
				if g == nil {
					g = big.NewInt(0)
				}
				ng := new(big.Int).Mul(maxBig(g, big.NewInt(1)), new(big.Int).SetUint64(w))
				nt := new(big.Int).Add(modelTotal(model), new(big.Int).Sub(ng, g))
				switch {
				case w == 0:
					if !errors.Is(err, ErrZeroWeight) {
						t.Fatalf("w=0: %v", err)
					}
				case ng.Cmp(limit) >= 0 || nt.Cmp(limit) >= 0:
					if !errors.Is(err, ErrOverflow) {
						t.Fatalf("expected overflow, got %v", err)
					}
				default:
					if err != nil {
						t.Fatalf("unexpected %v", err)
					}
					model[hash] = ng
					if reached != bigCredible(ng, nt, trust) {
						t.Fatalf("Add reached=%v disagrees with math/big", reached)
					}
				}
				if err != nil && !reflect.DeepEqual(c, before) {
					t.Fatal("failed Add changed the consensus")
				}
			}
			total := modelTotal(model)
			if got := c.Total(); got.ToBig().Cmp(total) != 0 {
				t.Fatalf("total %v != 1 + Σ groups %v", got.ToBig(), total)
			}
			for b := byte(0); b < 4; b++ {
				g := c.Group(h(b))
				if c.Reached(h(b)) != (!g.IsZero() && bigCredible(g.ToBig(), total, trust)) {
					t.Fatalf("Reached(%d) disagrees with math/big", b)
				}
			}
		}
	})
}

func TestCredibleMatchesBig(t *testing.T) {
	word := rapid.Custom(func(t *rapid.T) uint256.Int {
		var x uint256.Int
		for i := range x {
			x[i] = rapid.Uint64().Draw(t, "limb")
		}
		return x
	})
	rapid.Check(t, func(t *rapid.T) {
		g, tot, trust := word.Draw(t, "group"), word.Draw(t, "total"), rapid.Uint64().Draw(t, "trust")
		if Credible(g, tot, trust) != bigCredible(g.ToBig(), tot.ToBig(), trust) {
			t.Fatalf("Credible(%v, %v, %d) disagrees with math/big", &g, &tot, trust)
		}
	})
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

func modelTotal(m map[[32]byte]*big.Int) *big.Int {
	t := big.NewInt(1)
	for _, g := range m {
		t.Add(t, g)
	}
	return t
}
