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
//   - Mutual acts told with a partner: "Milei signed a deal with
//     Netanyahu", "Indian troops clashed with Chinese troops": CAMEO
//     coders code both sides.
//   - A host or a broker named after the talks: "talks in Malaysia hosted
//     by Anwar Ibrahim", "a U.S.-brokered ceasefire between A and B": the
//     host or broker acts towards each party.
//   - A judgement of an act just told: "A and B signed the accord, while C
//     criticised the deal" is C's criticism of the signatories.

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
		if s.midx[i] >= 0 || toks[i].kind != tokWord {
			continue
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
	cueTraded
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
	add(cueTraded, "traded", "exchanged", "trading", "exchanging")
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

// mutualWithCode reports whether a relation coded code by the phrase
// m, told with a partner after "with", is one both sides do: signing or
// reaching an agreement, exchanging prisoners or fire, clashing, a
// ceasefire.
func mutualWithCode(toks []token, m vmatch, code string) bool {
	words := ""
	for j := m.start; j < m.end; j++ {
		words += toks[j].low + " "
	}
	switch {
	case code == "057" || code == "0871" || code == "084" || code == "0841" || code == "0842":
		return strings.Contains(words, "sign") || strings.Contains(words, "agree") || strings.Contains(words, "conclu") ||
			strings.Contains(words, "reach") || strings.Contains(words, "ink") || strings.Contains(words, "exchang") ||
			strings.Contains(words, "swap") || strings.Contains(words, "struck")
	case strings.HasPrefix(code, "19"):
		return strings.Contains(words, "clash") || strings.Contains(words, "exchang") || strings.Contains(words, "skirmish")
	}
	return false
}

// mutualEvents adds the partner's side of mutual acts told with a
// partner after "with": "Milei signed a deal with Netanyahu", "Indian
// troops clashed with Chinese soldiers" code both directions, as CAMEO
// coders do. Companies are left one-sided.
func (s *sentence) mutualEvents(cls []clause, out []event, first int) []event {
	n := len(out)
	for e := first; e < n; e++ {
		ev := out[e]
		if ev.subj.Type == TypeOrganisation || ev.obj.Type == TypeOrganisation || ev.subj.Country == "" || ev.obj.Country == "" {
			continue
		}
		for k := range cls {
			c := &cls[k]
			if c.m.start != ev.pos || !c.emitted || len(c.objects) == 0 {
				continue
			}
			o := &s.mentions[c.objects[0]]
			if o.prep != "with" || o.actor != ev.obj || !mutualWithCode(s.toks, c.m, ev.code) || s.namesFirm(c.objects[0]) {
				continue
			}
			firm := false
			for _, sub := range c.subjects {
				firm = firm || s.mentions[sub].actor == ev.subj && s.namesFirm(sub)
			}
			if firm {
				continue
			}
			if !hasEvent(out, ev.obj, ev.subj, ev.code[:2]) {
				out = appendEvent(out, ev.obj, ev.subj, ev.code, ev.conf*0.9, ev.pos)
			}
		}
	}
	return out
}

// namesFirm reports whether mention mi only qualifies the name of a firm
// or body of its country: "US Strategic Metals", "Pakistan's Frontier
// Works Organisation".
func (s *sentence) namesFirm(mi int) bool {
	j := s.mentions[mi].end
	if j < len(s.toks) && s.toks[j].kind == tokPoss {
		j++
	}
	return j < len(s.toks) && s.midx[j] < 0 && s.toks[j].kind == tokWord && s.toks[j].upper
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

// hostedNouns are gatherings a host holds; brokeredNouns what a broker
// brings about.
var (
	hostedNouns   = wordSet("talks", "summit", "meeting", "negotiations", "conference", "consultations", "dialogue")
	brokeredNouns = wordSet("talks", "ceasefire", "truce", "deal", "agreement", "accord", "pact", "negotiations", "peace", "exchange", "swap")
)

// hostedEvents codes the host or broker named after the gathering or
// deal: "agreed to a ceasefire at talks in Malaysia hosted by Anwar
// Ibrahim" (043 to each party), "the U.S.-brokered deal between Armenia
// and Azerbaijan", "a ceasefire mediated by Qatar" (045). The parties are
// named after "between", else they are the subjects of the clause before.
func (s *sentence) hostedEvents(cls []clause, owner []int, out []event, first int) []event {
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		w := toks[i].low
		code := ""
		nouns := brokeredNouns
		switch w {
		case "hosted", "host", "hosts", "hosting", "organised", "organized", "convened":
			code, nouns = "043", hostedNouns
		case "brokered", "mediated", "facilitated":
			code = "045"
		default:
			continue
		}
		noun := -1
		var agents []*Actor
		if toks[i-1].kind == tokHyphen {
			// "the U.S.-brokered deal": the name before the hyphen is no
			// mention (a backer is no party), but it is the broker.
			if a := s.nameBefore(i - 1); a != nil {
				agents = []*Actor{a}
			}
			for j := i + 1; j < len(toks) && j < i+4; j++ {
				if nouns[toks[j].low] {
					noun = j
					break
				}
			}
		} else if toks[i+1].low == "by" {
			a := i + 2
			for a < len(toks) && toks[a].low == "the" && s.midx[a] < 0 {
				a++
			}
			if a < len(toks) && s.midx[a] >= 0 && !s.mentions[s.midx[a]].pronoun {
				for _, g := range s.coordRight(s.midx[a]) {
					agents = append(agents, s.mentions[g].actor)
				}
			}
			for j := i - 1; j >= 0 && j >= i-8; j-- {
				if toks[j].kind == tokPunct && toks[j].text != "," {
					break
				}
				if nouns[toks[j].low] && s.midx[j] < 0 {
					noun = j
					break
				}
			}
		} else if o := owner[i]; o >= 0 && cls[o].m.start == i && len(cls[o].subjects) > 0 && !toks[i-1].is(fBeAux) {
			// "Turkey hosted talks between Russian and Ukrainian
			// delegations".
			from := s.mentions[cls[o].subjects[0]].start
			if from > i {
				continue
			}
			if s.modality(from, i, cls, o) != modFact {
				continue // a plan to host is told by the talks' own intent
			}
			for j := i + 1; j < len(toks) && j < i+5; j++ {
				if nouns[toks[j].low] && j+1 < len(toks) && toks[j+1].low == "between" {
					noun = j
					for _, g := range cls[o].subjects {
						agents = append(agents, s.mentions[g].actor)
					}
					break
				}
			}
		}
		if len(agents) == 0 || noun < 0 {
			continue
		}
		parties := s.between(noun + 1)
		if len(parties) == 0 {
			for o := len(cls) - 1; o >= 0; o-- {
				if cls[o].m.end <= noun+1 && (cls[o].emitted && len(cls[o].subjects) > 0 || len(cls[o].subjects) > 1) {
					parties = cls[o].subjects
					break
				}
			}
		}
		if len(parties) == 0 || s.negatedSince(max(0, noun-8), i) {
			continue
		}
		for _, ag := range agents {
			for _, p := range parties {
				pa := s.mentions[p].actor
				if pa.Country == ag.Country || hasEvent(out[first:], ag, pa, code[:2]) {
					continue
				}
				out = appendEvent(out, ag, pa, code, 0.6, i)
			}
		}
	}
	return out
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

// judgedActNouns are acts a judgement may point back to.
var judgedActNouns = wordSet("deal", "agreement", "accord", "pact", "treaty", "move", "decision", "step",
	"visit", "talks", "summit", "meeting", "exercises", "drills", "arrangement")

// judgedDeals codes a judgement of an act told earlier in the sentence:
// "India and Pakistan signed the accord, while China criticised the
// deal" is China's criticism of each signatory.
func (s *sentence) judgedDeals(cls []clause, out []event, first int) []event {
	toks := s.toks
	for k := range cls {
		c := &cls[k]
		code := c.m.entry.code
		if c.emitted || len(c.subjects) == 0 || len(c.objects) > 0 || c.m.entry.form == formNoun ||
			!(strings.HasPrefix(code, "11") || strings.HasPrefix(code, "12")) {
			continue
		}
		j := c.m.end
		if j+1 >= len(toks) || !(toks[j].low == "the" || toks[j].low == "this" || toks[j].low == "that") || !judgedActNouns[toks[j+1].low] {
			continue
		}
		if j+2 < len(toks) && (toks[j+2].low == "between" || toks[j+2].low == "with" || toks[j+2].low == "by" || s.midx[j+2] >= 0) {
			continue // the act's own parties follow: told by the clause analysis
		}
		var act []int
		for o := k - 1; o >= 0; o-- {
			if cls[o].emitted && len(cls[o].subjects) > 0 && cls[o].m.end <= c.m.start {
				act = cls[o].subjects
				break
			}
		}
		if len(act) == 0 {
			continue
		}
		from := s.mentions[c.subjects[0]].start
		if from > c.m.start || s.modality(from, c.m.start, cls, k) != modFact || s.negatedSince(from, c.m.start) {
			continue
		}
		for _, a := range c.subjects {
			for _, b := range act {
				out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, code, 0.6, c.m.start)
			}
		}
	}
	return out
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
	if cues&cueTraded != 0 {
		out = s.tradedEvents(out, first)
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

// talksBothWays adds the host's side of talks held in the host's country:
// "Modi met Putin in Moscow" is Modi's visit (042) and talks both ways
// (040), as CAMEO coders code a meeting on the host's ground.
func talksBothWays(out []event, first int) []event {
	n := len(out)
	for e := first; e < n; e++ {
		v := out[e]
		if v.code != "042" {
			continue
		}
		for f := first; f < n; f++ {
			t := out[f]
			if t.code == "040" && t.pos == v.pos && t.subj == v.subj && t.obj == v.obj && !hasEvent(out, v.obj, v.subj, "04") {
				out = appendEvent(out, v.obj, v.subj, "040", t.conf*0.9, t.pos)
			}
		}
	}
	return out
}

// titForTatVerbs answer an act told before in the sentence.
var titForTatVerbs = wordSet("responded", "retaliated", "retaliates", "retaliating", "reciprocated", "countered")

// responseMeans maps what a response is made with to its code.
var responseMeans = map[string]string{
	"missiles": "195", "missile": "195", "rockets": "195", "drones": "195", "strikes": "195",
	"airstrikes": "195", "barrage": "195", "bombing": "195", "shelling": "194", "artillery": "194",
	"fire": "190", "sanctions": "163", "tariffs": "163", "duties": "163", "levies": "163",
	"expulsions": "161", "expelling": "161",
}

// responses codes a response to an act told before it in the sentence:
// "Israel struck Iran on Friday, and Tehran responded with a barrage of
// missiles" is Iran's strike on Israel. The responder is the target of
// the earlier act; the response is what it is made with, else the same
// kind of act (a tit-for-tat).
func (x *Extractor) responses(s *sentence, cls []clause, owner []int, out []event, first int) []event {
	toks := s.toks
	for i := 1; i < len(toks); i++ {
		w := toks[i].low
		back := (w == "hit" || w == "struck" || w == "fired" || w == "shot") && i+1 < len(toks) && toks[i+1].low == "back"
		if !titForTatVerbs[w] && !back || s.midx[i] >= 0 {
			continue
		}
		tmp := append(cls[:len(cls):len(cls)], clause{m: vmatch{start: i, end: i + 1, entry: &verbEntry{code: "190", form: formPast, curated: true}}})
		k := len(tmp) - 1
		subjStart, subjects, _ := x.subject(s, tmp, k, owner, map[int]bool{})
		if len(subjects) == 0 || subjStart > i || s.modality(subjStart, i, tmp, k) != modFact || s.negatedSince(subjStart, i) {
			continue
		}
		resp := s.mentions[subjects[0]].actor
		// The act answered: the last one before aimed at the responder.
		var act *event
		for e := first; e < len(out); e++ {
			if out[e].pos < subjStart && out[e].obj.Country == resp.Country && out[e].subj.Country != resp.Country {
				act = &out[e]
			}
		}
		if act == nil || hasEvent(out[first:], resp, act.subj, act.code[:2]) {
			continue
		}
		code := act.code
		for j := i + 1; j < len(toks) && j < i+8; j++ {
			if toks[j].kind == tokPunct || toks[j].low == "to" || toks[j].low == "by" && j == i+1 {
				break
			}
			if c, ok := responseMeans[toks[j].low]; ok {
				code = c
				break
			}
		}
		if code[:2] < "11" {
			continue // answering cooperation is no tit-for-tat
		}
		out = appendEvent(out, resp, act.subj, code, 0.6, i)
	}
	return out
}

// tradedNouns are what two sides trade with each other.
var tradedNouns = map[string]string{
	"accusations": "112", "allegations": "112", "blame": "112", "barbs": "111", "insults": "111",
	"criticism": "111", "threats": "130", "warnings": "130", "jibes": "111", "recriminations": "112",
}

// tradedEvents codes "India and Pakistan traded accusations over the
// attack": each side to the other.
func (s *sentence) tradedEvents(out []event, first int) []event {
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		if w := toks[i].low; w != "traded" && w != "exchanged" && w != "trading" && w != "exchanging" {
			continue
		}
		code := ""
		j := i + 1
		for ; j < len(toks) && j < i+4; j++ {
			if c, ok := tradedNouns[toks[j].low]; ok {
				code = c
				break
			}
			if toks[j].kind != tokWord || s.midx[j] >= 0 {
				break
			}
		}
		if code == "" {
			continue
		}
		// The sides: "A and B traded", or "A traded ... with B".
		var sides []int
		if p := i - 1; s.midx[p] >= 0 {
			sides = s.coordLeft(s.midx[p])
		}
		if len(sides) == 1 && j+2 < len(toks) && toks[j+1].low == "with" && s.midx[j+2] >= 0 {
			sides = append(sides, s.midx[j+2])
		}
		if len(sides) < 2 || s.negatedSince(s.mentions[sides[0]].start, i) || s.modality(s.mentions[sides[0]].start, i, nil, 0) != modFact {
			continue
		}
		// "exchanged" read as an exchange of goods is what is traded here.
		kept := out[:first]
		for _, e := range out[first:] {
			if !(e.pos == i && strings.HasPrefix(e.code, "06")) {
				kept = append(kept, e)
			}
		}
		out = kept
		for _, a := range sides {
			for _, b := range sides {
				if a != b && !hasEvent(out[first:], s.mentions[a].actor, s.mentions[b].actor, code[:2]) {
					out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, code, 0.65, i)
				}
			}
		}
	}
	return out
}

// speakerTargets codes a reported act of force that names no target as
// aimed at the one who reports it: "Ukraine's air force said Russia
// launched 100 drones overnight" is Russia's attack on Ukraine, "the
// Armenian defence ministry said Azerbaijani troops had opened fire" Azerbaijan's on Armenia,
// as wire services code a government's report of a hostile act against
// itself. The speaker must be a part of a state (its army, air force or
// ministry): a state's own word may report what a third country suffered,
// unless the victim is "its": "Iran said Israel had assassinated its top
// nuclear scientist".
func (s *sentence) speakerTargets(cls []clause, out []event, first int) []event {
	toks := s.toks
	for k := range cls {
		c := &cls[k]
		code := c.m.entry.code
		if c.emitted || c.skip || c.inside || len(c.subjects) == 0 || len(c.objects) > 0 || c.m.entry.form == formNoun || len(code) < 2 ||
			!(code[:2] == "18" || code[:2] == "19" || code[:2] == "20") {
			continue
		}
		st := s.mentions[c.subjects[0]].start
		if st > c.m.start {
			continue
		}
		// The speech verb right before the reported clause.
		sv := -1
		for j := st - 1; j >= 0 && j >= st-6; j-- {
			if toks[j].is(fSpeechVerbs) && s.midx[j] < 0 {
				sv = j
				break
			}
			if w := toks[j].low; !(w == "that" || w == "on" || w == "in" || toks[j].text == "," || dateWeekdays[w] > 0 || toks[j].is(fAdverbs)) {
				break
			}
		}
		if s.intoTheSea(c.m.end) {
			continue // a weapons test fired into the sea hits no one
		}
		var speaker *Actor
		if own := s.ownedVictim(c.m.end); own && st > 0 {
			// "Iran said Israel had assassinated its top nuclear scientist",
			// "Pakistan recalled its envoy after Afghan forces killed three
			// of its soldiers": the victim belongs to the sentence's first
			// actor, the one who speaks or acts in the main clause.
			if mi := s.firstActor(st); mi >= 0 {
				speaker = s.mentions[mi].actor
			}
		} else if sv >= 0 {
			// A part of a state reports what its state suffered; a state may
			// report what a third suffered.
			if sp := s.speakerBefore(sv); sp >= 0 && !s.mentions[sp].pronoun && s.mentions[sp].kind == mAgent {
				speaker = s.mentions[sp].actor
			}
		}
		if speaker == nil {
			continue
		}
		if speaker.Country == "" || speaker.Type == TypeIGO || s.modality(st, c.m.start, cls, k) != modFact || s.negatedSince(st, c.m.start) {
			continue
		}
		for _, a := range c.subjects {
			sub := s.mentions[a].actor
			if sub.Country == "" || sub.Country == speaker.Country || hasEvent(out[first:], sub, speaker, code[:2]) {
				continue
			}
			out = appendEvent(out, sub, speaker, code, 0.5, c.m.start)
		}
	}
	return out
}

// ownedVictim reports "its" or "their" opening the object of a verb
// ending at i ("killed three of its soldiers", "struck a refinery in its
// Krasnodar region"), where the owner is not a neighbour or an ally of
// the subject.
func (s *sentence) ownedVictim(i int) bool {
	toks := s.toks
	for j := i; j < len(toks) && j < i+6; j++ {
		t := &toks[j]
		if t.kind == tokPunct || t.is(fBoundaryWords) || t.low == "that" || t.low == "which" || t.low == "who" || t.low == "and" {
			return false
		}
		if (t.low == "its" || t.low == "their") && j+1 < len(toks) {
			switch toks[j+1].low {
			case "own", "neighbour", "neighbor", "neighbours", "neighbors", "ally", "allies", "partner", "partners", "rival", "rivals":
				return false
			}
			return true
		}
		if s.midx[j] >= 0 && !s.mentions[s.midx[j]].pronoun {
			return false
		}
	}
	return false
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

// intoTheSea reports "into the sea" or "into the waters" after token i.
func (s *sentence) intoTheSea(i int) bool {
	toks := s.toks
	for j := i; j+2 < len(toks); j++ {
		if toks[j].low == "into" && toks[j+1].low == "the" && (toks[j+2].low == "sea" || toks[j+2].low == "waters") {
			return true
		}
	}
	return false
}

// hostedVisitors adds the visit a host's welcome tells: "Japan hosted
// South Korean President Lee Jae-myung in Tokyo", "Macron welcomed Xi to
// Paris" are the guest's visits to the host (042) besides the host's
// welcome. The guest must be the verb's object; hosting talks is no visit.
func (s *sentence) hostedVisitors(out []event, first int) []event {
	toks := s.toks
	n := len(out)
	for e := first; e < n; e++ {
		v := out[e]
		if v.code != "043" && v.code != "040" || v.pos+1 >= len(toks) {
			continue
		}
		if w := toks[v.pos].low; !strings.HasPrefix(w, "host") && !strings.HasPrefix(w, "welcom") {
			continue
		}
		j := v.pos + 1
		if toks[j].low == "the" && j+1 < len(toks) {
			j++
		}
		mi := s.midx[j]
		if mi < 0 || s.mentions[mi].actor != v.obj || s.mentions[mi].poss || v.obj.Country == "" || v.subj.Country == "" || v.obj.Type == TypeIGO {
			continue
		}
		if !hasEvent(out[first:], v.obj, v.subj, "04") {
			out = appendEvent(out, v.obj, v.subj, "042", v.conf, v.pos) // told as surely as the welcome
		}
	}
	return out
}

// defenceVerbs stop an attack; the attack they stop is the attacker's act
// on the defender.
var defenceVerbs = wordSet("repelled", "repulsed", "intercepted", "downed", "thwarted", "foiled",
	"repels", "intercepts", "repelling", "intercepting", "foils", "thwarts")

// stoppedAttacks are attacks and what attacks are made with, as a defence
// stops them.
var stoppedAttacks = map[string]string{
	"attack": "190", "attacks": "190", "assault": "190", "assaults": "190", "offensive": "190",
	"incursion": "190", "incursions": "190", "infiltration": "190", "raid": "190", "raids": "190",
	"missile": "195", "missiles": "195", "drones": "195", "drone": "195", "rockets": "195",
	"rocket": "195", "projectiles": "195",
}

// defendedAttacks codes the attack a defence tells: "Ukrainian forces
// repelled an attack by Russian troops", "Israel intercepted missiles
// fired by Iran", "Jordan shot down Iranian drones" are the attacker's
// acts on the defender, whatever the defender did in return.
func (x *Extractor) defendedAttacks(s *sentence, cls []clause, owner []int, out []event, first int) []event {
	toks := s.toks
	for i := 1; i+2 < len(toks); i++ {
		w := toks[i].low
		np := i + 1
		switch {
		case defenceVerbs[w]:
		case (w == "shot" || w == "beat" || w == "fended" || w == "fought") && toks[i+1].low == "off",
			(w == "shot" || w == "beat" || w == "pushed") && toks[i+1].low == "down",
			(w == "shot" || w == "beat" || w == "pushed") && toks[i+1].low == "back":
			np = i + 2
		default:
			continue
		}
		if s.midx[i] >= 0 {
			continue
		}
		// The attack and its author, within the noun phrase.
		code, by := "", -1
		for j := np; j < len(toks) && j < np+10; j++ {
			t := &toks[j]
			if t.kind == tokPunct || t.is(fBoundaryWords) || t.low == "and" {
				break
			}
			if mi := s.midx[j]; mi >= 0 {
				me := &s.mentions[mi]
				if me.prep == "by" || me.prep == "from" && code != "" || me.poss || me.prep == "" && (me.end < len(toks) && stoppedAttacks[toks[me.end].low] != "" || stoppedAttacks[toks[me.end-1].low] != "") {
					if by < 0 && !me.pronoun {
						by = mi
					}
				} else if me.prep != "" && me.prep != "of" {
					break
				}
				if c, ok := stoppedAttacks[toks[me.end-1].low]; ok && code == "" {
					code = c // "a Russian assault" as one mention
				}
				j = me.end - 1
				continue
			}
			if c, ok := stoppedAttacks[t.low]; ok && code == "" {
				code = c
			}
		}
		if code == "" || by < 0 {
			continue
		}
		tmp := append(cls[:len(cls):len(cls)], clause{m: vmatch{start: i, end: i + 1, entry: &verbEntry{code: "190", form: formPast, curated: true}}})
		k := len(tmp) - 1
		subjStart, subjects, _ := x.subject(s, tmp, k, owner, map[int]bool{})
		if len(subjects) == 0 || subjStart > i || s.modality(subjStart, i, tmp, k) != modFact || s.negatedSince(subjStart, i) {
			continue
		}
		att := s.mentions[by].actor
		for _, d := range subjects {
			def := s.mentions[d].actor
			if att.Country == "" || att.Country == def.Country || hasEvent(out[first:], att, def, "19") {
				continue
			}
			out = appendEvent(out, att, def, code, 0.6, i)
		}
	}
	return out
}

// talkedTargets codes what is said in a conversation told before it,
// to the one spoken with: "Sisi received a phone call from Erdogan, who
// expressed condolences over the floods", "Orban met Zelensky and urged
// a ceasefire". A verbal act with no target of its own, whose speaker
// consulted someone earlier in the sentence, is aimed at that partner.
func (s *sentence) talkedTargets(cls []clause, out []event, first int) []event {
	for k := range cls {
		c := &cls[k]
		code := c.m.entry.code
		if c.emitted || c.skip || c.inside || len(c.subjects) == 0 || len(c.objects) > 0 || c.m.entry.form == formNoun || len(code) < 3 {
			continue
		}
		switch code[:2] {
		case "01", "02", "05":
		default:
			continue
		}
		if code[:2] == "01" && code != "012" && code != "018" && code != "013" && code != "015" {
			continue // a plain statement is no act towards the partner
		}
		st := s.mentions[c.subjects[0]].start
		if st > c.m.start || s.modality(st, c.m.start, cls, k) != modFact || s.negatedSince(st, c.m.start) {
			continue
		}
		if e := c.m.end; e < len(s.toks) && (s.toks[e].low == "for" || s.toks[e].low == "on") {
			continue // "urged for", "called on": the act names its own target, told elsewhere
		}
		for _, a := range c.subjects {
			sub := s.mentions[a].actor
			for e := first; e < len(out); e++ {
				t := out[e]
				if t.pos < c.m.start && t.subj == sub && strings.HasPrefix(t.code, "04") && !hasEvent(out[first:], sub, t.obj, code[:2]) {
					out = appendEvent(out, sub, t.obj, code, 0.5, c.m.start)
					break
				}
			}
		}
	}
	return out
}

// counterpartsFrom codes a meeting with "his counterparts from Japan and
// Australia": the partners are the countries the counterparts come from.
func (s *sentence) counterpartsFrom(cls []clause, out []event, first int) []event {
	toks := s.toks
	for k := range cls {
		c := &cls[k]
		code := c.m.entry.code
		if c.emitted || c.skip || len(c.subjects) == 0 || !strings.HasPrefix(code, "04") || c.m.entry.form == formNoun {
			continue
		}
		for j := c.m.end; j+2 < len(toks) && j < c.m.end+4; j++ {
			if w := toks[j].low; w != "counterparts" && w != "counterpart" {
				continue
			}
			if p := toks[j+1].low; p != "from" && p != "of" || s.midx[j+2] < 0 {
				break
			}
			st := s.mentions[c.subjects[0]].start
			if st > c.m.start || s.modality(st, c.m.start, cls, k) != modFact || s.negatedSince(st, c.m.start) {
				break
			}
			for _, a := range c.subjects {
				for _, b := range s.coordRight(s.midx[j+2]) {
					out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, code, 0.6, c.m.start)
				}
			}
			break
		}
	}
	return out
}

// agreedNouns are agreements whose parties follow "between", with the
// code of signing one.
var agreedNouns = map[string]string{
	"deal": "057", "agreement": "057", "accord": "057", "pact": "057", "treaty": "057",
	"memorandum": "057", "truce": "0871", "ceasefire": "0871", "armistice": "0871",
}

// agreedParticiples tell that an agreement was made.
var agreedParticiples = wordSet("signed", "reached", "agreed", "concluded", "finalised", "finalized", "inked", "struck", "sealed")

// agreementsBetween codes an agreement between two parties told in the
// passive or as taking effect: "A deal between Armenia and Azerbaijan was
// signed at the White House", "a truce between Thailand and Cambodia took
// effect": each party to the other.
func (s *sentence) agreementsBetween(cls []clause, out []event, first int) []event {
	toks := s.toks
	for i := 0; i+3 < len(toks); i++ {
		code, ok := agreedNouns[toks[i].low]
		if !ok || toks[i+1].low != "between" || s.midx[i] >= 0 {
			continue
		}
		parties := s.between(i + 1)
		if len(parties) < 2 {
			continue
		}
		from := s.mentions[parties[len(parties)-1]].end
		verb := -1
		for j := from; j+1 < len(toks) && j < from+10; j++ {
			t := &toks[j]
			if t.kind == tokPunct && t.text != "," || t.is(fBoundaryWords) || t.low == "that" || t.low == "which" {
				break
			}
			if t.is(fBeAux) && agreedParticiples[toks[j+1].low] ||
				(t.low == "took" || t.low == "takes") && toks[j+1].low == "effect" ||
				(t.low == "came" || t.low == "comes" || t.low == "entered") && (toks[j+1].low == "into" || toks[j+1].low == "force") {
				verb = j
				break
			}
			if t.is(fBeAux) && j+2 < len(toks) && toks[j+1].is(fAdverbs) && agreedParticiples[toks[j+2].low] {
				verb = j
				break
			}
		}
		if verb < 0 || s.negatedSince(from, verb) || i > 0 && toks[i-1].is(fNegWords) || i > 1 && toks[i-2].is(fNegWords) {
			continue // "No agreement between Serbia and Kosovo was reached"
		}
		switch s.modality(i, verb, cls, len(cls)) {
		case modDrop:
			continue
		case modIntent, modPurpose:
			code = intentCode(code)
		}
		for _, a := range parties {
			for _, b := range parties {
				if a != b && !hasEvent(out[first:], s.mentions[a].actor, s.mentions[b].actor, code[:2]) {
					out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, code, 0.6, verb)
				}
			}
		}
	}
	return out
}

// switchedTies codes a switch of recognition from one government to
// another: "Nauru switched diplomatic recognition from Taiwan to China",
// "after switching ties from Taipei to Beijing" cut relations with the
// first (161) and recognise the second (054).
func (x *Extractor) switchedTies(s *sentence, cls []clause, owner []int, out []event, first int) []event {
	toks := s.toks
	for i := 0; i+3 < len(toks); i++ {
		switch toks[i].low {
		case "switched", "switching", "switch", "switches", "shifted", "shifting", "shift", "shifts":
		default:
			continue
		}
		// "diplomatic recognition", "its allegiance", "ties": what is switched.
		ties, j := false, i+1
		for ; j < len(toks) && j < i+4; j++ {
			w := toks[j].low
			if w == "recognition" || w == "ties" || w == "relations" || w == "allegiance" || w == "diplomatic" {
				ties = true
				continue
			}
			if w == "its" || w == "their" || w == "formal" {
				continue
			}
			break
		}
		if !ties || j+1 >= len(toks) {
			continue
		}
		var from, to []int
		for p := j; p+1 < len(toks) && p < j+6; p++ {
			mi := s.midx[p+1]
			if mi < 0 {
				continue
			}
			switch toks[p].low {
			case "from":
				from = []int{mi}
			case "to":
				to = []int{mi}
			}
		}
		if len(from) == 0 && len(to) == 0 {
			continue
		}
		tmp := append(cls[:len(cls):len(cls)], clause{m: vmatch{start: i, end: i + 1, entry: &verbEntry{code: "054", form: formPast, curated: true}}})
		k := len(tmp) - 1
		st, subjects, _ := x.subject(s, tmp, k, owner, map[int]bool{})
		if len(subjects) == 0 && i > 0 && (toks[i-1].low == "after" || toks[i-1].low == "since" || toks[i-1].low == "by" || toks[i-1].low == "before") {
			if mi := s.firstActor(i); mi >= 0 {
				st, subjects = s.mentions[mi].start, []int{mi} // "after switching": the main clause's subject
			}
		}
		if len(subjects) == 0 || st > i || s.negatedSince(st, i) {
			continue
		}
		code161, code054 := "161", "054"
		switch s.modality(st, i, tmp, k) {
		case modDrop:
			continue
		case modIntent, modPurpose:
			code161, code054 = "1313", "030" // announced, not done
		}
		for _, a := range subjects {
			sub := s.mentions[a].actor
			for _, b := range from {
				if !hasEvent(out[first:], sub, s.mentions[b].actor, code161[:2]) {
					out = appendEvent(out, sub, s.mentions[b].actor, code161, 0.6, i)
				}
			}
			for _, b := range to {
				if !hasEvent(out[first:], sub, s.mentions[b].actor, code054[:2]) {
					out = appendEvent(out, sub, s.mentions[b].actor, code054, 0.6, i)
				}
			}
		}
	}
	return out
}

// expelledFrom codes a passive expulsion from a country: "Two Russian
// diplomats were ordered to leave Poland", "Three Chinese journalists
// were expelled from India": the country expels (161 for diplomats, 174
// for other people).
func (s *sentence) expelledFrom(cls []clause, out []event, first int) []event {
	toks := s.toks
	for i := 1; i+2 < len(toks); i++ {
		if !toks[i-1].is(fBeAux) {
			continue
		}
		a := -1
		switch toks[i].low {
		case "expelled", "deported", "banished":
			if toks[i+1].low == "from" {
				a = i + 2
			}
		case "ordered", "told", "asked":
			if toks[i+1].low == "to" && toks[i+2].low == "leave" {
				a = i + 3
			}
		case "kicked", "thrown":
			if toks[i+1].low == "out" && toks[i+2].low == "of" {
				a = i + 3
			}
		}
		if a < 0 || a >= len(toks) {
			continue
		}
		if toks[a].low == "the" && a+1 < len(toks) {
			a++
		}
		mi := s.midx[a]
		if mi < 0 || s.mentions[mi].kind != mCountry {
			continue
		}
		host := s.mentions[mi].actor
		// The people expelled: the subject before the verb.
		sub, diplomats := -1, false
		for j := i - 2; j >= 0 && j >= i-8; j-- {
			t := &toks[j]
			if t.kind == tokPunct || t.is(fBoundaryWords) || t.is(fSpeechVerbs) {
				break
			}
			switch t.low {
			case "diplomat", "diplomats", "ambassador", "envoy", "envoys", "attache", "attaché", "consul", "embassy", "staff":
				diplomats = true
			}
			if m := s.midx[j]; m >= 0 {
				sub = m
				j = s.mentions[m].start
			}
		}
		if sub < 0 || s.negatedSince(s.mentions[sub].start, i) || s.modality(s.mentions[sub].start, i, cls, len(cls)) != modFact {
			continue
		}
		code := "174"
		if diplomats {
			code = "161"
		}
		if who := s.mentions[sub].actor; !hasEvent(out[first:], host, who, code[:2]) {
			out = appendEvent(out, host, who, code, 0.6, i)
		}
	}
	return out
}

// requestedBy codes an act done at another's request: "Russia sent
// troops to Kazakhstan at the request of Tokayev", "at Baghdad's
// request": the one who asked appealed to the one who acted (020).
func (s *sentence) requestedBy(cls []clause, out []event, first int) []event {
	toks := s.toks
	for i := 2; i < len(toks); i++ {
		if w := toks[i].low; w != "request" && w != "behest" && w != "requests" {
			continue
		}
		asker := -1
		switch {
		case i+2 < len(toks) && toks[i+1].low == "of" && (toks[i-1].low == "the" && toks[i-2].low == "at" || toks[i-1].low == "a" && toks[i-2].low == "following"):
			a := i + 2
			if toks[a].low == "the" && a+1 < len(toks) {
				a++
			}
			asker = s.midx[a]
		case i+2 < len(toks) && toks[i+1].low == "from" && toks[i-1].low == "a" && (toks[i-2].low == "following" || toks[i-2].low == "after" || toks[i-2].low == "upon"):
			asker = s.midx[i+2] // "following a request from Damascus"
		default:
			p := i - 1
			if toks[p].kind == tokPoss {
				p--
			}
			if mi := s.midx[p]; mi >= 0 && s.mentions[mi].poss && s.mentions[mi].start >= 1 && toks[s.mentions[mi].start-1].low == "at" {
				asker = mi // "at Baghdad's request"
			}
		}
		if asker < 0 || s.mentions[asker].pronoun {
			continue
		}
		who := s.firstActor(i)
		if who < 0 || who == asker || s.negatedSince(s.mentions[who].start, i) || s.modality(s.mentions[who].start, i, cls, len(cls)) != modFact {
			continue
		}
		a, b := s.mentions[asker].actor, s.mentions[who].actor
		if a.Country == "" || b.Country == "" || a.Country == b.Country || hasEvent(out[first:], a, b, "02") {
			continue
		}
		out = appendEvent(out, a, b, "020", 0.55, i)
	}
	return out
}

// mediatorOf codes a mediation named as a noun at i with its parties:
// "Egypt's mediation between Israel and Hamas", "Qatari mediation
// between": the mediator (the possessor or the modifier before the
// noun) acts towards each party; the parties do nothing to each other.
func (s *sentence) mediatorOf(i int, parties []int, code string, conf float64, out []event) []event {
	toks := s.toks
	j := i - 1
	for j >= 0 && s.midx[j] < 0 && toks[j].kind == tokWord && !toks[j].upper && !toks[j].is(fPrepositions) && j > i-3 {
		j-- // "Egypt's months-long mediation", "Qatari-led"
	}
	if j >= 0 && toks[j].kind == tokPoss {
		j--
	}
	var med *Actor
	switch {
	case j < 0:
	case s.midx[j] >= 0:
		med = s.mentions[s.midx[j]].actor
	case toks[j].upper:
		med = s.nameBefore(j + 1) // "Qatari mediation": a demonym is no mention before a plain noun
	}
	if med == nil {
		return out
	}
	for _, p := range parties {
		out = appendEvent(out, med, s.mentions[p].actor, code, conf, i)
	}
	return out
}

// ownedActNouns are acts named as nouns with their owner and target
// ("Japan's protest to China"), with the prepositions that introduce the
// target and the act's code.
var ownedActNouns = map[string]struct {
	preps string
	code  string
}{
	"protest": {"to with against", "114"}, "protests": {"to with against", "114"},
	"ban": {"on against", "163"}, "bans": {"on against", "163"},
	"embargo": {"on against", "163"}, "tariffs": {"on against", "163"}, "sanctions": {"on against", "163"},
	"pressure": {"on", "170"}, "apology": {"to", "055"}, "apologies": {"to", "055"},
	"threat": {"to against", "130"}, "threats": {"to against", "130"}, "warning": {"to", "130"}, "warnings": {"to", "130"},
	"ultimatum": {"to", "139"}, "criticism": {"of", "111"}, "condemnation": {"of", "111"},
	"accusations": {"against", "112"}, "condolences": {"to", "018"}, "blockade": {"of", "191"},
	"request": {"to", "020"}, "appeal": {"to", "020"}, "plea": {"to", "020"},
}

// ownedActs codes acts named as nouns between an owner and a target:
// "Japan's protest to China", "India's ban on Chinese apps", "Beijing's
// pressure on Taipei", "Japan's apology to South Korea". The owner is a
// possessive mention right before the noun (past two modifiers).
func (s *sentence) ownedActs(cls []clause, out []event, first int) []event {
	toks := s.toks
	for k := range s.mentions {
		me := &s.mentions[k]
		if !me.poss || me.pronoun || me.end+2 >= len(toks) || toks[me.end].kind != tokPoss {
			continue
		}
		// The noun, past up to two modifiers.
		n := -1
		for j := me.end + 1; j < len(toks) && j < me.end+4; j++ {
			if _, ok := ownedActNouns[toks[j].low]; ok {
				n = j
				break
			}
			if toks[j].kind != tokWord || toks[j].upper || s.midx[j] >= 0 || toks[j].is(fPrepositions) {
				break
			}
		}
		if n < 0 || n+2 >= len(toks) {
			continue
		}
		act := ownedActNouns[toks[n].low]
		if !strings.Contains(" "+act.preps+" ", " "+toks[n+1].low+" ") {
			continue
		}
		t := n + 2
		for t < len(toks) && (toks[t].low == "the" || toks[t].low == "a") && s.midx[t] < 0 {
			t++
		}
		var target *Actor
		switch {
		case t < len(toks) && s.midx[t] >= 0 && !s.mentions[s.midx[t]].pronoun:
			target = s.mentions[s.midx[t]].actor
		case t+1 < len(toks) && toks[t].upper:
			target = s.nameBefore(t + 1) // "on Chinese apps"
		}
		owner := me.actor
		if target == nil || owner.Country == "" || target.Country == "" || owner.Country == target.Country || hasEvent(out[first:], owner, target, act.code[:2]) {
			continue
		}
		if s.negatedSince(max(0, me.start-3), n) || s.modality(max(0, me.start-3), n, cls, len(cls)) == modDrop || s.hypotheticalAfter(t+1) {
			continue
		}
		out = appendEvent(out, owner, target, act.code, 0.5, n)
	}
	return out
}

// accusationNouns name an accusation a denial answers.
var accusationNouns = wordSet("accusation", "accusations", "charge", "charges", "claim", "claims", "allegation", "allegations", "report", "reports")

// denialVerbs deny or dismiss an accusation.
var denialVerbs = wordSet("denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes")

// deniedAccusations codes a denial of an accusation told before it in
// the sentence as the accused's denial towards the accuser (016):
// "Britain accused Iran of plotting attacks, which Tehran denied",
// "Washington accused Beijing of hacking; China denied the accusations",
// "Kyiv said Moscow had used chemical weapons, an accusation Russia
// denied".
func (s *sentence) deniedAccusations(cls []clause, out []event, first int) []event {
	toks := s.toks
	for i := 1; i < len(toks); i++ {
		if !denialVerbs[toks[i].low] || s.midx[i] >= 0 {
			continue
		}
		denier := -1
		if mi := s.midx[i-1]; mi >= 0 {
			// "…, which Tehran denied", "an accusation Russia denied".
			if p := s.mentions[mi].start - 1; p >= 0 && (toks[p].low == "which" || toks[p].low == "that" || accusationNouns[toks[p].low]) {
				denier = mi
			}
		}
		if denier < 0 && i+2 < len(toks) && (toks[i+1].low == "the" || toks[i+1].low == "these" || toks[i+1].low == "those") && accusationNouns[toks[i+2].low] {
			// "China denied the accusations": the subject before.
			for j := i - 1; j >= 0 && j >= i-4; j-- {
				if mi := s.midx[j]; mi >= 0 {
					if s.mentions[mi].prep == "" && !s.mentions[mi].pronoun {
						denier = mi
					}
					break
				}
				if !toks[j].is(fAdverbs) && toks[j].low != "has" && toks[j].low != "had" && toks[j].low != "have" {
					break
				}
			}
		}
		if denier < 0 {
			continue
		}
		d := s.mentions[denier].actor
		// The accuser: who accused the denier before, else the speaker the
		// sentence opens with.
		var accuser *Actor
		for e := first; e < len(out); e++ {
			if out[e].pos < i && out[e].obj.Country == d.Country && out[e].subj.Country != d.Country && (strings.HasPrefix(out[e].code, "11") || strings.HasPrefix(out[e].code, "1") && out[e].code >= "17") {
				accuser = out[e].subj
			}
		}
		if accuser == nil {
			if mi := s.firstActor(i); mi >= 0 && s.mentions[mi].end < len(toks) && toks[s.mentions[mi].end].is(fSpeechVerbs) {
				accuser = s.mentions[mi].actor
			}
		}
		if accuser == nil || accuser.Country == "" || d.Country == "" || accuser.Country == d.Country || hasEvent(out[first:], d, accuser, "01") {
			continue
		}
		if s.negatedSince(s.mentions[denier].start, i) {
			continue
		}
		out = appendEvent(out, d, accuser, "016", 0.5, i)
	}
	return out
}
