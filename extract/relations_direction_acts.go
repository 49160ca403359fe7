package extract

// Several events in one sentence: acts that answer, report, judge or name
// other acts of the same sentence, and the direction each takes.
//
//   - A judgement of an act just told: "A and B signed the accord, while C
//     criticised the deal" is C's criticism of the signatories.
//   - A response is aimed back at the author of the act it answers; a
//     defence tells the attack it stops.
//   - A hostile act reported with no target is against the reporting
//     state's own side when its army or ministry reports it, or when the
//     victim is "its".
//   - Passive expulsions, acts at another's request, acts named as nouns
//     with an owner and a target, denials of an accusation.

import "strings"

// judgedActNouns are acts a judgement may point back to.
var judgedActNouns = wordSet("deal", "agreement", "accord", "pact", "treaty", "move", "decision", "step",
	"visit", "talks", "summit", "meeting", "exercises", "drills", "arrangement")

// judgedDeals codes a judgement of an act told earlier in the sentence:
// "India and Pakistan signed the accord, while China criticised the
// deal" is China's criticism of each signatory.
func (s *sentence) judgedDeals(cls []clause, out []event, first int) []event {
	toks := s.toks
	for k := range cls {
		c := &cls[k]
		code := c.m.entry.code
		if c.emitted || len(c.subjects) == 0 || len(c.objects) > 0 || c.m.entry.form == formNoun ||
			!(strings.HasPrefix(code, "11") || strings.HasPrefix(code, "12")) {
			continue
		}
		j := c.m.end
		if j+1 >= len(toks) || !(toks[j].low == "the" || toks[j].low == "this" || toks[j].low == "that") || !judgedActNouns[toks[j+1].low] {
			continue
		}
		if j+2 < len(toks) && (toks[j+2].low == "between" || toks[j+2].low == "with" || toks[j+2].low == "by" || s.midx[j+2] >= 0) {
			continue // the act's own parties follow: told by the clause analysis
		}
		var act []int
		for o := k - 1; o >= 0; o-- {
			if cls[o].emitted && len(cls[o].subjects) > 0 && cls[o].m.end <= c.m.start {
				act = cls[o].subjects
				break
			}
		}
		if len(act) == 0 {
			continue
		}
		from := s.mentions[c.subjects[0]].start
		if from > c.m.start || s.modality(from, c.m.start, cls, k) != modFact || s.negatedSince(from, c.m.start) {
			continue
		}
		for _, a := range c.subjects {
			for _, b := range act {
				out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, code, 0.6, c.m.start)
			}
		}
	}
	return out
}

// titForTatVerbs answer an act told before in the sentence.
var titForTatVerbs = wordSet("responded", "retaliated", "retaliates", "retaliating", "reciprocated", "countered")

// responseMeans maps what a response is made with to its code.
var responseMeans = map[string]string{
	"missiles": "195", "missile": "195", "rockets": "195", "drones": "195", "strikes": "195",
	"airstrikes": "195", "barrage": "195", "bombing": "195", "shelling": "194", "artillery": "194",
	"fire": "190", "sanctions": "163", "tariffs": "163", "duties": "163", "levies": "163",
	"expulsions": "161", "expelling": "161",
}

// responses codes a response to an act told before it in the sentence:
// "Israel struck Iran on Friday, and Tehran responded with a barrage of
// missiles" is Iran's strike on Israel. The responder is the target of
// the earlier act; the response is what it is made with, else the same
// kind of act (a tit-for-tat).
func (x *Extractor) responses(s *sentence, cls []clause, owner []int, out []event, first int) []event {
	toks := s.toks
	for i := 1; i < len(toks); i++ {
		w := toks[i].low
		back := (w == "hit" || w == "struck" || w == "fired" || w == "shot") && i+1 < len(toks) && toks[i+1].low == "back"
		if !titForTatVerbs[w] && !back || s.midx[i] >= 0 {
			continue
		}
		tmp := append(cls[:len(cls):len(cls)], clause{m: vmatch{start: i, end: i + 1, entry: &verbEntry{code: "190", form: formPast, curated: true}}})
		k := len(tmp) - 1
		subjStart, subjects, _ := x.subject(s, tmp, k, owner, map[int]bool{})
		if len(subjects) == 0 || subjStart > i || s.modality(subjStart, i, tmp, k) != modFact || s.negatedSince(subjStart, i) {
			continue
		}
		resp := s.mentions[subjects[0]].actor
		// The act answered: the last one before aimed at the responder.
		var act *event
		for e := first; e < len(out); e++ {
			if out[e].pos < subjStart && out[e].obj.Country == resp.Country && out[e].subj.Country != resp.Country {
				act = &out[e]
			}
		}
		if act == nil || hasEvent(out[first:], resp, act.subj, act.code[:2]) {
			continue
		}
		code := act.code
		for j := i + 1; j < len(toks) && j < i+8; j++ {
			if toks[j].kind == tokPunct || toks[j].low == "to" || toks[j].low == "by" && j == i+1 {
				break
			}
			if c, ok := responseMeans[toks[j].low]; ok {
				code = c
				break
			}
		}
		if code[:2] < "11" {
			continue // answering cooperation is no tit-for-tat
		}
		out = appendEvent(out, resp, act.subj, code, 0.6, i)
	}
	return out
}

// speakerTargets codes a reported act of force that names no target as
// aimed at the one who reports it: "Ukraine's air force said Russia
// launched 100 drones overnight" is Russia's attack on Ukraine, "the
// Armenian defence ministry said Azerbaijani troops had opened fire" Azerbaijan's on Armenia,
// as wire services code a government's report of a hostile act against
// itself. The speaker must be a part of a state (its army, air force or
// ministry): a state's own word may report what a third country suffered,
// unless the victim is "its": "Iran said Israel had assassinated its top
// nuclear scientist".
func (s *sentence) speakerTargets(cls []clause, out []event, first int) []event {
	toks := s.toks
	for k := range cls {
		c := &cls[k]
		code := c.m.entry.code
		if c.emitted || c.skip || c.inside || len(c.subjects) == 0 || len(c.objects) > 0 || c.m.entry.form == formNoun || len(code) < 2 ||
			!(code[:2] == "18" || code[:2] == "19" || code[:2] == "20") {
			continue
		}
		st := s.mentions[c.subjects[0]].start
		if st > c.m.start {
			continue
		}
		// The speech verb right before the reported clause.
		sv := -1
		for j := st - 1; j >= 0 && j >= st-6; j-- {
			if toks[j].is(fSpeechVerbs) && s.midx[j] < 0 {
				sv = j
				break
			}
			if w := toks[j].low; !(w == "that" || w == "on" || w == "in" || toks[j].text == "," || dateWeekdays[w] > 0 || toks[j].is(fAdverbs)) {
				break
			}
		}
		if s.intoTheSea(c.m.end) {
			continue // a weapons test fired into the sea hits no one
		}
		var speaker *Actor
		if own := s.ownedVictim(c.m.end); own && st > 0 {
			// "Iran said Israel had assassinated its top nuclear scientist",
			// "Pakistan recalled its envoy after Afghan forces killed three
			// of its soldiers": the victim belongs to the sentence's first
			// actor, the one who speaks or acts in the main clause.
			if mi := s.firstActor(st); mi >= 0 {
				speaker = s.mentions[mi].actor
			}
		} else if sv >= 0 {
			// A part of a state reports what its state suffered; a state may
			// report what a third suffered.
			if sp := s.speakerBefore(sv); sp >= 0 && !s.mentions[sp].pronoun && s.mentions[sp].kind == mAgent {
				speaker = s.mentions[sp].actor
			}
		}
		if speaker == nil {
			continue
		}
		if speaker.Country == "" || speaker.Type == TypeIGO || s.modality(st, c.m.start, cls, k) != modFact || s.negatedSince(st, c.m.start) {
			continue
		}
		for _, a := range c.subjects {
			sub := s.mentions[a].actor
			if sub.Country == "" || sub.Country == speaker.Country || hasEvent(out[first:], sub, speaker, code[:2]) {
				continue
			}
			out = appendEvent(out, sub, speaker, code, 0.5, c.m.start)
		}
	}
	return out
}

// ownedVictim reports "its" or "their" opening the object of a verb
// ending at i ("killed three of its soldiers", "struck a refinery in its
// Krasnodar region"), where the owner is not a neighbour or an ally of
// the subject.
func (s *sentence) ownedVictim(i int) bool {
	toks := s.toks
	for j := i; j < len(toks) && j < i+6; j++ {
		t := &toks[j]
		if t.kind == tokPunct || t.is(fBoundaryWords) || t.low == "that" || t.low == "which" || t.low == "who" || t.low == "and" {
			return false
		}
		if (t.low == "its" || t.low == "their") && j+1 < len(toks) {
			switch toks[j+1].low {
			case "own", "neighbour", "neighbor", "neighbours", "neighbors", "ally", "allies", "partner", "partners", "rival", "rivals":
				return false
			}
			return true
		}
		if s.midx[j] >= 0 && !s.mentions[s.midx[j]].pronoun {
			return false
		}
	}
	return false
}

// intoTheSea reports "into the sea" or "into the waters" after token i.
func (s *sentence) intoTheSea(i int) bool {
	toks := s.toks
	for j := i; j+2 < len(toks); j++ {
		if toks[j].low == "into" && toks[j+1].low == "the" && (toks[j+2].low == "sea" || toks[j+2].low == "waters") {
			return true
		}
	}
	return false
}

// defenceVerbs stop an attack; the attack they stop is the attacker's act
// on the defender.
var defenceVerbs = wordSet("repelled", "repulsed", "intercepted", "downed", "thwarted", "foiled",
	"repels", "intercepts", "repelling", "intercepting", "foils", "thwarts")

// stoppedAttacks are attacks and what attacks are made with, as a defence
// stops them.
var stoppedAttacks = map[string]string{
	"attack": "190", "attacks": "190", "assault": "190", "assaults": "190", "offensive": "190",
	"incursion": "190", "incursions": "190", "infiltration": "190", "raid": "190", "raids": "190",
	"missile": "195", "missiles": "195", "drones": "195", "drone": "195", "rockets": "195",
	"rocket": "195", "projectiles": "195",
}

// defendedAttacks codes the attack a defence tells: "Ukrainian forces
// repelled an attack by Russian troops", "Israel intercepted missiles
// fired by Iran", "Jordan shot down Iranian drones" are the attacker's
// acts on the defender, whatever the defender did in return.
func (x *Extractor) defendedAttacks(s *sentence, cls []clause, owner []int, out []event, first int) []event {
	toks := s.toks
	for i := 1; i+2 < len(toks); i++ {
		w := toks[i].low
		np := i + 1
		switch {
		case defenceVerbs[w]:
		case (w == "shot" || w == "beat" || w == "fended" || w == "fought") && toks[i+1].low == "off",
			(w == "shot" || w == "beat" || w == "pushed") && toks[i+1].low == "down",
			(w == "shot" || w == "beat" || w == "pushed") && toks[i+1].low == "back":
			np = i + 2
		default:
			continue
		}
		if s.midx[i] >= 0 {
			continue
		}
		// The attack and its author, within the noun phrase.
		code, by := "", -1
		for j := np; j < len(toks) && j < np+10; j++ {
			t := &toks[j]
			if t.kind == tokPunct || t.is(fBoundaryWords) || t.low == "and" {
				break
			}
			if mi := s.midx[j]; mi >= 0 {
				me := &s.mentions[mi]
				if me.prep == "by" || me.prep == "from" && code != "" || me.poss || me.prep == "" && (me.end < len(toks) && stoppedAttacks[toks[me.end].low] != "" || stoppedAttacks[toks[me.end-1].low] != "") {
					if by < 0 && !me.pronoun {
						by = mi
					}
				} else if me.prep != "" && me.prep != "of" {
					break
				}
				if c, ok := stoppedAttacks[toks[me.end-1].low]; ok && code == "" {
					code = c // "a Russian assault" as one mention
				}
				j = me.end - 1
				continue
			}
			if c, ok := stoppedAttacks[t.low]; ok && code == "" {
				code = c
			}
		}
		if code == "" || by < 0 {
			continue
		}
		tmp := append(cls[:len(cls):len(cls)], clause{m: vmatch{start: i, end: i + 1, entry: &verbEntry{code: "190", form: formPast, curated: true}}})
		k := len(tmp) - 1
		subjStart, subjects, _ := x.subject(s, tmp, k, owner, map[int]bool{})
		if len(subjects) == 0 || subjStart > i || s.modality(subjStart, i, tmp, k) != modFact || s.negatedSince(subjStart, i) {
			continue
		}
		att := s.mentions[by].actor
		for _, d := range subjects {
			def := s.mentions[d].actor
			if att.Country == "" || att.Country == def.Country || hasEvent(out[first:], att, def, "19") {
				continue
			}
			out = appendEvent(out, att, def, code, 0.6, i)
		}
	}
	return out
}

// expelledFrom codes a passive expulsion from a country: "Two Russian
// diplomats were ordered to leave Poland", "Three Chinese journalists
// were expelled from India": the country expels (161 for diplomats, 174
// for other people).
func (s *sentence) expelledFrom(cls []clause, out []event, first int) []event {
	toks := s.toks
	for i := 1; i+2 < len(toks); i++ {
		if !toks[i-1].is(fBeAux) {
			continue
		}
		a := -1
		switch toks[i].low {
		case "expelled", "deported", "banished":
			if toks[i+1].low == "from" {
				a = i + 2
			}
		case "ordered", "told", "asked":
			if toks[i+1].low == "to" && toks[i+2].low == "leave" {
				a = i + 3
			}
		case "kicked", "thrown":
			if toks[i+1].low == "out" && toks[i+2].low == "of" {
				a = i + 3
			}
		}
		if a < 0 || a >= len(toks) {
			continue
		}
		if toks[a].low == "the" && a+1 < len(toks) {
			a++
		}
		mi := s.midx[a]
		if mi < 0 || s.mentions[mi].kind != mCountry {
			continue
		}
		host := s.mentions[mi].actor
		// The people expelled: the subject before the verb.
		sub, diplomats := -1, false
		for j := i - 2; j >= 0 && j >= i-8; j-- {
			t := &toks[j]
			if t.kind == tokPunct || t.is(fBoundaryWords) || t.is(fSpeechVerbs) {
				break
			}
			switch t.low {
			case "diplomat", "diplomats", "ambassador", "envoy", "envoys", "attache", "attaché", "consul", "embassy", "staff":
				diplomats = true
			}
			if m := s.midx[j]; m >= 0 {
				sub = m
				j = s.mentions[m].start
			}
		}
		if sub < 0 || s.negatedSince(s.mentions[sub].start, i) || s.modality(s.mentions[sub].start, i, cls, len(cls)) != modFact {
			continue
		}
		code := "174"
		if diplomats {
			code = "161"
		}
		if who := s.mentions[sub].actor; !hasEvent(out[first:], host, who, code[:2]) {
			out = appendEvent(out, host, who, code, 0.6, i)
		}
	}
	return out
}

// requestedBy codes an act done at another's request: "Russia sent
// troops to Kazakhstan at the request of Tokayev", "at Baghdad's
// request": the one who asked appealed to the one who acted (020).
func (s *sentence) requestedBy(cls []clause, out []event, first int) []event {
	toks := s.toks
	for i := 2; i < len(toks); i++ {
		if w := toks[i].low; w != "request" && w != "behest" && w != "requests" {
			continue
		}
		asker := -1
		switch {
		case i+2 < len(toks) && toks[i+1].low == "of" && (toks[i-1].low == "the" && toks[i-2].low == "at" || toks[i-1].low == "a" && toks[i-2].low == "following"):
			a := i + 2
			if toks[a].low == "the" && a+1 < len(toks) {
				a++
			}
			asker = s.midx[a]
		case i+2 < len(toks) && toks[i+1].low == "from" && toks[i-1].low == "a" && (toks[i-2].low == "following" || toks[i-2].low == "after" || toks[i-2].low == "upon"):
			asker = s.midx[i+2] // "following a request from Damascus"
		default:
			p := i - 1
			if toks[p].kind == tokPoss {
				p--
			}
			if mi := s.midx[p]; mi >= 0 && s.mentions[mi].poss && s.mentions[mi].start >= 1 && toks[s.mentions[mi].start-1].low == "at" {
				asker = mi // "at Baghdad's request"
			}
		}
		if asker < 0 || s.mentions[asker].pronoun {
			continue
		}
		who := s.firstActor(i)
		if who < 0 || who == asker || s.negatedSince(s.mentions[who].start, i) || s.modality(s.mentions[who].start, i, cls, len(cls)) != modFact {
			continue
		}
		a, b := s.mentions[asker].actor, s.mentions[who].actor
		if a.Country == "" || b.Country == "" || a.Country == b.Country || hasEvent(out[first:], a, b, "02") {
			continue
		}
		out = appendEvent(out, a, b, "020", 0.55, i)
	}
	return out
}

// ownedActNouns are acts named as nouns with their owner and target
// ("Japan's protest to China"), with the prepositions that introduce the
// target and the act's code.
var ownedActNouns = map[string]struct {
	preps string
	code  string
}{
	"protest": {"to with against", "114"}, "protests": {"to with against", "114"},
	"ban": {"on against", "163"}, "bans": {"on against", "163"},
	"embargo": {"on against", "163"}, "tariffs": {"on against", "163"}, "sanctions": {"on against", "163"},
	"pressure": {"on", "170"}, "apology": {"to", "055"}, "apologies": {"to", "055"},
	"threat": {"to against", "130"}, "threats": {"to against", "130"}, "warning": {"to", "130"}, "warnings": {"to", "130"},
	"ultimatum": {"to", "139"}, "criticism": {"of", "111"}, "condemnation": {"of", "111"},
	"accusations": {"against", "112"}, "condolences": {"to", "018"}, "blockade": {"of", "191"},
	"request": {"to", "020"}, "appeal": {"to", "020"}, "plea": {"to", "020"},
}

// ownedActs codes acts named as nouns between an owner and a target:
// "Japan's protest to China", "India's ban on Chinese apps", "Beijing's
// pressure on Taipei", "Japan's apology to South Korea". The owner is a
// possessive mention right before the noun (past two modifiers).
func (s *sentence) ownedActs(cls []clause, out []event, first int) []event {
	toks := s.toks
	for k := range s.mentions {
		me := &s.mentions[k]
		if !me.poss || me.pronoun || me.end+2 >= len(toks) || toks[me.end].kind != tokPoss {
			continue
		}
		// The noun, past up to two modifiers.
		n := -1
		for j := me.end + 1; j < len(toks) && j < me.end+4; j++ {
			if _, ok := ownedActNouns[toks[j].low]; ok {
				n = j
				break
			}
			if toks[j].kind != tokWord || toks[j].upper || s.midx[j] >= 0 || toks[j].is(fPrepositions) {
				break
			}
		}
		if n < 0 || n+2 >= len(toks) {
			continue
		}
		act := ownedActNouns[toks[n].low]
		if !strings.Contains(" "+act.preps+" ", " "+toks[n+1].low+" ") {
			continue
		}
		t := n + 2
		for t < len(toks) && (toks[t].low == "the" || toks[t].low == "a") && s.midx[t] < 0 {
			t++
		}
		var target *Actor
		switch {
		case t < len(toks) && s.midx[t] >= 0 && !s.mentions[s.midx[t]].pronoun:
			target = s.mentions[s.midx[t]].actor
		case t+1 < len(toks) && toks[t].upper:
			target = s.nameBefore(t + 1) // "on Chinese apps"
		}
		owner := me.actor
		if target == nil || owner.Country == "" || target.Country == "" || owner.Country == target.Country || hasEvent(out[first:], owner, target, act.code[:2]) {
			continue
		}
		if s.negatedSince(max(0, me.start-3), n) || s.modality(max(0, me.start-3), n, cls, len(cls)) == modDrop || s.hypotheticalAfter(t+1) {
			continue
		}
		out = appendEvent(out, owner, target, act.code, 0.5, n)
	}
	return out
}

// accusationNouns name an accusation a denial answers.
var accusationNouns = wordSet("accusation", "accusations", "charge", "charges", "claim", "claims", "allegation", "allegations", "report", "reports")

// denialVerbs deny or dismiss an accusation.
var denialVerbs = wordSet("denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes")

// deniedAccusations codes a denial of an accusation told before it in
// the sentence as the accused's denial towards the accuser (016):
// "Britain accused Iran of plotting attacks, which Tehran denied",
// "Washington accused Beijing of hacking; China denied the accusations",
// "Kyiv said Moscow had used chemical weapons, an accusation Russia
// denied".
func (s *sentence) deniedAccusations(cls []clause, out []event, first int) []event {
	toks := s.toks
	for i := 1; i < len(toks); i++ {
		if !denialVerbs[toks[i].low] || s.midx[i] >= 0 {
			continue
		}
		denier := -1
		if mi := s.midx[i-1]; mi >= 0 {
			// "…, which Tehran denied", "an accusation Russia denied".
			if p := s.mentions[mi].start - 1; p >= 0 && (toks[p].low == "which" || toks[p].low == "that" || accusationNouns[toks[p].low]) {
				denier = mi
			}
		}
		if denier < 0 && i+2 < len(toks) && (toks[i+1].low == "the" || toks[i+1].low == "these" || toks[i+1].low == "those") && accusationNouns[toks[i+2].low] {
			// "China denied the accusations": the subject before.
			for j := i - 1; j >= 0 && j >= i-4; j-- {
				if mi := s.midx[j]; mi >= 0 {
					if s.mentions[mi].prep == "" && !s.mentions[mi].pronoun {
						denier = mi
					}
					break
				}
				if !toks[j].is(fAdverbs) && toks[j].low != "has" && toks[j].low != "had" && toks[j].low != "have" {
					break
				}
			}
		}
		if denier < 0 {
			continue
		}
		d := s.mentions[denier].actor
		// The accuser: who accused the denier before, else the speaker the
		// sentence opens with.
		var accuser *Actor
		for e := first; e < len(out); e++ {
			if out[e].pos < i && out[e].obj.Country == d.Country && out[e].subj.Country != d.Country && (strings.HasPrefix(out[e].code, "11") || strings.HasPrefix(out[e].code, "1") && out[e].code >= "17") {
				accuser = out[e].subj
			}
		}
		if accuser == nil {
			if mi := s.firstActor(i); mi >= 0 && s.mentions[mi].end < len(toks) && toks[s.mentions[mi].end].is(fSpeechVerbs) {
				accuser = s.mentions[mi].actor
			}
		}
		if accuser == nil || accuser.Country == "" || d.Country == "" || accuser.Country == d.Country || hasEvent(out[first:], d, accuser, "01") {
			continue
		}
		if s.negatedSince(s.mentions[denier].start, i) {
			continue
		}
		out = appendEvent(out, d, accuser, "016", 0.5, i)
	}
	return out
}
