package gpu

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"
)

// logRecorder is a slog.Handler that keeps every record.
type logRecorder struct {
	mu      sync.Mutex
	records []string
}

func (r *logRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (r *logRecorder) WithAttrs([]slog.Attr) slog.Handler       { return r }
func (r *logRecorder) WithGroup(string) slog.Handler            { return r }
func (r *logRecorder) Handle(_ context.Context, rec slog.Record) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", rec.Level, rec.Message)
	rec.Attrs(func(a slog.Attr) bool {
		fmt.Fprintf(&b, " %s=%v", a.Key, a.Value)
		return true
	})
	r.mu.Lock()
	defer r.mu.Unlock()
	r.records = append(r.records, b.String())
	return nil
}

func (r *logRecorder) lines() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.records...)
}

// TestNVMLProberOnThisMachine runs the real prober. Without an NVIDIA
// driver (or without cgo) it must report zero GPUs, a reason and exactly one
// log line, and keep working; on a GPU machine it must find the GPUs.
func TestNVMLProberOnThisMachine(t *testing.T) {
	rec := &logRecorder{}
	p, reason := NewNVMLProber(slog.New(rec))
	defer func() {
		if err := p.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	}()
	infos, err := p.Probe()
	if err != nil {
		t.Fatalf("Probe: %v", err)
	}
	if reason == "" {
		t.Logf("NVML present: %d GPUs", len(infos))
		if len(infos) == 0 {
			t.Fatal("no reason given, yet zero GPUs")
		}
		for _, in := range infos {
			if !strings.HasPrefix(in.UUID, "GPU-") || in.Name == "" || in.MemoryTotal == 0 {
				t.Errorf("GPU %d: %+v", in.Index, in)
			}
		}
		return
	}
	t.Logf("reason: %s", reason)
	if len(infos) != 0 {
		t.Fatalf("reason %q but %d GPUs", reason, len(infos))
	}
	if !strings.Contains(reason, "NVML not found") && !strings.Contains(reason, "built without cgo/NVML") &&
		!strings.Contains(reason, "driver") {
		t.Errorf("reason %q does not say what is missing", reason)
	}
	if lines := rec.lines(); len(lines) != 1 || !strings.Contains(lines[0], reason) {
		t.Errorf("want exactly one log line with the reason, got %q", lines)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ch, err := p.Events(ctx)
	if err != nil {
		t.Fatalf("Events: %v", err)
	}
	cancel()
	select {
	case _, ok := <-ch:
		if ok {
			t.Error("an event from a machine without GPUs")
		}
	case <-time.After(2 * time.Second):
		t.Error("events channel not closed after ctx was cancelled")
	}
	// Asking again must not log again or fail.
	if _, err := p.Probe(); err != nil {
		t.Errorf("second Probe: %v", err)
	}
	if n := len(rec.lines()); n != 1 {
		t.Errorf("%d log lines after a second probe", n)
	}
}
