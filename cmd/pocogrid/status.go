package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/pocogrid/pocogrid/api"
)

func init() { extraCommands = append(extraCommands, newStatusCmd) }

func newStatusCmd() *cobra.Command {
	var (
		f         clientFlags
		withTasks bool
	)
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show the pool's task states (and, with --tasks, every task)",
		Long: "Asks a scheduler node's API for the pool state. --json prints at least \"counts\", an\n" +
			"object from task state (pending, running, revealing, finalizing, completed, failed) to\n" +
			"number of tasks; certified tasks count as completed.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := f.client()
			if err != nil {
				return err
			}
			ctx, stop := cliContext(cmd.Context())
			defer stop()
			path := "/v1/status"
			if withTasks {
				path += "?tasks=1"
			}
			var st api.Status
			if err := c.getJSON(ctx, path, &st); err != nil {
				return err
			}
			if st.Counts == nil {
				st.Counts = map[string]uint32{}
			}
			if f.asJSON {
				return printJSON(st)
			}
			printPoolStatus(st, withTasks)
			return nil
		},
	}
	cmd.Flags().BoolVar(&withTasks, "tasks", false, "list every task")
	f.register(cmd)
	return cmd
}

func printPoolStatus(st api.Status, withTasks bool) {
	fmt.Printf("pool: %d tasks, %d workers, %d queued, %d replicas running\n", st.Total, st.Workers, st.Queued, st.Replicas)
	var parts []string
	for _, s := range api.States {
		name := s
		if s == "completed" {
			name = "certified"
		}
		parts = append(parts, fmt.Sprintf("%s %d", name, st.Counts[s]))
	}
	fmt.Println("  " + strings.Join(parts, ", "))
	if !withTasks || len(st.Tasks) == 0 {
		return
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "TASK\tSTATE\tAPP\tTRUST\tREPLICAS\tWEIGHT\tDIGEST / REASON")
	for _, t := range st.Tasks {
		weight := "-"
		if t.GroupWeight != "" {
			weight = t.GroupWeight + "/" + t.TotalWeight
		}
		detail := t.Reason
		if t.ResultDigest != "" {
			detail = t.ResultDigest
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%d\t%s\t%s\n", t.TaskID, t.State, t.AppName, t.Trust, t.Replicas, weight, cliOrDash(detail))
	}
	w.Flush()
}
