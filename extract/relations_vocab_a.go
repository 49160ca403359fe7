package extract

import "strings"

// Vocabulary of cooperation as wire copy writes it (roots 01-09): the
// phrases live in the curated layer of verbs.tsv; this file holds the two
// readings they need besides: a possessive pronoun inside a phrase, and an
// agreement made "with" a partner, which binds both.

// possessiveInPhrase reports whether token j, inside a phrase, is a
// possessive pronoun that the mention finder read as a
// mention of its referent ("Modi conveyed his condolences to", "she
// expressed her gratitude to"): a phrase reads through it as through any
// determiner when a word follows it.
func possessiveInPhrase(toks []token, j int) bool {
	switch toks[j].low {
	case "his", "her", "their", "its", "our":
	default:
		return false
	}
	return j+1 < len(toks) && toks[j+1].kind == tokWord
}

// agreedWith reports whether clause match m of code is an agreement made
// with the actor of mention b ("Argentina signed a deal with Israel",
// "Kenya sealed an accord with the UAE"): the object is introduced by
// "with", so both parties signed, and the relation holds both ways.
func (s *sentence) agreedWith(m vmatch, code string, b int) bool {
	if code != "057" || strings.HasPrefix(s.toks[m.start].low, "ratif") || strings.HasPrefix(s.toks[m.start].low, "approv") {
		return false // "the Senate ratified a pact with Japan": one side's act
	}
	st := s.mentions[b].start
	for j := st - 1; j >= m.end-1 && j >= 0 && j >= st-4; j-- {
		w := s.toks[j].low
		if w == "with" {
			return true
		}
		if !(w == "the" || s.toks[j].is(fRegionAdjectives) || skippable(s.toks, j)) {
			return false
		}
	}
	return false
}

// notYet reports "yet to" before the verb at to ("China and India have yet
// to normalise relations"): what has not happened yet is negated.
func notYet(toks []token, j, to int) bool {
	return toks[j].low == "yet" && j+1 < to && toks[j+1].low == "to"
}
