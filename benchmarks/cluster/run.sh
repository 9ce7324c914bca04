#!/usr/bin/env bash
# Cross-process benchmark on loopback: a scheduler node and 3 worker nodes
# (real OS processes, memberlist gossip, protoactor remote) against the same
# pool in one process, in the same run. Also join latency (node start →
# listed by the API) and crash detection (kill -9 → gone from the API) with
# the default (LAN) failure-detection settings.
#
#   benchmarks/cluster/run.sh [TASKS]      # default 3000 tasks, trust 1, noop app
# Prints one JSON object. Stops every process it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-3000}; export N
WORK=$(mktemp -d /tmp/pocogrid-cluster-bench.XXXXXX)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT
go build -o "$WORK/pocogrid" ./cmd/pocogrid
P="$WORK/pocogrid"
now() { date +%s.%N; }
free_port() { python3 -c 'import socket
while True:
    s=socket.socket(); s.bind(("127.0.0.1",0)); p=s.getsockname()[1]; s.close()
    t=socket.socket()
    try:
        t.bind(("127.0.0.1",p+1)); t.close(); print(p); break
    except OSError: t.close()'; }
count_nodes() { "$P" nodes --api "$API" --json 2>/dev/null | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["nodes"]))' 2>/dev/null || echo 0; }

# Same pool in one process: 6 workers of 1 slot.
inproc=$("$P" demo --chain none --workers 6 --tasks "$N" --trust 1 --app noop --json --quiet | python3 -c 'import json,sys; print(json.load(sys.stdin)["tasks_per_second"])')

SEEDP=$(free_port); HTTPP=$(free_port); API="http://127.0.0.1:$HTTPP"
"$P" node --roles scheduler --bind "127.0.0.1:$SEEDP" --http "127.0.0.1:$HTTPP" --data-dir "$WORK/s" >"$WORK/s.log" 2>&1 & PIDS+=($!)
for _ in $(seq 1 100); do [ "$(count_nodes)" = 1 ] && break; sleep 0.05; done
join_ms=()
for i in 1 2 3; do
  port=$(free_port); t0=$(now)
  "$P" node --roles worker --bind "127.0.0.1:$port" --join "127.0.0.1:$SEEDP" --data-dir "$WORK/w$i" --identities 2 --slots 2 >"$WORK/w$i.log" 2>&1 & PIDS+=($!)
  for _ in $(seq 1 400); do [ "$(count_nodes)" = $((i + 1)) ] && break; sleep 0.01; done
  join_ms+=("$(python3 -c "print(round(($(now) - $t0) * 1000))")")
done
sleep 1
# Submit, then poll the pool's counts every 20 ms until all are certified.
cross=$(python3 - "$P" "$API" "$N" <<'PY'
import json, subprocess, sys, time, urllib.request
p, api, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
def counts():
    with urllib.request.urlopen(api + "/v1/status", timeout=10) as r:
        return json.load(r)["counts"]
base = counts().get("completed", 0)
t0 = time.time()
subprocess.run([p, "submit", "--api", api, "--app", "noop", "--count", str(n), "--trust", "1", "--json"], check=True, capture_output=True)
deadline = t0 + 600
while True:
    c = counts()
    if c.get("completed", 0) - base >= n:
        break
    if c.get("failed", 0) or time.time() > deadline:
        raise SystemExit(f"cross-process run did not complete: {c}")
    time.sleep(0.02)
print(n / (time.time() - t0))
PY
)

# Crash detection with the default LAN profile: kill -9 the last worker.
t0=$(now); kill -9 "${PIDS[3]}"
for _ in $(seq 1 3000); do [ "$(count_nodes)" = 3 ] && break; sleep 0.01; done
crash_ms=$(python3 -c "print(round(($(now) - $t0) * 1000))")

python3 - "$inproc" "$cross" "$crash_ms" "${join_ms[@]}" <<'PY'
import json, sys, os, platform
inproc, cross, crash = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
joins = [int(x) for x in sys.argv[4:]]
print(json.dumps({"tasks": int(os.environ.get("N", "0")) or None, "inprocess_tasks_per_s": round(inproc, 1),
  "cross_process_tasks_per_s": round(cross, 1), "ratio": round(cross / inproc, 3),
  "join_ms": joins, "crash_detect_ms": crash, "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
  "load1": os.getloadavg()[0]}))
PY
