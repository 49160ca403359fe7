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
