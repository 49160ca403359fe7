package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/diplograph/diplograph/extract"
)

// Sentinel errors of the network analysis.
var (
	// ErrUnknownMeasure is returned for a centrality measure or score key
	// that is not one of Measures.
	ErrUnknownMeasure = errors.New("graph: unknown centrality measure")
	// ErrNoConvergence is returned when a power iteration (eigenvector
	// centrality, HITS) does not converge, as on a graph with no cycle.
	ErrNoConvergence = errors.New("graph: power iteration did not converge")
)

// Measures lists the centrality measures Centrality computes, in a stable
// order.
var Measures = []string{"degree", "pagerank", "betweenness", "closeness", "eigenvector", "hits"}

// MeasureKeys returns the keys of Score.Values that a measure fills: "degree"
// gives "in_degree", "out_degree" and "degree"; "hits" gives "hub" and
// "authority"; the others give their own name. It returns nil for an unknown
// measure.
func MeasureKeys(measure string) []string {
	switch measure {
	case "degree":
		return []string{"in_degree", "out_degree", "degree"}
	case "hits":
		return []string{"hub", "authority"}
	case "pagerank", "betweenness", "closeness", "eigenvector":
		return []string{measure}
	}
	return nil
}

// measureOf returns the measure that fills a score key (or the measure itself).
func measureOf(key string) (string, bool) {
	if slices.Contains(Measures, key) {
		return key, true
	}
	for _, m := range Measures {
		if slices.Contains(MeasureKeys(m), key) {
			return m, true
		}
	}
	return "", false
}

// Score holds an actor's centrality values, keyed as MeasureKeys says.
type Score struct {
	Actor  extract.Actor
	Values map[string]float64
}

// SortScores sorts s in place, descending by the value under key, ties by
// actor id.
func SortScores(s []Score, key string) {
	slices.SortStableFunc(s, func(a, b Score) int {
		return cmp.Or(cmp.Compare(b.Values[key], a.Values[key]), cmp.Compare(a.Actor.ID, b.Actor.ID))
	})
}

// Centrality computes the named measures for every actor, in Actors() order.
// The definitions follow NetworkX on the directed actor network, so results
// can be checked against it:
//
//   - "degree": weighted in-, out- and total degree (sums of mentions), keys
//     "in_degree", "out_degree", "degree"; not normalised.
//   - "pagerank": PageRank with damping 0.85 over mention-weighted edges,
//     dangling actors spreading their rank uniformly (networkx.pagerank);
//     values sum to 1.
//   - "betweenness": directed betweenness over unweighted shortest paths,
//     normalised by 1/((n-1)(n-2)) (networkx.betweenness_centrality).
//   - "closeness": closeness over incoming unweighted distances with the
//     Wasserman–Faust scaling for unreachable actors
//     (networkx.closeness_centrality on the directed graph).
//   - "eigenvector": eigenvector centrality of the mention-weighted graph
//     over in-edges, unit Euclidean norm (networkx.eigenvector_centrality);
//     ErrNoConvergence when the iteration does not settle.
//   - "hits": HITS hub and authority scores of the mention-weighted graph,
//     keys "hub" and "authority", each summing to 1 (networkx.hits).
//
// An unknown measure gives ErrUnknownMeasure. Betweenness and closeness run
// in parallel over GOMAXPROCS workers and stop when ctx is done.
func (n *Network) Centrality(ctx context.Context, measures []string) ([]Score, error) {
	for _, m := range measures {
		if MeasureKeys(m) == nil {
			return nil, fmt.Errorf("%w: %q (want one of %v)", ErrUnknownMeasure, m, Measures)
		}
	}
	scores := make([]Score, len(n.actors))
	for i, a := range n.actors {
		scores[i] = Score{Actor: a, Values: map[string]float64{}}
	}
	set := func(key string, v []float64) {
		for i := range scores {
			scores[i].Values[key] = v[i]
		}
	}
	out := n.outCSR()
	for _, m := range measures {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("centrality: %w", err)
		}
		switch m {
		case "degree":
			in, outd, tot := make([]float64, len(n.actors)), make([]float64, len(n.actors)), make([]float64, len(n.actors))
			for i, e := range n.edges {
				w := float64(e.Weight)
				outd[n.from[i]] += w
				in[n.to[i]] += w
			}
			for i := range tot {
				tot[i] = in[i] + outd[i]
			}
			set("in_degree", in)
			set("out_degree", outd)
			set("degree", tot)
		case "pagerank":
			set(m, pageRank(out, 0.85))
		case "betweenness":
			b, err := betweenness(ctx, out)
			if err != nil {
				return nil, fmt.Errorf("betweenness: %w", err)
			}
			set(m, b)
		case "closeness":
			c, err := closeness(ctx, n.inCSR())
			if err != nil {
				return nil, fmt.Errorf("closeness: %w", err)
			}
			set(m, c)
		case "eigenvector":
			x, err := eigenvector(out)
			if err != nil {
				return nil, fmt.Errorf("eigenvector centrality: %w", err)
			}
			set(m, x)
		case "hits":
			h, a, err := hits(out)
			if err != nil {
				return nil, fmt.Errorf("hits: %w", err)
			}
			set("hub", h)
			set("authority", a)
		}
	}
	return scores, nil
}

// Top returns the sub-network of the k most central actors by measure (a
// measure of Measures or a score key such as "authority"; "degree" and
// "hits" rank by total degree and authority) and the edges among them. Ties
// go to the smaller actor id.
func (n *Network) Top(k int, measure string) (*Network, error) {
	m, ok := measureOf(measure)
	if !ok {
		return nil, fmt.Errorf("top actors: %w: %q", ErrUnknownMeasure, measure)
	}
	key := measure
	switch measure {
	case "hits":
		key = "authority"
	}
	scores, err := n.Centrality(context.Background(), []string{m})
	if err != nil {
		return nil, fmt.Errorf("top actors: %w", err)
	}
	SortScores(scores, key)
	k = max(0, min(k, len(scores)))
	keep := make([]int, k)
	for i := range keep {
		keep[i] = n.index[scores[i].Actor.ID]
	}
	return n.subnetwork(keep), nil
}

// csr is a compressed sparse row adjacency: the neighbours of v are
// adj[off[v]:off[v+1]], with weights w at the same positions.
type csr struct {
	off []int32
	adj []int32
	w   []float64
}

func (c csr) len() int                   { return len(c.off) - 1 }
func (c csr) neighbours(v int32) []int32 { return c.adj[c.off[v]:c.off[v+1]] }
func (c csr) weights(v int32) []float64  { return c.w[c.off[v]:c.off[v+1]] }
func (n *Network) outCSR() csr           { return buildCSR(len(n.actors), n.from, n.to, n.weight) }
func (n *Network) inCSR() csr            { return buildCSR(len(n.actors), n.to, n.from, n.weight) }
func (n *Network) weight(e int) float64  { return float64(n.edges[e].Weight) }
func (n *Network) undirectedAdjacency() csr {
	return buildCSR(len(n.actors), append(slices.Clone(n.from), n.to...), append(slices.Clone(n.to), n.from...), nil)
}

// buildCSR builds the adjacency of the edges from[e] → to[e]; weight(e) gives
// the weight of edge e, or nil for weights of 1.
func buildCSR(nodes int, from, to []int32, weight func(int) float64) csr {
	c := csr{off: make([]int32, nodes+1), adj: make([]int32, len(from)), w: make([]float64, len(from))}
	for _, f := range from {
		c.off[f+1]++
	}
	for i := range nodes {
		c.off[i+1] += c.off[i]
	}
	next := slices.Clone(c.off[:nodes])
	for e, f := range from {
		p := next[f]
		next[f]++
		c.adj[p] = to[e]
		c.w[p] = 1
		if weight != nil {
			c.w[p] = weight(e)
		}
	}
	return c
}

// pageRank runs the power iteration of networkx.pagerank on the weighted
// adjacency out: each actor passes damp of its rank along its out-edges in
// proportion to their weight, a dangling actor spreads it over all actors, and
// 1−damp is spread uniformly. It stops when the L1 change falls below
// n·1e-12 (or after 1,000 rounds) and returns ranks summing to 1.
func pageRank(out csr, damp float64) []float64 {
	n := out.len()
	if n == 0 {
		return nil
	}
	outW := make([]float64, n)
	for v := range int32(n) {
		for _, w := range out.weights(v) {
			outW[v] += w
		}
	}
	x := make([]float64, n)
	next := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	for range 1000 {
		var dangling float64
		for i := range next {
			next[i] = 0
		}
		for v := range int32(n) {
			if outW[v] == 0 {
				dangling += x[v]
				continue
			}
			f := x[v] / outW[v]
			ws := out.weights(v)
			for j, u := range out.neighbours(v) {
				next[u] += f * ws[j]
			}
		}
		base := (damp*dangling + 1 - damp) / float64(n)
		var diff float64
		for i := range next {
			next[i] = damp*next[i] + base
			diff += math.Abs(next[i] - x[i])
		}
		x, next = next, x
		if diff < float64(n)*1e-12 {
			break
		}
	}
	var sum float64
	for _, v := range x {
		sum += v
	}
	for i := range x {
		x[i] /= sum
	}
	return x
}

// forSources calls a visit function for every node s, spread over up to
// GOMAXPROCS goroutines, each with its own visit function made by newWorker
// (called sequentially before any visit). It stops early, returning ctx's
// error, when ctx is done.
func forSources(ctx context.Context, n int, newWorker func() func(s int32)) error {
	workers := max(1, min(runtime.GOMAXPROCS(0), n))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		visit := newWorker()
		wg.Go(func() {
			for {
				s := next.Add(1) - 1
				if s >= int64(n) || (s%64 == 0 && ctx.Err() != nil) {
					return
				}
				visit(int32(s))
			}
		})
	}
	wg.Wait()
	return ctx.Err()
}

// betweenness computes directed betweenness over unweighted shortest paths
// with Brandes' algorithm, one breadth-first search per source, normalised as
// networkx.betweenness_centrality does for a directed graph.
func betweenness(ctx context.Context, out csr) ([]float64, error) {
	n := out.len()
	var locals [][]float64
	err := forSources(ctx, n, func() func(int32) {
		dist := make([]int32, n)
		sigma := make([]float64, n)
		delta := make([]float64, n)
		order := make([]int32, 0, n)
		bc := make([]float64, n)
		locals = append(locals, bc)
		for i := range dist {
			dist[i] = -1
		}
		return func(s int32) {
			order = append(order[:0], s)
			dist[s], sigma[s] = 0, 1
			for head := 0; head < len(order); head++ {
				v := order[head]
				dv := dist[v] + 1
				for _, w := range out.neighbours(v) {
					if dist[w] < 0 {
						dist[w] = dv
						order = append(order, w)
					}
					if dist[w] == dv {
						sigma[w] += sigma[v]
					}
				}
			}
			// Accumulate dependencies in reverse breadth-first order: the
			// successors of v on shortest paths are its out-neighbours one
			// step further away, so no predecessor lists are needed.
			for i := len(order) - 1; i > 0; i-- {
				v := order[i]
				dv := dist[v] + 1
				var d float64
				for _, w := range out.neighbours(v) {
					if dist[w] == dv {
						d += sigma[v] / sigma[w] * (1 + delta[w])
					}
				}
				delta[v] = d
				bc[v] += d
			}
			for _, v := range order {
				dist[v], sigma[v], delta[v] = -1, 0, 0
			}
		}
	})
	if err != nil {
		return nil, err
	}
	bc := make([]float64, n)
	for _, l := range locals {
		for i, v := range l {
			bc[i] += v
		}
	}
	if n > 2 {
		scale := 1 / float64((n-1)*(n-2))
		for i := range bc {
			bc[i] *= scale
		}
	}
	return bc, nil
}

// closeness computes networkx.closeness_centrality with the Wasserman–Faust
// scaling: for each actor v, a breadth-first search over in, the reversed
// adjacency, reaches r actors (v included) at total distance d, and
// closeness(v) = (r−1)/d · (r−1)/(n−1), or 0 when nothing reaches v.
func closeness(ctx context.Context, in csr) ([]float64, error) {
	n := in.len()
	c := make([]float64, n)
	err := forSources(ctx, n, func() func(int32) {
		dist := make([]int32, n)
		order := make([]int32, 0, n)
		for i := range dist {
			dist[i] = -1
		}
		return func(s int32) {
			order = append(order[:0], s)
			dist[s] = 0
			var total int64
			for head := 0; head < len(order); head++ {
				v := order[head]
				dv := dist[v] + 1
				for _, w := range in.neighbours(v) {
					if dist[w] < 0 {
						dist[w] = dv
						total += int64(dv)
						order = append(order, w)
					}
				}
			}
			if r := float64(len(order) - 1); total > 0 && n > 1 {
				c[s] = r / float64(total) * r / float64(n-1)
			}
			for _, v := range order {
				dist[v] = -1
			}
		}
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// eigenvector runs the power iteration of networkx.eigenvector_centrality on
// the weighted graph: x ← (A^T + I)x, normalised to unit Euclidean length,
// from a uniform start, until the L1 change is below n·1e-10 (at most 10,000
// rounds; ErrNoConvergence after that).
func eigenvector(out csr) ([]float64, error) {
	n := out.len()
	if n == 0 {
		return nil, nil
	}
	x := make([]float64, n)
	next := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	for range 10000 {
		copy(next, x)
		for v := range int32(n) {
			ws := out.weights(v)
			for j, u := range out.neighbours(v) {
				next[u] += x[v] * ws[j]
			}
		}
		var norm float64
		for _, v := range next {
			norm += v * v
		}
		norm = math.Sqrt(norm)
		if norm == 0 {
			norm = 1
		}
		var diff float64
		for i := range next {
			next[i] /= norm
			diff += math.Abs(next[i] - x[i])
		}
		x, next = next, x
		if diff < float64(n)*1e-10 {
			return x, nil
		}
	}
	return nil, ErrNoConvergence
}

// hits computes the HITS scores of networkx.hits on the weighted adjacency A:
// authorities are the principal right singular vector of A (found by power
// iteration a ← AᵀAa from a uniform start), hubs are Aa; each is scaled to sum
// to 1. A graph with no edge gives zeros.
func hits(out csr) (hub, auth []float64, err error) {
	n := out.len()
	a := make([]float64, n)
	next := make([]float64, n)
	h := make([]float64, n)
	for i := range a {
		a[i] = 1 / float64(n)
	}
	mulA := func(dst, src []float64) { // dst = A src
		for v := range int32(n) {
			var s float64
			ws := out.weights(v)
			for j, u := range out.neighbours(v) {
				s += ws[j] * src[u]
			}
			dst[v] = s
		}
	}
	normalise := func(x []float64) {
		var s float64
		for _, v := range x {
			s += v
		}
		if s == 0 {
			return
		}
		for i := range x {
			x[i] /= s
		}
	}
	converged := n == 0
	for range 10000 {
		mulA(h, a)
		for i := range next {
			next[i] = 0
		}
		for v := range int32(n) {
			ws := out.weights(v)
			for j, u := range out.neighbours(v) {
				next[u] += ws[j] * h[v]
			}
		}
		normalise(next)
		var diff float64
		for i := range next {
			diff += math.Abs(next[i] - a[i])
		}
		a, next = next, a
		if diff < float64(n)*1e-12 {
			converged = true
			break
		}
	}
	if !converged {
		return nil, nil, ErrNoConvergence
	}
	mulA(h, a)
	normalise(h)
	return h, a, nil
}
