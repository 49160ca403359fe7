package graph

import "github.com/diplograph/diplograph/extract"

// MinMentions returns the sub-network of the edges supported by at least k
// triples and the actors those edges join. k ≤ 1 returns n unchanged.
func (n *Network) MinMentions(k int) *Network {
	if k <= 1 {
		return n
	}
	in := make([]bool, len(n.actors))
	var edges []Edge
	for i, e := range n.edges {
		if e.Weight >= k {
			edges = append(edges, e)
			in[n.from[i]], in[n.to[i]] = true, true
		}
	}
	var actors []extract.Actor
	for i, a := range n.actors {
		if in[i] {
			actors = append(actors, a)
		}
	}
	return newNetwork(actors, edges, n.relations)
}
