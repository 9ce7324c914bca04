package chain

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocogrid/pocogrid/chain/bindings"
)

// The formulas below are those of docs/POCO.md; the Hub contract computes the same.

// TaskID is keccak256(dealid ‖ uint256(idx)).
func TaskID(dealid common.Hash, idx uint64) common.Hash {
	return crypto.Keccak256Hash(dealid[:], common.BigToHash(new(big.Int).SetUint64(idx)).Bytes())
}

// ResultHash is keccak256(taskid ‖ digest).
func ResultHash(taskid, digest common.Hash) common.Hash {
	return crypto.Keccak256Hash(taskid[:], digest[:])
}

// ResultSeal is keccak256(worker ‖ taskid ‖ digest).
func ResultSeal(worker common.Address, taskid, digest common.Hash) common.Hash {
	return crypto.Keccak256Hash(worker[:], taskid[:], digest[:])
}

// AuthorizationHash is keccak256(worker ‖ taskid ‖ enclave), the message the
// scheduler signs (as an eth-signed message) to let a worker contribute.
func AuthorizationHash(worker common.Address, taskid common.Hash, enclave common.Address) common.Hash {
	return crypto.Keccak256Hash(worker[:], taskid[:], enclave[:])
}

// SignAuthorization returns the scheduler's 65-byte authorization for worker on taskid
// (enclave is the zero address for standard tasks).
func SignAuthorization(scheduler *ecdsa.PrivateKey, worker common.Address, taskid common.Hash, enclave common.Address) ([]byte, error) {
	h := AuthorizationHash(worker, taskid, enclave)
	return signEthMessage(scheduler, h)
}

// SignEnclave returns an enclave key's signature over keccak256(resultHash ‖ resultSeal).
func SignEnclave(enclave *ecdsa.PrivateKey, resultHash, resultSeal common.Hash) ([]byte, error) {
	return signEthMessage(enclave, crypto.Keccak256Hash(resultHash[:], resultSeal[:]))
}

func signEthMessage(key *ecdsa.PrivateKey, h common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(accounts.TextHash(h[:]), key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// RecoverAuthorization returns the address that signed an authorization.
func RecoverAuthorization(sig []byte, worker common.Address, taskid common.Hash, enclave common.Address) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("authorization signature: %d bytes, want 65", len(sig))
	}
	s := append([]byte(nil), sig...)
	if s[64] >= 27 {
		s[64] -= 27
	}
	h := AuthorizationHash(worker, taskid, enclave)
	pub, err := crypto.SigToPub(accounts.TextHash(h[:]), s)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Weight is the PoCo contribution weight of a score: max(⌊score/3⌋, 3) − 1.
func Weight(score uint64) uint64 {
	return max(score/3, 3) - 1
}

// ---------------------------------------------------------------- EIP-712 orders

var (
	eip712DomainTypehash = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	appOrderTypehash     = crypto.Keccak256Hash([]byte("AppOrder(address app,uint256 appprice,uint256 volume,bytes32 tag,address datasetrestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)"))
	datasetOrderTypehash = crypto.Keccak256Hash([]byte("DatasetOrder(address dataset,uint256 datasetprice,uint256 volume,bytes32 tag,address apprestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)"))
	poolOrderTypehash    = crypto.Keccak256Hash([]byte("WorkerpoolOrder(address workerpool,uint256 workerpoolprice,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address apprestrict,address datasetrestrict,address requesterrestrict,bytes32 salt)"))
	requestOrderTypehash = crypto.Keccak256Hash([]byte("RequestOrder(address app,uint256 appmaxprice,address dataset,uint256 datasetmaxprice,address workerpool,uint256 workerpoolmaxprice,address requester,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address beneficiary,address callback,string params,bytes32 salt)"))
)

// Domain is the EIP-712 domain of a Hub deployment ("pocogrid", "1").
type Domain struct {
	ChainID *big.Int
	Hub     common.Address
}

// Separator returns the EIP-712 domain separator.
func (d Domain) Separator() common.Hash {
	return crypto.Keccak256Hash(eip712DomainTypehash[:],
		crypto.Keccak256([]byte("pocogrid")), crypto.Keccak256([]byte("1")),
		word(d.ChainID), common.LeftPadBytes(d.Hub[:], 32))
}

func (d Domain) typed(structHash []byte) common.Hash {
	sep := d.Separator()
	return crypto.Keccak256Hash([]byte("\x19\x01"), sep[:], structHash)
}

func word(v *big.Int) []byte {
	if v == nil {
		return make([]byte, 32)
	}
	return math.U256Bytes(new(big.Int).Set(v))
}

func addr(a common.Address) []byte { return common.LeftPadBytes(a[:], 32) }

// HashAppOrder returns the EIP-712 hash of an app order (its Sign field is ignored).
func (d Domain) HashAppOrder(o bindings.AppOrder) common.Hash {
	return d.typed(crypto.Keccak256(appOrderTypehash[:], addr(o.App), word(o.Appprice), word(o.Volume), o.Tag[:],
		addr(o.Datasetrestrict), addr(o.Workerpoolrestrict), addr(o.Requesterrestrict), o.Salt[:]))
}

// HashDatasetOrder returns the EIP-712 hash of a dataset order.
func (d Domain) HashDatasetOrder(o bindings.DatasetOrder) common.Hash {
	return d.typed(crypto.Keccak256(datasetOrderTypehash[:], addr(o.Dataset), word(o.Datasetprice), word(o.Volume), o.Tag[:],
		addr(o.Apprestrict), addr(o.Workerpoolrestrict), addr(o.Requesterrestrict), o.Salt[:]))
}

// HashWorkerpoolOrder returns the EIP-712 hash of a workerpool order.
func (d Domain) HashWorkerpoolOrder(o bindings.WorkerpoolOrder) common.Hash {
	return d.typed(crypto.Keccak256(poolOrderTypehash[:], addr(o.Workerpool), word(o.Workerpoolprice), word(o.Volume), o.Tag[:],
		word(o.Category), word(o.Trust), addr(o.Apprestrict), addr(o.Datasetrestrict), addr(o.Requesterrestrict), o.Salt[:]))
}

// HashRequestOrder returns the EIP-712 hash of a request order.
func (d Domain) HashRequestOrder(o bindings.RequestOrder) common.Hash {
	return d.typed(crypto.Keccak256(requestOrderTypehash[:], addr(o.App), word(o.Appmaxprice), addr(o.Dataset), word(o.Datasetmaxprice),
		addr(o.Workerpool), word(o.Workerpoolmaxprice), addr(o.Requester), word(o.Volume), o.Tag[:], word(o.Category), word(o.Trust),
		addr(o.Beneficiary), addr(o.Callback), crypto.Keccak256([]byte(o.Params)), o.Salt[:]))
}

func signTyped(key *ecdsa.PrivateKey, h common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// SignAppOrder fills o.Sign with key's EIP-712 signature.
func (d Domain) SignAppOrder(key *ecdsa.PrivateKey, o *bindings.AppOrder) (err error) {
	o.Sign, err = signTyped(key, d.HashAppOrder(*o))
	return err
}

// SignDatasetOrder fills o.Sign with key's EIP-712 signature.
func (d Domain) SignDatasetOrder(key *ecdsa.PrivateKey, o *bindings.DatasetOrder) (err error) {
	o.Sign, err = signTyped(key, d.HashDatasetOrder(*o))
	return err
}

// SignWorkerpoolOrder fills o.Sign with key's EIP-712 signature.
func (d Domain) SignWorkerpoolOrder(key *ecdsa.PrivateKey, o *bindings.WorkerpoolOrder) (err error) {
	o.Sign, err = signTyped(key, d.HashWorkerpoolOrder(*o))
	return err
}

// SignRequestOrder fills o.Sign with key's EIP-712 signature.
func (d Domain) SignRequestOrder(key *ecdsa.PrivateKey, o *bindings.RequestOrder) (err error) {
	o.Sign, err = signTyped(key, d.HashRequestOrder(*o))
	return err
}
