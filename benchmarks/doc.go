// Package benchmarks measures pocogrid against baselines taken in the same
// run: `pocogrid bench core` (in-process throughput, crypto and actor
// floors, heap per idle worker), and the Go benchmarks beside it. Results
// are recorded in RESULTS.md with the command and the machine.
package benchmarks
