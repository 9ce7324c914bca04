package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocogrid/pocogrid/chain/bindings"
)

// Party is one key acting on the Hub: requester, app/dataset owner, scheduler
// (workerpool owner) or worker — the role is in the methods called. Its
// transactions go through one Transactor (the key's Sender, or a ChainActor).
type Party struct {
	env *Env
	key *ecdsa.PrivateKey
	tx  Transactor
}

// Party returns key's Party, sending through the Env's Sender for key.
func (e *Env) Party(key *ecdsa.PrivateKey) *Party {
	return &Party{env: e, key: key, tx: e.Sender(key)}
}

// PartyVia returns key's Party sending through tx (e.g. an ActorTransactor
// whose ChainActor owns key's Sender). tx.From() must be key's address.
func (e *Env) PartyVia(key *ecdsa.PrivateKey, tx Transactor) *Party {
	return &Party{env: e, key: key, tx: tx}
}

// Requester, Scheduler and Worker are Party, named for readability at call sites.
func (e *Env) Requester(key *ecdsa.PrivateKey) *Party { return e.Party(key) }

// Scheduler returns key's Party; see Party.
func (e *Env) Scheduler(key *ecdsa.PrivateKey) *Party { return e.Party(key) }

// Worker returns key's Party; see Party.
func (e *Env) Worker(key *ecdsa.PrivateKey) *Party { return e.Party(key) }

// Address is the party's account.
func (p *Party) Address() common.Address { return crypto.PubkeyToAddress(p.key.PublicKey) }

func (p *Party) send(ctx context.Context, req TxRequest) (*TxResult, error) {
	if req.To == (common.Address{}) && !req.Deploy {
		req.To = p.env.Hub
	}
	return p.tx.Send(ctx, req)
}

// ---------------------------------------------------------------- escrow

// Deposit moves amount nRLC from the party's wallet into its escrow account
// (approve + deposit). Env.Fund is the usual way to fund accounts.
func (p *Party) Deposit(ctx context.Context, amount *big.Int) (*TxResult, error) {
	if _, err := p.send(ctx, TxRequest{Label: "approve", To: p.env.Token, Data: rlcABI.PackApprove(p.env.Hub, amount)}); err != nil {
		return nil, err
	}
	return p.send(ctx, TxRequest{Label: "deposit", Data: hubABI.PackDeposit(p.Address(), amount)})
}

// Withdraw moves amount nRLC from the escrow balance back to the wallet.
func (p *Party) Withdraw(ctx context.Context, amount *big.Int) (*TxResult, error) {
	return p.send(ctx, TxRequest{Label: "withdraw", Data: hubABI.PackWithdraw(amount)})
}

// ---------------------------------------------------------------- registries

// CreateApp registers an app owned by the party and returns its address.
func (p *Party) CreateApp(ctx context.Context, name string, multiaddr []byte, checksum common.Hash) (common.Address, error) {
	res, err := p.send(ctx, TxRequest{Label: "createApp", Data: hubABI.PackCreateApp(p.Address(), name, multiaddr, checksum)})
	if err != nil {
		return common.Address{}, err
	}
	for _, l := range res.Receipt.Logs {
		if ev, err := hubABI.UnpackAppCreatedEvent(l); err == nil {
			return ev.App, nil
		}
	}
	return common.Address{}, errors.New("createApp: no AppCreated event")
}

// CreateDataset registers a dataset owned by the party and returns its address.
func (p *Party) CreateDataset(ctx context.Context, name string, multiaddr []byte, checksum common.Hash) (common.Address, error) {
	res, err := p.send(ctx, TxRequest{Label: "createDataset", Data: hubABI.PackCreateDataset(p.Address(), name, multiaddr, checksum)})
	if err != nil {
		return common.Address{}, err
	}
	for _, l := range res.Receipt.Logs {
		if ev, err := hubABI.UnpackDatasetCreatedEvent(l); err == nil {
			return ev.Dataset, nil
		}
	}
	return common.Address{}, errors.New("createDataset: no DatasetCreated event")
}

// CreateWorkerpool registers a workerpool the party schedules, with iExec's
// default policy (worker stake 30 %, scheduler reward 1 %).
func (p *Party) CreateWorkerpool(ctx context.Context, description string) (common.Address, error) {
	res, err := p.send(ctx, TxRequest{Label: "createWorkerpool", Data: hubABI.PackCreateWorkerpool(p.Address(), description)})
	if err != nil {
		return common.Address{}, err
	}
	for _, l := range res.Receipt.Logs {
		if ev, err := hubABI.UnpackWorkerpoolCreatedEvent(l); err == nil {
			return ev.Workerpool, nil
		}
	}
	return common.Address{}, errors.New("createWorkerpool: no WorkerpoolCreated event")
}

// SetWorkerpoolPolicy sets the pool's worker stake and scheduler reward ratios (percent).
func (p *Party) SetWorkerpoolPolicy(ctx context.Context, pool common.Address, workerStakeRatio, schedulerRewardRatio uint64) (*TxResult, error) {
	return p.send(ctx, TxRequest{Label: "setWorkerpoolPolicy", Data: hubABI.PackSetWorkerpoolPolicy(pool,
		new(big.Int).SetUint64(workerStakeRatio), new(big.Int).SetUint64(schedulerRewardRatio))})
}

// ---------------------------------------------------------------- orders

// SignAppOrder returns o signed by the party (the app owner).
func (p *Party) SignAppOrder(o bindings.AppOrder) (bindings.AppOrder, error) {
	err := p.env.Domain.SignAppOrder(p.key, &o)
	return o, err
}

// SignDatasetOrder returns o signed by the party (the dataset owner).
func (p *Party) SignDatasetOrder(o bindings.DatasetOrder) (bindings.DatasetOrder, error) {
	err := p.env.Domain.SignDatasetOrder(p.key, &o)
	return o, err
}

// SignWorkerpoolOrder returns o signed by the party (the workerpool owner).
func (p *Party) SignWorkerpoolOrder(o bindings.WorkerpoolOrder) (bindings.WorkerpoolOrder, error) {
	err := p.env.Domain.SignWorkerpoolOrder(p.key, &o)
	return o, err
}

// SignRequestOrder returns o signed by the party; o.Requester is set to the party.
func (p *Party) SignRequestOrder(o bindings.RequestOrder) (bindings.RequestOrder, error) {
	o.Requester = p.Address()
	err := p.env.Domain.SignRequestOrder(p.key, &o)
	return o, err
}

// Deal is a matched deal.
type Deal struct {
	ID      common.Hash
	Info    bindings.DealInfo
	TaskIDs []common.Hash // one per task, idx botFirst … botFirst+botSize-1
	Block   uint64
	Tx      *TxResult
}

// MatchOrders matches signed orders into a deal (dataset nil when none) and
// returns it with its task ids. Anyone may send it; the requester usually does.
func (p *Party) MatchOrders(ctx context.Context, app bindings.AppOrder, dataset *bindings.DatasetOrder,
	pool bindings.WorkerpoolOrder, req bindings.RequestOrder) (*Deal, error) {
	ds := zeroDatasetOrder()
	if dataset != nil {
		ds = *dataset
	}
	fillOrders(&app, &ds, &pool, &req)
	res, err := p.send(ctx, TxRequest{Label: "matchOrders", Data: hubABI.PackMatchOrders(app, ds, pool, req)})
	if err != nil {
		return nil, err
	}
	for _, l := range res.Receipt.Logs {
		ev, err := hubABI.UnpackSchedulerNoticeEvent(l)
		if err != nil {
			continue
		}
		d := dealFromNotice(ev)
		d.Tx = res
		p.env.NoteDeal(d)
		p.env.Meter.AssignDeal(d.ID, res.GasUsed, uint64(len(d.TaskIDs)))
		return d, nil
	}
	return nil, errors.New("matchOrders: no SchedulerNotice event")
}

func zeroDatasetOrder() bindings.DatasetOrder {
	return bindings.DatasetOrder{Datasetprice: new(big.Int), Volume: new(big.Int), Sign: []byte{}}
}

func dealFromNotice(ev *bindings.HubSchedulerNotice) *Deal {
	d := &Deal{ID: ev.Dealid, Info: ev.Deal, Block: ev.Raw.BlockNumber}
	first, size := ev.Deal.BotFirst.Uint64(), ev.Deal.BotSize.Uint64()
	for i := first; i < first+size; i++ {
		d.TaskIDs = append(d.TaskIDs, TaskID(d.ID, i))
	}
	return d
}

// CloseRequestOrder cancels the rest of a request order (its signer only).
func (p *Party) CloseRequestOrder(ctx context.Context, o bindings.RequestOrder) (*TxResult, error) {
	return p.send(ctx, TxRequest{Label: "closeRequestOrder", Data: hubABI.PackCloseRequestOrder(o)})
}

// CloseWorkerpoolOrder cancels the rest of a workerpool order (its signer only).
func (p *Party) CloseWorkerpoolOrder(ctx context.Context, o bindings.WorkerpoolOrder) (*TxResult, error) {
	return p.send(ctx, TxRequest{Label: "closeWorkerpoolOrder", Data: hubABI.PackCloseWorkerpoolOrder(o)})
}

// ---------------------------------------------------------------- scheduler

// Authorize returns the party's (the scheduler's) signature letting worker contribute to taskid.
func (p *Party) Authorize(worker common.Address, taskid common.Hash) ([]byte, error) {
	return SignAuthorization(p.key, worker, taskid, common.Address{})
}

// Initialize opens task idx of a deal; the task id is TaskID(dealid, idx).
func (p *Party) Initialize(ctx context.Context, dealid common.Hash, idx uint64) (*TxResult, error) {
	taskid := TaskID(dealid, idx)
	return p.send(ctx, TxRequest{Label: "initialize", TaskID: taskid, DealID: dealid,
		Data: hubABI.PackInitialize(dealid, new(big.Int).SetUint64(idx))})
}

// Finalize completes a task (scheduler only), recording results in the
// TaskFinalize event; the contributors are read from the chain's events.
func (p *Party) Finalize(ctx context.Context, taskid common.Hash, results []byte) (*TxResult, error) {
	return p.FinalizeWithCallback(ctx, taskid, results, nil)
}

// FinalizeWithCallback is Finalize for deals with a callback: callbackData's
// keccak256 must be the task's result digest.
func (p *Party) FinalizeWithCallback(ctx context.Context, taskid common.Hash, results, callbackData []byte) (*TxResult, error) {
	workers, err := p.env.Contributors(ctx, taskid)
	if err != nil {
		return nil, fmt.Errorf("finalize: contributors: %w", err)
	}
	if results == nil {
		results = []byte{}
	}
	if callbackData == nil {
		callbackData = []byte{}
	}
	return p.send(ctx, TxRequest{Label: "finalize", TaskID: taskid, Data: hubABI.PackFinalize(taskid, workers, results, callbackData)})
}

// Reopen rejects the consensus group of a task nobody revealed for and
// reopens it (scheduler only, after the reveal deadline).
func (p *Party) Reopen(ctx context.Context, taskid common.Hash) (*TxResult, error) {
	return p.send(ctx, TxRequest{Label: "reopen", TaskID: taskid, Data: hubABI.PackReopen(taskid)})
}

// Claim fails an initialized task after its final deadline and refunds the
// requester (anyone may call it).
func (p *Party) Claim(ctx context.Context, taskid common.Hash) (*TxResult, error) {
	workers, err := p.env.Contributors(ctx, taskid)
	if err != nil {
		return nil, fmt.Errorf("claim: contributors: %w", err)
	}
	return p.send(ctx, TxRequest{Label: "claim", TaskID: taskid, Data: hubABI.PackClaim(taskid, workers)})
}

// InitializeAndClaim claims a task that was never initialized.
func (p *Party) InitializeAndClaim(ctx context.Context, dealid common.Hash, idx uint64) (*TxResult, error) {
	return p.send(ctx, TxRequest{Label: "claim", TaskID: TaskID(dealid, idx), DealID: dealid,
		Data: hubABI.PackInitializeAndClaim(dealid, new(big.Int).SetUint64(idx))})
}

// ---------------------------------------------------------------- worker

// Contribute commits digest for taskid: resultHash and resultSeal are derived
// from it; authSign is the scheduler's Authorize signature.
func (p *Party) Contribute(ctx context.Context, taskid, digest common.Hash, authSign []byte) (*TxResult, error) {
	return p.ContributeHashes(ctx, taskid, ResultHash(taskid, digest), ResultSeal(p.Address(), taskid, digest), authSign)
}

// ContributeHashes commits precomputed resultHash and resultSeal.
func (p *Party) ContributeHashes(ctx context.Context, taskid, resultHash, resultSeal common.Hash, authSign []byte) (*TxResult, error) {
	return p.send(ctx, TxRequest{Label: "contribute", TaskID: taskid,
		Data: hubABI.PackContribute(taskid, resultHash, resultSeal, common.Address{}, []byte{}, authSign)})
}

// Reveal discloses the digest behind the party's contribution.
func (p *Party) Reveal(ctx context.Context, taskid, digest common.Hash) (*TxResult, error) {
	return p.send(ctx, TxRequest{Label: "reveal", TaskID: taskid, Data: hubABI.PackReveal(taskid, digest)})
}
