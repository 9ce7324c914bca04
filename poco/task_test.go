package poco

import (
	"bytes"
	"errors"
	"math"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// The fixture: the POCO.md vector as a task. trust 100, category XS (T = 300),
// deal start 1000: contribution deadline 3100, final deadline 4000.
const (
	start      = 1000
	contribEnd = start + 7*300
	finalEnd   = start + 10*300
)

var (
	taskID = fill(0x7a)
	w1     = common.HexToAddress("0x00000000000000000000000000000000000000a1") // score 12, result 0x17
	w2     = common.HexToAddress("0x00000000000000000000000000000000000000a2") // score 100, result 0x42
	w3     = common.HexToAddress("0x00000000000000000000000000000000000000a3") // score 300, result 0x42
	w4     = common.HexToAddress("0x00000000000000000000000000000000000000a4")
)

func commit(t testing.TB, task *Task, w common.Address, score uint64, digest [32]byte, now uint64) bool {
	t.Helper()
	reached, err := task.Contribute(w, score, ResultHash(task.ID(), digest), ResultSeal(w, task.ID(), digest), now)
	if err != nil {
		t.Fatalf("Contribute(%x): %v", w, err)
	}
	return reached
}

func reveal(t testing.TB, task *Task, w common.Address, digest [32]byte, now uint64) {
	t.Helper()
	if err := task.Reveal(w, digest, now); err != nil {
		t.Fatalf("Reveal(%x): %v", w, err)
	}
}

func newTask(t testing.TB, trust uint64) *Task {
	t.Helper()
	task, err := NewTask(taskID, trust, XS, start)
	if err != nil {
		t.Fatal(err)
	}
	return task
}

// vectorTask reaches consensus at 1300 on 0x42 with w2 and w3; w1 disagrees.
// Reveal deadline 1900.
func vectorTask(t testing.TB) *Task {
	task := newTask(t, 100)
	if commit(t, task, w1, 12, h(0x17), 1100) || commit(t, task, w2, 100, h(0x42), 1200) {
		t.Fatal("consensus too early")
	}
	if !commit(t, task, w3, 300, h(0x42), 1300) {
		t.Fatal("no consensus")
	}
	return task
}

func TestTaskVectorLifecycle(t *testing.T) {
	task := vectorTask(t)
	hash42 := ResultHash(taskID, h(0x42))
	if task.Status() != TaskRevealing || task.ConsensusValue() != hash42 || task.RevealDeadline() != 1900 ||
		task.Winners() != 2 || task.Reveals() != 0 {
		t.Fatalf("after consensus: %v %x %d %d", task.Status(), task.ConsensusValue(), task.RevealDeadline(), task.Winners())
	}
	c := task.Consensus()
	if g, tot := c.Group(hash42), c.Total(); g != u(3168) || tot != u(3172) {
		t.Fatalf("group %v total %v", &g, &tot)
	}
	if d := task.Deadlines(); d != (Deadlines{contribEnd, finalEnd}) {
		t.Fatalf("deadlines %+v", d)
	}
	reveal(t, task, w2, h(0x42), 1400)
	if err := task.CanFinalize(1450); !errors.Is(err, ErrNotEnoughReveals) {
		t.Fatalf("CanFinalize with 1 of 2 reveals: %v", err)
	}
	reveal(t, task, w3, h(0x42), 1500)
	if task.Reveals() != 2 || task.ResultDigest() != h(0x42) {
		t.Fatal("reveals")
	}
	s, err := task.Finalize(1501, 20*rlc, 7*rlc, 5, 0)
	if err != nil {
		t.Fatal(err)
	}
	if task.Status() != TaskCompleted {
		t.Fatal("not completed")
	}
	want := &Settlement{
		TaskID:       taskID,
		ResultDigest: h(0x42),
		Workers: []WorkerSettlement{
			{Worker: w1, StakeSeized: 7 * rlc, Score: 8},
			{Worker: w2, Proved: true, Reward: 11_659_090_909, StakeUnlocked: 7 * rlc, Score: 101},
			{Worker: w3, Proved: true, Reward: 13_990_909_090, StakeUnlocked: 7 * rlc, Score: 301},
		},
		Payouts:     map[common.Address]uint64{w1: 0, w2: 11_659_090_909, w3: 13_990_909_090},
		Seized:      map[common.Address]uint64{w1: 7 * rlc},
		Scores:      map[common.Address]uint64{w1: 8, w2: 101, w3: 301},
		Scheduler:   1_350_000_001,
		SeizedTotal: 7 * rlc,
		Total:       27 * rlc,
	}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("settlement\n got %+v\nwant %+v", s, want)
	}
}

func TestTaskPartialRevealFinalize(t *testing.T) {
	task := vectorTask(t)
	reveal(t, task, w3, h(0x42), 1400)
	if err := task.CanFinalize(1899); !errors.Is(err, ErrNotEnoughReveals) {
		t.Fatal(err)
	}
	s, err := task.Finalize(1900, 20*rlc, 7*rlc, 5, 3*rlc)
	if err != nil {
		t.Fatal(err)
	}
	// w1 (wrong) and w2 (silent) lose their stakes: total 34, pool 32.3, all to w3.
	if s.Total != 34*rlc || s.Payouts[w3] != 32_300_000_000 || s.Scheduler != 1_700_000_000 ||
		s.KittyBonus != rlc || len(s.Seized) != 2 || s.Scores[w2] != 66 {
		t.Errorf("settlement %+v", s)
	}
}

func TestTaskReopen(t *testing.T) {
	task := vectorTask(t)
	if err := task.CanReopen(1899); !errors.Is(err, ErrTooEarly) {
		t.Fatal(err)
	}
	if err := task.Reopen(1900); err != nil {
		t.Fatal(err)
	}
	if task.Status() != TaskActive || task.ConsensusValue() != ([32]byte{}) || task.RevealDeadline() != 0 || task.Winners() != 0 {
		t.Fatal("not reset")
	}
	cs := task.Contributions()
	if cs[0].Status != Contributed || cs[1].Status != Rejected || cs[2].Status != Rejected {
		t.Fatalf("statuses %v %v %v", cs[0].Status, cs[1].Status, cs[2].Status)
	}
	c := task.Consensus()
	if tot := c.Total(); tot != u(4) || c.Len() != 1 {
		t.Fatalf("total %v", &tot)
	}
	// w4 (w 99) joins w1 on 0x17: 297·100 > 298·99, consensus again.
	if !commit(t, task, w4, 300, h(0x17), 2000) {
		t.Fatal("no second consensus")
	}
	if task.Winners() != 2 || task.RevealDeadline() != 2600 {
		t.Fatalf("winners %d deadline %d", task.Winners(), task.RevealDeadline())
	}
	reveal(t, task, w1, h(0x17), 2100)
	reveal(t, task, w4, h(0x17), 2100)
	s, err := task.Finalize(2100, 10*rlc, rlc, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	// The two rejected workers are seized; w1 and w4 share 12 RLC 1:6.
	if s.Total != 12*rlc || s.Payouts[w1] != 12*rlc/7 || s.Payouts[w4] != 12*rlc*6/7 || len(s.Seized) != 2 ||
		s.Seized[w2] != rlc || s.Seized[w3] != rlc || s.Scores[w1] != 13 {
		t.Errorf("settlement %+v", s)
	}
}

func TestTaskRejectedWorkerSameHashAgain(t *testing.T) {
	task := newTask(t, 1)
	commit(t, task, w1, 0, h(5), 1100)
	if err := task.Reopen(1100 + 600); err != nil {
		t.Fatal(err)
	}
	// w2 commits the same hash: w1, rejected, is not a winner.
	if !commit(t, task, w2, 0, h(5), 1800) || task.Winners() != 1 {
		t.Fatalf("winners = %d", task.Winners())
	}
	before := task.Clone()
	if err := task.Reveal(w1, h(5), 1801); !errors.Is(err, ErrContributorRejected) {
		t.Fatal(err)
	}
	assertUnchanged(t, task, before)
	reveal(t, task, w2, h(5), 1801)
	s, err := task.Finalize(1802, 100, 10, 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	if s.Total != 110 || s.Payouts[w2] != 99 || s.Scheduler != 11 || s.Scores[w2] != 1 {
		t.Errorf("settlement %+v", s)
	}
}

func TestTaskTrustOneUnreplicated(t *testing.T) {
	task := newTask(t, 0)
	if task.Trust() != 1 || !commit(t, task, w1, 50, h(9), start) {
		t.Fatal("trust 0 must reach consensus on the first contribution")
	}
	reveal(t, task, w1, h(9), start+1)
	s, err := task.Finalize(start+1, 100, 30, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	if s.Scores[w1] != 50 || s.Payouts[w1] != 99 || s.Scheduler != 1 {
		t.Errorf("settlement %+v", s)
	}
}

func TestTaskClaim(t *testing.T) {
	for _, task := range []*Task{newTask(t, 100), vectorTask(t)} {
		if err := task.Claim(finalEnd); err != nil {
			t.Fatal(err)
		}
		if task.Status() != TaskFailed {
			t.Fatal("not failed")
		}
	}
}

func TestNewTaskErrors(t *testing.T) {
	if _, err := NewTask(taskID, 1, Category(5), 0); !errors.Is(err, ErrBadCategory) {
		t.Error(err)
	}
	if _, err := NewTask(taskID, 1, XL, math.MaxUint64); !errors.Is(err, ErrOverflow) {
		t.Error(err)
	}
}

func assertUnchanged(t *testing.T, task, before *Task) {
	t.Helper()
	if !reflect.DeepEqual(task, before) {
		t.Fatalf("task changed:\n got %+v\nwant %+v", task, before)
	}
	a, err1 := task.MarshalBinary()
	b, err2 := before.MarshalBinary()
	if err1 != nil || err2 != nil || !bytes.Equal(a, b) {
		t.Fatal("encoding changed")
	}
}

// Every rejected call returns its sentinel error and leaves the task unchanged.
func TestTaskErrorPaths(t *testing.T) {
	hash42, seal42 := ResultHash(taskID, h(0x42)), ResultSeal(w4, taskID, h(0x42))
	contribute := func(w common.Address, now uint64) func(*Task) error {
		return func(task *Task) error {
			_, err := task.Contribute(w, 10, hash42, seal42, now)
			return err
		}
	}
	finalize := func(now, ratio, pool, stake uint64) func(*Task) error {
		return func(task *Task) error {
			s, err := task.Finalize(now, pool, stake, ratio, 0)
			if s != nil {
				t.Error("settlement returned with an error")
			}
			return err
		}
	}
	revealed := func(t testing.TB) *Task { // one of two winners revealed
		task := vectorTask(t)
		reveal(t, task, w2, h(0x42), 1400)
		return task
	}
	completed := func(t testing.TB) *Task {
		task := revealed(t)
		reveal(t, task, w3, h(0x42), 1400)
		if _, err := task.Finalize(1400, 1, 1, 1, 0); err != nil {
			t.Fatal(err)
		}
		return task
	}
	failed := func(t testing.TB) *Task {
		task := newTask(t, 100)
		if err := task.Claim(finalEnd); err != nil {
			t.Fatal(err)
		}
		return task
	}
	active := func(t testing.TB) *Task { return newTask(t, 100) }
	reopened := func(t testing.TB) *Task {
		task := vectorTask(t)
		if err := task.Reopen(1900); err != nil {
			t.Fatal(err)
		}
		return task
	}
	// A task whose next contribution of maximal weight overflows 256 bits
	// without any group ever becoming credible (trust 2^64−1).
	nearOverflow := func(t testing.TB) *Task {
		task := newTask(t, math.MaxUint64)
		for i := range 8 {
			w := common.Address{0xf0, byte(i)}
			if commit(t, task, w, math.MaxUint64, h(byte(i%2)), start) {
				t.Fatal("unexpected consensus")
			}
		}
		return task
	}
	badSeal := func(t testing.TB) *Task { // w4 commits 0x42 with w1's seal
		task := newTask(t, 1)
		if _, err := task.Contribute(w4, 0, hash42, ResultSeal(w1, taskID, h(0x42)), start); err != nil {
			t.Fatal(err)
		}
		return task
	}

	tests := []struct {
		name  string
		setup func(testing.TB) *Task
		op    func(*Task) error
		want  error
	}{
		{"contribute while revealing", vectorTask, contribute(w4, 1400), ErrNotActive},
		{"contribute when completed", completed, contribute(w4, 1400), ErrNotActive},
		{"contribute when failed", failed, contribute(w4, 1400), ErrNotActive},
		{"contribute on a zero Task", func(testing.TB) *Task { return &Task{} }, contribute(w4, 0), ErrNotActive},
		{"contribute at the deadline", active, contribute(w4, contribEnd), ErrContributionDeadline},
		{"contribute twice", func(t testing.TB) *Task {
			task := active(t)
			commit(t, task, w4, 10, h(1), start)
			return task
		}, contribute(w4, start+1), ErrAlreadyContributed},
		{"contribute after rejection", reopened, contribute(w2, 2000), ErrContributorRejected},
		{"contribute overflows", nearOverflow, func(task *Task) error {
			_, err := task.Contribute(w4, math.MaxUint64, ResultHash(taskID, h(0)), h(0), start)
			return err
		}, ErrOverflow},

		{"reveal while active", active, func(task *Task) error { return task.Reveal(w2, h(0x42), 1400) }, ErrNotRevealing},
		{"reveal when completed", completed, func(task *Task) error { return task.Reveal(w2, h(0x42), 1400) }, ErrNotRevealing},
		{"reveal at the deadline", vectorTask, func(task *Task) error { return task.Reveal(w2, h(0x42), 1900) }, ErrRevealDeadline},
		{"reveal without contribution", vectorTask, func(task *Task) error { return task.Reveal(w4, h(0x42), 1400) }, ErrNoContribution},
		{"reveal twice", revealed, func(task *Task) error { return task.Reveal(w2, h(0x42), 1401) }, ErrAlreadyRevealed},
		{"reveal a losing hash", vectorTask, func(task *Task) error { return task.Reveal(w1, h(0x17), 1400) }, ErrNotWinner},
		{"reveal a wrong digest", vectorTask, func(task *Task) error { return task.Reveal(w2, h(0x43), 1400) }, ErrBadResultHash},
		{"reveal with a copied seal", badSeal, func(task *Task) error { return task.Reveal(w4, h(0x42), start) }, ErrBadSeal},

		{"finalize while active", active, finalize(1400, 5, 1, 1), ErrNotRevealing},
		{"finalize twice", completed, finalize(1400, 5, 1, 1), ErrNotRevealing},
		{"finalize at the final deadline", revealed, finalize(finalEnd, 5, 1, 1), ErrFinalDeadline},
		{"finalize without reveals", vectorTask, finalize(1950, 5, 1, 1), ErrNoReveals},
		{"finalize before every winner revealed", revealed, finalize(1899, 5, 1, 1), ErrNotEnoughReveals},
		{"finalize with ratio above 100", revealed, finalize(1900, 101, 1, 1), ErrBadRatio},
		{"finalize overflowing the total", revealed, finalize(1900, 5, math.MaxUint64, 1), ErrOverflow},

		{"reopen while active", active, func(task *Task) error { return task.Reopen(1900) }, ErrNotRevealing},
		{"reopen when completed", completed, func(task *Task) error { return task.Reopen(1900) }, ErrNotRevealing},
		{"reopen at the final deadline", vectorTask, func(task *Task) error { return task.Reopen(finalEnd) }, ErrFinalDeadline},
		{"reopen before the reveal deadline", vectorTask, func(task *Task) error { return task.Reopen(1899) }, ErrTooEarly},
		{"reopen with reveals", revealed, func(task *Task) error { return task.Reopen(1900) }, ErrHasReveals},

		{"claim when completed", completed, func(task *Task) error { return task.Claim(finalEnd) }, ErrNotClaimable},
		{"claim when failed", failed, func(task *Task) error { return task.Claim(finalEnd) }, ErrNotClaimable},
		{"claim on a zero Task", func(testing.TB) *Task { return &Task{} }, func(task *Task) error { return task.Claim(finalEnd) }, ErrNotClaimable},
		{"claim active before the final deadline", active, func(task *Task) error { return task.Claim(finalEnd - 1) }, ErrTooEarly},
		{"claim revealing before the final deadline", vectorTask, func(task *Task) error { return task.Claim(finalEnd - 1) }, ErrTooEarly},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			task := tt.setup(t)
			var before *Task
			if task.consensus != nil {
				before = task.Clone()
			} else {
				before = &Task{}
			}
			err := tt.op(task)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if task.consensus != nil {
				assertUnchanged(t, task, before)
			} else if !reflect.DeepEqual(task, before) {
				t.Fatal("zero task changed")
			}
		})
	}
}

func TestStatusStrings(t *testing.T) {
	if TaskRevealing.String() != "REVEALING" || TaskStatus(9).String() != "TaskStatus(9)" ||
		Rejected.String() != "REJECTED" || ContributionStatus(7).String() != "ContributionStatus(7)" {
		t.Error("String")
	}
}

func TestTaskAccessorsCopy(t *testing.T) {
	task := vectorTask(t)
	before := task.Clone()
	cs := task.Contributions()
	cs[0].Status = Proved
	c := task.Consensus()
	c.Remove(task.ConsensusValue())
	assertUnchanged(t, task, before)
	if got, ok := task.Contribution(w3); !ok || got.Weight != 99 || got.RewardWeight != 6 || got.Score != 300 {
		t.Errorf("Contribution(w3) = %+v, %v", got, ok)
	}
	if _, ok := task.Contribution(w4); ok {
		t.Error("phantom contribution")
	}
	if task.NeedReplica(nil) || task.Category() != XS || task.Start() != start {
		t.Error("accessors")
	}
}
