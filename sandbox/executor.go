package sandbox

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/experimental/sysfs"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"
)

// ErrClosed is returned by Run after Close.
var ErrClosed = errors.New("sandbox: executor closed")

// stderrTail is how much of the guest's stderr an ExitError keeps.
const stderrTail = 4 << 10

// pageSize is the WebAssembly page size.
const pageSize = 65536

// Option configures an Executor.
type Option func(*options)

type options struct {
	cacheDir string
	defaults Limits
}

// WithCacheDir keeps compiled machine code in dir across processes
// (wazero.NewCompilationCacheWithDir), so a restarted worker skips compiling.
func WithCacheDir(dir string) Option { return func(o *options) { o.cacheDir = dir } }

// WithDefaultLimits sets the limits used for zero Request.Limits fields; its
// own zero fields keep the package defaults.
func WithDefaultLimits(l Limits) Option { return func(o *options) { o.defaults = l } }

// Executor runs apps. It is safe for concurrent use: one wazero Runtime and
// compilation cache serve all runs, and each app is compiled once, on first
// use, and kept (keyed by its hash) until Close.
type Executor struct {
	defaults Limits
	runtime  wazero.Runtime
	cache    wazero.CompilationCache

	mu       sync.Mutex
	closed   bool
	compiled map[[32]byte]*compiledApp
}

// compiledApp is a cache entry; ready is closed once mod or err is set.
type compiledApp struct {
	ready  chan struct{}
	module []byte // private copy of the verified bytes
	mod    wazero.CompiledModule
	minMem uint64 // bytes of linear memory the module needs to start
	err    error
}

// NewExecutor creates an Executor.
func NewExecutor(opts ...Option) (*Executor, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	e := &Executor{
		defaults: o.defaults.orDefaults(Limits{
			MemoryBytes:    DefaultMemoryBytes,
			WallTime:       DefaultWallTime,
			MaxOutputBytes: DefaultMaxOutputBytes,
		}),
		compiled: make(map[[32]byte]*compiledApp),
	}
	if o.cacheDir != "" {
		c, err := wazero.NewCompilationCacheWithDir(o.cacheDir)
		if err != nil {
			return nil, fmt.Errorf("sandbox: compilation cache: %w", err)
		}
		e.cache = c
	} else {
		e.cache = wazero.NewCompilationCache()
	}
	ctx := context.Background()
	e.runtime = wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfig().
		WithCompilationCache(e.cache).
		WithCloseOnContextDone(true))
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, e.runtime); err != nil {
		_ = e.runtime.Close(ctx)
		_ = e.cache.Close(ctx)
		return nil, fmt.Errorf("sandbox: wasi: %w", err)
	}
	return e, nil
}

// Close releases the runtime and every compiled app. Runs in flight fail.
func (e *Executor) Close(ctx context.Context) error {
	e.mu.Lock()
	if e.closed {
		e.mu.Unlock()
		return nil
	}
	e.closed = true
	e.compiled = nil
	e.mu.Unlock()
	err := e.runtime.Close(ctx)
	if cerr := e.cache.Close(ctx); err == nil {
		err = cerr
	}
	return err
}

// compile returns the compiled module for app, compiling it on first use.
// The module bytes are checked against app.Hash every time: hashed before
// compiling, and compared with the verified copy on a cache hit.
func (e *Executor) compile(ctx context.Context, app App) (*compiledApp, error) {
	for {
		e.mu.Lock()
		if e.closed {
			e.mu.Unlock()
			return nil, ErrClosed
		}
		c, ok := e.compiled[app.Hash]
		if !ok {
			c = &compiledApp{ready: make(chan struct{})}
			e.compiled[app.Hash] = c
		}
		e.mu.Unlock()

		if !ok {
			return e.compileFirst(ctx, app, c)
		}
		select {
		case <-c.ready:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		if c.err != nil {
			// Another request's attempt failed (its bytes may not have
			// matched the hash) and was forgotten: try with ours.
			continue
		}
		if !bytes.Equal(app.Module, c.module) {
			return nil, ErrHashMismatch
		}
		return c, nil
	}
}

// compileFirst fills the new entry c for app, forgetting it on failure so
// that a mismatching request cannot poison the hash for a correct one.
func (e *Executor) compileFirst(ctx context.Context, app App, c *compiledApp) (*compiledApp, error) {
	c.err = e.compileNew(ctx, app, c)
	if c.err != nil {
		e.mu.Lock()
		if e.compiled[app.Hash] == c {
			delete(e.compiled, app.Hash)
		}
		e.mu.Unlock()
	}
	close(c.ready)
	if c.err != nil {
		return nil, c.err
	}
	return c, nil
}

func (e *Executor) compileNew(ctx context.Context, app App, c *compiledApp) error {
	if sha256.Sum256(app.Module) != app.Hash {
		return ErrHashMismatch
	}
	c.module = bytes.Clone(app.Module)
	mod, err := e.runtime.CompileModule(ctx, c.module)
	if err != nil {
		return fmt.Errorf("sandbox: compile %s: %w", app.Name, err)
	}
	if _, ok := mod.ExportedFunctions()["_start"]; !ok {
		_ = mod.Close(ctx)
		return fmt.Errorf("sandbox: %s is not a WASI command: no _start export", app.Name)
	}
	// A module's memory is exported by every common toolchain; the
	// allocator's own check covers one that is not.
	for _, m := range mod.ExportedMemories() {
		c.minMem = max(c.minMem, uint64(m.Min())*pageSize)
	}
	for _, m := range mod.ImportedMemories() {
		c.minMem = max(c.minMem, uint64(m.Min())*pageSize)
	}
	c.mod = mod
	return nil
}

// Request is one execution of an app.
type Request struct {
	App       App
	Args      []string // argv[1:]; argv[0] is App.Name
	Env       map[string]string
	InputDir  string // mounted read-only at /in; "" for none
	OutputDir string // mounted at /out; must exist and be empty
	Limits    Limits
	// Collect returns the output files' contents in Result.Contents (read
	// once, and digested from memory) when they total at most
	// CollectLimit bytes (0: no limit); larger outputs stay on disk.
	Collect      bool
	CollectLimit int64
}

// Result describes a successful run.
type Result struct {
	Digest      [32]byte // DigestDir(OutputDir)
	OutputBytes int64    // total size of the files in OutputDir
	Files       int      // number of regular files in OutputDir
	Duration    time.Duration
	ExitCode    uint32 // always 0: a non-zero exit is an *ExitError
	Contents    []File // with Request.Collect (within its limit), in path order
}

// Run executes req.App to completion. Failures are ErrHashMismatch, a
// *LimitError, an *ExitError, the caller's context error, or another error
// (invalid request, trap, I/O).
func (e *Executor) Run(ctx context.Context, req Request) (*Result, error) {
	limits := req.Limits.orDefaults(e.defaults)
	if err := checkDirs(req.InputDir, req.OutputDir); err != nil {
		return nil, err
	}
	c, err := e.compile(ctx, req.App)
	if err != nil {
		return nil, err
	}
	memLimit := limits.MemoryBytes / pageSize * pageSize
	if c.minMem > memLimit {
		return nil, &LimitError{Kind: LimitMemory, Detail: fmt.Sprintf(
			"module needs %d bytes of memory to start, limit is %d", c.minMem, memLimit)}
	}

	runCtx, cancel := context.WithTimeout(ctx, limits.WallTime)
	defer cancel()
	guard := &memoryGuard{limit: memLimit}
	runCtx = experimental.WithMemoryAllocator(runCtx, guard)
	budget := &outputBudget{limit: limits.MaxOutputBytes}
	stdout := newStdoutFile(req.OutputDir, budget)
	stderr := newTailBuffer(stderrTail)

	fsConfig := wazero.NewFSConfig().(sysfs.FSConfig).
		WithSysFSMount(&outFS{FS: sysfs.DirFS(req.OutputDir), budget: budget}, "/out")
	if req.InputDir != "" {
		fsConfig = fsConfig.(sysfs.FSConfig).
			WithSysFSMount(&sysfs.ReadFS{FS: sysfs.DirFS(req.InputDir)}, "/in")
	}
	name := req.App.Name
	if name == "" {
		name = "app"
	}
	config := wazero.NewModuleConfig().
		WithName("").
		WithStartFunctions(). // _start is called below, after the memory check
		WithArgs(append([]string{name}, req.Args...)...).
		WithStdout(stdout).
		WithStderr(stderr).
		WithFSConfig(fsConfig).
		WithSysWalltime().
		WithSysNanotime().
		WithNanosleep(func(ns int64) { sleep(runCtx, ns) }).
		WithOsyield(runtime.Gosched).
		WithRandSource(newFixedRand())
	for _, k := range slices.Sorted(maps.Keys(req.Env)) {
		config = config.WithEnv(k, req.Env[k])
	}

	start := time.Now()
	runErr := instantiateAndStart(runCtx, e.runtime, c.mod, config, guard)
	duration := time.Since(start)
	if err := stdout.Close(); err != nil && runErr == nil {
		runErr = fmt.Errorf("sandbox: stdout: %w", err)
	}

	if runErr == nil && runCtx.Err() != nil {
		// A guest whose sleep was cut short at the limit may still exit 0,
		// with a result computed on a truncated run: that is a timeout too.
		runErr = runCtx.Err()
	}
	if runErr != nil {
		return nil, classify(ctx, runCtx, runErr, guard, budget, limits, stderr)
	}
	if budget.exceeded.Load() {
		return nil, outputLimitError(limits)
	}
	files, total, err := listFiles(req.OutputDir)
	if err != nil {
		return nil, err
	}
	if total > limits.MaxOutputBytes {
		return nil, &LimitError{Kind: LimitOutput, Detail: fmt.Sprintf(
			"/out holds %d bytes, limit is %d", total, limits.MaxOutputBytes)}
	}
	res := &Result{OutputBytes: total, Files: len(files), Duration: duration}
	if req.Collect && (req.CollectLimit == 0 || total <= req.CollectLimit) {
		res.Contents, res.Digest, err = collectFiles(req.OutputDir, files)
	} else {
		res.Digest, err = digestFiles(req.OutputDir, files)
	}
	if err != nil {
		return nil, err
	}
	return res, nil
}

// instantiateAndStart runs the module's _start. A clean proc_exit(0) is
// success; every other outcome is returned as the error.
func instantiateAndStart(ctx context.Context, r wazero.Runtime, compiled wazero.CompiledModule, config wazero.ModuleConfig, guard *memoryGuard) error {
	mod, err := r.InstantiateModule(ctx, compiled, config)
	if err != nil {
		return err
	}
	defer mod.Close(context.Background())
	if guard.refused.Load() != 0 {
		return errors.New("sandbox: initial memory over the limit")
	}
	_, err = mod.ExportedFunction("_start").Call(ctx)
	var exit *sys.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == 0 {
		return nil
	}
	return err
}

// classify turns a failed run into the error Run reports.
func classify(parent, runCtx context.Context, err error, guard *memoryGuard, budget *outputBudget, limits Limits, stderr *tailBuffer) error {
	if perr := parent.Err(); perr != nil {
		return perr
	}
	var exit *sys.ExitError
	isExit := errors.As(err, &exit)
	if runCtx.Err() != nil || (isExit && exit.ExitCode() == sys.ExitCodeDeadlineExceeded) {
		return &LimitError{Kind: LimitWallTime, Detail: fmt.Sprintf("still running after %s", limits.WallTime)}
	}
	if budget.exceeded.Load() {
		return outputLimitError(limits)
	}
	if refused := guard.refused.Load(); refused != 0 {
		return &LimitError{Kind: LimitMemory, Detail: fmt.Sprintf(
			"growing memory to %d bytes refused, limit is %d", refused, guard.limit)}
	}
	if isExit {
		return &ExitError{Code: exit.ExitCode(), Stderr: stderr.String()}
	}
	if tail := stderr.String(); tail != "" {
		return fmt.Errorf("sandbox: app failed: %w (stderr: %s)", err, tail)
	}
	return fmt.Errorf("sandbox: app failed: %w", err)
}

func outputLimitError(limits Limits) error {
	return &LimitError{Kind: LimitOutput, Detail: fmt.Sprintf(
		"wrote more than %d bytes (stdout and /out)", limits.MaxOutputBytes)}
}

// sleep is the guest's nanosleep: real time, but cut short when the run ends
// so a sleeping guest cannot outlive its wall-time limit.
func sleep(ctx context.Context, ns int64) {
	if ns <= 0 {
		return
	}
	t := time.NewTimer(time.Duration(ns))
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

// checkDirs validates a request's directories: OutputDir must be an empty
// directory; InputDir, if set, a directory without symlinks (the host would
// follow them out of /in).
func checkDirs(inDir, outDir string) error {
	if outDir == "" {
		return errors.New("sandbox: OutputDir is required")
	}
	f, err := os.Open(outDir)
	if err != nil {
		return fmt.Errorf("sandbox: output dir: %w", err)
	}
	names, err := f.Readdirnames(1)
	f.Close()
	if err != nil && len(names) == 0 && !errors.Is(err, io.EOF) {
		return fmt.Errorf("sandbox: output dir: %w", err)
	}
	if len(names) > 0 {
		return fmt.Errorf("sandbox: output dir %s is not empty", outDir)
	}
	if inDir == "" {
		return nil
	}
	if info, err := os.Stat(inDir); err != nil {
		return fmt.Errorf("sandbox: input dir: %w", err)
	} else if !info.IsDir() {
		return fmt.Errorf("sandbox: input dir %s is not a directory", inDir)
	}
	return filepath.WalkDir(inDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type()&fs.ModeSymlink != 0 {
			return fmt.Errorf("sandbox: input %s is a symlink", path)
		}
		return nil
	})
}
