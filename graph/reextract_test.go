package graph

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/corpus"
)

// foldingLexicon defines an organisation whose aliases are officials the
// generated corpus names often, so that re-coding with it changes the
// triples of many articles, drops actors and moves names between actors.
const foldingLexicon = `actors:
  - id: foreign-ministers-forum
    name: Foreign Ministers Forum
    type: organisation
    aliases: [Donald Trump, Xi Jinping, Vladimir Putin, Narendra Modi, Emmanuel Macron, Sergey Lavrov, Wang Yi, Marco Rubio]
`

// recodeCase is a corpus, coded one way and stored, and another coding of it.
type recodeCase struct {
	name  string
	batch []ArticleTriples
	x     ExtractFunc
	// actor is an actor the new coding has and the old one lacks.
	actor string
}

// recodeCases gives a generated corpus re-coded with a lexicon that folds
// officials into an organisation (many triples change, actors vanish), and
// articles that all name Pakistan "Pakistan" re-coded to give it other
// names, a type and an alias that hold for part of the re-coding only.
func recodeCases(t *testing.T) []recodeCase {
	ctx := context.Background()
	builtin, err := extract.DefaultExtractor()
	if err != nil {
		t.Fatal(err)
	}
	lexFile := filepath.Join(t.TempDir(), "fold.yaml")
	if err := os.WriteFile(lexFile, []byte(foldingLexicon), 0o644); err != nil {
		t.Fatal(err)
	}
	lex, err := extract.LoadUserLexicons([]string{lexFile})
	if err != nil {
		t.Fatal(err)
	}
	folding := extract.NewExtractor(lex)
	var generated []ArticleTriples
	for a := range corpus.Articles(corpus.Options{Seed: 7, Articles: 40}) {
		ts, err := builtin.Extract(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		generated = append(generated, ArticleTriples{Article: a, Triples: ts})
	}

	var renamed []ArticleTriples
	for i := range 12 {
		a := extract.Article{ID: fmt.Sprintf("r%02d", i), Date: "2025-11-01", Text: fmt.Sprintf("India criticised Pakistan (%d).", i)}
		renamed = append(renamed, ArticleTriples{Article: a, Triples: []extract.Triple{
			{Article: a.ID, Sentence: a.Text, Subject: india, Relation: crit, Object: pak},
		}})
	}
	rename := func(_ context.Context, a extract.Article) ([]extract.Triple, error) {
		var i int
		fmt.Sscanf(a.ID, "r%d", &i)
		p := pak
		switch {
		case i < 4:
			p.Name, p.Aliases = "Islamic Republic of Pakistan", []string{"Islamabad"}
		case i < 8:
			p.Name, p.Type, p.Aliases = "Islamabad", extract.TypeGovernment, nil
		default:
			p.Name, p.Aliases = "Pakistan Government", []string{"Rawalpindi"}
		}
		o := india
		if i%3 == 0 {
			o = usa
		}
		return []extract.Triple{{Sentence: a.Text, Subject: o, Relation: met, Object: p}}, nil
	}
	return []recodeCase{
		{name: "folding", batch: generated, x: folding.Extract, actor: "foreign-ministers-forum"},
		{name: "renames", batch: renamed, x: rename, actor: "united-states"},
	}
}

// TestReextractBatches stores corpora, re-codes them (recodeCases) in
// batches of several sizes, and checks on every backend that each run
// leaves the store exactly as re-coding the articles one by one
// (ReplaceTriples, in the store's order) does, that the store then holds
// the new coding, that the report of a dry run is the report of the run,
// and that a second run re-codes nothing.
func TestReextractBatches(t *testing.T) {
	ctx := context.Background()
	cases := recodeCases(t)
	for _, b := range backends() {
		for _, c := range cases {
			t.Run(b.name+"/"+c.name, func(t *testing.T) {
				if b.name == BackendPostgres {
					requirePostgres(t)
				}
				runReextractBatches(ctx, t, b, c)
			})
		}
	}
}

func runReextractBatches(ctx context.Context, t *testing.T, b testBackend, c recodeCase) {
	loaded := func(t *testing.T) *Store {
		s := openTest(t, b.name, b.addr(t))
		if _, err := s.PutArticles(ctx, c.batch, PutOptions{Version: "old"}); err != nil {
			t.Fatal(err)
		}
		return s
	}
	ref := loaded(t)
	if has(t, ref, c.actor) {
		t.Fatalf("%s is stored before the re-coding: the test proves nothing", c.actor)
	}
	infos, err := ref.ArticleInfos(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range infos {
		a, _, _, err := ref.readStored(ctx, in.ID)
		if err != nil {
			t.Fatal(err)
		}
		ts, err := c.x(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ref.ReplaceTriples(ctx, in.ID, ts, "new"); err != nil {
			t.Fatal(err)
		}
	}
	want := dump(t, ref)
	if !has(t, ref, c.actor) {
		t.Fatalf("%s is not stored after the re-coding", c.actor)
	}

	var dryReport ReextractReport
	for _, size := range []int{1, 5, 200} {
		t.Run(fmt.Sprintf("batch=%d", size), func(t *testing.T) {
			s := loaded(t)
			opt := ReextractOptions{Version: "new", Workers: 3, Batch: size}
			if size == 5 {
				dry := opt
				dry.DryRun = true
				before := dump(t, s)
				var err error
				if dryReport, err = s.Reextract(ctx, c.x, dry); err != nil {
					t.Fatal(err)
				}
				if dump(t, s) != before {
					t.Error("a dry run changed the store")
				}
			}
			rep, err := s.Reextract(ctx, c.x, opt)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Coded != len(c.batch) || rep.Changed < len(c.batch)/5 {
				t.Errorf("re-coded %d articles and changed %d; want %d and at least %d", rep.Coded, rep.Changed, len(c.batch), len(c.batch)/5)
			}
			if size == 5 {
				if diff := cmp.Diff(dryReport, rep); diff != "" {
					t.Errorf("report of the run against the dry run's (-want +got):\n%s", diff)
				}
			}
			if diff := cmp.Diff(want, dump(t, s)); diff != "" {
				t.Errorf("store after Reextract in batches of %d against ReplaceTriples one by one (-want +got):\n%s", size, diff)
			}
			again, err := s.Reextract(ctx, c.x, opt)
			if err != nil || again.Coded != 0 || again.UpToDate != len(c.batch) {
				t.Errorf("second run = %+v, %v; want nothing re-coded", again, err)
			}
		})
	}
}

// TestReextractRemovesTransientQuads leaves the transient quads a crash
// between the two transactions of a batch leaves on a KV backend (see
// applyDiff) after a re-extraction that re-coded every article, and checks
// that running it again, with nothing left to re-code, removes them.
func TestReextractRemovesTransientQuads(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, BackendBolt, filepath.Join(t.TempDir(), "pad.db"))
	a := extract.Article{ID: "p1", Date: "2025-11-01", Text: "India criticised Pakistan."}
	ts := []extract.Triple{{Article: a.ID, Sentence: a.Text, Subject: india, Relation: crit, Object: pak}}
	if _, err := s.PutArticle(ctx, a, ts, PutOptions{Version: "v"}); err != nil {
		t.Fatal(err)
	}
	want := dump(t, s)
	pad := quad.IRI(padPrefix + "crashed")
	s.mu.Lock()
	err := s.applyTx(nil, []quad.Quad{{Subject: pad, Predicate: quad.IRI(padPredicate), Object: actorIRI(pak.ID), Label: pad + "/0"}})
	s.mu.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	if dump(t, s) == want {
		t.Fatal("the transient quad was not written: the test proves nothing")
	}
	x := func(context.Context, extract.Article) ([]extract.Triple, error) { return ts, nil }
	rep, err := s.Reextract(ctx, x, ReextractOptions{Version: "v"})
	if err != nil || rep.UpToDate != 1 || rep.Coded != 0 {
		t.Fatalf("Reextract = %+v, %v; want the article up to date", rep, err)
	}
	if diff := cmp.Diff(want, dump(t, s)); diff != "" {
		t.Errorf("store after Reextract (-want +got):\n%s", diff)
	}
}
