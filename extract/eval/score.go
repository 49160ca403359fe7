package eval

import (
	"context"
	"fmt"
	"sort"

	"github.com/diplograph/diplograph/extract"
)

// Extractor is what the evaluation runs: extract.DefaultExtractor() in
// cmd/dgeval, a fake in tests.
type Extractor interface {
	Extract(ctx context.Context, a extract.Article) ([]extract.Triple, error)
}

// Coded is one event on a directed country dyad, gold or predicted.
type Coded struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Cameo  string `json:"cameo"`
	// Relation is the predicted relation's id; empty for gold events.
	Relation string `json:"relation,omitempty"`
}

// Pair is a gold event matched with a predicted triple on the same directed
// dyad.
type Pair struct {
	Gold      Coded `json:"gold"`
	Predicted Coded `json:"predicted"`
	// RootAgrees is true when the predicted code has the root (first two
	// digits) of a gold code on the same dyad in the same sentence.
	RootAgrees bool `json:"root_agrees"`
}

// Result is the comparison of one sentence's gold events with the triples
// the extractor returned for it.
type Result struct {
	ID   string `json:"id"`
	File string `json:"file"`
	Text string `json:"text"`
	// NoEvent is true for a sentence coded with no event at all.
	NoEvent bool `json:"no_event"`
	// Triples is the number of triples the extractor returned, scored or not.
	Triples int `json:"triples"`
	// Matched pairs gold events with predictions on the same dyad.
	Matched []Pair `json:"matched,omitempty"`
	// Missed are scored gold events with no prediction on their dyad.
	Missed []Coded `json:"missed,omitempty"`
	// FalsePositives are scored predictions with no gold event on their dyad.
	FalsePositives []Coded `json:"false_positives,omitempty"`
	// SkippedGold counts gold events with an IGO or empty side.
	SkippedGold int `json:"skipped_gold,omitempty"`
	// SkippedPredicted counts triples with an IGO actor or an empty country.
	SkippedPredicted int `json:"skipped_predicted,omitempty"`
	// Err is the extractor's error for this sentence, if any; the sentence
	// is then scored as if nothing had been predicted.
	Err string `json:"error,omitempty"`
}

// Score compares the gold events of s with triples as multisets of directed
// country dyads: each gold (source, target) pair is matched by at most one
// predicted (subject.country, object.country) pair and the other way round.
// Gold events with an IGO side and predictions with an IGO actor (type
// "igo") or an empty country are skipped. Among the predictions of a dyad,
// those with a gold root are matched first.
func Score(s Sentence, triples []extract.Triple) Result {
	r := Result{ID: s.ID, File: s.File, Text: s.Text, NoEvent: len(s.Events) == 0, Triples: len(triples)}
	type dyad struct{ src, tgt string }
	gold := map[dyad][]Coded{}
	var order []dyad
	for _, e := range s.Events {
		if !e.Scored() {
			r.SkippedGold++
			continue
		}
		d := dyad{e.Source, e.Target}
		if _, ok := gold[d]; !ok {
			order = append(order, d)
		}
		gold[d] = append(gold[d], Coded{Source: e.Source, Target: e.Target, Cameo: e.Cameo})
	}
	pred := map[dyad][]Coded{}
	for _, t := range triples {
		if t.Subject.Type == extract.TypeIGO || t.Object.Type == extract.TypeIGO ||
			!isCountry(t.Subject.Country) || !isCountry(t.Object.Country) {
			r.SkippedPredicted++
			continue
		}
		d := dyad{t.Subject.Country, t.Object.Country}
		if _, ok := gold[d]; !ok {
			if _, ok := pred[d]; !ok {
				order = append(order, d)
			}
		}
		pred[d] = append(pred[d], Coded{Source: d.src, Target: d.tgt, Cameo: t.Relation.Cameo, Relation: t.Relation.ID})
	}
	for _, d := range order {
		m, missed, fps := pairDyad(gold[d], pred[d])
		r.Matched = append(r.Matched, m...)
		r.Missed = append(r.Missed, missed...)
		r.FalsePositives = append(r.FalsePositives, fps...)
	}
	return r
}

// pairDyad matches the gold and predicted events of one dyad: first gold
// and prediction of the same root, then the rest in order.
func pairDyad(gold, pred []Coded) (pairs []Pair, missed, fps []Coded) {
	roots := map[string]bool{}
	for _, g := range gold {
		roots[Root(g.Cameo)] = true
	}
	usedG := make([]bool, len(gold))
	usedP := make([]bool, len(pred))
	for i, g := range gold {
		for j, p := range pred {
			if !usedP[j] && Root(p.Cameo) == Root(g.Cameo) {
				usedG[i], usedP[j] = true, true
				pairs = append(pairs, Pair{Gold: g, Predicted: p, RootAgrees: true})
				break
			}
		}
	}
	j := 0
	for i, g := range gold {
		if usedG[i] {
			continue
		}
		for j < len(pred) && usedP[j] {
			j++
		}
		if j == len(pred) {
			missed = append(missed, g)
			continue
		}
		usedG[i], usedP[j] = true, true
		p := pred[j]
		pairs = append(pairs, Pair{Gold: g, Predicted: p, RootAgrees: roots[Root(p.Cameo)]})
	}
	for j, p := range pred {
		if !usedP[j] {
			fps = append(fps, p)
		}
	}
	return pairs, missed, fps
}

// Root returns the CAMEO root of a code, its first two digits, or "" for a
// code shorter than two characters.
func Root(code string) string {
	if len(code) < 2 {
		return ""
	}
	return code[:2]
}

// Run feeds every sentence of set to x as one article and scores what it
// returns. An extractor error on a sentence is recorded in its Result and
// the run goes on; only a cancelled ctx stops it.
func Run(ctx context.Context, x Extractor, set []Sentence) (*Report, error) {
	results := make([]Result, 0, len(set))
	for _, s := range set {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("evaluate: %w", err)
		}
		if s.Dropped {
			results = append(results, Score(s, nil))
			continue
		}
		a := s.Article
		if a.ID == "" && a.Text == "" { // a sentence not read by Parse
			a = extract.Article{ID: s.ID, Date: s.Date, Text: s.Text}
		}
		ts, err := x.Extract(ctx, a)
		r := Score(s, ts)
		if err != nil {
			r = Score(s, nil)
			r.Err = err.Error()
		}
		results = append(results, r)
	}
	return Summarize(results), nil
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
