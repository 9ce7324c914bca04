// Command gas measures the gas of pocogrid's PoCo lifecycle on a JSON-RPC
// node (geth --dev), in the same scenarios as the iExec harness
// (shared/tools/iexec-gas), and writes the side-by-side report.
//
//	go run ./benchmarks/gas measure -rpc ws://127.0.0.1:8546 -profile dev -out dev.json
//	go run ./benchmarks/gas report -ours dev.json,osaka.json -iexec result.json -out RESULTS.md
//
// benchmarks/gas/run.sh does both for the dev and osaka profiles and runs the
// iExec harness in the same run.
package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocogrid/pocogrid/chain"
	"github.com/pocogrid/pocogrid/chain/bindings"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: gas measure|report [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "measure":
		err = measureCmd(os.Args[2:])
	case "report":
		err = reportCmd(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gas:", err)
		os.Exit(1)
	}
}

// Summary mirrors the iExec harness's compact summary (per trust, per volume).
type Summary struct {
	MatchOrders        uint64 `json:"matchOrders"`
	MatchOrdersPerTask uint64 `json:"matchOrders_per_task"`
	Initialize         uint64 `json:"initialize"`
	ContributeAvg      uint64 `json:"contribute_avg"`
	ContributeMin      uint64 `json:"contribute_min"`
	ContributeMax      uint64 `json:"contribute_max"`
	RevealAvg          uint64 `json:"reveal_avg"`
	Finalize           uint64 `json:"finalize"`
	PerTaskTotal       uint64 `json:"per_task_total"`
	Transactions       int    `json:"transactions"`
}

// Result is one profile's measurement.
type Result struct {
	Profile  string                        `json:"profile"`
	RPC      string                        `json:"rpc"`
	Date     string                        `json:"date"`
	Summary  map[string]map[string]Summary `json:"summary"` // trustN → volN → figures
	Workers  map[string]int                `json:"workers"`
	Claim    map[string]uint64             `json:"claim"`
	Reopen   uint64                        `json:"reopen"`
	Setup    map[string]uint64             `json:"setup"`
	TotalGas uint64                        `json:"lifecycle_gas_all_measured_deals"`
}

type bench struct {
	ctx       context.Context
	env       *chain.Env
	requester *chain.Party
	scheduler *chain.Party
	appOwner  *chain.Party
	app, pool common.Address
	salt      int64
	res       *Result
}

const (
	appPrice  = 1000          // nRLC, as in iExec's tests
	poolPrice = 1_000_000_000 // nRLC
)

func measureCmd(args []string) error {
	fs := flag.NewFlagSet("measure", flag.ExitOnError)
	rpc := fs.String("rpc", "", "JSON-RPC URL of a geth --dev node")
	profile := fs.String("profile", "dev", "profile name for the report (dev|osaka)")
	out := fs.String("out", "", "JSON output file (default stdout)")
	trusts := fs.String("trusts", "1,10,100", "trust levels")
	volumes := fs.String("volumes", "1,10", "deal volumes")
	fs.Parse(args)
	if *rpc == "" {
		return fmt.Errorf("-rpc is required")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	env, err := chain.Open(ctx, *rpc, chain.Options{})
	if err != nil {
		return err
	}
	defer env.Close()
	b := &bench{ctx: ctx, env: env, res: &Result{Profile: *profile, RPC: *rpc, Date: time.Now().UTC().Format(time.RFC3339),
		Summary: map[string]map[string]Summary{}, Workers: map[string]int{}, Claim: map[string]uint64{}, Setup: map[string]uint64{}}}
	if err := b.setup(); err != nil {
		return err
	}
	// warm-up (not counted): creates the app owner's and the scheduler's reward slots
	if _, err := b.deal(1, 1, 0); err != nil {
		return fmt.Errorf("warm-up: %w", err)
	}
	for _, v := range splitUints(*volumes) {
		for _, t := range splitUints(*trusts) {
			s, err := b.deal(t, v, 0)
			if err != nil {
				return fmt.Errorf("trust %d volume %d: %w", t, v, err)
			}
			key := "trust" + strconv.FormatUint(t, 10)
			if b.res.Summary[key] == nil {
				b.res.Summary[key] = map[string]Summary{}
			}
			b.res.Summary[key]["vol"+strconv.FormatUint(v, 10)] = s
			b.res.Workers[key] = workersFor(t)
			b.res.TotalGas += s.PerTaskTotal * v
			fmt.Fprintf(os.Stderr, "[gas %s] trust %d vol %d: %d gas/task\n", *profile, t, v, s.PerTaskTotal)
		}
	}
	if err := b.claims(); err != nil {
		return fmt.Errorf("claims: %w", err)
	}
	enc, _ := json.MarshalIndent(b.res, "", "  ")
	if *out == "" {
		_, err = os.Stdout.Write(append(enc, '\n'))
		return err
	}
	return os.WriteFile(*out, append(enc, '\n'), 0o644)
}

func splitUints(s string) []uint64 {
	var out []uint64
	for _, f := range strings.Split(s, ",") {
		if v, err := strconv.ParseUint(strings.TrimSpace(f), 10, 64); err == nil {
			out = append(out, v)
		}
	}
	return out
}

// workersFor is the number of fresh (weight 2) workers whose agreement reaches
// consensus at trust t: the smallest n with 2ⁿ·t > (2ⁿ+1)·(t−1).
func workersFor(t uint64) int {
	if t <= 1 {
		return 1
	}
	g := uint64(1)
	for n := 1; ; n++ {
		g *= 2
		if g*t > (g+1)*(t-1) {
			return n
		}
	}
}

func (b *bench) newParty(rlcAmount int64) (*chain.Party, *ecdsa.PrivateKey, error) {
	k, err := crypto.GenerateKey()
	if err != nil {
		return nil, nil, err
	}
	p := b.env.Party(k)
	amount := new(big.Int).Mul(big.NewInt(rlcAmount), chain.RLCUnit)
	if err := b.env.Fund(b.ctx, []common.Address{p.Address()}, chain.Ether, amount); err != nil {
		return nil, nil, err
	}
	return p, k, nil
}

func (b *bench) setup() error {
	var err error
	if b.requester, _, err = b.newParty(1_000_000); err != nil {
		return err
	}
	if b.scheduler, _, err = b.newParty(1_000_000); err != nil {
		return err
	}
	if b.appOwner, _, err = b.newParty(1); err != nil {
		return err
	}
	if b.app, err = b.appOwner.CreateApp(b.ctx, "app", []byte("wasm://app"), common.Hash{1}); err != nil {
		return err
	}
	if b.pool, err = b.scheduler.CreateWorkerpool(b.ctx, "pool"); err != nil {
		return err
	}
	for _, op := range []string{"deploy-rlc", "deploy-hub", "createApp", "createWorkerpool", "deposit"} {
		b.res.Setup[op] = b.env.Meter.Op(op).Avg()
	}
	return nil
}

func (b *bench) match(trust, volume, category uint64) (*chain.Deal, error) {
	b.salt++
	salt := common.BigToHash(big.NewInt(b.salt))
	ao, err := b.appOwner.SignAppOrder(bindings.AppOrder{App: b.app, Appprice: big.NewInt(appPrice), Volume: big.NewInt(1_000_000), Salt: salt})
	if err != nil {
		return nil, err
	}
	po, err := b.scheduler.SignWorkerpoolOrder(bindings.WorkerpoolOrder{Workerpool: b.pool, Workerpoolprice: big.NewInt(poolPrice),
		Volume: big.NewInt(1_000_000), Category: new(big.Int).SetUint64(category), Trust: new(big.Int).SetUint64(trust), Salt: salt})
	if err != nil {
		return nil, err
	}
	ro, err := b.requester.SignRequestOrder(bindings.RequestOrder{App: b.app, Appmaxprice: big.NewInt(appPrice), Datasetmaxprice: new(big.Int),
		Workerpoolmaxprice: big.NewInt(poolPrice), Volume: new(big.Int).SetUint64(volume), Category: new(big.Int).SetUint64(category),
		Trust: new(big.Int).SetUint64(trust), Beneficiary: b.requester.Address(), Salt: salt})
	if err != nil {
		return nil, err
	}
	return b.requester.MatchOrders(b.ctx, ao, nil, po, ro)
}

// deal runs a deal of volume tasks at trust with fresh workers (the same
// workers for every task of the deal, one task after the other).
func (b *bench) deal(trust, volume, category uint64) (Summary, error) {
	n := workersFor(trust)
	workers := make([]*chain.Party, n)
	for i := range workers {
		var err error
		if workers[i], _, err = b.newParty(100); err != nil {
			return Summary{}, err
		}
	}
	var s Summary
	d, err := b.match(trust, volume, category)
	if err != nil {
		return s, err
	}
	s.MatchOrders = d.Tx.GasUsed
	s.Transactions = 1
	var initGas, contribGas, revealGas, finalGas uint64
	var contribN, revealN uint64
	s.ContributeMin = ^uint64(0)
	for i, taskid := range d.TaskIDs {
		r, err := b.scheduler.Initialize(b.ctx, d.ID, d.Info.BotFirst.Uint64()+uint64(i))
		if err != nil {
			return s, err
		}
		initGas += r.GasUsed
		digest := crypto.Keccak256Hash([]byte("result"), taskid[:])
		for _, w := range workers {
			auth, err := b.scheduler.Authorize(w.Address(), taskid)
			if err != nil {
				return s, err
			}
			r, err := w.Contribute(b.ctx, taskid, digest, auth)
			if err != nil {
				return s, err
			}
			contribGas += r.GasUsed
			contribN++
			s.ContributeMin = min(s.ContributeMin, r.GasUsed)
			s.ContributeMax = max(s.ContributeMax, r.GasUsed)
		}
		st, err := b.env.Task(b.ctx, taskid)
		if err != nil {
			return s, err
		}
		if st.Status != chain.TaskRevealing || st.Winners.Uint64() != uint64(n) {
			return s, fmt.Errorf("task %s: no consensus at the last contribution: %+v", taskid, st)
		}
		for _, w := range workers {
			r, err := w.Reveal(b.ctx, taskid, digest)
			if err != nil {
				return s, err
			}
			revealGas += r.GasUsed
			revealN++
		}
		r, err = b.scheduler.Finalize(b.ctx, taskid, []byte("ipfs://result"))
		if err != nil {
			return s, err
		}
		finalGas += r.GasUsed
		if st, err = b.env.Task(b.ctx, taskid); err != nil || st.Status != chain.TaskCompleted {
			return s, fmt.Errorf("task %s not completed: %+v %v", taskid, st, err)
		}
		s.Transactions += 2 + 2*n
	}
	for _, w := range workers {
		a, err := b.env.Account(b.ctx, w.Address())
		if err != nil {
			return s, err
		}
		if a.Frozen.Sign() != 0 {
			return s, fmt.Errorf("worker %s still has %s frozen", w.Address(), a.Frozen)
		}
	}
	v := uint64(len(d.TaskIDs))
	s.MatchOrdersPerTask = s.MatchOrders / v
	s.Initialize = initGas / v
	s.ContributeAvg = contribGas / contribN
	s.RevealAvg = revealGas / revealN
	s.Finalize = finalGas / v
	s.PerTaskTotal = (s.MatchOrders + initGas + contribGas + revealGas + finalGas) / v
	return s, nil
}

// claims measures claim on a task with no contribution (trust 1) and with one
// contribution (trust 10), in a 3-second category so that the final deadline
// (10T) is reached with filler blocks; and a reopen.
func (b *bench) claims() error {
	cat, err := b.env.CreateCategory(b.ctx, "GAS-BENCH-CLAIM", 3)
	if err != nil {
		return err
	}
	w, _, err := b.newParty(100)
	if err != nil {
		return err
	}
	d1, err := b.match(1, 1, cat)
	if err != nil {
		return err
	}
	if _, err := b.scheduler.Initialize(b.ctx, d1.ID, 0); err != nil {
		return err
	}
	d10, err := b.match(10, 1, cat)
	if err != nil {
		return err
	}
	t10 := d10.TaskIDs[0]
	if _, err := b.scheduler.Initialize(b.ctx, d10.ID, 0); err != nil {
		return err
	}
	auth, _ := b.scheduler.Authorize(w.Address(), t10)
	if _, err := w.Contribute(b.ctx, t10, common.Hash{1}, auth); err != nil {
		return err
	}
	// reopen: trust 1 consensus, nobody reveals, the reveal deadline passes
	d2, err := b.match(2, 1, cat)
	if err != nil {
		return err
	}
	t2 := d2.TaskIDs[0]
	if _, err := b.scheduler.Initialize(b.ctx, d2.ID, 0); err != nil {
		return err
	}
	auth2, _ := b.scheduler.Authorize(w.Address(), t2)
	if _, err := w.Contribute(b.ctx, t2, common.Hash{2}, auth2); err != nil {
		return err
	}
	st, err := b.env.Task(b.ctx, t2)
	if err != nil {
		return err
	}
	if err := b.env.AdvanceTo(b.ctx, st.RevealDeadline.Uint64()); err != nil {
		return err
	}
	r, err := b.scheduler.Reopen(b.ctx, t2)
	if err != nil {
		return err
	}
	b.res.Reopen = r.GasUsed

	st, err = b.env.Task(b.ctx, t10)
	if err != nil {
		return err
	}
	if err := b.env.AdvanceTo(b.ctx, st.FinalDeadline.Uint64()); err != nil {
		return err
	}
	r, err = b.requester.Claim(b.ctx, d1.TaskIDs[0])
	if err != nil {
		return err
	}
	b.res.Claim["trust1_no_contribution"] = r.GasUsed
	if r, err = b.requester.Claim(b.ctx, t10); err != nil {
		return err
	}
	b.res.Claim["trust10_one_contribution"] = r.GasUsed
	return nil
}
