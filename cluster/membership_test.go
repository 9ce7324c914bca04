package cluster

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/memberlist"

	"github.com/pocogrid/pocogrid/messages"
)

const waitLong = 10 * time.Second // generous bound; the usual time is ~100 ms

func TestJoinFullSetWithDescriptors(t *testing.T) {
	a := startNode(t, testConfig("a"))
	subA, cancel := a.Subscribe()
	defer cancel()
	b := startNode(t, testConfig("b"), a.LocalAddr())
	cc := testConfig("c")
	cc.Seeds = []string{b.LocalAddr()}
	c := startNode(t, cc)
	if n, err := c.Join(nil); n != 1 || err != nil { // nil: the configured seeds
		t.Fatalf("Join(nil) = %d, %v", n, err)
	}

	for _, m := range []*Membership{a, b, c} {
		waitFor(t, waitLong, m.Name()+" sees a,b,c", hasExactly(m, "a", "b", "c"))
		for _, mb := range m.Members() {
			if mb.Descriptor.GetHostname() != "host-"+mb.Name || mb.Descriptor.GetGpu().GetModels()[0] != "RTX 4090" {
				t.Fatalf("%s: bad descriptor for %s: %v", m.Name(), mb.Name, mb.Descriptor)
			}
			if !slices.Equal(mb.Kinds, []string{"kind-" + mb.Name}) || mb.State != StateAlive {
				t.Fatalf("%s: bad member %+v", m.Name(), mb)
			}
		}
	}
	addrs := map[string]string{"a": a.LocalAddr(), "b": b.LocalAddr(), "c": c.LocalAddr()}
	for _, mb := range a.Members() {
		if mb.Addr != addrs[mb.Name] {
			t.Fatalf("member %s addr %s, want %s", mb.Name, mb.Addr, addrs[mb.Name])
		}
	}

	// The subscription delivers full sets (self included), ending with all three.
	deadline := time.After(waitLong)
	for {
		select {
		case set := <-subA:
			if !slices.Contains(names(set), "a") {
				t.Fatalf("set without self: %v", names(set))
			}
			if len(set) == 3 {
				return
			}
		case <-deadline:
			t.Fatal("subscription never delivered the full set")
		}
	}
}

func TestUpdateDescriptorPropagates(t *testing.T) {
	a := startNode(t, testConfig("a"))
	b := startNode(t, testConfig("b"), a.LocalAddr())
	waitFor(t, waitLong, "join", hasExactly(a, "a", "b"))

	d := testDescriptor("host-b")
	d.Cores, d.Slots = 64, 3
	if err := b.UpdateDescriptor(d); err != nil {
		t.Fatal(err)
	}
	waitFor(t, waitLong, "a sees b's new capacity", func() bool {
		for _, mb := range a.Members() {
			if mb.Name == "b" && mb.Descriptor.GetCores() == 64 && mb.Descriptor.GetSlots() == 3 {
				return true
			}
		}
		return false
	})
}

func TestMetaSizeGuard(t *testing.T) {
	big := testDescriptor("big")
	big.Tags = []string{strings.Repeat("x", 600)}
	if _, err := NewMembership(testConfig("big"), big, nil); !errors.Is(err, ErrMetaTooLarge) {
		t.Fatalf("NewMembership with oversized descriptor: err = %v, want ErrMetaTooLarge", err)
	}

	a := startNode(t, testConfig("a"))
	b := startNode(t, testConfig("b"), a.LocalAddr())
	waitFor(t, waitLong, "join", hasExactly(a, "a", "b"))
	err := b.UpdateDescriptor(big)
	if !errors.Is(err, ErrMetaTooLarge) {
		t.Fatalf("UpdateDescriptor oversized: err = %v, want ErrMetaTooLarge", err)
	}
	if !strings.Contains(err.Error(), "limit 512") {
		t.Fatalf("error should state the limit: %v", err)
	}
	// Still gossiping with the old descriptor; a later valid update works.
	d := testDescriptor("host-b")
	d.Cores = 2
	if err := b.UpdateDescriptor(d); err != nil {
		t.Fatal(err)
	}
	waitFor(t, waitLong, "valid update after a rejected one", func() bool {
		ms := a.Members()
		return len(ms) == 2 && ms[1].Descriptor.GetCores() == 2
	})
	// Too many/long kinds are refused the same way.
	if err := b.SetActorIdentity("id", "127.0.0.1:1", []string{strings.Repeat("k", 520)}); !errors.Is(err, ErrMetaTooLarge) {
		t.Fatalf("oversized kinds: err = %v", err)
	}
}

func TestGracefulLeaveObserved(t *testing.T) {
	a := startNode(t, testConfig("a"))
	b := startNode(t, testConfig("b"), a.LocalAddr())
	c := startNode(t, testConfig("c"), a.LocalAddr())
	waitFor(t, waitLong, "join", hasExactly(b, "a", "b", "c"))

	if err := c.Leave(time.Second); err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	for _, m := range []*Membership{a, b} {
		waitFor(t, waitLong, m.Name()+" drops c", hasExactly(m, "a", "b"))
		if st, _, ok := m.Departed("c"); !ok || st != StateLeft {
			t.Fatalf("%s: Departed(c) = %q %v, want left", m.Name(), st, ok)
		}
	}
	if _, err := c.Join([]string{a.LocalAddr()}); !errors.Is(err, ErrClosed) {
		t.Fatalf("join after close: %v", err)
	}
	if err := c.Leave(0); !errors.Is(err, ErrClosed) { // no memberlist panic
		t.Fatalf("leave after close: %v", err)
	}
}

func TestCrashDetected(t *testing.T) {
	a := startNode(t, testConfig("a"))
	b := startNode(t, testConfig("b"), a.LocalAddr())
	c := startNode(t, testConfig("c"), a.LocalAddr())
	waitFor(t, waitLong, "join", hasExactly(b, "a", "b", "c"))

	_ = c.Close() // no Leave: a crash as far as the others can tell
	for _, m := range []*Membership{a, b} {
		waitFor(t, waitLong, m.Name()+" detects c dead", hasExactly(m, "a", "b"))
		if st, _, ok := m.Departed("c"); !ok || st != StateDead {
			t.Fatalf("%s: Departed(c) = %q %v, want dead", m.Name(), st, ok)
		}
	}
}

func TestWrongKeyRefused(t *testing.T) {
	key1 := []byte("0123456789abcdef0123456789abcdef")
	key2 := []byte("fedcba9876543210fedcba9876543210")
	cfg := testConfig("a")
	cfg.SecretKey = key1
	a := startNode(t, cfg)

	okCfg := testConfig("ok")
	okCfg.SecretKey = key1
	startNode(t, okCfg, a.LocalAddr())
	waitFor(t, waitLong, "same-key join", hasExactly(a, "a", "ok"))

	for name, key := range map[string][]byte{"wrong": key2, "nokey": nil} {
		cfg := testConfig(name)
		cfg.SecretKey = key
		cfg.RejoinInterval = -1
		m := startNode(t, cfg)
		n, err := m.Join([]string{a.LocalAddr()})
		if n != 0 || !errors.Is(err, ErrWrongKey) {
			t.Fatalf("%s: Join = %d, %v; want ErrWrongKey", name, n, err)
		}
		if !strings.Contains(err.Error(), "gossip join refused: wrong or missing gossip key") {
			t.Fatalf("%s: unclear error: %v", name, err)
		}
		t.Logf("%s: %v", name, err)
	}
	if got := names(a.Members()); !slices.Equal(got, []string{"a", "ok"}) {
		t.Fatalf("refused nodes got in: %v", got)
	}

	// A node with a key joining an unencrypted cluster is refused as well.
	plain := startNode(t, testConfig("plain"))
	keyed := testConfig("keyed")
	keyed.SecretKey = key1
	keyed.RejoinInterval = -1
	if _, err := startNode(t, keyed).Join([]string{plain.LocalAddr()}); err == nil {
		t.Fatal("keyed node joined an unencrypted cluster")
	} else {
		t.Logf("keyed→plain: %v", err)
	}
}

func TestLabelIsolation(t *testing.T) {
	a := startNode(t, testConfig("a"))
	other := testConfig("x")
	other.Label = "pocogrid/other"
	other.RejoinInterval = -1
	x := startNode(t, other)
	n, err := x.Join([]string{a.LocalAddr()})
	if err == nil || n != 0 {
		t.Fatalf("join across labels: n=%d err=%v", n, err)
	}
	t.Logf("label mismatch: %v", err)
	// Nor does a's side learn about x (bounded observation).
	time.Sleep(500 * time.Millisecond)
	if got := names(a.Members()); !slices.Equal(got, []string{"a"}) {
		t.Fatalf("a sees %v", got)
	}
	if got := names(x.Members()); !slices.Equal(got, []string{"x"}) {
		t.Fatalf("x sees %v", got)
	}

	// Default label derives from the pool.
	mc, err := (&Config{}).memberlistConfig("gpu-farm")
	if err != nil || mc.Label != "pocogrid/gpu-farm" {
		t.Fatalf("default label = %q, %v", mc.Label, err)
	}
}

func TestRejoinAfterSeedRestart(t *testing.T) {
	seedCfg := testConfig("seed")
	seed := startNode(t, seedCfg)
	seedAddr := seed.LocalAddr()

	bCfg := testConfig("b")
	bCfg.RejoinInterval = 200 * time.Millisecond
	b := startNode(t, bCfg, seedAddr)
	waitFor(t, waitLong, "join", hasExactly(b, "b", "seed"))

	_ = seed.Close() // crash
	waitFor(t, waitLong, "b notices the seed is gone", hasExactly(b, "b"))

	// Restart the seed on the same address; it knows nobody (no seeds).
	_, port, _ := strings.Cut(seedAddr, ":")
	seedCfg.BindPort = atoi(t, port)
	var seed2 *Membership
	var err error
	for i := 0; i < 20; i++ { // the port may take a moment to be free again
		if seed2, err = NewMembership(seedCfg, testDescriptor("host-seed2"), nil); err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("restart seed: %v", err)
	}
	t.Cleanup(func() { _ = seed2.Close() })

	// b's rejoin loop finds the seed again; both converge.
	waitFor(t, waitLong, "b rejoins the restarted seed", hasExactly(b, "b", "seed"))
	waitFor(t, waitLong, "restarted seed sees b", hasExactly(seed2, "b", "seed"))
	waitFor(t, waitLong, "b sees the restarted seed's new descriptor", func() bool {
		ms := b.Members()
		return len(ms) == 2 && ms[1].Descriptor.GetHostname() == "host-seed2"
	})
}

func atoi(t *testing.T, s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			t.Fatalf("bad port %q", s)
		}
		n = n*10 + int(r-'0')
	}
	return n
}

func TestSubscribeCancelAndClose(t *testing.T) {
	a := startNode(t, testConfig("a"))
	ch, cancel := a.Subscribe()
	if set := <-ch; len(set) != 1 || set[0].Name != "a" {
		t.Fatalf("initial set %v", names(set))
	}
	cancel()
	cancel() // idempotent
	if _, ok := <-ch; ok {
		t.Fatal("channel open after cancel")
	}
	ch2, _ := a.Subscribe()
	<-ch2
	_ = a.Close()
	if _, ok := <-ch2; ok {
		t.Fatal("channel open after Close")
	}
	if err := a.UpdateDescriptor(testDescriptor("x")); !errors.Is(err, ErrClosed) {
		t.Fatalf("update after close: %v", err)
	}
}

func TestMetaRoundTrip(t *testing.T) {
	d := testDescriptor("h")
	d.ActorAddress = "10.0.0.7:40123"
	b, err := encodeMeta(meta{actorID: "sysid", kinds: []string{"a", "b"}, descriptor: d})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("meta size %d bytes", len(b))
	got, err := decodeMeta(b)
	if err != nil || got.actorID != "sysid" || !slices.Equal(got.kinds, []string{"a", "b"}) ||
		got.descriptor.GetActorAddress() != d.ActorAddress || got.descriptor.GetGpu().GetCount() != 1 {
		t.Fatalf("round trip: %+v %v", got, err)
	}
	// Unknown fields (newer peers) are skipped.
	ext := append(append([]byte(nil), b...), 0x2a, 0x01, 'z') // field 5, bytes "z"
	if _, err := decodeMeta(ext); err != nil {
		t.Fatalf("unknown field: %v", err)
	}
	if _, err := decodeMeta([]byte{0x08, 0x09}); err == nil {
		t.Fatal("future version accepted")
	}
	if _, err := decodeMeta([]byte{0xff}); err == nil {
		t.Fatal("garbage accepted")
	}
}

func TestLocalDescriptor(t *testing.T) {
	var id [20]byte
	id[19] = 7
	d := LocalDescriptor(t.TempDir(), []string{"worker"}, "pool1", "127.0.0.1:9000", id)
	if d.GetCores() == 0 || d.GetOs() == "" || d.GetArch() == "" || d.GetVersion() == "" ||
		d.GetPool() != "pool1" || len(d.GetNodeId()) != 20 || d.GetNodeId()[19] != 7 {
		t.Fatalf("descriptor %v", d)
	}
	if d.GetMemoryBytes() == 0 || d.GetFreeDiskBytes() == 0 {
		t.Logf("memory/disk not available here: %v", d) // non-Linux
	}
	d.Gpu = &messages.GPUSummary{Count: 2, Healthy: 2, Free: 2, Models: []string{"NVIDIA GeForce RTX 4090"},
		MemoryTotalBytes: 48 << 30, MinMemoryBytes: 24 << 30, MinComputeCapability: "8.9"}
	d.Tags = []string{"cuda", "avx512"}
	b, err := encodeMeta(meta{actorID: "HzpVuJ6ZGu8aXZc4qfwzwW", kinds: []string{"worker", "prototopic"}, descriptor: d})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("realistic meta: %d bytes (limit %d)", len(b), MetaMaxSize)
}

func TestProfiles(t *testing.T) {
	mc, err := (&Config{}).memberlistConfig("")
	if err != nil {
		t.Fatal(err)
	}
	if mc.ProbeInterval != 400*time.Millisecond || mc.Label != "pocogrid/default" || mc.BindAddr != "0.0.0.0" {
		t.Fatalf("lan config %+v", mc)
	}
	local, _ := (&Config{Profile: ProfileLocal}).memberlistConfig("")
	if local.ProbeInterval != 200*time.Millisecond || local.SuspicionMaxTimeoutMult != 1 {
		t.Fatalf("local config %+v", local)
	}
	if _, err := (&Config{Profile: "wan"}).memberlistConfig(""); err == nil {
		t.Fatal("unknown profile accepted")
	}
	if _, err := (&Config{SecretKey: []byte("short")}).memberlistConfig(""); !errors.Is(err, ErrBadKey) {
		t.Fatalf("short key: %v", err)
	}
}

func TestMockTransport(t *testing.T) {
	var network memberlist.MockNetwork // create every transport before any node starts
	ta, tb := network.NewTransport("a"), network.NewTransport("b")
	ca, cb := testConfig("a"), testConfig("b")
	ca.Transport, cb.Transport = ta, tb
	a := startNode(t, ca)
	startNode(t, cb, a.LocalAddr())
	waitFor(t, waitLong, "join over MockNetwork", hasExactly(a, "a", "b"))
}
