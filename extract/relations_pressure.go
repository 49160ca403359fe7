package extract

import "strings"

// Pressure short of force: a state stopping what it supplied (CAMEO 162,
// 163), bans laid on another country's people or goods (163 rather than
// the domestic 172), and coercion told in the passive with only the place
// where it happened ("were detained in China": 17x by that country).

// cutVerbs stop or restrict a flow that another vocabulary phrase names:
// "halted arms exports to", "suspended development aid to".
var cutVerbs = map[string]bool{
	"halt": true, "halts": true, "halted": true, "halting": true,
	"suspend": true, "suspends": true, "suspended": true, "suspending": true,
	"stop": true, "stops": true, "stopped": true, "stopping": true,
	"freeze": true, "freezes": true, "froze": true, "frozen": true, "freezing": true,
	"pause": true, "pauses": true, "paused": true, "pausing": true,
	"curb": true, "curbs": true, "curbed": true, "curbing": true,
	"restrict": true, "restricts": true, "restricted": true, "restricting": true,
	"cut": true, "cuts": true, "cutting": true, "slash": true, "slashed": true, "slashes": true,
	"block": true, "blocks": true, "blocked": true, "blocking": true,
	"ban": true, "bans": true, "banned": true, "banning": true,
	"end": true, "ends": true, "ended": true, "ending": true,
	"cancel": true, "cancels": true, "cancelled": true, "canceled": true,
}

// cutBlockers before a verb of cutting make it a noun or an act not done.
var cutBlockers = map[string]bool{
	"a": true, "an": true, "the": true, "to": true, "would": true, "will": true, "could": true,
	"should": true, "may": true, "might": true, "must": true, "not": true, "never": true,
}

// stoppedSupply reports the code of a clause whose vocabulary match names
// a flow of goods or aid (06x trade and material cooperation, 07x aid)
// right after a verb that stops it, a few lower-case modifiers between
// ("halted rare earth exports to", "suspended development aid to"): the
// supplier cuts it, 162 for aid and 163 for trade. ok is false when no
// such verb stands before the match.
func (s *sentence) stoppedSupply(m vmatch, code string) (string, bool) {
	if !strings.HasPrefix(code, "06") && !strings.HasPrefix(code, "07") || m.entry.form == formIng {
		return code, false // "urged Washington to stop arming Taiwan": a gerund is what is stopped, elsewhere
	}
	toks := s.toks
	j := m.start - 1
	for n := 0; j >= 0 && n < 3; n++ {
		t := &toks[j]
		if cutVerbs[t.low] {
			break
		}
		if t.kind != tokWord && t.kind != tokHyphen || t.upper || s.midx[j] >= 0 || t.is(fPrepositions) {
			return code, false
		}
		j--
	}
	if j < 0 || !cutVerbs[toks[j].low] {
		return code, false
	}
	// "the end of", "a ban on": a noun, not the verb; "urged Kyiv to
	// halt", "would suspend": no act done.
	if j > 0 && cutBlockers[toks[j-1].low] {
		return code, false
	}
	if strings.HasPrefix(code, "07") {
		if code == "072" {
			return "1622", true // "halted arms exports to", "suspended military aid to"
		}
		return "162", true
	}
	return "163", true
}

// peopleNouns name a country's people at large, not its state, firms or
// goods: "Syrian nationals", "Afghan refugees".
var peopleNouns = map[string]bool{
	"nationals": true, "citizens": true, "people": true, "migrants": true, "refugees": true,
	"workers": true, "tourists": true, "travellers": true, "travelers": true, "pilgrims": true,
	"students": true, "residents": true, "passport": true, "passports": true,
}

// pressureCode refines the code and objects of a verb clause of pressure:
// an arrest of those spying for a state coerces that state (spyingFor),
// what a crowd does to another
// country is protest (crowdCode), a ban on another country's people or goods is a sanction
// (crossBorderBan), a retaliation "with tariffs on X" is the sanction,
// and the reason after "over" or "for" names no target ("sanctioned
// Lockheed Martin over arms sales to Taiwan").
func (s *sentence) pressureCode(m vmatch, code string, subjects, objects []int) (string, []int) {
	if c2, ok := s.retaliatedWith(m, code); ok {
		code = c2
	}
	if strings.HasPrefix(code, "17") && len(objects) == 0 {
		objects = s.spyingFor(m.end) // "arrested a man suspected of spying for Russia"
		if len(objects) == 0 {
			objects = s.nationalAfter(m.end) // "arrested Evan Gershkovich, an American reporter"
		}
	}
	if code == "174" && len(objects) > 0 && s.diplomatsAt(objects[0]) {
		code = "161" // "expelled the French ambassador"
	}
	if s.headedBy(subjects, hackerWords) && (strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19")) {
		code = "176" // "Russian hackers attacked Ukrainian government websites"
	}
	if s.crowdSubject(subjects) {
		code = crowdCode(code)
		if strings.HasPrefix(code, "14") && (len(objects) == 0 || s.mentions[objects[0]].prep == "in") {
			if o := s.againstAfter(m.end); o != nil {
				objects = o
			}
		}
	}
	if strings.HasPrefix(code, "16") && len(objects) > 0 {
		for j := m.end; j < s.mentions[objects[0]].start; j++ {
			if reasonWords[s.toks[j].low] {
				return code, nil
			}
		}
	}
	return s.crossBorderBan(code, subjects, objects), objects
}

// reasonWords introduce why a sanction was laid, not on whom.
var reasonWords = map[string]bool{
	"over": true, "because": true, "after": true, "amid": true, "following": true,
}

// sanctionNouns name measures of economic pressure.
var sanctionNouns = map[string]bool{
	"sanctions": true, "tariffs": true, "tariff": true, "duties": true, "levies": true,
	"embargo": true, "embargoes": true, "counter-tariffs": true, "countermeasures": true,
	"restrictions": true, "controls": true, "bans": true, "ban": true, "blacklisting": true,
}

// retaliatedWith recodes a clause of responding or hitting back "with"
// a measure of economic pressure as that measure (163): "Beijing
// retaliated with tariffs on American farm products", "Ottawa hit back
// with counter-tariffs on U.S. steel".
func (s *sentence) retaliatedWith(m vmatch, code string) (string, bool) {
	if strings.HasPrefix(code, "16") {
		return code, false
	}
	toks := s.toks
	j := m.end
	if j < len(toks) && toks[j].low == "back" {
		j++
	}
	if j >= len(toks) || toks[j].low != "with" {
		return code, false
	}
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		t := &toks[k]
		if sanctionNouns[t.low] || t.kind == tokHyphen && k+1 < len(toks) && sanctionNouns[toks[k+1].low] {
			return "163", true
		}
		if s.midx[k] >= 0 || t.is(fPrepositions) || t.kind == tokPunct && t.low != "%" {
			break
		}
	}
	return code, false
}

// crossBorderBan recodes an administrative ban (172: "banned", "barred
// entry to") laid by one country on another country's people, firms or
// goods as a sanction (163): CAMEO keeps 172 for a state restricting its
// own people, and for a country's nationals at large.
func (s *sentence) crossBorderBan(code string, subjects, objects []int) string {
	if code != "172" || len(subjects) == 0 || len(objects) == 0 {
		return code
	}
	a, b := s.mentions[subjects[0]].actor, s.mentions[objects[0]].actor
	if a == nil || b == nil || a.Country == "" || b.Country == "" || a.Country == b.Country {
		return code
	}
	if o := &s.mentions[objects[0]]; o.end-o.start > 1 && peopleNouns[s.toks[o.end-1].low] {
		return code // "banned entry for Syrian nationals": a restriction on people
	}
	return "163"
}

// coercedIn returns the country where a passive act of coercion with no
// agent took place: "Two Japanese nationals were detained in China",
// "a Greek tanker was seized in Iranian waters", "had been sentenced to
// death in Qatar". A state's police, courts
// and coast guard act where they are; so, as for unidentified attackers,
// the place stands for the agent. It returns nil when the code is no
// coercion or no place follows the verb within its clause.
func (s *sentence) coercedIn(m vmatch, code string) []int {
	if !(strings.HasPrefix(code, "17") && code != "170" || code == "116") || s.negatedSince(max(0, m.start-8), m.start) {
		return nil // "No Japanese nationals were detained in China"
	}
	toks := s.toks
	for j := m.end; j < len(toks) && j < m.end+6; j++ {
		t := &toks[j]
		if t.kind == tokPunct && t.text != "'" || t.low == "by" || t.low == "and" || t.low == "after" || t.low == "for" || t.low == "while" {
			return nil
		}
		mi := s.midx[j]
		if mi < 0 {
			continue
		}
		mn := &s.mentions[mi]
		if mn.prep != "in" || mn.actor == nil || mn.actor.Country == "" {
			return nil
		}
		return []int{mi}
	}
	return nil
}

// goodsNouns name traded goods by which a sanction reaches their country.
var goodsNouns = map[string]bool{
	"imports": true, "exports": true, "goods": true, "products": true, "shipments": true,
}

// goodsFrom returns the country a sanction noun reaches through its goods,
// "tariffs on imports from Canada and Mexico", "an embargo on exports
// of Israel": the mentions after the goods noun and "from" or "of". It
// returns nil for other codes or shapes.
func (s *sentence) goodsFrom(i int, code string) []int {
	if !strings.HasPrefix(code, "163") {
		return nil
	}
	toks := s.toks
	j := i
	for j < len(toks) && j < i+3 && s.midx[j] < 0 && skippable(toks, j) {
		j++
	}
	if j+2 >= len(toks) || !goodsNouns[toks[j].low] || toks[j+1].low != "from" && toks[j+1].low != "of" {
		return nil
	}
	if mi := s.midx[j+2]; mi >= 0 {
		return s.coordRight(mi)
	}
	return nil
}

// crowdWords head a subject that is a crowd rather than a state.
var crowdWords = map[string]bool{
	"protesters": true, "protestors": true, "demonstrators": true, "crowds": true, "crowd": true,
	"mob": true, "mobs": true, "rioters": true, "marchers": true, "activists": true, "students": true,
}

// crowdCounts count people: "thousands of Indonesians".
var crowdCounts = map[string]bool{
	"thousands": true, "hundreds": true, "dozens": true, "tens": true, "scores": true, "crowds": true,
}

// crowdSubject reports whether the first subject is a crowd: protesters,
// a mob, "thousands of Pakistanis".
func (s *sentence) crowdSubject(subjects []int) bool {
	if len(subjects) == 0 {
		return false
	}
	mn := &s.mentions[subjects[0]]
	for j := mn.start; j < mn.end; j++ {
		if crowdWords[s.toks[j].low] {
			return true
		}
	}
	if mn.end < len(s.toks) && crowdWords[s.toks[mn.end].low] {
		return true // "Armenian protesters"
	}
	return mn.start >= 2 && s.toks[mn.start-1].low == "of" && crowdCounts[s.toks[mn.start-2].low]
}

// crowdCode recodes what a crowd does to another country as protest
// (14): words against it are a demonstration (141), blocking its mission
// an obstruction (144), attacking or burning it a riot (145): "Protesters
// set fire to the Danish embassy", "Armenian protesters denounced
// Azerbaijan".
func crowdCode(code string) string {
	switch {
	case strings.HasPrefix(code, "11") && code != "115" && code != "116":
		return "141"
	case code == "170" || code == "191" || code == "1724":
		return "144"
	case strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19") || code == "1712":
		return "145"
	}
	return code
}

// againstAfter returns the country a demonstration is held against when
// a place stands between the verb and it: "protested in Jakarta against
// Israel's offensive", "rallied in Belgrade against Kosovo's government".
func (s *sentence) againstAfter(i int) []int {
	toks := s.toks
	for j := i; j < len(toks) && j < i+8; j++ {
		if toks[j].kind == tokPunct || toks[j].low == "and" || toks[j].low == "but" {
			return nil
		}
		if toks[j].low != "against" {
			continue
		}
		k := skipQuantity(toks, j+1)
		if k < len(toks) && s.midx[k] >= 0 {
			return s.coordRight(s.midx[k])
		}
		return nil
	}
	return nil
}

// spyVerbs name working for a foreign state in secret.
var spyVerbs = map[string]bool{
	"spying": true, "spy": true, "spies": true, "working": true, "acting": true, "collaborating": true,
	"espionage": true, "sabotage": true, "plotting": true, "agents": true, "agent": true,
}

// spyingFor returns the state that those arrested, charged or expelled
// are said to work for: "arrested a man suspected of spying for Russia",
// "detained three people on suspicion of espionage on behalf of China".
// An arrest of a foreign state's agents is coercion of that state, as
// wire services code it. It looks right of i within the clause and
// returns nil when no such phrase is there.
func (s *sentence) spyingFor(i int) []int {
	toks := s.toks
	spy := false
	for j := i; j < len(toks) && j < i+14; j++ {
		t := &toks[j]
		if t.kind == tokPunct && t.text != "," || t.low == "and" && spy {
			return nil
		}
		if spyVerbs[t.low] {
			spy = true
			continue
		}
		if !spy {
			continue
		}
		k := j
		switch {
		case t.low == "for":
			k = j + 1
		case t.low == "on" && j+2 < len(toks) && toks[j+1].low == "behalf" && toks[j+2].low == "of":
			k = j + 3
		default:
			continue
		}
		k = skipQuantity(toks, k)
		if k < len(toks) && s.midx[k] >= 0 && s.mentions[s.midx[k]].actor.Country != "" {
			return []int{s.midx[k]}
		}
		return nil
	}
	return nil
}

// nationalAfter returns the country of a person held, named by a demonym
// in an apposition or before the name, when the person is no actor of
// the lexicons: "arrested Evan Gershkovich, an American reporter",
// "detained Canadian businessman Michael Spavor". It looks right of i
// within the clause.
func (s *sentence) nationalAfter(i int) []int {
	toks := s.toks
	for j := i; j < len(toks) && j < i+8; j++ {
		t := &toks[j]
		if t.kind == tokPunct && t.text != "," || t.is(fPrepositions) || t.low == "and" || t.low == "who" || t.low == "which" {
			return nil
		}
		mi := s.midx[j]
		if mi < 0 {
			continue
		}
		mn := &s.mentions[mi]
		if mn.actor != nil && mn.actor.Country == "" && mn.actor.Type == TypePerson {
			j = mn.end - 1 // a person of no known country: the apposition may tell
			continue
		}
		if mn.actor == nil || mn.actor.Country == "" || mn.start != j || mn.end >= len(toks) {
			return nil
		}
		next := &toks[mn.end]
		a := j - 1
		for a > i && toks[a].is(fPhraseModifier) && toks[a].low != "a" && toks[a].low != "an" {
			a-- // "a former U.S. Marine"
		}
		switch {
		case a >= 2 && (toks[a].low == "a" || toks[a].low == "an") && toks[a-1].text == "," && toks[a-2].upper:
			return []int{mi} // "Evan Gershkovich, an American reporter"
		case next.kind == tokWord && !next.upper && mn.end+1 < len(toks) && toks[mn.end+1].upper && s.midx[mn.end+1] < 0 && toks[mn.end+1].kind == tokWord:
			return []int{mi} // "Canadian businessman Michael Spavor"
		}
		return nil
	}
	return nil
}

// refuseVerbs refuse what follows them: "refused to recognise".
var refuseVerbs = map[string]bool{
	"refused": true, "refuses": true, "refuse": true, "refusing": true,
	"declined": true, "declines": true, "decline": true, "declining": true,
}

// refusedAct returns the CAMEO rejection of a cooperative act that a
// verb of refusal governs: refusing talks or a visit is 125, material
// cooperation 121, aid 122, yielding (handing over, releasing,
// withdrawing) 124, anything else 120. ok is false for other verbs of
// negation ("failed to reach") and for acts that are no cooperation.
func refusedAct(verb, code string) (string, bool) {
	if !refuseVerbs[verb] || !cooperative(code) {
		return code, false
	}
	switch code[:2] {
	case "04":
		return "125", true
	case "06":
		return "121", true
	case "07":
		return "122", true
	case "08":
		return "124", true
	}
	return "120", true
}

// diplomatsAt reports whether mention mi names a state's envoys, the noun
// inside the mention or right after it: "the French ambassador", "two
// Russian diplomats", "Russia's defence attache".
func (s *sentence) diplomatsAt(mi int) bool {
	mn := &s.mentions[mi]
	for j := mn.start; j < len(s.toks) && j < mn.end+3; j++ {
		if diplomatWords[s.toks[j].low] {
			return true
		}
		if j >= mn.end && (s.toks[j].kind != tokWord || s.toks[j].is(fPrepositions) || s.midx[j] >= 0) {
			return false
		}
	}
	return false
}

// hackerWords head a subject that attacks by computer.
var hackerWords = map[string]bool{"hackers": true, "hacker": true, "cyberattackers": true}

// headedBy reports whether the first subject mention is headed by one of
// words, inside the mention or right after it ("Russian hackers").
func (s *sentence) headedBy(subjects []int, words map[string]bool) bool {
	if len(subjects) == 0 {
		return false
	}
	mn := &s.mentions[subjects[0]]
	for j := mn.start; j < len(s.toks) && j <= mn.end; j++ {
		if words[s.toks[j].low] {
			return true
		}
	}
	return false
}

// answerVerbs answer an act by another: "retaliated by expelling".
var answerVerbs = map[string]bool{
	"responded": true, "responds": true, "retaliated": true, "retaliates": true, "reacted": true,
	"reacts": true, "answered": true, "countered": true, "back": true,
}

// responseBy reports a gerund after "by" that tells how its subject
// answered: "Moscow retaliated by expelling 10 Polish diplomats",
// "Algeria responded by recalling its ambassadors", "hit back by
// imposing tariffs". The gerund is the subject's act, no mere noun.
func responseBy(toks []token, i int) bool {
	return i >= 2 && toks[i-1].low == "by" && answerVerbs[toks[i-2].low]
}

// promptVerbs make another act: "prompting Moscow to expel".
var promptVerbs = map[string]bool{
	"prompting": true, "prompted": true, "forcing": true, "forced": true, "leading": true,
	"causing": true, "spurring": true, "spurred": true, "pushing": true,
}

// promptedTo reports a verb whose subject an earlier act prompted to do
// it: "…, prompting Moscow to expel 20 Czech diplomats". The sentence
// reports the act as done, not intended. subj is where the subject
// starts and verb the verb; between them stand the subject and "to".
func (s *sentence) promptedTo(subj, verb int) bool {
	if subj < 1 || subj >= len(s.toks) || !promptVerbs[s.toks[subj-1].low] {
		return false
	}
	mi := s.midx[subj]
	if mi < 0 {
		return false
	}
	end := s.mentions[mi].end
	return end+1 == verb && s.toks[end].low == "to"
}
