package replay

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"strings"
	"time"

	"github.com/pocogrid/pocogrid/demo"
	"github.com/pocogrid/pocogrid/trace"
)

// Apps a replay can run.
const (
	AppSleep = "sleep" // duration-faithful: sleeps the scaled runtime
	AppNoop  = "noop"  // ignores runtimes (protocol-bound experiments)
)

// Chains a replay accepts.
const (
	ChainNone = "none"
	ChainSim  = "sim"
)

// Options configure a replay.
type Options struct {
	// Jobs is the workload; any order (the replay sorts by submit time).
	Jobs []trace.Job
	// Source names the workload in the report.
	Source string
	// Availability, when set, drives worker churn (see the package doc).
	Availability *trace.Availability
	// AvailabilityOffset is where, in seconds after the availability
	// trace's earliest event, the replay's first submit time falls.
	AvailabilityOffset float64

	Workers int
	// Speedup is trace seconds per wall second (default 1000).
	Speedup   float64
	Trust     uint64
	Saboteurs float64 // fraction of colluding workers, in [0, 1)
	Chain     string  // "none" (default) or "sim": deals matched and tasks settled on an in-process chain
	App       string  // AppSleep (default) or AppNoop
	// Category is a PoCo category name (XS … XL), or "" / "auto" for the
	// smallest one whose T covers the longest task (XL with a custom T
	// when none does; see the package doc).
	Category string
	// Slots is replicas per worker at once (default 1: a worker is one
	// trace processor).
	Slots int
	// MaxFailedReplicas fails a task after this many failed replicas
	// (default 8, the pool's).
	MaxFailedReplicas int
	// Wall-time liveness of replicas (see the package doc); defaults
	// 100 ms and 500 ms.
	HeartbeatInterval, LivenessTimeout time.Duration
	// Timeout bounds the replay's wall time (default: 10 min plus three
	// times the scaled trace span). Jobs not ended by then fail with the
	// reason "replay timed out".
	Timeout time.Duration
	// Seed drives saboteur placement and runtime rounding (default 1).
	Seed uint64
	// Progress receives a live progress line (nil: none).
	Progress io.Writer
	Logger   *slog.Logger
	// WorkDir holds the replay's sandbox scratch directory (default
	// demo.ScratchDir).
	WorkDir string
}

// Defaults of Options.
const (
	DefaultSpeedup           = 1000
	DefaultHeartbeatInterval = 100 * time.Millisecond
	DefaultLivenessTimeout   = 500 * time.Millisecond
)

func (o *Options) defaults() error {
	if len(o.Jobs) == 0 {
		return errors.New("replay: the workload has no jobs")
	}
	if o.Workers <= 0 {
		return errors.New("replay: --workers must be at least 1")
	}
	if o.Speedup == 0 {
		o.Speedup = DefaultSpeedup
	}
	if !(o.Speedup > 0) || math.IsInf(o.Speedup, 0) {
		return fmt.Errorf("replay: --speedup must be a positive number, got %v", o.Speedup)
	}
	if o.Saboteurs < 0 || o.Saboteurs >= 1 || math.IsNaN(o.Saboteurs) {
		return errors.New("replay: --saboteurs must be in [0, 1)")
	}
	if o.Trust == 0 {
		o.Trust = 1
	}
	switch o.Chain {
	case "", ChainNone:
		o.Chain = ChainNone
	case ChainSim:
	default:
		return fmt.Errorf("replay: --chain %q: want none or sim", o.Chain)
	}
	switch o.App {
	case "":
		o.App = AppSleep
	case AppSleep, AppNoop:
	default:
		return fmt.Errorf("replay: app %q: want %s or %s", o.App, AppSleep, AppNoop)
	}
	if strings.EqualFold(o.Category, "auto") {
		o.Category = ""
	}
	if o.Slots <= 0 {
		o.Slots = 1
	}
	if o.HeartbeatInterval <= 0 {
		o.HeartbeatInterval = DefaultHeartbeatInterval
	}
	if o.LivenessTimeout <= 0 {
		o.LivenessTimeout = DefaultLivenessTimeout
	}
	if o.LivenessTimeout <= o.HeartbeatInterval {
		return errors.New("replay: the liveness timeout must exceed the heartbeat interval")
	}
	if o.Availability != nil && len(o.Availability.Nodes) == 0 {
		return errors.New("replay: the availability trace has no nodes")
	}
	if o.AvailabilityOffset < 0 || math.IsNaN(o.AvailabilityOffset) || math.IsInf(o.AvailabilityOffset, 0) {
		return errors.New("replay: the availability offset must be a non-negative number of seconds")
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.WorkDir == "" {
		o.WorkDir = demo.ScratchDir()
	}
	return nil
}
