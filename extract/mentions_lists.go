package extract

// includingLists rewrites "six African countries, including Mali,
// Somalia and Eritrea" as "Mali, Somalia and Eritrea": the countries a
// sentence names are the ones an act reaches ("promised grain to six
// African countries, including Mali ..." codes Mali, Somalia and
// Eritrea), whatever others the group holds.
func (s *sentence) includingLists() {
	toks := s.toks
	for k := 2; k+1 < len(toks); k++ {
		if toks[k].low != "including" || toks[k-1].text != "," || s.midx[k+1] < 0 {
			continue
		}
		m := &s.mentions[s.midx[k+1]]
		if m.start != k+1 || m.actor.Type != TypeCountry && m.kind != mAgent {
			continue
		}
		h := k - 2
		if h < 0 || toks[h].kind != tokWord || !groupOfStates[toks[h].low] {
			continue
		}
		// The group's noun phrase: its head, adjectives ("African",
		// "Gulf"), and a numeral or count word ("six", "several").
		st := h
		for st > 0 && st > h-4 && s.midx[st-1] < 0 && (toks[st-1].kind == tokWord && !toks[st-1].is(fPrepositions) && toks[st-1].low != "the" || toks[st-1].kind == tokNumber || toks[st-1].kind == tokHyphen) {
			st--
		}
		if st >= 2 && toks[st-1].low == "of" && quantityWords[toks[st-2].low] {
			st -= 2 // "dozens of countries"
		}
		if st == h || !countWord(&toks[st]) && toks[st].kind != tokNumber {
			continue // "some countries" is a count; "the countries, including" too vague
		}
		s.splice(st, k+1, nil)
		for j := range s.midx {
			s.midx[j] = -1
		}
		s.finish()
		toks = s.toks
		k = st
	}
}

// groupOfStates are nouns for several states.
var groupOfStates = map[string]bool{
	"countries": true, "nations": true, "states": true, "governments": true, "allies": true,
	"neighbours": true, "neighbors": true, "partners": true, "members": true, "economies": true,
}
