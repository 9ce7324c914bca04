// Package native runs a trusted host executable for a replica: pinned to
// its executable's sha256, in a clean environment and its own working
// directory, limited in wall time and output, and seeing exactly the GPUs
// allocated to it. It is no sandbox; pools enable it only by explicit
// configuration, for applications they trust.
package native

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
)

// Spec describes one run.
type Spec struct {
	Path           string            // absolute path of the executable
	SHA256         [32]byte          // the executable must hash to this
	Args           []string          // arguments, without argv[0]
	Env            map[string]string // added to the clean environment
	WorkDir        string            // absolute; created (0700) if missing; also HOME
	WallTime       time.Duration     // > 0; the process group is killed after it
	MaxOutputBytes int64             // > 0; stdout+stderr beyond it kill the process group
	GPUUUIDs       []string          // allocated GPU or MIG UUIDs; the only GPUs CUDA will see
}

// Result describes a finished run. ExitCode is -1 when the process was
// killed by a signal (including by us, on a limit).
type Result struct {
	ExitCode    int
	Stdout      []byte // at most MaxOutputBytes, shared with Stderr
	Stderr      []byte
	Duration    time.Duration
	OutputBytes int64 // stdout+stderr bytes the process wrote (may exceed the limit)
}

var (
	ErrInvalidSpec  = errors.New("native: invalid spec")
	ErrHashMismatch = errors.New("native: executable hash mismatch")
	ErrWallTime     = errors.New("native: wall-time limit exceeded")
	ErrOutputLimit  = errors.New("native: output limit exceeded")
)

// HashMismatchError: the file at Path is not the executable the spec pins.
// Nothing was started.
type HashMismatchError struct {
	Path      string
	Want, Got [32]byte
}

func (e *HashMismatchError) Error() string {
	return fmt.Sprintf("native: %s has sha256 %s, want %s; refusing to run it",
		e.Path, hex.EncodeToString(e.Got[:]), hex.EncodeToString(e.Want[:]))
}
func (e *HashMismatchError) Is(target error) bool { return target == ErrHashMismatch }

// WallTimeError: the run outlived Spec.WallTime and its process group was killed.
type WallTimeError struct{ Limit time.Duration }

func (e *WallTimeError) Error() string {
	return fmt.Sprintf("native: wall-time limit of %v exceeded; process group killed", e.Limit)
}
func (e *WallTimeError) Is(target error) bool { return target == ErrWallTime }

// OutputLimitError: the run wrote more than Spec.MaxOutputBytes and its
// process group was killed.
type OutputLimitError struct{ Limit int64 }

func (e *OutputLimitError) Error() string {
	return fmt.Sprintf("native: output limit of %d bytes exceeded; process group killed", e.Limit)
}
func (e *OutputLimitError) Is(target error) bool { return target == ErrOutputLimit }

// CleanPath is the only PATH a run gets unless Spec.Env sets one.
const CleanPath = "/usr/bin:/bin"

// waitDelay bounds how long Run waits for descendants that escaped the
// process group and still hold stdout/stderr open.
const waitDelay = 2 * time.Second

// reservedEnv are set by Run alone: overriding them would undo the GPU
// pinning or the working directory.
var reservedEnv = map[string]bool{
	"CUDA_VISIBLE_DEVICES":   true,
	"NVIDIA_VISIBLE_DEVICES": true,
	"HOME":                   true,
}

// Run verifies the executable's hash, runs it and waits for it. A non-zero
// exit is not an error (see Result.ExitCode); errors are a bad spec
// (ErrInvalidSpec), a hash mismatch (*HashMismatchError, nothing run), a
// limit (*WallTimeError, *OutputLimitError, with the partial Result), a
// start failure, or ctx's error when ctx ends first.
func Run(ctx context.Context, spec Spec) (Result, error) {
	if err := validate(spec); err != nil {
		return Result{}, err
	}
	exe, err := openVerified(spec.Path, spec.SHA256)
	if err != nil {
		return Result{}, err
	}
	defer exe.Close()
	if err := os.MkdirAll(spec.WorkDir, 0o700); err != nil {
		return Result{}, fmt.Errorf("native: work dir: %w", err)
	}

	runCtx, cancel := context.WithTimeout(ctx, spec.WallTime)
	defer cancel()
	out := &limitedOutput{limit: spec.MaxOutputBytes, exceeded: cancel}

	// Run the very file we hashed: exec through our open descriptor, so a
	// swap of Path after the check cannot slip another binary in.
	cmd := exec.CommandContext(runCtx, execPath(exe, spec.Path))
	cmd.Args = append([]string{spec.Path}, spec.Args...)
	cmd.Dir = spec.WorkDir
	cmd.Env = environment(spec)
	cmd.Stdin = nil
	cmd.Stdout = out.writer(&out.stdout)
	cmd.Stderr = out.writer(&out.stderr)
	cmd.WaitDelay = waitDelay
	setProcessGroup(cmd)

	start := time.Now()
	if err := cmd.Start(); err != nil {
		return Result{}, fmt.Errorf("native: start %s: %w", spec.Path, err)
	}
	waitErr := cmd.Wait()
	res := Result{Duration: time.Since(start), ExitCode: -1}
	// Whatever the leader did, no descendant outlives the run.
	killProcessGroup(cmd)
	if cmd.ProcessState != nil {
		res.ExitCode = cmd.ProcessState.ExitCode()
	}
	res.Stdout, res.Stderr, res.OutputBytes = out.result()

	switch {
	case out.wasExceeded():
		return res, &OutputLimitError{Limit: spec.MaxOutputBytes}
	case ctx.Err() != nil:
		return res, ctx.Err()
	case errors.Is(runCtx.Err(), context.DeadlineExceeded):
		return res, &WallTimeError{Limit: spec.WallTime}
	}
	var exitErr *exec.ExitError
	if waitErr != nil && !errors.As(waitErr, &exitErr) && !errors.Is(waitErr, exec.ErrWaitDelay) {
		return res, fmt.Errorf("native: wait: %w", waitErr)
	}
	return res, nil
}

func validate(s Spec) error {
	var problems []string
	if !filepath.IsAbs(s.Path) {
		problems = append(problems, fmt.Sprintf("path %q is not absolute", s.Path))
	}
	if s.SHA256 == ([32]byte{}) {
		problems = append(problems, "no sha256 given")
	}
	if s.WorkDir == "" || !filepath.IsAbs(s.WorkDir) {
		problems = append(problems, fmt.Sprintf("work dir %q is not absolute", s.WorkDir))
	}
	if s.WallTime <= 0 {
		problems = append(problems, "wall time must be > 0")
	}
	if s.MaxOutputBytes <= 0 {
		problems = append(problems, "max output bytes must be > 0")
	}
	for k, v := range s.Env {
		switch {
		case k == "" || strings.ContainsAny(k, "=\x00"):
			problems = append(problems, fmt.Sprintf("bad variable name %q", k))
		case strings.ContainsRune(v, 0):
			problems = append(problems, fmt.Sprintf("variable %s contains NUL", k))
		case reservedEnv[k]:
			problems = append(problems, fmt.Sprintf("%s is set by the executor", k))
		}
	}
	for _, u := range s.GPUUUIDs {
		if u == "" || strings.ContainsAny(u, ",\x00") {
			problems = append(problems, fmt.Sprintf("bad GPU UUID %q", u))
		}
	}
	if len(problems) > 0 {
		sort.Strings(problems)
		return fmt.Errorf("%w: %s", ErrInvalidSpec, strings.Join(problems, "; "))
	}
	return nil
}

// openVerified opens path and checks its sha256, returning the open file
// positioned wherever hashing left it.
func openVerified(path string, want [32]byte) (*os.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("native: %w", err)
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		f.Close()
		return nil, fmt.Errorf("native: hashing %s: %w", path, err)
	}
	var got [32]byte
	copy(got[:], h.Sum(nil))
	if got != want {
		f.Close()
		return nil, &HashMismatchError{Path: path, Want: want, Got: got}
	}
	return f, nil
}

// environment is PATH, HOME and the GPU pinning, then the spec's variables.
// With no GPUs allocated CUDA sees none (CUDA_VISIBLE_DEVICES empty) and
// the NVIDIA container runtime none ("void").
func environment(s Spec) []string {
	gpus := strings.Join(s.GPUUUIDs, ",")
	nvidia := gpus
	if nvidia == "" {
		nvidia = "void"
	}
	env := map[string]string{
		"PATH":                   CleanPath,
		"HOME":                   s.WorkDir,
		"CUDA_VISIBLE_DEVICES":   gpus,
		"NVIDIA_VISIBLE_DEVICES": nvidia,
	}
	for k, v := range s.Env {
		env[k] = v
	}
	out := make([]string, 0, len(env))
	for k, v := range env {
		out = append(out, k+"="+v)
	}
	sort.Strings(out)
	return out
}

// limitedOutput collects stdout and stderr up to a shared byte budget and
// cancels the run the moment the budget is exceeded.
type limitedOutput struct {
	mu             sync.Mutex
	limit, written int64
	stdout, stderr bytes.Buffer
	over           bool
	exceeded       context.CancelFunc
}

type outputWriter struct {
	o   *limitedOutput
	buf *bytes.Buffer
}

func (o *limitedOutput) writer(buf *bytes.Buffer) io.Writer { return outputWriter{o, buf} }

func (w outputWriter) Write(p []byte) (int, error) {
	o := w.o
	o.mu.Lock()
	defer o.mu.Unlock()
	o.written += int64(len(p))
	room := o.limit - int64(o.stdout.Len()+o.stderr.Len())
	if room > 0 {
		w.buf.Write(p[:min(int64(len(p)), room)])
	}
	if o.written > o.limit && !o.over {
		o.over = true
		o.exceeded()
	}
	// Claim success so the copy goroutine keeps draining the pipe until
	// the kill lands.
	return len(p), nil
}

func (o *limitedOutput) wasExceeded() bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.over
}

func (o *limitedOutput) result() ([]byte, []byte, int64) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return bytes.Clone(o.stdout.Bytes()), bytes.Clone(o.stderr.Bytes()), o.written
}
