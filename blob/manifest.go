package blob

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
)

// FileRef names one file of a result by content: its path in the result,
// its sha256 (the blob holding its bytes) and its size.
type FileRef struct {
	Path   string `json:"path"`
	SHA256 Sum    `json:"sha256"`
	Size   int64  `json:"size"`
}

// ManifestDigest is the PoCo result digest of files known only by their
// sha256 — what result.Digest computes from the bytes: the sha256 of the
// only file, else keccak256 of the files' sha256 concatenated in path
// order. It lets a receiver check a streamed result without holding it.
func ManifestDigest(files []FileRef) ([32]byte, error) {
	if len(files) == 0 {
		return [32]byte{}, fmt.Errorf("result has no files")
	}
	sorted := slices.Clone(files)
	slices.SortFunc(sorted, func(a, b FileRef) int { return strings.Compare(a.Path, b.Path) })
	for i, f := range sorted {
		if err := CheckPath(f.Path); err != nil {
			return [32]byte{}, err
		}
		if i > 0 && sorted[i-1].Path == f.Path {
			return [32]byte{}, fmt.Errorf("result file %q appears twice", f.Path)
		}
	}
	if len(sorted) == 1 {
		return sorted[0].SHA256, nil
	}
	cat := make([]byte, 0, 32*len(sorted))
	for _, f := range sorted {
		cat = append(cat, f.SHA256[:]...)
	}
	return crypto.Keccak256Hash(cat), nil
}

// CheckPath accepts the result file paths result.Digest accepts: clean,
// relative, not escaping the result directory.
func CheckPath(p string) error {
	if p == "" || path.IsAbs(p) || path.Clean(p) != p || strings.HasPrefix(p, "../") || p == ".." {
		return fmt.Errorf("result file path %q is not a clean relative path", p)
	}
	return nil
}
