package actors

import (
	"github.com/pocogrid/pocogrid/gpu"
	"github.com/pocogrid/pocogrid/messages"
)

// Timer ticks an actor sends itself; they never cross a node boundary.

// deadlineTick wakes a TaskActor at its next protocol deadline.
type deadlineTick struct{ seq uint64 }

// parkTick makes the scheduler expire parked work requests.
type parkTick struct{}

// heartbeatTick makes a worker heartbeat its running replicas.
type heartbeatTick struct{}

// watchdogTick makes a worker check for lost work requests.
type watchdogTick struct{}

// gpuHealth carries a GPU health event into the worker actor.
type gpuHealth struct{ ev gpu.HealthEvent }

// retryWork makes a worker ask for work again after NoWork.
type retryWork struct{}

// execDone carries a finished sandbox run back into the worker actor.
type execDone struct {
	replicaID string
	digest    [32]byte
	files     []*messages.ResultFile
	err       error
	gpu       []string
	// chainWeight is the weight the chain gave the contribution (0 off chain).
	chainWeight uint64
}

// contributionTimeout makes a worker resend an unacknowledged contribution.
type contributionTimeout struct {
	replicaID string
	attempt   int
}

// replicaDeadline fails a replica that has not contributed in time.
type replicaDeadline struct{}

// chainDone carries the outcome of a Settler call back into a task actor.
type chainDone struct {
	op  string // "initialize" or "finalize"
	err error
}

// uploadFetched ends the fetch of a result's blob references.
type uploadFetched struct {
	files []*messages.ResultFile
	err   error
}

// chainRetry makes a task retry its failed chain call.
type chainRetry struct{}

// revealDone carries an on-chain reveal's outcome back into a worker.
type revealDone struct {
	replicaID string
	upload    bool
	err       error
}

// crash makes an actor panic; used to test supervision.
type crash struct{ reason string }

// Crash returns a message that makes the receiving task actor panic, to
// exercise supervision (tests and fault drills only).
func Crash(reason string) any { return &crash{reason: reason} }
