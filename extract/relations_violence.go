package extract

import (
	"strconv"
	"strings"
)

// Violence shapes: who is said to have committed an assault or mass
// violence when the sentence does not tell it with a plain active verb,
// and how many it struck.
//
//   - A passive accusation, which names no accuser: "Sudan's Rapid
//     Support Forces were accused of massacring hundreds of civilians in
//     El Geneina", "Myanmar's army, accused of genocide against the
//     Rohingya". The accused is the author of the act (18x, 20x), its
//     target the first actor or place after it. An accusation someone
//     makes ("Amnesty accused Myanmar's army of …") is coded as theirs
//     alone, as hand coders do.
//   - An attack put down to an author: "A chemical attack on Douma was
//     blamed on Syrian government forces", "the bombing, attributed to
//     Islamic State".
//   - Killings of two hundred people or more ("hundreds", "about 8,000")
//     by other means than a bombardment are mass killings (202): "Serb
//     forces killed about 8,000 Bosniak men and boys".
//   - An attack with chemical or biological agents is the use of weapons
//     of mass destruction (2041).
//   - An attack by a suicide bomber is a suicide bombing (1831); a plot
//     or attempt to assassinate is an attempted assassination (185).

// accuseWords, before "of" or "for", put an act down to someone.
var accuseWords = map[string]string{
	"accused": "of", "suspected": "of", "blamed": "for", "responsible": "for", "guilty": "of",
	"implicated": "in", "convicted": "of", "charged": "with",
}

// accusePassive are the words between the accused and "accused": "were
// accused", "have long been accused", "is widely suspected".
var accusePassive = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "been": true, "being": true, "be": true,
	"have": true, "has": true, "had": true, "widely": true, "also": true, "repeatedly": true,
	"long": true, "previously": true, "themselves": true, "itself": true, "both": true,
	"found": true, "held": true, "stand": true, "stands": true, "stood": true,
}

// actLeadWords may stand between "accused of" and the act: "accused of
// carrying out", "accused of committing", "suspected of having".
var actLeadWords = map[string]bool{
	"carrying": true, "out": true, "committing": true, "having": true, "conducting": true,
	"perpetrating": true, "orchestrating": true, "a": true, "an": true, "the": true,
	"ordering": true, "waging": true, "staging": true, "mass": true, "deliberately": true,
	"systematically": true, "indiscriminately": true,
}

// massNouns name mass violence and assault as nouns, with their code:
// "accused of genocide", "a chemical attack on Douma was blamed on".
var massNouns = map[string]string{
	"genocide": "202", "massacre": "202", "massacres": "202", "killings": "202",
	"cleansing": "203", "deportation": "201", "deportations": "201", "expulsion": "201",
	"expulsions": "201", "extermination": "202", "atrocities": "200", "atrocity": "200",
	"torture": "1822", "torturing": "1822", "tortured": "1822", "abduction": "181",
	"abductions": "181", "kidnapping": "181", "kidnappings": "181", "assassination": "186",
	"bombing": "183", "bombings": "183", "rape": "1821", "rapes": "1821",
}

// wmdWords make an attack one with weapons of mass destruction (2041):
// "a chemical attack", "a sarin attack".
var wmdWords = map[string]bool{
	"chemical": true, "sarin": true, "chlorine": true, "gas": true, "nerve": true, "mustard": true,
	"biological": true, "novichok": true, "vx": true, "poison": true,
}

// violenceWords are the words the passes of this file start from.
var violenceWords = func() map[string]bool {
	m := map[string]bool{"attributed": true, "bomber": true, "bombers": true, "whether": true}
	for w := range drillNouns {
		m[w] = true
	}
	for w := range accuseWords {
		m[w] = true
	}
	for _, set := range []map[string]bool{killWords, expulsionVerbs} {
		for w := range set {
			m[w] = true
		}
	}
	for w := range passiveAssaults {
		m[w] = true
	}
	return m
}()

// violenceShapes runs the passes of this file on a sentence whose other
// shapes are coded, when it has one of their words or a clause of assault
// or mass violence.
func (x *Extractor) violenceShapes(s *sentence, cls []clause, owner []int, out []event, first int) []event {
	found := false
	for i := range s.toks {
		if violenceWords[s.toks[i].low] {
			found = true
			break
		}
	}
	for k := 0; k < len(cls) && !found; k++ {
		found = isRoot(cls[k].m.entry.code, "18", "20")
	}
	for e := first; e < len(out) && !found; e++ {
		found = isRoot(out[e].code, "17", "19") // seizures and attacks to refine
	}
	if !found {
		return out
	}
	out = x.accusedActs(s, cls, out, first)
	out = x.militaryDrills(s, cls, owner, out, first)
	out = x.blamedAttacks(s, cls, out, first)
	out = x.nominalAuthors(s, cls, out, first)
	out = x.passiveVictims(s, cls, out, first)
	out = x.massExpulsions(s, cls, out, first)
	s.inquiries(out, first)
	out = x.ownPlaceAttacks(s, cls, out, first)
	out = s.wmdAttacks(out, first)
	out = s.massKillings(out, first)
	out = s.bomberAttacks(out, first)
	s.irregularAssaults(out, first)
	s.hostageTakings(out, first)
	return out
}

// isRoot reports whether a CAMEO code is of one of the roots.
func isRoot(code string, roots ...string) bool {
	for _, r := range roots {
		if strings.HasPrefix(code, r) {
			return true
		}
	}
	return false
}

// actAt reads the act named at token a, after "accused of" and the like:
// a clause of assault, force or mass violence starting there ("of
// massacring", "of shelling") or one of massNouns, with "chemical" or
// "sarin" before "attack" making it 2041. It returns the code and where
// the act's words end, or "" when there is no act there.
func (s *sentence) actAt(cls []clause, a int) (string, int) {
	toks := s.toks
	for j := a; j < len(toks) && j < a+4 && actLeadWords[toks[j].low]; j++ {
		a = j + 1
	}
	if a >= len(toks) {
		return "", 0
	}
	for k := range cls {
		m := cls[k].m
		if m.start == a && isRoot(m.entry.code, "18", "20") {
			return m.entry.code, m.end
		}
	}
	for j := a; j < len(toks) && j < a+3; j++ {
		w := toks[j].low
		if wmdWords[w] {
			continue
		}
		if (w == "attack" || w == "attacks" || w == "weapons") && j > a && wmdWords[toks[j-1].low] {
			return "2041", j + 1
		}
		if c, ok := massNouns[w]; ok {
			return c, j + 1
		}
		if w != "ethnic" && w != "war" && w != "forced" && w != "forcible" && w != "mass" {
			break
		}
	}
	return "", 0
}

// victimAfter returns the actor an act ending at e struck: the first
// actor of a country in the words after it up to the end of the phrase,
// a demonym before a noun ("Ukrainian prisoners") or a place ("in El
// Geneina", standing for its country). A place or country of the
// author's own country stands for that country's civilians. It returns
// nil when there is none.
func (s *sentence) victimAfter(e int, author *Actor) *Actor {
	toks := s.toks
	for j := e; j < len(toks) && j < e+14; j++ {
		t := &toks[j]
		if t.kind == tokPunct || t.kind == tokQuote || t.kind == tokDash || t.is(fBoundaryWords) || t.low == "and" && j+1 < len(toks) && s.midx[j+1] < 0 && !toks[j+1].upper {
			return nil
		}
		mi := s.midx[j]
		if mi < 0 {
			mi = s.demonymTarget(j)
		}
		if mi < 0 {
			continue
		}
		me := &s.mentions[mi]
		if me.actor.Country == "" {
			j = me.end - 1
			continue
		}
		return s.ownPeople(me.actor, author)
	}
	return nil
}

// ownPeople returns v, or the civilians of the author's country when v is
// that country or the author itself: mass violence on one's own country
// strikes its people.
func (s *sentence) ownPeople(v, author *Actor) *Actor {
	if v.Country != author.Country || (v.Type != TypeCountry && v != author) {
		return v
	}
	return s.reg.agentFor(s.reg.country(v.Country), AgentEntry{Type: TypeGroup, Role: "civilians"})
}

// accusedActs codes the assault or mass violence an accused is said, by a
// passive or an appositive, to have committed: "Sudan's Rapid Support
// Forces were accused of massacring hundreds of civilians in El Geneina"
// (the RSF on Sudan's civilians, 20), "Myanmar's army, accused of
// genocide against the Rohingya".
func (x *Extractor) accusedActs(s *sentence, cls []clause, out []event, first int) []event {
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		prep, ok := accuseWords[toks[i].low]
		if !ok {
			continue
		}
		// The accused before a passive ("were accused of"), an appositive
		// ("the army, accused of") or a reduced relative ("Russian soldiers
		// accused of"). An active accusation puts its object between the
		// verb and the preposition, so it never reads so.
		if toks[i+1].low != prep {
			continue
		}
		code, end := s.actAt(cls, i+2)
		j := i - 1
		for j > 0 && accusePassive[toks[j].low] {
			j--
		}
		if j == i-1 && toks[j].text == "," {
			j--
		}
		if code == "" || j < 0 || s.midx[j] < 0 {
			continue
		}
		accused := s.coordLeft(s.midx[j])
		st := s.mentions[accused[0]].start
		if s.negatedSince(st, i) || s.modality(st, i, cls, 0) == modDrop {
			continue
		}
		for _, a := range accused {
			author := s.mentions[a].actor
			if author.Country == "" {
				continue
			}
			v := s.victimAfter(end, author)
			if v == nil || hasRoot(out[first:], author, v, code[:2]) {
				continue
			}
			out = appendEvent(out, author, v, code, 0.5, i)
		}
	}
	return out
}

// blamedAttacks codes an attack put down to its author by a passive:
// "A chemical attack on Douma was blamed on Syrian government forces",
// "the bombing of the embassy, attributed to Hezbollah". The target is
// the actor or place after the attack's noun.
func (x *Extractor) blamedAttacks(s *sentence, cls []clause, out []event, first int) []event {
	toks := s.toks
	for i := 1; i+2 < len(toks); i++ {
		if !(toks[i].low == "blamed" && toks[i+1].low == "on" || toks[i].low == "attributed" && toks[i+1].low == "to") {
			continue
		}
		k := i + 2
		for k < len(toks) && toks[k].low == "the" {
			k++
		}
		if k >= len(toks) || s.midx[k] < 0 {
			continue
		}
		author := s.mentions[s.midx[k]].actor
		if author.Country == "" {
			continue
		}
		// The attack's noun, before the passive in the same phrase.
		code, at := "", -1
		for j := i - 1; j >= 0 && j >= i-12; j-- {
			w := toks[j].low
			if toks[j].kind == tokPunct && toks[j].text != "," || toks[j].kind == tokQuote {
				break
			}
			if c, ok := massNouns[w]; ok && (author.Type == TypeGroup || !strings.HasPrefix(c, "18")) {
				code, at = c, j // a group's bombing is no air raid
			} else if c, ok := attackHeads[w]; ok {
				code, at = c, j
				if j > 0 && wmdWords[toks[j-1].low] {
					code = "2041"
				}
			} else if c, ok := massNouns[w]; ok {
				code, at = c, j
			}
		}
		if at < 0 {
			continue
		}
		st := at
		for st > 0 && toks[st-1].kind == tokWord && !toks[st-1].is(fBoundaryWords) && s.midx[st-1] < 0 && st > at-4 {
			st--
		}
		if s.negatedSince(max(0, st-4), i) || s.modality(st, i, cls, 0) == modDrop {
			continue
		}
		v := s.victimAfter(at+1, author)
		if v == nil || hasRoot(out[first:], author, v, code[:2]) {
			continue
		}
		out = appendEvent(out, author, v, code, 0.5, at)
	}
	return out
}

// killWords kill: the verb whose count of dead may make an attack a mass
// killing.
var killWords = map[string]bool{
	"killed": true, "killing": true, "kill": true, "kills": true, "massacred": true,
	"massacring": true, "slaughtered": true, "slaughtering": true, "executed": true, "murdered": true,
}

// combatantWords are victims whose killing is fighting, however many.
var combatantWords = map[string]bool{
	"soldiers": true, "troops": true, "fighters": true, "militants": true, "servicemen": true,
	"rebels": true, "insurgents": true, "personnel": true, "combatants": true, "police": true,
	"policemen": true, "officers": true, "guards": true, "members": true, "commanders": true,
	"jihadists": true, "gunmen": true, "attackers": true, "militiamen": true,
}

// massCount reports whether the count starting at k is of two hundred
// people or more ("hundreds of", "about 8,000", "more than 700"), and
// not of combatants.
func massCount(toks []token, k int) bool {
	j := casualtyCount(toks, k)
	if j == k {
		return false
	}
	n := 0
	for i := k; i < j; i++ {
		t := &toks[i]
		switch {
		case t.kind == tokNumber:
			v, err := strconv.Atoi(strings.ReplaceAll(t.text, ",", ""))
			if err == nil {
				n = max(n, v)
			}
		case t.low == "hundreds" || t.low == "thousands" || t.low == "millions" || t.low == "tens":
			n = max(n, 200)
		}
	}
	if n < 200 {
		return false
	}
	for i := j; i < len(toks) && i < j+4; i++ {
		if combatantWords[toks[i].low] {
			return false
		}
		if toks[i].kind == tokPunct {
			break
		}
	}
	return true
}

// massKillings codes as a mass killing (202) an assault or attack whose
// verb killed two hundred people or more outside a bombardment ("Serb
// forces killed about 8,000 Bosniak men and boys"), and adds one to an
// attack whose participle did ("Hutu militias stormed the church,
// slaughtering hundreds of Tutsis").
func (s *sentence) massKillings(out []event, first int) []event {
	toks := s.toks
	end := len(out)
	for e := first; e < end; e++ {
		ev := out[e]
		if !isRoot(ev.code, "18", "19") || ev.pos >= len(toks) {
			continue
		}
		for j := ev.pos; j < len(toks) && j < ev.pos+20; j++ {
			if toks[j].low == ";" || toks[j].low == "." {
				break
			}
			if killWords[toks[j].low] && massCount(toks, j+1) {
				switch {
				case hasRoot(out[first:], ev.subj, ev.obj, "20"):
				case j < ev.pos+2:
					if !s.strikeWords() {
						out[e].code = "202" // the attack is the killing
					}
				default:
					out = appendEvent(out, ev.subj, ev.obj, "202", ev.conf, ev.pos)
				}
				break
			}
		}
	}
	return out
}

// bomberAttacks codes an attack whose subject is a suicide bomber as a
// suicide bombing (1831): "A suicide bomber struck a
// Pakistani military convoy in North Waziristan". An attack told as a
// plot or attempt ("foiled a Russian plot to assassinate") is coded
// where the nominal is read, not here.
func (s *sentence) bomberAttacks(out []event, first int) []event {
	toks := s.toks
	end := len(out)
	for e := first; e < end; e++ {
		ev := out[e]
		if !isRoot(ev.code, "18", "19") || ev.code == "1831" {
			continue
		}
		suicide := false
		for j := 0; j+1 < len(toks) && j < ev.pos; j++ {
			if toks[j].low == "suicide" && (toks[j+1].low == "bomber" || toks[j+1].low == "bombers" || toks[j+1].low == "attacker" || toks[j+1].low == "attackers" || toks[j+1].low == "bombing" || toks[j+1].low == "car") {
				suicide = true
			}
		}
		if suicide {
			out[e].code = "1831"
		}
	}
	return out
}

// wmdAttacks recodes an attack told with a chemical, biological or nerve
// agent near its verb as the use of weapons of mass destruction (2041):
// "Iraqi warplanes dropped mustard gas and nerve agents on Halabja",
// "government forces fired chlorine shells at Douma". An attack whose
// sides the sentence already relates by such a use is dropped: it is the
// same act told twice.
func (s *sentence) wmdAttacks(out []event, first int) []event {
	toks := s.toks
	keep := out[:first]
	for e := first; e < len(out); e++ {
		ev := out[e]
		if isRoot(ev.code, "18", "19") && ev.pos < len(toks) && s.wmdNear(ev.pos) {
			if hasRoot(out[first:], ev.subj, ev.obj, "20") {
				continue
			}
			ev.code = "2041"
		}
		keep = append(keep, ev)
	}
	return keep
}

// wmdNear reports whether a chemical, biological or nerve agent is named
// in the words before and just after token p, in its sentence part.
func (s *sentence) wmdNear(p int) bool {
	toks := s.toks
	for j := max(0, p-15); j < len(toks) && j < p+6; j++ {
		t := &toks[j]
		if t.text == ";" || t.text == "." {
			return false
		}
		if wmdAgents[t.low] && j+1 < len(toks) && (wmdAgents[toks[j+1].low] || wmdHeads[toks[j+1].low]) || t.low == "sarin" || t.low == "novichok" {
			return true
		}
	}
	return false
}

// wmdAgents and wmdHeads name chemical and biological weapons: "mustard
// gas", "nerve agents", "chemical weapons", "chlorine bombs".
var (
	wmdAgents = map[string]bool{
		"mustard": true, "nerve": true, "chemical": true, "chlorine": true, "poison": true,
		"biological": true, "toxic": true, "sarin": true,
	}
	wmdHeads = map[string]bool{
		"gas": true, "agent": true, "agents": true, "weapons": true, "weapon": true, "bombs": true,
		"shells": true, "munitions": true, "barrel": true, "barrels": true, "rockets": true,
	}
)

// strikeWords reports whether a sentence tells of air strikes, shelling
// or another military attack: the dead of a bombardment are counted as
// its toll (19x), not as a massacre.
func (s *sentence) strikeWords() bool {
	for i := range s.toks {
		w := s.toks[i].low
		if _, ok := attackHeads[w]; ok || airWords[w] || w == "shelled" || w == "bombed" || w == "shells" {
			return true
		}
	}
	return false
}

// ownPlaceAttacks codes an assault or mass violence by a state's forces
// on a place of its own country, which relates no two countries, as an
// act on that country's civilians: "Syrian helicopters dropped chlorine
// bombs on Douma".
func (x *Extractor) ownPlaceAttacks(s *sentence, cls []clause, out []event, first int) []event {
	for k := range cls {
		c := &cls[k]
		code := c.m.entry.code
		if c.skip || c.emitted || !c.done || len(c.subjects) == 0 || len(c.objects) == 0 || !isRoot(code, "18", "20") {
			continue
		}
		a := s.mentions[c.subjects[0]].actor
		st := s.mentions[c.subjects[0]].start
		if a.Country == "" || st > c.m.start || s.negatedSince(st, c.m.start) || s.modality(st, c.m.start, cls, k) != modFact {
			continue
		}
		for _, o := range c.objects {
			me := &s.mentions[o]
			if me.kind != mCountry || me.actor.Country != a.Country {
				continue
			}
			v := s.ownPeople(me.actor, a)
			if !hasRoot(out[first:], a, v, code[:2]) {
				out = appendEvent(out, a, v, code, 0.6, c.m.start)
			}
			break
		}
	}
	return out
}

// passiveAssaults are verbs of abduction told of their victims in the
// passive, with their code: "were kidnapped". A killing or an
// assassination told so is left alone: whom it is put down to is news
// the sentence does not tell, and the place is a poor guess of it ("was
// assassinated in Tehran").
var passiveAssaults = map[string]string{
	"kidnapped": "181", "abducted": "181", "seized": "181",
}

// passiveWords stand between the victims and the passive verb.
var passiveWords = map[string]bool{
	"was": true, "were": true, "been": true, "have": true, "has": true, "had": true,
	"reportedly": true, "allegedly": true, "later": true, "also": true, "all": true, "being": true,
}

// passiveVictims codes an abduction of foreigners told in the passive
// with no author as the act of attackers of the country where it
// happened: "Five Chinese engineers were kidnapped in Nigeria's Kaduna
// state" (Nigeria's attackers on China, 181). A "by" agent tells the
// author; victims of the place's own country are left to its own news,
// and an assault told as the cause of the sentence's event ("China
// protested after two Chinese nationals were killed in Pakistan") is not
// coded apart.
func (x *Extractor) passiveVictims(s *sentence, cls []clause, out []event, first int) []event {
	toks := s.toks
	for i := 2; i < len(toks); i++ {
		code, ok := passiveAssaults[toks[i].low]
		if !ok || s.inQuote[i] {
			continue
		}
		j := i - 1
		for j > 0 && passiveWords[toks[j].low] && toks[j].low != "was" && toks[j].low != "were" {
			j--
		}
		if toks[j].low != "was" && toks[j].low != "were" {
			continue
		}
		// The victims: a demonym before their noun ("Five Chinese
		// engineers") or an actor ("a Pakistani journalist").
		var victim *Actor
		vs, ve := -1, -1
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			if mi := s.midx[k]; mi >= 0 {
				m := &s.mentions[mi]
				if !m.pronoun {
					victim, vs, ve = m.actor, m.start, m.end
				}
				break
			}
			if a, e := s.demonymBefore(k); a != nil {
				victim, vs, ve = a, k, e
				break
			}
			if toks[k].kind != tokWord || toks[k].upper && k > 0 {
				break
			}
		}
		if victim == nil || victim.Country == "" || victim.Type == TypeIGO {
			continue
		}
		if s.negatedSince(max(0, vs-3), i) || s.modality(vs, i, cls, 0) == modDrop {
			continue
		}
		if ve < len(toks) && (combatantWords[toks[ve].low] || toks[ve].low == "soldier" || toks[ve].low == "general" || toks[ve].low == "generals") {
			continue // soldiers fall in fighting, which has its sides
		}
		if len(out) > first || s.subordinate(vs) {
			continue // the assault is told as the cause of another event
		}
		// The place, and no agent.
		var place *Actor
		agent := false
		for k := i + 1; k < len(toks) && k < i+14; k++ {
			t := &toks[k]
			if t.text == ";" || t.text == "." || t.is(fBoundaryWords) {
				break
			}
			if _, ok := attackHeads[t.low]; t.low == "by" || ok && t.low != "bombing" && t.low != "bombings" || airWords[t.low] {
				agent = true // an author, or a military attack, which has one
				break
			}
			switch {
			case t.low == "suicide":
				code = "1831"
			case bombNouns[t.low] != "" && code != "1831":
				code = bombNouns[t.low]
			}
			if mi := s.midx[k]; mi >= 0 && place == nil {
				m := &s.mentions[mi]
				if (m.prep == "in" || m.prep == "at" || m.prep == "near") && m.kind == mCountry && m.actor.Country != "" {
					place = s.reg.country(m.actor.Country)
				}
				k = m.end - 1
			}
		}
		if agent || place == nil || place.Country == victim.Country {
			continue
		}
		a := s.reg.agentFor(place, AgentEntry{Type: TypeGroup, Role: "attackers"})
		if !hasDyad(out[first:], a, victim) {
			out = appendEvent(out, a, victim, code, 0.5, i)
		}
	}
	return out
}

// expulsionVerbs drive people out of their country.
var expulsionVerbs = map[string]bool{
	"drove": true, "driven": true, "expelled": true, "deported": true, "forced": true,
	"pushed": true, "uprooted": true, "displaced": true, "expelling": true, "deporting": true,
	"driving": true,
}

// massExpulsions codes driving out a people by the ten thousand as a mass
// expulsion (201) of them: "Myanmar's army drove more than 700,000
// Rohingya across the border into Bangladesh", "Iraq expelled hundreds of
// thousands of Kuwaitis". It replaces a coercion, expulsion or
// deportation the verb was read as, whose object was the country they
// were driven to.
func (x *Extractor) massExpulsions(s *sentence, cls []clause, out []event, first int) []event {
	toks := s.toks
	for i := 1; i+2 < len(toks); i++ {
		if !expulsionVerbs[toks[i].low] {
			continue
		}
		k := i + 1
		for k < len(toks) && k < i+3 && (toks[k].low == "out" || toks[k].low == "the" || toks[k].low == "deportation" || toks[k].low == "expulsion" || toks[k].low == "of") {
			k++
		}
		n, e := countAt(toks, k)
		if n < 10000 {
			continue
		}
		// The people: an actor or demonym right after the count.
		v := -1
		for j := e; j < len(toks) && j < e+3; j++ {
			if s.midx[j] >= 0 {
				v = s.midx[j]
				break
			}
			if d := s.demonymTarget(j); d >= 0 {
				v = d
				break
			}
			if toks[j].kind != tokWord {
				break
			}
		}
		// The author: the subject of the verb.
		a := -1
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			if s.midx[j] >= 0 {
				a = s.midx[j]
				break
			}
			if toks[j].kind != tokWord || toks[j].is(fBoundaryWords) {
				break
			}
		}
		if a < 0 || v < 0 {
			continue
		}
		author := s.mentions[a].actor
		st := s.mentions[a].start
		if author.Country == "" || s.negatedSince(st, i) || s.modality(st, i, cls, 0) == modDrop {
			continue
		}
		victim := s.ownPeople(s.mentions[v].actor, author)
		// The coercion the verb was read as is this expulsion.
		keep := out[:first]
		for _, ev := range out[first:] {
			if ev.pos >= i && ev.pos < e && ev.subj == author && (isRoot(ev.code, "17") || ev.code == "161") {
				continue
			}
			keep = append(keep, ev)
		}
		out = keep
		if !hasRoot(out[first:], author, victim, "20") {
			out = appendEvent(out, author, victim, "201", 0.6, i)
		}
	}
	return out
}

// countAt reads a count of people at k ("more than 700,000", "hundreds
// of thousands of", "tens of thousands of") and returns it, roughly, and
// where the people's words start.
func countAt(toks []token, k int) (int, int) {
	e := casualtyCount(toks, k)
	if e == k {
		return 0, k
	}
	n := 0
	for i := k; i < e; i++ {
		t := &toks[i]
		switch {
		case t.kind == tokNumber:
			v, err := strconv.Atoi(strings.ReplaceAll(t.text, ",", ""))
			if err == nil {
				n = max(n, v)
			}
		case t.low == "hundreds" || t.low == "dozens":
			n = max(n, 200)
		case t.low == "thousands":
			n = max(n, 2000)
		case t.low == "millions":
			n = max(n, 2000000)
		}
	}
	// "hundreds of thousands of", "tens of thousands of"
	if e+1 < len(toks) && (toks[e].low == "thousands" || toks[e].low == "millions") && toks[e+1].low == "of" {
		n, e = max(n*1000, 20000), e+2
	} else if e < len(toks) && (toks[e].low == "million" || toks[e].low == "thousand") {
		n, e = n*1000, e+1
	}
	return n, e
}

// inquiryWords open an inquiry into whether something happened.
var inquiryWords = map[string]bool{
	"investigating": true, "investigate": true, "investigated": true, "probing": true,
	"examining": true, "checking": true, "investigates": true, "probe": true, "probed": true,
}

// inquiries recodes an accusation told as the question of an inquiry as
// the investigation (090): "German prosecutors said they were
// investigating whether Russian intelligence was behind the parcels that
// caught fire".
func (s *sentence) inquiries(out []event, first int) {
	toks := s.toks
	for e := first; e < len(out); e++ {
		ev := &out[e]
		if !isRoot(ev.code, "11") || ev.pos >= len(toks) {
			continue
		}
		for j := max(1, ev.pos-10); j < len(toks) && j < ev.pos+10; j++ {
			if (toks[j].low == "whether" || toks[j].low == "if") && inquiryWords[toks[j-1].low] {
				ev.code = "090"
				break
			}
		}
	}
}

// demonymBefore reads a demonym before a plain noun at k ("Chinese
// engineers") as its country, without making it a mention: it returns
// the country and where the demonym ends, or nil.
func (s *sentence) demonymBefore(k int) (*Actor, int) {
	toks := s.toks
	if k+1 >= len(toks) || s.midx[k] >= 0 || toks[k].kind != tokWord || !toks[k].upper {
		return nil, 0
	}
	e, a, kind, nk, ok := s.reg.nameAt(toks, k, s.buf)
	if !ok || e >= len(toks) || kind != mCountry || nk != KindDemonym || toks[e].kind != tokWord || toks[e].upper {
		return nil, 0
	}
	for j := k; j < e; j++ {
		if s.midx[j] >= 0 {
			return nil, 0
		}
	}
	return a, e
}

// subordinate reports whether the clause starting near token k is
// subordinate: "after", "when", "since", "following", "that" or "as"
// stands in the few words before it.
func (s *sentence) subordinate(k int) bool {
	for j := max(0, k-3); j < k; j++ {
		switch s.toks[j].low {
		case "after", "when", "since", "following", "that", "as", "because", "over":
			return true
		}
	}
	return false
}

// irregularAssaults recodes an attack of an armed group on civilians as
// an assault (18x) rather than military force: "Gunmen opened fire on
// worshippers at a mosque in Peshawar", "Al-Shabaab militants stormed a
// hotel in Mogadishu, killing 12 people". A state's forces attacking a
// place stay 19x.
func (s *sentence) irregularAssaults(out []event, first int) {
	for e := first; e < len(out); e++ {
		ev := &out[e]
		if !isRoot(ev.code, "19") || ev.subj.Type != TypeGroup || ev.obj.Role != "civilians" {
			continue
		}
		ev.code = "180"
		if s.killedAfter(ev.pos) {
			ev.code = "1823"
		}
	}
}

// killedAfter reports whether a word of killing follows token p in its
// sentence part.
func (s *sentence) killedAfter(p int) bool {
	for j := p; j < len(s.toks) && j < p+15; j++ {
		if s.toks[j].text == ";" || s.toks[j].text == "." {
			return false
		}
		if killWords[s.toks[j].low] {
			return true
		}
	}
	return false
}

// nominalAuthors gives a nominal assault or mass violence the author its
// demonym or possessor names: "foiled a Russian plot to assassinate
// President Volodymyr Zelenskiy" is Russia's attempt on Ukraine, not the
// foiler's; "Israel's assassination of Ismail Haniyeh". An event read
// from the noun with another subject takes the author instead.
func (x *Extractor) nominalAuthors(s *sentence, cls []clause, out []event, first int) []event {
	toks := s.toks
	for k := range cls {
		m := cls[k].m
		if !isRoot(m.entry.code, "18", "20") || m.start < 2 {
			continue
		}
		// "a Russian plot to", "Israel's assassination of": a noun, the
		// demonym after an article or the possessor before "'s".
		var author *Actor
		st := m.start - 1
		if mi := s.midx[st]; mi >= 0 && s.mentions[mi].kind == mCountry && !s.mentions[mi].pronoun {
			author, st = s.mentions[mi].actor, s.mentions[mi].start
		} else if toks[st].kind == tokPoss && s.midx[st-1] >= 0 && s.mentions[s.midx[st-1]].kind == mCountry {
			mi := s.midx[st-1]
			author, st = s.mentions[mi].actor, s.mentions[mi].start
		} else if d, _ := s.demonymBefore(st); d != nil {
			author = d
		}
		if author == nil || !(toks[m.start-1].kind == tokPoss || st > 0 && (toks[st-1].low == "a" || toks[st-1].low == "an" || toks[st-1].low == "the")) {
			continue
		}
		found := false
		for e := first; e < len(out); e++ {
			ev := &out[e]
			if ev.pos != m.start || ev.subj.Country == author.Country {
				continue
			}
			found = true
			if ev.obj.Country != author.Country {
				ev.subj = author
			}
		}
		if found || s.negatedSince(max(0, st-4), m.start) {
			continue
		}
		if v := s.victimAfter(m.end, author); v != nil && !hasRoot(out[first:], author, v, m.entry.code[:2]) {
			out = appendEvent(out, author, v, m.entry.code, 0.5, m.start)
		}
	}
	return out
}

// drillNouns are military exercises.
var drillNouns = map[string]bool{
	"drills": true, "drill": true, "exercises": true, "exercise": true, "manoeuvres": true,
	"maneuvers": true, "wargames": true, "games": true,
}

// drillVerbs hold exercises.
var drillVerbs = map[string]bool{
	"held": true, "staged": true, "conducted": true, "began": true, "launched": true, "started": true,
	"holds": true, "stages": true, "conducts": true, "begins": true, "launches": true, "starts": true,
	"kicked": true, "opened": true, "carried": true, "holding": true, "staging": true, "conducting": true,
}

// drillPreps place exercises by another country.
var drillPreps = map[string]bool{
	"near": true, "around": true, "off": true, "along": true, "in": true, "close": true,
	"encircling": true, "surrounding": true, "over": true, "across": true,
}

// militaryDrills codes military exercises one country holds by another
// as a show of force against it (150): "China held live-fire drills
// around Taiwan", "Iran staged naval drills off the coast of the United
// Arab Emirates". The place is a country, a demonym before a noun, or
// "the border with", "the coast of", "the waters of" it; exercises on
// one's own soil relate no one, and joint exercises ("Russia and Belarus
// began joint exercises near the Polish border") are told as the allies'
// cooperation.
func (x *Extractor) militaryDrills(s *sentence, cls []clause, owner []int, out []event, first int) []event {
	toks := s.toks
	for i := 2; i+2 < len(toks); i++ {
		if !drillNouns[toks[i].low] || s.midx[i] >= 0 || s.inQuote[i] {
			continue
		}
		if toks[i].low == "games" && toks[i-1].low != "war" {
			continue
		}
		v := -1
		for j := i - 1; j >= 0 && j >= i-6; j-- {
			if drillVerbs[toks[j].low] {
				v = j
				break
			}
			if s.midx[j] >= 0 && s.mentions[s.midx[j]].kind != mCountry || toks[j].kind == tokPunct {
				break
			}
		}
		if v < 1 {
			continue
		}
		// The place.
		t := -1
		for j := i + 1; j < len(toks) && j < i+6; j++ {
			if !drillPreps[toks[j].low] {
				if toks[j].kind == tokPunct || s.midx[j] >= 0 || toks[j].is(fBoundaryWords) {
					break
				}
				continue
			}
			k := j + 1
			if toks[j].low == "close" && k < len(toks) && toks[k].low == "to" {
				k++
			}
			for k < len(toks) && (toks[k].low == "the" || toks[k].low == "its" || toks[k].low == "a") {
				k++
			}
			if k+1 < len(toks) && (toks[k].low == "border" || toks[k].low == "coast" || toks[k].low == "waters" || toks[k].low == "frontier") && (toks[k+1].low == "with" || toks[k+1].low == "of") {
				k += 2
				for k < len(toks) && toks[k].low == "the" {
					k++
				}
			}
			if k < len(toks) && s.midx[k] < 0 {
				s.demonymTarget(k)
			}
			if k < len(toks) && s.midx[k] >= 0 {
				t = s.midx[k]
			}
			break
		}
		if t < 0 || s.mentions[t].pronoun || s.mentions[t].actor.Country == "" || s.mentions[t].actor.Type == TypeIGO {
			continue
		}
		cls2 := append(cls[:len(cls):len(cls)], clause{m: vmatch{start: v, end: v + 1, entry: &verbEntry{code: "150", form: formPast}}})
		st, subs, _ := x.subject(s, cls2, len(cls2)-1, owner, map[int]bool{})
		if len(subs) != 1 || s.jointBefore(v, i) {
			continue // joint exercises are told as the allies' cooperation
		}
		if st < 0 || st > v {
			st = max(0, v-6)
		}
		if s.modality(st, v, cls, len(cls)) == modDrop || s.negatedSince(st, v) {
			continue
		}
		ta := s.mentions[t].actor
		for _, a := range subs {
			sa := s.mentions[a].actor
			if sa.Country == "" || sa.Country == ta.Country || hasDyad(out[first:], sa, ta) {
				continue
			}
			out = appendEvent(out, sa, ta, "150", 0.55, v)
		}
	}
	return out
}

// jointBefore reports "joint" or "combined" between tokens v and i.
func (s *sentence) jointBefore(v, i int) bool {
	for j := v; j < i; j++ {
		if s.toks[j].low == "joint" || s.toks[j].low == "combined" {
			return true
		}
	}
	return false
}

// seizedPeople are people a seizure takes: "took more than 200
// hostages", "captured two Israeli soldiers".
var seizedPeople = map[string]bool{
	"hostage": true, "hostages": true, "soldiers": true, "soldier": true, "civilians": true,
	"people": true, "nationals": true, "citizens": true, "sailors": true, "fishermen": true,
	"troops": true, "servicemen": true, "workers": true, "tourists": true, "captives": true,
	"prisoners": true, "women": true, "children": true, "villagers": true, "students": true,
	"schoolgirls": true, "engineers": true, "journalists": true,
}

// hostageTakings recodes a seizure of people as an abduction (181), not
// a seizure of property: "Hamas took more than 200 hostages from
// Israel", "Hezbollah captured two Israeli soldiers in a cross-border
// raid". A ship or its cargo stays a seizure (171).
func (s *sentence) hostageTakings(out []event, first int) {
	toks := s.toks
	for e := first; e < len(out); e++ {
		ev := &out[e]
		if ev.code != "171" || ev.pos >= len(toks) {
			continue
		}
		for j := ev.pos + 1; j < len(toks) && j < ev.pos+8; j++ {
			t := &toks[j]
			if t.kind == tokPunct || t.is(fPrepositions) && t.low != "of" {
				break
			}
			if seizedPeople[t.low] {
				ev.code = "181"
				break
			}
		}
	}
}
