package web

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/queries"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// The JSON endpoints behind the page. Every endpoint reads the triples that
// pass the view's filters (see query) and answers from them alone, so an
// edge's weight, its evidence and the dyad timeline always count the same
// triples.

// Defaults and bounds of the view's parameters.
const (
	defaultTop     = 100
	maxTop         = 1000
	defaultMeasure = "pagerank"
	maxDepth       = 3
	maxSearch      = 50
	// detailLimit is the number of actors above which the slow measures
	// (betweenness, closeness) are left out of an actor's details.
	detailLimit = 500
)

// measures are the centrality measures the page offers.
var measures = graph.Measures

// cameoRoots names the twenty CAMEO root codes.
var cameoRoots = map[string]string{
	"01": "Make public statement",
	"02": "Appeal",
	"03": "Express intent to cooperate",
	"04": "Consult",
	"05": "Engage in diplomatic cooperation",
	"06": "Engage in material cooperation",
	"07": "Provide aid",
	"08": "Yield",
	"09": "Investigate",
	"10": "Demand",
	"11": "Disapprove",
	"12": "Reject",
	"13": "Threaten",
	"14": "Protest",
	"15": "Exhibit military posture",
	"16": "Reduce relations",
	"17": "Coerce",
	"18": "Assault",
	"19": "Fight",
	"20": "Use unconventional mass violence",
}

// quadNames names the four quad classes.
var quadNames = map[int]string{
	1: "verbal cooperation",
	2: "material cooperation",
	3: "verbal conflict",
	4: "material conflict",
}

// query is the part of a request's query string that selects triples and
// shapes the view. The page keeps the same keys in its own address, so a
// shared link reproduces the view.
type query struct {
	since, until string   // YYYY-MM or YYYY-MM-DD, inclusive; empty: open
	relations    []string // relation ids; empty: all
	cameo        []string // CAMEO code prefixes ("05", "057"); empty: all
	quads        []int    // quad classes; empty: all
	min          int      // minimum mentions of an edge
	top          int      // actors in the overview
	measure      string   // centrality measure ranking the overview
	actors       []string // focus actor first, then expanded ones
	depth        int      // neighbourhood depth around each actor
}

// parseQuery reads and checks the view's parameters.
func parseQuery(v url.Values) (query, error) {
	q := query{min: 1, top: defaultTop, measure: defaultMeasure, depth: 1}
	var err error
	if q.since, err = parseMonthOrDate(v.Get("since")); err != nil {
		return q, badRequest("since: " + err.Error())
	}
	if q.until, err = parseMonthOrDate(v.Get("until")); err != nil {
		return q, badRequest("until: " + err.Error())
	}
	if q.since != "" && q.until != "" && q.since[:7] > q.until[:7] {
		return q, badRequest("since is after until")
	}
	q.relations = list(v.Get("rel"))
	for _, c := range list(v.Get("cameo")) {
		if len(c) < 2 || len(c) > 4 || strings.Trim(c, "0123456789") != "" {
			return q, badRequest(fmt.Sprintf("cameo: %q is not a CAMEO code or root (two to four digits)", c))
		}
		q.cameo = append(q.cameo, c)
	}
	for _, s := range list(v.Get("quad")) {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 4 {
			return q, badRequest(fmt.Sprintf("quad: %q is not a quad class (1 to 4)", s))
		}
		q.quads = append(q.quads, n)
	}
	if q.min, err = intParam(v, "min", 1, 1, math.MaxInt32); err != nil {
		return q, err
	}
	if q.top, err = intParam(v, "top", defaultTop, 1, maxTop); err != nil {
		return q, err
	}
	if q.depth, err = intParam(v, "depth", 1, 1, maxDepth); err != nil {
		return q, err
	}
	if m := v.Get("measure"); m != "" {
		if !slices.Contains(measures, m) {
			return q, badRequest(fmt.Sprintf("measure: %q is not one of %s", m, strings.Join(measures, ", ")))
		}
		q.measure = m
	}
	q.actors = list(v.Get("actor"))
	return q, nil
}

// list splits a comma-separated parameter, dropping empty items and
// repeats.
func list(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// intParam reads an integer parameter within [lo, hi], def when absent.
func intParam(v url.Values, key string, def, lo, hi int) (int, error) {
	s := v.Get(key)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, badRequest(fmt.Sprintf("%s: %q is not a whole number from %d to %d", key, s, lo, hi))
	}
	return n, nil
}

// parseMonthOrDate checks a YYYY-MM or YYYY-MM-DD value.
func parseMonthOrDate(s string) (string, error) {
	switch len(s) {
	case 0:
		return "", nil
	case 7:
		if _, err := time.Parse("2006-01", s); err == nil {
			return s, nil
		}
	case 10:
		if _, err := time.Parse(time.DateOnly, s); err == nil {
			return s, nil
		}
	}
	return "", fmt.Errorf("%q is not a month (YYYY-MM) or a date (YYYY-MM-DD)", s)
}

// keeps reports whether a triple passes the query's filters of date,
// relation, CAMEO code and quad class. A date bound compares as many
// characters as it has, so "until=2025-10" keeps all of October. A triple
// with no date fails any date bound.
func (q query) keeps(t extract.Triple) bool {
	if q.since != "" && (t.Date == "" || prefix(t.Date, len(q.since)) < q.since) {
		return false
	}
	if q.until != "" && (t.Date == "" || prefix(t.Date, len(q.until)) > q.until) {
		return false
	}
	if len(q.relations) > 0 && !slices.Contains(q.relations, t.Relation.ID) {
		return false
	}
	if len(q.cameo) > 0 && !slices.ContainsFunc(q.cameo, func(c string) bool {
		return strings.HasPrefix(t.Relation.Cameo, c)
	}) {
		return false
	}
	if len(q.quads) > 0 && !slices.Contains(q.quads, t.Relation.QuadClass) {
		return false
	}
	return true
}

// prefix returns the first n bytes of s, or s when shorter.
func prefix(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// dyadKey identifies a directed pair of actors.
type dyadKey struct{ source, target string }

// selection is the triples a request works on: all of the corpus, and the
// ones that pass the filters and the minimum mentions.
type selection struct {
	all  []extract.Triple
	kept []extract.Triple
	at   time.Time // when all was read from the store
}

// selectTriples reads the store and applies the query. Filtering happens
// here rather than in the store so that every endpoint applies exactly the
// same rules to the same triples. Edges with fewer than q.min triples are
// dropped with their triples.
func (p *page) selectTriples(ctx context.Context, q query) (selection, error) {
	all, at, err := p.allTriplesAt(ctx)
	if err != nil {
		return selection{}, err
	}
	var kept []extract.Triple
	count := map[dyadKey]int{}
	for _, t := range all {
		if q.keeps(t) {
			kept = append(kept, t)
			count[dyadKey{t.Subject.ID, t.Object.ID}]++
		}
	}
	if q.min > 1 {
		kept = slices.DeleteFunc(kept, func(t extract.Triple) bool {
			return count[dyadKey{t.Subject.ID, t.Object.ID}] < q.min
		})
	}
	return selection{all: all, kept: kept, at: at}, ctx.Err()
}

// selectPair is selectTriples for the triples between two actors, either
// way: it gives the same kept triples between them as selectTriples does,
// in the same order, but looks only at theirs, through an index of the
// store's triples by pair kept with the read.
func (p *page) selectPair(ctx context.Context, q query, a, b string) (selection, error) {
	all, at, err := p.allTriplesAt(ctx)
	if err != nil {
		return selection{}, err
	}
	p.mu.Lock()
	if p.pairs == nil || !p.pairsAt.Equal(at) {
		p.pairs = make(map[dyadKey][]int)
		for i, t := range all {
			k := dyadKey{t.Subject.ID, t.Object.ID}
			p.pairs[k] = append(p.pairs[k], i)
		}
		p.pairsAt = at
	}
	ab, ba := p.pairs[dyadKey{a, b}], p.pairs[dyadKey{b, a}]
	p.mu.Unlock()
	keep := func(idx []int) []int {
		var out []int
		for _, i := range idx {
			if q.keeps(all[i]) {
				out = append(out, i)
			}
		}
		if len(out) < q.min {
			return nil // the edge has fewer mentions than asked: dropped
		}
		return out
	}
	idx := keep(ab)
	if a != b {
		idx = append(idx, keep(ba)...)
	}
	slices.Sort(idx)
	kept := make([]extract.Triple, len(idx))
	for j, i := range idx {
		kept[j] = all[i]
	}
	return selection{all: all, kept: kept, at: at}, ctx.Err()
}

// viewNode is an actor as the page draws it.
type viewNode struct {
	extract.Actor
	// Score is the actor's value of the view's measure over the whole
	// filtered network (not only the actors shown).
	Score float64 `json:"score"`
	// Rank is the actor's position by Score, from 1.
	Rank int `json:"rank"`
	// Mentions is the number of triples the actor is in, either side.
	Mentions int `json:"mentions"`
}

// viewEdge is a directed edge as the page draws it: the triples from
// Source to Target that pass the filters.
type viewEdge struct {
	ID          string         `json:"id"`
	Source      string         `json:"source"`
	Target      string         `json:"target"`
	Weight      int            `json:"weight"`
	Cooperation int            `json:"cooperation"`
	Conflict    int            `json:"conflict"`
	Goldstein   float64        `json:"goldstein"`
	Relations   map[string]int `json:"relations"`
	First       string         `json:"first"`
	Last        string         `json:"last"`
}

// labelled is a value with its name and how many triples have it.
type labelled struct {
	Code  string `json:"code"`
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// corpus describes everything in the store, unfiltered, for the filter
// controls.
type corpus struct {
	Months     []string   `json:"months"`
	Relations  []labelled `json:"relations"`
	CameoRoots []labelled `json:"cameo_roots"`
	Triples    int        `json:"triples"`
	Undated    int        `json:"undated"`
}

// totals counts what passes the filters.
type totals struct {
	Actors  int `json:"actors"`
	Edges   int `json:"edges"`
	Triples int `json:"triples"`
}

// partner is another actor and what the focus actor did with it, either
// direction.
type partner struct {
	Actor       extract.Actor `json:"actor"`
	Mentions    int           `json:"mentions"`
	Cooperation int           `json:"cooperation"`
	Conflict    int           `json:"conflict"`
	Goldstein   float64       `json:"goldstein"`
}

// actorDetail is the side panel of the focus actor.
type actorDetail struct {
	Actor    extract.Actor      `json:"actor"`
	Scores   map[string]float64 `json:"scores"`
	Rank     int                `json:"rank"`
	Of       int                `json:"of"`
	Mentions int                `json:"mentions"`
	Articles int                `json:"articles"`
	First    string             `json:"first"`
	Last     string             `json:"last"`
	// Partners are the actors it cooperated with most (quad classes 1
	// and 2), adversaries those it had most conflict with (3 and 4).
	Partners    []partner `json:"partners"`
	Adversaries []partner `json:"adversaries"`
}

// viewResponse is the answer of /api/view.
type viewResponse struct {
	Mode    string `json:"mode"` // "top" or "neighbourhood"
	Measure string `json:"measure"`
	// MaxScore is the highest value of the measure in the filtered
	// network, so that views drawn one after another share a scale.
	MaxScore float64      `json:"max_score"`
	Nodes    []viewNode   `json:"nodes"`
	Edges    []viewEdge   `json:"edges"`
	Focus    *actorDetail `json:"focus,omitempty"`
	// Missing lists requested actors with no triple under the filters.
	Missing []string `json:"missing,omitempty"`
	Total   totals   `json:"total"`
	Corpus  corpus   `json:"corpus"`
}

// view answers /api/view: the top actors by a centrality measure and the
// edges among them, or, with actor=ID[,ID…], the neighbourhoods of those
// actors (depth=N) and the details of the first.
func (p *page) view(ctx context.Context, r *http.Request) (any, error) {
	q, err := parseQuery(r.URL.Query())
	if err != nil {
		return nil, err
	}
	// A view already answered for the same read of the store is sent
	// again as it was encoded: on a big store, computing and encoding it
	// take a good part of a second.
	_, at, err := p.allTriplesAt(ctx)
	if err != nil {
		return nil, err
	}
	key := r.URL.Query().Encode()
	if v, ok := p.cachedView(key, at); ok {
		return v, nil
	}
	sel, err := p.selectTriples(ctx, q)
	if err != nil {
		return nil, err
	}
	v, err := p.buildView(ctx, q, sel, true)
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("web: encode the view: %w", err)
	}
	p.keepView(key, sel.at, b)
	return rawJSON(b), nil
}

// rawJSON is an answer already encoded.
type rawJSON []byte

// cachedView returns the view answered for a query string from the triples
// read at `at`.
func (p *page) cachedView(key string, at time.Time) (rawJSON, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.viewsAt.Equal(at) {
		return nil, false
	}
	v, ok := p.views[key]
	return v, ok
}

// keepView keeps a view computed from the triples read at `at`, dropping
// the views of older reads, and all of them when there are too many.
func (p *page) keepView(key string, at time.Time, v rawJSON) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.viewsAt.Equal(at) || len(p.views) >= maxViews {
		p.views, p.viewsAt = map[string]rawJSON{}, at
	}
	p.views[key] = v
}

// buildView computes the view of a selection: the actors and edges drawn
// and, when withFocus is set and actors are asked for, the details of the
// first. The export draws on it so that a download holds what the page
// shows.
func (p *page) buildView(ctx context.Context, q query, sel selection, withFocus bool) (viewResponse, error) {
	n := graph.NewNetwork(sel.kept)
	scores, err := n.Centrality(ctx, []string{q.measure})
	if errors.Is(err, graph.ErrNoConvergence) {
		return viewResponse{}, &httpError{http.StatusUnprocessableEntity,
			fmt.Sprintf("%s centrality does not settle on this network (%v): choose another measure", q.measure, err)}
	}
	if err != nil {
		return viewResponse{}, fmt.Errorf("web: %s centrality: %w", q.measure, err)
	}
	value := func(s graph.Score) float64 { return measureValue(s.Values, q.measure) }
	slices.SortStableFunc(scores, func(a, b graph.Score) int {
		return cmp.Or(cmp.Compare(value(b), value(a)), strings.Compare(a.Actor.ID, b.Actor.ID))
	})
	rank := make(map[string]int, len(scores))
	score := make(map[string]float64, len(scores))
	for i, s := range scores {
		rank[s.Actor.ID] = i + 1
		score[s.Actor.ID] = value(s)
	}
	mentions := map[string]int{}
	for _, t := range sel.kept {
		mentions[t.Subject.ID]++
		mentions[t.Object.ID]++
	}
	edges := n.Edges()
	resp := viewResponse{
		Mode:    "top",
		Measure: q.measure,
		Total:   totals{Actors: len(scores), Edges: len(edges), Triples: len(sel.kept)},
		Corpus:  describe(sel.all),
		Nodes:   []viewNode{},
		Edges:   []viewEdge{},
	}
	if len(scores) > 0 {
		resp.MaxScore = value(scores[0])
	}

	shown := map[string]extract.Actor{}
	if len(q.actors) == 0 {
		for _, s := range scores[:min(q.top, len(scores))] {
			shown[s.Actor.ID] = s.Actor
		}
		for _, e := range edges {
			_, okS := shown[e.Source]
			_, okT := shown[e.Target]
			if okS && okT {
				resp.Edges = append(resp.Edges, toViewEdge(e))
			}
		}
	} else {
		resp.Mode = "neighbourhood"
		seen := map[string]bool{}
		for _, id := range q.actors {
			if _, ok := rank[id]; !ok {
				resp.Missing = append(resp.Missing, id)
				continue
			}
			nb := n.Neighbourhood(id, q.depth)
			if nb == nil {
				resp.Missing = append(resp.Missing, id)
				continue
			}
			for _, a := range nb.Actors() {
				shown[a.ID] = a
			}
			for _, e := range nb.Edges() {
				ve := toViewEdge(e)
				if !seen[ve.ID] {
					seen[ve.ID] = true
					resp.Edges = append(resp.Edges, ve)
				}
			}
		}
		if focus := q.actors[0]; withFocus && rank[focus] > 0 {
			d, err := p.detail(ctx, n, sel.kept, focus, rank[focus], len(scores))
			if err != nil {
				return viewResponse{}, err
			}
			resp.Focus = d
		}
	}
	for id, a := range shown {
		resp.Nodes = append(resp.Nodes, viewNode{Actor: a, Score: score[id], Rank: rank[id], Mentions: mentions[id]})
	}
	slices.SortFunc(resp.Nodes, func(a, b viewNode) int {
		return cmp.Or(cmp.Compare(a.Rank, b.Rank), strings.Compare(a.ID, b.ID))
	})
	slices.SortFunc(resp.Edges, func(a, b viewEdge) int { return strings.Compare(a.ID, b.ID) })
	return resp, nil
}

// measureValue reads a measure's value from a score; "hits" gives two
// values, of which the authority score ranks, as in graph.Network.Top.
func measureValue(v map[string]float64, measure string) float64 {
	if measure == "hits" {
		return v["authority"]
	}
	return v[measure]
}

// edgeID is the page's id of the directed edge source→target.
func edgeID(source, target string) string { return source + ">" + target }

// toViewEdge converts a network edge.
func toViewEdge(e graph.Edge) viewEdge {
	rel := e.Relations
	if rel == nil {
		rel = map[string]int{}
	}
	return viewEdge{
		ID: edgeID(e.Source, e.Target), Source: e.Source, Target: e.Target,
		Weight: e.Weight, Cooperation: e.Cooperation, Conflict: e.Conflict,
		Goldstein: e.Goldstein, Relations: rel, First: e.First, Last: e.Last,
	}
}

// describe summarises the whole corpus for the filter controls.
func describe(ts []extract.Triple) corpus {
	c := corpus{Months: []string{}, Relations: []labelled{}, CameoRoots: []labelled{}, Triples: len(ts)}
	months := map[string]bool{}
	rels := map[string]*labelled{}
	roots := map[string]int{}
	for _, t := range ts {
		if len(t.Date) >= 7 {
			months[t.Date[:7]] = true
		} else {
			c.Undated++
		}
		l := rels[t.Relation.ID]
		if l == nil {
			l = &labelled{Code: t.Relation.ID, Name: t.Relation.Cameo}
			rels[t.Relation.ID] = l
		}
		l.Count++
		if len(t.Relation.Cameo) >= 2 {
			roots[t.Relation.Cameo[:2]]++
		}
	}
	for m := range months {
		c.Months = append(c.Months, m)
	}
	slices.Sort(c.Months)
	for _, l := range rels {
		c.Relations = append(c.Relations, *l)
	}
	slices.SortFunc(c.Relations, func(a, b labelled) int { return strings.Compare(a.Code, b.Code) })
	for code, n := range roots {
		c.CameoRoots = append(c.CameoRoots, labelled{Code: code, Name: cameoRoots[code], Count: n})
	}
	slices.SortFunc(c.CameoRoots, func(a, b labelled) int { return strings.Compare(a.Code, b.Code) })
	return c
}

// detailMeasures are the measures shown for a focus actor in a network of
// n actors: the slow ones only for small networks.
func detailMeasures(n int) []string {
	if n <= detailLimit {
		return []string{"degree", "pagerank", "betweenness", "closeness", "eigenvector"}
	}
	return []string{"degree", "pagerank", "eigenvector"}
}

// detail computes the side panel of one actor from the filtered triples.
func (p *page) detail(ctx context.Context, n *graph.Network, kept []extract.Triple, id string, rank, of int) (*actorDetail, error) {
	d := &actorDetail{Rank: rank, Of: of, Scores: map[string]float64{}, Partners: []partner{}, Adversaries: []partner{}}
	for _, m := range detailMeasures(of) {
		scores, err := n.Centrality(ctx, []string{m})
		if errors.Is(err, graph.ErrNoConvergence) {
			continue // the measure has no value here; the others still do
		}
		if err != nil {
			return nil, fmt.Errorf("web: %s centrality of %s: %w", m, id, err)
		}
		for _, s := range scores {
			if s.Actor.ID == id {
				d.Actor = s.Actor
				for k, v := range s.Values {
					d.Scores[k] = v
				}
			}
		}
	}
	others := map[string]*partner{}
	articles := map[string]bool{}
	for _, t := range kept {
		var other extract.Actor
		switch id {
		case t.Subject.ID:
			other = t.Object
			d.Actor = mergeActor(d.Actor, t.Subject)
		case t.Object.ID:
			other = t.Subject
			d.Actor = mergeActor(d.Actor, t.Object)
		default:
			continue
		}
		d.Mentions++
		articles[t.Article] = true
		if t.Date != "" && (d.First == "" || t.Date < d.First) {
			d.First = t.Date
		}
		if t.Date > d.Last {
			d.Last = t.Date
		}
		if other.ID == id {
			continue
		}
		pt := others[other.ID]
		if pt == nil {
			pt = &partner{Actor: other}
			others[other.ID] = pt
		}
		pt.Mentions++
		pt.Goldstein += t.Relation.Goldstein
		switch t.Relation.QuadClass {
		case 1, 2:
			pt.Cooperation++
		case 3, 4:
			pt.Conflict++
		}
	}
	d.Articles = len(articles)
	const most = 8
	for _, pt := range others {
		if pt.Cooperation > 0 {
			d.Partners = append(d.Partners, *pt)
		}
		if pt.Conflict > 0 {
			d.Adversaries = append(d.Adversaries, *pt)
		}
	}
	slices.SortFunc(d.Partners, func(a, b partner) int {
		return cmp.Or(cmp.Compare(b.Cooperation, a.Cooperation), cmp.Compare(b.Goldstein, a.Goldstein), strings.Compare(a.Actor.ID, b.Actor.ID))
	})
	slices.SortFunc(d.Adversaries, func(a, b partner) int {
		return cmp.Or(cmp.Compare(b.Conflict, a.Conflict), cmp.Compare(a.Goldstein, b.Goldstein), strings.Compare(a.Actor.ID, b.Actor.ID))
	})
	d.Partners = d.Partners[:min(most, len(d.Partners))]
	d.Adversaries = d.Adversaries[:min(most, len(d.Adversaries))]
	return d, nil
}

// mergeActor fills the empty fields of a from b and adds b's aliases.
func mergeActor(a, b extract.Actor) extract.Actor {
	if a.ID == "" {
		a.ID = b.ID
	}
	a.Name = cmp.Or(a.Name, b.Name)
	a.Type = cmp.Or(a.Type, b.Type)
	a.Country = cmp.Or(a.Country, b.Country)
	a.Role = cmp.Or(a.Role, b.Role)
	for _, al := range b.Aliases {
		if !slices.Contains(a.Aliases, al) {
			a.Aliases = append(slices.Clip(a.Aliases), al)
		}
	}
	return a
}

// searchHit is one completion for the search box.
type searchHit struct {
	extract.Actor
	// Matched is the alias that matched, when it was not the name.
	Matched  string `json:"matched,omitempty"`
	Mentions int    `json:"mentions"`
}

// search answers /api/search?q=TEXT[&limit=N]: actors whose name, alias or
// id matches, best first (whole name, whole alias, name prefix, alias
// prefix, word prefix, anywhere), ties by mentions. Matching ignores case and accents.
// It searches the whole corpus, whatever the filters.
func (p *page) search(ctx context.Context, r *http.Request) (any, error) {
	v := r.URL.Query()
	needle := fold(v.Get("q"))
	limit, err := intParam(v, "limit", 10, 1, maxSearch)
	if err != nil {
		return nil, err
	}
	hits := []searchHit{}
	if needle == "" {
		return hits, nil
	}
	ts, err := p.allTriples(ctx)
	if err != nil {
		return nil, err
	}
	actors := map[string]*searchHit{}
	for _, t := range ts {
		for _, a := range []extract.Actor{t.Subject, t.Object} {
			h := actors[a.ID]
			if h == nil {
				h = &searchHit{Actor: a}
				actors[a.ID] = h
			}
			h.Actor = mergeActor(h.Actor, a)
			h.Mentions++
		}
	}
	type ranked struct {
		searchHit
		grade int
	}
	var found []ranked
	for _, h := range actors {
		grade, matched := matchActor(h.Actor, needle)
		if grade < 0 {
			continue
		}
		hit := *h
		hit.Matched = matched
		found = append(found, ranked{hit, grade})
	}
	slices.SortFunc(found, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(a.grade, b.grade), cmp.Compare(b.Mentions, a.Mentions),
			strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	for _, f := range found[:min(limit, len(found))] {
		hits = append(hits, f.searchHit)
	}
	return hits, nil
}

// matchActor grades how well an actor matches a folded needle: 0 whole
// name or id, 1 whole alias, 2 name prefix, 3 alias prefix, 4 a later word
// of the name or an alias starts with it, 5 anywhere in them; -1 no match.
// It returns the alias that matched when that was not the name.
func matchActor(a extract.Actor, needle string) (int, string) {
	name := fold(a.Name)
	if name == needle || a.ID == needle {
		return 0, ""
	}
	best, matched := -1, ""
	try := func(grade int, alias string) {
		if best < 0 || grade < best {
			best, matched = grade, alias
		}
	}
	switch {
	case strings.HasPrefix(name, needle):
		try(2, "")
	case wordPrefix(name, needle):
		try(4, "")
	case strings.Contains(name, needle) || strings.Contains(a.ID, needle):
		try(5, "")
	}
	for _, al := range a.Aliases {
		f := fold(al)
		switch {
		case f == needle:
			try(1, al)
		case strings.HasPrefix(f, needle):
			try(3, al)
		case wordPrefix(f, needle):
			try(4, al)
		case strings.Contains(f, needle):
			try(5, al)
		}
	}
	return best, matched
}

// wordPrefix reports whether a word of s after the first starts with
// needle.
func wordPrefix(s, needle string) bool {
	for i, r := range s {
		if i > 0 && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if strings.HasPrefix(s[i+1:], needle) {
				return true
			}
		}
	}
	return false
}

// fold lower-cases s and strips accents, so "Türkiye" matches "turkiye".
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, strings.ToLower(strings.TrimSpace(s)))
	if err != nil {
		return strings.ToLower(strings.TrimSpace(s))
	}
	return out
}

// articleRef is where a triple was read.
type articleRef struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source"`
	Date   string `json:"date"`
}

// actorRef is an actor as evidence names it.
type actorRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// evidence is one supporting triple, with its sentence and article.
type evidence struct {
	Subject       actorRef          `json:"subject"`
	Object        actorRef          `json:"object"`
	Relation      extract.Relation  `json:"relation"`
	CameoRoot     string            `json:"cameo_root"`
	QuadName      string            `json:"quad_name"`
	Date          string            `json:"date"`
	Sentence      string            `json:"sentence"`
	SentenceIndex int               `json:"sentence_index"`
	Confidence    float64           `json:"confidence"`
	Attrs         map[string]string `json:"attrs,omitempty"`
	Article       articleRef        `json:"article"`
}

// count is a value and how many triples have it.
type count struct {
	ID    string `json:"id"`
	Cameo string `json:"cameo"`
	Count int    `json:"count"`
}

// edgeResponse is the answer of /api/edge.
type edgeResponse struct {
	Source      extract.Actor `json:"source"`
	Target      extract.Actor `json:"target"`
	Weight      int           `json:"weight"`
	Cooperation int           `json:"cooperation"`
	Conflict    int           `json:"conflict"`
	Goldstein   float64       `json:"goldstein"`
	First       string        `json:"first"`
	Last        string        `json:"last"`
	Articles    int           `json:"articles"`
	Sources     []string      `json:"sources"`
	Relations   []count       `json:"relations"`
	Evidence    []evidence    `json:"evidence"`
	// Reverse is the number of triples from Target to Source under the
	// same filters: the edge the other way.
	Reverse int `json:"reverse"`
}

// edge answers /api/edge?source=A&target=B plus the view's filters: every
// triple from A to B that makes the edge, newest first, with its sentence
// and article.
func (p *page) edge(ctx context.Context, r *http.Request) (any, error) {
	v := r.URL.Query()
	q, err := parseQuery(v)
	if err != nil {
		return nil, err
	}
	src, dst := v.Get("source"), v.Get("target")
	if src == "" || dst == "" {
		return nil, badRequest("source and target are both needed")
	}
	sel, err := p.selectPair(ctx, q, src, dst)
	if err != nil {
		return nil, err
	}
	arts, err := p.articles(ctx)
	if err != nil {
		return nil, err
	}
	resp := edgeResponse{Sources: []string{}, Relations: []count{}, Evidence: []evidence{}}
	rels := map[string]*count{}
	articles := map[string]bool{}
	sources := map[string]bool{}
	for _, t := range sel.kept {
		if t.Subject.ID == dst && t.Object.ID == src {
			resp.Reverse++
		}
		if t.Subject.ID != src || t.Object.ID != dst {
			continue
		}
		resp.Source = mergeActor(resp.Source, t.Subject)
		resp.Target = mergeActor(resp.Target, t.Object)
		ev := toEvidence(t, arts)
		resp.Evidence = append(resp.Evidence, ev)
		resp.Weight++
		resp.Goldstein += t.Relation.Goldstein
		switch t.Relation.QuadClass {
		case 1, 2:
			resp.Cooperation++
		case 3, 4:
			resp.Conflict++
		}
		if t.Date != "" && (resp.First == "" || t.Date < resp.First) {
			resp.First = t.Date
		}
		resp.Last = max(resp.Last, t.Date)
		articles[t.Article] = true
		if ev.Article.Source != "" {
			sources[ev.Article.Source] = true
		}
		c := rels[t.Relation.ID]
		if c == nil {
			c = &count{ID: t.Relation.ID, Cameo: t.Relation.Cameo}
			rels[t.Relation.ID] = c
		}
		c.Count++
	}
	if resp.Weight == 0 {
		return nil, notFound(fmt.Sprintf("no relation from %s to %s under these filters", src, dst))
	}
	resp.Articles = len(articles)
	for s := range sources {
		resp.Sources = append(resp.Sources, s)
	}
	slices.Sort(resp.Sources)
	for _, c := range rels {
		resp.Relations = append(resp.Relations, *c)
	}
	slices.SortFunc(resp.Relations, func(a, b count) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.ID, b.ID))
	})
	sortEvidence(resp.Evidence)
	return resp, nil
}

// sortEvidence orders evidence newest first, then by article and sentence,
// undated last.
func sortEvidence(ev []evidence) {
	slices.SortStableFunc(ev, func(a, b evidence) int {
		if (a.Date == "") != (b.Date == "") {
			if a.Date == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(strings.Compare(b.Date, a.Date), strings.Compare(a.Article.ID, b.Article.ID),
			cmp.Compare(a.SentenceIndex, b.SentenceIndex))
	})
}

// allTriples returns every stored triple. A read is reused for
// cacheTTL, and then for as long as the store holds the same number of
// quads (up to cacheMaxAge), so that the requests of one interaction (the
// view, then the panel; a search per keystroke) and the interactions after
// it read the store once; the slice is shared and must not be changed.
func (p *page) allTriples(ctx context.Context) ([]extract.Triple, error) {
	ts, _, err := p.allTriplesAt(ctx)
	return ts, err
}

// allTriplesAt is allTriples, with the time of the read it returns.
func (p *page) allTriplesAt(ctx context.Context) ([]extract.Triple, time.Time, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.triples != nil && p.fresh(ctx, p.triplesAt, p.triplesN) {
		return p.triples, p.triplesAt, nil
	}
	n := p.quadCount(ctx)
	ts, err := p.store.Triples(ctx, graph.Filter{})
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("web: read triples: %w", err)
	}
	if ts == nil {
		ts = []extract.Triple{}
	}
	p.triples, p.triplesAt, p.triplesN = ts, time.Now(), n
	return ts, p.triplesAt, nil
}

// articles maps article ids to the stored articles, read as allTriples
// reads triples.
func (p *page) articles(ctx context.Context) (map[string]extract.Article, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.arts != nil && p.fresh(ctx, p.artsAt, p.artsN) {
		return p.arts, nil
	}
	n := p.quadCount(ctx)
	as, err := p.store.Articles(ctx)
	if err != nil {
		return nil, fmt.Errorf("web: read articles: %w", err)
	}
	m := make(map[string]extract.Article, len(as))
	for _, a := range as {
		m[a.ID] = a
	}
	p.arts, p.artsAt, p.artsN = m, time.Now(), n
	return m, nil
}

// toEvidence describes one triple with its article. An article address
// that is not http or https is dropped, so that no stored text can become
// a script link.
func toEvidence(t extract.Triple, arts map[string]extract.Article) evidence {
	a := arts[t.Article]
	ref := articleRef{ID: t.Article, Title: a.Title, Source: a.Source, Date: a.Date}
	if u, err := url.Parse(a.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		ref.URL = u.String()
	}
	root := ""
	if len(t.Relation.Cameo) >= 2 {
		root = t.Relation.Cameo[:2]
	}
	return evidence{
		Subject:  actorRef{t.Subject.ID, t.Subject.Name},
		Object:   actorRef{t.Object.ID, t.Object.Name},
		Relation: t.Relation, CameoRoot: cameoRoots[root], QuadName: quadNames[t.Relation.QuadClass],
		Date: t.Date, Sentence: t.Sentence, SentenceIndex: t.SentenceIndex,
		Confidence: t.Confidence, Attrs: t.Attrs, Article: ref,
	}
}

// dyadMonth is one month of a dyad's timeline.
type dyadMonth struct {
	Month string `json:"month"`
	// Cooperation is the sum of the positive Goldstein weights of the
	// month's events (drawn above the axis), Conflict the sum of the
	// negative ones (zero or less, drawn below).
	Cooperation float64 `json:"cooperation"`
	Conflict    float64 `json:"conflict"`
	Events      int     `json:"events"`
}

// dyadResponse is the answer of /api/dyad.
type dyadResponse struct {
	A       extract.Actor `json:"a"`
	B       extract.Actor `json:"b"`
	Months  []dyadMonth   `json:"months"`
	Events  []evidence    `json:"events"`
	Undated int           `json:"undated"`
}

// maxMonths bounds a timeline, about fifty years.
const maxMonths = 600

// dyad answers /api/dyad?a=A&b=B plus the view's filters: the triples
// between A and B in both directions, newest first, and the sums of their
// Goldstein weights per month, from the first month to the last (the
// filter's bounds when set), empty months included.
func (p *page) dyad(ctx context.Context, r *http.Request) (any, error) {
	v := r.URL.Query()
	q, err := parseQuery(v)
	if err != nil {
		return nil, err
	}
	a, b := v.Get("a"), v.Get("b")
	if a == "" || b == "" || a == b {
		return nil, badRequest("a and b must be two different actors")
	}
	sel, err := p.selectPair(ctx, q, a, b)
	if err != nil {
		return nil, err
	}
	arts, err := p.articles(ctx)
	if err != nil {
		return nil, err
	}
	resp := dyadResponse{Months: []dyadMonth{}, Events: []evidence{}}
	byMonth := map[string]*dyadMonth{}
	first, last := "", ""
	for _, t := range sel.kept {
		s, o := t.Subject.ID, t.Object.ID
		if (s != a || o != b) && (s != b || o != a) {
			continue
		}
		if s == a {
			resp.A, resp.B = mergeActor(resp.A, t.Subject), mergeActor(resp.B, t.Object)
		} else {
			resp.A, resp.B = mergeActor(resp.A, t.Object), mergeActor(resp.B, t.Subject)
		}
		resp.Events = append(resp.Events, toEvidence(t, arts))
		if len(t.Date) < 7 {
			resp.Undated++
			continue
		}
		m := t.Date[:7]
		dm := byMonth[m]
		if dm == nil {
			dm = &dyadMonth{Month: m}
			byMonth[m] = dm
		}
		dm.Events++
		if g := t.Relation.Goldstein; g >= 0 {
			dm.Cooperation += g
		} else {
			dm.Conflict += g
		}
		if first == "" || m < first {
			first = m
		}
		last = max(last, m)
	}
	if len(resp.Events) == 0 {
		return nil, notFound(fmt.Sprintf("no relation between %s and %s under these filters", a, b))
	}
	if q.since != "" {
		first = q.since[:7]
	}
	if q.until != "" {
		last = q.until[:7]
	}
	if first != "" {
		start, err1 := time.Parse("2006-01", first)
		end, err2 := time.Parse("2006-01", last)
		if err1 == nil && err2 == nil {
			for m, i := start, 0; !m.After(end) && i < maxMonths; m, i = m.AddDate(0, 1, 0), i+1 {
				key := m.Format("2006-01")
				if dm := byMonth[key]; dm != nil {
					resp.Months = append(resp.Months, *dm)
				} else {
					resp.Months = append(resp.Months, dyadMonth{Month: key})
				}
			}
		}
	}
	sortEvidence(resp.Events)
	return resp, nil
}

// exportFormat is a format of /api/export: its file name extension and
// content type, and whether Graphviz draws it.
type exportFormat struct {
	ext, contentType string
	graphviz         bool
}

// exportFormats are the formats /api/export writes.
var exportFormats = map[string]exportFormat{
	"svg":     {"svg", "image/svg+xml", true},
	"png":     {"png", "image/png", true},
	"dot":     {"dot", "text/vnd.graphviz; charset=utf-8", false},
	"graphml": {"graphml", "application/graphml+xml; charset=utf-8", false},
	"json":    {"json", "application/json; charset=utf-8", false},
}

// Bounds of the pictures /api/export draws with Graphviz.
const (
	// maxPictureEdges is the number of edges an SVG or PNG shows at most:
	// the heaviest.
	maxPictureEdges = 400
	// sfdpEdges is the number of edges from which a picture is laid out
	// by sfdp rather than dot.
	sfdpEdges = 150
	// renderTimeout bounds Graphviz's work on one picture.
	renderTimeout = time.Minute
)

// exportFormatNames lists the formats for error messages.
const exportFormatNames = "svg, png, graphml, json, dot"

// exported is a file /api/export answers with.
type exported struct {
	name        string // file name offered for saving
	contentType string
	body        []byte
}

// export answers /api/export?format=F plus the view's parameters: the
// network the page draws for the same parameters (the same actors, and the
// edges among them that the view draws) as a file to save: SVG or PNG drawn
// by Graphviz's dot, GraphML, node-link JSON or DOT. Nodes carry the view's
// centrality measure computed on the exported network. An actor drawn with
// no edge in the view is left out, as the exporters write the actors of
// the edges. A picture (SVG, PNG) shows the maxPictureEdges heaviest edges
// at most, says so in its title, and is laid out by sfdp beyond sfdpEdges
// edges; Graphviz gets renderTimeout, then the answer is 504. Without
// Graphviz, SVG and PNG get 503 naming the package to install.
func (p *page) export(ctx context.Context, r *http.Request) (*exported, error) {
	v := r.URL.Query()
	name := v.Get("format")
	f, ok := exportFormats[name]
	if !ok {
		return nil, badRequest(fmt.Sprintf("format: %q is not one of %s", name, exportFormatNames))
	}
	q, err := parseQuery(v)
	if err != nil {
		return nil, err
	}
	sel, err := p.selectTriples(ctx, q)
	if err != nil {
		return nil, err
	}
	vr, err := p.buildView(ctx, q, sel, false)
	if err != nil {
		return nil, err
	}
	drawn := make(map[dyadKey]bool, len(vr.Edges))
	for _, e := range vr.Edges {
		drawn[dyadKey{e.Source, e.Target}] = true
	}
	title := exportTitle(q)
	if f.graphviz && len(vr.Edges) > maxPictureEdges {
		// Graphviz takes minutes over thousands of edges, and nobody can
		// read them: a picture keeps the heaviest.
		heavy := slices.Clone(vr.Edges)
		slices.SortFunc(heavy, func(a, b viewEdge) int { return cmp.Or(cmp.Compare(b.Weight, a.Weight), strings.Compare(a.ID, b.ID)) })
		clear(drawn)
		for _, e := range heavy[:maxPictureEdges] {
			drawn[dyadKey{e.Source, e.Target}] = true
		}
		title += fmt.Sprintf(" (the %d heaviest of %d edges)", maxPictureEdges, len(vr.Edges))
	}
	var ts []extract.Triple
	for _, t := range sel.kept {
		if drawn[dyadKey{t.Subject.ID, t.Object.ID}] {
			ts = append(ts, t)
		}
	}
	n := graph.NewNetwork(ts)
	o := graph.ExportOptions{SizeBy: q.measure, Title: title}
	var buf bytes.Buffer
	write := func() error {
		buf.Reset()
		switch name {
		case "json":
			return graph.WriteJSON(&buf, n, o)
		case "graphml":
			return graph.WriteGraphML(&buf, n, o)
		}
		return graph.WriteDOT(&buf, n, o)
	}
	err = write()
	if errors.Is(err, graph.ErrNoConvergence) {
		// The measure does not settle on this network: export without
		// it rather than not at all.
		o.SizeBy = ""
		err = write()
	}
	if err != nil {
		return nil, fmt.Errorf("web: export %s: %w", name, err)
	}
	body := buf.Bytes()
	if f.graphviz {
		src := body
		if len(drawn) > sfdpEdges {
			// dot's layered layout and spline routing of a dense graph
			// take minutes; the force layout with straight edges, seconds.
			// A graph attribute set last wins.
			src = bytes.TrimRight(src, "\n")
			src = append(bytes.TrimSuffix(src, []byte("}")), "  layout=sfdp; splines=false; overlap=prism;\n}\n"...)
		}
		rctx, cancel := context.WithTimeout(ctx, renderTimeout)
		defer cancel()
		var img bytes.Buffer
		if err := graph.Render(rctx, src, name, &img); err != nil {
			if ctx.Err() == nil && rctx.Err() != nil {
				return nil, &httpError{http.StatusGatewayTimeout, fmt.Sprintf(
					"Graphviz took more than %v to draw %d edges: raise the minimum mentions or lower Top, or export GraphML or JSON", renderTimeout, len(drawn))}
			}
			if errors.Is(err, graph.ErrNoGraphviz) {
				return nil, &httpError{http.StatusServiceUnavailable,
					fmt.Sprintf("%s export needs Graphviz's dot program, which this server lacks: install the Debian package graphviz (apt install graphviz), or export GraphML or JSON", strings.ToUpper(name))}
			}
			return nil, fmt.Errorf("web: export %s: %w", name, err)
		}
		body = img.Bytes()
	}
	return &exported{name: exportFileName(q) + "." + f.ext, contentType: f.contentType, body: body}, nil
}

// exportTitle describes a view in words, for the exported graph's title.
func exportTitle(q query) string {
	var b strings.Builder
	if len(q.actors) > 0 {
		fmt.Fprintf(&b, "diplograph: around %s", strings.Join(q.actors, ", "))
	} else {
		fmt.Fprintf(&b, "diplograph: top %d actors by %s", q.top, q.measure)
	}
	if q.since != "" || q.until != "" {
		fmt.Fprintf(&b, ", %s to %s", cmp.Or(q.since, "start"), cmp.Or(q.until, "end"))
	}
	if len(q.relations) > 0 {
		fmt.Fprintf(&b, ", relation %s", strings.Join(q.relations, ", "))
	}
	if len(q.cameo) > 0 {
		fmt.Fprintf(&b, ", CAMEO %s", strings.Join(q.cameo, ", "))
	}
	if len(q.quads) > 0 {
		parts := make([]string, len(q.quads))
		for i, c := range q.quads {
			parts[i] = strconv.Itoa(c)
		}
		fmt.Fprintf(&b, ", quad class %s", strings.Join(parts, ", "))
	}
	if q.min > 1 {
		fmt.Fprintf(&b, ", edges of %d+ mentions", q.min)
	}
	return b.String()
}

// exportFileName is the file name, without extension, of a view's export:
// "diplograph-top100-pagerank", "diplograph-pakistan-2025-09-2025-10", in
// lower-case letters, digits and hyphens only.
func exportFileName(q query) string {
	parts := []string{"diplograph"}
	if len(q.actors) > 0 {
		parts = append(parts, q.actors[:min(3, len(q.actors))]...)
	} else {
		parts = append(parts, fmt.Sprintf("top%d", q.top), q.measure)
	}
	parts = append(parts, q.since, q.until)
	parts = append(parts, q.relations...)
	for _, c := range q.cameo {
		parts = append(parts, "cameo"+c)
	}
	for _, c := range q.quads {
		parts = append(parts, fmt.Sprintf("quad%d", c))
	}
	if q.min > 1 {
		parts = append(parts, fmt.Sprintf("min%d", q.min))
	}
	var b strings.Builder
	for _, p := range parts {
		p = strings.Map(func(r rune) rune {
			switch {
			case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
				return r
			case r >= 'A' && r <= 'Z':
				return unicode.ToLower(r)
			}
			return '-'
		}, fold(p))
		p = strings.Trim(p, "-")
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(p)
	}
	return prefix(b.String(), 120)
}

// gizmoExample is a query the Gizmo box offers.
type gizmoExample struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Query       string `json:"query"`
}

// exampleArg finds the example value a parameter's description gives
// ("the actor id, e.g. pakistan").
var exampleArg = regexp.MustCompile(`e\.g\.\s+([A-Za-z0-9_./:-]+)`)

// gizmoExamples answers /api/gizmo/examples: a few short Gizmo queries,
// then every named query of package queries rendered with its defaults
// (and, for a parameter with none, the example its description gives).
func (p *page) gizmoExamples(ctx context.Context, r *http.Request) (any, error) {
	out := []gizmoExample{
		{"in", "every node with an edge to Pakistan: the actors that acted on it, and its events", `g.V("<pakistan>").In().All()`},
		{"partners-with", "who partners with Pakistan", `g.V("<pakistan>").In("<partners-with>").All()`},
		{"names", "ten actors and their names", `g.V().Has("<type>", "country").Tag("id").Out("<name>").Tag("name").Limit(10).All()`},
	}
	for _, n := range queries.List() {
		args := map[string]string{}
		for _, prm := range n.Params {
			if prm.Default == "" && prm.Required {
				if m := exampleArg.FindStringSubmatch(prm.Description); m != nil {
					args[prm.Name] = m[1]
				}
			}
		}
		src, err := n.Render(args)
		if err != nil {
			continue // a query this cannot fill in is not offered
		}
		out = append(out, gizmoExample{Name: n.Name, Description: n.Description, Query: src})
	}
	return out, ctx.Err()
}
