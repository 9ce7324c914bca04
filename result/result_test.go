package result

import (
	"crypto/sha256"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocogrid/pocogrid/messages"
)

func TestDigest(t *testing.T) {
	a := &messages.ResultFile{Path: "a.txt", Data: []byte("A")}
	b := &messages.ResultFile{Path: "sub/b.txt", Data: []byte("B")}
	one, err := Digest([]*messages.ResultFile{a})
	if err != nil || one != sha256.Sum256([]byte("A")) {
		t.Fatalf("single file digest: %x %v", one, err)
	}
	sa, sb := sha256.Sum256([]byte("A")), sha256.Sum256([]byte("B"))
	want := crypto.Keccak256Hash(append(sa[:], sb[:]...))
	for _, order := range [][]*messages.ResultFile{{a, b}, {b, a}} {
		got, err := Digest(order)
		if err != nil || got != want {
			t.Fatalf("dir digest: %x %v, want %x", got, err, want)
		}
	}
	for _, bad := range [][]*messages.ResultFile{nil, {{Path: "../x"}}, {{Path: "/etc/passwd"}}, {a, a}, {{Path: "a/./b"}}} {
		if _, err := Digest(bad); err == nil {
			t.Errorf("accepted %v", bad)
		}
	}
}

func TestStoreRejectsMismatch(t *testing.T) {
	s := NewMemStore()
	f := []*messages.ResultFile{{Path: "r", Data: []byte("x")}}
	var id, wrong [32]byte
	if err := s.Put(id, wrong, f); err == nil {
		t.Fatal("stored a result under the wrong digest")
	}
	if _, _, ok, _ := s.Get(id); ok {
		t.Fatal("failed put left state")
	}
	d, _ := Digest(f)
	if err := s.Put(id, d, f); err != nil {
		t.Fatal(err)
	}
	if got, _, ok, _ := s.Get(id); !ok || got != d {
		t.Fatal("get after put")
	}
}
