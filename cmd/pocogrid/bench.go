package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"github.com/spf13/cobra"

	"github.com/pocogrid/pocogrid/benchmarks"
)

func init() { extraCommands = append(extraCommands, newBenchCmd) }

// benchSubcommands are added to `pocogrid bench` by other files (init).
var benchSubcommands []func() *cobra.Command

func newBenchCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "bench", Short: "Benchmarks, each against a baseline measured in the same run"}
	var o benchmarks.CoreOptions
	var asJSON bool
	core := &cobra.Command{
		Use:   "core",
		Short: "In-process certified tasks/s vs the actor and crypto floors; heap per idle worker",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
			defer stop()
			r, err := benchmarks.RunCore(ctx, o)
			if err != nil {
				return err
			}
			if asJSON {
				return printJSON(r)
			}
			fmt.Printf("machine: %s\n", r.Machine)
			fmt.Printf("floors:    protoactor %.0f msgs/s; crypto %.1f µs per replica (1 core), %.0f replicas/s (all cores)\n",
				r.ActorMsgsPerSec, r.CryptoPerReplicaMicros, r.CryptoFloorPerSec)
			fmt.Printf("trust 1:   %.0f certified tasks/s = %.0f%% of the crypto floor\n", r.Trust1PerSec, 100*r.Trust1VsCrypto)
			fmt.Printf("trust 100: %.0f certified tasks/s, %.2f replicas/task = %.0f%% of the crypto floor in replicas\n",
				r.Trust100PerSec, r.Trust100Reps, 100*r.Trust100VsCrypto)
			fmt.Printf("idle:      %d workers, %.0f B heap per idle worker (%.1f KiB)\n", r.IdleWorkers, r.HeapPerIdleWorkerB, r.HeapPerIdleWorkerB/1024)
			return nil
		},
	}
	core.Flags().IntVar(&o.Tasks, "tasks", 5000, "tasks per trust-1 measurement (trust 100 uses a fifth)")
	core.Flags().IntVar(&o.Workers, "workers", 16, "workers")
	core.Flags().IntVar(&o.IdleWorkers, "idle-workers", 10000, "workers for the idle-heap measurement")
	core.Flags().IntVar(&o.Rounds, "rounds", 3, "rounds; each figure is the median")
	core.Flags().BoolVar(&asJSON, "json", false, "JSON output")
	cmd.AddCommand(core)
	for _, sub := range benchSubcommands {
		cmd.AddCommand(sub())
	}
	return cmd
}
