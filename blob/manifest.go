package blob

import "github.com/pocogrid/pocogrid/result"

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
	entries := make([]result.Entry, len(files))
	for i, f := range files {
		entries[i] = result.Entry{Path: f.Path, SHA256: f.SHA256}
	}
	return result.DigestEntries(entries)
}

// CheckPath accepts the result file paths result.Digest accepts: clean,
// relative, not escaping the result directory.
func CheckPath(p string) error { return result.CheckPath(p) }
