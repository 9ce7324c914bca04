// Package result handles certified results: their PoCo digest, computed
// from files in memory the same way the sandbox computes it from a
// directory, and a content-addressed store for them.
package result

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocogrid/pocogrid/messages"
)

// Digest is the PoCo digest of a result: the sha256 of its only file, or
// keccak256 of the concatenated sha256 of its files sorted by path.
func Digest(files []*messages.ResultFile) ([32]byte, error) {
	if len(files) == 0 {
		return [32]byte{}, errors.New("result has no files")
	}
	sorted := slices.Clone(files)
	slices.SortFunc(sorted, func(a, b *messages.ResultFile) int { return strings.Compare(a.GetPath(), b.GetPath()) })
	for i, f := range sorted {
		p := f.GetPath()
		if p == "" || path.IsAbs(p) || path.Clean(p) != p || strings.HasPrefix(p, "../") || p == ".." {
			return [32]byte{}, fmt.Errorf("result file path %q is not a clean relative path", p)
		}
		if i > 0 && sorted[i-1].GetPath() == p {
			return [32]byte{}, fmt.Errorf("result file %q appears twice", p)
		}
	}
	if len(sorted) == 1 {
		return sha256.Sum256(sorted[0].GetData()), nil
	}
	cat := make([]byte, 0, 32*len(sorted))
	for _, f := range sorted {
		s := sha256.Sum256(f.GetData())
		cat = append(cat, s[:]...)
	}
	return crypto.Keccak256Hash(cat), nil
}

// Store keeps certified results by task id.
type Store interface {
	Put(taskID [32]byte, digest [32]byte, files []*messages.ResultFile) error
	Get(taskID [32]byte) (digest [32]byte, files []*messages.ResultFile, ok bool, err error)
}

// MemStore is an in-memory Store.
type MemStore struct {
	mu sync.RWMutex
	m  map[[32]byte]memEntry
}

type memEntry struct {
	digest [32]byte
	files  []*messages.ResultFile
}

// NewMemStore returns an empty in-memory store.
func NewMemStore() *MemStore { return &MemStore{m: map[[32]byte]memEntry{}} }

// Put verifies the files against digest and stores them.
func (s *MemStore) Put(taskID, digest [32]byte, files []*messages.ResultFile) error {
	got, err := Digest(files)
	if err != nil {
		return err
	}
	if got != digest {
		return fmt.Errorf("result digest %x does not match %x", got, digest)
	}
	s.mu.Lock()
	s.m[taskID] = memEntry{digest, files}
	s.mu.Unlock()
	return nil
}

// Get returns a stored result.
func (s *MemStore) Get(taskID [32]byte) ([32]byte, []*messages.ResultFile, bool, error) {
	s.mu.RLock()
	e, ok := s.m[taskID]
	s.mu.RUnlock()
	return e.digest, e.files, ok, nil
}
