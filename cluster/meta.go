package cluster

import (
	"errors"
	"fmt"

	"github.com/hashicorp/memberlist"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	"github.com/pocogrid/pocogrid/messages"
)

// MetaMaxSize is the largest metadata memberlist accepts (it panics beyond).
const MetaMaxSize = memberlist.MetaMaxSize

// ErrMetaTooLarge is returned when a descriptor does not fit in MetaMaxSize.
var ErrMetaTooLarge = errors.New("node descriptor too large for gossip metadata")

// metaVersion is the first field of every meta blob; bump on incompatible change.
const metaVersion = 1

// Meta wire format (protobuf wire format, written by hand so that no message
// has to be added to messages/):
//
//	1: varint  format version (metaVersion)
//	2: string  protoactor ActorSystem ID ("" until the actor system is bound)
//	3: string  kind (repeated)
//	4: bytes   messages.NodeDescriptor (proto.Marshal, deterministic)
//	5: varint  1 while the node is leaving gracefully (set just before Leave,
//	           because memberlist's leave events do not say left vs dead)
//
// A typical descriptor (20-byte id, address, hostname, os/arch, sizes, a few
// roles/tags, one GPU model) takes 150–250 bytes.
type meta struct {
	actorID    string
	kinds      []string
	descriptor *messages.NodeDescriptor
	leaving    bool
}

func encodeMeta(m meta) ([]byte, error) {
	d, err := proto.MarshalOptions{Deterministic: true}.Marshal(m.descriptor)
	if err != nil {
		return nil, fmt.Errorf("cluster: marshal descriptor: %w", err)
	}
	b := protowire.AppendTag(nil, 1, protowire.VarintType)
	b = protowire.AppendVarint(b, metaVersion)
	if m.actorID != "" {
		b = protowire.AppendTag(b, 2, protowire.BytesType)
		b = protowire.AppendString(b, m.actorID)
	}
	for _, k := range m.kinds {
		b = protowire.AppendTag(b, 3, protowire.BytesType)
		b = protowire.AppendString(b, k)
	}
	b = protowire.AppendTag(b, 4, protowire.BytesType)
	b = protowire.AppendBytes(b, d)
	if m.leaving {
		b = protowire.AppendTag(b, 5, protowire.VarintType)
		b = protowire.AppendVarint(b, 1)
	}
	if len(b) > MetaMaxSize {
		return nil, fmt.Errorf("%w: %d bytes encoded (descriptor %d, %d kinds), limit %d",
			ErrMetaTooLarge, len(b), len(d), len(m.kinds), MetaMaxSize)
	}
	return b, nil
}

func decodeMeta(b []byte) (meta, error) {
	var m meta
	var sawVersion bool
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return m, protowire.ParseError(n)
		}
		b = b[n:]
		switch {
		case num == 1 && typ == protowire.VarintType:
			v, n := protowire.ConsumeVarint(b)
			if n < 0 {
				return m, protowire.ParseError(n)
			}
			if v != metaVersion {
				return m, fmt.Errorf("unsupported meta version %d", v)
			}
			sawVersion = true
			b = b[n:]
		case num == 5 && typ == protowire.VarintType:
			v, n := protowire.ConsumeVarint(b)
			if n < 0 {
				return m, protowire.ParseError(n)
			}
			m.leaving = v != 0
			b = b[n:]
		case num >= 2 && num <= 4 && typ == protowire.BytesType:
			v, n := protowire.ConsumeBytes(b)
			if n < 0 {
				return m, protowire.ParseError(n)
			}
			b = b[n:]
			switch num {
			case 2:
				m.actorID = string(v)
			case 3:
				m.kinds = append(m.kinds, string(v))
			case 4:
				d := &messages.NodeDescriptor{}
				if err := proto.Unmarshal(v, d); err != nil {
					return m, fmt.Errorf("descriptor: %w", err)
				}
				m.descriptor = d
			}
		default: // unknown field from a newer version: skip it
			n := protowire.ConsumeFieldValue(num, typ, b)
			if n < 0 {
				return m, protowire.ParseError(n)
			}
			b = b[n:]
		}
	}
	if !sawVersion {
		return m, errors.New("meta without version")
	}
	return m, nil
}

// metaLeaving reports whether encoded meta carries the leaving flag, without
// decoding the descriptor (used under memberlist's lock).
func metaLeaving(b []byte) bool {
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return false
		}
		b = b[n:]
		if num == 5 && typ == protowire.VarintType {
			v, n := protowire.ConsumeVarint(b)
			return n > 0 && v != 0
		}
		n = protowire.ConsumeFieldValue(num, typ, b)
		if n < 0 {
			return false
		}
		b = b[n:]
	}
	return false
}
