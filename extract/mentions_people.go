package extract

// People named in the romanised forms of East and South-East Asian
// names, where the given name is two or three syllables joined by hyphens
// and those after the first are written in lower case: "Tsai Ing-wen",
// "Moon Jae-in", "Lee Jae-myung", "Prayut Chan-o-cha".

// hyphenedGivenName reports whether the lower-case word j ends a name
// that starts at token i because it is a later syllable of a hyphened word
// whose first syllable is capitalised and not the name's first word
// ("wen" in "Tsai Ing-wen", "cha" in "Prayut Chan-o-cha"), so that the
// name may end there although names end in a capitalised word.
func hyphenedGivenName(toks []token, i, j int) bool {
	if toks[j].kind != tokWord || toks[j].upper {
		return false
	}
	for k := j; k-2 > i && toks[k-1].kind == tokHyphen && toks[k-2].kind == tokWord; k -= 2 {
		if toks[k-2].upper {
			return true
		}
	}
	return false
}

// termInForce returns the latest of terms (sorted by start) in force at
// date, any when date is empty. A titled term ("Secretary of State", from
// the curated table) is preferred to a Phoenix sector label in force at
// the same date ("government", "elite"), whose terms often stay open.
func termInForce(ts []Term, date string) (Term, bool) {
	for _, titled := range [...]bool{true, false} {
		for i := len(ts) - 1; i >= 0; i-- {
			t := ts[i]
			if titled && !titledRole(t.Role) {
				continue
			}
			if date == "" || ((t.From == "" || t.From <= date) && (t.To == "" || date <= t.To)) {
				return t, true
			}
		}
	}
	return Term{}, false
}

// titledRole reports whether a role is a title ("Foreign Minister") rather
// than one of Phoenix's lower-case sector labels.
func titledRole(role string) bool {
	return role != "" && 'A' <= role[0] && role[0] <= 'Z'
}

// givenNameOfOther reports whether the one-word surname or nickname
// reading at [i, j) is the given name of someone else because a
// capitalised word that is no actor, no title and no date word follows it
// in running text: "Kerry Kennedy", "Haley Stevens", "Abe Foxman",
// "Trump Jr.". Headlines, where every word is capitalised, keep the
// reading ("Pompeo Warns China").
func (s *sentence) givenNameOfOther(i, j int) bool {
	if j != i+1 || j >= len(s.toks) || s.headline || !s.unknownCapitalised(j) {
		return false
	}
	_, _, _, _, known := s.reg.nameAt(s.toks, j, s.buf)
	return !known // "Lula Xi": two names; "Kerry Kennedy": one
}

// givenNameBefore reports whether the word before the one-word name at i
// is the given name of someone else: a capitalised word that is no actor,
// no title and does not start the sentence ("Ahmed Hassan" is not the
// lexicon's one-word "Hassan").
func (s *sentence) givenNameBefore(i int) bool {
	if i < 2 || s.headline || s.midx[i-1] >= 0 {
		return false
	}
	return s.toks[i-1].low != "and" && s.toks[i-1].low != "the" && s.unknownCapitalised(i-1)
}

// unknownCapitalised reports whether token k is a capitalised word (not
// all capitals) that is no title, agent, preposition, speech verb or date
// word: a word of a name the lexicon does not know.
func (s *sentence) unknownCapitalised(k int) bool {
	n := &s.toks[k]
	if n.kind != tokWord || !n.upper || n.caps || n.is(fNameStop) || n.is(fPrepositions) || n.is(fSpeechVerbs) ||
		dateMonths[n.low] != 0 || dateWeekdays[n.low] != 0 {
		return false
	}
	if _, _, ok := s.reg.agentAt(s.toks, k, s.buf); ok {
		return false // "Trump Administration"
	}
	_, _, ok := s.capitalisedTitle(k)
	return !ok
}
