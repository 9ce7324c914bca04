package gpu

import (
	"context"
	"fmt"
	"log/slog"
	"reflect"
	"time"

	"github.com/asynkron/protoactor-go/actor"
)

// DefaultProbeInterval is how often the GPUActor re-reads the GPUs.
const DefaultProbeInterval = 10 * time.Second

// EventProbe marks a health change found by probing (a GPU that vanished or
// that NVML reports lost) rather than by an NVML event.
const EventProbe EventKind = "probe"

// ActorConfig configures a GPUActor.
type ActorConfig struct {
	// Prober is owned by the actor from now on: it is closed when the actor stops.
	Prober Prober
	// Reason is why Prober sees no GPUs (NewNVMLProber's second result).
	Reason string
	// Allocator outlives actor restarts so that no allocation is forgotten;
	// NewActorProps makes one when nil.
	Allocator     *Allocator
	ProbeInterval time.Duration
	Logger        *slog.Logger
}

// actorState survives restarts of the actor.
type actorState struct {
	cfg       ActorConfig
	subs      *actor.PIDSet
	published *Summary
	lastErr   error
}

// GPUActor is the protoactor shell around a Prober and an Allocator: it
// probes every ProbeInterval, turns health events into GPUUnhealthy, and
// serves the messages of messages.go.
type GPUActor struct {
	*actorState
	stop context.CancelFunc
}

// NewActorProps returns the props of a GPUActor.
func NewActorProps(cfg ActorConfig) *actor.Props {
	if cfg.Allocator == nil {
		cfg.Allocator = NewAllocator(nil)
	}
	if cfg.ProbeInterval <= 0 {
		cfg.ProbeInterval = DefaultProbeInterval
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	st := &actorState{cfg: cfg, subs: actor.NewPIDSet()}
	return actor.PropsFromProducer(func() actor.Actor { return &GPUActor{actorState: st} })
}

// Receive implements actor.Actor.
func (a *GPUActor) Receive(ctx actor.Context) {
	switch msg := ctx.Message().(type) {
	case *actor.Started:
		a.start(ctx)
	case *actor.Restarting, *actor.Stopping:
		a.stopLoops()
	case *actor.Stopped:
		a.stopLoops()
		if err := a.cfg.Prober.Close(); err != nil {
			a.cfg.Logger.Warn("closing GPU prober", "error", err)
		}
	case probeTick:
		a.probe(ctx)
	case healthEventMsg:
		a.onHealth(ctx, msg.ev)
	case *GetGPUs:
		a.respond(ctx, a.gpus())
	case *Refresh:
		a.probe(ctx)
		a.respond(ctx, a.gpus())
	case *AllocateGPUs:
		al, err := a.cfg.Allocator.Allocate(msg.Owner, msg.Request)
		if err == nil {
			a.recordUsage(al.UUIDs, true)
			a.publishCapacity(ctx)
		}
		a.respond(ctx, &AllocateResponse{Allocation: al, Err: err})
	case *ReleaseGPUs:
		a.respond(ctx, a.release(ctx, msg))
	case *ExplainGPUs:
		a.respond(ctx, &ExplainResponse{Reason: a.cfg.Allocator.Explain(msg.Request)})
	case *SubscribeGPUEvents:
		if msg.Subscriber != nil {
			a.subs.Add(msg.Subscriber)
		}
	case *UnsubscribeGPUEvents:
		if msg.Subscriber != nil {
			a.subs.Remove(msg.Subscriber)
		}
	}
}

func (a *GPUActor) start(ctx actor.Context) {
	a.probe(ctx)
	run, cancel := context.WithCancel(context.Background())
	a.stop = cancel
	root, self := ctx.ActorSystem().Root, ctx.Self()

	go func() {
		t := time.NewTicker(a.cfg.ProbeInterval)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				root.Send(self, probeTick{})
			case <-run.Done():
				return
			}
		}
	}()

	events, err := a.cfg.Prober.Events(run)
	if err != nil {
		a.cfg.Logger.Warn("GPU health events unavailable; health is not watched", "error", err)
		return
	}
	go func() {
		for ev := range events {
			root.Send(self, healthEventMsg{ev})
		}
	}()
}

func (a *GPUActor) stopLoops() {
	if a.stop != nil {
		a.stop()
		a.stop = nil
	}
}

func (a *GPUActor) probe(ctx actor.Context) {
	infos, err := a.cfg.Prober.Probe()
	if err != nil {
		if a.lastErr == nil || a.lastErr.Error() != err.Error() {
			a.cfg.Logger.Warn("probing GPUs failed", "error", err)
		}
		a.lastErr = err
		return
	}
	a.lastErr = nil
	for _, c := range a.cfg.Allocator.Update(infos) {
		a.publishUnhealthy(ctx, c, EventProbe, 0)
	}
	a.publishCapacity(ctx)
}

func (a *GPUActor) onHealth(ctx actor.Context, ev HealthEvent) {
	if !ev.Critical {
		a.cfg.Logger.Info("GPU health event", "uuid", ev.UUID, "reason", ev.Reason)
		return
	}
	uuid := ev.UUID
	if ev.MIGUUID != "" {
		uuid = ev.MIGUUID
	}
	if c, changed := a.cfg.Allocator.markUnhealthy(uuid, ev.Reason); changed {
		a.publishUnhealthy(ctx, c, ev.Kind, ev.XID)
		a.publishCapacity(ctx)
	}
}

func (a *GPUActor) release(ctx actor.Context, msg *ReleaseGPUs) *ReleaseResponse {
	if msg.AllocationID == "" && msg.Owner == "" {
		return &ReleaseResponse{Err: fmt.Errorf("%w: release needs an allocation ID or an owner", ErrInvalidRequest)}
	}
	ids := []string{msg.AllocationID}
	if msg.AllocationID == "" {
		ids = nil
		for _, al := range a.cfg.Allocator.Allocations() {
			if al.Owner == msg.Owner {
				ids = append(ids, al.ID)
			}
		}
	}
	resp := &ReleaseResponse{}
	for _, id := range ids {
		al, _ := a.cfg.Allocator.Get(id)
		if err := a.cfg.Allocator.Release(id); err != nil {
			resp.Err = err
			continue
		}
		a.recordUsage(al.UUIDs, false)
		resp.Released = append(resp.Released, id)
	}
	a.publishCapacity(ctx)
	return resp
}

// recordUsage tells a simulating prober (the fake fleets) which memory our
// allocations now occupy: a whole GPU or MIG device per UUID.
func (a *GPUActor) recordUsage(uuids []string, taken bool) {
	rec, ok := a.cfg.Prober.(UsageRecorder)
	if !ok {
		return
	}
	for _, uuid := range uuids {
		var bytes uint64
		if taken {
			bytes = a.cfg.Allocator.memoryOf(uuid)
		}
		rec.RecordAllocated(uuid, bytes)
	}
}

func (a *GPUActor) gpus() *GPUsResponse {
	r := &GPUsResponse{GPUs: a.cfg.Allocator.Infos(), Summary: a.cfg.Allocator.Summary(), Err: a.lastErr}
	if len(r.GPUs) == 0 {
		r.Reason = a.cfg.Reason
	}
	return r
}

func (a *GPUActor) respond(ctx actor.Context, msg any) {
	if ctx.Sender() != nil {
		ctx.Respond(msg)
	}
}

func (a *GPUActor) publishUnhealthy(ctx actor.Context, c HealthChange, kind EventKind, xid uint64) {
	a.cfg.Logger.Warn("GPU unhealthy; it gets no more work", "uuid", c.UUID, "index", c.Index,
		"reason", c.Reason, "failing", c.Owners)
	a.publish(ctx, &GPUUnhealthy{
		UUID: c.UUID, Index: c.Index, Kind: kind, XID: xid, Reason: c.Reason,
		Owners: c.Owners, AllocationIDs: c.AllocationIDs,
	})
}

func (a *GPUActor) publishCapacity(ctx actor.Context) {
	s := a.cfg.Allocator.Summary()
	if a.published != nil && reflect.DeepEqual(*a.published, s) {
		return
	}
	a.published = &s
	a.publish(ctx, &CapacityChanged{Summary: s})
}

func (a *GPUActor) publish(ctx actor.Context, msg any) {
	a.subs.ForEach(func(_ int, pid *actor.PID) { ctx.Send(pid, msg) })
	ctx.ActorSystem().EventStream.Publish(msg)
}
