//go:build badger

package graph

// Badger is measured here, behind the build tag badger, and nowhere else:
// the Badger v1.5 that Cayley v0.7.7 uses aborts under the race detector
// (see backends.go), so go test -race ./... must never build it. Run:
//
//	go test -tags badger -run '^$' -bench BenchmarkLoadKV ./graph

import (
	"context"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	cbadger "github.com/cayleygraph/cayley/graph/kv/badger"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/corpus"
)

// BenchmarkLoadKV writes the same 3,000 generated articles (extracted
// before the clock starts), loadBatch articles a transaction, into fresh
// Bolt, LevelDB and Badger stores, all three without Cayley's bloom
// filters as Open makes Bolt and LevelDB, and reports articles/s and
// quads/s of wall time and articles per CPU-second (the process's user
// and system time while writing; steadier than wall time on a shared
// machine).
func BenchmarkLoadKV(b *testing.B) {
	ctx := context.Background()
	x, err := extract.DefaultExtractor()
	if err != nil {
		b.Fatal(err)
	}
	const n = 3000
	var all []ArticleTriples
	for a := range corpus.Articles(corpus.Options{Seed: 1, Articles: n}) {
		ts, err := x.Extract(ctx, a)
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, ArticleTriples{a, ts})
	}
	open := map[string]func(b *testing.B) *Store{
		BackendBolt: func(b *testing.B) *Store {
			return mustOpen(b, BackendBolt, filepath.Join(b.TempDir(), "bench.db"))
		},
		BackendLevelDB: func(b *testing.B) *Store {
			return mustOpen(b, BackendLevelDB, b.TempDir())
		},
		"badger": func(b *testing.B) *Store {
			dir := b.TempDir()
			db, err := cbadger.Create(dir, nil)
			if err != nil {
				b.Fatal(err)
			}
			qs, err := openKV("badger", dir, db)
			if err != nil {
				b.Fatal(err)
			}
			return &Store{qs: qs, backend: "badger", actors: make(map[string]*stored)}
		},
	}
	for _, name := range []string{BackendBolt, BackendLevelDB, "badger"} {
		b.Run(name, func(b *testing.B) {
			var wall, cpu time.Duration
			var quads int
			for i := 0; i < b.N; i++ {
				s := open[name](b)
				c0, w0 := cpuTime(), time.Now()
				for j := 0; j < len(all); j += loadBatch {
					if _, err := s.AddArticles(ctx, all[j:min(j+loadBatch, len(all))]); err != nil {
						b.Fatal(err)
					}
				}
				wall += time.Since(w0)
				cpu += cpuTime() - c0
				st, err := s.Stats(ctx)
				if err != nil {
					b.Fatal(err)
				}
				if st.Articles != n {
					b.Fatalf("%s stored %d articles of %d", name, st.Articles, n)
				}
				quads += st.Quads
				if err := s.Close(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n*b.N)/wall.Seconds(), "articles/s")
			b.ReportMetric(float64(quads)/wall.Seconds(), "quads/s")
			b.ReportMetric(float64(n*b.N)/cpu.Seconds(), "articles/cpu-s")
		})
	}
}

func mustOpen(b *testing.B, backend, addr string) *Store {
	s, err := Open(context.Background(), backend, addr)
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// cpuTime gives the user and system time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
