package sandbox

import (
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/crypto"
)

// outputFile is a regular file found under an output directory.
type outputFile struct {
	rel  string // slash-separated, relative to the directory
	size int64
}

// listFiles returns the regular files under dir sorted by relative path, and
// their total size. Anything that is neither a directory nor a regular file
// (a symlink in particular) is an error.
func listFiles(dir string) ([]outputFile, int64, error) {
	var files []outputFile
	var total int64
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if !d.Type().IsRegular() {
			return fmt.Errorf("sandbox: %s in output is not a regular file (%s)", rel, d.Type())
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		files = append(files, outputFile{rel: rel, size: info.Size()})
		total += info.Size()
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	slices.SortFunc(files, func(a, b outputFile) int {
		switch {
		case a.rel < b.rel:
			return -1
		case a.rel > b.rel:
			return 1
		}
		return 0
	})
	return files, total, nil
}

// DigestDir computes the PoCo result digest of dir: sha256 of the file if dir
// holds exactly one regular file, otherwise keccak256 of the concatenated
// sha256 of each regular file, ordered by relative path. Symlinks and other
// non-regular files are an error. See the package documentation.
func DigestDir(dir string) ([32]byte, error) {
	files, _, err := listFiles(dir)
	if err != nil {
		return [32]byte{}, err
	}
	return digestFiles(dir, files)
}

func digestFiles(dir string, files []outputFile) ([32]byte, error) {
	return combine(len(files), func(i int) ([32]byte, error) {
		return sha256File(filepath.Join(dir, filepath.FromSlash(files[i].rel)))
	})
}

// File is an output file read into memory (Request.Collect).
type File struct {
	Path string // slash-separated, relative to /out
	Data []byte
}

// collectFiles reads the output files once and digests them from memory.
func collectFiles(dir string, files []outputFile) ([]File, [32]byte, error) {
	out := make([]File, len(files))
	for i, f := range files {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.rel)))
		if err != nil {
			return nil, [32]byte{}, err
		}
		out[i] = File{Path: f.rel, Data: data}
	}
	d, err := combine(len(out), func(i int) ([32]byte, error) { return sha256.Sum256(out[i].Data), nil })
	return out, d, err
}

// combine applies the digest rule to n per-file sha256 sums (files in path
// order): the only sum itself, else keccak256 of their concatenation.
func combine(n int, sum func(i int) ([32]byte, error)) ([32]byte, error) {
	if n == 1 {
		return sum(0)
	}
	k := crypto.NewKeccakState()
	for i := 0; i < n; i++ {
		s, err := sum(i)
		if err != nil {
			return [32]byte{}, err
		}
		k.Write(s[:])
	}
	var out [32]byte
	k.Read(out[:])
	return out, nil
}

var copyBuffers = sync.Pool{New: func() any { b := make([]byte, 32<<10); return &b }}

type onlyReader struct{ io.Reader }

func sha256File(path string) ([32]byte, error) {
	var sum [32]byte
	f, err := os.Open(path)
	if err != nil {
		return sum, err
	}
	defer f.Close()
	h := sha256.New()
	buf := copyBuffers.Get().(*[]byte)
	defer copyBuffers.Put(buf)
	// onlyReader hides (*os.File).WriteTo, which would allocate its own buffer.
	if _, err := io.CopyBuffer(h, onlyReader{f}, *buf); err != nil {
		return sum, err
	}
	h.Sum(sum[:0])
	return sum, nil
}
