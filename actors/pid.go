package actors

import (
	"github.com/asynkron/protoactor-go/actor"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pocogrid/pocogrid/messages"
)

// toPid converts a protoactor PID to its wire form.
func toPid(p *actor.PID) *messages.Pid {
	if p == nil {
		return nil
	}
	return &messages.Pid{Address: p.Address, Id: p.Id}
}

// fromPid converts a wire PID back.
func fromPid(p *messages.Pid) *actor.PID {
	if p == nil || p.Id == "" {
		return nil
	}
	return actor.NewPID(p.Address, p.Id)
}

func addr(b []byte) (common.Address, bool) {
	if len(b) != common.AddressLength {
		return common.Address{}, false
	}
	return common.BytesToAddress(b), true
}

func taskKey(id [32]byte) string { return common.Bytes2Hex(id[:]) }
