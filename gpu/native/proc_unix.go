//go:build unix

package native

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
)

// setProcessGroup puts the run in its own process group, so that a limit
// kills its descendants too, not just the process we started.
func setProcessGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}

// killProcessGroup kills what is left of the group once the leader has
// been reaped (background children). The group ID cannot have been reused
// while members remain; if none remain this is a no-op.
func killProcessGroup(cmd *exec.Cmd) {
	if cmd.Process != nil {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}

// execPath names the already-verified open file through /proc where there
// is one; the child resolves it against our descriptor table.
func execPath(f *os.File, path string) string {
	p := fmt.Sprintf("/proc/%d/fd/%d", os.Getpid(), f.Fd())
	if _, err := os.Stat(p); err != nil {
		return path
	}
	return p
}
