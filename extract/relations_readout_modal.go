package extract

// Reported speech told with modals: threats and consequences told with
// "will", "would" and "could", demands and appeals told with "must" and
// "should", the conditions of an offer, and refusals told with a negated
// modal. readoutEvents (relations_readout.go) calls them for each
// sentence after its clauses are analysed.

import "strings"

// modalDemand codes the modals of obligation: "must" demands, "should"
// appeals.
var modalDemand = map[string]string{
	"must": "100", "should": "020", "ought": "020",
}

// retaliationVerbs are responses that are a threat whatever follows.
var retaliationVerbs = map[string]string{
	"retaliate": "138", "avenge": "138", "punish": "130", "strike": "138", "hit": "138", "attack": "138",
}

// responseVerbs are responses that are a threat when a hostile act, a
// manner of force or a condition tells so: "respond decisively to any
// attack", "respond if Kyiv …".
var responseVerbs = map[string]bool{"respond": true, "react": true, "reply": true, "answer": true, "fight": true}

// forceManner are the adverbs and nouns that make a response a threat.
var forceManner = map[string]bool{
	"decisively": true, "forcefully": true, "firmly": true, "harshly": true, "strongly": true,
	"resolutely": true, "militarily": true, "severely": true, "swiftly": true, "appropriately": true,
	"immediately": true, "proportionately": true, "kind": true, "force": true, "forces": true, "end": true,
	"strength": true, "crushing": true, "overwhelming": true, "merciless": true, "mercilessly": true,
	"attack": true, "attacks": true, "aggression": true, "aggressions": true, "strike": true, "strikes": true,
	"decision": true, "decisions": true, "step": true, "steps": true, "sanctions": true, "expulsion": true,
	"provocation": true, "provocations": true, "incursion": true, "incursions": true, "violation": true,
	"violations": true, "escalation": true, "deployment": true, "deployments": true, "hostile": true,
	"seizure": true, "move": true, "moves": true, "action": true, "actions": true, "measures": true,
}

// forceNouns are what is used in a threat of force: "use nuclear weapons".
var forceNouns = map[string]bool{"force": true, "weapons": true, "nuclear": true, "missiles": true, "military": true}

// measureAdjectives make "measures" a threat: "take resolute measures
// against".
var measureAdjectives = map[string]bool{
	"resolute": true, "necessary": true, "decisive": true, "strong": true, "firm": true, "tough": true,
	"forceful": true, "punitive": true, "appropriate": true, "all": true,
}

// measureWords complete "take … countermeasures": the intent to take
// measures against someone is a threat.
var measureWords = map[string]bool{"countermeasures": true, "counter-measures": true, "retaliatory": true, "reciprocal": true, "response": true}

// consequencePhrases are what a speaker promises another actor: the
// words after the modal, from the verb.
var consequencePhrases = [][]string{
	{"pay", "price"}, {"pay", "dearly"}, {"face", "consequences"}, {"face", "response"}, {"face", "retaliation"},
	{"face", "punishment"}, {"pay", "for"}, {"bear", "responsibility"}, {"bear", "consequences"}, {"regret"},
	{"be", "held", "accountable"}, {"be", "held", "responsible"}, {"be", "punished"},
}

// modalSubject returns the mention that is the subject of the modal at p
// ("Iran would", "the U.S. side must", "it will": the speaker), whether it
// is a pronoun of the speaker, and where the subject starts. It returns
// -1 when the word before the modal is no subject.
func (s *sentence) modalSubject(p int) (mi int, pronoun bool, start int) {
	toks := s.toks
	j := p - 1
	for j >= 0 && (toks[j].is(fAdverbs) || toks[j].kind == tokQuote) && s.midx[j] < 0 {
		j--
	}
	if j < 0 {
		return -1, false, -1
	}
	if k := s.midx[j]; k >= 0 {
		me := &s.mentions[k]
		if me.prep != "" || me.poss {
			return -1, false, -1
		}
		if me.pronoun && !me.coref {
			return -1, false, -1
		}
		return k, false, me.start
	}
	switch toks[j].low {
	case "and":
		// "Beijing opposes … and will fight": the subject of the verb before.
		for o := len(s.cls) - 1; o >= 0; o-- {
			c := &s.cls[o]
			if c.m.end <= j && !c.skip && c.m.entry.form != formNoun && len(c.subjects) > 0 {
				mi := c.subjects[0]
				return mi, s.mentions[mi].pronoun, s.mentions[mi].start
			}
		}
		// "Khamenei said Israel had made a mistake and would be punished":
		// the first subject of the reported words.
		if mi := s.contentTopic(j, false); mi >= 0 {
			return mi, false, s.mentions[mi].start
		}
	case "that", "which":
		// "… by Moldova was an 'unfriendly step' that would not go
		// unanswered": the actor the reported words are about.
		if mi := s.contentTopic(j, true); mi >= 0 {
			return mi, false, s.mentions[mi].start
		}
	case "it", "they", "we":
		if sp := s.speakerOf(j); sp >= 0 {
			return sp, true, j
		}
	}
	return -1, false, -1
}

// speakerOf returns the mention that reports the words at p: the subject
// of a speech verb before them ("Peskov said (that) …", "Lin Jian told a
// briefing that …"), the one named in an attribution after them ("…, the
// ministry said", "…, said Rubio"), or after "according to". It returns
// -1 when the words are reported by no actor.
func (s *sentence) speakerOf(p int) int {
	toks := s.toks
	for j := p - 1; j >= 0 && j >= p-30; j-- {
		t := &toks[j]
		if t.text == ";" || t.text == ":" && !s.inQuote[p] {
			break
		}
		if t.kind != tokWord || s.midx[j] >= 0 || s.inQuote[j] {
			continue
		}
		if contentVerbs[t.low] {
			if mi := s.speakerBefore(j); mi >= 0 {
				return mi
			}
			if j+1 < len(toks) && s.midx[j+1] >= 0 && s.mentions[s.midx[j+1]].prep == "" && j+1 < p {
				return s.midx[j+1] // "said Rubio, …" is rare; "…," said Rubio
			}
			break
		}
	}
	// An attribution after the words: "…, the ministry said", "…," said X.
	for j := p + 1; j < len(toks); j++ {
		t := &toks[j]
		if t.kind != tokWord || s.midx[j] >= 0 || s.inQuote[j] || !contentVerbs[t.low] {
			continue
		}
		if j+1 < len(toks) && s.midx[j+1] >= 0 && s.mentions[s.midx[j+1]].prep == "" && precededByQuoteOrComma(toks, j) {
			return s.midx[j+1]
		}
		if mi := s.speakerBefore(j); mi >= 0 && precededByQuoteOrComma(toks, s.mentions[mi].start) {
			return mi
		}
		break
	}
	// "According to X, …".
	for j := 0; j+1 < len(toks); j++ {
		if toks[j].low == "according" && toks[j+1].low == "to" && j+2 < len(toks) && s.midx[j+2] >= 0 {
			return s.midx[j+2]
		}
	}
	return -1
}

// futureEvents codes a threat or a consequence told by the modal "will"
// or "would" at p.
func (s *sentence) futureEvents(p int, out []event, first int) []event {
	toks := s.toks
	subj, pron, st := s.modalSubject(p)
	if subj < 0 || s.conditionBefore(st) {
		return out
	}
	v := p + 1
	for v < len(toks) && (toks[v].is(fAdverbs) || toks[v].kind == tokQuote) && s.midx[v] < 0 {
		v++
	}
	// "would not hesitate to use force": a threat all the same.
	if v+2 < len(toks) && toks[v].low == "not" && toks[v+1].low == "hesitate" && toks[v+2].low == "to" {
		v += 3
	}
	if possible := toks[p].low == "could" || toks[p].low == "might"; possible {
		// "Putin warned that Russia could strike Britain": a threat only
		// of the speaker's own side; of another, a guess.
		sp := s.speakerOf(p)
		if sp < 0 || !pron && !sameSide(s.mentions[sp].actor, s.mentions[subj].actor) {
			return out
		}
		if c, _ := threatAt(toks, v); c == "" {
			return out
		}
	}
	if v+1 < len(toks) && toks[v].low == "not" && unansweredAt(toks, v+1) {
		// "would not go unanswered": a threat from the speaker.
		sp := s.speakerOf(p)
		if sp < 0 || pron {
			return out
		}
		a, b := s.mentions[sp].actor, s.mentions[subj].actor
		if !sameSide(a, b) && !hasRoot(out[first:], a, b, "13") {
			out = appendEvent(out, a, b, "130", 0.5, p)
		}
		return out
	}
	if v < len(toks) && toks[v].low == "not" {
		// "would not approve … until Stockholm cracks down": only the
		// condition is coded.
		if s.speakerOf(p) >= 0 || s.inQuote[p] || s.officialAttribution() {
			return s.conditionDemand(v+1, s.mentions[subj].actor, out, first)
		}
		return out
	}
	if v >= len(toks) || toks[v].kind != tokWord || toks[v].is(fNegWords) {
		return out
	}
	speaker := s.speakerOf(p)
	if speaker < 0 && !s.inQuote[p] && !s.officialAttribution() {
		return out
	}
	source := s.mentions[subj].actor
	// A consequence promised to another actor.
	if !pron && speaker >= 0 {
		if code := consequenceAt(toks, v); code != "" {
			sp := s.mentions[speaker].actor
			if !sameSide(sp, source) && !hasRoot(out[first:], sp, source, "13") {
				out = appendEvent(out, sp, source, code, 0.5, p)
			}
			return out
		}
	}
	code, end := threatAt(toks, v)
	if code == "" {
		return s.conditionDemand(v, source, out, first)
	}
	tgt, cond := s.threatTarget(end, source)
	if tgt < 0 {
		// "After Russian strikes on Kyiv, Zelenskiy said Ukraine would
		// respond": the author of the hostile act told before.
		if a := aggressorOf(out[first:], source, p); a != nil && !hasRoot(out[first:], source, a, "13") {
			out = appendEvent(out, source, a, code, 0.5, p)
		}
		return out
	}
	if responseVerbs[toks[v].low] && !cond && !forcefulResponse(toks, v, s.mentions[tgt].end+2) {
		return out
	}
	obj := s.mentions[tgt].actor
	if hasRoot(out[first:], source, obj, "13") {
		return out
	}
	return appendEvent(out, source, obj, code, 0.5, p)
}

// obligationEvents codes "X must …" / "X should …" reported by another
// actor: a demand or an appeal from the speaker to X.
func (s *sentence) obligationEvents(p int, out []event, first int) []event {
	toks := s.toks
	code := modalDemand[toks[p].low]
	v := p + 1
	if toks[p].low == "ought" {
		if v >= len(toks) || toks[v].low != "to" {
			return out
		}
		v++
	}
	for v < len(toks) && (toks[v].is(fAdverbs) || toks[v].kind == tokQuote || toks[v].low == "not") && s.midx[v] < 0 {
		v++
	}
	if v >= len(toks) || toks[v].kind != tokWord || s.midx[v] >= 0 {
		return out
	}
	// "must have known", "must be defeated": a guess or a wish, not a
	// demand; "must be held accountable" is one.
	if w := toks[v].low; w == "have" || w == "been" || (w == "be" && !(v+1 < len(toks) && toks[v+1].low == "held")) {
		return out
	}
	subj, pron, st := s.modalSubject(p)
	if subj < 0 || pron || s.conditionBefore(st) {
		return out
	}
	speaker := s.speakerOf(p)
	if speaker < 0 {
		return out
	}
	sp, obj := s.mentions[speaker].actor, s.mentions[subj].actor
	if sameSide(sp, obj) || hasRoot(out[first:], sp, obj, code[:2]) {
		return out
	}
	return appendEvent(out, sp, obj, code, 0.5, p)
}

// conditionBefore reports a condition or a question word in the few words
// before a subject: "If China were to blockade Taiwan, the United States
// would respond" is a commentator's hypothesis, no threat.
func (s *sentence) conditionBefore(st int) bool {
	for j := st - 1; j >= 0 && j >= st-12; j-- {
		w := s.toks[j].low
		if w == "if" || w == "unless" || w == "whether" || w == "should" {
			return true
		}
		if s.toks[j].text == ";" || s.toks[j].is(fSpeechVerbs) {
			break
		}
	}
	return false
}

// consequenceAt returns 130 when the words from v promise a consequence
// ("pay a heavy price", "face consequences", "bear full responsibility"),
// else "".
func consequenceAt(toks []token, v int) string {
	if v >= len(toks) {
		return ""
	}
	for _, ph := range consequencePhrases {
		if toks[v].low != ph[0] {
			continue
		}
		j, k := v+1, 1
		for ; k < len(ph) && j < len(toks) && j <= v+5; j++ {
			if toks[j].low == ph[k] {
				k++
			} else if toks[j].kind != tokWord && toks[j].kind != tokQuote || toks[j].is(fNegWords) {
				break
			}
		}
		if k == len(ph) {
			return "130"
		}
	}
	return ""
}

// threatAt returns the code of a response or retaliation at v ("retaliate",
// "hit back", "take countermeasures", "take strong measures", "respond",
// "fight to the end") and the token after the phrase, or "" when the verb
// at v is none.
func threatAt(toks []token, v int) (string, int) {
	if v >= len(toks) {
		return "", v
	}
	w := toks[v].low
	if c := retaliationVerbs[w]; c != "" {
		return c, v + 1
	}
	if (w == "use" || w == "deploy") && v+1 < len(toks) {
		// "use nuclear weapons against", "use force against".
		for j := v + 1; j < len(toks) && j <= v+3; j++ {
			if forceNouns[toks[j].low] {
				return "138", j + 1
			}
		}
	}
	if responseVerbs[w] {
		return "138", v + 1
	}
	if w == "take" || w == "adopt" || w == "impose" {
		for j := v + 1; j < len(toks) && j <= v+5; j++ {
			if measureWords[toks[j].low] || (toks[j].low == "measures" && j > v+1 && (forceManner[toks[j-1].low] || measureAdjectives[toks[j-1].low] || toks[j-1].kind == tokQuote && measureAdjectives[toks[j-2].low])) {
				return "130", j + 1
			}
			if toks[j].kind != tokWord && toks[j].kind != tokQuote {
				break
			}
		}
	}
	return "", v
}

// forcefulResponse reports whether the words of a response from v to end
// make it a threat: a manner of force or a hostile act responded to
// ("respond decisively", "respond to any attack").
func forcefulResponse(toks []token, v, end int) bool {
	for j := v + 1; j < len(toks) && j < end && j <= v+8; j++ {
		if forceManner[toks[j].low] {
			return true
		}
		if toks[j].kind == tokPunct && toks[j].text != "," {
			break
		}
	}
	return false
}

// threatTarget returns the mention a response from end is aimed at: the
// first actor of another side after it, in the same clause or in the
// condition that follows ("if the U.S. side insists"), and whether it
// was found in a condition. It returns -1 when none is named.
func (s *sentence) threatTarget(end int, source *Actor) (int, bool) {
	toks := s.toks
	cond := false
	for j := end; j < len(toks) && j < end+16; j++ {
		t := &toks[j]
		if mi := s.midx[j]; mi >= 0 {
			me := &s.mentions[mi]
			j = me.end - 1
			if sameSide(me.actor, source) || me.pronoun && !me.coref {
				continue
			}
			if me.end < len(toks) && (toks[me.end].is(fSpeechVerbs) || contentVerbs[toks[me.end].low]) && precededByQuoteOrComma(toks, me.start) {
				return -1, false // the attribution: "…, Peskov said"
			}
			switch me.prep {
			case "", "to", "against", "on", "at", "toward", "towards", "over", "by":
				return mi, cond
			case "of":
				// "to any deployment of U.S. missiles".
				if me.start > 1 && forceManner[toks[me.start-2].low] {
					return mi, cond
				}
			}
			continue
		}
		// "to any Israeli aggression": a demonym on a plain noun.
		if t.kind == tokWord && t.upper && j+1 < len(toks) && toks[j+1].kind == tokWord && !toks[j+1].upper {
			if e, a, kind, nk, ok := s.reg.nameAt(toks, j, s.buf); ok && e == j+1 && kind == mCountry && nk == KindDemonym && !sameSide(a, source) {
				s.mentions = append(s.mentions, mention{start: j, end: e, actor: a, kind: mCountry})
				s.midx[j] = len(s.mentions) - 1
				return len(s.mentions) - 1, cond
			}
		}
		switch {
		case t.text == ";" || t.text == "." || t.text == ":" || t.kind == tokDash:
			return -1, false
		case t.low == "if" || t.low == "unless" || t.low == "should":
			cond = true
		case !cond && t.kind == tokWord && (strings.HasSuffix(t.low, "ing") && len(t.low) > 5 || s.owner[j] >= 0 && s.cls[s.owner[j]].m.entry.form != formNoun):
			// "strike Western countries supplying missiles to Ukraine":
			// past another verb the actors are no longer the target.
			return -1, false
		case t.kind == tokWord && (t.is(fBoundaryWords) || t.is(fSpeechVerbs) || contentVerbs[t.low]):
			return -1, false
		}
	}
	return -1, false
}

// conditionWords open the condition of a stated intention.
var conditionWords = map[string]bool{"if": true, "unless": true, "until": true, "once": true, "provided": true}

// conditionDemand codes the condition of an intention told from v ("would
// cease fire if Kyiv withdrew", "would not approve … until Stockholm
// cracks down") as a demand (100) from source to the actor the condition
// names as its subject.
func (s *sentence) conditionDemand(v int, source *Actor, out []event, first int) []event {
	toks := s.toks
	for j := v; j < len(toks) && j < v+14; j++ {
		t := &toks[j]
		if s.midx[j] >= 0 {
			j = s.mentions[s.midx[j]].end - 1
			continue
		}
		if t.text == ";" || t.text == "." || t.kind == tokDash || t.kind == tokWord && (contentVerbs[t.low] || t.low == "but" || t.low == "while") {
			return out
		}
		if t.kind != tokWord || !conditionWords[t.low] {
			continue
		}
		k := j + 1
		for k < len(toks) && (toks[k].low == "the" || toks[k].low == "that") {
			k++
		}
		if k >= len(toks) || s.midx[k] < 0 {
			return out
		}
		me := &s.mentions[s.midx[k]]
		if me.prep != "" || me.pronoun || sameSide(me.actor, source) || hasRoot(out[first:], source, me.actor, "10") || hasRoot(out[first:], source, me.actor, "13") {
			// A threat's condition is part of the threat.
			return out
		}
		return appendEvent(out, source, me.actor, "100", 0.5, j)
	}
	return out
}

// officialNouns name a source of government speech that is no actor of
// its own: "the ministry said", "a statement said".
var officialNouns = map[string]bool{
	"ministry": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "statement": true,
	"official": true, "officials": true, "government": true, "office": true, "embassy": true,
	"readout": true, "presidency": true, "agency": true, "military": true, "army": true, "communique": true,
}

// officialAttribution reports whether the sentence is attributed to an
// official source that names no actor ("…, the foreign ministry said"):
// a speech verb outside quotations with an official noun just before it.
func (s *sentence) officialAttribution() bool {
	toks := s.toks
	for j := range toks {
		if toks[j].kind != tokWord || s.inQuote[j] || !contentVerbs[toks[j].low] {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			if officialNouns[toks[k].low] {
				return true
			}
			if toks[k].kind != tokWord {
				break
			}
		}
	}
	return false
}

// unansweredAt reports "go unanswered", "remain unanswered", "go
// unpunished" at v.
func unansweredAt(toks []token, v int) bool {
	if v+1 >= len(toks) || (toks[v].low != "go" && toks[v].low != "remain" && toks[v].low != "be" && toks[v].low != "stay") {
		return false
	}
	w := toks[v+1].low
	return w == "unanswered" || w == "unpunished" || w == "without" || w == "left"
}

// contentTopic returns the actor the words reported before j are about:
// the first mention after the speech verb, when it is their subject (or,
// for a relative clause, also a possessor or an agent after "by"); -1
// when there is none.
func (s *sentence) contentTopic(j int, relative bool) int {
	toks := s.toks
	for v := j - 1; v >= 0 && v >= j-20; v-- {
		if toks[v].kind == tokPunct && toks[v].text != "," || toks[v].kind == tokQuote && !relative {
			return -1
		}
		if toks[v].kind != tokWord || s.midx[v] >= 0 || !contentVerbs[toks[v].low] {
			continue
		}
		sp := s.speakerBefore(v)
		if sp < 0 {
			return -1
		}
		if relative {
			return s.judgedTopic(v+1, j, s.mentions[sp].actor)
		}
		for k := v + 1; k < j; k++ {
			if mi := s.midx[k]; mi >= 0 {
				if me := &s.mentions[mi]; me.prep == "" && !me.poss && !me.pronoun {
					return mi
				}
				return -1
			}
			if w := toks[k].low; w != "that" && w != "the" {
				return -1
			}
		}
		return -1
	}
	return -1
}

// threatObjects finds the target of a threat told with a noun ("threatened
// 25% tariffs on Mexico", "threatened a new military incursion into
// northern Syria") when the clause found none: an actor after a
// preposition of direction past the noun phrase.
func (s *sentence) threatObjects(out []event, first int) []event {
	toks := s.toks
	for k := range s.cls {
		c := &s.cls[k]
		code := c.m.entry.code
		if !strings.HasPrefix(code, "13") || c.skip || !c.done || len(c.objects) > 0 || len(c.subjects) == 0 || c.m.entry.form == formNoun {
			continue
		}
		st := s.mentions[c.subjects[0]].start
		if st > c.m.start || s.modality(st, c.m.start, s.cls, k) == modDrop || s.negatedSince(st, c.m.start) {
			continue
		}
		var targets []*Actor
		for j := c.m.end; j < len(toks) && j < c.m.end+10; j++ {
			if mi := s.midx[j]; mi >= 0 {
				me := &s.mentions[mi]
				if me.prep == "on" || me.prep == "against" || me.prep == "into" || me.prep == "at" || me.prep == "toward" || me.prep == "towards" {
					for _, o := range s.coordRight(mi) {
						targets = append(targets, s.mentions[o].actor)
					}
				}
				break
			}
			t := &toks[j]
			if t.kind == tokPunct && t.text != "%" || t.is(fBoundaryWords) || t.low == "that" || t.low == "to" || t.low == "if" || s.owner[j] >= 0 && s.cls[s.owner[j]].m.entry.form != formNoun {
				break
			}
		}
		if targets == nil {
			// "Iran fired missiles at Israel, and Israel vowed to retaliate":
			// the author of the hostile act told before.
			if a := aggressorOf(out[first:], s.mentions[c.subjects[0]].actor, c.m.start); a != nil {
				targets = []*Actor{a}
			}
		}
		for _, a := range c.subjects {
			for _, b := range targets {
				if !hasRoot(out[first:], s.mentions[a].actor, b, "13") {
					out = appendEvent(out, s.mentions[a].actor, b, code, 0.6, c.m.start)
				}
			}
		}
	}
	return out
}

// aggressorOf returns the author of the last hostile act (roots 11 to
// 20) told before position p against victim's side by another side, or
// nil.
func aggressorOf(evs []event, victim *Actor, p int) *Actor {
	var a *Actor
	for _, e := range evs {
		if e.pos < p && e.code >= "11" && e.code < "21" && sameSide(e.obj, victim) && !sameSide(e.subj, victim) {
			a = e.subj
		}
	}
	return a
}

// refusalVerbs, negated, reject what their object proposes: "would not
// accept Kyiv's demands" (120), "will not negotiate with Zelenskiy" (125).
var refusalVerbs = map[string]string{
	"accept": "120", "recognise": "120", "recognize": "120", "tolerate": "120", "comply": "120",
	"bow": "120", "yield": "120", "submit": "120", "negotiate": "125", "talk": "125", "meet": "125",
}

// refusalAux may carry the negation of a refusal.
var refusalAux = map[string]bool{"will": true, "would": true, "wo": true, "'ll": true, "does": true, "do": true, "did": true, "can": true, "could": true}

// refusals codes "X would not accept Y's demands", "X will never
// negotiate with Y", "X cannot recognise Y" as a rejection of Y by X.
func (s *sentence) refusals(out []event, first int) []event {
	toks := s.toks
	for p := range toks {
		t := &toks[p]
		if t.kind != tokWord || s.midx[p] >= 0 {
			continue
		}
		v := -1
		switch {
		case t.low == "cannot" || t.low == "never" && p > 0 && s.midx[p-1] >= 0:
			v = p + 1
		case refusalAux[t.low] && p+2 < len(toks) && (toks[p+1].low == "not" || toks[p+1].low == "never" || toks[p+1].low == "n't"):
			v = p + 2
		}
		if v < 0 {
			continue
		}
		for v < len(toks) && toks[v].is(fAdverbs) {
			v++
		}
		if v >= len(toks) || refusalVerbs[toks[v].low] == "" {
			continue
		}
		code := refusalVerbs[toks[v].low]
		subj, _, st := s.modalSubject(p)
		if subj < 0 || s.conditionBefore(st) {
			continue
		}
		// The object: right after the verb or its preposition, past a
		// determiner and up to two modifiers; a possessor counts.
		j := v + 1
		if j < len(toks) && (toks[j].low == "with" || toks[j].low == "to") {
			j++
		}
		for n := 0; j < len(toks) && n < 3 && s.midx[j] < 0 && toks[j].kind == tokWord && !toks[j].upper && !toks[j].is(fPrepositions) && !toks[j].is(fBoundaryWords); n++ {
			j++
		}
		if j >= len(toks) {
			continue
		}
		a := s.mentions[subj].actor
		var b *Actor
		if mi := s.midx[j]; mi >= 0 {
			if me := &s.mentions[mi]; !me.pronoun && (me.prep == "" || me.prep == "with" || me.prep == "to") {
				b = me.actor
			}
		} else if toks[j].kind == tokWord && toks[j].upper && j+1 < len(toks) && toks[j+1].kind == tokWord && !toks[j+1].upper {
			if e, c, kind, nk, ok := s.reg.nameAt(toks, j, s.buf); ok && e == j+1 && kind == mCountry && nk == KindDemonym {
				b = c // "would not accept a Palestinian state"
			}
		}
		if b == nil || sameSide(b, a) || hasRoot(out[first:], a, b, "12") {
			continue
		}
		out = appendEvent(out, a, b, code, 0.5, v)
	}
	return out
}

// modalEvents codes what each modal of the sentence tells: a threat, a
// consequence or a condition after "will", "would", "could" or "might",
// a demand or an appeal after "must", "should" or "ought to".
func (s *sentence) modalEvents(out []event, first int) []event {
	toks := s.toks
	for p := range toks {
		t := &toks[p]
		if t.kind != tokWord || s.midx[p] >= 0 {
			continue
		}
		switch {
		case t.low == "will" || t.low == "would" || t.low == "'ll" || t.low == "shall" || t.low == "could" || t.low == "might":
			out = s.futureEvents(p, out, first)
		case modalDemand[t.low] != "":
			out = s.obligationEvents(p, out, first)
		case t.low == "if" || t.low == "unless" || t.low == "should":
			out = s.conditionalRetaliation(p, out, first)
		}
	}
	return out
}

// retaliationWords in a condition promise a response to whoever meets it.
var retaliationWords = map[string]bool{
	"retaliation": true, "retaliate": true, "consequences": true, "punishment": true, "retribution": true,
}

// conditionalRetaliation codes a response promised to the actor a
// reported condition names: "Araghchi said Tehran's action was
// 'concluded' unless 'the Israeli regime decides to invite further
// retaliation'" is a threat (138) from the speaker to Israel.
func (s *sentence) conditionalRetaliation(p int, out []event, first int) []event {
	toks := s.toks
	k := p + 1
	for k < len(toks) && (toks[k].kind == tokQuote || toks[k].low == "the") {
		k++
	}
	if k >= len(toks) || s.midx[k] < 0 || s.conditionBefore(p) {
		return out
	}
	me := &s.mentions[s.midx[k]]
	if me.prep != "" || me.pronoun {
		return out
	}
	found := false
	for j := me.end; j < len(toks) && j < me.end+10; j++ {
		if toks[j].kind == tokPunct && toks[j].text != "," || toks[j].text == "," && !s.inQuote[j] {
			break
		}
		if retaliationWords[toks[j].low] {
			found = true
			break
		}
	}
	if !found {
		return out
	}
	sp := s.speakerOf(p)
	if sp < 0 {
		return out
	}
	a := s.mentions[sp].actor
	if sameSide(a, me.actor) || hasRoot(out[first:], a, me.actor, "13") {
		return out
	}
	return appendEvent(out, a, me.actor, "138", 0.5, p)
}
