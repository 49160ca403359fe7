package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
)

// seedTriples is a small graph like the seed articles': the United States
// partners with Pakistan, India attacked it.
func seedTriples() []extract.Triple {
	us := extract.Actor{ID: "united-states", Name: "United States", Type: extract.TypeCountry, Country: "USA"}
	pk := extract.Actor{ID: "pakistan", Name: "Pakistan", Type: extract.TypeCountry, Country: "PAK"}
	in := extract.Actor{ID: "india", Name: "India", Type: extract.TypeCountry, Country: "IND"}
	partners := extract.Relation{ID: "partners-with", Cameo: "030", Goldstein: 4, QuadClass: 1}
	praised := extract.Relation{ID: "praised", Cameo: "051", Goldstein: 3.4, QuadClass: 1}
	attacked := extract.Relation{ID: "attacked", Cameo: "190", Goldstein: -10, QuadClass: 4}
	return []extract.Triple{
		{Article: "a1", Date: "2025-10-26", SentenceIndex: 0, Sentence: "The United States partners with Pakistan.", Subject: us, Relation: partners, Object: pk, Confidence: 0.8},
		{Article: "a1", Date: "2025-10-26", SentenceIndex: 1, Sentence: "Washington praised Islamabad.", Subject: us, Relation: praised, Object: pk, Confidence: 0.8},
		{Article: "a2", Date: "2025-05-07", SentenceIndex: 0, Sentence: "India struck targets in Pakistan.", Subject: in, Relation: attacked, Object: pk, Confidence: 0.8},
	}
}

// testStore returns a memstore holding seedTriples, one article each.
func testStore(t testing.TB) *graph.Store {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.BackendMemstore, "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	byArticle := map[string][]extract.Triple{}
	var ids []string
	for _, tr := range seedTriples() {
		if byArticle[tr.Article] == nil {
			ids = append(ids, tr.Article)
		}
		byArticle[tr.Article] = append(byArticle[tr.Article], tr)
	}
	for _, id := range ids {
		a := extract.Article{ID: id, Date: byArticle[id][0].Date, Text: "…"}
		if _, err := s.AddArticle(ctx, a, byArticle[id]); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// startAPI serves NewServer(s, o) on a loopback port for the test's life.
func startAPI(t testing.TB, s *graph.Store, o Options) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(NewServer(s, o))
	t.Cleanup(srv.Close)
	return srv
}

// call makes one request and returns the status and the decoded JSON body.
func call(t testing.TB, c *http.Client, method, url, contentType string, body io.Reader) (int, map[string]interface{}) {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read %s %s: %v", method, url, err)
	}
	var m map[string]interface{}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s %s: status %d, body %q is not a JSON object: %v", method, url, resp.StatusCode, b, err)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s %s: Content-Type %q, want JSON", method, url, ct)
	}
	if v := resp.Header.Get("Access-Control-Allow-Origin"); v != "" {
		t.Errorf("%s %s: Access-Control-Allow-Origin %q, want no CORS", method, url, v)
	}
	return resp.StatusCode, m
}

func TestAPIGizmo(t *testing.T) {
	srv := startAPI(t, testStore(t), Options{ReadOnly: true})
	url := srv.URL + "/api/v1/query/gizmo"
	tests := []struct {
		name       string
		method     string
		url        string
		body       string
		wantStatus int
		want       map[string]interface{}
	}{
		{
			name:       "in",
			body:       `g.V("<pakistan>").In("<partners-with>").All()`,
			wantStatus: http.StatusOK,
			want:       map[string]interface{}{"result": []interface{}{map[string]interface{}{"id": "<united-states>"}}},
		},
		{
			name:       "limit",
			url:        url + "?limit=1",
			body:       `g.V("<pakistan>").In(["<partners-with>", "<attacked>"]).All()`,
			wantStatus: http.StatusOK,
			want:       map[string]interface{}{"result": []interface{}{map[string]interface{}{"id": "<united-states>"}}},
		},
		{
			name:       "empty result",
			body:       `g.V("<india>").In("<attacked>").All()`,
			wantStatus: http.StatusOK,
			want:       map[string]interface{}{"result": nil},
		},
		{
			name:       "unknown IRI",
			body:       `g.V("<pakistn>").In().All()`,
			wantStatus: http.StatusOK,
			want:       map[string]interface{}{"result": nil, "warning": "no <pakistn>; did you mean <pakistan>?"},
		},
		{
			name:       "syntax error",
			body:       `g.V("<pakistan>").In(.All()`,
			wantStatus: http.StatusBadRequest,
			want:       map[string]interface{}{"error": "syntax error at line 1, column 22: Unexpected token .\n  g.V(\"<pakistan>\").In(.All()\n                       ^"},
		},
		{
			name:       "empty query",
			body:       "  ",
			wantStatus: http.StatusBadRequest,
			want:       map[string]interface{}{"error": "query is empty: send the Gizmo source as the request body"},
		},
		{
			name:       "other language",
			url:        srv.URL + "/api/v1/query/sexp",
			body:       `(x)`,
			wantStatus: http.StatusBadRequest,
			want:       map[string]interface{}{"error": `unknown query language "sexp": this server speaks gizmo`},
		},
		{
			name:       "GET",
			method:     http.MethodGet,
			wantStatus: http.StatusMethodNotAllowed,
			want:       map[string]interface{}{"error": "use POST with the query as the request body"},
		},
		{
			name:       "bad limit",
			url:        url + "?limit=lots",
			body:       `g.V().All()`,
			wantStatus: http.StatusBadRequest,
			want:       map[string]interface{}{"error": `limit "lots": want a positive whole number`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			method, u := tt.method, tt.url
			if method == "" {
				method = http.MethodPost
			}
			if u == "" {
				u = url
			}
			status, got := call(t, srv.Client(), method, u, "text/plain", strings.NewReader(tt.body))
			if status != tt.wantStatus {
				t.Errorf("status %d, want %d (%v)", status, tt.wantStatus, got)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("body (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAPIRunaway(t *testing.T) {
	const timeout = 300 * time.Millisecond
	srv := startAPI(t, testStore(t), Options{ReadOnly: true, QueryTimeout: timeout})
	for _, ep := range []string{"/api/v1/query/gizmo", "/api/v2/query?lang=gizmo"} {
		t.Run(ep, func(t *testing.T) {
			start := time.Now()
			status, got := call(t, srv.Client(), http.MethodPost, srv.URL+ep, "text/plain",
				strings.NewReader(`var i = 0; while (true) { i++ }`))
			took := time.Since(start)
			if status < 400 || got["error"] == nil {
				t.Errorf("runaway query: status %d, body %v; want an error", status, got)
			}
			if took > timeout+2*time.Second {
				t.Errorf("runaway query answered after %v, want about %v", took, timeout)
			}
			// The server still answers, and quickly: the runaway is not
			// still burning a core.
			start = time.Now()
			status, got = call(t, srv.Client(), http.MethodPost, srv.URL+"/api/v1/query/gizmo", "text/plain",
				strings.NewReader(`g.V("<pakistan>").In("<partners-with>").All()`))
			if status != http.StatusOK || !strings.Contains(toJSON(t, got), "<united-states>") {
				t.Errorf("query after the runaway: status %d, body %v", status, got)
			}
			if took := time.Since(start); took > time.Second {
				t.Errorf("query after the runaway took %v", took)
			}
		})
	}
	t.Run("v1 status", func(t *testing.T) {
		status, got := call(t, srv.Client(), http.MethodPost, srv.URL+"/api/v1/query/gizmo", "text/plain",
			strings.NewReader(`while (true) {}`))
		want := map[string]interface{}{"error": "queries: query timed out after 300ms: the query was stopped (narrow it, or allow more time)"}
		if status != http.StatusServiceUnavailable {
			t.Errorf("status %d, want 503", status)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("body (-want +got):\n%s", diff)
		}
	})
}

// TestAPIMalformedQuery sends queries on which Cayley's own Gizmo session
// panics in a goroutine of its own, which would end the server: each gets
// a 400 and the server keeps answering.
func TestAPIMalformedQuery(t *testing.T) {
	srv := startAPI(t, testStore(t), Options{ReadOnly: true})
	for _, ep := range []string{"/api/v1/query/gizmo", "/api/v2/query?lang=gizmo"} {
		for _, src := range []string{`g.V().In(null, null).All()`, `g.V(iri(null)).All()`, `g.V().Out({}).All()`} {
			t.Run(ep+" "+src, func(t *testing.T) {
				status, got := call(t, srv.Client(), http.MethodPost, srv.URL+ep, "text/plain", strings.NewReader(src))
				if status != http.StatusBadRequest || !strings.Contains(fmt.Sprint(got["error"]), "TypeError") {
					t.Errorf("status %d, body %v; want 400 and a TypeError", status, got)
				}
			})
		}
	}
	status, _ := call(t, srv.Client(), http.MethodGet, srv.URL+"/api/health", "", nil)
	if status != http.StatusOK {
		t.Errorf("health after malformed queries: %d", status)
	}
}

// quadCount counts the quads of qs.
func quadCount(t testing.TB, qs cgraph.QuadStore) int {
	t.Helper()
	n := 0
	it := qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(context.Background()) {
		n++
	}
	return n
}

// toJSON encodes v as JSON, angle brackets as they are.
func toJSON(t testing.TB, v interface{}) string {
	t.Helper()
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestAPIv2(t *testing.T) {
	const nquad = "<china> <partners-with> <pakistan> .\n"
	t.Run("read-only", func(t *testing.T) {
		s := testStore(t)
		before := quadCount(t, s.QuadStore())
		srv := startAPI(t, s, Options{ReadOnly: true})
		for _, ep := range []string{"/api/v2/write", "/api/v2/delete"} {
			status, got := call(t, srv.Client(), http.MethodPost, srv.URL+ep, "application/n-quads", strings.NewReader(nquad))
			if status != http.StatusForbidden || got["error"] != "database is read-only" {
				t.Errorf("POST %s: status %d, body %v; want 403 database is read-only", ep, status, got)
			}
		}
		if n := quadCount(t, s.QuadStore()); n != before {
			t.Errorf("store holds %d quads after refused writes, want %d", n, before)
		}
		resp, err := srv.Client().Get(srv.URL + "/api/v2/read?format=nquads&sub=%3Cunited-states%3E")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(b), "<united-states> <partners-with> <pakistan> <article/a1> .") {
			t.Errorf("GET /api/v2/read: status %d, body %q; want the direct edge", resp.StatusCode, b)
		}
		status, got := call(t, srv.Client(), http.MethodGet, srv.URL+"/api/v2/query?lang=gizmo&qu="+
			`g.V("<pakistan>").In("<partners-with>").All()`, "", nil)
		if diff := cmp.Diff(map[string]interface{}{"result": []interface{}{map[string]interface{}{"id": "<united-states>"}}}, got); status != http.StatusOK || diff != "" {
			t.Errorf("GET /api/v2/query: status %d (-want +got):\n%s", status, diff)
		}
	})
	t.Run("writable", func(t *testing.T) {
		srv := startAPI(t, testStore(t), Options{})
		status, got := call(t, srv.Client(), http.MethodPost, srv.URL+"/api/v2/write", "application/n-quads", strings.NewReader(nquad))
		if status != http.StatusOK || got["count"] != 1.0 {
			t.Fatalf("POST /api/v2/write: status %d, body %v", status, got)
		}
		status, got = call(t, srv.Client(), http.MethodPost, srv.URL+"/api/v1/query/gizmo", "text/plain",
			strings.NewReader(`g.V("<pakistan>").In("<partners-with>").All()`))
		if !strings.Contains(toJSON(t, got), "<china>") {
			t.Errorf("after the write: status %d, body %v; want <china> among the partners", status, got)
		}
	})
	t.Run("cross-origin write", func(t *testing.T) {
		s := testStore(t)
		before := quadCount(t, s.QuadStore())
		srv := startAPI(t, s, Options{})
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/api/v2/write", strings.NewReader(nquad))
		req.Header.Set("Content-Type", "text/plain")
		req.Header.Set("Origin", "https://evil.example")
		req.Header.Set("Sec-Fetch-Site", "cross-site")
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("cross-origin write: status %d, want 403", resp.StatusCode)
		}
		if n := quadCount(t, s.QuadStore()); n != before {
			t.Errorf("store holds %d quads after a cross-origin write, want %d", n, before)
		}
	})
}

func TestAPIBodyLimit(t *testing.T) {
	srv := startAPI(t, testStore(t), Options{ReadOnly: true, MaxBody: 1000})
	big := `g.V("<pakistan>").All() //` + strings.Repeat("x", 1000)
	for _, ep := range []string{"/api/v1/query/gizmo", "/api/v2/query?lang=gizmo", "/api/v2/write"} {
		t.Run(ep, func(t *testing.T) {
			status, got := call(t, srv.Client(), http.MethodPost, srv.URL+ep, "text/plain", strings.NewReader(big))
			want := map[string]interface{}{"error": "request body too large: the limit is 1000 bytes"}
			if status != http.StatusRequestEntityTooLarge {
				t.Errorf("status %d, want 413", status)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("body (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("chunked", func(t *testing.T) {
		// No Content-Length: the limit holds while reading.
		body := io.MultiReader(strings.NewReader(big), strings.NewReader(""))
		status, _ := call(t, srv.Client(), http.MethodPost, srv.URL+"/api/v1/query/gizmo", "text/plain", struct{ io.Reader }{body})
		if status != http.StatusRequestEntityTooLarge {
			t.Errorf("status %d, want 413", status)
		}
	})
	t.Run("under the limit", func(t *testing.T) {
		status, _ := call(t, srv.Client(), http.MethodPost, srv.URL+"/api/v1/query/gizmo", "text/plain",
			strings.NewReader(`g.V("<pakistan>").All()`))
		if status != http.StatusOK {
			t.Errorf("status %d, want 200", status)
		}
	})
}

func TestAPIHealthAndPage(t *testing.T) {
	srv := startAPI(t, testStore(t), Options{ReadOnly: true})
	status, got := call(t, srv.Client(), http.MethodGet, srv.URL+"/api/health", "", nil)
	if diff := cmp.Diff(map[string]interface{}{"status": "ok"}, got); status != http.StatusOK || diff != "" {
		t.Errorf("GET /api/health: status %d (-want +got):\n%s", status, diff)
	}
	resp, err := srv.Client().Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(b), `href="/api/v1/query/gizmo"`) {
		t.Errorf("GET /: status %d, body %q; want the placeholder linking to the API", resp.StatusCode, b)
	}
	status, _ = call(t, srv.Client(), http.MethodGet, srv.URL+"/nothing-here", "", nil)
	if status != http.StatusNotFound {
		t.Errorf("GET /nothing-here: status %d, want 404", status)
	}

	page := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "the page at "+r.URL.Path) })
	srv = startAPI(t, testStore(t), Options{ReadOnly: true, Page: page})
	resp, err = srv.Client().Get(srv.URL + "/static/app.js")
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(b) != "the page at /static/app.js" {
		t.Errorf("GET /static/app.js with a page: %q", b)
	}
}

func TestAPINetwork(t *testing.T) {
	srv := startAPI(t, testStore(t), Options{ReadOnly: true})
	tests := []struct {
		name       string
		path       string
		wantStatus int
		want       string
	}{
		{
			name:       "centrality",
			path:       "/api/centrality?measure=degree&top=2",
			wantStatus: http.StatusOK,
			want: `[{"id":"pakistan","name":"Pakistan","type":"country","country":"PAK","in_degree":3,"out_degree":0,"degree":3},
				{"id":"united-states","name":"United States","type":"country","country":"USA","in_degree":0,"out_degree":2,"degree":2}]`,
		},
		{
			name:       "centrality since",
			path:       "/api/centrality?measure=degree&since=2025-06-01",
			wantStatus: http.StatusOK,
			want: `[{"id":"pakistan","name":"Pakistan","type":"country","country":"PAK","in_degree":2,"out_degree":0,"degree":2},
				{"id":"united-states","name":"United States","type":"country","country":"USA","in_degree":0,"out_degree":2,"degree":2}]`,
		},
		{
			name:       "unknown measure",
			path:       "/api/centrality?measure=fame",
			wantStatus: http.StatusBadRequest,
			want:       `{"error":"unknown measure \"fame\": want one of degree, pagerank, betweenness, closeness, eigenvector, hits"}`,
		},
		{
			name:       "bad date",
			path:       "/api/centrality?since=yesterday",
			wantStatus: http.StatusBadRequest,
			want:       `{"error":"since \"yesterday\": want a date, YYYY-MM-DD"}`,
		},
		{
			name:       "dyads",
			path:       "/api/dyads?actor=pakistan",
			wantStatus: http.StatusOK,
			want: `[{"source":"united-states","target":"pakistan","weight":2,"relation":"partners-with","relations":{"partners-with":1,"praised":1},"cooperation":2,"conflict":0,"goldstein":7.4,"first":"2025-10-26","last":"2025-10-26"},
				{"source":"india","target":"pakistan","weight":1,"relation":"attacked","relations":{"attacked":1},"cooperation":0,"conflict":1,"goldstein":-10,"first":"2025-05-07","last":"2025-05-07"}]`,
		},
		{
			name:       "dyads top",
			path:       "/api/dyads?top=1",
			wantStatus: http.StatusOK,
			want:       `[{"source":"united-states","target":"pakistan","weight":2,"relation":"partners-with","relations":{"partners-with":1,"praised":1},"cooperation":2,"conflict":0,"goldstein":7.4,"first":"2025-10-26","last":"2025-10-26"}]`,
		},
		{
			name:       "neighbourhood",
			path:       "/api/neighbourhood?actor=india&depth=1",
			wantStatus: http.StatusOK,
			want: `{"directed":true,"multigraph":false,"graph":{"name":"india"},
				"nodes":[{"country":"IND","id":"india","name":"India","type":"country"},{"country":"PAK","id":"pakistan","name":"Pakistan","type":"country"}],
				"links":[{"cameo":"190","conflict":1,"cooperation":0,"first":"2025-05-07","goldstein":-10,"last":"2025-05-07","relation":"attacked","relations":{"attacked":1},"source":"india","target":"pakistan","weight":1}]}`,
		},
		{
			name:       "neighbourhood without actor",
			path:       "/api/neighbourhood?depth=1",
			wantStatus: http.StatusBadRequest,
			want:       `{"error":"actor is missing: /api/neighbourhood?actor=ID&depth=N"}`,
		},
		{
			name:       "neighbourhood too deep",
			path:       "/api/neighbourhood?actor=india&depth=99",
			wantStatus: http.StatusBadRequest,
			want:       `{"error":"depth \"99\": want a whole number from 0 to 10"}`,
		},
		{
			name:       "dyads of nobody",
			path:       "/api/dyads?actor=pakistn",
			wantStatus: http.StatusNotFound,
			want:       `{"error":"no actor \"pakistn\" in the graph"}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := srv.Client().Get(srv.URL + tt.path)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.wantStatus {
				t.Errorf("GET %s: status %d, want %d (%s)", tt.path, resp.StatusCode, tt.wantStatus, b)
			}
			var got, want interface{}
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatalf("GET %s: %q is not JSON: %v", tt.path, b, err)
			}
			if err := json.Unmarshal([]byte(tt.want), &want); err != nil {
				t.Fatalf("bad want: %v", err)
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
				t.Errorf("GET %s (-want +got):\n%s", tt.path, diff)
			}
		})
	}
}

func TestServeShutdown(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// A request in flight when the context ends is answered.
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			time.Sleep(300 * time.Millisecond)
		}
		io.WriteString(w, "done")
	})
	addrc := make(chan net.Addr, 1)
	errc := make(chan error, 1)
	go func() { errc <- Serve(ctx, "127.0.0.1:0", slow, func(a net.Addr) { addrc <- a }) }()
	var addr net.Addr
	select {
	case addr = <-addrc:
	case err := <-errc:
		t.Fatalf("Serve: %v", err)
	case <-time.After(5 * time.Second):
		t.Fatal("Serve never became ready")
	}
	base := "http://" + addr.String()
	if resp, err := http.Get(base + "/"); err != nil {
		t.Fatalf("GET /: %v", err)
	} else {
		resp.Body.Close()
	}
	slowc := make(chan string, 1)
	go func() {
		resp, err := http.Get(base + "/slow")
		if err != nil {
			slowc <- err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		slowc <- string(b)
	}()
	time.Sleep(100 * time.Millisecond)
	cancel()
	select {
	case err := <-errc:
		if err != nil {
			t.Errorf("Serve after cancel: %v, want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after its context was cancelled")
	}
	if got := <-slowc; got != "done" {
		t.Errorf("request in flight at shutdown: %q, want done", got)
	}
	if _, err := http.Get(base + "/"); err == nil {
		t.Errorf("the server still answers after shutdown")
	}
}

func TestServeListenError(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	err = Serve(context.Background(), ln.Addr().String(), http.NotFoundHandler(), nil)
	var opErr *net.OpError
	if !errors.As(err, &opErr) {
		t.Errorf("Serve on a busy port: %v, want a listen error", err)
	}
}

func ExampleNewServer() {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.BackendMemstore, "")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()
	us := extract.Actor{ID: "united-states", Name: "United States", Type: extract.TypeCountry, Country: "USA"}
	pk := extract.Actor{ID: "pakistan", Name: "Pakistan", Type: extract.TypeCountry, Country: "PAK"}
	rel := extract.Relation{ID: "partners-with", Cameo: "030", Goldstein: 4, QuadClass: 1}
	if _, err := s.AddArticle(ctx, extract.Article{ID: "a1", Text: "…"},
		[]extract.Triple{{Article: "a1", Subject: us, Relation: rel, Object: pk}}); err != nil {
		fmt.Println(err)
		return
	}

	srv := httptest.NewServer(NewServer(s, Options{ReadOnly: true, QueryTimeout: time.Second}))
	defer srv.Close()
	resp, err := http.Post(srv.URL+"/api/v1/query/gizmo", "text/plain",
		strings.NewReader(`g.V("<pakistan>").In("<partners-with>").All()`))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	fmt.Print(resp.StatusCode, " ", string(body))
	// Output:
	// 200 {"result":[{"id":"<united-states>"}]}
}
