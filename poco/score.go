package poco

import "math"

// ScoreAfter is a worker's score after a finalized task. A proved worker
// gains one point, but only if the task was replicated (contributors > 1);
// an unreplicated success proves nothing. Any other contributor (wrong
// result, unrevealed, rejected) keeps ⌊2·score/3⌋.
func ScoreAfter(score uint64, proved bool, contributors int) uint64 {
	if proved {
		if contributors > 1 && score < math.MaxUint64 {
			return score + 1
		}
		return score
	}
	// ⌊2s/3⌋ without computing 2s, which could overflow.
	return score/3*2 + score%3*2/3
}
