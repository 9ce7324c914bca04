package gpu

import (
	"errors"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/asynkron/protoactor-go/actor"
)

func newSystem(t *testing.T) *actor.ActorSystem {
	t.Helper()
	sys := actor.NewActorSystem(actor.WithLoggerFactory(func(*actor.ActorSystem) *slog.Logger {
		return slog.New(slog.DiscardHandler)
	}))
	t.Cleanup(sys.Shutdown)
	return sys
}

func ask[T any](t *testing.T, sys *actor.ActorSystem, pid *actor.PID, msg any) T {
	t.Helper()
	res, err := sys.Root.RequestFuture(pid, msg, 5*time.Second).Result()
	if err != nil {
		t.Fatalf("request %T: %v", msg, err)
	}
	out, ok := res.(T)
	if !ok {
		t.Fatalf("reply to %T is %T", msg, res)
	}
	return out
}

// await returns the first message on ch of type T that satisfies ok.
func await[T any](t *testing.T, ch <-chan any, ok func(T) bool) T {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		select {
		case m := <-ch:
			if v, is := m.(T); is && ok(v) {
				return v
			}
		case <-deadline:
			var zero T
			t.Fatalf("no %T within 5s", zero)
			return zero
		}
	}
}

func subscriber(sys *actor.ActorSystem) (*actor.PID, <-chan any) {
	ch := make(chan any, 256)
	pid := sys.Root.Spawn(actor.PropsFromFunc(func(c actor.Context) {
		switch m := c.Message().(type) {
		case *GPUUnhealthy, *CapacityChanged:
			ch <- m
		}
	}))
	return pid, ch
}

func TestGPUActorLifecycle(t *testing.T) {
	sys := newSystem(t)
	f, err := NewFakeProber("dgxh100")
	if err != nil {
		t.Fatal(err)
	}
	pid := sys.Root.Spawn(NewActorProps(ActorConfig{Prober: f, ProbeInterval: 20 * time.Millisecond}))
	sub, events := subscriber(sys)
	sys.Root.Send(pid, &SubscribeGPUEvents{Subscriber: sub})
	streamed := make(chan any, 256)
	sys.EventStream.Subscribe(func(evt any) {
		if u, ok := evt.(*GPUUnhealthy); ok {
			streamed <- u
		}
	})

	gpus := ask[*GPUsResponse](t, sys, pid, &GetGPUs{})
	if len(gpus.GPUs) != 8 || gpus.Summary.Free != 8 || gpus.Reason != "" {
		t.Fatalf("GetGPUs: %d GPUs, summary %+v, reason %q", len(gpus.GPUs), gpus.Summary, gpus.Reason)
	}

	got := ask[*AllocateResponse](t, sys, pid, &AllocateGPUs{Owner: "replica-7", Request: Request{Count: 1, Model: "H100"}})
	if got.Err != nil || len(got.Allocation.UUIDs) != 1 {
		t.Fatalf("allocate: %+v", got)
	}
	uuid := got.Allocation.UUIDs[0]
	await(t, events, func(c *CapacityChanged) bool { return c.Summary.Free == 7 })

	// The fake shows the allocation as used memory once probed.
	refreshed := ask[*GPUsResponse](t, sys, pid, &Refresh{})
	idx := slices.IndexFunc(refreshed.GPUs, func(in Info) bool { return in.UUID == uuid })
	if in := refreshed.GPUs[idx]; in.MemoryFree != 0 || in.MemoryUsed != in.MemoryTotal {
		t.Errorf("allocated GPU: free %d used %d", in.MemoryFree, in.MemoryUsed)
	}

	// An application XID on that GPU changes nothing...
	if err := f.InjectXID(idx, 13); err != nil {
		t.Fatal(err)
	}
	// ...XID 79 fails the replica and takes the GPU out of service.
	if err := f.InjectXID(idx, 79); err != nil {
		t.Fatal(err)
	}
	u := await(t, events, func(*GPUUnhealthy) bool { return true })
	if u.UUID != uuid || u.XID != 79 || u.Kind != EventXID || !slices.Equal(u.Owners, []string{"replica-7"}) ||
		!slices.Equal(u.AllocationIDs, []string{got.Allocation.ID}) {
		t.Errorf("GPUUnhealthy %+v", u)
	}
	if s := await(t, streamed, func(*GPUUnhealthy) bool { return true }); s.UUID != uuid {
		t.Errorf("EventStream got %+v", s)
	}
	await(t, events, func(c *CapacityChanged) bool { return c.Summary.Healthy == 7 })

	gpus = ask[*GPUsResponse](t, sys, pid, &GetGPUs{})
	if in := gpus.GPUs[idx]; in.Healthy || !strings.Contains(in.UnhealthyReason, "XID 79") {
		t.Errorf("GetGPUs after XID 79: %+v", in)
	}
	why := ask[*ExplainResponse](t, sys, pid, &ExplainGPUs{Request: Request{Count: 8}})
	if !strings.Contains(why.Reason, "only 7 are healthy") {
		t.Errorf("Explain: %q", why.Reason)
	}
	if r := ask[*AllocateResponse](t, sys, pid, &AllocateGPUs{Owner: "x", Request: Request{Count: 8}}); !errors.Is(r.Err, ErrNoMatch) {
		t.Errorf("8 GPUs with one dead: %v", r.Err)
	}

	rel := ask[*ReleaseResponse](t, sys, pid, &ReleaseGPUs{Owner: "replica-7"})
	if rel.Err != nil || !slices.Equal(rel.Released, []string{got.Allocation.ID}) {
		t.Errorf("release: %+v", rel)
	}
	if rel := ask[*ReleaseResponse](t, sys, pid, &ReleaseGPUs{}); !errors.Is(rel.Err, ErrInvalidRequest) {
		t.Errorf("release of nothing: %+v", rel)
	}
	rel = ask[*ReleaseResponse](t, sys, pid, &ReleaseGPUs{AllocationID: got.Allocation.ID})
	if !errors.Is(rel.Err, ErrUnknownAllocation) {
		t.Errorf("second release: %+v", rel)
	}
	if s := ask[*GPUsResponse](t, sys, pid, &GetGPUs{}).Summary; s.Free != 7 || s.Healthy != 7 {
		t.Errorf("after release: %+v", s)
	}

	if err := sys.Root.StopFuture(pid).Wait(); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Probe(); !errors.Is(err, ErrClosed) {
		t.Errorf("the stopped actor left its prober open: %v", err)
	}
}

func TestGPUActorNoGPUs(t *testing.T) {
	sys := newSystem(t)
	p, reason := NewNVMLProber(nil)
	if reason == "" {
		t.Skip("this machine has GPUs")
	}
	pid := sys.Root.Spawn(NewActorProps(ActorConfig{Prober: p, Reason: reason}))
	gpus := ask[*GPUsResponse](t, sys, pid, &GetGPUs{})
	if len(gpus.GPUs) != 0 || gpus.Reason != reason || gpus.Summary.Count != 0 {
		t.Errorf("%+v", gpus)
	}
	r := ask[*AllocateResponse](t, sys, pid, &AllocateGPUs{Owner: "r", Request: Request{Count: 1}})
	if !errors.Is(r.Err, ErrNoMatch) || !strings.Contains(r.Err.Error(), "node has no GPUs") {
		t.Errorf("%v", r.Err)
	}
}

// The allocator is shared across restarts; a replacement actor sees the
// allocations of the one before.
func TestGPUActorSharedAllocator(t *testing.T) {
	sys := newSystem(t)
	infos := fleet(t, "2xA30")
	alloc := NewAllocator(infos)
	mustAllocate(t, alloc, "before", Request{Count: 1})
	f, err := NewFakeProber("2xA30")
	if err != nil {
		t.Fatal(err)
	}
	pid := sys.Root.Spawn(NewActorProps(ActorConfig{Prober: f, Allocator: alloc}))
	if s := ask[*GPUsResponse](t, sys, pid, &GetGPUs{}).Summary; s.Free != 1 {
		t.Errorf("summary %+v", s)
	}
}
