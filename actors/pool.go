package actors

import (
	"errors"
	"fmt"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/pocogrid/pocogrid/messages"
)

// poolActor is the pool manager's supervisor: it owns the scheduler and
// restarts it (the scheduler resumes its tasks from the journal).
type poolActor struct {
	cfg       *PoolConfig
	scheduler *actor.PID
}

func (p *poolActor) Receive(ctx actor.Context) {
	switch ctx.Message().(type) {
	case *actor.Started:
		pid, err := ctx.SpawnNamed(newSchedulerProps(p.cfg), "scheduler")
		if err != nil {
			panic(err)
		}
		p.scheduler = pid
	case *actor.Stopping, *actor.Stopped, *actor.Restarting, *actor.Terminated:
	default:
		ctx.Forward(p.scheduler)
	}
}

// Pool is a handle on a running pool.
type Pool struct {
	System    *actor.ActorSystem
	PID       *actor.PID
	Scheduler *actor.PID
	Config    *PoolConfig
}

// StartPool spawns a pool (PoolActor → SchedulerActor → TaskActors).
func StartPool(sys *actor.ActorSystem, cfg PoolConfig) (*Pool, error) {
	if cfg.SchedulerKey == nil {
		return nil, errors.New("pool: a scheduler key is required")
	}
	if cfg.Apps == nil {
		return nil, errors.New("pool: an app catalog is required")
	}
	if cfg.Name == "" {
		cfg.Name = "pool"
	}
	cfg.defaults()
	c := &cfg
	props := actor.PropsFromProducer(func() actor.Actor { return &poolActor{cfg: c} },
		actor.WithSupervisor(actor.NewOneForOneStrategy(10, 10*time.Second, func(any) actor.Directive { return actor.RestartDirective })))
	pid, err := sys.Root.SpawnNamed(props, cfg.Name)
	if err != nil {
		return nil, err
	}
	p := &Pool{System: sys, PID: pid, Scheduler: actor.NewPID(pid.Address, pid.Id+"/scheduler"), Config: c}
	// The scheduler is spawned by the pool actor asynchronously; wait until
	// it answers so that nothing sent to it lands in dead letters.
	var lastErr error
	for i := 0; i < 100; i++ {
		if _, lastErr = p.Status(false, time.Second); lastErr == nil {
			return p, nil
		}
		time.Sleep(10 * time.Millisecond)
	}
	return nil, fmt.Errorf("pool scheduler did not start: %w", lastErr)
}

// Submit sends a bag and waits for the scheduler's answer.
func (p *Pool) Submit(bag *messages.SubmitBag, timeout time.Duration) (*messages.SubmitReply, error) {
	res, err := p.System.Root.RequestFuture(p.Scheduler, bag, timeout).Result()
	if err != nil {
		return nil, fmt.Errorf("submit: %w", err)
	}
	r, ok := res.(*messages.SubmitReply)
	if !ok {
		return nil, fmt.Errorf("submit: unexpected reply %T", res)
	}
	if !r.Accepted {
		return r, errors.New(r.Error)
	}
	return r, nil
}

// Status asks the scheduler for the pool state.
func (p *Pool) Status(withTasks bool, timeout time.Duration) (*messages.PoolStatus, error) {
	res, err := p.System.Root.RequestFuture(p.Scheduler, &messages.StatusRequest{IncludeTasks: withTasks}, timeout).Result()
	if err != nil {
		return nil, err
	}
	st, ok := res.(*messages.PoolStatus)
	if !ok {
		return nil, fmt.Errorf("status: unexpected reply %T", res)
	}
	return st, nil
}

// Stop stops the pool and its children.
func (p *Pool) Stop() { _ = p.System.Root.StopFuture(p.PID).Wait() }
