package chain

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocogrid/pocogrid/chain/bindings"
	"github.com/pocogrid/pocogrid/poco"
)

// gethURL returns the node started by scripts/geth-dev.sh. Without it the
// test is skipped, except under CI=true where it fails.
func gethURL(t *testing.T, env string) string {
	u := os.Getenv(env)
	if u == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set: run the chain integration test with scripts/geth-dev.sh test", env)
		}
		t.Skipf("%s not set (scripts/geth-dev.sh test runs this test against geth --dev)", env)
	}
	return u
}

// TestGethFullFlow runs the whole flow on a real geth --dev over WebSocket:
// a deal arrives at the scheduler as a chain event (through its ChainActor),
// the scheduler initializes its tasks, four workers with their own funded keys
// contribute and reveal, the scheduler finalizes one task and the other,
// abandoned, is claimed after its final deadline. Balances are checked to the nRLC.
func TestGethFullFlow(t *testing.T) {
	ws := gethURL(t, "POCOGRID_GETH_WS")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()

	keys := map[string]*ecdsa.PrivateKey{}
	var addrs []common.Address
	for _, n := range []string{"requester", "app", "scheduler", "w0", "w1", "w2", "w3"} {
		keys[n] = newKey(t)
		addrs = append(addrs, crypto.PubkeyToAddress(keys[n].PublicKey))
	}
	env, err := Open(ctx, ws, Options{Accounts: addrs, FundETH: Ether, FundRLC: rlc(100), Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	if env.ChainID.Uint64() != 1337 {
		t.Fatalf("chain id %s", env.ChainID)
	}
	// a short category so that the final deadline (10T) is reachable, yet its
	// reveal window (2T) is wide enough for a loaded machine: T = 15 s
	cat, err := env.CreateCategory(ctx, "TEST", 15)
	if err != nil {
		t.Fatal(err)
	}
	requester, appOwner, scheduler := env.Party(keys["requester"]), env.Party(keys["app"]), env.Party(keys["scheduler"])
	var workers []*Party
	for _, n := range []string{"w0", "w1", "w2", "w3"} {
		workers = append(workers, env.Party(keys[n]))
	}
	app, err := appOwner.CreateApp(ctx, "app", []byte("wasm://app"), common.Hash{1})
	if err != nil {
		t.Fatal(err)
	}
	pool, err := scheduler.CreateWorkerpool(ctx, "pool")
	if err != nil {
		t.Fatal(err)
	}

	// the scheduler's ChainActor watches its pool's deals (subscription over ws)
	sys := quietSystem(t)
	schedSender := env.Sender(keys["scheduler"])
	chainPID := sys.Root.Spawn(NewChainActorProps(env, schedSender, ActorConfig{}))
	schedViaActor := env.PartyVia(keys["scheduler"], ActorTransactor{Root: sys.Root, PID: chainPID, Addr: schedSender.From()})
	deals := make(chan *DealEvent, 4)
	sub := sys.Root.Spawn(actorFunc(func(ev *DealEvent) { deals <- ev }))
	head, _ := env.Client.BlockNumber(ctx)
	sys.Root.Send(chainPID, &WatchDeals{Pool: pool, Subscriber: sub, FromBlock: head})

	ids := []common.Address{requester.Address(), appOwner.Address(), scheduler.Address()}
	for _, w := range workers {
		ids = append(ids, w.Address())
	}
	before := map[common.Address]Account{}
	for _, a := range ids {
		if before[a], err = env.Account(ctx, a); err != nil {
			t.Fatal(err)
		}
	}

	// orders: trust 10 → 4 fresh workers (weight 2 each: 16·10 > 17·9)
	appPrice, poolPrice := rlc(1), rlc(10)
	ao, _ := appOwner.SignAppOrder(bindings.AppOrder{App: app, Appprice: appPrice, Volume: big.NewInt(10)})
	po, _ := scheduler.SignWorkerpoolOrder(bindings.WorkerpoolOrder{Workerpool: pool, Workerpoolprice: poolPrice, Volume: big.NewInt(10),
		Category: new(big.Int).SetUint64(cat), Trust: big.NewInt(10)})
	ro, _ := requester.SignRequestOrder(bindings.RequestOrder{App: app, Appmaxprice: appPrice, Datasetmaxprice: new(big.Int),
		Workerpoolmaxprice: poolPrice, Volume: big.NewInt(2), Category: new(big.Int).SetUint64(cat), Trust: big.NewInt(10),
		Beneficiary: requester.Address(), Params: `{"args":"x"}`})
	deal, err := requester.MatchOrders(ctx, ao, nil, po, ro)
	if err != nil {
		t.Fatal(err)
	}
	var ev *DealEvent
	select {
	case ev = <-deals:
	case <-time.After(30 * time.Second):
		t.Fatal("the deal event did not reach the scheduler")
	}
	if ev.ID != deal.ID || len(ev.TaskIDs) != 2 || ev.Info.Params != `{"args":"x"}` {
		t.Fatalf("deal event %+v", ev.Deal)
	}

	// task 0: the nominal path
	task := ev.TaskIDs[0]
	if _, err := schedViaActor.Initialize(ctx, ev.ID, ev.Info.BotFirst.Uint64()); err != nil {
		t.Fatal(err)
	}
	digest := crypto.Keccak256Hash([]byte("the result"))
	for _, w := range workers {
		auth, err := schedViaActor.Authorize(w.Address(), task)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Contribute(ctx, task, digest, auth); err != nil {
			t.Fatal(err)
		}
	}
	st, err := env.Task(ctx, task)
	if err != nil || st.Status != TaskRevealing || st.Winners.Uint64() != 4 {
		t.Fatalf("consensus: %+v %v", st, err)
	}
	for _, w := range workers {
		if _, err := w.Reveal(ctx, task, digest); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := schedViaActor.Finalize(ctx, task, []byte("ipfs://result")); err != nil {
		t.Fatal(err)
	}
	if st, err = env.Task(ctx, task); err != nil || st.Status != TaskCompleted || st.ResultDigest != digest {
		t.Fatalf("finalized: %+v %v", st, err)
	}

	// task 1: initialized, one worker contributes, then everyone walks away → claim
	abandoned := ev.TaskIDs[1]
	if _, err := schedViaActor.Initialize(ctx, ev.ID, 1); err != nil {
		t.Fatal(err)
	}
	auth, _ := schedViaActor.Authorize(workers[0].Address(), abandoned)
	if _, err := workers[0].Contribute(ctx, abandoned, crypto.Keccak256Hash([]byte("lonely")), auth); err != nil {
		t.Fatal(err)
	}
	if _, err := requester.Claim(ctx, abandoned); !IsRevert(err, "FinalDeadlineNotReached") {
		t.Fatalf("early claim: %v", err)
	}
	if err := env.AdvanceTo(ctx, st.FinalDeadline.Uint64()); err != nil {
		t.Fatal(err)
	}
	if _, err := requester.Claim(ctx, abandoned); err != nil {
		t.Fatal(err)
	}

	// balances: the requester paid exactly one task; workers and scheduler got exactly their shares
	after := map[common.Address]Account{}
	for _, a := range ids {
		if after[a], err = env.Account(ctx, a); err != nil {
			t.Fatal(err)
		}
		if after[a].Frozen.Sign() != 0 {
			t.Fatalf("%s still has %s frozen", a, after[a].Frozen)
		}
	}
	delta := func(a common.Address) *big.Int { return new(big.Int).Sub(total(after[a]), total(before[a])) }
	price := new(big.Int).Add(appPrice, poolPrice)
	if got := delta(requester.Address()); got.Cmp(new(big.Int).Neg(price)) != 0 {
		t.Fatalf("requester paid %s, want %s", new(big.Int).Neg(got), price)
	}
	if got := delta(appOwner.Address()); got.Cmp(appPrice) != 0 {
		t.Fatalf("app owner got %s", got)
	}
	want, err := poco.Payout(poco.PayoutInput{PoolPrice: poolPrice.Uint64(), WorkerStake: d30(poolPrice), SchedulerRewardRatio: 1,
		ProvedRewardWeights: []uint64{1, 1, 1, 1}})
	if err != nil {
		t.Fatal(err)
	}
	for i, w := range workers {
		if got := delta(w.Address()); got.Uint64() != want.Workers[i] {
			t.Fatalf("worker %d got %s, want %d", i, got, want.Workers[i])
		}
		if after[w.Address()].Score != 1 {
			t.Fatalf("worker %d score %d", i, after[w.Address()].Score)
		}
	}
	// scheduler: its share of task 0, minus its stake on the claimed task (to the kitty)
	wantSched := new(big.Int).SetUint64(want.Scheduler)
	wantSched.Sub(wantSched, new(big.Int).SetUint64(d30(poolPrice)))
	if got := delta(scheduler.Address()); got.Cmp(wantSched) != 0 {
		t.Fatalf("scheduler got %s, want %s", got, wantSched)
	}
	if k, _ := env.Kitty(ctx); k.Frozen.Uint64() != d30(poolPrice) {
		t.Fatalf("kitty %+v", k)
	}
	t.Logf("gas per task %.0f over %d tasks", env.Meter.PerTask(), 2)

	// the same deal, read by a second client attached over HTTP (polling)
	if hu := os.Getenv("POCOGRID_GETH_HTTP"); hu != "" {
		env2, err := Open(ctx, hu, Options{Hub: env.Hub})
		if err != nil {
			t.Fatal(err)
		}
		defer env2.Close()
		wctx, wcancel := context.WithTimeout(ctx, 30*time.Second)
		defer wcancel()
		events, _ := env2.WatchDeals(wctx, pool, deal.Block)
		got, ok := <-events
		if !ok || got.ID != deal.ID {
			t.Fatalf("http watch: %+v %v", got, ok)
		}
	}
}

func d30(price *big.Int) uint64 { return price.Uint64() * 30 / 100 }
