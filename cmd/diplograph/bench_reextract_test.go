package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/corpus"
	"github.com/diplograph/diplograph/graph"
)

// BenchmarkReextract compares, on generated corpora of short wire articles
// in Bolt (250 articles, and with DIPLOGRAPH_BENCH_BIG=1 also 500, 1,000
// and 3,000, to show how the rates scale), reextract --all (every stored text coded again and
// its triples replaced) with a fresh load of the same corpus as the CLI
// does it (parallel extraction, batches of 200), both with GOMAXPROCS
// workers, and reports both rates in articles/s and their ratio: the
// target is a re-extraction at 80% of a fresh load's speed or better.
func BenchmarkReextract(b *testing.B) {
	sizes := []int{250}
	if os.Getenv(bigEnv) != "" {
		// Both rates should hold as the store grows: a few minutes in all.
		sizes = append(sizes, 500, 1000, 3000)
	}
	for _, n := range sizes {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) { benchReextract(b, n) })
	}
}

// benchReextract loads n generated articles and re-extracts them, b.N
// times, and reports the two rates.
func benchReextract(b *testing.B, n int) {
	dir := b.TempDir()
	in := filepath.Join(dir, "in")
	if _, err := corpus.WriteDir(in, corpus.Options{Seed: 5, Articles: n}, 100); err != nil {
		b.Fatal(err)
	}
	ex, err := extract.DefaultExtractor()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var load, reextract time.Duration
	for i := 0; i < b.N; i++ {
		db := filepath.Join(b.TempDir(), "bench.db")
		store, err := graph.Open(ctx, graph.BackendBolt, db)
		if err != nil {
			b.Fatal(err)
		}
		o := &loadOptions{
			globalOptions: &globalOptions{DB: db, Out: io.Discard, Err: io.Discard},
			Paths:         []string{in},
			Workers:       runtime.GOMAXPROCS(0), Batch: 200, BatchWait: 2 * time.Second,
		}
		start := time.Now()
		sum, err := loadInto(ctx, store, ex, o)
		load += time.Since(start)
		if err != nil {
			b.Fatal(err)
		}
		if sum.Stored != n {
			b.Fatalf("stored %d articles of %d", sum.Stored, n)
		}
		start = time.Now()
		rep, err := store.Reextract(ctx, ex.Extract, graph.ReextractOptions{
			Version: "bench", All: true, Workers: runtime.GOMAXPROCS(0),
		})
		reextract += time.Since(start)
		if err != nil {
			b.Fatal(err)
		}
		if rep.Coded != n {
			b.Fatalf("re-coded %d articles of %d", rep.Coded, n)
		}
		if err := store.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/load.Seconds(), "load-articles/s")
	b.ReportMetric(float64(n*b.N)/reextract.Seconds(), "reextract-articles/s")
	b.ReportMetric(load.Seconds()/reextract.Seconds(), "reextract/load")
}
