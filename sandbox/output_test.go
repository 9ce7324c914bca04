package sandbox

import (
	"strings"
	"testing"
)

func TestTailBuffer(t *testing.T) {
	tests := []struct {
		writes []string
		want   string
	}{
		{nil, ""},
		{[]string{"ab"}, "ab"},
		{[]string{"abcd"}, "abcd"},
		{[]string{"abc", "de"}, "bcde"},
		{[]string{"abcdefgh"}, "efgh"},
		{[]string{"ab", "cd", "ef", "g"}, "defg"},
	}
	for _, tt := range tests {
		b := newTailBuffer(4)
		for _, w := range tt.writes {
			if n, err := b.Write([]byte(w)); n != len(w) || err != nil {
				t.Fatalf("Write(%q) = %d, %v", w, n, err)
			}
		}
		if got := b.String(); got != tt.want {
			t.Errorf("writes %q: tail %q, want %q", strings.Join(tt.writes, "|"), got, tt.want)
		}
	}
}

func TestMemoryGuard(t *testing.T) {
	g := &memoryGuard{limit: 4 * pageSize}
	m := g.Allocate(pageSize, 1<<32)
	buf := m.Reallocate(pageSize)
	buf[10] = 42
	buf = m.Reallocate(3 * pageSize)
	if len(buf) != 3*pageSize || buf[10] != 42 {
		t.Fatalf("grow lost content or length: len %d", len(buf))
	}
	if g.refused.Load() != 0 {
		t.Fatal("growth within the limit refused")
	}
	if m.Reallocate(5*pageSize) != nil {
		t.Fatal("growth over the limit allowed")
	}
	if g.refused.Load() != 5*pageSize {
		t.Fatalf("refused = %d", g.refused.Load())
	}
}
