package graph

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/corpus"
)

// TestLoadCorpusPostgres loads a generated corpus in batches into Bolt
// and into PostgreSQL and checks that PostgreSQL behaves as Bolt does at
// the scale of a real load: every article stored whole, a second load of
// the same batches storing nothing and adding no quad, and the same
// triples, actors and counts read back.
func TestLoadCorpusPostgres(t *testing.T) {
	pg := postgresDB(t)
	ctx := context.Background()
	x, err := extract.DefaultExtractor()
	if err != nil {
		t.Fatal(err)
	}
	const n, per = 200, 50
	var batches [][]ArticleTriples
	for a := range corpus.Articles(corpus.Options{Seed: 11, Articles: n}) {
		ts, err := x.Extract(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		if len(batches) == 0 || len(batches[len(batches)-1]) == per {
			batches = append(batches, nil)
		}
		batches[len(batches)-1] = append(batches[len(batches)-1], ArticleTriples{Article: a, Triples: ts})
	}
	load := func(s *Store) int {
		stored := 0
		for _, b := range batches {
			added, err := s.AddArticles(ctx, b)
			if err != nil {
				t.Fatalf("AddArticles: %v", err)
			}
			stored += countTrue(added)
		}
		return stored
	}
	type result struct {
		Stats   Stats
		Triples []extract.Triple
		Actors  []extract.Actor
	}
	read := func(s *Store) result {
		var r result
		var err error
		if r.Stats, err = s.Stats(ctx); err != nil {
			t.Fatal(err)
		}
		if r.Triples, err = s.Triples(ctx, Filter{}); err != nil {
			t.Fatal(err)
		}
		if r.Actors, err = s.Actors(ctx); err != nil {
			t.Fatal(err)
		}
		return r
	}

	bolt := openTest(t, BackendBolt, filepath.Join(t.TempDir(), "bolt.db"))
	if got := load(bolt); got != n {
		t.Fatalf("Bolt stored %d articles, want %d", got, n)
	}
	want := read(bolt)

	s := openTest(t, BackendPostgres, pg)
	if got := load(s); got != n {
		t.Fatalf("PostgreSQL stored %d articles, want %d", got, n)
	}
	got := read(s)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("PostgreSQL differs from Bolt (-bolt +postgres):\n%s", diff)
	}
	if again := load(s); again != 0 {
		t.Errorf("a second load into PostgreSQL stored %d articles, want 0", again)
	}
	if diff := cmp.Diff(got.Stats, read(s).Stats); diff != "" {
		t.Errorf("a second load into PostgreSQL changed the store (-first +second):\n%s", diff)
	}
}
