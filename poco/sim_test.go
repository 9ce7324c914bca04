package poco

import (
	"bytes"
	"math/big"
	"reflect"

	"github.com/ethereum/go-ethereum/common"
)

// A simulator drives a Task with arbitrary operations and checks, after
// every one, the invariants the state machine must keep. The rapid property
// tests and the fuzz test share it.

type failer interface {
	Helper()
	Fatalf(format string, args ...any)
}

type opKind uint8

const (
	opContribute opKind = iota
	opReveal
	opFinalize
	opReopen
	opClaim
	opWait
	numOps
)

type op struct {
	kind   opKind
	worker uint8  // index into simWorkers
	digest uint8  // index into simDigests (reveal: may be wrong)
	arg    uint8  // score index / ratio / bad-seal flag
	wait   uint16 // seconds added to the clock before the op
}

var (
	simWorkers = func() (ws [7]common.Address) {
		for i := range ws {
			ws[i] = common.Address{0xee, byte(i)}
		}
		return ws
	}()
	simDigests = [3][32]byte{h(1), h(2), h(3)}
	simScores  = [8]uint64{0, 12, 30, 100, 300, 3000, 1 << 40, 1<<64 - 1}
	simTrusts  = [8]uint64{0, 1, 2, 3, 10, 100, 10_000, 1_000_000}
)

type sim struct {
	t    failer
	task *Task
	now  uint64
}

func newSim(t failer, trustIdx uint8, cat Category) *sim {
	task, err := NewTask(fill(0x5e), simTrusts[trustIdx%8], cat%NumCategories, 1_000)
	if err != nil {
		t.Fatalf("NewTask: %v", err)
	}
	s := &sim{t: t, task: task, now: 1_000}
	s.check()
	return s
}

// legal lists the status transitions each operation may make.
var legal = map[opKind]map[[2]TaskStatus]bool{
	opContribute: {{TaskActive, TaskRevealing}: true},
	opFinalize:   {{TaskRevealing, TaskCompleted}: true},
	opReopen:     {{TaskRevealing, TaskActive}: true},
	opClaim:      {{TaskActive, TaskFailed}: true, {TaskRevealing, TaskFailed}: true},
}

func (s *sim) step(o op) {
	s.t.Helper()
	s.now += uint64(o.wait)
	task := s.task
	before := task.Clone()
	beforeBytes, _ := task.MarshalBinary()
	w := simWorkers[int(o.worker)%len(simWorkers)]
	d := simDigests[int(o.digest)%len(simDigests)]
	var err error
	var reached bool
	var settlement *Settlement
	switch o.kind % numOps {
	case opContribute:
		seal := ResultSeal(w, task.ID(), d)
		if o.arg&0x80 != 0 {
			seal = ResultSeal(w, task.ID(), h(0xff)) // a seal that will not reveal
		}
		reached, err = task.Contribute(w, simScores[o.arg%8], ResultHash(task.ID(), d), seal, s.now)
	case opReveal:
		err = task.Reveal(w, d, s.now)
	case opFinalize:
		settlement, err = task.Finalize(s.now, uint64(o.arg)*1e9, uint64(o.digest)*1e8, uint64(o.arg%110), uint64(o.worker)*1e9)
	case opReopen:
		err = task.Reopen(s.now)
	case opClaim:
		err = task.Claim(s.now)
	case opWait:
	}
	if err != nil {
		afterBytes, _ := task.MarshalBinary()
		if !reflect.DeepEqual(task, before) || !bytes.Equal(afterBytes, beforeBytes) {
			s.t.Fatalf("op %+v failed with %v but changed the task", o, err)
		}
		return
	}
	from, to := before.Status(), task.Status()
	if from != to && !legal[o.kind%numOps][[2]TaskStatus{from, to}] {
		s.t.Fatalf("op %+v: illegal transition %v → %v", o, from, to)
	}
	if o.kind%numOps == opContribute && reached != (to == TaskRevealing) {
		s.t.Fatalf("Contribute reached=%v but status %v", reached, to)
	}
	if to == TaskRevealing && from != TaskRevealing {
		// Only a credible group opens the reveal phase (math/big check).
		c := task.Consensus()
		g, tot := c.Group(task.ConsensusValue()), c.Total()
		if !bigCredible(g.ToBig(), tot.ToBig(), task.Trust()) {
			s.t.Fatalf("entered REVEALING with a group below the threshold: %v / %v at trust %d", g.ToBig(), tot.ToBig(), task.Trust())
		}
		if task.RevealDeadline() != RevealDeadline(task.Category(), s.now) {
			s.t.Fatalf("reveal deadline %d", task.RevealDeadline())
		}
	}
	if settlement != nil {
		sum := new(big.Int).SetUint64(settlement.Scheduler)
		for _, ws := range settlement.Workers {
			sum.Add(sum, new(big.Int).SetUint64(ws.Reward))
		}
		if sum.Cmp(new(big.Int).SetUint64(settlement.Total)) != 0 {
			s.t.Fatalf("settlement does not conserve: %v != %d", sum, settlement.Total)
		}
	}
	s.check()
}

// check verifies the task's structural invariants against a recomputation.
func (s *sim) check() {
	s.t.Helper()
	task := s.task
	c := task.Consensus()
	// Each group is the product of the weights of its non-rejected
	// contributors; total = 1 + Σ groups.
	want := map[[32]byte]*big.Int{}
	proved := 0
	for _, ct := range task.Contributions() {
		if ct.Status == Proved {
			proved++
		}
		if ct.Status == Rejected {
			continue
		}
		g := want[ct.ResultHash]
		if g == nil {
			g = big.NewInt(1)
			want[ct.ResultHash] = g
		}
		g.Mul(g, new(big.Int).SetUint64(ct.Weight))
	}
	if c.Len() != len(want) {
		s.t.Fatalf("%d groups, want %d", c.Len(), len(want))
	}
	total := big.NewInt(1)
	for hash, g := range want {
		got := c.Group(hash)
		if got.ToBig().Cmp(g) != 0 {
			s.t.Fatalf("group %x = %v, want %v", hash, got.ToBig(), g)
		}
		total.Add(total, g)
	}
	if tot := c.Total(); tot.ToBig().Cmp(total) != 0 {
		s.t.Fatalf("total %v != 1 + Σ groups %v", tot.ToBig(), total)
	}
	if task.Reveals() != proved {
		s.t.Fatalf("reveals %d, proved %d", task.Reveals(), proved)
	}
	switch task.Status() {
	case TaskActive:
		if task.Winners() != 0 || task.Reveals() != 0 || task.RevealDeadline() != 0 {
			s.t.Fatalf("active task with consensus leftovers")
		}
	case TaskRevealing:
		winners := 0
		for _, ct := range task.Contributions() {
			if ct.ResultHash == task.ConsensusValue() && (ct.Status == Contributed || ct.Status == Proved) {
				winners++
			}
		}
		if winners != task.Winners() || task.Winners() < 1 || !c.Reached(task.ConsensusValue()) {
			s.t.Fatalf("winners %d, counted %d", task.Winners(), winners)
		}
	}
	// Journaling round trip.
	b, err := task.MarshalBinary()
	if err != nil {
		s.t.Fatalf("MarshalBinary: %v", err)
	}
	var back Task
	if err := back.UnmarshalBinary(b); err != nil {
		s.t.Fatalf("UnmarshalBinary: %v", err)
	}
	if !reflect.DeepEqual(&back, task) {
		s.t.Fatalf("round trip changed the task")
	}
	if b2, _ := back.MarshalBinary(); !bytes.Equal(b, b2) {
		s.t.Fatalf("encoding is not deterministic")
	}
}
