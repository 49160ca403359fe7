package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
)

func TestPageServes(t *testing.T) {
	h := NewPage(newSeedStore(t), PageOptions{})
	tests := []struct {
		method, path string
		code         int
		contentType  string
		body         string // a part of the body
	}{
		{"GET", "/", http.StatusOK, "text/html", `<script type="module" src="/static/js/main.js">`},
		{"HEAD", "/", http.StatusOK, "text/html", ""},
		{"GET", "/static/app.css", http.StatusOK, "text/css", "#cy"},
		{"GET", "/static/js/main.js", http.StatusOK, "text/javascript", "import"},
		{"GET", "/static/vendor/cytoscape.esm.min.js", http.StatusOK, "text/javascript", "export"},
		{"GET", "/static/vendor/VERSIONS.md", http.StatusOK, "", "Cytoscape.js | 3.34.4"},
		{"GET", "/static/", http.StatusNotFound, "", ""},
		{"GET", "/static/js/", http.StatusNotFound, "", ""},
		{"GET", "/static/nothing.js", http.StatusNotFound, "", ""},
		{"GET", "/favicon.ico", http.StatusNotFound, "", ""},
		{"GET", "/api/nothing", http.StatusNotFound, "", ""},
		{"POST", "/", http.StatusMethodNotAllowed, "", ""},
		{"POST", "/api/view", http.StatusMethodNotAllowed, "", ""},
		{"PUT", "/api/search?q=pak", http.StatusMethodNotAllowed, "", ""},
		{"DELETE", "/api/edge?source=a&target=b", http.StatusMethodNotAllowed, "", ""},
		{"GET", "/api/search?q=pak", http.StatusOK, "application/json", `"id":"pakistan"`},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, nil))
			if rec.Code != tt.code {
				t.Fatalf("status %d, want %d (body %.200q)", rec.Code, tt.code, rec.Body.String())
			}
			if csp := rec.Header().Get("Content-Security-Policy"); csp != contentSecurityPolicy {
				t.Errorf("Content-Security-Policy %q", csp)
			}
			if tt.code == http.StatusMethodNotAllowed && rec.Header().Get("Allow") != "GET, HEAD" {
				t.Errorf("Allow %q, want GET, HEAD", rec.Header().Get("Allow"))
			}
			if ct := rec.Header().Get("Content-Type"); tt.contentType != "" && !strings.HasPrefix(ct, tt.contentType) {
				t.Errorf("Content-Type %q, want %s", ct, tt.contentType)
			}
			if !strings.Contains(rec.Body.String(), tt.body) {
				t.Errorf("body lacks %q", tt.body)
			}
		})
	}
}

// TestPolicy checks what the Content-Security-Policy promises: the page's
// own scripts and styles only, and nothing that lets text become code.
func TestPolicy(t *testing.T) {
	for _, want := range []string{"default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"} {
		if !strings.Contains(contentSecurityPolicy, want) {
			t.Errorf("policy lacks %q", want)
		}
	}
	for _, bad := range []string{"unsafe-inline", "unsafe-eval", "http:", "https:", "*"} {
		if strings.Contains(contentSecurityPolicy, bad) {
			t.Errorf("policy allows %q", bad)
		}
	}
}

// TestAssetsSafe checks the page's own files for the things the policy
// forbids or that would turn stored text into markup: inline scripts,
// inline styles and handlers in the HTML, HTML sinks and eval in the
// JavaScript, and any address outside the page in the HTML, JavaScript and
// CSS (the page works offline).
func TestAssetsSafe(t *testing.T) {
	html, err := static.ReadFile("static/index.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, re := range []*regexp.Regexp{
		regexp.MustCompile(`<script(?:\s[^>]*)?>[^<\s]`),  // a script with a body
		regexp.MustCompile(`<script(?:(?:\s[^>]*)?\s)?>`), // a script with no src
		regexp.MustCompile(`\sstyle=`),
		regexp.MustCompile(`\son[a-z]+=`),
		regexp.MustCompile(`(?:src|href)="(?:https?:)?//`),
	} {
		if m := re.Find(html); m != nil {
			t.Errorf("index.html has %q", m)
		}
	}
	sinks := regexp.MustCompile(`innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setTimeout\(['"]|https?://(?:[a-z0-9-]+\.)+[a-z]{2,}`)
	err = fs.WalkDir(static, "static", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path == "static/vendor" {
			return fs.SkipDir // built files from npm, checked by the browser tests
		}
		if d.IsDir() || !strings.HasSuffix(path, ".js") && !strings.HasSuffix(path, ".css") {
			return nil
		}
		b, err := static.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range sinks.FindAll(b, -1) {
			if string(m) == "http://www.w3.org" {
				continue // the SVG namespace, not an address that is fetched
			}
			t.Errorf("%s uses %q", path, m)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestTimeout checks that a request that outlives PageOptions.Timeout gets
// 504 and a message, not a hung page.
func TestTimeout(t *testing.T) {
	p := &page{opts: PageOptions{Timeout: 1}}
	h := p.api(func(ctx context.Context, r *http.Request) (any, error) {
		<-ctx.Done()
		return nil, fmt.Errorf("web: read triples: %w", ctx.Err())
	})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/view", nil))
	var got map[string]string
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if rec.Code != http.StatusGatewayTimeout || !strings.Contains(got["error"], "deadline") {
		t.Errorf("status %d, body %v; want 504 and the deadline", rec.Code, got)
	}
}

func ExampleNewPage() {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memstore", "")
	if err != nil {
		fmt.Println(err)
		return
	}
	us := extract.Actor{ID: "united-states", Name: "United States", Type: "country", Country: "USA"}
	pk := extract.Actor{ID: "pakistan", Name: "Pakistan", Type: "country", Country: "PAK", Aliases: []string{"Islamabad"}}
	art := extract.Article{ID: "a1", Title: "Minerals", Date: "2025-10-26", Text: "…"}
	_, err = s.AddArticle(ctx, art, []extract.Triple{{
		Article: "a1", Date: "2025-10-26", Sentence: "The United States partners with Pakistan.",
		Subject: us, Object: pk, Confidence: 0.8,
		Relation: extract.Relation{ID: "partners-with", Cameo: "030", Goldstein: 4, QuadClass: 1},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}

	srv := httptest.NewServer(NewPage(s, PageOptions{}))
	defer srv.Close()
	res, err := http.Get(srv.URL + "/api/edge?source=united-states&target=pakistan")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer res.Body.Close()
	var edge struct {
		Weight   int `json:"weight"`
		Evidence []struct {
			Sentence string `json:"sentence"`
		} `json:"evidence"`
	}
	if err := json.NewDecoder(res.Body).Decode(&edge); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(edge.Weight, edge.Evidence[0].Sentence)
	// Output: 1 The United States partners with Pakistan.
}
