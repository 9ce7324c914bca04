#!/usr/bin/env bash
# Compiles chain/contracts/*.sol with a pinned solc (solcjs from npm) and
# regenerates the committed artifacts (chain/artifacts/*.abi|*.bin) and the
# abigen v2 Go bindings (chain/bindings/*.go).
#
#   scripts/gen-contracts.sh          # regenerate in place
#   scripts/gen-contracts.sh --check  # rebuild into a temp dir, diff, exit 1 on drift
#
# Needs node/npm (registry access the first time) and Go. Building and testing
# the Go code does not: the outputs are committed.
# Cache of the npm packages: $POCOGRID_SOLC_CACHE (default ~/.cache/pocogrid-solc).
set -euo pipefail

SOLC_VERSION=0.8.37
OZ_VERSION=5.7.0
EVM_VERSION=prague
OPTIMIZER_RUNS=200
CONTRACTS=(Hub RLC)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${POCOGRID_SOLC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pocogrid-solc}"
CHECK=0
case "${1:-}" in
  --check) CHECK=1 ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

note() { echo "[gen-contracts] $*" >&2; }

# ------------------------------------------------------------ pinned toolchain
mkdir -p "$CACHE"
want="{\"name\":\"pocogrid-solc\",\"private\":true,\"version\":\"0.0.0\",\"dependencies\":{\"solc\":\"$SOLC_VERSION\",\"@openzeppelin/contracts\":\"$OZ_VERSION\"}}"
if [ "$(cat "$CACHE/package.json" 2>/dev/null || true)" != "$want" ] \
  || [ ! -f "$CACHE/node_modules/solc/package.json" ] \
  || [ ! -f "$CACHE/node_modules/@openzeppelin/contracts/package.json" ]; then
  note "installing solc@$SOLC_VERSION and @openzeppelin/contracts@$OZ_VERSION into $CACHE"
  echo "$want" > "$CACHE/package.json"
  (cd "$CACHE" && npm install --no-audit --no-fund --silent >&2)
fi
got_solc="$(node -p "require('$CACHE/node_modules/solc/package.json').version")"
got_oz="$(node -p "require('$CACHE/node_modules/@openzeppelin/contracts/package.json').version")"
if [ "$got_solc" != "$SOLC_VERSION" ] || [ "$got_oz" != "$OZ_VERSION" ]; then
  note "pinned versions mismatch: solc $got_solc (want $SOLC_VERSION), OZ $got_oz (want $OZ_VERSION)"; exit 1
fi

# ------------------------------------------------------------ compile
if [ "$CHECK" = 1 ]; then
  OUT="$(mktemp -d -t pocogrid-gen.XXXXXX)"
  trap 'rm -rf "$OUT"' EXIT
else
  OUT="$ROOT/chain"
fi
mkdir -p "$OUT/artifacts" "$OUT/bindings"

note "compiling with solc $SOLC_VERSION (optimizer runs=$OPTIMIZER_RUNS, viaIR, evm $EVM_VERSION)"
CACHE="$CACHE" SRC="$ROOT/chain/contracts" DEST="$OUT/artifacts" EVM="$EVM_VERSION" RUNS="$OPTIMIZER_RUNS" \
  NAMES="${CONTRACTS[*]}" node - <<'JS'
const fs = require("fs"), path = require("path");
const solc = require(path.join(process.env.CACHE, "node_modules/solc"));
const src = process.env.SRC, nm = path.join(process.env.CACHE, "node_modules");
const sources = {};
for (const f of fs.readdirSync(src).filter(f => f.endsWith(".sol")).sort()) {
  sources[f] = { content: fs.readFileSync(path.join(src, f), "utf8") };
}
const input = {
  language: "Solidity",
  sources,
  settings: {
    optimizer: { enabled: true, runs: Number(process.env.RUNS) },
    viaIR: true,
    evmVersion: process.env.EVM,
    metadata: { bytecodeHash: "none", appendCBOR: false },
    outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
  },
};
function findImports(p) {
  for (const base of [nm, src]) {
    const full = path.join(base, p);
    if (fs.existsSync(full)) return { contents: fs.readFileSync(full, "utf8") };
  }
  return { error: "not found: " + p };
}
const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of out.errors || []) {
  console.error(e.formattedMessage || e.message);
  if (e.severity === "error") failed = true;
}
if (failed) process.exit(1);
for (const name of process.env.NAMES.split(" ")) {
  const c = out.contracts[name + ".sol"][name];
  fs.writeFileSync(path.join(process.env.DEST, name + ".abi"), JSON.stringify(c.abi, null, 1) + "\n");
  fs.writeFileSync(path.join(process.env.DEST, name + ".bin"), c.evm.bytecode.object + "\n");
  const size = c.evm.deployedBytecode.object.length / 2;
  console.error(`[gen-contracts] ${name}: runtime ${size} bytes${size > 24576 ? " (OVER the EIP-170 limit)" : ""}`);
  if (size > 24576) process.exit(1);
}
JS

# Source fingerprint: lets `go test ./chain/` notice edited contracts without node/solc.
{
  echo "# sha256 of chain/contracts/*.sol compiled into these artifacts (solc $SOLC_VERSION, OpenZeppelin $OZ_VERSION, evm $EVM_VERSION, runs $OPTIMIZER_RUNS, viaIR)"
  (cd "$ROOT/chain/contracts" && LC_ALL=C sha256sum $(LC_ALL=C ls *.sol))
} > "$OUT/artifacts/sources.sha256"

# ------------------------------------------------------------ bindings
cd "$ROOT"
# abigen at the go-ethereum version go.mod pins, run as module@version so that
# its CLI dependencies stay out of this module's go.mod/go.sum.
GETH_MOD_VERSION="$(go list -m -f '{{.Version}}' github.com/ethereum/go-ethereum)"
for name in "${CONTRACTS[@]}"; do
  lower="$(echo "$name" | tr '[:upper:]' '[:lower:]')"
  go run "github.com/ethereum/go-ethereum/cmd/abigen@$GETH_MOD_VERSION" --v2 \
    --abi "$OUT/artifacts/$name.abi" --bin "$OUT/artifacts/$name.bin" \
    --pkg bindings --type "$name" --out "$OUT/bindings/$lower.go"
  chmod 644 "$OUT/bindings/$lower.go"
done

if [ "$CHECK" = 1 ]; then
  drift=0
  for f in "$OUT"/artifacts/* "$OUT"/bindings/*; do
    rel="${f#"$OUT"/}"
    if ! cmp -s "$f" "$ROOT/chain/$rel"; then note "DRIFT: chain/$rel is out of date"; drift=1; fi
  done
  for f in "$ROOT"/chain/artifacts/* "$ROOT"/chain/bindings/*; do
    rel="${f#"$ROOT"/chain/}"
    [ -e "$OUT/$rel" ] || { note "DRIFT: chain/$rel is not generated any more"; drift=1; }
  done
  if [ "$drift" = 1 ]; then note "run scripts/gen-contracts.sh and commit the result"; exit 1; fi
  note "artifacts and bindings are up to date"
else
  note "wrote chain/artifacts and chain/bindings"
fi
