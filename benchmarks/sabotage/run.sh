#!/usr/bin/env bash
# The sabotage experiment: saboteur fraction f x PoCo trust, 2000 noop tasks
# per cell on 100 fresh workers; table on stdout, JSON and plot in $OUT.
#
#   benchmarks/sabotage/run.sh
#   TASKS=5000 benchmarks/sabotage/run.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
TASKS="${TASKS:-2000}"
OUT="${OUT:-$(mktemp -d -t pocogrid-sabotage.XXXXXX)}"
mkdir -p "$OUT"
go build -o "$OUT/pocogrid" ./cmd/pocogrid
"$OUT/pocogrid" bench sabotage --tasks "$TASKS" --json --plot "$OUT" > "$OUT/sabotage.json"
echo "[sabotage] JSON and sabotage.png in $OUT" >&2
