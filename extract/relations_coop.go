package extract

import "strings"

// Agreements told by what is agreed. "Cambodia and Thailand agreed to an
// immediate ceasefire", "Russia and Ukraine agreed to exchange 1,000
// prisoners", "Saudi Arabia signed a $2 billion deal to build a refinery
// in Pakistan", "Qatar agreed to a 27-year deal to supply gas to Italy's
// Eni": the relation is the act agreed on (a ceasefire 0871, a prisoner
// exchange 084, easing sanctions 085, trade and investment 061), not the
// bare agreement (050) nor, as PETRARCH's "agree" phrases have it, an
// intent (03x). Its target is the place or partner the act names ("to
// withdraw its forces from southern Lebanon"), else the verb's object.

// coopAct is the act a content word names. need, when set, lists words of
// which one must follow within a few tokens: "exchange" is a prisoner
// exchange only with "prisoners" after it.
type coopAct struct {
	code string
	need map[string]bool
}

var (
	needCaptives = wordSet("prisoners", "prisoner", "captives", "detainees", "hostages", "pows",
		"bodies", "remains", "soldiers", "servicemen", "civilians", "children", "citizens",
		"nationals", "sailors", "crew", "fishermen", "journalists", "people", "persons", "inmates")
	needTroops    = wordSet("troops", "forces", "soldiers", "army", "military", "personnel", "contingent", "units", "out", "back")
	needSanctions = wordSet("sanctions", "tariffs", "tariff", "embargo", "duties", "duty", "levies",
		"ban", "bans", "restrictions", "curbs", "blockade", "penalties")
	needFighting = wordSet("fighting", "hostilities", "attacks", "strikes", "firing", "fire",
		"shelling", "offensive", "bombing", "bombardment", "war", "operations")
	needInspect = wordSet("inspectors", "inspections", "inspector", "monitors", "observers")
	needCross   = wordSet("border", "crossing", "crossings", "airspace", "corridor", "port", "ports", "route")
	needOver    = wordSet("over")
)

// coopActs maps a content word to the act it names.
var coopActs = map[string]coopAct{
	"ceasefire": {code: "0871"}, "ceasefires": {code: "0871"}, "truce": {code: "0871"},
	"armistice": {code: "0871"}, "cessation": {code: "0871"},
	"cease": {"0871", needFighting}, "halt": {"087", needFighting}, "stop": {"087", needFighting},
	"de-escalate": {code: "087"}, "de-escalation": {code: "087"},
	"release": {"0841", needCaptives}, "releasing": {"0841", needCaptives}, "free": {"0841", needCaptives},
	"freeing":  {"0841", needCaptives},
	"exchange": {"084", needCaptives}, "exchanging": {"084", needCaptives}, "swap": {"084", needCaptives},
	"swapping": {"084", needCaptives}, "return": {"084", needCaptives}, "returning": {"084", needCaptives},
	"repatriate": {"0841", needCaptives}, "repatriation": {"0841", needCaptives},
	"hand": {"0841", needOver}, "handing": {"0841", needOver}, "handover": {code: "0842"},
	"withdraw": {"0874", needTroops}, "withdrawing": {"0874", needTroops}, "withdrawal": {"0874", needTroops},
	"pull": {"0874", needTroops}, "pullout": {code: "0874"}, "pull-out": {code: "0874"},
	"lift": {"085", needSanctions}, "lifting": {"085", needSanctions}, "ease": {"085", needSanctions},
	"easing": {"085", needSanctions}, "scrap": {"085", needSanctions}, "scrapping": {"085", needSanctions},
	"remove": {"085", needSanctions}, "removing": {"085", needSanctions}, "removal": {"085", needSanctions},
	"cut": {"085", needSanctions}, "cutting": {"085", needSanctions}, "lower": {"085", needSanctions},
	"lowering": {"085", needSanctions}, "reduce": {"085", needSanctions}, "reducing": {"085", needSanctions},
	"unfreeze": {code: "085"},
	"allow":    {"0862", needInspect}, "admit": {"0862", needInspect}, "readmit": {"0862", needInspect},
	"receive": {"0862", needInspect}, "reopen": {"080", needCross}, "reopening": {"080", needCross},
	"buy": {code: "061"}, "buying": {code: "061"}, "purchase": {code: "061"}, "purchasing": {code: "061"},
	"import": {code: "061"}, "importing": {code: "061"}, "imports": {code: "061"},
	"sell": {code: "061"}, "selling": {code: "061"}, "sale": {code: "061"}, "sales": {code: "061"},
	"export": {code: "061"}, "exporting": {code: "061"}, "exports": {code: "061"},
	"supply": {code: "061"}, "supplying": {code: "061"}, "supplies": {code: "061"},
	"deliver": {code: "061"}, "delivering": {code: "061"}, "deliveries": {code: "061"}, "delivery": {code: "061"},
	"invest": {code: "061"}, "investing": {code: "061"}, "investment": {code: "061"}, "investments": {code: "061"},
	"build": {code: "061"}, "building": {code: "061"}, "construct": {code: "061"}, "construction": {code: "061"},
	"finance": {code: "061"}, "financing": {code: "061"}, "fund": {code: "061"}, "funding": {code: "061"},
	"produce": {code: "061"}, "producing": {code: "061"}, "co-produce": {code: "061"},
	"manufacture": {code: "061"}, "venture": {code: "061"},
	"aid": {code: "070"}, "assistance": {code: "070"}, "loan": {code: "071"}, "loans": {code: "071"},
	"lend": {code: "071"}, "credit": {code: "071"}, "donate": {code: "071"},
}

// armsWords make trade in them military cooperation (062).
var armsWords = wordSet("arms", "weapons", "weapon", "jets", "jet", "fighter", "fighters", "missiles",
	"missile", "drones", "drone", "tanks", "tank", "helicopters", "submarines", "submarine", "frigates",
	"warships", "howitzers", "artillery", "ammunition", "munitions", "rifles", "air-defence", "f-16s", "f-35s")

// dealNouns name an agreement whose content may follow: "a deal to supply".
var dealNouns = wordSet("deal", "deals", "agreement", "agreements", "contract", "contracts",
	"memorandum", "mou", "mous", "accord", "pact", "treaty", "arrangement", "understanding")

// agreeForms are the forms of "agree".
var agreeForms = wordSet("agree", "agrees", "agreed", "agreeing")

// approveForms are the forms of "approve": "approved the sale of F-16 jets
// to Turkey" tells the sale.
var approveForms = wordSet("approve", "approves", "approved", "approving")

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// agreedContent recodes clause k when it tells an agreement by its
// content: it returns the code of the act agreed and its target (objects
// when the content names none), and marks the clauses inside the content
// as told. ok is false when the clause is no agreement with a content.
func (s *sentence) agreedContent(cls []clause, k int, code string, objects []int) (string, []int, bool) {
	m := cls[k].m
	toks := s.toks
	if len(code) < 3 || code == "036" || code == "038" || code == "039" || code == "037" {
		return code, objects, false
	}
	approve := approveForms[toks[m.start].low]
	if r := code[:2]; r != "03" && r != "05" && r != "06" && !(approve && r == "08") {
		return code, objects, false
	}
	var from int
	switch {
	case agreeForms[toks[m.start].low] || approve:
		// "agreed to withdraw" is one phrase: its content starts inside it.
		from = m.start + 1
	default:
		d := s.dealNounAt(m)
		if d < 0 {
			return code, objects, false
		}
		// "reached a ceasefire agreement with", "signed a prisoner swap
		// deal": the kind of deal is the act.
		if act := yieldModifier(toks, m.start+1, d); act != "" {
			return act, objects, true
		}
		from = d + 1
		// "a deal with Russia to build": past the partner.
		if from < len(toks) && toks[from].low == "with" && from+1 < len(toks) && s.midx[from+1] >= 0 {
			from = s.mentions[s.midx[from+1]].end
		}
		if from >= len(toks) || !(toks[from].low == "to" || toks[from].low == "on" || toks[from].low == "for") {
			return code, objects, false
		}
		if code == "057" && (len(objects) > 0 || len(cls[k].subjects) > 1 && toks[from].low != "to") {
			// "signed a deal with China to ...", "India and the UAE signed an
			// agreement for gas supplies": the signing with the partner,
			// which tells the supplies too.
			if _, at, ok := coopContentAt(s, from); ok {
				markInside(cls, k, at)
			}
			return code, objects, false
		}
	}
	from = pastDateOn(toks, from) // "agreed on Friday to restore ties"
	act, at, ok := coopContentAt(s, from)
	if !ok {
		return code, objects, false
	}
	t := s.coopTarget(at+1, act)
	if len(t) == 0 && len(objects) == 0 && len(cls[k].subjects) < 2 {
		// No target here: the clauses inside may find their own
		// ("a deal to supply Egypt with gas").
		return code, objects, false
	}
	if len(t) > 0 {
		objects = t
	}
	markInside(cls, k, at)
	return act, objects, true
}

// markInside marks the clauses after clause k up to token at as told by
// clause k.
func markInside(cls []clause, k, at int) {
	for o := k + 1; o < len(cls) && cls[o].m.start <= at; o++ {
		cls[o].inside = true
	}
}

// dealNounAt returns the token of a deal noun that ends match m or
// follows it past modifiers ("reached a 10-year deal"), or -1.
func (s *sentence) dealNounAt(m vmatch) int {
	toks := s.toks
	for j := m.end - 1; j > m.start && j >= m.end-2; j-- {
		if dealNouns[toks[j].low] {
			return j // "signed a deal", "signed a deal with"
		}
	}
	for j := m.end; j < len(toks) && j < m.end+5; j++ {
		if dealNouns[toks[j].low] {
			return j
		}
		if _, act := coopActs[toks[j].low]; s.midx[j] >= 0 || !(skippable(toks, j) || coopModifiers[toks[j].low] || act) {
			break
		}
	}
	return -1
}

// coopContentAt finds the act named by the verb or head noun right after
// i, past determiners, modifiers, adverbs and quoted adjectives ("to an
// 'immediate and unconditional' ceasefire", "to exchange 1,000
// prisoners", "to a prisoner swap"): its code and token. A word that names
// no act ends the search: "agreed to boost trade" tells no act.
func coopContentAt(s *sentence, i int) (string, int, bool) {
	toks := s.toks
	for j := i; j < len(toks) && j < i+9; j++ {
		t := &toks[j]
		a, ok := coopActs[t.low]
		if !ok && t.low == "trade" && j > 0 && toks[j-1].low == "to" {
			a, ok = coopAct{code: "061"}, true // "agreed to trade in their own currencies"
		}
		if ok && (a.need == nil || nearWord(toks, max(i, j-2), 8, a.need)) {
			code := a.code
			if code == "061" && nearWord(toks, max(i, j-3), 9, armsWords) {
				code = "062"
			}
			return code, j, true
		}
		if s.midx[j] >= 0 {
			return "", 0, false
		}
		switch {
		case j == i && (t.low == "to" || t.low == "on" || t.low == "upon" || t.low == "for" || t.low == "covering"):
		case t.low == "and" && s.inQuote != nil && s.inQuote[j]:
		case t.kind == tokPunct && t.text == "," && s.inQuote != nil && s.inQuote[j]:
		case dealNouns[t.low] || j > i && dealNouns[toks[j-1].low] && (t.low == "to" || t.low == "for" || t.low == "on"):
			// "agreed to a 27-year deal to supply gas"
		case skippable(toks, j) || t.is(fAdverbs) || strings.HasSuffix(t.low, "ly") || coopCarriers[t.low] || coopModifiers[t.low]:
		default:
			return "", 0, false
		}
	}
	return "", 0, false
}

// coopCarriers carry the act named by the noun after them: "agreed to
// provide $500 million in aid".
var coopCarriers = wordSet("provide", "give", "send", "grant", "extend", "offer", "make", "of", "in",
	"set", "up", "establish", "create", "form", "launch")

// coopModifiers modify the noun of an act: "a prisoner swap", "gas
// supplies", "arms sales".
var coopModifiers = wordSet("prisoner", "prisoners", "hostage", "hostages", "gas", "oil", "arms",
	"weapons", "grain", "lng", "troop", "humanitarian", "financial", "food", "fuel", "coal",
	"electricity", "power", "long-term", "liquefied", "natural", "crude", "wheat", "fertiliser",
	"fertilizer", "ammunition", "aid", "sanctions", "tariff", "fighter", "jets", "loan", "credit")

// nearWord reports whether one of words is among the n tokens from i,
// within the clause.
func nearWord(toks []token, i, n int, words map[string]bool) bool {
	for j := i; j < len(toks) && j < i+n; j++ {
		if toks[j].kind == tokPunct && toks[j].text != "," {
			return false
		}
		if words[toks[j].low] {
			return true
		}
	}
	return false
}

var (
	prepsTrade     = wordSet("to", "in", "into", "from", "with", "for", "of", "inside")
	prepsWith      = wordSet("with")
	prepsRelease   = wordSet("to", "with", "of")
	prepsWithdraw  = wordSet("from", "in", "inside")
	prepsSanctions = wordSet("on", "against", "to", "for", "of")
	prepsInto      = wordSet("into", "to", "in")
	prepsAid       = wordSet("to", "for")
)

// targetPreps returns the prepositions that introduce the target of an
// agreed act: a partner "with" for a ceasefire, a place "from" for a
// withdrawal, a recipient "to" for aid.
func targetPreps(code string) map[string]bool {
	switch {
	case code == "0871" || code == "087" || code == "084" || code == "080":
		return prepsWith
	case code == "0841" || code == "0842":
		return prepsRelease
	case code == "0874":
		return prepsWithdraw
	case code == "085":
		return prepsSanctions
	case code == "0862":
		return prepsInto
	case code[:2] == "07":
		return prepsAid
	}
	return prepsTrade
}

// coopTarget returns the actor an agreed act is directed at, in the clause
// from i: one governed by a preposition ("gas to Italy's Eni", "a refinery
// in Pakistan", "forces from southern Lebanon"), or a demonym on the thing
// traded ("$200 billion of American goods").
func (s *sentence) coopTarget(i int, code string) []int {
	toks := s.toks
	direct := true // only determiners and modifiers since i
	for j := i; j < len(toks) && j < i+10; j++ {
		t := &toks[j]
		if mi := s.midx[j]; mi >= 0 {
			me := &s.mentions[mi]
			if me.pronoun {
				return nil
			}
			p := me.prep
			if p == "" {
				// "from southern Lebanon": the preposition before a modifier.
				for q := me.start - 1; q >= i && q >= me.start-3; q-- {
					if toks[q].is(fPrepositions) {
						p = toks[q].low
						break
					}
					if !skippable(toks, q) {
						break
					}
				}
			}
			if targetPreps(code)[p] {
				return s.coordRight(mi)
			}
			if (code[:2] == "06" || code == "0841") && p == "" && (direct || me.kind == mCountry && me.end < len(toks) && toks[me.end].kind == tokWord && !toks[me.end].upper && !toks[me.end].is(fPrepositions)) {
				return []int{mi} // "buying Russian Su-57 jets", "$200 billion of American goods"
			}
			return nil
		}
		direct = direct && skippable(toks, j)
		if (t.kind == tokPunct && t.text != ",") || t.kind == tokDash || t.is(fBoundaryWords) || t.low == "which" || t.low == "who" || t.low == "that" {
			return nil
		}
		// "tariffs on American rice": a demonym on the thing is the target.
		if t.kind == tokWord && t.upper && (j > 0 && targetPreps(code)[toks[j-1].low] || code[:2] == "06") {
			if mi := s.demonymAt(j); mi >= 0 {
				return []int{mi}
			}
		}
	}
	return nil
}

// demonymAt records and returns the mention of a country named by a
// demonym modifying the noun after it at token j ("Russian oil"), or -1.
func (s *sentence) demonymAt(j int) int {
	toks := s.toks
	if j+1 >= len(toks) || toks[j+1].kind != tokWord || s.midx[j] >= 0 || s.midx[j+1] >= 0 {
		return -1 // "Russian oil", "Russian Su-57 jets"
	}
	e, a, kind, nk, ok := s.reg.nameAt(toks, j, s.buf)
	if !ok || e != j+1 || kind != mCountry || nk != KindDemonym {
		return -1
	}
	s.mentions = append(s.mentions, mention{start: j, end: e, actor: a, kind: mCountry})
	s.midx[j] = len(s.mentions) - 1
	return len(s.mentions) - 1
}

// helpForms are the forms of "help".
var helpForms = wordSet("help", "helps", "helped", "helping")

// militaryActs are acts of war a helper joins: "helped Israel intercept
// Iranian missiles" is military cooperation (062), not aid.
var militaryActs = wordSet("intercept", "intercepted", "intercepting", "shoot", "shot", "repel",
	"repelled", "defend", "defended", "fight", "fought", "strike", "struck", "down", "defeat",
	"defeated", "counter", "patrol", "track", "target", "recapture", "recaptured", "retake")

// helpedMilitarily reports whether the "help" ending at from is help in
// an act of war named within the clause: "helped Ukraine shoot down
// drones", "Israel, helped by the United States and Jordan, intercepted".
func helpedMilitarily(toks []token, from int) bool {
	if from < 1 || !helpForms[toks[from-1].low] {
		return false
	}
	for j := from; j < len(toks) && j < from+12; j++ {
		if militaryActs[toks[j].low] {
			return true
		}
		if t := &toks[j]; (t.kind == tokPunct && t.text != ",") || t.is(fBoundaryWords) {
			return false
		}
	}
	return false
}

// receiveVerb reports whether w is a form of a verb of receiving, whose
// giver follows "from": "received a loan from", "secured a credit line
// from", "obtained funding from".
func receiveVerb(w string) bool {
	return strings.HasPrefix(w, "receiv") || strings.HasPrefix(w, "secur") || strings.HasPrefix(w, "obtain") ||
		w == "won" || w == "win" || w == "wins" || w == "winning"
}

// amountBefore reports whether the word before token i ends an amount or
// a measure ("a $3 billion loan", "a 27-year deal"), so that a verb form
// at i is a noun.
func amountBefore(toks []token, i int) bool {
	if i < 1 {
		return false
	}
	switch toks[i-1].low {
	case "million", "billion", "trillion", "bn", "mln":
		return true
	}
	return i >= 3 && toks[i-2].kind == tokHyphen && toks[i-3].kind == tokNumber
}

// dealContents adds to a signing with a partner the material act it is
// for: "US Strategic Metals signed a memorandum of understanding with
// Pakistan's Frontier Works Organisation to invest $500 million in
// minerals processing" is a signing (057) and an investment (061), the
// investment towards the place it names, else towards the partner.
func (s *sentence) dealContents(cls []clause, out []event, first int) []event {
	toks := s.toks
	for k := range cls {
		c := &cls[k]
		if c.m.entry.code != "057" || !c.emitted || len(c.subjects) == 0 || len(c.objects) == 0 {
			continue
		}
		d := s.dealNounAt(c.m)
		if d < 0 {
			continue
		}
		from := d + 1
		if from+1 < len(toks) && toks[from].low == "with" && s.midx[from+1] >= 0 {
			from = s.mentions[s.midx[from+1]].end
			// "with Pakistan's Frontier Works Organisation to"
			for e := from + 6; from < len(toks) && from < e && (toks[from].kind == tokPoss || toks[from].upper) && s.midx[from] < 0; from++ {
			}
		}
		if from >= len(toks) || toks[from].low != "to" {
			continue
		}
		act, at, ok := coopContentAt(s, from)
		if !ok || act[:2] != "06" {
			continue
		}
		objs := s.coopTarget(at+1, act)
		if len(objs) == 0 {
			objs = c.objects
		}
		for _, a := range c.subjects {
			for _, b := range objs {
				if !hasCoded(out[first:], s.mentions[a].actor, s.mentions[b].actor, act[:2]) {
					out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, act, 0.5, at)
				}
			}
		}
	}
	return out
}

// hasCoded reports whether evs hold a relation of root from a to b.
func hasCoded(evs []event, a, b *Actor, root string) bool {
	for _, e := range evs {
		if sameSide(e.subj, a) && sameSide(e.obj, b) && strings.HasPrefix(e.code, root) {
			return true
		}
	}
	return false
}

// memberGroups name a group of countries whose members may be listed after
// "including" or "such as".
var memberGroups = wordSet("countries", "nations", "states", "neighbours", "neighbors", "partners",
	"allies", "governments", "capitals", "members", "economies")

// namedMembers returns the countries listed as members of the group that
// is the object of the phrase ending at i: "sent grain to six African
// countries, including Mali, Somalia and Eritrea".
func (s *sentence) namedMembers(i int) []int {
	toks := s.toks
	group := false
	for j := i; j < len(toks) && j < i+16; j++ {
		t := &toks[j]
		if s.midx[j] >= 0 {
			if !group && j > i && toks[j-1].low == "to" && !s.mentions[s.midx[j]].pronoun && s.mentions[s.midx[j]].start == j {
				// The list that "six African countries, including" introduced,
				// read as the members themselves (includingLists), after a
				// long quantity: "tens of thousands of tonnes of grain to Mali".
				return s.coordRight(s.midx[j])
			}
			return nil
		}
		switch {
		case memberGroups[t.low]:
			// "to six African countries", "condemned Western countries":
			// the group is the object.
			start := i
			for q := j - 1; q >= i; q-- {
				if npPreps[toks[q].low] || locationPreps[toks[q].low] {
					start = q + 1 // "grain to six African countries"
					break
				}
			}
			group = true
			for q := start; q < j; q++ {
				if w := toks[q].low; !(skippable(toks, q) || toks[q].upper || w == "several" || w == "many" || w == "other" || w == "some") {
					group = false
				}
			}
			if !group {
				return nil
			}
		case group && (t.low == "including" || t.low == "such" && j+1 < len(toks) && toks[j+1].low == "as"):
			k := j + 1
			if t.low == "such" {
				k++
			}
			if k < len(toks) && s.midx[k] >= 0 && !s.mentions[s.midx[k]].pronoun {
				return s.coordRight(s.midx[k])
			}
			return nil
		case (t.kind == tokPunct && t.text != ",") || t.kind == tokDash || t.is(fBoundaryWords) || t.low == "which" || t.low == "that":
			return nil
		}
	}
	return nil
}

// placeNotPartner drops the object of a relation that coordinated
// subjects hold with each other when it is only the place where they act:
// "Britain and India signed a free trade agreement in London".
func (s *sentence) placeNotPartner(code string, subjects, objects []int) []int {
	if len(subjects) < 2 || len(objects) == 0 || !symmetric(code) {
		return objects
	}
	if p := s.mentions[objects[0]].prep; p == "in" || p == "at" {
		return nil
	}
	return objects
}

// yieldModifier returns the code of an act of yielding named by the words
// from i to the deal noun at d ("a ceasefire", "a prisoner swap"), or "".
func yieldModifier(toks []token, i, d int) string {
	for j := i; j < d; j++ {
		a, ok := coopActs[toks[j].low]
		if ok && a.code[:2] == "08" && (a.need == nil || nearWord(toks, max(i, j-2), d-j+3, a.need)) {
			return a.code
		}
		if toks[j].low == "truce" || toks[j].low == "ceasefire" {
			return "0871"
		}
	}
	return ""
}

// plannedNominal reports whether the nominal relation at i is the purpose
// of a future act of its clause ("would send a delegation to Istanbul for
// talks between Russia and Ukraine", "will host talks between"): then it
// is intended, not held.
func (s *sentence) plannedNominal(i int) bool {
	toks := s.toks
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		t := &toks[j]
		if (t.kind == tokPunct && t.text != ",") || t.is(fBoundaryWords) {
			return false
		}
		switch t.low {
		case "will", "would", "shall", "'ll":
			return true
		}
		if t.is(fIntentWords) && j+1 < len(toks) && toks[j+1].low == "to" {
			return true // "plans to host talks between"
		}
	}
	return false
}
