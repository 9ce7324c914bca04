package node_test

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The multi-process test runs real `pocogrid node` processes on loopback:
// one scheduler and three workers joined by memberlist (with a gossip key),
// then a run of tasks with a worker killed (-9) mid-run, a frozen worker
// (SIGSTOP/SIGCONT), a pool-manager kill -9 and restart on the same data
// dir, and a node with the wrong gossip key that must be refused.

var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "pocogrid-bin-")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "pocogrid")
	out, err := exec.Command("go", "build", "-o", bin, "../cmd/pocogrid").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "build pocogrid: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type proc struct {
	t    *testing.T
	cmd  *exec.Cmd
	args []string
	log  string
}

// freePorts returns n loopback ports p, each with p+1 free too and all 2n
// distinct, below Linux's ephemeral range so that no port another socket
// picks at random (a blob server, a client) can take one before its node
// binds it.
func freePorts(t *testing.T, n int) []int {
	t.Helper()
	var out []int
	used := map[int]bool{}
	base := 20000 + rand.IntN(10000)
	for p := base; len(out) < n && p < base+2000; p += 2 {
		if used[p] || used[p+1] || !portFree(p) || !portFree(p+1) {
			continue
		}
		used[p], used[p+1] = true, true
		out = append(out, p)
	}
	if len(out) < n {
		t.Fatal("no free ports")
	}
	return out
}

func portFree(p int) bool {
	l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
	if err != nil {
		return false
	}
	l.Close()
	u, err := net.ListenPacket("udp", fmt.Sprintf("127.0.0.1:%d", p))
	if err != nil {
		return false
	}
	u.Close()
	return true
}

func start(t *testing.T, dir, name string, args ...string) *proc {
	t.Helper()
	p := &proc{t: t, args: args, log: filepath.Join(dir, name+".log")}
	p.run()
	t.Cleanup(func() {
		p.kill(syscall.SIGKILL)
		if t.Failed() {
			if b, err := os.ReadFile(p.log); err == nil {
				t.Logf("--- %s log (tail) ---\n%s", name, tailLines(string(b), 15))
			}
		}
	})
	return p
}

func tailLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

func (p *proc) run() {
	f, err := os.OpenFile(p.log, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		p.t.Fatal(err)
	}
	p.cmd = exec.Command(bin, p.args...)
	p.cmd.Stdout, p.cmd.Stderr = f, f
	if err := p.cmd.Start(); err != nil {
		p.t.Fatal(err)
	}
	go func() { _ = p.cmd.Wait(); f.Close() }()
}

func (p *proc) kill(sig syscall.Signal) {
	if p.cmd != nil && p.cmd.Process != nil {
		_ = p.cmd.Process.Signal(sig)
	}
}

func cli(t *testing.T, args ...string) []byte {
	t.Helper()
	out, err := exec.Command(bin, args...).Output()
	if err != nil {
		var stderr string
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = string(ee.Stderr)
		}
		t.Fatalf("pocogrid %s: %v\n%s", strings.Join(args, " "), err, stderr)
	}
	return out
}

// waitFor polls cond every 100 ms until it holds or the bound passes.
func waitFor(t *testing.T, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", within, what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

type statusJSON struct {
	Counts map[string]int `json:"counts"`
}

func TestMultiProcessCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-process test")
	}
	dir := t.TempDir()
	key := make([]byte, 32)
	for i := range key {
		key[i] = byte(i * 7)
	}
	keyFile := filepath.Join(dir, "gossip.key")
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(key)), 0o600); err != nil {
		t.Fatal(err)
	}
	ports := freePorts(t, 7)
	httpPort := ports[6]
	apiURL := fmt.Sprintf("http://127.0.0.1:%d", httpPort)
	common := []string{"--gossip-key-file", keyFile, "--gossip-profile", "local", "--heartbeat", "200ms",
		"--liveness", "1s", "--park", "1s", "--request-timeout", "3s"}
	seed := fmt.Sprintf("127.0.0.1:%d", ports[0])
	schedArgs := append([]string{"node", "--roles", "scheduler", "--bind", seed, "--http", fmt.Sprintf("127.0.0.1:%d", httpPort),
		"--data-dir", filepath.Join(dir, "sched")}, common...)
	sched := start(t, dir, "scheduler", schedArgs...)
	var workers []*proc
	for i := 1; i <= 3; i++ {
		workers = append(workers, start(t, dir, fmt.Sprintf("worker%d", i), append([]string{"node", "--roles", "worker",
			"--bind", fmt.Sprintf("127.0.0.1:%d", ports[i]), "--join", seed, "--data-dir", filepath.Join(dir, fmt.Sprint("w", i)),
			"--identities", "2", "--slots", "2"}, common...)...))
	}

	// 1. All four nodes listed, with descriptors.
	nodes := func() []map[string]any {
		out, err := exec.Command(bin, "nodes", "--api", apiURL, "--json").Output()
		if err != nil {
			return nil
		}
		var v struct {
			Nodes []map[string]any `json:"nodes"`
		}
		if json.Unmarshal(out, &v) != nil {
			return nil
		}
		return v.Nodes
	}
	waitFor(t, 60*time.Second, "4 nodes", func() bool { return len(nodes()) == 4 })
	for _, n := range nodes() {
		b, _ := json.Marshal(n)
		for _, k := range []string{"cores", "os", "arch", "memory"} {
			if !strings.Contains(string(b), k) {
				t.Fatalf("node without %s in its descriptor: %s", k, b)
			}
		}
	}

	// 2. 100 tasks at trust 10; a worker is killed -9 mid-run; another is
	// frozen and thawed. Every task is certified exactly once.
	done := make(chan []byte, 1)
	go func() {
		out, _ := exec.Command(bin, "submit", "--api", apiURL, "--app", "sleep", "--arg", "100", "--count", "100",
			"--trust", "10", "--time-ref", "20", "--wait", "--quiet", "--json", "--timeout", "4m").Output()
		done <- out
	}()
	status := func() statusJSON {
		var s statusJSON
		if out, err := exec.Command(bin, "status", "--api", apiURL, "--json").Output(); err == nil {
			_ = json.Unmarshal(out, &s)
		}
		return s
	}
	waitFor(t, 60*time.Second, "the run to be under way", func() bool { return status().Counts["completed"] >= 10 })
	workers[1].kill(syscall.SIGKILL)
	workers[2].kill(syscall.SIGSTOP)
	time.Sleep(2 * time.Second)
	workers[2].kill(syscall.SIGCONT)
	var summary struct{ Tasks, Completed, Failed int }
	select {
	case out := <-done:
		if err := json.Unmarshal(out, &summary); err != nil {
			t.Fatalf("submit --wait output: %v: %s", err, out)
		}
	case <-time.After(5 * time.Minute):
		t.Fatal("run did not end")
	}
	if summary.Tasks != 100 || summary.Completed != 100 || summary.Failed != 0 {
		t.Fatalf("after a worker crash: %+v", summary)
	}

	// 3. The pool manager is killed -9 mid-run and restarted on the same
	// data dir: every accepted task still completes.
	go func() {
		out, _ := exec.Command(bin, "submit", "--api", apiURL, "--app", "sleep", "--arg", "100", "--count", "60",
			"--trust", "1", "--time-ref", "20", "--json").Output()
		done <- out
	}()
	<-done
	waitFor(t, 60*time.Second, "the second run to start", func() bool { return status().Counts["completed"] >= 110 })
	sched.kill(syscall.SIGKILL)
	time.Sleep(500 * time.Millisecond)
	sched.run()
	waitFor(t, 3*time.Minute, "all 160 tasks certified after the restart", func() bool {
		s := status()
		return s.Counts["completed"] == 160
	})
	if s := status(); s.Counts["failed"] != 0 {
		t.Fatalf("after the restart: %v", s.Counts)
	}

	// 4. A node with the wrong gossip key is refused.
	bad := filepath.Join(dir, "bad.key")
	_ = os.WriteFile(bad, []byte(strings.Repeat("ab", 32)), 0o600)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, bin, append([]string{"node", "--roles", "worker", "--bind", fmt.Sprintf("127.0.0.1:%d", ports[5]),
		"--join", seed, "--data-dir", filepath.Join(dir, "bad"), "--gossip-key-file", bad}, common[2:]...)...).CombinedOutput()
	if err == nil || !strings.Contains(string(out), "gossip join refused") {
		t.Fatalf("wrong key: err %v, output %s", err, out)
	}
}

// TestLargeResultStreamsAcrossNodes: a 64 MiB result goes from a worker
// process to the scheduler as a content-addressed blob (fetched and
// verified while streaming to disk), then to the client, which verifies
// the certified digest.
func TestLargeResultStreamsAcrossNodes(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-process test")
	}
	dir := t.TempDir()
	ports := freePorts(t, 3)
	httpPort := ports[2]
	apiURL := fmt.Sprintf("http://127.0.0.1:%d", httpPort)
	seed := fmt.Sprintf("127.0.0.1:%d", ports[0])
	common := []string{"--gossip-profile", "local", "--heartbeat", "200ms", "--liveness", "2s", "--park", "1s",
		"--request-timeout", "3s", "--native-app", "sh=/bin/sh", "--allow-native"}
	start(t, dir, "scheduler", append([]string{"node", "--roles", "scheduler", "--bind", seed, "--http",
		fmt.Sprintf("127.0.0.1:%d", httpPort), "--data-dir", filepath.Join(dir, "sched")}, common...)...)
	start(t, dir, "worker", append([]string{"node", "--roles", "worker", "--bind", fmt.Sprintf("127.0.0.1:%d", ports[1]),
		"--join", seed, "--data-dir", filepath.Join(dir, "w"), "--slots", "1"}, common...)...)
	waitFor(t, 30*time.Second, "2 nodes", func() bool {
		out, err := exec.Command(bin, "nodes", "--api", apiURL, "--json").Output()
		return err == nil && strings.Count(string(out), `"name"`) >= 2
	})
	out := cli(t, "submit", "--api", apiURL, "--app", "sh", "--count", "1", "--trust", "1", "--wait", "--quiet", "--json",
		"--timeout", "3m", "--arg", "-c", "--arg", `head -c 67108864 /dev/zero > "$POCOGRID_OUT/big.bin"`)
	var s struct {
		Completed int
		Results   []struct {
			TaskID string `json:"task_id"`
		}
	}
	if err := json.Unmarshal(out, &s); err != nil || s.Completed != 1 || len(s.Results) != 1 {
		t.Fatalf("submit: %v %s", err, out)
	}
	dst := filepath.Join(dir, "result")
	cli(t, "result", s.Results[0].TaskID, "--api", apiURL, "--out", dst)
	st, err := os.Stat(filepath.Join(dst, "big.bin"))
	if err != nil || st.Size() != 64<<20 {
		t.Fatalf("fetched result: %v %v", st, err)
	}
}
