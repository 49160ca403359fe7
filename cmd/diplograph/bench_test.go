package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/corpus"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/queries"
)

// BenchmarkLoadCorpus runs load as the CLI does (parallel extraction,
// batches of 200, Bolt) over a generated corpus of short wire articles in
// JSONL files of 100, and reports articles/s, MB/s of input, quads/s, and
// the peak heap in use while loading (sampled every 20 ms) for two corpus
// sizes, to show that memory stays flat as the corpus grows. The target
// is at least 200 articles/s for 3,000 articles on two cores.
func BenchmarkLoadCorpus(b *testing.B) {
	for _, n := range []int{1000, 3000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			paths, err := corpus.WriteDir(filepath.Join(dir, "in"), corpus.Options{Seed: 1, Articles: n}, 100)
			if err != nil {
				b.Fatal(err)
			}
			var size int64
			for _, p := range paths {
				size += fileSize(p)
			}
			ex, err := extract.DefaultExtractor()
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			var quads int
			var peak uint64
			b.SetBytes(size)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				db := filepath.Join(b.TempDir(), "bench.db")
				store, err := graph.Open(ctx, graph.BackendBolt, db)
				if err != nil {
					b.Fatal(err)
				}
				o := &loadOptions{
					globalOptions: &globalOptions{DB: db, Out: io.Discard, Err: io.Discard},
					Paths:         []string{filepath.Join(dir, "in")},
					Workers:       runtime.GOMAXPROCS(0), Batch: 200, BatchWait: 2 * time.Second,
				}
				stop := sampleHeap(&peak)
				b.StartTimer()
				sum, err := loadInto(ctx, store, ex, o)
				b.StopTimer()
				stop()
				if err != nil {
					b.Fatal(err)
				}
				if sum.Stored+sum.Copies != n {
					b.Fatalf("stored %d articles and %d copies of %d", sum.Stored, sum.Copies, n)
				}
				st, err := store.Stats(ctx)
				if err != nil {
					b.Fatal(err)
				}
				quads += st.Quads
				store.Close()
				b.StartTimer()
			}
			sec := b.Elapsed().Seconds()
			b.ReportMetric(float64(n*b.N)/sec, "articles/s")
			b.ReportMetric(float64(quads)/sec, "quads/s")
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			if hwm := vmHWM(); hwm > 0 {
				b.ReportMetric(float64(hwm)/(1<<20), "VmHWM-MB")
			}
		})
	}
}

// sampleHeap records the largest HeapInuse seen into *peak until the
// returned function is called.
func sampleHeap(peak *uint64) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			*peak = max(*peak, ms.HeapInuse)
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// vmHWM gives the process's peak resident set size from /proc/self/status
// (0 where there is none).
func vmHWM() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				kb, _ := strconv.ParseInt(f[0], 10, 64)
				return kb << 10
			}
		}
	}
	return 0
}

// loadedStore loads a generated corpus of n articles into a fresh Bolt
// store for the analysis benchmarks.
func loadedStore(b *testing.B, n int) *graph.Store {
	b.Helper()
	ctx := context.Background()
	dir := b.TempDir()
	if _, err := corpus.WriteDir(filepath.Join(dir, "in"), corpus.Options{Seed: 2, Articles: n}, 100); err != nil {
		b.Fatal(err)
	}
	ex, err := extract.DefaultExtractor()
	if err != nil {
		b.Fatal(err)
	}
	db := filepath.Join(dir, "bench.db")
	store, err := graph.Open(ctx, graph.BackendBolt, db)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	o := &loadOptions{
		globalOptions: &globalOptions{DB: db, Out: io.Discard, Err: io.Discard},
		Paths:         []string{filepath.Join(dir, "in")},
		Workers:       runtime.GOMAXPROCS(0), Batch: 200, BatchWait: time.Second,
	}
	if _, err := loadInto(ctx, store, ex, o); err != nil {
		b.Fatal(err)
	}
	return store
}

// BenchmarkAnalyseLoaded measures, on 3,000 loaded articles, reading the
// triples and building the actor network, PageRank and betweenness on it,
// and a two-hop Gizmo query, each with the peak heap in use while it ran.
func BenchmarkAnalyseLoaded(b *testing.B) {
	store := loadedStore(b, 3000)
	ctx := context.Background()
	b.Run("network", func(b *testing.B) {
		defer reportPeakHeap(b)()
		for b.Loop() {
			ts, err := store.Triples(ctx, graph.Filter{})
			if err != nil {
				b.Fatal(err)
			}
			graph.NewNetwork(ts)
		}
	})
	ts, err := store.Triples(ctx, graph.Filter{})
	if err != nil {
		b.Fatal(err)
	}
	nw := graph.NewNetwork(ts)
	b.Logf("%d triples, %d actors, %d edges", len(ts), nw.Len(), len(nw.Edges()))
	for _, m := range []string{"pagerank", "betweenness"} {
		b.Run("centrality="+m, func(b *testing.B) {
			defer reportPeakHeap(b)()
			for b.Loop() {
				if _, err := nw.Centrality(ctx, []string{m}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("gizmo-2-hop", func(b *testing.B) {
		defer reportPeakHeap(b)()
		const q = `g.V("<russia>").Out().Out().Unique().All()`
		var n int
		for b.Loop() {
			res, err := queries.Run(ctx, store.QuadStore(), q, queries.Options{})
			if err != nil {
				b.Fatal(err)
			}
			n = len(res)
		}
		b.ReportMetric(float64(n), "results")
	})
}

// reportPeakHeap samples the heap in use until the returned function is
// called, which reports the largest value seen as peak-heap-MB.
func reportPeakHeap(b *testing.B) func() {
	runtime.GC()
	var peak uint64
	stop := sampleHeap(&peak)
	return func() {
		stop()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		b.ReportMetric(float64(max(peak, ms.HeapInuse))/(1<<20), "peak-heap-MB")
	}
}
