// Package api is the HTTP+JSON API scheduler nodes serve and the pocogrid
// client commands use:
//
//	POST /v1/bags                   submit a bag (BagRequest → BagReply, 202)
//	GET  /v1/status[?tasks=1|active] pool counts (and every task, or the unfinished ones)
//	GET  /v1/tasks/{id}             one task
//	GET  /v1/results/{id}           a certified result: digest, files (inline when small)
//	GET  /v1/results/{id}/files/{path...}  one file's bytes, streamed
//	GET  /v1/blobs/{sha256}         a blob, streamed (when the node has a blob store)
//	GET  /v1/nodes                  live cluster members
//	GET  /metrics                   Prometheus metrics
//	GET  /healthz                   liveness
//	GET  /                          a live HTML page
//
// Errors are JSON {"error": "..."} with a fitting status code.
package api

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/pocogrid/pocogrid/blob"
	"github.com/pocogrid/pocogrid/messages"
)

// Options tune a Server; the zero value is usable.
type Options struct {
	// Blobs is served at /v1/blobs/{sha256} and used to stream result
	// files (default: the backend's, if it is a BlobSource).
	Blobs *blob.Store
	// Registry receives the pool metrics (default: a new registry with the
	// Go and process collectors); /metrics serves it.
	Registry *prometheus.Registry
	// MaxBodyBytes bounds request bodies (default 1 MiB).
	MaxBodyBytes int64
	// MaxBagSize bounds a bag's task count (default 100 000).
	MaxBagSize int
	// InlineLimit: results up to this many bytes in all are sent inline by
	// GET /v1/results/{id} (default 256 KiB).
	InlineLimit int64
	// Timeout bounds each backend call (default 30 s).
	Timeout time.Duration
	Logger  *slog.Logger
}

// Server is the API's http.Handler.
type Server struct {
	b        Backend
	o        Options
	mux      *http.ServeMux
	blobs    *blob.Store
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
}

// NewServer serves b.
func NewServer(b Backend, o Options) *Server {
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = 1 << 20
	}
	if o.MaxBagSize <= 0 {
		o.MaxBagSize = DefaultMaxBagSize
	}
	if o.InlineLimit <= 0 {
		o.InlineLimit = 256 << 10
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Server{b: b, o: o, mux: http.NewServeMux(), blobs: o.Blobs}
	if s.blobs == nil {
		if bs, ok := b.(BlobSource); ok {
			s.blobs = bs.Blobs()
		}
	}
	s.reg = o.Registry
	if s.reg == nil {
		s.reg = prometheus.NewRegistry()
		s.reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	}
	s.requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "pocogrid_api_requests_total", Help: "API requests by route and status code.",
	}, []string{"route", "code"})
	for _, c := range []prometheus.Collector{s.requests, &poolCollector{s: s}} {
		if err := s.reg.Register(c); err != nil {
			o.Logger.Warn("api: metrics not registered", "err", err)
		}
	}

	m := s.mux
	m.HandleFunc("POST /v1/bags", s.submit)
	m.HandleFunc("GET /v1/status", s.status)
	m.HandleFunc("GET /v1/tasks/{id}", s.task)
	m.HandleFunc("GET /v1/results/{id}", s.result)
	m.HandleFunc("GET /v1/results/{id}/files/{path...}", s.resultFile)
	m.HandleFunc("GET /v1/blobs/{sha256}", s.blob)
	m.HandleFunc("GET /v1/nodes", s.nodes)
	m.Handle("GET /metrics", promhttp.HandlerFor(s.reg, promhttp.HandlerOpts{}))
	m.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]bool{"ok": true})
	})
	m.HandleFunc("GET /{$}", page)
	return s
}

// Registry is the metrics registry /metrics serves.
func (s *Server) Registry() *prometheus.Registry { return s.reg }

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rec := &recorder{ResponseWriter: w}
	defer func() {
		if p := recover(); p != nil {
			if p == http.ErrAbortHandler {
				panic(p)
			}
			s.o.Logger.Error("api: handler panic", "path", r.URL.Path, "panic", p)
			if rec.code == 0 {
				writeError(rec, http.StatusInternalServerError, fmt.Sprint("internal error: ", p))
			}
		}
		route := r.Pattern
		if route == "" {
			route = "unmatched"
		}
		s.requests.WithLabelValues(route, fmt.Sprint(max(rec.code, 200))).Inc()
	}()
	s.mux.ServeHTTP(rec, r)
}

func (s *Server) ctx(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), s.o.Timeout)
}

func (s *Server) submit(w http.ResponseWriter, r *http.Request) {
	var req BagRequest
	if !s.decode(w, r, &req) {
		return
	}
	bag, err := BuildBag(req, s.o.MaxBagSize)
	if err != nil {
		s.fail(w, err)
		return
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	reply, err := s.b.Submit(ctx, bag)
	if err != nil {
		s.fail(w, err)
		return
	}
	out := BagReply{DealID: Hex(bag.DealId), TaskIDs: make([]string, 0, len(reply.TaskIds)), Unmatched: reply.Unmatched,
		App: bag.Tasks[0].AppName, Count: len(bag.Tasks)}
	if out.Unmatched == nil {
		out.Unmatched = map[string]string{}
	}
	for _, id := range reply.TaskIds {
		out.TaskIDs = append(out.TaskIDs, Hex(id))
	}
	s.o.Logger.Info("api: bag accepted", "deal", out.DealID, "app", out.App, "tasks", out.Count, "unmatched", len(out.Unmatched))
	writeJSON(w, http.StatusAccepted, out)
}

// decode reads a JSON body, bounded, refusing unknown fields and trailing
// data.
func (s *Server) decode(w http.ResponseWriter, r *http.Request, v any) bool {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		writeError(w, http.StatusUnsupportedMediaType, "Content-Type must be application/json")
		return false
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, s.o.MaxBodyBytes))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil && dec.More() {
		err = errors.New("trailing data after the JSON object")
	}
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes", tooBig.Limit))
		return false
	case errors.Is(err, io.EOF):
		writeError(w, http.StatusBadRequest, "empty request body")
		return false
	case err != nil:
		writeError(w, http.StatusBadRequest, "bad JSON: "+err.Error())
		return false
	}
	return true
}

// status answers GET /v1/status; ?tasks=1 lists every task, ?tasks=active
// only those that have not ended (what a waiting client needs, bounded by
// the work in flight rather than the pool's history).
func (s *Server) status(w http.ResponseWriter, r *http.Request) {
	q := strings.ToLower(r.URL.Query().Get("tasks"))
	active := q == "active"
	ctx, cancel := s.ctx(r)
	defer cancel()
	st, err := s.b.Status(ctx, active || truthy(q))
	if err != nil {
		s.fail(w, err)
		return
	}
	out := StatusOf(st)
	if active {
		kept := out.Tasks[:0]
		for _, t := range out.Tasks {
			if !Ended(t.State) {
				kept = append(kept, t)
			}
		}
		out.Tasks = kept
	}
	writeJSON(w, http.StatusOK, out)
}

func truthy(v string) bool {
	switch strings.ToLower(v) {
	case "1", "true", "yes", "on":
		return true
	}
	return false
}

// findTask looks a task up in the pool status.
func (s *Server) findTask(ctx context.Context, id [32]byte) (*messages.TaskStatus, error) {
	st, err := s.b.Status(ctx, true)
	if err != nil {
		return nil, err
	}
	for _, t := range st.Tasks {
		if bytes.Equal(t.TaskId, id[:]) {
			return t, nil
		}
	}
	return nil, fmt.Errorf("%w: task %s is unknown to this pool", ErrNotFound, Hex(id[:]))
}

func (s *Server) pathID(w http.ResponseWriter, r *http.Request) ([32]byte, bool) {
	id, err := ParseID(r.PathValue("id"))
	if err != nil {
		writeError(w, http.StatusBadRequest, "task "+err.Error())
		return id, false
	}
	return id, true
}

func (s *Server) task(w http.ResponseWriter, r *http.Request) {
	id, ok := s.pathID(w, r)
	if !ok {
		return
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	t, err := s.findTask(ctx, id)
	if err != nil {
		s.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, TaskOf(t))
}

// loaded is a result as the server found it: references always, the bytes
// when they came from the backend's memory.
type loaded struct {
	digest [32]byte
	refs   []blob.FileRef
	data   [][]byte // nil when only references are known
}

// load finds a certified result: by manifest (no bytes read) when the
// backend supports it, else from Backend.Result.
func (s *Server) load(ctx context.Context, id [32]byte) (*loaded, error) {
	if m, ok := s.b.(ResultManifester); ok {
		d, refs, found, err := m.ResultManifest(ctx, id)
		if !errors.Is(err, errors.ErrUnsupported) {
			if err != nil {
				return nil, err
			}
			if !found {
				return nil, s.noResult(ctx, id)
			}
			return &loaded{digest: d, refs: refs}, nil
		}
	}
	d, files, found, err := s.b.Result(ctx, id)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, s.noResult(ctx, id)
	}
	l := &loaded{digest: d, refs: make([]blob.FileRef, len(files)), data: make([][]byte, len(files))}
	for i, f := range files {
		l.refs[i] = blob.FileRef{Path: f.GetPath(), SHA256: sha256.Sum256(f.GetData()), Size: int64(len(f.GetData()))}
		l.data[i] = f.GetData()
	}
	return l, nil
}

// noResult explains why a task has no result.
func (s *Server) noResult(ctx context.Context, id [32]byte) error {
	t, err := s.findTask(ctx, id)
	if err != nil {
		return err
	}
	return fmt.Errorf("%w: task %s is %s and has no certified result", ErrNotFound, Hex(id[:]), TaskOf(t).State)
}

func (s *Server) result(w http.ResponseWriter, r *http.Request) {
	id, ok := s.pathID(w, r)
	if !ok {
		return
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	l, err := s.load(ctx, id)
	if err != nil {
		s.fail(w, err)
		return
	}
	out := Result{TaskID: Hex(id[:]), Digest: Hex(l.digest[:]), Files: make([]ResultFile, len(l.refs))}
	for _, f := range l.refs {
		out.Size += f.Size
	}
	inline := r.URL.Query().Get("inline") != "0" && out.Size <= s.o.InlineLimit
	for i, f := range l.refs {
		rf := ResultFile{Path: f.Path, Size: f.Size, SHA256: f.SHA256.String(), URL: s.fileURL(id, f)}
		if inline {
			switch {
			case l.data != nil:
				rf.Data, rf.Inline = l.data[i], true
			case s.blobs != nil:
				if b, err := s.blobs.ReadAll(f.SHA256); err == nil {
					rf.Data, rf.Inline = b, true
				}
			}
		}
		out.Files[i] = rf
	}
	writeJSON(w, http.StatusOK, out)
}

// fileURL is where a result file streams from: the blob store when this
// node has the blob, else the result's file endpoint.
func (s *Server) fileURL(id [32]byte, f blob.FileRef) string {
	if s.blobs != nil && s.blobs.Has(f.SHA256) {
		return blob.PathPrefix + f.SHA256.String()
	}
	segs := strings.Split(f.Path, "/")
	for i, seg := range segs {
		segs[i] = url.PathEscape(seg)
	}
	return "/v1/results/" + Hex(id[:]) + "/files/" + strings.Join(segs, "/")
}

func (s *Server) resultFile(w http.ResponseWriter, r *http.Request) {
	id, ok := s.pathID(w, r)
	if !ok {
		return
	}
	p := r.PathValue("path")
	ctx, cancel := s.ctx(r)
	defer cancel()
	l, err := s.load(ctx, id)
	if err != nil {
		s.fail(w, err)
		return
	}
	for i, f := range l.refs {
		if f.Path != p {
			continue
		}
		w.Header().Set("X-Content-Sha256", f.SHA256.String())
		if l.data == nil {
			if s.blobs == nil {
				writeError(w, http.StatusInternalServerError, "result file is on disk but this server has no blob store")
				return
			}
			s.blobs.ServeBlob(w, r, f.SHA256.String())
			return
		}
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Header().Set("ETag", `"`+f.SHA256.String()+`"`)
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(l.data[i]))
		return
	}
	writeError(w, http.StatusNotFound, fmt.Sprintf("task %s's result has no file %q", Hex(id[:]), p))
}

func (s *Server) blob(w http.ResponseWriter, r *http.Request) {
	if s.blobs == nil {
		writeError(w, http.StatusNotFound, "this node serves no blobs")
		return
	}
	s.blobs.ServeBlob(w, r, r.PathValue("sha256"))
}

func (s *Server) nodes(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	ns, err := s.b.Nodes(ctx)
	if err != nil {
		s.fail(w, err)
		return
	}
	out := Nodes{Nodes: make([]Node, 0, len(ns))}
	for _, n := range ns {
		out.Nodes = append(out.Nodes, NodeOf(n))
	}
	writeJSON(w, http.StatusOK, out)
}

// fail answers a backend or validation error with its status code.
func (s *Server) fail(w http.ResponseWriter, err error) {
	code := http.StatusInternalServerError
	switch {
	case errors.Is(err, errBadRequest):
		code = http.StatusBadRequest
	case errors.Is(err, ErrNotFound), errors.Is(err, blob.ErrNotFound):
		code = http.StatusNotFound
	case errors.Is(err, ErrRejected):
		code = http.StatusUnprocessableEntity
	case errors.Is(err, ErrUnavailable), errors.Is(err, context.DeadlineExceeded):
		code = http.StatusServiceUnavailable
	}
	if code == http.StatusInternalServerError {
		s.o.Logger.Error("api: request failed", "err", err)
	}
	writeError(w, code, err.Error())
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

func writeError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	writeJSON(w, code, ErrorReply{Error: msg})
}

// recorder remembers the status code, passing streaming through.
type recorder struct {
	http.ResponseWriter
	code int
}

func (r *recorder) WriteHeader(code int) {
	if r.code == 0 {
		r.code = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.code == 0 {
		r.code = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

// ReadFrom keeps the underlying writer's sendfile path for file bodies.
func (r *recorder) ReadFrom(src io.Reader) (int64, error) {
	if r.code == 0 {
		r.code = http.StatusOK
	}
	if rf, ok := r.ResponseWriter.(io.ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	return io.Copy(struct{ io.Writer }{r.ResponseWriter}, src)
}

func (r *recorder) Flush() {
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// NewHTTPServer wraps h with the timeouts a node's API server needs: slow
// or idle clients are cut off, large downloads are not.
func NewHTTPServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}

// Serve listens on addr (host:port) and serves h until ctx ends, then
// shuts down gracefully (5 s). It returns at once if addr cannot be bound.
func Serve(ctx context.Context, addr string, h http.Handler) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("api: %w", err)
	}
	return ServeListener(ctx, ln, h)
}

// ServeListener is Serve on an open listener (use net.Listen with ":0"
// and ln.Addr() to learn the port).
func ServeListener(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := NewHTTPServer(h)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(sctx); err != nil {
			_ = srv.Close()
		}
		<-errc
		return nil
	}
}
