package graph_test

import (
	"context"
	"fmt"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
)

// ExampleNetwork_Centrality projects three triples onto the actor network and
// ranks the actors by PageRank.
func ExampleNetwork_Centrality() {
	us := extract.Actor{ID: "united-states", Name: "United States", Type: extract.TypeCountry, Country: "USA"}
	pk := extract.Actor{ID: "pakistan", Name: "Pakistan", Type: extract.TypeCountry, Country: "PAK"}
	cn := extract.Actor{ID: "china", Name: "China", Type: extract.TypeCountry, Country: "CHN"}
	partners := extract.Relation{ID: "partners-with", Cameo: "030", Goldstein: 4, QuadClass: 1}
	invests := extract.Relation{ID: "invested-in", Cameo: "061", Goldstein: 6.4, QuadClass: 2}

	n := graph.NewNetwork([]extract.Triple{
		{Subject: us, Relation: partners, Object: pk},
		{Subject: cn, Relation: invests, Object: pk},
		{Subject: cn, Relation: partners, Object: pk},
		{Subject: pk, Relation: partners, Object: cn},
	})
	for _, e := range n.Edges() {
		fmt.Printf("%s -> %s: %d mentions, mainly %s\n", e.Source, e.Target, e.Weight, e.MainRelation())
	}
	scores, err := n.Centrality(context.Background(), []string{"pagerank"})
	if err != nil {
		fmt.Println(err)
		return
	}
	graph.SortScores(scores, "pagerank")
	for _, s := range scores {
		fmt.Printf("%-13s %.3f\n", s.Actor.Name, s.Values["pagerank"])
	}
	// Output:
	// china -> pakistan: 2 mentions, mainly invested-in
	// pakistan -> china: 1 mentions, mainly partners-with
	// united-states -> pakistan: 1 mentions, mainly partners-with
	// Pakistan      0.486
	// China         0.464
	// United States 0.050
}
