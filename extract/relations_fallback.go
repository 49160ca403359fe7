package extract

import "strings"

// The fallbacks below give a verb the actor its clause analysis could not
// find, the way a shallow event coder reads a sentence it cannot parse:
// the nearest actor on each side of the verb. They run only for a verb
// told as a fact, lower the triple's confidence, and stop where another
// clause begins (a negation, a condition, a relative pronoun, another
// verb, a prepositional phrase that gives a reason or a topic).

// fallbackPreps are the prepositions that may govern a target found by
// fallbackObject ("sent troops to X", "talks with X"); "on" and "over"
// only for acts of pressure and force ("fired on X").
var fallbackPreps = map[string]bool{"": true, "to": true, "with": true, "against": true, "at": true, "toward": true, "towards": true, "into": true}

// fallbackObject finds the target of a verb whose object search found
// nothing: the first actor within 15 words to its right, in the same
// clause, that is not a place ("in Gaza") nor owned by a later verb, and
// with no unknown name before it ("detained Ahmed Hassan, an Egyptian
// activist": the target is Ahmed Hassan, whoever the lexicon's Hassan is).
// A judgement or a protest takes the agent of the act it judges ("the
// seizure of its oil tanker by Britain").
func (s *sentence) fallbackObject(cls []clause, k int, code string) []int {
	toks := s.toks
	m := cls[k].m
	force := code >= "13"
	judged := judgesAct(code) || strings.HasPrefix(code, "14")
	if s.headline {
		return nil // every word capitalised: no telling names from words
	}
	n := 0
	for j := m.end; j < len(toks) && n < 15; j, n = j+1, n+1 {
		t := &toks[j]
		if t.text == "," {
			if e := s.parentheticalEnd(j); e > j {
				j = e // "sent 20 trucks, the fifth convoy since May, to Gaza"
				continue
			}
		}
		if mi := s.midx[j]; mi >= 0 {
			me := &s.mentions[mi]
			if me.pronoun && me.poss && me.end < len(toks) && s.midx[me.end] < 0 {
				j = me.end - 1 // "the seizure of its oil tanker by Britain"
				continue
			}
			if me.pronoun {
				return nil
			}
			if fallbackPreps[me.prep] || force && (me.prep == "on" || me.prep == "over") {
				return s.coordRight(mi)
			}
			return nil
		}
		if o := s.owner[j]; o >= 0 && o != k && o < len(cls) && cls[o].m.entry.form != formNoun && !cls[o].skip && !strings.HasPrefix(cls[o].m.entry.code, "01") {
			return nil // another verb's clause ("air" of "air defence" reads as a verb of statement)
		}
		if t.kind == tokWord && t.upper && n == 0 {
			return nil // a name the lexicon does not know is the target
		}
		if code >= "17" && (t.low == "in" || t.low == "inside" || t.low == "into" || t.low == "across") {
			if mi := s.demonymPlace(j); mi >= 0 {
				return []int{mi} // "struck a shopping centre in the Ukrainian city of Kremenchuk"
			}
		}
		if t.low == "by" && judged && n > 0 { // right after the verb, "by" names the agent of a passive
			return s.agentAfter(j) // "protested against the seizure of its tanker by Britain"
		}
		if t.low == "than" && j > 0 && (toks[j-1].low == "more" || toks[j-1].low == "less" || toks[j-1].low == "fewer") {
			continue // "more than 400 drones"
		}
		if t.kind == tokPunct && t.text != "," || t.kind == tokQuote || t.kind == tokDash || t.kind == tokOpen {
			return nil
		}
		if t.text == "," && j+1 < len(toks) && (strings.HasSuffix(toks[j+1].low, "ing") || toks[j+1].low == "and" || toks[j+1].low == "but") {
			return nil // "…, drawing a rebuke from": a clause of its own
		}
		if t.kind == tokWord && (t.is(fBoundaryWords) || t.low == "which" || t.low == "who" || t.low == "that" || t.is(fSpeechVerbs) ||
			t.is(fPrepositions) && !fallbackPreps[t.low] && t.low != "of") {
			return nil
		}
	}
	return nil
}

// fallbackSubject finds the actor of a verb whose subject search found
// nothing: the nearest actor to its left, in the sentence, that no
// preposition governs and that no earlier verb took as its object; not
// past a negation, a condition, a relative pronoun or the verb of a
// clause that had no subject either.
func (s *sentence) fallbackSubject(cls []clause, k int, usedObj map[int]bool) []int {
	toks := s.toks
	m := cls[k].m
	for j := m.start - 1; j >= 0 && j >= m.start-40; j-- {
		if mi := s.midx[j]; mi >= 0 {
			me := &s.mentions[mi]
			j = me.start
			if me.pronoun {
				return nil
			}
			if usedObj[mi] || me.prep != "" {
				continue
			}
			return s.coordLeft(mi)
		}
		if o := s.owner[j]; o >= 0 && o != k && o < len(cls) && cls[o].m.entry.form != formNoun && cls[o].done && !cls[o].skip {
			return nil
		}
		t := &toks[j]
		if t.kind == tokPunct && (t.text == ";" || t.text == ":") || t.is(fNegWords) || t.is(fHypoWords) || t.low == "that" || t.low == "who" || t.low == "which" {
			return nil
		}
	}
	return nil
}

// parentheticalEnd returns the comma that closes a parenthetical opened by
// the comma at i ("…, built under a 2023 grant, to the Philippines") when
// a target may follow it (a preposition of fallbackPreps or an actor), else
// i.
func (s *sentence) parentheticalEnd(i int) int {
	toks := s.toks
	for k := i + 1; k < len(toks) && k <= i+12; k++ {
		t := &toks[k]
		if t.kind == tokPunct && t.text != "," || t.kind == tokQuote {
			return i
		}
		if t.text != "," {
			continue
		}
		if k+1 < len(toks) && (s.midx[k+1] >= 0 || toks[k+1].kind == tokWord && toks[k+1].low != "" && fallbackPreps[toks[k+1].low]) {
			return k
		}
		return i
	}
	return i
}

// agentAfter returns the actor after "by" at j, past determiners and
// modifiers ("by a senior Chinese official", "by the U.S. Navy"), with
// the actors coordinated with it; nil when none starts within four words.
func (s *sentence) agentAfter(j int) []int {
	toks := s.toks
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		if mi := s.midx[k]; mi >= 0 {
			if s.mentions[mi].pronoun || s.mentions[mi].start != k {
				return nil
			}
			return s.coordRight(mi)
		}
		if t := &toks[k]; t.kind != tokWord && t.kind != tokHyphen || t.upper || !(skippable(toks, k) || t.low == "senior" || t.low == "top" || t.low == "former") {
			return nil
		}
	}
	return nil
}
