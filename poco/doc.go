// Package poco is the pure core of iExec Proof-of-Contribution (PoCo) as
// specified in docs/POCO.md: product-weight consensus, replica provisioning,
// commit–reveal hashes, scores, payouts, deadlines and the per-task state
// machine that mirrors the on-chain lifecycle.
//
// Like etcd-raft's raft.go, the package performs no I/O, starts no goroutines,
// reads no clock and draws no randomness. Time is passed in as unix seconds,
// and every decision is returned to the caller, which performs the side
// effects (transactions, escrow moves, notifications).
//
// All arithmetic is integer arithmetic, exactly as on chain. Consensus weights
// are 256-bit values (github.com/holiman/uint256); where Solidity would revert
// on overflow, this package returns ErrOverflow and changes nothing.
//
// Deviations from the contracts, each deliberate:
//   - The credibility test group·trust > total·(trust−1) is evaluated exactly
//     (320-bit), whereas Solidity's SafeMath reverts when group·trust no longer
//     fits in 256 bits. That needs hundreds of contributors in one task.
//   - A Settlement reports new scores derived from each worker's score at
//     contribution time; a caller holding fresher scores applies ScoreAfter
//     to them instead (Settlement.Workers says who was proved).
//
// Every rejected call returns one of the sentinel errors in errors.go and
// leaves the Task unchanged.
package poco
