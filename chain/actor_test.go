package chain

import (
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/asynkron/protoactor-go/actor"
	"github.com/ethereum/go-ethereum/common"
)

func quietSystem(t *testing.T) *actor.ActorSystem {
	sys := actor.NewActorSystem(actor.WithLoggerFactory(func(*actor.ActorSystem) *slog.Logger { return slog.New(slog.DiscardHandler) }))
	t.Cleanup(sys.Shutdown)
	return sys
}

// TestChainActorConcurrentAndNonceRecovery sends many transactions of one key
// concurrently through its ChainActor, while another Sender of the same key
// (outside the actor) steals nonces: every transaction must still land.
func TestChainActorConcurrentAndNonceRecovery(t *testing.T) {
	f := newFixture(t, 0)
	sys := quietSystem(t)
	sched := f.env.Sender(f.scheduler.key)
	pid := sys.Root.Spawn(NewChainActorProps(f.env, sched, ActorConfig{}))
	via := f.env.PartyVia(f.scheduler.key, ActorTransactor{Root: sys.Root, PID: pid, Addr: sched.From()})

	// the order shortcuts (nil-safe, random salts)
	ao, err := f.appOwner.NewAppOrder(f.app, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	po, _ := f.scheduler.NewWorkerpoolOrder(f.pool, 1e9, 100, 0, 1)
	ro, _ := f.requester.NewRequestOrder(f.app, 0, f.pool, 1e9, 12, 0, 1, "")
	d, err := f.requester.MatchOrders(f.ctx, ao, nil, po, ro)
	if err != nil {
		t.Fatal(err)
	}
	rogue := NewSender(f.env.Client, f.env.ChainID, f.scheduler.key, nil, nil, SenderConfig{})
	var wg sync.WaitGroup
	errs := make(chan error, 32)
	for i := uint64(0); i < 12; i++ {
		wg.Add(1)
		go func(i uint64) {
			defer wg.Done()
			if _, err := via.Initialize(f.ctx, d.ID, i); err != nil {
				errs <- err
			}
		}(i)
		if i%3 == 0 { // a second writer for the same key: nonce conflicts
			if _, err := rogue.Send(f.ctx, TxRequest{Label: "rogue", To: f.scheduler.Address(), Value: common.Big1}); err != nil {
				t.Fatal(err)
			}
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for _, id := range d.TaskIDs {
		if st := f.task(id); st.Status != TaskActive {
			t.Fatalf("task %s status %d", id, st.Status)
		}
	}
	if op := f.env.Meter.Op("initialize"); op.Count != 12 {
		t.Fatalf("meter saw %d initialize", op.Count)
	}
	// a revert comes back decoded, not retried
	res, err := via.Initialize(f.ctx, d.ID, 0)
	if !IsRevert(err, "BadTaskStatus") || res.Attempts != 1 {
		t.Fatalf("want one-shot BadTaskStatus revert, got %v (attempts %d)", err, res.Attempts)
	}
	t.Logf("decoded: %v", err)
}

// TestWatchDealsResume streams deals to a subscriber actor, acknowledges
// them into a file cursor and resumes from it in a new actor.
func TestWatchDealsResume(t *testing.T) {
	f := newFixture(t, 0)
	sys := quietSystem(t)
	got := make(chan *DealEvent, 16)
	var chainPID *actor.PID
	sub := sys.Root.Spawn(actor.PropsFromFunc(func(c actor.Context) {
		if ev, ok := c.Message().(*DealEvent); ok {
			got <- ev
			c.Send(chainPID, &DealProcessed{DealID: ev.ID, Block: ev.Block})
		}
	}))
	cursor := &FileCursor{Path: filepath.Join(t.TempDir(), "deals.cursor")}
	chainPID = sys.Root.Spawn(NewChainActorProps(f.env, f.env.Sender(f.scheduler.key), ActorConfig{}))
	sys.Root.Send(chainPID, &WatchDeals{Pool: f.pool, Subscriber: sub, Cursor: cursor, FromBlock: f.env.StartBlock})

	wait := func() *DealEvent {
		select {
		case ev := <-got:
			return ev
		case <-time.After(20 * time.Second):
			t.Fatal("no deal event")
			return nil
		}
	}
	d1 := f.deal(dealSpec{trust: 1, volume: 2, appPrice: rlc(0), poolPrice: rlc(1)})
	ev := wait()
	if ev.ID != d1.ID || len(ev.TaskIDs) != 2 || ev.TaskIDs[1] != d1.TaskIDs[1] || ev.Info.Requester != f.requester.Address() {
		t.Fatalf("event %+v, deal %+v", ev, d1)
	}
	d2 := f.deal(dealSpec{trust: 1, volume: 1, appPrice: rlc(0), poolPrice: rlc(1)})
	if ev := wait(); ev.ID != d2.ID {
		t.Fatalf("second event %s, want %s", ev.ID, d2.ID)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		if b, _ := cursor.Load(0); b == d2.Block {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("cursor not saved")
		}
		time.Sleep(10 * time.Millisecond)
	}
	sys.Root.Stop(chainPID)

	// "restart": a new actor resumes at the cursor; the last block is redelivered
	d3 := f.deal(dealSpec{trust: 1, volume: 1, appPrice: rlc(0), poolPrice: rlc(1)})
	chainPID = sys.Root.Spawn(NewChainActorProps(f.env, f.env.Sender(f.scheduler.key), ActorConfig{}))
	sys.Root.Send(chainPID, &WatchDeals{Pool: f.pool, Subscriber: sub, Cursor: cursor})
	if ev := wait(); ev.ID != d2.ID {
		t.Fatalf("resume: first event %s, want the cursor block's deal %s", ev.ID, d2.ID)
	}
	if ev := wait(); ev.ID != d3.ID {
		t.Fatalf("resume: %s, want %s", ev.ID, d3.ID)
	}
	select {
	case ev := <-got:
		t.Fatalf("unexpected event %s", ev.ID)
	case <-time.After(300 * time.Millisecond):
	}
}

// actorFunc spawns an actor calling f for each *DealEvent.
func actorFunc(f func(*DealEvent)) *actor.Props {
	return actor.PropsFromFunc(func(c actor.Context) {
		if ev, ok := c.Message().(*DealEvent); ok {
			f(ev)
		}
	})
}
