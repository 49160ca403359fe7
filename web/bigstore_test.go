package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/extract"
	gencorpus "github.com/diplograph/diplograph/extract/corpus"
	"github.com/diplograph/diplograph/graph"
)

// The timings on a big store: 10,000 generated articles, extracted with
// the built-in extractor and stored on Bolt. Building it takes about a
// minute, so it is left out of the default test run: the benchmark runs
// with
//
//	go test -run '^$' -bench BigStore -benchtime 5x ./web
//
// and the browser's timing with
//
//	DIPLOGRAPH_BIG_STORE=1 go test -run TestBrowserBigStore -v ./web

// bigArticles is the size of the big store.
const bigArticles = 10000

// newBigStore builds the big store on Bolt in a temporary folder.
func newBigStore(tb testing.TB) *graph.Store {
	tb.Helper()
	ctx := context.Background()
	start := time.Now()
	x, err := extract.DefaultExtractor()
	if err != nil {
		tb.Fatal(err)
	}
	s, err := graph.Open(ctx, graph.BackendBolt, filepath.Join(tb.TempDir(), "big.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	const batchSize = 200
	batch := make([]graph.ArticleTriples, 0, batchSize)
	flush := func() {
		if _, err := s.AddArticles(ctx, batch); err != nil {
			tb.Fatal(err)
		}
		batch = batch[:0]
	}
	for a := range gencorpus.Articles(gencorpus.Options{Seed: 1, Articles: bigArticles}) {
		ts, err := x.Extract(ctx, a)
		if err != nil {
			tb.Fatal(err)
		}
		batch = append(batch, graph.ArticleTriples{Article: a, Triples: ts})
		if len(batch) == batchSize {
			flush()
		}
	}
	if len(batch) > 0 {
		flush()
	}
	st, err := s.Stats(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Logf("big store: %d articles, %d quads, built in %v", bigArticles, st.Quads, time.Since(start).Round(time.Millisecond))
	return s
}

// bigRequests are the requests the page makes, with parameters that hit
// the big store's busiest actors; pairs of the top actors are found first.
func bigRequests(tb testing.TB, h http.Handler) []string {
	tb.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/view", nil))
	var v viewResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil || len(v.Edges) == 0 {
		tb.Fatalf("view of the big store: %v (%d edges)", err, len(v.Edges))
	}
	heaviest := v.Edges[0]
	for _, e := range v.Edges {
		if e.Weight > heaviest.Weight {
			heaviest = e
		}
	}
	top := v.Nodes[0].ID
	q := url.Values{"source": {heaviest.Source}, "target": {heaviest.Target}}.Encode()
	d := url.Values{"a": {heaviest.Source}, "b": {heaviest.Target}}.Encode()
	reqs := []string{
		"/api/view",
		"/api/view?measure=degree&top=300",
		"/api/view?actor=" + url.QueryEscape(top),
		"/api/view?since=2025-03&until=2025-04&quad=3,4",
		"/api/search?q=pak",
		"/api/edge?" + q,
		"/api/dyad?" + d,
		"/api/export?format=json",
		"/api/export?format=graphml",
		"/api/gizmo/examples",
	}
	return reqs
}

// get answers one request and fails on anything but 200.
func getOK(tb testing.TB, h http.Handler, path string) int {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	if rec.Code != http.StatusOK {
		tb.Fatalf("GET %s: %d %.300s", path, rec.Code, rec.Body)
	}
	return rec.Body.Len()
}

// BenchmarkBigStore times each endpoint of the page on the big store: the
// first request of a fresh page ("cold", which reads the store) and the
// following ones, within the page's two-second cache ("warm").
func BenchmarkBigStore(b *testing.B) {
	s := newBigStore(b)
	probe := NewPage(s, PageOptions{})
	for _, path := range bigRequests(b, probe) {
		name := strings.NewReplacer("/api/", "", "?", " ", "&", " ").Replace(path)
		b.Run("cold/"+name, func(b *testing.B) {
			for b.Loop() {
				getOK(b, NewPage(s, PageOptions{}), path)
			}
		})
		b.Run("warm/"+name, func(b *testing.B) {
			h := NewPage(s, PageOptions{})
			getOK(b, h, path)
			for b.Loop() {
				getOK(b, h, path)
			}
		})
	}
	srv := NewServer(s, Options{ReadOnly: true})
	b.Run("gizmo/in", func(b *testing.B) {
		for b.Loop() {
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/api/v1/query/gizmo", strings.NewReader(`g.V("<pakistan>").In().All()`)))
			if rec.Code != http.StatusOK {
				b.Fatalf("gizmo: %d %s", rec.Code, rec.Body)
			}
		}
	})
}

// TestBrowserBigStore logs the time from navigation to the drawn opening
// view of the big store, and each endpoint's latency, cold and warm. It
// runs only with DIPLOGRAPH_BIG_STORE=1, never with -short.
func TestBrowserBigStore(t *testing.T) {
	if testing.Short() || os.Getenv("DIPLOGRAPH_BIG_STORE") == "" {
		t.Skip("builds a store of 10,000 articles (about a minute): set DIPLOGRAPH_BIG_STORE=1 to run")
	}
	s := newBigStore(t)
	ctx := context.Background()
	start := time.Now()
	ts, err := s.Triples(ctx, graph.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("read of the store (graph.Store.Triples): %d triples in %v", len(ts), time.Since(start).Round(time.Millisecond))
	start = time.Now()
	if _, err := s.Articles(ctx); err != nil {
		t.Fatal(err)
	}
	t.Logf("read of the articles (graph.Store.Articles): %v", time.Since(start).Round(time.Millisecond))

	// One page, as diplograph serve has: the first request of each kind
	// computes, the next is answered from what the page keeps.
	h := NewPage(s, PageOptions{})
	paths := bigRequests(t, h)
	if _, err := exec.LookPath("dot"); err == nil {
		paths = append(paths, "/api/export?format=svg&top=50")
	}
	for _, path := range paths {
		start := time.Now()
		n := getOK(t, h, path)
		first := time.Since(start)
		start = time.Now()
		getOK(t, h, path)
		again := time.Since(start)
		t.Logf("%-52s first %8v  again %8v  %8d bytes", path, first.Round(100*time.Microsecond), again.Round(100*time.Microsecond), n)
	}
	// A page that preloads, as serve's should: the browser comes once the
	// read is done (a search waits for it).
	served := NewServer(s, Options{ReadOnly: true, Page: NewPage(s, PageOptions{Timeout: time.Minute, Preload: true})})
	start = time.Now()
	getOK(t, served, "/api/search?q=pak")
	t.Logf("preload done %v after the page was created", time.Since(start).Round(time.Millisecond))
	b := newBrowserOn(t, served)
	for i, path := range []string{"/", "/", "/?actor=pakistan"} {
		start := time.Now()
		b.open(t, path)
		took := time.Since(start)
		nodes := eval[int](t, b, `diplograph.cy.nodes().length`)
		t.Logf("%s in Chromium (%d): %v from navigation to ready, %d actors drawn", path, i+1, took.Round(time.Millisecond), nodes)
	}
	b.screenshot(t, "opening-big.png")
	state := b.runGizmo(t, `g.V("<pakistan>").In().All()`)
	t.Logf("gizmo box: %s: %s", state, eval[string](t, b, `document.getElementById('gizmo-status').textContent`))
}
