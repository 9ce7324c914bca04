package poco

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// uint256Word is idx encoded as a Solidity uint256 (32 bytes, big-endian).
func uint256Word(idx uint64) []byte {
	var w [32]byte
	binary.BigEndian.PutUint64(w[24:], idx)
	return w[:]
}

// TaskID is keccak256(dealid ‖ uint256(idx)).
func TaskID(dealID [32]byte, idx uint64) [32]byte {
	return crypto.Keccak256Hash(dealID[:], uint256Word(idx))
}

// DealID is keccak256(requestorderHash ‖ uint256(consumed)), with consumed
// read before the match updates it.
func DealID(requestOrderHash [32]byte, consumed uint64) [32]byte {
	return crypto.Keccak256Hash(requestOrderHash[:], uint256Word(consumed))
}

// ResultHash is the public commitment keccak256(taskid ‖ digest): equal for
// every worker that computed the same digest.
func ResultHash(taskID, digest [32]byte) [32]byte {
	return crypto.Keccak256Hash(taskID[:], digest[:])
}

// ResultSeal is the per-worker commitment keccak256(worker ‖ taskid ‖ digest),
// which stops a worker from copying another's result hash without knowing
// the digest.
func ResultSeal(worker common.Address, taskID, digest [32]byte) [32]byte {
	return crypto.Keccak256Hash(worker[:], taskID[:], digest[:])
}

// AuthorizationHash is keccak256(worker ‖ taskid ‖ enclave), the message the
// scheduler (or TEE broker) signs, as an eth-signed-message, to authorize a
// contribution. enclave is the zero address outside TEE.
func AuthorizationHash(worker common.Address, taskID [32]byte, enclave common.Address) [32]byte {
	return crypto.Keccak256Hash(worker[:], taskID[:], enclave[:])
}

// CheckReveal verifies a revealed digest against a worker's commitments.
func CheckReveal(worker common.Address, taskID, digest, resultHash, resultSeal [32]byte) error {
	if ResultHash(taskID, digest) != resultHash {
		return ErrBadResultHash
	}
	if ResultSeal(worker, taskID, digest) != resultSeal {
		return ErrBadSeal
	}
	return nil
}
