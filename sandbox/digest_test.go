package sandbox_test

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocogrid/pocogrid/sandbox"
)

func sha(s string) []byte {
	sum := sha256.Sum256([]byte(s))
	return sum[:]
}

func TestDigestDir(t *testing.T) {
	emptyKeccak, _ := hex.DecodeString("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")
	tests := []struct {
		name    string
		files   map[string]string // path → content; a trailing "/" makes a directory
		links   map[string]string // path → target
		want    []byte
		wantErr bool
	}{
		{name: "empty", want: emptyKeccak},
		{name: "only empty dirs", files: map[string]string{"a/": "", "b/c/": ""}, want: emptyKeccak},
		{name: "one file is its sha256", files: map[string]string{"result.txt": "9592\n"}, want: sha("9592\n")},
		{name: "one nested file is its sha256", files: map[string]string{"x/y/z.bin": "abc", "e/": ""}, want: sha("abc")},
		{name: "one empty file", files: map[string]string{"f": ""}, want: sha("")},
		{
			name:  "two files: keccak of sha256s in path order",
			files: map[string]string{"b": "2", "a": "1"},
			want:  crypto.Keccak256(sha("1"), sha("2")),
		},
		{
			// Sorted by full slash path: "a-c" < "a/b" because '-' < '/',
			// though a directory walk visits a/b first.
			name:  "order is bytewise on relative paths",
			files: map[string]string{"a/b": "1", "a-c": "2", "B": "3"},
			want:  crypto.Keccak256(sha("3"), sha("2"), sha("1")),
		},
		{name: "symlink rejected", files: map[string]string{"a": "1"}, links: map[string]string{"l": "a"}, wantErr: true},
		{name: "dangling symlink rejected", links: map[string]string{"l": "/nonexistent"}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for path, content := range tt.files {
				p := filepath.Join(dir, filepath.FromSlash(path))
				if path[len(path)-1] == '/' {
					if err := os.MkdirAll(p, 0o755); err != nil {
						t.Fatal(err)
					}
					continue
				}
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			for path, target := range tt.links {
				if err := os.Symlink(target, filepath.Join(dir, path)); err != nil {
					t.Fatal(err)
				}
			}
			got, err := sandbox.DigestDir(dir)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("DigestDir = %x, want an error", got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if hex.EncodeToString(got[:]) != hex.EncodeToString(tt.want) {
				t.Fatalf("DigestDir = %x, want %x", got, tt.want)
			}
		})
	}
}

func TestDigestDirMissing(t *testing.T) {
	if _, err := sandbox.DigestDir(filepath.Join(t.TempDir(), "nope")); err == nil {
		t.Fatal("missing directory digested")
	}
}
