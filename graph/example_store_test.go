package graph_test

import (
	"context"
	"fmt"
	"log"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
)

func ExampleStore_AddArticle() {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memstore", "")
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	a := extract.Article{ID: "a1", Title: "US and Pakistan deepen ties", Date: "2025-10-26"}
	ts := []extract.Triple{{
		Article: "a1", Date: "2025-10-26", SentenceIndex: 0,
		Sentence:   "The United States partners with Pakistan.",
		Subject:    extract.Actor{ID: "united-states", Name: "United States", Type: "country", Country: "USA"},
		Relation:   extract.Relation{ID: "partners-with", Cameo: "030", Goldstein: 4, QuadClass: 1},
		Object:     extract.Actor{ID: "pakistan", Name: "Pakistan", Type: "country", Country: "PAK"},
		Confidence: 0.8,
	}}
	for range 2 {
		added, err := s.AddArticle(ctx, a, ts)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("added:", added)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%+v\n", st)
	// Output:
	// added: true
	// added: false
	// {Actors:2 Relations:1 Triples:1 Articles:1 Quads:22 Stories:1 Copies:0 Outlets:0 NoText:1 Coded:map[:1]}
}
