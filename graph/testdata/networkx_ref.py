#!/usr/bin/python3
"""Reference centrality values for graph/centrality_test.go, from NetworkX.

Run from the repository root to regenerate graph/testdata/networkx_ref.json:

    /usr/bin/python3 graph/testdata/networkx_ref.py > graph/testdata/networkx_ref.json

The Go test rebuilds the same weighted digraph from the "edges" listed in the
JSON (an edge of weight w becomes w triples) and compares its scores with
"values". Tolerances are tight here so that the Go side, which iterates to a
tighter tolerance than NetworkX's defaults, can be compared within 1e-6.
"""
import json
import sys

import networkx as nx

# A fixed weighted digraph: a strongly connected core a–h, a dangling actor i
# (edges in, none out: PageRank's dangling case) and an actor j with edges out
# only (nothing reaches it: closeness 0).
EDGES = [
    ("a", "b", 3), ("b", "a", 1), ("a", "c", 2), ("c", "d", 4), ("d", "a", 1),
    ("b", "e", 1), ("e", "f", 2), ("f", "g", 5), ("g", "e", 1), ("g", "h", 2),
    ("h", "b", 1), ("d", "h", 3), ("c", "g", 1), ("e", "i", 2), ("h", "i", 1),
    ("j", "a", 2), ("j", "f", 1), ("f", "c", 1),
]


def main():
    g = nx.DiGraph()
    g.add_nodes_from(sorted({n for e in EDGES for n in e[:2]}))
    g.add_weighted_edges_from(EDGES)
    hub, auth = nx.hits(g, max_iter=100000, tol=1e-14)
    values = {
        "in_degree": dict(g.in_degree(weight="weight")),
        "out_degree": dict(g.out_degree(weight="weight")),
        "degree": dict(g.degree(weight="weight")),
        "pagerank": nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-14, max_iter=100000),
        "betweenness": nx.betweenness_centrality(g, normalized=True),
        "closeness": nx.closeness_centrality(g),
        "eigenvector": nx.eigenvector_centrality(g, weight="weight", tol=1e-14, max_iter=100000),
        "hub": hub,
        "authority": auth,
    }
    out = {
        "networkx": nx.__version__,
        "edges": [list(e) for e in EDGES],
        "values": {k: {n: float(v[n]) for n in sorted(v)} for k, v in values.items()},
    }
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
