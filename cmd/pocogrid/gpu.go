package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/pocogrid/pocogrid/gpu"
)

func init() { extraCommands = append(extraCommands, newGPUCmd) }

// gpuListing is the --json output of `pocogrid gpu`.
type gpuListing struct {
	GPUs   []gpu.Info `json:"gpus"`
	Reason string     `json:"reason,omitempty"` // why gpus is empty
}

func newGPUCmd() *cobra.Command {
	var (
		asJSON   bool
		fakeSpec string
	)
	cmd := &cobra.Command{
		Use:   "gpu",
		Short: "List the local GPUs and their health",
		Long: "Lists the GPUs NVML sees on this machine: memory, load, temperature, power, compute\n" +
			"capability, MIG devices and health. Without an NVIDIA driver it lists none and says why.\n" +
			"--fake-gpus shows a simulated fleet instead (dgxa100, dgxh100, dgxh200, dgxb200, NxMODEL\n" +
			"such as 2xA30 or 4xH100, ':mig' to split into MIG devices; see gpu.ParseFakeSpec).",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			listing, err := probeGPUs(fakeSpec)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(listing)
			}
			return printGPUs(cmd.OutOrStdout(), listing)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON: {\"gpus\": [...], \"reason\": \"...\"}")
	cmd.Flags().StringVar(&fakeSpec, "fake-gpus", "", "list a simulated fleet, e.g. dgxh100, 2xA30, 4xH100:mig")
	return cmd
}

func probeGPUs(fakeSpec string) (gpuListing, error) {
	var (
		p      gpu.Prober
		reason string
	)
	if fakeSpec != "" {
		f, err := gpu.NewFakeProber(fakeSpec)
		if err != nil {
			return gpuListing{}, err
		}
		p = f
	} else {
		p, reason = gpu.NewNVMLProber(logger())
	}
	defer p.Close()
	infos, err := p.Probe()
	if err != nil {
		return gpuListing{}, err
	}
	if infos == nil {
		infos = []gpu.Info{}
	}
	if len(infos) == 0 && reason == "" {
		reason = "no GPUs found"
	}
	if len(infos) > 0 {
		reason = ""
	}
	return gpuListing{GPUs: infos, Reason: reason}, nil
}

func printGPUs(w io.Writer, l gpuListing) error {
	if len(l.GPUs) == 0 {
		_, err := fmt.Fprintf(w, "No GPUs: %s\n", l.Reason)
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "IDX\tUUID\tNAME\tMEMORY USED\tUTIL\tTEMP\tPOWER\tCC\tMIG\tHEALTH")
	var total uint64
	healthy := 0
	for _, in := range l.GPUs {
		total += in.MemoryTotal
		if in.Healthy {
			healthy++
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
			in.Index, in.UUID, in.Name, gpuMemoryUsed(in.MemoryUsed, in.MemoryTotal),
			gpuOptional(in.UtilizationGPU, "%d%%"), gpuOptional(in.TemperatureC, "%d°C"), gpuPower(in.PowerMW),
			gpuOrDash(in.ComputeCapability), gpuMigMode(in), gpuHealth(in.Healthy, in.UnhealthyReason))
		for _, m := range in.MIGInstances {
			fmt.Fprintf(tw, "\t└ %s\tMIG %s\t%s\t\t\t\t\t\t%s\n", m.UUID, gpuOrDash(m.Profile),
				gpuMemoryUsed(m.MemoryUsed, m.MemoryTotal), gpuHealth(m.Healthy, m.UnhealthyReason))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d GPU%s, %d healthy, %s in total\n",
		len(l.GPUs), gpuPlural(len(l.GPUs)), healthy, gpu.FormatGiB(total))
	return err
}

func gpuMemoryUsed(used, total uint64) string {
	return strings.TrimSuffix(gpu.FormatGiB(used), " GiB") + " / " + gpu.FormatGiB(total)
}

func gpuOptional(v *uint32, format string) string {
	if v == nil {
		return "-"
	}
	return fmt.Sprintf(format, *v)
}

func gpuPower(mw *uint32) string {
	if mw == nil {
		return "-"
	}
	return fmt.Sprintf("%.0f W", float64(*mw)/1000)
}

func gpuMigMode(in gpu.Info) string {
	if !in.MIGEnabled {
		return "off"
	}
	return fmt.Sprintf("on (%d)", len(in.MIGInstances))
}

func gpuHealth(ok bool, why string) string {
	if ok {
		return "ok"
	}
	return "UNHEALTHY: " + why
}

func gpuOrDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func gpuPlural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
