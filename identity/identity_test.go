package identity

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestSignRecover(t *testing.T) {
	k := FromSeed("alice")
	if k.Address() != FromSeed("alice").Address() {
		t.Fatal("FromSeed is not deterministic")
	}
	h := crypto.Keccak256Hash([]byte("msg"))
	sig, err := k.Sign(h)
	if err != nil {
		t.Fatal(err)
	}
	if sig[64] != 27 && sig[64] != 28 {
		t.Fatalf("v = %d", sig[64])
	}
	if err := Verify(h, sig, k.Address()); err != nil {
		t.Fatal(err)
	}
	other := FromSeed("bob")
	if err := Verify(h, sig, other.Address()); !errors.Is(err, ErrWrongSigner) {
		t.Fatalf("want ErrWrongSigner, got %v", err)
	}
	h2 := crypto.Keccak256Hash([]byte("other"))
	if err := Verify(h2, sig, k.Address()); err == nil {
		t.Fatal("signature verified over a different hash")
	}
	if _, err := Recover(h, sig[:64]); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("short sig: %v", err)
	}
	bad := append([]byte(nil), sig...)
	bad[64] = 40
	if _, err := Recover(h, bad); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("bad v: %v", err)
	}
}

func TestLoadOrCreate(t *testing.T) {
	p := filepath.Join(t.TempDir(), "key")
	a, err := LoadOrCreate(p)
	if err != nil {
		t.Fatal(err)
	}
	b, err := LoadOrCreate(p)
	if err != nil {
		t.Fatal(err)
	}
	if a.Address() != b.Address() {
		t.Fatal("reloaded key differs")
	}
}

func TestDigestsAreDomainSeparated(t *testing.T) {
	var id, x, y [32]byte
	id[0], x[0], y[0] = 1, 2, 3
	if ContributionDigest(id, x, y) == RevealDigest(id, x) {
		t.Fatal("digests collide")
	}
}
