package actors

import (
	"fmt"
	"sync"
	"time"

	"github.com/asynkron/protoactor-go/actor"
)

// crashRecorder restarts a crashed task actor (its state comes back from
// the journal) and remembers the panic, so that a task whose actor keeps
// crashing fails with that reason instead of disappearing.
type crashRecorder struct {
	inner actor.SupervisorStrategy
	mu    sync.Mutex
	last  map[string]string
}

func taskSupervisor() *crashRecorder {
	return &crashRecorder{
		inner: actor.NewOneForOneStrategy(5, 10*time.Second, func(any) actor.Directive { return actor.RestartDirective }),
		last:  map[string]string{},
	}
}

func (c *crashRecorder) HandleFailure(sys *actor.ActorSystem, sup actor.Supervisor, child *actor.PID, rs *actor.RestartStatistics, reason any, message any) {
	c.mu.Lock()
	c.last[child.Id] = fmt.Sprint(reason)
	c.mu.Unlock()
	sys.Logger().Warn("task actor crashed; restarting from its journal", "actor", child.Id, "reason", fmt.Sprint(reason), "failures", rs.FailureCount())
	c.inner.HandleFailure(sys, sup, child, rs, reason, message)
}

func (c *crashRecorder) lastCrash(id string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.last[id]
}
