package web

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"io/fs"
	"net/http"
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
}

// cacheTTL is how long a read of the store serves further requests: the
// page shows what was stored at most this long ago.
const cacheTTL = 2 * time.Second

// page serves the web view over one store.
type page struct {
	store *graph.Store
	opts  PageOptions

	mu        sync.Mutex // guards the reads below
	triples   []extract.Triple
	triplesAt time.Time
	arts      map[string]extract.Article
	artsAt    time.Time
}

// NewPage returns the handler for the page and its JSON endpoints (mount at
// "/"; it serves "/", "/static/…", "/api/view", "/api/search", "/api/edge",
// "/api/dyad"). Every response carries a Content-Security-Policy that allows
// only the page's own scripts and styles; every path answers GET and HEAD
// only, and anything else gets 405.
func NewPage(s *graph.Store, o PageOptions) http.Handler {
	p := &page{store: s, opts: o}
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
			status := http.StatusInternalServerError
			var he *httpError
			switch {
			case errors.As(err, &he):
				status = he.status
			case errors.Is(err, context.DeadlineExceeded):
				status = http.StatusGatewayTimeout
			case errors.Is(err, context.Canceled):
				status = 499 // client closed the request; nobody reads it
			}
			writeJSON(w, status, map[string]string{"error": err.Error()})
			return
		}
		writeJSON(w, http.StatusOK, v)
	}
}

// writeJSON writes v as JSON with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":"web: encoding the answer failed"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}
