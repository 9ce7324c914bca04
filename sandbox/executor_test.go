package sandbox_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pocogrid/pocogrid/sandbox"
)

// runGuest runs the test guest with args in a fresh output directory.
func runGuest(t *testing.T, req sandbox.Request, args ...string) (*sandbox.Result, string, error) {
	t.Helper()
	if req.App.Module == nil {
		req.App = guest
	}
	req.Args = args
	req.OutputDir = t.TempDir()
	res, err := testExec.Run(context.Background(), req)
	return res, req.OutputDir, err
}

func wantLimit(t *testing.T, err error, kind string) {
	t.Helper()
	var le *sandbox.LimitError
	if !errors.As(err, &le) || le.Kind != kind {
		t.Fatalf("err = %v, want LimitError %q", err, kind)
	}
	t.Logf("got %v", err)
}

func wantExit(t *testing.T, err error, code uint32) *sandbox.ExitError {
	t.Helper()
	var ee *sandbox.ExitError
	if !errors.As(err, &ee) || ee.Code != code {
		t.Fatalf("err = %v, want ExitError code %d", err, code)
	}
	t.Logf("got %v", err)
	return ee
}

func TestRunOutputAndDeterminism(t *testing.T) {
	req := sandbox.Request{Env: map[string]string{"GREETING": "hi"}}
	first, out, err := runGuest(t, req, "hello", "a", "b")
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := os.ReadFile(filepath.Join(out, "stdout"))
	if err != nil || string(stdout) != "hello a b hi\n" {
		t.Fatalf("stdout = %q, %v", stdout, err)
	}
	if first.Files != 3 || first.ExitCode != 0 || first.OutputBytes <= int64(len(stdout)) {
		t.Fatalf("result = %+v, want 3 files", first)
	}
	if d, err := sandbox.DigestDir(out); err != nil || d != first.Digest {
		t.Fatalf("DigestDir = %x, %v; Run digest %x", d, err, first.Digest)
	}
	// Map order and math/rand come from the guest's random source, which is
	// fixed-seed: every run must produce the same bytes.
	for range 2 {
		again, _, err := runGuest(t, req, "hello", "a", "b")
		if err != nil {
			t.Fatal(err)
		}
		if again.Digest != first.Digest {
			t.Fatalf("digest changed between runs: %x then %x", first.Digest, again.Digest)
		}
	}
}

func TestConcurrentRuns(t *testing.T) {
	var wg sync.WaitGroup
	digests := make([][32]byte, 4)
	errs := make([]error, 4)
	for i := range digests {
		wg.Go(func() {
			res, _, err := runGuest(t, sandbox.Request{}, "hello")
			if errs[i] = err; err == nil {
				digests[i] = res.Digest
			}
		})
	}
	wg.Wait()
	for i := range digests {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if digests[i] != digests[0] {
			t.Fatalf("run %d digest %x differs from %x", i, digests[i], digests[0])
		}
	}
}

func TestHashMismatchRefused(t *testing.T) {
	bad := guest
	bad.Hash[0] ^= 1
	_, out, err := runGuest(t, sandbox.Request{App: bad}, "hello")
	if !errors.Is(err, sandbox.ErrHashMismatch) {
		t.Fatalf("err = %v, want ErrHashMismatch", err)
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Fatalf("output written despite mismatch: %v", entries)
	}

	// A cached app's hash with different bytes is refused too.
	if _, _, err := runGuest(t, sandbox.Request{}, "hello"); err != nil {
		t.Fatal(err)
	}
	tampered := guest
	tampered.Module = append([]byte(nil), guest.Module...)
	tampered.Module[len(tampered.Module)-1] ^= 1
	if _, _, err := runGuest(t, sandbox.Request{App: tampered}, "hello"); !errors.Is(err, sandbox.ErrHashMismatch) {
		t.Fatalf("tampered module: err = %v, want ErrHashMismatch", err)
	}
}

func TestMemoryLimit(t *testing.T) {
	limits := sandbox.Limits{MemoryBytes: 48 << 20}
	if _, _, err := runGuest(t, sandbox.Request{Limits: limits}, "alloc", "8"); err != nil {
		t.Fatalf("8 MiB under a 48 MiB limit: %v", err)
	}
	_, _, err := runGuest(t, sandbox.Request{Limits: limits}, "alloc", "96")
	wantLimit(t, err, sandbox.LimitMemory)

	// Below the module's initial memory, nothing starts.
	_, _, err = runGuest(t, sandbox.Request{Limits: sandbox.Limits{MemoryBytes: 1 << 16}}, "hello")
	wantLimit(t, err, sandbox.LimitMemory)
}

func TestWallTimeLimit(t *testing.T) {
	limits := sandbox.Limits{WallTime: 300 * time.Millisecond}
	_, _, err := runGuest(t, sandbox.Request{Limits: limits}, "spin")
	wantLimit(t, err, sandbox.LimitWallTime)

	// A sleeping guest is cut short too, not left to sleep its 100 s.
	start := time.Now()
	_, _, err = runGuest(t, sandbox.Request{Limits: limits}, "sleep", "100000")
	wantLimit(t, err, sandbox.LimitWallTime)
	if d := time.Since(start); d > 30*time.Second {
		t.Fatalf("sleeping guest held the run for %s", d)
	}
}

func TestCallerCancelIsNotALimit(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, err := testExec.Run(ctx, sandbox.Request{App: guest, Args: []string{"spin"}, OutputDir: t.TempDir()})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want the caller's context.DeadlineExceeded", err)
	}
	var le *sandbox.LimitError
	if errors.As(err, &le) {
		t.Fatalf("caller cancellation reported as %v", le)
	}
}

func TestOutputLimit(t *testing.T) {
	limits := sandbox.Limits{MaxOutputBytes: 1 << 20}
	res, _, err := runGuest(t, sandbox.Request{Limits: limits}, "stdout", "1000")
	if err != nil || res.OutputBytes != 1000 || res.Files != 1 {
		t.Fatalf("small output: %+v, %v", res, err)
	}
	for _, mode := range []string{"stdout", "file"} {
		_, _, err := runGuest(t, sandbox.Request{Limits: limits}, mode, "3000000")
		wantLimit(t, err, sandbox.LimitOutput)
	}
}

func TestExitError(t *testing.T) {
	_, _, err := runGuest(t, sandbox.Request{}, "exit", "7")
	if ee := wantExit(t, err, 7); !strings.Contains(ee.Stderr, "boom") {
		t.Fatalf("stderr tail = %q, want boom", ee.Stderr)
	}
}

func TestGuestSeesOnlyInAndOut(t *testing.T) {
	in := t.TempDir()
	if err := os.WriteFile(filepath.Join(in, "data.txt"), []byte("input"), 0o644); err != nil {
		t.Fatal(err)
	}
	req := sandbox.Request{InputDir: in}

	// Control: /in is readable.
	res, out, err := runGuest(t, req, "read", "/in/data.txt")
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "stdout")); string(b) != "input" || res.Files != 1 {
		t.Fatalf("read /in/data.txt: stdout %q", b)
	}
	res, _, err = runGuest(t, req, "copy")
	if err != nil || res.Files != 1 {
		t.Fatalf("copy /in to /out: %+v, %v", res, err)
	}

	// Through Go's os package (which resolves pre-opens itself)...
	for _, path := range []string{"/etc/passwd", "/in/../../../../etc/passwd", "/out/../etc/passwd", "/"} {
		_, out, err := runGuest(t, req, "read", path)
		wantExit(t, err, 3)
		if _, err := os.Stat(filepath.Join(out, "stdout")); err == nil {
			t.Fatalf("read %s produced output", path)
		}
	}
	// ...and through raw WASI path_open on the pre-opens (fd 3 is /out,
	// fd 4 is /in), which reaches wazero's own path checks.
	if res, out, err := runGuest(t, req, "rawread", "4", "data.txt"); err != nil || res.Files != 1 {
		t.Fatalf("raw read of /in/data.txt: %v", err)
	} else if b, _ := os.ReadFile(filepath.Join(out, "stdout")); string(b) != "input" {
		t.Fatalf("raw read of /in/data.txt: stdout %q", b)
	}
	for _, args := range [][]string{
		{"4", "../../../../../etc/passwd"},
		{"3", "../../../../../etc/passwd"},
		{"4", "/etc/passwd"},
		{"3", "sub/../../data.txt"},
		{"5", "etc/passwd"}, // no third pre-open
	} {
		_, out, err := runGuest(t, req, append([]string{"rawread"}, args...)...)
		wantExit(t, err, 3)
		if _, err := os.Stat(filepath.Join(out, "stdout")); err == nil {
			t.Fatalf("raw read %v produced output", args)
		}
	}

	// Links would let the host follow a path out of the mounts, or let a
	// write to /out change a file in /in.
	_, out, err = runGuest(t, req, "symlink", "/etc/passwd")
	wantExit(t, err, 3)
	if _, err := os.Lstat(filepath.Join(out, "link")); err == nil {
		t.Fatal("guest created a symlink in /out")
	}
	_, _, err = runGuest(t, req, "rawlink", "4", "data.txt", "3", "link")
	wantExit(t, err, 3)
	_, out, err = runGuest(t, req, "outlink")
	wantExit(t, err, 3)
	if _, err := os.Lstat(filepath.Join(out, "b")); err == nil {
		t.Fatal("guest created a hard link in /out")
	}
	_, _, err = runGuest(t, req, "writein")
	wantExit(t, err, 3)
	if entries, _ := os.ReadDir(in); len(entries) != 1 {
		t.Fatalf("guest changed /in: %v", entries)
	}
}

func TestRequestValidation(t *testing.T) {
	out := t.TempDir()
	if err := os.WriteFile(filepath.Join(out, "old"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := testExec.Run(context.Background(), sandbox.Request{App: guest, Args: []string{"hello"}, OutputDir: out}); err == nil {
		t.Fatal("non-empty output dir accepted")
	}
	in := t.TempDir()
	if err := os.Symlink("/etc/passwd", filepath.Join(in, "passwd")); err != nil {
		t.Fatal(err)
	}
	if _, err := testExec.Run(context.Background(), sandbox.Request{App: guest, Args: []string{"read", "/in/passwd"}, InputDir: in, OutputDir: t.TempDir()}); err == nil {
		t.Fatal("input dir with a symlink accepted")
	}
}

func TestCacheDirAcrossExecutors(t *testing.T) {
	cache := t.TempDir()
	var digests [][32]byte
	for range 2 {
		e, err := sandbox.NewExecutor(sandbox.WithCacheDir(cache))
		if err != nil {
			t.Fatal(err)
		}
		res, err := e.Run(context.Background(), sandbox.Request{App: guest, Args: []string{"hello"}, OutputDir: t.TempDir()})
		if err != nil {
			t.Fatal(err)
		}
		digests = append(digests, res.Digest)
		if err := e.Close(context.Background()); err != nil {
			t.Fatal(err)
		}
		if _, err := e.Run(context.Background(), sandbox.Request{App: guest, OutputDir: t.TempDir()}); !errors.Is(err, sandbox.ErrClosed) {
			t.Fatalf("run after Close: %v", err)
		}
	}
	if digests[0] != digests[1] {
		t.Fatal("digest differs across executors")
	}
	if entries, _ := os.ReadDir(cache); len(entries) == 0 {
		t.Fatal("nothing written to the cache dir")
	}
}
