// Package replay drives a whole in-process pool (scheduler, PoCo task
// actors, worker actors, the WebAssembly sandbox) with a public workload
// trace, optionally with the availability trace of real desktop-grid nodes,
// and reports what researchers compare: waits, bounded slowdowns, makespan,
// throughput, replication overhead, wasted work and accepted errors. It
// backs `pocogrid replay` and `pocogrid bench sabotage`.
//
// # Jobs and tasks
//
// Jobs are submitted at their trace submit times (sorted; ties keep trace
// order). A job of p processors becomes one bag (one deal) of p independent
// tasks, each running the built-in `sleep` app for the job's runtime
// divided by the speedup: the only work a task does is to take that long,
// so a replay is duration-faithful while costing no CPU. Whole milliseconds
// are rounded stochastically (floor, plus one with the probability of the
// fraction, from a seeded stream) so that the total work is unbiased even
// when most scaled runtimes are below 1 ms. With App "noop" the runtimes
// are ignored (the sabotage experiment). Tasks carry a 1 MiB memory limit
// (both apps use one 64 KiB page), which keeps the sandbox from reserving
// its default 256 MiB per instance.
//
// A job the trace cannot describe is not invented: a job with an unknown
// (-1) submit time, runtime or processor count, or zero processors, fails
// at once with a reason saying which field. Failed (status 0) and
// cancelled (status 5) jobs of the trace are replayed as recorded, with
// their recorded runtime.
//
// # Time
//
// Trace time is mapped to wall time by a [clock.Scaled] clock started at
// the first submit time: one wall second is Speedup trace seconds. The
// pool runs on that clock (through a clock.Clock whose timers never fire
// sooner than 20 wall milliseconds: the pool's 1 s tick would otherwise
// fire every few microseconds), so the PoCo deadlines (7T for
// contributions, 2T for reveals, 10T final, counted from the job's trace
// submit time) and the replica timeout are in trace time; parked work
// requests are set to expire after 10 s of wall time. The category defaults to the smallest one whose T covers the
// longest replica: the longest runtime of the trace plus one wall second
// of runtime overheads, scaled (iExec's meaning of a category: the
// longest a task computes; the pool also fails a replica running longer
// than T). That leaves 6T for queueing and re-execution before the
// contribution deadline. When even XL's T (10 h) is shorter, the tasks
// carry XL with a custom T rounded up to the hour, as a custom category of
// the chain's registry would.
//
// Two kinds of timers stay on wall time because they guard the runtime
// itself, not the protocol: the workers' own retries (clock.Real) and
// replica liveness (a worker heartbeats every HeartbeatInterval of wall
// time; its replica fails after LivenessTimeout of wall time without one —
// the actors package uses the actor system's receive timeout for it). A
// replica cut short by churn is therefore detected after LivenessTimeout
// wall seconds, i.e. LivenessTimeout×Speedup trace seconds: keep the
// speedup modest for churn studies, or read waits with that in mind.
// Everything the replay measures (submit, first start, end) is read from
// the trace clock, so the wall overheads of the runtime appear, scaled, in
// the waits.
//
// # Churn
//
// With an availability trace, trace node k (nodes in the order the FTA
// reader sorts them) drives workers k, k+M, k+2M, … (M nodes): worker i
// follows node i mod M. The availability trace is aligned so that the
// replay's first submit time falls AvailabilityOffset seconds after its
// earliest event, and it repeats with the period of its whole span, so a
// long workload never runs out of availability. When a node becomes
// unavailable its workers' actors are stopped; replicas they were running
// fail by the liveness timeout and their tasks provision others. A worker
// that leaves re-registers with zero slots on its way out and every
// replayed task requires `slots >= 1`, so the work request it left parked
// on the scheduler (a long poll whose connection is gone) is not matched
// any more; an assignment that still reaches a stopped worker is a dead
// letter, which the replay turns into an immediate replica failure, as a
// refused connection would be. When the
// node comes back the worker is spawned again with the same key: the same
// identity, with the reputation the scheduler kept for it.
//
// # Metrics
//
// Per job: submit time s (trace), first start f (the earliest start of any
// replica of any of its tasks), end e (its last task certified or failed).
// A job is completed when every task was certified, otherwise failed with
// the reason of its first failed task.
//
//   - wait = f − s, over completed jobs; mean and 95th percentile
//     (nearest-rank);
//   - bounded slowdown = max(1, (e − s) / max(r, 10 s)), r the trace
//     runtime (Feitelson's definition, the response time e − s standing for
//     wait + runtime of a rigid job);
//   - makespan = last end − first submit; throughput = completed jobs (and
//     certified tasks) per trace hour;
//   - replication overhead = replicas provisioned / tasks certified;
//   - wasted work, in replica-seconds of trace time: replicas cut short by
//     churn (up to the moment their worker left), replicas that failed, and
//     replicas whose contribution did not become the certified result
//     (outvoted, unrevealed, or of a task that failed);
//   - wrong_accepted = certified tasks whose result is the saboteurs'
//     colluding result ([actors.SabotageFiles]).
package replay
