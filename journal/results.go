package journal

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"

	bolt "go.etcd.io/bbolt"

	"github.com/pocogrid/pocogrid/blob"
	"github.com/pocogrid/pocogrid/messages"
	"github.com/pocogrid/pocogrid/result"
)

// ResultStore keeps certified results on disk: each file's bytes as a
// content-addressed blob, and per task an index entry (digest and the
// files' paths, sha256 and sizes) in the journal's bbolt file. It
// implements result.Store.
type ResultStore struct {
	db    *Bolt
	blobs *blob.Store
	// Fetcher fetches referenced blobs (FetchAndPut); its zero value
	// retries 5 times with backoff.
	Fetcher blob.Fetcher
}

// NewResultStore keeps result files in a blob store in dir and the index
// in db.
func NewResultStore(db *Bolt, dir string) (*ResultStore, error) {
	bs, err := blob.Open(dir)
	if err != nil {
		return nil, err
	}
	return &ResultStore{db: db, blobs: bs}, nil
}

// OpenDataDir opens a node's durable state in dir: the journal
// (dir/journal.db) and the result store (dir/blobs). Close the Bolt when
// done.
func OpenDataDir(dir string) (*Bolt, *ResultStore, error) {
	db, err := OpenBolt(filepath.Join(dir, "journal.db"))
	if err != nil {
		return nil, nil, err
	}
	rs, err := NewResultStore(db, filepath.Join(dir, "blobs"))
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	return db, rs, nil
}

// Blobs is the blob store holding the result files (serve it with
// blob.Handler so that other nodes and clients can fetch them).
func (s *ResultStore) Blobs() *blob.Store { return s.blobs }

type resultEntry struct {
	Digest string         `json:"digest"`
	Files  []blob.FileRef `json:"files"`
}

// Put checks files against digest (result.Digest), writes each file as a
// blob (temporary file, fsync, rename) and then commits the index entry;
// a result is visible only once all its bytes are durable.
func (s *ResultStore) Put(taskID, digest [32]byte, files []*messages.ResultFile) error {
	if result.HasRefs(files) {
		return errors.New("result has blob references: use FetchAndPut")
	}
	return s.FetchAndPut(context.Background(), taskID, digest, files)
}

// FetchAndPut takes a result whose files may be blob references (large
// results): each referenced blob is fetched with Fetcher (streamed to a
// temporary file, its sha256 checked on the way, retried when corrupted or
// cut short, never accepted otherwise) unless the store has it already;
// inline files are stored as by Put. The index entry is committed last, so
// the result is visible only once every byte is here and verified.
func (s *ResultStore) FetchAndPut(ctx context.Context, taskID, digest [32]byte, files []*messages.ResultFile) error {
	got, err := result.Digest(files)
	if err != nil {
		return err
	}
	if got != digest {
		return fmt.Errorf("result digest %x does not match %x", got, digest)
	}
	e := resultEntry{Digest: hex.EncodeToString(digest[:]), Files: make([]blob.FileRef, len(files))}
	for i, f := range files {
		if !result.IsRef(f) {
			sum, err := s.blobs.PutBytes(f.GetData())
			if err != nil {
				return fmt.Errorf("result %x: %w", taskID[:8], err)
			}
			e.Files[i] = blob.FileRef{Path: f.GetPath(), SHA256: sum, Size: int64(len(f.GetData()))}
			continue
		}
		sum := blob.Sum(f.GetSha256())
		if !s.blobs.Has(sum) {
			if _, err := s.Fetcher.FetchURLToStore(ctx, f.GetUrl(), sum, int64(f.GetSize()), s.blobs); err != nil {
				return fmt.Errorf("result %x: fetch %s: %w", taskID[:8], f.GetPath(), err)
			}
		}
		size, err := s.blobs.Size(sum)
		if err != nil {
			return err
		}
		e.Files[i] = blob.FileRef{Path: f.GetPath(), SHA256: sum, Size: size}
	}
	raw, err := json.Marshal(e)
	if err != nil {
		return err
	}
	return s.db.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketResults).Put(taskID[:], raw)
	})
}

// Manifest returns a stored result's digest and file references without
// reading the files.
func (s *ResultStore) Manifest(taskID [32]byte) ([32]byte, []blob.FileRef, bool, error) {
	var raw []byte
	err := s.db.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketResults).Get(taskID[:]); v != nil {
			raw = append([]byte(nil), v...)
		}
		return nil
	})
	if err != nil || raw == nil {
		return [32]byte{}, nil, false, err
	}
	var e resultEntry
	if err := json.Unmarshal(raw, &e); err != nil {
		return [32]byte{}, nil, false, fmt.Errorf("result index of %x: %w", taskID[:8], err)
	}
	d, err := hex.DecodeString(e.Digest)
	if err != nil || len(d) != 32 {
		return [32]byte{}, nil, false, fmt.Errorf("result index of %x: bad digest %q", taskID[:8], e.Digest)
	}
	return [32]byte(d), e.Files, true, nil
}

// Get reads a stored result back, checking every file against its hash.
func (s *ResultStore) Get(taskID [32]byte) ([32]byte, []*messages.ResultFile, bool, error) {
	digest, refs, ok, err := s.Manifest(taskID)
	if !ok || err != nil {
		return digest, nil, ok, err
	}
	files := make([]*messages.ResultFile, len(refs))
	for i, r := range refs {
		data, err := s.blobs.ReadAll(r.SHA256)
		if err != nil {
			return digest, nil, false, fmt.Errorf("result %x file %s: %w", taskID[:8], r.Path, err)
		}
		files[i] = &messages.ResultFile{Path: r.Path, Data: data}
	}
	return digest, files, true, nil
}
