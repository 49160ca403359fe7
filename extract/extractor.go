package extract

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// Extractor turns articles into triples: it splits the text into
// sentences, resolves actor mentions against a Lexicon (and coreference
// within the article), and codes the relations between them in CAMEO with
// the embedded relation vocabulary. It holds no mutable state and is safe
// for concurrent use.
type Extractor struct {
	lex   *Lexicon
	vocab *vocab
	err   error
}

// NewExtractor returns an Extractor that resolves actors with lex. An
// error in the embedded relation vocabulary is reported by Extract.
//
// The relation phrases of the users' lexicons in force
// ((*Lexicon).UserRelations) join the vocabulary and win over the built-in
// phrases: "inked a pact with" coded 057 is matched in "AMC inked a pact
// with Pakistan", and so are the other inflections of its first word.
func NewExtractor(lex *Lexicon) *Extractor {
	v, err := builtinVocab()
	if err == nil && lex != nil {
		if rels := lex.UserRelations(); len(rels) > 0 {
			v, err = userVocab(rels)
		}
	}
	return &Extractor{lex: lex, vocab: v, err: err}
}

// DefaultExtractor returns an Extractor over BuiltinLexicon.
func DefaultExtractor() (*Extractor, error) {
	lex, err := BuiltinLexicon()
	if err != nil {
		return nil, fmt.Errorf("load built-in lexicon: %w", err)
	}
	x := NewExtractor(lex)
	if x.err != nil {
		return nil, x.err
	}
	return x, nil
}

// Extract returns the triples of an article in a deterministic order: by
// sentence, then by position in the sentence. The headline, when the text
// does not start with it, is sentence 0.
//
// Confidence says how a triple was found: 0.8 for a clause with the
// subject and object around a curated verb phrase (0.7 for a phrase taken
// from the PETRARCH dictionary), times 0.95 for a passive, 0.85 for a
// subject shared with an earlier verb ("condemned ... and urged"), 0.8 for
// a subject found by coreference ("he", "Rubio", "the minister"), 0.9 for
// an intent or for the reverse direction of coordinated actors; 0.7 for a
// judgement ("called India 'mature'"); 0.6 for a nominal form ("Munir's
// visit to Washington", "talks between A and B"); 0.5 to 0.55 for the
// conflict shapes read around the clauses ("killed in a Russian drone
// strike on Kharkiv", "protested after a Chinese vessel entered its
// waters", "a roadside bomb killed four soldiers in Manipur"); 0.45 for
// a subject, and 0.6 times the clause's figure for a target, that only the
// nearest-actor fallback found ("Jordan, before the summit opened,
// condemned Israel").
func (x *Extractor) Extract(ctx context.Context, a Article) ([]Triple, error) {
	if x == nil || x.lex == nil {
		return nil, ErrNoLexicon
	}
	if x.err != nil {
		return nil, x.err
	}
	text := a.Text
	if t := strings.TrimSpace(a.Title); t != "" && !strings.HasPrefix(strings.TrimSpace(text), t) {
		text = t + "\n\n" + text
	}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	ref, inferred := refDate(a.Date, text)
	reg := newRegistry(x.lex, "")
	if !ref.IsZero() {
		reg.date = ref.Format(time.DateOnly) // for terms of office
	}
	var out []Triple
	var evs []event
	s := &sentence{reg: reg, buf: make([]byte, 0, 64)}
	var toks []token
	for idx, sent := range SplitSentences(text) {
		if idx%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("extract %s: %w", a.ID, err)
			}
		}
		toks = tokenize(sent, toks)
		if len(toks) > 400 {
			toks = toks[:400] // a run-on "sentence" (a table, a list) is not prose
		}
		s.toks = toks
		s.findMentions()
		if len(s.mentions) == 0 {
			continue // a relation needs an actor (the other may be a demonym: "condemned the Russian invasion")
		}
		evs = x.relationsOf(s, evs[:0])
		if len(evs) == 0 {
			evs = x.relationsWithoutInserts(s, evs)
		}
		if len(evs) == 0 {
			continue
		}
		date := ""
		if !ref.IsZero() {
			date = resolveDate(toks, ref, inferred)
		}
		amount := amountOf(toks)
		sort.SliceStable(evs, func(i, j int) bool { return evs[i].pos < evs[j].pos })
		seen := make(map[string]bool, len(evs))
		for _, e := range evs {
			rel, ok := relationFor(e.code)
			if !ok {
				continue
			}
			key := e.subj.ID + "\x00" + rel.Cameo + "\x00" + e.obj.ID
			if seen[key] {
				continue
			}
			seen[key] = true
			t := Triple{
				Article:       a.ID,
				Date:          date,
				SentenceIndex: idx,
				Sentence:      sent,
				Subject:       snapshot(e.subj),
				Relation:      rel,
				Object:        snapshot(e.obj),
				Confidence:    round2(e.conf),
			}
			if amount != "" && carriesAmount(rel.Cameo) {
				t.Attrs = map[string]string{"amount": amount}
			}
			out = append(out, t)
		}
	}
	return out, nil
}

// snapshot copies an actor as it stands now, aliases included.
func snapshot(a *Actor) Actor {
	c := *a
	if len(a.Aliases) > 0 {
		c.Aliases = append([]string(nil), a.Aliases...)
		sort.Strings(c.Aliases)
	}
	return c
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// relationFor returns the relation of a code, falling back to its
// three-digit parent and to its root when the table lacks it.
func relationFor(code string) (Relation, bool) {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if r, ok := RelationFor(c); ok {
			return r, true
		}
		if len(c) == 2 {
			if r, ok := RelationFor(c + "0"); ok {
				return r, true
			}
		}
	}
	return Relation{}, false
}

// carriesAmount reports whether a relation can carry a sum of money:
// agreements, economic cooperation, aid and their intents.
func carriesAmount(code string) bool {
	return strings.HasPrefix(code, "06") || strings.HasPrefix(code, "07") || code == "057" ||
		code == "030" || strings.HasPrefix(code, "031") || strings.HasPrefix(code, "033")
}
