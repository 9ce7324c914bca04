package cluster

import (
	"errors"
	"log/slog"
	"net"
	"strconv"
	"sync"

	pcluster "github.com/asynkron/protoactor-go/cluster"
)

// Provider is a protoactor-go cluster.ClusterProvider backed by a Membership.
// One goroutine feeds Cluster.MemberList.UpdateClusterTopology with the full
// set of members that advertise an ActorSystem ID (self included for members).
//
// protoactor's Cluster.Shutdown(false) never calls the provider: call Close
// yourself after it (Close after Shutdown(true) is a harmless no-op).
type Provider struct {
	m *Membership

	mu      sync.Mutex
	started bool
	stop    chan struct{}
	done    chan struct{}
	closed  bool
	err     error
}

var _ pcluster.ClusterProvider = (*Provider)(nil)

// NewProvider wraps m. The Provider owns m from then on: Shutdown/Close leave
// and close it.
func NewProvider(m *Membership) *Provider { return &Provider{m: m} }

// Membership returns the wrapped membership.
func (p *Provider) Membership() *Membership { return p.m }

// StartMember advertises the ActorSystem ID, remote address and kinds, joins
// the configured seeds if no peer is known yet, and starts feeding the
// topology. Join failures are logged, not returned (protoactor panics on a
// provider error; the rejoin loop keeps trying): call Membership.Join before
// StartMember to get them.
func (p *Provider) StartMember(c *pcluster.Cluster) error {
	host, port, err := c.ActorSystem.GetHostPort()
	if err != nil {
		return err
	}
	addr := net.JoinHostPort(host, strconv.Itoa(port))
	if err := p.m.SetActorIdentity(c.ActorSystem.ID, addr, c.GetClusterKinds()); err != nil {
		return err
	}
	return p.start(c)
}

// StartClient feeds the topology without advertising this node as a member.
func (p *Provider) StartClient(c *pcluster.Cluster) error { return p.start(c) }

func (p *Provider) start(c *pcluster.Cluster) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return ErrClosed
	}
	if p.started {
		return errors.New("cluster: provider already started")
	}
	p.started = true
	if len(p.m.Members()) <= 1 {
		if _, err := p.m.Join(nil); err != nil {
			p.m.log.Warn("initial gossip join failed; will retry", slog.Any("error", err))
		}
	}
	sets, cancel := p.m.Subscribe()
	p.stop, p.done = make(chan struct{}), make(chan struct{})
	go p.feed(c, sets, cancel, p.stop, p.done)
	return nil
}

// feed is the single caller of UpdateClusterTopology.
func (p *Provider) feed(c *pcluster.Cluster, sets <-chan []Member, cancel func(), stop, done chan struct{}) {
	defer close(done)
	defer cancel()
	for {
		select {
		case <-stop:
			return
		case set, ok := <-sets:
			if !ok {
				return
			}
			c.MemberList.UpdateClusterTopology(Topology(set))
		}
	}
}

// Topology converts members to protoactor members: those alive (not leaving)
// advertising an ActorSystem ID and a parsable actor address (host:port).
func Topology(set []Member) pcluster.Members {
	out := make(pcluster.Members, 0, len(set))
	for _, m := range set {
		if m.ActorSystemID == "" || m.Descriptor == nil || m.State != StateAlive {
			continue
		}
		host, ps, err := net.SplitHostPort(m.Descriptor.GetActorAddress())
		if err != nil {
			continue
		}
		port, err := strconv.ParseInt(ps, 10, 32)
		if err != nil {
			continue
		}
		out = append(out, &pcluster.Member{
			Id:    m.ActorSystemID,
			Host:  host,
			Port:  int32(port),
			Kinds: append([]string(nil), m.Kinds...),
		})
	}
	return out
}

// Shutdown stops feeding the topology; if graceful it first leaves the gossip
// cluster (bounded by Config.LeaveTimeout). The membership is closed either
// way. Idempotent.
func (p *Provider) Shutdown(graceful bool) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return p.err
	}
	p.closed = true
	if p.stop != nil {
		close(p.stop)
		<-p.done
	}
	var leaveErr error
	if graceful {
		leaveErr = p.m.Leave(0)
		if errors.Is(leaveErr, ErrClosed) {
			leaveErr = nil
		}
	}
	p.err = errors.Join(leaveErr, p.m.Close())
	return p.err
}

// Close leaves gracefully and closes the membership: Shutdown(true).
func (p *Provider) Close() error { return p.Shutdown(true) }
