#!/usr/bin/env bash
# Gas per PoCo operation and per task, pocogrid vs iExec PoCo 6.1.0, on the
# same geth --dev binary, for the dev and osaka profiles, in one run.
#
#   benchmarks/gas/run.sh                 # writes benchmarks/gas/RESULTS.md and prints it
#   PROFILES=osaka benchmarks/gas/run.sh
#
# Env: PROFILES (default "dev osaka"), IEXEC_GAS (path of the iExec harness's
# run.sh, default ../shared/tools/iexec-gas/run.sh from the repo root),
# SKIP_IEXEC=1 (ours only), OUT (work dir, default a temp dir).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PROFILES="${PROFILES:-dev osaka}"
IEXEC_GAS="${IEXEC_GAS:-$ROOT/../shared/tools/iexec-gas/run.sh}"
OUT="${OUT:-$(mktemp -d -t pocogrid-gas.XXXXXX)}"
mkdir -p "$OUT"
note() { echo "[gas] $*" >&2; }

GETH_DIR=""
cleanup() { if [ -n "$GETH_DIR" ]; then POCOGRID_GETH_DIR="$GETH_DIR" scripts/geth-dev.sh stop || true; fi; }
trap cleanup EXIT

go build -o "$OUT/gasbench" ./benchmarks/gas
OURS=()
for p in $PROFILES; do
  GETH_DIR="$OUT/geth-$p"
  eval "$(POCOGRID_GETH_DIR="$GETH_DIR" scripts/geth-dev.sh start "$p")"
  note "pocogrid on profile $p ($POCOGRID_GETH_WS)"
  "$OUT/gasbench" measure -rpc "$POCOGRID_GETH_WS" -profile "$p" -out "$OUT/ours-$p.json"
  POCOGRID_GETH_DIR="$GETH_DIR" scripts/geth-dev.sh stop
  GETH_DIR=""
  OURS+=("$OUT/ours-$p.json")
done

IEXEC_ARG=()
if [ "${SKIP_IEXEC:-0}" != 1 ]; then
  ok=0
  for attempt in 1 2 3; do  # the harness sometimes trips on geth's start-up ("transaction indexing is in progress")
    note "iExec harness ($IEXEC_GAS), profiles $PROFILES, attempt $attempt"
    if PROFILES="$PROFILES" bash "$IEXEC_GAS" > "$OUT/iexec.json" 2> "$OUT/iexec.log"; then ok=1; break; fi
    tail -5 "$OUT/iexec.log" >&2
  done
  [ "$ok" = 1 ] || { note "the iExec harness failed 3 times (log $OUT/iexec.log)"; exit 1; }
  IEXEC_ARG=(-iexec "$OUT/iexec.json")
fi

"$OUT/gasbench" report -ours "$(IFS=,; echo "${OURS[*]}")" "${IEXEC_ARG[@]}" -out benchmarks/gas/RESULTS.md
note "raw numbers in $OUT; report in benchmarks/gas/RESULTS.md"
