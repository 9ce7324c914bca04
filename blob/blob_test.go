package blob_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pocogrid/pocogrid/blob"
	"github.com/pocogrid/pocogrid/messages"
	"github.com/pocogrid/pocogrid/result"
)

func openStore(t *testing.T) *blob.Store {
	t.Helper()
	s, err := blob.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func randomBytes(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// noTemps asserts no temporary file is left in dir (recursively).
func noTemps(t *testing.T, dir string) {
	t.Helper()
	_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".part") || strings.HasPrefix(rel, "tmp"+string(filepath.Separator))) {
			t.Errorf("temporary file left behind: %s", p)
		}
		return nil
	})
}

func TestStorePutReadVerify(t *testing.T) {
	s := openStore(t)
	data := randomBytes(1, 100_000)
	sum, n, err := s.Put(bytes.NewReader(data))
	if err != nil || n != int64(len(data)) || sum != blob.SumOf(data) {
		t.Fatalf("put: %v %d %s", err, n, sum)
	}
	if !s.Has(sum) {
		t.Fatal("stored blob missing")
	}
	got, err := s.ReadAll(sum)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("read back: %v", err)
	}
	if err := s.Verify(sum); err != nil {
		t.Fatal(err)
	}
	// Idempotent.
	if again, err := s.PutBytes(data); err != nil || again != sum {
		t.Fatalf("put again: %v", err)
	}

	// A blob that does not hash to its expected name is refused.
	bad := blob.SumOf([]byte("something else"))
	if _, err := s.PutVerified(bytes.NewReader(data), bad); !errors.Is(err, blob.ErrCorrupt) {
		t.Fatalf("PutVerified with the wrong sum: %v", err)
	}
	if s.Has(bad) {
		t.Fatal("refused blob stored")
	}
	noTemps(t, s.Dir())

	// Bit rot on disk is detected.
	if err := os.WriteFile(s.Path(sum), append([]byte{data[0] ^ 1}, data[1:]...), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ReadAll(sum); !errors.Is(err, blob.ErrCorrupt) {
		t.Fatalf("ReadAll of a corrupted blob: %v", err)
	}
	if err := s.Verify(sum); !errors.Is(err, blob.ErrCorrupt) {
		t.Fatalf("Verify of a corrupted blob: %v", err)
	}
	if _, err := s.ReadAll(blob.SumOf(nil)); !errors.Is(err, blob.ErrNotFound) {
		t.Fatalf("missing blob: %v", err)
	}
}

func TestParseSum(t *testing.T) {
	sum := blob.SumOf([]byte("x"))
	for _, in := range []string{sum.String(), "0x" + sum.String(), strings.ToUpper(sum.String())} {
		if got, err := blob.ParseSum(in); err != nil || got != sum {
			t.Fatalf("%q: %v", in, err)
		}
	}
	for _, in := range []string{"", "abc", sum.String()[:63] + "g", sum.String() + "00"} {
		if _, err := blob.ParseSum(in); err == nil {
			t.Fatalf("%q accepted", in)
		}
	}
}

func TestHandler(t *testing.T) {
	s := openStore(t)
	data := randomBytes(2, 10_000)
	sum, _ := s.PutBytes(data)
	srv := httptest.NewServer(blob.Handler(s))
	defer srv.Close()

	resp, err := http.Get(blob.URL(srv.URL, sum))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !bytes.Equal(body, data) || resp.ContentLength != int64(len(data)) {
		t.Fatalf("GET: %d, %d bytes, Content-Length %d", resp.StatusCode, len(body), resp.ContentLength)
	}

	req, _ := http.NewRequest("GET", blob.URL(srv.URL, sum), nil)
	req.Header.Set("Range", "bytes=100-199")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusPartialContent || !bytes.Equal(body, data[100:200]) {
		t.Fatalf("Range: %d %d bytes", resp.StatusCode, len(body))
	}

	for path, code := range map[string]int{
		blob.PathPrefix + blob.SumOf(nil).String(): 404,
		blob.PathPrefix + "nothex":                 400,
	} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != code {
			t.Fatalf("%s: %d, want %d", path, resp.StatusCode, code)
		}
	}
}

// fault is what the faulty proxy does to one attempt.
type fault struct {
	flipAt    int64 // flip the byte at this offset of the blob (-1: none)
	cutAfter  int64 // abort the connection after this many body bytes (-1: none)
	lieLength bool  // with cutAfter: announce the cut length and end cleanly
	status    int   // answer this status instead of proxying (0: proxy)
}

var clean = fault{flipAt: -1, cutAfter: -1}

// faultyProxy forwards to upstream, spoiling the first attempts.
type faultyProxy struct {
	upstream string
	faults   []fault
	calls    atomic.Int32
	ranges   sync.Map // attempt → Range header
}

func (p *faultyProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	i := int(p.calls.Add(1)) - 1
	f := clean
	if i < len(p.faults) {
		f = p.faults[i]
	}
	p.ranges.Store(i, r.Header.Get("Range"))
	if f.status != 0 {
		http.Error(w, "injected", f.status)
		return
	}
	req, _ := http.NewRequestWithContext(r.Context(), "GET", p.upstream+r.URL.Path, nil)
	if rg := r.Header.Get("Range"); rg != "" {
		req.Header.Set("Range", rg)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var start int64
	if cr := resp.Header.Get("Content-Range"); cr != "" {
		fmt.Sscanf(cr, "bytes %d-", &start)
	}
	for _, h := range []string{"Content-Type", "Content-Range", "ETag", "Accept-Ranges"} {
		if v := resp.Header.Get(h); v != "" {
			w.Header().Set(h, v)
		}
	}
	length := resp.ContentLength
	if f.cutAfter >= 0 && f.lieLength {
		length = f.cutAfter
	}
	w.Header().Set("Content-Length", strconv.FormatInt(length, 10))
	w.WriteHeader(resp.StatusCode)
	var body io.Reader = resp.Body
	if f.flipAt >= 0 {
		body = &flipper{r: body, off: start, at: f.flipAt}
	}
	if f.cutAfter >= 0 {
		_, _ = io.CopyN(w, body, f.cutAfter)
		if !f.lieLength {
			panic(http.ErrAbortHandler) // drop the connection mid-body
		}
		return
	}
	_, _ = io.Copy(w, body)
}

type flipper struct {
	r   io.Reader
	off int64 // blob offset of the next byte read
	at  int64
}

func (f *flipper) Read(b []byte) (int, error) {
	n, err := f.r.Read(b)
	if f.at >= f.off && f.at < f.off+int64(n) {
		b[f.at-f.off] ^= 0x40
	}
	f.off += int64(n)
	return n, err
}

func fastFetcher(attempts int, retries *[]string) *blob.Fetcher {
	var mu sync.Mutex
	return &blob.Fetcher{Attempts: attempts, Backoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond,
		StallTimeout: 30 * time.Second,
		OnRetry: func(a int, err error) {
			mu.Lock()
			*retries = append(*retries, err.Error())
			mu.Unlock()
		}}
}

func ctxFor(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func TestFetchRetriesUntilVerified(t *testing.T) {
	src := openStore(t)
	data := randomBytes(3, 3<<20)
	sum, _ := src.PutBytes(data)
	up := httptest.NewServer(blob.Handler(src))
	defer up.Close()

	cases := []struct {
		name   string
		faults []fault
		size   int64
		resume bool // the last attempt resumed with a Range request
	}{
		{"clean", nil, -1, false},
		{"flipped byte", []fault{{flipAt: 12345, cutAfter: -1}}, -1, false},
		{"dropped connection resumes", []fault{{flipAt: -1, cutAfter: 1 << 20}}, -1, true},
		{"short body with honest-looking length", []fault{{flipAt: -1, cutAfter: 1 << 20, lieLength: true}}, -1, false},
		{"short body, size known, resumes", []fault{{flipAt: -1, cutAfter: 1 << 20, lieLength: true}}, int64(len(data)), true},
		{"resumed part corrupted restarts", []fault{{flipAt: -1, cutAfter: 1 << 20}, {flipAt: 2 << 20, cutAfter: -1}}, -1, false},
		{"server errors", []fault{{status: 503}, {status: 500}}, -1, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := &faultyProxy{upstream: up.URL, faults: c.faults}
			ps := httptest.NewServer(p)
			defer ps.Close()
			var retries []string
			dst := filepath.Join(t.TempDir(), "out", "blob.bin")
			n, err := fastFetcher(5, &retries).FetchURL(ctxFor(t), blob.URL(ps.URL, sum), sum, c.size, dst)
			if err != nil {
				t.Fatalf("fetch: %v (retries %q)", err, retries)
			}
			got, _ := os.ReadFile(dst)
			if n != int64(len(data)) || !bytes.Equal(got, data) {
				t.Fatalf("fetched %d bytes, content equal %v", n, bytes.Equal(got, data))
			}
			if want := len(c.faults) + 1; int(p.calls.Load()) != want {
				t.Fatalf("%d attempts, want %d (retries %q)", p.calls.Load(), want, retries)
			}
			last, _ := p.ranges.Load(int(p.calls.Load()) - 1)
			if (last != "") != c.resume {
				t.Fatalf("last attempt's Range %q, resume expected %v", last, c.resume)
			}
			noTemps(t, filepath.Dir(dst))
		})
	}
}

func TestFetchNeverAcceptsBadData(t *testing.T) {
	src := openStore(t)
	data := randomBytes(4, 1<<20)
	sum, _ := src.PutBytes(data)
	up := httptest.NewServer(blob.Handler(src))
	defer up.Close()

	always := make([]fault, 10)
	for i := range always {
		always[i] = fault{flipAt: int64(i * 1000), cutAfter: -1}
	}
	p := &faultyProxy{upstream: up.URL, faults: always}
	ps := httptest.NewServer(p)
	defer ps.Close()
	dstStore := openStore(t)
	var retries []string
	_, err := fastFetcher(4, &retries).FetchURLToStore(ctxFor(t), blob.URL(ps.URL, sum), sum, -1, dstStore)
	if !errors.Is(err, blob.ErrCorrupt) {
		t.Fatalf("want ErrCorrupt, got %v", err)
	}
	if p.calls.Load() != 4 || len(retries) != 3 {
		t.Fatalf("%d attempts, %d retries", p.calls.Load(), len(retries))
	}
	if dstStore.Has(sum) {
		t.Fatal("corrupt blob accepted into the store")
	}
	noTemps(t, dstStore.Dir())

	// A blob larger than announced is refused too.
	var r2 []string
	dst := filepath.Join(t.TempDir(), "x")
	if _, err := fastFetcher(2, &r2).FetchURL(ctxFor(t), blob.URL(up.URL, sum), sum, 1000, dst); !errors.Is(err, blob.ErrTooLarge) {
		t.Fatalf("want ErrTooLarge, got %v", err)
	}
	if _, err := os.Stat(dst); !os.IsNotExist(err) {
		t.Fatal("oversized blob written")
	}

	// Not found is permanent: one attempt.
	p404 := &faultyProxy{upstream: up.URL}
	s404 := httptest.NewServer(p404)
	defer s404.Close()
	var r3 []string
	if _, err := fastFetcher(5, &r3).Fetch(ctxFor(t), s404.URL, blob.SumOf([]byte("nope")), dst); !errors.Is(err, blob.ErrNotFound) {
		t.Fatalf("want ErrNotFound, got %v", err)
	}
	if p404.calls.Load() != 1 {
		t.Fatalf("404 retried: %d attempts", p404.calls.Load())
	}

	// A cancelled context stops the retries.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := fastFetcher(5, &r3).FetchURL(ctx, blob.URL(ps.URL, sum), sum, -1, dst); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: %v", err)
	}
}

// TestFetch64MiBStreams moves a 64 MiB blob through a proxy that corrupts
// the first attempt and cuts the second off, then checks the bytes and
// that the heap never grew by anything like the blob's size: the blob is
// streamed, not held (let alone twice).
func TestFetch64MiBStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("64 MiB transfer")
	}
	const size = 64 << 20
	src := openStore(t)
	sum, n, err := src.Put(io.LimitReader(&prng{r: rand.New(rand.NewPCG(5, 6))}, size))
	if err != nil || n != size {
		t.Fatal(err, n)
	}
	up := httptest.NewServer(blob.Handler(src))
	defer up.Close()
	p := &faultyProxy{upstream: up.URL, faults: []fault{
		{flipAt: 40 << 20, cutAfter: -1}, // corrupted: restart from zero
		{flipAt: -1, cutAfter: 24 << 20}, // cut off: resume at 24 MiB
	}}
	ps := httptest.NewServer(p)
	defer ps.Close()
	dst := openStore(t)

	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var peak atomic.Uint64
	peak.Store(before.HeapAlloc)
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		var ms runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				runtime.ReadMemStats(&ms)
				if ms.HeapAlloc > peak.Load() {
					peak.Store(ms.HeapAlloc)
				}
			}
		}
	}()
	var retries []string
	got, err := fastFetcher(5, &retries).FetchToStore(ctxFor(t), ps.URL, sum, dst)
	close(stop)
	<-sampled
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatalf("fetch: %v (retries %q)", err, retries)
	}
	if got != size || p.calls.Load() != 3 {
		t.Fatalf("%d bytes in %d attempts (retries %q)", got, p.calls.Load(), retries)
	}
	if r, _ := p.ranges.Load(2); r != "bytes=25165824-" {
		t.Fatalf("third attempt did not resume: Range %q", r)
	}
	if err := dst.Verify(sum); err != nil {
		t.Fatal(err)
	}
	growth := int64(peak.Load()) - int64(before.HeapAlloc)
	allocated := after.TotalAlloc - before.TotalAlloc
	t.Logf("64 MiB blob, 3 attempts (%d bytes on the wire): peak heap growth %.1f MiB, total allocated %.1f MiB (client, proxy and server together)",
		size+(24<<20)+(size-(24<<20)), float64(growth)/(1<<20), float64(allocated)/(1<<20))
	// The bound: far below the blob's size, so far below twice it.
	if growth > 16<<20 {
		t.Fatalf("heap grew by %d MiB while streaming a 64 MiB blob", growth>>20)
	}
}

type prng struct{ r *rand.Rand }

func (p *prng) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = byte(p.r.Uint32())
	}
	return len(b), nil
}

func TestManifestDigestMatchesResultDigest(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for trial := 0; trial < 50; trial++ {
		n := 1 + r.IntN(6)
		var files []*messages.ResultFile
		var refs []blob.FileRef
		for i := 0; i < n; i++ {
			data := randomBytes(uint64(trial*10+i), r.IntN(300))
			p := fmt.Sprintf("d%d/f%d.out", r.IntN(3), i)
			files = append(files, &messages.ResultFile{Path: p, Data: data})
			refs = append(refs, blob.FileRef{Path: p, SHA256: blob.SumOf(data), Size: int64(len(data))})
		}
		want, err := result.Digest(files)
		if err != nil {
			t.Fatal(err)
		}
		r.Shuffle(len(refs), func(i, j int) { refs[i], refs[j] = refs[j], refs[i] })
		got, err := blob.ManifestDigest(refs)
		if err != nil || got != want {
			t.Fatalf("trial %d: %x vs %x (%v)", trial, got, want, err)
		}
	}
	for _, bad := range [][]blob.FileRef{nil, {{Path: "../x"}}, {{Path: "/x"}}, {{Path: "a"}, {Path: "a"}}, {{Path: "a/./b"}}} {
		if _, err := blob.ManifestDigest(bad); err == nil {
			t.Fatalf("%v accepted", bad)
		}
	}
}
