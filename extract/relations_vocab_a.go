package extract

import "strings"

// Vocabulary of cooperation as wire copy writes it (roots 01-09): the
// phrases live in the curated layer of verbs.tsv; this file holds the two
// readings they need besides: a possessive pronoun inside a phrase, and an
// agreement made "with" a partner, which binds both.

// possessiveInPhrase reports whether token j, inside a phrase, is a
// token of a mention that the phrase reads through: a possessive pronoun
// that the mention finder read as its referent ("Modi conveyed his
// condolences to", "she expressed her gratitude to"), when a word follows
// it, or the head of a diplomatic mission read as its country's government
// ("opened an embassy in Kyiv", "reopened its consulate in Jeddah").
func possessiveInPhrase(toks []token, j int) bool {
	switch toks[j].low {
	case "his", "her", "their", "its", "our":
		return j+1 < len(toks) && toks[j+1].kind == tokWord
	case "embassy", "embassies", "consulate", "consulates", "consulate-general":
		return true
	}
	return false
}

// agreedWith reports whether clause match m of code is an agreement made
// with the actor of mention b ("Argentina signed a deal with Israel",
// "Kenya sealed an accord with the UAE"): the object is introduced by
// "with", so both parties signed, and the relation holds both ways.
func (s *sentence) agreedWith(m vmatch, code string, b int) bool {
	if code != "057" || strings.HasPrefix(s.toks[m.start].low, "ratif") || strings.HasPrefix(s.toks[m.start].low, "approv") {
		return false // "the Senate ratified a pact with Japan": one side's act
	}
	st := s.mentions[b].start
	for j := st - 1; j >= m.end-1 && j >= 0 && j >= st-4; j-- {
		w := s.toks[j].low
		if w == "with" {
			return true
		}
		if !(w == "the" || s.toks[j].is(fRegionAdjectives) || skippable(s.toks, j)) {
			return false
		}
	}
	return false
}

// notYet reports "yet to" before the verb at to ("China and India have yet
// to normalise relations"): what has not happened yet is negated.
func notYet(toks []token, j, to int) bool {
	return toks[j].low == "yet" && j+1 < to && toks[j+1].low == "to"
}

// hostBetween adds the host of talks between two parties ("Egypt hosted
// talks between Israel and Hamas", "Oman is hosting indirect talks between
// Iran and the United States") as the host of each party (043); the
// parties' talks with each other are told by the caller.
func (s *sentence) hostBetween(m vmatch, mod int, subjects, parties []int, conf float64, out []event) []event {
	if mod == modDrop || mod == modPurpose || !strings.HasPrefix(s.toks[m.start].low, "host") {
		return out
	}
	code := "043"
	if mod == modIntent {
		code = intentCode(code) // "the UAE is set to host talks between"
	}
	for _, a := range subjects {
		for _, p := range parties {
			out = appendEvent(out, s.mentions[a].actor, s.mentions[p].actor, code, conf*0.8, m.start)
		}
	}
	return out
}

// courtesyCalls recodes "called on" a person as a visit (042) when no
// appeal follows: in South Asian and Chinese wire copy "Pakistan's army
// chief called on Saudi Crown Prince Mohammed bin Salman in Riyadh" is a
// courtesy call, while "called on Iran to release" and "called on the
// minister for help" stay appeals (020).
func (s *sentence) courtesyCalls(cls []clause, out []event, first int) []event {
	toks := s.toks
	for e := first; e < len(out); e++ {
		ev := &out[e]
		if ev.code != "020" || ev.pos+1 >= len(toks) || ev.obj == nil || ev.obj.Type != TypePerson {
			continue
		}
		if w := toks[ev.pos].low; w != "call" && w != "calls" && w != "called" && w != "calling" {
			continue
		}
		if w := toks[ev.pos+1].low; w != "on" && w != "upon" {
			continue
		}
		for k := range cls {
			c := &cls[k]
			if c.m.start != ev.pos || len(c.objects) == 0 {
				continue
			}
			end := s.mentions[c.objects[len(c.objects)-1]].end
			if s.courtesyAfter(end) {
				ev.code = "042"
			}
			break
		}
	}
	return out
}

// courtesyAfter reports whether the words after a called-on person at i
// tell a place, a time or the end of the sentence, not what was asked
// ("to", "for", "over", "not to").
func (s *sentence) courtesyAfter(i int) bool {
	toks := s.toks
	if i >= len(toks) {
		return true
	}
	switch toks[i].low {
	case ".", "in", "at", "on", "during", "ahead", "here", "yesterday", "today", "and", "who", "at the":
	case ",":
		// "called on the king, who ...", "called on the king, the
		// agency said": no appeal before the end of the sentence.
	default:
		return false
	}
	for j := i; j < len(toks) && j < i+12; j++ {
		if w := toks[j].low; w == "to" && j+1 < len(toks) && toks[j+1].kind == tokWord && !toks[j+1].upper && s.midx[j+1] < 0 || w == "for" || w == "urging" || w == "urged" {
			return false
		}
	}
	return true
}

// thingsReceived drops the host reading (04) of "received" when what was
// received is a thing, not a visitor: "Ukraine received its first F-16
// jets from Denmark", "Morocco received its first shipment of Israeli
// drones". The actor named is then the sender ("from Denmark") or the
// maker ("Israeli drones"), never a guest; the giving, where the sentence
// tells it, is coded by the aid and trade readings. It drops as well the
// praise reading (05) of a fact acknowledged or admitted "that ...", and
// a one-word verb that is the first noun of a compound ("aid worker").
func (s *sentence) thingsReceived(cls []clause, out []event, first int) []event {
	toks := s.toks
	keep := out[:first]
	for _, ev := range out[first:] {
		if strings.HasPrefix(ev.code, "04") && ev.pos < len(toks) && strings.HasPrefix(toks[ev.pos].low, "receiv") && s.receivedThing(cls, ev.pos) {
			continue
		}
		if s.compoundNounAt(cls, ev.pos) {
			continue
		}
		// "The Kremlin acknowledged that Ukrainian drones had hit the
		// bridge": a fact conceded is no praise of those it names (an
		// admission of one's own act is coded 015 by admissions).
		if strings.HasPrefix(ev.code, "05") && ev.pos+1 < len(toks) && admitVerbs[toks[ev.pos].low] && toks[ev.pos+1].low == "that" {
			continue
		}
		keep = append(keep, ev)
	}
	return keep
}

// receivedThing reports whether the object of the receiving clause at pos
// follows "from" or "of", or is a demonym before a common noun, with a
// common noun between the verb and it.
func (s *sentence) receivedThing(cls []clause, pos int) bool {
	toks := s.toks
	for k := range cls {
		c := &cls[k]
		if c.m.start != pos || len(c.objects) == 0 {
			continue
		}
		o := &s.mentions[c.objects[0]]
		if o.start == 0 {
			return false
		}
		if p := toks[o.start-1].low; p != "from" && p != "of" && !(o.end < len(toks) && toks[o.end].kind == tokWord && !toks[o.end].upper && !toks[o.end].is(fPrepositions)) {
			return false
		}
		// A common noun between the verb and the object: what was received,
		// unless it names people ("received a delegation from Kabul").
		thing := false
		for j := c.m.end; j < o.start; j++ {
			t := &toks[j]
			if visitorNouns[t.low] {
				return false
			}
			if t.kind == tokWord && !t.upper && !t.is(fPrepositions) && !skippable(toks, j) && s.midx[j] < 0 {
				thing = true
			}
		}
		return thing
	}
	return false
}

// visitorNouns name people one receives as guests, and the calls one
// receives from them.
var visitorNouns = wordSet("delegation", "delegations", "envoy", "envoys", "emissary", "emissaries",
	"team", "teams", "official", "officials", "minister", "ministers", "leader", "leaders", "visitor",
	"visitors", "guest", "guests", "counterpart", "counterparts", "representative", "representatives",
	"ambassador", "ambassadors", "diplomat", "diplomats", "lawmakers", "legislators", "parliamentarians",
	"members", "group", "mission", "prince", "king", "president", "premier", "chief", "commander", "head",
	"call", "calls", "phone", "telephone", "video")

// accusationsRejected recodes a rejection of another actor's accusations
// as a denial (016) towards the accuser: "Moscow dismissed Kyiv's
// allegations as lies", "Beijing rejected Manila's accusations". Claims to
// a territory or a proposal stay rejections ("rejected Guyana's claims to
// the Essequibo region").
func (s *sentence) accusationsRejected(cls []clause, out []event, first int) []event {
	toks := s.toks
	for e := first; e < len(out); e++ {
		ev := &out[e]
		if !strings.HasPrefix(ev.code, "12") || ev.pos >= len(toks) {
			continue
		}
		if w := toks[ev.pos].low; !strings.HasPrefix(w, "reject") && !strings.HasPrefix(w, "dismiss") && !strings.HasPrefix(w, "rebuff") {
			continue
		}
		for k := range cls {
			c := &cls[k]
			if c.m.start != ev.pos || len(c.objects) == 0 {
				continue
			}
			o := &s.mentions[c.objects[0]]
			if o.actor != ev.obj || !o.poss {
				break
			}
			for j := o.end; j < len(toks) && j < o.end+4; j++ {
				if accuserNouns[toks[j].low] {
					ev.code = "016"
					break
				}
				if !(toks[j].kind == tokPoss || skippable(toks, j) || toks[j].kind == tokWord && !toks[j].upper && strings.HasSuffix(toks[j].low, "less")) {
					break
				}
			}
			break
		}
	}
	return out
}

// accuserNouns are what an accuser says of the accused.
var accuserNouns = wordSet("allegation", "allegations", "accusation", "accusations", "charge", "charges")

// compoundNounAt reports whether the one-word phrase of the clause at pos is
// a noun before a noun of workers or bodies: "the British-Iranian aid
// worker", "aid agencies" name people, not an act.
func (s *sentence) compoundNounAt(cls []clause, pos int) bool {
	for k := range cls {
		m := cls[k].m
		if m.start != pos {
			continue
		}
		f := m.entry.form
		return m.end-m.start == 1 && (f == formBase || f == formS) && m.end < len(s.toks) && bodyNouns[s.toks[m.end].low]
	}
	return false
}

// bodyNouns name people and bodies that a noun before them classifies.
var bodyNouns = wordSet("worker", "workers", "agency", "agencies", "organisation", "organisations",
	"organization", "organizations", "staff", "staffer", "staffers")

// matchPastPossessor tries the phrase at token i once more with an actor's
// possessive right after its first word left out: "accepted Putin's
// invitation", "shares Japan's concerns", "sought Washington's support".
// The longer phrase wins when it ends on its noun: one that goes on to a
// preposition ("condemned Russia's attack on Ukraine") names its target
// after the possessor, and is left to the plain reading.
func (v *vocab) matchPastPossessor(toks []token, i int, skipMask []bool, best vmatch) (vmatch, bool) {
	j := i + 1
	if skipMask == nil || j >= len(toks) || !skipMask[j] {
		return best, false
	}
	k := j
	for k < len(toks) && k < j+5 && skipMask[k] && toks[k].kind != tokPoss {
		k++
	}
	if k >= len(toks) || k == j || toks[k].kind != tokPoss {
		return best, false
	}
	// The phrase with the possessor and its "'s" cut out.
	n := k + 1 - j
	alt := make([]token, 0, len(toks)-n)
	alt = append(append(alt, toks[:j]...), toks[k+1:]...)
	mask := make([]bool, 0, len(alt))
	mask = append(append(mask, skipMask[:j]...), skipMask[k+1:]...)
	m := vmatch{start: i}
	v.walk(alt, i, i, v.root, 0, false, mask, &m)
	if m.entry == nil || m.end <= j || m.end+n <= best.end || alt[m.end-1].is(fPrepositions) {
		return best, false
	}
	m.end += n
	return m, true
}

// possessorInside returns the actor mention whose possessive stands inside
// the phrase of m ("accepted Putin's invitation"), nil when none.
func (s *sentence) possessorInside(m vmatch) []int {
	for j := m.start + 1; j < m.end; j++ {
		if mi := s.midx[j]; mi >= 0 && s.mentions[mi].poss && !s.mentions[mi].pronoun {
			return []int{mi}
		}
	}
	return nil
}

// topicOfSubjects reports whether the objects of a cooperative relation
// (roots 01 to 06) between coordinated subjects are its topic, not a
// party: "Japan and India held talks on Afghanistan", "exchanged views
// about Syria". The subjects then relate to each other. An attack "on" a
// target is no topic ("Russia and Belarus launched an attack on Ukraine").
func (s *sentence) topicOfSubjects(code string, subjects, objects []int) bool {
	if len(subjects) < 2 || len(objects) == 0 || code >= "07" {
		return false
	}
	switch s.mentions[objects[0]].prep {
	case "on", "about", "over", "regarding", "concerning":
		return true
	}
	return false
}

// wishToAct reports whether match m is a bare "want" before "to": "Iran
// wants to buy fighter jets from Russia" states an intent of the verb that
// follows (an intent word for its modality), not a demand (PETRARCH 100),
// which stays for "wants Beijing to rein in North Korea".
func wishToAct(toks []token, m vmatch) bool {
	if m.entry == nil || m.end-m.start != 1 || m.end >= len(toks) || toks[m.end].low != "to" {
		return false
	}
	switch toks[m.start].low {
	case "want", "wants", "wanted", "wanting":
		return true
	}
	return false
}
