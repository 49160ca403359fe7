package extract

import "strings"

// Attaching subjects and targets across what wire copy puts between them
// and their verb:
//
//   - a parenthetical after the subject, set off by commas: an apposition,
//     a participle, an adjunct of time, place or reason ("Iran's Supreme
//     Leader Ayatollah Ali Khamenei, speaking to a crowd in Tehran on the
//     anniversary of the revolution, denounced Israel"), whose words may
//     hold a clause boundary or a verb of their own that the leftward
//     subject search would stop at (parentheticalHead);
//   - inserts between a verb and its target: a sentence that gave no
//     relation is coded again without them ("sent more than 1,500 tonnes
//     of supplies, including tents and blankets, to Syria":
//     relationsWithoutInserts);
//   - a day between a verb and its complement ("demanded on Tuesday that":
//     timeAdjunctAt);
//   - a target at the end of a long noun phrase ("signed a memorandum on
//     cooperation in the fields of energy and transport with Turkey":
//     farPartner), a passive's agent far from its verb (farAgent), the
//     agent or holder of an act a judgement names (agentAfter,
//     ownPeopleTarget, judgedParties), a place named by a demonym
//     (demonymPlace), a delegation's country (delegationAt);
//   - words that read as verbs but describe an actor ("a delegation led by
//     …": reducedRelative; "Houthi forces in Yemen": pluralAfterActor).

// parentheticalOpeners are the words that may open a parenthetical after
// a subject, besides prepositions, participles and determiners.
var parentheticalOpeners = wordSet("after", "since", "before", "while", "whilst", "when", "once",
	"already", "still", "now", "long", "fresh", "itself", "themselves", "however", "meanwhile",
	"too", "also", "though", "although", "along", "together", "as", "unlike", "like", "having",
	"which", "who", "whose", "home", "one", "both", "all", "alone", "then", "in", "on", "at",
	"late", "early", "earlier", "later", "last", "this", "until", "amid", "despite", "during",
	"following", "under", "with", "without", "for", "from", "by", "through", "ahead", "just",
	"traditionally", "historically", "currently", "newly", "previously", "formerly", "officially")

// appositionDeterminers open an apposition: "Hungary, the bloc's most
// Kremlin-friendly member, blocked …".
var appositionDeterminers = wordSet("a", "an", "the", "its", "his", "her", "their", "another", "itself")

// timeAdjunctWords may stand between a subject and the comma of the
// parenthetical after it: "Brazil late on Friday, in a move that …".
var timeAdjunctWords = wordSet("on", "in", "at", "late", "early", "earlier", "later", "this", "last",
	"week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "today",
	"yesterday", "tonight", "overnight", "also", "however", "meanwhile", "too", "again", "itself",
	"alone", "first", "then", "now", "separately", "the", "same", "day", "next")

// parentheticalHead returns the subject of a verb that follows the comma
// at j when that comma closes a parenthetical opened right after an actor
// mention that starts its clause: the mention, else -1. Between the
// mention and the opening comma only words of time may stand; the
// parenthetical opens with a preposition, a participle, a relative
// pronoun, a determiner of an apposition or an adverb of time, and holds
// no quotation, no speech verb and no end of a sentence part.
func (s *sentence) parentheticalHead(j int, usedObj map[int]bool) int {
	toks := s.toks
	if j < 3 || toks[j].text != "," {
		return -1
	}
	for p := j - 1; p >= 1 && p >= j-28; p-- {
		t := &toks[p]
		if t.kind == tokQuote || t.kind == tokPunct && t.text != "," || t.kind == tokDash || t.is(fSpeechVerbs) {
			return -1
		}
		if t.text != "," || p+1 >= j || !parentheticalOpener(&toks[p+1]) || s.midx[p+1] >= 0 {
			continue
		}
		if h := s.headBefore(p, j, usedObj); h >= 0 {
			return h
		}
	}
	return -1
}

// parentheticalOpener reports whether t may open a parenthetical after a
// subject: "speaking to a crowd", "accompanied by", "on his first trip",
// "the region's largest economy", "which has long…", "since taking office".
func parentheticalOpener(t *token) bool {
	if t.kind != tokWord || t.upper && !appositionDeterminers[t.low] {
		return false
	}
	if t.is(fPrepositions) || parentheticalOpeners[t.low] || appositionDeterminers[t.low] {
		return true
	}
	return len(t.low) > 4 && (strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed"))
}

// headBefore returns the mention that ends right before the comma at p,
// past words of time ("Brazil late on Friday,"), when it is governed by no
// preposition, is the object of no earlier verb (but of a passive inside
// the parenthetical: "Israel, backed by the United States, struck …") and
// starts its clause; else -1.
func (s *sentence) headBefore(p, end int, usedObj map[int]bool) int {
	toks := s.toks
	q := p - 1
	for n := 0; q >= 0 && n < 5 && s.midx[q] < 0; q, n = q-1, n+1 {
		t := &toks[q]
		if !(timeAdjunctWords[t.low] || isWeekday(t.low) || dateMonths[t.low] > 0 || t.kind == tokNumber) {
			return -1
		}
	}
	if q < 0 || s.midx[q] < 0 {
		return -1
	}
	h := s.midx[q]
	me := &s.mentions[h]
	if me.prep != "" || me.pronoun || me.poss || usedObj[h] && !s.passiveWithin(h, p, end) || me.end != q+1 {
		return -1
	}
	st := s.mentions[s.coordLeft(h)[0]].start
	for st > 0 && toks[st-1].low == "the" {
		st--
	}
	if st == 0 {
		return h
	}
	b := &toks[st-1]
	if b.kind == tokPunct || b.kind == tokDash || b.kind == tokQuote || b.is(fBoundaryWords) || b.low == "and" || b.low == "meanwhile" || b.low == "separately" {
		if b.text == "," && st >= 2 && s.clauseBefore(st-1) {
			return -1 // "Egypt hosted Jordan, Qatar, citing …,": a second object
		}
		return h
	}
	return -1
}

// clauseBefore reports whether the comma at i follows the object of a
// verb of the vocabulary: the mention after the comma may be a second
// object ("hosted Jordan, Qatar, …") rather than a subject.
func (s *sentence) clauseBefore(i int) bool {
	p := i - 1
	if p < 0 {
		return false
	}
	if mi := s.midx[p]; mi >= 0 {
		return s.objectOfVerb(mi)
	}
	return false
}

// passiveWithin reports whether a clause between tokens p and end took
// mention h, to its left, as its object: a passive participle of the
// parenthetical after h.
func (s *sentence) passiveWithin(h, p, end int) bool {
	for o := range s.cls {
		c := &s.cls[o]
		if c.m.start <= p || c.m.start >= end {
			continue
		}
		for _, b := range c.objects {
			if b == h {
				return true
			}
		}
	}
	return false
}

// insertOpeners may open an inserted phrase between a verb and what it
// governs, besides the openers of a parenthetical after a subject:
// "sent 1,500 tonnes of supplies, including tents and blankets, to Syria",
// "signed, on the sidelines of the summit, a defence pact with".
var insertOpeners = wordSet("including", "mostly", "mainly", "chiefly", "largely", "part",
	"according", "reportedly", "apparently", "officials", "each", "worth", "valued", "totalling",
	"totaling", "some", "about", "around", "nearly", "almost", "roughly", "more", "less", "over",
	"up", "plus", "again", "instead", "reports", "diplomats", "sources")

// insertAfter are words that, right after the closing comma, show that the
// comma ends a clause rather than an insert.
var insertAfter = wordSet("and", "but", "or", "nor", "while", "whereas", "which", "who", "whose",
	"as", "so", "yet", "then", "that", "where", "when", "although", "though", "because", "if")

// inserts returns the comma-delimited inserts of the sentence, each as
// the token range [open, close] of its two commas: a parenthetical after a
// subject or an apposition, a participle, an adjunct of time, place or
// manner, an example list ("including …") or an attribution ("according
// to …") that stands between a word and the rest of its clause. None holds
// a quotation, a speech verb or the end of a sentence part, and none is
// followed by a conjunction or a relative pronoun.
func (s *sentence) inserts() [][2]int {
	toks := s.toks
	var out [][2]int
	for p := 1; p < len(toks)-3; p++ {
		if toks[p].text != "," || toks[p-1].kind != tokWord && toks[p-1].kind != tokNumber && toks[p-1].kind != tokPoss {
			continue
		}
		o := &toks[p+1]
		if s.midx[p+1] >= 0 || o.kind != tokWord || o.upper && !appositionDeterminers[o.low] || !(parentheticalOpener(o) || insertOpeners[o.low]) {
			continue
		}
		for e := p + 2; e < len(toks) && e <= p+22; e++ {
			t := &toks[e]
			if t.kind == tokQuote || t.kind == tokDash || t.kind == tokOpen || t.kind == tokClose || t.kind == tokPunct && t.text != "," || t.is(fSpeechVerbs) {
				break
			}
			if t.text != "," {
				continue
			}
			if e+1 >= len(toks) || toks[e+1].kind != tokWord && toks[e+1].kind != tokNumber || insertAfter[toks[e+1].low] {
				break
			}
			out = append(out, [2]int{p, e})
			p = e - 1
			break
		}
	}
	return out
}

// relationsWithoutInserts codes a sentence whose clause analysis found no
// relation again with its inserts left out, the way a reader skips an
// aside to join a verb to its subject and object ("Turkey sent more than
// 1,500 tonnes of humanitarian supplies, including tents and blankets, to
// Syria"). Mentions inside an insert are dropped with it; positions of
// the events found are those of the full sentence.
func (x *Extractor) relationsWithoutInserts(s *sentence, out []event) []event {
	if s.headline || len(s.mentions) < 2 {
		return out
	}
	ins := s.inserts()
	if len(ins) == 0 {
		return out
	}
	toks := s.toks
	keep := make([]int, 0, len(toks)) // reduced index → full index
	k := 0
	for i := range toks {
		if k < len(ins) && i > ins[k][1] {
			k++
		}
		if k < len(ins) && i >= ins[k][0] && i <= ins[k][1] {
			continue
		}
		keep = append(keep, i)
	}
	r := &sentence{reg: s.reg, buf: s.buf, headline: s.headline}
	r.toks = make([]token, len(keep))
	r.midx = make([]int, len(keep))
	r.inQuote = make([]bool, len(keep))
	back := make([]int, len(toks)) // full index → reduced index, -1 when left out
	for i := range back {
		back[i] = -1
	}
	for j, i := range keep {
		r.toks[j] = toks[i]
		r.inQuote[j] = s.inQuote[i]
		r.midx[j] = -1
		back[i] = j
	}
	countries := map[string]bool{}
	for _, m := range s.mentions {
		a, b := back[m.start], back[m.end-1]
		if a < 0 || b < 0 || b-a != m.end-1-m.start {
			continue
		}
		m.start, m.end = a, b+1
		r.mentions = append(r.mentions, m)
		if m.actor != nil && m.actor.Country != "" {
			countries[m.actor.Country] = true
		}
	}
	if len(countries) < 2 {
		return out
	}
	r.finish()
	first := len(out)
	out = x.relationsOf(r, out)
	for i := first; i < len(out); i++ {
		if p := out[i].pos; p >= 0 && p < len(keep) {
			out[i].pos = keep[p]
		}
		out[i].conf *= 0.9
	}
	return out
}

// trailingParticiple reports whether match m is a participle in -ing right
// after a comma: "…, targeting banks and energy firms", whose subject is
// borrowed from the clause before.
func trailingParticiple(toks []token, m vmatch) bool {
	return m.entry.form == formIng && m.start > 0 && toks[m.start-1].text == ","
}

// moreThan reports whether token j is the "than" of "more than", "less
// than", "fewer than" before a quantity, which ends no clause.
func moreThan(toks []token, j int) bool {
	if toks[j].low != "than" || j == 0 {
		return false
	}
	w := toks[j-1].low
	return w == "more" || w == "less" || w == "fewer" || w == "greater" || w == "higher"
}

// timeAdjunctAt reports whether token i is part of a day named between a
// verb and its complement: "demanded on Tuesday that", "signed late on
// Friday a deal with", "spoke on Wednesday evening with". The phrase
// matcher and the object search step over it as over a modifier.
func timeAdjunctAt(toks []token, i int) bool {
	t := &toks[i]
	if isWeekday(t.low) && t.upper {
		return true
	}
	if i > 0 && toks[i-1].low == "on" && dateMonths[t.low] > 0 && t.upper {
		return true // "on March 3"
	}
	if t.kind == tokNumber && i > 1 && dateMonths[toks[i-1].low] > 0 && toks[i-2].low == "on" {
		return true
	}
	switch t.low {
	case "on":
		return i+1 < len(toks) && (isWeekday(toks[i+1].low) || dateMonths[toks[i+1].low] > 0) && toks[i+1].upper
	case "late", "early":
		return i+2 < len(toks) && toks[i+1].low == "on" && isWeekday(toks[i+2].low) && toks[i+2].upper
	case "morning", "afternoon", "evening", "night":
		return i > 0 && isWeekday(toks[i-1].low)
	}
	return false
}

// demonymPlace returns a mention of the country whose demonym qualifies
// a place after the preposition at j ("in the Ukrainian city of
// Kremenchuk", "across the Lebanese border"), added for the purpose;
// -1 when the words are no such place.
func (s *sentence) demonymPlace(j int) int {
	toks := s.toks
	k := j + 1
	if k < len(toks) && (toks[k].low == "the" || toks[k].low == "a") {
		k++
	}
	if k >= len(toks) || s.midx[k] >= 0 || !toks[k].upper || toks[k].kind != tokWord {
		return -1
	}
	e, _, kind, nk, ok := s.reg.nameAt(toks, k, s.buf)
	if !ok || kind != mCountry || nk != KindDemonym {
		return -1
	}
	for h := e; h < len(toks) && h <= e+2; h++ {
		if placeHeads[toks[h].low] || toks[h].low == "border" || toks[h].low == "territory" || toks[h].low == "waters" || toks[h].low == "airspace" {
			return s.demonymTarget(k)
		}
		if toks[h].kind != tokWord || toks[h].upper {
			break
		}
	}
	return -1
}

// reducedRelative reports whether match m is a one-word participle right
// after an actor and before "by": "a Chinese delegation led by Vice
// Premier He Lifeng", "Houthi rebels backed by Iran". The actor is its
// patient and the subject of the verb that follows.
func (s *sentence) reducedRelative(m vmatch) bool {
	toks := s.toks
	if f := m.entry.form; f != formPart && f != formBoth || m.end-m.start != 1 || m.start == 0 || m.end >= len(toks) || toks[m.end].low != "by" {
		return false
	}
	mi := s.midx[m.start-1]
	return mi >= 0 && !s.mentions[mi].pronoun && s.mentions[mi].prep == "" // not "talks in Doha mediated by Qatar"
}

// pluralPreps follow a plural noun rather than a verb in -s: "Houthi
// forces in Yemen", "Hezbollah attacks on northern Israel".
var pluralPreps = wordSet("in", "on", "at", "near", "from", "of", "across", "inside", "along", "around", "off")

// pluralAfterActor reports whether match m is a one-word -s form right
// after an actor that names no possessor and no preposition governs, and
// right before a preposition
// of place or a full stop: a plural noun the actor qualifies ("Houthi
// forces in Yemen attacked …"), not a verb.
func (s *sentence) pluralAfterActor(m vmatch) bool {
	toks := s.toks
	if m.entry.form != formS || m.end-m.start != 1 || m.start == 0 || m.end >= len(toks) {
		return false
	}
	mi := s.midx[m.start-1]
	if mi < 0 || s.mentions[mi].pronoun || s.mentions[mi].poss || s.mentions[mi].prep != "" {
		return false
	}
	n := &toks[m.end]
	return n.kind == tokWord && pluralPreps[n.low] || n.kind == tokPunct
}

// conditionBefore reports whether a condition opens right before the
// subject starting at st: "If China, as many analysts expect, blockades
// Taiwan" tells no blockade, however far the verb.
func conditionBefore(toks []token, st int) bool {
	for j := max(0, st-3); j < st; j++ {
		if w := toks[j].low; w == "if" || w == "unless" || w == "whether" {
			return true
		}
	}
	return false
}

// judgedParties returns the parties of the act a verb of judgement judges
// when the act is named with "between" and the verb found no target of
// its own: "criticised the defence pact between Japan and the
// Philippines", "condemned the deal between Israel and the United Arab
// Emirates". A welcome is left alone: welcoming an agreement between
// others is no relation with either.
func (s *sentence) judgedParties(m vmatch, code string) []int {
	toks := s.toks
	if !judgesAct(code) && !strings.HasPrefix(code, "14") {
		return nil
	}
	j := m.end
	for n := 0; j < len(toks) && n < 6 && toks[j].low != "between"; j, n = j+1, n+1 {
		t := &toks[j]
		if s.midx[j] >= 0 || t.kind != tokWord && t.kind != tokHyphen || t.is(fBoundaryWords) || t.is(fPrepositions) || t.low == "that" || t.low == "and" {
			return nil
		}
	}
	if j >= len(toks) || toks[j].low != "between" || j == m.end {
		return nil
	}
	if b := s.between(j); len(b) > 1 {
		return b
	}
	return nil
}

// ownPeopleTarget returns, for a judgement or a protest whose target is
// the subject's own country ("condemned the detention of an American
// journalist in Russia", "protested the arrest of two Canadians by
// China"), the country that holds or acts on them, named after "in" or
// "by" in the same noun phrase ("in" only for a noun of custody); else
// objects unchanged.
func (s *sentence) ownPeopleTarget(code string, subjects, objects []int) []int {
	if len(subjects) == 0 || len(objects) == 0 || !judgesAct(code) && !strings.HasPrefix(code, "14") {
		return objects
	}
	c := s.mentions[subjects[0]].actor.Country
	for _, o := range objects {
		if a := s.mentions[o].actor; c == "" || a == nil || a.Country != c {
			return objects
		}
	}
	toks := s.toks
	held := false // "the detention of … in Russia": the place holds them; "the killing of … in Iraq" names no killer
	for j := max(0, s.mentions[objects[0]].start-6); j < s.mentions[objects[0]].start; j++ {
		held = held || custodyNouns[toks[j].low]
	}
	last := s.mentions[objects[len(objects)-1]].end
	for j := last; j < len(toks) && j < last+8; j++ {
		if mi := s.midx[j]; mi >= 0 {
			me := &s.mentions[mi]
			if (me.prep == "in" && held || me.prep == "by") && !me.pronoun && me.actor != nil && me.actor.Country != c && me.actor.Country != "" {
				return s.coordRight(mi)
			}
			return objects
		}
		if t := &toks[j]; t.kind == tokPunct || t.kind == tokQuote || t.is(fBoundaryWords) || t.low == "that" || t.low == "which" || t.low == "who" {
			break
		}
	}
	return objects
}

// delegationNouns name the people a country sends: "met a delegation
// from Qatar", "talks with officials of the Iranian government".
var delegationNouns = wordSet("delegation", "delegations", "officials", "envoys", "envoy", "representatives",
	"team", "negotiators", "diplomats", "ministers", "lawmakers", "leaders", "emissary", "emissaries")

// delegationAt returns the country of a delegation that starts at k,
// past an article and modifiers ("a visiting high-level delegation from
// Iran"): the mention after "from" or "of", with those coordinated with
// it; else nil.
func (s *sentence) delegationAt(k int) []int {
	toks := s.toks
	for n := 0; k < len(toks) && n < 5; k, n = k+1, n+1 {
		t := &toks[k]
		if delegationNouns[t.low] {
			if k+2 < len(toks) && (toks[k+1].low == "from" || toks[k+1].low == "of") {
				j := k + 2
				for j < len(toks) && toks[j].low == "the" && s.midx[j] < 0 {
					j++
				}
				if j < len(toks) && s.midx[j] >= 0 && s.mentions[s.midx[j]].start == j && !s.mentions[s.midx[j]].pronoun {
					return s.coordRight(s.midx[j])
				}
			}
			return nil
		}
		if s.midx[k] >= 0 || t.kind != tokWord && t.kind != tokHyphen || t.upper {
			return nil
		}
	}
	return nil
}

// custodyNouns name what a state does to people it holds.
var custodyNouns = wordSet("detention", "arrest", "arrests", "imprisonment", "jailing", "sentencing",
	"sentence", "trial", "execution", "executions", "deportation", "expulsion", "detentions",
	"abduction", "kidnapping", "harassment", "mistreatment", "treatment", "conviction", "hanging")

// partnerNouns own the partner named after them: "the war with Russia",
// "ties with China", "the border with Belarus".
var partnerNouns = wordSet("war", "wars", "conflict", "conflicts", "fighting", "tensions", "dispute",
	"disputes", "border", "borders", "relations", "ties", "rift", "feud", "standoff", "clashes",
	"rivalry", "row", "frontier", "talks", "negotiations", "deal", "ceasefire", "truce", "trade")

// farPartner returns the partner or recipient of an act of cooperation
// named at the end of a long noun phrase, past what the act concerns:
// "signed a memorandum of understanding on cooperation in the fields of
// energy, transport and infrastructure with Turkey", "announced a new
// package of military aid worth 1.4 billion euros for Ukraine". Agreements
// and consultations take "with", aid and pledges "to" or "for". It stops
// at the end of the clause (a boundary word, a relative pronoun, a
// quotation, a comma that ends no list, another verb) and at an actor
// governed otherwise than by a preposition of place; nil when none.
func (s *sentence) farPartner(m vmatch, code string) []int {
	if len(code) < 2 || code[0] != '0' || code[1] < '3' || code[1] > '7' || s.headline {
		return nil
	}
	want := map[string]bool{"with": code[1] != '7', "to": code[1] == '3' || code[1] >= '5', "for": code[1] == '3' || code[1] >= '6'}
	toks := s.toks
	for j := m.end; j < len(toks) && j < m.end+25; j++ {
		t := &toks[j]
		if mi := s.midx[j]; mi >= 0 {
			me := &s.mentions[mi]
			switch {
			case me.pronoun && me.poss:
				j = me.end - 1
				continue
			case me.pronoun:
				return nil
			case want[me.prep] && j > m.end:
				if p := me.start - 1; p > 0 && partnerNouns[toks[p-1].low] && toks[p].low == me.prep {
					return nil // "aid to refugees of the war with Russia"
				}
				return s.coordRight(mi)
			case me.prep == "in" || me.prep == "at" || me.prep == "near":
				j = me.end - 1
				continue
			}
			return nil
		}
		switch {
		case t.kind == tokQuote || t.kind == tokDash || t.kind == tokOpen || t.kind == tokPunct && t.text != ",":
			return nil
		case t.text == ",":
			if !listComma(toks, j) {
				return nil
			}
		case t.kind == tokWord && (t.is(fBoundaryWords) || t.is(fSpeechVerbs) || t.low == "that" || t.low == "which" || t.low == "who" || t.low == "whose" || t.low == "where"):
			return nil
		}
		if o := s.owner[j]; o >= 0 && o < len(s.cls) && s.cls[o].m.start != m.start && !readsAsNoun(toks, s.cls[o].m) {
			return nil
		}
	}
	return nil
}

// listComma reports whether the comma at j separates the items of a list
// that "and" or "or" closes within four words: "energy, transport and
// infrastructure".
func listComma(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j+1].kind != tokWord || toks[j+1].upper {
		return false
	}
	for k := j + 2; k < len(toks) && k <= j+4; k++ {
		if toks[k].low == "and" || toks[k].low == "or" {
			return true
		}
		if toks[k].kind != tokWord {
			return false
		}
	}
	return false
}

// readsAsNoun reports whether a vocabulary match reads as a noun where
// it stands: a nominal phrase, a word after an article or a possessive
// ("the construction of"), a base or -s form after a preposition ("by
// phone", "for talks").
func readsAsNoun(toks []token, m vmatch) bool {
	f := m.entry.form
	if f == formNoun {
		return true
	}
	if m.start == 0 {
		return false
	}
	p := &toks[m.start-1]
	return p.low == "a" || p.low == "an" || p.low == "the" || p.low == "its" || p.low == "their" || p.kind == tokPoss ||
		(f == formBase || f == formS) && p.is(fPrepositions) && p.low != "to"
}

// farAgent returns the agent of a passive named after "by" past what
// stands between ("was condemned on Monday in a strongly worded joint
// statement by Britain, France and Germany"), within 15 words of the
// verb and its clause: past places and dates, not past another verb, a
// clause boundary or punctuation. A summons with no agent is the act of
// the country where it took place ("was summoned to the foreign ministry
// in Berlin"). It returns nil when there is none.
func (s *sentence) farAgent(m vmatch, code string) []int {
	toks := s.toks
	summons := code == "114" && strings.HasPrefix(toks[m.start].low, "summon")
	var place []int
	for j := m.end; j < len(toks) && j < m.end+15; j++ {
		t := &toks[j]
		if mi := s.midx[j]; mi >= 0 {
			me := &s.mentions[mi]
			if me.prep == "" || me.pronoun {
				break
			}
			if summons && place == nil && me.prep == "in" && me.actor != nil && me.actor.Country != "" {
				place = []int{mi}
			}
			j = me.end - 1
			continue
		}
		if t.low == "by" {
			if a := s.agentAfter(j); len(a) > 0 {
				return a
			}
			break
		}
		if t.kind == tokPunct || t.kind == tokQuote || t.kind == tokDash || t.is(fBoundaryWords) || t.is(fSpeechVerbs) || t.low == "that" || t.low == "which" || t.low == "who" || t.low == "and" {
			break
		}
		if o := s.owner[j]; o >= 0 && o < len(s.cls) && s.cls[o].m.start != m.start && s.cls[o].m.entry.form != formNoun {
			break
		}
	}
	return place
}
