package actors

import "time"

// runners reuses goroutines for sandbox runs: a fresh goroutine per replica
// pays for growing its stack into wazero and cgo every time. Idle runners
// wait a while for the next job and then exit; there is no cap, so long
// sleeping replicas never queue behind each other.
var runners = &goPool{jobs: make(chan func())}

type goPool struct {
	jobs chan func()
}

const runnerIdle = 10 * time.Second

// Go runs f on an idle runner, or on a new one.
func (p *goPool) Go(f func()) {
	select {
	case p.jobs <- f:
	default:
		go p.run(f)
	}
}

func (p *goPool) run(f func()) {
	t := time.NewTimer(runnerIdle)
	defer t.Stop()
	for {
		f()
		t.Reset(runnerIdle)
		select {
		case f = <-p.jobs:
		case <-t.C:
			return
		}
	}
}
