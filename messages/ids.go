package messages

// Hash32 reads a 32-byte id (task, deal, digest) from its wire form; ok is
// false when b is not exactly 32 bytes.
func Hash32(b []byte) (h [32]byte, ok bool) {
	if len(b) != len(h) {
		return h, false
	}
	return [32]byte(b), true
}
