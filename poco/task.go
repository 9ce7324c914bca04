package poco

import (
	"maps"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// TaskStatus mirrors the contract's TaskStatusEnum.
type TaskStatus uint8

// Task statuses. Transitions: Active → Revealing (consensus), Revealing →
// Active (reopen), Revealing → Completed (finalize), Active|Revealing →
// Failed (claim).
const (
	TaskUnset TaskStatus = iota
	TaskActive
	TaskRevealing
	TaskCompleted
	TaskFailed
)

var taskStatusNames = [...]string{"UNSET", "ACTIVE", "REVEALING", "COMPLETED", "FAILED"}

func (s TaskStatus) String() string {
	if int(s) < len(taskStatusNames) {
		return taskStatusNames[s]
	}
	return "TaskStatus(" + strconv.Itoa(int(s)) + ")"
}

// ContributionStatus mirrors the contract's ContributionStatusEnum.
type ContributionStatus uint8

// Contribution statuses. A contribution is Contributed when committed, Proved
// once revealed, and Rejected when a reopen discards its consensus.
const (
	ContributionUnset ContributionStatus = iota
	Contributed
	Proved
	Rejected
)

var contributionStatusNames = [...]string{"UNSET", "CONTRIBUTED", "PROVED", "REJECTED"}

func (s ContributionStatus) String() string {
	if int(s) < len(contributionStatusNames) {
		return contributionStatusNames[s]
	}
	return "ContributionStatus(" + strconv.Itoa(int(s)) + ")"
}

// Contribution is one worker's commitment to a task.
type Contribution struct {
	Worker       common.Address
	ResultHash   [32]byte
	ResultSeal   [32]byte
	Weight       uint64 // consensus weight w = Weight(Score)
	RewardWeight uint64 // lw = RewardWeight(Score), its share of the pool
	Score        uint64 // the worker's score when it contributed
	Status       ContributionStatus
	Digest       [32]byte // set by a successful reveal
}

// Task is the pure state machine of one task, mirroring the on-chain
// lifecycle of POCO.md §2. Actors feed it calls and carry out what it
// decides; every rejected call returns a sentinel error and changes nothing.
// Create one with NewTask or UnmarshalBinary; a zero Task rejects every call.
type Task struct {
	id             [32]byte
	category       Category
	timeRef        uint64 // T in seconds (the category's, unless overridden)
	start          uint64
	deadlines      Deadlines
	status         TaskStatus
	consensus      *Consensus
	consensusValue [32]byte
	revealDeadline uint64
	winners        int
	reveals        int
	resultDigest   [32]byte
	contributions  []Contribution         // contributor order
	index          map[common.Address]int // worker → position in contributions
}

// NewTask initializes a task: Active, with an empty consensus (total = 1).
// start is the deal's start time; trust is normalized to max(trust, 1).
func NewTask(id [32]byte, trust uint64, cat Category, start uint64) (*Task, error) {
	t, err := cat.T()
	if err != nil {
		return nil, err
	}
	return NewTaskWithTimeRef(id, trust, cat, t, start)
}

// NewTaskWithTimeRef initializes a task whose category time T (seconds) is
// timeRef, as a deal in a custom category of the chain's registry carries
// it; cat is then only a label.
func NewTaskWithTimeRef(id [32]byte, trust uint64, cat Category, timeRef, start uint64) (*Task, error) {
	d, err := DeadlinesForTimeRef(timeRef, start)
	if err != nil {
		return nil, err
	}
	return &Task{
		id:        id,
		category:  cat,
		timeRef:   timeRef,
		start:     start,
		deadlines: d,
		status:    TaskActive,
		consensus: NewConsensus(trust),
		index:     make(map[common.Address]int),
	}, nil
}

// TimeRef is the task's category time T in seconds.
func (t *Task) TimeRef() uint64 { return t.timeRef }

// ID is the task id.
func (t *Task) ID() [32]byte { return t.id }

// Trust is the deal's normalized trust (≥ 1).
func (t *Task) Trust() uint64 { return t.consensus.Trust() }

// Category is the deal's category.
func (t *Task) Category() Category { return t.category }

// Start is the deal's start time.
func (t *Task) Start() uint64 { return t.start }

// Status is the task's status.
func (t *Task) Status() TaskStatus { return t.status }

// Deadlines are the contribution and final deadlines.
func (t *Task) Deadlines() Deadlines { return t.deadlines }

// Consensus returns a copy of the task's consensus.
func (t *Task) Consensus() *Consensus { return t.consensus.Clone() }

// ConsensusValue is the result hash that reached consensus (zero while none).
func (t *Task) ConsensusValue() [32]byte { return t.consensusValue }

// RevealDeadline is the reveal deadline (zero while no consensus).
func (t *Task) RevealDeadline() uint64 { return t.revealDeadline }

// Winners is the number of Contributed contributions holding the consensus
// value when consensus was reached.
func (t *Task) Winners() int { return t.winners }

// Reveals is the number of winners that revealed.
func (t *Task) Reveals() int { return t.reveals }

// ResultDigest is the last revealed digest (zero before any reveal).
func (t *Task) ResultDigest() [32]byte { return t.resultDigest }

// Contributions returns a copy of the contributions in contributor order.
func (t *Task) Contributions() []Contribution { return slices.Clone(t.contributions) }

// Contribution returns worker's contribution, if any.
func (t *Task) Contribution(worker common.Address) (Contribution, bool) {
	i, ok := t.index[worker]
	if !ok {
		return Contribution{}, false
	}
	return t.contributions[i], true
}

// NeedReplica applies NeedReplica to the task's consensus without copying it.
func (t *Task) NeedReplica(pendingWeights []uint64) bool {
	return NeedReplica(t.consensus, pendingWeights)
}

// Clone returns an independent copy of t.
func (t *Task) Clone() *Task {
	c := *t
	c.consensus = t.consensus.Clone()
	c.contributions = slices.Clone(t.contributions)
	c.index = maps.Clone(t.index)
	if c.index == nil {
		c.index = make(map[common.Address]int)
	}
	return &c
}

// Contribute commits worker's result hash and seal, weighted by its current
// score. It requires an Active task, now before the contribution deadline and
// no earlier contribution by worker (a worker rejected by a reopen cannot
// contribute again). When the hash's group becomes credible the task moves to
// Revealing: consensus value = resultHash, reveal deadline = now + 2T, and the
// winners are counted.
func (t *Task) Contribute(worker common.Address, score uint64, resultHash, resultSeal [32]byte, now uint64) (reachedConsensus bool, err error) {
	if t.status != TaskActive {
		return false, ErrNotActive
	}
	if now >= t.deadlines.Contribution {
		return false, ErrContributionDeadline
	}
	if i, ok := t.index[worker]; ok {
		if t.contributions[i].Status == Rejected {
			return false, ErrContributorRejected
		}
		return false, ErrAlreadyContributed
	}
	w := Weight(score)
	// Add is atomic: on error the consensus, hence the task, is unchanged.
	reached, err := t.consensus.Add(resultHash, w)
	if err != nil {
		return false, err
	}
	t.index[worker] = len(t.contributions)
	t.contributions = append(t.contributions, Contribution{
		Worker:       worker,
		ResultHash:   resultHash,
		ResultSeal:   resultSeal,
		Weight:       w,
		RewardWeight: RewardWeight(score),
		Score:        score,
		Status:       Contributed,
	})
	if reached {
		t.status = TaskRevealing
		t.consensusValue = resultHash
		t.revealDeadline = RevealDeadlineForTimeRef(t.timeRef, now)
		t.winners = 0
		for i := range t.contributions {
			c := &t.contributions[i]
			// Contributors rejected by an earlier reopen of this same hash
			// are not winners.
			if c.ResultHash == resultHash && c.Status == Contributed {
				t.winners++
			}
		}
	}
	return reached, nil
}

// Reveal discloses a winner's digest. It requires a Revealing task, now
// before the reveal deadline, a Contributed contribution holding the
// consensus value, and a digest matching both its result hash and its seal.
// The contribution becomes Proved and the digest is the task's result.
func (t *Task) Reveal(worker common.Address, digest [32]byte, now uint64) error {
	if t.status != TaskRevealing {
		return ErrNotRevealing
	}
	if now >= t.revealDeadline {
		return ErrRevealDeadline
	}
	i, ok := t.index[worker]
	if !ok {
		return ErrNoContribution
	}
	c := &t.contributions[i]
	switch c.Status {
	case Proved:
		return ErrAlreadyRevealed
	case Rejected:
		return ErrContributorRejected
	}
	if c.ResultHash != t.consensusValue {
		return ErrNotWinner
	}
	if err := CheckReveal(worker, t.id, digest, c.ResultHash, c.ResultSeal); err != nil {
		return err
	}
	c.Status = Proved
	c.Digest = digest
	t.reveals++
	t.resultDigest = digest
	return nil
}

// CanFinalize reports whether Finalize would pass its status and timing
// checks: a Revealing task before the final deadline where every winner
// revealed, or at least one did and the reveal deadline has passed.
func (t *Task) CanFinalize(now uint64) error {
	if t.status != TaskRevealing {
		return ErrNotRevealing
	}
	if now >= t.deadlines.Final {
		return ErrFinalDeadline
	}
	if t.reveals == t.winners {
		return nil
	}
	if t.reveals == 0 {
		return ErrNoReveals
	}
	if now < t.revealDeadline {
		return ErrNotEnoughReveals
	}
	return nil
}

// WorkerSettlement is one contributor's outcome of a finalized task.
type WorkerSettlement struct {
	Worker        common.Address
	Proved        bool
	Reward        uint64 // share of the pool, 0 unless proved
	StakeUnlocked uint64 // stake returned: WorkerStake if proved
	StakeSeized   uint64 // stake seized: WorkerStake unless proved
	Score         uint64 // ScoreAfter(contribution-time score, Proved, #contributors)
}

// Settlement is what finalize moves. The caller performs the transfers.
type Settlement struct {
	TaskID       [32]byte
	ResultDigest [32]byte
	Workers      []WorkerSettlement        // contributor order
	Payouts      map[common.Address]uint64 // every contributor's reward (0 unless proved)
	Seized       map[common.Address]uint64 // stake seized from each non-proved contributor
	Scores       map[common.Address]uint64 // every contributor's new score
	Scheduler    uint64                    // remainder of Total after the workers' rewards
	KittyBonus   uint64                    // paid to the scheduler out of the kitty
	SeizedTotal  uint64                    // Σ Seized
	Total        uint64                    // poolPrice + SeizedTotal
}

// Finalize completes a task that CanFinalize accepts and computes its
// settlement with Payout: proved workers share the pool by reward weight and
// get their stake back; every other contributor (unrevealed, wrong hash,
// rejected) loses its stake; the scheduler gets the remainder plus the kitty
// bonus. ratio is the scheduler reward ratio in percent; kitty the kitty's
// frozen balance.
func (t *Task) Finalize(now uint64, poolPrice, workerStake, ratio, kitty uint64) (*Settlement, error) {
	if err := t.CanFinalize(now); err != nil {
		return nil, err
	}
	in := PayoutInput{
		PoolPrice:            poolPrice,
		WorkerStake:          workerStake,
		SchedulerRewardRatio: ratio,
		ProvedRewardWeights:  make([]uint64, 0, t.reveals),
		Kitty:                kitty,
	}
	for _, c := range t.contributions {
		if c.Status == Proved {
			in.ProvedRewardWeights = append(in.ProvedRewardWeights, c.RewardWeight)
		} else {
			in.NonProved++
		}
	}
	pay, err := Payout(in)
	if err != nil {
		return nil, err
	}
	n := len(t.contributions)
	s := &Settlement{
		TaskID:       t.id,
		ResultDigest: t.resultDigest,
		Workers:      make([]WorkerSettlement, 0, n),
		Payouts:      make(map[common.Address]uint64, n),
		Seized:       make(map[common.Address]uint64, in.NonProved),
		Scores:       make(map[common.Address]uint64, n),
		Scheduler:    pay.Scheduler,
		KittyBonus:   pay.KittyBonus,
		SeizedTotal:  pay.Seized,
		Total:        pay.Total,
	}
	proved := 0
	for _, c := range t.contributions {
		ws := WorkerSettlement{Worker: c.Worker, Proved: c.Status == Proved}
		if ws.Proved {
			ws.Reward = pay.Workers[proved]
			ws.StakeUnlocked = workerStake
			proved++
		} else {
			ws.StakeSeized = workerStake
			s.Seized[c.Worker] = workerStake
		}
		ws.Score = ScoreAfter(c.Score, ws.Proved, n)
		s.Payouts[c.Worker] = ws.Reward
		s.Scores[c.Worker] = ws.Score
		s.Workers = append(s.Workers, ws)
	}
	t.status = TaskCompleted
	return s, nil
}

// CanReopen reports whether Reopen would succeed: a Revealing task, before
// the final deadline, after the reveal deadline, with no reveal.
func (t *Task) CanReopen(now uint64) error {
	if t.status != TaskRevealing {
		return ErrNotRevealing
	}
	if now >= t.deadlines.Final {
		return ErrFinalDeadline
	}
	if now < t.revealDeadline {
		return ErrTooEarly
	}
	if t.reveals != 0 {
		return ErrHasReveals
	}
	return nil
}

// Reopen discards a consensus nobody revealed: every contribution holding
// the consensus value becomes Rejected (its stake stays locked and the worker
// cannot contribute again), the group leaves the consensus, and the task is
// Active again. As on chain, only the next contribution's own group is
// tested: a group that became credible through the removal waits for its
// next contributor.
func (t *Task) Reopen(now uint64) error {
	if err := t.CanReopen(now); err != nil {
		return err
	}
	for i := range t.contributions {
		if t.contributions[i].ResultHash == t.consensusValue {
			t.contributions[i].Status = Rejected
		}
	}
	t.consensus.Remove(t.consensusValue)
	t.status = TaskActive
	t.consensusValue = [32]byte{}
	t.revealDeadline = 0
	t.winners = 0
	return nil
}

// Claim fails a task that is still open at its final deadline. Refunding the
// requester, unlocking the contributors' stakes and sending the scheduler's
// stake to the kitty are the caller's job; scores do not change.
func (t *Task) Claim(now uint64) error {
	if t.status != TaskActive && t.status != TaskRevealing {
		return ErrNotClaimable
	}
	if now < t.deadlines.Final {
		return ErrTooEarly
	}
	t.status = TaskFailed
	return nil
}
