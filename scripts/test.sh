#!/usr/bin/env bash
# Runs every Go test. Starts a throw-away geth --dev on 127.0.0.1 for the
# chain integration tests (built with go install if missing) and stops it,
# whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
export POCOGRID_GETH_DIR="${POCOGRID_GETH_DIR:-$(mktemp -d /tmp/pocogrid-geth.XXXXXX)}"
cleanup() { scripts/geth-dev.sh stop >/dev/null 2>&1 || true; }
trap cleanup EXIT
eval "$(scripts/geth-dev.sh start dev)"
echo "geth --dev at $POCOGRID_GETH_WS"
go test -count=1 -timeout 20m ./... 2>&1 | tee /tmp/pocogrid-test.log
status=${PIPESTATUS[0]}
passed=$(grep -c '^ok ' /tmp/pocogrid-test.log || true)
failed=$(grep -c '^FAIL' /tmp/pocogrid-test.log || true)
echo "packages: $passed passed, $failed failed"
exit "$status"
