package eval

import (
	"bytes"
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/diplograph/diplograph/extract"
)

var cmpIgnoreArticle = cmpopts.IgnoreFields(Sentence{}, "Article")

func writeFile(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// triple builds a predicted triple between two countries.
func triple(src, tgt, cameo string) extract.Triple {
	return extract.Triple{
		Subject:  extract.Actor{ID: strings.ToLower(src), Type: extract.TypeCountry, Country: src},
		Relation: extract.Relation{ID: "rel-" + cameo, Cameo: cameo},
		Object:   extract.Actor{ID: strings.ToLower(tgt), Type: extract.TypeCountry, Country: tgt},
	}
}

func ev(src, tgt, cameo string) Event { return Event{Source: src, Target: tgt, Cameo: cameo} }

func TestScore(t *testing.T) {
	igoTriple := triple("", "PAK", "073")
	igoTriple.Subject = extract.Actor{ID: "united-nations", Type: extract.TypeIGO, Country: "USA"}
	noCountry := triple("", "PAK", "112")
	noCountry.Subject.Country = ""

	tests := []struct {
		name  string
		gold  []Event
		preds []extract.Triple
		want  Counts
	}{
		{
			name:  "perfect",
			gold:  []Event{ev("PAK", "USA", "042"), ev("USA", "PAK", "043")},
			preds: []extract.Triple{triple("USA", "PAK", "043"), triple("PAK", "USA", "042")},
			want:  Counts{Sentences: 1, Gold: 2, Predicted: 2, Matched: 2, RootAgreed: 2, Recall: 1, Precision: 1, F1: 1, RootAgreement: 1},
		},
		{
			name:  "swapped direction is a miss and a false positive",
			gold:  []Event{ev("IND", "PAK", "112")},
			preds: []extract.Triple{triple("PAK", "IND", "112")},
			want:  Counts{Sentences: 1, Gold: 1, Predicted: 1},
		},
		{
			name:  "IGO gold and IGO or countryless predictions are ignored",
			gold:  []Event{{Source: IGO, SourceName: "United Nations", Target: "PAK", Cameo: "073"}},
			preds: []extract.Triple{igoTriple, noCountry},
			want:  Counts{Sentences: 1},
		},
		{
			name:  "wrong root is a match without agreement",
			gold:  []Event{ev("CHN", "PHL", "114")},
			preds: []extract.Triple{triple("CHN", "PHL", "130")},
			want:  Counts{Sentences: 1, Gold: 1, Predicted: 1, Matched: 1, Recall: 1, Precision: 1, F1: 1},
		},
		{
			name:  "multiset: a repeated prediction matches once",
			gold:  []Event{ev("ISR", "IRN", "195")},
			preds: []extract.Triple{triple("ISR", "IRN", "190"), triple("ISR", "IRN", "195")},
			want:  Counts{Sentences: 1, Gold: 1, Predicted: 2, Matched: 1, RootAgreed: 1, Recall: 1, Precision: 0.5, F1: 2.0 / 3, RootAgreement: 1},
		},
		{
			name:  "any gold code of the dyad agrees",
			gold:  []Event{ev("CHN", "IND", "044"), ev("CHN", "IND", "057")},
			preds: []extract.Triple{triple("CHN", "IND", "057"), triple("CHN", "IND", "057")},
			want:  Counts{Sentences: 1, Gold: 2, Predicted: 2, Matched: 2, RootAgreed: 2, Recall: 1, Precision: 1, F1: 1, RootAgreement: 1},
		},
		{
			name:  "half recall",
			gold:  []Event{ev("USA", "YEM", "195"), ev("GBR", "YEM", "195")},
			preds: []extract.Triple{triple("USA", "YEM", "195")},
			want:  Counts{Sentences: 1, Gold: 2, Predicted: 1, Matched: 1, RootAgreed: 1, Recall: 0.5, Precision: 1, F1: 2.0 / 3, RootAgreement: 1},
		},
		{
			name: "empty prediction on a no-event sentence is clean",
			want: Counts{Sentences: 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Sentence{ID: "s1", File: "f", Text: "text", Events: tt.gold}
			rep := Summarize([]Result{Score(s, tt.preds)})
			if diff := cmp.Diff(tt.want, rep.Counts, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
				t.Errorf("counts (-want +got):\n%s", diff)
			}
		})
	}
}

func TestScoreLists(t *testing.T) {
	s := Sentence{ID: "s1", File: "f", Text: "India accused Pakistan.", Events: []Event{ev("IND", "PAK", "112"), ev("IND", "PAK", "138")}}
	got := Score(s, []extract.Triple{triple("PAK", "IND", "112"), triple("IND", "PAK", "138")})
	want := Result{
		ID: "s1", File: "f", Text: "India accused Pakistan.", Triples: 2,
		Matched:        []Pair{{Gold: Coded{Source: "IND", Target: "PAK", Cameo: "138"}, Predicted: Coded{Source: "IND", Target: "PAK", Cameo: "138", Relation: "rel-138"}, RootAgrees: true}},
		Missed:         []Coded{{Source: "IND", Target: "PAK", Cameo: "112"}},
		FalsePositives: []Coded{{Source: "PAK", Target: "IND", Cameo: "112", Relation: "rel-112"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Score (-want +got):\n%s", diff)
	}
}

func TestSummarizeNoEventAndRoots(t *testing.T) {
	set := []Sentence{
		{ID: "n1", File: "noevent", Text: "Oil rose."},
		{ID: "n2", File: "noevent", Text: "Rain fell."},
		{ID: "e1", File: "wire", Text: "x", Events: []Event{ev("CHN", "PHL", "114"), ev("RUS", "UKR", "195")}},
	}
	results := []Result{
		Score(set[0], []extract.Triple{triple("USA", "CHN", "010"), triple("USA", "IRN", "010")}),
		Score(set[1], nil),
		Score(set[2], []extract.Triple{triple("CHN", "PHL", "130")}),
	}
	rep := Summarize(results)
	if rep.NoEventSentences != 2 || rep.NoEventTriples != 2 || rep.NoEventSentencesWithTriples != 1 {
		t.Errorf("no-event: %d sentences, %d triples, %d with triples; want 2, 2, 1",
			rep.NoEventSentences, rep.NoEventTriples, rep.NoEventSentencesWithTriples)
	}
	if math.Abs(rep.NoEventTriplesPerDozen-12) > 1e-9 {
		t.Errorf("no-event triples per dozen = %v, want 12", rep.NoEventTriplesPerDozen)
	}
	wantConf := []Confusion{{Gold: "11", Predicted: "13", Count: 1}}
	if diff := cmp.Diff(wantConf, rep.Confusion); diff != "" {
		t.Errorf("confusion (-want +got):\n%s", diff)
	}
	byRoot := map[string]RootStats{}
	for _, r := range rep.ByRoot {
		byRoot[r.Root] = r
	}
	want := map[string]RootStats{
		"11": {Root: "11", Name: RootNames["11"], Gold: 1, Found: 1, Agreed: 0, Recall: 1},
		"19": {Root: "19", Name: RootNames["19"], Gold: 1, Found: 0, Agreed: 0, Recall: 0},
	}
	for root, w := range want {
		if diff := cmp.Diff(w, byRoot[root]); diff != "" {
			t.Errorf("root %s (-want +got):\n%s", root, diff)
		}
	}
	if len(rep.ByRoot) != 20 {
		t.Errorf("%d roots in the table, want 20", len(rep.ByRoot))
	}
}

// fakeExtractor returns canned triples by article id.
type fakeExtractor struct {
	triples map[string][]extract.Triple
	fail    map[string]bool
	seen    []extract.Article
}

func (f *fakeExtractor) Extract(ctx context.Context, a extract.Article) ([]extract.Triple, error) {
	f.seen = append(f.seen, a)
	if f.fail[a.ID] {
		return nil, errors.New("boom")
	}
	return f.triples[a.ID], nil
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "dev.jsonl",
		`{"id":"d1","date":"2024-07-08","text":"Modi visited Moscow.","events":[{"source":"IND","target":"RUS","cameo":"042"}]}`+"\n")
	writeFile(t, dir, "wire.jsonl",
		`{"id":"w1","date":"2025-05-07","text":"India struck Pakistan.","events":[{"source":"IND","target":"PAK","cameo":"195"}]}`+"\n"+
			`{"id":"w2","date":"2025-05-08","text":"Rain.","events":[]}`+"\n"+
			// A text that is all page furniture still reaches the extractor.
			`{"id":"w3","date":"2025-05-08","text":"Read more: How the war changed Europe's energy map","events":[]}`+"\n")
	set, err := Load(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	fake := &fakeExtractor{
		triples: map[string][]extract.Triple{"d1": {triple("IND", "RUS", "042")}},
		fail:    map[string]bool{"w1": true},
	}
	rep, err := Run(context.Background(), fake, set)
	if err != nil {
		t.Fatal(err)
	}
	wantArticles := []extract.Article{
		{ID: "d1", Date: "2024-07-08", Text: "Modi visited Moscow."},
		{ID: "w1", Date: "2025-05-07", Text: "India struck Pakistan."},
		{ID: "w2", Date: "2025-05-08", Text: "Rain."},
		{ID: "w3", Date: "2025-05-08", Text: "Read more: How the war changed Europe's energy map"},
	}
	if diff := cmp.Diff(wantArticles, fake.seen); diff != "" {
		t.Errorf("articles given to the extractor (-want +got):\n%s", diff)
	}
	if rep.Errors != 1 || rep.Matched != 1 || rep.Gold != 2 {
		t.Errorf("errors %d, matched %d, gold %d; want 1, 1, 2", rep.Errors, rep.Matched, rep.Gold)
	}
	wantFiles := []FileCounts{
		{File: "dev", Counts: Counts{Sentences: 1, Gold: 1, Predicted: 1, Matched: 1, RootAgreed: 1, Recall: 1, Precision: 1, F1: 1, RootAgreement: 1}},
		{File: "wire", Counts: Counts{Sentences: 3, Gold: 1}},
	}
	if rep.Dev.F1 != 1 || rep.HeldOut.Sentences != 3 || rep.HeldOut.Recall != 0 {
		t.Errorf("dev F1 %v, held-out sentences %d and recall %v; want 1, 3, 0", rep.Dev.F1, rep.HeldOut.Sentences, rep.HeldOut.Recall)
	}
	if diff := cmp.Diff(wantFiles, rep.ByFile); diff != "" {
		t.Errorf("by file (-want +got):\n%s", diff)
	}

	var buf bytes.Buffer
	if err := rep.WriteText(&buf, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"dyad recall 0.500  precision 1.000  F1 0.667", "w1 [wire] India struck Pakistan.", "  error: boom", "  miss  IND→PAK 195"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("verbose report lacks %q:\n%s", want, buf.String())
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, fake, set); !errors.Is(err, context.Canceled) {
		t.Errorf("Run with a cancelled context: error %v, want %v", err, context.Canceled)
	}
}
