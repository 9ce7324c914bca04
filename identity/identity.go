// Package identity holds node keys: every worker and scheduler is a secp256k1
// key whose Ethereum address is its identity. Signatures are Ethereum
// "personal" signatures (EIP-191) over 32-byte digests, as PoCo's scheduler
// authorization is on chain.
package identity

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Key is a node's signing key and the address derived from it.
type Key struct {
	priv *ecdsa.PrivateKey
	addr common.Address
}

// Generate creates a fresh random key.
func Generate() (*Key, error) {
	k, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	return FromECDSA(k), nil
}

// FromECDSA wraps an existing private key.
func FromECDSA(k *ecdsa.PrivateKey) *Key {
	return &Key{priv: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
}

// FromSeed derives a deterministic key from a seed string (demos and tests
// only: anyone knowing the seed knows the key).
func FromSeed(seed string) *Key {
	for i := 0; ; i++ {
		h := crypto.Keccak256([]byte(fmt.Sprintf("pocogrid-key/%d/%s", i, seed)))
		if k, err := crypto.ToECDSA(h); err == nil {
			return FromECDSA(k)
		}
	}
}

// LoadOrCreate reads a hex key file, creating it (mode 0600) when missing.
func LoadOrCreate(path string) (*Key, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		k, err := Generate()
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(path, []byte(common.Bytes2Hex(crypto.FromECDSA(k.priv))+"\n"), 0o600); err != nil {
			return nil, err
		}
		return k, nil
	}
	if err != nil {
		return nil, err
	}
	priv, err := crypto.HexToECDSA(strings.TrimSpace(string(b)))
	if err != nil {
		return nil, fmt.Errorf("key file %s: %w", path, err)
	}
	return FromECDSA(priv), nil
}

// Address is the key's Ethereum address.
func (k *Key) Address() common.Address { return k.addr }

// ECDSA exposes the private key (for chain transactors).
func (k *Key) ECDSA() *ecdsa.PrivateKey { return k.priv }

// Sign makes an EIP-191 signature (65 bytes, v ∈ {27,28}) over a 32-byte hash.
func (k *Key) Sign(hash [32]byte) ([]byte, error) {
	sig, err := crypto.Sign(accounts.TextHash(hash[:]), k.priv)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// Errors returned by Recover and Verify.
var (
	ErrBadSignature = errors.New("malformed signature")
	ErrWrongSigner  = errors.New("signature is not from the expected signer")
)

// Recover returns the address that made an EIP-191 signature over hash.
func Recover(hash [32]byte, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w: %d bytes, want 65", ErrBadSignature, len(sig))
	}
	var s [65]byte
	copy(s[:], sig)
	if s[64] >= 27 {
		s[64] -= 27
	}
	if s[64] > 1 {
		return common.Address{}, fmt.Errorf("%w: bad recovery id", ErrBadSignature)
	}
	pub, err := crypto.SigToPub(accounts.TextHash(hash[:]), s[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Verify checks that sig over hash was made by want.
func Verify(hash [32]byte, sig []byte, want common.Address) error {
	got, err := Recover(hash, sig)
	if err != nil {
		return err
	}
	if got != want {
		return fmt.Errorf("%w: signed by %s, want %s", ErrWrongSigner, got.Hex(), want.Hex())
	}
	return nil
}

// ContributionDigest is what a worker signs when it contributes off chain:
// the domain tag binds it to contributions, the task id to one task.
func ContributionDigest(taskID, resultHash, resultSeal [32]byte) [32]byte {
	return crypto.Keccak256Hash([]byte("pocogrid/contribution"), taskID[:], resultHash[:], resultSeal[:])
}

// RevealDigest is what a worker signs when it reveals.
func RevealDigest(taskID, digest [32]byte) [32]byte {
	return crypto.Keccak256Hash([]byte("pocogrid/reveal"), taskID[:], digest[:])
}
