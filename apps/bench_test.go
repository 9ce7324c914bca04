package apps_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/pocogrid/pocogrid/apps"
	"github.com/pocogrid/pocogrid/sandbox"
)

// benchRun measures one sandboxed run of app name with its DefaultArgs(0),
// including creating its empty output directory and digesting the result:
// what a worker pays per task once the app is compiled. guest-ns/op is the
// part from instantiation to exit (Result.Duration); the rest is host file
// work (output dir, stdout file, digest). cpu-ns/op is the process's CPU time
// per run (GC included), steadier than ns/op on a shared machine.
func benchRun(b *testing.B, name string) {
	app, err := apps.Builtin(name)
	if err != nil {
		b.Fatal(err)
	}
	args := apps.DefaultArgs(name, 0)
	base := b.TempDir()
	ctx := context.Background()
	// Compile outside the timed loop.
	if _, err := executor.Run(ctx, sandbox.Request{App: app, Args: args, OutputDir: b.TempDir()}); err != nil {
		b.Fatal(err)
	}
	i := 0
	var inGuest time.Duration
	cpu := processCPU()
	for b.Loop() {
		out := filepath.Join(base, fmt.Sprint(i))
		i++
		if err := os.Mkdir(out, 0o755); err != nil {
			b.Fatal(err)
		}
		res, err := executor.Run(ctx, sandbox.Request{App: app, Args: args, OutputDir: out})
		if err != nil {
			b.Fatal(err)
		}
		inGuest += res.Duration
	}
	b.ReportMetric(float64(inGuest.Nanoseconds())/float64(b.N), "guest-ns/op")
	if cpu := processCPU() - cpu; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

func BenchmarkRunNoop(b *testing.B) { benchRun(b, "noop") }

func BenchmarkRunPrimes(b *testing.B) { benchRun(b, "primes") }

// BenchmarkRunDefault runs each built-in with its default task size.
func BenchmarkRunDefault(b *testing.B) {
	for _, name := range apps.Names() {
		b.Run(name, func(b *testing.B) { benchRun(b, name) })
	}
}
