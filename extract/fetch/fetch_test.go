package fetch

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/diplograph/diplograph/extract"
	"github.com/google/go-cmp/cmp"
)

const page = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Pakistan and US sign minerals deal</title>
<meta property="article:published_time" content="2025-09-08T10:00:00Z"></head>
<body><nav><a href="/">Home</a></nav>
<article><h1>Pakistan and US sign minerals deal</h1>
<p>ISLAMABAD: US Strategic Metals signed a memorandum of understanding with the Frontier Works Organisation on Monday, officials said.</p>
<p>The agreement covers the exploration and processing of critical minerals in Pakistan, and an initial investment of about 500 million dollars.</p>
<p>Secretary of State Marco Rubio praised the deal and said the United States seeks to expand its partnership with Pakistan.</p>
</article></body></html>`

const canonicalPage = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Turkey offers to host talks</title>
<link rel="canonical" href="https://news.example.org/2025/06/12/turkey-talks"></head>
<body><article><h1>Turkey offers to host talks</h1>
<p>Turkey offered on Thursday to host a new round of talks between Russia and Ukraine, the foreign ministry in Ankara said in a statement.</p>
<p>Russia and Ukraine traded strikes overnight across the Black Sea, officials in both capitals said.</p>
</article></body></html>`

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>World Wire</title><link>https://wire.example.org/</link>
<item><guid>wire-1</guid><title>Japan and Australia sign defence pact</title><link>https://wire.example.org/1</link>
<pubDate>Tue, 14 Oct 2025 08:00:00 GMT</pubDate><description>Japan signed a defence agreement with Australia on Tuesday.</description></item>
<item><guid>wire-2</guid><title>Brazil criticises sanctions</title><link>https://wire.example.org/2</link>
<pubDate>Wed, 15 Oct 2025 08:00:00 GMT</pubDate><description>Brazil criticised new sanctions on Venezuela on Wednesday.</description></item>
</channel></rss>`

// server answers the test routes; hits counts requests per path.
func server(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	html := func(body string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, body)
		}
	}
	mux.HandleFunc("/page", html(page))
	mux.HandleFunc("/canonical", html(canonicalPage))
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rss)
	})
	mux.HandleFunc("/untyped-feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // no type at all: sniffed
		fmt.Fprint(w, rss)
	})
	// /redirect/N redirects N times, then serves the page.
	mux.HandleFunc("/redirect/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		if n == 0 {
			http.Redirect(w, r, "/page", http.StatusFound)
			return
		}
		http.Redirect(w, r, "/redirect/"+strconv.Itoa(n-1), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.7\n%âãÏÓ\n1 0 obj\n")
	})
	mux.HandleFunc("/photo", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		body := strings.Repeat("Pakistan praised China. ", 400) // 9,600 bytes
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		fmt.Fprint(w, body)
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for range 400 {
			fmt.Fprint(w, "Pakistan praised China. ")
			w.(http.Flusher).Flush() // no Content-Length: the cap applies while reading
		}
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			http.Error(w, "gzip expected", http.StatusNotAcceptable)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		fmt.Fprint(zw, page)
		zw.Close()
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(10 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/etag", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Tue, 14 Oct 2025 08:00:00 GMT")
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rss)
	})
	mux.HandleFunc("/ua", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprintf(w, "The client called itself %s today.", r.Header.Get("User-Agent"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// summary is what a user sees of a fetched article.
type summary struct{ ID, Title, Date, URL, Source, Start string }

func summarise(arts []extract.Article) []summary {
	var out []summary
	for _, a := range arts {
		out = append(out, summary{a.ID, a.Title, a.Date, a.URL, a.Source, a.Text[:min(len(a.Text), 30)]})
	}
	return out
}

func TestFetch(t *testing.T) {
	srv := server(t)
	c := New(Options{Timeout: 5 * time.Second, MaxBody: 8 << 10})
	tests := []struct {
		name string
		path string
		want []summary
	}{
		{"html page, final URL as id", "/page", []summary{{
			ID: srv.URL + "/page", Title: "Pakistan and US sign minerals deal", Date: "2025-09-08",
			URL: srv.URL + "/page", Start: "Pakistan and US sign minerals ",
		}}},
		{"canonical URL kept", "/canonical", []summary{{
			ID: "https://news.example.org/2025/06/12/turkey-talks", Title: "Turkey offers to host talks", Date: "2025-06-12",
			URL: "https://news.example.org/2025/06/12/turkey-talks", Start: "Turkey offers to host talks\n\nT",
		}}},
		{"rss feed, one article per item", "/feed", []summary{
			{ID: "wire-1", Title: "Japan and Australia sign defence pact", Date: "2025-10-14", URL: "https://wire.example.org/1", Source: "World Wire", Start: "Japan signed a defence agreeme"},
			{ID: "wire-2", Title: "Brazil criticises sanctions", Date: "2025-10-15", URL: "https://wire.example.org/2", Source: "World Wire", Start: "Brazil criticised new sanction"},
		}},
		{"feed without content type is sniffed", "/untyped-feed", []summary{
			{ID: "wire-1", Title: "Japan and Australia sign defence pact", Date: "2025-10-14", URL: "https://wire.example.org/1", Source: "World Wire", Start: "Japan signed a defence agreeme"},
			{ID: "wire-2", Title: "Brazil criticises sanctions", Date: "2025-10-15", URL: "https://wire.example.org/2", Source: "World Wire", Start: "Brazil criticised new sanction"},
		}},
		{"redirects within the limit, final URL", "/redirect/3", []summary{{
			ID: srv.URL + "/page", Title: "Pakistan and US sign minerals deal", Date: "2025-09-08",
			URL: srv.URL + "/page", Start: "Pakistan and US sign minerals ",
		}}},
		{"gzip-encoded answer", "/gzip", []summary{{
			ID: srv.URL + "/gzip", Title: "Pakistan and US sign minerals deal", Date: "2025-09-08",
			URL: srv.URL + "/gzip", Start: "Pakistan and US sign minerals ",
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := c.Fetch(context.Background(), srv.URL+tt.path)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, summarise(arts)); diff != "" {
				t.Errorf("Fetch(%s) (-want +got):\n%s", tt.path, diff)
			}
		})
	}
}

func TestFetchErrors(t *testing.T) {
	srv := server(t)
	c := New(Options{Timeout: 5 * time.Second, MaxBody: 8 << 10})
	tests := []struct {
		name     string
		url      string
		want     error
		contains string
	}{
		{"redirects beyond the limit", srv.URL + "/redirect/6", ErrRedirects, "/redirect/6"},
		{"404", srv.URL + "/missing", ErrStatus, "404 Not Found"},
		{"500", srv.URL + "/broken", ErrStatus, "500 Internal Server Error"},
		{"pdf content type", srv.URL + "/report.pdf", ErrContentType, `"application/pdf"`},
		{"image sniffed from a generic type", srv.URL + "/photo", ErrContentType, `"image/png"`},
		{"oversize body with Content-Length", srv.URL + "/big", ErrTooLarge, "9600 bytes, limit 8192"},
		{"oversize body streamed", srv.URL + "/big-chunked", ErrTooLarge, "more than 8192 bytes"},
		{"ftp scheme", "ftp://example.org/file.txt", ErrScheme, "ftp://example.org/file.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := c.Fetch(context.Background(), tt.url)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Fetch(%s) = %d articles, error %v; want %v", tt.url, len(arts), err, tt.want)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "fetch "+tt.url+": ") || !strings.Contains(msg, tt.contains) {
				t.Errorf("error %q does not name the URL %s and %q", msg, tt.url, tt.contains)
			}
		})
	}
}

func TestFetchTimeout(t *testing.T) {
	srv := server(t)
	const timeout = 300 * time.Millisecond
	c := New(Options{Timeout: timeout})
	start := time.Now()
	_, err := c.Fetch(context.Background(), srv.URL+"/slow")
	took := time.Since(start)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Fetch(slow) error %v, want a deadline error", err)
	}
	if took < timeout || took > timeout+2*time.Second {
		t.Errorf("Fetch(slow) gave up after %v, want about %v", took, timeout)
	}
}

func TestFetchConditional(t *testing.T) {
	srv := server(t)
	c := New(Options{})
	ctx := context.Background()
	arts, v, notModified, err := c.FetchConditional(ctx, srv.URL+"/etag", Validators{})
	if err != nil || notModified || len(arts) != 2 {
		t.Fatalf("first fetch: %d articles, notModified %v, error %v; want 2 articles", len(arts), notModified, err)
	}
	want := Validators{ETag: `"v1"`, LastModified: "Tue, 14 Oct 2025 08:00:00 GMT"}
	if diff := cmp.Diff(want, v); diff != "" {
		t.Errorf("validators (-want +got):\n%s", diff)
	}
	arts, v2, notModified, err := c.FetchConditional(ctx, srv.URL+"/etag", v)
	if err != nil || !notModified || len(arts) != 0 {
		t.Fatalf("second fetch: %d articles, notModified %v, error %v; want 304", len(arts), notModified, err)
	}
	if diff := cmp.Diff(want, v2); diff != "" {
		t.Errorf("validators after 304 (-want +got):\n%s", diff)
	}
	// A stale ETag gets the content again.
	arts, _, notModified, err = c.FetchConditional(ctx, srv.URL+"/etag", Validators{ETag: `"v0"`})
	if err != nil || notModified || len(arts) != 2 {
		t.Fatalf("stale ETag: %d articles, notModified %v, error %v; want 2 articles", len(arts), notModified, err)
	}
}

func TestPerHostLimit(t *testing.T) {
	var cur, peak, total atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := cur.Add(1)
		defer cur.Add(-1)
		total.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(100 * time.Millisecond)
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "Pakistan praised China for its support.")
	}))
	defer srv.Close()
	c := New(Options{PerHost: 2})
	var wg sync.WaitGroup
	errs := make([]error, 6)
	for i := range 6 {
		wg.Go(func() {
			_, errs[i] = c.Fetch(context.Background(), fmt.Sprintf("%s/a%d", srv.URL, i))
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("fetch %d: %v", i, err)
		}
	}
	if total.Load() != 6 || peak.Load() != 2 {
		t.Errorf("server saw %d requests, at most %d at once; want 6, at most 2 (and 2 reached)", total.Load(), peak.Load())
	}
}

func TestUserAgent(t *testing.T) {
	srv := server(t)
	tests := []struct {
		name, ua, want string
	}{
		{"default", "", "The client called itself diplograph/dev (+https://github.com/diplograph/diplograph) today."},
		{"own", "newsbot/1.0", "The client called itself newsbot/1.0 today."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := New(Options{UserAgent: tt.ua}).Fetch(context.Background(), srv.URL+"/ua")
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, arts[0].Text); diff != "" {
				t.Errorf("User-Agent seen by the server (-want +got):\n%s", diff)
			}
		})
	}
}

func TestIsURL(t *testing.T) {
	tests := map[string]bool{
		"https://example.org/a":    true,
		"HTTP://EXAMPLE.ORG":       true,
		"http://localhost:8080/x":  true,
		"ftp://example.org/a":      false,
		"example.org/a":            false,
		"articles/000.txt":         false,
		"https://":                 false,
		"-":                        false,
		"C:\\news\\http-page.html": false,
	}
	for s, want := range tests {
		t.Run(s, func(t *testing.T) {
			if got := IsURL(s); got != want {
				t.Errorf("IsURL(%q) = %v, want %v", s, got, want)
			}
		})
	}
}
