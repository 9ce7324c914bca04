//go:build race

package cluster

// raceEnabled: protoactor multi-node tests are skipped under -race (gRPC's
// global logger is set by every remote.Start; see docs/LIBRARIES.md §1).
const raceEnabled = true
