#!/usr/bin/env bash
# Starts and stops a throw-away `geth --dev` (v1.17.10) on 127.0.0.1 for the
# chain integration test and the gas benchmark.
#
#   scripts/geth-dev.sh start [dev|osaka]  # prints `export POCOGRID_GETH_WS=… POCOGRID_GETH_HTTP=…`
#   scripts/geth-dev.sh stop
#   scripts/geth-dev.sh test               # start, go test ./chain/ -run TestGeth, stop
#   scripts/geth-dev.sh env                # print the exports of the running node
#   scripts/geth-dev.sh run CMD ARGS...    # start (profile $POCOGRID_GETH_PROFILE or dev),
#                                          # run CMD with the exports, stop; exit status of CMD
#                                          # e.g. CI: scripts/geth-dev.sh run go test ./...
#
# Profiles (see shared/tools/iexec-gas/README.md):
#   dev    plain geth --dev (Bogota rules: EIP-8037/8038 storage pricing)
#   osaka  the dev genesis without bogotaTime/amsterdamTime/ubtTime (Osaka rules)
# The URLs are also written to $POCOGRID_GETH_DIR/{ws,http}.url
# (default dir /tmp/pocogrid-geth). GETH overrides the binary; otherwise geth
# from PATH or $(go env GOPATH)/bin, else it is built with go install.
set -euo pipefail

GETH_VERSION=v1.17.10
DIR="${POCOGRID_GETH_DIR:-/tmp/pocogrid-geth}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
note() { echo "[geth-dev] $*" >&2; }

find_geth() {
  local g="${GETH:-}"
  [ -n "$g" ] || g="$(command -v geth || true)"
  if [ -z "$g" ] && [ -x "$(go env GOPATH)/bin/geth" ]; then g="$(go env GOPATH)/bin/geth"; fi
  if [ -z "$g" ]; then
    note "building geth $GETH_VERSION with go install (a few minutes) ..."
    go install "github.com/ethereum/go-ethereum/cmd/geth@$GETH_VERSION" >&2
    g="$(go env GOPATH)/bin/geth"
  fi
  local v
  v="$("$g" version 2>/dev/null | sed -n 's/^Version: //p')"
  case "$v" in "${GETH_VERSION#v}"*) ;; *) note "warning: $g is geth $v, not $GETH_VERSION" ;; esac
  echo "$g"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 30000))
    if port_free "$p"; then echo "$p"; return 0; fi
  done
  note "no free port"; return 1
}

rpc_ok() {
  curl -s -m 1 -H 'content-type: application/json' \
    -d '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}' "$1" 2>/dev/null | grep -q result
}

osaka_genesis() { # $1 = dev genesis in, $2 = genesis out
  python3 - "$1" "$2" <<'PY'
import json, sys
g = json.load(open(sys.argv[1]))
for k in ("bogotaTime", "amsterdamTime", "ubtTime"):
    g["config"].pop(k, None)
g["gasLimit"] = hex(60_000_000)
# geth --dev with an empty keystore uses this fixed developer key
g["alloc"]["71562b71999873DB5b286dF957af199Ec94617F7"] = {"balance": hex(10**30)}
json.dump(g, open(sys.argv[2], "w"))
PY
}

start() {
  local profile="${1:-dev}"
  if [ -f "$DIR/geth.pid" ] && kill -0 "$(cat "$DIR/geth.pid")" 2>/dev/null; then
    note "already running (pid $(cat "$DIR/geth.pid")); stop it first"; exit 1
  fi
  local geth; geth="$(find_geth)"
  rm -rf "$DIR"; mkdir -p "$DIR"
  if [ "$profile" = osaka ]; then
    "$geth" --dev --dev.gaslimit 60000000 dumpgenesis 2>/dev/null > "$DIR/dev-genesis.json"
    osaka_genesis "$DIR/dev-genesis.json" "$DIR/genesis.json"
    "$geth" --datadir "$DIR/chain" init "$DIR/genesis.json" > "$DIR/init.log" 2>&1 \
      || { note "geth init failed:"; cat "$DIR/init.log" >&2; exit 1; }
  elif [ "$profile" != dev ]; then
    note "unknown profile $profile (dev|osaka)"; exit 2
  fi
  local hp wp
  hp="$(free_port)"; wp="$(free_port)"
  while [ "$wp" = "$hp" ]; do wp="$(free_port)"; done
  "$geth" --dev --datadir "$DIR/chain" --dev.gaslimit 60000000 \
    --http --http.addr 127.0.0.1 --http.port "$hp" --http.api eth,net,web3 \
    --ws --ws.addr 127.0.0.1 --ws.port "$wp" --ws.api eth,net,web3 \
    --ipcdisable --port 0 --authrpc.port 0 --nodiscover --maxpeers 0 --verbosity 2 \
    > "$DIR/geth.log" 2>&1 &
  local pid=$!
  echo "$pid" > "$DIR/geth.pid"
  echo "$profile" > "$DIR/profile"
  for _ in $(seq 1 150); do
    if rpc_ok "http://127.0.0.1:$hp"; then
      echo "ws://127.0.0.1:$wp" > "$DIR/ws.url"
      echo "http://127.0.0.1:$hp" > "$DIR/http.url"
      note "geth pid $pid, profile $profile, ws://127.0.0.1:$wp, http://127.0.0.1:$hp (log $DIR/geth.log)"
      print_env
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then note "geth exited:"; cat "$DIR/geth.log" >&2; exit 1; fi
    sleep 0.2
  done
  note "geth did not answer"; stop; exit 1
}

print_env() {
  echo "export POCOGRID_GETH_WS=$(cat "$DIR/ws.url") POCOGRID_GETH_HTTP=$(cat "$DIR/http.url") POCOGRID_GETH_PROFILE=$(cat "$DIR/profile")"
}

stop() {
  [ -f "$DIR/geth.pid" ] || { note "not running"; return 0; }
  local pid; pid="$(cat "$DIR/geth.pid")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$DIR/geth.pid"
  [ "${KEEP_DATADIR:-0}" = 1 ] || rm -rf "$DIR/chain"
  note "geth stopped"
}

case "${1:-}" in
  start) start "${2:-dev}" ;;
  stop) stop ;;
  env) print_env ;;
  test)
    trap stop EXIT
    eval "$(start "${2:-dev}")"
    export POCOGRID_GETH_WS POCOGRID_GETH_HTTP POCOGRID_GETH_PROFILE
    cd "$ROOT"
    go test ./chain/ -run 'TestGeth' -count=1 -v
    ;;
  run)
    shift
    [ $# -gt 0 ] || { echo "usage: $0 run CMD ARGS..." >&2; exit 2; }
    trap stop EXIT
    eval "$(start "${POCOGRID_GETH_PROFILE:-dev}")"
    export POCOGRID_GETH_WS POCOGRID_GETH_HTTP POCOGRID_GETH_PROFILE
    "$@"
    ;;
  *) echo "usage: $0 start [dev|osaka] | stop | env | test [dev|osaka] | run CMD..." >&2; exit 2 ;;
esac
