package main

import (
	"context"
	"encoding/json"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/pocogrid/pocogrid/node"
)

func init() { extraCommands = append(extraCommands, newNodeCmd) }

func newNodeCmd() *cobra.Command {
	var c node.Config
	var readyFile string
	cmd := &cobra.Command{
		Use:   "node",
		Short: "Join or seed a cluster with roles (scheduler, worker, chain)",
		Long: "Runs a node: gossip membership (memberlist) on --bind, protoactor remote on the\n" +
			"next port, and the given roles. A scheduler node serves the HTTP API on --http and\n" +
			"journals every accepted task in --data-dir; a worker node pulls replicas from its\n" +
			"pool's scheduler. SIGINT/SIGTERM leave the cluster gracefully.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c.Logger = logger()
			if readyFile != "" {
				c.Ready = func(i node.Info) {
					b, _ := json.Marshal(i)
					_ = os.WriteFile(readyFile, append(b, '\n'), 0o644)
				}
			}
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return node.Run(ctx, c)
		},
	}
	f := cmd.Flags()
	f.StringSliceVar(&c.Roles, "roles", []string{"worker"}, "any mix of scheduler, worker, chain")
	f.StringVar(&c.Bind, "bind", "127.0.0.1:7946", "gossip host:port (protoactor remote uses port+1)")
	f.StringSliceVar(&c.Join, "join", nil, "seed nodes host:port[,host:port]")
	f.StringVar(&c.Pool, "pool", "default", "pool name")
	f.StringVar(&c.DataDir, "data-dir", "", "directory for the node key, journal and results (required)")
	f.StringVar(&c.GossipKeyFile, "gossip-key-file", "", "file with the 16/24/32-byte gossip key (hex or base64)")
	f.StringVar(&c.HTTP, "http", "127.0.0.1:7070", "HTTP API address of a scheduler node")
	f.StringVar(&c.Profile, "gossip-profile", "lan", "failure-detection timing: lan, or local (fast, for one machine)")
	f.IntVar(&c.Slots, "slots", 0, "replicas a worker runs at once (default: CPUs)")
	f.IntVar(&c.Identities, "identities", 1, "worker identities (keys) on this node, sharing its slots")
	f.StringVar(&c.FakeGPUs, "fake-gpus", "", "worker: a fake GPU fleet (e.g. dgxh100) instead of NVML")
	f.StringSliceVar(&c.Tags, "tags", nil, "tags advertised in the node descriptor")
	f.DurationVar(&c.HeartbeatInterval, "heartbeat", time.Second, "worker heartbeat interval")
	f.DurationVar(&c.LivenessTimeout, "liveness", 5*time.Second, "replica fails after this long without a heartbeat")
	f.DurationVar(&c.ParkTimeout, "park", 5*time.Second, "how long a work request waits for work")
	f.DurationVar(&c.RequestTimeout, "request-timeout", 15*time.Second, "worker re-asks for work after this long without an answer")
	f.StringArrayVar(&c.NativeApps, "native-app", nil, "a trusted native app, name=/absolute/path (repeatable; needs --allow-native)")
	f.BoolVar(&c.AllowNative, "allow-native", false, "run native apps (trusted pools only; default: WebAssembly only)")
	f.StringVar(&readyFile, "ready-file", "", "write the node's addresses (JSON) here once it serves")
	return cmd
}
