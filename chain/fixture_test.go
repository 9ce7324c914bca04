package chain

import (
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocogrid/pocogrid/chain/bindings"
)

// rlc returns n RLC in nRLC.
func rlc(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), RLCUnit) }

type party struct {
	key *ecdsa.PrivateKey
	*Party
}

type fixture struct {
	t         *testing.T
	ctx       context.Context
	env       *Env
	requester party
	appOwner  party
	dsOwner   party
	scheduler party
	stranger  party
	workers   []party
	app       common.Address
	dataset   common.Address
	pool      common.Address
	salt      int64
}

func newKey(t testing.TB) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// newFixture opens a sim chain with funded parties, an app, a dataset and a workerpool.
func newFixture(t *testing.T, nWorkers int) *fixture {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	keys := make([]*ecdsa.PrivateKey, 5+nWorkers)
	addrs := make([]common.Address, len(keys))
	for i := range keys {
		keys[i] = newKey(t)
		addrs[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
	}
	env, err := Open(ctx, "sim", Options{Accounts: addrs, FundRLC: rlc(1000), Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.Close() })
	f := &fixture{t: t, ctx: ctx, env: env}
	mk := func(k *ecdsa.PrivateKey) party { return party{k, env.Party(k)} }
	f.requester, f.appOwner, f.dsOwner, f.scheduler, f.stranger = mk(keys[0]), mk(keys[1]), mk(keys[2]), mk(keys[3]), mk(keys[4])
	for _, k := range keys[5:] {
		f.workers = append(f.workers, mk(k))
	}
	if f.app, err = f.appOwner.CreateApp(ctx, "app", []byte("wasm://app"), common.Hash{1}); err != nil {
		t.Fatal(err)
	}
	if f.dataset, err = f.dsOwner.CreateDataset(ctx, "data", []byte("ipfs://data"), common.Hash{2}); err != nil {
		t.Fatal(err)
	}
	if f.pool, err = f.scheduler.CreateWorkerpool(ctx, "pool"); err != nil {
		t.Fatal(err)
	}
	return f
}

type dealSpec struct {
	trust, volume, category uint64
	appPrice, poolPrice     *big.Int
	datasetPrice            *big.Int // nil: no dataset
}

func (f *fixture) orders(s dealSpec) (bindings.AppOrder, *bindings.DatasetOrder, bindings.WorkerpoolOrder, bindings.RequestOrder) {
	f.t.Helper()
	f.salt++
	salt := common.BigToHash(big.NewInt(f.salt))
	vol := new(big.Int).SetUint64(s.volume)
	app, err := f.appOwner.SignAppOrder(bindings.AppOrder{App: f.app, Appprice: s.appPrice, Volume: big.NewInt(1000), Salt: salt})
	if err != nil {
		f.t.Fatal(err)
	}
	pool, err := f.scheduler.SignWorkerpoolOrder(bindings.WorkerpoolOrder{Workerpool: f.pool, Workerpoolprice: s.poolPrice,
		Volume: big.NewInt(1000), Category: new(big.Int).SetUint64(s.category), Trust: new(big.Int).SetUint64(max(s.trust, 100)), Salt: salt})
	if err != nil {
		f.t.Fatal(err)
	}
	req := bindings.RequestOrder{App: f.app, Appmaxprice: s.appPrice, Datasetmaxprice: new(big.Int), Workerpoolmaxprice: s.poolPrice,
		Volume: vol, Category: new(big.Int).SetUint64(s.category), Trust: new(big.Int).SetUint64(s.trust),
		Beneficiary: f.requester.Address(), Params: "{}", Salt: salt}
	var ds *bindings.DatasetOrder
	if s.datasetPrice != nil {
		o, err := f.dsOwner.SignDatasetOrder(bindings.DatasetOrder{Dataset: f.dataset, Datasetprice: s.datasetPrice, Volume: big.NewInt(1000), Salt: salt})
		if err != nil {
			f.t.Fatal(err)
		}
		ds = &o
		req.Dataset = f.dataset
		req.Datasetmaxprice = s.datasetPrice
	}
	if req, err = f.requester.SignRequestOrder(req); err != nil {
		f.t.Fatal(err)
	}
	return app, ds, pool, req
}

func (f *fixture) deal(s dealSpec) *Deal {
	f.t.Helper()
	app, ds, pool, req := f.orders(s)
	d, err := f.requester.MatchOrders(f.ctx, app, ds, pool, req)
	if err != nil {
		f.t.Fatal(err)
	}
	return d
}

func (f *fixture) must(res *TxResult, err error) *TxResult {
	f.t.Helper()
	if err != nil {
		f.t.Fatal(err)
	}
	return res
}

func (f *fixture) wantRevert(name string, _ *TxResult, err error) {
	f.t.Helper()
	if !IsRevert(err, name) {
		f.t.Fatalf("want revert %s, got %v", name, err)
	}
	f.t.Logf("reverted as expected: %v", err)
}

func (f *fixture) account(a common.Address) Account {
	f.t.Helper()
	acc, err := f.env.Account(f.ctx, a)
	if err != nil {
		f.t.Fatal(err)
	}
	return acc
}

func (f *fixture) task(taskid common.Hash) bindings.TaskView {
	f.t.Helper()
	v, err := f.env.Task(f.ctx, taskid)
	if err != nil {
		f.t.Fatal(err)
	}
	return v
}

// contribute authorizes w and contributes digest.
func (f *fixture) contribute(w party, taskid, digest common.Hash) (*TxResult, error) {
	auth, err := f.scheduler.Authorize(w.Address(), taskid)
	if err != nil {
		f.t.Fatal(err)
	}
	return w.Contribute(f.ctx, taskid, digest, auth)
}

// advance moves sim time forward.
func (f *fixture) advance(d time.Duration) {
	f.t.Helper()
	if err := f.env.AdjustTime(d); err != nil {
		f.t.Fatal(err)
	}
}

func total(accs ...Account) *big.Int {
	s := new(big.Int)
	for _, a := range accs {
		s.Add(s, a.Balance).Add(s, a.Frozen)
	}
	return s
}

// testLogger logs through t.Log when POCOGRID_CHAIN_LOG is set.
func testLogger(t testing.TB) *slog.Logger {
	if os.Getenv("POCOGRID_CHAIN_LOG") == "" {
		return nil
	}
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type tWriter struct{ t testing.TB }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}
