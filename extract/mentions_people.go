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
