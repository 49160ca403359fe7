package extract

import "strings"

// Readouts and reported speech, the shapes a spokesperson's briefing or a
// ministry's readout takes beyond "X told Y" and judgements (for those see
// relations_speech.go). This file holds the driver and the consultations:
//
//   - "In a phone call with X, Y stressed …", "during talks with X", "Y
//     said in a call with X": a call or meeting named in an adjunct
//     relates the one who speaks to the partner (041 for a call, 040 for
//     a meeting); "raised the case … with Li Qiang" is a consultation.
//   - "… and urged his release": an appeal with no addressee goes to the
//     partner consulted in the sentence.
//   - "told Trump at the White House", "met Xi in Beijing", "is in Moscow
//     at the invitation of Putin": the visitor visits the host (042).
//
// relations_readout_modal.go codes what is told with modals (threats,
// consequences, demands, conditions, refusals), relations_readout_judge.go
// judgements, replies, denials and announced acts, and
// relations_readout_speakers.go who speaks.

// readoutEvents codes the readout shapes of one sentence (see the top of
// this file) after its clauses are analysed. Like speechEvents, each adds
// a relation only where the sentence has none of the same root between
// the two actors yet. It notes the sentence's speaker for the next one.
func (x *Extractor) readoutEvents(s *sentence, out []event, first int) []event {
	// One look-up a word tells which shapes may be present.
	var need trigger
	for p := range s.toks {
		if s.toks[p].kind == tokWord {
			need |= readoutTriggers[s.toks[p].low]
		}
	}
	if need&trigCall != 0 {
		out = s.callAdjuncts(out, first)
	}
	if need&trigRaise != 0 {
		out = s.raisedWith(x, out, first)
	}
	out = s.appealsForParties(out, first)
	out = s.threatObjects(out, first)
	out = s.denialTargets(out, first)
	if need&trigAdmit != 0 {
		out = s.admissions(out, first)
	}
	if need&trigRefusal != 0 {
		out = s.refusals(out, first)
	}
	if need&trigAnnounce != 0 {
		out = x.announcedActs(s, out, first)
	}
	out = s.judgedAuthors(out, first)
	out = s.visitStates(out, first)
	if need&trigModal != 0 {
		out = s.modalEvents(out, first)
	}
	// These take up relations found above: a partner, a meeting, a speaker.
	out = s.appealsToPartner(out, first)
	out = s.visitPlaces(out, first)
	out = s.remarkTargets(out, first)
	s.reg.speaker = s.sentenceSpeaker() // for the next sentence only
	return out
}

// trigger is a set of readout shapes a word may start.
type trigger uint8

const (
	trigCall trigger = 1 << iota
	trigRaise
	trigAdmit
	trigRefusal
	trigAnnounce
	trigModal
)

// readoutTriggers maps the words that start a readout shape to the shapes.
var readoutTriggers = func() map[string]trigger {
	m := map[string]trigger{}
	add := func(t trigger, words ...string) {
		for _, w := range words {
			m[w] |= t
		}
	}
	add(trigCall, "in", "during", "after", "at")
	for w := range raiseWords {
		add(trigRaise, w)
	}
	for w := range admitVerbs {
		add(trigAdmit, w)
	}
	for w := range refusalAux {
		add(trigRefusal, w)
	}
	add(trigRefusal, "cannot", "never")
	for w := range announceVerbs {
		add(trigAnnounce, w)
	}
	for w := range modalDemand {
		add(trigModal, w)
	}
	add(trigModal, "will", "would", "'ll", "shall", "could", "might", "if", "unless", "should")
	return m
}()

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

// discussTopic reports whether the object of a consultation verb is what
// is discussed rather than the partner: "discussed Syria", "discussed the
// situation in Gaza" (a partner follows "with").
func discussTopic(toks []token, m vmatch, prep string) bool {
	return strings.HasPrefix(toks[m.start].low, "discuss") && m.end-m.start == 1 && prep != "with"
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
		if place == nil || strings.HasPrefix(e.code, "01") && place.ID == e.obj.ID {
			continue // concern over the fighting in Sudan is no visit to Sudan
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
