package chain

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pocogrid/pocogrid/chain/bindings"
)

// RevertError is a transaction or call the contract rejected. Name is the
// custom error (e.g. "AlreadyContributed"), or "Error" for a revert string,
// or "" when the revert carried no data. A revert is permanent: retrying the
// same transaction on the same state fails the same way.
type RevertError struct {
	Label   string // the operation (e.g. "contribute")
	Name    string
	Args    []any
	Data    []byte
	GasUsed uint64 // non-zero when a mined transaction reverted
	TxHash  common.Hash
}

func (e *RevertError) Error() string {
	var b strings.Builder
	if e.Label != "" {
		b.WriteString(e.Label)
		b.WriteString(": ")
	}
	b.WriteString("reverted")
	if e.Name != "" {
		b.WriteString(": ")
		b.WriteString(e.Name)
		b.WriteString("(")
		for i, a := range e.Args {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(formatArg(a))
		}
		b.WriteString(")")
	} else if len(e.Data) > 0 {
		b.WriteString(": data ")
		b.WriteString(hexutil.Encode(e.Data))
	}
	if e.TxHash != (common.Hash{}) {
		fmt.Fprintf(&b, " [tx %s, gas %d]", e.TxHash.Hex(), e.GasUsed)
	}
	return b.String()
}

func formatArg(a any) string {
	switch v := a.(type) {
	case [32]byte:
		return common.Hash(v).Hex()
	case []byte:
		return hexutil.Encode(v)
	default:
		return fmt.Sprint(v)
	}
}

// IsRevert reports whether err is a RevertError with the given custom error
// name (any revert when name is "").
func IsRevert(err error, name string) bool {
	var re *RevertError
	if !errors.As(err, &re) {
		return false
	}
	return name == "" || re.Name == name
}

var hubErrors = func() map[[4]byte]abi.Error {
	parsed, err := bindings.HubMetaData.ParseABI()
	if err != nil {
		panic(err)
	}
	m := make(map[[4]byte]abi.Error)
	for _, e := range parsed.Errors {
		var id [4]byte
		copy(id[:], e.ID[:4])
		m[id] = e
	}
	rlc, err := bindings.RLCMetaData.ParseABI()
	if err != nil {
		panic(err)
	}
	for _, e := range rlc.Errors {
		var id [4]byte
		copy(id[:], e.ID[:4])
		m[id] = e
	}
	return m
}()

// DecodeRevert turns revert data into a RevertError (nil data gives a RevertError without name).
func DecodeRevert(label string, data []byte) *RevertError {
	re := &RevertError{Label: label, Data: data}
	if len(data) < 4 {
		return re
	}
	var id [4]byte
	copy(id[:], data[:4])
	if e, ok := hubErrors[id]; ok {
		re.Name = e.Name
		if args, err := e.Inputs.Unpack(data[4:]); err == nil {
			re.Args = args
		}
		return re
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		re.Name = "Error"
		re.Args = []any{reason}
	}
	return re
}

// revertFromError extracts revert data from an RPC error ("execution reverted"),
// or returns nil when err is not a revert.
func revertFromError(label string, err error) *RevertError {
	if err == nil {
		return nil
	}
	var de interface{ ErrorData() interface{} }
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if data, derr := hexutil.Decode(s); derr == nil {
				return DecodeRevert(label, data)
			}
		}
	}
	if strings.Contains(err.Error(), "execution reverted") {
		return DecodeRevert(label, nil)
	}
	return nil
}
