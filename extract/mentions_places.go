package extract

// placeOfSubjects reports whether every object of a clause is a place
// ("in", "at", "near") in the country of one of its coordinated subjects:
// "Chinese and Indian troops clashed in northeast India" says where the
// two sides met, not whom one of them fought, so the coordinated subjects
// of a symmetric relation relate to each other.
func (s *sentence) placeOfSubjects(subjects, objects []int) bool {
	if len(subjects) < 2 || len(objects) == 0 {
		return false
	}
	for _, o := range objects {
		m := &s.mentions[o]
		if m.kind != mCountry || (m.prep != "in" && m.prep != "at" && m.prep != "near" && m.prep != "inside") {
			return false
		}
		ours := false
		for _, a := range subjects {
			ours = ours || s.mentions[a].actor.Country == m.actor.Country
		}
		if !ours {
			return false
		}
	}
	return true
}

// datelineTarget returns the dateline's mention as the target of an
// attack or a visit that names none, when the sentence opens with a
// dateline of another country than the actors': "KYIV (Reuters) - Russia
// launched a massive drone attack overnight" is an attack on Ukraine (an
// act is coded to the place it happens in), "BEIJING (Reuters) - Putin
// arrived on Tuesday for a state visit" a visit to China. It returns nil
// for other acts, other sentences and actors of the dateline's country.
func (s *sentence) datelineTarget(code string, subjects []int) []int {
	if len(code) < 2 || (code[:2] != "18" && code[:2] != "19" && code[:2] != "20" && code != "042") || len(subjects) == 0 || len(s.mentions) == 0 {
		return nil
	}
	d := &s.mentions[0]
	toks := s.toks
	if d.start != 0 || d.kind != mCountry || d.end >= len(toks) || !toks[0].caps {
		return nil
	}
	switch next := &toks[d.end]; {
	case next.text == ",", next.text == "/", next.kind == tokOpen, next.kind == tokDash:
	default:
		return nil
	}
	for j := 0; j+2 < len(toks); j++ {
		if toks[j].low == "into" && toks[j+1].low == "the" && (toks[j+2].low == "sea" || toks[j+2].low == "waters") {
			return nil // a weapons test fired into the sea hits no one
		}
	}
	for _, a := range subjects {
		if a == 0 || s.mentions[a].actor.Country == "" || s.mentions[a].actor.Country == d.actor.Country {
			return nil
		}
	}
	return []int{0}
}
