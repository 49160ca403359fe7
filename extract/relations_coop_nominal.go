package extract

import "strings"

// Nominal acts of material cooperation, aid and yielding, and intents to
// do them told by a plan rather than a verb of the vocabulary:
//
//   - "Turkey's purchase of Russia's S-400 system", "a Saudi deposit of $3
//     billion in Pakistan's central bank", "the Chinese loan to Kenya",
//     "the withdrawal of French troops from Niger": the possessor or the
//     demonym before the noun acts on the one its preposition names;
//   - "India expressed interest in buying Russian jets", "Kazakhstan
//     announced plans to build a plant with Russian help", "China will
//     build a railway in Kenya": an intent (03x) to do the act.
//
// Statistics ("Saudi investment in Egypt rose to $10 billion") report no
// event and are left out.

// coopNoun is a noun of an act: its code, the prepositions that introduce
// its target, and words one of which must be near ("withdrawal" of troops).
type coopNoun struct {
	code  string
	preps map[string]bool
	need  map[string]bool
}

var (
	nounPrepsBuy     = wordSet("of", "from")
	nounPrepsGive    = wordSet("to", "for")
	nounPrepsPut     = wordSet("in", "into", "with")
	nounPrepsLeave   = wordSet("from")
	nounPrepsLift    = wordSet("on", "against")
	nounPrepsRelease = wordSet("to")
)

// coopNouns are the nouns of acts coded in nominal form here; others
// ("visit to", "aid to", "sanctions on") are phrases of the vocabulary.
var coopNouns = map[string]coopNoun{
	"purchase": {"061", nounPrepsBuy, nil}, "purchases": {"061", nounPrepsBuy, nil},
	"acquisition": {"061", nounPrepsBuy, nil}, "imports": {"061", nounPrepsBuy, nil},
	"deposit": {"071", nounPrepsPut, nil}, "deposits": {"071", nounPrepsPut, nil},
	"investment": {"061", nounPrepsPut, nil}, "investments": {"061", nounPrepsPut, nil},
	"loan": {"071", nounPrepsGive, nil}, "loans": {"071", nounPrepsGive, nil},
	"grant": {"071", nounPrepsGive, nil}, "grants": {"071", nounPrepsGive, nil},
	"bailout": {"071", nounPrepsGive, nil}, "lifeline": {"071", nounPrepsGive, nil},
	"delivery": {"061", nounPrepsGive, nil}, "deliveries": {"061", nounPrepsGive, nil},
	"shipment": {"061", nounPrepsGive, nil}, "shipments": {"061", nounPrepsGive, nil},
	"sale": {"061", nounPrepsGive, nil}, "sales": {"061", nounPrepsGive, nil},
	"exports": {"061", nounPrepsGive, nil}, "supplies": {"061", nounPrepsGive, nil},
	"transfer": {"061", nounPrepsGive, nil}, "transfers": {"061", nounPrepsGive, nil},
	"withdrawal": {"0874", nounPrepsLeave, needTroops}, "pullout": {"0874", nounPrepsLeave, needTroops},
	"lifting": {"085", nounPrepsLift, needSanctions}, "easing": {"085", nounPrepsLift, needSanctions},
	"removal":  {"085", nounPrepsLift, needSanctions},
	"handover": {"0841", nounPrepsRelease, needCaptives},
}

// statsVerbs tell a figure, not an act: "investment in Egypt rose".
var statsVerbs = wordSet("rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "grew",
	"grow", "grows", "increased", "increase", "increases", "declined", "decline", "declines",
	"dropped", "drop", "drops", "jumped", "surged", "slumped", "plunged", "totalled", "totaled",
	"totals", "total", "reached", "hit", "doubled", "tripled", "amounted", "amount", "stood",
	"soared", "climbed", "shrank", "topped", "exceeded", "accounted", "account", "accounts",
	"double", "triple", "slowed", "slow", "slowing", "dwindled", "halved", "grown")

// doubtWords before a clause make what it tells uncertain: "experts doubt
// China will build".
var doubtWords = wordSet("doubt", "doubts", "doubted", "unlikely", "questioned", "question", "sceptical", "skeptical")

// doubted reports whether a doubt word stands in the few tokens before i.
func doubted(toks []token, i int) bool {
	for j := max(0, i-4); j < i; j++ {
		if doubtWords[toks[j].low] {
			return true
		}
	}
	return false
}

// coopNominals codes the nominal acts of the sentence that no clause told.
func (x *Extractor) coopNominals(s *sentence, cls []clause, owner []int, out []event, first int) []event {
	toks := s.toks
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		n, ok := coopNouns[t.low]
		if !ok || t.kind != tokWord || s.midx[i] >= 0 || told(out[first:], cls, owner, i) {
			continue
		}
		if n.need != nil && !nearWord(toks, i+1, 6, n.need) {
			continue
		}
		// The actor: a possessor or a demonym before the noun, past
		// amounts and modifiers ("Beijing's $1 billion grant", "a Saudi
		// deposit", "U.S. arms sales").
		p := i - 1
		for p > 0 && s.midx[p] < 0 && p >= i-5 && (skippable(toks, p) || toks[p].kind == tokCurrency || coopModifiers[toks[p].low]) {
			p--
		}
		subj := -1
		switch {
		case toks[p].kind == tokPoss && p > 0 && s.midx[p-1] >= 0:
			subj = s.midx[p-1]
		case s.midx[p] >= 0 && s.mentions[s.midx[p]].end == p+1 && s.mentions[s.midx[p]].prep == "" && !s.mentions[s.midx[p]].poss:
			subj = s.midx[p]
		case s.midx[p] < 0 && toks[p].kind == tokWord && toks[p].upper && p+1 < len(toks) && !toks[p+1].upper:
			subj = s.demonymAt(p) // "a Saudi deposit"
		}
		obj, end, agent := s.nounTarget(i+1, n)
		if subj < 0 {
			subj = agent // "the withdrawal of French troops from Niger"
		}
		if subj < 0 || s.mentions[subj].pronoun || obj < 0 || s.statistic(end) {
			continue
		}
		if s.modality(max(0, s.mentions[subj].start-6), s.mentions[subj].start, cls, len(cls)) == modDrop {
			continue
		}
		code := n.code
		if code == "061" && nearWord(toks, max(0, i-3), 9, armsWords) {
			code = "062"
		}
		out = appendEvent(out, s.mentions[subj].actor, s.mentions[obj].actor, code, 0.55, i)
	}
	return out
}

// told reports whether an event of the sentence was found at token i or
// at the clause that owns it.
func told(evs []event, cls []clause, owner []int, i int) bool {
	pos := i
	if o := owner[i]; o >= 0 {
		pos = cls[o].m.start
	}
	for _, e := range evs {
		if e.pos == pos || e.pos == i {
			return true
		}
	}
	return false
}

// nounTarget returns the mention a noun of act n names as its target in
// the noun phrase from i ("of $3 billion in Pakistan's central bank",
// "of French Rafale jets", "to Kenya"), where the phrase ends, and the
// agent of a withdrawal named after "of" ("of French troops"), or -1.
func (s *sentence) nounTarget(i int, n coopNoun) (int, int, int) {
	toks := s.toks
	prep := ""
	agent := -1
	for j := i; j < len(toks) && j < i+10; j++ {
		t := &toks[j]
		if mi := s.midx[j]; mi >= 0 {
			me := &s.mentions[mi]
			if prep == "of" && n.code == "0874" && agent < 0 && !me.pronoun {
				agent = mi
				j = me.end - 1
				continue
			}
			if me.pronoun || !n.preps[prep] {
				return -1, 0, agent
			}
			return mi, me.end, agent
		}
		if (t.kind == tokPunct && t.text != ",") || t.kind == tokDash || t.is(fBoundaryWords) || t.low == "which" || t.low == "that" || t.low == "who" {
			return -1, 0, agent
		}
		if o := s.owner[j]; o >= 0 && o < len(s.cls) && s.cls[o].m.entry.form != formNoun && !s.cls[o].skip {
			return -1, 0, agent // a verb: the phrase has ended
		}
		if t.is(fPrepositions) {
			prep = t.low
			continue
		}
		if prep != "" && t.kind == tokWord && t.upper && n.preps[prep] {
			if mi := s.demonymAt(j); mi >= 0 {
				return mi, j + 2, agent
			}
		}
	}
	return -1, 0, agent
}

// statistic reports whether the verb after a noun phrase ending at i
// tells a figure ("rose to $10 billion", "'s central bank reached").
func (s *sentence) statistic(i int) bool {
	toks := s.toks
	for j := i; j < len(toks) && j < i+5; j++ {
		if statsVerbs[toks[j].low] {
			return true
		}
		if toks[j].kind == tokPunct || toks[j].kind == tokDash {
			return false
		}
	}
	return false
}

// intentCues are words before "to" that make the verb after an intent:
// "announced plans to build", "signalled readiness to supply".
var intentCues = wordSet("plan", "plans", "readiness", "willingness", "intention", "intent", "desire",
	"commitment", "pledge", "promise", "offer", "proposal", "bid", "ready", "willing", "keen",
	"eager", "prepared", "set", "poised", "wants", "want", "wanted", "hopes", "hope", "seeks",
	"seeking", "aims", "intends", "plans", "planning", "offered", "pledged", "promised", "vowed",
	"expected", "looking", "considering", "mulling", "weighing", "eyeing", "exploring", "interest",
	"interested", "would", "will", "shall")

// gerundCues take an -ing verb: "interest in buying", "considering
// buying".
var gerundCues = wordSet("considering", "mulling", "weighing", "eyeing", "exploring", "contemplating")

// coopVerbs are the verbs among the content words of coopActs.
var coopVerbs = wordSet("buy", "buying", "purchase", "purchasing", "import", "importing", "sell",
	"selling", "export", "exporting", "supply", "supplying", "deliver", "delivering", "invest",
	"investing", "build", "building", "construct", "constructing", "finance", "financing", "fund",
	"funding", "produce", "producing", "co-produce", "manufacture", "lend", "donate",
	"release", "free", "exchange", "swap", "withdraw", "lift", "ease", "hand", "return")

// coopIntents codes intents to trade, invest, build or supply told by a
// plan, a wish or the future ("India expressed interest in buying Russian
// jets", "China will build a railway in Kenya") when no clause told them.
func (x *Extractor) coopIntents(s *sentence, cls []clause, owner []int, out []event, first int) []event {
	toks := s.toks
	for j := 2; j < len(toks); j++ {
		t := &toks[j]
		if !coopVerbs[t.low] || s.midx[j] >= 0 || told(out[first:], cls, owner, j) {
			continue
		}
		// The cue: "plans to build", "will build", "interest in buying",
		// "considering buying".
		c := j - 1
		for c > 0 && toks[c].is(fAdverbs) {
			c--
		}
		cue := -1
		switch w := toks[c].low; {
		case strings.HasSuffix(t.low, "ing") && gerundCues[w]:
			cue = c
		case strings.HasSuffix(t.low, "ing") && w == "in" && (toks[c-1].low == "interest" || toks[c-1].low == "interested"):
			cue = c - 1
		case !strings.HasSuffix(t.low, "ing") && (w == "will" || w == "would" || w == "shall"):
			cue = c
		case !strings.HasSuffix(t.low, "ing") && w == "to" && intentCues[toks[c-1].low]:
			cue = c - 1
		}
		if cue < 0 || s.midx[cue] >= 0 {
			continue
		}
		act, at, ok := coopContentAt(s, j)
		if !ok || at != j {
			continue
		}
		obj := s.coopTarget(j+1, act)
		if len(obj) == 0 {
			continue
		}
		cls2 := append(cls[:len(cls):len(cls)], clause{m: vmatch{start: cue, end: j + 1, entry: &verbEntry{code: act, form: formBase}}})
		st, subs, f := x.subject(s, cls2, len(cls2)-1, owner, map[int]bool{})
		if len(subs) == 0 || st < 0 {
			continue
		}
		mod := s.modality(st, j, cls, len(cls))
		if mod == modDrop || doubted(toks, st) || mod == modFact && toks[cue].low != "will" && toks[cue].low != "would" && toks[cue].low != "shall" && !intentCues[toks[cue].low] && !gerundCues[toks[cue].low] {
			continue
		}
		code := intentCode(act)
		for _, a := range subs {
			for _, b := range obj {
				if !hasDyad(out[first:], s.mentions[a].actor, s.mentions[b].actor) {
					out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, code, 0.5*f, j)
				}
			}
		}
	}
	return out
}
