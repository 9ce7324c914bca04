# pocogrid — build, test, generate.
#   make demo      run the demo on embedded defaults
#   make test      everything CI runs: format, vet, generated-code drift,
#                  all Go tests (with a throw-away geth --dev on 127.0.0.1)
#   make generate  regenerate protobufs, apps and contracts
SHELL := /bin/bash
GO ?= go

.PHONY: all build demo test check fmt vet drift test-go generate bench

all: build

build:
	$(GO) build -o bin/pocogrid ./cmd/pocogrid

demo:
	$(GO) run ./cmd/pocogrid demo

test: check test-go

check: fmt vet drift

fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...
	CGO_ENABLED=0 $(GO) build ./gpu/... ./cmd/pocogrid

drift:
	scripts/gen-proto.sh --check
	scripts/gen-apps.sh --check
	scripts/gen-contracts.sh --check

test-go:
	scripts/test.sh

generate:
	scripts/gen-proto.sh
	scripts/gen-apps.sh
	scripts/gen-contracts.sh

bench:
	$(GO) run ./cmd/pocogrid bench core
