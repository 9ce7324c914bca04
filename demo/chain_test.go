package demo

import (
	"context"
	"os"
	"testing"
	"time"
)

func checkPayments(t *testing.T, s *Summary, wantFinalized int) {
	t.Helper()
	if s.FinalizedOnchain != wantFinalized || s.GasPerTask <= 0 || s.Contract == "" || s.ChainID != 1337 {
		t.Fatalf("chain summary: %+v", s)
	}
	p := s.Payments
	if p == nil || !p.Match {
		t.Fatalf("on-chain payments differ from PoCo's settlement: %+v", p)
	}
	if p.RequesterPaid != p.RequesterExpected || p.WorkersReceived != p.WorkersExpected || p.SchedulerReceived != p.SchedulerExpected {
		t.Fatalf("payments: %+v", p)
	}
}

func TestDemoOnSimulatedChain(t *testing.T) {
	s, err := Run(context.Background(), Options{Workers: 6, Tasks: 6, Trust: 10, App: "noop", Chain: "sim", Timeout: 2 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	if s.Completed != 6 {
		t.Fatalf("%+v", s)
	}
	checkPayments(t, s, 6)
	// 6 tasks × (pool 1e9 + app 1e6) nRLC.
	if s.Payments.RequesterPaid != "6006000000" {
		t.Fatalf("requester paid %s", s.Payments.RequesterPaid)
	}
}

func TestDemoFailedTasksAreClaimedAndRefunded(t *testing.T) {
	// No worker has 64 cores: every task fails at submit, and the
	// scheduler claims them after the final deadline (the simulated chain's
	// clock is moved there), refunding the requester in full.
	s, err := Run(context.Background(), Options{Workers: 2, Tasks: 3, Trust: 1, App: "noop", Chain: "sim", Requirements: "cores >= 64", Timeout: 2 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	if s.Failed != 3 || s.Claimed != 3 || s.ClaimsPending != 0 {
		t.Fatalf("failed %d, claimed %d, pending %d", s.Failed, s.Claimed, s.ClaimsPending)
	}
	checkPayments(t, s, 0)
	if s.Payments.RequesterPaid != "0" {
		t.Fatalf("requester paid %s for tasks that failed", s.Payments.RequesterPaid)
	}
}

// TestDemoOnGeth runs the whole demo against a real geth --dev started by
// `make test` (scripts/geth-dev.sh); it fails under CI when there is none.
func TestDemoOnGeth(t *testing.T) {
	ws := os.Getenv("POCOGRID_GETH_WS")
	if ws == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("POCOGRID_GETH_WS is unset: CI must run the geth integration test (make test starts geth)")
		}
		t.Skip("no geth --dev: run through `make test`, which starts one")
	}
	s, err := Run(context.Background(), Options{Workers: 10, Tasks: 5, Trust: 10, App: "primes", Saboteurs: 0.2, Chain: ws, Timeout: 5 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	if s.Completed != 5 || s.WrongAccepted != 0 {
		t.Fatalf("%+v", s)
	}
	checkPayments(t, s, 5)
	if s.Payments.RequesterPaid != "5005000000" {
		t.Fatalf("requester paid %s, want exactly 5 × (1e9 + 1e6)", s.Payments.RequesterPaid)
	}
}
