package extract

// Calling something a name is a judgement, not a telephone call: "Russia
// called the new U.S. sanctions illegal", "Pakistan called India's
// decision to suspend the treaty an act of war". A bare "called" (041 in
// the PETRARCH dictionary) or another describing verb whose object is
// followed, within its clause, by a word of censure is a denunciation
// (111); by a word of praise, praise (051). The describes pass already
// judges an actor named right after the verb ("called Israel a terrorist
// state"); this reading covers the objects it leaves: a longer noun
// phrase that an actor modifies or owns.

// censureWords are words of censure beyond the shared judgement lists
// that make "called X …" a denunciation.
var censureWords = map[string]bool{
	"betrayal": true, "sabotage": true, "piracy": true, "theft": true, "robbery": true,
	"farce": true, "sham": true, "insult": true, "disgrace": true, "hoax": true,
	"witch": true, "blackmail": true, "extortion": true, "aggressor": true, "atrocity": true,
	"atrocities": true, "hostility": true, "humiliation": true, "interference": true,
	"meddling": true, "hegemonic": true, "hegemony": true, "imperialist": true,
	"colonial": true, "racist": true, "apartheid": true, "terrorism": true,
	"unfriendly": true, "inadmissible": true, "unjust": true, "unfair": true,
	"lawless": true, "irrational": true, "unprecedented": true,
}

// actsOfHostility name what "an act of …" calls a deed: "an act of war".
var actsOfHostility = map[string]bool{
	"war": true, "aggression": true, "terrorism": true, "terror": true, "piracy": true,
	"hostility": true, "sabotage": true, "provocation": true,
}

// judgedNouns may take an infinitive inside the judged object: "called
// India's decision to suspend the treaty an act of war".
var judgedNouns = map[string]bool{
	"decision": true, "plan": true, "plans": true, "move": true, "bid": true, "attempt": true,
	"attempts": true, "threat": true, "threats": true, "refusal": true, "order": true,
	"push": true, "efforts": true, "effort": true, "proposal": true,
}

// judgingCall recodes a bare describing verb ("called", "described",
// "branded") matched as a telephone call or a plain statement when a word
// of censure or praise follows its object in the same clause: 111 or
// 051. It reports false when the verb is no describing verb or no such
// word follows.
func (s *sentence) judgingCall(m vmatch, code string) (string, bool) {
	toks := s.toks
	if m.end-m.start != 1 || !toks[m.start].is(fDescribeVerbs) || !(code == "041" || code == "040" || len(code) >= 2 && code[:2] == "01") {
		return code, false
	}
	// "called for", "called on", "called to say": no judgement follows.
	if m.end >= len(toks) {
		return code, false
	}
	if w := toks[m.end].low; w == "for" || w == "on" || w == "to" || w == "off" || w == "up" {
		return code, false
	}
	seenObject := false
	for p := m.end; p < len(toks) && p < m.end+16; p++ {
		t := &toks[p]
		if s.midx[p] >= 0 {
			seenObject = true
			continue
		}
		if t.kind == tokPunct && t.text != "," || t.is(fBoundaryWords) {
			break
		}
		switch t.low {
		case "following", "amid", "ahead", "during", "before", "since", "as", "when", "last", "next":
			return code, false // "called Netanyahu following the attack"
		case "for", "on", "about", "after", "over", "because", "and", "but", "while", "with", "by", "that", "from", "in":
			if !seenObject || t.low != "by" && t.low != "in" {
				return code, false
			}
		case "to":
			// Only after a noun of intent inside the object.
			if p == 0 || !judgedNouns[toks[p-1].low] {
				return code, false
			}
		}
		if p == m.end {
			continue // the object's first word is no judgement of it
		}
		if (t.is(fPositiveWords) || judgementWords[t.low] == 'p') && seenObject {
			return "051", true
		}
		actOf := t.low == "act" && p+2 < len(toks) && toks[p+1].low == "of" && actsOfHostility[toks[p+2].low]
		if j := judgementWords[t.low]; t.is(fNegativeWords) || j == 'n' || j == 'd' || censureWords[t.low] || actOf {
			if seenObject || p > m.end+1 {
				return "111", true
			}
		}
	}
	return code, false
}

// underWords are the verbs of "came under fire", in every tense.
var underWords = map[string]bool{
	"came": true, "come": true, "comes": true, "coming": true, "fell": true,
}

// sufferVerbs take an act of another as their object: "Lebanon suffered
// heavy Israeli bombardment", "Iran faces new sanctions from the United
// States".
var sufferVerbs = map[string]bool{
	"suffered": true, "suffers": true, "suffering": true, "endured": true, "endures": true,
	"faced": true, "faces": true, "facing": true, "withstood": true, "weathered": true,
}

// patientVerbs make their subject the one who undergoes: never an act of
// the subject on another.
var patientVerbs = map[string]bool{
	"suffered": true, "suffers": true, "suffering": true, "endured": true, "endures": true,
	"withstood": true, "weathered": true,
}

// underHeads are what a target comes under, with the code of the act:
// "came under fire from", "came under a massive Russian drone attack",
// "came under heavy shelling by".
var underHeads = map[string]string{
	"fire": "190", "attack": "190", "attacks": "190", "assault": "190", "bombardment": "195",
	"shelling": "194", "bombing": "195", "barrage": "195", "strikes": "195", "strike": "195",
	"airstrikes": "195", "siege": "191", "blockade": "191", "gunfire": "193", "shellfire": "194",
	"occupation": "192", "control": "192", "sanctions": "163", "tariffs": "163",
	"restrictions": "163", "embargo": "163", "curbs": "163", "criticism": "111",
	"condemnation": "111",
}

// cameUnder codes acts the subject undergoes: "X came under fire from
// Y", "X came under a Y attack", "X suffered heavy Y bombardment", "X
// faces new sanctions from Y", "X was hit with Y export restrictions".
// The subject is the target and the author follows "from" or "by" or
// modifies the act's noun ("Ukraine came under a massive Russian drone
// attack overnight", "Indian positions came under fire from Pakistani
// troops"). The verb is then no clause of its own; it is marked judged
// so that "came" is not read as a visit to the author, nor "suffered" as
// an act of the subject.
func (x *Extractor) cameUnder(s *sentence, cls []clause, owner []int, out []event, judged map[int]bool) ([]event, map[int]bool) {
	toks := s.toks
	for i := 1; i+2 < len(toks); i++ {
		if s.midx[i] >= 0 {
			continue
		}
		// Where the undergone act starts: "came under", "suffered", "was
		// hit with".
		start := -1
		switch w := toks[i].low; {
		case underWords[w] && toks[i+1].low == "under":
			start = i + 2
		case sufferVerbs[w]:
			start = i + 1
		case (w == "hit" || w == "slapped") && toks[i+1].low == "with" && toks[i-1].is(fBeAux):
			start = i + 2
		}
		if start < 0 {
			continue
		}
		// The head noun, past modifiers and an author named before it.
		author := -1
		head, code := -1, ""
		for j := start; j < len(toks) && j < start+7; j++ {
			if mi := s.midx[j]; mi >= 0 {
				author = mi
				j = s.mentions[mi].end - 1
				if c, ok := underHeads[toks[j].low]; ok {
					head, code = j, c // "came under Israeli fire" read as one mention
					break
				}
				continue
			}
			if c, ok := underHeads[toks[j].low]; ok {
				head, code = j, c
				break
			}
			if toks[j].kind != tokWord && toks[j].kind != tokHyphen && toks[j].kind != tokNumber || toks[j].is(fPrepositions) || toks[j].is(fNegWords) || toks[j].low == "no" {
				break // "faces no sanctions from India": none
			}
			if airWords[toks[j].low] {
				code = "195"
			}
		}
		if head < 0 {
			if o := owner[i]; o >= 0 && patientVerbs[toks[i].low] && cls[o].m.end-cls[o].m.start == 1 {
				// "Russia suffered heavy losses": the subject undergoes, it
				// does nothing to anyone.
				if judged == nil {
					judged = make(map[int]bool, 2)
				}
				judged[cls[o].m.start] = true
			}
			continue
		}
		for j := start; j < head; j++ {
			if airWords[toks[j].low] && code == "190" {
				code = "195"
			}
		}
		// "from Pakistani troops", "by Russian forces".
		if p := head + 1; p+1 < len(toks) && (toks[p].low == "from" || toks[p].low == "by") {
			if a := skipCount(toks, p+1); a < len(toks) && s.midx[a] >= 0 && !s.mentions[s.midx[a]].pronoun {
				author = s.midx[a]
			}
		}
		if author < 0 {
			continue
		}
		if (code == "190" || code == "195") && s.censureUnder(head, author) {
			code = "111" // "came under fire from Washington over its settlements"
		}
		cl := append(cls[:len(cls):len(cls)], clause{m: vmatch{start: i, end: start, entry: &verbEntry{code: code, form: formPast, curated: true}}})
		k := len(cl) - 1
		st, victims, f := x.subject(s, cl, k, owner, map[int]bool{})
		if len(victims) == 0 || s.modality(max(0, st), i, cl, k) == modDrop {
			continue
		}
		for _, v := range victims {
			for _, a := range s.coordRight(author) {
				out = appendEvent(out, s.mentions[a].actor, s.mentions[v].actor, code, 0.7*f, i)
			}
		}
		if judged == nil {
			judged = make(map[int]bool, 2)
		}
		if o := owner[i]; o >= 0 {
			judged[cls[o].m.start] = true
		}
		judged[i] = true
	}
	return out, judged
}

// censureUnder reports whether "came under fire" or "came under attack"
// is the idiom of criticism: the reason follows ("over its settlements",
// "for its handling of"), or the author is a government, a person or a
// country rather than armed forces and no weapon is named.
func (s *sentence) censureUnder(head, author int) bool {
	toks := s.toks
	from := max(head+1, s.mentions[author].end)
	for j := from; j < len(toks) && j < from+3; j++ {
		if w := toks[j].low; w == "over" || w == "for" {
			return true
		}
	}
	for j := head - 1; j > 0 && toks[j].low != "under"; j-- {
		if airWords[toks[j].low] || toks[j].low == "rocket" || toks[j].low == "artillery" || toks[j].low == "mortar" || toks[j].low == "heavy" {
			return false
		}
	}
	a := s.mentions[author].actor
	return a.Type == TypePerson || a.Type == TypeGovernment && !s.troopsAt(author)
}

// troopsAt reports whether the mention or the words right after it name
// armed men: "Pakistani troops", "Russian forces", "the army".
func (s *sentence) troopsAt(mi int) bool {
	mn := &s.mentions[mi]
	for j := mn.start; j < len(s.toks) && j < mn.end+2; j++ {
		switch s.toks[j].low {
		case "troops", "forces", "soldiers", "army", "militants", "fighters", "gunmen", "navy", "jets", "warplanes", "artillery":
			return true
		}
	}
	return false
}

// Idioms of business and politics that borrow the words of force: "seized
// the opportunity to", "battled for market share", "exports shot up",
// "weak demand from China", "hit a record high". They report no act
// between the actors around them.
var (
	seizedThings = map[string]bool{
		"opportunity": true, "chance": true, "moment": true, "initiative": true, "momentum": true,
		"spotlight": true, "headlines": true, "day": true,
	}
	contestedThings = map[string]bool{
		"lead": true, "market": true, "share": true, "customers": true, "votes": true, "voters": true,
		"investors": true, "investment": true, "talent": true, "contracts": true, "business": true,
		"inflation": true, "prices": true, "unemployment": true, "poverty": true,
	}
	demandAdjectives = map[string]bool{
		"weak": true, "weaker": true, "strong": true, "stronger": true, "robust": true, "rising": true,
		"falling": true, "global": true, "domestic": true, "consumer": true, "export": true,
		"import": true, "growing": true, "slowing": true, "sluggish": true, "soft": true,
		"softer": true, "firm": true, "higher": true, "lower": true, "high": true, "low": true,
		"slack": true, "booming": true, "surging": true, "slumping": true, "tepid": true,
		"oil": true, "energy": true, "fuel": true, "food": true, "chip": true, "steel": true,
		"industrial": true, "seasonal": true, "pent-up": true, "local": true, "overseas": true,
		"foreign": true, "external": true,
	}
	recordWords = map[string]bool{
		"record": true, "high": true, "low": true, "peak": true, "bottom": true, "snag": true,
		"roadblock": true, "wall": true, "target": true, "milestone": true,
	}
)

// sinkWords follow "sank" when a price, an economy or a hope sinks.
var sinkWords = map[string]bool{
	"into": true, "to": true, "below": true, "by": true, "further": true, "lower": true,
	"deeper": true, "in": true, "as": true, "after": true, "on": true, "again": true,
}

// peacefulIdiom reports whether the matched phrase is one of those idioms.
func (s *sentence) peacefulIdiom(m vmatch) bool {
	toks := s.toks
	w := toks[m.start].low
	// The word after the phrase's first word, past an article.
	next := func(j int) string {
		for j < len(toks) && (toks[j].low == "the" || toks[j].low == "a" || toks[j].low == "an" || toks[j].low == "this" || toks[j].low == "new" || toks[j].low == "all-time" || toks[j].low == "fresh") {
			j++
		}
		if j < len(toks) {
			return toks[j].low
		}
		return ""
	}
	switch w {
	case "seize", "seizes", "seized", "seizing":
		return seizedThings[next(m.start+1)]
	case "battle", "battles", "battled", "battling", "fight", "fights", "fought", "fighting":
		j := m.start + 1
		if j < len(toks) && (toks[j].low == "for" || toks[j].low == "against") {
			j++
		}
		return contestedThings[next(j)]
	case "sink", "sinks", "sank", "sunk", "sinking":
		// "the economy sank into recession", "exports sank 20 percent"
		if m.start+1 >= len(toks) || m.start > 0 && toks[m.start-1].is(fBeAux) {
			return false // "was sunk by a Russian missile"
		}
		n := &toks[m.start+1]
		return n.kind == tokNumber || n.kind == tokCurrency || sinkWords[n.low]
	case "roll", "rolls", "rolled", "rolling":
		return next(m.end) == "one" // "rolled into one"
	case "shoot", "shoots", "shot", "shooting":
		return m.start+1 < len(toks) && toks[m.start+1].low == "up"
	case "demand", "demands":
		return m.start > 0 && demandAdjectives[toks[m.start-1].low]
	case "hit", "hits", "hitting":
		return recordWords[next(m.start+1)]
	}
	return false
}

// quantityThan reports whether "than" at p belongs to a quantity before a
// mention ("more than 100 Palestinians", "fewer than 20 Russian
// soldiers"), where it introduces no comparison with the actor.
func quantityThan(toks []token, p int) bool {
	if p < 1 || p+1 >= len(toks) || toks[p].low != "than" {
		return false
	}
	switch toks[p-1].low {
	case "more", "less", "fewer":
	default:
		return false
	}
	return toks[p+1].kind == tokNumber || countWord(&toks[p+1])
}

// agentAfterArticle steps over the article of a passive agent named by a
// demonym and a weapon: "were killed by an Israeli air strike", "was hit
// by a Russian missile". It returns k unchanged when no mention follows
// the article.
func agentAfterArticle(s *sentence, k int) int {
	toks := s.toks
	if k+1 < len(toks) && s.midx[k] < 0 && (toks[k].low == "a" || toks[k].low == "an" || toks[k].low == "the") && s.midx[k+1] >= 0 && s.mentions[s.midx[k+1]].start == k+1 {
		return k + 1
	}
	return k
}

// suppliedWords make a mention the maker or supplier of a thing, not an
// actor of the clause: "U.S.-supplied missiles", "Iranian-made drones".
var suppliedWords = map[string]bool{
	"supplied": true, "made": true, "built": true, "provided": true, "donated": true,
	"manufactured": true, "produced": true, "designed": true, "developed": true, "delivered": true,
}

// suppliedBy reports whether mention mi is joined by a hyphen to a
// participle of making or supplying: "U.S.-supplied ATACMS missiles".
func (s *sentence) suppliedBy(mi int) bool {
	e := s.mentions[mi].end
	return e+1 < len(s.toks) && s.toks[e].kind == tokHyphen && suppliedWords[s.toks[e+1].low]
}

// usedTo reports whether the verb at to is what an instrument was used
// for, told between from and to: "Ukraine used U.S.-supplied missiles to
// strike a Russian airfield" reports the strike as done, not intended.
func (s *sentence) usedTo(from, to int) bool {
	toks := s.toks
	if to < 1 || toks[to-1].low != "to" || from < 0 {
		return false
	}
	for j := from; j < to-1; j++ {
		switch toks[j].low {
		case "used", "uses", "using", "employed", "deployed":
			return !s.negatedSince(from, to)
		}
	}
	return false
}

// listVerbs put an actor on a list of sanctioned parties.
var listVerbs = map[string]bool{
	"added": true, "adds": true, "add": true, "adding": true, "placed": true, "places": true,
	"place": true, "placing": true, "put": true, "puts": true, "putting": true,
}

// sanctionLists are the heads of the lists that sanction those on them:
// "entity list", "export control list", "blacklist", "sanctions list",
// "unreliable entity list".
var sanctionLists = map[string]bool{
	"list": true, "blacklist": true, "lists": true, "blacklists": true,
}

// listedOn codes "added 15 U.S. firms to its entity list" and "placed
// Huawei on a trade blacklist" as sanctions (163) by the clause's subject
// on the country of the listed parties. A list that names no sanction or
// control ("added Japan to its list of partners") is no sanction.
func (x *Extractor) listedOn(s *sentence, cls []clause, owner []int, out []event) []event {
	toks := s.toks
	for i := 0; i+3 < len(toks); i++ {
		if !listVerbs[toks[i].low] || s.midx[i] >= 0 {
			continue
		}
		// The listed parties: a mention before "to" or "on".
		obj, prep := -1, -1
		for j := i + 1; j < len(toks) && j < i+10; j++ {
			if mi := s.midx[j]; mi >= 0 {
				if obj < 0 && !s.mentions[mi].pronoun && s.mentions[mi].actor.Country != "" {
					obj = mi
				}
				j = s.mentions[mi].end - 1
				continue
			}
			if w := toks[j].low; (w == "to" || w == "on") && obj >= 0 {
				prep = j
				break
			}
			if toks[j].kind == tokPunct && toks[j].text != "," || toks[j].is(fBoundaryWords) {
				break
			}
		}
		if prep < 0 {
			continue
		}
		// The list: a few words ending in "list" or "blacklist", one of
		// them naming a sanction or control.
		list := false
		for j := prep + 1; j < len(toks) && j < prep+6; j++ {
			w := toks[j].low
			if sanctionLists[w] {
				list = w == "blacklist" || w == "blacklists"
				for q := prep + 1; q < j; q++ {
					switch toks[q].low {
					case "entity", "sanctions", "sanction", "control", "controls", "unreliable", "export", "trade", "denied", "watch":
						list = true
					}
				}
				break
			}
			if toks[j].kind != tokWord && toks[j].kind != tokHyphen {
				break
			}
		}
		if !list {
			continue
		}
		cl := append(cls[:len(cls):len(cls)], clause{m: vmatch{start: i, end: i + 1, entry: &verbEntry{code: "163", form: formPast, curated: true}}})
		k := len(cl) - 1
		st, subs, f := x.subject(s, cl, k, owner, map[int]bool{})
		if len(subs) == 0 || s.modality(max(0, st), i, cl, k) == modDrop {
			continue
		}
		for _, a := range subs {
			for _, b := range s.coordRight(obj) {
				out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, "163", 0.7*f, i)
			}
		}
	}
	return out
}

// pastWhatCalled steps over "what it called" and its kin before an
// object: "rejected what it called a U.S. ultimatum", "denounced on
// Monday what it described as Israel's terrorist attack". It returns j
// unchanged when no such words stand at j.
func (s *sentence) pastWhatCalled(j int) int {
	toks := s.toks
	k := j
	if _, day := dateWeekdays[toks[k].low]; day && k+1 < len(toks) && toks[k+1].low == "what" {
		k++ // "on Sunday what it called"
	}
	if k+2 >= len(toks) || toks[k].low != "what" {
		return j
	}
	switch toks[k+1].low {
	case "it", "he", "she", "they", "we", "officials", "the":
	default:
		return j
	}
	p := k + 2
	if toks[k+1].low == "the" {
		p++ // "what the ministry called"
	}
	if p >= len(toks) || !toks[p].is(fDescribeVerbs) {
		return j
	}
	p++
	if p < len(toks) && toks[p].low == "as" {
		p++
	}
	return p
}
