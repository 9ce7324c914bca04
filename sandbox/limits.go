package sandbox

import (
	"fmt"
	"time"
)

// Package defaults for zero Limits fields.
const (
	DefaultMemoryBytes    uint64        = 256 << 20
	DefaultWallTime       time.Duration = 60 * time.Second
	DefaultMaxOutputBytes int64         = 64 << 20
)

// maxMemoryBytes is the most a wasm32 linear memory can address.
const maxMemoryBytes uint64 = 4 << 30

// Limits bound one run. A zero field means the executor's default.
type Limits struct {
	MemoryBytes    uint64        // linear memory, rounded down to 64 KiB pages
	WallTime       time.Duration // from instantiation to exit
	MaxOutputBytes int64         // stdout plus everything under /out
}

func (l Limits) orDefaults(d Limits) Limits {
	if l.MemoryBytes == 0 {
		l.MemoryBytes = d.MemoryBytes
	}
	if l.WallTime == 0 {
		l.WallTime = d.WallTime
	}
	if l.MaxOutputBytes == 0 {
		l.MaxOutputBytes = d.MaxOutputBytes
	}
	l.MemoryBytes = min(l.MemoryBytes, maxMemoryBytes)
	return l
}

// Kinds of LimitError.
const (
	LimitMemory   = "memory"
	LimitWallTime = "walltime"
	LimitOutput   = "output"
)

// LimitError reports a run stopped or failed by one of its Limits.
type LimitError struct {
	Kind   string // LimitMemory, LimitWallTime or LimitOutput
	Detail string
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("sandbox: %s limit exceeded: %s", e.Kind, e.Detail)
}

// ExitError reports a guest that exited with a non-zero code.
type ExitError struct {
	Code   uint32
	Stderr string // the last few KiB the guest wrote to stderr
}

func (e *ExitError) Error() string {
	if e.Stderr == "" {
		return fmt.Sprintf("sandbox: app exited with code %d", e.Code)
	}
	return fmt.Sprintf("sandbox: app exited with code %d: %s", e.Code, e.Stderr)
}
