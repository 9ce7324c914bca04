package sandbox

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
)

var errOutputLimit = errors.New("sandbox: output limit exceeded")

// outputBudget is the byte budget shared by stdout and files written in /out.
type outputBudget struct {
	limit    int64
	used     atomic.Int64
	exceeded atomic.Bool
}

// take reserves n bytes, or marks the budget exceeded and reports false.
func (b *outputBudget) take(n int) bool {
	if b.used.Add(int64(n)) > b.limit {
		b.exceeded.Store(true)
		return false
	}
	return true
}

// stdoutFile writes the guest's stdout to <OutputDir>/stdout, creating the
// file on the first non-empty write so that a silent app leaves no file.
type stdoutFile struct {
	path   string
	budget *outputBudget
	f      *os.File
	w      *bufio.Writer
}

func newStdoutFile(outDir string, budget *outputBudget) *stdoutFile {
	return &stdoutFile{path: filepath.Join(outDir, "stdout"), budget: budget}
}

func (s *stdoutFile) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if !s.budget.take(len(p)) {
		return 0, errOutputLimit
	}
	if s.f == nil {
		f, err := os.OpenFile(s.path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
		if err != nil {
			return 0, err
		}
		s.f = f
		s.w = stdoutWriters.Get().(*bufio.Writer)
		s.w.Reset(f)
	}
	return s.w.Write(p)
}

// Close flushes and closes the file, if one was created.
func (s *stdoutFile) Close() error {
	if s.f == nil {
		return nil
	}
	err := s.w.Flush()
	s.w.Reset(nil)
	stdoutWriters.Put(s.w)
	s.w = nil
	if cerr := s.f.Close(); err == nil {
		err = cerr
	}
	return err
}

var stdoutWriters = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 8<<10) }}

// tailBuffer keeps the last size bytes written to it.
type tailBuffer struct {
	mu   sync.Mutex
	size int
	buf  []byte // allocated on the first write
	next int
	full bool
}

func newTailBuffer(size int) *tailBuffer { return &tailBuffer{size: size} }

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.buf == nil {
		t.buf = make([]byte, t.size)
	}
	n := len(p)
	if len(p) >= len(t.buf) {
		copy(t.buf, p[len(p)-len(t.buf):])
		t.next, t.full = 0, true
		return n, nil
	}
	c := copy(t.buf[t.next:], p)
	if c < len(p) {
		copy(t.buf, p[c:])
		t.full = true
	}
	t.next = (t.next + len(p)) % len(t.buf)
	if t.next == 0 {
		t.full = true
	}
	return n, nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.full {
		return string(t.buf[:t.next])
	}
	return string(t.buf[t.next:]) + string(t.buf[:t.next])
}
