package cluster

import (
	"os"
	"runtime"
	"runtime/debug"

	"github.com/pocogrid/pocogrid/messages"
)

// Version is advertised in LocalDescriptor. Set it with
// -ldflags "-X github.com/pocogrid/pocogrid/cluster.Version=v1.2.3"; when empty
// the main module's build version is used ("dev" if unknown).
var Version = ""

func buildVersion() string {
	if Version != "" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// LocalDescriptor describes this machine: hostname, OS/arch, cores
// (runtime.NumCPU), RAM (/proc/meminfo MemTotal), free disk of dataDir (the
// current directory when empty) and Version. Slots defaults to the core count.
// Values that cannot be read are left zero. GPU, score and tags are the
// caller's to fill.
func LocalDescriptor(dataDir string, roles []string, pool string, actorAddr string, nodeID [20]byte) *messages.NodeDescriptor {
	host, _ := os.Hostname()
	if dataDir == "" {
		dataDir = "."
	}
	mem, _ := MemTotalBytes()
	disk, _ := FreeDiskBytes(dataDir)
	cores := uint32(runtime.NumCPU())
	return &messages.NodeDescriptor{
		NodeId:        append([]byte(nil), nodeID[:]...),
		ActorAddress:  actorAddr,
		Hostname:      host,
		Os:            runtime.GOOS,
		Arch:          runtime.GOARCH,
		Cores:         cores,
		MemoryBytes:   mem,
		FreeDiskBytes: disk,
		Roles:         append([]string(nil), roles...),
		Pool:          pool,
		Version:       buildVersion(),
		Slots:         cores,
	}
}
