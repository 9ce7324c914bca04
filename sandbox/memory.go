package sandbox

import (
	"sync/atomic"

	"github.com/tetratelabs/wazero/experimental"
)

// memoryGuard enforces Limits.MemoryBytes for one run. It is installed as the
// run's wazero memory allocator rather than through
// RuntimeConfig.WithMemoryLimitPages, so one Runtime (and one compiled module
// per app) serves every limit, and a refused growth is observed here, which
// tells a memory failure apart from any other failing exit.
type memoryGuard struct {
	limit   uint64
	refused atomic.Uint64 // largest size refused, in bytes; 0 if none
}

func (g *memoryGuard) Allocate(capBytes, _ uint64) experimental.LinearMemory {
	return &linearMemory{guard: g}
}

func (g *memoryGuard) refuse(size uint64) {
	for {
		old := g.refused.Load()
		if size <= old || g.refused.CompareAndSwap(old, size) {
			return
		}
	}
}

type linearMemory struct {
	guard *memoryGuard
	buf   []byte
}

// Reallocate grows the buffer to size bytes, keeping its content.
func (m *linearMemory) Reallocate(size uint64) []byte {
	if size > m.guard.limit {
		m.guard.refuse(size)
		// The initial allocation cannot fail (wazero indexes the result);
		// Run checks minimum memory before instantiating, and checks the
		// guard again after, so this only keeps the process alive.
		if m.buf != nil {
			return nil
		}
	}
	if size <= uint64(cap(m.buf)) {
		m.buf = m.buf[:size]
		return m.buf
	}
	// Grow geometrically from what the module uses: reserving the whole
	// limit (or the module's declared maximum) up front would make every
	// replica a 256 MiB allocation.
	newCap := max(size, 2*uint64(cap(m.buf)))
	newCap = min(newCap, max(m.guard.limit, size))
	buf := make([]byte, size, newCap)
	copy(buf, m.buf)
	m.buf = buf
	return buf
}

func (m *linearMemory) Free() { m.buf = nil }
