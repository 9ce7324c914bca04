package poco

import (
	"encoding/hex"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func fill(b byte) (h [32]byte) {
	for i := range h {
		h[i] = b
	}
	return h
}

func mustHex(t *testing.T, s string) [32]byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != 32 {
		t.Fatalf("bad hex %q", s)
	}
	return [32]byte(b)
}

// Vectors computed with an independent Keccak-256 implementation over the
// abi.encodePacked layouts of POCO.md §1–2.
func TestHashVectors(t *testing.T) {
	var deal [32]byte
	for i := range deal {
		deal[i] = byte(i)
	}
	worker := common.HexToAddress("0x1111111111111111111111111111111111111111")
	enclave := common.HexToAddress("0x2222222222222222222222222222222222222222")
	taskID, digest := fill(0xaa), fill(0xbb)
	tests := []struct {
		name string
		got  [32]byte
		want string
	}{
		{"TaskID", TaskID(deal, 0x1234567), "dd0a3e99b180304b27a6dd5ad57ec3b4031a5c4a048db6a9d72b4e6dbb563c6e"},
		{"DealID", DealID(fill(0xff), 3), "b1ee3b3d0d99532dd9f14b22c0b908d4eec0e052c3827bbed2d6c3986954d08c"},
		{"ResultHash", ResultHash(taskID, digest), "9f89faaf1495298300ca41edde79c5cc9cb9bf17e1c9ef97acfdc53194f901e1"},
		{"ResultSeal", ResultSeal(worker, taskID, digest), "0cbb354bd6bcb6e882bd4e237a8f66dcb13d755cd61c39f88987547700dae7a7"},
		{"AuthorizationHash", AuthorizationHash(worker, taskID, enclave), "d8d9ff360667f490298eebc5d70d3aff2b804c96cd5ed9f585b8e4dde27557a1"},
	}
	for _, tt := range tests {
		if want := mustHex(t, tt.want); tt.got != want {
			t.Errorf("%s = %x, want %x", tt.name, tt.got, want)
		}
	}
}

func TestCheckReveal(t *testing.T) {
	worker := common.HexToAddress("0x1111111111111111111111111111111111111111")
	other := common.HexToAddress("0x3333333333333333333333333333333333333333")
	taskID, digest := fill(0xaa), fill(0xbb)
	hash, seal := ResultHash(taskID, digest), ResultSeal(worker, taskID, digest)
	if err := CheckReveal(worker, taskID, digest, hash, seal); err != nil {
		t.Fatalf("valid reveal: %v", err)
	}
	if err := CheckReveal(worker, taskID, fill(0xcc), hash, seal); !errors.Is(err, ErrBadResultHash) {
		t.Errorf("wrong digest: %v", err)
	}
	// A copied result hash with someone else's seal fails on the seal.
	if err := CheckReveal(other, taskID, digest, hash, seal); !errors.Is(err, ErrBadSeal) {
		t.Errorf("copied seal: %v", err)
	}
}
