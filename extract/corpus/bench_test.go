package corpus

import (
	"context"
	"testing"

	"github.com/diplograph/diplograph/extract"
)

// BenchmarkExtractCorpus measures extraction alone, on one core, over
// generated short wire articles: MB/s of article text and articles/s.
func BenchmarkExtractCorpus(b *testing.B) {
	x, err := extract.DefaultExtractor()
	if err != nil {
		b.Fatal(err)
	}
	const n = 500
	var arts []extract.Article
	var size int64
	for a := range Articles(Options{Seed: 1, Articles: n}) {
		arts = append(arts, a)
		size += int64(len(a.Text))
	}
	ctx := context.Background()
	triples := 0
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		triples = 0
		for _, a := range arts {
			ts, err := x.Extract(ctx, a)
			if err != nil {
				b.Fatal(err)
			}
			triples += len(ts)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(triples)/n, "triples/article")
}
