package journal

import (
	"errors"
	"path/filepath"
	"sync"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestFailedWriteDoesNotFailItsBatch: writes sharing a transaction with a
// failing one are redone alone and succeed.
func TestFailedWriteDoesNotFailItsBatch(t *testing.T) {
	j, err := OpenBolt(filepath.Join(t.TempDir(), "j.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	boom := errors.New("boom")
	var wg sync.WaitGroup
	errs := make([]error, 64)
	for i := range errs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%8 == 0 {
				errs[i] = j.update(func(*bolt.Tx) error { return boom })
				return
			}
			var k [32]byte
			k[0] = byte(i)
			errs[i] = j.PutTask(k, []byte{byte(i)})
		}(i)
	}
	wg.Wait()
	for i, err := range errs {
		if i%8 == 0 {
			if !errors.Is(err, boom) {
				t.Fatalf("write %d: %v", i, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("write %d failed with its batch: %v", i, err)
		}
		var k [32]byte
		k[0] = byte(i)
		if r, ok, _ := j.GetTask(k); !ok || r[0] != byte(i) {
			t.Fatalf("write %d lost", i)
		}
	}
}
