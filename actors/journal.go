package actors

import (
	"sync"
)

// Journal makes accepted work durable before it is acknowledged: task
// specs when a bag is accepted, and each task actor's state after every
// change, so a restarted actor (or process) resumes where it stopped.
type Journal interface {
	// PutTask stores a task record (spec + state), replacing any previous.
	PutTask(id [32]byte, record []byte) error
	// PutTasks stores several records atomically (bag submission).
	PutTasks(ids [][32]byte, records [][]byte) error
	GetTask(id [32]byte) ([]byte, bool, error)
	// Tasks lists every stored task record.
	Tasks(fn func(id [32]byte, record []byte) error) error
}

// MemJournal keeps records in memory: it survives actor restarts, not
// process crashes.
type MemJournal struct {
	mu sync.RWMutex
	m  map[[32]byte][]byte
}

// NewMemJournal returns an empty in-memory journal.
func NewMemJournal() *MemJournal { return &MemJournal{m: map[[32]byte][]byte{}} }

func (j *MemJournal) PutTask(id [32]byte, rec []byte) error {
	j.mu.Lock()
	j.m[id] = rec
	j.mu.Unlock()
	return nil
}

func (j *MemJournal) PutTasks(ids [][32]byte, recs [][]byte) error {
	j.mu.Lock()
	for i, id := range ids {
		j.m[id] = recs[i]
	}
	j.mu.Unlock()
	return nil
}

func (j *MemJournal) GetTask(id [32]byte) ([]byte, bool, error) {
	j.mu.RLock()
	r, ok := j.m[id]
	j.mu.RUnlock()
	return r, ok, nil
}

func (j *MemJournal) Tasks(fn func([32]byte, []byte) error) error {
	j.mu.RLock()
	defer j.mu.RUnlock()
	for id, r := range j.m {
		if err := fn(id, r); err != nil {
			return err
		}
	}
	return nil
}
