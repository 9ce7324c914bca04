package journal_test

import (
	"path/filepath"
	"sync/atomic"
	"testing"
)

// BenchmarkPutTask: one writer, one fsynced transaction per record.
func BenchmarkPutTask(b *testing.B) {
	j := open(b, filepath.Join(b.TempDir(), "j.db"))
	defer j.Close()
	r := rec(200)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := j.PutTask(id(i), r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPutTaskParallel: many task actors journaling at once share
// transactions (group commit).
func BenchmarkPutTaskParallel(b *testing.B) {
	j := open(b, filepath.Join(b.TempDir(), "j.db"))
	defer j.Close()
	r := rec(200)
	var n atomic.Int64
	b.SetParallelism(16)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if err := j.PutTask(id(int(n.Add(1))), r); err != nil {
				b.Error(err)
				return
			}
		}
	})
}
