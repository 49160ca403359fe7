package graph

import (
	"context"
	"errors"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/extract"
)

// TestAddArticles checks, on every backend, that a batch stores exactly
// what the same articles stored one by one with AddArticle store, skips
// articles already stored or repeated in the batch, completes an article
// whose earlier write was interrupted, and writes nothing of a batch with a
// bad article.
func TestAddArticles(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			if b.name == BackendPostgres {
				requirePostgres(t)
			}
			testAddArticles(t, b)
		})
	}
}

func testAddArticles(t *testing.T, b testBackend) {
	ctx := context.Background()
	a3, ts3 := benchArticle(3, 4)
	batch := []ArticleTriples{
		{Article: article1, Triples: article1Triples()},
		{Article: article2, Triples: article2Triples()},
		{Article: article1, Triples: article1Triples()}, // repeated in the batch
		{Article: a3, Triples: ts3},
	}

	// The reference: the same articles, one transaction each.
	one := openTest(t, b.name, b.addr(t))
	mustAdd(t, one, article1, article1Triples())
	mustAdd(t, one, article2, article2Triples())
	mustAdd(t, one, a3, ts3)
	want := dump(t, one)

	s := openTest(t, b.name, b.addr(t))
	added, err := s.AddArticles(ctx, batch)
	if err != nil {
		t.Fatalf("AddArticles: %v", err)
	}
	if diff := cmp.Diff([]bool{true, true, false, true}, added); diff != "" {
		t.Errorf("AddArticles added (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, dump(t, s)); diff != "" {
		t.Errorf("a batch stores other quads than AddArticle one by one (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(onlyArticle(t, one, article1.ID), onlyArticle(t, s, article1.ID)); diff != "" {
		t.Errorf("article1's triples after a batch (-want +got):\n%s", diff)
	}

	// A rerun stores nothing.
	added, err = s.AddArticles(ctx, batch)
	if err != nil {
		t.Fatalf("AddArticles again: %v", err)
	}
	if diff := cmp.Diff([]bool{false, false, false, false}, added); diff != "" {
		t.Errorf("AddArticles again added (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, dump(t, s)); diff != "" {
		t.Errorf("a rerun changed the store (-want +got):\n%s", diff)
	}
}

// onlyArticle gives the stored triples of one article.
func onlyArticle(t *testing.T, s *Store, id string) []extract.Triple {
	t.Helper()
	ts, err := s.Triples(context.Background(), Filter{})
	if err != nil {
		t.Fatalf("Triples: %v", err)
	}
	var out []extract.Triple
	for _, tr := range ts {
		if tr.Article == id {
			out = append(out, tr)
		}
	}
	return out
}

// TestAddArticlesAfterCrash stores the quads of an article without its
// completion marker (what a crash inside a non-atomic write would leave)
// and checks that a batch holding the article completes it: the store ends
// as if the crash had not happened.
func TestAddArticlesAfterCrash(t *testing.T) {
	ctx := context.Background()
	for _, b := range backends()[:2] { // memstore, bolt
		t.Run(b.name, func(t *testing.T) {
			clean := openTest(t, b.name, b.addr(t))
			mustAdd(t, clean, article1, article1Triples())
			mustAdd(t, clean, article2, article2Triples())

			s := openTest(t, b.name, b.addr(t))
			qs, err := articleQuads(article1, article1Triples(), nil)
			if err != nil {
				t.Fatal(err)
			}
			tx := cgraph.NewTransaction()
			for _, q := range qs[:len(qs)-1] { // all but the marker
				tx.AddQuad(q)
			}
			// and a quad of a version of the article that never finished
			tx.AddQuad(quad.Make(articleIRI(article1.ID), quad.IRI(predTitle), "Draft title", articleIRI(article1.ID)))
			if err := s.apply(tx); err != nil {
				t.Fatal(err)
			}
			if ok, err := s.HasArticle(ctx, article1.ID); err != nil || ok {
				t.Fatalf("HasArticle of a remnant = %v, %v; want false", ok, err)
			}
			added, err := s.AddArticles(ctx, []ArticleTriples{{Article: article1, Triples: article1Triples()}, {Article: article2, Triples: article2Triples()}})
			if err != nil {
				t.Fatalf("AddArticles: %v", err)
			}
			if diff := cmp.Diff([]bool{true, true}, added); diff != "" {
				t.Errorf("added (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(dump(t, clean), dump(t, s)); diff != "" {
				t.Errorf("store after completing a remnant (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAddArticlesErrors checks that a batch with a bad article fails whole,
// naming the article, and writes nothing.
func TestAddArticlesErrors(t *testing.T) {
	ctx := context.Background()
	bad := article2Triples()
	bad[0].Object.ID = ""
	tests := []struct {
		name  string
		batch []ArticleTriples
		want  error
	}{
		{"no id", []ArticleTriples{{Article: article1, Triples: article1Triples()}, {Article: extract.Article{Title: "x"}, Triples: nil}}, ErrNoID},
		{"incomplete triple", []ArticleTriples{{Article: article1, Triples: article1Triples()}, {Article: article2, Triples: bad}}, ErrIncompleteTriple},
		{"wrong article", []ArticleTriples{{Article: article2, Triples: article1Triples()}}, ErrWrongArticle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t, BackendMemstore, "")
			_, err := s.AddArticles(ctx, tt.batch)
			if !errors.Is(err, tt.want) {
				t.Fatalf("AddArticles error = %v, want %v", err, tt.want)
			}
			if st := stats(t, s); st.Quads != 0 {
				t.Errorf("a failed batch left %d quads", st.Quads)
			}
		})
	}
	s := openTest(t, BackendMemstore, "")
	canceled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.AddArticles(canceled, []ArticleTriples{{Article: article1, Triples: article1Triples()}}); !errors.Is(err, context.Canceled) {
		t.Errorf("AddArticles with a canceled context = %v, want context.Canceled", err)
	}
}

// TestPutArticlesIndexStory: a new article marked IndexStory is found by
// FindStory straight after PutArticles, with no IndexStories call, so a
// crash between two transactions cannot leave it unindexed; an article not
// marked gets no index.
func TestPutArticlesIndexStory(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, "memstore", "")
	out, err := s.PutArticles(ctx, []ArticleTriples{
		{Article: article1, Triples: article1Triples(), IndexStory: true},
		{Article: article2, Triples: article2Triples()},
	}, PutOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if out[0] != Added || out[1] != Added {
		t.Fatalf("outcomes %v, want both added", out)
	}
	for _, c := range []struct {
		id   string
		want bool
	}{{article1.ID, true}, {article2.ID, false}} {
		got, err := s.StoryIndexed(ctx, c.id)
		if err != nil {
			t.Fatal(err)
		}
		if got != c.want {
			t.Errorf("StoryIndexed(%s) = %v, want %v", c.id, got, c.want)
		}
	}
	copy1 := article1
	copy1.ID, copy1.Source = "copy-of-1", "Another Outlet"
	story, found, err := s.FindStory(ctx, copy1)
	if err != nil {
		t.Fatal(err)
	}
	if !found || story != article1.ID {
		t.Errorf("FindStory(copy of article1) = %q, %v; want %q, true", story, found, article1.ID)
	}
}
