#!/usr/bin/env bash
# Rebuilds apps/wasm/*.wasm from apps/src with pinned tools, byte for byte.
# --check: rebuild into a temp dir and fail, naming the files, on drift.
#
#   apps/src/<name>/main.go -> Go (GOOS=wasip1 GOARCH=wasm), with the toolchain
#                              go.mod names (its toolchain line, else its go
#                              line), fetched through the module proxy if needed
#   apps/src/<name>.wat     -> wat2wasm from Debian's wabt
set -euo pipefail
cd "$(dirname "$0")/.."
WABT_WANT="1.0.32"                  # Debian bookworm's wabt

toolchain=$(awk '$1 == "toolchain" { print $2; exit }' go.mod)
if [ -z "$toolchain" ]; then
  v=$(awk '$1 == "go" { print $2; exit }' go.mod)
  case "$v" in *.*.*) ;; *) v="$v.0" ;; esac   # "1.26" names release go1.26.0
  toolchain="go$v"
fi

if ! command -v wat2wasm >/dev/null; then
  echo "wat2wasm missing: installing Debian's wabt" >&2
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wabt
fi
got=$(wat2wasm --version)
if [ "$got" != "$WABT_WANT" ]; then
  echo "wat2wasm is '$got', want '$WABT_WANT'" >&2; exit 1
fi

out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
# Everything that shapes the Go build is set here, not inherited.
unset GOEXPERIMENT GOWASM GOAMD64 GOROOT
export GOTOOLCHAIN="$toolchain" GOOS=wasip1 GOARCH=wasm CGO_ENABLED=0 GOFLAGS=-buildvcs=false
for dir in apps/src/*/; do
  name=$(basename "$dir")
  go build -trimpath -ldflags="-s -w" -o "$out/$name.wasm" "./apps/src/$name"
done
for wat in apps/src/*.wat; do
  wat2wasm "$wat" -o "$out/$(basename "$wat" .wat).wasm"
done

if [ "${1:-}" = "--check" ]; then
  status=0
  for f in "$out"/*.wasm; do
    want="apps/wasm/$(basename "$f")"
    if [ ! -e "$want" ]; then echo "missing: $want" >&2; status=1
    elif ! cmp -s "$f" "$want"; then echo "drift: $want" >&2; status=1; fi
  done
  for f in apps/wasm/*.wasm; do
    [ -e "$out/$(basename "$f")" ] || { echo "stale: $f" >&2; status=1; }
  done
  [ $status = 0 ] && echo "apps: wasm modules are up to date ($toolchain, wabt $got)"
  exit $status
fi
mkdir -p apps/wasm
rm -f apps/wasm/*.wasm
cp "$out"/*.wasm apps/wasm/
chmod 644 apps/wasm/*.wasm
echo "apps: rebuilt $(ls apps/wasm/*.wasm | wc -l) modules ($toolchain, wabt $got)"
