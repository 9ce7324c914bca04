package poco

import (
	"errors"
	"math"
	"math/big"
	"reflect"
	"testing"

	"pgregory.net/rapid"
)

const rlc = 1_000_000_000 // nRLC per RLC

// POCO.md §2 payout vector.
func TestPayoutVector(t *testing.T) {
	got, err := Payout(PayoutInput{
		PoolPrice:            20 * rlc,
		WorkerStake:          7 * rlc,
		SchedulerRewardRatio: 5,
		ProvedRewardWeights:  []uint64{5, 6},
		NonProved:            1,
	})
	if err != nil {
		t.Fatal(err)
	}
	want := PayoutResult{
		Workers:   []uint64{11_659_090_909, 13_990_909_090},
		Scheduler: 1_350_000_001,
		Seized:    7 * rlc,
		Total:     27 * rlc,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Payout = %+v, want %+v", got, want)
	}
	// pool = 25.65 RLC.
	if pool := got.Workers[0] + got.Workers[1] + 1; pool != 25_650_000_000 {
		t.Errorf("pool = %d", pool)
	}
}

func TestKittyBonus(t *testing.T) {
	tests := []struct{ kitty, want uint64 }{
		{0, 0},
		{1, 1},                                // capped by the kitty itself
		{rlc / 2, rlc / 2},                    // likewise
		{5 * rlc, rlc},                        // the 1 RLC floor
		{100 * rlc, 10 * rlc},                 // 10 %
		{105, 105},                            // floor of 10% below the minimum
		{math.MaxUint64, math.MaxUint64 / 10}, // no overflow
	}
	for _, tt := range tests {
		if got := KittyBonus(tt.kitty); got != tt.want {
			t.Errorf("KittyBonus(%d) = %d, want %d", tt.kitty, got, tt.want)
		}
	}
	got, err := Payout(PayoutInput{PoolPrice: 1, ProvedRewardWeights: []uint64{1}, Kitty: 100 * rlc})
	if err != nil || got.KittyBonus != 10*rlc {
		t.Errorf("Payout kitty bonus = %d, %v", got.KittyBonus, err)
	}
}

func TestPayoutErrors(t *testing.T) {
	tests := []struct {
		name string
		in   PayoutInput
		want error
	}{
		{"ratio above 100", PayoutInput{SchedulerRewardRatio: 101, ProvedRewardWeights: []uint64{1}}, ErrBadRatio},
		{"no proved worker", PayoutInput{PoolPrice: 10, NonProved: 3}, ErrNoProvedWorkers},
		{"zero reward weights", PayoutInput{PoolPrice: 10, ProvedRewardWeights: []uint64{0, 0}}, ErrNoProvedWorkers},
		{"Σlw overflows", PayoutInput{ProvedRewardWeights: []uint64{math.MaxUint64, 1}}, ErrOverflow},
		{"stake·nonProved overflows", PayoutInput{WorkerStake: math.MaxUint64, NonProved: 2, ProvedRewardWeights: []uint64{1}}, ErrOverflow},
		{"total overflows", PayoutInput{PoolPrice: math.MaxUint64, WorkerStake: 1, NonProved: 1, ProvedRewardWeights: []uint64{1}}, ErrOverflow},
		{"negative NonProved", PayoutInput{NonProved: -1, ProvedRewardWeights: []uint64{1}}, ErrOverflow},
	}
	for _, tt := range tests {
		if _, err := Payout(tt.in); !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.want)
		}
	}
	// The largest amounts still work: 128-bit intermediates.
	got, err := Payout(PayoutInput{PoolPrice: math.MaxUint64, ProvedRewardWeights: []uint64{math.MaxUint64 - 1, 1}})
	if err != nil || got.Workers[0]+got.Workers[1]+got.Scheduler != math.MaxUint64 {
		t.Errorf("max payout: %+v, %v", got, err)
	}
}

// Property: payouts conserve what is paid in and follow the formulas.
func TestPayoutConservation(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		amount := rapid.OneOf(rapid.Uint64Range(0, 1000*rlc), rapid.Uint64())
		in := PayoutInput{
			PoolPrice:            amount.Draw(t, "poolprice"),
			WorkerStake:          amount.Draw(t, "stake"),
			SchedulerRewardRatio: rapid.Uint64Range(0, 100).Draw(t, "ratio"),
			ProvedRewardWeights:  rapid.SliceOfN(rapid.Map(rapid.Uint64(), RewardWeight), 1, 30).Draw(t, "lw"),
			NonProved:            rapid.IntRange(0, 30).Draw(t, "nonproved"),
			Kitty:                amount.Draw(t, "kitty"),
		}
		got, err := Payout(in)
		total := new(big.Int).Mul(new(big.Int).SetUint64(in.WorkerStake), big.NewInt(int64(in.NonProved)))
		total.Add(total, new(big.Int).SetUint64(in.PoolPrice))
		if !total.IsUint64() {
			if !errors.Is(err, ErrOverflow) {
				t.Fatalf("total %v overflows uint64 but err = %v", total, err)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if got.Total != total.Uint64() || got.Seized != in.WorkerStake*uint64(in.NonProved) {
			t.Fatalf("total %d seized %d", got.Total, got.Seized)
		}
		pool := new(big.Int).Mul(total, new(big.Int).SetUint64(100-in.SchedulerRewardRatio))
		pool.Div(pool, big.NewInt(100))
		var sumLW uint64
		for _, lw := range in.ProvedRewardWeights {
			sumLW += lw
		}
		sum := new(big.Int).SetUint64(got.Scheduler)
		for i, w := range got.Workers {
			want := new(big.Int).Mul(pool, new(big.Int).SetUint64(in.ProvedRewardWeights[i]))
			want.Div(want, new(big.Int).SetUint64(sumLW))
			if want.Uint64() != w || new(big.Int).SetUint64(w).Cmp(pool) > 0 {
				t.Fatalf("worker %d gets %d, want %v (pool %v)", i, w, want, pool)
			}
			sum.Add(sum, new(big.Int).SetUint64(w))
		}
		if sum.Cmp(total) != 0 {
			t.Fatalf("Σ workers + scheduler = %v, paid in %v", sum, total)
		}
		if got.KittyBonus > in.Kitty {
			t.Fatalf("kitty bonus %d above kitty %d", got.KittyBonus, in.Kitty)
		}
	})
}
