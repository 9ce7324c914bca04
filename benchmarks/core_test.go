package benchmarks

import (
	"context"
	"testing"

	"github.com/pocogrid/pocogrid/demo"
	"github.com/pocogrid/pocogrid/identity"
)

// The Go benchmarks mirror `pocogrid bench core`; compare them with
// benchstat. Each reports certified tasks/s as a custom metric.

func benchCertified(b *testing.B, trust uint64) {
	s, err := demo.Run(context.Background(), demo.Options{Workers: 16, Tasks: b.N, Trust: trust, App: "noop"})
	if err != nil {
		b.Fatal(err)
	}
	if s.Completed != b.N {
		b.Fatalf("%d of %d certified", s.Completed, b.N)
	}
	b.ReportMetric(s.TasksPerSecond, "tasks/s")
}

func BenchmarkCertifiedTrust1(b *testing.B)   { benchCertified(b, 1) }
func BenchmarkCertifiedTrust100(b *testing.B) { benchCertified(b, 100) }

func BenchmarkReplicaCrypto(b *testing.B) {
	sched, worker := identity.FromSeed("s"), identity.FromSeed("w")
	var id [32]byte
	for b.Loop() {
		id[0]++
		if err := replicaCrypto(sched, worker, id, id); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkActorMessage(b *testing.B) {
	rate := ActorMessageRate(int64(max(b.N, 1)))
	b.ReportMetric(rate, "msgs/s")
}

func TestReplicaCryptoRejectsNothingValid(t *testing.T) {
	if CryptoPerReplica(3) <= 0 {
		t.Fatal("no time measured")
	}
}
