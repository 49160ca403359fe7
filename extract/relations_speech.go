package extract

// Reported speech as a relation:
//
//   - "X told Y (that) …": X makes a statement to Y (010), in a call
//     (041) or a meeting (040); "X told Y to …" is a demand (100).
//   - "X said Y's strikes were a violation of international law": the
//     content judges another actor; a negative judgement after a copula
//     is criticism (111), "was behind"/"was responsible for" an
//     accusation (112), a positive one praise (051). The target is the
//     actor the content is about: its first subject or possessor, else
//     the one spoken to. Quotations before the attribution
//     ("'… a provocation,' the Kremlin said") count the same way.

// contentVerbs introduce the content of reported speech.
var contentVerbs = map[string]bool{
	"said": true, "says": true, "saying": true, "told": true, "tells": true, "telling": true,
	"added": true, "stated": true, "noted": true, "stressed": true, "insisted": true,
	"argued": true, "declared": true, "claimed": true, "wrote": true, "reiterated": true,
	"maintained": true, "asserted": true, "posted": true, "warned": true, "charged": true,
	"complained": true, "alleged": true, "emphasised": true, "emphasized": true,
}

// tellVerbs take the one spoken to as their object.
var tellVerbs = map[string]bool{"told": true, "tells": true, "telling": true, "assured": true, "informed": true, "reminded": true}

// copulas link the topic of reported speech to its judgement.
var copulas = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"amounted": true, "amounts": true, "amount": true, "constituted": true, "constitutes": true,
	"represents": true, "represented": true, "remains": true, "remained": true,
	"seemed": true, "seems": true, "became": true, "becomes": true,
	"resembled": true, "resembles": true, "approaches": true, "approached": true,
	"smacks": true, "smacked": true, "equals": true, "equalled": true, "equaled": true,
}

// judgementWords are what a copula may say of an actor or its act: "n"
// negative (111), "a" an accusation (112), "p" positive (051).
var judgementWords = map[string]byte{
	"illegal": 'n', "unlawful": 'n', "unacceptable": 'n', "provocation": 'n', "provocative": 'n',
	"aggression": 'n', "aggressive": 'n', "violation": 'n', "violations": 'n', "breach": 'n',
	"reckless": 'n', "irresponsible": 'n', "destabilising": 'n', "destabilizing": 'n',
	"dangerous": 'n', "hostile": 'n', "interference": 'n', "punishment": 'n', "crime": 'n',
	"crimes": 'n', "genocide": 'n', "terrorism": 'n', "terrorist": 'n', "blackmail": 'n',
	"bullying": 'n', "hypocritical": 'n', "escalation": 'n', "escalatory": 'n', "unjustified": 'n',
	"unjustifiable": 'n', "illegitimate": 'n', "absurd": 'n', "outrageous": 'n', "threat": 'n',
	"barbaric": 'n', "shameful": 'n', "disgraceful": 'n', "criminal": 'n', "unprovoked": 'n',
	"revenge": 'n', "abuse": 'n', "coercion": 'n', "coercive": 'n', "intimidation": 'n',
	"unilateral": 'n', "deplorable": 'n', "regrettable": 'n', "wrong": 'n', "mistake": 'n',
	"behind": 'a', "responsible": 'a', "blame": 'a', "culpable": 'a', "complicit": 'a',
	"constructive": 'p', "positive": 'p', "productive": 'p', "fruitful": 'p', "welcome": 'p',
	"helpful": 'p', "encouraging": 'p', "partner": 'p', "ally": 'p', "friend": 'p',
	"commendable": 'p', "courageous": 'p', "historic": 'p', "reliable": 'p', "trustworthy": 'p',
	"unfriendly": 'n', "interventionist": 'n', "meddling": 'n', "arrogant": 'n', "troublemaker": 'n',
	"hegemonic": 'n', "destructive": 'n', "counterproductive": 'n', "inflammatory": 'n', "unwarranted": 'n',
	"insulting": 'n', "offensive": 'n', "undermines": 'n', "pathetic": 'n',
	"disappointed": 'n', "dismayed": 'n', "appalled": 'n', "outraged": 'n', "disgusted": 'n',
	"false": 'd', "baseless": 'd', "groundless": 'd', "unfounded": 'd', "untrue": 'd', "fabricated": 'd',
	"fabrication": 'd', "fabrications": 'd', "lies": 'd', "lie": 'd', "nonsense": 'd', "fake": 'd',
	"slander": 'd', "slanderous": 'd', "smear": 'd', "disinformation": 'd', "propaganda": 'd',
}

// claimNouns name what a denial rejects: "Kyiv's claims were false" is a
// denial (016) towards Kyiv; any other topic judged false is criticised.
var claimNouns = map[string]bool{
	"claim": true, "claims": true, "allegation": true, "allegations": true, "accusation": true,
	"accusations": true, "charge": true, "charges": true, "report": true, "reports": true,
	"remarks": true, "statement": true, "statements": true, "assertion": true, "assertions": true,
	"case": true, "narrative": true, "narratives": true, "suggestion": true, "suggestions": true,
}

// violationVerbs judge an actor or its act without a copula: "Greece's
// move violated international law".
var violationVerbs = map[string]bool{
	"violated": true, "violates": true, "breached": true, "breaches": true, "flouted": true,
	"flouts": true, "contravened": true, "contravenes": true, "undermined": true, "undermines": true,
	"destabilises": true, "destabilizes": true, "destabilised": true, "destabilized": true,
}

// speechEvents codes the relations of reported speech in a sentence
// (see the comment at the top of this file). Judgements and statements
// to an addressee are added only where the sentence has no relation
// between the same two actors yet.
func (x *Extractor) speechEvents(s *sentence, cls []clause, owner []int, out []event, first int) []event {
	toks := s.toks
	for p := range toks {
		t := &toks[p]
		if t.kind != tokWord || !contentVerbs[t.low] || s.midx[p] >= 0 || s.inQuote[p] && !s.firstPersonBefore(p) {
			continue
		}
		if o := owner[p]; o >= 0 && cls[o].m.end-cls[o].m.start > 1 {
			continue // part of a longer phrase
		}
		tmp := append(cls[:len(cls):len(cls)], clause{m: vmatch{start: p, end: p + 1, entry: &verbEntry{code: "010", form: formPast, curated: true}}})
		k := len(tmp) - 1
		st, subs, f := x.subject(s, tmp, k, owner, map[int]bool{})
		postposed := false
		if len(subs) == 0 {
			// "'…,' said Rubio", "'…,' the Kremlin said".
			if p+1 < len(toks) && s.midx[p+1] >= 0 && s.mentions[s.midx[p+1]].prep == "" {
				subs = []int{s.midx[p+1]}
				st = p
			} else if mi := s.speakerBefore(p); mi >= 0 {
				subs = []int{mi}
				st = s.mentions[mi].start
			} else {
				continue
			}
			postposed = true
			f = 0.9
		}
		if s.modality(max(0, st), p, tmp, k) == modDrop || s.negatedSince(max(0, st), p) {
			continue
		}
		speaker := s.mentions[subs[0]].actor
		// Content: after the verb (and the one told), or before a postposed
		// attribution.
		from, to := p+1, len(toks)
		addressee := -1
		if tellVerbs[t.low] && !postposed {
			j := p + 1
			for j < len(toks) && s.midx[j] >= 0 && s.mentions[s.midx[j]].pronoun && s.mentions[s.midx[j]].poss {
				j = s.mentions[s.midx[j]].end // "told his Australian counterpart X"
			}
			if j < len(toks) && s.midx[j] >= 0 && s.mentions[s.midx[j]].prep == "" && !s.mentions[s.midx[j]].pronoun {
				addressee = s.midx[j]
				from = s.mentions[addressee].end
			}
		}
		if postposed {
			from, to = 0, st
			for from < to && (toks[from].kind == tokQuote || toks[from].kind == tokPunct) {
				from++
			}
			if !precededByQuoteOrComma(toks, st) {
				continue
			}
		}
		for j := from; j < to; j++ {
			if toks[j].text == ";" || (j > from && toks[j].kind == tokWord && contentVerbs[toks[j].low] && s.midx[j] < 0) {
				to = j
				break
			}
		}
		if to > from+30 {
			to = from + 30
		}
		code, target := s.judgement(from, to, speaker)
		if code == "" && !postposed && addressee < 0 && st > 1 && precededByQuoteOrComma(toks, st) {
			// "'Washington's decision is a grave mistake,' the ministry said".
			b := 0
			for b < st && (toks[b].kind == tokQuote || toks[b].kind == tokPunct) {
				b++
			}
			code, target = s.judgement(b, st, speaker)
		}
		if code == "" && addressee >= 0 && !postposed {
			code, target = tellCode(toks, from), addressee
		}
		if target < 0 && addressee >= 0 && code != "" {
			target = addressee
		}
		if code == "" || target < 0 {
			continue
		}
		obj := s.mentions[target].actor
		if hasDyad(out[first:], speaker, obj) {
			continue
		}
		for _, a := range subs {
			out = appendEvent(out, s.mentions[a].actor, obj, code, 0.6*f, p)
		}
	}
	return out
}

// precededByQuoteOrComma reports whether an attribution starting at st
// follows a quotation or a comma: "'…,' the ministry said".
func precededByQuoteOrComma(toks []token, st int) bool {
	j := st - 1
	for j >= 0 && j >= st-4 && (toks[j].low == "the" || toks[j].low == "a" || !toks[j].upper && isTitle(toks[j].low)) {
		j-- // "…," spokesperson Mao Ning said
	}
	return j >= 0 && (toks[j].kind == tokQuote || toks[j].text == ",")
}

// isTitle reports whether a lower-case word is an official's title.
func isTitle(w string) bool {
	_, ok := titles[w]
	return ok
}

// judgement looks in the content from..to for a copula followed within
// a few words by a judgement word; it returns the code and the mention
// the judgement is about (-1: none named), or "" when there is none or it
// is negated.
func (s *sentence) judgement(from, to int, speaker *Actor) (string, int) {
	toks := s.toks
	for c := from; c < to; c++ {
		if violationVerbs[toks[c].low] && s.midx[c] < 0 && c > from && !s.negatedSince(from, c) {
			if t := s.judgedTopic(from, c, speaker); t >= 0 {
				return "111", t
			}
		}
		if !copulas[toks[c].low] || s.midx[c] >= 0 {
			continue
		}
		kind := byte(0)
		for j := c + 1; j < to && j <= c+6; j++ {
			w := toks[j].low
			if w == "not" || w == "never" || w == "no" || w == "hardly" || w == "n't" || w == "nothing" {
				break
			}
			if toks[j].kind == tokPunct && toks[j].text != "," || s.midx[j] >= 0 || toks[j].low == "that" || toks[j].low == "but" {
				break
			}
			if j == c+1 && (w == "ready" || w == "willing" || w == "prepared") {
				break
			}
			if kd, ok := judgementWords[w]; ok {
				if w == "responsible" && !(j+1 < to && toks[j+1].low == "for") {
					continue
				}
				kind = kd
				break
			}
		}
		if kind == 0 {
			continue
		}
		code := map[byte]string{'n': "111", 'a': "112", 'p': "051", 'd': "111"}[kind]
		if kind == 'd' {
			for j := from; j < c; j++ {
				if claimNouns[toks[j].low] {
					code = "016"
				}
			}
		}
		t := s.judgedTopic(from, c, speaker)
		if t >= 0 && sameSide(s.mentions[t].actor, speaker) {
			// "the United States was deeply disappointed by Israel's
			// decision": the speaker's own feeling, about the one named
			// after it.
			t = s.feelingCause(c+1, to)
		}
		return code, t
	}
	return "", -1
}

// feelingCause returns the actor named after a word of feeling ("by
// Israel's decision", "with Tokyo's move"), or -1.
func (s *sentence) feelingCause(from, to int) int {
	toks := s.toks
	for j := from; j < to && j < from+8; j++ {
		if mi := s.midx[j]; mi >= 0 {
			if me := &s.mentions[mi]; me.poss || me.prep == "by" || me.prep == "with" || me.prep == "at" || me.prep == "over" || me.prep == "in" {
				return mi
			}
			return -1
		}
		if toks[j].kind == tokPunct && toks[j].text != "," {
			return -1
		}
	}
	return -1
}

// judgedTopic returns the actor a judgement in from..c is about: the first
// mention before c that is a subject, a possessor or an agent, not the
// speaker; -1 when none is named.
func (s *sentence) judgedTopic(from, c int, speaker *Actor) int {
	for j := from; j < c; j++ {
		mi := s.midx[j]
		if mi < 0 {
			continue
		}
		me := &s.mentions[mi]
		j = me.end - 1
		if me.pronoun || me.actor == speaker {
			continue
		}
		if me.prep == "" || me.prep == "by" || me.poss {
			return mi
		}
	}
	return -1
}

// tellCode codes a statement to an addressee by what follows: "to" and a
// verb is a demand (100), a call a telephone consultation (041), a
// meeting a consultation (040), else a statement (010).
func tellCode(toks []token, from int) string {
	if from < len(toks) && toks[from].low == "to" {
		return "100"
	}
	for j := from; j < len(toks) && j < from+12; j++ {
		switch toks[j].low {
		case "call", "phone", "telephone", "phonecall":
			return "041"
		case "meeting", "talks", "summit":
			return "040"
		}
		if toks[j].low == "that" || toks[j].kind == tokPunct && toks[j].text != "," {
			break
		}
	}
	return "010"
}

// hasDyad reports whether evs relate a to b already (by country or id).
func hasDyad(evs []event, a, b *Actor) bool {
	for _, e := range evs {
		if sameSide(e.subj, a) && sameSide(e.obj, b) {
			return true
		}
	}
	return false
}

func sameSide(a, b *Actor) bool {
	if a == nil || b == nil {
		return false
	}
	return a.ID == b.ID || (a.Country != "" && a.Country == b.Country)
}

// firstPersonBefore reports whether the word before p is the speaker
// named in the first person inside a quotation: "\"I told President Xi
// that …\"".
func (s *sentence) firstPersonBefore(p int) bool {
	if p == 0 || s.midx[p-1] < 0 {
		return false
	}
	me := &s.mentions[s.midx[p-1]]
	return me.pronoun && me.coref && s.inQuote[p-1] && firstPerson[s.toks[p-1].low]
}
