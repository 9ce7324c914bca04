package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/asynkron/protoactor-go/actor"
	"github.com/ethereum/go-ethereum/common"
)

// Messages of the ChainActor (plain Go structs: the actor is node-local).

// SendTx asks the ChainActor to send one transaction with its key. The reply
// (to the request's sender) is a *TxResult whose Err is nil, a *RevertError,
// or the last transient error once the re-queues are spent.
type SendTx struct {
	TxRequest
}

// WatchDeals asks the ChainActor to stream the deals of Pool (zero: every
// pool) to Subscriber as *DealEvent, from the block saved in Cursor (or
// FromBlock when Cursor is nil or empty). The subscriber answers each event
// with *DealProcessed so the cursor advances only past processed deals.
type WatchDeals struct {
	Pool       common.Address
	Subscriber *actor.PID
	Cursor     *FileCursor
	FromBlock  uint64
}

// DealProcessed acknowledges a DealEvent (send it to the ChainActor).
type DealProcessed struct {
	DealID common.Hash
	Block  uint64
}

// ActorConfig tunes a ChainActor; zero values take the defaults.
type ActorConfig struct {
	// Requeues is how many times a transaction whose Sender gave up on a
	// transient failure goes back into the mailbox, after RequeueBackoff
	// (doubled each time). Defaults 5 and 1s. Reverts are never re-queued.
	Requeues       int
	RequeueBackoff time.Duration
	// TxTimeout bounds one SendTx attempt (default 5 minutes).
	TxTimeout time.Duration
}

type requeue struct {
	msg     *SendTx
	replyTo *actor.PID
	n       int
}

// ChainActor is the single writer for one key: every transaction of that key
// goes through its mailbox, one at a time, via the key's Sender (which owns
// the nonce, estimates gas, waits for the receipt, decodes reverts and retries
// transient failures). A transaction that still fails is re-queued behind the
// other mail with backoff, logged each time; a task is never dropped silently:
// the caller gets a *TxResult with the error and can retry or claim.
type ChainActor struct {
	env     *Env
	sender  *Sender
	cfg     ActorConfig
	log     *slog.Logger
	cancel  context.CancelFunc
	cursor  *FileCursor
	lastAck uint64
}

// NewChainActorProps returns the props of a ChainActor for key's Sender in env.
func NewChainActorProps(env *Env, sender *Sender, cfg ActorConfig) *actor.Props {
	if cfg.Requeues <= 0 {
		cfg.Requeues = 5
	}
	if cfg.RequeueBackoff <= 0 {
		cfg.RequeueBackoff = time.Second
	}
	if cfg.TxTimeout <= 0 {
		cfg.TxTimeout = 5 * time.Minute
	}
	return actor.PropsFromProducer(func() actor.Actor {
		return &ChainActor{env: env, sender: sender, cfg: cfg, log: env.Log.With("actor", "chain", "from", sender.From().Hex())}
	})
}

// Receive implements actor.Actor.
func (a *ChainActor) Receive(ctx actor.Context) {
	switch m := ctx.Message().(type) {
	case *SendTx:
		a.send(ctx, m, ctx.Sender(), 0)
	case *requeue:
		a.send(ctx, m.msg, m.replyTo, m.n)
	case *WatchDeals:
		a.watch(ctx, m)
	case *DealProcessed:
		if a.cursor != nil && m.Block > a.lastAck {
			if err := a.cursor.Save(m.Block); err != nil {
				a.log.Error("saving the deal cursor", "err", err)
			} else {
				a.lastAck = m.Block
			}
		}
	case *actor.Stopping:
		if a.cancel != nil {
			a.cancel()
		}
	}
}

func (a *ChainActor) send(ctx actor.Context, m *SendTx, replyTo *actor.PID, n int) {
	tctx, cancel := context.WithTimeout(context.Background(), a.cfg.TxTimeout)
	res, err := a.sender.Send(tctx, m.TxRequest)
	cancel()
	var re *RevertError
	if err != nil && !errors.As(err, &re) && n < a.cfg.Requeues {
		delay := a.cfg.RequeueBackoff << n
		a.log.Warn("chain tx failed, re-queued", "op", m.Label, "task", m.TaskID.Hex(), "requeue", n+1, "in", delay, "err", err)
		self, root := ctx.Self(), ctx.ActorSystem().Root
		time.AfterFunc(delay, func() { root.Send(self, &requeue{msg: m, replyTo: replyTo, n: n + 1}) })
		return
	}
	if err != nil && re == nil {
		a.log.Error("chain tx failed for good; the task must be retried or claimed", "op", m.Label, "task", m.TaskID.Hex(), "err", err)
	}
	if replyTo != nil {
		ctx.Send(replyTo, res)
	}
}

func (a *ChainActor) watch(ctx actor.Context, m *WatchDeals) {
	if a.cancel != nil {
		a.cancel()
	}
	from := m.FromBlock
	a.cursor = m.Cursor
	if m.Cursor != nil {
		b, err := m.Cursor.Load(m.FromBlock)
		if err != nil {
			a.log.Error("loading the deal cursor", "err", err)
		} else {
			from = b
		}
	}
	a.lastAck = from
	wctx, cancel := context.WithCancel(context.Background())
	a.cancel = cancel
	root, sub, env, log := ctx.ActorSystem().Root, m.Subscriber, a.env, a.log
	log.Info("watching deals", "pool", m.Pool.Hex(), "from_block", from)
	go func() {
		for wctx.Err() == nil {
			events, errs := env.WatchDeals(wctx, m.Pool, from)
			for ev := range events {
				ev := ev
				root.Send(sub, &ev)
				from = ev.Block
			}
			if err := <-errs; err != nil {
				log.Warn("deal watch stopped, restarting", "err", err)
				time.Sleep(time.Second)
			}
		}
	}()
}

// ActorTransactor is a Transactor that routes through a ChainActor. Use it
// from plain goroutines; inside an actor, send *SendTx and handle the reply
// with ReenterAfter instead of blocking.
type ActorTransactor struct {
	Root    *actor.RootContext
	PID     *actor.PID
	Addr    common.Address
	Timeout time.Duration // default 15 minutes (re-queues included)
}

// From is the actor's key's address.
func (t ActorTransactor) From() common.Address { return t.Addr }

// Send implements Transactor.
func (t ActorTransactor) Send(ctx context.Context, req TxRequest) (*TxResult, error) {
	timeout := t.Timeout
	if timeout <= 0 {
		timeout = 15 * time.Minute
	}
	if dl, ok := ctx.Deadline(); ok {
		timeout = min(timeout, time.Until(dl))
	}
	r, err := t.Root.RequestFuture(t.PID, &SendTx{req}, timeout).Result()
	if err != nil {
		res := &TxResult{Label: req.Label, Err: fmt.Errorf("%s: chain actor: %w", req.Label, err)}
		return res, res.Err
	}
	res, ok := r.(*TxResult)
	if !ok {
		return nil, fmt.Errorf("%s: chain actor replied %T", req.Label, r)
	}
	return res, res.Err
}
