package cluster

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/hashicorp/memberlist"
	"google.golang.org/protobuf/proto"

	"github.com/pocogrid/pocogrid/messages"
)

// Member states. Sets only ever hold live members; StateLeft and StateDead are
// reported by Departed.
const (
	StateAlive   = "alive"   // alive or suspected: memberlist has not declared it dead
	StateLeaving = "leaving" // announced a graceful leave, not gone yet
	StateLeft    = "left"    // left gracefully
	StateDead    = "dead"    // declared dead by failure detection
)

// ErrWrongKey: the peer could not decrypt our gossip or we could not decrypt its.
var ErrWrongKey = errors.New("gossip join refused: wrong or missing gossip key")

// ErrClosed is returned by operations on a closed Membership.
var ErrClosed = errors.New("cluster: membership closed")

// Member is one live member of the gossip cluster.
type Member struct {
	Name          string                   // memberlist node name
	Addr          string                   // gossip host:port
	Descriptor    *messages.NodeDescriptor // nil if its metadata could not be decoded
	State         string                   // StateAlive or StateLeaving
	ActorSystemID string                   // protoactor ActorSystem.ID; "" until bound
	Kinds         []string                 // protoactor kinds hosted
}

// node is our copy of a memberlist node (memberlist hands out pointers into its
// own state, which it mutates under its lock; we never read those later).
type node struct {
	addr    string
	meta    []byte
	decoded *Member // lazily decoded from meta, shared read-only
}

type departure struct {
	state string
	at    time.Time
}

// Membership is a memberlist node plus a coalesced view of the member set.
// All methods are safe for concurrent use. Member values, their slices and
// descriptors handed out are shared and must not be modified.
type Membership struct {
	cfg  Config
	tm   timings
	log  *slog.Logger
	ml   *memberlist.Memberlist
	name string
	addr string // own gossip host:port, fixed after Create

	updateMu sync.Mutex // serialises meta changes, UpdateNode, Leave and Close
	metaMu   sync.RWMutex
	metaBuf  []byte
	self     *messages.NodeDescriptor
	kinds    []string
	actorID  string
	actorAdr string
	seeds    []string
	leaving  bool
	left     bool

	nodesMu  sync.Mutex
	nodes    map[string]*node
	departed map[string]departure

	dirty chan struct{}

	subMu   sync.Mutex
	subs    map[int]chan []Member
	nextSub int
	last    []Member

	closeOnce sync.Once
	closeErr  error
	closed    chan struct{}
	wg        sync.WaitGroup
}

// NewMembership starts a gossip node advertising self (and kinds, if it hosts
// protoactor kinds without using Provider). It does not contact anyone: call
// Join. It fails (never panics) if the descriptor does not fit MetaMaxSize.
func NewMembership(cfg Config, self *messages.NodeDescriptor, kinds []string) (*Membership, error) {
	if self == nil {
		self = &messages.NodeDescriptor{}
	}
	if cfg.NodeName == "" {
		cfg.NodeName = defaultNodeName()
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	cfg.Logger = cfg.Logger.With(slog.String("node", cfg.NodeName))
	mc, err := cfg.memberlistConfig(self.GetPool())
	if err != nil {
		return nil, err
	}
	m := &Membership{
		cfg:      cfg,
		tm:       cfg.timings(),
		log:      cfg.Logger,
		name:     mc.Name,
		self:     proto.Clone(self).(*messages.NodeDescriptor),
		kinds:    slices.Clone(kinds),
		actorAdr: self.GetActorAddress(),
		seeds:    dedupe(cfg.Seeds),
		nodes:    map[string]*node{},
		departed: map[string]departure{},
		dirty:    make(chan struct{}, 1),
		subs:     map[int]chan []Member{},
		closed:   make(chan struct{}),
	}
	if m.metaBuf, err = m.encodeLocked(); err != nil {
		return nil, err
	}
	if cfg.RejoinInterval == 0 {
		cfg.RejoinInterval = m.tm.rejoin
	}
	if cfg.LeaveTimeout > 0 {
		m.tm.leave = cfg.LeaveTimeout
	}
	m.cfg = cfg
	mc.Delegate = (*metaDelegate)(m)
	mc.Events = (*eventDelegate)(m)
	if m.ml, err = memberlist.Create(mc); err != nil {
		return nil, fmt.Errorf("cluster: start gossip on %s:%d: %w", mc.BindAddr, mc.BindPort, err)
	}
	// memberlist reported the local node (NotifyJoin) synchronously in Create.
	m.nodesMu.Lock()
	if self, ok := m.nodes[m.name]; ok {
		m.addr = self.addr
	}
	m.nodesMu.Unlock()
	m.wg.Add(1)
	go m.publishLoop()
	if cfg.RejoinInterval > 0 {
		m.wg.Add(1)
		go m.rejoinLoop(cfg.RejoinInterval)
	}
	return m, nil
}

// Name is this node's gossip name.
func (m *Membership) Name() string { return m.name }

// LocalAddr is the gossip host:port peers use to reach this node (the seed
// address to hand to others).
func (m *Membership) LocalAddr() string { return m.addr }

// Join contacts seeds ("host:port"; none means Config.Seeds plus earlier
// Join seeds), adds them to the seeds rejoined periodically, and returns how
// many it reached. It fails only if none was reached; a key mismatch is
// reported as ErrWrongKey (errors.Is). Each seed costs at most one TCP
// push/pull (TCPTimeout: 5 s LAN, 1 s local).
func (m *Membership) Join(seeds []string) (int, error) {
	if m.isClosed() {
		return 0, ErrClosed
	}
	m.metaMu.Lock()
	m.seeds = dedupe(append(m.seeds, seeds...))
	if len(seeds) == 0 {
		seeds = slices.Clone(m.seeds)
	}
	m.metaMu.Unlock()
	if len(seeds) == 0 {
		return 0, nil
	}
	n, err := m.ml.Join(seeds)
	if err != nil {
		return n, joinError(seeds, err)
	}
	return n, nil
}

// joinError flattens memberlist's multierror and classifies key problems.
func joinError(seeds []string, err error) error {
	var parts []string
	if me, ok := err.(interface{ WrappedErrors() []error }); ok {
		for _, e := range me.WrappedErrors() {
			parts = append(parts, e.Error())
		}
	} else {
		parts = []string{err.Error()}
	}
	detail := strings.Join(parts, "; ")
	for _, sig := range []string{
		"no installed keys could decrypt",
		"remote state is encrypted and encryption is not configured",
		"encryption is configured but remote state is not encrypted",
	} {
		if strings.Contains(detail, sig) {
			return fmt.Errorf("%w (%s)", ErrWrongKey, detail)
		}
	}
	return fmt.Errorf("gossip join %v failed (check the address, the cluster label and the gossip key): %s",
		seeds, detail)
}

// Members returns the current live members, self included, sorted by name.
func (m *Membership) Members() []Member {
	m.nodesMu.Lock()
	defer m.nodesMu.Unlock()
	return m.snapshotLocked()
}

func (m *Membership) snapshotLocked() []Member {
	out := make([]Member, 0, len(m.nodes))
	for name, n := range m.nodes {
		if n.decoded == nil {
			mb := &Member{Name: name, Addr: n.addr, State: StateAlive}
			if md, err := decodeMeta(n.meta); err != nil {
				m.log.Warn("undecodable member metadata", slog.String("member", name), slog.Any("error", err))
			} else {
				mb.Descriptor, mb.ActorSystemID, mb.Kinds = md.descriptor, md.actorID, md.kinds
				if md.leaving {
					mb.State = StateLeaving
				}
			}
			n.decoded = mb
		}
		out = append(out, *n.decoded)
	}
	slices.SortFunc(out, func(a, b Member) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// Departed reports how a member that is no longer in the set went away
// (StateLeft or StateDead) and when. The last 1024 departures are kept.
func (m *Membership) Departed(name string) (state string, at time.Time, ok bool) {
	m.nodesMu.Lock()
	defer m.nodesMu.Unlock()
	d, ok := m.departed[name]
	return d.state, d.at, ok
}

// Subscribe returns a channel that receives the full member set now and after
// every coalesced change. Only the latest set is kept: a slow reader skips
// intermediate sets, never the newest. cancel (idempotent) closes the channel;
// Close closes all of them.
func (m *Membership) Subscribe() (<-chan []Member, func()) {
	ch := make(chan []Member, 1)
	m.subMu.Lock()
	defer m.subMu.Unlock()
	if m.isClosed() {
		close(ch)
		return ch, func() {}
	}
	id := m.nextSub
	m.nextSub++
	m.subs[id] = ch
	ch <- m.Members()
	return ch, func() {
		m.subMu.Lock()
		defer m.subMu.Unlock()
		if c, ok := m.subs[id]; ok {
			delete(m.subs, id)
			close(c)
		}
	}
}

// UpdateDescriptor re-advertises d (e.g. after a capacity change). If an actor
// address was bound by SetActorIdentity, it overrides d.ActorAddress. It fails
// with ErrMetaTooLarge, leaving the old descriptor advertised, when d is too big.
func (m *Membership) UpdateDescriptor(d *messages.NodeDescriptor) error {
	if d == nil {
		return errors.New("cluster: nil descriptor")
	}
	return m.update(func() { m.self = proto.Clone(d).(*messages.NodeDescriptor) })
}

// SetActorIdentity advertises the protoactor ActorSystem ID, its remote address
// ("host:port") and the kinds it hosts. Provider calls it from StartMember.
func (m *Membership) SetActorIdentity(actorSystemID, actorAddr string, kinds []string) error {
	return m.update(func() {
		m.actorID, m.actorAdr, m.kinds = actorSystemID, actorAddr, slices.Clone(kinds)
	})
}

// update applies change to the advertised state and pushes it to the cluster,
// rolling back if the result does not fit.
func (m *Membership) update(change func()) error {
	m.updateMu.Lock()
	defer m.updateMu.Unlock()
	if m.isClosed() {
		return ErrClosed
	}
	m.metaMu.Lock()
	self, kinds, actorID, actorAdr := m.self, m.kinds, m.actorID, m.actorAdr
	change()
	buf, err := m.encodeLocked()
	if err != nil {
		m.self, m.kinds, m.actorID, m.actorAdr = self, kinds, actorID, actorAdr
		m.metaMu.Unlock()
		return err
	}
	unchanged := bytes.Equal(buf, m.metaBuf)
	m.metaBuf = buf
	left := m.left
	m.metaMu.Unlock()
	if unchanged || left {
		return nil
	}
	// Do not wait for the broadcast to be fully retransmitted (seconds on a
	// freshly joined node whose queue is full of relayed joins): the update is
	// queued with priority and spreads by gossip and push/pull.
	_ = m.ml.UpdateNode(time.Millisecond)
	return nil
}

func (m *Membership) encodeLocked() ([]byte, error) {
	d := m.self
	if m.actorAdr != "" && d.GetActorAddress() != m.actorAdr {
		d = proto.Clone(d).(*messages.NodeDescriptor)
		d.ActorAddress = m.actorAdr
	}
	return encodeMeta(meta{actorID: m.actorID, kinds: m.kinds, descriptor: d, leaving: m.leaving})
}

// Leave announces a graceful departure: it first advertises a "leaving" flag
// for a few gossip rounds (so peers can tell a leave from a crash, see
// Departed, and Provider drops the node from the topology early), then sends
// memberlist's leave message and waits, at most timeout (0 means
// Config.LeaveTimeout), for it to be retransmitted. Call Close afterwards.
func (m *Membership) Leave(timeout time.Duration) error {
	if timeout <= 0 {
		timeout = m.tm.leave
	}
	m.updateMu.Lock()
	defer m.updateMu.Unlock()
	if m.isClosed() { // memberlist panics on Leave after Shutdown
		return ErrClosed
	}
	m.metaMu.Lock()
	already := m.left
	m.leaving, m.left = true, true
	buf, err := m.encodeLocked()
	if err == nil {
		m.metaBuf = buf
	}
	m.metaMu.Unlock()
	if already {
		return nil
	}
	if err == nil { // the flag adds 2 bytes; if that does not fit, skip it
		// Give the flag a head start of a few gossip rounds: it is relayed
		// from there, and the leave message below replaces it in our queue.
		_ = m.ml.UpdateNode(min(timeout, m.tm.flagWait))
	}
	if err := m.ml.Leave(timeout); err != nil {
		if strings.Contains(err.Error(), "timeout waiting for leave broadcast") {
			// memberlist waits until we retransmitted it RetransmitMult·log(n)
			// times; a freshly joined node with a long queue may not get there
			// in time, but peers relay the message anyway.
			m.log.Debug("leave broadcast not fully retransmitted", slog.Duration("timeout", timeout))
			return nil
		}
		return fmt.Errorf("cluster: leave: %w", err)
	}
	return nil
}

// Close stops gossiping without a leave message (peers will detect a failure
// unless Leave was called first), stops the goroutines and closes subscriber
// channels. Idempotent.
func (m *Membership) Close() error {
	m.closeOnce.Do(func() {
		m.subMu.Lock()
		close(m.closed)
		for id, ch := range m.subs {
			delete(m.subs, id)
			close(ch)
		}
		m.subMu.Unlock()
		m.updateMu.Lock()
		m.closeErr = m.ml.Shutdown()
		m.updateMu.Unlock()
		m.wg.Wait()
	})
	return m.closeErr
}

func (m *Membership) isClosed() bool {
	select {
	case <-m.closed:
		return true
	default:
		return false
	}
}

func (m *Membership) markDirty() {
	select {
	case m.dirty <- struct{}{}:
	default:
	}
}

// publishLoop is the single publisher: it waits for a change, lets the burst
// settle (quiet period, capped by maxDelay) and hands the full set to
// subscribers if it differs from the last one published.
func (m *Membership) publishLoop() {
	defer m.wg.Done()
	for {
		select {
		case <-m.closed:
			return
		case <-m.dirty:
		}
		deadline := time.NewTimer(m.tm.maxDelay)
	settle:
		for {
			quiet := time.NewTimer(m.tm.quiet)
			select {
			case <-m.closed:
				quiet.Stop()
				deadline.Stop()
				return
			case <-m.dirty:
				quiet.Stop()
			case <-quiet.C:
				break settle
			case <-deadline.C:
				quiet.Stop()
				break settle
			}
		}
		deadline.Stop()
		m.publish(m.Members())
	}
}

func (m *Membership) publish(set []Member) {
	m.subMu.Lock()
	defer m.subMu.Unlock()
	if sameSet(set, m.last) || m.isClosed() {
		return
	}
	m.last = set
	for _, ch := range m.subs {
		select {
		case ch <- set:
		default:
			select { // drop the stale set, keep the newest
			case <-ch:
			default:
			}
			ch <- set
		}
	}
}

func sameSet(a, b []Member) bool {
	if len(a) != len(b) || a == nil || b == nil {
		return false
	}
	for i := range a {
		// decoded pointers are replaced whenever a member's meta changes
		if a[i].Name != b[i].Name || a[i].Addr != b[i].Addr ||
			a[i].Descriptor != b[i].Descriptor || a[i].ActorSystemID != b[i].ActorSystemID ||
			!slices.Equal(a[i].Kinds, b[i].Kinds) {
			return false
		}
	}
	return true
}

// rejoinLoop periodically joins the seeds that are not live members (a restarted
// seed, or a node cut off by a partition longer than memberlist remembers).
func (m *Membership) rejoinLoop(every time.Duration) {
	defer m.wg.Done()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-m.closed:
			return
		case <-t.C:
		}
		m.metaMu.RLock()
		seeds, left := slices.Clone(m.seeds), m.left
		m.metaMu.RUnlock()
		if left || len(seeds) == 0 {
			continue
		}
		missing := m.missingSeeds(seeds)
		if len(missing) == 0 || m.isClosed() {
			continue
		}
		// memberlist.Join is bounded: one TCP push/pull (TCPTimeout) per address.
		if n, err := m.ml.Join(missing); err != nil {
			m.log.Debug("rejoin failed", slog.Any("seeds", missing), slog.Any("error", joinError(missing, err)))
		} else {
			m.log.Debug("rejoined seeds", slog.Int("reached", n), slog.Any("seeds", missing))
		}
	}
}

// missingSeeds returns the seeds whose address is neither ours nor a live member's.
func (m *Membership) missingSeeds(seeds []string) []string {
	live := map[string]bool{m.LocalAddr(): true}
	m.nodesMu.Lock()
	for _, n := range m.nodes {
		live[n.addr] = true
	}
	m.nodesMu.Unlock()
	var missing []string
	for _, s := range seeds {
		host, port, err := net.SplitHostPort(s)
		if err != nil {
			missing = append(missing, s) // let memberlist resolve/complain
			continue
		}
		addrs := []string{host}
		if net.ParseIP(host) == nil {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			if resolved, err := net.DefaultResolver.LookupHost(ctx, host); err == nil {
				addrs = resolved
			}
			cancel()
		}
		found := false
		for _, a := range addrs {
			if ip := net.ParseIP(a); ip != nil && live[net.JoinHostPort(ip.String(), port)] {
				found = true
				break
			}
		}
		if !found {
			missing = append(missing, s)
		}
	}
	return missing
}

func dedupe(s []string) []string {
	out := make([]string, 0, len(s))
	for _, v := range s {
		if v != "" && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// metaDelegate serves our metadata to memberlist.
type metaDelegate Membership

func (d *metaDelegate) NodeMeta(limit int) []byte {
	d.metaMu.RLock()
	defer d.metaMu.RUnlock()
	if len(d.metaBuf) > limit { // cannot happen: encodeMeta checks MetaMaxSize
		return nil
	}
	return d.metaBuf
}
func (d *metaDelegate) NotifyMsg([]byte)                {}
func (d *metaDelegate) GetBroadcasts(int, int) [][]byte { return nil }
func (d *metaDelegate) LocalState(bool) []byte          { return nil }
func (d *metaDelegate) MergeRemoteState([]byte, bool)   {}

// eventDelegate runs under memberlist's node lock: it copies the node into our
// map and marks the set dirty; it never calls back into memberlist.
type eventDelegate Membership

func (e *eventDelegate) NotifyJoin(n *memberlist.Node)   { e.upsert(n) }
func (e *eventDelegate) NotifyUpdate(n *memberlist.Node) { e.upsert(n) }

func (e *eventDelegate) NotifyLeave(n *memberlist.Node) {
	// n.State is not maintained by memberlist (nodeState shadows it); a
	// graceful leaver flagged itself in its meta first.
	state := StateDead
	e.nodesMu.Lock()
	if old, ok := e.nodes[n.Name]; ok && metaLeaving(old.meta) {
		state = StateLeft
	}
	delete(e.nodes, n.Name)
	if len(e.departed) >= 1024 {
		for k := range e.departed {
			delete(e.departed, k)
			break
		}
	}
	e.departed[n.Name] = departure{state: state, at: time.Now()}
	e.nodesMu.Unlock()
	(*Membership)(e).markDirty()
}

func (e *eventDelegate) upsert(n *memberlist.Node) {
	nn := &node{addr: n.Address(), meta: bytes.Clone(n.Meta)}
	e.nodesMu.Lock()
	e.nodes[n.Name] = nn
	delete(e.departed, n.Name)
	e.nodesMu.Unlock()
	(*Membership)(e).markDirty()
}
