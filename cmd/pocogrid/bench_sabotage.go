package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/pocogrid/pocogrid/replay"
)

func init() { benchSubcommands = append(benchSubcommands, newBenchSabotageCmd) }

func newBenchSabotageCmd() *cobra.Command {
	var (
		o       replay.SabotageOptions
		asJSON  bool
		quiet   bool
		plotDir string
		trusts  []uint
	)
	cmd := &cobra.Command{
		Use:   "sabotage",
		Short: "Accepted-error rate and replication cost vs saboteur fraction and PoCo trust (Sarmenta's model)",
		Long: "For each trust level and fraction f of colluding saboteurs, a fresh in-process pool certifies\n" +
			"--tasks noop tasks on --workers workers and counts the certified results that are the saboteurs'\n" +
			"wrong result. Prints a table (error rate with its 95% Wilson interval, PoCo's bound 1/trust =\n" +
			"1 − credibility threshold, replicas per certified task); --plot writes sabotage.png.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.Trusts = o.Trusts[:0]
			for _, t := range trusts {
				o.Trusts = append(o.Trusts, uint64(t))
			}
			o.Logger = logger()
			if !quiet {
				o.Progress = os.Stderr
			}
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
			defer stop()
			r, runErr := replay.Sabotage(ctx, o)
			if r == nil {
				return runErr
			}
			if plotDir != "" && len(r.Cells) > 0 {
				if err := os.MkdirAll(plotDir, 0o755); err != nil {
					return err
				}
				path := filepath.Join(plotDir, "sabotage.png")
				if err := replay.WriteSabotagePlot(r, path); err != nil {
					return err
				}
				if !asJSON {
					fmt.Printf("plot: %s\n", path)
				}
			}
			if asJSON {
				if err := printJSON(r); err != nil {
					return err
				}
				return runErr
			}
			fmt.Printf("sabotage: %d tasks per cell on %d workers (app %s), %.0f s\n\n", r.TasksPerCell, r.Workers, r.App, r.WallS)
			fmt.Print(r.Table())
			return runErr
		},
	}
	f := cmd.Flags()
	f.Float64SliceVar(&o.Fractions, "fractions", replay.DefaultFractions, "saboteur fractions f")
	f.UintSliceVar(&trusts, "trusts", []uint{1, 10, 100, 10000}, "PoCo trust levels")
	f.IntVar(&o.Tasks, "tasks", 2000, "tasks per cell")
	f.IntVar(&o.Workers, "workers", 100, "workers per cell (fresh identities in each cell)")
	f.Uint64Var(&o.Seed, "seed", 1, "seed for saboteur placement")
	f.BoolVar(&asJSON, "json", false, "print JSON")
	f.StringVar(&plotDir, "plot", "", "write sabotage.png into this directory")
	f.BoolVar(&quiet, "quiet", false, "no progress lines")
	return cmd
}
