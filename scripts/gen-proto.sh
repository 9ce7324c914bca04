#!/usr/bin/env bash
# Regenerates messages/*.pb.go with pinned tools. --check: fail on drift.
set -euo pipefail
cd "$(dirname "$0")/.."
PROTOC_WANT="libprotoc 3.21.12"          # Debian bookworm's protobuf-compiler
PROTOC_GEN_GO=google.golang.org/protobuf/cmd/protoc-gen-go@v1.36.12

if ! command -v protoc >/dev/null; then
  echo "protoc missing: apt-get install -y protobuf-compiler" >&2; exit 1
fi
got=$(protoc --version)
if [ "$got" != "$PROTOC_WANT" ]; then
  echo "protoc is '$got', want '$PROTOC_WANT'" >&2; exit 1
fi
bin=$(mktemp -d); trap 'rm -rf "$bin" "${out:-}"' EXIT
GOBIN="$bin" go install "$PROTOC_GEN_GO"

out=$(mktemp -d)
PATH="$bin:$PATH" protoc -I messages --go_out="$out" --go_opt=paths=source_relative messages/*.proto
if [ "${1:-}" = "--check" ]; then
  status=0
  for f in "$out"/*.pb.go; do
    if ! cmp -s "$f" "messages/$(basename "$f")"; then echo "drift: messages/$(basename "$f")" >&2; status=1; fi
  done
  for f in messages/*.pb.go; do
    [ -e "$out/$(basename "$f")" ] || { echo "stale: $f" >&2; status=1; }
  done
  [ $status = 0 ] && echo "messages: generated code is up to date"
  exit $status
fi
rm -f messages/*.pb.go
cp "$out"/*.pb.go messages/
echo "messages: regenerated $(ls messages/*.pb.go | wc -l) files"
