# ClaimGraph: two commands do all set-up on a fresh Debian 12 machine with Swift.
#   make demo   install missing system packages, build, ingest Examples/articles, show the graph
#   make test   install missing system packages, build and run the tests, then fuzz briefly
#   make fuzz FUZZ_SECONDS=600   the long fuzzing run
#   make diagrams  redraw Examples/diagrams (SVG and PNG) from Examples/articles

SHELL := /bin/bash
APT_PACKAGES := pkg-config libxml2-dev libsqlite3-dev libgraphviz-dev libopencc-dev libedit-dev libmimalloc-dev fonts-noto-cjk
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_DB ?= .build/demo.sqlite
BIN := .build/debug/claimgraph

.PHONY: deps build demo test fuzz bench diagrams clean

deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	swift build

demo: build
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN) ingest --db $(DEMO_DB) Examples/articles
	$(BIN) stats --db $(DEMO_DB)
	@echo; echo "Who reported Alexander Gabuev's claim, in which wording (claimgraph audit):"
	$(BIN) audit --db $(DEMO_DB) 中國還沒有做好甩掉俄羅斯的準備

FUZZ_SECONDS ?= 30

test: deps
	swift build --build-tests
	swift test --skip-build
	Tests/Fuzz/run.sh $(FUZZ_SECONDS)

fuzz: deps
	Tests/Fuzz/run.sh $(FUZZ_SECONDS)

bench: deps
	Benchmarks/run.sh

diagrams: deps
	Examples/diagrams/render.sh

clean:
	rm -rf .build
