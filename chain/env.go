package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	gethlog "github.com/ethereum/go-ethereum/log"

	"github.com/pocogrid/pocogrid/chain/bindings"
)

// DevKeyHex is geth --dev's fixed developer key (funded with ~2^256 wei when
// the keystore is empty), the default deployer on real nodes.
const DevKeyHex = "b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291"

var (
	// Ether is 1e18 wei.
	Ether = big.NewInt(1e18)
	// RLCUnit is 1 RLC in nRLC (9 decimals).
	RLCUnit = big.NewInt(1e9)
	// rlcSupply is the dev token's supply: 1e18 RLC, below the escrow's uint96 cap.
	rlcSupply = new(big.Int).Mul(big.NewInt(1e18), RLCUnit)
)

// Options configure Open. The zero value is usable.
type Options struct {
	// Accounts are funded once the contracts are ready: FundETH wei and
	// FundRLC nRLC deposited in the escrow (defaults 100 ETH, 1,000,000 RLC).
	Accounts []common.Address
	FundETH  *big.Int
	FundRLC  *big.Int
	// DeployerKey deploys the contracts and funds accounts on a real node
	// (default: geth --dev's fixed key). On sim a fresh key is used when nil.
	DeployerKey *ecdsa.PrivateKey
	// Hub attaches to an existing deployment instead of deploying (real nodes).
	Hub common.Address
	// BlockGasLimit of the simulated chain (default 60M, like the gas harness's geth).
	BlockGasLimit uint64
	// SimBlockInterval is the least time between two simulated blocks (default
	// 20ms). Each block advances chain time by at least one second, so this
	// bounds how fast sim time runs ahead of the wall clock.
	SimBlockInterval time.Duration
	// PollInterval is the log polling period over HTTP (default 500ms).
	PollInterval time.Duration
	Sender       SenderConfig
	Meter        *GasMeter    // default: a new meter
	Logger       *slog.Logger // default: discard
	KeepGethLogs bool         // sim: keep go-ethereum's own logs (silenced by default)
}

// Env is an open chain: a client, the deployed Hub and RLC, and one Sender per key.
type Env struct {
	Spec       string
	ChainID    *big.Int
	Hub        common.Address
	Token      common.Address
	Client     Client
	Domain     Domain
	Meter      *GasMeter
	Deployer   *Sender
	StartBlock uint64 // block of the Hub deployment: where log scans start
	Log        *slog.Logger

	opts    Options
	sim     *simulated.Backend
	miner   *autoMiner
	closeFn func()

	mu         sync.Mutex
	senders    map[common.Address]*Sender
	taskBlocks map[common.Hash]uint64 // earliest block a task's logs can be in (log scans start there)
}

var (
	hubABI = bindings.NewHub()
	rlcABI = bindings.NewRLC()
)

// Open connects to a chain and makes the contracts ready.
//
//   - "sim": go-ethereum's simulated chain in process (chain ID 1337). The
//     contracts are deployed, opts.Accounts funded, and blocks mined as soon as
//     transactions are pending.
//   - "ws://…", "http://…" (also wss/https): a JSON-RPC node. The Hub is
//     deployed by opts.DeployerKey unless opts.Hub names an existing one.
//
// "none" (no chain) is the caller's business.
func Open(ctx context.Context, spec string, opts Options) (*Env, error) {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Meter == nil {
		opts.Meter = NewGasMeter()
	}
	if opts.FundETH == nil {
		opts.FundETH = new(big.Int).Mul(big.NewInt(100), Ether)
	}
	if opts.FundRLC == nil {
		opts.FundRLC = new(big.Int).Mul(big.NewInt(1_000_000), RLCUnit)
	}
	if opts.PollInterval <= 0 {
		opts.PollInterval = 500 * time.Millisecond
	}
	e := &Env{Spec: spec, Meter: opts.Meter, Log: opts.Logger, opts: opts, senders: map[common.Address]*Sender{}, taskBlocks: map[common.Hash]uint64{}}
	var err error
	switch {
	case spec == "sim":
		err = e.openSim(opts)
	case strings.HasPrefix(spec, "ws://"), strings.HasPrefix(spec, "wss://"),
		strings.HasPrefix(spec, "http://"), strings.HasPrefix(spec, "https://"):
		err = e.openRPC(ctx, spec, opts)
	default:
		return nil, fmt.Errorf("chain: unknown spec %q (want sim, ws://…, http://…)", spec)
	}
	if err != nil {
		e.Close()
		return nil, err
	}
	if err := e.setup(ctx, opts); err != nil {
		e.Close()
		return nil, err
	}
	return e, nil
}

func (e *Env) openSim(opts Options) error {
	if !opts.KeepGethLogs {
		gethlog.SetDefault(gethlog.NewLogger(gethlog.DiscardHandler()))
	}
	key := opts.DeployerKey
	if key == nil {
		var err error
		if key, err = crypto.GenerateKey(); err != nil {
			return err
		}
	}
	gasLimit := opts.BlockGasLimit
	if gasLimit == 0 {
		gasLimit = 60_000_000
	}
	huge := new(big.Int).Lsh(big.NewInt(1), 200)
	alloc := types.GenesisAlloc{crypto.PubkeyToAddress(key.PublicKey): {Balance: huge}}
	for _, a := range opts.Accounts {
		alloc[a] = types.Account{Balance: new(big.Int).Set(opts.FundETH)}
	}
	e.sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(gasLimit), simulated.WithCallGasLimit(gasLimit))
	interval := opts.SimBlockInterval
	if interval <= 0 {
		interval = 20 * time.Millisecond
	}
	e.miner = startMiner(e.sim, interval)
	e.Client = &simClient{Client: e.sim.Client(), miner: e.miner}
	e.ChainID = big.NewInt(1337)
	e.Deployer = e.Sender(key)
	return nil
}

func (e *Env) openRPC(ctx context.Context, spec string, opts Options) error {
	c, err := ethclient.DialContext(ctx, spec)
	if err != nil {
		return fmt.Errorf("chain: dial %s: %w", spec, err)
	}
	e.closeFn = c.Close
	e.Client = c
	if e.ChainID, err = c.ChainID(ctx); err != nil {
		return fmt.Errorf("chain: chain id from %s: %w", spec, err)
	}
	key := opts.DeployerKey
	if key == nil {
		key, _ = crypto.HexToECDSA(DevKeyHex)
	}
	e.Deployer = e.Sender(key)
	return nil
}

func (e *Env) setup(ctx context.Context, opts Options) error {
	if opts.Hub != (common.Address{}) {
		e.Hub = opts.Hub
		out, err := Call(ctx, e.Client, e.Hub, hubABI.PackToken())
		if err != nil {
			return fmt.Errorf("chain: attach to hub %s: %w", e.Hub, err)
		}
		if e.Token, err = hubABI.UnpackToken(out); err != nil {
			return err
		}
		e.StartBlock = 0
	} else if err := e.deploy(ctx); err != nil {
		return err
	}
	e.Domain = Domain{ChainID: e.ChainID, Hub: e.Hub}
	if len(opts.Accounts) > 0 {
		eth := opts.FundETH
		if e.sim != nil {
			eth = nil // already in the genesis alloc
		}
		if err := e.Fund(ctx, opts.Accounts, eth, opts.FundRLC); err != nil {
			return err
		}
	}
	e.Log.Info("chain ready", "spec", e.Spec, "chain_id", e.ChainID, "hub", e.Hub.Hex(), "rlc", e.Token.Hex())
	return nil
}

func (e *Env) deploy(ctx context.Context) error {
	start, err := e.Client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	e.StartBlock = start
	init := append(common.FromHex(bindings.RLCMetaData.Bin), rlcABI.PackConstructor(e.Deployer.From(), rlcSupply)...)
	res, err := e.Deployer.Send(ctx, TxRequest{Label: "deploy-rlc", Data: init, Deploy: true})
	if err != nil {
		return fmt.Errorf("chain: deploy RLC: %w", err)
	}
	e.Token = res.Receipt.ContractAddress
	init = append(common.FromHex(bindings.HubMetaData.Bin), hubABI.PackConstructor(e.Token)...)
	if res, err = e.Deployer.Send(ctx, TxRequest{Label: "deploy-hub", Data: init, Deploy: true}); err != nil {
		return fmt.Errorf("chain: deploy Hub: %w", err)
	}
	e.Hub = res.Receipt.ContractAddress
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	if _, err := e.Deployer.Send(ctx, TxRequest{Label: "approve", To: e.Token, Data: rlcABI.PackApprove(e.Hub, max)}); err != nil {
		return fmt.Errorf("chain: approve hub: %w", err)
	}
	return nil
}

// Sender returns the one Sender of key in this Env (the nonce owner for that key).
func (e *Env) Sender(key *ecdsa.PrivateKey) *Sender {
	from := crypto.PubkeyToAddress(key.PublicKey)
	e.mu.Lock()
	defer e.mu.Unlock()
	if s, ok := e.senders[from]; ok {
		return s
	}
	s := NewSender(e.Client, e.ChainID, key, e.Meter, e.Log, e.opts.Sender)
	e.senders[from] = s
	return s
}

// Fund sends eth wei to each address and deposits rlc nRLC into its escrow
// account, from the deployer. nil or zero amounts are skipped.
func (e *Env) Fund(ctx context.Context, addrs []common.Address, eth, rlc *big.Int) error {
	if rlc != nil && rlc.Sign() > 0 && e.opts.Hub != (common.Address{}) {
		// attached: make sure the hub may pull the deployer's RLC
		if _, err := e.Deployer.Send(ctx, TxRequest{Label: "approve", To: e.Token,
			Data: rlcABI.PackApprove(e.Hub, new(big.Int).Mul(rlc, big.NewInt(int64(len(addrs)))))}); err != nil {
			return err
		}
	}
	for _, a := range addrs {
		if eth != nil && eth.Sign() > 0 {
			if _, err := e.Deployer.Send(ctx, TxRequest{Label: "fund-eth", To: a, Value: eth}); err != nil {
				return fmt.Errorf("chain: fund %s with ETH: %w", a, err)
			}
		}
		if rlc != nil && rlc.Sign() > 0 {
			if _, err := e.Deployer.Send(ctx, TxRequest{Label: "deposit", To: e.Hub, Data: hubABI.PackDeposit(a, rlc)}); err != nil {
				return fmt.Errorf("chain: deposit RLC for %s: %w", a, err)
			}
		}
	}
	return nil
}

// CreateCategory adds a category with the given time reference in seconds
// (deployer only, i.e. only on a chain this Env deployed). Short categories
// make deadlines reachable in tests.
func (e *Env) CreateCategory(ctx context.Context, name string, timeRef uint64) (uint64, error) {
	res, err := e.Deployer.Send(ctx, TxRequest{Label: "createCategory", To: e.Hub,
		Data: hubABI.PackCreateCategory(name, new(big.Int).SetUint64(timeRef))})
	if err != nil {
		return 0, err
	}
	for _, l := range res.Receipt.Logs {
		if ev, err := hubABI.UnpackCategoryCreatedEvent(l); err == nil {
			return ev.Id.Uint64(), nil
		}
	}
	return 0, errors.New("chain: no CategoryCreated event")
}

// IsSim reports whether this is the in-process simulated chain.
func (e *Env) IsSim() bool { return e.sim != nil }

// AdjustTime moves the simulated chain's clock forward by d (sim only).
func (e *Env) AdjustTime(d time.Duration) error {
	if e.sim == nil {
		return errors.New("chain: AdjustTime needs the simulated chain")
	}
	e.miner.mu.Lock()
	defer e.miner.mu.Unlock()
	return e.sim.AdjustTime(d)
}

// Now returns the latest block's timestamp.
func (e *Env) Now(ctx context.Context) (uint64, error) {
	h, err := e.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return h.Time, nil
}

// Close stops the miner and the simulated chain, or closes the RPC client.
func (e *Env) Close() error {
	if e.miner != nil {
		e.miner.stop()
		e.miner = nil
	}
	var err error
	if e.sim != nil {
		err = e.sim.Close()
		e.sim = nil
	}
	if e.closeFn != nil {
		e.closeFn()
		e.closeFn = nil
	}
	return err
}

// SupportsSubscriptions reports whether logs can be subscribed to (ws and sim).
func (e *Env) SupportsSubscriptions() bool {
	return e.sim != nil || strings.HasPrefix(e.Spec, "ws")
}

// ---------------------------------------------------------------- sim mining

// autoMiner commits a block whenever a transaction was sent, at most once per interval.
type autoMiner struct {
	sim      *simulated.Backend
	interval time.Duration
	kickCh   chan struct{}
	done     chan struct{}
	wg       sync.WaitGroup
	mu       sync.Mutex // held while committing (AdjustTime takes it too)
}

func startMiner(sim *simulated.Backend, interval time.Duration) *autoMiner {
	m := &autoMiner{sim: sim, interval: interval, kickCh: make(chan struct{}, 1), done: make(chan struct{})}
	m.wg.Add(1)
	go m.loop()
	return m
}

func (m *autoMiner) kick() {
	select {
	case m.kickCh <- struct{}{}:
	default:
	}
}

func (m *autoMiner) loop() {
	defer m.wg.Done()
	var last time.Time
	for {
		select {
		case <-m.done:
			return
		case <-m.kickCh:
		}
		if wait := m.interval - time.Since(last); wait > 0 {
			select {
			case <-m.done:
				return
			case <-time.After(wait):
			}
		}
		m.mu.Lock()
		m.sim.Commit()
		m.mu.Unlock()
		last = time.Now()
	}
}

func (m *autoMiner) stop() {
	close(m.done)
	m.wg.Wait()
}

// simClient kicks the miner after each sent transaction.
type simClient struct {
	simulated.Client
	miner *autoMiner
}

func (c *simClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	c.miner.kick()
	return nil
}

// AdvanceTo makes the chain's latest block time reach at least t (unix
// seconds): on sim by moving the clock, on a dev node by mining filler
// transactions (each block is at least one second after its parent). Use it
// in tests and benchmarks to reach deadlines.
func (e *Env) AdvanceTo(ctx context.Context, t uint64) error {
	for {
		now, err := e.Now(ctx)
		if err != nil {
			return err
		}
		if now >= t {
			return nil
		}
		if e.sim != nil {
			if err := e.AdjustTime(time.Duration(t-now) * time.Second); err != nil {
				return err
			}
			continue
		}
		self := e.Deployer.From()
		if _, err := e.Deployer.Send(ctx, TxRequest{Label: "filler", To: self}); err != nil {
			return err
		}
	}
}

// NoteDeal records the block of a deal so that log scans for its tasks
// (Contributors, used by finalize and claim) start there. MatchOrders and the
// deal watcher call it; call it for deals learned otherwise.
func (e *Env) NoteDeal(d *Deal) {
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, id := range d.TaskIDs {
		if b, ok := e.taskBlocks[id]; !ok || d.Block < b {
			e.taskBlocks[id] = d.Block
		}
	}
}

func (e *Env) taskFromBlock(taskid common.Hash) uint64 {
	e.mu.Lock()
	defer e.mu.Unlock()
	if b, ok := e.taskBlocks[taskid]; ok && b > e.StartBlock {
		return b
	}
	return e.StartBlock
}
