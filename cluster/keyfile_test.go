package cluster

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadKeyFile(t *testing.T) {
	key16 := bytes.Repeat([]byte{0xab}, 16)
	key32 := []byte("0123456789abcdef0123456789abcdef")
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := map[string][]byte{
		"hex16":   key16,
		"hex32":   key32,
		"b64-32":  key32,
		"b64url":  key32,
		"b64-24":  key32[:24],
		"b64-raw": key16,
	}
	contents := map[string]string{
		"hex16":   hex.EncodeToString(key16) + "\n",
		"hex32":   "  " + hex.EncodeToString(key32) + "\r\n",
		"b64-32":  base64.StdEncoding.EncodeToString(key32) + "\n",
		"b64url":  base64.URLEncoding.EncodeToString(key32),
		"b64-24":  base64.StdEncoding.EncodeToString(key32[:24]),
		"b64-raw": base64.RawStdEncoding.EncodeToString(key16),
	}
	for name, want := range good {
		got, err := LoadKeyFile(write(name, contents[name]))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: got %x, %v; want %x", name, got, err, want)
		}
	}
	bad := map[string]string{
		"empty":   "\n",
		"short":   base64.StdEncoding.EncodeToString([]byte("short")),
		"hex20":   hex.EncodeToString(make([]byte, 20)),
		"garbage": "not a key!!",
	}
	for name, content := range bad {
		_, err := LoadKeyFile(write(name, content))
		if !errors.Is(err, ErrBadKey) || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: err = %v, want ErrBadKey naming the file", name, err)
		}
	}
	if _, err := LoadKeyFile(filepath.Join(dir, "missing")); err == nil {
		t.Error("missing file accepted")
	}
}
