package graph

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"
	"github.com/google/go-cmp/cmp"
	_ "github.com/lib/pq"

	"github.com/diplograph/diplograph/extract"
)

// testBackend opens stores of one backend for the conformance suite.
type testBackend struct {
	name string
	// addr gives the address of a new, empty store (cleaned up with t).
	addr func(t *testing.T) string
}

// postgresEnv names the variable holding a PostgreSQL URL for the tests.
const postgresEnv = "DIPLOGRAPH_TEST_POSTGRES"

func backends() []testBackend {
	dir := func(name string) func(t *testing.T) string {
		return func(t *testing.T) string { return filepath.Join(t.TempDir(), name) }
	}
	return []testBackend{
		{BackendMemstore, func(*testing.T) string { return "" }},
		{BackendBolt, dir("diplograph.db")},
		{BackendLevelDB, dir("leveldb")},
		{BackendPostgres, postgresDB},
	}
}

// requirePostgres returns the URL in DIPLOGRAPH_TEST_POSTGRES. Without it,
// it skips t, or fails it when CI=true: CI must provide the server.
func requirePostgres(t *testing.T) string {
	t.Helper()
	base := os.Getenv(postgresEnv)
	if base == "" {
		msg := "PostgreSQL server missing: set " + postgresEnv + " to a postgres:// URL (graph/testdata/start-postgres.sh starts one)"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return base
}

// postgresDB creates a fresh database on the server DIPLOGRAPH_TEST_POSTGRES
// names and returns its URL; the database is dropped when t ends. Without
// the variable it skips, or fails when CI=true (CI must provide a server).
func postgresDB(t *testing.T) string {
	base := requirePostgres(t)
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatalf("connect to %s: %v", postgresEnv, err)
	}
	t.Cleanup(func() { admin.Close() })
	var b [6]byte
	rand.Read(b[:])
	name := "diplograph_test_" + hex.EncodeToString(b[:])
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Errorf("drop test database %s: %v", name, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("parse %s: %v", postgresEnv, err)
	}
	u.Path = "/" + name
	return u.String()
}

// openTest opens a store and closes it when t ends.
func openTest(t *testing.T, backend, addr string) *Store {
	t.Helper()
	s, err := Open(context.Background(), backend, addr)
	if err != nil {
		t.Fatalf("Open(%q): %v", backend, err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

// The test articles.

var (
	usa    = extract.Actor{ID: "united-states", Name: "United States", Type: extract.TypeCountry, Country: "USA", Aliases: []string{"U.S.", "US"}}
	pak    = extract.Actor{ID: "pakistan", Name: "Pakistan", Type: extract.TypeCountry, Country: "PAK"}
	rubio  = extract.Actor{ID: "marco-rubio", Name: "Marco Rubio", Type: extract.TypePerson, Country: "USA", Role: "Secretary of State"}
	munir  = extract.Actor{ID: "asim-munir", Name: "Asim Munir", Type: extract.TypePerson, Country: "PAK", Role: "Field Marshal"}
	ussm   = extract.Actor{ID: "ussm", Name: "US Strategic Metals", Type: extract.TypeOrganisation, Country: "USA", Aliases: []string{"USSM"}}
	fwo    = extract.Actor{ID: "fwo", Name: "Frontier Works Organisation", Type: extract.TypeOrganisation, Country: "PAK"}
	india  = extract.Actor{ID: "india", Name: "India", Type: extract.TypeCountry, Country: "IND"}
	partne = extract.Relation{ID: "partners-with", Cameo: "030", Goldstein: 4, QuadClass: 1}
	mou    = extract.Relation{ID: "signed-agreement-with", Cameo: "057", Goldstein: 8, QuadClass: 1}
	met    = extract.Relation{ID: "met-with", Cameo: "040", Goldstein: 1, QuadClass: 1}
	invest = extract.Relation{ID: "invested-in", Cameo: "061", Goldstein: 6.4, QuadClass: 2}
	crit   = extract.Relation{ID: "criticised", Cameo: "111", Goldstein: -2, QuadClass: 3}
)

// article1 has an id that needs escaping in an IRI.
var article1 = extract.Article{
	ID: "news/usa pakistan <1>.txt", Title: "US and Pakistan deepen ties", Date: "2025-10-26",
	URL: "https://example.org/usa-pakistan", Source: "Example News",
	Text: "The United States partners with Pakistan.",
}

func article1Triples() []extract.Triple {
	return []extract.Triple{
		{Article: article1.ID, Date: "2025-10-26", SentenceIndex: 0,
			Sentence: "The United States partners with Pakistan, the US said.",
			Subject:  usa, Relation: partne, Object: pak, Confidence: 0.8},
		{Article: article1.ID, Date: "2025-10-26", SentenceIndex: 1,
			Sentence: "US Strategic Metals (USSM) signed an MoU with the Frontier Works Organisation worth $500 million.",
			Subject:  ussm, Relation: mou, Object: fwo, Confidence: 0.9,
			Attrs: map[string]string{"amount": "$500 million"}},
		{Article: article1.ID, Date: "2025-10-25", SentenceIndex: 2,
			Sentence: "Secretary of State Marco Rubio met Field Marshal Asim Munir on Saturday.",
			Subject:  rubio, Relation: met, Object: munir, Confidence: 0.75},
		{Article: article1.ID, Date: "2025-10-26", SentenceIndex: 3,
			Sentence: "USSM will invest in Pakistan.",
			Subject:  ussm, Relation: invest, Object: pak, Confidence: 0.6,
			Attrs: map[string]string{"amount": "$500 million", "sector": "critical minerals"}},
	}
}

var article2 = extract.Article{ID: "a2", Title: "India criticises Pakistan", Date: "2025-11-02", Source: "Other Wire"}

func article2Triples() []extract.Triple {
	// "Islamabad" is a new alias of a known actor; Pakistan's other
	// properties are already stored.
	pak2 := pak
	pak2.Aliases = []string{"Islamabad"}
	return []extract.Triple{
		{Article: "a2", Date: "2025-11-02", SentenceIndex: 4,
			Sentence: "India criticised Islamabad.",
			Subject:  india, Relation: crit, Object: pak2, Confidence: 0.7},
	}
}

// stored1 is article1's triples as Triples returns them: ordered by date,
// actors with every alias stored for them.
func stored1() []extract.Triple {
	ts := article1Triples()
	return []extract.Triple{ts[2], ts[0], ts[1], ts[3]}
}

func mustAdd(t *testing.T, s *Store, a extract.Article, ts []extract.Triple) {
	t.Helper()
	added, err := s.AddArticle(context.Background(), a, ts)
	if err != nil {
		t.Fatalf("AddArticle(%s): %v", a.ID, err)
	}
	if !added {
		t.Fatalf("AddArticle(%s) = false on a new article", a.ID)
	}
}

func dump(t *testing.T, s *Store) string {
	t.Helper()
	var b bytes.Buffer
	if err := s.WriteNQuads(context.Background(), &b); err != nil {
		t.Fatalf("WriteNQuads: %v", err)
	}
	return b.String()
}

func stats(t *testing.T, s *Store) Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

// gizmo runs a Gizmo query and returns its results as JSON-like values.
func gizmo(t *testing.T, s *Store, q string) []any {
	t.Helper()
	ctx := context.Background()
	it, err := query.Execute(ctx, s.QuadStore(), "gizmo", q, query.Options{Collation: query.JSON})
	if err != nil {
		t.Fatalf("gizmo %s: %v", q, err)
	}
	defer it.Close()
	var out []any
	for it.Next(ctx) {
		out = append(out, it.Result())
	}
	if err := it.Err(); err != nil {
		t.Fatalf("gizmo %s: %v", q, err)
	}
	return out
}

func TestConformance(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			runConformance(t, b)
		})
	}
}

func runConformance(t *testing.T, b testBackend) {
	if b.name == BackendPostgres {
		requirePostgres(t)
	}
	ctx := context.Background()
	// fresh opens an empty store of this backend.
	fresh := func(t *testing.T) *Store { return openTest(t, b.name, b.addr(t)) }

	t.Run("RoundTrip", func(t *testing.T) {
		s := fresh(t)
		mustAdd(t, s, article1, article1Triples())
		got, err := s.Triples(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(stored1(), got); diff != "" {
			t.Errorf("Triples (-want +got):\n%s", diff)
		}
		arts, err := s.Articles(ctx)
		if err != nil {
			t.Fatal(err)
		}
		wantArt := article1
		wantArt.Text = ""
		if diff := cmp.Diff([]extract.Article{wantArt}, arts); diff != "" {
			t.Errorf("Articles (-want +got):\n%s", diff)
		}
		if ok, err := s.HasArticle(ctx, article1.ID); err != nil || !ok {
			t.Errorf("HasArticle(%q) = %v, %v; want true", article1.ID, ok, err)
		}
		if ok, err := s.HasArticle(ctx, "a2"); err != nil || ok {
			t.Errorf("HasArticle(a2) = %v, %v; want false", ok, err)
		}
	})

	t.Run("Gizmo", func(t *testing.T) {
		s := fresh(t)
		mustAdd(t, s, article1, article1Triples())
		mustAdd(t, s, article2, article2Triples())
		tests := []struct {
			name, query string
			want        []any
		}{
			{"contract edge", `g.V("<pakistan>").In("<partners-with>").All()`,
				[]any{map[string]any{"id": "<united-states>"}}},
			{"actor property", `g.V("<marco-rubio>").Out("<role>").All()`,
				[]any{map[string]any{"id": "Secretary of State"}}},
			{"events of a relation", `g.V("<criticised>").In("<relation>").Out("<sentence>").All()`,
				[]any{map[string]any{"id": "India criticised Islamabad."}}},
			{"article of an event", `g.V("<india>").In("<subject>").Out("<article>").Out("<title>").All()`,
				[]any{map[string]any{"id": "India criticises Pakistan"}}},
			{"events by quad class", `g.V().Has("<quad_class>", 2).Out("<sentence>").All()`,
				[]any{map[string]any{"id": "USSM will invest in Pakistan."}}},
			{"events by date", `g.V().Has("<date>", "2025-10-25").Out("<relation>").All()`,
				[]any{map[string]any{"id": "<met-with>"}}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if diff := cmp.Diff(tt.want, gizmo(t, s, tt.query)); diff != "" {
					t.Errorf("%s (-want +got):\n%s", tt.query, diff)
				}
			})
		}
		t.Run("edge label is the article", func(t *testing.T) {
			got := gizmo(t, s, `g.V("<india>").LabelContext("<article/a2>").Out("<criticised>").All()`)
			want := []any{map[string]any{"id": "<pakistan>"}}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			got = gizmo(t, s, `g.V("<india>").LabelContext("<article/other>").Out("<criticised>").All()`)
			if len(got) != 0 {
				t.Errorf("edge found under another article's label: %v", got)
			}
		})
	})

	t.Run("Idempotent", func(t *testing.T) {
		s := fresh(t)
		mustAdd(t, s, article1, article1Triples())
		before := dump(t, s)
		quads := stats(t, s).Quads
		added, err := s.AddArticle(ctx, article1, article1Triples())
		if err != nil || added {
			t.Fatalf("second AddArticle = %v, %v; want false, nil", added, err)
		}
		// Even a different extraction of a stored article changes nothing.
		added, err = s.AddArticle(ctx, article1, article2Triples()[:0])
		if err != nil || added {
			t.Fatalf("AddArticle of a stored id with other triples = %v, %v; want false, nil", added, err)
		}
		if got := stats(t, s).Quads; got != quads {
			t.Errorf("Stats().Quads after reload = %d, want %d", got, quads)
		}
		if diff := cmp.Diff(before, dump(t, s)); diff != "" {
			t.Errorf("dump after reload (-want +got):\n%s", diff)
		}
	})

	t.Run("SharedActors", func(t *testing.T) {
		s := fresh(t)
		mustAdd(t, s, article1, article1Triples())
		mustAdd(t, s, article2, article2Triples())
		actors, err := s.Actors(ctx)
		if err != nil {
			t.Fatal(err)
		}
		pakAll := pak
		pakAll.Aliases = []string{"Islamabad"}
		want := []extract.Actor{munir, fwo, india, rubio, pakAll, usa, ussm}
		if diff := cmp.Diff(want, actors); diff != "" {
			t.Errorf("Actors (-want +got):\n%s", diff)
		}
		// Pakistan's properties are stored once.
		if got := strings.Count(dump(t, s), "<pakistan> <name> "); got != 1 {
			t.Errorf("<pakistan> <name> stored %d times, want 1", got)
		}
	})

	t.Run("Filter", func(t *testing.T) {
		s := fresh(t)
		mustAdd(t, s, article1, article1Triples())
		mustAdd(t, s, article2, article2Triples())
		tests := []struct {
			name string
			f    Filter
			want []string // sentences' first words, in order
		}{
			{"all", Filter{}, []string{"Secretary", "The", "US", "USSM", "India"}},
			{"since", Filter{Since: "2025-10-26"}, []string{"The", "US", "USSM", "India"}},
			{"until", Filter{Until: "2025-10-26"}, []string{"Secretary", "The", "US", "USSM"}},
			{"one day", Filter{Since: "2025-10-25", Until: "2025-10-25"}, []string{"Secretary"}},
			{"empty range", Filter{Since: "2025-12-01"}, nil},
			{"relation", Filter{Relations: []string{"partners-with", "criticised"}}, []string{"The", "India"}},
			{"quad class", Filter{QuadClasses: []int{2, 3}}, []string{"USSM", "India"}},
			{"actor as subject or object", Filter{Actors: []string{"pakistan"}}, []string{"The", "USSM", "India"}},
			{"combined", Filter{Actors: []string{"pakistan"}, QuadClasses: []int{1}, Until: "2025-10-31"}, []string{"The"}},
			{"unknown actor", Filter{Actors: []string{"atlantis"}}, nil},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				ts, err := s.Triples(ctx, tt.f)
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, tr := range ts {
					got = append(got, strings.Fields(tr.Sentence)[0])
				}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("Triples(%+v) (-want +got):\n%s", tt.f, diff)
				}
			})
		}
	})

	t.Run("Stats", func(t *testing.T) {
		s := fresh(t)
		if diff := cmp.Diff(Stats{}, stats(t, s)); diff != "" {
			t.Errorf("empty store (-want +got):\n%s", diff)
		}
		mustAdd(t, s, article1, article1Triples())
		mustAdd(t, s, article2, article2Triples())
		mustAdd(t, s, extract.Article{ID: "empty", Title: "Nothing happened"}, nil)
		got := stats(t, s)
		want := Stats{Actors: 7, Relations: 5, Triples: 5, Articles: 3, Quads: quadCount(t),
			Stories: 3, Outlets: 2, NoText: 3, Coded: map[string]int{"": 3}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})

	t.Run("DumpToOtherBackend", func(t *testing.T) {
		s := fresh(t)
		mustAdd(t, s, article1, article1Triples())
		mustAdd(t, s, article2, article2Triples())
		want := dump(t, s)
		other := BackendMemstore
		if b.name == BackendMemstore {
			other = BackendBolt
		}
		dst := openTest(t, other, filepath.Join(t.TempDir(), "copy.db"))
		if other == BackendMemstore {
			dst = openTest(t, other, "")
		}
		n, err := dst.ReadNQuads(ctx, strings.NewReader(want))
		if err != nil {
			t.Fatalf("ReadNQuads: %v", err)
		}
		if lines := strings.Count(want, "\n"); n != lines {
			t.Errorf("ReadNQuads read %d quads, the dump has %d lines", n, lines)
		}
		if diff := cmp.Diff(want, dump(t, dst)); diff != "" {
			t.Errorf("dump of the %s copy (-want +got):\n%s", other, diff)
		}
		ts, err := dst.Triples(ctx, Filter{Actors: []string{"marco-rubio", "ussm"}})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(stored1()[0:1], ts[:1]); diff != "" || len(ts) != 3 {
			t.Errorf("Triples of the copy: %d triples, first (-want +got):\n%s", len(ts), diff)
		}
		// Reading the dump again changes nothing.
		if _, err := dst.ReadNQuads(ctx, strings.NewReader(want)); err != nil {
			t.Fatalf("second ReadNQuads: %v", err)
		}
		if diff := cmp.Diff(want, dump(t, dst)); diff != "" {
			t.Errorf("dump after a second ReadNQuads (-want +got):\n%s", diff)
		}
	})

	t.Run("InterruptedWrite", func(t *testing.T) {
		// The store as a clean load leaves it.
		clean := fresh(t)
		mustAdd(t, clean, article1, article1Triples())
		want := dump(t, clean)

		// An earlier extraction of the article, written up to (not
		// including) its completion marker, as a crash between two
		// non-atomic writes would leave it.
		s := fresh(t)
		old := article1Triples()
		old[0].Relation = crit
		old = append(old, article2Triples()[0])
		old[len(old)-1].Article = article1.ID
		qs, err := articleQuads(article1, old, nil)
		if err != nil {
			t.Fatal(err)
		}
		partial := qs[:len(qs)-1]
		w, err := cgraph.NewQuadWriter("single", s.QuadStore(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.AddQuadSet(partial); err != nil {
			t.Fatalf("write partial article: %v", err)
		}
		if ok, err := s.HasArticle(ctx, article1.ID); err != nil || ok {
			t.Errorf("HasArticle of a partial article = %v, %v; want false", ok, err)
		}
		if got := stats(t, s); got.Articles != 0 || got.Triples != 0 {
			t.Errorf("Stats of a store with a partial article = %+v, want no articles or triples", got)
		}
		if ts, err := s.Triples(ctx, Filter{}); err != nil || len(ts) != 0 {
			t.Errorf("Triples of a partial article = %d triples, %v; want none", len(ts), err)
		}
		// The next load completes it and leaves nothing of the old write
		// but actor properties (unlabelled, shared by all articles).
		mustAdd(t, s, article1, article1Triples())
		got, err := s.Triples(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(stored1(), dropAliases(got, "pakistan")); diff != "" {
			t.Errorf("Triples after completing (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(withoutActorProps(want), withoutActorProps(dump(t, s))); diff != "" {
			t.Errorf("dump after completing, actor properties aside (-want +got):\n%s", diff)
		}
	})

	if b.name == BackendMemstore {
		return
	}
	t.Run("Reopen", func(t *testing.T) {
		addr := b.addr(t)
		s, err := Open(ctx, b.name, addr)
		if err != nil {
			t.Fatal(err)
		}
		mustAdd(t, s, article1, article1Triples())
		want := dump(t, s)
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		s = openTest(t, b.name, addr)
		if diff := cmp.Diff(want, dump(t, s)); diff != "" {
			t.Errorf("dump after reopening (-want +got):\n%s", diff)
		}
		if added, err := s.AddArticle(ctx, article1, article1Triples()); err != nil || added {
			t.Errorf("AddArticle after reopening = %v, %v; want false, nil", added, err)
		}
	})
}

// dropAliases removes the aliases of one actor, which a partial write may
// have stored.
func dropAliases(ts []extract.Triple, id string) []extract.Triple {
	for i := range ts {
		for _, a := range []*extract.Actor{&ts[i].Subject, &ts[i].Object} {
			if a.ID == id {
				a.Aliases = nil
			}
		}
	}
	return ts
}

// withoutActorProps drops the unlabelled quads of a dump.
func withoutActorProps(d string) string {
	var keep []string
	for _, l := range strings.SplitAfter(d, "\n") {
		if strings.HasSuffix(l, "> .\n") && strings.Count(l, "<") >= 4 || strings.Contains(l, "<article/") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "")
}

// quadCount is the number of quads the Stats case stores, computed from the
// schema's rules rather than from the store.
func quadCount(t *testing.T) int {
	t.Helper()
	// Actors: name, type, country for each of the 7 (India, Pakistan, the
	// United States, Rubio, Munir, USSM, FWO); roles of Rubio and Munir;
	// aliases U.S., US, USSM and Islamabad.
	actors := 7*3 + 2 + 4
	// Events: 11 quads each, one direct edge each, plus 3 attributes.
	events := 5*12 + 3
	// Articles: type marker and completion marker, plus title, date, url,
	// source where given (article1: all 4; a2: 3; empty: title).
	articles := 3*2 + 4 + 3 + 1
	return actors + events + articles
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name, backend, addr string
		want                error
	}{
		{"unknown backend", "mongo", "x", ErrUnknownBackend},
		{"bolt without path", "bolt", "", ErrNoAddress},
		{"leveldb without path", "leveldb", "", ErrNoAddress},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(ctx, tt.backend, tt.addr)
			if !errors.Is(err, tt.want) {
				t.Errorf("Open(%q, %q) error = %v, want %v", tt.backend, tt.addr, err, tt.want)
			}
			if s != nil {
				s.Close()
			}
		})
	}
}

func TestAddArticleErrors(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, BackendMemstore, "")
	noObject := article1Triples()[:1]
	noObject[0].Object.ID = ""
	other := article1Triples()[:1]
	other[0].Article = "elsewhere"
	reservedID := article1Triples()[:1]
	reservedID[0].Subject.ID = "event/x"
	reservedAttr := article1Triples()[:1]
	reservedAttr[0].Attrs = map[string]string{"date": "2020-01-01"}
	tests := []struct {
		name string
		a    extract.Article
		ts   []extract.Triple
		want error
	}{
		{"no id", extract.Article{Title: "x"}, nil, ErrNoID},
		{"triple without object", article1, noObject, ErrIncompleteTriple},
		{"triple of another article", article1, other, ErrWrongArticle},
		{"reserved attribute", article1, reservedAttr, ErrReservedAttr},
		{"reserved actor id", article1, reservedID, ErrReservedID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			added, err := s.AddArticle(ctx, tt.a, tt.ts)
			if !errors.Is(err, tt.want) || added {
				t.Errorf("AddArticle = %v, %v; want false, %v", added, err, tt.want)
			}
		})
	}
	if got := stats(t, s); !cmp.Equal(Stats{}, got) {
		t.Errorf("failed AddArticles left %+v in the store", got)
	}
}
