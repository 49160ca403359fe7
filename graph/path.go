package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/extract"
)

// Errors of Paths.
var (
	// ErrUnknownActor is returned for an actor id that no selected triple
	// names.
	ErrUnknownActor = errors.New("graph: unknown actor")
	// ErrSameActor is returned when asked for a path from an actor to itself.
	ErrSameActor = errors.New("graph: path from an actor to itself")
)

// PathOptions bounds the search of Paths.
type PathOptions struct {
	// Directed follows triples from subject to object only; otherwise a
	// step may go either way along a triple.
	Directed bool
	// Max is the number of paths wanted; zero or less means 1.
	Max int
	// MaxHops, when positive, leaves out paths of more steps.
	MaxHops int
}

// Step is one hop of a Path, from From to To.
type Step struct {
	From, To extract.Actor
	// Triple is the evidence of the hop: of the triples joining From and
	// To (in the direction of travel, or either way when undirected), the
	// one with the highest confidence, then the latest date, then the
	// smallest article id and sentence index.
	Triple extract.Triple
	// Reversed is set when Triple goes from To to From, that is when the
	// step runs against the relation.
	Reversed bool
	// Mentions is the number of triples joining From and To that the step
	// could have shown.
	Mentions int
}

// Path is a chain of relations from one actor to another, with no actor
// twice.
type Path struct {
	Steps []Step
}

// Actors returns the ids of the actors along p, from its start to its end.
func (p Path) Actors() []string {
	if len(p.Steps) == 0 {
		return nil
	}
	ids := []string{p.Steps[0].From.ID}
	for _, s := range p.Steps {
		ids = append(ids, s.To.ID)
	}
	return ids
}

// Paths returns up to o.Max chains of relations from actor from to actor to
// over the triples ts, shortest first (by number of steps); paths of equal
// length come in the lexicographic order of their actor ids, so the answer
// does not depend on the order of ts. Each path visits an actor at most
// once; o.Directed restricts steps to the direction subject → object. The
// paths are the o.Max smallest in that order (Yen's k-shortest loopless
// paths with breadth-first spur searches), so when fewer than o.Max shortest
// paths exist longer ones follow. No path gives an empty result; an actor
// that no triple names gives ErrUnknownActor.
func Paths(ctx context.Context, ts []extract.Triple, from, to string, o PathOptions) ([]Path, error) {
	if from == to {
		return nil, fmt.Errorf("path %s: %w", from, ErrSameActor)
	}
	g := newPathGraph(ts, o.Directed)
	s, ok := g.index[from]
	if !ok {
		return nil, fmt.Errorf("path from %q: %w", from, ErrUnknownActor)
	}
	t, ok := g.index[to]
	if !ok {
		return nil, fmt.Errorf("path to %q: %w", to, ErrUnknownActor)
	}
	want := max(o.Max, 1)
	tooLong := func(p []int32) bool { return o.MaxHops > 0 && len(p)-1 > o.MaxHops }

	first := g.shortest(s, t, nil, nil)
	if first == nil || tooLong(first) {
		return []Path{}, nil
	}
	found := [][]int32{first}
	seen := map[string]bool{seqKey(first): true}
	var candidates [][]int32
	for len(found) < want {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("paths from %s to %s: %w", from, to, err)
		}
		prev := found[len(found)-1]
		for i := 0; i < len(prev)-1; i++ {
			root := prev[:i+1]
			blockedEdges := map[[2]int32]bool{}
			for _, p := range found {
				if len(p) > i+1 && slices.Equal(p[:i+1], root) {
					blockedEdges[[2]int32{p[i], p[i+1]}] = true
				}
			}
			blockedNodes := make([]bool, len(g.actors))
			for _, v := range root[:i] {
				blockedNodes[v] = true
			}
			spur := g.shortest(prev[i], t, blockedNodes, blockedEdges)
			if spur == nil {
				continue
			}
			cand := append(slices.Clone(root[:i]), spur...)
			if k := seqKey(cand); !seen[k] && !tooLong(cand) {
				seen[k] = true
				candidates = append(candidates, cand)
			}
		}
		if len(candidates) == 0 {
			break
		}
		best := 0
		for j, c := range candidates {
			if pathLess(c, candidates[best]) {
				best = j
			}
		}
		found = append(found, candidates[best])
		candidates = slices.Delete(candidates, best, best+1)
	}
	out := make([]Path, len(found))
	for i, p := range found {
		out[i] = g.path(p)
	}
	return out, nil
}

// pathLess orders paths by length, then by their actor positions, which
// follow actor ids.
func pathLess(a, b []int32) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return slices.Compare(a, b) < 0
}

func seqKey(p []int32) string {
	var b strings.Builder
	for _, v := range p {
		fmt.Fprintf(&b, "%d,", v)
	}
	return b.String()
}

// pathGraph is the actor graph Paths walks: actors sorted by id, and for
// each actor the neighbours a step can reach, sorted.
type pathGraph struct {
	actors   []extract.Actor
	index    map[string]int32
	next     [][]int32 // steps v → w
	prev     [][]int32 // steps w → v, for the search backwards from the target
	directed bool
	// triples holds the triples from subject to object by actor pair.
	triples map[[2]int32][]extract.Triple
}

func newPathGraph(ts []extract.Triple, directed bool) *pathGraph {
	byID := map[string]extract.Actor{}
	for _, t := range ts {
		if t.Subject.ID == "" || t.Object.ID == "" {
			continue
		}
		for _, a := range []extract.Actor{t.Subject, t.Object} {
			if _, ok := byID[a.ID]; !ok {
				byID[a.ID] = a
			}
		}
	}
	g := &pathGraph{index: map[string]int32{}, directed: directed, triples: map[[2]int32][]extract.Triple{}}
	for _, a := range byID {
		g.actors = append(g.actors, a)
	}
	slices.SortFunc(g.actors, func(a, b extract.Actor) int { return cmp.Compare(a.ID, b.ID) })
	for i, a := range g.actors {
		g.index[a.ID] = int32(i)
	}
	g.next = make([][]int32, len(g.actors))
	g.prev = make([][]int32, len(g.actors))
	for _, t := range ts {
		if t.Subject.ID == "" || t.Object.ID == "" || t.Subject.ID == t.Object.ID {
			continue
		}
		s, o := g.index[t.Subject.ID], g.index[t.Object.ID]
		k := [2]int32{s, o}
		if len(g.triples[k]) == 0 {
			g.next[s] = append(g.next[s], o)
			g.prev[o] = append(g.prev[o], s)
			if !directed {
				g.next[o] = append(g.next[o], s)
				g.prev[s] = append(g.prev[s], o)
			}
		}
		g.triples[k] = append(g.triples[k], t)
	}
	for i := range g.next {
		slices.Sort(g.next[i])
		g.next[i] = slices.Compact(g.next[i])
		slices.Sort(g.prev[i])
		g.prev[i] = slices.Compact(g.prev[i])
	}
	return g
}

// shortest returns the lexicographically smallest of the shortest paths from
// s to t that avoid the blocked actors and steps, or nil.
func (g *pathGraph) shortest(s, t int32, blockedNodes []bool, blockedEdges map[[2]int32]bool) []int32 {
	blocked := func(v int32) bool { return blockedNodes != nil && blockedNodes[v] }
	// Distances to t, searching backwards.
	dist := make([]int32, len(g.actors))
	for i := range dist {
		dist[i] = -1
	}
	dist[t] = 0
	queue := []int32{t}
	for len(queue) > 0 && dist[s] < 0 {
		w := queue[0]
		queue = queue[1:]
		for _, v := range g.prev[w] {
			if dist[v] >= 0 || blocked(v) || blockedEdges[[2]int32{v, w}] {
				continue
			}
			dist[v] = dist[w] + 1
			queue = append(queue, v)
		}
	}
	if dist[s] < 0 {
		return nil
	}
	// Walk forwards, taking the smallest neighbour one step closer.
	p := []int32{s}
	for v := s; v != t; {
		for _, w := range g.next[v] {
			if dist[w] == dist[v]-1 && !blocked(w) && !blockedEdges[[2]int32{v, w}] {
				v = w
				break
			}
		}
		p = append(p, v)
	}
	return p
}

// path turns actor positions into a Path with the evidence of each step.
func (g *pathGraph) path(p []int32) Path {
	steps := make([]Step, 0, len(p)-1)
	for i := 0; i+1 < len(p); i++ {
		v, w := p[i], p[i+1]
		st := Step{From: g.actors[v], To: g.actors[w]}
		forward := g.triples[[2]int32{v, w}]
		var backward []extract.Triple
		if !g.directed {
			backward = g.triples[[2]int32{w, v}]
		}
		st.Mentions = len(forward) + len(backward)
		best, rev := bestTriple(forward), false
		if b := bestTriple(backward); b != nil && (best == nil || betterEvidence(*b, *best)) {
			best, rev = b, true
		}
		if best != nil {
			st.Triple, st.Reversed = *best, rev
		}
		steps = append(steps, st)
	}
	return Path{Steps: steps}
}

// bestTriple returns the triple of ts that betterEvidence ranks first, or nil.
func bestTriple(ts []extract.Triple) *extract.Triple {
	var best *extract.Triple
	for i := range ts {
		if best == nil || betterEvidence(ts[i], *best) {
			best = &ts[i]
		}
	}
	return best
}

// betterEvidence reports whether a should be shown before b: higher
// confidence, then later date, then smaller article id, sentence index and
// relation id.
func betterEvidence(a, b extract.Triple) bool {
	return cmp.Or(
		cmp.Compare(b.Confidence, a.Confidence),
		cmp.Compare(b.Date, a.Date),
		cmp.Compare(a.Article, b.Article),
		cmp.Compare(a.SentenceIndex, b.SentenceIndex),
		cmp.Compare(a.Relation.ID, b.Relation.ID),
	) < 0
}
