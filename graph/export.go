package graph

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// ErrBadExportOption is returned for an ExportOptions value or a CSV table
// name the exporters do not know.
var ErrBadExportOption = errors.New("graph: bad export option")

// ExportOptions says what the exporters add to the network.
type ExportOptions struct {
	// SizeBy names a centrality measure or score key ("pagerank",
	// "betweenness", "in_degree", …). Its values are written as node
	// attributes, and in DOT the node's size follows them ("degree" sizes by
	// total degree, "hits" by authority). Empty: no centrality.
	SizeBy string
	// ClusterBy groups actors: "community" (Louvain communities at resolution
	// 1, written as a node attribute and as DOT clusters), "country" (DOT
	// clusters by country code) or "" for none.
	ClusterBy string
	// Title names the graph (DOT label, JSON and GraphML graph attribute).
	Title string
}

// exportData is what the exporters compute once from a network and options.
type exportData struct {
	keys      []string                      // centrality keys written, in MeasureKeys order
	sizeKey   string                        // key that sizes DOT nodes
	values    map[string]map[string]float64 // actor id → key → value
	community map[string]int                // actor id → community ID, when clustering by community
}

func prepare(n *Network, o ExportOptions) (*exportData, error) {
	d := &exportData{}
	if o.SizeBy != "" {
		m, ok := measureOf(o.SizeBy)
		if !ok {
			return nil, fmt.Errorf("size by %q: %w", o.SizeBy, ErrUnknownMeasure)
		}
		d.keys = MeasureKeys(m)
		d.sizeKey = o.SizeBy
		switch o.SizeBy {
		case "degree":
			d.sizeKey = "degree"
		case "hits":
			d.sizeKey = "authority"
		}
		scores, err := n.Centrality(context.Background(), []string{m})
		if err != nil {
			return nil, fmt.Errorf("size by %q: %w", o.SizeBy, err)
		}
		d.values = make(map[string]map[string]float64, len(scores))
		for _, s := range scores {
			d.values[s.Actor.ID] = s.Values
		}
	}
	switch o.ClusterBy {
	case "", "country":
	case "community":
		ids, err := n.communityIDs(context.Background())
		if err != nil {
			return nil, fmt.Errorf("cluster by community: %w", err)
		}
		d.community = ids
	default:
		return nil, fmt.Errorf("%w: cluster by %q (want community or country)", ErrBadExportOption, o.ClusterBy)
	}
	return d, nil
}

// formatFloat writes v with 10 significant digits: enough for any analysis,
// and short of the last bits that parallel sums may change.
func formatFloat(v float64) string { return strconv.FormatFloat(v, 'g', 10, 64) }

// roundFloat rounds v to what formatFloat writes.
func roundFloat(v float64) float64 {
	r, _ := strconv.ParseFloat(formatFloat(v), 64)
	return r
}

// cameoOf returns the CAMEO code of a relation id as first seen.
func (n *Network) cameoOf(relation string) string { return n.relations[relation].Cameo }

// WriteJSON writes the network as node-link JSON, as NetworkX's
// node_link_graph and d3 read it: {"directed": true, "multigraph": false,
// "graph": {…}, "nodes": [{"id", "name", "type", "country", …}], "links":
// [{"source", "target", "relation", "weight", …}]}, where relation is the
// most frequent relation id and weight the mentions. Nodes carry the SizeBy
// centrality values and, with ClusterBy "community", their community.
func WriteJSON(w io.Writer, n *Network, o ExportOptions) error {
	d, err := prepare(n, o)
	if err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	type doc struct {
		Directed   bool             `json:"directed"`
		Multigraph bool             `json:"multigraph"`
		Graph      map[string]any   `json:"graph"`
		Nodes      []map[string]any `json:"nodes"`
		Links      []map[string]any `json:"links"`
	}
	out := doc{Directed: true, Graph: map[string]any{}, Nodes: []map[string]any{}, Links: []map[string]any{}}
	if o.Title != "" {
		out.Graph["name"] = o.Title
	}
	for _, a := range n.actors {
		node := map[string]any{"id": a.ID, "name": a.Name, "type": a.Type, "country": a.Country}
		if a.Role != "" {
			node["role"] = a.Role
		}
		for _, k := range d.keys {
			node[k] = roundFloat(d.values[a.ID][k])
		}
		if d.community != nil {
			node["community"] = d.community[a.ID]
		}
		out.Nodes = append(out.Nodes, node)
	}
	for _, e := range n.edges {
		rel := e.MainRelation()
		out.Links = append(out.Links, map[string]any{
			"source": e.Source, "target": e.Target, "relation": rel, "cameo": n.cameoOf(rel),
			"weight": e.Weight, "relations": e.Relations, "cooperation": e.Cooperation, "conflict": e.Conflict,
			"goldstein": roundFloat(e.Goldstein), "first": e.First, "last": e.Last,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	return nil
}

// WriteGraphML writes the network as GraphML with typed attribute keys:
// nodes carry name, type, country, role, the SizeBy centrality values
// (double) and, with ClusterBy "community", community (int); edges carry
// relation (the most frequent), cameo, goldstein (summed), mentions,
// cooperation, conflict, first and last (dates).
func WriteGraphML(w io.Writer, n *Network, o ExportOptions) error {
	d, err := prepare(n, o)
	if err != nil {
		return fmt.Errorf("write GraphML: %w", err)
	}
	bw := bufio.NewWriter(w)
	esc := func(s string) string {
		var b strings.Builder
		_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder does not fail
		return b.String()
	}
	type key struct{ id, domain, typ string }
	nodeKeys := []key{{"name", "node", "string"}, {"type", "node", "string"}, {"country", "node", "string"}, {"role", "node", "string"}}
	for _, k := range d.keys {
		nodeKeys = append(nodeKeys, key{k, "node", "double"})
	}
	if d.community != nil {
		nodeKeys = append(nodeKeys, key{"community", "node", "int"})
	}
	edgeKeys := []key{
		{"relation", "edge", "string"}, {"cameo", "edge", "string"}, {"goldstein", "edge", "double"},
		{"mentions", "edge", "int"}, {"cooperation", "edge", "int"}, {"conflict", "edge", "int"},
		{"first", "edge", "string"}, {"last", "edge", "string"},
	}
	fmt.Fprintln(bw, `<?xml version="1.0" encoding="UTF-8"?>`)
	fmt.Fprintln(bw, `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`)
	if o.Title != "" {
		fmt.Fprintln(bw, `  <key id="g_title" for="graph" attr.name="title" attr.type="string"/>`)
	}
	for _, k := range append(nodeKeys, edgeKeys...) {
		fmt.Fprintf(bw, "  <key id=\"%s_%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", k.domain[:1], k.id, k.domain, k.id, k.typ)
	}
	fmt.Fprintln(bw, `  <graph id="G" edgedefault="directed">`)
	if o.Title != "" {
		fmt.Fprintf(bw, "    <data key=\"g_title\">%s</data>\n", esc(o.Title))
	}
	data := func(indent, domain, key, value string) {
		if value != "" {
			fmt.Fprintf(bw, "%s<data key=\"%s_%s\">%s</data>\n", indent, domain, key, esc(value))
		}
	}
	for _, a := range n.actors {
		fmt.Fprintf(bw, "    <node id=\"%s\">\n", esc(a.ID))
		data("      ", "n", "name", a.Name)
		data("      ", "n", "type", a.Type)
		data("      ", "n", "country", a.Country)
		data("      ", "n", "role", a.Role)
		for _, k := range d.keys {
			data("      ", "n", k, formatFloat(d.values[a.ID][k]))
		}
		if d.community != nil {
			data("      ", "n", "community", strconv.Itoa(d.community[a.ID]))
		}
		fmt.Fprintln(bw, "    </node>")
	}
	for i, e := range n.edges {
		rel := e.MainRelation()
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\">\n", i, esc(e.Source), esc(e.Target))
		data("      ", "e", "relation", rel)
		data("      ", "e", "cameo", n.cameoOf(rel))
		data("      ", "e", "goldstein", formatFloat(e.Goldstein))
		data("      ", "e", "mentions", strconv.Itoa(e.Weight))
		data("      ", "e", "cooperation", strconv.Itoa(e.Cooperation))
		data("      ", "e", "conflict", strconv.Itoa(e.Conflict))
		data("      ", "e", "first", e.First)
		data("      ", "e", "last", e.Last)
		fmt.Fprintln(bw, "    </edge>")
	}
	fmt.Fprintln(bw, "  </graph>")
	fmt.Fprintln(bw, "</graphml>")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write GraphML: %w", err)
	}
	return nil
}

// WriteCSV writes one table of the network as CSV with a header row. what is
// "nodes" (id, name, type, country, role, then community and the SizeBy
// centrality values when asked) or "edges" (source, target, relation, cameo,
// mentions, cooperation, conflict, goldstein, first, last, and relations as
// "id=count" pairs joined by ";").
func WriteCSV(w io.Writer, n *Network, o ExportOptions, what string) error {
	if what != "nodes" && what != "edges" {
		return fmt.Errorf("write CSV: %w: table %q (want nodes or edges)", ErrBadExportOption, what)
	}
	d, err := prepare(n, o)
	if err != nil {
		return fmt.Errorf("write CSV %s: %w", what, err)
	}
	cw := csv.NewWriter(w)
	if what == "nodes" {
		header := []string{"id", "name", "type", "country", "role"}
		if d.community != nil {
			header = append(header, "community")
		}
		_ = cw.Write(append(header, d.keys...)) // errors surface from cw.Error below
		for _, a := range n.actors {
			row := []string{a.ID, a.Name, a.Type, a.Country, a.Role}
			if d.community != nil {
				row = append(row, strconv.Itoa(d.community[a.ID]))
			}
			for _, k := range d.keys {
				row = append(row, formatFloat(d.values[a.ID][k]))
			}
			_ = cw.Write(row)
		}
	} else {
		_ = cw.Write([]string{"source", "target", "relation", "cameo", "mentions", "cooperation", "conflict", "goldstein", "first", "last", "relations"})
		for _, e := range n.edges {
			rel := e.MainRelation()
			var rels []string
			for _, id := range slices.Sorted(maps.Keys(e.Relations)) {
				rels = append(rels, id+"="+strconv.Itoa(e.Relations[id]))
			}
			_ = cw.Write([]string{e.Source, e.Target, rel, n.cameoOf(rel), strconv.Itoa(e.Weight),
				strconv.Itoa(e.Cooperation), strconv.Itoa(e.Conflict), formatFloat(e.Goldstein), e.First, e.Last,
				strings.Join(rels, ";")})
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write CSV %s: %w", what, err)
	}
	return nil
}

// quadClass returns the majority quad class of the triples on e (1–4), ties
// going to the lower class, or 0 when none is known.
func (n *Network) quadClass(e Edge) int {
	var counts [5]int
	for id, c := range e.Relations {
		if q := n.relations[id].QuadClass; q >= 1 && q <= 4 {
			counts[q] += c
		}
	}
	best := 0
	for q := 1; q <= 4; q++ {
		if counts[q] > counts[best] {
			best = q
		}
	}
	return best
}
