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

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Client is the part of an Ethereum client this package uses. Both
// *ethclient.Client and the simulated backend's client satisfy it.
type Client interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// TxRequest is one contract call to send. Data is ABI-encoded calldata (use
// the Pack* methods of chain/bindings). TaskID/DealID only label the gas.
type TxRequest struct {
	Label  string
	To     common.Address
	Data   []byte
	Value  *big.Int
	TaskID common.Hash
	DealID common.Hash
	Deploy bool // contract creation: To is ignored, Data is the init code
}

// TxResult is the outcome of a TxRequest.
type TxResult struct {
	Label    string
	Hash     common.Hash
	GasUsed  uint64
	Receipt  *types.Receipt
	Attempts int
	Err      error // nil, a *RevertError (permanent), or the last transient error
}

// Transactor sends transactions for one account. *Sender does it directly;
// ActorTransactor routes through a ChainActor.
type Transactor interface {
	From() common.Address
	Send(ctx context.Context, req TxRequest) (*TxResult, error)
}

// SenderConfig tunes a Sender; zero values take the defaults.
type SenderConfig struct {
	Attempts       int           // tries per transaction for transient failures (default 6)
	Backoff        time.Duration // first retry delay, doubled each time (default 100ms)
	ReceiptTimeout time.Duration // how long to wait for a receipt before checking for a lost tx (default 60s)
	GasMarginPct   uint64        // added to the gas estimate (default 100: the contribution that closes consensus costs more than its estimate when others land first in the same block)
}

func (c SenderConfig) withDefaults() SenderConfig {
	if c.Attempts <= 0 {
		c.Attempts = 6
	}
	if c.Backoff <= 0 {
		c.Backoff = 100 * time.Millisecond
	}
	if c.ReceiptTimeout <= 0 {
		c.ReceiptTimeout = 60 * time.Second
	}
	if c.GasMarginPct == 0 {
		c.GasMarginPct = 100
	}
	return c
}

// maxTxGas is Osaka's per-transaction gas cap (EIP-7825).
const maxTxGas = 1 << 24

// Sender signs and sends transactions for one key. It owns that key's nonce
// (one Sender per key per process), estimates gas, waits for receipts,
// decodes reverts and retries transient failures with backoff. It is safe for
// concurrent use; transactions are serialized per Sender.
type Sender struct {
	client  Client
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	log     *slog.Logger
	meter   *GasMeter
	cfg     SenderConfig

	sendMu sync.Mutex // serializes whole transactions (nonce order = request order)
	mu     sync.Mutex
	nonce  uint64
	synced bool
}

// NewSender returns a Sender for key on client. meter and log may be nil.
func NewSender(client Client, chainID *big.Int, key *ecdsa.PrivateKey, meter *GasMeter, log *slog.Logger, cfg SenderConfig) *Sender {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	return &Sender{client: client, key: key, from: from, chainID: chainID, meter: meter,
		log: log.With("from", from.Hex()), cfg: cfg.withDefaults()}
}

// From is the sending address.
func (s *Sender) From() common.Address { return s.from }

// Key is the sending key.
func (s *Sender) Key() *ecdsa.PrivateKey { return s.key }

// ResyncNonce forgets the cached nonce; the next transaction reads it from the node.
func (s *Sender) ResyncNonce() {
	s.mu.Lock()
	s.synced = false
	s.mu.Unlock()
}

type sendState struct {
	replaceNonce *uint64
	feeBump      uint64 // percent added to fees
	hashes       []common.Hash
}

// Send sends req and waits for its receipt. A contract revert returns a
// *RevertError at once; transient failures (RPC errors, nonce races, a lost or
// stuck transaction) are retried up to cfg.Attempts times with backoff, each
// retry logged. The returned TxResult is never nil.
func (s *Sender) Send(ctx context.Context, req TxRequest) (*TxResult, error) {
	s.sendMu.Lock()
	defer s.sendMu.Unlock()
	res := &TxResult{Label: req.Label}
	st := &sendState{}
	delay := s.cfg.Backoff
	for attempt := 1; ; attempt++ {
		res.Attempts = attempt
		rcpt, err := s.once(ctx, req, st)
		if rcpt != nil {
			res.Receipt, res.Hash, res.GasUsed = rcpt, rcpt.TxHash, rcpt.GasUsed
			s.meter.record(req, rcpt.GasUsed)
		}
		var re *RevertError
		if err == nil || errors.As(err, &re) || ctx.Err() != nil || attempt >= s.cfg.Attempts {
			if err != nil && !errors.As(err, &re) && ctx.Err() == nil {
				s.log.Error("chain tx failed, giving up", "op", req.Label, "attempts", attempt, "err", err)
			}
			res.Err = err
			return res, err
		}
		s.log.Warn("chain tx failed, retrying", "op", req.Label, "attempt", attempt, "in", delay, "err", err)
		select {
		case <-ctx.Done():
			res.Err = ctx.Err()
			return res, res.Err
		case <-time.After(delay):
		}
		delay = min(2*delay, 5*time.Second)
	}
}

func isNonceErr(err error) bool {
	m := strings.ToLower(err.Error())
	return strings.Contains(m, "nonce too low") || strings.Contains(m, "nonce too high") ||
		strings.Contains(m, "replacement transaction underpriced") || strings.Contains(m, "already known") ||
		strings.Contains(m, "underpriced")
}

func (s *Sender) once(ctx context.Context, req TxRequest, st *sendState) (*types.Receipt, error) {
	to := req.To
	toPtr := &to
	if req.Deploy {
		toPtr = nil
	}
	msg := ethereum.CallMsg{From: s.from, To: toPtr, Data: req.Data, Value: req.Value}
	est, err := s.client.EstimateGas(ctx, msg)
	if err != nil {
		if re := revertFromError(req.Label, err); re != nil {
			return nil, re
		}
		return nil, fmt.Errorf("%s: estimate gas: %w", req.Label, err)
	}
	gas := min(est+est*s.cfg.GasMarginPct/100, maxTxGas)
	msg.Gas = gas // the replay of a failed transaction uses the same limit
	tip, err := s.client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: gas tip: %w", req.Label, err)
	}
	head, err := s.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: head: %w", req.Label, err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	if st.feeBump > 0 {
		tip = bump(tip, st.feeBump)
		feeCap = bump(feeCap, st.feeBump)
	}

	s.mu.Lock()
	if !s.synced {
		n, err := s.client.PendingNonceAt(ctx, s.from)
		if err != nil {
			s.mu.Unlock()
			return nil, fmt.Errorf("%s: nonce: %w", req.Label, err)
		}
		s.nonce, s.synced = n, true
	}
	nonce := s.nonce
	if st.replaceNonce != nil {
		nonce = *st.replaceNonce
	}
	value := req.Value
	if value == nil {
		value = new(big.Int)
	}
	tx, err := types.SignNewTx(s.key, types.LatestSignerForChainID(s.chainID), &types.DynamicFeeTx{
		ChainID: s.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: toPtr, Value: value, Data: req.Data,
	})
	if err != nil {
		s.mu.Unlock()
		return nil, err
	}
	if err := s.client.SendTransaction(ctx, tx); err != nil {
		s.synced = false
		s.mu.Unlock()
		if isNonceErr(err) {
			if st.replaceNonce != nil {
				// the replaced transaction may have been mined meanwhile
				if r := s.anyReceipt(ctx, st.hashes); r != nil {
					return s.finish(ctx, req, msg, r)
				}
			}
			st.feeBump += 20
			st.replaceNonce = nil
			s.log.Warn("nonce conflict, resyncing from the node", "op", req.Label, "nonce", nonce, "err", err)
		}
		return nil, fmt.Errorf("%s: send: %w", req.Label, err)
	}
	if st.replaceNonce == nil {
		s.nonce++
	}
	s.mu.Unlock()
	st.hashes = append(st.hashes, tx.Hash())

	rcpt, err := s.waitReceipt(ctx, st.hashes)
	if err != nil {
		if ctx.Err() != nil {
			return nil, err
		}
		// No receipt in time: is the transaction still known to the node?
		if _, pending, terr := s.client.TransactionByHash(ctx, tx.Hash()); terr == nil && pending {
			n := nonce
			st.replaceNonce = &n
			st.feeBump += 25
			s.log.Warn("tx stuck in the pool, replacing it with higher fees", "op", req.Label, "tx", tx.Hash(), "nonce", nonce)
		} else {
			s.ResyncNonce()
			st.replaceNonce = nil
			s.log.Warn("tx lost by the node, sending it again", "op", req.Label, "tx", tx.Hash(), "nonce", nonce)
		}
		return nil, fmt.Errorf("%s: %w", req.Label, err)
	}
	return s.finish(ctx, req, msg, rcpt)
}

func (s *Sender) finish(ctx context.Context, req TxRequest, msg ethereum.CallMsg, rcpt *types.Receipt) (*types.Receipt, error) {
	if rcpt.Status == types.ReceiptStatusSuccessful {
		return rcpt, nil
	}
	// Replay on the parent state to learn the reason.
	re := &RevertError{Label: req.Label}
	parent := new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1))
	if _, err := s.client.CallContract(ctx, msg, parent); err != nil {
		if r := revertFromError(req.Label, err); r != nil {
			re = r
		}
	}
	re.GasUsed, re.TxHash = rcpt.GasUsed, rcpt.TxHash
	if re.Name == "" && msg.Gas > 0 && rcpt.GasUsed >= msg.Gas {
		// Replaying on the parent state succeeded or said nothing, and the
		// transaction used its whole limit: it ran out of gas (the state it
		// met in its block cost more than the estimate).
		re.Name = "OutOfGas"
		re.Args = []any{msg.Gas}
	}
	return rcpt, re
}

func bump(v *big.Int, pct uint64) *big.Int {
	out := new(big.Int).Mul(v, big.NewInt(int64(100+pct)))
	return out.Div(out, big.NewInt(100))
}

func (s *Sender) anyReceipt(ctx context.Context, hashes []common.Hash) *types.Receipt {
	for _, h := range hashes {
		if r, err := s.client.TransactionReceipt(ctx, h); err == nil && r != nil {
			return r
		}
	}
	return nil
}

var errReceiptTimeout = errors.New("no receipt before the timeout")

// waitReceipt polls for the receipt of any of hashes (a replaced transaction
// may be the one mined), quickly at first.
func (s *Sender) waitReceipt(ctx context.Context, hashes []common.Hash) (*types.Receipt, error) {
	deadline := time.Now().Add(s.cfg.ReceiptTimeout)
	interval := 2 * time.Millisecond
	for {
		if r := s.anyReceipt(ctx, hashes); r != nil {
			return r, nil
		}
		if time.Now().After(deadline) {
			return nil, errReceiptTimeout
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(interval):
		}
		interval = min(2*interval, 250*time.Millisecond)
	}
}

// Call runs a read-only call against the latest block.
func Call(ctx context.Context, c Client, to common.Address, data []byte) ([]byte, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		if re := revertFromError("call", err); re != nil {
			return nil, re
		}
		return nil, err
	}
	return out, nil
}
