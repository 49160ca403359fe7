package graph

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/extract"
)

// Actors of the test network.
var (
	nwUSA      = extract.Actor{ID: "united-states", Name: "United States", Type: extract.TypeCountry, Country: "USA"}
	nwPakistan = extract.Actor{ID: "pakistan", Name: "Pakistan", Type: extract.TypeCountry, Country: "PAK"}
	nwChina    = extract.Actor{ID: "china", Name: "China", Type: extract.TypeCountry, Country: "CHN"}
	nwIndia    = extract.Actor{ID: "india", Name: "India", Type: extract.TypeCountry, Country: "IND"}
	nwRubio    = extract.Actor{ID: "marco-rubio", Name: "Marco Rubio", Type: extract.TypePerson, Country: "USA", Role: "Secretary of State"}
	nwMunir    = extract.Actor{ID: "asim-munir", Name: "Asim Munir", Type: extract.TypeMilitary, Country: "PAK"}
	nwUSSM     = extract.Actor{ID: "ussm", Name: "US Strategic Metals", Type: extract.TypeOrganisation, Country: "USA"}
	nwFWO      = extract.Actor{ID: "fwo", Name: "Frontier Works Organisation", Type: extract.TypeOrganisation, Country: "PAK"}
	nwUN       = extract.Actor{ID: "un", Name: "United Nations", Type: extract.TypeIGO}
	nwTaliban  = extract.Actor{ID: "taliban", Name: "Taliban \"Emirate\"", Type: extract.TypeGroup, Country: "AFG"}
)

// Relations of the test network.
var (
	nwPartners   = extract.Relation{ID: "partners-with", Cameo: "030", Goldstein: 4, QuadClass: 1}
	nwMet        = extract.Relation{ID: "met-with", Cameo: "040", Goldstein: 1, QuadClass: 1}
	nwMoU        = extract.Relation{ID: "signed-agreement-with", Cameo: "057", Goldstein: 8, QuadClass: 1}
	nwInvested   = extract.Relation{ID: "invested-in", Cameo: "061", Goldstein: 6.4, QuadClass: 2}
	nwVisited    = extract.Relation{ID: "visited", Cameo: "042", Goldstein: 1.9, QuadClass: 1}
	nwCriticised = extract.Relation{ID: "criticised", Cameo: "111", Goldstein: -2, QuadClass: 3}
	nwThreatened = extract.Relation{ID: "threatened", Cameo: "130", Goldstein: -4.4, QuadClass: 3}
	nwAttacked   = extract.Relation{ID: "attacked", Cameo: "190", Goldstein: -10, QuadClass: 4}
	nwMediated   = extract.Relation{ID: "mediated", Cameo: "043", Goldstein: 2.8, QuadClass: 1}
)

func nwTriple(date string, s extract.Actor, r extract.Relation, o extract.Actor) extract.Triple {
	return extract.Triple{Article: "a-" + date, Date: date, Sentence: s.Name + " " + r.ID + " " + o.Name + ".", Subject: s, Relation: r, Object: o, Confidence: 0.8}
}

// networkTriples is the fixed list of triples behind the test network and the
// export golden files.
func networkTriples() []extract.Triple {
	return []extract.Triple{
		nwTriple("2025-10-26", nwUSA, nwPartners, nwPakistan),
		nwTriple("2025-10-27", nwUSA, nwPartners, nwPakistan),
		nwTriple("2025-09-02", nwUSA, nwMet, nwPakistan),
		nwTriple("2025-10-26", nwPakistan, nwPartners, nwUSA),
		nwTriple("2025-09-08", nwUSSM, nwMoU, nwFWO),
		nwTriple("2025-09-08", nwUSSM, nwInvested, nwPakistan),
		nwTriple("2025-09-10", nwRubio, nwMet, nwMunir),
		nwTriple("2025-09-10", nwMunir, nwVisited, nwUSA),
		nwTriple("2025-09-10", nwRubio, nwPartners, nwPakistan),
		nwTriple("2025-08-01", nwIndia, nwCriticised, nwPakistan),
		nwTriple("2025-08-03", nwIndia, nwThreatened, nwPakistan),
		nwTriple("2025-05-07", nwIndia, nwAttacked, nwPakistan),
		nwTriple("2025-05-08", nwPakistan, nwAttacked, nwIndia),
		nwTriple("2025-08-01", nwPakistan, nwCriticised, nwIndia),
		nwTriple("2025-07-15", nwChina, nwInvested, nwPakistan),
		nwTriple("2025-07-16", nwChina, nwPartners, nwPakistan),
		nwTriple("2025-07-16", nwPakistan, nwPartners, nwChina),
		nwTriple("2025-06-01", nwUN, nwMediated, nwIndia),
		nwTriple("2025-06-01", nwUN, nwMediated, nwPakistan),
		nwTriple("2025-10-01", nwPakistan, nwCriticised, nwTaliban),
		nwTriple("", nwTaliban, nwAttacked, nwPakistan),
		nwTriple("2025-10-02", nwUSA, nwMet, nwUSA), // a self-loop: dropped
	}
}

func TestNewNetwork(t *testing.T) {
	n := NewNetwork(networkTriples())
	var ids []string
	for _, a := range n.Actors() {
		ids = append(ids, a.ID)
	}
	wantIDs := []string{"asim-munir", "china", "fwo", "india", "marco-rubio", "pakistan", "taliban", "un", "united-states", "ussm"}
	if diff := cmp.Diff(wantIDs, ids); diff != "" {
		t.Errorf("actors (-want +got):\n%s", diff)
	}
	edges := n.Edges()
	if got, want := len(edges), 15; got != want {
		t.Errorf("%d edges, want %d", got, want)
	}
	for i := 1; i < len(edges); i++ {
		if a, b := edges[i-1], edges[i]; a.Source > b.Source || (a.Source == b.Source && a.Target >= b.Target) {
			t.Errorf("edges not sorted by (source, target): %s→%s before %s→%s", a.Source, a.Target, b.Source, b.Target)
		}
	}
	find := func(s, o string) Edge {
		for _, e := range edges {
			if e.Source == s && e.Target == o {
				return e
			}
		}
		t.Fatalf("no edge %s→%s", s, o)
		return Edge{}
	}
	tests := []struct {
		name string
		s, o string
		want Edge
	}{
		{"three mentions, two relations", "united-states", "pakistan", Edge{
			Source: "united-states", Target: "pakistan", Weight: 3,
			Relations:   map[string]int{"partners-with": 2, "met-with": 1},
			Cooperation: 3, Goldstein: 9, First: "2025-09-02", Last: "2025-10-27",
		}},
		{"conflict", "india", "pakistan", Edge{
			Source: "india", Target: "pakistan", Weight: 3,
			Relations: map[string]int{"criticised": 1, "threatened": 1, "attacked": 1},
			Conflict:  3, Goldstein: -16.4, First: "2025-05-07", Last: "2025-08-03",
		}},
		{"undated", "taliban", "pakistan", Edge{
			Source: "taliban", Target: "pakistan", Weight: 1,
			Relations: map[string]int{"attacked": 1}, Conflict: 1, Goldstein: -10,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(tt.s, tt.o)
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 })); diff != "" {
				t.Errorf("edge (-want +got):\n%s", diff)
			}
		})
	}
	for _, e := range edges {
		if e.Source == e.Target {
			t.Errorf("self-loop %s kept", e.Source)
		}
	}
	if got := find("united-states", "pakistan").MainRelation(); got != "partners-with" {
		t.Errorf("main relation %q, want partners-with", got)
	}
	if got := find("india", "pakistan").MainRelation(); got != "attacked" {
		t.Errorf("main relation of a three-way tie %q, want the smallest id, attacked", got)
	}
}

func TestNewNetworkMergesActors(t *testing.T) {
	bare := extract.Actor{ID: "pakistan"}
	withRole := nwRubio
	withRole.Aliases = []string{"Rubio"}
	n := NewNetwork([]extract.Triple{
		{Subject: withRole, Relation: nwMet, Object: bare},
		{Subject: nwRubio, Relation: nwMet, Object: nwPakistan},
		{Subject: extract.Actor{}, Relation: nwMet, Object: nwPakistan}, // no subject: ignored
	})
	want := []extract.Actor{withRole, nwPakistan}
	if diff := cmp.Diff(want, n.Actors()); diff != "" {
		t.Errorf("actors (-want +got):\n%s", diff)
	}
	if got := n.Edges(); len(got) != 1 || got[0].Weight != 2 {
		t.Errorf("edges = %+v, want one of weight 2", got)
	}
}

func TestGraph(t *testing.T) {
	n := NewNetwork(networkTriples())
	g := n.Graph()
	actors := n.Actors()
	if got := g.Nodes().Len(); got != len(actors) {
		t.Fatalf("%d nodes, want %d", got, len(actors))
	}
	for _, e := range n.Edges() {
		var s, o int64 = -1, -1
		for i, a := range actors {
			switch a.ID {
			case e.Source:
				s = int64(i)
			case e.Target:
				o = int64(i)
			}
		}
		w, ok := g.Weight(s, o)
		if !ok || w != float64(e.Weight) {
			t.Errorf("gonum edge %s→%s weight %v (present %v), want %d", e.Source, e.Target, w, ok, e.Weight)
		}
	}
	if got, want := g.Edges().Len(), len(n.Edges()); got != want {
		t.Errorf("gonum graph has %d edges, want %d", got, want)
	}
}

func nwIDs(n *Network) []string {
	ids := []string{}
	for _, a := range n.Actors() {
		ids = append(ids, a.ID)
	}
	return ids
}

func TestNeighbourhood(t *testing.T) {
	n := NewNetwork(networkTriples())
	tests := []struct {
		actor     string
		depth     int
		want      []string
		wantEdges int
	}{
		{"marco-rubio", 0, []string{"marco-rubio"}, 0},
		{"marco-rubio", 1, []string{"asim-munir", "marco-rubio", "pakistan"}, 2},
		{"fwo", 1, []string{"fwo", "ussm"}, 1},
		{"fwo", 2, []string{"fwo", "pakistan", "ussm"}, 2},
		{"taliban", 1, []string{"pakistan", "taliban"}, 2},
		{"un", 2, []string{"china", "india", "marco-rubio", "pakistan", "taliban", "un", "united-states", "ussm"}, 12},
		{"nobody", 3, []string{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.actor, func(t *testing.T) {
			sub := n.Neighbourhood(tt.actor, tt.depth)
			if diff := cmp.Diff(tt.want, nwIDs(sub)); diff != "" {
				t.Errorf("Neighbourhood(%q, %d) actors (-want +got):\n%s", tt.actor, tt.depth, diff)
			}
			if got := len(sub.Edges()); got != tt.wantEdges {
				t.Errorf("Neighbourhood(%q, %d) has %d edges, want %d", tt.actor, tt.depth, got, tt.wantEdges)
			}
		})
	}
}

func TestTop(t *testing.T) {
	n := NewNetwork(networkTriples())
	tests := []struct {
		k         int
		measure   string
		want      []string
		wantEdges int
	}{
		{1, "in_degree", []string{"pakistan"}, 0},
		{2, "degree", []string{"india", "pakistan"}, 2},
		{3, "pagerank", []string{"india", "pakistan", "united-states"}, 4},
		{50, "out_degree", nwIDs(n), len(n.Edges())},
		{0, "pagerank", []string{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.measure, func(t *testing.T) {
			sub, err := n.Top(tt.k, tt.measure)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, nwIDs(sub)); diff != "" {
				t.Errorf("Top(%d, %q) actors (-want +got):\n%s", tt.k, tt.measure, diff)
			}
			if got := len(sub.Edges()); got != tt.wantEdges {
				t.Errorf("Top(%d, %q) has %d edges, want %d", tt.k, tt.measure, got, tt.wantEdges)
			}
		})
	}
	if _, err := n.Top(3, "fame"); err == nil {
		t.Error("Top with an unknown measure: no error")
	}
}
