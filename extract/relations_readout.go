package extract

import "strings"

// Readouts and reported speech, the shapes a spokesperson's briefing or a
// ministry's readout takes beyond "X told Y" and judgements (for those see
// relations_speech.go):
//
//   - "In a phone call with X, Y stressed …", "during talks with X", "Y
//     said in a call with X": a call or meeting named in an adjunct
//     relates the one who speaks to the partner (041 for a call, 040 for
//     a meeting).
//   - "Iran said it would respond decisively to any Israeli attack",
//     "Beijing will 'fight to the end' if the U.S. side insists": a stated
//     intention to respond or retaliate is a threat (13x) towards the
//     actor named after the verb or in the condition that follows.
//   - "India said Pakistan would pay a heavy price", "'Israel will face
//     consequences,' Araghchi said": a consequence promised to another
//     actor is the speaker's threat to it (130).
//   - "Dar said the Taliban must stop militants …", "the embassy said the
//     Philippine side should stop …": what the speaker says another actor
//     must do is a demand (100), what it should do an appeal (020).

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

// readoutEvents codes the shapes at the top of this file in one sentence.
// Like speechEvents, it adds a relation only where the sentence has none
// of the same root between the two actors yet.
func (x *Extractor) readoutEvents(s *sentence, out []event, first int) (res []event) {
	out = s.callAdjuncts(out, first)
	out = s.raisedWith(x, out, first)
	out = s.appealsForParties(out, first)
	out = s.threatObjects(out, first)
	out = s.denialTargets(out, first)
	out = s.admissions(out, first)
	out = s.refusals(out, first)
	out = x.announcedActs(s, out, first)
	out = s.judgedAuthors(out, first)
	out = s.visitStates(out, first)
	out = s.wantedRelations(out, first)
	toks := s.toks
	defer func() {
		res = s.appealsToPartner(res, first)
		res = s.visitPlaces(res, first)
		res = s.remarkTargets(res, first)
		s.reg.speaker = s.sentenceSpeaker() // for the next sentence only
	}()
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
		}
	}
	return out
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

// hasRoot reports whether evs relate a to b already with a code of the
// given root.
func hasRoot(evs []event, a, b *Actor, root string) bool {
	for _, e := range evs {
		if sameSide(e.subj, a) && sameSide(e.obj, b) && strings.HasPrefix(e.code, root) {
			return true
		}
	}
	return false
}

// callNouns name a consultation in an adjunct: a call (041) or a meeting
// (040).
var callNouns = map[string]string{
	"call": "041", "phone": "041", "telephone": "041", "phonecall": "041", "conversation": "041",
	"videoconference": "041", "video": "041",
	"meeting": "040", "talks": "040", "meetings": "040", "summit": "040", "discussions": "040", "consultations": "040",
}

// callAdjuncts codes "In a phone call with X, Y …" (Y is the first
// subject after the comma) and "Y said in a call with X" (Y the
// speaker): Y consults X.
func (s *sentence) callAdjuncts(out []event, first int) []event {
	toks := s.toks
	for i := 0; i+3 < len(toks); i++ {
		w := toks[i].low
		if w != "in" && w != "during" && w != "after" && w != "at" || s.midx[i] >= 0 {
			continue
		}
		// The noun of the call or meeting, after a determiner and modifiers.
		code, j := "", i+1
		for ; j < len(toks) && j <= i+5 && toks[j].kind == tokWord && s.midx[j] < 0; j++ {
			if c := callNouns[toks[j].low]; c != "" {
				if code == "" || c == "041" {
					code = c
				}
				continue
			}
			if code != "" {
				break
			}
		}
		if code == "" || j >= len(toks) || toks[j].low != "with" {
			continue
		}
		// The partner: skip "his" in "with his Turkish counterpart".
		k := j + 1
		for k < len(toks) && s.midx[k] >= 0 && s.mentions[s.midx[k]].pronoun && s.mentions[s.midx[k]].poss {
			k = s.mentions[s.midx[k]].end
		}
		if k < len(toks) && s.midx[k] < 0 && (toks[k].low == "his" || toks[k].low == "her" || toks[k].low == "their") {
			k++
		}
		if k >= len(toks) || s.midx[k] < 0 || s.mentions[s.midx[k]].pronoun {
			continue
		}
		// Partners joined by "and" ("with Japan and South Korea"); a comma
		// may end the adjunct before its subject.
		partners := []int{s.midx[k]}
		end := s.mentions[s.midx[k]].end
		for end+1 < len(toks) && toks[end].low == "and" && s.midx[end+1] >= 0 {
			partners = append(partners, s.midx[end+1])
			end = s.mentions[s.midx[end+1]].end
		}
		who := -1
		lead := i
		if i > 0 && (toks[i-1].low == "speaking" || toks[i-1].low == "commenting") {
			lead = i - 1 // "Speaking after talks with X, Y said"
		}
		if lead == 0 || toks[lead-1].kind == tokDash || toks[lead-1].kind == tokPunct && toks[lead-1].text != "," {
			// Fronted: the subject after the adjunct's comma.
			c := end
			for c < len(toks) && c < end+8 && toks[c].text != "," {
				c++
			}
			if c+1 < len(toks) && toks[c].text == "," {
				if mi := s.midx[c+1]; mi >= 0 && s.mentions[mi].prep == "" && !s.mentions[mi].poss {
					who = mi
				}
			}
		} else if i > 0 && (toks[i-1].is(fSpeechVerbs) || contentVerbs[toks[i-1].low]) {
			who = s.speakerBefore(i - 1)
		}
		if who < 0 {
			continue
		}
		a := s.mentions[who].actor
		for _, b := range partners {
			if root := map[string]string{"041": "041", "040": "04"}[code]; !hasRoot(out[first:], a, s.mentions[b].actor, root) {
				out = appendEvent(out, a, s.mentions[b].actor, code, 0.6, i)
			}
		}
	}
	return out
}

// quotedVerb reports whether the quotation mark at q opens a quotation
// that starts with the verb at v, adverbs aside: "said it \"strongly
// protests\" the incursion". The subject is then outside the quotation.
func quotedVerb(toks []token, q, v int) bool {
	if q >= v || q+4 < v {
		return false
	}
	for j := q + 1; j < v; j++ {
		if !toks[j].is(fAdverbs) && !strings.HasSuffix(toks[j].low, "ly") {
			return false
		}
	}
	return q == 0 || toks[q-1].kind == tokWord
}

// stopVerbs end the act told by the gerund after them: "stop arming
// Taiwan", "ceased firing".
var stopVerbs = map[string]bool{
	"stop": true, "stops": true, "stopped": true, "stopping": true, "cease": true, "ceased": true,
	"halt": true, "halted": true, "quit": true, "end": true, "ended": true, "refrain": true, "avoid": true,
}

// nounAfterArticle reports whether the word at i ends a noun phrase that
// starts with an article and one to three lower-case modifiers: "a
// regular news briefing", "the weekly briefing".
func nounAfterArticle(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := &toks[j]
		switch t.low {
		case "a", "an", "the", "its", "their", "his", "her":
			return j < i-1
		}
		if t.kind != tokWord || t.upper || t.is(fAdverbs) || t.is(fPrepositions) || strings.HasSuffix(t.low, "ly") && !periodicWords[t.low] {
			return false
		}
	}
	return false
}

// bareTwo reports whether "the two" ends at j with no noun after it and
// is the subject of the verb that follows: "the two also discussed",
// "the two agreed to".
func bareTwo(toks []token, j int) bool {
	for j < len(toks) && toks[j].kind == tokWord && toks[j].is(fAdverbs) {
		j++
	}
	if j >= len(toks) || toks[j].kind != tokWord || toks[j].upper {
		return false
	}
	w := toks[j].low
	if pairVerbs[w] {
		return true
	}
	if !strings.HasSuffix(w, "ed") || len(w) <= 4 {
		return false
	}
	// "the two discussed the", "the two agreed to", not "the two armed groups".
	if j+1 < len(toks) && toks[j+1].kind == tokWord && !toks[j+1].upper {
		return pairVerbObjects[toks[j+1].low] || toks[j+1].is(fPrepositions)
	}
	return true
}

// pairVerbObjects may follow a verb whose subject is a bare "the two".
var pairVerbObjects = map[string]bool{
	"the": true, "a": true, "an": true, "to": true, "that": true, "their": true, "its": true,
	"bilateral": true, "ways": true, "regional": true, "cooperation": true, "ties": true, "relations": true,
}

// pairVerbs are irregular pasts and auxiliaries a bare "the two" may be
// the subject of.
var pairVerbs = map[string]bool{
	"met": true, "held": true, "spoke": true, "signed": true, "agreed": true, "will": true,
	"would": true, "have": true, "had": true, "are": true, "were": true, "also": true, "did": true,
	"underscored": true, "sought": true, "made": true, "took": true, "gave": true,
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

// cityAsFirstName reports whether the one-word town name [i, e) is the
// first name of a person named after a title ("Iran's foreign ministry
// spokesman Nasser Kanaani"): a title word before it and an unknown
// capitalised word after it.
func (s *sentence) cityAsFirstName(i, e int) bool {
	toks := s.toks
	if e != i+1 || i == 0 || e >= len(toks) || toks[e].kind != tokWord || !toks[e].upper || toks[e].caps {
		return false
	}
	if _, ok := titles[toks[i-1].low]; !ok || toks[i-1].kind != tokWord {
		return false
	}
	if _, _, _, _, ok := s.reg.nameAt(toks, e, s.buf); ok {
		return false
	}
	return dateMonths[toks[e].low] == 0 && dateWeekdays[toks[e].low] == 0
}

// cooperative reports whether a code is an appeal or cooperation (roots
// 02 to 08), which is never directed "against" an actor.
func cooperative(code string) bool {
	return len(code) >= 2 && code[0] == '0' && code[1] >= '2' && code[1] <= '8'
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

// discussTopic reports whether the object of a consultation verb is what
// is discussed rather than the partner: "discussed Syria", "discussed the
// situation in Gaza" (a partner follows "with").
func discussTopic(toks []token, m vmatch, prep string) bool {
	return strings.HasPrefix(toks[m.start].low, "discuss") && m.end-m.start == 1 && prep != "with"
}

// officialRefNouns name a source of a government's words that a later
// clause refers back to: "The ministry also urged Washington …".
var officialRefNouns = map[string]bool{
	"ministry": true, "spokesperson": true, "spokesman": true, "spokeswoman": true, "statement": true,
	"readout": true, "embassy": true, "presidency": true, "communique": true,
}

// officialRef reads "the ministry", "the foreign ministry", "the
// spokesperson", "the statement" at i as the subject of its clause and
// returns its end and the government it stands for: that of the first
// actor with a country named before it outside prepositional phrases, in
// this sentence or the previous one. It returns i when there is none.
func (s *sentence) officialRef(i int) (int, *Actor) {
	toks := s.toks
	if i == 0 && toks[i].low == "it" && len(toks) > 1 && contentVerbs[toks[1].low] {
		// "Japan's foreign ministry protested to China. It said …".
		for _, a := range s.reg.prevActors {
			if a.Country != "" && a.Type != TypeIGO && a.Type != TypePerson {
				return 1, a
			}
			break
		}
		return i, nil
	}
	if toks[i].low != "the" || i+1 >= len(toks) || !s.subjectPosition(i) {
		return i, nil
	}
	j := i + 1
	if j+1 < len(toks) && (toks[j].low == "foreign" || toks[j].low == "ministry's") {
		j++
	}
	if !officialRefNouns[toks[j].low] || toks[j].upper && i > 0 {
		return i, nil
	}
	end := j + 1
	if end < len(toks) && (toks[end].low == "of" || toks[end].low == "for" || toks[end].kind == tokWord && toks[end].upper) {
		return i, nil // "the ministry of defence", "the spokesperson for", "the spokesman Lin Jian"
	}
	var c *Actor
	for k := range s.mentions {
		m := &s.mentions[k]
		if m.start < i && m.prep == "" && !m.pronoun && m.actor.Country != "" && m.actor.Type != TypeIGO {
			c = s.reg.country(m.actor.Country)
			break
		}
	}
	if c == nil {
		for _, a := range s.reg.prevActors {
			if a.Country != "" && a.Type != TypeIGO {
				c = s.reg.country(a.Country)
				break
			}
		}
	}
	if c == nil {
		return i, nil
	}
	return end, s.reg.agent(c, TypeGovernment)
}

// attribution reports whether mention mi, after a comma and right before
// a speech verb, attributes the sentence: "…, the Saudi Press Agency
// reported". Such a mention is no member of a list before the comma.
func (s *sentence) attribution(mi int) bool {
	me := &s.mentions[mi]
	st := me.start
	for st > 0 && s.toks[st-1].low == "the" {
		st--
	}
	if st == 0 || s.toks[st-1].text != "," || me.end >= len(s.toks) {
		return false
	}
	t := &s.toks[me.end]
	return t.kind == tokWord && (contentVerbs[t.low] || t.is(fSpeechVerbs))
}

// appealsForParties codes an appeal with no addressee that names the
// parties it is meant for: "called for a ceasefire between Israel and
// Hamas", "called for restraint by India and Pakistan": an appeal to
// each party (the code of the appeal).
func (s *sentence) appealsForParties(out []event, first int) []event {
	toks := s.toks
	for k := range s.cls {
		c := &s.cls[k]
		code := c.m.entry.code
		if !strings.HasPrefix(code, "02") || c.skip || !c.done || len(c.objects) > 0 || len(c.subjects) == 0 || c.m.entry.form == formNoun {
			continue
		}
		st := s.mentions[c.subjects[0]].start
		if st > c.m.start || s.modality(st, c.m.start, s.cls, k) == modDrop || s.negatedSince(st, c.m.start) {
			continue
		}
		parties := s.between(c.m.end)
		if parties == nil {
			// "restraint by India and Pakistan", "from both sides".
			for j := c.m.end; j < len(toks) && j < c.m.end+8; j++ {
				if toks[j].kind == tokPunct || toks[j].is(fBoundaryWords) {
					break
				}
				if toks[j].low == "by" || toks[j].low == "from" {
					k2 := j + 1
					for k2 < len(toks) && (toks[k2].low == "the" || toks[k2].low == "both") {
						k2++
					}
					if k2 < len(toks) && s.midx[k2] >= 0 && !s.mentions[s.midx[k2]].pronoun {
						parties = s.coordRight(s.midx[k2])
					}
					break
				}
			}
		}
		for _, a := range c.subjects {
			for _, b := range parties {
				if !hasRoot(out[first:], s.mentions[a].actor, s.mentions[b].actor, "02") {
					out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, code, 0.5, c.m.start)
				}
			}
		}
	}
	return out
}

// documentNouns name texts whose participle clause is the text's own
// words: "the EU statement condemning Russia", "a resolution demanding".
var documentNouns = map[string]bool{
	"statement": true, "resolution": true, "declaration": true, "letter": true, "communique": true,
	"text": true, "motion": true, "bill": true, "report": true, "draft": true, "petition": true,
}

// raiseWords raise a matter with a partner: "raised the case of a jailed
// writer with Premier Li Qiang" is a consultation (040).
var raiseWords = map[string]bool{"raised": true, "raise": true, "raises": true, "raising": true, "discussed": true, "discuss": true, "discusses": true}

// raisedWith codes "X raised <a matter> with Y" as X consulting Y (040):
// the partner follows "with" within a dozen words of the verb.
func (s *sentence) raisedWith(x *Extractor, out []event, first int) []event {
	toks := s.toks
	for p := range toks {
		if toks[p].kind != tokWord || !raiseWords[toks[p].low] || s.midx[p] >= 0 || s.owner[p] >= 0 && s.cls[s.owner[p]].m.end-s.cls[s.owner[p]].m.start > 1 {
			continue
		}
		partner := -1
		for j := p + 1; j < len(toks) && j < p+14; j++ {
			if mi := s.midx[j]; mi >= 0 {
				if s.mentions[mi].prep == "with" && !s.mentions[mi].pronoun {
					partner = mi
					break
				}
				j = s.mentions[mi].end - 1
				continue
			}
			if toks[j].kind == tokPunct || toks[j].kind == tokQuote || toks[j].is(fBoundaryWords) || toks[j].low == "that" || toks[j].low == "and" {
				break
			}
		}
		if partner < 0 {
			continue
		}
		tmp := append(s.cls[:len(s.cls):len(s.cls)], clause{m: vmatch{start: p, end: p + 1, entry: &verbEntry{code: "040", form: formPast, curated: true}}})
		k := len(tmp) - 1
		st, subs, _ := x.subject(s, tmp, k, s.owner, map[int]bool{})
		if len(subs) == 0 || s.modality(max(0, st), p, tmp, k) == modDrop || s.negatedSince(max(0, st), p) {
			continue
		}
		for _, a := range subs {
			if b := s.mentions[partner].actor; !hasRoot(out[first:], s.mentions[a].actor, b, "04") {
				out = appendEvent(out, s.mentions[a].actor, b, "040", 0.5, p)
			}
		}
	}
	return out
}

// appealsToPartner codes an appeal or demand with no addressee ("urged
// his release") as made to the partner its author consulted in the same
// sentence ("raised the case … with Li Qiang and urged his release").
func (s *sentence) appealsToPartner(out []event, first int) []event {
	for k := range s.cls {
		c := &s.cls[k]
		code := c.m.entry.code
		if !(strings.HasPrefix(code, "02") || strings.HasPrefix(code, "10")) || c.skip || !c.done || len(c.objects) > 0 || len(c.subjects) == 0 || c.m.entry.form == formNoun {
			continue
		}
		st := s.mentions[c.subjects[0]].start
		if st > c.m.start || s.modality(st, c.m.start, s.cls, k) == modDrop || s.negatedSince(st, c.m.start) {
			continue
		}
		a := s.mentions[c.subjects[0]].actor
		var partner *Actor
		for _, e := range out[first:] {
			if strings.HasPrefix(e.code, "04") && sameSide(e.subj, a) && e.pos < c.m.start {
				partner = e.obj
			}
		}
		if partner != nil && !hasRoot(out[first:], a, partner, code[:2]) {
			out = appendEvent(out, a, partner, refineAppeal(s.toks, c.m.end, code), 0.5, c.m.start)
		}
	}
	return out
}

// refineAppeal codes an appeal by what is asked: a release is 0253.
func refineAppeal(toks []token, from int, code string) string {
	for j := from; j < len(toks) && j < from+4; j++ {
		if toks[j].low == "release" && strings.HasPrefix(code, "02") {
			return "0253"
		}
	}
	return code
}

// visitPlaces codes a meeting or a statement to a partner told at the
// partner's place ("told Trump at the White House", "met Xi in
// Beijing") as the subject's visit to the partner (042), and a meeting
// at the subject's place ("met Lavrov in Ankara") as the partner's.
func (s *sentence) visitPlaces(out []event, first int) []event {
	n := len(out)
	for i := first; i < n; i++ {
		e := out[i]
		if !(strings.HasPrefix(e.code, "04") && e.code != "042" && e.code != "043" && e.code != "041" || strings.HasPrefix(e.code, "01")) || e.subj.Country == "" || e.obj.Country == "" || e.subj.Country == e.obj.Country {
			continue
		}
		place := s.placeAfter(e.pos)
		if place == nil {
			continue
		}
		// A meeting at the subject's place is the partner's visit; words
		// told at home are not ("Trump told Zelenskiy in the Oval Office").
		var a, b *Actor
		switch {
		case place.Country == e.obj.Country:
			a, b = e.subj, e.obj
		case place.Country == e.subj.Country && strings.HasPrefix(e.code, "04"):
			a, b = e.obj, e.subj
		default:
			continue
		}
		if !hasRoot(out[first:], a, b, "042") {
			out = appendEvent(out, a, b, "042", 0.5, e.pos)
		}
	}
	return out
}

// placeAfter returns the country a place after the verb at p stands for
// ("at the White House", "in Beijing", "in the Oval Office"), within the
// clause, or nil.
func (s *sentence) placeAfter(p int) *Actor {
	toks := s.toks
	for j := p + 1; j < len(toks) && j < p+14; j++ {
		if mi := s.midx[j]; mi >= 0 {
			me := &s.mentions[mi]
			if (me.prep == "at" || me.prep == "in") && (me.kind == mCountry || me.kind == mAgent) && me.actor.Country != "" {
				if me.kind == mCountry && me.end-me.start == 1 && !toks[me.start].upper {
					return nil
				}
				return s.reg.country(me.actor.Country)
			}
			j = me.end - 1
			continue
		}
		if toks[j].kind == tokPunct && toks[j].text != "," || toks[j].low == "that" || toks[j].is(fBoundaryWords) {
			return nil
		}
	}
	return nil
}

// relationNouns are what a country wants with another when it wants no
// act of it: "wanted normal, good-neighbourly relations with Kabul" is an
// intent to cooperate (030), "wants dialogue with" one to meet (036).
var relationNouns = map[string]string{
	"relations": "030", "ties": "030", "relationship": "030", "cooperation": "030", "partnership": "030",
	"friendship": "030", "peace": "030", "dialogue": "036", "talks": "036", "negotiations": "036",
}

// wantedRelations codes "X wants (good) relations with Y" as an intent
// (030, 036 for talks) instead of a demand, and finds Y past quotes and
// commas ("wanted \"normal, good-neighbourly relations\" with Kabul").
func (s *sentence) wantedRelations(out []event, first int) []event {
	toks := s.toks
	for k := range s.cls {
		c := &s.cls[k]
		w := toks[c.m.start].low
		if !(w == "want" || w == "wants" || w == "wanted" || w == "wanting") || c.skip || !c.done || len(c.subjects) == 0 {
			continue
		}
		code, partner := "", -1
		for j := c.m.end; j < len(toks) && j < c.m.end+12; j++ {
			if rc := relationNouns[toks[j].low]; rc != "" && code == "" {
				code = rc
				continue
			}
			if mi := s.midx[j]; mi >= 0 {
				if code != "" && s.mentions[mi].prep == "with" {
					partner = mi
				}
				break
			}
			if toks[j].kind == tokPunct && toks[j].text != "," || toks[j].is(fBoundaryWords) || toks[j].low == "to" {
				break
			}
		}
		if code == "" || partner < 0 {
			continue
		}
		// Rewrite the demand read from the verb, or add the intent.
		found := false
		for i := first; i < len(out); i++ {
			if out[i].pos == c.m.start && strings.HasPrefix(out[i].code, "10") {
				out[i].code = code
				found = true
			}
		}
		if found {
			continue
		}
		st := s.mentions[c.subjects[0]].start
		if st > c.m.start || s.negatedSince(st, c.m.start) {
			continue
		}
		for _, a := range c.subjects {
			out = appendEvent(out, s.mentions[a].actor, s.mentions[partner].actor, code, 0.5, c.m.start)
		}
	}
	return out
}

// periodicWords end in "-ly" but are adjectives: "a daily briefing".
var periodicWords = map[string]bool{"daily": true, "weekly": true, "monthly": true, "yearly": true, "early": true}

// speakerStateNouns stand for the speaker's own state after a speech verb.
var speakerStateNouns = map[string]bool{"kingdom": true, "country": true, "republic": true, "emirate": true, "sultanate": true}

// speakerState reads "the kingdom" right after a speech verb ("Jordan's
// foreign ministry said the kingdom condemns …") as the speaker's
// country; it returns the end of the phrase and the country, or i.
func (s *sentence) speakerState(i int) (int, *Actor) {
	toks := s.toks
	if toks[i].low != "the" || i+1 >= len(toks) || i == 0 || !speakerStateNouns[toks[i+1].low] {
		return i, nil
	}
	v := i - 1
	if toks[v].low == "that" && v > 0 {
		v--
	}
	if toks[v].kind != tokWord || !contentVerbs[toks[v].low] {
		return i, nil
	}
	s.finish()
	sp := s.speakerBefore(v)
	if sp < 0 || s.mentions[sp].actor.Country == "" {
		return i, nil
	}
	c := s.reg.country(s.mentions[sp].actor.Country)
	if c == nil {
		return i, nil
	}
	return i + 2, c
}

// futurePurpose reports whether the noun at i is the purpose of a future
// act: "would send a delegation to Istanbul for talks between …", "will
// travel to Doha for negotiations".
func (s *sentence) futurePurpose(i int) bool {
	toks := s.toks
	if i == 0 || toks[i-1].low != "for" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-16; j-- {
		switch toks[j].low {
		case "will", "would", "'ll", "shall":
			return true
		case ";", ".", "if", "unless":
			return false
		}
	}
	return false
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

// involvementWords name a part in an act that a denial disowns.
var involvementWords = map[string]bool{"involvement": true, "responsibility": true, "role": true, "part": true, "links": true, "link": true}

// denialTargets codes "X denied any involvement in the attack on the
// Polish rail line", "Russia denied attacking Ukrainian civilians": a
// denial (016) towards the victim named after the act disowned.
func (s *sentence) denialTargets(out []event, first int) []event {
	toks := s.toks
	for k := range s.cls {
		c := &s.cls[k]
		if c.m.entry.code != "016" || c.skip || !c.done || len(c.objects) > 0 || len(c.subjects) == 0 {
			continue
		}
		st := s.mentions[c.subjects[0]].start
		if st > c.m.start || s.negatedSince(st, c.m.start) {
			continue
		}
		src := s.mentions[c.subjects[0]].actor
		act := false
		for j := c.m.end; j < len(toks) && j < c.m.end+14; j++ {
			t := &toks[j]
			if t.kind == tokPunct && t.text != "," || t.is(fBoundaryWords) || t.low == "that" {
				break
			}
			if o := s.owner[j]; o >= 0 && s.cls[o].m.entry.code >= "14" || involvementWords[t.low] || forceManner[t.low] {
				act = true
			}
			if !act {
				continue
			}
			var victim *Actor
			if mi := s.midx[j]; mi >= 0 {
				me := &s.mentions[mi]
				if me.prep == "on" || me.prep == "against" || me.prep == "at" || me.prep == "" {
					victim = me.actor
				}
				j = me.end - 1
			} else if t.kind == tokWord && t.upper && j+1 < len(toks) && toks[j+1].kind == tokWord && !toks[j+1].upper {
				if e, a, kind, nk, ok := s.reg.nameAt(toks, j, s.buf); ok && e == j+1 && kind == mCountry && nk == KindDemonym {
					victim = a // "the Polish rail line"
				}
			}
			if victim != nil {
				if !sameSide(victim, src) && !hasRoot(out[first:], src, victim, "01") {
					out = appendEvent(out, src, victim, "016", 0.5, c.m.start)
				}
				break
			}
		}
	}
	return out
}

// admitVerbs acknowledge an act of one's own side.
var admitVerbs = map[string]bool{"acknowledged": true, "admitted": true, "conceded": true, "acknowledges": true, "admits": true}

// admissions codes "Azerbaijan acknowledged that its air defences had
// mistakenly shot down the Armenian drone": the speaker acknowledges the
// act (015) towards the side it was aimed at.
func (s *sentence) admissions(out []event, first int) []event {
	toks := s.toks
	for p := range toks {
		if toks[p].kind != tokWord || !admitVerbs[toks[p].low] || s.midx[p] >= 0 || s.inQuote[p] {
			continue
		}
		sp := s.speakerBefore(p)
		if sp < 0 || s.negatedSince(s.mentions[sp].start, p) {
			continue
		}
		a := s.mentions[sp].actor
		for k := range s.cls {
			c := &s.cls[k]
			r := c.m.entry.code
			if c.m.start <= p || c.m.start > p+14 || r < "17" || r >= "21" || c.skip || len(c.objects) == 0 {
				continue
			}
			b := s.mentions[c.objects[0]].actor
			if !sameSide(a, b) && !hasRoot(out[first:], a, b, "015") {
				out = appendEvent(out, a, b, "015", 0.5, p)
			}
			break
		}
	}
	return out
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

// runOnSpeaker returns the speaker of a sentence that is all quotation
// with no attribution of its own: the quotation runs on from the
// previous sentence's ("'Manila should stop,' Mao said. 'We will take
// necessary measures.'"), so its speaker is the last one named.
func (s *sentence) runOnSpeaker() *Actor {
	toks := s.toks
	if len(toks) == 0 || toks[0].kind != tokQuote || s.reg.speaker == nil || s.reg.nsent == 0 {
		return nil
	}
	for j := 1; j < len(toks); j++ {
		if !s.inQuote[j] && toks[j].kind == tokWord {
			return nil // words outside the quotation: an attribution or a clause
		}
	}
	return s.reg.speaker
}

// sentenceSpeaker returns the actor the sentence's words are attributed
// to: the speaker of its first speech verb outside quotations, or the
// speaker of a quotation that runs on; nil when there is none.
func (s *sentence) sentenceSpeaker() *Actor {
	toks := s.toks
	for p := range toks {
		if toks[p].kind != tokWord || s.inQuote[p] || s.midx[p] >= 0 || !contentVerbs[toks[p].low] {
			continue
		}
		if p+1 < len(toks) && s.midx[p+1] >= 0 && s.mentions[s.midx[p+1]].prep == "" && precededByQuoteOrComma(toks, p) {
			return s.mentions[s.midx[p+1]].actor // "…," said Rubio
		}
		if mi := s.speakerBefore(p); mi >= 0 {
			return s.mentions[mi].actor
		}
		return nil
	}
	if a := s.runOnSpeaker(); a != nil {
		return a
	}
	// "Modi accused Pakistan of …": the author of a verbal act.
	for k := range s.cls {
		c := &s.cls[k]
		if r := c.m.entry.code[:2]; c.done && !c.skip && len(c.subjects) > 0 && len(c.objects) > 0 && (r == "02" || r == "10" || r == "11" || r == "12" || r == "13") {
			return s.mentions[c.subjects[0]].actor
		}
	}
	return nil
}

// remarkNouns are words reported before that a reply takes up: "rejected
// the remarks", "dismissed the accusations".
var remarkNouns = map[string]bool{
	"remarks": true, "comments": true, "statement": true, "statements": true, "claims": true,
	"accusations": true, "allegations": true, "criticism": true, "charges": true, "remark": true,
	"comment": true, "accusation": true, "allegation": true, "claim": true, "demand": true, "demands": true,
}

// remarkTargets codes a reply to words told in an earlier sentence ("'…,'
// Mao Ning said. The Philippines rejected the remarks."): a rejection,
// criticism or denial with no actor object is aimed at the last speaker.
func (s *sentence) remarkTargets(out []event, first int) []event {
	sp := s.reg.speaker
	if sp == nil {
		return out
	}
	toks := s.toks
	for k := range s.cls {
		c := &s.cls[k]
		code := c.m.entry.code
		if !(strings.HasPrefix(code, "11") || strings.HasPrefix(code, "12") || code == "016") || c.skip || !c.done || len(c.objects) > 0 || len(c.subjects) == 0 {
			continue
		}
		found := false
		for j := c.m.start + 1; j < len(toks) && j < c.m.end+4; j++ {
			if remarkNouns[toks[j].low] {
				found = true
				break
			}
			if s.midx[j] >= 0 || toks[j].kind != tokWord && toks[j].kind != tokQuote {
				break
			}
		}
		if !found {
			continue
		}
		st := s.mentions[c.subjects[0]].start
		if st > c.m.start || s.modality(st, c.m.start, s.cls, k) == modDrop || s.negatedSince(st, c.m.start) {
			continue
		}
		for _, a := range c.subjects {
			if !sameSide(s.mentions[a].actor, sp) && !hasRoot(out[first:], s.mentions[a].actor, sp, code[:2]) {
				out = appendEvent(out, s.mentions[a].actor, sp, code, 0.5, c.m.start)
			}
		}
	}
	return out
}

// intentBeforeTo are the words that make a gerund after "to" the act
// intended: "committed to deepening", "looks forward to working".
var intentBeforeTo = map[string]bool{"committed": true, "forward": true, "dedicated": true, "devoted": true}

// intendedGerund reports whether the gerund at i follows "committed to"
// or "looks forward to".
func intendedGerund(toks []token, i int) bool {
	return i > 1 && toks[i-1].low == "to" && intentBeforeTo[toks[i-2].low]
}

// announceVerbs make a nominal act after them the subject's own act:
// "announced the expulsion of two Russian diplomats".
var announceVerbs = map[string]bool{
	"announced": true, "announces": true, "ordered": true, "orders": true, "approved": true,
	"confirmed": true, "declared": true, "decreed": true, "authorised": true, "authorized": true,
}

// announcedActs codes "X announced the expulsion of two Russian
// diplomats", "X ordered the detention of a French national", "Algeria
// announced the recall of its ambassador to Paris": the act named by the
// noun is X's, towards the actor after "of" (or, for a recall, after "to"
// or "from").
func (x *Extractor) announcedActs(s *sentence, out []event, first int) []event {
	toks := s.toks
	for p := range toks {
		if toks[p].kind != tokWord || !announceVerbs[toks[p].low] || s.midx[p] >= 0 || s.inQuote[p] {
			continue
		}
		j := p + 1
		for j < len(toks) && j < p+5 && s.midx[j] < 0 && toks[j].kind == tokWord && (skippable(toks, j) || toks[j].low == "immediate") {
			j++
		}
		if j+2 >= len(toks) || toks[j+1].low != "of" {
			continue
		}
		code, ok := actOfNouns[toks[j].low]
		recall := toks[j].low == "recall"
		if !ok && !recall {
			continue
		}
		var target int = -1
		if recall {
			code = "161"
			for k := j + 2; k < len(toks) && k < j+8; k++ {
				if mi := s.midx[k]; mi >= 0 && (s.mentions[mi].prep == "to" || s.mentions[mi].prep == "from") {
					target = mi
					break
				}
			}
		} else if k := skipCount(toks, j+2); k < len(toks) && s.midx[k] >= 0 && !s.mentions[s.midx[k]].pronoun {
			target = s.midx[k]
		}
		if target < 0 {
			continue
		}
		tmp := append(s.cls[:len(s.cls):len(s.cls)], clause{m: vmatch{start: p, end: p + 1, entry: &verbEntry{code: code, form: formPast, curated: true}}})
		k := len(tmp) - 1
		st, subs, _ := x.subject(s, tmp, k, s.owner, map[int]bool{})
		if len(subs) == 0 || s.modality(max(0, st), p, tmp, k) == modDrop || s.negatedSince(max(0, st), p) {
			continue
		}
		for _, a := range subs {
			if b := s.mentions[target].actor; !hasRoot(out[first:], s.mentions[a].actor, b, code[:2]) {
				out = appendEvent(out, s.mentions[a].actor, b, code, 0.6, j)
			}
		}
	}
	return out
}

// authoredNouns name what an actor says or does that a judgement takes
// up, with the author after "of" or "by": "condemned the visit of the
// Taiwanese president", "rejected the remarks by the Japanese prime
// minister". Acts with a victim after "of" ("the killing of civilians")
// are not among them.
var authoredNouns = map[string]bool{
	"visit": true, "remarks": true, "comments": true, "statement": true, "statements": true,
	"decision": true, "policy": true, "policies": true, "behaviour": true, "behavior": true,
	"actions": true, "conduct": true, "presence": true, "stance": true, "position": true,
	"move": true, "provocations": true, "interference": true, "meddling": true, "rhetoric": true,
	"claims": true, "accusations": true, "plan": true, "plans": true, "proposal": true,
	"deployment": true, "stationing": true, "participation": true, "transit": true, "stopover": true,
}

// judgedAuthors finds the target of a judgement (roots 10 to 12) whose
// clause found none: the author of the thing judged, after "of" or "by"
// ("condemned the visit of the Taiwanese president to the United
// States"), or a demonym on the noun ("condemned the 'barbaric' Israeli
// attack").
func (s *sentence) judgedAuthors(out []event, first int) []event {
	toks := s.toks
	for k := range s.cls {
		c := &s.cls[k]
		code := c.m.entry.code
		if !(strings.HasPrefix(code, "10") || strings.HasPrefix(code, "11") || strings.HasPrefix(code, "12")) || c.skip || !c.done || len(c.objects) > 0 || len(c.subjects) == 0 || c.m.entry.form == formNoun {
			continue
		}
		st := s.mentions[c.subjects[0]].start
		if st > c.m.start || s.modality(st, c.m.start, s.cls, k) == modDrop || s.negatedSince(st, c.m.start) {
			continue
		}
		src := s.mentions[c.subjects[0]].actor
		var target *Actor
		authored := false
		for j := c.m.end; j < len(toks) && j < c.m.end+7 && target == nil; j++ {
			t := &toks[j]
			if s.midx[j] >= 0 {
				me := &s.mentions[s.midx[j]]
				if (authored && (me.prep == "of" || me.prep == "by") || me.prep == "") && !me.pronoun {
					target = me.actor // "the visit of X", "the 'barbaric' Israeli attack"
				}
				break
			}
			switch {
			case authoredNouns[t.low]:
				authored = true
			case t.kind == tokWord && t.upper && j+1 < len(toks) && toks[j+1].kind == tokWord && !toks[j+1].upper:
				if e, a, kind, nk, ok := s.reg.nameAt(toks, j, s.buf); ok && e == j+1 && kind == mCountry && nk == KindDemonym {
					target = a // "the 'barbaric' Israeli attack"
				}
			case t.kind == tokPunct && t.text != "," || t.is(fBoundaryWords) || t.low == "that" || t.low == "and" || t.low == "to" && !authored,
				s.owner[j] >= 0 && s.cls[s.owner[j]].m.entry.form != formNoun:
				j = len(toks) // the end of the object's noun phrase
			}
		}
		if target == nil || sameSide(target, src) || hasRoot(out[first:], src, target, code[:2]) {
			continue
		}
		for _, a := range c.subjects {
			out = appendEvent(out, s.mentions[a].actor, target, code, 0.5, c.m.start)
		}
	}
	return out
}

// visitStates codes visits told by a state rather than a verb: "Modi is
// in Moscow at the invitation of Putin" (a visit to the host who
// invited), "Wang Yi is on a three-day visit to Pakistan" (042).
func (s *sentence) visitStates(out []event, first int) []event {
	toks := s.toks
	for k := range s.mentions {
		me := &s.mentions[k]
		e := me.end
		if me.prep != "" || me.poss || me.pronoun || e+2 >= len(toks) || !(toks[e].low == "is" || toks[e].low == "was" || toks[e].low == "are" || toks[e].low == "were") {
			continue
		}
		if me.start > 0 && !s.subjectPosition(me.start) && toks[me.start-1].low != "the" {
			continue
		}
		var host *Actor
		for j := e + 1; j < len(toks) && j < e+12; j++ {
			t := &toks[j]
			if t.low == "invitation" && j+2 < len(toks) && toks[j+1].low == "of" && s.midx[j+2] >= 0 {
				host = s.mentions[s.midx[j+2]].actor // "at the invitation of Putin"
				break
			}
			if (t.low == "visit" || t.low == "trip" || t.low == "tour") && j+2 < len(toks) && toks[j+1].low == "to" && s.midx[j+2] >= 0 {
				host = s.mentions[s.midx[j+2]].actor // "on a three-day visit to Pakistan"
				break
			}
			if t.kind == tokPunct && t.text != "," || t.is(fBoundaryWords) || t.low == "not" || s.owner[j] >= 0 && s.cls[s.owner[j]].m.entry.form != formNoun {
				break
			}
		}
		if host == nil || sameSide(host, me.actor) || hasRoot(out[first:], me.actor, host, "042") {
			continue
		}
		out = appendEvent(out, me.actor, host, "042", 0.5, e)
	}
	return out
}
