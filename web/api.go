package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	_ "github.com/cayleygraph/quad/json"   // formats of /api/v2/read and /api/v2/write
	_ "github.com/cayleygraph/quad/jsonld" //
	_ "github.com/cayleygraph/quad/nquads" //

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/queries"
)

// Defaults for zero Options fields.
const (
	DefaultQueryTimeout = queries.DefaultTimeout
	DefaultQueryLimit   = queries.DefaultLimit
	DefaultMaxBody      = 1 << 20
)

// Options configures the server returned by NewServer.
type Options struct {
	// ReadOnly refuses writes through Cayley's v2 API (/api/v2/write,
	// /api/v2/delete, /api/v2/node/delete) with 403. The zero value
	// accepts them: the command line sets ReadOnly unless told --writable.
	ReadOnly bool
	// QueryTimeout stops a query that runs longer; zero means
	// DefaultQueryTimeout.
	QueryTimeout time.Duration
	// QueryLimit caps the results of one query; zero means
	// DefaultQueryLimit. A request's ?limit= may lower it, not raise it.
	QueryLimit int
	// MaxBody caps a request body, in bytes; a larger one gets 413. Zero
	// means DefaultMaxBody (1 MiB).
	MaxBody int64
	// Page serves everything outside the API, starting with "/"; nil means
	// a small HTML page that links to the API.
	Page http.Handler
}

func (o Options) withDefaults() Options {
	if o.QueryTimeout <= 0 {
		o.QueryTimeout = DefaultQueryTimeout
	}
	if o.QueryLimit <= 0 {
		o.QueryLimit = DefaultQueryLimit
	}
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	return o
}

// NewServer returns the HTTP handler for the store s:
//
//	POST /api/v1/query/gizmo   Gizmo in the body: {"result": [...]}, or
//	                           {"error": "..."} with a 4xx or 5xx status
//	/api/v2/query?lang=gizmo   Cayley's v2 query endpoint (GET ?qu= or POST)
//	/api/v2/...                the rest of Cayley's v2 API: /api/v2/read,
//	                           /api/v2/formats, and writes unless o.ReadOnly
//	GET /api/health            {"status": "ok"}
//	GET /api/centrality        ?measure=pagerank[,…]&top=20&since=&until=:
//	                           [{"id", "name", "type", "country", "pagerank"}]
//	GET /api/dyads             ?actor=ID&top=N&since=&until=: the edges of the
//	                           actor network, heaviest first
//	GET /api/neighbourhood     ?actor=ID&depth=1&size_by=&cluster_by=: the
//	                           actors within depth hops and their edges,
//	                           node-link JSON as graph.WriteJSON writes it
//	/                          o.Page
//
// Every query runs under o.QueryTimeout and o.QueryLimit; a query that
// runs too long is stopped and answered with 503. Request bodies beyond
// o.MaxBody get 413. No CORS headers are sent, and requests other than GET,
// HEAD and OPTIONS that a browser marks as coming from another origin are
// refused with 403.
func NewServer(s *graph.Store, o Options) http.Handler {
	o = o.withDefaults()
	a := &apiServer{store: s, qs: s.QuadStore(), o: o}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/v1/query/{lang}", a.serveV1Query)
	mux.Handle("/api/v2/", a.v2())
	mux.HandleFunc("/api/v2/query", a.serveV2Query)
	mux.HandleFunc("/api/health", a.serveHealth)
	mux.HandleFunc("/api/centrality", a.networkHandler(a.centrality))
	mux.HandleFunc("/api/dyads", a.networkHandler(a.dyads))
	mux.HandleFunc("/api/neighbourhood", a.networkHandler(a.neighbourhood))
	if o.Page != nil {
		mux.Handle("/", o.Page)
	} else {
		mux.HandleFunc("/", apiPlaceholder)
	}
	var h http.Handler = mux
	h = a.limitBody(h)
	h = apiSameOrigin(h)
	h = apiRecover(h)
	return h
}

// apiServer answers the API over one store.
type apiServer struct {
	store *graph.Store
	qs    cgraph.QuadStore
	o     Options
}

// v2 returns Cayley's v2 API over the store. Its routes carry their full
// path (/api/v2/...), so it is mounted as it is.
func (a *apiServer) v2() http.Handler {
	ro := a.o.ReadOnly
	var qw cgraph.QuadWriter
	if !ro {
		var err error
		qw, err = cgraph.NewQuadWriter("single", a.qs, nil)
		if err != nil {
			// Without a writer, writes cannot be served: refuse them.
			ro = true
		}
	}
	api := cayleyhttp.NewAPIv2(&cgraph.Handle{QuadStore: a.qs, QuadWriter: qw})
	api.SetReadOnly(ro)
	api.SetQueryTimeout(a.o.QueryTimeout)
	api.SetQueryLimit(a.o.QueryLimit)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Cayley writes some errors without a Content-Type; they are JSON.
		// Its successful answers set their own.
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Cache-Control", "no-store")
		api.ServeHTTP(w, r)
	})
}

// apiQueryResult is the body of a successful v1 query, as Cayley gives it, with
// a warning when the query named IRIs the store does not hold.
type apiQueryResult struct {
	Result  []interface{} `json:"result"`
	Warning string        `json:"warning,omitempty"`
}

// apiErrorBody is the body of every error the API gives.
type apiErrorBody struct {
	Error string `json:"error"`
}

// serveV1Query answers Cayley's v1 query endpoint for Gizmo, as Cayley's
// own server does: POST with the query as the body, ?limit=N optional.
func (a *apiServer) serveV1Query(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeAPIError(w, http.StatusMethodNotAllowed, "use POST with the query as the request body")
		return
	}
	if lang := r.PathValue("lang"); lang != "gizmo" {
		writeAPIError(w, http.StatusBadRequest, fmt.Sprintf("unknown query language %q: this server speaks gizmo", lang))
		return
	}
	limit := a.o.QueryLimit
	if s := r.URL.Query().Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			writeAPIError(w, http.StatusBadRequest, fmt.Sprintf("limit %q: want a positive whole number", s))
			return
		}
		limit = min(n, limit)
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		apiBodyError(w, err)
		return
	}
	src := string(body)
	if strings.TrimSpace(src) == "" {
		writeAPIError(w, http.StatusBadRequest, "query is empty: send the Gizmo source as the request body")
		return
	}
	a.answerQuery(w, r, src, limit)
}

// serveV2Query answers Cayley's v2 query endpoint for Gizmo as Cayley's
// own handler does (?lang=gizmo, the query in ?qu= for GET or the body for
// POST, {"result": [...]}), but runs the query through queries.Run: its
// guard keeps a malformed query from crashing the server, and its results
// are always in Cayley's JSON collation (no JSON-LD).
func (a *apiServer) serveV2Query(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		w.Header().Set("Allow", "GET, POST")
		writeAPIError(w, http.StatusMethodNotAllowed, "use GET with ?qu= or POST with the query as the body")
		return
	}
	q := r.URL.Query()
	switch lang := q.Get("lang"); lang {
	case "gizmo":
	case "":
		writeAPIError(w, http.StatusBadRequest, "query language not specified: add ?lang=gizmo")
		return
	default:
		writeAPIError(w, http.StatusBadRequest, fmt.Sprintf("unknown query language %q: this server speaks gizmo", lang))
		return
	}
	src := q.Get("qu")
	if r.Method == http.MethodPost {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			apiBodyError(w, err)
			return
		}
		src = string(body)
	}
	if strings.TrimSpace(src) == "" {
		writeAPIError(w, http.StatusBadRequest, "query is empty")
		return
	}
	a.answerQuery(w, r, src, a.o.QueryLimit)
}

// answerQuery runs src and answers {"result": [...]} (null when empty, as
// Cayley does, with a "warning" when the query names IRIs the store does
// not hold), 503 when it ran too long, 400 for any other error.
func (a *apiServer) answerQuery(w http.ResponseWriter, r *http.Request, src string, limit int) {
	res, err := queries.Run(r.Context(), a.qs, src, queries.Options{Limit: limit, Timeout: a.o.QueryTimeout})
	var out apiQueryResult
	var unknown *queries.UnknownIRIError
	switch {
	case errors.As(err, &unknown):
		out.Warning = unknown.Error()
	case errors.Is(err, queries.ErrTimeout):
		writeAPIError(w, http.StatusServiceUnavailable, err.Error())
		return
	case err != nil && r.Context().Err() != nil:
		// The client went away; nobody reads the answer.
		writeAPIError(w, http.StatusServiceUnavailable, err.Error())
		return
	case err != nil:
		writeAPIError(w, http.StatusBadRequest, err.Error())
		return
	}
	if len(res) > 0 {
		// Cayley answers an empty result with "result": null.
		out.Result = res
	}
	writeAPIJSON(w, http.StatusOK, out)
}

// serveHealth answers {"status": "ok"} while the server runs.
func (a *apiServer) serveHealth(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeAPIError(w, http.StatusMethodNotAllowed, "use GET")
		return
	}
	writeAPIJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// apiPlaceholderHTML is served at / when no page is given.
const apiPlaceholderHTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>diplograph</title></head>
<body>
<h1>diplograph</h1>
<p>The graph of diplomatic relations, queried with Gizmo:</p>
<ul>
<li><code>POST <a href="/api/v1/query/gizmo">/api/v1/query/gizmo</a></code> with the query as the body,
e.g. <code>g.V("&lt;pakistan&gt;").In("&lt;partners-with&gt;").All()</code></li>
<li><code><a href="/api/v2/query?lang=gizmo&amp;qu=g.V().Limit(10).All()">/api/v2/query?lang=gizmo</a></code>, Cayley's v2 API</li>
<li><code><a href="/api/v2/read?format=json">/api/v2/read</a></code>, the quads</li>
<li><code><a href="/api/health">/api/health</a></code></li>
</ul>
</body></html>
`

// apiPlaceholder serves apiPlaceholderHTML at / and JSON 404s elsewhere.
func apiPlaceholder(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/" {
		writeAPIError(w, http.StatusNotFound, "not found: "+r.URL.Path)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeAPIError(w, http.StatusMethodNotAllowed, "use GET")
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	io.WriteString(w, apiPlaceholderHTML)
}

// limitBody reads a request's body up front, at most o.MaxBody bytes, and
// answers 413 to a larger one, so that every handler behind it (Cayley's
// included) sees a bounded body and the client a proper status.
func (a *apiServer) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body == nil || r.Body == http.NoBody || r.ContentLength == 0 {
			next.ServeHTTP(w, r)
			return
		}
		if r.ContentLength > a.o.MaxBody {
			apiTooLarge(w, a.o.MaxBody)
			return
		}
		b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, a.o.MaxBody))
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				apiTooLarge(w, a.o.MaxBody)
				return
			}
			writeAPIError(w, http.StatusBadRequest, "read the request body: "+err.Error())
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(b))
		r.ContentLength = int64(len(b))
		next.ServeHTTP(w, r)
	})
}

func apiTooLarge(w http.ResponseWriter, limit int64) {
	w.Header().Set("Connection", "close")
	writeAPIError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body too large: the limit is %d bytes", limit))
}

// apiBodyError answers a failure to read a request body.
func apiBodyError(w http.ResponseWriter, err error) {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		apiTooLarge(w, mbe.Limit)
		return
	}
	writeAPIError(w, http.StatusBadRequest, "read the request body: "+err.Error())
}

// apiSameOrigin refuses state-changing requests (any method but GET, HEAD and
// OPTIONS) that a browser marks as cross-origin, with a JSON 403: a page on
// another site cannot make a visitor's browser write to, or run queries
// on, a server on their machine.
func apiSameOrigin(next http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeAPIError(w, http.StatusForbidden, "cross-origin request refused")
	}))
	return cop.Handler(next)
}

// apiRecover turns a panic in a handler into a JSON 500.
func apiRecover(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				writeAPIError(w, http.StatusInternalServerError, fmt.Sprintf("internal error: %v", v))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// writeAPIError answers {"error": msg} with status.
func writeAPIError(w http.ResponseWriter, status int, msg string) {
	writeAPIJSON(w, status, apiErrorBody{Error: msg})
}

// writeAPIJSON answers v as JSON with status.
func writeAPIJSON(w http.ResponseWriter, status int, v interface{}) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		status = http.StatusInternalServerError
		buf.Reset()
		msg, _ := json.Marshal("encode the response: " + err.Error())
		fmt.Fprintf(&buf, "{\"error\":%s}\n", msg)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// apiStatusError is an error with the HTTP status it answers.
type apiStatusError struct {
	status int
	msg    string
}

func (e *apiStatusError) Error() string { return e.msg }

func apiBadRequest(format string, args ...interface{}) error {
	return &apiStatusError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

// apiDate matches the date bounds the network endpoints take.
var apiDate = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// networkHandler answers GET requests with f's value as JSON, f given the
// actor network of the stored triples selected by ?since= and ?until=, and
// a context bounded by the query timeout.
func (a *apiServer) networkHandler(f func(ctx context.Context, n *graph.Network, q url.Values) (interface{}, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeAPIError(w, http.StatusMethodNotAllowed, "use GET")
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), a.o.QueryTimeout)
		defer cancel()
		v, err := a.networkValue(ctx, r.URL.Query(), f)
		if err != nil {
			var se *apiStatusError
			switch {
			case errors.As(err, &se):
				writeAPIError(w, se.status, se.msg)
			case errors.Is(err, context.DeadlineExceeded):
				writeAPIError(w, http.StatusServiceUnavailable, fmt.Sprintf("stopped after %v: %v", a.o.QueryTimeout, err))
			case errors.Is(err, graph.ErrNoConvergence):
				writeAPIError(w, http.StatusUnprocessableEntity, err.Error())
			default:
				writeAPIError(w, http.StatusInternalServerError, err.Error())
			}
			return
		}
		writeAPIJSON(w, http.StatusOK, v)
	}
}

func (a *apiServer) networkValue(ctx context.Context, q url.Values, f func(ctx context.Context, n *graph.Network, q url.Values) (interface{}, error)) (interface{}, error) {
	var filter graph.Filter
	for _, b := range []struct {
		key string
		to  *string
	}{{"since", &filter.Since}, {"until", &filter.Until}} {
		v := q.Get(b.key)
		if v != "" && !apiDate.MatchString(v) {
			return nil, apiBadRequest("%s %q: want a date, YYYY-MM-DD", b.key, v)
		}
		*b.to = v
	}
	ts, err := a.store.Triples(ctx, filter)
	if err != nil {
		return nil, fmt.Errorf("read the triples: %w", err)
	}
	return f(ctx, graph.NewNetwork(ts), q)
}

// apiTop reads ?top=N: def when absent, 0 for all.
func apiTop(q url.Values, def int) (int, error) {
	s := q.Get("top")
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, apiBadRequest("top %q: want a whole number, 0 for all", s)
	}
	return n, nil
}

// centrality ranks the actors by ?measure= (a comma list of graph.Measures,
// pagerank by default), highest first by the first measure (total degree
// for degree, authority for hits), and
// keeps the ?top= (20 by default, 0 for all). Each row is an object with
// "id", "name", "type", "country" and one key per score, as the command
// line's --format json gives.
func (a *apiServer) centrality(ctx context.Context, n *graph.Network, q url.Values) (interface{}, error) {
	measures := strings.Split(q.Get("measure"), ",")
	if q.Get("measure") == "" {
		measures = []string{"pagerank"}
	}
	var keys []string
	for _, m := range measures {
		k := graph.MeasureKeys(strings.TrimSpace(m))
		if k == nil {
			return nil, apiBadRequest("unknown measure %q: want one of %s", m, strings.Join(graph.Measures, ", "))
		}
		keys = append(keys, k...)
	}
	for i := range measures {
		measures[i] = strings.TrimSpace(measures[i])
	}
	top, err := apiTop(q, 20)
	if err != nil {
		return nil, err
	}
	scores, err := n.Centrality(ctx, measures)
	if err != nil {
		return nil, err
	}
	// Rank by the first measure itself: total degree for "degree",
	// authority for "hits".
	rank := measures[0]
	if rank == "hits" {
		rank = "authority"
	}
	graph.SortScores(scores, rank)
	if top > 0 && len(scores) > top {
		scores = scores[:top]
	}
	out := make([]map[string]interface{}, 0, len(scores))
	for _, s := range scores {
		m := map[string]interface{}{"id": s.Actor.ID, "name": s.Actor.Name, "type": s.Actor.Type, "country": s.Actor.Country}
		for _, k := range keys {
			m[k] = s.Values[k]
		}
		out = append(out, m)
	}
	return out, nil
}

// apiDyad is one edge of the actor network as /api/dyads gives it.
type apiDyad struct {
	Source      string         `json:"source"`
	Target      string         `json:"target"`
	Weight      int            `json:"weight"`
	Relation    string         `json:"relation"`
	Relations   map[string]int `json:"relations"`
	Cooperation int            `json:"cooperation"`
	Conflict    int            `json:"conflict"`
	Goldstein   float64        `json:"goldstein"`
	First       string         `json:"first,omitempty"`
	Last        string         `json:"last,omitempty"`
}

// dyads lists the edges of the actor network, those of ?actor= (either
// way) when given, heaviest first, then by source and target, keeping the
// ?top= (0, the default, for all).
func (a *apiServer) dyads(ctx context.Context, n *graph.Network, q url.Values) (interface{}, error) {
	actor := q.Get("actor")
	if actor != "" {
		if _, ok := n.Actor(actor); !ok {
			return nil, &apiStatusError{http.StatusNotFound, fmt.Sprintf("no actor %q in the graph", actor)}
		}
	}
	top, err := apiTop(q, 0)
	if err != nil {
		return nil, err
	}
	out := []apiDyad{}
	for _, e := range n.Edges() {
		if actor != "" && e.Source != actor && e.Target != actor {
			continue
		}
		out = append(out, apiDyad{
			Source: e.Source, Target: e.Target, Weight: e.Weight,
			Relation: e.MainRelation(), Relations: e.Relations,
			Cooperation: e.Cooperation, Conflict: e.Conflict, Goldstein: e.Goldstein,
			First: e.First, Last: e.Last,
		})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Weight != out[j].Weight {
			return out[i].Weight > out[j].Weight
		}
		if out[i].Source != out[j].Source {
			return out[i].Source < out[j].Source
		}
		return out[i].Target < out[j].Target
	})
	if top > 0 && len(out) > top {
		out = out[:top]
	}
	return out, nil
}

// apiMaxDepth bounds ?depth= of /api/neighbourhood.
const apiMaxDepth = 10

// neighbourhood gives the sub-network of the actors within ?depth= hops
// (1 by default, at most 10) of ?actor=, either way, as node-link JSON
// (graph.WriteJSON), with ?size_by= and ?cluster_by= as ExportOptions.
func (a *apiServer) neighbourhood(ctx context.Context, n *graph.Network, q url.Values) (interface{}, error) {
	actor := q.Get("actor")
	if actor == "" {
		return nil, apiBadRequest("actor is missing: /api/neighbourhood?actor=ID&depth=N")
	}
	if _, ok := n.Actor(actor); !ok {
		return nil, &apiStatusError{http.StatusNotFound, fmt.Sprintf("no actor %q in the graph", actor)}
	}
	depth := 1
	if s := q.Get("depth"); s != "" {
		d, err := strconv.Atoi(s)
		if err != nil || d < 0 || d > apiMaxDepth {
			return nil, apiBadRequest("depth %q: want a whole number from 0 to %d", s, apiMaxDepth)
		}
		depth = d
	}
	eo := graph.ExportOptions{SizeBy: q.Get("size_by"), ClusterBy: q.Get("cluster_by"), Title: actor}
	if eo.SizeBy != "" && graph.MeasureKeys(eo.SizeBy) == nil {
		if _, ok := apiScoreKey(eo.SizeBy); !ok {
			return nil, apiBadRequest("unknown size_by %q: want one of %s", eo.SizeBy, strings.Join(graph.Measures, ", "))
		}
	}
	switch eo.ClusterBy {
	case "", "community", "country":
	default:
		return nil, apiBadRequest("unknown cluster_by %q: want community or country", eo.ClusterBy)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := graph.WriteJSON(&buf, n.Neighbourhood(actor, depth), eo); err != nil {
		return nil, err
	}
	return json.RawMessage(buf.Bytes()), nil
}

// apiScoreKey reports whether key is a score key of some measure
// ("in_degree", "authority").
func apiScoreKey(key string) (string, bool) {
	for _, m := range graph.Measures {
		for _, k := range graph.MeasureKeys(m) {
			if k == key {
				return m, true
			}
		}
	}
	return "", false
}
