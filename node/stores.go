package node

import (
	"context"
	"encoding/json"
	"net"
	"path/filepath"
	"sync"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/pocogrid/pocogrid/actors"
	"github.com/pocogrid/pocogrid/api"
	"github.com/pocogrid/pocogrid/cluster"
	"github.com/pocogrid/pocogrid/journal"
	"github.com/pocogrid/pocogrid/messages"
	"github.com/pocogrid/pocogrid/result"
)

// stores are the scheduler's durable journal (bbolt, fsynced before every
// acknowledgement) and its content-addressed result store.
type stores struct {
	journal actors.Journal
	results result.Store
	closers []func() error
}

func (s *stores) close() {
	for _, c := range s.closers {
		_ = c()
	}
}

func openStores(dataDir string) (*stores, error) {
	db, rs, err := journal.OpenDataDir(filepath.Join(dataDir, "pool"))
	if err != nil {
		return nil, err
	}
	return &stores{journal: db, results: rs, closers: []func() error{db.Close}}, nil
}

// serveAPI serves the scheduler's HTTP API on cfg.HTTP.
func serveAPI(cfg Config, sys *actor.ActorSystem, pool *actors.Pool, mem *cluster.Membership) (string, func(), error) {
	backend := api.NewPoolBackend(pool, func(ctx context.Context) ([]api.NodeInfo, error) {
		return nodeInfos(ctx, sys, mem), nil
	})
	srv := api.NewServer(backend, api.Options{Logger: cfg.Logger})
	ln, err := net.Listen("tcp", cfg.HTTP)
	if err != nil {
		return "", nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := api.ServeListener(ctx, ln, srv); err != nil {
			cfg.Logger.Error("http api", "err", err)
		}
	}()
	return ln.Addr().String(), func() { cancel(); <-done }, nil
}

// nodeInfos lists the live members, with each node's GPU details asked of
// its nodeinfo actor (in parallel, bounded by a short timeout).
func nodeInfos(ctx context.Context, sys *actor.ActorSystem, mem *cluster.Membership) []api.NodeInfo {
	members := mem.Members()
	out := make([]api.NodeInfo, len(members))
	var wg sync.WaitGroup
	for i, m := range members {
		out[i] = api.NodeInfo{Name: m.Name, Addr: m.Addr, State: m.State, Descriptor: m.Descriptor, Kinds: m.Kinds}
		if m.Descriptor == nil || m.Descriptor.ActorAddress == "" || m.Descriptor.GetGpu().GetCount() == 0 {
			continue
		}
		wg.Add(1)
		go func(i int, addr string) {
			defer wg.Done()
			res, err := sys.Root.RequestFuture(actor.NewPID(addr, "nodeinfo"), &messages.NodeDetailsRequest{}, 2*time.Second).Result()
			if d, ok := res.(*messages.NodeDetails); err == nil && ok && json.Valid(d.GpusJson) {
				out[i].GPUs = d.GpusJson
			}
		}(i, m.Descriptor.ActorAddress)
	}
	wg.Wait()
	return out
}
