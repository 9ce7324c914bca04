package actors

import (
	"fmt"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/pocogrid/pocogrid/clock"
	"github.com/pocogrid/pocogrid/messages"
)

// replicaActor watches one execution: the worker must heartbeat at least
// every liveness period and contribute before the replica timeout, or the
// replica fails and its task provisions another. It stops once the task
// records the contribution.
type replicaActor struct {
	id       string
	taskID   [32]byte
	worker   []byte
	liveness time.Duration
	timeout  time.Duration
	clock    clock.Clock
	stop     func() bool
	failed   bool
}

func (r *replicaActor) Receive(ctx actor.Context) {
	switch ctx.Message().(type) {
	case *actor.Started:
		ctx.SetReceiveTimeout(r.liveness)
		self, root := ctx.Self(), ctx.ActorSystem().Root
		r.stop = r.clock.AfterFunc(r.timeout, func() { root.Send(self, &replicaDeadline{}) })
	case *actor.Stopping:
		if r.stop != nil {
			r.stop()
		}
	case *messages.Heartbeat:
		// Any message resets the receive timeout; nothing else to do.
	case *actor.ReceiveTimeout:
		r.fail(ctx, fmt.Sprintf("worker silent for %s (liveness timeout)", r.liveness))
	case *replicaDeadline:
		r.fail(ctx, fmt.Sprintf("no contribution within the replica timeout (%s)", r.timeout))
	}
}

func (r *replicaActor) fail(ctx actor.Context, reason string) {
	if r.failed {
		return
	}
	r.failed = true
	ctx.CancelReceiveTimeout()
	ctx.Send(ctx.Parent(), &messages.ReplicaFailed{TaskId: r.taskID[:], ReplicaId: r.id, Worker: r.worker, Reason: reason})
}
