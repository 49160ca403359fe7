// Clause edges: participles, "that" clauses, date adjuncts, quantities
// in lists and "a visit by" — small rules at the edges of the clause
// analysis in relations.go.

package extract

import "strings"

// aspectVerbs take a gerund as their object: "continues supplying", "kept
// shelling"; the gerund's subject is theirs.
var aspectVerbs = wordSet("continues", "keeps", "starts", "begins", "stops", "resumes", "denies",
	"admits", "risks", "considers", "avoids", "halts", "suspends", "ends", "finishes", "recommends",
	"proposes", "discusses", "includes", "involves", "means", "requires", "was", "is", "has")

// nounParticiple reports whether the -ing form at i follows a plural
// common noun that it describes, as in a reduced relative clause
// ("Western countries supplying long-range missiles to Ukraine", "ships
// carrying grain to Egypt"): the act is the noun's, whose country the text
// does not say, so the verb has no subject of its own.
func nounParticiple(s *sentence, i int) bool {
	if i == 0 {
		return false
	}
	p := &s.toks[i-1]
	if p.kind != tokWord || p.upper || s.midx[i-1] >= 0 || len(p.low) < 4 || !strings.HasSuffix(p.low, "s") || strings.HasSuffix(p.low, "ss") || strings.HasSuffix(p.low, "ly") {
		return false
	}
	if o := s.owner[i-1]; o >= 0 {
		return false // a verb phrase ends there
	}
	return !aspectVerbs[p.low] && !p.is(fSpeechVerbs) && !p.is(fPrepositions) && !p.is(fAdverbs) && !p.is(fBoundaryWords)
}

// leadingQuantity make up a quantity before a plural actor: "more than a
// dozen", "at least 20", "several other".
var leadingQuantity = wordSet("more", "than", "a", "dozen", "dozens", "of", "several", "some", "at", "least",
	"about", "nearly", "almost", "around", "other", "few", "handful", "number", "many", "two", "three",
	"four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "all")

// quantityLeft returns the token before the quantity that ends at j (j
// itself when there is none).
func quantityLeft(toks []token, j int) int {
	for j >= 0 && (toks[j].kind == tokNumber || toks[j].kind == tokWord && leadingQuantity[toks[j].low]) {
		j--
	}
	return j
}

// pastDateOn returns the token after the time adjunct at i ("on Friday",
// "late on March 3"), or i when none starts there.
func pastDateOn(toks []token, i int) int {
	for i < len(toks) && timeAdjunctAt(toks, i) {
		i++
	}
	return i
}

// visitBy reads the nominal "visit by X" at m: with "to Y" after the
// visitor, X visits Y (an event with subj set); after a preposition of
// time ("after a visit by X", "ahead of a visit by X") the sentence names
// no host, so no event (ok with a nil subj). ok is false when neither
// applies and the visit's host is the clause's subject ("Beijing hosted a
// visit by X" reads as 043 the usual way).
func (s *sentence) visitBy(m vmatch, cls []clause, k int) (event, bool) {
	toks := s.toks
	j := skipQuantity(toks, m.end)
	if j >= len(toks) || s.midx[j] < 0 {
		return event{}, false
	}
	visitor := &s.mentions[s.midx[j]]
	for t := visitor.end; t < len(toks) && t <= visitor.end+2; t++ {
		if mi := s.midx[t]; mi >= 0 && s.mentions[mi].prep == "to" {
			if s.modality(max(0, m.start-6), m.start, cls, k) == modDrop {
				return event{}, true
			}
			return event{subj: visitor.actor, obj: s.mentions[mi].actor}, true
		}
	}
	for p := m.start - 1; p >= 0 && p >= m.start-4; p-- {
		switch toks[p].low {
		case "after", "following", "before", "ahead", "since", "during":
			return event{}, true
		}
	}
	return event{}, false
}

// fightNouns name a fight between two sides.
var fightNouns = wordSet("clash", "clashes", "fighting", "firefight", "gunfight", "gunbattle", "skirmish",
	"skirmishes", "battle", "battles", "fire", "shootout", "exchange", "confrontation")

// fightPartner finds the other side of a fight that a passive of force
// names with "with" ("were killed in a clash with Chinese troops", "died
// in an exchange of fire with Afghan forces"): the actor after "with"
// within a few words past a fight noun ending or following the verb.
func (s *sentence) fightPartner(m vmatch, code string) []int {
	if len(code) < 2 || (code[:2] != "18" && code[:2] != "19") {
		return nil
	}
	toks := s.toks
	fight := false
	for j := m.start; j < len(toks) && j < m.end+8; j++ {
		if fightNouns[toks[j].low] {
			fight = true
			continue
		}
		if toks[j].low == "with" && fight && j+1 < len(toks) {
			k := skipQuantity(toks, j+1)
			if k < len(toks) && s.midx[k] >= 0 && !s.mentions[s.midx[k]].pronoun {
				return s.coordRight(s.midx[k])
			}
			return nil
		}
		if j >= m.end && (toks[j].kind == tokPunct || s.midx[j] >= 0) {
			return nil
		}
	}
	return nil
}

// reciprocal reports whether the verb phrase m says that its coordinated
// subjects act on each other whatever the act: "India and Pakistan traded
// accusations", "the two sides exchanged warnings".
func reciprocal(toks []token, m vmatch) bool {
	switch toks[m.start].low {
	case "trade", "trades", "traded", "trading", "exchange", "exchanges", "exchanged", "exchanging", "swap", "swaps", "swapped", "swapping":
		return true
	}
	return false
}

// possessedNoun reports whether the word at i ends a noun phrase opened by
// a possessive one or two lower-case words before it ("North Korea's
// rocket launch", "Iran's nuclear weapons test"): a noun, not a verb.
func possessedNoun(s *sentence, i int) bool {
	toks := s.toks
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		t := &toks[j]
		if t.kind == tokPoss || t.kind == tokWord && (t.low == "its" || t.low == "their" || t.low == "his" || t.low == "her") {
			return j < i-1 // the possessive, then at least one word of the phrase
		}
		if t.kind != tokWord || t.upper || s.midx[j] >= 0 || (s.owner[j] >= 0) || t.is(fAdverbs) || t.is(fPrepositions) || t.is(fSpeechVerbs) {
			return false
		}
	}
	return false
}

// ownEnvoys reports whether a verb of cutting ties takes the subjects' own
// envoys as its object ("Brazil and Israel recalled their ambassadors",
// "expelled each other's diplomats"): coordinated subjects then act on
// each other.
func (s *sentence) ownEnvoys(m vmatch, code string) bool {
	if !strings.HasPrefix(code, "16") {
		return false
	}
	toks := s.toks
	for j := m.start; j < len(toks) && j < m.end+4; j++ {
		switch toks[j].low {
		case "their", "each":
			for k := j + 1; k < len(toks) && k < j+5; k++ {
				switch toks[k].low {
				case "ambassador", "ambassadors", "envoy", "envoys", "diplomats", "diplomat", "staff":
					return true
				}
			}
		}
	}
	return false
}

// easingVerbs end or ease a sanction named after them.
var easingVerbs = wordSet("lifted", "lifts", "lift", "lifting", "eased", "eases", "ease", "easing", "removed",
	"removes", "remove", "removing", "scrapped", "scraps", "scrap", "relaxed", "relaxes", "relax", "waived",
	"waives", "waive", "ended", "ends", "end", "suspended", "suspends", "rolled", "dropped", "drops", "unfroze", "unfreezes")

// easedBefore reports whether a verb of easing governs the sanction noun
// at i within the four words before it ("lifted the U.S. arms embargo on
// Vietnam", "eased some sanctions on Venezuela").
func easedBefore(s *sentence, i int) bool {
	toks := s.toks
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if easingVerbs[toks[j].low] {
			return !s.negatedSince(max(0, j-3), j)
		}
		if toks[j].kind == tokPunct || toks[j].is(fBoundaryWords) {
			return false
		}
	}
	return false
}

// mutualForceWords make an act of force between coordinated subjects a
// fight with each other: "India and Pakistan fought", "clashed".
var mutualForceWords = wordSet("fought", "fight", "fights", "fighting", "clashed", "clash", "clashes", "clashing",
	"battled", "battle", "battles", "skirmished", "skirmish", "exchanged", "traded", "war", "warred", "feuded")

// oneSidedForce reports whether an act of force (18–20) with coordinated
// subjects and no target is one they did together to someone unnamed
// ("the United States, Britain and France launched air strikes … in
// response to a chemical attack"), not a fight with each other.
func oneSidedForce(toks []token, m vmatch, code string) bool {
	if len(code) < 2 || code[:2] < "18" {
		return false
	}
	for j := m.start; j < m.end; j++ {
		if mutualForceWords[toks[j].low] {
			return false
		}
	}
	return true
}
