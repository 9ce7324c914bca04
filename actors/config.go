package actors

import (
	"context"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocogrid/pocogrid/clock"
	"github.com/pocogrid/pocogrid/gpu"
	"github.com/pocogrid/pocogrid/identity"
	"github.com/pocogrid/pocogrid/messages"
	"github.com/pocogrid/pocogrid/poco"
	"github.com/pocogrid/pocogrid/result"
	"github.com/pocogrid/pocogrid/sandbox"
)

// PoolConfig configures a pool: its scheduler's identity, timing policy and
// economics.
type PoolConfig struct {
	Name         string
	SchedulerKey *identity.Key
	Clock        clock.Clock
	Logger       *slog.Logger
	Journal      Journal
	Results      result.Store
	// Apps the pool accepts, by name; a submitted task names one of them.
	Apps AppCatalog

	// HeartbeatInterval is how often workers heartbeat running replicas;
	// a replica whose worker is silent for LivenessTimeout fails.
	HeartbeatInterval time.Duration
	LivenessTimeout   time.Duration
	// ReplicaTimeout bounds how long a replica may compute before it fails
	// and stops counting as pending (iexec-core uses the category time T).
	ReplicaTimeout time.Duration
	// ParkTimeout is how long a work request waits for work (long poll).
	ParkTimeout time.Duration
	// FailUnmatched fails at submit the tasks no registered worker can run,
	// instead of keeping them pending with the reason.
	FailUnmatched bool

	// AllowNative lets tasks name native apps (trusted host executables).
	// Untrusted pools leave it off and stay WebAssembly-only.
	AllowNative bool
	// MaxFailedReplicas fails a task once this many of its replicas failed
	// (default 8): an app that always exceeds its limits must not hold the
	// task until its contribution deadline.
	MaxFailedReplicas int

	// Economics, in nRLC (see poco.Payout).
	PoolPrice, WorkerStake, SchedulerRatio uint64

	// Events, when set, receives every TaskEnded (called from the scheduler
	// actor; must not block).
	Events func(*messages.TaskEnded)
	// Settle, when set, mirrors every task on a chain; see Settler.
	Settle Settler
}

// Settler mirrors a pool's tasks on a chain. Its calls block until the
// transaction is mined (or definitively failed) and are made from
// goroutines, never from an actor's mailbox: the task waits in its current
// state meanwhile, and retries on error.
type Settler interface {
	// Initialize opens the task on chain before its first replica.
	Initialize(ctx context.Context, spec *messages.TaskSpec) error
	// Finalize settles a certified task: payouts, stakes, scores, and the
	// result digest recorded on chain.
	Finalize(ctx context.Context, taskID, digest [32]byte) error
	// Abandon is told once when a task fails off chain; the settler claims
	// it (refunding the requester) once the chain allows it.
	Abandon(taskID [32]byte, reason string)
}

// WorkerChain is a worker's side of the chain: it commits and reveals with
// the worker's own funded key. Calls block until mined.
type WorkerChain interface {
	// Contribute returns the consensus weight the chain gave the
	// contribution (from the worker's on-chain score at that block).
	Contribute(ctx context.Context, taskID, resultHash, resultSeal [32]byte, authSign []byte) (weight uint64, err error)
	Reveal(ctx context.Context, taskID, digest [32]byte) error
}

// BlobPublisher serves a worker's large results to whoever fetches them.
type BlobPublisher interface {
	// InlineLimit: results up to this many bytes travel inline.
	InlineLimit() int64
	// Publish stores the files under dir (streamed from disk) and returns
	// references to them (path, sha256, size, URL).
	Publish(dir string) ([]*messages.ResultFile, error)
}

// AppCatalog resolves app names and hashes to modules.
type AppCatalog interface {
	ByName(name string) (sandbox.App, error)
	ByHash(hash [32]byte) (sandbox.App, error)
}

func (c *PoolConfig) defaults() {
	if c.Clock == nil {
		c.Clock = clock.Real{}
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Journal == nil {
		c.Journal = NewMemJournal()
	}
	if c.Results == nil {
		c.Results = result.NewMemStore()
	}
	if c.HeartbeatInterval == 0 {
		c.HeartbeatInterval = time.Second
	}
	if c.LivenessTimeout == 0 {
		c.LivenessTimeout = 5 * c.HeartbeatInterval
	}
	if c.ReplicaTimeout == 0 {
		t, _ := poco.XS.T()
		c.ReplicaTimeout = time.Duration(t) * time.Second
	}
	if c.ParkTimeout == 0 {
		c.ParkTimeout = 10 * time.Second
	}
	if c.MaxFailedReplicas == 0 {
		c.MaxFailedReplicas = 8
	}
	if c.SchedulerRatio == 0 {
		c.SchedulerRatio = 1
	}
}

// WorkerConfig configures one worker.
type WorkerConfig struct {
	Key        *identity.Key
	Descriptor *messages.NodeDescriptor
	// Scheduler is the address the worker trusts to authorize replicas.
	Scheduler common.Address
	Executor  *sandbox.Executor
	Apps      AppCatalog
	// Slots is how many replicas the worker runs at once (default 1).
	Slots int
	// Saboteur makes the worker return the colluding wrong result.
	Saboteur bool
	Clock    clock.Clock
	Logger   *slog.Logger
	// ContributionRetry is how long to wait for an Ack before resending.
	ContributionRetry time.Duration
	// RequestTimeout: a work request unanswered this long is taken as lost
	// and asked again (default 30 s; the scheduler answers parked requests
	// within its park timeout).
	RequestTimeout time.Duration
	// WorkDir holds the per-replica sandbox directories (default: temp).
	WorkDir string
	// AllowNative lets this worker run the catalog's native apps (trusted
	// host executables, pinned by hash, with the allocated GPUs visible).
	AllowNative bool
	// Blobs, when set, publishes results larger than its inline limit as
	// content-addressed blobs that the scheduler fetches and verifies,
	// instead of sending their bytes in the reveal.
	Blobs BlobPublisher
	// Chain, when set, contributes and reveals on chain before telling the
	// task (the pool then runs with a Settler).
	Chain WorkerChain
	// GPUs, when set, are the node's GPUs: replicas of GPU tasks get whole
	// GPUs allocated from it and run pinned to them.
	GPUs *gpu.Allocator
	// GPUHealth delivers the node's GPU health events (gpu.Prober.Events):
	// a critical one marks the GPU unhealthy, and the replicas pinned to it
	// fail so their tasks provision others.
	GPUHealth <-chan gpu.HealthEvent
	// OnReplica, when set, is told each replica run (for demo statistics).
	OnReplica func(ReplicaRun)
}

// ReplicaRun reports one execution on a worker.
type ReplicaRun struct {
	TaskID     [32]byte
	Worker     common.Address
	Start, End time.Time
	Duration   time.Duration
	Err        error
	GPUs       []string // the GPUs the replica was pinned to
	WantGPUs   int      // GPUs the task asked for
}

func (c *WorkerConfig) defaults() {
	if c.Slots <= 0 {
		c.Slots = 1
	}
	if c.Clock == nil {
		c.Clock = clock.Real{}
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.RequestTimeout == 0 {
		c.RequestTimeout = 30 * time.Second
	}
	if c.ContributionRetry == 0 {
		c.ContributionRetry = 5 * time.Second
	}
}
