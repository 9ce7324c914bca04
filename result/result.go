// Package result handles certified results: their PoCo digest, computed
// from files in memory the same way the sandbox computes it from a
// directory, and a content-addressed store for them.
package result

import (
	"context"
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
	entries := make([]Entry, len(files))
	for i, f := range files {
		s, err := fileSum(f)
		if err != nil {
			return [32]byte{}, err
		}
		entries[i] = Entry{Path: f.GetPath(), SHA256: s}
	}
	return DigestEntries(entries)
}

// Entry is a result file known by its path and sha256.
type Entry struct {
	Path   string
	SHA256 [32]byte
}

// DigestEntries applies the digest rule to files known only by their
// sha256 (a streamed result, a manifest). Paths must be clean, relative
// and distinct.
func DigestEntries(entries []Entry) ([32]byte, error) {
	if len(entries) == 0 {
		return [32]byte{}, errors.New("result has no files")
	}
	sorted := slices.Clone(entries)
	slices.SortFunc(sorted, func(a, b Entry) int { return strings.Compare(a.Path, b.Path) })
	for i, e := range sorted {
		if err := CheckPath(e.Path); err != nil {
			return [32]byte{}, err
		}
		if i > 0 && sorted[i-1].Path == e.Path {
			return [32]byte{}, fmt.Errorf("result file %q appears twice", e.Path)
		}
	}
	if len(sorted) == 1 {
		return sorted[0].SHA256, nil
	}
	cat := make([]byte, 0, 32*len(sorted))
	for _, e := range sorted {
		cat = append(cat, e.SHA256[:]...)
	}
	return crypto.Keccak256Hash(cat), nil
}

// CheckPath accepts clean relative paths that stay inside the result.
func CheckPath(p string) error {
	if p == "" || path.IsAbs(p) || path.Clean(p) != p || strings.HasPrefix(p, "../") || p == ".." {
		return fmt.Errorf("result file path %q is not a clean relative path", p)
	}
	return nil
}

// fileSum is a file's sha256: of its data, or the one a blob reference
// claims (checked when the blob is fetched).
func fileSum(f *messages.ResultFile) ([32]byte, error) {
	if !IsRef(f) {
		return sha256.Sum256(f.GetData()), nil
	}
	if len(f.GetData()) != 0 {
		return [32]byte{}, fmt.Errorf("result file %q has both data and a blob reference", f.GetPath())
	}
	if len(f.GetSha256()) != 32 {
		return [32]byte{}, fmt.Errorf("result file %q: blob reference without a 32-byte sha256", f.GetPath())
	}
	return [32]byte(f.GetSha256()), nil
}

// IsRef reports whether a result file is a blob reference.
func IsRef(f *messages.ResultFile) bool { return f.GetUrl() != "" }

// HasRefs reports whether any file of a result is a blob reference.
func HasRefs(files []*messages.ResultFile) bool {
	for _, f := range files {
		if IsRef(f) {
			return true
		}
	}
	return false
}

// Fetcher is a result store that can take a result whose large files are
// blob references: it fetches each blob, verifying its sha256 while
// streaming to disk, before the result becomes visible.
type Fetcher interface {
	FetchAndPut(ctx context.Context, taskID, digest [32]byte, files []*messages.ResultFile) error
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
	if HasRefs(files) {
		return errors.New("this result store takes inline files only, not blob references")
	}
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
