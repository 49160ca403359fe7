package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
	"github.com/google/go-cmp/cmp"
)

// The seed-like graph of the tests: a few articles about the United
// States, Pakistan and India, and one article whose text is an attack.

var (
	usa     = extract.Actor{ID: "united-states", Name: "United States", Type: extract.TypeCountry, Country: "USA", Aliases: []string{"US", "U.S.", "Washington"}}
	pak     = extract.Actor{ID: "pakistan", Name: "Pakistan", Type: extract.TypeCountry, Country: "PAK", Aliases: []string{"Islamabad"}}
	ind     = extract.Actor{ID: "india", Name: "India", Type: extract.TypeCountry, Country: "IND", Aliases: []string{"New Delhi"}}
	rubio   = extract.Actor{ID: "marco-rubio", Name: "Marco Rubio", Type: extract.TypePerson, Country: "USA", Role: "Secretary of State"}
	munir   = extract.Actor{ID: "asim-munir", Name: "Asim Munir", Type: extract.TypePerson, Country: "PAK", Role: "Field Marshal"}
	ussm    = extract.Actor{ID: "ussm", Name: "US Strategic Metals", Type: extract.TypeOrganisation, Country: "USA", Aliases: []string{"USSM"}}
	fwo     = extract.Actor{ID: "fwo", Name: "Frontier Works Organisation", Type: extract.TypeOrganisation, Country: "PAK", Aliases: []string{"FWO"}}
	taliban = extract.Actor{ID: "taliban", Name: "Taliban", Type: extract.TypeGroup}

	partnersWith = extract.Relation{ID: "partners-with", Cameo: "030", Goldstein: 4, QuadClass: 1}
	metWith      = extract.Relation{ID: "met-with", Cameo: "040", Goldstein: 1, QuadClass: 1}
	signedMoU    = extract.Relation{ID: "signed-agreement-with", Cameo: "057", Goldstein: 8, QuadClass: 2}
	praised      = extract.Relation{ID: "praised", Cameo: "051", Goldstein: 3.4, QuadClass: 1}
	criticised   = extract.Relation{ID: "criticised", Cameo: "111", Goldstein: -2, QuadClass: 3}
	rejected     = extract.Relation{ID: "rejected", Cameo: "120", Goldstein: -4, QuadClass: 3}
	attacked     = extract.Relation{ID: "attacked", Cameo: "190", Goldstein: -10, QuadClass: 4}
)

// seedSentence is the sentence behind the first United States–Pakistan
// triple.
const seedSentence = "The United States seeks to expand its partnership with Pakistan in critical minerals, Secretary of State Marco Rubio said on Sunday."

// attack is article text that would run a script if inserted as HTML.
const attack = `The United States praised India <img src=x onerror=alert(1)> for its restraint.`

type seedArticle struct {
	a  extract.Article
	ts []extract.Triple
}

func triple(article, date string, i int, sentence string, s extract.Actor, r extract.Relation, o extract.Actor) extract.Triple {
	return extract.Triple{Article: article, Date: date, SentenceIndex: i, Sentence: sentence,
		Subject: s, Relation: r, Object: o, Confidence: 0.8}
}

func seed() []seedArticle {
	return []seedArticle{
		{extract.Article{ID: "a1", Title: "US and Pakistan deepen minerals partnership", Date: "2025-10-26",
			URL: "https://news.example/a1", Source: "Dawn", Text: "…"}, []extract.Triple{
			triple("a1", "2025-10-26", 0, seedSentence, usa, partnersWith, pak),
			triple("a1", "2025-10-26", 2, "Rubio met Field Marshal Asim Munir in Washington.", rubio, metWith, munir),
			triple("a1", "2025-10-26", 3, "US Strategic Metals (USSM) signed a memorandum of understanding with Frontier Works Organisation.", ussm, signedMoU, fwo),
		}},
		{extract.Article{ID: "a2", Title: "India and Pakistan trade accusations", Date: "2025-11-03",
			URL: "https://news.example/a2", Source: "Reuters", Text: "…"}, []extract.Triple{
			triple("a2", "2025-11-03", 0, "India criticised Pakistan over the attack.", ind, criticised, pak),
			triple("a2", "2025-11-03", 1, "Islamabad rejected New Delhi's claims.", pak, rejected, ind),
			triple("a2", "2025-11-03", 4, "Washington said it would keep working with Islamabad.", usa, partnersWith, pak),
		}},
		{extract.Article{ID: "a3", Title: "Border strikes", Date: "2025-09-10", URL: "https://news.example/a3",
			Source: "Dawn", Text: "…"}, []extract.Triple{
			triple("a3", "2025-09-10", 0, "Pakistani forces attacked Taliban positions near the border.", pak, attacked, taliban),
			triple("a3", "2025-09-10", 2, "Indian and Pakistani officials met in Geneva.", ind, metWith, pak),
		}},
		{extract.Article{ID: "a4", Title: `<script>alert(2)</script> Restraint`, Date: "2025-11-05",
			URL: "javascript:alert(3)", Source: `<b>Evil</b>`, Text: attack}, []extract.Triple{
			triple("a4", "2025-11-05", 0, attack, usa, praised, ind),
		}},
	}
}

// newSeedStore returns a memstore holding the seed.
func newSeedStore(t testing.TB) *graph.Store {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, "memstore", "")
	if err != nil {
		t.Fatalf("open memstore: %v", err)
	}
	for _, sa := range seed() {
		if _, err := s.AddArticle(ctx, sa.a, sa.ts); err != nil {
			t.Fatalf("add article %s: %v", sa.a.ID, err)
		}
	}
	return s
}

// getJSON requests path from h and decodes the answer into v; it returns
// the status.
func getJSON(t *testing.T, h http.Handler, path string, v any) int {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s: Content-Type %q, want JSON", path, ct)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		t.Fatalf("GET %s: decode %q: %v", path, rec.Body.String(), err)
	}
	return rec.Code
}

// edgeWeights returns "source>target": weight of a view.
func edgeWeights(v viewResponse) map[string]int {
	m := map[string]int{}
	for _, e := range v.Edges {
		m[e.ID] = e.Weight
	}
	return m
}

func nodeIDs(v viewResponse) []string {
	var ids []string
	for _, n := range v.Nodes {
		ids = append(ids, n.ID)
	}
	slices.Sort(ids)
	return ids
}

func TestView(t *testing.T) {
	h := NewPage(newSeedStore(t), PageOptions{})
	tests := []struct {
		name    string
		path    string
		nodes   []string
		edges   map[string]int
		missing []string
	}{
		{
			name:  "everything",
			path:  "/api/view",
			nodes: []string{"asim-munir", "fwo", "india", "marco-rubio", "pakistan", "taliban", "united-states", "ussm"},
			edges: map[string]int{
				"united-states>pakistan": 2, "marco-rubio>asim-munir": 1, "ussm>fwo": 1, "india>pakistan": 2,
				"pakistan>india": 1, "pakistan>taliban": 1, "united-states>india": 1,
			},
		},
		{
			name:  "one month",
			path:  "/api/view?since=2025-10&until=2025-10",
			nodes: []string{"asim-munir", "fwo", "marco-rubio", "pakistan", "united-states", "ussm"},
			edges: map[string]int{"united-states>pakistan": 1, "marco-rubio>asim-munir": 1, "ussm>fwo": 1},
		},
		{
			name:  "dates",
			path:  "/api/view?since=2025-11-04&until=2025-11-30",
			nodes: []string{"india", "united-states"},
			edges: map[string]int{"united-states>india": 1},
		},
		{
			name:  "conflict only",
			path:  "/api/view?quad=3,4",
			nodes: []string{"india", "pakistan", "taliban"},
			edges: map[string]int{"india>pakistan": 1, "pakistan>india": 1, "pakistan>taliban": 1},
		},
		{
			name:  "CAMEO root 05",
			path:  "/api/view?cameo=05",
			nodes: []string{"fwo", "india", "united-states", "ussm"},
			edges: map[string]int{"ussm>fwo": 1, "united-states>india": 1},
		},
		{
			name:  "relation",
			path:  "/api/view?rel=partners-with",
			nodes: []string{"pakistan", "united-states"},
			edges: map[string]int{"united-states>pakistan": 2},
		},
		{
			name:  "minimum mentions",
			path:  "/api/view?min=2",
			nodes: []string{"india", "pakistan", "united-states"},
			edges: map[string]int{"united-states>pakistan": 2, "india>pakistan": 2},
		},
		{
			name:  "top 2",
			path:  "/api/view?top=2&measure=degree",
			nodes: []string{"india", "pakistan"},
			edges: map[string]int{"india>pakistan": 2, "pakistan>india": 1},
		},
		{
			name:  "neighbourhood",
			path:  "/api/view?actor=taliban",
			nodes: []string{"pakistan", "taliban"},
			edges: map[string]int{"pakistan>taliban": 1},
		},
		{
			name:  "expanded neighbourhoods",
			path:  "/api/view?actor=taliban,marco-rubio",
			nodes: []string{"asim-munir", "marco-rubio", "pakistan", "taliban"},
			edges: map[string]int{"pakistan>taliban": 1, "marco-rubio>asim-munir": 1},
		},
		{
			name:    "actor filtered out",
			path:    "/api/view?actor=taliban&quad=1",
			edges:   map[string]int{},
			missing: []string{"taliban"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got viewResponse
			if code := getJSON(t, h, tt.path, &got); code != http.StatusOK {
				t.Fatalf("GET %s: status %d", tt.path, code)
			}
			if diff := cmp.Diff(tt.nodes, nodeIDs(got)); diff != "" {
				t.Errorf("GET %s: nodes (-want +got):\n%s", tt.path, diff)
			}
			if diff := cmp.Diff(tt.edges, edgeWeights(got)); diff != "" {
				t.Errorf("GET %s: edges (-want +got):\n%s", tt.path, diff)
			}
			if diff := cmp.Diff(tt.missing, got.Missing); diff != "" {
				t.Errorf("GET %s: missing (-want +got):\n%s", tt.path, diff)
			}
		})
	}
}

func TestViewCorpusAndRanks(t *testing.T) {
	h := NewPage(newSeedStore(t), PageOptions{})
	var got viewResponse
	getJSON(t, h, "/api/view?since=2025-11&measure=degree", &got)
	// The corpus describes the whole store, whatever the filters, so the
	// date menus keep every month.
	if diff := cmp.Diff([]string{"2025-09", "2025-10", "2025-11"}, got.Corpus.Months); diff != "" {
		t.Errorf("months (-want +got):\n%s", diff)
	}
	if got.Corpus.Triples != 9 || got.Total.Triples != 4 {
		t.Errorf("triples: corpus %d, filtered %d; want 9 and 4", got.Corpus.Triples, got.Total.Triples)
	}
	var roots []string
	for _, r := range got.Corpus.CameoRoots {
		roots = append(roots, r.Code+" "+r.Name)
	}
	want := []string{"03 Express intent to cooperate", "04 Consult", "05 Engage in diplomatic cooperation", "11 Disapprove", "12 Reject", "19 Fight"}
	if diff := cmp.Diff(want, roots); diff != "" {
		t.Errorf("CAMEO roots (-want +got):\n%s", diff)
	}
	// In November Pakistan has three triples (two from the US, one
	// from and one to India, by degree the most central).
	if len(got.Nodes) == 0 || got.Nodes[0].ID != "pakistan" && got.Nodes[0].ID != "india" {
		t.Fatalf("first node by degree = %+v, want pakistan or india", got.Nodes)
	}
	for i, n := range got.Nodes {
		if n.Rank != i+1 {
			t.Errorf("node %d (%s) has rank %d", i, n.ID, n.Rank)
		}
		if i > 0 && n.Score > got.Nodes[i-1].Score {
			t.Errorf("node %s scores %v, more than %s before it (%v)", n.ID, n.Score, got.Nodes[i-1].ID, got.Nodes[i-1].Score)
		}
	}
}

func TestViewFocus(t *testing.T) {
	h := NewPage(newSeedStore(t), PageOptions{})
	var got viewResponse
	getJSON(t, h, "/api/view?actor=pakistan", &got)
	if got.Focus == nil {
		t.Fatal("no focus details for actor=pakistan")
	}
	f := got.Focus
	names := func(ps []partner) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.Actor.ID)
		}
		return out
	}
	if diff := cmp.Diff([]string{"united-states", "india"}, names(f.Partners)); diff != "" {
		t.Errorf("partners (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"india", "taliban"}, names(f.Adversaries)); diff != "" {
		t.Errorf("adversaries (-want +got):\n%s", diff)
	}
	if f.Mentions != 6 || f.Articles != 3 || f.First != "2025-09-10" || f.Last != "2025-11-03" {
		t.Errorf("mentions %d in %d articles, %s to %s; want 6 in 3, 2025-09-10 to 2025-11-03", f.Mentions, f.Articles, f.First, f.Last)
	}
	if f.Actor.Name != "Pakistan" || f.Of != 8 || f.Rank < 1 {
		t.Errorf("actor %q ranked %d of %d", f.Actor.Name, f.Rank, f.Of)
	}
	if _, ok := f.Scores["pagerank"]; !ok {
		t.Errorf("scores %v lack pagerank", f.Scores)
	}
	if diff := cmp.Diff([]string{"india", "pakistan", "taliban", "united-states"}, nodeIDs(got)); diff != "" {
		t.Errorf("neighbourhood (-want +got):\n%s", diff)
	}
}

func TestSearch(t *testing.T) {
	h := NewPage(newSeedStore(t), PageOptions{})
	tests := []struct {
		q       string
		first   string
		matched string
		n       int
	}{
		{q: "Pakistan", first: "pakistan", n: 1},
		{q: "pak", first: "pakistan", n: 1},
		{q: "islamabad", first: "pakistan", matched: "Islamabad", n: 1},
		{q: "WASHINGTON", first: "united-states", matched: "Washington", n: 1},
		{q: "rubio", first: "marco-rubio", n: 1},
		{q: "us", first: "united-states", matched: "US", n: 2}, // and US Strategic Metals
		{q: "zzz", n: 0},
		{q: "", n: 0},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			var got []searchHit
			if code := getJSON(t, h, "/api/search?q="+tt.q, &got); code != http.StatusOK {
				t.Fatalf("status %d", code)
			}
			if len(got) != tt.n {
				t.Fatalf("%d hits %+v, want %d", len(got), got, tt.n)
			}
			if tt.n == 0 {
				return
			}
			if got[0].ID != tt.first || got[0].Matched != tt.matched {
				t.Errorf("first hit %s (matched %q), want %s (matched %q)", got[0].ID, got[0].Matched, tt.first, tt.matched)
			}
		})
	}
}

func TestEdge(t *testing.T) {
	h := NewPage(newSeedStore(t), PageOptions{})
	var got edgeResponse
	if code := getJSON(t, h, "/api/edge?source=united-states&target=pakistan", &got); code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	var sentences, titles []string
	for _, e := range got.Evidence {
		sentences = append(sentences, e.Date+" "+e.Sentence)
		titles = append(titles, e.Article.Title+" | "+e.Article.Source+" | "+e.Article.URL)
	}
	want := []string{
		"2025-11-03 Washington said it would keep working with Islamabad.",
		"2025-10-26 " + seedSentence,
	}
	if diff := cmp.Diff(want, sentences); diff != "" {
		t.Errorf("evidence, newest first (-want +got):\n%s", diff)
	}
	wantTitles := []string{
		"India and Pakistan trade accusations | Reuters | https://news.example/a2",
		"US and Pakistan deepen minerals partnership | Dawn | https://news.example/a1",
	}
	if diff := cmp.Diff(wantTitles, titles); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
	ev := got.Evidence[1]
	if ev.Relation != partnersWith || ev.CameoRoot != "Express intent to cooperate" || ev.QuadName != "verbal cooperation" {
		t.Errorf("relation %+v, root %q, quad %q", ev.Relation, ev.CameoRoot, ev.QuadName)
	}
	if got.Weight != 2 || got.Cooperation != 2 || got.Conflict != 0 || got.Goldstein != 8 || got.Articles != 2 || got.Reverse != 0 {
		t.Errorf("summary %+v", got)
	}
	if diff := cmp.Diff([]string{"Dawn", "Reuters"}, got.Sources); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
}

func TestEdgeErrors(t *testing.T) {
	h := NewPage(newSeedStore(t), PageOptions{})
	tests := []struct {
		path string
		code int
	}{
		{"/api/edge?source=united-states", http.StatusBadRequest},
		{"/api/edge?source=pakistan&target=united-states", http.StatusNotFound},
		{"/api/edge?source=united-states&target=pakistan&until=2025-09", http.StatusNotFound},
		{"/api/edge?source=united-states&target=pakistan&since=2025-13", http.StatusBadRequest},
		{"/api/view?quad=5", http.StatusBadRequest},
		{"/api/view?min=0", http.StatusBadRequest},
		{"/api/view?top=0", http.StatusBadRequest},
		{"/api/view?measure=fame", http.StatusBadRequest},
		{"/api/view?cameo=x1", http.StatusBadRequest},
		{"/api/view?since=2025-11&until=2025-10", http.StatusBadRequest},
		{"/api/view?depth=9", http.StatusBadRequest},
		{"/api/search?q=pak&limit=1000", http.StatusBadRequest},
		{"/api/dyad?a=india", http.StatusBadRequest},
		{"/api/dyad?a=india&b=india", http.StatusBadRequest},
		{"/api/dyad?a=india&b=taliban", http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			var got map[string]string
			code := getJSON(t, h, tt.path, &got)
			if code != tt.code || got["error"] == "" {
				t.Errorf("status %d, body %v; want %d and an error message", code, got, tt.code)
			}
		})
	}
}

// TestEdgeMatchesView checks that the page never shows an edge whose
// evidence says otherwise: under each filter, every edge of the view has
// exactly as many supporting triples as its weight.
func TestEdgeMatchesView(t *testing.T) {
	h := NewPage(newSeedStore(t), PageOptions{})
	for _, filter := range []string{"", "since=2025-10", "until=2025-10", "quad=1,2", "quad=3", "min=2", "cameo=03", "rel=criticised"} {
		t.Run(filter, func(t *testing.T) {
			var v viewResponse
			getJSON(t, h, "/api/view?"+filter, &v)
			if filter == "" && len(v.Edges) == 0 {
				t.Fatal("no edges in the unfiltered view")
			}
			for _, e := range v.Edges {
				var got edgeResponse
				path := "/api/edge?source=" + e.Source + "&target=" + e.Target + "&" + filter
				if code := getJSON(t, h, path, &got); code != http.StatusOK {
					t.Fatalf("GET %s: status %d", path, code)
				}
				if got.Weight != e.Weight || len(got.Evidence) != e.Weight {
					t.Errorf("%s: view weight %d, edge weight %d with %d triples", e.ID, e.Weight, got.Weight, len(got.Evidence))
				}
				if got.Cooperation != e.Cooperation || got.Conflict != e.Conflict {
					t.Errorf("%s: view %d/%d cooperation/conflict, evidence %d/%d", e.ID, e.Cooperation, e.Conflict, got.Cooperation, got.Conflict)
				}
			}
		})
	}
}

func TestEdgeUntrustedText(t *testing.T) {
	h := NewPage(newSeedStore(t), PageOptions{})
	var got edgeResponse
	getJSON(t, h, "/api/edge?source=united-states&target=india", &got)
	if len(got.Evidence) != 1 {
		t.Fatalf("%d triples, want 1", len(got.Evidence))
	}
	ev := got.Evidence[0]
	// Text is passed through as it is (the page inserts it as text), but
	// an address that is not http(s) is dropped.
	if ev.Sentence != attack || ev.Article.Title != "<script>alert(2)</script> Restraint" {
		t.Errorf("sentence %q, title %q: untrusted text must arrive unchanged", ev.Sentence, ev.Article.Title)
	}
	if ev.Article.URL != "" {
		t.Errorf("article URL %q, want none for a javascript: address", ev.Article.URL)
	}
}

func TestDyad(t *testing.T) {
	h := NewPage(newSeedStore(t), PageOptions{})
	tests := []struct {
		path   string
		months []dyadMonth
		events []string
	}{
		{
			path: "/api/dyad?a=india&b=pakistan",
			months: []dyadMonth{
				{Month: "2025-09", Cooperation: 1, Events: 1},
				{Month: "2025-10"},
				{Month: "2025-11", Conflict: -6, Events: 2},
			},
			events: []string{"india criticised pakistan", "pakistan rejected india", "india met-with pakistan"},
		},
		{
			path:   "/api/dyad?a=pakistan&b=india&since=2025-10&until=2025-12",
			months: []dyadMonth{{Month: "2025-10"}, {Month: "2025-11", Conflict: -6, Events: 2}, {Month: "2025-12"}},
			events: []string{"india criticised pakistan", "pakistan rejected india"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			var got dyadResponse
			if code := getJSON(t, h, tt.path, &got); code != http.StatusOK {
				t.Fatalf("status %d", code)
			}
			if diff := cmp.Diff(tt.months, got.Months); diff != "" {
				t.Errorf("months (-want +got):\n%s", diff)
			}
			var events []string
			for _, e := range got.Events {
				events = append(events, e.Subject.ID+" "+e.Relation.ID+" "+e.Object.ID)
			}
			if diff := cmp.Diff(tt.events, events); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}

// BenchmarkView measures the opening view (top 100 by PageRank) and an
// actor's neighbourhood with its details over a store of 2,000 actors and
// about 8,000 triples.
func BenchmarkView(b *testing.B) {
	h := NewPage(largeStore(b, 2000), PageOptions{})
	for _, path := range []string{"/api/view", "/api/view?actor=actor-001", "/api/search?q=union", "/api/edge?source=actor-037&target=actor-002", "/api/dyad?a=actor-037&b=actor-002"} {
		b.Run(path, func(b *testing.B) {
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("status %d: %s", rec.Code, rec.Body.String())
				}
			}
		})
	}
}

func TestViewEmptyStore(t *testing.T) {
	s, err := graph.Open(context.Background(), "memstore", "")
	if err != nil {
		t.Fatal(err)
	}
	h := NewPage(s, PageOptions{})
	var got viewResponse
	if code := getJSON(t, h, "/api/view", &got); code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	if len(got.Nodes) != 0 || len(got.Edges) != 0 || got.Corpus.Triples != 0 || got.Corpus.Months == nil {
		t.Errorf("empty store gives %+v", got)
	}
	var hits []searchHit
	if code := getJSON(t, h, "/api/search?q=pak", &hits); code != http.StatusOK || len(hits) != 0 {
		t.Errorf("search on an empty store: status %d, %d hits", code, len(hits))
	}
}
