package match

import (
	"strings"
	"testing"

	"github.com/pocogrid/pocogrid/messages"
)

func desc(cores uint32, memGiB uint64, tags ...string) *messages.NodeDescriptor {
	return &messages.NodeDescriptor{Cores: cores, MemoryBytes: memGiB << 30, Os: "linux", Arch: "amd64", Tags: tags, Score: 12}
}

func gpuDesc() *messages.NodeDescriptor {
	d := desc(64, 512)
	d.Gpu = &messages.GPUSummary{Count: 8, Healthy: 8, Free: 8, Models: []string{"NVIDIA H100 80GB HBM3"}, MinMemoryBytes: 80 << 30, MinComputeCapability: "9.0"}
	return d
}

func TestMatches(t *testing.T) {
	cases := []struct {
		expr string
		d    *messages.NodeDescriptor
		want bool
	}{
		{"", desc(1, 1), true},
		{"cores >= 2", desc(4, 8), true},
		{"cores >= 2", desc(1, 8), false},
		{"memory >= 4 * GiB && os == 'linux'", desc(2, 8), true},
		{"memory >= 16 * GiB", desc(2, 8), false},
		{`"ssd" in tags`, desc(2, 8, "ssd"), true},
		{`"ssd" in tags`, desc(2, 8), false},
		{"score >= 12 && arch == 'amd64'", desc(2, 8), true},
		{"gpus.count >= 1", desc(2, 8), false},
		{"gpus.free >= 2 && gpus.memory >= 40 * GiB && gpus.compute >= 8.0", gpuDesc(), true},
		{`gpus.models.exists(m, m.contains("H100"))`, gpuDesc(), true},
		{`gpus.models.exists(m, m.contains("A100"))`, gpuDesc(), false},
	}
	for _, c := range cases {
		r, err := Compile(c.expr)
		if err != nil {
			t.Fatalf("%q: %v", c.expr, err)
		}
		got, err := r.Matches(NewNode(c.d))
		if got != c.want {
			t.Errorf("%q on %v: got %v (%v), want %v", c.expr, c.d, got, err, c.want)
		}
	}
}

func TestCompileErrors(t *testing.T) {
	for _, expr := range []string{"cores >=", "cores + 1", "nosuchvar > 1", "cores == 'x'"} {
		if _, err := Compile(expr); err == nil {
			t.Errorf("%q compiled", expr)
		} else if !strings.Contains(err.Error(), "requirements") {
			t.Errorf("%q: error lacks context: %v", expr, err)
		}
	}
}

func TestExplain(t *testing.T) {
	nodes := []*Node{NewNode(desc(2, 8)), NewNode(desc(4, 16))}
	r, _ := Compile("cores >= 64 && memory >= 1 * GiB")
	why := r.Explain(nodes)
	if !strings.Contains(why, "`cores >= 64` fails on 2 of 2 workers") || strings.Contains(why, "memory >=") {
		t.Fatalf("explanation: %s", why)
	}
	ok, _ := Compile("cores >= 4")
	if why := ok.Explain(nodes); why != "" {
		t.Fatalf("a matching requirement got an explanation: %s", why)
	}
	if why := ok.Explain(nil); why == "" {
		t.Fatal("no explanation with no workers")
	}
	both, _ := Compile("cores >= 4 && memory <= 8 * GiB")
	if why := both.Explain(nodes); !strings.Contains(why, "never all together") {
		t.Fatalf("explanation: %s", why)
	}
}

func BenchmarkMatch(b *testing.B) {
	r, _ := Compile("cores >= 2 && memory >= 4 * GiB && os == 'linux'")
	n := NewNode(desc(4, 8))
	for b.Loop() {
		if ok, _ := r.Matches(n); !ok {
			b.Fatal("no match")
		}
	}
}
