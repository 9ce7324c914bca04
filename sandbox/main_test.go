package sandbox_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/pocogrid/pocogrid/sandbox"
)

// guest is testdata/guest built for wasip1 once per test binary run, and exec
// the executor shared by the tests (so the guest is compiled once).
var (
	guest    sandbox.App
	testExec *sandbox.Executor
)

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	dir, err := os.MkdirTemp("", "sandbox-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	module, err := buildWasip1(dir, "./testdata/guest")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	guest = sandbox.NewApp("guest", module)
	testExec, err = sandbox.NewExecutor()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer testExec.Close(context.Background())
	return m.Run()
}

// buildWasip1 compiles the Go command in pkg to WebAssembly.
func buildWasip1(dir, pkg string) ([]byte, error) {
	out := filepath.Join(dir, filepath.Base(pkg)+".wasm")
	cmd := exec.Command("go", "build", "-buildvcs=false", "-o", out, pkg)
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("build %s: %v\n%s", pkg, err, b)
	}
	return os.ReadFile(out)
}
