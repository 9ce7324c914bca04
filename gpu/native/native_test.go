//go:build unix

package native

import (
	"context"
	"crypto/sha256"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

const sh = "/bin/sh"

func hashOf(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func shSpec(t *testing.T, script string) Spec {
	t.Helper()
	return Spec{
		Path:           sh,
		SHA256:         hashOf(t, sh),
		Args:           []string{"-c", script},
		WorkDir:        filepath.Join(t.TempDir(), "work"),
		WallTime:       10 * time.Second,
		MaxOutputBytes: 1 << 20,
	}
}

func TestHashMismatchRefused(t *testing.T) {
	spec := shSpec(t, "touch ran")
	spec.SHA256[0] ^= 0xff
	res, err := Run(context.Background(), spec)
	var mismatch *HashMismatchError
	if !errors.Is(err, ErrHashMismatch) || !errors.As(err, &mismatch) {
		t.Fatalf("err %v, want *HashMismatchError", err)
	}
	if mismatch.Got != hashOf(t, sh) || mismatch.Want != spec.SHA256 {
		t.Errorf("mismatch %+v", mismatch)
	}
	if res.ExitCode != 0 || res.Duration != 0 {
		t.Errorf("result of a refused run: %+v", res)
	}
	if _, err := os.Stat(filepath.Join(spec.WorkDir, "ran")); !os.IsNotExist(err) {
		t.Error("the command ran despite the hash mismatch")
	}
}

func TestCleanEnvironmentAndGPUPinning(t *testing.T) {
	t.Setenv("POCOGRID_SECRET", "leaked")
	spec := shSpec(t, "env; echo cwd=$(pwd)")
	spec.Env = map[string]string{"APP_MODE": "fast", "EMPTY": ""}
	spec.GPUUUIDs = []string{"GPU-0b1a9c2e-1111-4222-8333-444455556666", "MIG-7d0c2b1a-aaaa-4bbb-8ccc-ddddeeeeffff"}
	res, err := Run(context.Background(), spec)
	if err != nil || res.ExitCode != 0 {
		t.Fatalf("Run: %v, %+v", err, res)
	}
	env := map[string]string{}
	var cwd string
	for _, line := range strings.Split(strings.TrimSpace(string(res.Stdout)), "\n") {
		if v, ok := strings.CutPrefix(line, "cwd="); ok {
			cwd = v
			continue
		}
		k, v, _ := strings.Cut(line, "=")
		env[k] = v
	}
	want := map[string]string{
		"PATH":                   CleanPath,
		"HOME":                   spec.WorkDir,
		"CUDA_VISIBLE_DEVICES":   strings.Join(spec.GPUUUIDs, ","),
		"NVIDIA_VISIBLE_DEVICES": strings.Join(spec.GPUUUIDs, ","),
		"APP_MODE":               "fast",
		"EMPTY":                  "",
	}
	for k, v := range want {
		if got, ok := env[k]; !ok || got != v {
			t.Errorf("%s=%q, want %q", k, got, v)
		}
	}
	for k := range env {
		// The shell itself may export PWD (and OLDPWD/SHLVL); nothing else.
		if _, ok := want[k]; !ok && !slices.Contains([]string{"PWD", "OLDPWD", "SHLVL", "_"}, k) {
			t.Errorf("unexpected variable %s=%q", k, env[k])
		}
	}
	if cwd != spec.WorkDir {
		t.Errorf("working directory %q, want %q", cwd, spec.WorkDir)
	}
	if fi, err := os.Stat(spec.WorkDir); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("work dir: %v %v", fi.Mode(), err)
	}
}

func TestNoGPUsMeansNoneVisible(t *testing.T) {
	res, err := Run(context.Background(), shSpec(t, `echo "[$CUDA_VISIBLE_DEVICES] [$NVIDIA_VISIBLE_DEVICES]"`))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(string(res.Stdout)); got != "[] [void]" {
		t.Errorf("got %q", got)
	}
}

func TestExitCodeAndStderr(t *testing.T) {
	res, err := Run(context.Background(), shSpec(t, "echo out; echo err >&2; exit 3"))
	if err != nil {
		t.Fatalf("a failing command is not a Run error: %v", err)
	}
	if res.ExitCode != 3 || string(res.Stdout) != "out\n" || string(res.Stderr) != "err\n" || res.OutputBytes != 8 {
		t.Errorf("%+v", res)
	}
}

// alive: the process exists and is not a zombie (a killed orphan lingers
// as one until init reaps it).
func alive(pid int) bool {
	if stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat"); err == nil {
		_, rest, _ := strings.Cut(string(stat), ") ")
		return !strings.HasPrefix(rest, "Z")
	}
	return syscall.Kill(pid, 0) == nil
}

func TestWallTimeKillsProcessGroup(t *testing.T) {
	spec := shSpec(t, "sleep 30 & echo $! > child.pid; sleep 30")
	spec.WallTime = 300 * time.Millisecond
	start := time.Now()
	res, err := Run(context.Background(), spec)
	var wall *WallTimeError
	if !errors.Is(err, ErrWallTime) || !errors.As(err, &wall) || wall.Limit != spec.WallTime {
		t.Fatalf("err %v, want *WallTimeError", err)
	}
	if took := time.Since(start); took > 5*time.Second || res.Duration < spec.WallTime {
		t.Errorf("took %v, result duration %v", took, res.Duration)
	}
	if res.ExitCode != -1 {
		t.Errorf("exit code %d, want -1 (killed)", res.ExitCode)
	}
	b, err := os.ReadFile(filepath.Join(spec.WorkDir, "child.pid"))
	if err != nil {
		t.Fatal(err)
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	deadline := time.Now().Add(2 * time.Second)
	for alive(pid) && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if alive(pid) {
		t.Errorf("background child %d survived the wall-time kill", pid)
	}
}

func TestBackgroundChildrenDoNotOutliveRun(t *testing.T) {
	spec := shSpec(t, "sleep 30 >/dev/null 2>&1 & echo $! > child.pid")
	if _, err := Run(context.Background(), spec); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(spec.WorkDir, "child.pid"))
	pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	deadline := time.Now().Add(2 * time.Second)
	for pid != 0 && alive(pid) && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if pid == 0 || alive(pid) {
		t.Errorf("background child %d still alive", pid)
	}
}

func TestOutputLimit(t *testing.T) {
	spec := shSpec(t, "while :; do echo 0123456789abcdef; done")
	spec.MaxOutputBytes = 1000
	start := time.Now()
	res, err := Run(context.Background(), spec)
	var lim *OutputLimitError
	if !errors.Is(err, ErrOutputLimit) || !errors.As(err, &lim) || lim.Limit != 1000 {
		t.Fatalf("err %v, want *OutputLimitError", err)
	}
	if len(res.Stdout)+len(res.Stderr) > 1000 || len(res.Stdout) < 900 || res.OutputBytes <= 1000 {
		t.Errorf("kept %d+%d bytes of %d written", len(res.Stdout), len(res.Stderr), res.OutputBytes)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("took %v to stop a flood", took)
	}
}

func TestOutputLimitShared(t *testing.T) {
	spec := shSpec(t, "head -c 600 /dev/zero; head -c 600 /dev/zero >&2")
	spec.MaxOutputBytes = 1000
	res, err := Run(context.Background(), spec)
	if !errors.Is(err, ErrOutputLimit) {
		t.Fatalf("1200 bytes over two streams against a 1000 budget: %v", err)
	}
	if len(res.Stdout)+len(res.Stderr) > 1000 {
		t.Errorf("kept %d+%d", len(res.Stdout), len(res.Stderr))
	}
}

func TestParentContextCancel(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, err := Run(ctx, shSpec(t, "sleep 30"))
	if !errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrWallTime) {
		t.Errorf("err %v, want the caller's context error", err)
	}
}

func TestInvalidSpec(t *testing.T) {
	good := shSpec(t, "true")
	tests := []struct {
		name string
		edit func(*Spec)
		want string
	}{
		{"relative path", func(s *Spec) { s.Path = "sh" }, "not absolute"},
		{"no hash", func(s *Spec) { s.SHA256 = [32]byte{} }, "no sha256"},
		{"no workdir", func(s *Spec) { s.WorkDir = "" }, "work dir"},
		{"relative workdir", func(s *Spec) { s.WorkDir = "w" }, "work dir"},
		{"no wall time", func(s *Spec) { s.WallTime = 0 }, "wall time"},
		{"no output limit", func(s *Spec) { s.MaxOutputBytes = 0 }, "max output"},
		{"override CUDA", func(s *Spec) { s.Env = map[string]string{"CUDA_VISIBLE_DEVICES": "0"} }, "set by the executor"},
		{"override HOME", func(s *Spec) { s.Env = map[string]string{"HOME": "/"} }, "set by the executor"},
		{"bad name", func(s *Spec) { s.Env = map[string]string{"A=B": "x"} }, "bad variable name"},
		{"bad UUID", func(s *Spec) { s.GPUUUIDs = []string{"GPU-1,GPU-2"} }, "bad GPU UUID"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := good
			tt.edit(&s)
			_, err := Run(context.Background(), s)
			if !errors.Is(err, ErrInvalidSpec) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err %v, want ErrInvalidSpec mentioning %q", err, tt.want)
			}
		})
	}
}

func TestMissingExecutable(t *testing.T) {
	s := shSpec(t, "true")
	s.Path = "/nonexistent/app"
	if _, err := Run(context.Background(), s); err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("err %v", err)
	}
}

// A script is run through the verified descriptor too.
func TestShebangScript(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "app.sh")
	if err := os.WriteFile(script, []byte("#!/bin/sh\necho hello from \"$1\"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	s := shSpec(t, "")
	s.Path, s.SHA256, s.Args = script, hashOf(t, script), []string{"pocogrid"}
	res, err := Run(context.Background(), s)
	if err != nil || string(res.Stdout) != "hello from pocogrid\n" {
		t.Errorf("%v %q %q", err, res.Stdout, res.Stderr)
	}
}
