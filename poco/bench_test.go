package poco

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// BenchmarkContribute measures Contribute on the hot path: one op is a fresh
// trust-100 task receiving the 7 unanimous fresh contributions that reach
// consensus (the first wave NeedReplica provisions).
func BenchmarkContribute(b *testing.B) {
	const n = 7
	var workers [n]common.Address
	for i := range workers {
		workers[i] = common.Address{0xbe, byte(i)}
	}
	id := fill(0x11)
	hash := ResultHash(id, fill(0x22))
	seal := fill(0x33)
	b.ReportAllocs()
	for b.Loop() {
		task, err := NewTask(id, 100, XS, 0)
		if err != nil {
			b.Fatal(err)
		}
		for i, w := range workers {
			reached, err := task.Contribute(w, 0, hash, seal, 1)
			if err != nil || reached != (i == n-1) {
				b.Fatalf("contribution %d: reached %v, %v", i, reached, err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/contribute")
}
