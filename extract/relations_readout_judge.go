package extract

// Judgements, replies and acts named in readouts: appeals for the parties
// of a ceasefire, replies to words told before, denials and admissions,
// acts announced with a noun, and the author of what is judged.
// readoutEvents (relations_readout.go) calls them. Wanted relations are
// wishIntents' (relations_coop_intent.go).

import "strings"

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
