package chain

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pocogrid/pocogrid/chain/bindings"
)

// On-chain task statuses (bindings.TaskView.Status).
const (
	TaskUnset uint8 = iota
	TaskActive
	TaskRevealing
	TaskCompleted
	TaskFailed
)

// On-chain contribution statuses.
const (
	ContributionUnset uint8 = iota
	ContributionContributed
	ContributionProved
)

// Account is an escrow account: nRLC available and frozen, and the worker score.
type Account struct {
	Balance *big.Int
	Frozen  *big.Int
	Score   uint64
}

// Task reads a task's state.
func (e *Env) Task(ctx context.Context, taskid common.Hash) (bindings.TaskView, error) {
	out, err := Call(ctx, e.Client, e.Hub, hubABI.PackViewTask(taskid))
	if err != nil {
		return bindings.TaskView{}, err
	}
	return hubABI.UnpackViewTask(out)
}

// DealView reads the stored part of a deal (the full DealInfo is in its SchedulerNotice).
func (e *Env) DealView(ctx context.Context, dealid common.Hash) (bindings.DealView, error) {
	out, err := Call(ctx, e.Client, e.Hub, hubABI.PackViewDeal(dealid))
	if err != nil {
		return bindings.DealView{}, err
	}
	return hubABI.UnpackViewDeal(out)
}

// Deal reads a deal's SchedulerNotice event.
func (e *Env) Deal(ctx context.Context, dealid common.Hash) (*Deal, error) {
	logs, err := e.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(e.StartBlock), Addresses: []common.Address{e.Hub},
		Topics: [][]common.Hash{{hubABI.GetABI().Events["SchedulerNotice"].ID}, nil, {dealid}},
	})
	if err != nil {
		return nil, err
	}
	for i := range logs {
		if ev, err := hubABI.UnpackSchedulerNoticeEvent(&logs[i]); err == nil {
			return dealFromNotice(ev), nil
		}
	}
	return nil, &RevertError{Label: "deal", Name: "UnknownDeal", Args: []any{dealid}}
}

// Account reads an escrow account (balance, frozen, score).
func (e *Env) Account(ctx context.Context, addr common.Address) (Account, error) {
	out, err := Call(ctx, e.Client, e.Hub, hubABI.PackViewAccount(addr))
	if err != nil {
		return Account{}, err
	}
	v, err := hubABI.UnpackViewAccount(out)
	if err != nil {
		return Account{}, err
	}
	return Account{Balance: v.Balance, Frozen: v.Frozen, Score: v.Score.Uint64()}, nil
}

// Kitty reads the kitty account (its frozen amount is the kitty).
func (e *Env) Kitty(ctx context.Context) (Account, error) {
	out, err := Call(ctx, e.Client, e.Hub, hubABI.PackKITTY())
	if err != nil {
		return Account{}, err
	}
	k, err := hubABI.UnpackKITTY(out)
	if err != nil {
		return Account{}, err
	}
	return e.Account(ctx, k)
}

// WorkerScore reads a worker's score.
func (e *Env) WorkerScore(ctx context.Context, worker common.Address) (uint64, error) {
	a, err := e.Account(ctx, worker)
	return a.Score, err
}

// Contribution reads a worker's contribution to a task: status, reward weight
// ⌊log2 w⌋ and the reopen epoch it was made in.
func (e *Env) Contribution(ctx context.Context, taskid common.Hash, worker common.Address) (status uint8, rewardWeight, epoch uint64, err error) {
	out, err := Call(ctx, e.Client, e.Hub, hubABI.PackViewContribution(taskid, worker))
	if err != nil {
		return 0, 0, 0, err
	}
	v, err := hubABI.UnpackViewContribution(out)
	if err != nil {
		return 0, 0, 0, err
	}
	return v.Status, v.RewardWeight.Uint64(), v.Epoch.Uint64(), nil
}

// TokenBalance reads an address's RLC wallet balance (outside the escrow).
func (e *Env) TokenBalance(ctx context.Context, addr common.Address) (*big.Int, error) {
	out, err := Call(ctx, e.Client, e.Token, rlcABI.PackBalanceOf(addr))
	if err != nil {
		return nil, err
	}
	return rlcABI.UnpackBalanceOf(out)
}

// Contributors lists a task's contributors from its TaskContribute events,
// sorted ascending as finalize and claim require.
func (e *Env) Contributors(ctx context.Context, taskid common.Hash) ([]common.Address, error) {
	logs, err := e.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(e.taskFromBlock(taskid)), Addresses: []common.Address{e.Hub},
		Topics: [][]common.Hash{{hubABI.GetABI().Events["TaskContribute"].ID}, {taskid}},
	})
	if err != nil {
		return nil, err
	}
	seen := map[common.Address]bool{}
	out := []common.Address{}
	for _, l := range logs {
		if l.Removed || len(l.Topics) < 3 {
			continue
		}
		w := common.BytesToAddress(l.Topics[2].Bytes())
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i][:], out[j][:]) < 0 })
	return out, nil
}

// ContributionWeight reads the consensus weight the chain gave a mined
// contribution from its TaskContribute event.
func ContributionWeight(res *TxResult, taskid common.Hash) (uint64, error) {
	if res == nil || res.Receipt == nil {
		return 0, errors.New("contribute: no receipt")
	}
	for _, l := range res.Receipt.Logs {
		ev, err := hubABI.UnpackTaskContributeEvent(l)
		if err == nil && ev.Taskid == taskid {
			return ev.Weight.Uint64(), nil
		}
	}
	return 0, errors.New("contribute: no TaskContribute event in the receipt")
}
