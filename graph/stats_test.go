package graph

import (
	"context"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/extract"
)

// TestStatsAgreesWithReads builds a store with articles coded by two
// extractor versions (one without its text), the remains of an
// interrupted write naming an actor and a relation of its own, and a
// recorded copy from another outlet, and checks on every backend that
// Stats, which counts from quad ids, gives what the reads that assemble
// the graph give: the triples, actors and relations of Triples, the
// articles of Articles, the codings of Codings, the stories of the story
// census and every quad of the store.
func TestStatsAgreesWithReads(t *testing.T) {
	ctx := context.Background()
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := openTest(t, b.name, b.addr(t))
			if _, err := s.PutArticle(ctx, article1, article1Triples(), PutOptions{Version: "v1"}); err != nil {
				t.Fatal(err)
			}
			if _, err := s.PutArticle(ctx, article2, article2Triples(), PutOptions{Version: "v2", NoText: true}); err != nil {
				t.Fatal(err)
			}
			// The remains of an interrupted write: all but the marker.
			ghost := extract.Actor{ID: "ghost", Name: "Ghost"}
			a3 := extract.Article{ID: "a3", Title: "Never finished", Source: "Third Wire"}
			qs, err := articleQuads(a3, []extract.Triple{{Article: "a3", Subject: ghost, Relation: extract.Relation{ID: "haunts"}, Object: india}}, nil)
			if err != nil {
				t.Fatal(err)
			}
			tx := cgraph.NewTransaction()
			for _, q := range qs[:len(qs)-1] {
				tx.AddQuad(q)
			}
			if err := s.apply(tx); err != nil {
				t.Fatal(err)
			}
			cp := extract.Article{ID: "copy1", Title: article1.Title, URL: "https://copies.example/1", Text: article1.Text}
			if _, err := s.AddCopy(ctx, article1.ID, cp); err != nil {
				t.Fatal(err)
			}

			got, err := s.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			want := referenceStats(t, s, "v1")
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Stats (-reads +Stats):\n%s", diff)
			}
			if got.Articles != 2 || got.Copies != 1 || got.Triples != 5 {
				t.Errorf("Stats = %+v; want 2 articles, 1 copy, 5 triples", got)
			}
		})
	}
}

// referenceStats counts what Stats counts from the reads that assemble the
// graph (Triples, Articles, ArticleInfos, the story census, every quad).
func referenceStats(t *testing.T, s *Store, version string) Stats {
	t.Helper()
	ctx := context.Background()
	ts, err := s.Triples(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	actors, relations := map[string]bool{}, map[string]bool{}
	for _, tr := range ts {
		actors[tr.Subject.ID], actors[tr.Object.ID] = true, true
		relations[tr.Relation.ID] = true
	}
	infos, err := s.ArticleInfos(ctx)
	if err != nil {
		t.Fatal(err)
	}
	st := Stats{Actors: len(actors), Relations: len(relations), Triples: len(ts), Articles: len(infos)}
	for _, in := range infos {
		if st.Coded == nil {
			st.Coded = map[string]int{}
		}
		st.Coded[in.Version]++
		if !in.HasText {
			st.NoText++
		}
	}
	c, err := s.census(ctx)
	if err != nil {
		t.Fatal(err)
	}
	named := map[string]bool{}
	for _, set := range c.outlets {
		for o := range set {
			if !strings.HasPrefix(o, "\x00") {
				named[o] = true
			}
		}
	}
	st.Stories, st.Copies, st.Outlets = len(c.outlets), c.copies, len(named)
	if err := s.eachRef(ctx, func(cgraph.Ref) { st.Quads++ }); err != nil {
		t.Fatal(err)
	}
	return st
}
