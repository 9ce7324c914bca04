package demo

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/asynkron/protoactor-go/actor"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pocogrid/pocogrid/actors"
	"github.com/pocogrid/pocogrid/chain"
	"github.com/pocogrid/pocogrid/identity"
	"github.com/pocogrid/pocogrid/messages"
	"github.com/pocogrid/pocogrid/sandbox"
)

// Prices of the demo deal, in nRLC: the pool's price per task, and the
// app's. Workers stake ⌊30% of the pool price⌋ per contribution.
const (
	demoPoolPrice = 1_000_000_000
	demoAppPrice  = 1_000_000
	stakeRatio    = 30 // the workerpool's default policy
	schedRatio    = 1
)

// chainRun wires a demo to a chain: every party has a funded key, a
// ChainActor owns each key's nonce, the requester's deal arrives as a
// SchedulerNotice event, workers contribute and reveal with their own
// keys, and the scheduler finalizes.
type chainRun struct {
	env       *chain.Env
	sys       *actor.ActorSystem
	log       *slog.Logger
	requester *chain.Party
	scheduler *chain.Party
	appOwner  *chain.Party
	pool      common.Address
	apps      map[common.Address]string // registered app → name
	appAddr   common.Address

	mu        sync.Mutex
	deals     map[common.Hash]*chain.Deal
	abandoned map[common.Hash]string
	finalized int
}

// openChain opens the backend and funds every key.
func openChain(ctx context.Context, spec string, sys *actor.ActorSystem, log *slog.Logger, requester, sched, appOwner *identity.Key, workers []*identity.Key) (*chainRun, error) {
	accounts := []common.Address{requester.Address(), sched.Address(), appOwner.Address()}
	for _, w := range workers {
		accounts = append(accounts, w.Address())
	}
	env, err := chain.Open(ctx, spec, chain.Options{Accounts: accounts, Logger: log})
	if err != nil {
		return nil, err
	}
	c := &chainRun{env: env, sys: sys, log: log, apps: map[common.Address]string{}, deals: map[common.Hash]*chain.Deal{}, abandoned: map[common.Hash]string{}}
	c.requester = c.party(requester)
	c.scheduler = c.party(sched)
	c.appOwner = c.party(appOwner)
	if c.pool, err = c.scheduler.CreateWorkerpool(ctx, "pocogrid demo pool"); err != nil {
		env.Close()
		return nil, fmt.Errorf("create workerpool: %w", err)
	}
	return c, nil
}

// party returns a key's party, sending through its own ChainActor.
func (c *chainRun) party(k *identity.Key) *chain.Party {
	pid := c.sys.Root.Spawn(chain.NewChainActorProps(c.env, c.env.Sender(k.ECDSA()), chain.ActorConfig{}))
	return c.env.PartyVia(k.ECDSA(), chain.ActorTransactor{Root: c.sys.Root, PID: pid, Addr: k.Address(), Timeout: 10 * time.Minute})
}

// registerApp registers a module in the app registry, its checksum being
// the module's sha256.
func (c *chainRun) registerApp(ctx context.Context, app sandbox.App) error {
	addr, err := c.appOwner.CreateApp(ctx, app.Name, []byte("pocogrid:builtin/"+app.Name), app.Hash)
	if err != nil {
		return fmt.Errorf("register app %s: %w", app.Name, err)
	}
	c.apps[addr] = app.Name
	c.appAddr = addr
	return nil
}

// requestDeal publishes the app, workerpool and request orders and matches
// them: the requester pays for volume tasks.
func (c *chainRun) requestDeal(ctx context.Context, volume, category, trust uint64) (*chain.Deal, error) {
	ao, err := c.appOwner.NewAppOrder(c.appAddr, demoAppPrice, volume)
	if err != nil {
		return nil, err
	}
	wo, err := c.scheduler.NewWorkerpoolOrder(c.pool, demoPoolPrice, volume, category, max(trust, 1))
	if err != nil {
		return nil, err
	}
	ro, err := c.requester.NewRequestOrder(c.appAddr, demoAppPrice, c.pool, demoPoolPrice, volume, category, trust, "")
	if err != nil {
		return nil, err
	}
	return c.requester.MatchOrders(ctx, ao, nil, wo, ro)
}

// watchDeals turns the pool's SchedulerNotice events into bags.
func (c *chainRun) watchDeals(ctx context.Context, submit func(*chain.Deal) error) <-chan error {
	out := make(chan error, 1)
	events, errs := c.env.WatchDeals(ctx, c.pool, c.env.StartBlock)
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case err := <-errs:
				if err != nil {
					out <- err
				}
				return
			case ev, ok := <-events:
				if !ok {
					return
				}
				c.mu.Lock()
				_, dup := c.deals[ev.ID]
				d := ev.Deal
				c.deals[ev.ID] = &d
				c.mu.Unlock()
				if dup {
					continue
				}
				if err := submit(&d); err != nil {
					out <- err
					return
				}
			}
		}
	}()
	return out
}

// bagOf builds the tasks of a deal.
func (c *chainRun) bagOf(d *chain.Deal, args func(app string, i int) []string) (*messages.SubmitBag, error) {
	name, ok := c.apps[d.Info.App]
	if !ok {
		return nil, fmt.Errorf("deal %s: app %s is not one of this pool's apps", d.ID.Hex(), d.Info.App.Hex())
	}
	first := d.Info.BotFirst.Uint64()
	bag := &messages.SubmitBag{DealId: d.ID.Bytes()}
	for i, tid := range d.TaskIDs {
		idx := first + uint64(i)
		bag.Tasks = append(bag.Tasks, &messages.TaskSpec{
			TaskId: tid.Bytes(), DealId: d.ID.Bytes(), Index: idx, AppName: name, Args: args(name, int(idx)),
			Trust: d.Info.Trust.Uint64(), Category: uint32(d.Info.Category.Uint64()), StartTime: d.Info.StartTime.Uint64(),
			TimeRef: d.Info.TimeRef.Uint64(),
		})
	}
	return bag, nil
}

func (c *chainRun) dealOf(taskID [32]byte) (*chain.Deal, uint64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, d := range c.deals {
		for i, t := range d.TaskIDs {
			if t == taskID {
				return d, d.Info.BotFirst.Uint64() + uint64(i), true
			}
		}
	}
	return nil, 0, false
}

// settler is the pool's chain side (actors.Settler).
type settler struct{ c *chainRun }

func (s settler) Initialize(ctx context.Context, spec *messages.TaskSpec) error {
	_, err := s.c.scheduler.Initialize(ctx, common.BytesToHash(spec.DealId), spec.Index)
	if err != nil && chain.IsRevert(err, "BadTaskStatus") {
		// Already initialized (e.g. by an earlier incarnation): fine.
		if v, rerr := s.c.env.Task(ctx, common.BytesToHash(spec.TaskId)); rerr == nil && v.Status != chain.TaskUnset {
			return nil
		}
	}
	return err
}

func (s settler) Finalize(ctx context.Context, taskID, digest [32]byte) error {
	_, err := s.c.scheduler.Finalize(ctx, taskID, digest[:])
	if err != nil && chain.IsRevert(err, "BadTaskStatus") {
		if v, rerr := s.c.env.Task(ctx, taskID); rerr == nil && v.Status == chain.TaskCompleted {
			err = nil
		}
	}
	if err == nil {
		s.c.mu.Lock()
		s.c.finalized++
		s.c.mu.Unlock()
	}
	return err
}

func (s settler) Abandon(taskID [32]byte, reason string) {
	s.c.mu.Lock()
	s.c.abandoned[taskID] = reason
	s.c.mu.Unlock()
	s.c.log.Warn("task failed; it will be claimed on chain after its final deadline", "task", common.Hash(taskID).Hex(), "reason", reason)
}

// workerChain is one worker's chain side (actors.WorkerChain).
type workerChain struct{ p *chain.Party }

func (w workerChain) Contribute(ctx context.Context, taskID, h, s [32]byte, auth []byte) (uint64, error) {
	res, err := w.p.ContributeHashes(ctx, taskID, h, s, auth)
	if err != nil {
		return 0, err
	}
	return chain.ContributionWeight(res, taskID)
}

func (w workerChain) Reveal(ctx context.Context, taskID, digest [32]byte) error {
	_, err := w.p.Reveal(ctx, taskID, digest)
	return err
}

// claimAbandoned claims the failed tasks: on the simulated chain time is
// moved past their final deadline; on a real node only expired ones can be.
func (c *chainRun) claimAbandoned(ctx context.Context) (claimed int, pending int, err error) {
	c.mu.Lock()
	deals := map[common.Hash]*chain.Deal{}
	for id := range c.abandoned {
		if d, _, ok := c.dealOfLocked(id); ok {
			deals[d.ID] = d
		}
	}
	n := len(c.abandoned)
	c.mu.Unlock()
	if n == 0 {
		return 0, 0, nil
	}
	for _, d := range deals {
		if c.env.IsSim() {
			final := d.Info.StartTime.Uint64() + 10*d.Info.TimeRef.Uint64()
			if err := c.env.AdvanceTo(ctx, final+1); err != nil {
				return claimed, n - claimed, err
			}
		}
		got, err := c.scheduler.ClaimExpired(ctx, d)
		claimed += len(got)
		if err != nil {
			return claimed, n - claimed, err
		}
	}
	return claimed, max(n-claimed, 0), nil
}

func (c *chainRun) dealOfLocked(taskID common.Hash) (*chain.Deal, int, bool) {
	for _, d := range c.deals {
		for i, t := range d.TaskIDs {
			if t == taskID {
				return d, i, true
			}
		}
	}
	return nil, 0, false
}

// balances reads the escrow balance (balance + frozen) of each address.
func (c *chainRun) balances(ctx context.Context, addrs []common.Address) (map[common.Address]*big.Int, error) {
	out := map[common.Address]*big.Int{}
	for _, a := range addrs {
		acct, err := c.env.Account(ctx, a)
		if err != nil {
			return nil, err
		}
		out[a] = new(big.Int).Add(acct.Balance, acct.Frozen)
	}
	return out, nil
}

// report fills the summary's chain fields: claims for failed tasks, gas,
// and the balances moved on chain against the off-chain settlements.
func (c *chainRun) report(ctx context.Context, s *Summary, deal *chain.Deal, parties []common.Address, before map[common.Address]*big.Int, settled []*messages.TaskEnded) error {
	var err error
	s.Claimed, s.ClaimsPending, err = c.claimAbandoned(ctx)
	if err != nil {
		return fmt.Errorf("claim: %w", err)
	}
	c.mu.Lock()
	s.FinalizedOnchain = c.finalized
	c.mu.Unlock()
	s.GasPerTask = c.env.Meter.PerTask()
	s.Contract = c.env.Hub.Hex()
	s.ChainID = c.env.ChainID.Uint64()
	s.DealID = deal.ID.Hex()
	after, err := c.balances(ctx, parties)
	if err != nil {
		return err
	}
	requester, sched, appOwner, workers := parties[0], parties[1], parties[2], parties[3:]
	expect := map[common.Address]*big.Int{}
	add := func(a common.Address, v *big.Int) {
		if expect[a] == nil {
			expect[a] = new(big.Int)
		}
		expect[a].Add(expect[a], v)
	}
	price := big.NewInt(demoPoolPrice + demoAppPrice)
	for _, e := range settled {
		if e.Status.State != messages.TaskState_TASK_STATE_COMPLETED {
			continue // refunded by its claim (or still pending it)
		}
		add(requester, new(big.Int).Neg(price))
		add(appOwner, big.NewInt(demoAppPrice))
		add(sched, new(big.Int).SetUint64(e.SchedulerPayout))
		for a, v := range e.Payouts {
			add(common.HexToAddress(a), new(big.Int).SetUint64(v))
		}
		for a, v := range e.Seized {
			add(common.HexToAddress(a), new(big.Int).Neg(new(big.Int).SetUint64(v)))
		}
	}
	// A claimed task refunds the requester, and the scheduler's stake for
	// it goes to the kitty.
	stake := deal.Info.SchedulerStake
	add(sched, new(big.Int).Neg(new(big.Int).Mul(stake, big.NewInt(int64(s.Claimed)))))
	p := &PaymentReport{Match: true}
	delta := func(a common.Address) *big.Int { return new(big.Int).Sub(after[a], before[a]) }
	want := func(a common.Address) *big.Int {
		if v := expect[a]; v != nil {
			return v
		}
		return new(big.Int)
	}
	for _, a := range parties {
		if delta(a).Cmp(want(a)) != 0 {
			p.Match = false
			p.Mismatches = append(p.Mismatches, fmt.Sprintf("%s: moved %s, expected %s", a.Hex(), delta(a), want(a)))
		}
	}
	p.RequesterPaid = new(big.Int).Neg(delta(requester)).String()
	p.RequesterExpected = new(big.Int).Neg(want(requester)).String()
	wGot, wWant := new(big.Int), new(big.Int)
	for _, a := range workers {
		wGot.Add(wGot, delta(a))
		wWant.Add(wWant, want(a))
	}
	p.WorkersReceived, p.WorkersExpected = wGot.String(), wWant.String()
	p.SchedulerReceived, p.SchedulerExpected = delta(sched).String(), want(sched).String()
	s.Payments = p
	return nil
}

// Chain is a demo chain set-up that other in-process runs (the trace
// replay) reuse: funded keys, the workerpool, one registered app, deals,
// the pool's Settler and each worker's WorkerChain.
type Chain struct{ c *chainRun }

// OpenChain opens spec ("sim", ws://, http://), funds every key and
// creates the scheduler's workerpool.
func OpenChain(ctx context.Context, spec string, sys *actor.ActorSystem, log *slog.Logger, requester, sched, appOwner *identity.Key, workers []*identity.Key) (*Chain, error) {
	c, err := openChain(ctx, spec, sys, log, requester, sched, appOwner, workers)
	if err != nil {
		return nil, err
	}
	return &Chain{c}, nil
}

// RegisterApp registers the app the deals will name.
func (ch *Chain) RegisterApp(ctx context.Context, app sandbox.App) error {
	return ch.c.registerApp(ctx, app)
}

// CreateCategory adds a category of time T (seconds) to the hub's registry.
func (ch *Chain) CreateCategory(ctx context.Context, name string, timeRef uint64) (uint64, error) {
	return ch.c.env.CreateCategory(ctx, name, timeRef)
}

// RequestDeal matches orders for volume tasks and records the deal.
func (ch *Chain) RequestDeal(ctx context.Context, volume, category, trust uint64) (*chain.Deal, error) {
	d, err := ch.c.requestDeal(ctx, volume, category, trust)
	if err != nil {
		return nil, err
	}
	ch.c.mu.Lock()
	ch.c.deals[d.ID] = d
	ch.c.mu.Unlock()
	return d, nil
}

// Settler is the pool's side of the chain.
func (ch *Chain) Settler() actors.Settler { return settler{ch.c} }

// WorkerChain is a worker's side of the chain (its own ChainActor).
func (ch *Chain) WorkerChain(k *identity.Key) actors.WorkerChain { return workerChain{ch.c.party(k)} }

// PoolPrice, WorkerStake and SchedulerRatio are the deals' economics, for
// the pool's off-chain settlement to match the chain's.
func (ch *Chain) Economics() (poolPrice, workerStake, schedulerRatio uint64) {
	return demoPoolPrice, demoPoolPrice * stakeRatio / 100, schedRatio
}

// GasPerTask is the lifecycle gas per task so far.
func (ch *Chain) GasPerTask() float64 { return ch.c.env.Meter.PerTask() }

// Finalized counts the tasks finalized on chain.
func (ch *Chain) Finalized() int {
	ch.c.mu.Lock()
	defer ch.c.mu.Unlock()
	return ch.c.finalized
}

// Close closes the backend.
func (ch *Chain) Close() error { return ch.c.env.Close() }

// Fund gives keys ETH and an escrow deposit (nil amounts: the defaults).
func (ch *Chain) Fund(ctx context.Context, keys []*identity.Key, eth, rlc *big.Int) error {
	addrs := make([]common.Address, len(keys))
	for i, k := range keys {
		addrs[i] = k.Address()
	}
	if eth == nil {
		eth = new(big.Int).Mul(big.NewInt(100), chain.Ether)
	}
	if rlc == nil {
		rlc = new(big.Int).Mul(big.NewInt(1_000_000), chain.RLCUnit)
	}
	return ch.c.env.Fund(ctx, addrs, eth, rlc)
}
