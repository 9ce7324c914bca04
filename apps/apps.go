// Package apps holds pocogrid's built-in apps: WebAssembly (wasip1) modules
// embedded in the binary and run by package sandbox.
//
//   - primes <from> <to>: counts the primes in [from, to) (segmented sieve),
//     writes the count to /out/result.txt.
//   - mandelbrot <tileX> <tileY> [size]: renders tile (x, y) of a 16×16 grid
//     over the Mandelbrot set, fixed-point, to /out/tile.png.
//   - montecarlo <seed> <samples>: seeded PCG estimate of π, written to
//     /out/result.txt.
//   - noop: writes "ok\n" to stdout (hand-written WAT; starts in µs).
//   - sleep <ms>: sleeps ms milliseconds (WASI poll_oneoff), then writes ms to
//     stdout (hand-written WAT; for duration-faithful trace replay).
//
// The Go apps' source is in src/<name>/, the WAT apps' in src/<name>.wat; the
// modules in wasm/ are built by scripts/gen-apps.sh, reproducibly
// (scripts/gen-apps.sh --check fails on drift).
package apps

import (
	"embed"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/pocogrid/pocogrid/sandbox"
)

//go:embed wasm/*.wasm
var modules embed.FS

// builtins are the embedded apps by name, hashed once on first use.
var builtins = sync.OnceValue(func() map[string]sandbox.App {
	entries, err := modules.ReadDir("wasm")
	if err != nil {
		panic(err) // the embed pattern guarantees the directory
	}
	m := make(map[string]sandbox.App, len(entries))
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".wasm")
		module, err := modules.ReadFile(path.Join("wasm", e.Name()))
		if err != nil {
			panic(err)
		}
		m[name] = sandbox.NewApp(name, module)
	}
	return m
})

// Builtin returns the built-in app called name. Callers share the returned
// App's Module and must not modify it.
func Builtin(name string) (sandbox.App, error) {
	app, ok := builtins()[name]
	if !ok {
		return sandbox.App{}, fmt.Errorf("apps: no built-in app %q (have %s)", name, strings.Join(Names(), ", "))
	}
	return app, nil
}

// Names returns the built-in apps' names, sorted.
func Names() []string {
	names := make([]string, 0, len(builtins()))
	for name := range builtins() {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// Per-task sizes for DefaultArgs, chosen so one task is cheap (tens of ms in
// the sandbox, start-up included).
const (
	primesSpan        = 1_000_000 // numbers per primes task
	mandelbrotSize    = 128       // pixels per tile side
	mandelbrotTiles   = 16 * 16
	montecarloSamples = 1_000_000
	sleepMillis       = 10
)

// DefaultArgs returns sensible arguments for task index (≥ 0) of a bag of
// tasks running app name: distinct work per index where the app allows it
// (primes over [index·10⁶, (index+1)·10⁶), mandelbrot tile index mod 256,
// montecarlo seeded with index), 10 ms for sleep. Unknown names get nil.
func DefaultArgs(name string, index int) []string {
	index = max(index, 0)
	switch name {
	case "primes":
		from := uint64(index) * primesSpan
		return []string{strconv.FormatUint(from, 10), strconv.FormatUint(from+primesSpan, 10)}
	case "mandelbrot":
		tile := index % mandelbrotTiles
		return []string{strconv.Itoa(tile % 16), strconv.Itoa(tile / 16), strconv.Itoa(mandelbrotSize)}
	case "montecarlo":
		return []string{strconv.Itoa(index), strconv.Itoa(montecarloSamples)}
	case "sleep":
		return []string{strconv.Itoa(sleepMillis)}
	case "noop":
		return []string{}
	}
	return nil
}
