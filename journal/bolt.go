// Package journal makes a pool durable: a bbolt file journals every
// accepted submission and task state change (actors.Journal) in fsynced
// transactions before the pool acknowledges them, and a disk result store
// keeps certified results content-addressed next to it. After a crash
// (kill -9) and a restart on the same data directory the scheduler
// resumes every unfinished task from the journal.
package journal

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

var (
	bucketTasks   = []byte("tasks")
	bucketResults = []byte("results")
	bucketMeta    = []byte("meta")
)

// schemaVersion is stored under meta/schema; a newer file is refused.
const schemaVersion = 1

// ErrClosed is returned by writes after Close.
var ErrClosed = errors.New("journal: closed")

// Bolt is a journal in a bbolt file. Every write is a transaction fsynced
// before the call returns; concurrent writers share transactions (group
// commit) so that many task actors journaling at once cost one fsync per
// batch rather than one each, with no added latency for a lone writer.
// It implements actors.Journal.
type Bolt struct {
	db     *bolt.DB
	path   string
	writes chan *writeReq
	quit   chan struct{}
	done   chan struct{}
	once   sync.Once
}

type writeReq struct {
	fn   func(*bolt.Tx) error
	done chan error
}

// maxBatch bounds how many writes share one transaction.
const maxBatch = 256

// OpenBolt opens (creating if needed) the journal file at path. Another
// process holding the file makes it fail after a few seconds rather than
// wait forever.
func OpenBolt(path string) (*Bolt, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("journal: %w", err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 3 * time.Second, FreelistType: bolt.FreelistMapType})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("journal %s is locked by another process (is a node already running on this data dir?)", path)
	}
	if err != nil {
		return nil, fmt.Errorf("journal %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketTasks, bucketResults, bucketMeta} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		if v := meta.Get([]byte("schema")); v != nil {
			if len(v) != 1 || v[0] > schemaVersion {
				return fmt.Errorf("journal schema %v is newer than this build's (%d)", v, schemaVersion)
			}
			return nil
		}
		return meta.Put([]byte("schema"), []byte{schemaVersion})
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("journal %s: %w", path, err)
	}
	b := &Bolt{db: db, path: path, writes: make(chan *writeReq), quit: make(chan struct{}), done: make(chan struct{})}
	go b.commitLoop()
	return b, nil
}

// Path is the journal file.
func (b *Bolt) Path() string { return b.path }

// Close stops accepting writes, waits for the one in progress and closes
// the file. Everything acknowledged before is on disk.
func (b *Bolt) Close() error {
	var err error
	b.once.Do(func() {
		close(b.quit)
		<-b.done
		err = b.db.Close()
	})
	return err
}

// update runs fn in a durable write transaction shared with concurrent
// callers; it returns once that transaction is on disk.
func (b *Bolt) update(fn func(*bolt.Tx) error) error {
	r := &writeReq{fn: fn, done: make(chan error, 1)}
	select {
	case b.writes <- r:
		return <-r.done
	case <-b.quit:
		return ErrClosed
	}
}

func (b *Bolt) commitLoop() {
	defer close(b.done)
	for {
		var first *writeReq
		select {
		case first = <-b.writes:
		case <-b.quit:
			return
		}
		batch := []*writeReq{first}
	drain:
		for len(batch) < maxBatch {
			select {
			case r := <-b.writes:
				batch = append(batch, r)
			default:
				break drain
			}
		}
		err := b.db.Update(func(tx *bolt.Tx) error {
			for _, r := range batch {
				if err := r.fn(tx); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil && len(batch) > 1 {
			// One bad write must not fail its neighbours: redo them alone.
			for _, r := range batch {
				r.done <- b.db.Update(r.fn)
			}
			continue
		}
		for _, r := range batch {
			r.done <- err
		}
	}
}

// PutTask stores a task record, replacing any previous one.
func (b *Bolt) PutTask(id [32]byte, record []byte) error {
	rec := bytes.Clone(record)
	return b.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketTasks).Put(id[:], rec)
	})
}

// PutTasks stores records in one transaction: all of them or none.
func (b *Bolt) PutTasks(ids [][32]byte, records [][]byte) error {
	if len(ids) != len(records) {
		return fmt.Errorf("journal: %d ids for %d records", len(ids), len(records))
	}
	keys := make([][32]byte, len(ids))
	copy(keys, ids)
	recs := make([][]byte, len(records))
	for i, r := range records {
		recs[i] = bytes.Clone(r)
	}
	return b.update(func(tx *bolt.Tx) error {
		bk := tx.Bucket(bucketTasks)
		for i := range keys {
			if err := bk.Put(keys[i][:], recs[i]); err != nil {
				return err
			}
		}
		return nil
	})
}

// GetTask returns a stored record.
func (b *Bolt) GetTask(id [32]byte) ([]byte, bool, error) {
	var out []byte
	err := b.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketTasks).Get(id[:]); v != nil {
			out = bytes.Clone(v)
		}
		return nil
	})
	return out, out != nil, err
}

// tasksChunk is how many records Tasks reads per read transaction.
const tasksChunk = 1024

// Tasks calls fn for every stored record, in id order. Records are read in
// chunks, each in its own short read transaction, and fn runs outside any
// transaction, so it may write to the journal (a resumed task actor does).
func (b *Bolt) Tasks(fn func(id [32]byte, record []byte) error) error {
	var after []byte
	for {
		var ids [][32]byte
		var recs [][]byte
		err := b.db.View(func(tx *bolt.Tx) error {
			c := tx.Bucket(bucketTasks).Cursor()
			var k, v []byte
			if after == nil {
				k, v = c.First()
			} else {
				k, v = c.Seek(after)
				if bytes.Equal(k, after) {
					k, v = c.Next()
				}
			}
			for ; k != nil && len(ids) < tasksChunk; k, v = c.Next() {
				if len(k) != 32 {
					return fmt.Errorf("journal: task key of %d bytes", len(k))
				}
				ids = append(ids, [32]byte(k))
				recs = append(recs, bytes.Clone(v))
			}
			return nil
		})
		if err != nil {
			return err
		}
		for i := range ids {
			if err := fn(ids[i], recs[i]); err != nil {
				return err
			}
		}
		if len(ids) < tasksChunk {
			return nil
		}
		after = bytes.Clone(ids[len(ids)-1][:])
	}
}

// Len is the number of task records.
func (b *Bolt) Len() (int, error) {
	var n int
	err := b.db.View(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketTasks).Stats().KeyN
		return nil
	})
	return n, err
}
