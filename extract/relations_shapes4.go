package extract

// Clause shapes of the fourth recall round: double-object and
// object-complement verbs, where an actor stands between the verb and
// the noun that decides what was done ("gave Hamas an ultimatum",
// "granted Pakistan a loan", "took 250 Israelis hostage", "declared two
// French diplomats persona non grata", "ordered French troops to
// leave").

// giveVerbs take a recipient and a thing given: "granted Pakistan a loan".
var giveVerbs = map[string]bool{
	"give": true, "gave": true, "gives": true, "giving": true, "given": true,
	"grant": true, "granted": true, "grants": true, "granting": true,
	"offer": true, "offered": true, "offers": true, "offering": true,
	"hand": true, "handed": true, "hands": true, "handing": true,
	"send": true, "sent": true, "sends": true, "sending": true,
	"provide": true, "provided": true, "provides": true, "providing": true,
	"supply": true, "supplied": true, "supplies": true, "supplying": true,
	"extend": true, "extended": true, "extends": true, "extending": true,
	"award": true, "awarded": true, "awards": true, "awarding": true,
	"issue": true, "issued": true, "issues": true, "issuing": true,
	"deliver": true, "delivered": true, "delivers": true, "delivering": true,
	"serve": true, "served": true, "serves": true, "serving": true,
	"lend": true, "lent": true, "lends": true, "lending": true,
	"loan": true, "loaned": true, "sell": true, "sold": true, "sells": true, "selling": true,
}

// takeVerbs take a captive and a complement: "took 250 Israelis hostage".
var takeVerbs = map[string]bool{
	"take": true, "took": true, "taken": true, "takes": true, "taking": true,
	"hold": true, "held": true, "holds": true, "holding": true,
}

// givenNouns code what is given to the recipient of a giving verb.
var givenNouns = map[string]string{
	// 139 give ultimatum.
	"ultimatum": "139", "deadline": "139",
	// 130 threaten, not specified.
	"warning": "130",
	// 114 complain officially.
	"protest": "114", "démarche": "114", "demarche": "114", "reprimand": "114",
	// 071 provide economic aid.
	"loan": "071", "loans": "071", "credit": "071", "credits": "071", "grant": "071",
	"grants": "071", "bailout": "071", "lifeline": "071", "funding": "071", "funds": "071",
	"money": "071", "cash": "071", "budget": "071",
	// 070 provide aid, made specific by refineByNoun.
	"aid": "070", "assistance": "070", "help": "070",
	// 072 provide military aid.
	"weapons": "072", "arms": "072", "missiles": "072", "missile": "072", "tanks": "072",
	"jets": "072", "drones": "072", "ammunition": "072", "shells": "072", "rockets": "072",
	"howitzers": "072", "artillery": "072", "munitions": "072", "warplanes": "072",
	"helicopters": "072", "rifles": "072", "interceptors": "072", "launchers": "072",
	"batteries": "072",
	// 073 provide humanitarian aid.
	"medicine": "073", "medicines": "073", "vaccines": "073", "food": "073", "relief": "073",
	"shelter": "073",
	// 075 grant asylum.
	"asylum": "075",
	// 036 express intent to meet or negotiate.
	"talks": "036", "negotiations": "036", "dialogue": "036",
	// 057 sign formal agreement is not given; 051 praise.
	"praise": "051", "endorsement": "051",
}

// givenNoun returns the code of the thing given after the recipient of a
// giving verb: up to seven words of determiners, amounts and modifiers,
// "in" or "of" after an amount ("$1 billion in aid"), then the noun.
func givenNoun(toks []token, from int) (string, bool) {
	for j := from; j < len(toks) && j < from+8; j++ {
		t := &toks[j]
		if c, ok := givenNouns[t.low]; ok && t.kind == tokWord {
			// "a protest note", "a note of protest", "an aid package".
			return c, true
		}
		switch {
		case t.kind == tokNumber || t.kind == tokCurrency || t.kind == tokHyphen:
			continue
		case t.kind != tokWord:
			return "", false
		case t.low == "with" && j == from:
			// "supplied Ukraine with missiles".
			continue
		case (t.low == "in" || t.low == "of") && j > from:
			continue
		case t.is(fPrepositions) || t.is(fBoundaryWords) || t.low == "and" || t.low == "to" || t.low == "that":
			return "", false
		case t.upper:
			// "Patriot missiles", "F-16 jets": a proper name as modifier.
			continue
		}
	}
	return "", false
}

// captiveWords complete "took X hostage": 181 abduct, take hostage.
var captiveWords = map[string]bool{"hostage": true, "hostages": true, "captive": true, "captives": true, "prisoner": true, "prisoners": true}

// leaveWords after "ordered X to": the order is an expulsion.
var leaveWords = map[string]bool{
	"leave": true, "quit": true, "depart": true, "exit": true, "withdraw": true, "go": true, "vacate": true, "pull": true,
}

var orderVerbs = map[string]bool{"order": true, "ordered": true, "orders": true, "ordering": true, "told": true, "tell": true, "asked": true, "ask": true}

// diplomatWords name a mission's staff: their expulsion is 161.
var diplomatWords = map[string]bool{
	"diplomat": true, "diplomats": true, "ambassador": true, "envoy": true, "envoys": true,
	"attache": true, "attaché": true, "consul": true, "staff": true, "embassy": true, "ambassadors": true,
}

// complementCode returns the code the words after the object of verb v
// give the relation, when the verb takes a second object or a
// complement: a thing given ("gave Hamas an ultimatum", 139), a captive
// ("took 250 Israelis hostage", 181), "persona non grata" (161), or an
// order to leave (expulsion: 161 for diplomats, 166 otherwise). obj is
// the mention right after the verb; it must not be governed by a
// preposition.
func (s *sentence) complementCode(v vmatch, obj int) (string, bool) {
	toks := s.toks
	me := &s.mentions[obj]
	if me.prep != "" || me.pronoun {
		return "", false
	}
	// The object follows the verb with at most a determiner or a number.
	for j := v.end; j < me.start; j++ {
		if !skippable(toks, j) && !numberWords[toks[j].low] {
			return "", false
		}
	}
	end := me.end
	for end < len(toks) && s.midx[end] == obj {
		end++
	}
	// Coordinated recipients: "gave Israel and Egypt ...".
	for end+1 < len(toks) && (toks[end].low == "and" || toks[end].text == ",") && s.midx[end+1] >= 0 {
		e := s.mentions[s.midx[end+1]].end
		if e <= end {
			break
		}
		end = e
	}
	if end >= len(toks) {
		return "", false
	}
	verb := toks[v.start].low
	switch {
	case giveVerbs[verb]:
		return givenNoun(toks, end)
	case takeVerbs[verb]:
		if captiveWords[toks[end].low] {
			return "181", true
		}
	case verb == "declared" || verb == "declare" || verb == "declares" || verb == "declaring":
		if end+2 < len(toks) && toks[end].low == "persona" && toks[end+1].low == "non" && toks[end+2].low == "grata" {
			return "161", true
		}
	case orderVerbs[verb]:
		// "ordered the French ambassador to leave": the mention may be
		// followed by the noun it modifies.
		// A mention may end in "to" ("ambassador to"), or be followed by
		// the noun it modifies.
		diplomat := false
		for k := me.start; k+1 < len(toks) && k < end+3 && toks[k].kind == tokWord; k++ {
			if toks[k].low == "to" && leaveWords[toks[k+1].low] {
				if diplomat {
					return "161", true
				}
				if verb == "asked" || verb == "ask" {
					return "", false // "asked China to withdraw the ship": an appeal
				}
				return "166", true
			}
			diplomat = diplomat || diplomatWords[toks[k].low]
		}
	}
	return "", false
}

// personaNonGrata reports "declared X persona non grata" at i: a speech
// verb that is here an act.
func (s *sentence) personaNonGrata(i int) bool {
	toks := s.toks
	for j := i + 1; j < len(toks) && j < i+10; j++ {
		if toks[j].low == "persona" && j+2 < len(toks) && toks[j+1].low == "non" && toks[j+2].low == "grata" {
			return true
		}
		if toks[j].kind == tokPunct {
			return false
		}
	}
	return false
}

// jointWords mark an act done together: "held joint naval drills".
var jointWords = map[string]bool{"joint": true, "combined": true}

// postureTargetPreps introduce the country a show of force is aimed at:
// "drills near Japan", "patrol off Taiwan".
var postureTargetPreps = map[string]bool{
	"near": true, "off": true, "around": true, "close": true, "toward": true, "towards": true,
	"along": true, "over": true, "at": true, "against": true,
}

// jointEvents codes a joint military act of several parties ("Russia and
// China held joint naval drills near Japan"): the parties (the subjects
// and a partner after "with") cooperate materially with each other (062,
// its intent 0312), and a country the act is held near is shown force
// (150; only for a fact). It reports false when the clause is no such act.
func (s *sentence) jointEvents(m vmatch, code string, mod int, subjects, objects []int, conf float64, out []event) ([]event, bool) {
	if code != "062" && code != "0312" && !(len(code) >= 2 && code[:2] == "15") {
		return out, false
	}
	joint := false
	for j := m.start; j < len(s.toks) && j < m.end+3; j++ {
		if jointWords[s.toks[j].low] {
			joint = true
			break
		}
	}
	if !joint {
		return out, false
	}
	partners := append([]int(nil), subjects...)
	var targets []int
	for _, o := range objects {
		// The word before the object decides: "with Belarus" is a
		// partner, "near the Polish border" a target.
		p := s.mentions[o].prep
		if j := s.mentions[o].start - 1; p == "" && j >= m.end {
			for j > m.end && (s.toks[j].low == "the" || s.toks[j].low == "a" || s.toks[j].low == "an") {
				j--
			}
			p = s.toks[j].low
		}
		switch {
		case p == "with" || (p == "" && s.mentions[o].start <= m.end+1):
			partners = append(partners, o)
		case postureTargetPreps[p]:
			targets = append(targets, o)
		}
	}
	if len(partners) < 2 && len(targets) == 0 {
		return out, false
	}
	pc := "062"
	if mod == modIntent {
		pc = "0312"
	}
	for _, a := range partners {
		for _, b := range partners {
			if a != b {
				out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, pc, conf*0.9, m.start)
			}
		}
	}
	if mod == modFact {
		for _, a := range partners {
			for _, t := range targets {
				out = appendEvent(out, s.mentions[a].actor, s.mentions[t].actor, "150", conf*0.9, m.start)
			}
		}
	}
	return out, true
}

// hedgeAdjectives may stand before a demonym or an actor that is the
// object: "blamed suspected Russian sabotage", "condemned continued
// Israeli strikes".
var hedgeAdjectives = map[string]bool{
	"suspected": true, "alleged": true, "apparent": true, "purported": true, "presumed": true,
	"so-called": true, "continued": true, "ongoing": true, "repeated": true, "recent": true,
	"latest": true, "unprovoked": true, "illegal": true, "growing": true, "increasing": true,
	"brutal": true, "reckless": true, "provocative": true, "aggressive": true, "renewed": true,
	"persistent": true, "relentless": true, "indiscriminate": true, "unilateral": true,
}

// actNouns name an act an agent word may modify: "naval drills",
// "military aid", "police operation". The agent word is then no actor.
var actNouns = map[string]bool{
	"drills": true, "drill": true, "exercises": true, "exercise": true, "patrol": true, "patrols": true,
	"manoeuvres": true, "maneuvers": true, "aid": true, "assistance": true, "cooperation": true,
	"ties": true, "spending": true, "buildup": true, "build-up": true, "budget": true,
	"deployment": true, "deployments": true, "training": true, "exports": true, "imports": true,
}

// demonymAdjective reports whether mention mi is a single demonym used
// as an adjective ("Chinese", not "Iranians"): the word after it is a noun.
func (s *sentence) demonymAdjective(mi int) bool {
	me := &s.mentions[mi]
	if me.end-me.start != 1 || me.pronoun || me.poss || me.kind != mCountry || s.toks[me.start].caps {
		return false
	}
	if w := s.toks[me.start].low; w == "" || w[len(w)-1] == 's' {
		return false
	}
	e, _, kind, nk, ok := s.reg.nameAt(s.toks, me.start, s.buf)
	return ok && e == me.end && kind == mCountry && nk == KindDemonym
}

// inheritedTarget returns the target a participle clause of force takes
// from the clause before it ("Russian troops crossed into Ukraine,
// shelling cities and killing dozens of civilians"; "Hamas gunmen stormed
// into Israeli towns, killing hundreds and taking hostages back to
// Gaza"), when its own objects are none or only the subject's own side.
// The target is the nearest mention before the participle's comma that is
// governed by a preposition of place or direction or follows a verb
// directly, and is not a subject. It returns nil when there is none.
func (s *sentence) inheritedTarget(m vmatch, code string, subjects, objects []int) []int {
	if len(subjects) == 0 || len(code) < 2 || (code[:2] != "17" && code[:2] != "18" && code[:2] != "19" && code[:2] != "20") {
		return nil
	}
	toks := s.toks
	for _, o := range objects {
		if !s.sameSideAsAny(o, subjects) {
			return nil
		}
	}
	// The participle follows a comma, or "and" after an earlier participle.
	j := m.start - 1
	for j >= 0 && toks[j].is(fAdverbs) {
		j--
	}
	if j < 0 || (toks[j].text != "," && toks[j].low != "and") {
		return nil
	}
	// The target stands between the subject and the participle.
	subj := make(map[int]bool, len(subjects))
	from := 0
	for _, a := range subjects {
		subj[a] = true
		from = max(from, s.mentions[a].end)
	}
	for k := j - 1; k >= from && k > j-25; k-- {
		if toks[k].kind == tokPunct && toks[k].text != "," || toks[k].kind == tokQuote {
			break
		}
		mi := s.midx[k]
		if mi < 0 {
			continue
		}
		me := &s.mentions[mi]
		k = me.start
		if subj[mi] || me.pronoun || s.sameSideAsAny(mi, subjects) {
			continue
		}
		if locationPreps[me.prep] || me.prep == "" || me.prep == "on" {
			return []int{mi}
		}
	}
	return nil
}

// sameSideAsAny reports whether mention mi is of the country of one of
// the mentions in ms.
func (s *sentence) sameSideAsAny(mi int, ms []int) bool {
	a := s.mentions[mi].actor
	for _, o := range ms {
		b := s.mentions[o].actor
		if a == b || (a.Country != "" && a.Country == b.Country) {
			return true
		}
	}
	return false
}

// backedWords follow a hyphen after a country that stands behind a
// group: "Iran-backed militias", "Russia-aligned forces".
var backedWords = map[string]bool{
	"backed": true, "sponsored": true, "aligned": true, "allied": true, "supported": true,
	"funded": true, "armed": true, "linked": true, "controlled": true, "installed": true,
}

// backerAt returns the mention of the country at token j that backs the
// group named after it ("Iran-backed militias"), as the target of a
// judgement, a rejection or a threat (CAMEO 11, 12, 13), adding the
// mention when the country was not read as one; -1 when there is none.
func (s *sentence) backerAt(j int, code string) int {
	toks := s.toks
	if len(code) < 2 || (code[:2] != "11" && code[:2] != "12" && code[:2] != "13") {
		return -1
	}
	if j+2 >= len(toks) || toks[j].kind != tokWord || !toks[j].upper || toks[j+1].kind != tokHyphen || !backedWords[toks[j+2].low] {
		return -1
	}
	if mi := s.midx[j]; mi >= 0 {
		return mi
	}
	e, a, kind, _, ok := s.reg.nameAt(toks, j, s.buf)
	if !ok || e != j+1 || kind != mCountry {
		return -1
	}
	s.mentions = append(s.mentions, mention{start: j, end: e, actor: a, kind: mCountry})
	s.midx[j] = len(s.mentions) - 1
	return len(s.mentions) - 1
}
