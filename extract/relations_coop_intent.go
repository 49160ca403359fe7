package extract

// Stated wishes for relations: "Pakistan wants normal, good-neighbourly
// relations with Kabul", "China is open to talks with the United States",
// "Russia is interested in expanding cooperation with Indonesia", "Kyiv
// said it was ready for a prisoner exchange with Moscow". A wish, an
// openness or a readiness for relations, talks or an act of yielding with
// another actor is an intent to cooperate (030), to meet (036), or to do
// the act (03x).

// wishCues introduce what is wished for; the word after a two-word cue
// is listed with it.
var wishCues = map[string]string{
	"wants": "", "want": "", "wanted": "", "wanting": "", "seeks": "", "seek": "", "sought": "", "seeking": "",
	"hopes": "for", "hope": "for", "hoped": "for", "hoping": "for",
	"open": "to", "interested": "in", "committed": "to", "forward": "to", "keen": "on",
	"eager": "for", "ready": "for", "prepared": "for", "willing": "", "desire": "for",
	"favours": "", "favors": "", "backs": "", "welcomes": "", "welcome": "",
}

// relationNouns name the relations wished for and their intent code.
var relationNouns = map[string]string{
	"relations": "030", "ties": "030", "relationship": "030", "cooperation": "030", "partnership": "030",
	"friendship": "030", "peace": "030", "engagement": "030", "working": "030", "cooperating": "030",
	"dialogue": "036", "talks": "036", "negotiations": "036", "meeting": "036", "summit": "036",
	"trade": "0311", "investment": "0311", "investments": "0311",
}

// wishSteps may stand between a cue and the noun: modifiers, gerunds of
// growth ("expanding cooperation"), quoted adjectives.
var wishSteps = wordSet("expanding", "deepening", "strengthening", "boosting", "improving", "better",
	"closer", "good", "normal", "stable", "friendly", "good-neighbourly", "good-neighborly", "constructive",
	"continued", "more", "greater", "stronger", "warmer", "mutually", "beneficial", "pragmatic",
	"developing", "enhancing", "broadening", "increasing", "resuming", "restoring", "normalising",
	"normalizing", "economic", "military", "political", "bilateral", "diplomatic")

// wishIntents codes stated wishes for relations with an actor. An event
// the cue's verb was read as ("wants closer ties with Russia" as a demand,
// 100) becomes the wish; otherwise the wish is added unless the dyad
// already has an intent, so "wanted relations with Kabul but that the
// Taliban must stop" keeps both the intent and the demand.
func (x *Extractor) wishIntents(s *sentence, cls []clause, owner []int, out []event, first int) []event {
	toks := s.toks
	for c := 1; c+2 < len(toks); c++ {
		prep, ok := wishCues[toks[c].low]
		if !ok || s.midx[c] >= 0 {
			continue
		}
		j := c + 1
		if prep != "" {
			if toks[j].low != prep {
				continue
			}
			j++
		}
		// Past modifiers and quoted or listed adjectives to the noun.
		code, at := "", -1
		for ; j < len(toks) && j < c+9; j++ {
			t := &toks[j]
			if r, ok := relationNouns[t.low]; ok {
				code, at = r, j
				if (t.low == "trade" || t.low == "peace") && j+1 < len(toks) && relationNouns[toks[j+1].low] != "" {
					continue // "trade talks", "peace talks"
				}
				break
			}
			if a, ok := coopActs[t.low]; ok && a.code[:2] == "08" && (a.need == nil || nearWord(toks, max(c, j-2), 8, a.need)) {
				code, at = intentCode(a.code), j // "ready for a prisoner exchange"
				break
			}
			if s.midx[j] >= 0 || !(skippable(toks, j) || wishSteps[t.low] || t.text == "," || t.kind == tokQuote || t.is(fAdverbs) || coopModifiers[t.low]) {
				break
			}
		}
		if at < 0 {
			continue
		}
		// The partner: "with X" after the noun phrase, past commas and
		// what else is wished ("better relations and more trade with").
		k := at + 1
		for ; k < len(toks) && k <= c+12 && toks[k].low != "with"; k++ {
			if t := &toks[k]; s.midx[k] >= 0 || t.kind == tokPunct && t.text != "," || t.is(fBoundaryWords) || t.low == "to" {
				break
			}
		}
		if k+1 >= len(toks) || toks[k].low != "with" {
			continue
		}
		k++
		for k < len(toks) && toks[k].low == "the" && s.midx[k] < 0 {
			k++
		}
		if k >= len(toks) || s.midx[k] < 0 || s.mentions[s.midx[k]].pronoun {
			continue
		}
		objs := s.coordRight(s.midx[k])
		cls2 := append(cls[:len(cls):len(cls)], clause{m: vmatch{start: c, end: c + 1, entry: &verbEntry{code: code, form: formS}}})
		st, subs, f := x.subject(s, cls2, len(cls2)-1, owner, map[int]bool{})
		if len(subs) == 0 || st < 0 || s.modality(st, c, cls, len(cls)) == modDrop {
			continue
		}
		for _, a := range subs {
			for _, b := range objs {
				sa, sb := s.mentions[a].actor, s.mentions[b].actor
				for e := first; e < len(out); e++ {
					if out[e].pos == c && sameSide(out[e].subj, sa) && sameSide(out[e].obj, sb) {
						out[e].code = code
					}
				}
				if !hasRoot(out[first:], sa, sb, "03") {
					out = appendEvent(out, sa, sb, code, 0.5*f, c)
				}
			}
		}
	}
	return out
}

// coopWords holds the words that the nominal, intent and wish passes
// start from, so that a sentence without any is passed over at once.
var coopWords = func() map[string]bool {
	m := make(map[string]bool, len(coopNouns)+len(coopVerbs)+len(wishCues))
	for w := range coopNouns {
		m[w] = true
	}
	for w := range coopVerbs {
		m[w] = true
	}
	for w := range wishCues {
		m[w] = true
	}
	return m
}()

// hasCoopWords reports whether the sentence holds a word the passes of
// nominal acts, intents or wishes start from.
func (s *sentence) hasCoopWords() bool {
	for i := range s.toks {
		if s.toks[i].kind == tokWord && coopWords[s.toks[i].low] {
			return true
		}
	}
	return false
}
