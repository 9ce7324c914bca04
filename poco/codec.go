package poco

import (
	"bytes"
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Binary encoding for journaling. It is deterministic (groups sorted by hash,
// contributions in contributor order, fixed-width big-endian integers) and
// versioned; decoding validates the structural invariants, so a decoded Task
// obeys every rule the state machine maintains.

const (
	taskEncodingVersion   = 2 // 2: the category time T is encoded
	groupEntrySize        = 32 + 32
	contributionEntrySize = 20 + 32 + 32 + 8 + 8 + 8 + 1 + 32
)

// appendBinary appends c's encoding: trust, total, group count, then
// (hash, group) pairs sorted by hash.
func (c *Consensus) appendBinary(b []byte) []byte {
	b = binary.BigEndian.AppendUint64(b, c.trust)
	total := c.total.Bytes32()
	b = append(b, total[:]...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(c.groups)))
	for _, h := range c.Hashes() {
		g := c.groups[h]
		gb := g.Bytes32()
		b = append(b, h[:]...)
		b = append(b, gb[:]...)
	}
	return b
}

// MarshalBinary encodes c deterministically.
func (c *Consensus) MarshalBinary() ([]byte, error) {
	return c.appendBinary(nil), nil
}

// UnmarshalBinary replaces c with a decoded consensus. On error c is unchanged.
func (c *Consensus) UnmarshalBinary(data []byte) error {
	d := decoder{buf: data}
	dec := d.consensus()
	if err := d.finish(); err != nil {
		return err
	}
	*c = *dec
	return nil
}

// MarshalBinary encodes t deterministically, for journaling.
func (t *Task) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 200+len(t.contributions)*contributionEntrySize+t.consensus.Len()*groupEntrySize)
	b = append(b, taskEncodingVersion)
	b = append(b, t.id[:]...)
	b = append(b, byte(t.category))
	b = binary.BigEndian.AppendUint64(b, t.timeRef)
	b = binary.BigEndian.AppendUint64(b, t.start)
	b = append(b, byte(t.status))
	b = append(b, t.consensusValue[:]...)
	b = binary.BigEndian.AppendUint64(b, t.revealDeadline)
	b = binary.BigEndian.AppendUint64(b, uint64(t.winners))
	b = binary.BigEndian.AppendUint64(b, uint64(t.reveals))
	b = append(b, t.resultDigest[:]...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(t.contributions)))
	for i := range t.contributions {
		c := &t.contributions[i]
		b = append(b, c.Worker[:]...)
		b = append(b, c.ResultHash[:]...)
		b = append(b, c.ResultSeal[:]...)
		b = binary.BigEndian.AppendUint64(b, c.Weight)
		b = binary.BigEndian.AppendUint64(b, c.RewardWeight)
		b = binary.BigEndian.AppendUint64(b, c.Score)
		b = append(b, byte(c.Status))
		b = append(b, c.Digest[:]...)
	}
	return t.consensus.appendBinary(b), nil
}

// UnmarshalBinary replaces t with a decoded task. On error (ErrBadEncoding)
// t is unchanged.
func (t *Task) UnmarshalBinary(data []byte) error {
	d := decoder{buf: data}
	if d.byte() != taskEncodingVersion {
		return ErrBadEncoding
	}
	n := &Task{}
	n.id = [32]byte(d.bytes(32))
	n.category = Category(d.byte())
	n.timeRef = d.u64()
	n.start = d.u64()
	n.status = TaskStatus(d.byte())
	n.consensusValue = [32]byte(d.bytes(32))
	n.revealDeadline = d.u64()
	winners, reveals := d.u64(), d.u64()
	n.resultDigest = [32]byte(d.bytes(32))
	count := int(d.u32())
	if d.err != nil || count > len(d.buf)/contributionEntrySize {
		return ErrBadEncoding
	}
	var err error
	if n.deadlines, err = DeadlinesForTimeRef(n.timeRef, n.start); err != nil {
		return ErrBadEncoding
	}
	if n.status == TaskUnset || n.status > TaskFailed || winners > uint64(count) || reveals > winners {
		return ErrBadEncoding
	}
	n.winners, n.reveals = int(winners), int(reveals)
	if count > 0 { // NewTask starts with a nil slice
		n.contributions = make([]Contribution, count)
	}
	n.index = make(map[common.Address]int, count)
	proved := 0
	for i := range n.contributions {
		c := &n.contributions[i]
		c.Worker = common.Address(d.bytes(20))
		c.ResultHash = [32]byte(d.bytes(32))
		c.ResultSeal = [32]byte(d.bytes(32))
		c.Weight = d.u64()
		c.RewardWeight = d.u64()
		c.Score = d.u64()
		c.Status = ContributionStatus(d.byte())
		c.Digest = [32]byte(d.bytes(32))
		if _, dup := n.index[c.Worker]; dup || c.Status == ContributionUnset || c.Status > Rejected ||
			c.Weight != Weight(c.Score) || c.RewardWeight != RewardWeight(c.Score) {
			return ErrBadEncoding
		}
		if c.Status == Proved {
			proved++
		}
		n.index[c.Worker] = i
	}
	n.consensus = d.consensus()
	if err := d.finish(); err != nil {
		return err
	}
	badActive := n.status == TaskActive && (n.revealDeadline != 0 || n.winners != 0 || n.reveals != 0 || n.consensusValue != [32]byte{})
	badRevealing := n.status == TaskRevealing &&
		(n.revealDeadline == 0 || n.winners == 0 || !n.consensus.Reached(n.consensusValue))
	if proved != n.reveals || badActive || badRevealing {
		return ErrBadEncoding
	}
	*t = *n
	return nil
}

// decoder reads fixed-width fields; the first short read makes err sticky
// and every later read return zeros.
type decoder struct {
	buf []byte
	err error
}

func (d *decoder) fail() { d.err = ErrBadEncoding }

func (d *decoder) bytes(n int) []byte {
	if d.err != nil || len(d.buf) < n {
		d.fail()
		return make([]byte, n)
	}
	b := d.buf[:n]
	d.buf = d.buf[n:]
	return b
}

func (d *decoder) byte() byte  { return d.bytes(1)[0] }
func (d *decoder) u32() uint32 { return binary.BigEndian.Uint32(d.bytes(4)) }
func (d *decoder) u64() uint64 { return binary.BigEndian.Uint64(d.bytes(8)) }

// finish reports a short read or trailing bytes.
func (d *decoder) finish() error {
	if d.err == nil && len(d.buf) != 0 {
		d.fail()
	}
	return d.err
}

// consensus decodes and validates one consensus: trust ≥ 1, groups non-zero
// and strictly ascending by hash, total = 1 + Σ groups.
func (d *decoder) consensus() *Consensus {
	trust := d.u64()
	var total uint256.Int
	total.SetBytes32(d.bytes(32))
	n := int(d.u32())
	if d.err != nil || trust == 0 || n > len(d.buf)/groupEntrySize {
		d.fail()
		return nil
	}
	c := &Consensus{trust: trust, total: total, groups: make(map[[32]byte]uint256.Int, n)}
	var sum uint256.Int
	sum.SetOne()
	var prev [32]byte
	for i := range n {
		h := [32]byte(d.bytes(32))
		var g uint256.Int
		g.SetBytes32(d.bytes(32))
		if g.IsZero() || (i > 0 && bytes.Compare(prev[:], h[:]) >= 0) {
			d.fail()
			return nil
		}
		if _, overflow := sum.AddOverflow(&sum, &g); overflow {
			d.fail()
			return nil
		}
		c.groups[h] = g
		prev = h
	}
	if !sum.Eq(&total) {
		d.fail()
		return nil
	}
	return c
}
