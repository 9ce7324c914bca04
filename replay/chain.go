package replay

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/pocogrid/pocogrid/actors"
	"github.com/pocogrid/pocogrid/demo"
	"github.com/pocogrid/pocogrid/identity"
)

// replayChain settles a replay on go-ethereum's simulated chain: each job
// is a deal in a category whose time T is the replay's, every worker
// contributes and reveals with its own funded key, the scheduler
// finalizes. Chain time is the simulated chain's own; PoCo's on-chain
// deadlines (7T from each deal) are far beyond a replay's wall time.
type replayChain struct {
	*demo.Chain
	category uint64
}

func openReplayChain(ctx context.Context, sys *actor.ActorSystem, log *slog.Logger, sched *identity.Key, cat *actors.Catalog, app string, timeRef uint64) (*replayChain, error) {
	requester, err := identity.Generate()
	if err != nil {
		return nil, err
	}
	owner, err := identity.Generate()
	if err != nil {
		return nil, err
	}
	c, err := demo.OpenChain(ctx, ChainSim, sys, log, requester, sched, owner, nil)
	if err != nil {
		return nil, err
	}
	a, err := cat.ByName(app)
	if err == nil {
		err = c.RegisterApp(ctx, a)
	}
	var id uint64
	if err == nil {
		id, err = c.CreateCategory(ctx, fmt.Sprintf("replay-%ds", timeRef), timeRef)
	}
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("chain set-up: %w", err)
	}
	return &replayChain{Chain: c, category: id}, nil
}

// fund gives every worker of the fleet ETH and a deposit for its stakes,
// and its own chain side.
func (c *replayChain) fund(ctx context.Context, fl *fleet) error {
	keys := make([]*identity.Key, len(fl.slots))
	for i, s := range fl.slots {
		keys[i] = s.key
	}
	if err := c.Fund(ctx, keys, nil, nil); err != nil {
		return fmt.Errorf("fund workers: %w", err)
	}
	fl.chainFor = c.WorkerChain
	return nil
}
