package extract

import "strings"

// Conflict shapes wherever they stand in a sentence:
//
//   - A nominal attack with its author as a demonym or possessor and its
//     target after "on", "against", "at" or "in": "were killed in a
//     Russian drone strike on Kharkiv", "days after an Israeli air strike
//     on Rafah", "in retaliation for a Hezbollah rocket attack on Haifa",
//     "Israel's bombardment of Gaza". The phrase may be the subject, an
//     adjunct after "in", "after", "following" or "for", or the object of
//     another verb; it reports an act of the author on the target (19x),
//     unless the words before it negate it or make it a condition.
//   - Domestic sides: armed groups, the opposition and civilians of one
//     country are distinct actors (agentFor), so that "gunmen killed 40
//     villagers in Plateau state" and "police fired on protesters in
//     Nairobi" relate two sides of that country.

// attackHeads are nouns of an armed attack with the CAMEO code they take
// when nothing else decides it.
var attackHeads = map[string]string{
	"strike": "195", "strikes": "195", "airstrike": "195", "airstrikes": "195",
	"air-strike": "195", "air-strikes": "195", "bombing": "195", "bombings": "195",
	"bombardment": "195", "bombardments": "195", "attack": "190", "attacks": "190",
	"raid": "190", "raids": "190", "shelling": "194", "offensive": "190", "assault": "190",
	"incursion": "192", "incursions": "192", "invasion": "192", "ambush": "190",
	"barrage": "195", "barrages": "195", "onslaught": "190", "drone": "195",
}

// attackModifiers may stand between the author and an attack noun: "a
// Russian drone strike", "an Israeli air raid", "a deadly Ukrainian
// cross-border attack". Those of the air make the attack an air strike.
var attackModifiers = map[string]bool{
	"air": true, "missile": true, "drone": true, "rocket": true, "artillery": true, "aerial": true,
	"naval": true, "ground": true, "military": true, "cross": true, "border": true, "mortar": true,
	"ballistic": true, "cruise": true, "suicide": true, "kamikaze": true, "overnight": true,
	"deadly": true, "fresh": true, "latest": true, "massive": true, "heavy": true, "new": true,
	"retaliatory": true, "combined": true, "large-scale": true, "surprise": true, "precision": true,
}

// airWords make an attack an air or missile strike (195).
var airWords = map[string]bool{
	"air": true, "missile": true, "missiles": true, "drone": true, "drones": true, "rocket": true,
	"rockets": true, "aerial": true, "ballistic": true, "cruise": true, "warplanes": true,
	"jets": true, "airstrike": true, "airstrikes": true, "kamikaze": true, "bombers": true,
}

// adjunctPreps introduce a nominal attack as the circumstance of the
// clause: "were killed in", "following", "in retaliation for".
var adjunctPreps = map[string]bool{
	"in": true, "after": true, "following": true, "amid": true, "for": true, "during": true,
	"since": true, "by": true, "from": true, "over": true, "despite": true,
}

// casualtyVerbs tell what an attack did: "a Russian strike on Kyiv killed
// five".
var casualtyVerbs = map[string]bool{
	"killed": true, "wounded": true, "injured": true, "destroyed": true, "damaged": true,
	"hit": true, "left": true, "razed": true, "claimed": true, "knocked": true, "set": true,
}

// attackModifiersOnly reports whether toks are all attack modifiers (and
// hyphens): "air" in "an Israeli air strike on Rafah".
func attackModifiersOnly(toks []token) bool {
	for i := range toks {
		if toks[i].kind != tokHyphen && !attackModifiers[toks[i].low] {
			return false
		}
	}
	return len(toks) > 0
}

// attackNominals codes nominal attacks whose author modifies the noun
// ("a Russian drone strike on Kharkiv") or owns it ("Israel's
// bombardment of Gaza"), wherever the phrase stands, when no relation of
// the same sides was found already.
func (x *Extractor) attackNominals(s *sentence, cls []clause, out []event, first int) []event {
	toks := s.toks
	for mi := range s.mentions {
		m := &s.mentions[mi]
		a := m.actor
		if a.Country == "" || a.Type == TypeIGO || a.Type == TypePerson || m.pronoun || s.inQuote[m.start] {
			continue
		}
		// The attack noun: the mention's own last word ("Israeli
		// airstrikes") or a word after it, past modifiers.
		head, code := -1, ""
		q := m.end
		if m.poss && q < len(toks) && toks[q].kind == tokPoss {
			q++
		}
		for q < len(toks) && q < m.end+4 && (toks[q].kind == tokHyphen || attackModifiers[toks[q].low]) && s.midx[q] < 0 {
			q++
		}
		if c, ok := attackHeads[toks[min(q, len(toks)-1)].low]; ok && q < len(toks) && s.midx[q] < 0 {
			head, code = q, c
		} else if c, ok := attackHeads[toks[m.end-1].low]; ok && m.end-m.start > 1 {
			head, code = m.end-1, c
		}
		if head < 0 {
			continue
		}
		// The author is an adjective or a possessor: a country name
		// followed by "strikes" is a verb ("Russia strikes Kyiv").
		if !m.poss && m.kind == mCountry && head == m.end && !(m.start > 0 && (toks[m.start-1].low == "a" || toks[m.start-1].low == "an" || toks[m.start-1].low == "the")) {
			continue
		}
		for j := m.start; j < head; j++ {
			if airWords[toks[j].low] && code == "190" {
				code = "195"
			}
		}
		// The target: "on", "against", "at", "in", "into", or "of" after a
		// possessor ("Russia's shelling of Kherson").
		p := head + 1
		if p >= len(toks) {
			continue
		}
		prep := toks[p].low
		switch prep {
		case "on", "against", "at", "in", "into", "inside":
		case "of":
			if !m.poss {
				continue
			}
		default:
			continue
		}
		t := skipCount(toks, p+1)
		for t < len(toks) && (toks[t].low == "the" || toks[t].low == "a" || toks[t].low == "an") {
			t++
		}
		if t >= len(toks) || s.midx[t] < 0 || s.mentions[s.midx[t]].start != t {
			continue
		}
		ti := s.midx[t]
		tm := &s.mentions[ti]
		if tm.pronoun || tm.actor.Type == TypeIGO || tm.actor.Type == TypePerson {
			continue
		}
		if (prep == "in" || prep == "inside") && tm.actor.Type != TypeCountry {
			continue // "in a Russian strike in Kharkiv" names a place
		}
		// "said Israel's bombardment of Gaza resembles revenge" judges the
		// act; "said a Russian strike on Kyiv killed five" reports it.
		np := m.start
		for np > 0 && (toks[np-1].low == "a" || toks[np-1].low == "an" || toks[np-1].low == "the" || toks[np-1].low == "that") {
			np--
		}
		// The phrase is the clause's subject or an adjunct ("killed in",
		// "days after", "in retaliation for"); as the object of another
		// word ("an investigation into", "denied") the act is not asserted.
		if np > 0 {
			prev := &toks[np-1]
			reported := (prev.is(fSpeechVerbs) || prev.low == "that") && tm.end < len(toks) && casualtyVerbs[toks[tm.end].low]
			if !(reported || prev.kind == tokPunct || prev.kind == tokQuote || prev.is(fBoundaryWords) || adjunctPreps[prev.low]) {
				continue
			}
		}
		// A condition, a negation or a question before the phrase drops it;
		// a modal after it ("a Russian attack on NATO would …") too.
		from := max(0, m.start-8)
		if s.modality(from, m.start, cls, len(cls)) == modDrop || s.negatedSince(0, m.start) || s.hypotheticalAfter(tm.end) {
			continue
		}
		objs := s.coordRight(ti)
		for _, o := range objs {
			b := s.mentions[o].actor
			if hasDyad(out[first:], a, b) {
				continue
			}
			out = appendEvent(out, a, b, code, 0.55, head)
		}
	}
	return out
}

// conflictShapes runs the passes of this file over a sentence whose
// clauses are analysed, after the other shapes: those that scan every
// word only when the sentence has one of their trigger words.
func (x *Extractor) conflictShapes(s *sentence, cls []clause, owner []int, out []event, first int) []event {
	out = x.attackNominals(s, cls, out, first)
	out = x.reactionTargets(s, cls, out, first)
	trigger := false
	for i := range s.toks {
		if s.toks[i].is(fConflictTrigger) {
			trigger = true
			break
		}
	}
	if trigger {
		out = x.forcePosture(s, cls, owner, out, first)
		out = x.showsOfForce(s, cls, owner, out, first)
		out = x.unknownAttackers(s, cls, out, first)
		out = x.intrusions(s, cls, owner, out, first)
		s.deportations(out, first)
		out = s.exchangesOfFire(out, first)
	}
	return x.violenceShapes(s, cls, owner, out, first)
}

// conflictTriggers are the words the passes of conflictShapes start from:
// verbs of posture and intrusion, bombs, "show" (of force), "expelled".
var conflictTriggers = func() map[string]bool {
	m := map[string]bool{"show": true, "expelled": true, "expel": true, "expels": true, "expelling": true,
		"exchanged": true, "exchanging": true, "exchange": true, "traded": true, "trading": true, "trade": true}
	for _, set := range []map[string]string{postureVerbs, bombNouns} {
		for w := range set {
			m[w] = true
		}
	}
	for w := range intrusionVerbs {
		m[w] = true
	}
	return m
}()

// groupSides name the sides of a country's own conflicts that are not
// the state, by agent role: an armed group, the opposition, civilians.
var groupSides = map[string]string{
	"rebel": "rebels", "rebels": "rebels", "insurgent": "rebels", "insurgents": "rebels",
	"militant": "rebels", "militants": "rebels", "gunman": "rebels", "gunmen": "rebels",
	"separatist": "rebels", "separatists": "rebels", "militia": "rebels", "militias": "rebels",
	"jihadist": "rebels", "jihadists": "rebels", "fighter": "rebels", "fighters": "rebels",
	"guerrilla": "rebels", "guerrillas": "rebels", "attacker": "rebels", "attackers": "rebels",
	"rebel group": "rebels", "bomber": "rebels", "bombers": "rebels", "extremist": "rebels",
	"extremists": "rebels", "terrorist": "rebels", "terrorists": "rebels",
	"opposition": "opposition", "opposition parties": "opposition", "dissident": "opposition",
	"dissidents": "opposition", "activist": "opposition", "activists": "opposition",
	"protester": "opposition", "protesters": "opposition", "demonstrator": "opposition",
	"demonstrators": "opposition", "protestor": "opposition", "protestors": "opposition",
	"civilian": "civilians", "civilians": "civilians", "villager": "civilians",
	"villagers": "civilians", "resident": "civilians", "residents": "civilians",
	"citizen": "civilians", "citizens": "civilians", "people": "civilians",
	"worker": "civilians", "workers": "civilians", "worshipper": "civilians",
	"worshippers": "civilians", "refugee": "civilians", "refugees": "civilians",
}

// agentFor returns the actor of an agent phrase attached to a country:
// the country's government or military as one node each, and for a group
// the side it stands for ("kenya-opposition", "nigeria-rebels",
// "nigeria-civilians"), so that two sides of one country stay apart.
func (r *registry) agentFor(country *Actor, ae AgentEntry) *Actor {
	if ae.Type != TypeGroup {
		return r.agent(country, ae.Type)
	}
	side, ok := groupSides[strings.ToLower(ae.Role)]
	if !ok {
		return r.agent(country, ae.Type)
	}
	id := country.ID + "-" + side
	if p, ok := r.actors[id]; ok {
		return p
	}
	return r.get(Actor{ID: id, Name: country.Name + " " + side, Type: TypeGroup, Country: country.Country, Role: side})
}

// domesticCoercion reports whether an act of a on b, both of one country,
// is a domestic event CAMEO codes: the state (the country, its
// government or its forces) arresting, jailing, convicting, attacking or
// killing a person, an official or an officer of its own ("Turkish
// police detained Istanbul mayor Ekrem Imamoglu", "Ukraine arrested two
// colonels of Ukraine's state guard").
func domesticCoercion(a, b *Actor, code string) bool {
	if b.Type != TypePerson && b.Type != TypeGovernment && b.Type != TypeMilitary {
		return false
	}
	switch a.Type {
	case TypeCountry, TypeGovernment, TypeMilitary:
	default:
		return false
	}
	return code == "116" || strings.HasPrefix(code, "17") || strings.HasPrefix(code, "18") || strings.HasPrefix(code, "20")
}

// postureVerbs move or gather forces, with the code they take: showing
// force near another country (150) or massing it there (154).
var postureVerbs = map[string]string{
	"flew": "150", "flown": "150", "sailed": "150", "sent": "154", "deployed": "154",
	"moved": "154", "massed": "154", "amassed": "154", "stationed": "154", "positioned": "154",
	"dispatched": "154", "redeployed": "154", "gathered": "154", "concentrated": "154",
	"deploys": "154", "deploying": "154", "massing": "154", "sending": "154", "flying": "150",
	"sailing": "150", "put": "152", "placed": "152", "raised": "152", "heightened": "152",
	"fired": "150", "launched": "150", "test-fired": "150",
}

// alertWords make "put", "placed" or "raised" a raised alert (152).
var alertWords = map[string]bool{"alert": true, "readiness": true}

// fireVerbs shoot; only fire near a country, not at it, is a show of force.
var fireVerbs = map[string]bool{"fired": true, "launched": true, "test-fired": true}

// forceWords are the forces a posture verb moves.
var forceWords = map[string]bool{
	"troops": true, "forces": true, "soldiers": true, "warships": true, "warship": true,
	"warplanes": true, "jets": true, "aircraft": true, "bombers": true, "fighters": true,
	"ships": true, "vessels": true, "artillery": true, "tanks": true, "carrier": true,
	"destroyers": true, "destroyer": true, "submarines": true, "submarine": true, "drones": true,
	"missiles": true, "units": true, "reservists": true, "battalions": true, "brigades": true,
	"divisions": true, "frigates": true, "frigate": true, "gunboats": true, "armour": true,
	"armor": true, "planes": true, "helicopters": true, "balloons": true, "navy": true,
	"army": true, "military": true, "force": true, "defences": true, "defenses": true,
	"shells": true, "rockets": true,
}

// posturePreps place the forces by the target.
var posturePreps = map[string]bool{
	"near": true, "into": true, "toward": true, "towards": true, "along": true, "off": true,
	"around": true, "close": true, "at": true, "on": true, "over": true, "across": true,
}

// forcePosture codes forces moved or gathered by another country: "China
// flew 45 warplanes into Taiwan's air defence zone", "Russian warships
// sailed near Japan's northern islands", "North Korea massed artillery
// along the border with South Korea". The subject is found as for a
// verb; the forces are named between the verb and the place, or the
// subject is itself a force; the place is a country, its possession or
// "the border with" it.
func (x *Extractor) forcePosture(s *sentence, cls []clause, owner []int, out []event, first int) []event {
	toks := s.toks
	for v := 1; v+2 < len(toks); v++ {
		if !toks[v].is(fConflictTrigger) {
			continue
		}
		code, ok := postureVerbs[toks[v].low]
		if !ok || s.midx[v] >= 0 || s.inQuote[v] {
			continue
		}
		// The forces and the preposition within a few words.
		forces, alert, p := false, false, -1
		for j := v + 1; j < len(toks) && j <= v+9; j++ {
			t := &toks[j]
			if mi := s.midx[j]; mi >= 0 && s.mentions[mi].actor.Type == TypeMilitary && s.mentions[mi].prep == "" {
				forces = true // "moved its troops": the subject's own forces
				j = s.mentions[mi].end - 1
				continue
			}
			if s.midx[j] >= 0 || t.kind == tokPunct || t.kind == tokQuote {
				break
			}
			if forceWords[t.low] {
				forces = true
				continue
			}
			if alertWords[t.low] {
				alert = true
				continue
			}
			if posturePreps[t.low] && !(t.low == "on" && j+1 < len(toks) && (alertWords[toks[j+1].low] || alertWords[toks[min(j+2, len(toks)-1)].low])) {
				p = j
				break
			}
		}
		if code == "152" && !alert {
			continue // "put", "raised": only an alert
		}
		if fireVerbs[toks[v].low] && (p < 0 || !(toks[p].low == "near" || toks[p].low == "toward" || toks[p].low == "towards" || toks[p].low == "off" || toks[p].low == "around" || toks[p].low == "close")) {
			continue // "fired missiles at": an attack, coded as such
		}
		if p < 0 {
			if alert {
				// "put its forces on high alert after India vowed to …".
				out = x.alertAnswer(s, cls, owner, out, first, v, code)
			}
			continue
		}
		// "close to", "near the border with", "off the coast of".
		t := p + 1
		if toks[p].low == "close" {
			if t >= len(toks) || toks[t].low != "to" {
				continue
			}
			t++
		}
		for t < len(toks) && (toks[t].low == "the" || toks[t].low == "its" || toks[t].low == "their" || toks[t].low == "a" || toks[t].low == "an") {
			t++
		}
		if t+1 < len(toks) && (toks[t].low == "border" || toks[t].low == "borders" || toks[t].low == "coast" || toks[t].low == "frontier") && (toks[t+1].low == "with" || toks[t+1].low == "of") {
			t += 2
			for t < len(toks) && toks[t].low == "the" {
				t++
			}
		}
		if t < len(toks) && s.midx[t] < 0 {
			s.demonymTarget(t) // "toward the Ukrainian border", "near a South Korean island"
		}
		if t >= len(toks) || s.midx[t] < 0 || s.mentions[s.midx[t]].start != t {
			continue
		}
		ti := s.midx[t]
		if tm := &s.mentions[ti]; tm.pronoun || tm.actor.Country == "" || tm.actor.Type == TypeIGO {
			continue
		}
		cls2 := append(cls[:len(cls):len(cls)], clause{m: vmatch{start: v, end: v + 1, entry: &verbEntry{code: code, form: formPast}}})
		st, subs, _ := x.subject(s, cls2, len(cls2)-1, owner, map[int]bool{})
		if len(subs) == 0 || !(forces || s.mentions[subs[0]].actor.Type == TypeMilitary && s.mentions[subs[0]].end == v) {
			continue // "Russian warships sailed near …": the subject is the force
		}
		if st < 0 || st > v {
			st = max(0, v-6)
		}
		if s.modality(st, v, cls, len(cls)) == modDrop || s.negatedSince(st, v) {
			continue
		}
		for _, a := range subs {
			for _, o := range s.coordRight(ti) {
				sa, ob := s.mentions[a].actor, s.mentions[o].actor
				if hasDyad(out[first:], sa, ob) {
					continue
				}
				out = appendEvent(out, sa, ob, code, 0.55, v)
			}
		}
	}
	return out
}

// oppositionWords are agents that only a state of their own acts upon:
// its protesters, students and dissidents.
var oppositionWords = map[string]bool{
	"protesters": true, "protestors": true, "demonstrators": true, "activists": true,
	"dissidents": true, "students": true, "strikers": true, "opposition": true,
	"opposition supporters": true, "opposition leaders": true, "opposition figures": true,
	"opposition activists": true, "pro-democracy activists": true, "rioters": true,
}

// domesticAgents reads protesters, students and dissidents with no
// country of their own, in a sentence that names no place of action, as
// the opposition of the one country whose state (its name, government or
// forces) the sentence names before them: "Kenya's police shot dead 20
// protesters", "Iranian forces cracked down on protesters". With two
// countries named, nothing is guessed.
func (s *sentence) domesticAgents() bool {
	toks := s.toks
	var state *Actor
	first := len(toks)
	for k := range s.mentions {
		m := &s.mentions[k]
		if m.actor.Country == "" || m.actor.Type == TypeIGO {
			continue
		}
		if m.prep == "in" || m.prep == "at" || m.prep == "near" {
			return false // a place: generalAgents' reading
		}
		c := s.reg.country(m.actor.Country)
		if state != nil && c != state {
			return false
		}
		switch m.actor.Type {
		case TypeCountry, TypeGovernment, TypeMilitary, TypePerson:
			state = c // "Tunisian President Kais Saied … arrested opposition figures"
			first = min(first, m.end)
		}
	}
	if state == nil {
		return false
	}
	added := false
	for i := first; i < len(toks); i++ {
		if s.midx[i] >= 0 || toks[i].kind != tokWord || toks[i].upper {
			continue
		}
		end := i + 1
		if i+1 < len(toks) && oppositionWords[toks[i].low+" "+toks[i+1].low] {
			end = i + 2
		} else if i+2 < len(toks) && toks[i+1].kind == tokHyphen && oppositionWords[toks[i].low+"-"+toks[i+2].low+" "+toks[min(i+3, len(toks)-1)].low] {
			end = i + 4
		} else if !oppositionWords[toks[i].low] {
			continue
		}
		if end < len(toks) && (toks[end].low == "of" || toks[end].low == "from") {
			continue // "students from Gaza": their country follows
		}
		s.add(i, end, s.reg.agentFor(state, AgentEntry{Type: TypeGroup, Role: "opposition"}), mAgent, true)
		added = true
		i = end - 1
	}
	return added
}

// relativeHead returns the mention a relative clause closing at the
// comma j describes, or -1: in "Hezbollah, which is backed by Iran,
// fired rockets at Israel" the verb after the clause has the head
// "Hezbollah" as its subject, not an actor inside the clause. The head
// is a mention right before ", which", ", who" or ", whose" that no
// preposition governs and that starts its clause.
func (s *sentence) relativeHead(j int) int {
	toks := s.toks
	if toks[j].text != "," {
		return -1
	}
	for p := j - 1; p >= 2 && p >= j-30; p-- {
		t := &toks[p]
		if t.text == ";" || t.text == "." || t.text == ":" || t.kind == tokQuote {
			return -1
		}
		if t.low != "which" && t.low != "who" && t.low != "whose" {
			continue
		}
		if toks[p-1].text != "," || s.midx[p] >= 0 {
			return -1
		}
		h := s.midx[p-2]
		if h < 0 || s.mentions[h].prep != "" {
			return -1
		}
		// The head starts its clause: "Israel struck Hamas, which …, and"
		// has no head subject for what follows.
		st := s.mentions[s.coordLeft(h)[0]].start
		if st > 0 {
			if b := &toks[st-1]; !(b.kind == tokPunct || b.kind == tokDash || b.kind == tokQuote || b.is(fBoundaryWords)) {
				return -1
			}
		}
		return h
	}
	return -1
}

// casualtyCount skips a count of people at k ("at least 20", "more than
// 100", "hundreds of", "an estimated 5,000") when a number follows the
// hedge; else it returns k.
func casualtyCount(toks []token, k int) int {
	j := k
	switch {
	case j+1 < len(toks) && toks[j].low == "at" && (toks[j+1].low == "least" || toks[j+1].low == "most"):
		j += 2
	case j+1 < len(toks) && (toks[j].low == "more" || toks[j].low == "fewer" || toks[j].low == "less") && toks[j+1].low == "than":
		j += 2
	case j+1 < len(toks) && toks[j].low == "up" && toks[j+1].low == "to":
		j += 2
	case j+1 < len(toks) && toks[j].low == "an" && toks[j+1].low == "estimated":
		j += 2
	case j < len(toks) && (toks[j].low == "nearly" || toks[j].low == "almost" || toks[j].low == "roughly" || toks[j].low == "some" || toks[j].low == "about" || toks[j].low == "around"):
		j++
	}
	if j < len(toks) && (toks[j].kind == tokNumber || toks[j].is(fQuantityWords)) {
		j++
		if j < len(toks) && toks[j].low == "of" {
			j++
		}
		return j
	}
	return k
}

// volleyNouns count what an agent sent: "a barrage of Russian missiles".
var volleyNouns = map[string]bool{
	"barrage": true, "wave": true, "salvo": true, "swarm": true, "volley": true, "hail": true,
	"series": true, "flurry": true, "string": true, "group": false, "fleet": true, "squadron": true,
}

// agentStart skips the words before the agent of a passive at k:
// quantities and determiners ("by the", "by at least two") and a volley
// ("by a barrage of", "by a swarm of").
func agentStart(toks []token, k int) int {
	k = skipQuantity(toks, k)
	j := k
	if j < len(toks) && (toks[j].low == "a" || toks[j].low == "an") {
		j++
	}
	for j < len(toks) && toks[j].kind == tokWord && !toks[j].upper && j < k+3 && !volleyNouns[toks[j].low] && attackModifiers[toks[j].low] {
		j++ // "a massive barrage of"
	}
	if j+1 < len(toks) && volleyNouns[toks[j].low] && toks[j+1].low == "of" {
		return skipQuantity(toks, j+2)
	}
	if k+1 < len(toks) && (toks[k].low == "a" || toks[k].low == "an" || toks[k].low == "the") {
		return k + 1 // "by an Israeli air strike": the mention starts after the article
	}
	return k
}

// subordinators open a clause that tells what another clause answers.
var subordinators = map[string]bool{
	"after": true, "when": true, "as": true, "following": true, "because": true, "since": true,
}

// reactionTargets codes a protest, condemnation, threat or cut in ties
// with no object of its own by the author of the act a subordinate clause
// tells: "Japan protested after a Chinese coast guard vessel entered its
// waters", "When Chinese vessels blocked a Philippine supply mission,
// Manila lodged a diplomatic protest". The author is the subject of a
// clause right after "after", "when", "as", "following" or "because",
// of another country than the one reacting, when that clause names no
// other target.
func (x *Extractor) reactionTargets(s *sentence, cls []clause, out []event, first int) []event {
	for k := range cls {
		c := &cls[k]
		code := c.m.entry.code
		if c.skip || c.emitted || !c.done || len(c.subjects) == 0 || len(c.objects) > 0 || c.m.entry.form == formNoun || len(code) < 2 {
			continue
		}
		switch code[:2] {
		case "11", "12", "13", "14", "15", "16":
		default:
			continue
		}
		y := s.mentions[c.subjects[0]].actor
		if y.Country == "" {
			continue
		}
		// The reacting clause's own modality.
		st := s.mentions[c.subjects[0]].start
		if st > c.m.start || s.modality(st, c.m.start, cls, k) != modFact || s.negatedSince(st, c.m.start) {
			continue
		}
		a := s.subordinateAuthor(y, st, c.m.end)
		if a == nil || hasDyad(out[first:], y, a) {
			continue
		}
		out = appendEvent(out, y, a, code, 0.5, c.m.start)
	}
	return out
}

// demonymTarget reads a demonym before a plain noun at k ("Ukrainian
// cities", "Israeli positions") as a mention of its country and returns
// its index, or -1.
func (s *sentence) demonymTarget(k int) int {
	toks := s.toks
	if k+1 >= len(toks) || s.midx[k] >= 0 || toks[k].kind != tokWord || !toks[k].upper {
		return -1
	}
	e, a, kind, nk, ok := s.reg.nameAt(toks, k, s.buf)
	if !ok || e >= len(toks) || kind != mCountry || nk != KindDemonym || toks[e].kind != tokWord || toks[e].upper {
		return -1
	}
	for j := k; j < e; j++ {
		if s.midx[j] >= 0 {
			return -1
		}
	}
	s.mentions = append(s.mentions, mention{start: k, end: e, actor: a, kind: mCountry})
	for j := k; j < e; j++ {
		s.midx[j] = len(s.mentions) - 1
	}
	return len(s.mentions) - 1
}

// subordinateAuthor returns the author of the act a subordinate clause
// tells, outside the reacting clause [st, end) of y: the first mention
// after "after", "when", "as", "following", "because" or "since" (past an
// article), of another country than y, followed by its verb, when the
// clause names no other target than y ("after a Chinese vessel entered
// its waters", "When Chinese vessels blocked a Philippine mission"); nil
// when there is none.
func (s *sentence) subordinateAuthor(y *Actor, st, end int) *Actor {
	toks := s.toks
	for b := 0; b+2 < len(toks); b++ {
		if !subordinators[toks[b].low] || s.midx[b] >= 0 || (b >= st && b < end) {
			continue
		}
		j := b + 1
		for j < len(toks) && (toks[j].low == "a" || toks[j].low == "an" || toks[j].low == "the") {
			j++
		}
		if j >= len(toks) || s.midx[j] < 0 || s.mentions[s.midx[j]].start != j {
			continue
		}
		am := &s.mentions[s.midx[j]]
		a := am.actor
		if a.Country == "" || a.Country == y.Country || a.Type == TypeIGO || am.end >= len(toks) || toks[am.end].kind != tokWord || toks[am.end].is(fPrepositions) {
			continue
		}
		for e := am.end; e < len(toks) && e < am.end+8; e++ {
			if toks[e].kind == tokPunct || (e >= st && e <= end) {
				break
			}
			if mi := s.midx[e]; mi >= 0 {
				if s.mentions[mi].actor.Country != y.Country {
					return nil
				}
				break
			}
		}
		return a
	}
	return nil
}

// alertAnswer codes a raised alert with no place of its own towards the
// author of the act a subordinate clause tells: "South Korea raised its
// military alert level after North Korea launched a spy satellite".
func (x *Extractor) alertAnswer(s *sentence, cls []clause, owner []int, out []event, first, v int, code string) []event {
	cls2 := append(cls[:len(cls):len(cls)], clause{m: vmatch{start: v, end: v + 1, entry: &verbEntry{code: code, form: formPast}}})
	st, subs, _ := x.subject(s, cls2, len(cls2)-1, owner, map[int]bool{})
	if len(subs) == 0 || st < 0 || st > v || s.modality(st, v, cls, len(cls)) != modFact || s.negatedSince(st, v) {
		return out
	}
	y := s.mentions[subs[0]].actor
	if y.Country == "" {
		return out
	}
	if a := s.subordinateAuthor(y, st, v+1); a != nil && !hasDyad(out[first:], y, a) {
		out = appendEvent(out, y, a, code, 0.5, v)
	}
	return out
}

// showsOfForce codes "in a show of force against North Korea", "a show
// of strength aimed at Taiwan": the subject of the clause shows force to
// the country named (150).
func (x *Extractor) showsOfForce(s *sentence, cls []clause, owner []int, out []event, first int) []event {
	toks := s.toks
	for i := 1; i+4 < len(toks); i++ {
		if toks[i].low != "show" || toks[i+1].low != "of" || (toks[i+2].low != "force" && toks[i+2].low != "strength") || s.midx[i] >= 0 {
			continue
		}
		t := i + 3
		switch {
		case toks[t].low == "against" || toks[t].low == "toward" || toks[t].low == "towards" || toks[t].low == "to":
			t++
		case (toks[t].low == "aimed" || toks[t].low == "directed") && toks[t+1].low == "at":
			t += 2
		default:
			continue
		}
		for t < len(toks) && toks[t].low == "the" {
			t++
		}
		if t < len(toks) && s.midx[t] < 0 {
			s.demonymTarget(t)
		}
		if t >= len(toks) || s.midx[t] < 0 || s.mentions[s.midx[t]].start != t || s.mentions[s.midx[t]].actor.Type == TypeIGO {
			continue
		}
		cls2 := append(cls[:len(cls):len(cls)], clause{m: vmatch{start: i, end: i + 1, entry: &verbEntry{code: "150", form: formPast}}})
		st, subs, _ := x.subject(s, cls2, len(cls2)-1, owner, map[int]bool{})
		if len(subs) == 0 || st < 0 || s.modality(st, i, cls, len(cls)) == modDrop || s.negatedSince(st, i) {
			continue
		}
		for _, a := range subs {
			for _, o := range s.coordRight(s.midx[t]) {
				sa, ob := s.mentions[a].actor, s.mentions[o].actor
				if !hasDyad(out[first:], sa, ob) {
					out = appendEvent(out, sa, ob, "150", 0.5, i)
				}
			}
		}
	}
	return out
}

// bombNouns name an attack whose author the sentence does not know: "a
// roadside bomb killed four soldiers", "the blast wounded 20 people".
var bombNouns = map[string]string{
	"bomb": "183", "bombs": "183", "blast": "183", "blasts": "183", "explosion": "183",
	"explosions": "183", "bombing": "183", "ied": "1833", "ieds": "1833",
}

// blastVerbs tell what a bomb did to its victims.
var blastVerbs = map[string]bool{
	"killed": true, "wounded": true, "injured": true, "hit": true, "struck": true, "targeted": true,
	"kills": true, "wounds": true, "injures": true, "hits": true, "strikes": true, "targets": true,
}

// unknownAttackers codes acts of violence whose subject is a bomb or a
// blast with no author named: the attackers take the country where they
// act (the one place the sentence names after "in"), as armed men of
// that country do ("A roadside bomb killed four Indian soldiers in
// Manipur"). A suicide bombing is 1831, a car bomb 1832, a roadside bomb
// 1833.
func (x *Extractor) unknownAttackers(s *sentence, cls []clause, out []event, first int) []event {
	toks := s.toks
	for i := 0; i+2 < len(toks); i++ {
		if !toks[i].is(fConflictTrigger) {
			continue
		}
		code, ok := bombNouns[toks[i].low]
		if !ok || s.midx[i] >= 0 || s.inQuote[i] {
			continue
		}
		if i > 0 {
			switch toks[i-1].low {
			case "suicide":
				code = "1831"
			case "car", "truck", "vehicle":
				code = "1832"
			case "roadside":
				code = "1833"
			}
		}
		// The verb right after the noun, or after a place phrase ("a
		// bombing at a mosque in Peshawar killed").
		v := -1
		for j := i + 1; j < len(toks) && j <= i+8; j++ {
			if toks[j].kind == tokPunct || toks[j].kind == tokQuote {
				break
			}
			if blastVerbs[toks[j].low] {
				v = j
				break
			}
		}
		if v < 0 {
			continue
		}
		// The bomb starts its clause: no author before it ("Hamas' bomb").
		b := i - 1
		for b >= 0 && toks[b].kind == tokWord && !toks[b].upper && s.midx[b] < 0 && !toks[b].is(fBoundaryWords) && !toks[b].is(fSpeechVerbs) && !toks[b].is(fPrepositions) {
			b--
		}
		if b >= 0 && (s.midx[b] >= 0 || toks[b].kind == tokPoss) {
			continue
		}
		if s.modality(max(0, b), v, cls, len(cls)) == modDrop || s.negatedSince(max(0, b), v) || s.hypotheticalAfter(i+1) {
			continue
		}
		// The victims: the first mention after the verb in its clause.
		o := -1
		for j := casualtyCount(toks, v+1); j < len(toks) && j <= v+6; j++ {
			if toks[j].kind == tokPunct || toks[j].is(fBoundaryWords) {
				break
			}
			if s.midx[j] >= 0 {
				o = s.midx[j]
				break
			}
		}
		if o < 0 || s.mentions[o].actor.Country == "" || s.mentions[o].actor.Type == TypeIGO || s.mentions[o].pronoun {
			continue
		}
		// The place: one country named after "in" or "at".
		var place *Actor
		for mi := range s.mentions {
			m := &s.mentions[mi]
			if (m.prep != "in" && m.prep != "at") || m.actor.Country == "" || m.actor.Type == TypeIGO {
				continue
			}
			c := s.reg.country(m.actor.Country)
			if place != nil && place != c {
				place = nil
				break
			}
			place = c
		}
		if place == nil {
			continue
		}
		a := s.reg.agentFor(place, AgentEntry{Type: TypeGroup, Role: "attackers"})
		for _, oi := range s.coordRight(o) {
			if ob := s.mentions[oi].actor; !hasDyad(out[first:], a, ob) {
				out = appendEvent(out, a, ob, code, 0.5, i)
			}
		}
	}
	return out
}

// peopleWords are people of a country, not its envoys: expelling them is
// a deportation (174), not a cut in relations (161).
var peopleWords = map[string]bool{
	"refugees": true, "migrants": true, "nationals": true, "citizens": true, "workers": true,
	"asylum-seekers": true, "families": true, "people": true, "civilians": true, "residents": true,
	"immigrants": true, "afghans": true, "students": true, "tourists": true, "journalists": true,
}

// envoyWords are the envoys whose expulsion cuts relations.
var envoyWords = map[string]bool{
	"diplomat": true, "diplomats": true, "ambassador": true, "envoy": true, "envoys": true,
	"attache": true, "attaché": true, "consul": true, "staff": true, "mission": true,
}

// deportations recodes an expulsion of people rather than envoys as a
// deportation: "Pakistan expelled thousands of Afghan refugees" (174).
func (s *sentence) deportations(out []event, first int) {
	toks := s.toks
	for e := first; e < len(out); e++ {
		ev := &out[e]
		if ev.code != "161" || ev.pos >= len(toks) || !strings.HasPrefix(toks[ev.pos].low, "expel") {
			continue
		}
		people := false
		for j := ev.pos + 1; j < len(toks) && j <= ev.pos+7; j++ {
			w := toks[j].low
			if toks[j].kind == tokPunct {
				break
			}
			if envoyWords[w] {
				people = false
				break
			}
			if peopleWords[w] {
				people = true
			}
		}
		if people {
			ev.code = "174"
		}
	}
}

// titledPerson skips a lower-case title before a person's name at j
// ("former prime minister Imran Khan", "opposition leader Ousmane
// Sonko") and returns where the person's mention starts, or j.
func (s *sentence) titledPerson(j int) int {
	toks := s.toks
	k := j
	for k < len(toks) && k < j+2 && (toks[k].low == "former" || toks[k].low == "jailed" || toks[k].low == "ousted" || toks[k].low == "exiled" || toks[k].low == "detained" || toks[k].low == "deposed") {
		k++
	}
	if k >= len(toks) || s.midx[k] >= 0 || toks[k].upper {
		return j
	}
	e, ae, ok := s.reg.agentAt(toks, k, s.buf)
	if !ok || ae.Type != TypePerson || e >= len(toks) || s.midx[e] < 0 || s.mentions[s.midx[e]].kind != mPerson || s.mentions[s.midx[e]].start != e {
		return j
	}
	return e
}

// intrusionVerbs enter another country's space uninvited.
var intrusionVerbs = map[string]bool{
	"violated": true, "violating": true, "violate": true, "violates": true, "entered": true,
	"entering": true, "enters": true, "intruded": true, "breached": true, "penetrated": true,
	"strayed": true, "crossed": true,
}

// spaceWords are the spaces of a country that forces intrude into.
var spaceWords = map[string]bool{
	"airspace": true, "waters": true, "territory": true, "zone": true, "soil": true,
}

// intrusions codes forces entering or violating another country's
// airspace, waters or territory (150, as PETRARCH codes "violate
// airspace"): "Russian drones entered Polish airspace", "Chinese coast
// guard ships entered Japan's territorial waters", "Estonia said Russian
// jets violated its airspace" (its: the speaker).
func (x *Extractor) intrusions(s *sentence, cls []clause, owner []int, out []event, first int) []event {
	toks := s.toks
	for v := 1; v+1 < len(toks); v++ {
		if !toks[v].is(fConflictTrigger) || !intrusionVerbs[toks[v].low] || s.midx[v] >= 0 || s.inQuote[v] {
			continue
		}
		j := v + 1
		if j < len(toks) && (toks[j].low == "into" || toks[j].low == "on") {
			j++
		}
		// Whose space: a mention ending in the space ("Estonian
		// airspace"), a possessor ("Japan's territorial waters"), or
		// "its" for the speaker.
		var target *Actor
		k := j
		for k < len(toks) && k < j+3 && (toks[k].low == "the" || toks[k].low == "its" || toks[k].low == "their") {
			k++
		}
		if k < len(toks) {
			if mi := s.midx[k]; mi >= 0 && s.mentions[mi].start == k {
				m := &s.mentions[mi]
				e := m.end
				if m.poss && e < len(toks) && toks[e].kind == tokPoss {
					e++
				}
				for e < len(toks) && e < m.end+4 && !spaceWords[toks[e].low] && toks[e].kind == tokWord && !toks[e].upper && s.midx[e] < 0 {
					e++ // "territorial", "air defence identification"
				}
				if spaceWords[toks[m.end-1].low] || (e < len(toks) && spaceWords[toks[e].low]) {
					target = m.actor
				}
			} else if toks[k-1].low == "its" || toks[k-1].low == "their" {
				e := k
				for e < len(toks) && e < k+4 && !spaceWords[toks[e].low] && toks[e].kind == tokWord && !toks[e].upper {
					e++
				}
				if e < len(toks) && spaceWords[toks[e].low] {
					// "Estonia said … violated its airspace": the speaker.
					for p := v - 1; p >= 0; p-- {
						if toks[p].is(fSpeechVerbs) {
							if mi := s.speakerBefore(p); mi >= 0 {
								target = s.mentions[mi].actor
							}
							break
						}
					}
				}
			}
		}
		if target == nil || target.Country == "" || target.Type == TypeIGO {
			continue
		}
		cls2 := append(cls[:len(cls):len(cls)], clause{m: vmatch{start: v, end: v + 1, entry: &verbEntry{code: "150", form: formPast}}})
		st, subs, _ := x.subject(s, cls2, len(cls2)-1, owner, map[int]bool{})
		if len(subs) == 0 || st < 0 || st > v || s.modality(st, v, cls, len(cls)) == modDrop || s.negatedSince(st, v) {
			continue
		}
		for _, a := range subs {
			if sa := s.mentions[a].actor; !hasDyad(out[first:], sa, target) {
				out = appendEvent(out, sa, target, "150", 0.55, v)
			}
		}
	}
	return out
}

// fireNouns are what two sides exchange when they fight, with the code
// of the fighting: "exchanged missile strikes" (195), "traded artillery
// fire" (194), "exchanged gunfire" (193).
var fireNouns = map[string]string{
	"fire": "190", "strikes": "195", "blows": "190", "attacks": "190", "gunfire": "193",
	"shelling": "194", "shells": "194", "rockets": "195", "missiles": "195", "drones": "195",
	"salvos": "195", "volleys": "190", "shots": "193", "airstrikes": "195", "barrages": "195",
}

// exchangesOfFire recodes an exchange or a trade whose goods are fire,
// strikes or shells as fighting: "Israel and Iran exchanged missile
// strikes", "India and Pakistan traded artillery fire" are no material
// cooperation (06). When the sentence already relates the two countries
// by fighting, the recoded event is dropped rather than told twice.
func (s *sentence) exchangesOfFire(out []event, first int) []event {
	keep := out[:first]
	for e := first; e < len(out); e++ {
		ev := out[e]
		if code := s.fireCode(ev); code != "" {
			fought := false
			for f := first; f < len(out); f++ {
				o := &out[f]
				fought = fought || (f != e && strings.HasPrefix(o.code, "19") && o.subj.Country == ev.subj.Country && o.obj.Country == ev.obj.Country)
			}
			if fought {
				continue
			}
			ev.code = code
		}
		keep = append(keep, ev)
	}
	return keep
}

// fireCode returns the code of fighting for an exchange or trade of fire
// ("exchanged missile strikes"), or "".
func (s *sentence) fireCode(ev event) string {
	toks := s.toks
	if !strings.HasPrefix(ev.code, "06") || ev.pos >= len(toks) || !toks[ev.pos].is(fConflictTrigger) {
		return ""
	}
	if w := toks[ev.pos].low; !strings.HasPrefix(w, "exchang") && !strings.HasPrefix(w, "trad") {
		return ""
	}
	for j := ev.pos + 1; j < len(toks) && j <= ev.pos+4; j++ {
		if c, ok := fireNouns[toks[j].low]; ok {
			if c == "190" && j > ev.pos+1 && (toks[j-1].low == "artillery" || toks[j-1].low == "mortar") {
				c = "194"
			} else if c == "190" && j > ev.pos+1 && airWords[toks[j-1].low] {
				c = "195"
			}
			return c
		}
		if toks[j].kind != tokWord || s.midx[j] >= 0 {
			break
		}
	}
	return ""
}
