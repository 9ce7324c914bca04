package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/pocogrid/pocogrid/apps"
	"github.com/pocogrid/pocogrid/demo"
	"github.com/pocogrid/pocogrid/poco"
)

func newDemoCmd() *cobra.Command {
	var (
		o         demo.Options
		category  string
		asJSON    bool
		quiet     bool
		chainSpec string
	)
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run a whole pool in one process on embedded defaults",
		Long: "Starts a scheduler and workers in this process, submits a bag of tasks of a built-in\n" +
			"WebAssembly app and certifies every result with PoCo (replication weighted by reputation,\n" +
			"then commit-reveal). Built-in apps: " + strings.Join(apps.Names(), ", ") + ".",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cat, err := poco.ParseCategory(category)
			if err != nil {
				return err
			}
			o.Category = cat
			o.Logger = logger()
			if err := setChain(&o, chainSpec); err != nil {
				return err
			}
			if !quiet {
				o.Progress = os.Stderr
			}
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
			defer stop()
			s, err := demo.Run(ctx, o)
			if s == nil {
				return err
			}
			if asJSON {
				if perr := printJSON(s); perr != nil {
					return perr
				}
			} else {
				printSummary(s)
			}
			return err
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.Workers, "workers", 8, "worker actors")
	f.IntVar(&o.Tasks, "tasks", 40, "tasks in the bag")
	f.Uint64Var(&o.Trust, "trust", 10, "PoCo trust level (credibility threshold 1-1/trust)")
	f.StringVar(&o.App, "app", "primes", "built-in app: "+strings.Join(apps.Names(), ", "))
	f.Float64Var(&o.Saboteurs, "saboteurs", 0, "fraction of colluding workers returning the same wrong result")
	f.StringVar(&category, "category", "XS", "task category: XS, S, M, L, XL (sets the deadlines)")
	f.StringVar(&o.Requirements, "requirements", "", "CEL requirement over the node descriptor, e.g. 'cores >= 1'")
	f.IntVar(&o.Slots, "slots", 1, "replicas each worker runs at once")
	f.DurationVar(&o.Timeout, "timeout", 10*time.Minute, "give up after this long")
	f.StringVar(&chainSpec, "chain", "sim", "sim (in-process Ethereum, the default), none (off chain), or a ws:// or http:// JSON-RPC node")
	f.StringVar(&o.FakeGPUs, "fake-gpus", "", "give GPU workers a fake GPU fleet, e.g. dgxh100 or 2xA30 (mixed CPU/GPU workload)")
	f.IntVar(&o.GPUWorkers, "gpu-workers", 0, "workers that are GPU rigs (default 2 with --fake-gpus)")
	f.IntVar(&o.GPUTasks, "gpu-tasks", 0, "tasks that each need one GPU (default half the tasks with --fake-gpus)")
	f.BoolVar(&asJSON, "json", false, "print a JSON summary")
	f.BoolVar(&quiet, "quiet", false, "no progress line")
	return cmd
}

func printSummary(s *demo.Summary) {
	fmt.Printf("%d tasks of %q on %d workers (%d saboteurs), trust %d\n", s.Tasks, s.App, s.Workers, s.Saboteurs, s.Trust)
	fmt.Printf("  certified %d, failed %d, wrong results accepted %d\n", s.Completed, s.Failed, s.WrongAccepted)
	fmt.Printf("  %d replicas (%.2f per task, %d failed), %.1f s, %.1f certified tasks/s\n",
		s.Replicas, s.ReplicasPer, s.ReplicasFailed, s.ElapsedSeconds, s.TasksPerSecond)
	if s.GPUTasks > 0 {
		fmt.Printf("  GPU: %d GPU tasks on %d GPU workers, %d GPUs used, %d misplaced, %d pinning conflicts\n",
			s.GPUTasks, s.GPUWorkers, s.GPUsUsed, s.GPUTasksMisplaced, s.GPUPinningConflicts)
	}
	for reason, n := range s.Failures {
		fmt.Printf("  failed x%d: %s\n", n, reason)
	}
	if s.Chain != "none" {
		fmt.Printf("  chain %s (id %d), hub %s: %d finalized on chain, %.0f gas per task, %d claimed\n",
			s.Chain, s.ChainID, s.Contract, s.FinalizedOnchain, s.GasPerTask, s.Claimed)
		if p := s.Payments; p != nil {
			fmt.Printf("  payments match PoCo's settlement: %v (requester paid %s, workers got %s, scheduler got %s nRLC)\n",
				p.Match, p.RequesterPaid, p.WorkersReceived, p.SchedulerReceived)
		}
	}
	if len(s.Results) > 0 {
		fmt.Println("  certified results (first few):")
		for _, r := range s.Results {
			line := fmt.Sprintf("    task %s…  digest %s…  weight %s/%s", r.TaskID[:12], r.Digest[:16], r.GroupWeight, r.TotalWeight)
			if r.Output != "" {
				line += "  " + r.Output
			}
			fmt.Println(line)
		}
	}
}

// setChain selects where certified tasks are finalized.
func setChain(o *demo.Options, spec string) error {
	switch {
	case spec == "none", spec == "sim", strings.HasPrefix(spec, "ws://"), strings.HasPrefix(spec, "wss://"),
		strings.HasPrefix(spec, "http://"), strings.HasPrefix(spec, "https://"):
		o.Chain = spec
		return nil
	}
	return fmt.Errorf("--chain %q: want none, sim, ws://host:port or http://host:port", spec)
}
