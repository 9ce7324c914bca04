// Command pocogrid is the single pocogrid binary: demo, node, client
// commands, GPU listing, trace replay and benchmarks.
package main

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// version is the software version nodes advertise.
const version = "0.1.0"

func main() {
	// The actors allocate many short-lived messages; trading some memory
	// for less GC work is worth ~5% throughput. GOGC still overrides it.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	root := &cobra.Command{
		Use:           "pocogrid",
		Short:         "An actor-model desktop grid with iExec Proof-of-Contribution",
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version,
	}
	root.AddCommand(newDemoCmd(), newPocoCmd())
	for _, extra := range extraCommands {
		root.AddCommand(extra())
	}
	if err := root.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "pocogrid:", err)
		os.Exit(1)
	}
}

// extraCommands are registered by other files of this package (init).
var extraCommands []func() *cobra.Command

// logger logs to stderr at the level named by POCOGRID_LOG (debug, info,
// warn, error); unset means warnings and errors only.
func logger() *slog.Logger {
	var lvl slog.Level
	switch strings.ToLower(os.Getenv("POCOGRID_LOG")) {
	case "debug":
		lvl = slog.LevelDebug
	case "info":
		lvl = slog.LevelInfo
	case "error":
		lvl = slog.LevelError
	default:
		lvl = slog.LevelWarn
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: lvl}))
}

func printJSON(v any) error {
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
