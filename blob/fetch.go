package blob

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Fetcher downloads blobs and verifies them. The zero value is usable.
//
// Each attempt streams the response into a temporary file while hashing
// it; nothing reaches the destination unless the whole content hashes to
// the expected sum. A transfer that breaks off resumes with a Range
// request where the server supports it (the final hash still covers every
// byte); a corrupted one (wrong hash, more bytes than expected) restarts
// from zero. Attempts, delays and stalls are all bounded.
type Fetcher struct {
	// Client makes the requests (default: a client whose transport bounds
	// dialing and waiting for response headers, with no overall timeout so
	// large blobs can stream; the context and StallTimeout bound it).
	Client *http.Client
	// Attempts is the most tries per blob (default 5).
	Attempts int
	// Backoff is the delay before the second attempt, doubled for each
	// later one up to MaxBackoff, with ±25% jitter (defaults 200 ms, 5 s).
	Backoff, MaxBackoff time.Duration
	// StallTimeout aborts an attempt that receives no byte for this long
	// (default 60 s).
	StallTimeout time.Duration
	// MaxSize bounds a blob whose size the caller does not know
	// (default 64 GiB).
	MaxSize int64
	// OnRetry, when set, is told each failed attempt before the next one.
	OnRetry func(attempt int, err error)
}

// DefaultFetcher is used by the package-level Fetch.
var DefaultFetcher = &Fetcher{}

// Fetch downloads blob sum from the node at baseURL (GET
// baseURL/v1/blobs/{sha256}) to dstPath, verified, with DefaultFetcher.
func Fetch(ctx context.Context, baseURL string, sum Sum, dstPath string) error {
	_, err := DefaultFetcher.Fetch(ctx, baseURL, sum, dstPath)
	return err
}

var defaultClient = &http.Client{Transport: &http.Transport{
	Proxy:                 http.ProxyFromEnvironment,
	DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
	TLSHandshakeTimeout:   10 * time.Second,
	ResponseHeaderTimeout: 30 * time.Second,
	IdleConnTimeout:       90 * time.Second,
	MaxIdleConnsPerHost:   4,
	// Blobs are hashed as received; transparent gzip would only hide the
	// wire size.
	DisableCompression: true,
}}

func (f *Fetcher) client() *http.Client {
	if f.Client != nil {
		return f.Client
	}
	return defaultClient
}

func (f *Fetcher) attempts() int {
	if f.Attempts > 0 {
		return f.Attempts
	}
	return 5
}

func (f *Fetcher) stall() time.Duration {
	if f.StallTimeout > 0 {
		return f.StallTimeout
	}
	return 60 * time.Second
}

func (f *Fetcher) maxSize() int64 {
	if f.MaxSize > 0 {
		return f.MaxSize
	}
	return 64 << 30
}

// delay is the wait before attempt a (a ≥ 2).
func (f *Fetcher) delay(a int) time.Duration {
	base, ceil := f.Backoff, f.MaxBackoff
	if base <= 0 {
		base = 200 * time.Millisecond
	}
	if ceil <= 0 {
		ceil = 5 * time.Second
	}
	d := base
	for i := 2; i < a && d < ceil; i++ {
		d *= 2
	}
	d = min(d, ceil)
	// ±25% jitter so that many fetchers do not retry in step.
	return d - d/4 + time.Duration(rand.Int64N(int64(d/2)+1))
}

// Fetch downloads blob sum from the node at baseURL to dstPath (created
// or replaced atomically) and returns its size.
func (f *Fetcher) Fetch(ctx context.Context, baseURL string, sum Sum, dstPath string) (int64, error) {
	return f.FetchURL(ctx, URL(baseURL, sum), sum, -1, dstPath)
}

// FetchURL downloads url, which must serve bytes hashing to sum, to
// dstPath. size is the expected size, or -1 if unknown. The file appears
// at dstPath only once verified; on error nothing is left behind.
func (f *Fetcher) FetchURL(ctx context.Context, url string, sum Sum, size int64, dstPath string) (int64, error) {
	dir := filepath.Dir(dstPath)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(dstPath)+".*.part")
	if err != nil {
		return 0, err
	}
	n, err := f.download(ctx, url, sum, size, tmp)
	if err == nil {
		err = commitFile(tmp, dstPath)
	}
	if err != nil {
		removeTemp(tmp)
		return 0, err
	}
	return n, nil
}

// FetchToStore downloads blob sum from the node at baseURL into s (a no-op
// if s already has it) and returns its size.
func (f *Fetcher) FetchToStore(ctx context.Context, baseURL string, sum Sum, s *Store) (int64, error) {
	return f.FetchURLToStore(ctx, URL(baseURL, sum), sum, -1, s)
}

// FetchURLToStore is FetchToStore from an explicit URL, with the expected
// size if known (else -1).
func (f *Fetcher) FetchURLToStore(ctx context.Context, url string, sum Sum, size int64, s *Store) (int64, error) {
	if n, err := s.Size(sum); err == nil {
		return n, nil
	}
	tmp, err := s.createTemp()
	if err != nil {
		return 0, err
	}
	n, err := f.download(ctx, url, sum, size, tmp)
	if err == nil {
		err = s.commit(tmp, sum)
	}
	if err != nil {
		removeTemp(tmp)
		return 0, err
	}
	return n, nil
}

// permanent marks an error that retrying cannot fix.
type permanent struct{ err error }

func (p *permanent) Error() string { return p.err.Error() }
func (p *permanent) Unwrap() error { return p.err }

// partial is the state of a download across attempts: the bytes in the
// temporary file and their running hash.
type partial struct {
	f *os.File
	h hash.Hash
	n int64
}

func (p *partial) reset() error {
	p.n = 0
	p.h.Reset()
	if err := p.f.Truncate(0); err != nil {
		return err
	}
	_, err := p.f.Seek(0, io.SeekStart)
	return err
}

// download fills tmp with the verified content of url.
func (f *Fetcher) download(ctx context.Context, url string, want Sum, size int64, tmp *os.File) (int64, error) {
	p := &partial{f: tmp, h: sha256.New()}
	limit := size
	if limit < 0 {
		limit = f.maxSize()
	}
	buf := make([]byte, copyBuf)
	var lastErr error
	n := f.attempts()
	for a := 1; a <= n; a++ {
		if a > 1 {
			if f.OnRetry != nil {
				f.OnRetry(a-1, lastErr)
			}
			t := time.NewTimer(f.delay(a))
			select {
			case <-ctx.Done():
				t.Stop()
				return 0, fmt.Errorf("blob %s: %w (last error: %v)", want, ctx.Err(), lastErr)
			case <-t.C:
			}
		}
		keep, err := f.once(ctx, url, want, size, limit, p, buf)
		if err == nil {
			return p.n, nil
		}
		lastErr = err
		if ctx.Err() != nil {
			return 0, fmt.Errorf("blob %s: %w (last error: %v)", want, ctx.Err(), lastErr)
		}
		var perm *permanent
		if errors.As(err, &perm) {
			return 0, fmt.Errorf("blob %s from %s: %w", want, url, perm.err)
		}
		if !keep && p.n > 0 {
			if err := p.reset(); err != nil {
				return 0, err
			}
		}
	}
	return 0, fmt.Errorf("blob %s from %s: gave up after %d attempts: %w", want, url, n, lastErr)
}

// once is one attempt. keep says whether the bytes received so far may be
// kept and the next attempt resume after them (a broken-off transfer);
// otherwise the next attempt starts from zero.
func (f *Fetcher) once(ctx context.Context, url string, want Sum, size, limit int64, p *partial, buf []byte) (keep bool, err error) {
	actx, cancel := context.WithCancel(ctx)
	defer cancel()
	stall := f.stall()
	watchdog := time.AfterFunc(stall, cancel)
	defer watchdog.Stop()

	req, err := http.NewRequestWithContext(actx, http.MethodGet, url, nil)
	if err != nil {
		return false, &permanent{err}
	}
	if p.n > 0 {
		req.Header.Set("Range", "bytes="+strconv.FormatInt(p.n, 10)+"-")
	}
	resp, err := f.client().Do(req)
	if err != nil {
		return true, err
	}
	defer resp.Body.Close()
	switch c := resp.StatusCode; {
	case c == http.StatusOK:
		if p.n > 0 { // the server ignored the Range: start over
			if err := p.reset(); err != nil {
				return false, &permanent{err}
			}
		}
	case c == http.StatusPartialContent && p.n > 0:
		if start, ok := contentRangeStart(resp.Header.Get("Content-Range")); !ok || start != p.n {
			return false, fmt.Errorf("resume at %d answered with Content-Range %q", p.n, resp.Header.Get("Content-Range"))
		}
	case c == http.StatusNotFound:
		return false, &permanent{fmt.Errorf("%w (HTTP 404)", ErrNotFound)}
	case c >= 500, c == http.StatusRequestTimeout, c == http.StatusTooManyRequests,
		c == http.StatusRequestedRangeNotSatisfiable, c == http.StatusPartialContent:
		return c >= 500 || c == http.StatusRequestTimeout || c == http.StatusTooManyRequests, fmt.Errorf("HTTP %s", resp.Status)
	default:
		return false, &permanent{fmt.Errorf("HTTP %s%s", resp.Status, bodySnippet(resp.Body))}
	}
	if resp.ContentLength >= 0 && p.n+resp.ContentLength > limit {
		return false, fmt.Errorf("%w: %d bytes announced, at most %d expected", ErrTooLarge, p.n+resp.ContentLength, limit)
	}
	fw := &fileWriter{f: p.f}
	body := &stallReader{r: resp.Body, t: watchdog, d: stall}
	got, err := io.CopyBuffer(io.MultiWriter(fw, p.h), io.LimitReader(body, limit-p.n+1), buf)
	p.n += got
	if fw.err != nil {
		return false, &permanent{fw.err}
	}
	if p.n > limit {
		return false, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	if err != nil {
		return true, fmt.Errorf("%w after %d bytes: %v", ErrTruncated, p.n, err)
	}
	if (size >= 0 && p.n < size) || (resp.ContentLength >= 0 && got < resp.ContentLength) {
		return true, fmt.Errorf("%w: %d bytes received", ErrTruncated, p.n)
	}
	if Sum(p.h.Sum(nil)) != want {
		return false, fmt.Errorf("%w (%d bytes received)", ErrCorrupt, p.n)
	}
	return false, nil
}

// contentRangeStart parses "bytes START-END/TOTAL".
func contentRangeStart(v string) (int64, bool) {
	rest, ok := strings.CutPrefix(v, "bytes ")
	if !ok {
		return 0, false
	}
	start, _, ok := strings.Cut(rest, "-")
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseInt(start, 10, 64)
	return n, err == nil
}

func bodySnippet(r io.Reader) string {
	b, _ := io.ReadAll(io.LimitReader(r, 256))
	if s := strings.TrimSpace(string(b)); s != "" {
		return ": " + s
	}
	return ""
}

// fileWriter remembers a write error so that a local failure (disk full)
// is not mistaken for a network one.
type fileWriter struct {
	f   *os.File
	err error
}

func (w *fileWriter) Write(b []byte) (int, error) {
	n, err := w.f.Write(b)
	if err != nil {
		w.err = err
	}
	return n, err
}

// stallReader pushes the attempt's watchdog back on every byte received.
type stallReader struct {
	r io.Reader
	t *time.Timer
	d time.Duration
}

func (s *stallReader) Read(b []byte) (int, error) {
	n, err := s.r.Read(b)
	if n > 0 {
		s.t.Reset(s.d)
	}
	return n, err
}
