package extract

// Who speaks and what is a clause in briefings: "the ministry", "the
// kingdom" and "it said" as the government that spoke, a quotation that
// runs on, attributions that end a list, quoted verbs, and the nouns that
// look like verbs ("a regular briefing"). Small helpers called from the
// clause analysis (relations.go), the mentions (mentions.go) and the
// readouts (relations_readout.go).

import "strings"

// quotedVerb reports whether the quotation mark at q opens a quotation
// that starts with the verb at v, adverbs aside: "said it \"strongly
// protests\" the incursion". The subject is then outside the quotation.
func quotedVerb(toks []token, q, v int) bool {
	if q >= v || q+4 < v {
		return false
	}
	for j := q + 1; j < v; j++ {
		if !toks[j].is(fAdverbs) && !strings.HasSuffix(toks[j].low, "ly") {
			return false
		}
	}
	return q == 0 || toks[q-1].kind == tokWord
}

// stopVerbs end the act told by the gerund after them: "stop arming
// Taiwan", "ceased firing".
var stopVerbs = map[string]bool{
	"stop": true, "stops": true, "stopped": true, "stopping": true, "cease": true, "ceased": true,
	"halt": true, "halted": true, "quit": true, "end": true, "ended": true, "refrain": true, "avoid": true,
}

// nounAfterArticle reports whether the word at i ends a noun phrase that
// starts with an article and one to three lower-case modifiers: "a
// regular news briefing", "the weekly briefing".
func nounAfterArticle(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := &toks[j]
		switch t.low {
		case "a", "an", "the", "its", "their", "his", "her":
			return j < i-1
		}
		if t.kind != tokWord || t.upper || t.is(fAdverbs) || t.is(fPrepositions) || strings.HasSuffix(t.low, "ly") && !periodicWords[t.low] {
			return false
		}
	}
	return false
}

// bareTwo reports whether "the two" ends at j with no noun after it and
// is the subject of the verb that follows: "the two also discussed",
// "the two agreed to".
func bareTwo(toks []token, j int) bool {
	for j < len(toks) && toks[j].kind == tokWord && toks[j].is(fAdverbs) {
		j++
	}
	if j >= len(toks) || toks[j].kind != tokWord || toks[j].upper {
		return false
	}
	w := toks[j].low
	if pairVerbs[w] {
		return true
	}
	if !strings.HasSuffix(w, "ed") || len(w) <= 4 {
		return false
	}
	// "the two discussed the", "the two agreed to", not "the two armed groups".
	if j+1 < len(toks) && toks[j+1].kind == tokWord && !toks[j+1].upper {
		return pairVerbObjects[toks[j+1].low] || toks[j+1].is(fPrepositions)
	}
	return true
}

// pairVerbObjects may follow a verb whose subject is a bare "the two".
var pairVerbObjects = map[string]bool{
	"the": true, "a": true, "an": true, "to": true, "that": true, "their": true, "its": true,
	"bilateral": true, "ways": true, "regional": true, "cooperation": true, "ties": true, "relations": true,
}

// pairVerbs are irregular pasts and auxiliaries a bare "the two" may be
// the subject of.
var pairVerbs = map[string]bool{
	"met": true, "held": true, "spoke": true, "signed": true, "agreed": true, "will": true,
	"would": true, "have": true, "had": true, "are": true, "were": true, "also": true, "did": true,
	"underscored": true, "sought": true, "made": true, "took": true, "gave": true,
}

// cityAsFirstName reports whether the one-word town name [i, e) is the
// first name of a person named after a title ("Iran's foreign ministry
// spokesman Nasser Kanaani"): a title word before it and an unknown
// capitalised word after it.
func (s *sentence) cityAsFirstName(i, e int) bool {
	toks := s.toks
	if e != i+1 || i == 0 || e >= len(toks) || toks[e].kind != tokWord || !toks[e].upper || toks[e].caps {
		return false
	}
	if _, ok := titles[toks[i-1].low]; !ok || toks[i-1].kind != tokWord {
		return false
	}
	if _, _, _, _, ok := s.reg.nameAt(toks, e, s.buf); ok {
		return false
	}
	return dateMonths[toks[e].low] == 0 && dateWeekdays[toks[e].low] == 0
}

// cooperative reports whether a code is an appeal or cooperation (roots
// 02 to 08), which is never directed "against" an actor.
func cooperative(code string) bool {
	return len(code) >= 2 && code[0] == '0' && code[1] >= '2' && code[1] <= '8'
}

// officialRefNouns name a source of a government's words that a later
// clause refers back to: "The ministry also urged Washington …".
var officialRefNouns = map[string]bool{
	"ministry": true, "spokesperson": true, "spokesman": true, "spokeswoman": true, "statement": true,
	"readout": true, "embassy": true, "presidency": true, "communique": true,
}

// officialRef reads "the ministry", "the foreign ministry", "the
// spokesperson", "the statement" at i as the subject of its clause and
// returns its end and the government it stands for: that of the first
// actor with a country named before it outside prepositional phrases, in
// this sentence or the previous one. It returns i when there is none.
func (s *sentence) officialRef(i int) (int, *Actor) {
	toks := s.toks
	if i == 0 && toks[i].low == "it" && len(toks) > 1 && contentVerbs[toks[1].low] {
		// "Japan's foreign ministry protested to China. It said …".
		for _, a := range s.reg.prevActors {
			if a.Country != "" && a.Type != TypeIGO && a.Type != TypePerson {
				return 1, a
			}
			break
		}
		return i, nil
	}
	if toks[i].low != "the" || i+1 >= len(toks) || !s.subjectPosition(i) {
		return i, nil
	}
	j := i + 1
	if j+1 < len(toks) && (toks[j].low == "foreign" || toks[j].low == "ministry's") {
		j++
	}
	if !officialRefNouns[toks[j].low] || toks[j].upper && i > 0 {
		return i, nil
	}
	end := j + 1
	if end < len(toks) && (toks[end].low == "of" || toks[end].low == "for" || toks[end].kind == tokWord && toks[end].upper) {
		return i, nil // "the ministry of defence", "the spokesperson for", "the spokesman Lin Jian"
	}
	var c *Actor
	for k := range s.mentions {
		m := &s.mentions[k]
		if m.start < i && m.prep == "" && !m.pronoun && m.actor.Country != "" && m.actor.Type != TypeIGO {
			c = s.reg.country(m.actor.Country)
			break
		}
	}
	if c == nil {
		for _, a := range s.reg.prevActors {
			if a.Country != "" && a.Type != TypeIGO {
				c = s.reg.country(a.Country)
				break
			}
		}
	}
	if c == nil {
		return i, nil
	}
	return end, s.reg.agent(c, TypeGovernment)
}

// attribution reports whether mention mi, after a comma and right before
// a speech verb, attributes the sentence: "…, the Saudi Press Agency
// reported". Such a mention is no member of a list before the comma.
func (s *sentence) attribution(mi int) bool {
	me := &s.mentions[mi]
	st := me.start
	for st > 0 && s.toks[st-1].low == "the" {
		st--
	}
	if st == 0 || s.toks[st-1].text != "," || me.end >= len(s.toks) {
		return false
	}
	t := &s.toks[me.end]
	return t.kind == tokWord && (contentVerbs[t.low] || t.is(fSpeechVerbs))
}

// documentNouns name texts whose participle clause is the text's own
// words: "the EU statement condemning Russia", "a resolution demanding".
var documentNouns = map[string]bool{
	"statement": true, "resolution": true, "declaration": true, "letter": true, "communique": true,
	"text": true, "motion": true, "bill": true, "report": true, "draft": true, "petition": true,
}

// periodicWords end in "-ly" but are adjectives: "a daily briefing".
var periodicWords = map[string]bool{"daily": true, "weekly": true, "monthly": true, "yearly": true, "early": true}

// speakerStateNouns stand for the speaker's own state after a speech verb.
var speakerStateNouns = map[string]bool{"kingdom": true, "country": true, "republic": true, "emirate": true, "sultanate": true}

// speakerState reads "the kingdom" right after a speech verb ("Jordan's
// foreign ministry said the kingdom condemns …") as the speaker's
// country; it returns the end of the phrase and the country, or i.
func (s *sentence) speakerState(i int) (int, *Actor) {
	toks := s.toks
	if toks[i].low != "the" || i+1 >= len(toks) || i == 0 || !speakerStateNouns[toks[i+1].low] {
		return i, nil
	}
	v := i - 1
	if toks[v].low == "that" && v > 0 {
		v--
	}
	if toks[v].kind != tokWord || !contentVerbs[toks[v].low] {
		return i, nil
	}
	s.finish()
	sp := s.speakerBefore(v)
	if sp < 0 || s.mentions[sp].actor.Country == "" {
		return i, nil
	}
	c := s.reg.country(s.mentions[sp].actor.Country)
	if c == nil {
		return i, nil
	}
	return i + 2, c
}

// runOnSpeaker returns the speaker of a sentence that is all quotation
// with no attribution of its own: the quotation runs on from the
// previous sentence's ("'Manila should stop,' Mao said. 'We will take
// necessary measures.'"), so its speaker is the last one named.
func (s *sentence) runOnSpeaker() *Actor {
	toks := s.toks
	if len(toks) == 0 || toks[0].kind != tokQuote || s.reg.speaker == nil || s.reg.nsent == 0 {
		return nil
	}
	for j := 1; j < len(toks); j++ {
		if !s.inQuote[j] && toks[j].kind == tokWord {
			return nil // words outside the quotation: an attribution or a clause
		}
	}
	return s.reg.speaker
}

// sentenceSpeaker returns the actor the sentence's words are attributed
// to: the speaker of its first speech verb outside quotations, or the
// speaker of a quotation that runs on; nil when there is none.
func (s *sentence) sentenceSpeaker() *Actor {
	toks := s.toks
	for p := range toks {
		if toks[p].kind != tokWord || s.inQuote[p] || s.midx[p] >= 0 || !contentVerbs[toks[p].low] {
			continue
		}
		if p+1 < len(toks) && s.midx[p+1] >= 0 && s.mentions[s.midx[p+1]].prep == "" && precededByQuoteOrComma(toks, p) {
			return s.mentions[s.midx[p+1]].actor // "…," said Rubio
		}
		if mi := s.speakerBefore(p); mi >= 0 {
			return s.mentions[mi].actor
		}
		return nil
	}
	if a := s.runOnSpeaker(); a != nil {
		return a
	}
	// "Modi accused Pakistan of …": the author of a verbal act.
	for k := range s.cls {
		c := &s.cls[k]
		if r := c.m.entry.code[:2]; c.done && !c.skip && len(c.subjects) > 0 && len(c.objects) > 0 && (r == "02" || r == "10" || r == "11" || r == "12" || r == "13") {
			return s.mentions[c.subjects[0]].actor
		}
	}
	return nil
}

// intentBeforeTo are the words that make a gerund after "to" the act
// intended: "committed to deepening", "looks forward to working".
var intentBeforeTo = map[string]bool{"committed": true, "forward": true, "dedicated": true, "devoted": true}

// intendedGerund reports whether the gerund at i follows "committed to"
// or "looks forward to".
func intendedGerund(toks []token, i int) bool {
	return i > 1 && toks[i-1].low == "to" && intentBeforeTo[toks[i-2].low]
}
