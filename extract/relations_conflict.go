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
// killing a person of its own ("Turkish police detained Istanbul mayor
// Ekrem Imamoglu", "Brazil's Supreme Court convicted Jair Bolsonaro").
func domesticCoercion(a, b *Actor, code string) bool {
	if b.Type != TypePerson {
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
	"sailing": "150",
}

// forceWords are the forces a posture verb moves.
var forceWords = map[string]bool{
	"troops": true, "forces": true, "soldiers": true, "warships": true, "warship": true,
	"warplanes": true, "jets": true, "aircraft": true, "bombers": true, "fighters": true,
	"ships": true, "vessels": true, "artillery": true, "tanks": true, "carrier": true,
	"destroyers": true, "destroyer": true, "submarines": true, "submarine": true, "drones": true,
	"missiles": true, "units": true, "reservists": true, "battalions": true, "brigades": true,
	"divisions": true, "frigates": true, "frigate": true, "gunboats": true, "armour": true,
	"armor": true, "planes": true, "helicopters": true, "balloons": true,
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
		code, ok := postureVerbs[toks[v].low]
		if !ok || s.midx[v] >= 0 || s.inQuote[v] {
			continue
		}
		// The forces and the preposition within a few words.
		forces, p := false, -1
		for j := v + 1; j < len(toks) && j <= v+7; j++ {
			t := &toks[j]
			if s.midx[j] >= 0 || t.kind == tokPunct || t.kind == tokQuote {
				break
			}
			if forceWords[t.low] {
				forces = true
				continue
			}
			if posturePreps[t.low] {
				p = j
				break
			}
		}
		if p < 0 {
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
		for t < len(toks) && (toks[t].low == "the" || toks[t].low == "its" || toks[t].low == "their") {
			t++
		}
		if t+1 < len(toks) && (toks[t].low == "border" || toks[t].low == "borders" || toks[t].low == "coast" || toks[t].low == "frontier") && (toks[t+1].low == "with" || toks[t+1].low == "of") {
			t += 2
			for t < len(toks) && toks[t].low == "the" {
				t++
			}
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
