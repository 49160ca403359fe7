package graph

import (
	"cmp"
	"slices"

	"gonum.org/v1/gonum/graph/simple"

	"github.com/diplograph/diplograph/extract"
)

// Network is the directed actor network projected from triples: one node per
// actor and one edge s→o per ordered pair of actors with at least one triple
// from s to o. A Network is immutable once built and safe for concurrent reads.
type Network struct {
	actors []extract.Actor // sorted by id
	index  map[string]int  // actor id → position in actors
	edges  []Edge          // sorted by (source, target)
	// from and to hold edges by position: edge e joins from[e] → to[e].
	from, to []int32
	// relations maps a relation id to the relation as first seen, for its
	// CAMEO code in exports.
	relations map[string]extract.Relation
}

// Edge is one directed tie of the actor network, with the triples it
// summarises.
type Edge struct {
	// Source and Target are actor ids.
	Source, Target string
	// Weight is the number of triples from Source to Target (mentions).
	Weight int
	// Relations counts the triples by relation id.
	Relations map[string]int
	// Cooperation counts the triples of quad class 1–2, Conflict those of
	// quad class 3–4.
	Cooperation, Conflict int
	// Goldstein is the sum of the triples' Goldstein weights.
	Goldstein float64
	// First and Last are the earliest and latest triple dates (YYYY-MM-DD),
	// empty when no triple has a date.
	First, Last string
}

// MainRelation returns the id of the most frequent relation on e, ties going
// to the smallest id.
func (e Edge) MainRelation() string {
	best, bestN := "", 0
	for id, c := range e.Relations {
		if c > bestN || (c == bestN && id < best) {
			best, bestN = id, c
		}
	}
	return best
}

// NewNetwork projects triples onto the directed actor network: one edge s→o
// per ordered pair of actors with at least one triple from s to o, weighted by
// the number of those triples (mentions), whatever the relation. Self-loops
// are dropped, but their actor stays a node. Node order is deterministic (by
// actor id). When triples disagree on an actor's attributes, the first
// non-empty value wins. Triples with an empty subject or object id are
// ignored.
func NewNetwork(ts []extract.Triple) *Network {
	actors := map[string]*extract.Actor{}
	addActor := func(a extract.Actor) {
		have, ok := actors[a.ID]
		if !ok {
			c := a
			c.Aliases = slices.Clone(a.Aliases)
			actors[a.ID] = &c
			return
		}
		if have.Name == "" {
			have.Name = a.Name
		}
		if have.Type == "" {
			have.Type = a.Type
		}
		if have.Country == "" {
			have.Country = a.Country
		}
		if have.Role == "" {
			have.Role = a.Role
		}
		for _, al := range a.Aliases {
			if !slices.Contains(have.Aliases, al) {
				have.Aliases = append(have.Aliases, al)
			}
		}
	}
	type pair struct{ s, o string }
	edges := map[pair]*Edge{}
	relations := map[string]extract.Relation{}
	for _, t := range ts {
		if t.Subject.ID == "" || t.Object.ID == "" {
			continue
		}
		addActor(t.Subject)
		addActor(t.Object)
		if _, ok := relations[t.Relation.ID]; !ok {
			relations[t.Relation.ID] = t.Relation
		}
		if t.Subject.ID == t.Object.ID {
			continue
		}
		k := pair{t.Subject.ID, t.Object.ID}
		e := edges[k]
		if e == nil {
			e = &Edge{Source: k.s, Target: k.o, Relations: map[string]int{}}
			edges[k] = e
		}
		e.Weight++
		e.Relations[t.Relation.ID]++
		switch t.Relation.QuadClass {
		case 1, 2:
			e.Cooperation++
		case 3, 4:
			e.Conflict++
		}
		e.Goldstein += t.Relation.Goldstein
		if t.Date != "" {
			if e.First == "" || t.Date < e.First {
				e.First = t.Date
			}
			if t.Date > e.Last {
				e.Last = t.Date
			}
		}
	}
	as := make([]extract.Actor, 0, len(actors))
	for _, a := range actors {
		as = append(as, *a)
	}
	es := make([]Edge, 0, len(edges))
	for _, e := range edges {
		es = append(es, *e)
	}
	return newNetwork(as, es, relations)
}

// newNetwork sorts actors and edges and indexes them. Every edge must join
// two of the actors.
func newNetwork(actors []extract.Actor, edges []Edge, relations map[string]extract.Relation) *Network {
	slices.SortFunc(actors, func(a, b extract.Actor) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(edges, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target))
	})
	n := &Network{
		actors:    actors,
		index:     make(map[string]int, len(actors)),
		edges:     edges,
		from:      make([]int32, len(edges)),
		to:        make([]int32, len(edges)),
		relations: relations,
	}
	for i, a := range actors {
		n.index[a.ID] = i
	}
	for i, e := range edges {
		n.from[i] = int32(n.index[e.Source])
		n.to[i] = int32(n.index[e.Target])
	}
	return n
}

// Actors returns the network's actors, sorted by id. The slice is a copy.
func (n *Network) Actors() []extract.Actor { return slices.Clone(n.actors) }

// Edges returns the network's edges, sorted by (source, target). The slice is
// a copy; its Relations maps are shared and must not be modified.
func (n *Network) Edges() []Edge { return slices.Clone(n.edges) }

// Len returns the number of actors.
func (n *Network) Len() int { return len(n.actors) }

// Actor returns the actor with the given id and whether it is in the network.
func (n *Network) Actor(id string) (extract.Actor, bool) {
	i, ok := n.index[id]
	if !ok {
		return extract.Actor{}, false
	}
	return n.actors[i], true
}

// Graph returns the network as a gonum weighted directed graph whose node ids
// index Actors() and whose edge weights are mentions. Absent edges weigh 0.
func (n *Network) Graph() *simple.WeightedDirectedGraph {
	g := simple.NewWeightedDirectedGraph(0, 0)
	for i := range n.actors {
		g.AddNode(simple.Node(i))
	}
	for i, e := range n.edges {
		g.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(n.from[i]), T: simple.Node(n.to[i]), W: float64(e.Weight)})
	}
	return g
}

// Neighbourhood returns the sub-network of the actors within depth hops of
// actorID, following edges either way, and the edges among them. Depth 0 gives
// the actor alone; an unknown actor gives an empty network.
func (n *Network) Neighbourhood(actorID string, depth int) *Network {
	start, ok := n.index[actorID]
	if !ok {
		return newNetwork(nil, nil, n.relations)
	}
	adj := n.undirectedAdjacency()
	dist := make([]int, len(n.actors))
	for i := range dist {
		dist[i] = -1
	}
	dist[start] = 0
	queue := []int32{int32(start)}
	keep := []int{start}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		if dist[v] >= depth {
			continue
		}
		for _, w := range adj.neighbours(v) {
			if dist[w] < 0 {
				dist[w] = dist[v] + 1
				queue = append(queue, w)
				keep = append(keep, int(w))
			}
		}
	}
	return n.subnetwork(keep)
}

// subnetwork returns the network induced by the actors at the given positions.
func (n *Network) subnetwork(keep []int) *Network {
	in := make([]bool, len(n.actors))
	actors := make([]extract.Actor, 0, len(keep))
	for _, i := range keep {
		if !in[i] {
			in[i] = true
			actors = append(actors, n.actors[i])
		}
	}
	var edges []Edge
	for i, e := range n.edges {
		if in[n.from[i]] && in[n.to[i]] {
			edges = append(edges, e)
		}
	}
	return newNetwork(actors, edges, n.relations)
}
