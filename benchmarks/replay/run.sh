#!/usr/bin/env bash
# Trace replay at scale: the 20k-job synthetic SWF trace on 128 workers at a
# speedup that fits the trace in under 2 minutes of wall time, then on
# 10,000 workers; JSON reports and plots go to $OUT (default a temp dir).
#
#   benchmarks/replay/run.sh
#   SPEEDUP=150000 OUT=/tmp/replay benchmarks/replay/run.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
SPEEDUP="${SPEEDUP:-110000}"
OUT="${OUT:-$(mktemp -d -t pocogrid-replay.XXXXXX)}"
TRACE=trace/testdata/synthetic-20k.swf.gz
mkdir -p "$OUT"
go build -o "$OUT/pocogrid" ./cmd/pocogrid
for workers in 128 10000; do
  echo "[replay] $workers workers, speedup $SPEEDUP" >&2
  /usr/bin/time -v "$OUT/pocogrid" replay --jobs "$TRACE" --workers "$workers" --speedup "$SPEEDUP" \
    --json --plot "$OUT/plots-$workers" > "$OUT/replay-$workers.json" 2> "$OUT/replay-$workers.err"
  grep -E "Elapsed|Maximum resident" "$OUT/replay-$workers.err" >&2 || true
done
echo "[replay] sabotage-free fixture with churn (acceptance)" >&2
"$OUT/pocogrid" replay --jobs replay/testdata/jobs.swf --availability replay/testdata/churn.tab \
  --workers 64 --speedup 1000 --json --quiet > "$OUT/churn.json"
echo "[replay] reports in $OUT" >&2
