package extract

import "strings"

// Clause patterns of the third recall round:
//
//   - "clashes broke out between X and Y", "fighting erupted between X
//     and Y": a conflict noun and a verb of outbreak relate the parties
//     after "between" to each other both ways (190).
//   - "Estonia's expulsion of a Russian envoy", "the arrest of a French
//     national by Iranian authorities": a noun of an act with its target
//     after "of" and its author as possessor or after "by" (actOfNouns).
//   - "Russia struck Kyiv, which Ukraine called a war crime", "a move
//     London called illegal", "…, calling it a provocation": the speaker
//     judges the author of the act just told (111 negative, 112
//     accusation, 051 praise).
//   - "gave Russia 50 days to …": an ultimatum (139).

// conflictNouns name fighting between parties.
var conflictNouns = map[string]bool{
	"clashes": true, "clash": true, "fighting": true, "skirmishes": true, "hostilities": true,
	"gunfights": true, "firefights": true, "battles": true, "violence": true, "war": true,
	"firefight": true, "gunfight": true, "exchanges": true, "shelling": true,
}

// outbreakVerbs say that fighting began or went on.
var outbreakVerbs = map[string]bool{
	"broke": true, "erupted": true, "flared": true, "raged": true, "resumed": true,
	"continued": true, "intensified": true, "escalated": true, "erupt": true, "break": true,
	"breaks": true, "erupts": true, "flare": true, "flares": true, "rages": true,
}

// conflictBetween codes "clashes broke out between X and Y": a conflict
// noun, a verb of outbreak ("broke out", "erupted", "flared up") and the
// parties after "between", who fight each other (190, both ways).
func (x *Extractor) conflictBetween(s *sentence, cls []clause, out []event) []event {
	toks := s.toks
	for i := 2; i+1 < len(toks); i++ {
		if toks[i].low != "between" || s.midx[i+1] < 0 {
			continue
		}
		// "broke out between", "erupted again between", "flared up between".
		v := i - 1
		for v > 0 && (toks[v].low == "out" || toks[v].low == "up" || toks[v].low == "again" || toks[v].is(fAdverbs)) {
			v--
		}
		if !outbreakVerbs[toks[v].low] {
			continue
		}
		// The conflict noun right before, past auxiliaries and modifiers:
		// "Armed clashes broke out", "heavy fighting has erupted".
		found := false
		for p := v - 1; p >= 0 && p >= v-4; p-- {
			w := toks[p].low
			if conflictNouns[w] {
				found = true
				break
			}
			if s.midx[p] >= 0 || toks[p].kind != tokWord || !(beAux[w] || w == "has" || w == "have" || w == "had" || toks[p].is(fAdverbs)) {
				break
			}
		}
		if !found {
			continue
		}
		ps := s.coordBetween(s.midx[i+1])
		if len(ps) < 2 || s.modality(max(0, v-6), v, cls, len(cls)) == modDrop || s.hypotheticalAfter(s.mentions[ps[len(ps)-1]].end) {
			continue
		}
		for _, a := range ps {
			for _, b := range ps {
				if a != b {
					out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, "190", 0.6, v)
				}
			}
		}
	}
	return out
}

// coordBetween returns the parties named from mention mi after
// "between": mi and what is coordinated with it, where "A and B" is one
// pair even when a verb follows B ("fighting between Armenia and
// Azerbaijan killed dozens").
func (s *sentence) coordBetween(mi int) []int {
	out := s.coordRight(mi)
	if len(out) > 1 {
		return out
	}
	toks := s.toks
	j := s.mentions[mi].end
	if j+1 >= len(toks) || toks[j].low != "and" {
		return out
	}
	k := j + 1
	for k < len(toks) && toks[k].low == "the" && s.midx[k] < 0 { // "the Philippines" is one name
		k++
	}
	if k < len(toks) && s.midx[k] >= 0 && s.mentions[s.midx[k]].start == k && s.midx[k] != mi {
		return []int{mi, s.midx[k]}
	}
	return out
}

// actOfNouns are nouns of acts whose target follows "of", with the code
// of the act: "the expulsion of a Russian envoy" (161), "the detention
// of two Canadians" (173).
var actOfNouns = map[string]string{
	"expulsion": "161", "expulsions": "161", "detention": "173", "detentions": "173",
	"arrest": "173", "arrests": "173", "seizure": "171", "capture": "171", "annexation": "192",
	"extradition": "063", "abduction": "181", "kidnapping": "181", "deportation": "174",
	"deportations": "174", "release": "0841", "recognition": "054", "killing": "190",
	"killings": "190", "bombing": "195", "bombings": "195", "shelling": "194",
	"bombardment": "195", "condemnation": "111", "criticism": "111", "imprisonment": "173",
	"jailing": "173", "execution": "180", "assassination": "186", "harassment": "171",
	"interception": "171", "blockading": "191", "sanctioning": "163",
}

// actsOf codes nominal acts with an "of" target: "China's detention of
// two Canadians", "the arrest of a French national by Iranian
// authorities". The author is the possessor before the noun or the
// agent after "by"; without one there is no relation ("demanded the
// release of").
func (x *Extractor) actsOf(s *sentence, cls []clause, owner []int, out []event) []event {
	toks := s.toks
	for i := 0; i+2 < len(toks); i++ {
		t := &toks[i]
		if t.kind != tokWord || s.midx[i] >= 0 || toks[i+1].low != "of" {
			continue
		}
		code, ok := actOfNouns[t.low]
		if !ok {
			continue
		}
		k := skipCount(toks, i+2)
		if k >= len(toks) || s.midx[k] < 0 || s.mentions[s.midx[k]].start != k || s.mentions[s.midx[k]].pronoun {
			continue
		}
		objs := s.coordRight(s.midx[k])
		var subs []int
		// The possessor: "Estonia's expulsion", "Beijing's continued detention".
		p := i - 1
		for p >= 0 && s.midx[p] < 0 && toks[p].kind == tokWord && !toks[p].upper && p >= i-3 && !toks[p].is(fPrepositions) && (skippable(toks, p) || strings.HasSuffix(toks[p].low, "ed") || strings.HasSuffix(toks[p].low, "ful")) {
			p--
		}
		np := p // where the noun phrase starts
		if p >= 1 && toks[p].kind == tokPoss && s.midx[p-1] >= 0 {
			subs = []int{s.midx[p-1]}
			np = s.mentions[s.midx[p-1]].start
		}
		// Only an act the clause reports as its own subject or adjunct:
		// "said Israel's bombardment of Gaza was …" reports a judgement.
		if b := np - 1; b >= 0 && !(toks[b].kind == tokPunct || toks[b].kind == tokQuote || toks[b].is(fBoundaryWords) || toks[b].low == "following" || toks[b].low == "amid" || toks[b].low == "over") {
			continue
		} else if p >= 0 && s.midx[p] >= 0 && s.mentions[s.midx[p]].poss && s.mentions[s.midx[p]].pronoun {
			subs = nil // "its detention of": no antecedent at hand
		}
		// The agent: "by Iranian authorities".
		if e := s.mentions[objs[len(objs)-1]].end; subs == nil && e+1 < len(toks) && toks[e].low == "by" {
			if a := skipCount(toks, e+1); a < len(toks) && s.midx[a] >= 0 && !s.mentions[s.midx[a]].pronoun {
				subs = s.coordRight(s.midx[a])
			}
		}
		if len(subs) == 0 || s.modality(max(0, i-6), i, cls, len(cls)) == modDrop {
			continue
		}
		for _, a := range subs {
			for _, b := range objs {
				out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, code, 0.6, i)
			}
		}
	}
	return out
}

// actRefs are what refers back to an act just told: "calling it",
// "describing the move as", "a step London called".
var actRefs = map[string]bool{
	"it": true, "this": true, "that": true, "move": true, "step": true, "decision": true,
	"action": true, "actions": true, "attack": true, "attacks": true, "strike": true,
	"strikes": true, "measure": true, "measures": true, "act": true, "drills": true,
	"seizure": true, "ban": true, "launch": true, "incident": true, "operation": true,
}

// actJudgements codes judgements of an act just told in the sentence:
// "Russia struck Kyiv, which Ukraine called a war crime", "Iran seized a
// tanker, a move London called illegal", "Japan protested China's
// drills, describing the move as provocative". The one who judges acts
// towards the author of the act: the subject of the clause told before,
// or its object's possessor when the clause reports that act ("protested
// China's drills"). It runs after the clauses are analysed.
func (x *Extractor) actJudgements(s *sentence, cls []clause, owner []int, out []event) []event {
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		if !toks[i].is(fDescribeVerbs) || s.midx[i] >= 0 {
			continue
		}
		if o := owner[i]; o >= 0 && cls[o].m.end-cls[o].m.start > 1 {
			continue // "called for", "called on"
		}
		// The act: the last clause before that coded a fact.
		act := -1
		for o := len(cls) - 1; o >= 0; o-- {
			if cls[o].m.end <= i && cls[o].emitted && len(cls[o].subjects) > 0 {
				act = o
				break
			}
		}
		if act < 0 {
			continue
		}
		var speakers []int
		after := i + 1
		switch {
		case s.midx[i-1] >= 0 && i >= 2:
			// "which Ukraine called", "a move London called", "a step that Paris described as".
			me := &s.mentions[s.midx[i-1]]
			b := me.start - 1
			if b < 0 {
				continue
			}
			w := toks[b].low
			if !(w == "which" || w == "that" || actRefs[w] && b >= 1 && (toks[b-1].low == "a" || toks[b-1].low == "the")) {
				continue
			}
			speakers = s.coordLeft(s.midx[i-1])
		case toks[i-1].text == "," && strings.HasSuffix(toks[i].low, "ing"):
			// ", calling it a provocation": the clause's subject speaks.
			speakers = cls[act].subjects
			j := i + 1
			if j < len(toks) && (toks[j].low == "the" || toks[j].low == "this" || toks[j].low == "that") {
				j++
			}
			if j >= len(toks) || !actRefs[toks[j].low] {
				continue
			}
			after = j + 1
		default:
			continue
		}
		code := ""
		for p := after; p < len(toks) && p < after+8; p++ {
			if toks[p].kind == tokPunct && toks[p].text != "," || s.midx[p] >= 0 || toks[p].low == "but" {
				break
			}
			if kd, ok := judgementWords[toks[p].low]; ok {
				code = map[byte]string{'n': "111", 'a': "112", 'p': "051"}[kd]
				break
			}
			if toks[p].is(fNegativeWords) {
				code = "111"
				break
			}
		}
		if code == "" {
			continue
		}
		authors := cls[act].subjects
		if obs := cls[act].objects; len(obs) > 0 && s.mentions[obs[0]].poss {
			authors = obs // "protested China's drills, describing the move as …"
		}
		for _, a := range speakers {
			for _, b := range authors {
				if s.mentions[a].actor == s.mentions[b].actor {
					continue
				}
				out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, code, 0.6, i)
			}
		}
	}
	return out
}

// timeUnits measure the time an ultimatum gives.
var timeUnits = map[string]bool{
	"days": true, "hours": true, "weeks": true, "months": true, "day": true, "hour": true, "week": true,
}

// ultimatum reports "gave Russia 50 days to …", "giving Hamas 72 hours":
// a number and a unit of time right after the object of "give".
func ultimatum(toks []token, verb, objEnd int) bool {
	switch toks[verb].low {
	case "gave", "give", "gives", "giving", "given":
	default:
		return false
	}
	j := objEnd
	for j < len(toks) && j < objEnd+4 && (toks[j].low == "a" || toks[j].low == "an" || toks[j].low == "until" || toks[j].low == "just" || toks[j].low == "only" || toks[j].low == "few" || toks[j].low == "couple" || toks[j].low == "of") {
		j++
	}
	if j+1 >= len(toks) {
		return false
	}
	num := toks[j].kind == tokNumber || numberWords[toks[j].low] && toks[j].low != "a" && toks[j].low != "an"
	return num && timeUnits[toks[j+1].low] || timeUnits[toks[j].low] && j > objEnd || untilDay(toks, objEnd)
}

// numberWords are spelled-out numbers.
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "fifteen": true,
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "several": true, "many": true,
	"a": true, "an": true, "two-dozen": true, "multiple": true, "numerous": true,
}

// skipCount skips determiners and quantities before a mention, spelled
// numbers included: "a", "nine", "at least three", "dozens of".
func skipCount(toks []token, k int) int {
	for {
		j := skipQuantity(toks, k)
		for j < len(toks) && numberWords[toks[j].low] {
			j++
		}
		if j == k {
			return k
		}
		k = j
	}
}

// nationalsMention reports whether mention mi names a country's people,
// ships or institutions by a demonym and a noun ("Pakistani nationals",
// "Iranian banks", "two Philippine vessels"), not the country itself.
func (s *sentence) nationalsMention(mi int) bool {
	me := &s.mentions[mi]
	if me.end-me.start < 2 || me.pronoun {
		return false
	}
	w := s.toks[me.end-1].low
	return civilAssets[w] || militaryAssets[w]
}
