//go:build unix

package apps_test

import (
	"syscall"
	"time"
)

// processCPU is the CPU time (user + system) this process has used, which
// stays meaningful on a loaded machine where wall time per op does not.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
