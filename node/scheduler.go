package node

import (
	"context"
	"slices"
	"sync"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/pocogrid/pocogrid/actors"
	"github.com/pocogrid/pocogrid/cluster"
	"github.com/pocogrid/pocogrid/identity"
	"github.com/pocogrid/pocogrid/messages"
)

// schedulerSide runs the pool manager: the pool actors on a durable
// journal, the HTTP API, and the membership watch that tells the scheduler
// when a worker node is lost.
type schedulerSide struct {
	pool     *actors.Pool
	stores   *stores
	httpAddr string
	stopAPI  func()
	cancel   context.CancelFunc
	wg       sync.WaitGroup
}

func startScheduler(ctx context.Context, cfg Config, sys *actor.ActorSystem, key *identity.Key, mem *cluster.Membership) (*schedulerSide, error) {
	st, err := openStores(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	cat, err := catalog(cfg)
	if err != nil {
		st.close()
		return nil, err
	}
	pool, err := actors.StartPool(sys, actors.PoolConfig{
		Name: cfg.Pool, SchedulerKey: key, Apps: cat, Logger: cfg.Logger, AllowNative: cfg.AllowNative,
		Journal: st.journal, Results: st.results,
		HeartbeatInterval: cfg.HeartbeatInterval, LivenessTimeout: cfg.LivenessTimeout, ParkTimeout: cfg.ParkTimeout,
	})
	if err != nil {
		st.close()
		return nil, err
	}
	s := &schedulerSide{pool: pool, stores: st}
	s.httpAddr, s.stopAPI, err = serveAPI(cfg, sys, pool, mem)
	if err != nil {
		pool.Stop()
		st.close()
		return nil, err
	}
	ctx, s.cancel = context.WithCancel(ctx)
	sets, unsubscribe := mem.Subscribe()
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		defer unsubscribe()
		known := map[string]string{} // member name → worker node's actor address
		for {
			select {
			case <-ctx.Done():
				return
			case set, ok := <-sets:
				if !ok {
					return
				}
				now := map[string]bool{}
				for _, m := range set {
					now[m.Name] = true
					if d := m.Descriptor; d != nil && d.Pool == cfg.Pool && slices.Contains(d.Roles, RoleWorker) {
						known[m.Name] = d.ActorAddress
					}
				}
				for name, w := range known {
					if now[name] {
						continue
					}
					delete(known, name)
					why := "worker node left the cluster"
					if state, _, ok := mem.Departed(name); ok && state == cluster.StateDead {
						why = "worker node declared dead by the cluster"
					}
					sys.Root.Send(pool.Scheduler, &messages.WorkerLost{ActorAddress: w, Reason: why})
				}
			}
		}
	}()
	return s, nil
}

func (s *schedulerSide) close() {
	if s.cancel != nil {
		s.cancel()
	}
	s.wg.Wait()
	if s.stopAPI != nil {
		s.stopAPI()
	}
	s.pool.Stop()
	s.stores.close()
}
