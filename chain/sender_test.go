package chain

import (
	"context"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

// flakyClient loses the first `lose` transactions (accepts them and drops
// them) and fails the next `fail` sends with a network error.
type flakyClient struct {
	Client
	lose, fail atomic.Int32
}

func (c *flakyClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if c.lose.Add(-1) >= 0 {
		return nil // "accepted", then lost
	}
	if c.fail.Add(-1) >= 0 {
		return errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")
	}
	return c.Client.SendTransaction(ctx, tx)
}

// TestSenderSurvivesLostAndFailedTx: a transaction the node loses is sent
// again, and RPC failures are retried; the task is not dropped.
func TestSenderSurvivesLostAndFailedTx(t *testing.T) {
	f := newFixture(t, 0)
	d := f.deal(dealSpec{trust: 1, volume: 1, appPrice: rlc(0), poolPrice: rlc(1)})
	fc := &flakyClient{Client: f.env.Client}
	fc.lose.Store(1)
	fc.fail.Store(2)
	s := NewSender(fc, f.env.ChainID, f.scheduler.key, nil, testLogger(t), SenderConfig{ReceiptTimeout: 300 * time.Millisecond, Backoff: 10 * time.Millisecond})
	p := f.env.PartyVia(f.scheduler.key, s)
	res, err := p.Initialize(f.ctx, d.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if res.Attempts != 4 { // lost, refused, refused, mined
		t.Fatalf("attempts %d", res.Attempts)
	}
	if st := f.task(d.TaskIDs[0]); st.Status != TaskActive {
		t.Fatalf("status %d", st.Status)
	}
	// gives up after cfg.Attempts and reports the last error
	fc.fail.Store(100)
	s2 := NewSender(fc, f.env.ChainID, f.stranger.key, nil, nil, SenderConfig{Attempts: 2, Backoff: time.Millisecond})
	res, err = f.env.PartyVia(f.stranger.key, s2).Withdraw(f.ctx, rlc(1))
	if err == nil || IsRevert(err, "") || res.Attempts != 2 {
		t.Fatalf("want a transient failure after 2 attempts, got %v (%d)", err, res.Attempts)
	}
}

// TestClaimExpired claims every unfinished task of an expired deal.
func TestClaimExpired(t *testing.T) {
	f := newFixture(t, 1)
	d := f.deal(dealSpec{trust: 1, volume: 3, appPrice: rlc(1), poolPrice: rlc(2)})
	before := f.account(f.requester.Address())
	f.must(f.scheduler.Initialize(f.ctx, d.ID, 0))
	f.must(f.scheduler.Initialize(f.ctx, d.ID, 1))
	w := f.workers[0]
	f.must(f.contribute(w, d.TaskIDs[1], digestOf("a")))
	f.must(w.Reveal(f.ctx, d.TaskIDs[1], digestOf("a")))
	f.must(f.scheduler.Finalize(f.ctx, d.TaskIDs[1], nil))
	if got, err := f.stranger.ClaimExpired(f.ctx, d); err != nil || len(got) != 0 {
		t.Fatalf("claimed before the deadline: %v %v", got, err)
	}
	view, _ := f.env.DealView(f.ctx, d.ID)
	if err := f.env.AdvanceTo(f.ctx, view.FinalDeadline.Uint64()); err != nil {
		t.Fatal(err)
	}
	got, err := f.stranger.ClaimExpired(f.ctx, d)
	if err != nil || len(got) != 2 || got[0] != 0 || got[1] != 2 {
		t.Fatalf("claimed %v, %v", got, err)
	}
	after := f.account(f.requester.Address())
	if paid := new(big.Int).Sub(total(before), total(after)); paid.Cmp(rlc(3)) != 0 || after.Frozen.Sign() != 0 {
		t.Fatalf("requester paid %s for one completed task of 3 RLC", paid)
	}
}
