package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/pocogrid/pocogrid/actors"
	"github.com/pocogrid/pocogrid/api"
	"github.com/pocogrid/pocogrid/apps"
	"github.com/pocogrid/pocogrid/blob"
	"github.com/pocogrid/pocogrid/identity"
	"github.com/pocogrid/pocogrid/journal"
	"github.com/pocogrid/pocogrid/messages"
	"github.com/pocogrid/pocogrid/poco"
	"github.com/pocogrid/pocogrid/result"
	"github.com/pocogrid/pocogrid/sandbox"
)

var (
	execOnce   sync.Once
	sharedExec *sandbox.Executor
	execErr    error
)

func executor(t *testing.T) *sandbox.Executor {
	execOnce.Do(func() {
		var opts []sandbox.Option
		if dir, err := os.UserCacheDir(); err == nil {
			opts = append(opts, sandbox.WithCacheDir(filepath.Join(dir, "pocogrid", "wazero")))
		}
		sharedExec, execErr = sandbox.NewExecutor(opts...)
	})
	if execErr != nil {
		t.Fatal(execErr)
	}
	return sharedExec
}

// startPool runs a pool with n noop-capable workers in this process.
func startPool(t *testing.T, n int, mod func(*actors.PoolConfig)) *actors.Pool {
	t.Helper()
	var list []sandbox.App
	for _, name := range apps.Names() {
		a, err := apps.Builtin(name)
		if err != nil {
			t.Fatal(err)
		}
		list = append(list, a)
	}
	cat := actors.NewCatalog(list...)
	sys := actor.NewActorSystem(actor.WithLoggerFactory(func(*actor.ActorSystem) *slog.Logger { return slog.New(slog.DiscardHandler) }))
	sched := identity.FromSeed("scheduler-" + t.Name())
	cfg := actors.PoolConfig{Name: "pool", SchedulerKey: sched, Apps: cat,
		HeartbeatInterval: 50 * time.Millisecond, LivenessTimeout: 2 * time.Second, ParkTimeout: 500 * time.Millisecond}
	if mod != nil {
		mod(&cfg)
	}
	pool, err := actors.StartPool(sys, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pool.Stop(); sys.Shutdown() })
	var pids []*actor.PID
	for i := 0; i < n; i++ {
		k := identity.FromSeed(fmt.Sprintf("worker-%d-%s", i, t.Name()))
		c := actors.WorkerConfig{Key: k, Descriptor: descriptor(k, i, 1), Scheduler: sched.Address(),
			Executor: executor(t), Apps: cat, ContributionRetry: 300 * time.Millisecond}
		pid, err := sys.Root.SpawnNamed(actors.NewWorkerProps(c, pool.Scheduler), fmt.Sprintf("w%d", i))
		if err != nil {
			t.Fatal(err)
		}
		pids = append(pids, pid)
	}
	t.Cleanup(func() {
		for _, p := range pids {
			_ = sys.Root.StopFuture(p).Wait()
		}
	})
	deadline := time.Now().Add(10 * time.Second)
	for {
		st, err := pool.Status(false, time.Second)
		if err == nil && int(st.Workers) >= n {
			return pool
		}
		if time.Now().After(deadline) {
			t.Fatalf("workers did not register: %v %v", st, err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func nodesOf(names ...string) func(context.Context) ([]api.NodeInfo, error) {
	return func(context.Context) ([]api.NodeInfo, error) {
		var out []api.NodeInfo
		for i, n := range names {
			k := identity.FromSeed(n)
			d := descriptor(k, i, 2)
			d.Gpu = &messages.GPUSummary{Count: 1, Healthy: 1, Free: 1, Models: []string{"H100"}}
			out = append(out, api.NodeInfo{Name: n, Addr: fmt.Sprintf("127.0.0.1:%d", 7946+i), State: "alive", Descriptor: d,
				GPUs: json.RawMessage(`[{"uuid":"GPU-1"}]`)})
		}
		return out, nil
	}
}

type client struct {
	t    *testing.T
	base string
}

// do sends a request and decodes a JSON answer into out (if not nil),
// returning the status code.
func (c client) do(method, path string, body any, out any) int {
	c.t.Helper()
	var rd io.Reader
	if s, ok := body.(string); ok {
		rd = strings.NewReader(s)
	} else if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, c.base+path, rd)
	if rd != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			c.t.Fatalf("%s %s: %d %q: %v", method, path, resp.StatusCode, raw, err)
		}
	}
	return resp.StatusCode
}

func (c client) raw(path string) (int, []byte, http.Header) {
	c.t.Helper()
	resp, err := http.Get(c.base + path)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b, resp.Header
}

// waitEnded polls the status until every id ended.
func (c client) waitEnded(ids []string, within time.Duration) map[string]api.Task {
	c.t.Helper()
	deadline := time.Now().Add(within)
	for {
		var st api.Status
		if code := c.do("GET", "/v1/status?tasks=1", nil, &st); code != 200 {
			c.t.Fatalf("status: %d", code)
		}
		got := map[string]api.Task{}
		for _, t := range st.Tasks {
			got[t.TaskID] = t
		}
		ended := 0
		for _, id := range ids {
			if api.Ended(got[id].State) {
				ended++
			}
		}
		if ended == len(ids) {
			return got
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("%d of %d tasks ended within %s: %v", ended, len(ids), within, st.Counts)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestSubmitStatusResultNodes(t *testing.T) {
	pool := startPool(t, 3, nil)
	srv := httptest.NewServer(api.NewServer(api.NewPoolBackend(pool, nodesOf("n1", "n2")), api.Options{}))
	defer srv.Close()
	c := client{t, srv.URL}

	var reply api.BagReply
	if code := c.do("POST", "/v1/bags", api.BagRequest{App: "noop", Count: 4, Trust: 1}, &reply); code != http.StatusAccepted {
		t.Fatalf("submit: %d", code)
	}
	if len(reply.TaskIDs) != 4 || reply.App != "noop" || len(reply.Unmatched) != 0 {
		t.Fatalf("reply: %+v", reply)
	}
	deal, _ := api.ParseID(reply.DealID)
	for i, id := range reply.TaskIDs {
		if want := poco.TaskID(deal, uint64(i)); id != api.Hex(want[:]) {
			t.Fatalf("task %d id %s, want %x", i, id, want)
		}
	}
	tasks := c.waitEnded(reply.TaskIDs, time.Minute)

	var st api.Status
	c.do("GET", "/v1/status", nil, &st)
	if st.Counts["completed"] != 4 || st.Counts["failed"] != 0 || st.Workers != 3 || st.Tasks != nil || len(st.Counts) != len(api.States) {
		t.Fatalf("status: %+v", st)
	}

	want := sha("ok\n")
	for _, id := range reply.TaskIDs {
		if tasks[id].State != "completed" || tasks[id].ResultDigest != want {
			t.Fatalf("task %s: %+v", id, tasks[id])
		}
		var task api.Task
		if code := c.do("GET", "/v1/tasks/0x"+id, nil, &task); code != 200 || task.ResultDigest != want || task.AppName != "noop" || len(task.Workers) == 0 {
			t.Fatalf("task: %d %+v", code, task)
		}
		var res api.Result
		if code := c.do("GET", "/v1/results/"+id, nil, &res); code != 200 || res.Digest != want || len(res.Files) != 1 {
			t.Fatalf("result: %d %+v", code, res)
		}
		f := res.Files[0]
		if !f.Inline || string(f.Data) != "ok\n" || f.SHA256 != want || f.Size != 3 {
			t.Fatalf("result file: %+v", f)
		}
		// The streaming form of the same file.
		code, body, h := c.raw(f.URL)
		if code != 200 || string(body) != "ok\n" || h.Get("Content-Length") != "3" {
			t.Fatalf("file URL %s: %d %q", f.URL, code, body)
		}
		var noInline api.Result
		c.do("GET", "/v1/results/"+id+"?inline=0", nil, &noInline)
		if noInline.Files[0].Inline || noInline.Files[0].Data != nil {
			t.Fatalf("inline=0: %+v", noInline.Files[0])
		}
	}

	var active api.Status
	if code := c.do("GET", "/v1/status?tasks=active", nil, &active); code != 200 || len(active.Tasks) != 0 || active.Counts["completed"] != 4 {
		t.Fatalf("active tasks after the bag ended: %d %+v", code, active)
	}

	var nodes api.Nodes
	if code := c.do("GET", "/v1/nodes", nil, &nodes); code != 200 || len(nodes.Nodes) != 2 {
		t.Fatalf("nodes: %d %+v", code, nodes)
	}
	if n := nodes.Nodes[0]; n.Name != "n1" || n.State != "alive" || !strings.HasPrefix(n.NodeID, "0x") || n.GPU == nil || n.GPU.Count != 1 || compact(n.GPUs) != `[{"uuid":"GPU-1"}]` {
		t.Fatalf("node: %+v", n)
	}

	code, metrics, _ := c.raw("/metrics")
	for _, line := range []string{`pocogrid_pool_tasks{state="completed"} 4`, `pocogrid_pool_tasks{state="pending"} 0`,
		"pocogrid_pool_workers 3", "pocogrid_pool_up 1", `pocogrid_cluster_nodes{state="alive"} 2`,
		`pocogrid_api_requests_total{code="202",route="POST /v1/bags"} 1`, "go_goroutines"} {
		if code != 200 || !bytes.Contains(metrics, []byte(line)) {
			t.Fatalf("metrics lack %q:\n%s", line, metrics)
		}
	}
	code, page, h := c.raw("/")
	if code != 200 || !strings.HasPrefix(h.Get("Content-Type"), "text/html") || !bytes.Contains(page, []byte("/v1/status?tasks=1")) {
		t.Fatalf("page: %d %s", code, h.Get("Content-Type"))
	}
}

func sha(s string) string {
	d, _ := result.Digest([]*messages.ResultFile{{Path: "x", Data: []byte(s)}})
	return api.Hex(d[:])
}

func TestErrors(t *testing.T) {
	pool := startPool(t, 1, nil)
	srv := httptest.NewServer(api.NewServer(api.NewPoolBackend(pool, nil), api.Options{MaxBodyBytes: 4096, MaxBagSize: 50}))
	defer srv.Close()
	c := client{t, srv.URL}
	var e api.ErrorReply
	cases := []struct {
		method, path string
		body         any
		code         int
		msg          string
	}{
		{"POST", "/v1/bags", "{", 400, "bad JSON"},
		{"POST", "/v1/bags", "", 400, "empty"},
		{"POST", "/v1/bags", `{"count": 1, "colour": "red"}`, 400, "unknown field"},
		{"POST", "/v1/bags", `{"count": 1} {"count": 2}`, 400, "trailing"},
		{"POST", "/v1/bags", api.BagRequest{App: "noop", Count: 0}, 400, "count"},
		{"POST", "/v1/bags", api.BagRequest{App: "noop", Count: 51}, 400, "count"},
		{"POST", "/v1/bags", api.BagRequest{App: "noop", Count: 1, Category: "XXL"}, 400, "category"},
		{"POST", "/v1/bags", api.BagRequest{App: "noop", Count: 1, DealID: "xyz"}, 400, "deal_id"},
		{"POST", "/v1/bags", `{"count": 1, "requirements": "` + strings.Repeat("a", 5000) + `"}`, 413, "larger than"},
		{"POST", "/v1/bags", api.BagRequest{App: "nosuchapp", Count: 1}, 422, "nosuchapp"},
		{"POST", "/v1/bags", api.BagRequest{App: "noop", Count: 1, Requirements: "cores >>> 1"}, 422, ""},
		{"GET", "/v1/tasks/123", nil, 400, "64 hex"},
		{"GET", "/v1/tasks/" + strings.Repeat("ab", 32), nil, 404, "unknown"},
		{"GET", "/v1/results/" + strings.Repeat("ab", 32), nil, 404, "unknown"},
		{"GET", "/v1/results/" + strings.Repeat("ab", 32) + "/files/out", nil, 404, "unknown"},
		{"GET", "/v1/blobs/" + strings.Repeat("ab", 32), nil, 404, "no blobs"},
	}
	for _, tc := range cases {
		e = api.ErrorReply{}
		if code := c.do(tc.method, tc.path, tc.body, &e); code != tc.code || e.Error == "" || !strings.Contains(e.Error, tc.msg) {
			t.Errorf("%s %s %.60v: %d %q, want %d %q", tc.method, tc.path, tc.body, code, e.Error, tc.code, tc.msg)
		}
	}
	// Same deal twice: the second is refused, the first unaffected.
	deal := strings.Repeat("cd", 32)
	if code := c.do("POST", "/v1/bags", api.BagRequest{App: "noop", Count: 1, Trust: 1, DealID: deal}, nil); code != 202 {
		t.Fatalf("first: %d", code)
	}
	if code := c.do("POST", "/v1/bags", api.BagRequest{App: "noop", Count: 1, Trust: 1, DealID: deal}, &e); code != 422 || !strings.Contains(e.Error, "already submitted") {
		t.Fatalf("duplicate: %d %q", code, e.Error)
	}
	// A task that has not ended has no result yet.
	var pending api.BagReply
	if code := c.do("POST", "/v1/bags", api.BagRequest{App: "noop", Count: 1, Trust: 1, Requirements: "cores >= 1000"}, &pending); code != 202 || len(pending.Unmatched) != 1 {
		t.Fatalf("unmatched bag: %d %+v", code, pending)
	}
	var active api.Status
	c.do("GET", "/v1/status?tasks=active", nil, &active)
	found := false
	for _, task := range active.Tasks {
		found = found || task.TaskID == pending.TaskIDs[0]
		if api.Ended(task.State) {
			t.Fatalf("ended task listed as active: %+v", task)
		}
	}
	if !found {
		t.Fatalf("pending task not among the active ones: %+v", active.Tasks)
	}
	if code := c.do("GET", "/v1/results/"+pending.TaskIDs[0], nil, &e); code != 404 || !strings.Contains(e.Error, "is pending and has no certified result") {
		t.Fatalf("result of a pending task: %d %q", code, e.Error)
	}
	req, _ := http.NewRequest("POST", srv.URL+"/v1/bags", strings.NewReader(`{"count":1}`))
	req.Header.Set("Content-Type", "text/plain")
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != 415 {
		t.Fatalf("text/plain body: %v %v", resp.StatusCode, err)
	}
	if code := c.do("DELETE", "/v1/status", nil, nil); code != 405 {
		t.Fatalf("DELETE /v1/status: %d", code)
	}
}

func TestBuildBag(t *testing.T) {
	deal := strings.Repeat("01", 32)
	var req api.BagRequest
	if err := json.Unmarshal([]byte(`{"app":"primes","count":3,"trust":5,"category":2,"deal_id":"0x`+deal+`","requirements":"cores >= 1","gpu":{"count":1}}`), &req); err != nil {
		t.Fatal(err)
	}
	bag, err := api.BuildBag(req, 0)
	if err != nil {
		t.Fatal(err)
	}
	d, _ := api.ParseID(deal)
	for i, s := range bag.Tasks {
		id := poco.TaskID(d, uint64(i))
		if !bytes.Equal(s.TaskId, id[:]) || s.Index != uint64(i) || s.Trust != 5 || s.Category != uint32(poco.M) ||
			fmt.Sprint(s.Args) != fmt.Sprint(apps.DefaultArgs("primes", i)) || s.Gpu.GetCount() != 1 || s.Requirements != "cores >= 1" {
			t.Fatalf("task %d: %v", i, s)
		}
	}
	bag, _ = api.BuildBag(api.BagRequest{Count: 2, Args: []string{"seed-{index}", "x"}}, 0)
	if bag.Tasks[0].AppName != api.DefaultApp || fmt.Sprint(bag.Tasks[1].Args) != "[seed-1 x]" {
		t.Fatalf("args: %v", bag.Tasks[1])
	}
}

// TestDurableResultsStream: with the journal's result store, results are
// listed from the index and streamed from the blob store; a large one is
// not inlined and fetches verified through /v1/blobs.
func TestDurableResultsStream(t *testing.T) {
	db, rs, err := journal.OpenDataDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	pool := startPool(t, 2, func(c *actors.PoolConfig) { c.Journal, c.Results = db, rs })
	srv := httptest.NewServer(api.NewServer(api.NewPoolBackend(pool, nil), api.Options{}))
	defer srv.Close()
	c := client{t, srv.URL}

	var reply api.BagReply
	if code := c.do("POST", "/v1/bags", api.BagRequest{App: "noop", Count: 2, Trust: 1}, &reply); code != 202 {
		t.Fatal(code)
	}
	c.waitEnded(reply.TaskIDs, time.Minute)
	var res api.Result
	if code := c.do("GET", "/v1/results/"+reply.TaskIDs[0], nil, &res); code != 200 || !res.Files[0].Inline || string(res.Files[0].Data) != "ok\n" {
		t.Fatalf("durable small result: %d %+v", code, res)
	}
	if !strings.HasPrefix(res.Files[0].URL, blob.PathPrefix) {
		t.Fatalf("file URL %s is not a blob", res.Files[0].URL)
	}

	// A large certified result put straight into the store.
	big := bytes.Repeat([]byte("0123456789abcdef"), 1<<18) // 4 MiB
	files := []*messages.ResultFile{{Path: "out/big.bin", Data: big}, {Path: "stdout", Data: []byte("done\n")}}
	digest, _ := result.Digest(files)
	var id [32]byte
	id[0] = 0x42
	if err := rs.Put(id, digest, files); err != nil {
		t.Fatal(err)
	}
	res = api.Result{}
	if code := c.do("GET", "/v1/results/"+api.Hex(id[:]), nil, &res); code != 200 || res.Size != int64(len(big)+5) || res.Digest != api.Hex(digest[:]) {
		t.Fatalf("big result: %d %+v", code, res)
	}
	var refs []blob.FileRef
	dir := t.TempDir()
	for _, f := range res.Files {
		if f.Inline || f.Data != nil {
			t.Fatalf("4 MiB result inlined: %s", f.Path)
		}
		sum, _ := blob.ParseSum(f.SHA256)
		if _, err := (&blob.Fetcher{}).FetchURL(context.Background(), srv.URL+f.URL, sum, f.Size, filepath.Join(dir, f.Path)); err != nil {
			t.Fatal(err)
		}
		refs = append(refs, blob.FileRef{Path: f.Path, SHA256: sum, Size: f.Size})
		// The per-task file endpoint streams the same bytes.
		code, body, _ := c.raw("/v1/results/" + api.Hex(id[:]) + "/files/" + f.Path)
		if code != 200 || blob.SumOf(body) != sum {
			t.Fatalf("file endpoint %s: %d", f.Path, code)
		}
	}
	if got, _ := blob.ManifestDigest(refs); got != digest {
		t.Fatal("streamed result digest differs")
	}
}

func TestServe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "hi") })
	if err := api.Serve(ctx, "127.0.0.1:-1", h); err == nil {
		t.Fatal("bad address accepted")
	}
	done := make(chan error, 1)
	addr := make(chan string, 1)
	go func() {
		ln, err := netListen()
		if err != nil {
			done <- err
			return
		}
		addr <- ln.Addr().String()
		done <- api.ServeListener(ctx, ln, h)
	}()
	a := <-addr
	resp, err := http.Get("http://" + a + "/")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(b) != "hi" {
		t.Fatalf("%q", b)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
}

func netListen() (net.Listener, error) { return net.Listen("tcp", "127.0.0.1:0") }

func compact(b []byte) string {
	var out bytes.Buffer
	_ = json.Compact(&out, b)
	return out.String()
}

func descriptor(k *identity.Key, i, slots int) *messages.NodeDescriptor {
	return &messages.NodeDescriptor{NodeId: k.Address().Bytes(), Hostname: fmt.Sprintf("test/worker-%d", i), Os: runtime.GOOS, Arch: runtime.GOARCH,
		Cores: uint32(slots), MemoryBytes: 2 << 30, Roles: []string{"worker"}, Pool: "test", Slots: uint32(slots)}
}
