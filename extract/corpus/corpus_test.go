package corpus

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/extract"
)

// TestDeterministic checks that a seed gives the same corpus every time
// and another seed another one.
func TestDeterministic(t *testing.T) {
	o := Options{Seed: 7, Articles: 20}
	var a, b bytes.Buffer
	if _, err := WriteJSONL(&a, o); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteJSONL(&b, o); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a.String(), b.String()); diff != "" {
		t.Errorf("same seed, other corpus (-first +second):\n%s", diff)
	}
	if got := Article(o, 5); got != Article(o, 5) {
		t.Errorf("Article(5) differs between calls")
	}
	o2 := o
	o2.Seed = 8
	if Article(o, 3).Text == Article(o2, 3).Text {
		t.Errorf("seeds 7 and 8 give the same article 3")
	}
	if n := strings.Count(a.String(), "\n"); n != 20 {
		t.Errorf("WriteJSONL wrote %d lines, want 20", n)
	}
}

// TestExtractable checks that the generated articles are what the
// extractor reads: most articles give triples, over many actors.
func TestExtractable(t *testing.T) {
	x, err := extract.DefaultExtractor()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	withTriples, triples := 0, 0
	actors := make(map[string]bool)
	const n = 100
	for a := range Articles(Options{Seed: 1, Articles: n}) {
		if a.ID == "" || a.Date == "" || a.Text == "" {
			t.Fatalf("article lacks id, date or text: %+v", a)
		}
		ts, err := x.Extract(ctx, a)
		if err != nil {
			t.Fatalf("Extract(%s): %v", a.ID, err)
		}
		if len(ts) > 0 {
			withTriples++
		}
		triples += len(ts)
		for _, tr := range ts {
			actors[tr.Subject.ID] = true
			actors[tr.Object.ID] = true
		}
	}
	if withTriples < n*9/10 {
		t.Errorf("%d of %d articles give triples, want at least 90%%", withTriples, n)
	}
	if len(actors) < 40 {
		t.Errorf("%d distinct actors in %d articles, want at least 40", len(actors), n)
	}
	t.Logf("%d articles: %d triples, %d actors", n, triples, len(actors))
}
