package poco

import "testing"

// POCO.md §3: score → w → lw.
func TestWeightTable(t *testing.T) {
	tests := []struct{ score, w, lw uint64 }{
		{0, 2, 1}, {1, 2, 1}, {5, 2, 1}, {8, 2, 1}, {11, 2, 1},
		{12, 3, 1}, // the consensus vector's first worker
		{15, 4, 2},
		{30, 9, 3},
		{100, 32, 5},
		{300, 99, 6},
		{3000, 999, 9},
		{1<<64 - 1, (1<<64-1)/3 - 1, 62},
	}
	for _, tt := range tests {
		if got := Weight(tt.score); got != tt.w {
			t.Errorf("Weight(%d) = %d, want %d", tt.score, got, tt.w)
		}
		if got := RewardWeight(tt.score); got != tt.lw {
			t.Errorf("RewardWeight(%d) = %d, want %d", tt.score, got, tt.lw)
		}
	}
}

func TestScoreAfter(t *testing.T) {
	tests := []struct {
		score        uint64
		proved       bool
		contributors int
		want         uint64
	}{
		{10, true, 2, 11},
		{10, true, 1, 10}, // unreplicated: unchanged
		{10, true, 0, 10},
		{1<<64 - 1, true, 3, 1<<64 - 1}, // saturates
		{12, false, 3, 8},
		{10, false, 1, 6},
		{2, false, 2, 1},
		{1, false, 2, 0},
		{0, false, 2, 0},
		{1<<64 - 1, false, 2, (1<<64 - 1) / 3 * 2}, // no 2·score overflow
		{1<<64 - 2, false, 2, 12297829382473034409},
	}
	for _, tt := range tests {
		if got := ScoreAfter(tt.score, tt.proved, tt.contributors); got != tt.want {
			t.Errorf("ScoreAfter(%d, %v, %d) = %d, want %d", tt.score, tt.proved, tt.contributors, got, tt.want)
		}
	}
}

func TestScoreForWeight(t *testing.T) {
	for _, w := range []uint64{2, 3, 4, 9, 32, 99, 999} {
		if got := Weight(ScoreForWeight(w)); got != w {
			t.Fatalf("Weight(ScoreForWeight(%d)) = %d", w, got)
		}
	}
}
