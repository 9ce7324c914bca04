package poco

import (
	"errors"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"pgregory.net/rapid"
)

// Property: Marshal/Unmarshal round-trips a Task (and its Consensus) after
// any sequence of operations, and the encoding is deterministic.
func TestMarshalRoundTripProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := newSim(t, rapid.Uint8Range(0, 7).Draw(t, "trust"), Category(rapid.Uint8Range(0, 4).Draw(t, "cat")))
		for range rapid.IntRange(0, 40).Draw(t, "ops") {
			s.step(drawOp(t)) // step checks the Task round trip
		}
		c := s.task.Consensus()
		b, _ := c.MarshalBinary()
		var back Consensus
		if err := back.UnmarshalBinary(b); err != nil || !reflect.DeepEqual(&back, c) {
			t.Fatalf("consensus round trip: %v", err)
		}
	})
}

func TestUnmarshalRejects(t *testing.T) {
	task := vectorTask(t)
	reveal(t, task, w3, h(0x42), 1400)
	good, _ := task.MarshalBinary()
	var probe Task
	if err := probe.UnmarshalBinary(good); err != nil {
		t.Fatal(err)
	}
	// Offsets in the encoding.
	const (
		offCategory  = 1 + 32
		offTimeRef   = offCategory + 1
		offStatus    = offTimeRef + 8 + 8
		offCV        = offStatus + 1
		offWinners   = offCV + 32 + 8
		offReveals   = offWinners + 8
		offCount     = offReveals + 8 + 32
		offContrib   = offCount + 4
		offWeight    = offContrib + 20 + 32 + 32
		offCStatus   = offWeight + 24
		offConsensus = offContrib + 3*contributionEntrySize
	)
	mutate := func(f func(b []byte) []byte) []byte {
		return f(append([]byte(nil), good...))
	}
	tests := map[string][]byte{
		"empty":                  nil,
		"truncated":              good[:len(good)-1],
		"trailing byte":          append(append([]byte(nil), good...), 0),
		"version":                mutate(func(b []byte) []byte { b[0] = 9; return b }),
		"time ref zero":          mutate(func(b []byte) []byte { clear(b[offTimeRef : offTimeRef+8]); return b }),
		"status unset":           mutate(func(b []byte) []byte { b[offStatus] = 0; return b }),
		"status unknown":         mutate(func(b []byte) []byte { b[offStatus] = 5; return b }),
		"revealing as active":    mutate(func(b []byte) []byte { b[offStatus] = byte(TaskActive); return b }),
		"wrong consensus value":  mutate(func(b []byte) []byte { b[offCV] ^= 1; return b }),
		"winners above count":    mutate(func(b []byte) []byte { b[offWinners+7] = 4; return b }),
		"reveals ≠ proved":       mutate(func(b []byte) []byte { b[offReveals+7] = 2; return b }),
		"count too large":        mutate(func(b []byte) []byte { b[offCount] = 0xff; return b }),
		"weight ≠ Weight(score)": mutate(func(b []byte) []byte { b[offWeight+7]++; return b }),
		"contribution unset":     mutate(func(b []byte) []byte { b[offCStatus] = 0; return b }),
		"duplicate worker": mutate(func(b []byte) []byte {
			copy(b[offContrib+contributionEntrySize:], b[offContrib:offContrib+20])
			return b
		}),
		"consensus trust 0":    mutate(func(b []byte) []byte { clear(b[offConsensus : offConsensus+8]); return b }),
		"total ≠ 1 + Σ groups": mutate(func(b []byte) []byte { b[offConsensus+8+31]++; return b }),
	}
	for name, data := range tests {
		before := probe.Clone()
		if err := probe.UnmarshalBinary(data); !errors.Is(err, ErrBadEncoding) {
			t.Errorf("%s: err = %v", name, err)
		}
		if !reflect.DeepEqual(&probe, before) {
			t.Errorf("%s: failed UnmarshalBinary changed the task", name)
		}
	}

	// Consensus: groups must be non-zero and sorted.
	c := NewConsensus(3)
	for _, x := range []byte{1, 2} {
		if _, err := c.Add(h(x), 2); err != nil {
			t.Fatal(err)
		}
	}
	enc, _ := c.MarshalBinary()
	swapped := append([]byte(nil), enc...)
	first := 8 + 32 + 4
	copy(swapped[first:], enc[first+groupEntrySize:first+2*groupEntrySize])
	copy(swapped[first+groupEntrySize:], enc[first:first+groupEntrySize])
	var back Consensus
	if err := back.UnmarshalBinary(swapped); !errors.Is(err, ErrBadEncoding) {
		t.Errorf("unsorted groups: %v", err)
	}
	if err := back.UnmarshalBinary(enc[:len(enc)-1]); !errors.Is(err, ErrBadEncoding) {
		t.Errorf("truncated consensus: %v", err)
	}
	if err := back.UnmarshalBinary(enc); err != nil || !reflect.DeepEqual(&back, c) {
		t.Errorf("consensus round trip: %v", err)
	}
}

func TestUnmarshalRestoresBehaviour(t *testing.T) {
	// An actor restarts from its journal and carries on.
	task := vectorTask(t)
	reveal(t, task, w2, h(0x42), 1400)
	b, _ := task.MarshalBinary()
	var restored Task
	if err := restored.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	reveal(t, &restored, w3, h(0x42), 1500)
	if _, err := restored.Contribute(common.Address{9}, 0, h(1), h(1), 1500); !errors.Is(err, ErrNotActive) {
		t.Fatal(err)
	}
	s, err := restored.Finalize(1500, 20*rlc, 7*rlc, 5, 0)
	if err != nil || s.Scheduler != 1_350_000_001 {
		t.Fatalf("%+v %v", s, err)
	}
}
