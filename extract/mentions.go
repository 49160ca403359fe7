package extract

import "strings"

// sentence is the working state of one sentence.
type sentence struct {
	toks     []token
	mentions []mention
	midx     []int  // token → index into mentions, -1 when none
	inQuote  []bool // token inside quotation marks
	headline bool   // most words capitalised, as in a headline
	mask     []bool // scratch for relationsOf
	owner    []int
	cls      []clause
	reg      *registry
	buf      []byte
	corefing bool // mentions being added are found by coreference
}

// prepositions that can govern an actor mention.
var prepositions = map[string]bool{
	"with": true, "to": true, "on": true, "against": true, "in": true, "at": true, "for": true,
	"from": true, "by": true, "of": true, "into": true, "over": true, "toward": true, "towards": true,
	"near": true, "between": true, "among": true, "upon": true, "across": true, "inside": true,
	"outside": true, "through": true, "about": true, "like": true, "including": true, "than": true,
	"under": true, "beyond": true, "within": true, "via": true, "amid": true, "during": true,
	"following": true, "regarding": true, "concerning": true, "according": true, "excluding": true,
	"despite": true, "off": true,
}

// findMentions resolves the actor mentions of the sentence, left to right,
// updating the coreference state of the registry as it goes.
func (s *sentence) findMentions() {
	toks := s.toks
	n := len(toks)
	s.mentions = s.mentions[:0]
	if cap(s.midx) < n {
		s.midx = make([]int, n)
		s.inQuote = make([]bool, n)
	}
	s.midx = s.midx[:n]
	s.inQuote = s.inQuote[:n]
	q := false
	for i := range toks {
		s.midx[i] = -1
		t := &toks[i]
		if t.kind == tokQuote {
			switch t.text {
			case "“", "«", "‘":
				q = true
			case "”", "»":
				q = false
			case "\"":
				q = !q
			case "’", "'":
				// A closing single quote only when one is open.
				if q && (i+1 == n || toks[i+1].kind != tokWord) {
					q = false
				}
			}
			continue
		}
		s.inQuote[i] = q
	}
	s.headline = titleCased(toks)
	s.acronymDefinitions()
	for i := 0; i < len(s.toks); {
		if s.midx[i] >= 0 {
			i = s.mentions[s.midx[i]].end
			continue
		}
		if end := s.pairAt(i); end > i {
			i = end // "the two sides": rewritten as "A and B"
			continue
		}
		if end := s.mentionAt(i); end > i {
			i = end
			continue
		}
		i++
	}
	s.finish()
	s.includingLists() // "six African countries, including Mali, ...": the named ones
	if s.generalAgents() || s.domesticAgents() {
		s.finish()
	}
	s.noteDateline()
	s.personCountries()
	s.noteReferents()
	s.notePairs()
	s.reg.nsent++
	// The sentence's topic: its first person named outside a prepositional phrase.
	for k := range s.mentions {
		if m := &s.mentions[k]; m.kind == mPerson && m.prep == "" {
			s.reg.topic = m.actor
			break
		}
	}
}

// finish sorts the mentions, indexes their tokens, and notes which are
// possessive and which preposition governs each ("in Paris and Berlin":
// both).
func (s *sentence) finish() {
	toks := s.toks
	n := len(toks)
	ms := s.mentions
	for a := 1; a < len(ms); a++ {
		for b := a; b > 0 && ms[b].start < ms[b-1].start; b-- {
			ms[b], ms[b-1] = ms[b-1], ms[b]
		}
	}
	for k := range ms {
		m := &ms[k]
		for j := m.start; j < m.end; j++ {
			s.midx[j] = k
		}
		if m.end < n && toks[m.end].kind == tokPoss {
			m.poss = true
		}
		if m.pronoun && m.end-m.start == 1 {
			switch toks[m.start].low {
			case "his", "its", "their", "our", "my":
				m.poss = true
			case "her":
				m.poss = m.end < n && toks[m.end].kind == tokWord && !toks[m.end].is(fPrepositions)
			}
		}
		m.prep = ""
		p := m.start - 1
		for p >= 0 && (toks[p].low == "the" || toks[p].low == "both" || toks[p].is(fRegionAdjectives) || countWord(&toks[p]) ||
			(toks[p].low == "and" && p > 0 && toks[p-1].is(fRegionAdjectives))) { // "across southern and eastern Lebanon"
			p--
		}
		p = skipCompoundModifier(toks, p) // "to quake-hit Syria"
		if p >= 0 && toks[p].kind == tokWord && toks[p].is(fPrepositions) {
			m.prep = toks[p].low
			if m.prep == "of" && p > 0 && toks[p-1].is(fQuantityWords) {
				m.prep = "" // "thousands of Pakistanis"
			}
			if m.prep == "than" && quantityThan(toks, p) {
				m.prep = "" // "more than 100 Palestinians"
			}
			if m.prep == "of" && p > 0 && placeHeads[toks[p-1].low] {
				m.prep = "in" // "the city of Kherson" is a place
			}
			if (m.prep == "of" || m.prep == "from" || m.prep == "for") && p > 0 && toks[p-1].kind == tokWord {
				// "officials from Armenia", "the leaders of France", "a
				// spokesperson for the German foreign office": they act.
				if e, ae, ok := s.reg.agentAt(toks, p-1, s.buf); ok && e == p && ae.Type != TypeOrganisation && ae.Type != "" &&
					(m.prep != "for" || personTitle(ae)) {
					m.prep = ""
				}
			}
		} else if k > 0 && p >= 1 && (toks[p].low == "and" || toks[p].low == "or") && ms[k-1].end == p && ms[k-1].prep != "" && ms[k-1].prep != "between" {
			m.prep = ms[k-1].prep // "in Paris and Berlin"
		}
	}
}

var regionAdjectives = map[string]bool{"southern": true, "northern": true, "eastern": true, "western": true, "central": true, "neighbouring": true, "neighboring": true, "occupied": true, "north": true, "south": true, "east": true, "west": true,
	"northwest": true, "northeast": true, "southwest": true, "southeast": true, "northwestern": true,
	"northeastern": true, "southwestern": true, "southeastern": true}

// countWords are articles and numerals that may stand between a
// preposition and the mention it governs: "strikes on three Iranian
// nuclear sites", "fired at a Philippine ship".
var countWords = map[string]bool{
	"a": true, "an": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "several": true, "some": true, "many": true,
	"dozens": true, "hundreds": true, "thousands": true, "more": true,
}

// countWord reports whether a token is a numeral or a count word.
func countWord(t *token) bool {
	return t.kind == tokNumber || (t.kind == tokWord && countWords[t.low])
}

var quantityWords = map[string]bool{"thousands": true, "hundreds": true, "dozens": true, "millions": true, "scores": true, "tens": true}

// generalAgents reads agent words with no country of their own ("police",
// "security forces", "protesters") as the agents of the country the
// sentence takes place in: the place of a dateline ("CAIRO, May 3 -") or
// the one place the sentence names after "in". Without one they are no
// actors.
func (s *sentence) generalAgents() bool {
	toks := s.toks
	var place *Actor
	for k := range s.mentions {
		m := &s.mentions[k]
		if m.actor.Type != TypeCountry {
			continue
		}
		dateline := m.start == 0 && m.end < len(toks) && toks[m.end].text == ","
		if dateline || m.prep == "in" {
			if place != nil && place != m.actor {
				return false // two places: no guess
			}
			place = m.actor
		}
	}
	if place == nil {
		return false
	}
	added := false
	for i := 0; i < len(toks); i++ {
		if s.midx[i] >= 0 || toks[i].kind != tokWord {
			continue
		}
		if i > 0 && (toks[i-1].kind == tokPoss || s.midx[i-1] >= 0 || toks[i-1].low == "its" || toks[i-1].low == "their" || toks[i-1].low == "his" || toks[i-1].low == "her") {
			continue
		}
		end, ae, ok := s.reg.agentAt(toks, i, s.buf)
		if !ok || (ae.Type != TypeGovernment && ae.Type != TypeMilitary && ae.Type != TypeGroup) {
			continue
		}
		if end < len(toks) && (toks[end].low == "of" || toks[end].low == "from") {
			continue // "police of Egypt": the country follows
		}
		if (i > 0 && jointWords[toks[i-1].low]) || (end < len(toks) && actNouns[toks[end].low]) || (i > 1 && toks[i-2].kind == tokHyphen && notActing[toks[i-1].low]) {
			continue // "a joint naval patrol", "military drills": a modifier, no agent; "a U.N.-backed mission": another's
		}
		s.add(i, end, s.reg.agentFor(place, ae), mAgent, true)
		added = true
		i = end - 1
	}
	return added
}

// noteDateline records the country of the article's dateline: a place
// at the very start of one of its first two sentences (the headline may
// come first), in capitals or followed by "(Reuters)", then a comma, a
// bracket or a dash: "MOSCOW, July 8 (Reuters) -", "Beijing (AP) —".
func (s *sentence) noteDateline() {
	if s.reg.dateline != nil || s.reg.nsent > 1 || len(s.mentions) == 0 {
		return
	}
	m := &s.mentions[0]
	toks := s.toks
	if m.start != 0 || m.kind != mCountry || m.end >= len(toks) {
		return
	}
	next := &toks[m.end]
	switch {
	case next.kind == tokOpen, next.kind == tokDash:
	case next.text == "," || next.text == "/":
		if !toks[m.start].caps {
			return
		}
	default:
		return
	}
	s.reg.dateline = s.reg.country(m.actor.Country)
}

// personCountries gives a country to the people of the sentence that a
// title named without one and that no lexicon knows ("Foreign Minister
// Jane Doe"). In order of evidence:
//
//   - an apposition naming the country: "Jane Doe, Australia's foreign
//     minister, said";
//   - the country that is the subject of their reported speech: "Foreign
//     Minister Jane Doe said Australia would ...";
//   - the country of the article's dateline: the minister of a wire story
//     datelined CANBERRA is Australia's unless said otherwise.
//
// The person keeps that country for the rest of the article.
func (s *sentence) personCountries() {
	for k := range s.mentions {
		m := &s.mentions[k]
		p := m.actor
		if m.kind != mPerson || m.coref || p.Country != "" || p.Role == "" {
			continue
		}
		if _, known := s.reg.lex.Actor(p.ID); known {
			continue // an official of an IGO, or a person the lexicon leaves without a country
		}
		if c := s.appositionCountry(k); c != "" {
			p.Country = c
			continue
		}
		if c := s.speechCountry(k); c != "" {
			p.Country = c
			continue
		}
		if s.reg.dateline != nil {
			p.Country = s.reg.dateline.Country
		}
	}
}

// appositionCountry reads ", Australia's foreign minister," after the
// mention k and returns the country's code.
func (s *sentence) appositionCountry(k int) string {
	toks := s.toks
	m := &s.mentions[k]
	if m.end+1 >= len(toks) || toks[m.end].text != "," || k+1 >= len(s.mentions) {
		return ""
	}
	n := &s.mentions[k+1]
	j := m.end + 1
	if toks[j].low == "the" {
		j++
	}
	if n.start != j || n.actor.Country == "" || (n.kind != mCountry && n.kind != mAgent) {
		return ""
	}
	// The country must qualify a title: "Australia's foreign minister",
	// "the Philippine foreign secretary".
	if n.kind == mAgent {
		return n.actor.Country
	}
	e := n.end
	if e < len(toks) && toks[e].kind == tokPoss {
		e++
	}
	if _, ae, ok := s.titles(e); ok && personTitle(ae) {
		return n.actor.Country
	}
	return ""
}

// speechCountry reads "said (on Monday) (that) Australia ..." after the
// mention k: a verb of speech within three words, then a country (or an
// agent of one) as the subject of the reported clause.
func (s *sentence) speechCountry(k int) string {
	toks := s.toks
	m := &s.mentions[k]
	for j := m.end; j < len(toks) && j < m.end+4; j++ {
		if toks[j].kind != tokWord || !toks[j].is(fSpeechVerbs) {
			continue
		}
		j++
		if j < len(toks) && toks[j].low == "that" {
			j++
		}
		if j < len(toks) && toks[j].low == "the" {
			j++
		}
		if j < len(toks) && s.midx[j] >= 0 {
			n := &s.mentions[s.midx[j]]
			if n.start == j && n.prep == "" && (n.kind == mCountry || n.kind == mAgent) && n.actor.Country != "" {
				return n.actor.Country
			}
		}
		return ""
	}
	return ""
}

// stateNouns and groupNouns are the heads of definite descriptions that
// refer back to a state ("the kingdom said") or to an armed or political
// group ("the group said").
var (
	stateNouns = map[string]bool{"country": true, "kingdom": true, "island": true, "nation": true,
		"republic": true, "emirate": true, "sultanate": true, "principality": true}
	groupNouns = map[string]bool{"group": true, "militants": true, "militia": true, "movement": true,
		"insurgents": true, "rebels": true, "organisation": true, "organization": true}
)

// subjectPosition reports whether a noun phrase starting at token i can be
// the subject of a clause: it starts the sentence or follows a clause
// boundary, a conjunction or a verb of speech ("said the kingdom would").
func (s *sentence) subjectPosition(i int) bool {
	if i == 0 {
		return true
	}
	p := &s.toks[i-1]
	switch p.low {
	case ",", ";", ":", "and", "but", "while", "that", "as", "because", "since", "when", "after", "although", "though", "where", "which", "whereby":
		return true
	}
	return p.kind == tokQuote || p.kind == tokDash || (p.kind == tokWord && p.is(fSpeechVerbs))
}

// referent returns what a definite description at token i refers to: the
// last country (state) or group named as a subject earlier in the
// sentence, else in the article's earlier sentences.
func (s *sentence) referent(i int, state bool) *Actor {
	s.finish() // the prepositions of the mentions so far
	for k := len(s.mentions) - 1; k >= 0; k-- {
		if m := &s.mentions[k]; m.start < i {
			if a := s.referentOf(m, state); a != nil {
				return a
			}
		}
	}
	if state {
		return s.reg.lastState
	}
	return s.reg.lastGroup
}

// referentOf returns the mention's actor if a later description can refer
// to it: a country named by a proper name (not a demonym: "Israeli
// hostages") or a group, as a subject (not after a preposition).
func (s *sentence) referentOf(m *mention, state bool) *Actor {
	if m.prep != "" || m.pronoun {
		return nil
	}
	if state {
		if m.kind == mCountry && s.toks[m.end-1].upper {
			return m.actor
		}
		return nil
	}
	if m.kind == mOther && m.actor.Type == TypeGroup {
		return m.actor
	}
	return nil
}

// noteReferents records the last state and group the sentence names as a
// subject, for definite descriptions in later sentences.
func (s *sentence) noteReferents() {
	for k := range s.mentions {
		m := &s.mentions[k]
		if a := s.referentOf(m, true); a != nil {
			s.reg.lastState = a
		}
		if a := s.referentOf(m, false); a != nil {
			s.reg.lastGroup = a
		}
	}
}

// add records a mention of [i, j) and returns j.
func (s *sentence) add(i, j int, a *Actor, kind int, coref bool) int {
	if a == nil || a.ID == "" || a.Name == "" {
		return j
	}
	coref = coref || s.corefing
	if !coref {
		a.seen(spanText(s.toks, i, j))
	}
	s.mentions = append(s.mentions, mention{start: i, end: j, actor: a, kind: kind, coref: coref})
	for k := i; k < j; k++ {
		s.midx[k] = len(s.mentions) - 1
	}
	if kind == mPerson && !coref {
		s.reg.lastPerson = a
		if a.Role != "" {
			s.reg.roles = append(s.reg.roles, a)
		}
	}
	return j
}

// acronymDefinitions finds "Full Name (ACR)" and makes one actor of both
// spellings: a lexicon actor when the lexicon knows either, else an
// organisation with id the acronym, and with the country of a leading
// country name or demonym ("US Strategic Metals (USSM)"), a following
// "in Pakistan", or an apposition "– an American company –".
func (s *sentence) acronymDefinitions() {
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].kind != tokOpen || !toks[k+1].caps || toks[k+2].kind != tokClose {
			continue
		}
		acr := strings.ReplaceAll(toks[k+1].text, ".", "")
		start := matchInitials(toks, k, acr)
		if start < 0 {
			continue
		}
		full := spanText(toks, start, k)
		fullKey := NormalizeName(full)
		acrKey := NormalizeName(acr)
		end := k + 3
		var a *Actor
		if p, _, _, ok := s.reg.lexName(fullKey); ok {
			a = p
		} else if p, _, _, ok := s.reg.lexName(acrKey); ok && p.Type != TypeCountry {
			a = p
		}
		if a == nil {
			if furniture[fullKey] || furniture[acrKey] {
				continue
			}
			country := ""
			// A leading country name or demonym inside the name.
			if e, c, kind, _, ok := s.reg.nameAt(toks, start, s.buf); ok && e < k && kind == mCountry {
				country = c.Country
			}
			// "Japan's Mitsubishi Heavy Industries (MHI)".
			if country == "" && start >= 2 && toks[start-1].kind == tokPoss {
				for j := max(0, start-4); j < start-1; j++ {
					if e, c, kind, _, ok := s.reg.nameAt(toks, j, s.buf); ok && e == start-1 && kind == mCountry {
						country = c.Country
						break
					}
				}
			}
			// "(FWO) in Pakistan", "(ABC) of Japan".
			if end+1 < len(toks) && (toks[end].low == "in" || toks[end].low == "of") {
				if e, c, kind, _, ok := s.reg.nameAt(toks, end+1, s.buf); ok && kind == mCountry {
					if country == "" {
						country = c.Country
					}
					end = e
				}
			}
			// "(USSM) – an American company –".
			if country == "" && end+2 < len(toks) && toks[end].kind == tokDash {
				for j := end + 1; j < len(toks) && j < end+5 && toks[j].kind == tokWord; j++ {
					if _, c, kind, nk, ok := s.reg.nameAt(toks, j, s.buf); ok && kind == mCountry && nk == KindDemonym {
						country = c.Country
						break
					}
				}
			}
			id := strings.ToLower(acr)
			if p, ok := s.reg.actors[id]; ok && p.Type != TypeOrganisation {
				id += "-org"
			}
			name := strings.TrimPrefix(strings.TrimPrefix(full, "the "), "The ")
			a = s.reg.get(Actor{ID: id, Name: name, Type: TypeOrganisation, Country: country})
			if a.Country == "" {
				a.Country = country
			}
		}
		s.reg.alias[acrKey] = a.ID
		s.reg.alias[fullKey] = a.ID
		s.reg.alias[foldOrgKey(fullKey)] = a.ID
		if strings.HasPrefix(fullKey, "the ") {
			s.reg.alias[fullKey[4:]] = a.ID
		}
		a.seen(acr)
		s.add(start, end, a, kindOf(a), false)
	}
}

// matchInitials returns where the capitalised phrase ending before token k
// starts, if the acronym is its initials ("Frontier Works Organisation" →
// FWO; an acronym word gives all its letters: "US Strategic Metals" → USSM).
func matchInitials(toks []token, k int, acr string) int {
	acr = strings.ToUpper(acr)
	need := len(acr)
	j := k - 1
	for j >= 0 && need > 0 {
		t := &toks[j]
		switch {
		case t.kind == tokHyphen:
		case t.kind == tokWord && (t.low == "of" || t.low == "for" || t.low == "and" || t.low == "the" || t.low == "on" || t.low == "de") && j < k-1:
			// connectors inside a name
		case t.kind == tokWord && t.upper:
			w := strings.ToUpper(strings.ReplaceAll(t.text, ".", ""))
			if t.caps && need >= len(w) && acr[need-len(w):need] == w {
				need -= len(w)
			} else if w[0] == acr[need-1] {
				need--
			} else {
				return -1
			}
		default:
			return -1
		}
		if need == 0 {
			return j
		}
		j--
	}
	return -1
}

// pronouns that refer to the last person named.
var personPronoun = map[string]bool{"he": true, "she": true, "him": true, "his": true, "her": true}

// mentionAt tries to read a mention at token i and returns its end, or i
// when there is none.
func (s *sentence) mentionAt(i int) int {
	toks := s.toks
	t := &toks[i]
	if t.kind != tokWord {
		return i
	}
	if end := s.combiningFormAt(i); end > i {
		return end // "Sino-Indian talks"
	}
	if end := s.possessedByOtherAt(i); end > i {
		return end // "said Chinese ships entered its waters"
	}
	if end := s.countryOfPersonAt(i); end > i {
		return end // "his country", "her government"
	}
	if (t.low == "its" || t.low == "their") && i+1 < len(toks) && i > 0 && (toks[i-1].is(fSpeechVerbs) || toks[i-1].low == "that" || toks[i-1].text == ",") {
		// "said its forces", "recalled their ambassadors": the parts of
		// the country last named as an actor in the sentence.
		if end, ae, ok := s.titles(i + 1); ok {
			for k := len(s.mentions) - 1; k >= 0; k-- {
				m := &s.mentions[k]
				if m.prep != "" || m.actor.Country == "" || m.start > i {
					continue
				}
				if c := s.reg.country(m.actor.Country); c != nil {
					return s.add(i, end, s.reg.agentFor(c, ae), mAgent, true)
				}
				break
			}
		}
		return i
	}
	if t.is(fPersonPronoun) {
		if p := s.pronounReferent(); p != nil {
			j := s.add(i, i+1, p, mPerson, true)
			s.mentions[len(s.mentions)-1].pronoun = true
			return j
		}
		return i
	}
	if end := s.descriptionAt(i); end > i {
		return end // "the Jewish state", "the two Koreas", "the Gulf state"
	}
	if end := s.definiteAgentAt(i); end > i {
		return end // "the ministry", "the military": the one named before
	}
	if end := s.ofCountryAt(i); end > i {
		return end // "the President of Kenya", "the Export-Import Bank of China"
	}
	// "the country", "the kingdom", "the group": the state or group last
	// named as a subject, when the phrase is the subject of its clause.
	if t.low == "the" && i+1 < len(toks) && toks[i+1].kind == tokWord && s.subjectPosition(i) {
		e := i + 2
		if e < len(toks) && toks[i+1].low == "island" && toks[e].low == "nation" {
			e++
		}
		if e == len(toks) || toks[e].low != "of" {
			switch w := toks[i+1].low; {
			case stateNouns[w]:
				if c := s.referent(i, true); c != nil {
					s.corefing = true
					end := s.modified(i, e, c, mCountry, KindName)
					s.corefing = false
					return end
				}
			case groupNouns[w]:
				if g := s.referent(i, false); g != nil {
					return s.add(i, e, g, kindOf(g), true)
				}
			}
		}
	}
	// "the ministry", "the spokesperson", "the statement": the government
	// that spoke last.
	if end, a := s.officialRef(i); end > i {
		return s.add(i, end, a, mAgent, true)
	}
	if end, a := s.speakerState(i); end > i {
		return s.add(i, end, a, mCountry, true)
	}
	// "the minister", "the secretary of state": the last official with that role.
	if t.low == "the" && i+1 < len(toks) {
		if end, ae, ok := s.reg.agentAt(toks, i+1, s.buf); ok && personTitle(ae) && ae.Role != "" {
			if end < len(toks) && (toks[end].upper && toks[end].kind == tokWord) {
				return i // a name follows: read it as a title
			}
			if p := s.reg.byRole(ae.Role); p != nil {
				return s.add(i, end, p, mPerson, true)
			}
		}
	}
	nameEnd, a, kind, nk, named := s.reg.nameAt(toks, i, s.buf)
	if named && kind == mCountry && nameEnd < len(toks) && currencyWords[toks[nameEnd].low] {
		return nameEnd // "200 billion U.S. dollars worth of": money, no actor
	}
	if named && kind != mPerson && s.embedded(i, nameEnd) {
		return nameEnd // "South China Sea", "U.N.-backed": part of another name or an adjective
	}
	if named && kind == mPerson && nameEnd-i == 1 && s.givenNameBefore(i) {
		return nameEnd // "Ahmed Hassan" is not the one-word "Hassan" of the lexicon
	}
	if named && kind == mPerson && nk == KindSurname && s.givenNameOfOther(i, nameEnd) {
		return personNameAt(toks, i) // "Kerry Kennedy" is not John Kerry
	}
	if named && kind == mPerson {
		if nameEnd-i > 1 {
			s.reg.learnNames(toks, i, nameEnd, a)
		}
		return s.add(i, nameEnd, a, mPerson, false)
	}
	if named && nk == KindCity && s.cityAsFirstName(i, nameEnd) {
		return personNameAt(toks, i) // "spokesman Nasser Kanaani": a person, not the town
	}
	if named && (kind == mCountry || kind == mIGO || kind == mAgent) {
		return s.modified(i, nameEnd, a, kind, nk)
	}
	if named {
		return s.add(i, nameEnd, a, kind, false)
	}
	// A title without a country: "Prime Minister Shehbaz Sharif".
	if !t.upper {
		return i
	}
	if end, ae, ok := s.titles(i); ok {
		if pe, p := s.personAfter(end, nil, ae); pe > end {
			return s.add(i, pe, p, mPerson, false)
		}
	}
	return i
}

// titles reads a run of agent phrases: "army chief Field Marshal". A
// capitalised title the lexicon lacks counts when it ends in a known title
// word: "External Affairs Minister". A capitalised title of any type
// ("Field Marshal") reads as a person's title.
func (s *sentence) titles(i int) (int, AgentEntry, bool) {
	end := i
	var last AgentEntry
	found := false
	for n := 0; n < 3 && end < len(s.toks); n++ {
		e, ae, ok := s.reg.agentAt(s.toks, end, s.buf)
		if !ok {
			e, ae, ok = s.capitalisedTitle(end)
		}
		if !ok {
			break
		}
		if s.toks[end].upper && ae.Type != TypePerson && (ae.Role == "" || strings.ToLower(ae.Role) == ae.Role) {
			// "Field Marshal": keep the words of the text as the role.
			ae.Role = titleCase(strings.ToLower(spanText(s.toks, end, e)))
		}
		end, found = e, true
		if personTitle(ae) || !personTitle(last) {
			last = ae
		}
	}
	return end, last, found
}

// capitalisedTitle reads two to four capitalised words that end in a
// known title of a person: "External Affairs Minister".
func (s *sentence) capitalisedTitle(i int) (int, AgentEntry, bool) {
	toks := s.toks
	for j := i; j < len(toks) && j < i+4; j++ {
		t := &toks[j]
		if t.kind != tokWord || !t.upper || t.caps {
			return 0, AgentEntry{}, false
		}
		if j > i {
			if e, ae, ok := s.reg.agentAt(toks, j, s.buf); ok && personTitle(ae) {
				return e, AgentEntry{Type: TypePerson, Role: spanText(toks, i, e)}, true
			}
		}
	}
	return 0, AgentEntry{}, false
}

// personAfter reads a person's name at i after a title: a known person,
// or an unknown capitalised name. It returns the end and the person.
func (s *sentence) personAfter(i int, country *Actor, ae AgentEntry) (int, *Actor) {
	toks := s.toks
	if i >= len(toks) {
		return i, nil
	}
	if e, a, kind, _, ok := s.reg.nameAt(toks, i, s.buf); ok {
		if kind != mPerson {
			return i, nil
		}
		if country != nil && a.Country != "" && country.Country != "" && a.Country != country.Country && e-i == 1 {
			// "Jordan's King Abdullah": a single name the lexicon gives
			// to someone of another country is someone else.
			name := toks[i].text
			p := s.reg.get(Actor{ID: slug(name + " " + country.Name), Name: name, Type: TypePerson, Country: country.Country, Role: ae.Role})
			return e, p
		}
		if ae.Role != "" && ae.Type == TypePerson {
			a.Role = ae.Role // the text's title wins
		}
		if a.Country == "" && country != nil {
			a.Country = country.Country
		}
		if e-i > 1 {
			s.reg.learnNames(toks, i, e, a)
		}
		return e, a
	}
	e := personNameAt(toks, i)
	if e == i {
		return i, nil
	}
	name := spanText(toks, i, e)
	key := NormalizeName(name)
	if furniture[key] || s.reg.lex.IsNotActor(key) {
		return i, nil
	}
	if p, k, _, ok := s.reg.lexName(key); ok && k == mPerson {
		s.reg.learnNames(toks, i, e, p) // "S. Jaishankar", "George W. Bush": a name with initials
		return e, p
	}
	if p := s.reg.bySurname(toks, i, e); p != nil {
		// "Volodymyr Zelenskiy", "Sergey Lavrov": another spelling of a
		// known official's first names.
		if ae.Role != "" && ae.Type == TypePerson {
			p.Role = ae.Role
		}
		s.reg.learnNames(toks, i, e, p)
		return e, p
	}
	if p := s.reg.byTitledName(toks, i, e, country, ae); p != nil {
		s.reg.learnNames(toks, i, e, p) // "Minister Wang", then "Wang"
		return e, p
	}
	c := ""
	if country != nil {
		c = country.Country
	}
	p := s.reg.get(Actor{ID: slug(name), Name: name, Type: TypePerson, Country: c, Role: ae.Role})
	s.reg.alias[key] = p.ID
	s.reg.learnNames(toks, i, e, p)
	return e, p
}

// bySurname returns the known person whose indexed surname ends the
// unknown name [i, e) of two or more words, or nil. A name is another
// spelling of a curated official's ("Volodymyr Zelenskiy" for "Volodymyr
// Zelensky", "Sergey Lavrov") when its last word is that official's
// surname: surnames shared by many people are not indexed.
func (r *registry) bySurname(toks []token, i, e int) *Actor {
	if e-i < 2 || toks[e-1].kind != tokWord {
		return nil
	}
	for _, ne := range r.lex.LookupName(toks[e-1].key) {
		if ne.Kind != KindSurname {
			continue
		}
		a, ok := r.lex.Actor(ne.ActorID)
		if !ok || a.Type != TypePerson {
			return nil
		}
		if !sameFirstName(toks[i].key, a.Name) {
			return nil // "Ahmed Hassan" is not "Bisher Hassan"
		}
		if len(r.lex.Terms(a.ID)) > 0 {
			a.Country, a.Role = r.termAt(a.ID)
		}
		return r.get(a)
	}
	return nil
}

// sameFirstName reports whether the first word of a name (a lower-case
// key) may be the first name of a known person's full name: the same word,
// an initial, or a spelling that shares its first three letters ("Sergey",
// "Sergei"). A name whose first word is a title or unknown to the person
// cannot be told apart, so a one-word name always agrees.
func sameFirstName(first, fullName string) bool {
	f, _, ok := strings.Cut(strings.ToLower(fullName), " ")
	if !ok || first == "" {
		return true
	}
	f = strings.TrimSuffix(f, ".")
	first = strings.TrimSuffix(first, ".")
	if len(first) == 1 || len(f) == 1 {
		return first[0] == f[0]
	}
	n := min(3, len(first), len(f))
	return first[:n] == f[:n]
}

// learnNames lets later mentions name a person by surname or first name
// alone ("Rubio", "Shehbaz"), unless the word already names someone else.
func (r *registry) learnNames(toks []token, i, e int, p *Actor) {
	for _, k := range [...]int{e - 1, i} {
		t := &toks[k]
		if t.kind != tokWord || len(t.key) < 3 {
			continue
		}
		if _, ok := r.alias[t.key]; ok {
			continue
		}
		if len(r.lex.LookupName(t.key)) > 0 && k == i {
			continue
		}
		r.alias[t.key] = p.ID
	}
}

// pronounReferent resolves "he" or "she": the first person named earlier
// in the sentence as a subject, else the topic of the previous sentence,
// else the last person named.
func (s *sentence) pronounReferent() *Actor {
	for k := range s.mentions {
		m := &s.mentions[k]
		if m.kind == mPerson && m.prep == "" && !m.pronoun {
			return m.actor
		}
	}
	if s.reg.topic != nil {
		return s.reg.topic
	}
	return s.reg.lastPerson
}

// modified reads what follows a country, IGO or agency name: a possessive,
// titles and agents ("Pakistan's army chief Field Marshal Asim Munir",
// "Russian forces", "Iran's foreign ministry"). A demonym used as an
// adjective of anything else is no mention.
func (s *sentence) modified(i, nameEnd int, a *Actor, kind int, nk string) int {
	toks := s.toks
	p := nameEnd
	if p < len(toks) && toks[p].kind == tokPoss {
		p++
	}
	end, ae, ok := s.titles(p)
	if !ok && (p > nameEnd || nk == KindDemonym) {
		// "German federal prosecutors", "Iran's state news agency",
		// "Pakistani security officials": modifiers of an agent.
		if q := agentModifiers(toks, p); q > p {
			if e, ae2, ok2 := s.titles(q); ok2 && ae2.Type != TypeOrganisation && ae2.Type != "" {
				end, ae, ok = e, ae2, true
			}
		}
	}
	if ok {
		if pe, person := s.personAfter(end, a, ae); pe > end {
			if a.Type == TypeCountry && person.Country == "" {
				person.Country = a.Country
			}
			return s.add(i, pe, person, mPerson, false)
		}
		if e, _, ok := assetAfter(toks, end); ok && e == end+1 {
			end = e // "coast guard vessels"
		}
		if a.Type == TypeCountry {
			return s.add(i, end, s.reg.agentFor(a, ae), mAgent, false)
		}
		return s.add(i, end, a, kind, false)
	}
	if kind == mAgent && a.Country != "" {
		// A lexicon office followed by a name: "U.S. Secretary of State Marco Rubio".
		role := a.Role
		if role == "" || strings.ToLower(role) == role {
			from := i
			for j := i + 1; j < nameEnd && j <= i+3; j++ {
				if c, _, _, ok := s.reg.lexName(NormalizeName(spanText(toks, i, j))); ok && c.Type == TypeCountry {
					from = j // "U.S." in "U.S. Secretary of State"
				}
			}
			role = titleCase(strings.ToLower(spanText(toks, from, nameEnd)))
		}
		if pe, person := s.personAfter(p, s.reg.country(a.Country), AgentEntry{Type: TypePerson, Role: role}); pe > p {
			return s.add(i, pe, person, mPerson, false)
		}
	}
	if nk == KindDemonym && nameEnd < len(toks) && a.Type == TypeCountry {
		// "Indian and Pakistani troops": the agent is shared.
		if ae, ok := s.sharedAgent(nameEnd); ok {
			return s.add(i, nameEnd, s.reg.agent(a, ae.Type), mAgent, false)
		}
		// "Russian missiles", "a Philippine fisheries ship".
		if end, military, ok := assetAfter(toks, nameEnd); ok {
			if military {
				return s.add(i, end, s.reg.agent(a, TypeMilitary), mAgent, false)
			}
			return s.add(i, end, a, kind, false)
		}
	}
	if nk == KindDemonym && nameEnd < len(toks) {
		last := toks[nameEnd-1].low
		next := &toks[nameEnd]
		plural := strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
		if next.kind == tokWord && !plural && !next.upper {
			return nameEnd // "Chinese waters": an adjective
		}
		if next.kind == tokWord && next.upper && !plural {
			// "Philippine Foreign Secretary ..." was read above; "American
			// Airlines" is not a mention of the country.
			return nameEnd
		}
	}
	return s.add(i, nameEnd, a, kind, false)
}

// agentModifier are the lower-case words that may stand between a
// country's name and an agent of it without changing whose agent it is:
// "German federal prosecutors", "Chinese state media", "Russian military
// intelligence", "Pakistani security officials".
var agentModifier = map[string]bool{
	"federal": true, "state": true, "national": true, "top": true, "senior": true, "security": true,
	"military": true, "naval": true, "border": true, "special": true, "elite": true, "local": true,
	"regional": true, "provincial": true, "interim": true, "transitional": true, "caretaker": true,
	"acting": true, "deputy": true, "visiting": true, "armed": true, "paramilitary": true, "riot": true,
	"counterterrorism": true, "presidential": true, "royal": true, "ruling": true, "new": true,
	"intelligence": true, "foreign": true, "defence": true, "defense": true, "government": true,
	"official": true, "chief": true, "main": true, "two": true, "three": true, "several": true,
	"coast": true, "air": true, "defence-ministry": true, "cabinet": true, "junior": true,
	// The field an agent works in: "Chinese trade negotiators", "Iranian
	// nuclear negotiators", "Indian energy officials".
	"trade": true, "nuclear": true, "economic": true, "peace": true, "energy": true,
	"finance": true, "health": true, "customs": true, "immigration": true, "diplomatic": true,
	"judicial": true, "prison": true, "police": true, "election": true, "agriculture": true,
}

// agentModifiers returns the end of up to two agent modifiers at j, or j.
func agentModifiers(toks []token, j int) int {
	k := j
	for k < len(toks) && k < j+2 && toks[k].kind == tokWord && !toks[k].upper && agentModifier[toks[k].low] {
		k++
	}
	return k
}

// sharedAgent reads ", Pakistani troops" or "and Pakistani troops" after a
// demonym and returns the agent the two demonyms share.
func (s *sentence) sharedAgent(j int) (AgentEntry, bool) {
	toks := s.toks
	if j+1 >= len(toks) || (toks[j].low != "and" && toks[j].text != ",") {
		return AgentEntry{}, false
	}
	j++
	if toks[j].low == "and" {
		j++
	}
	for n := 0; n < 3 && j < len(toks); n++ {
		e, _, _, nk, ok := s.reg.nameAt(toks, j, s.buf)
		if !ok || nk != KindDemonym {
			return AgentEntry{}, false
		}
		if _, ae, ok := s.titles(e); ok {
			return ae, true
		}
		if end, military, ok := assetAfter(toks, e); ok && end > e {
			if military {
				return AgentEntry{Type: TypeMilitary}, true
			}
			return AgentEntry{Type: TypeCountry}, true
		}
		if e+1 >= len(toks) || (toks[e].low != "and" && toks[e].text != ",") {
			return AgentEntry{}, false
		}
		j = e + 1
		if j < len(toks) && toks[j].low == "and" {
			j++
		}
	}
	return AgentEntry{}, false
}

// militaryAssets and civilAssets are what a demonym can qualify to name
// its country's armed forces or the country itself as a party.
var (
	militaryAssets = map[string]bool{
		"missiles": true, "missile": true, "drones": true, "drone": true, "rockets": true, "rocket": true,
		"warplanes": true, "warplane": true, "jets": true, "bombers": true, "tanks": true, "artillery": true,
		"gunboats": true, "submarines": true, "helicopters": true, "shells": true, "airstrikes": true,
		"warships": true, "warship": true, "destroyer": true, "frigate": true,
		"defences": true, "defenses": true, "interceptors": true, "gunships": true, "howitzers": true,
		"mortars": true, "convoy": true, "convoys": true, "units": true, "patrol": true, "patrols": true,
		"battalion": true, "battalions": true, "brigade": true, "brigades": true, "paratroopers": true,
		"commandos": true, "marines": true, "snipers": true, "gunfire": true, "bombs": true,
	}
	civilAssets = map[string]bool{
		"ship": true, "ships": true, "vessel": true, "vessels": true, "boat": true, "boats": true,
		"tanker": true, "tankers": true, "ferry": true, "freighter": true, "aircraft": true, "plane": true,
		"planes": true, "airliner": true, "embassy": true, "consulate": true, "citizen": true,
		"citizens": true, "national": true, "nationals": true, "civilians": true, "prisoners": true,
		"journalist": true, "journalists": true, "workers": true, "engineers": true, "fishermen": true,
		"hostages": true, "residents": true, "pilgrims": true, "sailors": true, "crew": true,
		"territory": true, "soil": true, "airspace": true, "goods": true, "products": true,
		"imports": true, "exports": true, "companies": true, "firms": true, "banks": true,
		"refinery": true, "refineries": true, "entities": true, "individuals": true, "firm": true,
		"bank": true, "infrastructure": true, "facilities": true, "sites": true, "positions": true,
		"targets": true, "bases": true, "base": true, "interests": true, "assets": true, "hackers": true, "mercenaries": true, "settlers": true, "fighters": true,
	}
)

// attackNouns name attacks by a country's forces: "Israeli air strikes",
// "a Ukrainian drone attack". They make a mention unless "on" or
// "against" follows, where the nominal relation reads them.
var attackNouns = map[string]bool{
	"strikes": true, "strike": true, "airstrikes": true, "airstrike": true, "attack": true,
	"attacks": true, "shelling": true, "bombardment": true, "raids": true, "raid": true,
	"fire": true, "offensive": true, "forces": true, "troops": true,
}

// assetAfter reads up to two lower-case words and an asset noun at j,
// and any attack noun after it: "missiles", "fisheries ship", "oil
// tanker", "air strikes", "drone attack".
func assetAfter(toks []token, j int) (end int, military, ok bool) {
	for k := j; k < len(toks) && k < j+3; k++ {
		t := &toks[k]
		if t.kind == tokHyphen {
			continue
		}
		if d := designation(toks, k); d > k {
			// "Su-30 fighter jets", "F-16s", "Shahed drones": a model
			// name before a weapon.
			if e, mil, ok := assetAfter(toks, d); ok && mil && e > d {
				return e, true, true
			}
			break
		}
		if t.kind != tokWord || t.upper {
			break
		}
		if militaryAssets[t.low] || civilAssets[t.low] {
			end, military, ok = k+1, militaryAssets[t.low], true
			for end < len(toks) && attackNouns[toks[end].low] && notTargeted(toks, end+1) {
				end++
			}
			return end, military, true
		}
		if attackNouns[t.low] && k > j || (attackNouns[t.low] && t.low != "forces" && t.low != "troops") {
			if !notTargeted(toks, k+1) {
				// "the Israeli strike on Doha": the demonym names the
				// attacker; the noun and its target stay for the relation.
				return k, true, k == j || attackModifiersOnly(toks[j:k])
			}
			return k + 1, true, true
		}
	}
	return 0, false, false
}

// designation returns the end of a weapon's model name at k: a
// capitalised word with a hyphenated number or letters ("Su-30", "F-16",
// "MiG-29", "S-400") or one capitalised word ("Shahed", "Patriot"); else
// k. The caller accepts it only before a weapon noun.
func designation(toks []token, k int) int {
	t := &toks[k]
	if t.kind != tokWord || !t.upper {
		return k
	}
	e := k + 1
	if e+1 < len(toks) && toks[e].kind == tokHyphen && (toks[e+1].kind == tokNumber || toks[e+1].kind == tokWord && toks[e+1].caps) {
		e += 2
	}
	return e
}

// notTargeted reports whether the word at j does not name a target ("on",
// "against").
func notTargeted(toks []token, j int) bool {
	return j >= len(toks) || (toks[j].low != "on" && toks[j].low != "against" && toks[j].low != "at")
}

// placeHeads name a place by "of": "the city of Kherson".
var placeHeads = map[string]bool{
	"city": true, "town": true, "village": true, "region": true, "port": true, "province": true,
	"capital": true, "district": true, "county": true, "island": true, "area": true, "outskirts": true,
	"centre": true, "center": true, "suburb": true, "suburbs": true, "heart": true, "governorate": true,
	"oblast": true, "enclave": true,
}

// placeNouns end names of places that contain a country or city name:
// "South China Sea", "Kyiv Airport".
var placeNouns = map[string]bool{
	"sea": true, "ocean": true, "strait": true, "gulf": true, "bay": true, "street": true,
	"square": true, "airport": true, "university": true, "river": true, "canal": true,
	"peninsula": true, "island": true, "islands": true, "stadium": true, "hotel": true,
	"highway": true, "basin": true, "desert": true, "lake": true, "mountains": true,
}

// notActing are the second halves of compound adjectives that make the
// named actor a backer, a place or an origin rather than a party:
// "U.N.-backed", "Iran-aligned", "London-based", "Russian-made".
var notActing = map[string]bool{
	"backed": true, "based": true, "made": true, "brokered": true, "funded": true,
	"supported": true, "allied": true, "aligned": true, "built": true, "born": true,
	"educated": true, "sponsored": true, "mediated": true, "linked": true, "style": true,
	"friendly": true, "bound": true, "listed": true, "designed": true, "speaking": true,
}

// embedded reports whether the name at [i, j) is part of a longer proper
// name ("South China Sea") or the first half of a compound adjective that
// does not make it a party ("U.N.-backed mission").
func (s *sentence) embedded(i, j int) bool {
	toks := s.toks
	if j < len(toks) && toks[j].kind == tokWord && placeNouns[toks[j].low] && toks[j].upper {
		return true
	}
	if !s.headline && i > 0 && j < len(toks) && toks[i-1].kind == tokWord && toks[i-1].upper && !toks[i-1].caps &&
		toks[j].kind == tokWord && toks[j].upper && !toks[j].caps && i-1 > 0 {
		// Capitalised words on both sides, neither a title nor a name.
		if _, _, ok := s.reg.agentAt(toks, j, s.buf); !ok {
			if _, _, ok := s.reg.agentAt(toks, i-1, s.buf); !ok {
				if _, _, _, _, ok := s.reg.nameAt(toks, j, s.buf); !ok && !toks[i-1].is(fNameStop) {
					return true
				}
			}
		}
	}
	if j+1 < len(toks) && toks[j].kind == tokHyphen && notActing[toks[j+1].low] {
		return true
	}
	return false
}

// byRole returns the last person whose role contains role's words.
func (r *registry) byRole(role string) *Actor {
	lr := strings.ToLower(role)
	for k := len(r.roles) - 1; k >= 0; k-- {
		p := r.roles[k]
		if strings.Contains(strings.ToLower(p.Role), lr) {
			return p
		}
		for _, t := range r.lex.Terms(p.ID) {
			if strings.Contains(strings.ToLower(t.Role), lr) {
				return p
			}
		}
	}
	return nil
}
