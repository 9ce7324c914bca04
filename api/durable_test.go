package api_test

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pocogrid/pocogrid/actors"
	"github.com/pocogrid/pocogrid/api"
	"github.com/pocogrid/pocogrid/journal"
)

const nodeChildEnv = "POCOGRID_API_NODE_CHILD"

// TestDurableNodeChild is the child of TestKill9Resume: a pool manager
// with two workers, journaling to the data dir, serving the API, until it
// is killed.
func TestDurableNodeChild(t *testing.T) {
	dir := os.Getenv(nodeChildEnv)
	if dir == "" {
		t.Skip("child of TestKill9Resume")
	}
	db, rs, err := journal.OpenDataDir(dir)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	pool := startPool(t, 2, func(c *actors.PoolConfig) { c.Journal, c.Results = db, rs })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	fmt.Println("listening", ln.Addr().String())
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute) // never outlive a lost parent
	defer cancel()
	_ = api.ServeListener(ctx, ln, api.NewServer(api.NewPoolBackend(pool, nil), api.Options{}))
	os.Exit(3)
}

type node struct {
	cmd  *exec.Cmd
	base string
}

func startNode(t *testing.T, dir string) *node {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestDurableNodeChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), nodeChildEnv+"="+dir)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	n := &node{cmd: cmd}
	t.Cleanup(func() { n.kill() })
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if a, ok := strings.CutPrefix(sc.Text(), "listening "); ok {
				addr <- a
			}
		}
		close(addr)
	}()
	select {
	case a, ok := <-addr:
		if !ok {
			t.Fatal("node exited before listening")
		}
		n.base = "http://" + a
	case <-time.After(30 * time.Second):
		t.Fatal("node did not start")
	}
	return n
}

func (n *node) kill() {
	if n.cmd.ProcessState == nil {
		_ = n.cmd.Process.Signal(syscall.SIGKILL)
		_ = n.cmd.Wait()
	}
}

// TestKill9Resume submits a bag through the API to a node journaling to a
// data dir, SIGKILLs the node while the bag runs, restarts it on the same
// dir and checks that every task ends certified: nothing accepted is lost
// and the unfinished tasks resume.
func TestKill9Resume(t *testing.T) {
	if testing.Short() {
		t.Skip("subprocesses")
	}
	dir := t.TempDir()
	n1 := startNode(t, dir)
	c := client{t, n1.base}
	const tasks = 16
	var reply api.BagReply
	if code := c.do("POST", "/v1/bags", api.BagRequest{App: "sleep", Count: tasks, Trust: 1, Args: []string{"250"}}, &reply); code != http.StatusAccepted {
		t.Fatalf("submit: %d", code)
	}
	// Let part of the bag finish, then kill -9.
	deadline := time.Now().Add(time.Minute)
	var before api.Status
	for {
		before = api.Status{}
		c.do("GET", "/v1/status?tasks=1", nil, &before)
		if before.Counts["completed"] >= 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no task completed: %v", before.Counts)
		}
		time.Sleep(20 * time.Millisecond)
	}
	n1.kill()
	if before.Counts["completed"] == tasks {
		t.Fatalf("the whole bag ended before the kill; nothing to resume")
	}
	certified := map[string]string{}
	for _, task := range before.Tasks {
		if task.State == "completed" {
			certified[task.TaskID] = task.ResultDigest
		}
	}

	n2 := startNode(t, dir)
	c = client{t, n2.base}
	var early api.Status
	c.do("GET", "/v1/status", nil, &early)
	if early.Total != tasks {
		t.Fatalf("after restart the pool knows %d tasks, want %d", early.Total, tasks)
	}
	after := c.waitEnded(reply.TaskIDs, 90*time.Second)
	for _, id := range reply.TaskIDs {
		if after[id].State != "completed" {
			t.Fatalf("task %s: %+v", id, after[id])
		}
		if d, ok := certified[id]; ok && after[id].ResultDigest != d {
			t.Fatalf("task %s certified %s before the kill, %s after", id, d, after[id].ResultDigest)
		}
		var res api.Result
		if code := c.do("GET", "/v1/results/"+id, nil, &res); code != 200 || res.Digest != after[id].ResultDigest {
			t.Fatalf("result of %s after restart: %d %+v", id, code, res)
		}
	}
	t.Logf("killed with %d of %d tasks certified (%v); after restart all %d certified", len(certified), tasks, before.Counts, tasks)
}
