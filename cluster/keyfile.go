package cluster

import (
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"
)

// ErrBadKey reports a gossip key of the wrong size or encoding.
var ErrBadKey = errors.New("invalid gossip key")

func checkKeyLen(n int) error {
	switch n {
	case 16, 24, 32:
		return nil
	}
	return fmt.Errorf("%w: %d bytes, want 16, 24 or 32 (AES-128/192/256)", ErrBadKey, n)
}

// LoadKeyFile reads a gossip encryption key: one line holding 16, 24 or 32
// bytes, hex-encoded (32/48/64 hex digits) or base64 (standard or URL alphabet,
// padded or not). Surrounding whitespace is ignored. A string that is valid hex
// of an accepted size is read as hex. Generate one with `openssl rand -base64 32`.
func LoadKeyFile(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gossip key file: %w", err)
	}
	key, err := ParseKey(string(raw))
	if err != nil {
		return nil, fmt.Errorf("gossip key file %s: %w", path, err)
	}
	return key, nil
}

// ParseKey decodes a key as LoadKeyFile does.
func ParseKey(s string) ([]byte, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, fmt.Errorf("%w: empty", ErrBadKey)
	}
	hb, hexErr := hex.DecodeString(s)
	if hexErr == nil && checkKeyLen(len(hb)) == nil {
		return hb, nil
	}
	var b64 []byte
	decoded := false
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding,
		base64.URLEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(s); err == nil {
			if checkKeyLen(len(b)) == nil {
				return b, nil
			}
			b64, decoded = b, true
		}
	}
	switch {
	case hexErr == nil:
		return nil, fmt.Errorf("%w (hex)", checkKeyLen(len(hb)))
	case decoded:
		return nil, fmt.Errorf("%w (base64)", checkKeyLen(len(b64)))
	}
	return nil, fmt.Errorf("%w: neither hex nor base64 (%d characters)", ErrBadKey, len(s))
}
