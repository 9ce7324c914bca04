package cluster

import (
	"fmt"
	"log/slog"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/pocogrid/pocogrid/messages"
)

const testLabel = "pocogrid/test"

// testLogger is quiet unless POCO_TEST_LOG=1.
func testLogger() *slog.Logger {
	if os.Getenv("POCO_TEST_LOG") == "1" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return nil
}

func testConfig(name string) Config {
	return Config{
		NodeName: name,
		BindAddr: "127.0.0.1",
		Profile:  ProfileLocal,
		Label:    testLabel,
		Logger:   testLogger(),
	}
}

func testDescriptor(host string) *messages.NodeDescriptor {
	return &messages.NodeDescriptor{
		NodeId:   make([]byte, 20),
		Hostname: host,
		Os:       "linux",
		Arch:     "amd64",
		Cores:    8,
		Pool:     "test",
		Roles:    []string{"worker"},
		Gpu:      &messages.GPUSummary{Count: 1, Healthy: 1, Models: []string{"RTX 4090"}},
	}
}

// startNode starts a member (closed at test end) and joins seeds, if any.
func startNode(t *testing.T, cfg Config, seeds ...string) *Membership {
	t.Helper()
	m, err := NewMembership(cfg, testDescriptor("host-"+cfg.NodeName), []string{"kind-" + cfg.NodeName})
	if err != nil {
		t.Fatalf("NewMembership(%s): %v", cfg.NodeName, err)
	}
	t.Cleanup(func() { _ = m.Close() })
	if len(seeds) > 0 {
		if _, err := m.Join(seeds); err != nil {
			t.Fatalf("%s join %v: %v", cfg.NodeName, seeds, err)
		}
	}
	return m
}

// waitFor polls cond every 20 ms until it holds or timeout passes.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func names(set []Member) []string {
	out := make([]string, len(set))
	for i, m := range set {
		out[i] = m.Name
	}
	return out
}

func hasExactly(m *Membership, want ...string) func() bool {
	return func() bool {
		return slices.Equal(names(m.Members()), want)
	}
}

func describe(set []Member) string {
	s := ""
	for _, m := range set {
		s += fmt.Sprintf("%s@%s(%s) ", m.Name, m.Addr, m.Descriptor.GetHostname())
	}
	return s
}
