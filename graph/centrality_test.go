package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"gonum.org/v1/gonum/graph/network"

	"github.com/diplograph/diplograph/extract"
)

// edgeNetwork builds a network from weighted edges "s", "t", w: an edge of
// weight w becomes w triples of one relation.
func edgeNetwork(edges [][3]any) *Network {
	var ts []extract.Triple
	for _, e := range edges {
		s, o := e[0].(string), e[1].(string)
		for range e[2].(int) {
			ts = append(ts, extract.Triple{
				Subject:  extract.Actor{ID: s, Name: s},
				Relation: extract.Relation{ID: "met-with", QuadClass: 1},
				Object:   extract.Actor{ID: o, Name: o},
			})
		}
	}
	return NewNetwork(ts)
}

// scoreMap turns scores into key → actor id → value.
func scoreMap(scores []Score) map[string]map[string]float64 {
	m := map[string]map[string]float64{}
	for _, s := range scores {
		for k, v := range s.Values {
			if m[k] == nil {
				m[k] = map[string]float64{}
			}
			m[k][s.Actor.ID] = v
		}
	}
	return m
}

// TestCentralityNetworkX compares every measure with NetworkX's values for the
// graph in testdata/networkx_ref.json, written by testdata/networkx_ref.py.
func TestCentralityNetworkX(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "networkx_ref.json"))
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Edges  [][3]any                      `json:"edges"`
		Values map[string]map[string]float64 `json:"values"`
	}
	if err := json.Unmarshal(raw, &ref); err != nil {
		t.Fatal(err)
	}
	for i := range ref.Edges {
		ref.Edges[i][2] = int(ref.Edges[i][2].(float64))
	}
	n := edgeNetwork(ref.Edges)
	scores, err := n.Centrality(context.Background(), Measures)
	if err != nil {
		t.Fatal(err)
	}
	got := scoreMap(scores)
	if len(ref.Values) != 9 {
		t.Fatalf("reference has %d keys, want 9", len(ref.Values))
	}
	for key, want := range ref.Values {
		t.Run(key, func(t *testing.T) {
			if diff := cmp.Diff(want, got[key], cmpopts.EquateApprox(0, 1e-6)); diff != "" {
				t.Errorf("%s (-networkx +got):\n%s", key, diff)
			}
		})
	}
}

// TestCentralityHandWorked checks small graphs worked out by hand.
func TestCentralityHandWorked(t *testing.T) {
	third := 1.0 / 3
	tests := []struct {
		name  string
		edges [][3]any
		want  map[string]map[string]float64
	}{
		{
			// a→b→c: b lies on the one shortest path a→c, of (n−1)(n−2) = 2
			// ordered pairs. Closeness of c: reached by b at 1 and a at 2,
			// (2/3)·(2/2); of b: reached by a, (1/1)·(1/2).
			name:  "path",
			edges: [][3]any{{"a", "b", 2}, {"b", "c", 1}},
			want: map[string]map[string]float64{
				"in_degree":   {"a": 0, "b": 2, "c": 1},
				"out_degree":  {"a": 2, "b": 1, "c": 0},
				"degree":      {"a": 2, "b": 3, "c": 1},
				"betweenness": {"a": 0, "b": 0.5, "c": 0},
				"closeness":   {"a": 0, "b": 0.5, "c": 2.0 / 3},
			},
		},
		{
			// A directed 3-cycle: every actor alike.
			name:  "cycle",
			edges: [][3]any{{"a", "b", 1}, {"b", "c", 1}, {"c", "a", 1}},
			want: map[string]map[string]float64{
				"pagerank":    {"a": third, "b": third, "c": third},
				"betweenness": {"a": 0.5, "b": 0.5, "c": 0.5},
				"closeness":   {"a": 2.0 / 3, "b": 2.0 / 3, "c": 2.0 / 3},
				"eigenvector": {"a": math.Sqrt(third), "b": math.Sqrt(third), "c": math.Sqrt(third)},
				"hub":         {"a": third, "b": third, "c": third},
				"authority":   {"a": third, "b": third, "c": third},
			},
		},
		{
			// a→b with b dangling: b's rank is spread over both, so
			// x_a = 0.075 + 0.425·x_b with x_a + x_b = 1: x_a = 0.5/1.425.
			name:  "dangling",
			edges: [][3]any{{"a", "b", 1}},
			want: map[string]map[string]float64{
				"pagerank":  {"a": 0.5 / 1.425, "b": 0.925 / 1.425},
				"hub":       {"a": 1, "b": 0},
				"authority": {"a": 0, "b": 1},
			},
		},
		{
			// Star into c, heavier from a: PageRank follows the weights.
			name:  "weighted star",
			edges: [][3]any{{"a", "c", 3}, {"b", "c", 1}, {"c", "a", 1}, {"c", "b", 1}},
			want: map[string]map[string]float64{
				"in_degree": {"a": 1, "b": 1, "c": 4},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := edgeNetwork(tt.edges)
			var measures []string
			for key := range tt.want {
				if m, _ := measureOf(key); !slices.Contains(measures, m) {
					measures = append(measures, m)
				}
			}
			scores, err := n.Centrality(context.Background(), measures)
			if err != nil {
				t.Fatal(err)
			}
			got := scoreMap(scores)
			for key, want := range tt.want {
				if diff := cmp.Diff(want, got[key], cmpopts.EquateApprox(0, 1e-9)); diff != "" {
					t.Errorf("%s (-want +got):\n%s", key, diff)
				}
			}
		})
	}
}

// randomNetwork returns a network of n actors and about m random edges with
// weights 1–5.
func randomNetwork(seed uint64, n, m int) *Network {
	r := rand.New(rand.NewPCG(seed, 7))
	actors := make([]extract.Actor, n)
	for i := range actors {
		actors[i] = extract.Actor{ID: fmt.Sprintf("a%07d", i), Type: extract.TypeCountry}
	}
	seen := make(map[[2]int]bool, m)
	var edges []Edge
	for range m {
		s, o := r.IntN(n), r.IntN(n)
		if s == o || seen[[2]int{s, o}] {
			continue
		}
		seen[[2]int{s, o}] = true
		w := 1 + r.IntN(5)
		edges = append(edges, Edge{Source: actors[s].ID, Target: actors[o].ID, Weight: w, Relations: map[string]int{"met-with": w}, Cooperation: w})
	}
	return newNetwork(actors, edges, map[string]extract.Relation{"met-with": {ID: "met-with", QuadClass: 1}})
}

// TestBetweennessGonum checks the parallel Brandes betweenness against gonum's
// network.Betweenness on random graphs.
func TestBetweennessGonum(t *testing.T) {
	for seed := range uint64(6) {
		t.Run(strconv.Itoa(int(seed)), func(t *testing.T) {
			n := randomNetwork(seed, 10+int(seed)*8, 30+int(seed)*40)
			scores, err := n.Centrality(context.Background(), []string{"betweenness"})
			if err != nil {
				t.Fatal(err)
			}
			size := float64(n.Len())
			gb := network.Betweenness(n.Graph())
			want := map[string]float64{}
			got := map[string]float64{}
			for i, s := range scores {
				want[s.Actor.ID] = gb[int64(i)] / ((size - 1) * (size - 2))
				got[s.Actor.ID] = s.Values["betweenness"]
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
				t.Errorf("betweenness (-gonum +got):\n%s", diff)
			}
		})
	}
}

func TestCentralityErrors(t *testing.T) {
	n := NewNetwork(networkTriples())
	if _, err := n.Centrality(context.Background(), []string{"pagerank", "fame"}); !errors.Is(err, ErrUnknownMeasure) {
		t.Errorf("unknown measure: error %v, want ErrUnknownMeasure", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := n.Centrality(ctx, []string{"betweenness"}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: error %v, want context.Canceled", err)
	}
	// A chain has no cycle: eigenvector centrality has no answer, as in
	// NetworkX (PowerIterationFailedConvergence).
	chain := edgeNetwork([][3]any{{"a", "b", 1}, {"b", "c", 1}, {"c", "d", 1}})
	if _, err := chain.Centrality(context.Background(), []string{"eigenvector"}); !errors.Is(err, ErrNoConvergence) {
		t.Errorf("eigenvector on a chain: error %v, want ErrNoConvergence", err)
	}
	empty := NewNetwork(nil)
	scores, err := empty.Centrality(context.Background(), Measures)
	if err != nil || len(scores) != 0 {
		t.Errorf("empty network: %v, %v; want no scores and no error", scores, err)
	}
}

func TestSortScores(t *testing.T) {
	s := []Score{
		{Actor: extract.Actor{ID: "c"}, Values: map[string]float64{"pagerank": 0.2}},
		{Actor: extract.Actor{ID: "a"}, Values: map[string]float64{"pagerank": 0.2}},
		{Actor: extract.Actor{ID: "b"}, Values: map[string]float64{"pagerank": 0.6}},
	}
	SortScores(s, "pagerank")
	var got []string
	for _, x := range s {
		got = append(got, x.Actor.ID)
	}
	if diff := cmp.Diff([]string{"b", "a", "c"}, got); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
}

func benchmarkMeasure(b *testing.B, nodes, edges int, measure string) {
	n := randomNetwork(1, nodes, edges)
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		if _, err := n.Centrality(ctx, []string{measure}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPageRank(b *testing.B) {
	b.Run("10k-50k", func(b *testing.B) { benchmarkMeasure(b, 10_000, 50_000, "pagerank") })
	b.Run("100k-500k", func(b *testing.B) { benchmarkMeasure(b, 100_000, 500_000, "pagerank") })
}

func BenchmarkBetweenness(b *testing.B) { benchmarkMeasure(b, 10_000, 50_000, "betweenness") }

func BenchmarkCloseness(b *testing.B) { benchmarkMeasure(b, 10_000, 50_000, "closeness") }

func BenchmarkCommunities(b *testing.B) {
	n := randomNetwork(1, 10_000, 50_000)
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		if _, _, err := n.Communities(ctx, 1); err != nil {
			b.Fatal(err)
		}
	}
}
