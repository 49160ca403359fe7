# diplograph: make demo runs the main job on the bundled articles,
# make test runs the checks CI runs.
GO      ?= go
BIN     := bin/diplograph
DB      ?= ./diplograph.db
PKGS    := ./...
FUZZTIME ?= 3s

.PHONY: all build demo test check-fmt vet tidy-check unit fuzz-brief fuzz bench bench-badger eval clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/diplograph

## demo: load the bundled articles into the embedded Bolt store, rank the
## actors by PageRank and draw the network (graph.dot, and graph.svg when
## Graphviz's dot is installed).
demo: build
	$(BIN) --db $(DB) load testdata/articles
	$(BIN) --db $(DB) stats
	$(BIN) --db $(DB) centrality --measure pagerank,degree --top 10
	$(BIN) --db $(DB) export --format dot -o graph.dot
	@if command -v dot >/dev/null 2>&1; then \
		$(BIN) --db $(DB) export --format svg -o graph.svg && echo "wrote graph.dot and graph.svg"; \
	else \
		echo "wrote graph.dot (install Graphviz, Debian package graphviz, for graph.svg)"; \
	fi

## test: format check, go vet, go mod tidy check, the race-enabled tests and
## a brief run of each fuzz target.
test: check-fmt vet tidy-check unit fuzz-brief

check-fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "not gofmt-ed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet $(PKGS)

tidy-check:
	$(GO) mod tidy -diff

unit:
	$(GO) test -race -count=1 -timeout 20m $(PKGS)

# Each fuzz target runs for FUZZTIME; make fuzz runs them longer.
FUZZ_TARGETS := $(shell grep -rhoE '^func Fuzz[A-Za-z0-9_]+' --include='*_test.go' extract graph queries web cmd 2>/dev/null | sed 's/func //' | sort -u)
fuzz-brief:
	@for t in $(FUZZ_TARGETS); do \
		pkg=$$(grep -rlE "^func $$t\(" --include='*_test.go' . | head -1 | xargs dirname); \
		echo "fuzz $$t in $$pkg for $(FUZZTIME)"; \
		$(GO) test -run='^$$' -fuzz="^$$t$$" -fuzztime=$(FUZZTIME) $$pkg || exit 1; \
	done

fuzz:
	$(MAKE) fuzz-brief FUZZTIME=2m

## bench: the throughput and memory benchmarks, with their figures:
## extraction alone (articles/s, MB/s); loads of 1,000 and 3,000 generated
## articles into Bolt, LevelDB, and PostgreSQL when DIPLOGRAPH_TEST_POSTGRES
## is set (articles/s, MB/s, quads/s, peak heap, ratio to Cayley's raw
## writes); centrality and a two-hop Gizmo query on a loaded graph. The
## loads run once each, the rest for a second each. bench-badger compares
## Bolt, LevelDB and Badger (not race-safe: build tag badger).
LOAD_BENCH := ^Benchmark(Load|LoadCorpus|AnalyseLoaded|Reextract)$$
bench:
	$(GO) test -run='^$$' -bench=. -benchmem -timeout 20m ./extract/... ./queries/...
	$(GO) test -run='^$$' -bench='$(LOAD_BENCH)' -benchmem -benchtime=1x -timeout 40m ./graph/... ./cmd/...
	$(GO) test -run='^$$' -bench=. -skip='$(LOAD_BENCH)' -benchmem -timeout 20m ./graph/... ./cmd/...

bench-badger:
	$(GO) test -tags badger -run='^$$' -bench='^BenchmarkLoadKV$$' -benchtime=1x -timeout 20m ./graph/

## eval: the extraction measures on testdata/eval.
eval:
	$(GO) run ./cmd/dgeval testdata/eval

clean:
	rm -rf bin graph.dot graph.svg
