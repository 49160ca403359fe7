package web

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"mime"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/queries"
	"github.com/google/go-cmp/cmp"
)

// nodeLink is the part of graph.WriteJSON's node-link JSON the tests read.
type nodeLink struct {
	Graph map[string]any `json:"graph"`
	Nodes []struct {
		ID string `json:"id"`
	} `json:"nodes"`
	Links []struct {
		Source string `json:"source"`
		Target string `json:"target"`
		Weight int    `json:"weight"`
	} `json:"links"`
}

// exportJSON exports path's view as JSON and returns its node ids and
// "source>target" links, sorted.
func exportJSON(t *testing.T, h http.Handler, query string) (nodes, links []string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/export?format=json"+query, nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("export %s: status %d: %s", query, rec.Code, rec.Body)
	}
	var nl nodeLink
	if err := json.Unmarshal(rec.Body.Bytes(), &nl); err != nil {
		t.Fatalf("export %s: decode: %v", query, err)
	}
	for _, n := range nl.Nodes {
		nodes = append(nodes, n.ID)
	}
	for _, l := range nl.Links {
		links = append(links, l.Source+">"+l.Target)
	}
	slices.Sort(nodes)
	slices.Sort(links)
	return nodes, links
}

func TestExportFormats(t *testing.T) {
	h := NewPage(newSeedStore(t), PageOptions{})
	_, dotErr := exec.LookPath("dot")
	tests := []struct {
		format      string
		contentType string
		file        string
		check       func(t *testing.T, body []byte)
	}{
		{"json", "application/json", "diplograph-top100-pagerank.json", func(t *testing.T, body []byte) {
			var nl nodeLink
			if err := json.Unmarshal(body, &nl); err != nil || len(nl.Nodes) != 8 {
				t.Errorf("JSON: %d nodes (%v), want the 8 of the view", len(nl.Nodes), err)
			}
		}},
		{"graphml", "application/graphml+xml", "diplograph-top100-pagerank.graphml", func(t *testing.T, body []byte) {
			var doc struct {
				Nodes []struct {
					ID string `xml:"id,attr"`
				} `xml:"graph>node"`
			}
			if err := xml.Unmarshal(body, &doc); err != nil || len(doc.Nodes) != 8 {
				t.Errorf("GraphML: %d nodes (%v), want 8", len(doc.Nodes), err)
			}
		}},
		{"dot", "text/vnd.graphviz", "diplograph-top100-pagerank.dot", func(t *testing.T, body []byte) {
			if !bytes.HasPrefix(body, []byte("digraph")) || !bytes.Contains(body, []byte("Frontier Works Organisation")) {
				t.Errorf("DOT: %.200s", body)
			}
		}},
		{"svg", "image/svg+xml", "diplograph-top100-pagerank.svg", func(t *testing.T, body []byte) {
			if !bytes.Contains(body, []byte("<svg")) || !bytes.Contains(body, []byte("Pakistan")) {
				t.Errorf("SVG: %.200s", body)
			}
		}},
		{"png", "image/png", "diplograph-top100-pagerank.png", func(t *testing.T, body []byte) {
			if !bytes.HasPrefix(body, []byte("\x89PNG\r\n\x1a\n")) {
				t.Errorf("PNG starts %q", body[:min(8, len(body))])
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/export?format="+tt.format, nil))
			if dotErr != nil && (tt.format == "svg" || tt.format == "png") {
				if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "graphviz") {
					t.Errorf("without dot: status %d, body %s; want 503 naming the package graphviz", rec.Code, rec.Body)
				}
				return
			}
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, tt.contentType) {
				t.Errorf("Content-Type %q, want %s", ct, tt.contentType)
			}
			disp, params, err := mime.ParseMediaType(rec.Header().Get("Content-Disposition"))
			if err != nil || disp != "attachment" || params["filename"] != tt.file {
				t.Errorf("Content-Disposition %q, want an attachment named %s", rec.Header().Get("Content-Disposition"), tt.file)
			}
			if csp := rec.Header().Get("Content-Security-Policy"); csp != contentSecurityPolicy {
				t.Errorf("Content-Security-Policy %q", csp)
			}
			tt.check(t, rec.Body.Bytes())
		})
	}
}

// TestExportFollowsView checks that an export holds what the page draws
// for the same parameters: filters, top and actors.
func TestExportFollowsView(t *testing.T) {
	h := NewPage(newSeedStore(t), PageOptions{})
	for _, q := range []string{"", "&since=2025-11", "&quad=3,4", "&actor=taliban", "&actor=ussm,taliban", "&top=3", "&min=2", "&cameo=05"} {
		t.Run(q, func(t *testing.T) {
			var v viewResponse
			if code := getJSON(t, h, "/api/view?"+strings.TrimPrefix(q, "&"), &v); code != http.StatusOK {
				t.Fatalf("view status %d", code)
			}
			var wantLinks []string
			wantNodes := map[string]bool{}
			for _, e := range v.Edges {
				wantLinks = append(wantLinks, e.ID)
				wantNodes[e.Source], wantNodes[e.Target] = true, true
			}
			slices.Sort(wantLinks)
			nodes, links := exportJSON(t, h, q)
			if diff := cmp.Diff(wantLinks, links); diff != "" {
				t.Errorf("links (-view +export):\n%s", diff)
			}
			for _, n := range nodes {
				if !wantNodes[n] {
					t.Errorf("export has %s, which the view does not draw", n)
				}
			}
			if len(nodes) != len(wantNodes) {
				t.Errorf("export has %d actors, the view's edges join %d", len(nodes), len(wantNodes))
			}
		})
	}
	all, _ := exportJSON(t, h, "")
	late, _ := exportJSON(t, h, "&since=2025-11")
	if len(late) >= len(all) {
		t.Errorf("export since 2025-11 has %d actors, the whole view %d: the filter was not applied", len(late), len(all))
	}
	want := []string{"india", "pakistan", "united-states"}
	if diff := cmp.Diff(want, late); diff != "" {
		t.Errorf("actors since 2025-11 (-want +got):\n%s", diff)
	}
}

func TestExportErrors(t *testing.T) {
	h := NewPage(newSeedStore(t), PageOptions{})
	tests := []struct {
		path string
		code int
		msg  string
	}{
		{"/api/export", http.StatusBadRequest, `format: "" is not one of svg, png, graphml, json, dot`},
		{"/api/export?format=pdf", http.StatusBadRequest, `format: "pdf" is not one of`},
		{"/api/export?format=json&since=October", http.StatusBadRequest, "since:"},
		{"/api/export?format=json&top=0", http.StatusBadRequest, "top:"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			var body struct{ Error string }
			if code := getJSON(t, h, tt.path, &body); code != tt.code {
				t.Errorf("status %d, want %d", code, tt.code)
			}
			if !strings.Contains(body.Error, tt.msg) {
				t.Errorf("error %q lacks %q", body.Error, tt.msg)
			}
		})
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/api/export?format=json", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d, want 405", rec.Code)
	}
}

func TestExportFileName(t *testing.T) {
	tests := []struct {
		q    query
		want string
	}{
		{query{top: 100, measure: "pagerank"}, "diplograph-top100-pagerank"},
		{query{top: 50, measure: "degree", since: "2025-09", until: "2025-10-15"}, "diplograph-top50-degree-2025-09-2025-10-15"},
		{query{actors: []string{"pakistan", "united-states"}, quads: []int{3, 4}, min: 2}, "diplograph-pakistan-united-states-quad3-quad4-min2"},
		{query{actors: []string{"Türkiye/../x\"y"}, cameo: []string{"05"}, relations: []string{"met-with"}}, "diplograph-turkiye----x-y-met-with-cameo05"},
	}
	for _, tt := range tests {
		if got := exportFileName(tt.q); got != tt.want {
			t.Errorf("exportFileName(%+v) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestGizmoExamples runs every example the Gizmo box offers on the seed
// store: each one runs without an error.
func TestGizmoExamples(t *testing.T) {
	s := newSeedStore(t)
	h := NewPage(s, PageOptions{})
	var ex []gizmoExample
	if code := getJSON(t, h, "/api/gizmo/examples", &ex); code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	if len(ex) < len(queries.List()) {
		t.Errorf("%d examples, want at least the %d named queries", len(ex), len(queries.List()))
	}
	for _, e := range ex {
		t.Run(e.Name, func(t *testing.T) {
			if _, err := queries.Run(context.Background(), s.QuadStore(), e.Query, queries.Options{}); err != nil {
				t.Errorf("example %s fails: %v\n%s", e.Name, err, e.Query)
			}
		})
	}
}

// TestExportDensePicture draws a dense view: Graphviz gets the heaviest
// edges and the force layout, and answers in seconds.
func TestExportDensePicture(t *testing.T) {
	if _, err := exec.LookPath("dot"); err != nil {
		t.Skip("no Graphviz dot")
	}
	h := NewPage(largeStore(t, 600), PageOptions{})
	var v viewResponse
	getJSON(t, h, "/api/view?top=300", &v)
	if len(v.Edges) <= maxPictureEdges {
		t.Fatalf("the view has %d edges: not dense enough for this test", len(v.Edges))
	}
	start := time.Now()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/export?format=svg&top=300", nil))
	took := time.Since(start)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %.300s", rec.Code, rec.Body)
	}
	want := fmt.Sprintf("the %d heaviest of %d edges", maxPictureEdges, len(v.Edges))
	if !strings.Contains(rec.Body.String(), want) {
		t.Errorf("the picture's title does not say %q", want)
	}
	if n := strings.Count(rec.Body.String(), `class="edge"`); n != maxPictureEdges {
		t.Errorf("%d edges drawn, want %d", n, maxPictureEdges)
	}
	t.Logf("SVG of %d actors, %d of %d edges in %v", len(v.Nodes), maxPictureEdges, len(v.Edges), took)
}
