package extract

import (
	"context"
	"path/filepath"
	"testing"
)

// BenchmarkExtract measures extraction throughput over the bundled
// articles (wire copy and web pages), in bytes of article text a second.
func BenchmarkExtract(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*"))
	if err != nil {
		b.Fatal(err)
	}
	var arts []Article
	for _, f := range files {
		if filepath.Base(f) == "README.md" {
			continue
		}
		a, err := ReadFile(context.Background(), f)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a...)
	}
	var n int64
	for _, a := range arts {
		n += int64(len(a.Text) + len(a.Title))
	}
	x := testExtractor(b)
	ctx := context.Background()
	b.SetBytes(n)
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			if _, err := x.Extract(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
	}
}
