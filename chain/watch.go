package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// DealEvent is a deal for a workerpool, read from its SchedulerNotice event.
type DealEvent struct {
	Deal
	LogIndex uint
	TxHash   common.Hash
}

// WatchDeals delivers the deals (SchedulerNotice events) of pool, or of every
// pool when pool is the zero address, from block fromBlock on, in chain order,
// until ctx ends. The events channel is closed then; errs receives at most one
// fatal error. Over ws:// and sim a log subscription wakes the scan; over
// http:// it polls every Options.PollInterval. Transient RPC errors are retried.
//
// Resume after a restart by saving each processed event's Block and passing it
// back as fromBlock: the deals of that block are delivered again, so consumers
// deduplicate by DealID (a crash in the middle of a block loses nothing).
func (e *Env) WatchDeals(ctx context.Context, pool common.Address, fromBlock uint64) (<-chan DealEvent, <-chan error) {
	out := make(chan DealEvent, 64)
	errs := make(chan error, 1)
	go func() {
		defer close(out)
		if err := e.watchDeals(ctx, pool, fromBlock, out); err != nil && ctx.Err() == nil {
			errs <- err
		}
	}()
	return out, errs
}

func (e *Env) watchDeals(ctx context.Context, pool common.Address, next uint64, out chan<- DealEvent) error {
	topics := [][]common.Hash{{hubABI.GetABI().Events["SchedulerNotice"].ID}}
	if pool != (common.Address{}) {
		topics = append(topics, []common.Hash{common.BytesToHash(pool[:])})
	}
	query := ethereum.FilterQuery{Addresses: []common.Address{e.Hub}, Topics: topics}

	// Subscription as a wake-up signal; the scan below is the source of truth,
	// so a dropped subscription loses nothing.
	wake := make(chan struct{}, 1)
	var sub ethereum.Subscription
	subscribe := func() {
		if !e.SupportsSubscriptions() {
			return
		}
		logs := make(chan types.Log, 16)
		s, err := e.Client.SubscribeFilterLogs(ctx, query, logs)
		if err != nil {
			e.Log.Warn("deal subscription failed, polling", "err", err)
			return
		}
		sub = s
		go func() {
			for {
				select {
				case <-logs:
					select {
					case wake <- struct{}{}:
					default:
					}
				case <-s.Err():
					return
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	subscribe()
	defer func() {
		if sub != nil {
			sub.Unsubscribe()
		}
	}()

	poll := e.opts.PollInterval
	if sub != nil {
		poll = 5 * poll // safety net only
	}
	backoff := 100 * time.Millisecond
	for {
		head, err := e.Client.BlockNumber(ctx)
		if err == nil && next <= head {
			q := query
			q.FromBlock = new(big.Int).SetUint64(next)
			q.ToBlock = new(big.Int).SetUint64(head)
			var logs []types.Log
			if logs, err = e.Client.FilterLogs(ctx, q); err == nil {
				for i := range logs {
					ev, uerr := hubABI.UnpackSchedulerNoticeEvent(&logs[i])
					if uerr != nil || logs[i].Removed {
						continue
					}
					de := DealEvent{Deal: *dealFromNotice(ev), LogIndex: logs[i].Index, TxHash: logs[i].TxHash}
					e.NoteDeal(&de.Deal)
					select {
					case out <- de:
					case <-ctx.Done():
						return ctx.Err()
					}
				}
				next = head + 1
			}
		}
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			e.Log.Warn("deal watch: RPC error, retrying", "in", backoff, "err", err)
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(backoff):
			}
			backoff = min(2*backoff, 10*time.Second)
			continue
		}
		backoff = 100 * time.Millisecond
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-wake:
		case <-time.After(poll):
		}
	}
}

// FileCursor persists the last processed block in a file (atomically
// replaced), so that a watcher resumes there after a restart.
type FileCursor struct{ Path string }

// Load returns the saved block, or def when nothing was saved yet.
func (c FileCursor) Load(def uint64) (uint64, error) {
	b, err := os.ReadFile(c.Path)
	if errors.Is(err, os.ErrNotExist) {
		return def, nil
	}
	if err != nil {
		return 0, err
	}
	n, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("cursor %s: %w", c.Path, err)
	}
	return n, nil
}

// Save records block as processed.
func (c FileCursor) Save(block uint64) error {
	if err := os.MkdirAll(filepath.Dir(c.Path), 0o755); err != nil {
		return err
	}
	tmp := c.Path + ".tmp"
	if err := os.WriteFile(tmp, []byte(strconv.FormatUint(block, 10)+"\n"), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, c.Path)
}
