// Package blob moves bytes between nodes content-addressed: a blob is
// named by the sha256 of its bytes, stored on disk under that name, served
// over HTTP (GET /v1/blobs/{sha256}) and fetched by a client that verifies
// the hash while streaming to a temporary file and only then renames it
// into place. A corrupted or truncated transfer is retried, never accepted,
// and no blob is ever held in memory whole.
package blob

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Sum is a blob's name: the sha256 of its bytes.
type Sum [32]byte

// SumOf hashes b.
func SumOf(b []byte) Sum { return sha256.Sum256(b) }

// String is the lowercase hex of the sum.
func (s Sum) String() string { return hex.EncodeToString(s[:]) }

// MarshalText encodes the sum as hex (JSON strings).
func (s Sum) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText parses hex, with or without 0x.
func (s *Sum) UnmarshalText(b []byte) error {
	v, err := ParseSum(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSum parses 64 hex digits, with or without a 0x prefix.
func ParseSum(s string) (Sum, error) {
	var out Sum
	t := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(t) != 64 {
		return out, fmt.Errorf("sha256 %q: want 64 hex digits", s)
	}
	if _, err := hex.Decode(out[:], []byte(t)); err != nil {
		return out, fmt.Errorf("sha256 %q: %v", s, err)
	}
	return out, nil
}

var (
	// ErrNotFound: no such blob (locally or on the remote).
	ErrNotFound = errors.New("blob not found")
	// ErrCorrupt: the bytes do not hash to the blob's name.
	ErrCorrupt = errors.New("blob corrupt: sha256 mismatch")
	// ErrTruncated: the transfer ended before the blob's end.
	ErrTruncated = errors.New("blob transfer truncated")
	// ErrTooLarge: more bytes than the expected size or the size limit.
	ErrTooLarge = errors.New("blob larger than expected")
)

// Store keeps blobs in a directory: <dir>/sha256/<first 2 hex>/<64 hex>,
// with temporary files under <dir>/tmp. Every blob is written to a
// temporary file, fsynced and renamed into place, so a blob file that
// exists is complete. Safe for concurrent use.
type Store struct {
	dir string
}

// Open opens (creating if needed) a blob store in dir.
func Open(dir string) (*Store, error) {
	if dir == "" {
		return nil, errors.New("blob: empty store directory")
	}
	for _, d := range []string{dir, filepath.Join(dir, "sha256"), filepath.Join(dir, "tmp")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, fmt.Errorf("blob store: %w", err)
		}
	}
	s := &Store{dir: dir}
	// Leftovers of writes interrupted by a crash.
	if ents, err := os.ReadDir(s.tmpDir()); err == nil {
		for _, e := range ents {
			_ = os.Remove(filepath.Join(s.tmpDir(), e.Name()))
		}
	}
	return s, nil
}

// Dir is the store's directory.
func (s *Store) Dir() string { return s.dir }

func (s *Store) tmpDir() string { return filepath.Join(s.dir, "tmp") }

// Path is where blob sum lives (whether or not it is there).
func (s *Store) Path(sum Sum) string {
	h := sum.String()
	return filepath.Join(s.dir, "sha256", h[:2], h)
}

// Has reports whether the store holds sum.
func (s *Store) Has(sum Sum) bool {
	st, err := os.Stat(s.Path(sum))
	return err == nil && st.Mode().IsRegular()
}

// Size is the stored blob's size.
func (s *Store) Size(sum Sum) (int64, error) {
	st, err := os.Stat(s.Path(sum))
	if errors.Is(err, os.ErrNotExist) {
		return 0, fmt.Errorf("%w: %s", ErrNotFound, sum)
	}
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}

// Open opens a stored blob for reading (the caller closes it). The bytes
// are not re-verified; use Verify or ReadAll for that.
func (s *Store) Open(sum Sum) (*os.File, error) {
	f, err := os.Open(s.Path(sum))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, sum)
	}
	return f, err
}

// ReadAll reads a stored blob into memory and checks its hash.
func (s *Store) ReadAll(sum Sum) ([]byte, error) {
	f, err := s.Open(sum)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	b := make([]byte, st.Size())
	if _, err := io.ReadFull(f, b); err != nil {
		return nil, fmt.Errorf("blob %s: %w", sum, err)
	}
	if SumOf(b) != sum {
		return nil, fmt.Errorf("%w: stored blob %s", ErrCorrupt, sum)
	}
	return b, nil
}

// Verify re-hashes a stored blob from disk (streaming).
func (s *Store) Verify(sum Sum) error {
	f, err := s.Open(sum)
	if err != nil {
		return err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return err
	}
	if Sum(h.Sum(nil)) != sum {
		return fmt.Errorf("%w: stored blob %s", ErrCorrupt, sum)
	}
	return nil
}

// Remove deletes a blob (no error if absent).
func (s *Store) Remove(sum Sum) error {
	err := os.Remove(s.Path(sum))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return err
}

// Put streams r into the store and returns its sum and size.
func (s *Store) Put(r io.Reader) (Sum, int64, error) {
	return s.put(r, nil)
}

// PutVerified streams r into the store, refusing it (ErrCorrupt, nothing
// stored) unless it hashes to want.
func (s *Store) PutVerified(r io.Reader, want Sum) (int64, error) {
	_, n, err := s.put(r, &want)
	return n, err
}

// PutBytes stores b and returns its sum.
func (s *Store) PutBytes(b []byte) (Sum, error) {
	sum := SumOf(b)
	if s.Has(sum) {
		return sum, nil
	}
	_, _, err := s.put(bytesReader(b), &sum)
	return sum, err
}

func (s *Store) put(r io.Reader, want *Sum) (Sum, int64, error) {
	tmp, err := s.createTemp()
	if err != nil {
		return Sum{}, 0, err
	}
	committed := false
	defer func() {
		if !committed {
			removeTemp(tmp)
		}
	}()
	h := sha256.New()
	n, err := io.CopyBuffer(io.MultiWriter(tmp, h), r, make([]byte, copyBuf))
	if err != nil {
		return Sum{}, n, err
	}
	sum := Sum(h.Sum(nil))
	if want != nil && sum != *want {
		return sum, n, fmt.Errorf("%w: got %s, want %s", ErrCorrupt, sum, *want)
	}
	if err := s.commit(tmp, sum); err != nil {
		return sum, n, err
	}
	committed = true
	return sum, n, nil
}

// createTemp opens a new temporary file inside the store (same file
// system as the blobs, so the final rename is atomic).
func (s *Store) createTemp() (*os.File, error) {
	return os.CreateTemp(s.tmpDir(), "blob-*")
}

// commit fsyncs tmp and renames it to sum's place.
func (s *Store) commit(tmp *os.File, sum Sum) error {
	dst := s.Path(sum)
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	return commitFile(tmp, dst)
}

// commitFile fsyncs and closes tmp, renames it to dst and fsyncs dst's
// directory so the rename survives a crash.
func commitFile(tmp *os.File, dst string) error {
	// Temporary files are created 0600; a blob or fetched file is not secret.
	if err := tmp.Chmod(0o644); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), dst); err != nil {
		return err
	}
	return syncDir(filepath.Dir(dst))
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return err
	}
	return nil
}

// removeTemp closes and deletes a temporary file that was not committed.
func removeTemp(tmp *os.File) {
	_ = tmp.Close()
	_ = os.Remove(tmp.Name())
}

// copyBuf is the streaming buffer size.
const copyBuf = 256 << 10

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }
