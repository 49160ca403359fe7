package graph

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/corpus"
)

// loadBatch is the number of articles per AddArticles call in the
// benchmarks, the default of diplograph load --batch.
const loadBatch = 200

// BenchmarkLoad streams a generated corpus of short wire articles through
// the extractor into a fresh store, loadBatch articles a transaction, and
// reports the store's write rate (articles/s and quads/s, time spent in
// AddArticles only), the peak heap while loading (and its growth over the
// heap before the load, which holds the extractor's lexicon), and for Bolt the ratio
// to Cayley's raw insert rate for the same quads (graph.NewQuadWriter,
// batches of 10,000, into a fresh Bolt file with Cayley's default bloom
// filters), measured in the same run. Bolt is measured as opened (bloom
// filters off) and with the filters on ("bolt+bloom"), and LevelDB as
// opened.
// Two corpus sizes (for Bolt) show whether memory stays flat as the corpus grows.
// With DIPLOGRAPH_TEST_POSTGRES set, PostgreSQL is measured too.
func BenchmarkLoad(b *testing.B) {
	x, err := extract.DefaultExtractor()
	if err != nil {
		b.Fatal(err)
	}
	type target struct {
		name, backend string
		addr          func(b *testing.B) string
		// bloom turns Cayley's bloom filters on (off by default: see kvOptions).
		bloom bool
	}
	boltFile := func(b *testing.B) string { return filepath.Join(b.TempDir(), "load.db") }
	targets := []target{
		{name: BackendBolt, backend: BackendBolt, addr: boltFile},
		{name: "bolt+bloom", backend: BackendBolt, addr: boltFile, bloom: true},
		{name: BackendLevelDB, backend: BackendLevelDB, addr: func(b *testing.B) string { return b.TempDir() }},
	}
	if os.Getenv(postgresEnv) != "" {
		targets = append(targets, target{name: BackendPostgres, backend: BackendPostgres, addr: benchPostgresDB})
	}
	for _, tg := range targets {
		sizes := []int{1000, 3000}
		if tg.name != BackendBolt {
			sizes = sizes[1:] // the two sizes show Bolt's memory stays flat
		}
		for _, n := range sizes {
			b.Run(fmt.Sprintf("%s/articles=%d", tg.name, n), func(b *testing.B) {
				defer func(old bool) { kvBloom = old }(kvBloom)
				kvBloom = tg.bloom
				var write, raw time.Duration
				var quads, stored int
				var peak uint64
				var ms runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&ms)
				base := ms.HeapInuse // the extractor's lexicon, mostly
				for i := 0; i < b.N; i++ {
					ctx := context.Background()
					s, err := Open(ctx, tg.backend, tg.addr(b))
					if err != nil {
						b.Fatal(err)
					}
					w, st, pk := loadCorpus(b, ctx, s, x, corpus.Options{Seed: uint64(i + 1), Articles: n})
					write += w
					stored += st
					peak = max(peak, pk)
					stats, err := s.Stats(ctx)
					if err != nil {
						b.Fatal(err)
					}
					quads += stats.Quads
					if tg.backend == BackendBolt {
						raw += rawBoltWrite(b, ctx, s)
					}
					if err := s.Close(); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(stored)/write.Seconds(), "articles/s")
				b.ReportMetric(float64(quads)/write.Seconds(), "quads/s")
				b.ReportMetric(float64(quads)/float64(stored), "quads/article")
				b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
				b.ReportMetric(float64(peak-min(peak, base))/(1<<20), "heap-growth-MB")
				if raw > 0 {
					b.ReportMetric(float64(quads)/raw.Seconds(), "raw-quads/s")
					b.ReportMetric(raw.Seconds()/write.Seconds(), "ratio-to-raw")
				}
			})
		}
	}
}

// benchPostgresDB creates a fresh database on the server
// DIPLOGRAPH_TEST_POSTGRES names, dropped when b ends, and returns its URL.
func benchPostgresDB(b *testing.B) string {
	base := os.Getenv(postgresEnv)
	admin, err := sql.Open("postgres", base)
	if err != nil {
		b.Fatalf("connect to %s: %v", postgresEnv, err)
	}
	b.Cleanup(func() { admin.Close() })
	var rnd [6]byte
	rand.Read(rnd[:])
	name := "diplograph_bench_" + hex.EncodeToString(rnd[:])
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		b.Fatalf("create benchmark database: %v", err)
	}
	b.Cleanup(func() { admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)") })
	u, err := url.Parse(base)
	if err != nil {
		b.Fatalf("parse %s: %v", postgresEnv, err)
	}
	u.Path = "/" + name
	return u.String()
}

// loadCorpus streams the corpus o through x into s in batches and returns
// the time spent writing, the articles stored and the peak heap in use
// (sampled after every batch).
func loadCorpus(b *testing.B, ctx context.Context, s *Store, x *extract.Extractor, o corpus.Options) (time.Duration, int, uint64) {
	b.Helper()
	var write time.Duration
	var stored int
	var peak uint64
	batch := make([]ArticleTriples, 0, loadBatch)
	var ms runtime.MemStats
	flush := func() {
		start := time.Now()
		added, err := s.AddArticles(ctx, batch)
		write += time.Since(start)
		if err != nil {
			b.Fatal(err)
		}
		stored += countTrue(added)
		batch = batch[:0]
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapInuse)
	}
	for a := range corpus.Articles(o) {
		ts, err := x.Extract(ctx, a)
		if err != nil {
			b.Fatal(err)
		}
		batch = append(batch, ArticleTriples{Article: a, Triples: ts})
		if len(batch) == loadBatch {
			flush()
		}
	}
	if len(batch) > 0 {
		flush()
	}
	if stored != o.Articles {
		b.Fatalf("stored %d articles of %d", stored, o.Articles)
	}
	return write, stored, peak
}

// rawBoltWrite writes every quad of s into a fresh Bolt store with
// Cayley's QuadWriter, 10,000 quads a call, and returns the time it took.
// The Bolt store is opened with Cayley's defaults (bloom filters on), so
// that the ratio compares with Cayley as it comes.
func rawBoltWrite(b *testing.B, ctx context.Context, s *Store) time.Duration {
	b.Helper()
	var qs []quad.Quad
	if err := s.eachQuad(ctx, s.qs.QuadsAllIterator(), func(q quad.Quad) { qs = append(qs, q) }); err != nil {
		b.Fatal(err)
	}
	defer func(old bool) { kvBloom = old }(kvBloom)
	kvBloom = true
	dst, err := Open(ctx, BackendBolt, filepath.Join(b.TempDir(), "raw.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer dst.Close()
	w, err := cgraph.NewQuadWriter("single", dst.QuadStore(), cgraph.Options{"ignore_duplicate": true})
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	for i := 0; i < len(qs); i += 10000 {
		if err := w.AddQuadSet(qs[i:min(i+10000, len(qs))]); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	return time.Since(start)
}
