// Package node runs one pocogrid node process: it joins the gossip cluster
// (memberlist), serves protoactor remote, and hosts the roles it was given —
// a scheduler (pool manager with a durable journal and the HTTP API) and/or
// a worker that pulls replicas from its pool's scheduler over the network.
package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/asynkron/protoactor-go/actor"
	"github.com/asynkron/protoactor-go/remote"
	"google.golang.org/grpc"

	"github.com/pocogrid/pocogrid/actors"
	"github.com/pocogrid/pocogrid/cluster"
	"github.com/pocogrid/pocogrid/demo"
	"github.com/pocogrid/pocogrid/identity"
	"github.com/pocogrid/pocogrid/messages"
)

// Roles a node can take.
const (
	RoleScheduler = "scheduler"
	RoleWorker    = "worker"
	RoleChain     = "chain"
)

// Config configures a node.
type Config struct {
	Roles         []string
	Bind          string // host:port for gossip; remote uses port+1 (or any port when 0)
	Join          []string
	Pool          string
	DataDir       string
	GossipKeyFile string
	HTTP          string // scheduler API address
	Profile       string // cluster.ProfileLAN or ProfileLocal
	Slots         int    // worker: replicas at once (default: CPUs)
	// Identities is how many worker identities (keys) the node runs, each
	// with its share of the slots. PoCo counts distinct workers, so a small
	// cluster at a high trust level needs more than one per node; identities
	// on one host are not independent witnesses.
	Identities int
	FakeGPUs   string // worker: a fake GPU fleet instead of NVML
	Tags       []string
	// NativeApps are trusted host executables ("name=/path"), run only with
	// AllowNative (the pool's explicit choice); otherwise WebAssembly only.
	NativeApps  []string
	AllowNative bool
	Logger      *slog.Logger
	// Timing for the pool and its workers (0: defaults).
	HeartbeatInterval, LivenessTimeout, ParkTimeout, RequestTimeout time.Duration
	// Ready, when set, is called once the node serves (with its addresses).
	Ready func(Info)
}

// Info tells where a running node listens.
type Info struct {
	NodeID     string `json:"node_id"`
	GossipAddr string `json:"gossip"`
	ActorAddr  string `json:"actor"`
	HTTPAddr   string `json:"http,omitempty"`
}

// maxMsg is the largest actor message (result uploads travel inline).
const maxMsg = 64 << 20

func (c *Config) validate() error {
	if len(c.Roles) == 0 {
		return errors.New("--roles: give at least one of scheduler, worker, chain")
	}
	for _, r := range c.Roles {
		if r != RoleScheduler && r != RoleWorker && r != RoleChain {
			return fmt.Errorf("--roles: unknown role %q (scheduler, worker, chain)", r)
		}
	}
	if c.Pool == "" {
		c.Pool = "default"
	}
	if c.DataDir == "" {
		return errors.New("--data-dir is required")
	}
	if c.Bind == "" {
		c.Bind = "127.0.0.1:7946"
	}
	if c.HTTP == "" {
		c.HTTP = "127.0.0.1:7070"
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Slots <= 0 {
		c.Slots = max(1, numCPU())
	}
	if c.Identities <= 0 {
		c.Identities = 1
	}
	if c.Identities > c.Slots {
		c.Slots = c.Identities
	}
	return nil
}

func (c *Config) has(role string) bool { return slices.Contains(c.Roles, role) }

// Run runs a node until ctx is done, then leaves the cluster gracefully.
func Run(ctx context.Context, cfg Config) error {
	if err := cfg.validate(); err != nil {
		return err
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return err
	}
	key, err := identity.LoadOrCreate(filepath.Join(cfg.DataDir, "node.key"))
	if err != nil {
		return err
	}
	host, portS, err := net.SplitHostPort(cfg.Bind)
	if err != nil {
		return fmt.Errorf("--bind %q: %w", cfg.Bind, err)
	}
	port, err := strconv.Atoi(portS)
	if err != nil {
		return fmt.Errorf("--bind %q: bad port", cfg.Bind)
	}
	var secret []byte
	if cfg.GossipKeyFile != "" {
		if secret, err = cluster.LoadKeyFile(cfg.GossipKeyFile); err != nil {
			return err
		}
	}

	// Actors and remote first: the descriptor advertises the actor address.
	// protoactor logs every failed dial to a dead peer at ERROR: its own
	// logs go to the node's log only at debug level.
	actorLog := slog.New(slog.DiscardHandler)
	if cfg.Logger.Enabled(context.Background(), slog.LevelDebug) {
		actorLog = cfg.Logger
	}
	sys := actor.NewActorSystem(actor.WithLoggerFactory(func(*actor.ActorSystem) *slog.Logger { return actorLog }))
	remotePort := 0
	if port != 0 {
		remotePort = port + 1
	}
	// protoactor's remote panics when it cannot listen: check first.
	if remotePort != 0 {
		ln, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(remotePort)))
		if err != nil {
			return fmt.Errorf("actor remote port (gossip port + 1): %w", err)
		}
		ln.Close()
	}
	rcfg := remote.Configure(host, remotePort,
		remote.WithServerOptions(grpc.MaxRecvMsgSize(maxMsg), grpc.MaxSendMsgSize(maxMsg)),
		remote.WithCallOptions(grpc.MaxCallRecvMsgSize(maxMsg), grpc.MaxCallSendMsgSize(maxMsg)))
	rem := remote.NewRemote(sys, rcfg)
	rem.Start()
	defer rem.Shutdown(true)
	actorAddr := sys.Address()

	desc := cluster.LocalDescriptor(cfg.DataDir, cfg.Roles, cfg.Pool, actorAddr, key.Address())
	desc.Tags = cfg.Tags
	if cfg.has(RoleWorker) {
		desc.Slots = uint32(cfg.Slots)
	}
	w, err := newWorkerSide(cfg, key, desc)
	if err != nil {
		return err
	}
	if w != nil {
		desc.Gpu = w.gpuSummary()
	}
	mem, err := cluster.NewMembership(cluster.Config{
		NodeName: key.Address().Hex()[2:10] + "-" + sys.ID, BindAddr: host, BindPort: port,
		Seeds: cfg.Join, SecretKey: secret, Profile: cfg.Profile, Logger: cfg.Logger,
	}, desc, nil)
	if err != nil {
		return err
	}
	defer mem.Close()
	if len(cfg.Join) > 0 {
		if _, err := mem.Join(cfg.Join); err != nil {
			if errors.Is(err, cluster.ErrWrongKey) {
				return err // a node with the wrong key is refused, loudly
			}
			// The seeds may not be up yet (a cluster starting together):
			// retry quickly for a while; membership's periodic rejoin
			// takes over after that.
			cfg.Logger.Warn("seeds not reachable yet; rejoining in the background", "err", err)
			go func() {
				for i := 0; i < 20 && ctx.Err() == nil; i++ {
					time.Sleep(500 * time.Millisecond)
					if _, err := mem.Join(cfg.Join); err == nil {
						cfg.Logger.Info("joined the seeds")
						return
					}
				}
			}()
		}
	}
	info := Info{NodeID: key.Address().Hex(), GossipAddr: mem.LocalAddr(), ActorAddr: actorAddr}
	if _, err := sys.Root.SpawnNamed(actor.PropsFromFunc(func(c actor.Context) {
		if _, ok := c.Message().(*messages.NodeDetailsRequest); ok {
			c.Respond(w.details(desc))
		}
	}), "nodeinfo"); err != nil {
		return err
	}

	var sched *schedulerSide
	if cfg.has(RoleScheduler) {
		sched, err = startScheduler(ctx, cfg, sys, key, mem)
		if err != nil {
			return err
		}
		defer sched.close()
		info.HTTPAddr = sched.httpAddr
	}
	if w != nil {
		w.start(ctx, sys, mem)
		defer w.close()
	}
	cfg.Logger.Info("node up", "id", info.NodeID, "gossip", info.GossipAddr, "actor", info.ActorAddr, "http", info.HTTPAddr, "roles", cfg.Roles, "pool", cfg.Pool)
	if cfg.Ready != nil {
		cfg.Ready(info)
	}
	<-ctx.Done()
	cfg.Logger.Info("node leaving")
	_ = mem.Leave(2 * time.Second)
	return nil
}

// schedulerOf finds the pool's scheduler among the members.
func schedulerOf(set []cluster.Member, pool string) (*messages.NodeDescriptor, bool) {
	for _, m := range set {
		d := m.Descriptor
		if d == nil || d.Pool != pool || !slices.Contains(d.Roles, RoleScheduler) || m.State != cluster.StateAlive {
			continue
		}
		return d, true
	}
	return nil, false
}

// catalog is the built-in apps plus the configured native ones.
func catalog(cfg Config) (*actors.Catalog, error) {
	cat, err := demo.BuiltinCatalog()
	if err != nil {
		return nil, err
	}
	for _, spec := range cfg.NativeApps {
		name, path, ok := strings.Cut(spec, "=")
		if !ok || name == "" || !filepath.IsAbs(path) {
			return nil, fmt.Errorf("--native-app %q: want name=/absolute/path", spec)
		}
		if _, err := cat.AddNative(name, path); err != nil {
			return nil, err
		}
	}
	if len(cfg.NativeApps) > 0 && !cfg.AllowNative {
		return nil, errors.New("--native-app needs --allow-native (a trusted pool's explicit choice)")
	}
	return cat, nil
}
