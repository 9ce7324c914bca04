// Package chain puts pocogrid's Proof-of-Contribution on Ethereum: the Hub
// contract (chain/contracts, compiled into chain/artifacts and the abigen v2
// bindings in chain/bindings by scripts/gen-contracts.sh), the backends, the
// per-key transaction owner and the ChainActor.
//
// # Backends
//
// Open(ctx, spec, opts) returns an *Env:
//   - "sim": go-ethereum's simulated chain in process (chain ID 1337, every
//     fork active). RLC and the Hub are deployed, opts.Accounts get ETH and an
//     escrow deposit, and a miner commits a block as soon as a transaction is
//     pending (at most one block per Options.SimBlockInterval; each block moves
//     chain time ≥ 1 s, so prefer categories M and up for long sim runs).
//   - "ws://…", "http://…": a JSON-RPC node such as geth --dev
//     (scripts/geth-dev.sh). The deployer key (default: geth --dev's fixed key)
//     deploys, or Options.Hub attaches to an existing Hub.
//
// # Parties
//
// Env.Party(key) (alias Requester, Scheduler, Worker) signs orders and sends
// Hub transactions for one key: MatchOrders, Initialize, Contribute, Reveal,
// Finalize, Reopen, Claim, ClaimExpired, registries and escrow. Reads are on
// Env: Task, DealView, Deal, Account, WorkerScore, Contribution, Contributors,
// Kitty. Hashes follow docs/POCO.md (TaskID, ResultHash, ResultSeal,
// AuthorizationHash, EIP-712 order hashes in Domain).
//
// # Transactions
//
// A Sender (Env.Sender(key): one per key per Env) is the only writer for its
// key: it owns the nonce (resynchronized after "nonce too low" or "replacement
// underpriced"), estimates gas with a margin (never a fixed limit), waits for
// the receipt, decodes reverts into *RevertError (custom error name and
// arguments) and retries transient failures with backoff — a lost transaction
// is sent again, a stuck one replaced with higher fees, each step logged.
// A ChainActor (NewChainActorProps) serializes one key's transactions in a
// protoactor mailbox (*SendTx → *TxResult), re-queues transactions that still
// fail, and streams deals (*WatchDeals → *DealEvent, acknowledged by
// *DealProcessed into a FileCursor so a restart resumes at the last processed
// block). ActorTransactor lets a Party send through a ChainActor. A GasMeter
// sums gas per operation, task and deal (GasMeter.PerTask).
package chain
