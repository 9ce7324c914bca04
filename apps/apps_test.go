package apps_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pocogrid/pocogrid/apps"
	"github.com/pocogrid/pocogrid/sandbox"
)

var executor *sandbox.Executor

func TestMain(m *testing.M) {
	var err error
	executor, err = sandbox.NewExecutor()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	executor.Close(context.Background())
	os.Exit(code)
}

// run runs built-in app name with args and returns its result and /out.
func run(t testing.TB, name string, args ...string) (*sandbox.Result, string, error) {
	t.Helper()
	app, err := apps.Builtin(name)
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	res, err := executor.Run(context.Background(), sandbox.Request{App: app, Args: args, OutputDir: out})
	return res, out, err
}

// mustRun is run for a run that must succeed; it returns the content of the
// only output file, which must be file.
func mustRun(t *testing.T, file, name string, args ...string) (*sandbox.Result, []byte) {
	t.Helper()
	res, out, err := run(t, name, args...)
	if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	if res.Files != 1 {
		t.Fatalf("%s %v: %d output files, want only %s", name, args, res.Files, file)
	}
	b, err := os.ReadFile(filepath.Join(out, file))
	if err != nil {
		t.Fatal(err)
	}
	// One output file: the digest is its sha256 (POCO.md).
	if res.Digest != sha256.Sum256(b) {
		t.Fatalf("digest %x is not sha256 of %s", res.Digest, file)
	}
	return res, b
}

func TestNamesAndBuiltin(t *testing.T) {
	want := []string{"mandelbrot", "montecarlo", "noop", "primes", "sleep"}
	if got := apps.Names(); !slices.Equal(got, want) {
		t.Fatalf("Names() = %v, want %v", got, want)
	}
	for _, name := range want {
		app, err := apps.Builtin(name)
		if err != nil {
			t.Fatal(err)
		}
		if app.Name != name || app.Hash != sha256.Sum256(app.Module) {
			t.Fatalf("Builtin(%q): name %q, hash does not match module", name, app.Name)
		}
	}
	_, err := apps.Builtin("nope")
	if err == nil || !strings.Contains(err.Error(), strings.Join(want, ", ")) {
		t.Fatalf("Builtin(nope) error = %v, want one listing the names", err)
	}
}

func TestDefaultArgs(t *testing.T) {
	if apps.DefaultArgs("nope", 0) != nil {
		t.Fatal("unknown app got arguments")
	}
	for _, name := range apps.Names() {
		for _, index := range []int{0, 1, 255, 1000} {
			if _, _, err := run(t, name, apps.DefaultArgs(name, index)...); err != nil {
				t.Fatalf("%s with DefaultArgs(%d) = %v: %v", name, index, apps.DefaultArgs(name, index), err)
			}
		}
	}
	// Compute apps give distinct work to distinct tasks.
	for _, name := range []string{"primes", "mandelbrot", "montecarlo"} {
		seen := map[string]int{}
		for i := range 256 {
			key := strings.Join(apps.DefaultArgs(name, i), " ")
			if j, dup := seen[key]; dup {
				t.Fatalf("%s: tasks %d and %d both get %q", name, j, i, key)
			}
			seen[key] = i
		}
	}
}

func TestPrimes(t *testing.T) {
	tests := []struct {
		from, to string
		want     string
	}{
		{"0", "100000", "9592"},
		{"0", "0", "0"},
		{"0", "2", "0"},
		{"2", "3", "1"},
		{"0", "10", "4"},
		{"100", "200", "21"},
		{"1000000", "2000000", "70435"},      // π(2·10⁶) − π(10⁶)
		{"1000000000", "1000100000", "4832"}, // segments far from 0
	}
	for _, tt := range tests {
		_, b := mustRun(t, "result.txt", "primes", tt.from, tt.to)
		if got := strings.TrimSpace(string(b)); got != tt.want {
			t.Errorf("primes [%s, %s) = %s, want %s", tt.from, tt.to, got, tt.want)
		}
	}
	for _, args := range [][]string{{"10", "5"}, {"1"}, {"x", "10"}} {
		_, _, err := run(t, "primes", args...)
		var ee *sandbox.ExitError
		if !errors.As(err, &ee) || ee.Code != 2 {
			t.Errorf("primes %v: err = %v, want exit 2", args, err)
		}
	}
}

func TestMontecarlo(t *testing.T) {
	first, b := mustRun(t, "result.txt", "montecarlo", "42", "200000")
	fields := strings.Fields(string(b))
	if len(fields) != 3 || fields[2] != "200000" {
		t.Fatalf("result = %q, want <estimate> <hits> 200000", b)
	}
	estimate, err := strconv.ParseFloat(fields[0], 64)
	if err != nil || math.Abs(estimate-math.Pi) > 0.02 {
		t.Fatalf("estimate %q is not near π", fields[0])
	}
	again, _ := mustRun(t, "result.txt", "montecarlo", "42", "200000")
	if again.Digest != first.Digest {
		t.Fatal("same seed, different digest")
	}
	other, _ := mustRun(t, "result.txt", "montecarlo", "43", "200000")
	if other.Digest == first.Digest {
		t.Fatal("different seeds, same digest")
	}
}

func TestMandelbrot(t *testing.T) {
	const size = 64
	decode := func(tx, ty int) (*sandbox.Result, []byte, [][]bool) {
		res, b := mustRun(t, "tile.png", "mandelbrot", strconv.Itoa(tx), strconv.Itoa(ty), strconv.Itoa(size))
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if r := img.Bounds(); r.Dx() != size || r.Dy() != size {
			t.Fatalf("tile is %v, want %dx%d", r, size, size)
		}
		inside := make([][]bool, size)
		for y := range size {
			inside[y] = make([]bool, size)
			for x := range size {
				r, g, b, _ := img.At(x, y).RGBA()
				inside[y][x] = r|g|b == 0
			}
		}
		return res, b, inside
	}
	// Tile (10, 8) covers re ∈ [-0.375, -0.1875), im ∈ (-0.1875, 0]: inside
	// the main cardioid. Tile (0, 0) is far outside the set.
	res, b, inside := decode(10, 8)
	if !inside[size/2][size/2] {
		t.Fatal("centre of tile (10, 8) is not in the set")
	}
	_, _, outside := decode(0, 0)
	for y := range size {
		if slices.Contains(outside[y], true) {
			t.Fatalf("tile (0, 0) row %d has points in the set", y)
		}
	}
	again, b2, _ := decode(10, 8)
	if again.Digest != res.Digest || !bytes.Equal(b, b2) {
		t.Fatal("same tile, different image")
	}
	if _, _, err := run(t, "mandelbrot", "16", "0"); err == nil {
		t.Fatal("tile outside the grid accepted")
	}
}

func TestNoop(t *testing.T) {
	res, b := mustRun(t, "stdout", "noop")
	if string(b) != "ok\n" || res.OutputBytes != 3 {
		t.Fatalf("noop wrote %q", b)
	}
}

func TestSleep(t *testing.T) {
	res, b := mustRun(t, "stdout", "sleep", "20")
	if string(b) != "20\n" {
		t.Fatalf("sleep 20 wrote %q", b)
	}
	if res.Duration < 20*time.Millisecond {
		t.Fatalf("sleep 20 took %s", res.Duration)
	}
	if _, b := mustRun(t, "stdout", "sleep", "007"); string(b) != "7\n" {
		t.Fatalf("sleep 007 wrote %q", b)
	}
	if _, b := mustRun(t, "stdout", "sleep", "0"); string(b) != "0\n" {
		t.Fatalf("sleep 0 wrote %q", b)
	}
	for _, args := range [][]string{nil, {"x"}, {"1", "2"}, {"-5"}, {"99999999999"}} {
		_, _, err := run(t, "sleep", args...)
		var ee *sandbox.ExitError
		if !errors.As(err, &ee) || ee.Code != 2 {
			t.Errorf("sleep %v: err = %v, want exit 2", args, err)
		}
	}
}

// A sleep cut short by the wall-time limit must fail, not exit 0 with a
// result computed on a truncated run.
func TestSleepPastWallTimeIsALimitError(t *testing.T) {
	app, err := apps.Builtin("sleep")
	if err != nil {
		t.Fatal(err)
	}
	_, err = executor.Run(context.Background(), sandbox.Request{App: app, Args: []string{"5000"}, OutputDir: t.TempDir(),
		Limits: sandbox.Limits{WallTime: 20 * time.Millisecond}})
	var le *sandbox.LimitError
	if !errors.As(err, &le) || le.Kind != sandbox.LimitWallTime {
		t.Fatalf("err = %v, want a walltime LimitError", err)
	}
}
