package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/pocogrid/pocogrid/api"
)

func init() { extraCommands = append(extraCommands, newNodesCmd) }

func newNodesCmd() *cobra.Command {
	var f clientFlags
	cmd := &cobra.Command{
		Use:   "nodes",
		Short: "List the cluster's live members and what they advertise",
		Long: "Asks a scheduler node's API for the live cluster members and their descriptors\n" +
			"(roles, cores, memory, slots, GPUs). --json prints {\"nodes\": [...]}, one entry per member.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := f.client()
			if err != nil {
				return err
			}
			ctx, stop := cliContext(cmd.Context())
			defer stop()
			var out api.Nodes
			if err := c.getJSON(ctx, "/v1/nodes", &out); err != nil {
				return err
			}
			if out.Nodes == nil {
				out.Nodes = []api.Node{}
			}
			if f.asJSON {
				return printJSON(out)
			}
			printNodes(out.Nodes)
			return nil
		},
	}
	f.register(cmd)
	return cmd
}

func printNodes(nodes []api.Node) {
	if len(nodes) == 0 {
		fmt.Println("no live members")
		return
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tSTATE\tROLES\tHOST\tOS/ARCH\tCORES\tMEMORY\tSLOTS\tGPUS\tADDRESS")
	for _, n := range nodes {
		gpus := "-"
		if g := n.GPU; g != nil && g.Count > 0 {
			gpus = fmt.Sprintf("%d (%d free)", g.Count, g.Free)
			if len(g.Models) > 0 {
				gpus += " " + strings.Join(g.Models, ",")
			}
		}
		osArch := "-"
		if n.OS != "" {
			osArch = n.OS + "/" + n.Arch
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%d\t%s\t%d\t%s\t%s\n", n.Name, n.State, cliOrDash(strings.Join(n.Roles, ",")),
			cliOrDash(n.Hostname), osArch, n.Cores, cliGiB(n.MemoryBytes), n.Slots, gpus, cliOrDash(n.Addr))
	}
	w.Flush()
	fmt.Printf("%d live member%s\n", len(nodes), map[bool]string{true: "", false: "s"}[len(nodes) == 1])
}

func cliOrDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func cliGiB(b uint64) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f GiB", float64(b)/(1<<30))
}
