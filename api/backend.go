package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/pocogrid/pocogrid/actors"
	"github.com/pocogrid/pocogrid/blob"
	"github.com/pocogrid/pocogrid/messages"
)

// Backend is what the API serves: a pool manager and the cluster's view.
type Backend interface {
	Submit(ctx context.Context, bag *messages.SubmitBag) (*messages.SubmitReply, error)
	Status(ctx context.Context, withTasks bool) (*messages.PoolStatus, error)
	Result(ctx context.Context, taskID [32]byte) (digest [32]byte, files []*messages.ResultFile, ok bool, err error)
	Nodes(ctx context.Context) ([]NodeInfo, error)
}

// ResultManifester is optionally implemented by a Backend whose results
// sit on disk as blobs (journal.ResultStore): the server then lists and
// streams result files without loading them. errors.ErrUnsupported makes
// the server fall back to Backend.Result.
type ResultManifester interface {
	ResultManifest(ctx context.Context, taskID [32]byte) (digest [32]byte, files []blob.FileRef, ok bool, err error)
}

// BlobSource is optionally implemented by a Backend that has a blob store
// (served at /v1/blobs/{sha256} unless Options.Blobs says otherwise).
type BlobSource interface {
	Blobs() *blob.Store
}

// NodeInfo is one live cluster member as the backend sees it.
type NodeInfo struct {
	Name       string
	Addr       string // gossip host:port
	State      string // "alive", "leaving", ...
	Descriptor *messages.NodeDescriptor
	Kinds      []string
	// GPUs is optional detail (e.g. the node's gpu.Info list) passed
	// through as is.
	GPUs json.RawMessage
}

// Errors a Backend returns to select the HTTP status.
var (
	// ErrNotFound → 404.
	ErrNotFound = errors.New("not found")
	// ErrRejected: the pool refused a well-formed request (unknown app,
	// bad requirement, duplicate task) → 422.
	ErrRejected = errors.New("rejected by the pool")
	// ErrUnavailable: the pool did not answer in time → 503.
	ErrUnavailable = errors.New("pool unavailable")
)

// PoolBackend serves an in-process pool.
type PoolBackend struct {
	Pool *actors.Pool
	// NodesFunc lists the live members (e.g. from cluster.Membership); nil
	// lists none.
	NodesFunc func(context.Context) ([]NodeInfo, error)
	// Timeout bounds each request to the pool actors (default 30 s, less
	// if the request's context ends sooner).
	Timeout time.Duration
}

// NewPoolBackend serves p, with nodes listing the cluster members.
func NewPoolBackend(p *actors.Pool, nodes func(context.Context) ([]NodeInfo, error)) *PoolBackend {
	return &PoolBackend{Pool: p, NodesFunc: nodes}
}

func (b *PoolBackend) timeout(ctx context.Context) time.Duration {
	d := b.Timeout
	if d <= 0 {
		d = 30 * time.Second
	}
	if dl, ok := ctx.Deadline(); ok {
		d = min(d, time.Until(dl))
	}
	return max(d, time.Millisecond)
}

// Submit hands the bag to the scheduler, which journals it before
// answering.
func (b *PoolBackend) Submit(ctx context.Context, bag *messages.SubmitBag) (*messages.SubmitReply, error) {
	r, err := b.Pool.Submit(bag, b.timeout(ctx))
	if r != nil && !r.Accepted {
		return r, fmt.Errorf("%w: %s", ErrRejected, r.Error)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	return r, nil
}

// Status asks the scheduler.
func (b *PoolBackend) Status(ctx context.Context, withTasks bool) (*messages.PoolStatus, error) {
	st, err := b.Pool.Status(withTasks, b.timeout(ctx))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	return st, nil
}

// Result reads the pool's result store.
func (b *PoolBackend) Result(_ context.Context, taskID [32]byte) ([32]byte, []*messages.ResultFile, bool, error) {
	return b.Pool.Config.Results.Get(taskID)
}

type manifester interface {
	Manifest(taskID [32]byte) ([32]byte, []blob.FileRef, bool, error)
}

// ResultManifest lists a result without reading it when the pool's result
// store can (journal.ResultStore).
func (b *PoolBackend) ResultManifest(_ context.Context, taskID [32]byte) ([32]byte, []blob.FileRef, bool, error) {
	if m, ok := b.Pool.Config.Results.(manifester); ok {
		return m.Manifest(taskID)
	}
	return [32]byte{}, nil, false, errors.ErrUnsupported
}

// Blobs is the pool result store's blob store, if it has one.
func (b *PoolBackend) Blobs() *blob.Store {
	if s, ok := b.Pool.Config.Results.(BlobSource); ok {
		return s.Blobs()
	}
	return nil
}

// Nodes calls NodesFunc.
func (b *PoolBackend) Nodes(ctx context.Context) ([]NodeInfo, error) {
	if b.NodesFunc == nil {
		return nil, nil
	}
	return b.NodesFunc(ctx)
}
