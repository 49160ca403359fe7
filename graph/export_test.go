package graph

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/encoding"
	"gonum.org/v1/gonum/graph/encoding/dot"
	"gonum.org/v1/gonum/graph/simple"
)

func init() {
	// Other test files of the package may define -update too.
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files under testdata/golden")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// checkGolden compares got with testdata/golden/name, or rewrites the file
// with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if updating() {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs from the golden file (-want +got):\n%s", name, diff)
	}
}

func TestExportGolden(t *testing.T) {
	n := NewNetwork(networkTriples())
	tests := []struct {
		file  string
		write func(io.Writer) error
	}{
		{"network.dot", func(w io.Writer) error {
			return WriteDOT(w, n, ExportOptions{SizeBy: "pagerank", ClusterBy: "community", Title: "Test network"})
		}},
		{"network_country.dot", func(w io.Writer) error { return WriteDOT(w, n, ExportOptions{ClusterBy: "country"}) }},
		{"network.json", func(w io.Writer) error {
			return WriteJSON(w, n, ExportOptions{SizeBy: "degree", ClusterBy: "community", Title: "Test network"})
		}},
		{"network.graphml", func(w io.Writer) error {
			return WriteGraphML(w, n, ExportOptions{SizeBy: "pagerank", ClusterBy: "community", Title: "Test <network>"})
		}},
		{"network_nodes.csv", func(w io.Writer) error { return WriteCSV(w, n, ExportOptions{SizeBy: "hits"}, "nodes") }},
		{"network_edges.csv", func(w io.Writer) error { return WriteCSV(w, n, ExportOptions{}, "edges") }},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.write(&b); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, tt.file, b.Bytes())
		})
	}
}

func TestExportErrors(t *testing.T) {
	n := NewNetwork(networkTriples())
	tests := []struct {
		name  string
		write func() error
		want  error
	}{
		{"size by unknown", func() error { return WriteDOT(io.Discard, n, ExportOptions{SizeBy: "fame"}) }, ErrUnknownMeasure},
		{"cluster by unknown", func() error { return WriteJSON(io.Discard, n, ExportOptions{ClusterBy: "colour"}) }, ErrBadExportOption},
		{"csv table", func() error { return WriteCSV(io.Discard, n, ExportOptions{}, "actors") }, ErrBadExportOption},
		{"graphml size by unknown", func() error { return WriteGraphML(io.Discard, n, ExportOptions{SizeBy: "x"}) }, ErrUnknownMeasure},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.write(); !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
		})
	}
}

// dotNode and dotEdge keep what gonum's DOT decoder gives them.
type dotNode struct {
	graph.Node
	id    string
	attrs map[string]string
}

func (n *dotNode) SetDOTID(id string) { n.id = id }
func (n *dotNode) SetAttribute(a encoding.Attribute) error {
	n.attrs[a.Key] = a.Value
	return nil
}

type dotEdge struct {
	simple.Edge
	attrs map[string]string
}

func (e *dotEdge) SetAttribute(a encoding.Attribute) error {
	e.attrs[a.Key] = a.Value
	return nil
}

type dotGraph struct{ *simple.DirectedGraph }

func (g dotGraph) NewNode() graph.Node {
	return &dotNode{Node: g.DirectedGraph.NewNode(), attrs: map[string]string{}}
}

func (g dotGraph) NewEdge(from, to graph.Node) graph.Edge {
	return &dotEdge{Edge: simple.Edge{F: from, T: to}, attrs: map[string]string{}}
}

// TestDOTParsesBack decodes WriteDOT's output with gonum's DOT decoder and
// finds every actor and edge with its label.
func TestDOTParsesBack(t *testing.T) {
	n := NewNetwork(networkTriples())
	for _, o := range []ExportOptions{
		{SizeBy: "betweenness", ClusterBy: "community", Title: `A "quoted" \ title`},
		{ClusterBy: "country"},
		{},
	} {
		var b bytes.Buffer
		if err := WriteDOT(&b, n, o); err != nil {
			t.Fatal(err)
		}
		g := dotGraph{simple.NewDirectedGraph()}
		if err := dot.Unmarshal(b.Bytes(), g); err != nil {
			t.Fatalf("%+v: gonum cannot parse the DOT: %v\n%s", o, err, b.String())
		}
		labels := map[string]string{}
		byID := map[int64]string{}
		for _, nd := range graph.NodesOf(g.Nodes()) {
			dn := nd.(*dotNode)
			labels[dn.id] = dn.attrs["label"]
			byID[dn.ID()] = dn.id
		}
		want := map[string]string{}
		for _, a := range n.Actors() {
			want[a.ID] = a.Name
		}
		if diff := cmp.Diff(want, labels); diff != "" {
			t.Errorf("%+v: node labels (-want +got):\n%s", o, diff)
		}
		got := map[string]string{}
		for _, e := range graph.EdgesOf(g.Edges()) {
			de := e.(*dotEdge)
			got[byID[e.From().ID()]+"→"+byID[e.To().ID()]] = strings.Fields(de.attrs["label"])[0]
		}
		wantEdges := map[string]string{}
		for _, e := range n.Edges() {
			wantEdges[e.Source+"→"+e.Target] = e.MainRelation()
		}
		if diff := cmp.Diff(wantEdges, got); diff != "" {
			t.Errorf("%+v: edges (-want +got):\n%s", o, diff)
		}
	}
}

func TestDOTStyle(t *testing.T) {
	n := NewNetwork(networkTriples())
	var b bytes.Buffer
	if err := WriteDOT(&b, n, ExportOptions{SizeBy: "pagerank"}); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, want := range []string{
		"overlap=false",
		`"india" -> "pakistan" [color="#d62728"`,         // conflict in red
		`"united-states" -> "pakistan" [color="#1f77b4"`, // verbal cooperation in blue
		`"ussm" -> "pakistan" [color="#2ca02c"`,          // material cooperation in green
		`"pakistan" [label="Pakistan", shape=ellipse`,
		`"un" [label="United Nations", shape=hexagon`,
		`label="partners-with (3)"`, // main relation and mentions
	} {
		if !strings.Contains(s, want) {
			t.Errorf("DOT lacks %s", want)
		}
	}
}

// TestGraphMLWellFormed reads the GraphML back with encoding/xml.
func TestGraphMLWellFormed(t *testing.T) {
	n := NewNetwork(networkTriples())
	var b bytes.Buffer
	if err := WriteGraphML(&b, n, ExportOptions{SizeBy: "hits", ClusterBy: "community", Title: `<&"title">`}); err != nil {
		t.Fatal(err)
	}
	type data struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	}
	var doc struct {
		Keys []struct {
			ID   string `xml:"id,attr"`
			For  string `xml:"for,attr"`
			Name string `xml:"attr.name,attr"`
			Type string `xml:"attr.type,attr"`
		} `xml:"key"`
		Graph struct {
			Directed string `xml:"edgedefault,attr"`
			Data     []data `xml:"data"`
			Nodes    []struct {
				ID   string `xml:"id,attr"`
				Data []data `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Data   []data `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("GraphML is not well-formed: %v", err)
	}
	if doc.Graph.Directed != "directed" || len(doc.Graph.Nodes) != n.Len() || len(doc.Graph.Edges) != len(n.Edges()) {
		t.Errorf("graph %q with %d nodes and %d edges, want directed, %d and %d",
			doc.Graph.Directed, len(doc.Graph.Nodes), len(doc.Graph.Edges), n.Len(), len(n.Edges()))
	}
	if len(doc.Graph.Data) != 1 || doc.Graph.Data[0].Value != `<&"title">` {
		t.Errorf("title %+v, want <&\"title\">", doc.Graph.Data)
	}
	types := map[string]string{}
	for _, k := range doc.Keys {
		types[k.For+"."+k.Name] = k.Type
	}
	for key, typ := range map[string]string{
		"node.name": "string", "node.type": "string", "node.country": "string", "node.hub": "double",
		"node.authority": "double", "node.community": "int", "edge.relation": "string", "edge.cameo": "string",
		"edge.goldstein": "double", "edge.mentions": "int", "edge.cooperation": "int", "edge.conflict": "int",
		"edge.first": "string", "edge.last": "string",
	} {
		if types[key] != typ {
			t.Errorf("key %s has type %q, want %q", key, types[key], typ)
		}
	}
	e := doc.Graph.Edges[0]
	values := map[string]string{}
	for _, d := range e.Data {
		values[d.Key] = d.Value
	}
	want := map[string]string{"e_relation": "visited", "e_cameo": "042", "e_goldstein": "1.9", "e_mentions": "1",
		"e_cooperation": "1", "e_conflict": "0", "e_first": "2025-09-10", "e_last": "2025-09-10"}
	if e.Source != "asim-munir" || e.Target != "united-states" {
		t.Errorf("first edge %s→%s, want asim-munir→united-states", e.Source, e.Target)
	}
	if diff := cmp.Diff(want, values); diff != "" {
		t.Errorf("first edge data (-want +got):\n%s", diff)
	}
}

// TestJSONNodeLink checks the node-link shape NetworkX's node_link_graph and
// d3 read.
func TestJSONNodeLink(t *testing.T) {
	n := NewNetwork(networkTriples())
	var b bytes.Buffer
	if err := WriteJSON(&b, n, ExportOptions{SizeBy: "pagerank"}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Directed   *bool          `json:"directed"`
		Multigraph *bool          `json:"multigraph"`
		Graph      map[string]any `json:"graph"`
		Nodes      []map[string]any
		Links      []map[string]any
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Directed == nil || !*doc.Directed || doc.Multigraph == nil || *doc.Multigraph || doc.Graph == nil {
		t.Errorf("header directed=%v multigraph=%v graph=%v, want true, false, {}", doc.Directed, doc.Multigraph, doc.Graph)
	}
	ids := map[string]bool{}
	var sum float64
	for _, nd := range doc.Nodes {
		ids[nd["id"].(string)] = true
		sum += nd["pagerank"].(float64)
	}
	if len(ids) != n.Len() || sum < 0.999999 || sum > 1.000001 {
		t.Errorf("%d nodes with PageRank summing to %v, want %d summing to 1", len(ids), sum, n.Len())
	}
	for _, l := range doc.Links {
		if !ids[l["source"].(string)] || !ids[l["target"].(string)] || l["relation"] == "" || l["weight"].(float64) < 1 {
			t.Errorf("bad link %v", l)
		}
	}
}

func TestCSV(t *testing.T) {
	n := NewNetwork(networkTriples())
	for _, what := range []string{"nodes", "edges"} {
		var b bytes.Buffer
		if err := WriteCSV(&b, n, ExportOptions{SizeBy: "degree", ClusterBy: "community"}, what); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatalf("%s CSV does not parse: %v", what, err)
		}
		want := map[string]int{"nodes": n.Len() + 1, "edges": len(n.Edges()) + 1}[what]
		if len(rows) != want {
			t.Errorf("%s: %d rows, want %d", what, len(rows), want)
		}
	}
}

// requireDot skips without Graphviz, except on CI (CI=true), where a missing
// dot is a failure.
func requireDot(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("dot"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(`Graphviz "dot" is not on PATH (install the Debian package graphviz)`)
		}
		t.Skip(`Graphviz "dot" is not on PATH`)
	}
}

func TestRender(t *testing.T) {
	requireDot(t)
	n := NewNetwork(networkTriples())
	var src bytes.Buffer
	if err := WriteDOT(&src, n, ExportOptions{SizeBy: "pagerank", ClusterBy: "community", Title: "Test"}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		format string
		ok     func([]byte) bool
	}{
		{"svg", func(b []byte) bool {
			s := string(b)
			return (strings.HasPrefix(s, "<?xml") || strings.HasPrefix(s, "<svg")) && strings.Contains(s, "<svg") &&
				strings.Contains(s, "Marco Rubio") && strings.Contains(s, "</svg>")
		}},
		{"png", func(b []byte) bool { return bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")) && len(b) > 1000 }},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			var out bytes.Buffer
			if err := Render(context.Background(), src.Bytes(), tt.format, &out); err != nil {
				t.Fatal(err)
			}
			if !tt.ok(out.Bytes()) {
				t.Errorf("not a %s picture: %.80q", tt.format, out.Bytes())
			}
		})
	}
	t.Run("bad DOT", func(t *testing.T) {
		var out bytes.Buffer
		err := Render(context.Background(), []byte("digraph { a -> }"), "svg", &out)
		if err == nil || out.Len() != 0 {
			t.Errorf("bad DOT: error %v and %d bytes written, want an error and nothing", err, out.Len())
		}
	})
}

func TestRenderErrors(t *testing.T) {
	if err := Render(context.Background(), []byte("digraph {}"), "gif", io.Discard); !errors.Is(err, ErrRenderFormat) {
		t.Errorf("gif: error %v, want ErrRenderFormat", err)
	}
	t.Setenv("PATH", t.TempDir())
	err := Render(context.Background(), []byte("digraph {}"), "svg", io.Discard)
	if !errors.Is(err, ErrNoGraphviz) || !strings.Contains(err.Error(), `"graphviz"`) {
		t.Errorf("no dot: error %v, want ErrNoGraphviz naming the graphviz package", err)
	}
}

// TestDOTBigGraph checks that a graph too big for dot's layered layout asks
// for sfdp with straight edges and no edge labels, and that Graphviz lays it
// out in seconds (spline routing took minutes on 300 actors).
func TestDOTBigGraph(t *testing.T) {
	n := randomNetwork(3, 300, 600)
	var b bytes.Buffer
	if err := WriteDOT(&b, n, ExportOptions{SizeBy: "pagerank", ClusterBy: "community"}); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, want := range []string{"layout=sfdp", "splines=false", "overlap=false"} {
		if !strings.Contains(s, want) {
			t.Errorf("DOT of 300 actors lacks %s", want)
		}
	}
	if strings.Contains(s, "subgraph") {
		t.Error("DOT of 300 actors has clusters")
	}
	for _, line := range strings.Split(s, "\n") {
		if strings.Contains(line, " -> ") && strings.Contains(line, " label=") {
			t.Fatalf("DOT of 300 actors has edge labels: %s", line)
		}
	}
	requireDot(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var out bytes.Buffer
	if err := Render(ctx, b.Bytes(), "svg", &out); err != nil {
		t.Fatalf("render 300 actors: %v", err)
	}
}
