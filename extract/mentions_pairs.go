package extract

// Mentions that stand for a pair of actors: "the two sides", "both
// countries", "the two leaders", and "they" right after "A and B". The
// phrase is rewritten in the sentence's tokens as the coordinated list
// "A and B" it stands for, so that relation coding reads it as it reads a
// written list and codes both directions ("the two sides agreed to ..."
// is "A and B agreed to ...").

// Pair heads and what they stand for.
const (
	pairAny     = iota // "sides": whatever the two actors are
	pairCountry        // "countries", "neighbours": the two actors' countries
	pairPerson         // "leaders", "ministers": two people
)

var pairHeads = map[string]int{
	"sides": pairAny, "parties": pairAny, "delegations": pairAny, "negotiators": pairAny,
	"countries": pairCountry, "nations": pairCountry, "neighbours": pairCountry, "neighbors": pairCountry,
	"governments": pairCountry, "states": pairCountry, "allies": pairCountry, "rivals": pairCountry,
	"adversaries": pairCountry, "foes": pairCountry, "capitals": pairCountry, "powers": pairCountry,
	"leaders": pairPerson, "presidents": pairPerson, "ministers": pairPerson, "men": pairPerson,
	"premiers": pairPerson, "counterparts": pairPerson, "heads": pairPerson,
}

// placePreps govern places, not parties: an actor named after them ("talks
// in Malaysia") is not one of "the two sides".
var placePreps = map[string]bool{
	"in": true, "at": true, "near": true, "inside": true, "outside": true, "within": true,
	"across": true, "through": true, "via": true, "into": true, "during": true, "including": true,
}

// pairAt reads a pair mention at token i: "the two (modifier) sides",
// "both (modifier) countries", or "they" as a subject right after a
// coordinated pair. It rewrites the phrase as "A and B" with its two
// mentions and returns the end of the rewritten phrase, or i.
func (s *sentence) pairAt(i int) int {
	toks := s.toks
	t := &toks[i]
	if t.kind != tokWord {
		return i
	}
	var j int
	switch {
	case t.low == "the" && i+2 < len(toks) && toks[i+1].low == "two":
		j = i + 2
	case t.low == "both" && i+1 < len(toks):
		j = i + 1
	case (t.low == "each" || t.low == "one") && i+1 < len(toks) && (toks[i+1].low == "other" || toks[i+1].low == "another"):
		// "Pakistan and India accused each other": each is the other's
		// object; the self-pairs this makes are dropped with the others.
		l := s.coordinatedList(i)
		if l == nil || (t.low == "each") != (toks[i+1].low == "other") {
			return i
		}
		return s.expandList(i, i+2, l)
	case t.low == "they" && s.subjectPosition(i):
		l := s.coordinatedList(i)
		if l == nil {
			return i
		}
		return s.expandList(i, i+1, l)
	default:
		return i
	}
	if t.low == "the" && bareTwo(toks, j) {
		return s.pairRef(i, j, pairAny) // "the two also discussed"
	}
	// One modifier, maybe hyphenated: "the two warring sides", "the two
	// nuclear-armed neighbours" ("the two Asian neighbours" is capitalised).
	for k := j; k < len(toks) && k < j+4 && (toks[k].kind == tokHyphen || toks[k].kind == tokWord && !toks[k].upper); k++ {
		if _, ok := pairHeads[toks[k].low]; ok && toks[k].kind == tokWord {
			j = k
			break
		}
	}
	if j >= len(toks) || toks[j].kind != tokWord || toks[j].upper && !s.headline {
		return i
	}
	want, ok := pairHeads[toks[j].low]
	if !ok {
		return i
	}
	end := j + 1
	if end < len(toks) && (toks[end].low == "of" || toks[end].kind == tokPoss) {
		return i // "both sides of the border", "the two sides' positions"
	}
	return s.pairRef(i, end, want)
}

// pairRef resolves the pair phrase [i, end) of the wanted kind and
// rewrites it as "A and B"; it returns the end of the rewritten phrase,
// or i when no pair is named.
func (s *sentence) pairRef(i, end, want int) int {
	toks := s.toks
	// As a subject the phrase may take up the subjects before it ("A and
	// B met, and the two sides agreed"); elsewhere it refers to a pair
	// named after "between" or in the previous sentence, not to the
	// subjects of its own clause ("A and B urged both sides").
	subj := s.subjectPosition(i)
	afterBetween := i > 0 && toks[i-1].low == "between"
	var a, b *Actor
	if l := s.pairList(i, subj, afterBetween); len(l) == 2 {
		a, b = s.pairKind(l[0], want), s.pairKind(l[1], want)
	}
	if (a == nil || b == nil) && subj {
		a, b = s.pairCandidates(i, want, subj)
	}
	if a == nil {
		return i
	}
	return s.expandList(i, end, []*Actor{a, b})
}

// pairCandidates returns the last two actors named before token i, in
// this sentence or the previous one, that make a pair of the wanted kind:
// two actors of different countries (or, without countries, different
// actors), not named as places or after "of", and no IGOs (an IGO is a
// side when a list names it: "the EU and China"). Unless subj, of this sentence only those
// named after "between" count. It returns nils when there are not two.
func (s *sentence) pairCandidates(i int, want int, subj bool) (*Actor, *Actor) {
	s.finish() // the prepositions of the mentions so far
	var got [2]*Actor
	n := 0
	take := func(a *Actor) bool {
		switch want {
		case pairPerson:
			if a.Type != TypePerson {
				return false
			}
		case pairCountry:
			if a.Country == "" {
				return false
			}
			if c := s.reg.country(a.Country); c != nil {
				a = c
			}
		}
		if n == 1 && (got[0] == a || a.Country != "" && a.Country == got[0].Country) {
			return false
		}
		got[n] = a
		n++
		return n == 2
	}
	for k := len(s.mentions) - 1; k >= 0; k-- {
		m := &s.mentions[k]
		if m.start >= i || m.pronoun || placePreps[m.prep] || m.prep == "of" || m.actor.Type == TypeIGO || !subj && m.prep != "between" {
			continue
		}
		if take(m.actor) {
			return got[1], got[0]
		}
	}
	for k := len(s.reg.prevActors) - 1; k >= 0; k-- {
		if take(s.reg.prevActors[k]) {
			return got[1], got[0]
		}
	}
	return nil, nil
}

// pairList returns the last list "A and B" before token i that a pair
// phrase can refer to: "between A and B" in the sentence, or its
// subjects when the phrase is a subject (subj) or follows "between"
// itself (afterBetween, which excludes other "between" pairs); else the
// previous sentence's subjects.
func (s *sentence) pairList(i int, subj, afterBetween bool) []*Actor {
	s.finish()
	var found []*Actor
	for k := 0; k < len(s.mentions) && s.mentions[k].start < i; k++ {
		m := &s.mentions[k]
		if m.prep == "between" && afterBetween || m.prep != "between" && !subj && !afterBetween {
			// "a deal between the two countries" takes up the subjects,
			// not another "between" pair.
			continue
		}
		if l, last := s.listAt(k, i); len(l) > 1 {
			found = l
			k = last
		}
	}
	if found != nil {
		return found
	}
	return s.reg.prevList
}

// coordinatedList returns the last coordinated list "A and B", "A, B
// and C" named as a subject before token i in the sentence, else the
// previous sentence's, or nil.
func (s *sentence) coordinatedList(i int) []*Actor {
	s.finish()
	var found []*Actor
	for k := 0; k < len(s.mentions) && s.mentions[k].start < i; k++ {
		if l, last := s.listAt(k, i); len(l) > 1 {
			found = l
			k = last
		}
	}
	if found != nil {
		return found
	}
	if len(s.mentions) == 0 || s.mentions[0].start >= i {
		return s.reg.prevList
	}
	return nil
}

// listAt reads a coordinated list of subjects starting at mention k and
// ending before token i: mentions joined by ",", "and" or ", and", none
// after a preposition, a possessor or a pronoun, of different countries,
// and not itself continuing a list. It returns the actors and the index
// of the last mention.
func (s *sentence) listAt(k, i int) ([]*Actor, int) {
	toks := s.toks
	m := &s.mentions[k]
	if m.start > 0 && (toks[m.start-1].text == "," || toks[m.start-1].low == "and") && k > 0 && s.mentions[k-1].end == m.start-1 {
		return nil, k
	}
	ok := func(m *mention) bool { return m.prep == "" && !m.poss && !m.pronoun && m.end <= i }
	if !ok(m) && !(m.prep == "between" && !m.poss && m.end <= i) {
		return nil, k
	}
	out := []*Actor{m.actor}
	last := k
	for n := k + 1; n < len(s.mentions) && len(out) < 6; n++ {
		prev, next := &s.mentions[n-1], &s.mentions[n]
		j := prev.end
		sep := false
		for j < next.start && (toks[j].text == "," || toks[j].low == "and") {
			sep = true
			j++
		}
		for j < next.start && toks[j].low == "the" {
			j++
		}
		if !sep || j != next.start || !ok(next) {
			break
		}
		for _, a := range out {
			if a == next.actor || a.Country != "" && a.Country == next.actor.Country {
				return nil, n
			}
		}
		out = append(out, next.actor)
		last = n
		if toks[prev.end].low == "and" || toks[prev.end+1].low == "and" {
			break // "A, B and C" ends with its "and"
		}
	}
	if p := s.mentions[last-min(last-k, 1)].end; last > k && toks[p].low != "and" && toks[p+1].low != "and" {
		return nil, last // "A, B": an apposition or a list cut short
	}
	return out, last
}

// notePairs records, for the next sentence, the actors this one named
// outside place phrases and its coordinated subjects.
func (s *sentence) notePairs() {
	r := s.reg
	r.prevActors = r.prevActors[:0]
	r.prevList = nil
	for k := range s.mentions {
		m := &s.mentions[k]
		if m.pronoun || placePreps[m.prep] || m.prep == "of" || m.actor.Type == TypeIGO {
			continue
		}
		r.prevActors = append(r.prevActors, m.actor)
	}
	for k := 0; k < len(s.mentions); k++ {
		if l, last := s.listAt(k, len(s.toks)); len(l) > 1 {
			r.prevList = l
			break
		} else {
			k = last
		}
	}
}

// expandList replaces tokens [i, end) with the list "A, B and C" of the
// actors, adds their mentions (found by coreference), and returns the end
// of the new phrase.
func (s *sentence) expandList(i, end int, as []*Actor) int {
	seps := tokenize(", and", nil)
	if len(seps) != 2 || len(as) < 2 {
		return i
	}
	repl := make([]token, 0, 2*len(as)-1)
	for k, a := range as {
		if k > 0 {
			if k == len(as)-1 {
				repl = append(repl, seps[1])
			} else {
				repl = append(repl, seps[0])
			}
		}
		repl = append(repl, nameToken(a))
	}
	s.splice(i, end, repl)
	for k, a := range as {
		s.add(i+2*k, i+2*k+1, a, kindOf(a), true)
	}
	return i + len(repl)
}

// nameToken is a token that stands for an actor in a rewritten phrase.
func nameToken(a *Actor) token {
	return token{text: a.Name, low: NormalizeName(a.Name), key: NormalizeName(a.Name), kind: tokWord, upper: true}
}

// splice replaces tokens [i, end) of the sentence with repl, keeping the
// mention index, the quotation marks and the mentions already found after
// the span in step. The sentence's tokens become a copy; the caller's
// buffer is left as it was.
func (s *sentence) splice(i, end int, repl []token) {
	d := len(repl) - (end - i)
	n := len(s.toks) + d
	toks := make([]token, 0, n)
	toks = append(toks, s.toks[:i]...)
	toks = append(toks, repl...)
	toks = append(toks, s.toks[end:]...)
	midx := make([]int, 0, n)
	midx = append(midx, s.midx[:i]...)
	inq := make([]bool, 0, n)
	inq = append(inq, s.inQuote[:i]...)
	for range repl {
		midx = append(midx, -1)
		inq = append(inq, s.inQuote[i])
	}
	midx = append(midx, s.midx[end:]...)
	inq = append(inq, s.inQuote[end:]...)
	for k := range s.mentions {
		if m := &s.mentions[k]; m.start >= end {
			m.start += d
			m.end += d
		}
	}
	s.toks, s.midx, s.inQuote = toks, midx, inq
}

// pairKind returns what an actor of an explicit pair is for a pair head:
// its country for "the two countries", itself for "the two sides", and
// nil when a person is wanted and it is none.
func (s *sentence) pairKind(a *Actor, want int) *Actor {
	switch want {
	case pairPerson:
		if a.Type != TypePerson {
			return nil
		}
	case pairCountry:
		if c := s.reg.country(a.Country); c != nil {
			return c
		}
		return nil
	}
	return a
}
