package chain

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocogrid/pocogrid/poco"
)

const xs = 300 * time.Second // category 0 time reference

func digestOf(s string) common.Hash { return crypto.Keccak256Hash([]byte(s)) }

func TestHashesMatchContractAndPoco(t *testing.T) {
	f := newFixture(t, 0)
	app, ds, pool, req := f.orders(dealSpec{trust: 3, volume: 2, appPrice: rlc(1), poolPrice: rlc(2), datasetPrice: rlc(1)})
	check := func(name string, data []byte, want common.Hash) {
		out, err := Call(f.ctx, f.env.Client, f.env.Hub, data)
		if err != nil {
			t.Fatal(err)
		}
		if got := common.BytesToHash(out); got != want {
			t.Fatalf("%s: contract %s, Go %s", name, got, want)
		}
	}
	check("domain", hubABI.PackDomainSeparator(), f.env.Domain.Separator())
	check("app", hubABI.PackHashAppOrder(app), f.env.Domain.HashAppOrder(app))
	check("dataset", hubABI.PackHashDatasetOrder(*ds), f.env.Domain.HashDatasetOrder(*ds))
	check("pool", hubABI.PackHashWorkerpoolOrder(pool), f.env.Domain.HashWorkerpoolOrder(pool))
	check("request", hubABI.PackHashRequestOrder(req), f.env.Domain.HashRequestOrder(req))

	d, err := f.requester.MatchOrders(f.ctx, app, ds, pool, req)
	if err != nil {
		t.Fatal(err)
	}
	if want := poco.DealID(f.env.Domain.HashRequestOrder(req), 0); common.Hash(want) != d.ID {
		t.Fatalf("dealid %s, poco %x", d.ID, want)
	}
	taskid := d.TaskIDs[1]
	if common.Hash(poco.TaskID(d.ID, 1)) != taskid || TaskID(d.ID, 1) != taskid {
		t.Fatal("taskid mismatch")
	}
	dg := digestOf("x")
	worker := f.requester.Address()
	if common.Hash(poco.ResultHash(taskid, dg)) != ResultHash(taskid, dg) ||
		common.Hash(poco.ResultSeal(worker, taskid, dg)) != ResultSeal(worker, taskid, dg) ||
		common.Hash(poco.AuthorizationHash(worker, taskid, common.Address{})) != AuthorizationHash(worker, taskid, common.Address{}) {
		t.Fatal("hash formulas differ from package poco")
	}
	sig, _ := f.scheduler.Authorize(worker, taskid)
	if a, err := RecoverAuthorization(sig, worker, taskid, common.Address{}); err != nil || a != f.scheduler.Address() {
		t.Fatalf("recover authorization: %v %v", a, err)
	}
	for s := uint64(0); s < 1000; s += 7 {
		if Weight(s) != poco.Weight(s) {
			t.Fatalf("weight(%d)", s)
		}
	}
}

// TestLifecycleTrust1 runs one task end to end and checks every balance.
func TestLifecycleTrust1(t *testing.T) {
	f := newFixture(t, 1)
	w := f.workers[0]
	reqBefore, appBefore, schBefore, wBefore := f.account(f.requester.Address()), f.account(f.appOwner.Address()), f.account(f.scheduler.Address()), f.account(w.Address())

	appPrice, poolPrice := rlc(3), rlc(20)
	d := f.deal(dealSpec{trust: 1, volume: 1, appPrice: appPrice, poolPrice: poolPrice})
	if d.Info.Trust.Uint64() != 1 || len(d.TaskIDs) != 1 || d.Info.WorkerStake.Cmp(rlc(6)) != 0 || d.Info.SchedulerStake.Cmp(rlc(6)) != 0 {
		t.Fatalf("deal info %+v", d.Info)
	}
	taskid := d.TaskIDs[0]
	f.must(f.scheduler.Initialize(f.ctx, d.ID, 0))
	if st := f.task(taskid); st.Status != TaskActive || st.Dealid != d.ID {
		t.Fatalf("after initialize: %+v", st)
	}
	dg := digestOf("result")
	f.must(f.contribute(w, taskid, dg))
	st := f.task(taskid)
	if st.Status != TaskRevealing || st.Winners.Uint64() != 1 || st.ConsensusValue != ResultHash(taskid, dg) {
		t.Fatalf("after contribute: %+v", st)
	}
	if a := f.account(w.Address()); a.Frozen.Cmp(rlc(6)) != 0 {
		t.Fatalf("worker stake not locked: %+v", a)
	}
	f.must(w.Reveal(f.ctx, taskid, dg))
	f.must(f.scheduler.Finalize(f.ctx, taskid, []byte("ipfs://result")))
	st = f.task(taskid)
	if st.Status != TaskCompleted || st.ResultDigest != dg || st.Reveals.Uint64() != 1 {
		t.Fatalf("after finalize: %+v", st)
	}

	reqAfter, appAfter, schAfter, wAfter := f.account(f.requester.Address()), f.account(f.appOwner.Address()), f.account(f.scheduler.Address()), f.account(w.Address())
	price := new(big.Int).Add(appPrice, poolPrice)
	if diff := new(big.Int).Sub(total(reqBefore), total(reqAfter)); diff.Cmp(price) != 0 || reqAfter.Frozen.Sign() != 0 {
		t.Fatalf("requester paid %s, want %s", diff, price)
	}
	if diff := new(big.Int).Sub(appAfter.Balance, appBefore.Balance); diff.Cmp(appPrice) != 0 {
		t.Fatalf("app owner got %s", diff)
	}
	// single worker: pool = 20·99/100, scheduler keeps the rest
	wantWorker := rlc(20)
	wantWorker.Mul(wantWorker, big.NewInt(99)).Div(wantWorker, big.NewInt(100))
	if diff := new(big.Int).Sub(total(wAfter), total(wBefore)); diff.Cmp(wantWorker) != 0 || wAfter.Frozen.Sign() != 0 {
		t.Fatalf("worker got %s, want %s", diff, wantWorker)
	}
	wantSch := new(big.Int).Sub(poolPrice, wantWorker)
	if diff := new(big.Int).Sub(total(schAfter), total(schBefore)); diff.Cmp(wantSch) != 0 || schAfter.Frozen.Sign() != 0 {
		t.Fatalf("scheduler got %s, want %s", diff, wantSch)
	}
	if wAfter.Score != 0 {
		t.Fatalf("unreplicated task changed the score: %d", wAfter.Score)
	}
	// escrow conservation: the hub holds exactly what the accounts hold
	hubTokens, err := f.env.TokenBalance(f.ctx, f.env.Hub)
	if err != nil {
		t.Fatal(err)
	}
	sum := new(big.Int)
	for _, p := range append([]party{f.requester, f.appOwner, f.dsOwner, f.scheduler, f.stranger}, f.workers...) {
		sum.Add(sum, total(f.account(p.Address())))
	}
	kitty, _ := f.env.Kitty(f.ctx)
	sum.Add(sum, total(kitty))
	if sum.Cmp(hubTokens) != 0 {
		t.Fatalf("escrow accounts %s != hub tokens %s", sum, hubTokens)
	}
	if g := f.env.Meter.PerTask(); g <= 0 {
		t.Fatalf("gas per task %v", g)
	}
}

// TestPayoutVector checks finalize's arithmetic: POCO.md's example
// parameters (pool price 20, dataset 1, stake 7, scheduler ratio 5 %, one
// loser), with fresh workers (lw 1) since scores can only grow by finalizing.
func TestPayoutVector(t *testing.T) {
	// POCO.md's own vector, lw 5 and 6, through package poco (the same formula as the contract).
	res, err := poco.Payout(poco.PayoutInput{PoolPrice: 20e9, WorkerStake: 7e9, SchedulerRewardRatio: 5,
		ProvedRewardWeights: []uint64{5, 6}, NonProved: 1})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 27e9 || res.Workers[0] != 11_659_090_909 || res.Workers[1] != 13_990_909_090 || res.Scheduler != 1_350_000_001 {
		t.Fatalf("poco payout vector: %+v", res)
	}

	f := newFixture(t, 6)
	if _, err := f.scheduler.SetWorkerpoolPolicy(f.ctx, f.pool, 35, 5); err != nil { // stake 35 % of 20 = 7
		t.Fatal(err)
	}
	d := f.deal(dealSpec{trust: 10, volume: 1, appPrice: rlc(0), poolPrice: rlc(20), datasetPrice: rlc(1)})
	if d.Info.WorkerStake.Cmp(rlc(7)) != 0 {
		t.Fatalf("stake %s", d.Info.WorkerStake)
	}
	taskid := d.TaskIDs[0]
	f.must(f.scheduler.Initialize(f.ctx, d.ID, 0))
	before := map[common.Address]Account{}
	all := append([]party{f.requester, f.dsOwner, f.scheduler}, f.workers...)
	for _, p := range all {
		before[p.Address()] = f.account(p.Address())
	}
	loser, winners := f.workers[0], f.workers[1:]
	good := digestOf("good")
	f.must(f.contribute(loser, taskid, digestOf("bad")))
	for i, w := range winners {
		f.must(f.contribute(w, taskid, good))
		st := f.task(taskid)
		if i < len(winners)-1 && st.Status != TaskActive {
			t.Fatalf("consensus too early, after %d good contributions", i+1)
		}
	}
	// 1 + 2 (loser) + 32 (five fresh winners): 32·10 > 35·9
	st := f.task(taskid)
	if st.Status != TaskRevealing || st.Winners.Uint64() != 5 || st.TotalWeight.Uint64() != 35 || st.ConsensusWeight.Uint64() != 32 {
		t.Fatalf("consensus state %+v", st)
	}
	for _, w := range winners {
		f.must(w.Reveal(f.ctx, taskid, good))
	}
	f.must(f.scheduler.Finalize(f.ctx, taskid, nil))

	lws := make([]uint64, len(winners))
	for i := range lws {
		lws[i] = 1
	}
	want, err := poco.Payout(poco.PayoutInput{PoolPrice: 20e9, WorkerStake: 7e9, SchedulerRewardRatio: 5, ProvedRewardWeights: lws, NonProved: 1})
	if err != nil {
		t.Fatal(err)
	}
	delta := func(p party) *big.Int {
		return new(big.Int).Sub(total(f.account(p.Address())), total(before[p.Address()]))
	}
	if got := delta(f.requester); got.Cmp(rlc(-21)) != 0 {
		t.Fatalf("requester paid %s", got)
	}
	if got := delta(f.dsOwner); got.Cmp(rlc(1)) != 0 {
		t.Fatalf("dataset owner got %s", got)
	}
	for i, w := range winners {
		if got := delta(w); got.Uint64() != want.Workers[i] {
			t.Fatalf("winner %d got %s, want %d", i, got, want.Workers[i])
		}
		if a := f.account(w.Address()); a.Score != 1 || a.Frozen.Sign() != 0 {
			t.Fatalf("winner %d: %+v", i, a)
		}
	}
	if got := delta(loser); got.Cmp(rlc(-7)) != 0 {
		t.Fatalf("loser lost %s, want its stake", got)
	}
	if a := f.account(loser.Address()); a.Score != 0 || a.Frozen.Sign() != 0 {
		t.Fatalf("loser: %+v", a)
	}
	if got := delta(f.scheduler); got.Uint64() != want.Scheduler {
		t.Fatalf("scheduler got %s, want %d", got, want.Scheduler)
	}
	t.Logf("27 RLC split: 5 × %d + scheduler %d nRLC", want.Workers[0], want.Scheduler)
}
