// Package sandbox runs apps as WebAssembly command modules (WASI preview 1)
// with wazero, and computes the PoCo digest of what they produce.
//
// # Isolation
//
// A guest sees exactly two directories: /in, a read-only mount of
// Request.InputDir (absent when InputDir is ""), and /out, a read-write mount
// of Request.OutputDir. No other host path is reachable: WASI paths that
// escape a mount ("..", absolute paths elsewhere) are refused by wazero, and
// the guest may not create symbolic or hard links, which the host would
// otherwise follow out of the mount. The caller must not put symlinks into
// InputDir; Run refuses an InputDir that holds one. There is no network:
// no socket is pre-opened and no host function beyond WASI is linked.
//
// # Determinism
//
// Clocks are real (wall, monotonic and sleep, the latter interruptible by the
// wall-time limit) because apps may legitimately measure or wait. The only
// randomness a guest can read (WASI random_get) is a fixed-seed ChaCha8
// stream (rand.go), so Go's map seeds and similar are the same on every
// run and every worker. Apps that want varied randomness take a seed as an
// argument.
//
// # Output and digest
//
// The guest's stdout is written to /out/stdout (created on the first
// non-empty write), so it is part of the result; stderr is only kept (its
// last few KiB) for error messages. After a successful run, /out must hold
// only directories and regular files (a symlink fails the run) whose total
// size is within Limits.MaxOutputBytes.
//
// The digest (POCO.md, "Hashes") is computed by DigestDir:
//
//   - if the directory holds exactly one regular file, at any depth:
//     sha256 of that file's content;
//   - otherwise (zero or several files): keccak256 of the concatenation of
//     each regular file's 32-byte sha256, files ordered by their
//     slash-separated path relative to the directory, compared bytewise.
//     Empty directories do not contribute; zero files give keccak256("").
//
// # Limits
//
// Memory: linear-memory growth beyond Limits.MemoryBytes is refused (the
// guest sees memory.grow fail); a run that then fails reports
// LimitError{Kind: "memory"}. The limit is enforced by a per-run wazero
// memory allocator rather than RuntimeConfig.WithMemoryLimitPages, so one
// Runtime serves every limit and a refused growth is known for certain.
//
// Wall time: the run's context gets a deadline and the module is closed when
// it passes (LimitError "walltime"); a guest sleeping in poll_oneoff is woken.
// This uses wazero's WithCloseOnContextDone, which compiles a termination
// check into every loop header. Go's wasm code sends each loop iteration
// through its function's dispatch loop, so tight Go loops pay that check per
// iteration: a bytewise prime sieve and a Mandelbrot kernel measured 4-5x
// slower than without the check. Compute apps should do more work per
// iteration (unrolling, word-level operations), as those in apps/src do; that
// brought the overhead to about 2x or less.
//
// Output: stdout and file writes share a byte budget enforced while writing,
// and /out is measured after the run (LimitError "output"). Bytes written
// count against the budget even when they overwrite earlier ones.
package sandbox
