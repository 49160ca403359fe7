package extract

// Mutual acts, hosts and brokers: who acts on whom when two sides act
// together or a third brings them together.
//
//   - Mutual acts told with a partner: "Milei signed a deal with
//     Netanyahu", "Indian troops clashed with Chinese troops", "India and
//     Pakistan traded accusations", "a deal between Armenia and Azerbaijan
//     was signed": CAMEO coders code both sides.
//   - Talks on the host's ground code both ways besides the visit; a
//     host's welcome of a guest tells the guest's visit.
//   - A host or a broker acts towards each party: "talks in Malaysia
//     hosted by Anwar Ibrahim", "a U.S.-brokered ceasefire between A and
//     B", "Egypt's mediation between Israel and Hamas".
//   - A switch of recognition cuts ties with one government and recognises
//     another; what is said in a conversation goes to the partner.

import "strings"

// mutualWithCode reports whether a relation coded code by the phrase
// m, told with a partner after "with", is one both sides do: signing or
// reaching an agreement, exchanging prisoners or fire, clashing, a
// ceasefire.
func mutualWithCode(toks []token, m vmatch, code string) bool {
	words := ""
	for j := m.start; j < m.end; j++ {
		words += toks[j].low + " "
	}
	switch {
	case code == "057" || code == "0871" || code == "084" || code == "0841" || code == "0842":
		return strings.Contains(words, "sign") || strings.Contains(words, "agree") || strings.Contains(words, "conclu") ||
			strings.Contains(words, "reach") || strings.Contains(words, "ink") || strings.Contains(words, "exchang") ||
			strings.Contains(words, "swap") || strings.Contains(words, "struck")
	case strings.HasPrefix(code, "19"):
		return strings.Contains(words, "clash") || strings.Contains(words, "exchang") || strings.Contains(words, "skirmish")
	}
	return false
}

// mutualEvents adds the partner's side of mutual acts told with a
// partner after "with": "Milei signed a deal with Netanyahu", "Indian
// troops clashed with Chinese soldiers" code both directions, as CAMEO
// coders do. Companies are left one-sided.
func (s *sentence) mutualEvents(cls []clause, out []event, first int) []event {
	n := len(out)
	for e := first; e < n; e++ {
		ev := out[e]
		if ev.subj.Type == TypeOrganisation || ev.obj.Type == TypeOrganisation || ev.subj.Country == "" || ev.obj.Country == "" {
			continue
		}
		for k := range cls {
			c := &cls[k]
			if c.m.start != ev.pos || !c.emitted || len(c.objects) == 0 {
				continue
			}
			o := &s.mentions[c.objects[0]]
			if o.prep != "with" || o.actor != ev.obj || !mutualWithCode(s.toks, c.m, ev.code) || s.namesFirm(c.objects[0]) {
				continue
			}
			firm := false
			for _, sub := range c.subjects {
				firm = firm || s.mentions[sub].actor == ev.subj && s.namesFirm(sub)
			}
			if firm {
				continue
			}
			if !hasEvent(out, ev.obj, ev.subj, ev.code[:2]) {
				out = appendEvent(out, ev.obj, ev.subj, ev.code, ev.conf*0.9, ev.pos)
			}
		}
	}
	return out
}

// namesFirm reports whether mention mi only qualifies the name of a firm
// or body of its country: "US Strategic Metals", "Pakistan's Frontier
// Works Organisation".
func (s *sentence) namesFirm(mi int) bool {
	j := s.mentions[mi].end
	if j < len(s.toks) && s.toks[j].kind == tokPoss {
		j++
	}
	return j < len(s.toks) && s.midx[j] < 0 && s.toks[j].kind == tokWord && s.toks[j].upper
}

// hostedNouns are gatherings a host holds; brokeredNouns what a broker
// brings about.
var (
	hostedNouns   = wordSet("talks", "summit", "meeting", "negotiations", "conference", "consultations", "dialogue")
	brokeredNouns = wordSet("talks", "ceasefire", "truce", "deal", "agreement", "accord", "pact", "negotiations", "peace", "exchange", "swap")
)

// hostedEvents codes the host or broker named after the gathering or
// deal: "agreed to a ceasefire at talks in Malaysia hosted by Anwar
// Ibrahim" (043 to each party), "the U.S.-brokered deal between Armenia
// and Azerbaijan", "a ceasefire mediated by Qatar" (045). The parties are
// named after "between", else they are the subjects of the clause before.
func (s *sentence) hostedEvents(cls []clause, owner []int, out []event, first int) []event {
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		w := toks[i].low
		code := ""
		nouns := brokeredNouns
		switch w {
		case "hosted", "host", "hosts", "hosting", "organised", "organized", "convened":
			code, nouns = "043", hostedNouns
		case "brokered", "mediated", "facilitated":
			code = "045"
		default:
			continue
		}
		noun := -1
		var agents []*Actor
		if toks[i-1].kind == tokHyphen {
			// "the U.S.-brokered deal": the name before the hyphen is no
			// mention (a backer is no party), but it is the broker.
			if a := s.nameBefore(i - 1); a != nil {
				agents = []*Actor{a}
			}
			for j := i + 1; j < len(toks) && j < i+4; j++ {
				if nouns[toks[j].low] {
					noun = j
					break
				}
			}
		} else if toks[i+1].low == "by" {
			a := i + 2
			for a < len(toks) && toks[a].low == "the" && s.midx[a] < 0 {
				a++
			}
			if a < len(toks) && s.midx[a] >= 0 && !s.mentions[s.midx[a]].pronoun {
				for _, g := range s.coordRight(s.midx[a]) {
					agents = append(agents, s.mentions[g].actor)
				}
			}
			for j := i - 1; j >= 0 && j >= i-8; j-- {
				if toks[j].kind == tokPunct && toks[j].text != "," {
					break
				}
				if nouns[toks[j].low] && s.midx[j] < 0 {
					noun = j
					break
				}
			}
		} else if o := owner[i]; o >= 0 && cls[o].m.start == i && len(cls[o].subjects) > 0 && !toks[i-1].is(fBeAux) {
			// "Turkey hosted talks between Russian and Ukrainian
			// delegations".
			from := s.mentions[cls[o].subjects[0]].start
			if from > i {
				continue
			}
			if s.modality(from, i, cls, o) != modFact {
				continue // a plan to host is told by the talks' own intent
			}
			for j := i + 1; j < len(toks) && j < i+5; j++ {
				if nouns[toks[j].low] && j+1 < len(toks) && toks[j+1].low == "between" {
					noun = j
					for _, g := range cls[o].subjects {
						agents = append(agents, s.mentions[g].actor)
					}
					break
				}
			}
		}
		if len(agents) == 0 || noun < 0 {
			continue
		}
		parties := s.between(noun + 1)
		if len(parties) == 0 {
			for o := len(cls) - 1; o >= 0; o-- {
				if cls[o].m.end <= noun+1 && (cls[o].emitted && len(cls[o].subjects) > 0 || len(cls[o].subjects) > 1) {
					parties = cls[o].subjects
					break
				}
			}
		}
		if len(parties) == 0 || s.negatedSince(max(0, noun-8), i) {
			continue
		}
		for _, ag := range agents {
			for _, p := range parties {
				pa := s.mentions[p].actor
				if pa.Country == ag.Country || hasEvent(out[first:], ag, pa, code[:2]) {
					continue
				}
				out = appendEvent(out, ag, pa, code, 0.6, i)
			}
		}
	}
	return out
}

// talksBothWays adds the host's side of talks held in the host's country:
// "Modi met Putin in Moscow" is Modi's visit (042) and talks both ways
// (040), as CAMEO coders code a meeting on the host's ground.
func talksBothWays(out []event, first int) []event {
	n := len(out)
	for e := first; e < n; e++ {
		v := out[e]
		if v.code != "042" {
			continue
		}
		for f := first; f < n; f++ {
			t := out[f]
			if t.code == "040" && t.pos == v.pos && t.subj == v.subj && t.obj == v.obj && !hasEvent(out, v.obj, v.subj, "04") {
				out = appendEvent(out, v.obj, v.subj, "040", t.conf*0.9, t.pos)
			}
		}
	}
	return out
}

// hostedVisitors adds the visit a host's welcome tells: "Japan hosted
// South Korean President Lee Jae-myung in Tokyo", "Macron welcomed Xi to
// Paris" are the guest's visits to the host (042) besides the host's
// welcome. The guest must be the verb's object; hosting talks is no visit.
func (s *sentence) hostedVisitors(out []event, first int) []event {
	toks := s.toks
	n := len(out)
	for e := first; e < n; e++ {
		v := out[e]
		if v.code != "043" && v.code != "040" || v.pos+1 >= len(toks) {
			continue
		}
		if w := toks[v.pos].low; !strings.HasPrefix(w, "host") && !strings.HasPrefix(w, "welcom") {
			continue
		}
		j := v.pos + 1
		if toks[j].low == "the" && j+1 < len(toks) {
			j++
		}
		mi := s.midx[j]
		if mi < 0 || s.mentions[mi].actor != v.obj || s.mentions[mi].poss || v.obj.Country == "" || v.subj.Country == "" || v.obj.Type == TypeIGO {
			continue
		}
		if !hasEvent(out[first:], v.obj, v.subj, "04") {
			out = appendEvent(out, v.obj, v.subj, "042", v.conf, v.pos) // told as surely as the welcome
		}
	}
	return out
}

// talkedTargets codes what is said in a conversation told before it,
// to the one spoken with: "Sisi received a phone call from Erdogan, who
// expressed condolences over the floods", "Orban met Zelensky and urged
// a ceasefire". A verbal act with no target of its own, whose speaker
// consulted someone earlier in the sentence, is aimed at that partner.
func (s *sentence) talkedTargets(cls []clause, out []event, first int) []event {
	for k := range cls {
		c := &cls[k]
		code := c.m.entry.code
		if c.emitted || c.skip || c.inside || len(c.subjects) == 0 || len(c.objects) > 0 || c.m.entry.form == formNoun || len(code) < 3 {
			continue
		}
		switch code[:2] {
		case "01", "02", "05":
		default:
			continue
		}
		if code[:2] == "01" && code != "012" && code != "018" && code != "013" && code != "015" {
			continue // a plain statement is no act towards the partner
		}
		st := s.mentions[c.subjects[0]].start
		if st > c.m.start || s.modality(st, c.m.start, cls, k) != modFact || s.negatedSince(st, c.m.start) {
			continue
		}
		if e := c.m.end; e < len(s.toks) && (s.toks[e].low == "for" || s.toks[e].low == "on") {
			continue // "urged for", "called on": the act names its own target, told elsewhere
		}
		for _, a := range c.subjects {
			sub := s.mentions[a].actor
			for e := first; e < len(out); e++ {
				t := out[e]
				if t.pos < c.m.start && t.subj == sub && strings.HasPrefix(t.code, "04") && !hasEvent(out[first:], sub, t.obj, code[:2]) {
					out = appendEvent(out, sub, t.obj, code, 0.5, c.m.start)
					break
				}
			}
		}
	}
	return out
}

// counterpartsFrom codes a meeting with "his counterparts from Japan and
// Australia": the partners are the countries the counterparts come from.
func (s *sentence) counterpartsFrom(cls []clause, out []event, first int) []event {
	toks := s.toks
	for k := range cls {
		c := &cls[k]
		code := c.m.entry.code
		if c.emitted || c.skip || len(c.subjects) == 0 || !strings.HasPrefix(code, "04") || c.m.entry.form == formNoun {
			continue
		}
		for j := c.m.end; j+2 < len(toks) && j < c.m.end+4; j++ {
			if w := toks[j].low; w != "counterparts" && w != "counterpart" {
				continue
			}
			if p := toks[j+1].low; p != "from" && p != "of" || s.midx[j+2] < 0 {
				break
			}
			st := s.mentions[c.subjects[0]].start
			if st > c.m.start || s.modality(st, c.m.start, cls, k) != modFact || s.negatedSince(st, c.m.start) {
				break
			}
			for _, a := range c.subjects {
				for _, b := range s.coordRight(s.midx[j+2]) {
					out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, code, 0.6, c.m.start)
				}
			}
			break
		}
	}
	return out
}

// agreedNouns are agreements whose parties follow "between", with the
// code of signing one.
var agreedNouns = map[string]string{
	"deal": "057", "agreement": "057", "accord": "057", "pact": "057", "treaty": "057",
	"memorandum": "057", "truce": "0871", "ceasefire": "0871", "armistice": "0871",
}

// agreedParticiples tell that an agreement was made.
var agreedParticiples = wordSet("signed", "reached", "agreed", "concluded", "finalised", "finalized", "inked", "struck", "sealed")

// agreementsBetween codes an agreement between two parties told in the
// passive or as taking effect: "A deal between Armenia and Azerbaijan was
// signed at the White House", "a truce between Thailand and Cambodia took
// effect": each party to the other.
func (s *sentence) agreementsBetween(cls []clause, out []event, first int) []event {
	toks := s.toks
	for i := 0; i+3 < len(toks); i++ {
		code, ok := agreedNouns[toks[i].low]
		if !ok || toks[i+1].low != "between" || s.midx[i] >= 0 {
			continue
		}
		parties := s.between(i + 1)
		if len(parties) < 2 {
			continue
		}
		from := s.mentions[parties[len(parties)-1]].end
		verb := -1
		for j := from; j+1 < len(toks) && j < from+10; j++ {
			t := &toks[j]
			if t.kind == tokPunct && t.text != "," || t.is(fBoundaryWords) || t.low == "that" || t.low == "which" {
				break
			}
			if t.is(fBeAux) && agreedParticiples[toks[j+1].low] ||
				(t.low == "took" || t.low == "takes") && toks[j+1].low == "effect" ||
				(t.low == "came" || t.low == "comes" || t.low == "entered") && (toks[j+1].low == "into" || toks[j+1].low == "force") {
				verb = j
				break
			}
			if t.is(fBeAux) && j+2 < len(toks) && toks[j+1].is(fAdverbs) && agreedParticiples[toks[j+2].low] {
				verb = j
				break
			}
		}
		if verb < 0 || s.negatedSince(from, verb) || i > 0 && toks[i-1].is(fNegWords) || i > 1 && toks[i-2].is(fNegWords) {
			continue // "No agreement between Serbia and Kosovo was reached"
		}
		switch s.modality(i, verb, cls, len(cls)) {
		case modDrop:
			continue
		case modIntent, modPurpose:
			code = intentCode(code)
		}
		for _, a := range parties {
			for _, b := range parties {
				if a != b && !hasEvent(out[first:], s.mentions[a].actor, s.mentions[b].actor, code[:2]) {
					out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, code, 0.6, verb)
				}
			}
		}
	}
	return out
}

// switchedTies codes a switch of recognition from one government to
// another: "Nauru switched diplomatic recognition from Taiwan to China",
// "after switching ties from Taipei to Beijing" cut relations with the
// first (161) and recognise the second (054).
func (x *Extractor) switchedTies(s *sentence, cls []clause, owner []int, out []event, first int) []event {
	toks := s.toks
	for i := 0; i+3 < len(toks); i++ {
		switch toks[i].low {
		case "switched", "switching", "switch", "switches", "shifted", "shifting", "shift", "shifts":
		default:
			continue
		}
		// "diplomatic recognition", "its allegiance", "ties": what is switched.
		ties, j := false, i+1
		for ; j < len(toks) && j < i+4; j++ {
			w := toks[j].low
			if w == "recognition" || w == "ties" || w == "relations" || w == "allegiance" || w == "diplomatic" {
				ties = true
				continue
			}
			if w == "its" || w == "their" || w == "formal" {
				continue
			}
			break
		}
		if !ties || j+1 >= len(toks) {
			continue
		}
		var from, to []int
		for p := j; p+1 < len(toks) && p < j+6; p++ {
			mi := s.midx[p+1]
			if mi < 0 {
				continue
			}
			switch toks[p].low {
			case "from":
				from = []int{mi}
			case "to":
				to = []int{mi}
			}
		}
		if len(from) == 0 && len(to) == 0 {
			continue
		}
		tmp := append(cls[:len(cls):len(cls)], clause{m: vmatch{start: i, end: i + 1, entry: &verbEntry{code: "054", form: formPast, curated: true}}})
		k := len(tmp) - 1
		st, subjects, _ := x.subject(s, tmp, k, owner, map[int]bool{})
		if len(subjects) == 0 && i > 0 && (toks[i-1].low == "after" || toks[i-1].low == "since" || toks[i-1].low == "by" || toks[i-1].low == "before") {
			if mi := s.firstActor(i); mi >= 0 {
				st, subjects = s.mentions[mi].start, []int{mi} // "after switching": the main clause's subject
			}
		}
		if len(subjects) == 0 || st > i || s.negatedSince(st, i) {
			continue
		}
		code161, code054 := "161", "054"
		switch s.modality(st, i, tmp, k) {
		case modDrop:
			continue
		case modIntent, modPurpose:
			code161, code054 = "1313", "030" // announced, not done
		}
		for _, a := range subjects {
			sub := s.mentions[a].actor
			for _, b := range from {
				if !hasEvent(out[first:], sub, s.mentions[b].actor, code161[:2]) {
					out = appendEvent(out, sub, s.mentions[b].actor, code161, 0.6, i)
				}
			}
			for _, b := range to {
				if !hasEvent(out[first:], sub, s.mentions[b].actor, code054[:2]) {
					out = appendEvent(out, sub, s.mentions[b].actor, code054, 0.6, i)
				}
			}
		}
	}
	return out
}

// mediatorOf codes a mediation named as a noun at i with its parties:
// "Egypt's mediation between Israel and Hamas", "Qatari mediation
// between": the mediator (the possessor or the modifier before the
// noun) acts towards each party; the parties do nothing to each other.
func (s *sentence) mediatorOf(i int, parties []int, code string, conf float64, out []event) []event {
	toks := s.toks
	j := i - 1
	for j >= 0 && s.midx[j] < 0 && toks[j].kind == tokWord && !toks[j].upper && !toks[j].is(fPrepositions) && j > i-3 {
		j-- // "Egypt's months-long mediation", "Qatari-led"
	}
	if j >= 0 && toks[j].kind == tokPoss {
		j--
	}
	var med *Actor
	switch {
	case j < 0:
	case s.midx[j] >= 0:
		med = s.mentions[s.midx[j]].actor
	case toks[j].upper:
		med = s.nameBefore(j + 1) // "Qatari mediation": a demonym is no mention before a plain noun
	}
	if med == nil {
		return out
	}
	for _, p := range parties {
		out = appendEvent(out, med, s.mentions[p].actor, code, conf, i)
	}
	return out
}
