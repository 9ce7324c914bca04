package cluster

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"log"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/hashicorp/memberlist"
)

// DefaultPort is the conventional gossip port (memberlist's default).
const DefaultPort = 7946

// Profiles select failure-detection and gossip timings.
const (
	// ProfileLAN (the default) suits desktops on one LAN: a crashed node is
	// declared dead in about 2–4 s with 3–100 members, a new node is seen by
	// everyone well within 2 s (see benchmarks/gossip/RESULTS.md).
	ProfileLAN = "lan"
	// ProfileLocal is for tests and one-machine clusters: everything ~5× faster.
	ProfileLocal = "local"
)

// Config configures a Membership. The zero value plus a NodeName-free default
// is valid: it binds 0.0.0.0 on a random port with the LAN profile.
type Config struct {
	// NodeName is the unique gossip name. Default: "<hostname>-<random hex>".
	NodeName string
	// BindAddr is the address to listen on (default "0.0.0.0").
	BindAddr string
	// BindPort is the UDP+TCP gossip port; 0 picks a free one (see LocalAddr).
	BindPort int
	// AdvertiseAddr is the address peers should use (default: derived by
	// memberlist from BindAddr, the first private IP when binding 0.0.0.0).
	AdvertiseAddr string
	// Seeds are "host:port" addresses rejoined periodically. Join adds to them.
	Seeds []string
	// Label isolates clusters: nodes with another label cannot talk to this one.
	// Default "pocogrid/<pool>" ("pocogrid/default" without a pool).
	Label string
	// SecretKey (16, 24 or 32 bytes, AES-GCM) encrypts all gossip; see LoadKeyFile.
	SecretKey []byte
	// Profile is ProfileLAN (default) or ProfileLocal.
	Profile string
	// RejoinInterval is how often missing seeds are rejoined (default 10 s for
	// LAN, 1 s for local); negative disables rejoining.
	RejoinInterval time.Duration
	// LeaveTimeout bounds the leave broadcast (default 3 s LAN, 1 s local).
	LeaveTimeout time.Duration
	// Logger receives memberlist's and this package's logs (default: discarded).
	Logger *slog.Logger
	// Transport replaces the UDP/TCP transport; BindAddr/BindPort are then
	// ignored. memberlist.MockNetwork works for joins and updates, but its
	// sends block forever once a peer stopped, so it cannot model crashes.
	Transport memberlist.Transport
}

// timings holds the publisher's coalescing windows for a profile.
type timings struct {
	quiet, maxDelay, rejoin, leave, flagWait time.Duration
}

func (c *Config) timings() timings {
	if c.Profile == ProfileLocal {
		return timings{quiet: 10 * time.Millisecond, maxDelay: 50 * time.Millisecond,
			rejoin: time.Second, leave: time.Second, flagWait: 200 * time.Millisecond}
	}
	return timings{quiet: 50 * time.Millisecond, maxDelay: 250 * time.Millisecond,
		rejoin: 10 * time.Second, leave: 3 * time.Second, flagWait: 500 * time.Millisecond}
}

// memberlistConfig translates c into a memberlist configuration.
func (c *Config) memberlistConfig(pool string) (*memberlist.Config, error) {
	var mc *memberlist.Config
	switch c.Profile {
	case "", ProfileLAN:
		mc = memberlist.DefaultLANConfig()
		// Crash → dead in ~2–4.5 s with 3..100 nodes (benchmarks/gossip): the
		// suspicion lasts SuspicionMult·max(1,log10 n)·ProbeInterval = 1.2 s
		// (n<10) to 2.4 s (n=100), up to 3× that until another member confirms.
		mc.ProbeInterval = 400 * time.Millisecond
		mc.ProbeTimeout = 200 * time.Millisecond
		mc.SuspicionMult = 3
		mc.SuspicionMaxTimeoutMult = 3
		mc.GossipInterval = 100 * time.Millisecond
		mc.TCPTimeout = 5 * time.Second
		// A desktop that restarts with the same name on a new (DHCP) address may
		// take over its old dead entry after 30 s.
		mc.DeadNodeReclaimTime = 30 * time.Second
	case ProfileLocal:
		mc = memberlist.DefaultLocalConfig()
		mc.ProbeInterval = 200 * time.Millisecond
		mc.ProbeTimeout = 100 * time.Millisecond
		mc.SuspicionMult = 2
		mc.SuspicionMaxTimeoutMult = 1
		mc.RetransmitMult = 4 // DefaultLocalConfig's 2 leaves some nodes to the next push/pull
		mc.GossipInterval = 50 * time.Millisecond
		mc.PushPullInterval = 5 * time.Second
		mc.DeadNodeReclaimTime = time.Second
	default:
		return nil, fmt.Errorf("cluster: unknown profile %q (want %q or %q)", c.Profile, ProfileLAN, ProfileLocal)
	}

	mc.Name = c.NodeName
	if mc.Name == "" {
		mc.Name = defaultNodeName()
	}
	mc.BindAddr = c.BindAddr
	if mc.BindAddr == "" {
		mc.BindAddr = "0.0.0.0"
	}
	mc.BindPort = c.BindPort
	mc.AdvertisePort = c.BindPort // memberlist rewrites it when BindPort is 0
	mc.AdvertiseAddr = c.AdvertiseAddr
	if c.Transport != nil {
		mc.Transport = c.Transport
	}

	mc.Label = c.Label
	if mc.Label == "" {
		if pool == "" {
			pool = "default"
		}
		mc.Label = "pocogrid/" + pool
	}
	if len(mc.Label) > memberlist.LabelMaxSize {
		return nil, fmt.Errorf("cluster: label %q longer than %d bytes", mc.Label, memberlist.LabelMaxSize)
	}

	if len(c.SecretKey) > 0 {
		if err := checkKeyLen(len(c.SecretKey)); err != nil {
			return nil, err
		}
		mc.SecretKey = append([]byte(nil), c.SecretKey...)
	}

	if c.Logger != nil && c.Logger.Handler() != slog.DiscardHandler {
		mc.Logger = log.New(slogWriter{c.Logger}, "", 0)
	} else {
		mc.LogOutput = io.Discard
	}
	return mc, nil
}

func defaultNodeName() string {
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "node"
	}
	var b [6]byte
	_, _ = rand.Read(b[:])
	return host + "-" + hex.EncodeToString(b[:])
}

// slogWriter turns memberlist's "[LEVEL] memberlist: msg" lines into slog records.
type slogWriter struct{ l *slog.Logger }

func (w slogWriter) Write(p []byte) (int, error) {
	msg := strings.TrimSpace(string(p))
	level := slog.LevelInfo
	for prefix, lv := range map[string]slog.Level{
		"[DEBUG]": slog.LevelDebug, "[INFO]": slog.LevelInfo,
		"[WARN]": slog.LevelWarn, "[ERR]": slog.LevelError, "[ERROR]": slog.LevelError,
	} {
		if strings.HasPrefix(msg, prefix) {
			level = lv
			msg = strings.TrimSpace(msg[len(prefix):])
			break
		}
	}
	msg = strings.TrimPrefix(msg, "memberlist: ")
	w.l.Log(context.Background(), level, msg, slog.String("lib", "memberlist"))
	return len(p), nil
}
