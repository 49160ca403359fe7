package web

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"io/fs"
	"mime"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
)

// static holds the page: HTML, CSS, the page's JavaScript modules and the
// vendored libraries (see static/vendor/VERSIONS.md). Nothing is fetched
// from elsewhere at run time, so the page works offline.
//
//go:embed static
var static embed.FS

// contentSecurityPolicy allows only the page's own scripts, styles and
// JSON requests: no inline script, no eval, no third-party origin, no
// framing. Article text is untrusted, and this is the second line of
// defence after inserting it as text only.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; " +
	"img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; " +
	"form-action 'self'; frame-ancestors 'none'"

// PageOptions configures the page returned by NewPage.
type PageOptions struct {
	// Timeout bounds the work of one JSON request (reading the store and
	// computing centrality); zero means no limit beyond the request's own.
	Timeout time.Duration
	// Preload reads the store in the background as soon as the page is
	// created, so that the first visitor does not wait for the read (some
	// seconds on a store of tens of thousands of articles).
	Preload bool
}

// A read of the store serves further requests for cacheTTL whatever
// happens, and up to cacheMaxAge while the store holds as many quads as it
// did when read (Cayley counts them cheaply): a read of a big store takes
// seconds, and the store seldom changes under a running page. A change that
// keeps the number of quads (a re-extraction that swaps a relation) shows
// after cacheMaxAge at most.
const (
	cacheTTL    = 2 * time.Second
	cacheMaxAge = 5 * time.Minute
)

// maxViews bounds the number of /api/view answers kept.
const maxViews = 64

// page serves the web view over one store.
type page struct {
	store *graph.Store
	opts  PageOptions

	mu        sync.Mutex // guards the reads below
	triples   []extract.Triple
	triplesAt time.Time
	triplesN  int64 // quads in the store when triples were read
	arts      map[string]extract.Article
	artsAt    time.Time
	artsN     int64
	// views are /api/view answers by query string, for the triples read
	// at viewsAt.
	views   map[string]rawJSON
	viewsAt time.Time
	// pairs indexes the triples read at pairsAt by (subject, object).
	pairs   map[dyadKey][]int
	pairsAt time.Time
}

// quadCount returns the number of quads in the store, or -1 when the store
// cannot say.
func (p *page) quadCount(ctx context.Context) int64 {
	st, err := p.store.QuadStore().Stats(ctx, false)
	if err != nil {
		return -1
	}
	return st.Quads.Size
}

// fresh reports whether a read made at `at` when the store held n quads
// still serves.
func (p *page) fresh(ctx context.Context, at time.Time, n int64) bool {
	age := time.Since(at)
	if age < cacheTTL {
		return true
	}
	return age < cacheMaxAge && n >= 0 && p.quadCount(ctx) == n
}

// NewPage returns the handler for the page and its JSON endpoints (mount at
// "/"; it serves "/", "/static/…", "/api/view", "/api/search", "/api/edge",
// "/api/dyad", "/api/export" and "/api/gizmo/examples"). Every response
// carries a Content-Security-Policy that allows only the page's own scripts
// and styles; every path answers GET and HEAD only, and anything else gets
// 405. The page's Gizmo box posts to /api/v1/query/gizmo, which NewServer
// serves: mount the page as Options.Page.
func NewPage(s *graph.Store, o PageOptions) http.Handler {
	p := &page{store: s, opts: o}
	if o.Preload {
		go func() {
			// An error here is met again, and reported, by the first request.
			_, _ = p.allTriples(context.Background())
			_, _ = p.articles(context.Background())
		}()
	}
	sub, err := fs.Sub(static, "static")
	if err != nil {
		// The embedded tree always has "static": this cannot happen.
		sub = static
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", p.serveIndex)
	mux.Handle("GET /static/", http.StripPrefix("/static/", noListing(http.FileServerFS(sub))))
	mux.HandleFunc("GET /api/view", p.api(p.view))
	mux.HandleFunc("GET /api/search", p.api(p.search))
	mux.HandleFunc("GET /api/edge", p.api(p.edge))
	mux.HandleFunc("GET /api/dyad", p.api(p.dyad))
	mux.HandleFunc("GET /api/export", p.serveExport)
	mux.HandleFunc("GET /api/gizmo/examples", p.api(p.gizmoExamples))
	return secure(mux)
}

// secure sets the security headers on every response and refuses every
// method but GET and HEAD.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// noListing answers 404 for folder paths instead of a directory listing.
func noListing(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "" || r.URL.Path[len(r.URL.Path)-1] == '/' {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		next.ServeHTTP(w, r)
	})
}

// serveIndex writes the page itself.
func (p *page) serveIndex(w http.ResponseWriter, r *http.Request) {
	b, err := static.ReadFile("static/index.html")
	if err != nil {
		http.Error(w, "web: page missing from the build", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(b)
}

// httpError is an error with the HTTP status it should be answered with.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

// badRequest returns a 400 error with a message for the user.
func badRequest(msg string) error { return &httpError{http.StatusBadRequest, msg} }

// notFound returns a 404 error with a message for the user.
func notFound(msg string) error { return &httpError{http.StatusNotFound, msg} }

// api adapts a JSON endpoint: it bounds the request by the page's timeout,
// writes the value as JSON, and maps errors to a status and
// {"error": "…"}.
func (p *page) api(f func(ctx context.Context, r *http.Request) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		if p.opts.Timeout > 0 {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(ctx, p.opts.Timeout)
			defer cancel()
		}
		v, err := f(ctx, r)
		if err != nil {
			writeJSON(w, errorStatus(err), map[string]string{"error": err.Error()})
			return
		}
		writeJSON(w, http.StatusOK, v)
	}
}

// errorStatus is the HTTP status an endpoint's error is answered with.
func errorStatus(err error) int {
	var he *httpError
	switch {
	case errors.As(err, &he):
		return he.status
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout
	case errors.Is(err, context.Canceled):
		return 499 // client closed the request; nobody reads it
	}
	return http.StatusInternalServerError
}

// serveExport answers /api/export with a file to save, or a JSON error.
func (p *page) serveExport(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	if p.opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, p.opts.Timeout)
		defer cancel()
	}
	f, err := p.export(ctx, r)
	if err != nil {
		writeJSON(w, errorStatus(err), map[string]string{"error": err.Error()})
		return
	}
	h := w.Header()
	h.Set("Content-Type", f.contentType)
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": f.name}))
	h.Set("Content-Length", strconv.Itoa(len(f.body)))
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(f.body)
	}
}

// writeJSON writes v as JSON with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	var b []byte
	var err error
	if raw, ok := v.(rawJSON); ok {
		b = raw
	} else {
		b, err = json.Marshal(v)
	}
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":"web: encoding the answer failed"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}
