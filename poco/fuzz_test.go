package poco

import (
	"bytes"
	"testing"
)

// FuzzTask drives a Task with an operation sequence decoded from the input
// (6 bytes per operation) and checks the invariants after each one.
func FuzzTask(f *testing.F) {
	// trust 100 (index 5): the vector's three contributions, two reveals,
	// finalize; then a reopen path and a claim path.
	f.Add([]byte{5,
		0, 0, 0, 1, 0, 10, // w0 score 12 → digest 0
		0, 1, 1, 3, 0, 10, // w1 score 100 → digest 1
		0, 2, 1, 4, 0, 10, // w2 score 300 → digest 1: consensus
		1, 1, 1, 0, 0, 10,
		1, 2, 1, 0, 0, 10,
		2, 0, 2, 20, 0, 10,
	})
	f.Add([]byte{4,
		0, 0, 0, 5, 0, 0,
		0, 1, 0, 5, 0, 0,
		3, 0, 0, 0, 2, 100, // reopen after the reveal deadline
		0, 0, 0, 5, 0, 0, // rejected worker
		0, 3, 2, 5, 0, 0,
		4, 0, 0, 0, 12, 0, // claim
	})
	f.Add([]byte{1, 0, 0, 0, 0x80, 0, 0, 1, 0, 0, 0, 0, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return
		}
		s := newSim(t, data[0], XS)
		data = data[1:]
		for len(data) >= 6 {
			s.step(op{
				kind:   opKind(data[0]),
				worker: data[1],
				digest: data[2],
				arg:    data[3],
				wait:   uint16(data[4])<<8 | uint16(data[5]),
			})
			data = data[6:]
		}
	})
}

// FuzzTaskUnmarshal checks that decoding never panics and that whatever it
// accepts is canonical: it encodes back to the same bytes.
func FuzzTaskUnmarshal(f *testing.F) {
	task, _ := NewTask(fill(1), 100, M, 5)
	enc, _ := task.MarshalBinary()
	f.Add(enc)
	vt := vectorTask(f)
	enc, _ = vt.MarshalBinary()
	f.Add(enc)
	f.Fuzz(func(t *testing.T, data []byte) {
		var task Task
		if err := task.UnmarshalBinary(data); err != nil {
			return
		}
		got, err := task.MarshalBinary()
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("accepted a non-canonical encoding")
		}
	})
}
