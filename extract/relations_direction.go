package extract

// Who acts on whom when the grammatical subject is not the actor.
//
//   - The one who undergoes an act: "Iran came under pressure from France",
//     "Venezuela faces new sanctions from the United States", "the move
//     drew a sharp rebuke from Beijing", "the decision sparked outrage in
//     Tokyo". The noun says what was done, the actor after "from" (or
//     "of", "in") did it to the subject.
//   - Verbs whose object feels what the subject did: "Washington's
//     decision angered Beijing" is Beijing's disapproval of Washington.
//
// The passes run before the clause analysis (directionShapes, which
// judges the clauses it codes) or after it (directionAfter), and only on
// sentences with their cue words. Mutual acts, hosts and brokers are in
// relations_direction_mutual.go; acts that answer, report or name other
// acts of the same sentence in relations_direction_acts.go.

import "strings"

// undergoNoun maps what an actor undergoes to the CAMEO code of the act
// of the one it comes from.
var undergoNoun = map[string]string{
	"attack": "190", "attacks": "190", "assault": "190", "assaults": "190", "fire": "190",
	"shelling": "194", "bombardment": "195", "bombing": "195", "airstrikes": "195",
	"strikes": "195", "strike": "195", "raids": "190", "raid": "190",
	"pressure": "170", "criticism": "111", "condemnation": "111", "censure": "111",
	"rebuke": "111", "rebukes": "111", "reprimand": "111", "flak": "111", "backlash": "111",
	"anger": "111", "outrage": "111", "fury": "111", "ire": "111", "wrath": "111",
	"response": "111", "reaction": "111", "retaliation": "111", "reprisals": "111",
	"protest": "111", "protests": "111", "objections": "111", "complaints": "111",
	"sanctions": "163", "tariffs": "163", "embargo": "163", "restrictions": "163", "penalties": "163",
	"threats": "130", "threat": "130", "warning": "130", "warnings": "130", "ultimatum": "130",
	"accusations": "112", "allegations": "112", "charges": "112",
	"demands": "100", "praise": "051", "plaudits": "051", "endorsement": "051",
	"assurances": "030", "assurance": "030", "guarantees": "030", "pledges": "030", "pledge": "030",
	"promises": "030", "promise": "030", "commitments": "030", "commitment": "030",
}

// angerNouns are feelings an act stirs "in" or "among" a country: "sparked
// outrage in Beijing".
var angerNouns = wordSet("anger", "outrage", "fury", "protests", "alarm", "concern", "concerns", "ire", "indignation")

// undergoVerb reports whether the words at i begin a verb of undergoing
// and returns where its noun phrase starts, and whether the verb causes a
// feeling ("sparked outrage in").
func undergoVerb(toks []token, i int) (int, bool, bool) {
	w := toks[i].low
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].low
	}
	switch w {
	case "came", "come", "comes", "coming":
		if next == "under" {
			return i + 2, false, true
		}
	case "met", "meets", "meet":
		if next == "with" && i > 0 && toks[i-1].is(fBeAux) {
			return i + 2, false, true
		}
	case "faces", "faced", "facing", "face", "drew", "draws", "drawing", "drawn", "draw",
		"earned", "earns", "earning", "attracted", "incurred", "invited", "received", "receives",
		"receiving", "suffered", "secured", "obtained", "won", "got", "sought", "extracted", "wrung":
		if w == "face" || w == "draw" {
			if i > 0 && (toks[i-1].low == "the" || toks[i-1].low == "a") {
				return 0, false, false
			}
		}
		return i + 1, false, true
	case "sparked", "sparks", "sparking", "triggered", "triggers", "triggering", "provoked",
		"provokes", "provoking", "prompted", "prompting", "caused", "causing", "stirred":
		return i + 1, true, true
	}
	return 0, false, false
}

// receivingVerb reports a verb of receiving, which takes only hostile
// nouns and promises here: what is given is told by the clause analysis
// ("received $2 billion from").
func receivingVerb(w string) bool {
	switch w {
	case "secured", "obtained", "won", "got", "sought", "extracted", "wrung":
		return true
	}
	return strings.HasPrefix(w, "receiv")
}

// undergoneEvents codes what a subject undergoes from an actor named after
// "from": "Iran came under renewed pressure from France, Britain and
// Germany", "Venezuela faces new sanctions from the United States". The
// clauses inside the shape are judged here and not analysed again.
func (x *Extractor) undergoneEvents(s *sentence, cls []clause, owner []int, out []event, judged map[int]bool) ([]event, map[int]bool) {
	toks := s.toks
	for i := 0; i+3 < len(toks); i++ {
		if s.midx[i] >= 0 || toks[i].kind != tokWord || judged[i] {
			continue // judged: read by cameUnder ("came under attack … over")
		}
		np, feeling, ok := undergoVerb(toks, i)
		if !ok {
			continue
		}
		// The noun: the first cue word within a short noun phrase.
		p, code, inner := -1, "", -1
		for j := np; j < len(toks) && j < np+5; j++ {
			t := &toks[j]
			if mi := s.midx[j]; mi >= 0 && inner < 0 && !s.mentions[mi].pronoun {
				me := &s.mentions[mi]
				if c, ok := undergoNoun[toks[me.end-1].low]; ok && !feeling {
					inner, p, code = mi, me.end-1, c // "came under Israeli fire"
					break
				}
				if me.end < len(toks) && toks[me.end].kind == tokWord && !toks[me.end].upper {
					inner = mi // "came under heavy Russian bombardment"
					j = me.end - 1
					continue
				}
				break
			}
			if t.kind != tokWord || s.midx[j] >= 0 || t.is(fPrepositions) || t.is(fNegWords) {
				break
			}
			if c, ok := undergoNoun[t.low]; ok && !(feeling && !angerNouns[t.low] && c != "111") {
				p, code = j, c
				break
			}
		}
		if p < 0 || p+1 >= len(toks) {
			continue
		}
		if receivingVerb(toks[i].low) && !(code == "130" || code == "111" || code == "112" || code == "163" || code == "030") {
			continue
		}
		if code == "030" && !receivingVerb(toks[i].low) {
			continue // "drew pledges" is no shape of giving
		}
		prep := toks[p+1].low
		switch {
		case inner >= 0 && !feeling:
			prep = ""
		case p+2 >= len(toks):
			continue
		case prep == "from":
		case prep == "of" && (toks[p].low == "ire" || toks[p].low == "wrath" || toks[p].low == "anger"):
		case (prep == "in" || prep == "among") && feeling && angerNouns[toks[p].low]:
		default:
			continue
		}
		var givers []int
		end := p + 1
		if prep == "" {
			givers = []int{inner}
		} else {
			a := p + 2
			for a < len(toks) && (toks[a].low == "the" || toks[a].is(fAdverbs)) && s.midx[a] < 0 {
				a++
			}
			if a >= len(toks) || s.midx[a] < 0 || s.mentions[s.midx[a]].pronoun {
				continue
			}
			givers = s.giversFrom(s.midx[a])
			end = s.mentions[givers[len(givers)-1]].end
		}
		if toks[p].low == "fire" && end < len(toks) && (toks[end].low == "over" || toks[end].low == "for") {
			code = "111" // "came under fire from China over": criticism
		}
		// The subject: the clause's subject, else the owner of its noun phrase.
		tmp := append(cls[:len(cls):len(cls)], clause{m: vmatch{start: i, end: p + 1, entry: &verbEntry{code: code, form: formPast, curated: true}}})
		k := len(tmp) - 1
		subjStart, subjects, _ := x.subject(s, tmp, k, owner, map[int]bool{})
		if len(subjects) == 0 {
			subjStart, subjects = s.phraseOwner(i)
		}
		if len(subjects) == 0 {
			continue
		}
		from := subjStart
		if from < 0 || from > i {
			from = max(0, i-6)
		}
		if s.modality(from, i, tmp, k) != modFact || s.negatedSince(from, i) {
			continue
		}
		before := len(out)
		for _, g := range givers {
			for _, sub := range subjects {
				out = appendEvent(out, s.mentions[g].actor, s.mentions[sub].actor, code, 0.7, i)
			}
		}
		if len(out) == before {
			continue
		}
		if judged == nil {
			judged = map[int]bool{}
		}
		for o := range cls {
			if cls[o].m.start >= i && cls[o].m.start < end {
				judged[cls[o].m.start] = true
				cls[o].subjects = subjects
				cls[o].emitted = true
			}
		}
		i = end - 1
	}
	return out, judged
}

// giversFrom returns the mentions coordinated from mi, up to one that
// only speaks about it ("pressure from China, President Lai said") or
// belongs to no country.
func (s *sentence) giversFrom(mi int) []int {
	l := s.coordRight(mi)
	for n, g := range l {
		me := &s.mentions[g]
		if n > 0 && (me.actor.Country == "" && me.actor.Type != TypeIGO || me.end < len(s.toks) && s.toks[me.end].is(fSpeechVerbs)) {
			return l[:n]
		}
	}
	return l
}

// phraseOwner returns the actor that owns the noun phrase ending before
// token i: "India's ban on rice exports", "the U.S. decision to sell
// arms", "the decision by Australia". It looks back to the start of the
// clause and takes the first mention not governed by a preposition other
// than "by".
func (s *sentence) phraseOwner(i int) (int, []int) {
	toks := s.toks
	first := -1
	for j := i - 1; j >= 0 && j >= i-14; j-- {
		t := &toks[j]
		if t.kind == tokPunct || t.kind == tokQuote || t.kind == tokDash || t.is(fBoundaryWords) || t.is(fSpeechVerbs) {
			break
		}
		if t.low == "that" || t.low == "which" || t.low == "who" {
			break
		}
		if mi := s.midx[j]; mi >= 0 {
			me := &s.mentions[mi]
			j = me.start
			if !me.pronoun && (me.prep == "" || me.prep == "by") && (me.poss || me.prep == "by" || (me.end < i && toks[me.end].kind == tokWord && !toks[me.end].upper)) {
				first = mi
			}
		}
	}
	if first < 0 {
		return -1, nil
	}
	return s.mentions[first].start, []int{first}
}

// feelVerbs are verbs whose object feels what the subject did: the object
// disapproves of the subject.
var feelVerbs = wordSet("angered", "angers", "angering", "infuriated", "infuriates", "infuriating",
	"outraged", "irked", "irks", "incensed", "enraged", "upset", "upsets", "irritated", "antagonised",
	"antagonized", "rankled", "rankles", "offended", "alarmed", "alarms", "dismayed", "annoyed",
	"riled", "displeased", "provoked")

// feltEvents codes "Washington's decision angered Beijing": the one
// angered disapproves (111) of the one whose act it was.
//
// Before the clause analysis (after false) it judges the verb's clause;
// a verb whose subject is an act told before ("…, a move that angered
// Beijing") is judged then and coded after the analysis (after true).
func (x *Extractor) feltEvents(s *sentence, cls []clause, owner []int, out []event, judged map[int]bool, after bool) ([]event, map[int]bool) {
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		if !feelVerbs[toks[i].low] || s.midx[i] >= 0 {
			continue
		}
		if toks[i-1].is(fBeAux) || toks[i-1].low == "the" || toks[i-1].low == "an" || toks[i-1].low == "a" {
			continue // "was angered by" is told by the passive; "the upset"
		}
		a := i + 1
		for a < len(toks) && (toks[a].low == "the" || toks[a].low == "officials" || toks[a].low == "leaders" || toks[a].low == "in") && s.midx[a] < 0 {
			a++
		}
		if a >= len(toks) || s.midx[a] < 0 || s.mentions[s.midx[a]].pronoun {
			continue
		}
		felt := s.coordRight(s.midx[a])
		if appositive(toks, i) != after {
			if !after {
				judged = judgeAt(cls, owner, i, judged)
			}
			continue
		}
		var authors []*Actor
		if after {
			// "…, a move that angered Beijing": the author of the act told last.
			for e := len(out) - 1; e >= 0; e-- {
				if out[e].pos < i {
					authors = append(authors, out[e].subj)
					break
				}
			}
		} else {
			tmp := append(cls[:len(cls):len(cls)], clause{m: vmatch{start: i, end: i + 1, entry: &verbEntry{code: "111", form: formPast, curated: true}}})
			k := len(tmp) - 1
			subjStart, subjects, _ := x.subject(s, tmp, k, owner, map[int]bool{})
			if len(subjects) == 0 {
				subjStart, subjects = s.phraseOwner(i)
			}
			from := subjStart
			if from < 0 || from > i {
				from = max(0, i-6)
			}
			if s.modality(from, i, tmp, k) != modFact || s.negatedSince(from, i) {
				continue
			}
			for _, sub := range subjects {
				authors = append(authors, s.mentions[sub].actor)
			}
		}
		before := len(out)
		for _, f := range felt {
			for _, a := range authors {
				out = appendEvent(out, s.mentions[f].actor, a, "111", 0.65, i)
			}
		}
		if len(out) > before && !after {
			judged = judgeAt(cls, owner, i, judged)
		}
	}
	return out, judged
}

// judgeAt marks the clause at token i, if any, as judged.
func judgeAt(cls []clause, owner []int, i int, judged map[int]bool) map[int]bool {
	if o := owner[i]; o >= 0 {
		if judged == nil {
			judged = map[int]bool{}
		}
		judged[cls[o].m.start] = true
	}
	return judged
}

// appositive reports whether the verb at i follows "…, a move that" or
// ", which": its subject is an act told before it.
func appositive(toks []token, i int) bool {
	if i >= 2 && toks[i-1].low == "which" && toks[i-2].text == "," {
		return true
	}
	return i >= 4 && toks[i-1].low == "that" && appositionNouns[toks[i-2].low] && (toks[i-3].low == "a" || toks[i-3].low == "the") && toks[i-4].text == ","
}

// directionShapes runs the passes of this file that must judge clauses
// before the clause analysis, and returns the sentence's cue words for
// directionAfter.
func (x *Extractor) directionShapes(s *sentence, cls []clause, owner []int, out []event, judged map[int]bool) ([]event, map[int]bool, uint16) {
	cues := directionCuesOf(s.toks)
	if cues&cueUndergo != 0 {
		out, judged = x.undergoneEvents(s, cls, owner, out, judged)
	}
	if cues&cueFelt != 0 {
		out, judged = x.feltEvents(s, cls, owner, out, judged, false)
	}
	return out, judged, cues
}

// Cue words of the passes of this file, so that a sentence with none
// costs one look-up a word.
const (
	cueUndergo = 1 << iota
	cueFelt
	cueHosted
	cueResponse
	cueDefence
	cueCounterpart
	cueBetween
	cueSwitch
	cueExpelled
	cueRequest
	cueOwnedAct
	cueDenial
	cueSpeech
)

var directionCues = func() map[string]uint16 {
	m := map[string]uint16{}
	add := func(bit uint16, ws ...string) {
		for _, w := range ws {
			m[w] |= bit
		}
	}
	add(cueUndergo, "secured", "obtained", "won", "got", "sought", "extracted", "wrung")
	add(cueUndergo, "came", "come", "comes", "coming", "met", "meets", "meet", "faces", "faced", "facing",
		"face", "drew", "draws", "drawing", "drawn", "draw", "earned", "earns", "earning", "attracted",
		"incurred", "invited", "received", "receives", "receiving", "suffered", "sparked", "sparks",
		"sparking", "triggered", "triggers", "triggering", "provoked", "provokes", "provoking",
		"prompted", "prompting", "caused", "causing", "stirred")
	for w := range feelVerbs {
		add(cueFelt, w)
	}
	add(cueHosted, "hosted", "host", "hosts", "hosting", "organised", "organized", "convened",
		"brokered", "mediated", "facilitated")
	for w := range titForTatVerbs {
		add(cueResponse, w)
	}
	add(cueResponse, "back")
	for w := range defenceVerbs {
		add(cueDefence, w)
	}
	add(cueDefence, "off", "down", "back")
	add(cueCounterpart, "counterpart", "counterparts")
	add(cueBetween, "between")
	for w := range denialVerbs {
		add(cueDenial, w)
	}
	add(cueSpeech, "said", "says")
	for w := range ownedActNouns {
		add(cueOwnedAct, w)
	}
	add(cueRequest, "request", "requests", "behest")
	add(cueExpelled, "expelled", "deported", "banished", "ordered", "told", "asked", "kicked", "thrown")
	add(cueSwitch, "switched", "switching", "switch", "switches", "shifted", "shifting", "shift", "shifts")
	return m
}()

// directionCueWords flags the cue words on their tokens (fDirectionCue).
var directionCueWords = func() map[string]bool {
	m := make(map[string]bool, len(directionCues))
	for w := range directionCues {
		m[w] = true
	}
	return m
}()

// directionCuesOf returns the cues of the words of a sentence.
func directionCuesOf(toks []token) uint16 {
	var c uint16
	for i := range toks {
		if toks[i].is(fDirectionCue) {
			c |= directionCues[toks[i].low]
		}
	}
	return c
}

// hasEvent reports an event from a to b with a code of the given root.
func hasEvent(out []event, a, b *Actor, root string) bool {
	for _, e := range out {
		if e.subj.Country == a.Country && e.obj.Country == b.Country && strings.HasPrefix(e.code, root) {
			return true
		}
	}
	return false
}

// nameBefore returns the country or agent named by the words that end
// at token e (exclusive): "U.S." in "the U.S.-brokered deal".
func (s *sentence) nameBefore(e int) *Actor {
	for st := e - 1; st >= 0 && st >= e-4; st-- {
		if end, a, _, _, ok := s.reg.nameAt(s.toks, st, s.buf); ok && end == e && a.Country != "" && a.Type != TypeIGO {
			return a
		}
	}
	return nil
}

// directionAfter runs the passes of this file that need the analysed
// clauses.
func (x *Extractor) directionAfter(s *sentence, cls []clause, owner []int, out []event, first int, cues uint16) []event {
	if cues&cueFelt != 0 {
		out, _ = x.feltEvents(s, cls, owner, out, nil, true)
	}
	out = s.judgedDeals(cls, out, first)
	if len(out) > first {
		out = s.hostedVisitors(out, first)
	}
	if cues&cueHosted != 0 {
		out = s.hostedEvents(cls, owner, out, first)
	}
	if cues&cueResponse != 0 && len(out) > first {
		out = x.responses(s, cls, owner, out, first)
	}
	if cues&cueDefence != 0 {
		out = x.defendedAttacks(s, cls, owner, out, first)
	}
	if len(out) > first {
		out = talksBothWays(out, first)
	}
	out = s.speakerTargets(cls, out, first)
	if cues&cueBetween != 0 {
		out = s.agreementsBetween(cls, out, first)
	}
	if cues&cueExpelled != 0 {
		out = s.expelledFrom(cls, out, first)
	}
	if cues&cueRequest != 0 {
		out = s.requestedBy(cls, out, first)
	}
	if cues&cueOwnedAct != 0 {
		out = s.ownedActs(cls, out, first)
	}
	if cues&cueDenial != 0 && len(out) > first || cues&cueDenial != 0 && cues&cueSpeech != 0 {
		out = s.deniedAccusations(cls, out, first)
	}
	if cues&cueSwitch != 0 {
		out = x.switchedTies(s, cls, owner, out, first)
	}
	if cues&cueCounterpart != 0 {
		out = s.counterpartsFrom(cls, out, first)
	}
	if len(out) > first {
		out = s.talkedTargets(cls, out, first)
		out = s.mutualEvents(cls, out, first)
	}
	return out
}

// skipOwnerPronounLeft steps left over a possessive pronoun that opens
// the mention after it ("Lavrov and his Chinese counterpart Wang Yi"):
// the pronoun's owner is already in the list.
func (s *sentence) skipOwnerPronounLeft(j int) int {
	if j >= 1 && s.midx[j] >= 0 {
		if me := &s.mentions[s.midx[j]]; me.pronoun && me.poss && me.start == j && me.end == j+1 {
			return j - 1
		}
	}
	return j
}

// skipOwnerPronounRight steps right over such a pronoun.
func (s *sentence) skipOwnerPronounRight(j int) int {
	if j+1 < len(s.toks) && s.midx[j] >= 0 && s.midx[j+1] >= 0 && s.midx[j+1] != s.midx[j] {
		if me := &s.mentions[s.midx[j]]; me.pronoun && me.poss && me.start == j && me.end == j+1 {
			return j + 1
		}
	}
	return j
}

// firstActor returns the first mention of the sentence before token e
// that no preposition governs, or -1.
func (s *sentence) firstActor(e int) int {
	for j := 0; j < e; j++ {
		if mi := s.midx[j]; mi >= 0 {
			if me := &s.mentions[mi]; me.prep == "" && !me.pronoun && !me.poss {
				return mi
			}
			j = s.mentions[mi].end - 1
		}
	}
	return -1
}
