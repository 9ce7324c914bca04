// Package actors holds pocogrid's actors: PoolActor (supervisor),
// SchedulerActor (queue, matchmaking, provisioning), TaskActor (one per task:
// PoCo consensus, reveals, result upload, finalize), ReplicaActor (one per
// execution: deadline and worker liveness) and WorkerActor (pulls work, runs
// the sandbox, signs contributions and reveals).
//
// The protocol decisions live in the pure poco package; actors feed it the
// messages of package messages and carry out what it decides. Every message
// that may cross a node boundary is a protobuf from package messages; the
// few Go structs in internal.go are timer ticks that never leave an actor.
package actors
