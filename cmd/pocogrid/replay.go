package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"sort"
	"time"

	"github.com/spf13/cobra"

	"github.com/pocogrid/pocogrid/replay"
	"github.com/pocogrid/pocogrid/trace"
)

func init() { extraCommands = append(extraCommands, newReplayCmd) }

func newReplayCmd() *cobra.Command {
	var (
		o                  replay.Options
		jobsPath, availPth string
		plotDir            string
		asJSON, quiet      bool
		strict             bool
	)
	cmd := &cobra.Command{
		Use:   "replay",
		Short: "Replay a workload trace (SWF/GWF), optionally with node churn (FTA), on an in-process pool",
		Long: "Submits each job of the trace at its submit time (scaled by --speedup) as a bag of one task per\n" +
			"processor, each sleeping the job's runtime/speedup in the sandbox, certified by PoCo. With\n" +
			"--availability, worker i follows node i mod M of the FTA trace: it leaves and comes back (same\n" +
			"key) with the node. Reports waits, bounded slowdowns, makespan (trace seconds), throughput,\n" +
			"replication overhead, wasted work and accepted errors; --plot writes PNG plots.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if jobsPath == "" {
				return fmt.Errorf("--jobs FILE is required")
			}
			mode := trace.Lenient
			if strict {
				mode = trace.Strict
			}
			jobs, err := trace.ReadJobsFile(jobsPath, mode)
			if err != nil {
				return err
			}
			o.Jobs, o.Source = jobs.Jobs, jobsPath
			if availPth != "" {
				if o.Availability, err = trace.ReadFTAFile(availPth, mode); err != nil {
					return err
				}
			}
			o.Logger = logger()
			if !quiet {
				o.Progress = os.Stderr
			}
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
			defer stop()
			r, runErr := replay.Run(ctx, o)
			if r == nil {
				return runErr
			}
			r.TraceLinesSkipped = jobs.Skipped
			if o.Availability != nil {
				r.TraceLinesSkipped += o.Availability.Skipped
			}
			if plotDir != "" {
				paths, err := replay.WritePlots(r, plotDir)
				r.Plots = paths
				if err != nil && runErr == nil {
					runErr = err
				}
			}
			if asJSON {
				if err := printJSON(r); err != nil {
					return err
				}
			} else {
				printReplay(r)
			}
			return runErr
		},
	}
	f := cmd.Flags()
	f.StringVar(&jobsPath, "jobs", "", "job trace: SWF or GWF, plain or gzip'd (required)")
	f.StringVar(&availPth, "availability", "", "FTA event_trace.tab driving worker churn")
	f.Float64Var(&o.AvailabilityOffset, "availability-offset", 0, "seconds into the availability trace at which the first job is submitted")
	f.IntVar(&o.Workers, "workers", 64, "worker actors (one trace processor each)")
	f.Float64Var(&o.Speedup, "speedup", replay.DefaultSpeedup, "trace seconds per wall second")
	f.Uint64Var(&o.Trust, "trust", 1, "PoCo trust level (credibility threshold 1-1/trust)")
	f.Float64Var(&o.Saboteurs, "saboteurs", 0, "fraction of colluding workers returning the same wrong result")
	f.StringVar(&o.Chain, "chain", replay.ChainNone, "none (off-chain), or sim: every job a deal on an in-process chain, tasks finalized on it")
	f.StringVar(&o.App, "app", replay.AppSleep, "sleep (duration-faithful) or noop (ignore runtimes)")
	f.StringVar(&o.Category, "category", "auto", "PoCo category XS…XL, or auto (smallest whose T covers the longest task; a custom T beyond XL)")
	f.IntVar(&o.MaxFailedReplicas, "max-failed-replicas", 0, "fail a task after this many failed replicas (default 8)")
	f.DurationVar(&o.LivenessTimeout, "liveness", replay.DefaultLivenessTimeout, "wall time without a heartbeat before a replica fails")
	f.DurationVar(&o.Timeout, "timeout", 0, "give up after this wall time (default 10m + 3× the scaled trace)")
	f.Uint64Var(&o.Seed, "seed", 1, "seed for saboteur placement and runtime rounding")
	f.BoolVar(&strict, "strict", false, "fail on the first malformed trace line (default: skip and count them)")
	f.BoolVar(&asJSON, "json", false, "print the metrics as JSON")
	f.StringVar(&plotDir, "plot", "", "write PNG plots (utilization, completion CDF, waits) into this directory")
	f.BoolVar(&quiet, "quiet", false, "no progress line")
	return cmd
}

func printReplay(r *replay.Report) {
	fmt.Printf("%s: %d jobs (%d tasks) on %d workers (%d saboteurs), trust %d, speedup %g, app %s, category %s\n",
		r.Source, r.Jobs, r.Tasks, r.Workers, r.Saboteurs, r.Trust, r.Speedup, r.App, r.Category)
	fmt.Printf("  jobs: %d completed, %d failed; tasks: %d certified, %d failed\n", r.Completed, r.Failed, r.TasksCompleted, r.TasksFailed)
	reasons := make([]string, 0, len(r.FailureReasons))
	for k := range r.FailureReasons {
		reasons = append(reasons, k)
	}
	sort.Strings(reasons)
	for _, k := range reasons {
		fmt.Printf("    failed x%d: %s\n", r.FailureReasons[k], k)
	}
	fmt.Printf("  makespan %.0f s (%s); wait mean %.1f s, p95 %.1f s; bounded slowdown mean %.2f, p95 %.2f\n",
		r.MakespanS, time.Duration(r.MakespanS*float64(time.Second)).Round(time.Second), r.WaitMeanS, r.WaitP95S,
		r.BoundedSlowdownMean, r.BoundedSlowdownP95)
	fmt.Printf("  throughput %.1f jobs/h, %.1f tasks/h; utilization %.1f%%\n", r.ThroughputJobsPerHour, r.ThroughputTasksPerHour, 100*r.Utilization)
	fmt.Printf("  replicas %d (%d failed), %.2f per certified task; wasted work %.0f replica-s (%.1f%%: churn %.0f, failed %.0f, rejected %.0f)\n",
		r.Replicas, r.ReplicasFailed, r.ReplicationOverhead, r.WastedWorkS, 100*r.WastedFraction, r.WastedChurnS, r.WastedFailedS, r.WastedRejectedS)
	fmt.Printf("  wrong results accepted %d (%.3f%% of certified)\n", r.WrongAccepted, 100*r.WrongAcceptedRate)
	if r.WorkerDepartures+r.WorkerReturns > 0 {
		fmt.Printf("  churn: %d departures, %d returns, %d undeliverable assignments\n", r.WorkerDepartures, r.WorkerReturns, r.UndeliverableAssignments)
	}
	fmt.Printf("  wall %.1f s, %.0f certified tasks/s; submit lag p95 %.0f s; peak heap %.1f MiB, peak RSS %.1f MiB\n",
		r.WallS, r.TasksPerWallS, r.SubmitLagP95S, float64(r.PeakHeapBytes)/(1<<20), float64(r.PeakRSSBytes)/(1<<20))
	for _, p := range r.Plots {
		fmt.Printf("  plot: %s\n", p)
	}
}
