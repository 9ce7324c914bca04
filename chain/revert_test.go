package chain

import (
	"bytes"
	"math/big"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func (f *fixture) send(p party, label string, data []byte) (*TxResult, error) {
	return p.Party.send(f.ctx, TxRequest{Label: label, Data: data})
}

func sortAddrs(a []common.Address) []common.Address {
	out := append([]common.Address(nil), a...)
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i][:], out[j][:]) < 0 })
	return out
}

func TestContributeReverts(t *testing.T) {
	f := newFixture(t, 3)
	w0, w1 := f.workers[0], f.workers[1]
	d := f.deal(dealSpec{trust: 100, volume: 2, appPrice: rlc(1), poolPrice: rlc(10)})
	taskid := d.TaskIDs[0]
	dg := digestOf("r")

	_, err := f.contribute(w0, taskid, dg)
	f.wantRevert("BadTaskStatus", nil, err) // not initialized
	f.must(f.scheduler.Initialize(f.ctx, d.ID, 0))
	_, err = f.scheduler.Initialize(f.ctx, d.ID, 0)
	f.wantRevert("BadTaskStatus", nil, err)
	_, err = f.scheduler.Initialize(f.ctx, d.ID, 7)
	f.wantRevert("BadTaskIndex", nil, err)

	// wrong sender: an authorization signed by someone else than the scheduler
	bad, _ := SignAuthorization(f.stranger.key, w0.Address(), taskid, common.Address{})
	_, err = w0.Contribute(f.ctx, taskid, dg, bad)
	f.wantRevert("BadAuthorization", nil, err)
	// wrong sender: the scheduler authorized another worker
	auth1, _ := f.scheduler.Authorize(w1.Address(), taskid)
	_, err = w0.Contribute(f.ctx, taskid, dg, auth1)
	f.wantRevert("BadAuthorization", nil, err)

	// double contribution
	f.must(f.contribute(w0, taskid, dg))
	_, err = f.contribute(w0, taskid, dg)
	f.wantRevert("AlreadyContributed", nil, err)

	// not enough escrow for the stake
	poor := party{newKey(t), nil}
	poor.Party = f.env.Party(poor.key)
	if err := f.env.Fund(f.ctx, []common.Address{poor.Address()}, Ether, nil); err != nil {
		t.Fatal(err)
	}
	_, err = f.contribute(poor, taskid, dg)
	f.wantRevert("InsufficientBalance", nil, err)

	// contribution after the deadline (7T)
	f.advance(7 * xs)
	_, err = f.contribute(w1, taskid, dg)
	f.wantRevert("ContributionDeadlinePassed", nil, err)
	_, err = f.scheduler.Initialize(f.ctx, d.ID, 1)
	f.wantRevert("ContributionDeadlinePassed", nil, err)
}

func TestRevealAndFinalizeReverts(t *testing.T) {
	f := newFixture(t, 4)
	w0, w1, w2, w3 := f.workers[0], f.workers[1], f.workers[2], f.workers[3]
	// trust 3, fresh workers (w = 2): w0 → x, then w1, w2, w3 → y reach
	// consensus (group 8, total 11: 8·3 > 11·2)
	d := f.deal(dealSpec{trust: 3, volume: 1, appPrice: rlc(1), poolPrice: rlc(10)})
	taskid := d.TaskIDs[0]
	f.must(f.scheduler.Initialize(f.ctx, d.ID, 0))
	x, y := digestOf("x"), digestOf("y")
	f.must(f.contribute(w0, taskid, x))
	f.must(f.contribute(w1, taskid, y))
	if st := f.task(taskid); st.Status != TaskActive {
		t.Fatalf("status %d", st.Status)
	}
	f.must(f.contribute(w2, taskid, y))
	if st := f.task(taskid); st.Status != TaskActive || st.TotalWeight.Uint64() != 7 {
		t.Fatalf("%+v", st)
	}
	f.must(f.contribute(w3, taskid, y))
	st := f.task(taskid)
	if st.Status != TaskRevealing || st.Winners.Uint64() != 3 || st.TotalWeight.Uint64() != 11 {
		t.Fatalf("%+v", st)
	}
	_, err := f.contribute(f.workers[0], taskid, y)
	f.wantRevert("BadTaskStatus", nil, err) // after consensus

	// finalize before enough reveals
	_, err = f.scheduler.Finalize(f.ctx, taskid, nil)
	f.wantRevert("NotEnoughReveals", nil, err)
	// wrong sender: finalize and reopen by a non-scheduler
	_, err = f.stranger.Finalize(f.ctx, taskid, nil)
	f.wantRevert("NotScheduler", nil, err)
	_, err = f.stranger.Reopen(f.ctx, taskid)
	f.wantRevert("NotScheduler", nil, err)
	// reopen before the reveal deadline
	_, err = f.scheduler.Reopen(f.ctx, taskid)
	f.wantRevert("RevealDeadlineNotReached", nil, err)
	// bad seal on reveal: a digest other than the committed one
	_, err = w1.Reveal(f.ctx, taskid, x)
	f.wantRevert("BadReveal", nil, err)
	// the loser cannot reveal its (non-consensus) digest
	_, err = w0.Reveal(f.ctx, taskid, x)
	f.wantRevert("NotConsensus", nil, err)
	// a non-contributor cannot reveal
	_, err = f.stranger.Reveal(f.ctx, taskid, y)
	f.wantRevert("NotContributed", nil, err)

	f.must(w1.Reveal(f.ctx, taskid, y))
	_, err = w1.Reveal(f.ctx, taskid, y)
	f.wantRevert("NotContributed", nil, err) // already PROVED
	// a contributor list that is incomplete, unsorted or has a stranger
	workers := sortAddrs([]common.Address{w0.Address(), w1.Address(), w2.Address(), w3.Address()})
	_, err = f.send(f.scheduler, "finalize", hubABI.PackFinalize(taskid, workers[:3], []byte{}, []byte{}))
	f.wantRevert("NotEnoughReveals", nil, err) // w2, w3 have not revealed yet, reveal deadline not reached
	// reveal after the reveal deadline (2T after consensus)
	f.advance(2 * xs)
	_, err = w2.Reveal(f.ctx, taskid, y)
	f.wantRevert("RevealDeadlinePassed", nil, err)
	_, err = f.send(f.scheduler, "finalize", hubABI.PackFinalize(taskid, workers[:3], []byte{}, []byte{}))
	f.wantRevert("BadContributorList", nil, err)
	_, err = f.send(f.scheduler, "finalize", hubABI.PackFinalize(taskid, []common.Address{workers[1], workers[0], workers[2], workers[3]}, []byte{}, []byte{}))
	f.wantRevert("BadContributorList", nil, err)
	stranger := sortAddrs([]common.Address{workers[0], workers[1], workers[2], f.stranger.Address()})
	_, err = f.send(f.scheduler, "finalize", hubABI.PackFinalize(taskid, stranger, []byte{}, []byte{}))
	f.wantRevert("NotAContributor", nil, err)
	// reopen is refused once someone revealed
	_, err = f.scheduler.Reopen(f.ctx, taskid)
	f.wantRevert("AlreadyRevealed", nil, err)
	// callback data on a deal without callback
	_, err = f.scheduler.FinalizeWithCallback(f.ctx, taskid, nil, []byte("cb"))
	f.wantRevert("BadCallbackData", nil, err)

	// one reveal of two winners is enough after the reveal deadline
	before := map[common.Address]Account{}
	for _, w := range f.workers {
		before[w.Address()] = f.account(w.Address())
	}
	f.must(f.scheduler.Finalize(f.ctx, taskid, []byte("res")))
	// w1 revealed: paid, score +1; w2, w3 (unrevealed winners) and w0 (loser): stake seized
	if a := f.account(w1.Address()); a.Score != 1 || a.Balance.Cmp(before[w1.Address()].Balance) <= 0 {
		t.Fatalf("w1 %+v", a)
	}
	for _, w := range []party{w0, w2, w3} {
		a := f.account(w.Address())
		if a.Frozen.Sign() != 0 || a.Balance.Cmp(before[w.Address()].Balance) != 0 || a.Score != 0 {
			t.Fatalf("penalized worker %+v (before %+v)", a, before[w.Address()])
		}
	}
	_, err = f.scheduler.Finalize(f.ctx, taskid, nil)
	f.wantRevert("BadTaskStatus", nil, err)
	_, err = f.stranger.Claim(f.ctx, taskid)
	f.wantRevert("BadTaskStatus", nil, err)
}

func TestReopen(t *testing.T) {
	f := newFixture(t, 4)
	w0, w1, w2, w3 := f.workers[0], f.workers[1], f.workers[2], f.workers[3]
	d := f.deal(dealSpec{trust: 2, volume: 1, appPrice: rlc(1), poolPrice: rlc(10)})
	taskid := d.TaskIDs[0]
	f.must(f.scheduler.Initialize(f.ctx, d.ID, 0))
	x, y := digestOf("x"), digestOf("y")
	f.must(f.contribute(w0, taskid, x)) // trust 2: 2·2 > 3·1, consensus on x
	if st := f.task(taskid); st.Status != TaskRevealing {
		t.Fatalf("%+v", st)
	}
	f.advance(2 * xs) // w0 never reveals
	_, err := f.stranger.Reopen(f.ctx, taskid)
	f.wantRevert("NotScheduler", nil, err)
	f.must(f.scheduler.Reopen(f.ctx, taskid))
	st := f.task(taskid)
	if st.Status != TaskActive || st.TotalWeight.Uint64() != 1 || st.Reopens.Uint64() != 1 || st.Winners.Uint64() != 0 {
		t.Fatalf("after reopen: %+v", st)
	}
	_, err = f.scheduler.Reopen(f.ctx, taskid)
	f.wantRevert("BadTaskStatus", nil, err)
	// the rejected worker cannot contribute again
	_, err = f.contribute(w0, taskid, y)
	f.wantRevert("AlreadyContributed", nil, err)
	// a new round: x again reaches consensus, the rejected contribution does not count
	f.must(f.contribute(w1, taskid, x))
	st = f.task(taskid)
	if st.Status != TaskRevealing || st.Winners.Uint64() != 1 {
		t.Fatalf("second consensus: %+v", st)
	}
	_, err = w0.Reveal(f.ctx, taskid, x)
	f.wantRevert("ContributionRejected", nil, err)
	f.must(w1.Reveal(f.ctx, taskid, x))
	_, err = f.contribute(w2, taskid, x)
	f.wantRevert("BadTaskStatus", nil, err)
	_ = w3
	before0 := f.account(w0.Address())
	f.must(f.scheduler.Finalize(f.ctx, taskid, nil))
	// the rejected w0 loses its stake; w1 is paid
	a0 := f.account(w0.Address())
	if a0.Frozen.Sign() != 0 || a0.Balance.Cmp(before0.Balance) != 0 {
		t.Fatalf("rejected worker %+v", a0)
	}
	if st := f.task(taskid); st.Status != TaskCompleted || st.ResultDigest != x {
		t.Fatalf("%+v", st)
	}
}

func TestClaim(t *testing.T) {
	f := newFixture(t, 2)
	w0, w1 := f.workers[0], f.workers[1]
	poolPrice, appPrice := rlc(10), rlc(2)
	reqBefore := f.account(f.requester.Address())
	schBefore := f.account(f.scheduler.Address())
	w0Before := f.account(w0.Address())
	d := f.deal(dealSpec{trust: 100, volume: 2, appPrice: appPrice, poolPrice: poolPrice})
	if a := f.account(f.requester.Address()); new(big.Int).Sub(reqBefore.Balance, a.Balance).Cmp(rlc(24)) != 0 || a.Frozen.Cmp(rlc(24)) != 0 {
		t.Fatalf("requester lock: %+v", a)
	}
	taskid := d.TaskIDs[0]
	f.must(f.scheduler.Initialize(f.ctx, d.ID, 0))
	f.must(f.contribute(w0, taskid, digestOf("x")))
	f.must(f.contribute(w1, taskid, digestOf("y")))
	// claim before the final deadline
	_, err := f.stranger.Claim(f.ctx, taskid)
	f.wantRevert("FinalDeadlineNotReached", nil, err)
	_, err = f.stranger.InitializeAndClaim(f.ctx, d.ID, 1)
	f.wantRevert("FinalDeadlineNotReached", nil, err)
	f.advance(10 * xs)
	// finalize after the final deadline is refused (and it is not REVEALING anyway)
	_, err = f.send(f.scheduler, "claim", hubABI.PackClaim(taskid, []common.Address{w0.Address()}))
	f.wantRevert("BadContributorList", nil, err)
	f.must(f.stranger.Claim(f.ctx, taskid))               // anyone may claim
	f.must(f.stranger.InitializeAndClaim(f.ctx, d.ID, 1)) // never initialized
	for _, id := range d.TaskIDs {
		if st := f.task(id); st.Status != TaskFailed {
			t.Fatalf("task %s: %+v", id, st)
		}
	}
	if a := f.account(f.requester.Address()); total(a).Cmp(total(reqBefore)) != 0 || a.Frozen.Sign() != 0 {
		t.Fatalf("requester not refunded: %+v vs %+v", a, reqBefore)
	}
	if a := f.account(w0.Address()); total(a).Cmp(total(w0Before)) != 0 || a.Frozen.Sign() != 0 || a.Score != 0 {
		t.Fatalf("worker stake not released: %+v", a)
	}
	// the scheduler's stake (30 % of the pool price per task) goes to the kitty
	stake := rlc(3)
	if a := f.account(f.scheduler.Address()); new(big.Int).Sub(total(schBefore), total(a)).Cmp(new(big.Int).Mul(stake, big.NewInt(2))) != 0 {
		t.Fatalf("scheduler %+v vs %+v", a, schBefore)
	}
	kitty, err := f.env.Kitty(f.ctx)
	if err != nil || kitty.Frozen.Cmp(rlc(6)) != 0 {
		t.Fatalf("kitty %+v %v", kitty, err)
	}
	_, err = f.stranger.Claim(f.ctx, taskid)
	f.wantRevert("BadTaskStatus", nil, err)

	// the next finalized task pays the scheduler a kitty bonus: max(6/10, 1) = 1 RLC
	d2 := f.deal(dealSpec{trust: 1, volume: 1, appPrice: rlc(0), poolPrice: poolPrice})
	t2 := d2.TaskIDs[0]
	f.must(f.scheduler.Initialize(f.ctx, d2.ID, 0))
	f.must(f.contribute(w0, t2, digestOf("z")))
	f.must(w0.Reveal(f.ctx, t2, digestOf("z")))
	sch := f.account(f.scheduler.Address())
	f.must(f.scheduler.Finalize(f.ctx, t2, nil))
	got := new(big.Int).Sub(total(f.account(f.scheduler.Address())), total(sch))
	want := new(big.Int).Add(rlc(1), new(big.Int).Div(poolPrice, big.NewInt(100))) // bonus + 1 % of 10
	if got.Cmp(want) != 0 {
		t.Fatalf("scheduler with kitty bonus got %s, want %s", got, want)
	}
	if k, _ := f.env.Kitty(f.ctx); k.Frozen.Cmp(rlc(5)) != 0 {
		t.Fatalf("kitty after bonus %+v", k)
	}
}

func TestMatchReverts(t *testing.T) {
	f := newFixture(t, 0)
	spec := dealSpec{trust: 5, volume: 1, appPrice: rlc(1), poolPrice: rlc(10)}
	app, _, pool, req := f.orders(spec)

	r := req
	r.Trust = big.NewInt(500) // above the pool's trust (100)
	r, _ = f.requester.SignRequestOrder(r)
	_, err := f.requester.MatchOrders(f.ctx, app, nil, pool, r)
	f.wantRevert("TrustMismatch", nil, err)

	r = req
	r.Category = big.NewInt(1)
	r, _ = f.requester.SignRequestOrder(r)
	_, err = f.requester.MatchOrders(f.ctx, app, nil, pool, r)
	f.wantRevert("CategoryMismatch", nil, err)

	r = req
	r.Workerpoolmaxprice = rlc(9)
	r, _ = f.requester.SignRequestOrder(r)
	_, err = f.requester.MatchOrders(f.ctx, app, nil, pool, r)
	f.wantRevert("PriceMismatch", nil, err)

	r = req
	r.Workerpool = f.stranger.Address() // restricted to another pool
	r, _ = f.requester.SignRequestOrder(r)
	_, err = f.requester.MatchOrders(f.ctx, app, nil, pool, r)
	f.wantRevert("RestrictionFailed", nil, err)

	r = req
	r.Tag = common.Hash{31: 0x10} // requires a tag the pool does not offer
	r, _ = f.requester.SignRequestOrder(r)
	_, err = f.requester.MatchOrders(f.ctx, app, nil, pool, r)
	f.wantRevert("TagMismatch", nil, err)

	forged := req
	forged.Volume = big.NewInt(5) // signature no longer matches
	_, err = f.requester.MatchOrders(f.ctx, app, nil, pool, forged)
	f.wantRevert("BadOrderSignature", nil, err)

	if _, err := f.requester.MatchOrders(f.ctx, app, nil, pool, req); err != nil {
		t.Fatal(err)
	}
	_, err = f.requester.MatchOrders(f.ctx, app, nil, pool, req) // volume 1 consumed
	f.wantRevert("NoVolume", nil, err)

	_, _, pool2, req2 := f.orders(spec)
	if _, err := f.requester.CloseRequestOrder(f.ctx, req2); err != nil {
		t.Fatal(err)
	}
	_, err = f.requester.MatchOrders(f.ctx, app, nil, pool2, req2)
	f.wantRevert("NoVolume", nil, err)
	_, err = f.stranger.CloseWorkerpoolOrder(f.ctx, pool2)
	f.wantRevert("NotOwner", nil, err)
}
