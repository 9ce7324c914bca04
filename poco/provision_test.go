package poco

import (
	"math"
	"math/big"
	"testing"

	"pgregory.net/rapid"
)

// POCO.md §2: fresh unanimous workers needed per trust, for w = 2 (new
// workers) and w = 99 (score ≥ 300).
func TestFreshWorkersTable(t *testing.T) {
	tests := []struct {
		trust    uint64
		w2, w99  int
		percent  string
		num, den uint64
	}{
		{0, 1, 1, "0", 0, 1},
		{1, 1, 1, "0", 0, 1},
		{2, 1, 1, "50%", 1, 2},
		{10, 4, 1, "90%", 9, 10},
		{100, 7, 2, "99%", 99, 100},
		{10_000, 14, 3, "99.99%", 9999, 10000},
		{1_000_000, 20, 4, "99.9999%", 999999, 1000000},
	}
	for _, tt := range tests {
		if got := FreshWorkersNeeded(tt.trust, 2); got != tt.w2 {
			t.Errorf("FreshWorkersNeeded(%d, 2) = %d, want %d", tt.trust, got, tt.w2)
		}
		if got := FreshWorkersNeeded(tt.trust, 99); got != tt.w99 {
			t.Errorf("FreshWorkersNeeded(%d, 99) = %d, want %d", tt.trust, got, tt.w99)
		}
		if n, d := Threshold(tt.trust); n != tt.num || d != tt.den {
			t.Errorf("Threshold(%d) = %d/%d, want %s", tt.trust, n, d, tt.percent)
		}
	}
	if got := FreshWorkersNeeded(math.MaxUint64, 2); got != 64 {
		t.Errorf("FreshWorkersNeeded(max, 2) = %d, want 64", got)
	}
	for _, tt := range []struct {
		trust, w uint64
		want     int
	}{{2, 0, -1}, {2, 1, -1}, {1, 0, -1}, {0, 0, -1}, {1, 1, 1}, {0, 1, 1}} {
		if got := FreshWorkersNeeded(tt.trust, tt.w); got != tt.want {
			t.Errorf("FreshWorkersNeeded(%d, %d) = %d, want %d", tt.trust, tt.w, got, tt.want)
		}
	}
}

func TestNeedReplicaCases(t *testing.T) {
	c := NewConsensus(100)
	if !NeedReplica(c, nil) {
		t.Error("nothing contributed, nothing pending: must provision")
	}
	if !NeedReplica(c, []uint64{2, 2, 2, 2, 2, 2}) {
		t.Error("6 fresh workers cannot reach trust 100")
	}
	if NeedReplica(c, []uint64{2, 2, 2, 2, 2, 2, 2}) {
		t.Error("7 fresh workers reach trust 100")
	}
	// The vector: 0x17 (w 3) disagrees; 0x42 leads with 32. 32·99 = 3168
	// would beat (1+3168+3)·99/100: one pending 99 suffices, one pending 2 does not.
	for _, a := range []struct {
		hash [32]byte
		w    uint64
	}{{h(0x17), 3}, {h(0x42), 32}} {
		if _, err := c.Add(a.hash, a.w); err != nil {
			t.Fatal(err)
		}
	}
	if !NeedReplica(c, nil) || !NeedReplica(c, []uint64{2}) || NeedReplica(c, []uint64{99}) {
		t.Error("prediction on the vector")
	}
	// Once reached, nothing more is needed.
	if _, err := c.Add(h(0x42), 99); err != nil {
		t.Fatal(err)
	}
	if NeedReplica(c, nil) {
		t.Error("consensus reached but more replicas requested")
	}
	// A prediction beyond 256 bits takes the exact slow path.
	huge := make([]uint64, 10)
	for i := range huge {
		huge[i] = math.MaxUint64
	}
	if NeedReplica(NewConsensus(math.MaxUint64), huge) {
		t.Error("huge unanimous prediction must suffice")
	}
	if !NeedReplica(NewConsensus(math.MaxUint64), append(huge[:0:0], 0)) {
		t.Error("zero-weight prediction cannot reach consensus")
	}
}

// Property: a first wave of exactly FreshWorkersNeeded unanimous replicas is
// what NeedReplica provisions, and contributing it reaches consensus.
func TestNeedReplicaMatchesFreshWorkers(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		trust := rapid.OneOf(rapid.Uint64Range(0, 2_000_000), rapid.Uint64()).Draw(t, "trust")
		w := rapid.OneOf(rapid.Map(rapid.Uint64(), Weight), rapid.Uint64Range(2, 1000)).Draw(t, "w")
		n := FreshWorkersNeeded(trust, w)
		if n < 1 || n > 64 {
			t.Fatalf("n = %d", n)
		}
		// Reference: n is the smallest n ≥ 1 with w^n ≥ max(trust, 1).
		tr := new(big.Int).SetUint64(max(trust, 1))
		pow := func(k int) *big.Int {
			return new(big.Int).Exp(new(big.Int).SetUint64(w), big.NewInt(int64(k)), nil)
		}
		if pow(n).Cmp(tr) < 0 || (n > 1 && pow(n-1).Cmp(tr) >= 0) {
			t.Fatalf("n = %d is not minimal for trust %d, w %d", n, trust, w)
		}

		c := NewConsensus(trust)
		pending := make([]uint64, 0, n)
		for len(pending) < n {
			if !NeedReplica(c, pending) {
				t.Fatalf("stopped provisioning after %d of %d", len(pending), n)
			}
			pending = append(pending, w)
		}
		if NeedReplica(c, pending) {
			t.Fatalf("still provisioning after %d", n)
		}
		// The replicas contribute one by one; the prediction holds throughout.
		hash := h(1)
		for i := range n {
			reached, err := c.Add(hash, w)
			if err != nil {
				t.Fatal(err)
			}
			if reached != (i == n-1) {
				t.Fatalf("contribution %d of %d: reached = %v", i+1, n, reached)
			}
			if NeedReplica(c, pending[i+1:]) {
				t.Fatalf("prediction broke after %d contributions", i+1)
			}
		}
	})
}
