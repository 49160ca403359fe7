package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/diplograph/diplograph/extract"
)

// ErrBadResolution is returned by Communities for a resolution that is not
// positive.
var ErrBadResolution = errors.New("graph: community resolution must be positive")

// Community is one group of actors found by Communities.
type Community struct {
	// ID numbers the community from 1, in the order Communities returns them.
	ID int
	// Members are the community's actors, sorted by id.
	Members []extract.Actor
	// Ties are the edges between members, strongest (most mentions) first,
	// ties by source then target id.
	Ties []Edge
}

// Communities partitions the actors by Louvain modularity optimisation
// (gonum's community.Modularize, with a fixed random seed so that results are
// repeatable) on the undirected projection of the network, where the weight
// between two actors is the mentions in both directions. Resolution 1 is
// standard modularity; higher values give smaller communities. Communities
// are sorted by size, largest first, then by first member id; q is the
// modularity of the partition at that resolution. A network without edges
// gives one community per actor and q = 0.
func (n *Network) Communities(ctx context.Context, resolution float64) ([]Community, float64, error) {
	if !(resolution > 0) {
		return nil, 0, fmt.Errorf("communities: %w (got %v)", ErrBadResolution, resolution)
	}
	if err := ctx.Err(); err != nil {
		return nil, 0, fmt.Errorf("communities: %w", err)
	}
	var groups [][]int
	var q float64
	if len(n.edges) == 0 {
		for i := range n.actors {
			groups = append(groups, []int{i})
		}
	} else {
		g := simple.NewWeightedUndirectedGraph(0, 0)
		for i := range n.actors {
			g.AddNode(simple.Node(i))
		}
		for i, e := range n.edges {
			f, t := simple.Node(n.from[i]), simple.Node(n.to[i])
			w := float64(e.Weight)
			if old, ok := g.Weight(int64(f), int64(t)); ok {
				w += old
			}
			g.SetWeightedEdge(simple.WeightedEdge{F: f, T: t, W: w})
		}
		reduced := community.Modularize(g, resolution, rand.NewPCG(1, 2))
		parts := reduced.Communities()
		for _, p := range parts {
			var ids []int
			for _, nd := range p {
				ids = append(ids, int(nd.ID()))
			}
			groups = append(groups, ids)
		}
		q = community.Q(g, parts, resolution)
		if err := ctx.Err(); err != nil {
			return nil, 0, fmt.Errorf("communities: %w", err)
		}
	}
	for _, ids := range groups {
		slices.Sort(ids) // actor positions are in id order
	}
	slices.SortFunc(groups, func(a, b []int) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a[0], b[0]))
	})
	of := make([]int, len(n.actors))
	cs := make([]Community, len(groups))
	for c, ids := range groups {
		cs[c].ID = c + 1
		for _, i := range ids {
			of[i] = c
			cs[c].Members = append(cs[c].Members, n.actors[i])
		}
	}
	for i, e := range n.edges {
		if c := of[n.from[i]]; c == of[n.to[i]] {
			cs[c].Ties = append(cs[c].Ties, e)
		}
	}
	for _, c := range cs {
		slices.SortStableFunc(c.Ties, func(a, b Edge) int { return cmp.Compare(b.Weight, a.Weight) })
	}
	return cs, q, nil
}

// communityIDs returns each actor's community ID at resolution 1, by actor id.
func (n *Network) communityIDs(ctx context.Context) (map[string]int, error) {
	cs, _, err := n.Communities(ctx, 1)
	if err != nil {
		return nil, err
	}
	ids := make(map[string]int, len(n.actors))
	for _, c := range cs {
		for _, a := range c.Members {
			ids[a.ID] = c.ID
		}
	}
	return ids, nil
}
