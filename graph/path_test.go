package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/extract"
)

// pathTriples is a small hand-drawn graph (subject → object):
//
//	a → b → e      two steps
//	c → a, c → e   two steps when walking against c → a
//	a → d → f → e  three steps
//	x → y          apart from the rest
//
// with two triples on a → b, the later one being the evidence shown.
func pathTriples() []extract.Triple {
	act := func(id string) extract.Actor { return extract.Actor{ID: id, Name: "Actor " + id} }
	tr := func(s, o, date string) extract.Triple {
		return extract.Triple{Article: "art-" + s + o, Date: date, Sentence: s + " met " + o + ".",
			Subject: act(s), Relation: nwMet, Object: act(o), Confidence: 0.8}
	}
	return []extract.Triple{
		tr("a", "b", "2025-01-01"),
		tr("a", "b", "2025-02-01"),
		tr("b", "e", "2025-01-02"),
		tr("c", "a", "2025-01-03"),
		tr("c", "e", "2025-01-04"),
		tr("a", "d", "2025-01-05"),
		tr("d", "f", "2025-01-06"),
		tr("f", "e", "2025-01-07"),
		tr("x", "y", "2025-01-08"),
	}
}

func TestPaths(t *testing.T) {
	tests := []struct {
		name     string
		from, to string
		o        PathOptions
		want     [][]string
	}{
		{"shortest, smallest ids first", "a", "e", PathOptions{Max: 1}, [][]string{{"a", "b", "e"}}},
		{"ties then longer", "a", "e", PathOptions{Max: 5}, [][]string{{"a", "b", "e"}, {"a", "c", "e"}, {"a", "d", "f", "e"}}},
		{"directed", "a", "e", PathOptions{Max: 5, Directed: true}, [][]string{{"a", "b", "e"}, {"a", "d", "f", "e"}}},
		{"directed, against the arrows", "e", "a", PathOptions{Max: 5, Directed: true}, [][]string{}},
		{"at most two hops", "a", "e", PathOptions{Max: 5, MaxHops: 2}, [][]string{{"a", "b", "e"}, {"a", "c", "e"}}},
		{"backwards", "e", "a", PathOptions{Max: 2}, [][]string{{"e", "b", "a"}, {"e", "c", "a"}}},
		{"no link", "a", "x", PathOptions{Max: 3}, [][]string{}},
		{"zero max means one", "d", "b", PathOptions{}, [][]string{{"d", "a", "b"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, order := range []string{"as given", "reversed"} {
				ts := pathTriples()
				if order == "reversed" {
					slices.Reverse(ts)
				}
				ps, err := Paths(context.Background(), ts, tt.from, tt.to, tt.o)
				if err != nil {
					t.Fatalf("Paths(%s, %s): %v", tt.from, tt.to, err)
				}
				got := [][]string{}
				for _, p := range ps {
					got = append(got, p.Actors())
				}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("Paths(%s, %s, %+v), triples %s (-want +got):\n%s", tt.from, tt.to, tt.o, order, diff)
				}
			}
		})
	}
}

func TestPathsEvidence(t *testing.T) {
	ps, err := Paths(context.Background(), pathTriples(), "b", "c", PathOptions{Max: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 {
		t.Fatalf("got %d paths, want 1", len(ps))
	}
	type step struct {
		From, To, Date, Sentence string
		Reversed                 bool
		Mentions                 int
	}
	var got []step
	for _, s := range ps[0].Steps {
		got = append(got, step{s.From.ID, s.To.ID, s.Triple.Date, s.Triple.Sentence, s.Reversed, s.Mentions})
	}
	want := []step{
		// Two triples a → b: the later one is shown, walked backwards.
		{"b", "a", "2025-02-01", "a met b.", true, 2},
		{"a", "c", "2025-01-03", "c met a.", true, 1},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("steps of b → c (-want +got):\n%s", diff)
	}
	if name := ps[0].Steps[0].To.Name; name != "Actor a" {
		t.Errorf("step actor name = %q, want the actor's name", name)
	}
}

func TestPathsErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := Paths(ctx, pathTriples(), "a", "atlantis", PathOptions{}); !errors.Is(err, ErrUnknownActor) {
		t.Errorf("unknown target: err = %v, want ErrUnknownActor", err)
	}
	if _, err := Paths(ctx, pathTriples(), "atlantis", "a", PathOptions{}); !errors.Is(err, ErrUnknownActor) {
		t.Errorf("unknown source: err = %v, want ErrUnknownActor", err)
	}
	if _, err := Paths(ctx, pathTriples(), "a", "a", PathOptions{}); !errors.Is(err, ErrSameActor) {
		t.Errorf("same actor: err = %v, want ErrSameActor", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Paths(cancelled, pathTriples(), "a", "e", PathOptions{Max: 3}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v, want context.Canceled", err)
	}
}

// TestPathsGrid checks Yen's search against a count worked by hand: on a
// 3×3 grid walked either way, corner to corner, the 6 shortest paths have 4
// steps and the next ones 6.
func TestPathsGrid(t *testing.T) {
	id := func(r, c int) string { return string(rune('a'+r)) + string(rune('0'+c)) }
	var ts []extract.Triple
	for r := range 3 {
		for c := range 3 {
			if c < 2 {
				ts = append(ts, extract.Triple{Subject: extract.Actor{ID: id(r, c)}, Object: extract.Actor{ID: id(r, c+1)}, Relation: nwMet})
			}
			if r < 2 {
				ts = append(ts, extract.Triple{Subject: extract.Actor{ID: id(r+1, c)}, Object: extract.Actor{ID: id(r, c)}, Relation: nwMet})
			}
		}
	}
	ps, err := Paths(context.Background(), ts, "a0", "c2", PathOptions{Max: 8})
	if err != nil {
		t.Fatal(err)
	}
	var lens []int
	for _, p := range ps {
		lens = append(lens, len(p.Steps))
	}
	if diff := cmp.Diff([]int{4, 4, 4, 4, 4, 4, 6, 6}, lens); diff != "" {
		t.Errorf("path lengths (-want +got):\n%s", diff)
	}
	if len(ps) < 6 {
		return
	}
	byIDs := func(x, y Path) int { return slices.Compare(x.Actors(), y.Actors()) }
	if !slices.IsSortedFunc(ps[:6], byIDs) {
		t.Errorf("shortest paths not in id order: %v", ps[:6])
	}
	if !slices.IsSortedFunc(ps[6:], byIDs) {
		t.Errorf("longer paths not in id order: %v", ps[6:])
	}
	seen := map[string]bool{}
	for _, p := range ps {
		k := fmt.Sprint(p.Actors())
		if seen[k] {
			t.Errorf("path %v returned twice", p.Actors())
		}
		seen[k] = true
	}
}
