package graph

import (
	"context"
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func memberIDs(cs []Community) [][]string {
	out := [][]string{}
	for _, c := range cs {
		ids := []string{}
		for _, a := range c.Members {
			ids = append(ids, a.ID)
		}
		out = append(out, ids)
	}
	return out
}

func TestCommunities(t *testing.T) {
	// Two triangles a–b–c and x–y–z (ties both ways, weight 3) joined by one
	// weak tie c→x, and a pair p–q apart.
	var edges [][3]any
	for _, tri := range [][3]string{{"a", "b", "c"}, {"x", "y", "z"}} {
		for i := range 3 {
			edges = append(edges, [3]any{tri[i], tri[(i+1)%3], 3}, [3]any{tri[(i+1)%3], tri[i], 3})
		}
	}
	edges = append(edges, [3]any{"c", "x", 1}, [3]any{"p", "q", 2})
	n := edgeNetwork(edges)
	cs, q, err := n.Communities(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"a", "b", "c"}, {"x", "y", "z"}, {"p", "q"}}
	if diff := cmp.Diff(want, memberIDs(cs)); diff != "" {
		t.Errorf("communities (-want +got):\n%s", diff)
	}
	for i, c := range cs {
		if c.ID != i+1 {
			t.Errorf("community %d has ID %d, want %d", i, c.ID, i+1)
		}
	}
	// Undirected weights: each triangle 3 pairs of weight 6, the bridge 1, the
	// pair 2; 2m = 2·39 = 78. Each triangle has internal weight 36 of 78
	// and degree sum 37; the pair 4 and 4.
	m2 := 78.0
	wantQ := 2*(36/m2-math.Pow(37/m2, 2)) + (4/m2 - math.Pow(4/m2, 2))
	if math.Abs(q-wantQ) > 1e-9 {
		t.Errorf("modularity %v, want %v", q, wantQ)
	}
	if got := len(cs[0].Ties); got != 6 {
		t.Errorf("first community has %d ties, want 6", got)
	}
	if got := cs[2].Ties; len(got) != 1 || got[0].Source != "p" || got[0].Weight != 2 {
		t.Errorf("pair's ties = %+v, want p→q of weight 2", got)
	}

	// A high resolution splits everything.
	fine, _, err := n.Communities(context.Background(), 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(fine) <= len(cs) {
		t.Errorf("resolution 100 gives %d communities, want more than %d", len(fine), len(cs))
	}
}

func TestCommunitiesTestNetwork(t *testing.T) {
	n := NewNetwork(networkTriples())
	cs, q, err := n.Communities(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, c := range cs {
		for _, a := range c.Members {
			if seen[a.ID] {
				t.Errorf("%s in two communities", a.ID)
			}
			seen[a.ID] = true
		}
		for i := 1; i < len(c.Ties); i++ {
			if c.Ties[i-1].Weight < c.Ties[i].Weight {
				t.Errorf("community %d ties not strongest first", c.ID)
			}
		}
	}
	if len(seen) != n.Len() {
		t.Errorf("communities cover %d actors, want %d", len(seen), n.Len())
	}
	if q <= 0 {
		t.Errorf("modularity %v, want > 0", q)
	}
	again, q2, _ := n.Communities(context.Background(), 1)
	if diff := cmp.Diff(memberIDs(cs), memberIDs(again)); diff != "" || q != q2 {
		t.Errorf("communities differ between runs (-first +second):\n%s", diff)
	}
}

func TestCommunitiesEdgeCases(t *testing.T) {
	if _, _, err := NewNetwork(networkTriples()).Communities(context.Background(), 0); !errors.Is(err, ErrBadResolution) {
		t.Errorf("resolution 0: error %v, want ErrBadResolution", err)
	}
	cs, q, err := NewNetwork(nil).Communities(context.Background(), 1)
	if err != nil || len(cs) != 0 || q != 0 {
		t.Errorf("empty network: %v, %v, %v; want nothing", cs, q, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := NewNetwork(networkTriples()).Communities(ctx, 1); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: error %v, want context.Canceled", err)
	}
}
