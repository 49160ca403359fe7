package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/extract"
)

// articleB names actors of article1 differently ("America", a second type
// for Pakistan) and adds India, so that forgetting it must undo more than
// its edges.
var articleB = extract.Article{ID: "b", Title: "America and India", Date: "2025-11-03", Source: "Other Wire", Text: "America praised India. India criticised Islamabad."}

func articleBTriples() []extract.Triple {
	america := usa
	america.Name, america.Aliases = "America", []string{"Washington"}
	islamabad := pak
	islamabad.Name, islamabad.Type, islamabad.Aliases = "Islamabad", extract.TypeGovernment, nil
	praise := extract.Relation{ID: "praised", Cameo: "051", Goldstein: 3.4, QuadClass: 1}
	return []extract.Triple{
		{Article: "b", Date: "2025-11-03", Sentence: "America praised India.", Subject: america, Relation: praise, Object: india, Confidence: 0.8},
		{Article: "b", Date: "2025-11-03", SentenceIndex: 1, Sentence: "India criticised Islamabad.", Subject: india, Relation: crit, Object: islamabad, Confidence: 0.8},
	}
}

func mustPut(t *testing.T, s *Store, a extract.Article, ts []extract.Triple, want Outcome) {
	t.Helper()
	got, err := s.PutArticle(context.Background(), a, ts, PutOptions{Version: "v1"})
	if err != nil {
		t.Fatalf("PutArticle(%s): %v", a.ID, err)
	}
	if got != want {
		t.Fatalf("PutArticle(%s) = %v, want %v", a.ID, got, want)
	}
}

func mustForget(t *testing.T, s *Store, id string) {
	t.Helper()
	ok, err := s.ForgetArticle(context.Background(), id)
	if err != nil || !ok {
		t.Fatalf("ForgetArticle(%s) = %v, %v; want true, nil", id, ok, err)
	}
}

// view is what a user sees of a store: the node count Gizmo gives, the
// JSON export and the sorted N-Quads dump.
type view struct {
	Count  []any
	Export string
	Dump   string
}

func viewOf(t *testing.T, s *Store) view {
	t.Helper()
	ts, err := s.Triples(context.Background(), Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteJSON(&b, NewNetwork(ts), ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	return view{Count: gizmo(t, s, `g.V().Count()`), Export: b.String(), Dump: dump(t, s)}
}

func TestLifecycle(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			if b.name == BackendPostgres {
				requirePostgres(t)
			}
			runLifecycle(t, b)
		})
	}
}

func runLifecycle(t *testing.T, b testBackend) {
	ctx := context.Background()
	fresh := func(t *testing.T) *Store { return openTest(t, b.name, b.addr(t)) }

	t.Run("ForgetEqualsNeverLoaded", func(t *testing.T) {
		alone := fresh(t)
		mustPut(t, alone, article1, article1Triples(), Added)
		want := viewOf(t, alone)
		for _, order := range []string{"A then B", "B then A"} {
			t.Run(order, func(t *testing.T) {
				s := fresh(t)
				if order == "A then B" {
					mustPut(t, s, article1, article1Triples(), Added)
					mustPut(t, s, articleB, articleBTriples(), Added)
				} else {
					mustPut(t, s, articleB, articleBTriples(), Added)
					mustPut(t, s, article1, article1Triples(), Added)
				}
				if got := viewOf(t, s); got.Dump == want.Dump {
					t.Fatal("the store with B equals the store without it: the test proves nothing")
				}
				mustForget(t, s, articleB.ID)
				if diff := cmp.Diff(want, viewOf(t, s)); diff != "" {
					t.Errorf("A and B, B forgotten, against A alone (-want +got):\n%s", diff)
				}
				if ok, err := s.HasArticle(ctx, articleB.ID); err != nil || ok {
					t.Errorf("HasArticle(b) after forget = %v, %v", ok, err)
				}
			})
		}
	})

	t.Run("ForgetEverything", func(t *testing.T) {
		s := fresh(t)
		mustPut(t, s, article1, article1Triples(), Added)
		mustPut(t, s, articleB, articleBTriples(), Added)
		mustPut(t, s, article2, article2Triples(), Added)
		for _, id := range []string{article2.ID, article1.ID, articleB.ID} {
			mustForget(t, s, id)
		}
		empty := fresh(t)
		if diff := cmp.Diff(gizmo(t, empty, `g.V().Count()`), gizmo(t, s, `g.V().Count()`)); diff != "" {
			t.Errorf("g.V().Count() after forgetting every article, against an empty store's (-want +got):\n%s", diff)
		}
		if got := gizmo(t, s, `g.V().All()`); len(got) != 0 {
			t.Errorf("g.V() after forgetting every article: %v", got)
		}
		if d := dump(t, s); d != "" {
			t.Errorf("dump after forgetting every article:\n%s", d)
		}
		if ok, err := s.ForgetArticle(ctx, "nowhere"); err != nil || ok {
			t.Errorf("ForgetArticle of an unknown id = %v, %v; want false, nil", ok, err)
		}
	})

	t.Run("ForgetKeepsSharedActors", func(t *testing.T) {
		s := fresh(t)
		mustPut(t, s, article1, article1Triples(), Added)
		mustPut(t, s, articleB, articleBTriples(), Added)
		mustForget(t, s, article1.ID)
		// The United States and Pakistan stay, with the names and type
		// article B gives them; USSM, FWO, Rubio and Munir go.
		got := gizmo(t, s, `g.V("<united-states>").Out("<alias>").All()`)
		want := []any{map[string]any{"id": "Washington"}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("aliases of the United States (-want +got):\n%s", diff)
		}
		actors, err := s.Actors(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, a := range actors {
			ids = append(ids, a.ID+":"+a.Name+":"+a.Type)
		}
		wantIDs := []string{"india:India:country", "pakistan:Islamabad:government", "united-states:America:country"}
		if diff := cmp.Diff(wantIDs, ids); diff != "" {
			t.Errorf("actors after forgetting article 1 (-want +got):\n%s", diff)
		}
		if got := gizmo(t, s, `g.V("<ussm>").Out().All()`); len(got) != 0 {
			t.Errorf("USSM still has properties: %v", got)
		}
	})

	t.Run("EditReplacesTriples", func(t *testing.T) {
		s := fresh(t)
		mustPut(t, s, articleB, articleBTriples(), Added)
		mustPut(t, s, article1, article1Triples(), Added)
		first := viewOf(t, s)
		mustPut(t, s, article1, article1Triples(), Unchanged)

		edited := article1
		edited.Text = "The United States criticised Pakistan. Marco Rubio met Asim Munir."
		ts := article1Triples()[:3]
		ts[0].Relation = crit
		ts[1].Subject, ts[1].Object = india, usa // a new actor pair, fewer triples
		mustPut(t, s, edited, ts, Updated)
		got, err := s.Triples(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		var rels []string
		for _, tr := range got {
			if tr.Article == article1.ID {
				rels = append(rels, tr.Subject.ID+" "+tr.Relation.ID+" "+tr.Object.ID)
			}
		}
		wantRels := []string{"marco-rubio met-with asim-munir", "united-states criticised pakistan", "india signed-agreement-with united-states"}
		if diff := cmp.Diff(wantRels, rels); diff != "" {
			t.Errorf("triples of the edited article (-want +got):\n%s", diff)
		}
		if strings.Contains(dump(t, s), "<ussm>") {
			t.Error("USSM, named only by the old version, is still stored")
		}
		// Back to the first version: the first graph, quad for quad.
		mustPut(t, s, article1, article1Triples(), Updated)
		if diff := cmp.Diff(first, viewOf(t, s)); diff != "" {
			t.Errorf("after editing back (-want +got):\n%s", diff)
		}
	})

	t.Run("PutArticles", func(t *testing.T) {
		s := fresh(t)
		mustPut(t, s, article1, article1Triples(), Added)
		edited := article1
		edited.Text += " Edited."
		got, err := s.PutArticles(ctx, []ArticleTriples{
			{Article: articleB, Triples: articleBTriples()},
			{Article: edited, Triples: article1Triples()[:1]},
			{Article: articleB, Triples: articleBTriples()},
			{Article: article2, Triples: article2Triples()},
		}, PutOptions{Version: "v1"})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]Outcome{Added, Updated, Unchanged, Added}, got); diff != "" {
			t.Errorf("outcomes (-want +got):\n%s", diff)
		}
		// The same as putting them one by one.
		one := fresh(t)
		mustPut(t, one, article1, article1Triples(), Added)
		mustPut(t, one, articleB, articleBTriples(), Added)
		mustPut(t, one, edited, article1Triples()[:1], Updated)
		mustPut(t, one, article2, article2Triples(), Added)
		if diff := cmp.Diff(viewOf(t, one), viewOf(t, s)); diff != "" {
			t.Errorf("PutArticles against PutArticle one by one (-want +got):\n%s", diff)
		}
	})

	t.Run("Reextract", func(t *testing.T) {
		s := fresh(t)
		texts := map[string]string{
			"r1": "Acme Minerals signed an agreement with Pakistan on Monday.",
			"r2": "India criticised Pakistan.",
		}
		builtin, err := extract.DefaultExtractor()
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range []string{"r1", "r2"} {
			a := extract.Article{ID: id, Date: "2025-10-27", Text: texts[id]}
			ts, err := builtin.Extract(ctx, a)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.PutArticle(ctx, a, ts, PutOptions{Version: "old"}); err != nil {
				t.Fatal(err)
			}
		}
		if has(t, s, "acme-minerals") {
			t.Fatal("the built-in lexicon knows acme-minerals: the test proves nothing")
		}
		lexFile := filepath.Join(t.TempDir(), "acme.yaml")
		os.WriteFile(lexFile, []byte("actors:\n  - id: acme-minerals\n    name: Acme Minerals\n    type: organisation\n    country: USA\n"), 0o644)
		lex, err := extract.LoadUserLexicons([]string{lexFile})
		if err != nil {
			t.Fatal(err)
		}
		x := extract.NewExtractor(lex)
		opt := ReextractOptions{Version: ExtractorVersion(lex), Workers: 2}

		dry := opt
		dry.DryRun = true
		before := dump(t, s)
		rep, err := s.Reextract(ctx, x.Extract, dry)
		if err != nil {
			t.Fatalf("dry run: %v", err)
		}
		if !contains(rep.Appeared, "acme-minerals") || rep.Coded != 2 {
			t.Errorf("dry-run report = %+v, want 2 articles coded and acme-minerals appearing", rep)
		}
		if dump(t, s) != before {
			t.Error("a dry run changed the store")
		}

		got, err := s.Reextract(ctx, x.Extract, opt)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(rep, got); diff != "" {
			t.Errorf("report of the run against the dry run's (-want +got):\n%s", diff)
		}
		if !has(t, s, "acme-minerals") {
			t.Error("acme-minerals not in the graph after re-extraction with the lexicon that defines it")
		}
		c, err := s.Codings(ctx, opt.Version)
		if err != nil || c != (CodingStats{Current: 2}) {
			t.Errorf("Codings = %+v, %v; want 2 current", c, err)
		}
		after := dump(t, s)
		again, err := s.Reextract(ctx, x.Extract, opt)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(ReextractReport{UpToDate: 2}, again); diff != "" {
			t.Errorf("second run's report (-want +got):\n%s", diff)
		}
		all := opt
		all.All = true
		if again, err := s.Reextract(ctx, x.Extract, all); err != nil || again.Changed != 0 || again.Coded != 2 {
			t.Errorf("re-coding all again = %+v, %v; want 2 coded, none changed", again, err)
		}
		if diff := cmp.Diff(after, dump(t, s)); diff != "" {
			t.Errorf("store changed by a second re-extraction (-want +got):\n%s", diff)
		}
	})

	t.Run("ReextractInterrupted", func(t *testing.T) {
		s := fresh(t)
		for i := range 4 {
			a := extract.Article{ID: fmt.Sprintf("i%d", i), Text: "India criticised Pakistan."}
			ts := []extract.Triple{{Article: a.ID, Sentence: a.Text, Subject: india, Relation: crit, Object: pak}}
			if _, err := s.PutArticle(ctx, a, ts, PutOptions{Version: "old"}); err != nil {
				t.Fatal(err)
			}
		}
		fail := errors.New("interrupted")
		calls := 0
		x := func(ctx context.Context, a extract.Article) ([]extract.Triple, error) {
			calls++
			if a.ID == "i2" && calls < 10 {
				return nil, fail
			}
			return []extract.Triple{{Sentence: a.Text, Subject: india, Relation: met, Object: pak}}, nil
		}
		opt := ReextractOptions{Version: "new", Workers: 1}
		if _, err := s.Reextract(ctx, x, opt); !errors.Is(err, fail) {
			t.Fatalf("first run error = %v, want %v", err, fail)
		}
		calls = 10
		if _, err := s.Reextract(ctx, x, opt); err != nil {
			t.Fatalf("second run: %v", err)
		}
		c, err := s.Codings(ctx, "new")
		if err != nil || c != (CodingStats{Current: 4}) {
			t.Errorf("Codings after the second run = %+v, %v; want 4 current", c, err)
		}
		ts, err := s.Triples(ctx, Filter{Relations: []string{"criticised"}})
		if err != nil || len(ts) != 0 {
			t.Errorf("%d old triples left, %v", len(ts), err)
		}
	})

	t.Run("ReextractWithoutText", func(t *testing.T) {
		s := fresh(t)
		if _, err := s.PutArticle(ctx, article1, article1Triples(), PutOptions{Version: "old", NoText: true}); err != nil {
			t.Fatal(err)
		}
		before := dump(t, s)
		x := func(context.Context, extract.Article) ([]extract.Triple, error) { return nil, nil }
		_, err := s.Reextract(ctx, x, ReextractOptions{Version: "new"})
		if !errors.Is(err, ErrNoText) || !strings.Contains(err.Error(), article1.ID) {
			t.Errorf("Reextract of an article without text: %v; want ErrNoText naming it", err)
		}
		if dump(t, s) != before {
			t.Error("a failed re-extraction changed the store")
		}
	})
}

func has(t *testing.T, s *Store, actor string) bool {
	t.Helper()
	as, err := s.Actors(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range as {
		if a.ID == actor {
			return true
		}
	}
	return false
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func TestTextEncoding(t *testing.T) {
	for _, text := range []string{"", "India criticised Pakistan.", strings.Repeat("Übermäßig ", 1000)} {
		enc, err := encodeText(text)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeText(enc)
		if err != nil || got != text {
			t.Errorf("decodeText(encodeText(%.20q)) = %.20q, %v", text, got, err)
		}
	}
	if _, err := decodeText("plain"); err == nil {
		t.Error("decodeText of an unknown encoding: no error")
	}
}
