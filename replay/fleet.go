package replay

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/asynkron/protoactor-go/actor"
	"github.com/asynkron/protoactor-go/eventstream"
	"github.com/ethereum/go-ethereum/common"
	"google.golang.org/protobuf/proto"

	"github.com/pocogrid/pocogrid/actors"
	"github.com/pocogrid/pocogrid/clock"
	"github.com/pocogrid/pocogrid/demo"
	"github.com/pocogrid/pocogrid/identity"
	"github.com/pocogrid/pocogrid/messages"
)

// workerSlot is one worker of the fleet: a fixed identity whose actor
// comes and goes with its node's availability.
type workerSlot struct {
	i        int
	key      *identity.Key
	desc     *messages.NodeDescriptor
	saboteur bool
	node     int // availability node it follows, -1 for none

	pid    *actor.PID
	inc    *incarnation
	gen    int
	wchain actors.WorkerChain // its chain side (one ChainActor per key)
}

// onlineRequirement is every replayed task's requirement: a worker that
// left announced zero slots.
const onlineRequirement = "slots >= 1"

// fleet owns the worker actors.
type fleet struct {
	sys  *actor.ActorSystem
	pool *actors.Pool
	base actors.WorkerConfig
	name string
	rec  *recorder

	slots []*workerSlot
	upN   atomic.Int64
	// chainFor gives a key its chain side (--chain sim), nil off chain.
	chainFor func(*identity.Key) actors.WorkerChain
	// departures and returns count churn events applied to workers.
	departures, returns int
	// pidOwner maps a worker actor's id to its address, for dead letters.
	pidOwner      sync.Map
	undeliverable atomic.Int64
	deadLetters   *eventstream.Subscription
}

// saboteurAt spreads round(f·n) saboteurs evenly over n workers (worker i
// is one when ⌊(i+1)f⌋ > ⌊if⌋, after a seeded rotation), so that they are
// neither the first to register nor bunched on the same trace nodes.
func saboteurAt(i, n int, f float64, seed uint64) bool {
	if f <= 0 {
		return false
	}
	j := (i + int(seed%uint64(n))) % n
	return int(float64(j+1)*f+0.5) > int(float64(j)*f+0.5)
}

func newFleet(sys *actor.ActorSystem, pool *actors.Pool, base actors.WorkerConfig, o *Options, rec *recorder, nodes int) (*fleet, error) {
	f := &fleet{sys: sys, pool: pool, base: base, name: pool.PID.Id, rec: rec}
	f.slots = make([]*workerSlot, o.Workers)
	for i := range f.slots {
		k, err := identity.Generate()
		if err != nil {
			return nil, err
		}
		s := &workerSlot{i: i, key: k, desc: demo.WorkerDescriptor(k, i, o.Slots), saboteur: saboteurAt(i, o.Workers, o.Saboteurs, o.Seed), node: -1}
		if nodes > 0 {
			s.node = i % nodes
		}
		f.slots[i] = s
	}
	// An assignment sent to a worker that has left (its request was
	// parked on the scheduler) ends up in dead letters: fail that replica
	// now, as a refused connection would, instead of after the liveness
	// timeout.
	f.deadLetters = sys.EventStream.Subscribe(func(m any) {
		dl, ok := m.(*actor.DeadLetterEvent)
		if !ok {
			return
		}
		a, ok := dl.Message.(*messages.Assignment)
		if !ok || a.Task == nil || dl.PID == nil {
			return
		}
		var worker []byte
		if w, ok := f.pidOwner.Load(dl.PID.Id); ok {
			worker = w.(common.Address).Bytes()
		}
		f.undeliverable.Add(1)
		sys.Root.Send(actor.NewPID(a.Task.Address, a.Task.Id), &messages.ReplicaFailed{
			TaskId: a.TaskId, ReplicaId: a.ReplicaId, Worker: worker,
			Reason: "worker offline (churn): assignment undeliverable"})
	})
	return f, nil
}

// saboteurs counts the colluding workers.
func (f *fleet) saboteurs() int {
	n := 0
	for _, s := range f.slots {
		if s.saboteur {
			n++
		}
	}
	return n
}

// spawn starts a new incarnation of a worker (same key).
func (f *fleet) spawn(s *workerSlot) error {
	inc := &incarnation{}
	cfg := f.base
	cfg.Key = s.key
	if f.chainFor != nil {
		if s.wchain == nil {
			s.wchain = f.chainFor(s.key)
		}
		cfg.Chain = s.wchain
	}
	cfg.Descriptor = s.desc
	cfg.Saboteur = s.saboteur
	cfg.Clock = clock.Real{}
	cfg.OnReplica = func(run actors.ReplicaRun) { f.rec.replica(inc, run) }
	s.gen++
	name := fmt.Sprintf("%s-w%d-%d", f.name, s.i, s.gen)
	pid, err := f.sys.Root.SpawnNamed(actors.NewWorkerProps(cfg, f.pool.Scheduler), name)
	if err != nil {
		return err
	}
	f.pidOwner.Store(pid.Id, s.key.Address())
	s.pid, s.inc = pid, inc
	f.upN.Add(1)
	return nil
}

// stop ends a worker's incarnation: it leaves the grid. Its last word to
// the scheduler is a descriptor with no slots, so that the work request it
// left parked there (a long poll whose connection is gone) is no longer
// matched (tasks require slots >= 1); replicas it was running fail by the
// liveness timeout.
func (f *fleet) stop(s *workerSlot) {
	if s.pid == nil {
		return
	}
	s.inc.stopped.Store(time.Now().UnixNano())
	f.sys.Root.Stop(s.pid)
	gone := proto.Clone(s.desc).(*messages.NodeDescriptor)
	gone.Slots = 0
	f.sys.Root.Send(f.pool.Scheduler, &messages.RegisterWorker{Descriptor_: gone,
		Worker: &messages.Pid{Address: s.pid.Address, Id: s.pid.Id}})
	s.pid = nil
	f.upN.Add(-1)
}

// set brings a worker up or down; it reports whether that changed it.
func (f *fleet) set(s *workerSlot, up bool) (bool, error) {
	switch {
	case up && s.pid == nil:
		f.returns++
		return true, f.spawn(s)
	case !up && s.pid != nil:
		f.departures++
		f.stop(s)
		return true, nil
	}
	return false, nil
}

// stopAll stops every worker and the dead-letter handler.
func (f *fleet) stopAll() {
	for _, s := range f.slots {
		f.stop(s)
	}
	f.sys.EventStream.Unsubscribe(f.deadLetters)
}
