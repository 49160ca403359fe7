package extract

import (
	"strconv"
	"strings"
)

// This file drops relations read in sentences that report no event
// between two actors: background dated years before the article ("the two
// countries fought a war in 1962"), sport results ("Argentina beat France
// on penalties"), meetings that were called off ("talks between Serbia
// and Kosovo were postponed"), inverted conditionals ("Were Israel to
// strike Iran, ..."), subjects negated by "no" ("No Israeli official has
// met ..."), market figures ("Brazil's exports to China fell 12
// percent") and actors named only inside the "between A and B" of a noun
// that is the subject of another verb ("the alliance between Russia and
// North Korea worries Seoul").

// dropNoEvents removes, from out[first:], the relations read in the
// shapes above and returns what is kept.
func (s *sentence) dropNoEvents(out []event, first int) []event {
	if len(out) == first {
		return out
	}
	toks := s.toks
	if pageFurniture(toks) {
		return out[:first]
	}
	sport := sportsResult(toks)
	market := marketLead(toks)
	ngo := s.ngoReportVerb()
	kept := out[:first]
	for i, e := range out[first:] {
		switch {
		case sport:
		case s.datedBackground(e.pos):
		case warCount(toks, e.pos):
		case s.calledOff(e.pos, e.code):
		case s.invertedCondition(e.pos):
		case s.noSubject(e):
		case s.marketFigure(e.pos, e.code):
		case s.moodInMarket(e.pos):
		case market && meetingNouns[s.wordAt(e.pos)]:
		case s.hedgedNominal(e.pos):
		case s.disasterSubject(e):
		case s.modalNominal(e.pos):
		case s.insideBetweenSubject(e):
		case ngo >= 0 && e.pos >= ngo:
		case s.placeTargetOnly(e, out[first:], first+i):
		case s.objectInCredit(e):
		default:
			kept = append(kept, e)
		}
	}
	return kept
}

// segment returns the bounds [a, b) of the stretch of the sentence around
// token p between commas, semicolons and dashes.
func (s *sentence) segment(p int) (int, int) {
	toks := s.toks
	if p < 0 {
		p = 0
	}
	if p >= len(toks) {
		p = len(toks) - 1
	}
	a := p
	for a > 0 && !segmentBreak(toks[a-1]) {
		a--
	}
	b := p + 1
	for b < len(toks) && !segmentBreak(toks[b]) {
		b++
	}
	return a, b
}

func segmentBreak(t token) bool {
	return t.text == "," || t.text == ";" || t.text == "—" || t.text == "–" || t.text == ":"
}

// articleYear is the year of the article's date, 0 when unknown.
func (s *sentence) articleYear() int {
	if s.reg == nil || len(s.reg.date) < 4 {
		return 0
	}
	y, err := strconv.Atoi(s.reg.date[:4])
	if err != nil {
		return 0
	}
	return y
}

// yearOf reads a year (1900–2099) or a decade ("1990s") from a token and
// returns the last year it covers.
func yearOf(t token) int {
	w := t.low
	dec := strings.HasSuffix(w, "s")
	if dec {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "s"), "'")
	}
	if len(w) != 4 {
		return 0
	}
	y, err := strconv.Atoi(w)
	if err != nil || y < 1900 || y > 2099 {
		return 0
	}
	if dec {
		if y%10 != 0 {
			return 0
		}
		return y + 9
	}
	return y
}

// backgroundYears is how many years before the article a dated act must
// lie to be read as background rather than news: "in 2022" in an article
// of 2024 may still be the news (an old event as stated), "in 1979" is not.
const backgroundYears = 5

// datePreps introduce the time of an event: "in 1979", "during the
// 1990s", "between 1998 and 2000", "from 1910 to 1945".
var datePreps = map[string]bool{"in": true, "since": true, "during": true, "between": true, "from": true, "by": true}

// datedBackground reports whether the verb at p, in the past perfect,
// tells what happened in a year or decade at least backgroundYears before
// the article's, as background does: "Ethiopia and Eritrea had fought a
// border war between 1998 and 2000", "Sudan had expelled Egyptian
// diplomats in the 1990s". A plain past with a year is an old event as
// stated and is kept ("Russia annexed Crimea from Ukraine in 2014").
func (s *sentence) datedBackground(p int) bool {
	ay := s.articleYear()
	if ay == 0 {
		return false
	}
	toks := s.toks
	if !s.pastPerfect(p) {
		return false
	}
	a, b := s.segment(p)
	for i := a; i < b; i++ {
		y := yearOf(toks[i])
		if y == 0 || y > ay-backgroundYears {
			continue
		}
		// The preposition before, past "the", "early", "late", "mid", a month and a day.
		j := i - 1
		for j >= a && (toks[j].low == "the" || toks[j].low == "early" || toks[j].low == "late" || toks[j].low == "mid" || toks[j].kind == tokHyphen || dateMonths[toks[j].low] > 0 || toks[j].kind == tokNumber && len(toks[j].text) <= 2) {
			j--
		}
		if j >= a && datePreps[toks[j].low] {
			return true
		}
	}
	return false
}

// sportsResult reports a sports page: a verb of winning or losing a match
// ("beat", "crushed", "knocked out") or of hosting one, with a word of
// competition ("final", "World Cup", "penalties", "medals", a score).
func sportsResult(toks []token) bool {
	verb, ctx := false, false
	for i := range toks {
		t := &toks[i]
		if sportVerbs[t.low] {
			verb = true
		}
		if sportContext[t.low] || t.text == "Cup" || t.text == "Games" && i > 0 && toks[i-1].upper || t.text == "Open" && i > 0 && toks[i-1].upper {
			ctx = true
		}
		if t.kind == tokNumber && i+2 < len(toks) && toks[i+1].kind == tokHyphen && toks[i+2].kind == tokNumber && len(t.text) <= 3 && len(toks[i+2].text) <= 3 {
			ctx = true
		}
	}
	return verb && ctx
}

var sportVerbs = map[string]bool{
	"beat": true, "beats": true, "beating": true, "defeated": true, "defeats": true, "crushed": true,
	"thrashed": true, "edged": true, "routed": true, "stunned": true, "drew": true, "hammered": true,
	"knocked": true, "eliminated": true, "outclassed": true, "whitewashed": true, "trounced": true,
	"face": true, "faces": true, "host": true, "co-host": true, "hosts": true, "co-hosts": true,
	"hosted": true, "play": true, "plays": true, "played": true, "won": true, "win": true, "lost": true,
}

var sportContext = map[string]bool{
	"final": true, "finals": true, "semi-finals": true, "semi-final": true, "semifinal": true,
	"penalties": true, "penalty": true, "qualifier": true, "match": true, "medals": true,
	"medal": true, "marathon": true, "knockout": true, "ashes": true, "wickets": true, "fixture": true,
	"cup": true, "tournament": true, "league": true, "championship": true, "grand": true,
}

// cancelWords mark a meeting or visit that did not happen.
var cancelWords = map[string]bool{
	"postponed": true, "cancelled": true, "canceled": true, "shelved": true, "scrapped": true,
	"delayed": true, "suspended": true, "abandoned": true, "scuttled": true,
	"frozen": true, "stalled": true, "deadlocked": true, "blocked": true,
}

// calledOff reports whether the relation at p is a nominal meeting, visit,
// talks or drills whose predicate says it was called off: "A planned
// visit by the Chinese president to Japan was postponed", "Talks between
// Serbia and Kosovo ... were called off", "did not take place".
func (s *sentence) calledOff(p int, code string) bool {
	meeting := len(code) >= 2 && (code[:2] == "03" || code[:2] == "04" || code[:2] == "05" || code[:2] == "06")
	toks := s.toks
	_, b := s.segment(p)
	for i := p + 1; i < b; i++ {
		w := toks[i].low
		if (toks[i].is(fBeAux) || toks[i].low == "remain" || toks[i].low == "remains" || toks[i].low == "remained") && i+1 < b {
			j := i + 1
			for j < b && toks[j].is(fAdverbs) {
				j++
			}
			neg := false
			if j < b && toks[j].low == "not" {
				neg = true
				j++
				for j < b && (toks[j].is(fAdverbs) || toks[j].is(fBeAux)) {
					j++
				}
			}
			if j >= b {
				continue
			}
			next := ""
			if j+1 < b {
				next = toks[j+1].low
			}
			switch {
			case neg && toks[j].low == "carried" && next == "out":
				return true // "the threat was not carried out"
			case !meeting:
			case neg && toks[j].low == "ruled" && next == "out":
				return true // "a visit has not been ruled out"
			case neg && (toks[j].low == "held" || toks[j].low == "resumed"):
				return true // "the annual talks were not held this year"
			case !neg && (cancelWords[toks[j].low] || toks[j].low == "called" && next == "off" || toks[j].low == "put" && next == "off" || toks[j].low == "ruled" && next == "out"):
				return true
			}
		}
		if (w == "not" || w == "never") && i+2 < len(toks) && (toks[i+1].low == "take" || toks[i+1].low == "took") && toks[i+2].low == "place" {
			return true
		}
		if w == "never" && i+1 < len(toks) && (toks[i+1].low == "materialised" || toks[i+1].low == "materialized" || toks[i+1].low == "happened") {
			return true
		}
		if (w == "fell" && i+1 < b && toks[i+1].low == "through") || (w == "came" && i+2 < b && toks[i+1].low == "to" && toks[i+2].low == "nothing") {
			return true
		}
	}
	return false
}

// invertedCondition reports whether p lies in a leading condition with
// inversion: "Were Israel to strike Iran's nuclear sites, ...", "Had
// Britain stayed ...", "Should Japan attack ...".
func (s *sentence) invertedCondition(p int) bool {
	toks := s.toks
	i := 0
	for i < len(toks) && (toks[i].kind == tokQuote || !(toks[i].kind == tokWord)) {
		i++
	}
	if i >= len(toks) {
		return false
	}
	switch toks[i].low {
	case "were", "had", "should":
	default:
		return false
	}
	// The subject right after ("Were Israel to strike"), or a noun
	// phrase whose main clause has a modal ("Had talks between Russia
	// and Ukraine succeeded in 2022, thousands of lives would have been
	// saved").
	subj := i+1 < len(toks) && s.midx[i+1] >= 0
	for j := i + 1; j < len(toks); j++ {
		if toks[j].text != "," {
			continue
		}
		if p >= j {
			return false
		}
		if subj {
			return true
		}
		for k := j + 1; k < len(toks) && k-j <= 8; k++ {
			if modals[toks[k].low] {
				return true
			}
		}
		return false
	}
	return false
}

// noSubject reports whether the subject of e is negated by a determiner
// "no" right before it: "No Israeli official has met Iranian diplomats".
func (s *sentence) noSubject(e event) bool {
	m := s.subjectMention(e)
	return m != nil && m.start > 0 && s.toks[m.start-1].low == "no"
}

// subjectMention returns the last mention of e's subject before the
// relation, nil when none.
func (s *sentence) subjectMention(e event) *mention {
	var last *mention
	for i := range s.mentions {
		m := &s.mentions[i]
		if m.actor == e.subj && m.start < e.pos {
			last = m
		}
	}
	return last
}

// changeVerbs tell a figure's change.
var changeVerbs = map[string]bool{
	"fell": true, "rose": true, "jumped": true, "slumped": true, "climbed": true, "grew": true,
	"slowed": true, "surged": true, "dropped": true, "declined": true, "doubled": true, "tripled": true,
	"plunged": true, "soared": true, "eased": true, "widened": true, "narrowed": true, "hit": true,
	"increased": true, "decreased": true, "shrank": true, "contracted": true, "tumbled": true,
	"overtook": true, "overtaken": true, "overtake": true, "overtakes": true, "outpaced": true,
}

// marketFigure reports whether the relation at p is a trade or money noun
// whose figure changes ("Brazil's soybean exports to China fell 12
// percent") or a ranking ("Mexico overtook China as the largest source of
// U.S. imports").
func (s *sentence) marketFigure(p int, code string) bool {
	toks := s.toks
	if p < 0 || p >= len(toks) {
		return false
	}
	switch toks[p].low {
	case "overtook", "overtake", "overtakes", "overtaken", "outpaced", "outpace":
		return true
	}
	if len(code) < 2 || code[:2] != "06" && code[:2] != "07" && code[:2] != "05" && code[:2] != "03" {
		return false
	}
	if !tradeNouns[toks[p].low] {
		return false
	}
	_, b := s.segment(p)
	for i := p + 1; i < b; i++ {
		if changeVerbs[toks[i].low] {
			return true
		}
	}
	return false
}

// moodNouns name a state of relations, not an act: "tensions between
// Israel and Iran".
var moodNouns = map[string]bool{
	"tensions": true, "tension": true, "fears": true, "worries": true, "rivalry": true,
	"standoff": true, "uncertainty": true, "frictions": true, "friction": true,
}

// marketWords tell a market report.
var marketWords = map[string]bool{
	"investors": true, "markets": true, "market": true, "prices": true, "shares": true,
	"stocks": true, "bonds": true, "yields": true, "traders": true, "currency": true,
	"index": true, "futures": true, "crude": true, "brent": true, "gold": true, "havens": true,
}

// moodInMarket reports whether the relation at p is a noun of tension in a
// market report: "Gold prices climbed as tensions between Israel and Iran
// pushed investors toward safe havens".
func (s *sentence) moodInMarket(p int) bool {
	toks := s.toks
	if p < 0 || p >= len(toks) || !moodNouns[toks[p].low] {
		return false
	}
	for i := range toks {
		if marketWords[toks[i].low] {
			return true
		}
	}
	return false
}

// furnitureHeads begin a line of page furniture: "Related: …", "Read
// more: …", "See also: …", "Top Stories | World", "Editor's note: …",
// a section name before a bar ("World | …"), or the label of an
// explainer or an opinion piece ("Explainer: …", "Analysis: …").
var furnitureHeads = []string{
	"related", "read more", "see also", "more", "watch", "top stories", "editor's note",
	"editors' note", "click here", "sign up", "subscribe", "also read", "recommended",
	"explainer", "factbox", "analysis", "opinion", "photos", "video", "in pictures", "timeline",
	"live updates", "live", "graphic", "podcast", "newsletter", "most read", "trending",
	"world", "politics", "business", "asia", "europe", "middle east", "africa", "americas",
}

// pageFurniture reports a line of page furniture: one of furnitureHeads
// followed by a colon or a bar, or "Click here".
func pageFurniture(toks []token) bool {
	var b strings.Builder
	for i := 0; i < len(toks) && i < 4; i++ {
		if toks[i].text == ":" || toks[i].text == "|" {
			h := strings.TrimSpace(b.String())
			for _, f := range furnitureHeads {
				if h == f {
					return true
				}
			}
			return false
		}
		if i > 0 && toks[i].kind != tokQuote && toks[i].text != "'" && !strings.HasPrefix(toks[i].text, "'") {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i].low)
	}
	h := b.String()
	return strings.HasPrefix(h, "click here")
}

var tradeNouns = map[string]bool{
	"exports": true, "imports": true, "trade": true, "shipments": true, "investment": true,
	"remittances": true, "flows": true, "sales": true, "purchases": true, "arrivals": true,
}

// betweenNouns name a relation or a rivalry between two parties, whose
// parties are not the subject of the verb that follows.
var betweenNouns = map[string]bool{
	"alliance": true, "relations": true, "ties": true, "tensions": true, "rivalry": true,
	"dispute": true, "friendship": true, "partnership": true, "feud": true, "standoff": true,
	"trade": true, "border": true, "deal": true, "pact": true, "war": true, "conflict": true,
	"contact": true, "contacts": true, "talks": true, "cooperation": true, "rapprochement": true,
}

// insideBetweenSubject reports whether the subject of e stands inside "N
// between A and B" (N a relation noun) before the relation, so that the
// phrase, not A or B, is the subject: "the alliance between Russia and
// North Korea worries Seoul", "tensions between Israel and Iran pushed
// investors toward safe havens".
func (s *sentence) insideBetweenSubject(e event) bool {
	toks := s.toks
	m := s.subjectMention(e)
	if m == nil {
		return false
	}
	// Walk left over "A and" to "between".
	j := m.start - 1
	for j >= 0 && (toks[j].low == "and" || toks[j].text == "," || s.midx[j] >= 0 || toks[j].low == "the") {
		j--
	}
	if j < 1 || toks[j].low != "between" || !betweenNouns[toks[j-1].low] {
		return false
	}
	// The parties told to act on each other ("a deal between Armenia and
	// Azerbaijan was signed") keep their events.
	for k := j + 1; k < len(toks) && k < j+12; k++ {
		if mi := s.midx[k]; mi >= 0 && s.mentions[mi].actor == e.obj {
			return false
		}
		if toks[k].kind == tokWord && s.midx[k] < 0 && toks[k].low != "and" && toks[k].low != "the" {
			break
		}
	}
	// The relation must be a verb after the phrase, not the noun itself.
	return e.pos >= m.end && !betweenNouns[toks[e.pos].low] && toks[e.pos].low != "between"
}

// ngoNames are rights groups, campaigners and watchdogs: an act they
// allege is their accusation, not one the sentence asserts.
var ngoNames = []string{
	"human rights watch", "amnesty", "reporters without borders", "greenpeace", "oxfam",
	"transparency international", "freedom house", "committee to protect journalists",
	"international crisis group", "doctors without borders", "medecins sans frontieres",
	"médecins sans frontières", "msf", "global witness", "rights group", "rights groups",
	"watchdog", "campaigners", "activists", "b'tselem", "report", "study", "inquiry", "investigators",
	"panel of experts", "independent experts", "commission of inquiry", "fact-finding mission",
}

// reportVerbs introduce what a speaker alleges or found.
var reportVerbs = map[string]bool{
	"said": true, "says": true, "accused": true, "accuses": true, "alleged": true, "alleges": true,
	"reported": true, "reports": true, "found": true, "finds": true, "documented": true,
	"say": true, "concluded": true, "estimated": true, "charged": true, "claimed": true, "warned": true,
}

// ngoReportVerb returns where a rights group or a report tells what
// others did, or -1: the group opens the sentence and a report verb
// follows ("Human Rights Watch said Saudi border guards had killed
// hundreds of Ethiopian migrants", "Amnesty International, in a report
// on Sudan, accused ..."). A closing credit (", Amnesty said") is left
// alone: wire copy credits war monitors and rights groups for acts it
// reports as news.
func (s *sentence) ngoReportVerb() int {
	toks := s.toks
	// The opening clause, past a dateline: "NAIROBI (Reuters) - ".
	a := 0
	for i := 0; i < len(toks) && i < 16; i++ {
		if toks[i].text == "-" || toks[i].text == "—" || toks[i].text == "–" {
			a = i + 1
			break
		}
	}
	end := a
	for end < len(toks) && !segmentBreak(toks[end]) && !reportVerbs[toks[end].low] && end-a < 10 {
		end++
	}
	if at := s.ngoIn(a, end); at >= 0 {
		for v := end; v < len(toks) && v-end < 25; v++ {
			if reportVerbs[toks[v].low] {
				return at
			}
		}
	}
	return -1
}

// closingCredit returns where a closing credit begins: the last stretch
// after a comma, of at most 12 words, with a speech verb or "according
// to" ("..., the foreign ministry said in a statement"); 0 when none.
func (s *sentence) closingCredit() int {
	toks := s.toks
	last := len(toks) - 1
	for last > 0 && toks[last].kind != tokWord {
		last--
	}
	c := last
	for c > 0 && toks[c-1].text != "," && last-c < 12 {
		c--
	}
	if c <= 0 || toks[c-1].text != "," {
		return 0
	}
	for i := c; i <= last; i++ {
		if toks[i].is(fSpeechVerbs) && !strings.HasSuffix(toks[c].low, "ing") || toks[i].low == "according" {
			return c
		}
	}
	return 0
}

// objectInCredit reports whether the target of e is an organisation
// named only in the closing credit, after the relation: "The Saudi-led
// coalition's bombing of Yemen has killed thousands, a U.N. panel said"
// (the panel is who tells, not whom the bombing struck). A country there
// is often the target indeed ("Russia fired 40 missiles overnight,
// Ukraine's air force said").
func (s *sentence) objectInCredit(e event) bool {
	if e.obj == nil || e.obj.Type != TypeIGO && e.obj.Type != TypeOrganisation {
		return false
	}
	c := s.closingCredit()
	if c == 0 || e.pos >= c {
		return false
	}
	in := false
	for _, m := range s.mentions {
		if m.actor != e.obj {
			continue
		}
		if m.start < c {
			return false
		}
		in = true
	}
	return in
}

// ngoIn returns where a rights group or report is named in toks[a:b]
// with no state actor before it, or -1.
func (s *sentence) ngoIn(a, b int) int {
	any := false
	for i := a; i < b && !any; i++ {
		any = ngoFirstWords[s.toks[i].low]
	}
	if !any {
		return -1 // the common case: no word a name of ngoNames starts with
	}
	var sb strings.Builder
	starts := make([]int, 0, b-a)
	for i := a; i < b; i++ {
		if s.midx[i] >= 0 && s.mentions[s.midx[i]].kind != mOrg && s.mentions[s.midx[i]].kind != mIGO {
			break // a state actor speaks first
		}
		starts = append(starts, sb.Len())
		sb.WriteByte(' ')
		sb.WriteString(toks(s, i))
	}
	sb.WriteByte(' ')
	phrase := sb.String()
	for _, n := range ngoNames {
		if k := strings.Index(phrase, " "+n+" "); k >= 0 {
			for i, st := range starts {
				if st >= k {
					return a + i
				}
			}
			return a
		}
	}
	return -1
}

func toks(s *sentence, i int) string { return s.toks[i].low }

// ngoFirstWords are the first words of ngoNames.
var ngoFirstWords = func() map[string]bool {
	m := make(map[string]bool, len(ngoNames))
	for _, n := range ngoNames {
		f, _, _ := strings.Cut(n, " ")
		m[f] = true
	}
	return m
}()

// placeTargetOnly reports whether the target of e was read from a place
// ("in Nangarhar", "near Raqqa") while the sentence has a better reading:
// the same subject acts on another target with the same root ("Clashes
// between Islamic State and the Taliban killed dozens in Nangarhar"), or
// the subject belongs to no country, so that the place only says where a
// group acted alone ("Islamic State fighters attacked a checkpoint in
// Deir al-Zor").
func (s *sentence) placeTargetOnly(e event, evs []event, self int) bool {
	if e.obj == nil || len(e.code) < 2 {
		return false
	}
	stateless := e.subj != nil && e.subj.Country == "" && e.subj.Type != TypeIGO
	if e.obj.Type != TypeCountry && !(stateless && e.obj.Type == TypeOrganisation) {
		return false
	}
	if !s.placedOnly(e.obj) {
		return false
	}
	if stateless {
		return true
	}
	for _, o := range evs {
		if o.subj == e.subj && o.obj != e.obj && len(o.code) >= 2 && o.code[:2] == e.code[:2] && !s.placedOnly(o.obj) {
			return true
		}
	}
	return false
}

// meetingNouns are the nouns of nominal meetings, visits and talks.
var meetingNouns = map[string]bool{
	"talks": true, "meeting": true, "meetings": true, "summit": true, "visit": true, "visits": true,
	"trip": true, "negotiations": true, "contacts": true, "call": true, "dialogue": true,
	"consultations": true, "encounter": true, "rapprochement": true, "deal": true, "accord": true,
}

// hedgeNouns, before "of", "for" or "about", say a meeting is only hoped
// for, rumoured or reported: "prospects for talks between Washington and
// Tehran", "speculation about a visit by Modi to Pakistan".
var hedgeNouns = map[string]bool{
	"prospects": true, "prospect": true, "hopes": true, "hope": true, "speculation": true,
	"reports": true, "rumours": true, "rumors": true, "talk": true, "chances": true, "chance": true,
	"possibility": true, "likelihood": true, "odds": true, "idea": true, "doubts": true,
	"question": true, "expectations": true, "rumour": true, "rumor": true,
}

// falsePredicates, after "is" or "were", say a meeting reported or
// hoped for is not real: "Reports of a meeting ... were false".
var falsePredicates = map[string]bool{"false": true, "untrue": true, "unlikely": true, "baseless": true, "unfounded": true}

// unplannedWords, after "is not", say a meeting is not planned: "A
// meeting between Erdogan and Assad is not on the agenda".
var unplannedWords = map[string]bool{"on": true, "planned": true, "scheduled": true, "expected": true, "likely": true, "happening": true, "envisaged": true, "foreseen": true}

// hedgedNominal reports whether the relation at p is a nominal meeting
// that is hoped for, rumoured or denied rather than held: "Hopes of a
// summit between Xi and Biden faded", "Reports of a meeting between
// Israeli and Saudi officials were false", "A meeting between Erdogan and
// Assad is not on the agenda".
func (s *sentence) hedgedNominal(p int) bool {
	toks := s.toks
	if p < 0 || p >= len(toks) || !meetingNouns[toks[p].low] {
		return false
	}
	// A hedge noun before: "hopes of a (possible) summit".
	j := p - 1
	for j >= 0 && p-j <= 4 && (toks[j].low == "a" || toks[j].low == "an" || toks[j].low == "the" || toks[j].low == "any" || toks[j].kind == tokWord && !toks[j].upper && !objectPreps[toks[j].low] && toks[j].low != "about" && toks[j].low != "of" && !hedgeNouns[toks[j].low]) {
		j--
	}
	if j >= 1 && (toks[j].low == "of" || toks[j].low == "for" || toks[j].low == "about" || toks[j].low == "over") && hedgeNouns[toks[j-1].low] {
		return true
	}
	// A denying predicate after the phrase: "is not on the agenda", "were false".
	_, b := s.segment(p)
	for i := p + 1; i+1 < b; i++ {
		if toks[i].is(fBeAux) && (falsePredicates[toks[i+1].low] || toks[i+1].low == "not" && i+2 < b && unplannedWords[toks[i+2].low]) {
			return true
		}
		if (toks[i].low == "has" || toks[i].low == "have") && toks[i+1].low == "no" && i+2 < b && toks[i+2].low == "basis" {
			return true
		}
	}
	return false
}

// disasterNouns name natural disasters and accidents, which act on no one.
var disasterNouns = map[string]bool{
	"earthquake": true, "quake": true, "storm": true, "typhoon": true, "hurricane": true,
	"cyclone": true, "flood": true, "floods": true, "flooding": true, "wildfire": true,
	"wildfires": true, "fire": true, "fires": true, "landslide": true, "tsunami": true,
	"drought": true, "heatwave": true, "eruption": true, "volcano": true, "pandemic": true,
	"outbreak": true, "epidemic": true, "crash": true, "accident": true, "rains": true,
	"monsoon": true, "blizzard": true, "tornado": true, "famine": true, "virus": true,
}

// disasterSubject reports whether the subject of e was found inside an
// aside of a sentence whose subject is a disaster: "The earthquake, felt
// as far away as Lebanon, killed thousands in Turkey".
func (s *sentence) disasterSubject(e event) bool {
	toks := s.toks
	d := -1
	for i := 0; i < len(toks) && i < 6; i++ {
		if disasterNouns[toks[i].low] {
			d = i
			break
		}
		if segmentBreak(toks[i]) || s.midx[i] >= 0 && !s.mentions[s.midx[i]].poss || toks[i].is(fPrepositions) || toks[i].is(fBoundaryWords) {
			return false // "After the earthquake, Japan sent rescue teams"
		}
	}
	if d < 0 || d+1 >= len(toks) || !segmentBreak(toks[d+1]) && toks[d+1].low != "that" && toks[d+1].low != "which" {
		return false
	}
	for _, m := range s.mentions {
		if m.actor == e.subj && m.start > d && m.start < e.pos {
			return true
		}
	}
	return false
}

// modals make what they say of their subject a conjecture.
var modals = map[string]bool{"would": true, "could": true, "might": true, "may": true, "will": true, "can": true, "should": true}

// modalNominal reports whether the relation at p is a noun phrase (after
// "a", "an", "the" or "any", past a demonym: "A Russian nuclear strike
// on Ukraine") whose predicate is a modal: "... would be a catastrophe",
// "An Israeli strike on Iran's nuclear sites could set off a regional
// war". The act is a conjecture, not news.
func (s *sentence) modalNominal(p int) bool {
	toks := s.toks
	if p <= 0 || p >= len(toks) {
		return false
	}
	// The head noun, past a modifier ("nuclear strike"), with its
	// complement: "strike on", "invasion of", "war between".
	q := p
	for q+1 < len(toks) && q-p < 2 && toks[q+1].kind == tokWord && !toks[q+1].upper && !nominalPreps[toks[q+1].low] && !modals[toks[q+1].low] && !toks[q+1].is(fBeAux) {
		q++
	}
	w := toks[q].low
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	if q+1 >= len(toks) || !nominalPreps[toks[q+1].low] && !modals[toks[q+1].low] {
		return false
	}
	j := p - 1
	for j >= 0 && (s.midx[j] >= 0 || toks[j].kind == tokWord && !isDeterminer(toks[j].low) && !toks[j].is(fPrepositions) && !toks[j].is(fBeAux) && !modals[toks[j].low]) && p-j <= 4 {
		j--
	}
	if j < 0 || !isDeterminer(toks[j].low) {
		return false
	}
	if j > 0 && !segmentBreak(toks[j-1]) && toks[j-1].kind != tokHyphen && toks[j-1].low != "even" {
		return false // the phrase must open its clause
	}
	_, b := s.segment(p)
	for i := p + 1; i < b; i++ {
		if modals[toks[i].low] {
			return true
		}
		if toks[i].is(fBeAux) || toks[i].low == "has" || toks[i].low == "have" || toks[i].low == "had" || toks[i].low == "did" {
			return false
		}
		for _, c := range s.cls {
			if c.m.start == i && c.m.entry.form != formNoun {
				return false
			}
		}
	}
	return false
}

func isDeterminer(w string) bool {
	return w == "a" || w == "an" || w == "the" || w == "any"
}

// nominalPreps introduce the complement of an act noun.
var nominalPreps = map[string]bool{"on": true, "of": true, "against": true, "between": true, "with": true, "by": true, "to": true, "into": true}

// pastPerfect reports whether the verb at p follows "had" with at most
// two adverbs between: "had fought", "had long imposed".
func (s *sentence) pastPerfect(p int) bool {
	toks := s.toks
	for j := p - 1; j >= 0 && p-j <= 3; j-- {
		switch {
		case toks[j].low == "had":
			return true
		case toks[j].is(fAdverbs) || toks[j].low == "been":
		default:
			return false
		}
	}
	return false
}

// placedOnly reports whether every mention of actor a is a place after
// "in", "near", "at", "around" or "outside" ("in Iraq's Diyala province"
// counts once).
func (s *sentence) placedOnly(a *Actor) bool {
	placed := false
	for mi, m := range s.mentions {
		if m.actor != a {
			continue
		}
		if m.prep == "" && mi > 0 && s.mentions[mi-1].actor == m.actor && s.mentions[mi-1].poss {
			continue // "in Iraq's Diyala province": one place
		}
		switch m.prep {
		case "in", "near", "at", "around", "outside":
			placed = true
		default:
			return false
		}
	}
	return placed
}

// warCountWords count past acts: "have fought three wars".
var warCountWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "several": true, "many": true, "multiple": true, "numerous": true, "countless": true}

// warCount reports whether the verb at p is followed by a count of wars,
// a history in one clause rather than an event: "India and Pakistan have
// fought three wars since independence", "Greece and Turkey have fought
// several wars".
func warCount(toks []token, p int) bool {
	if p < 0 || p+2 >= len(toks) || !warCountWords[toks[p+1].low] {
		return false
	}
	w := toks[p+2].low
	if w == "border" && p+3 < len(toks) {
		w = toks[p+3].low
	}
	return w == "wars" || w == "conflicts"
}

// marketSubjects open a market report: "Asian shares rose as investors
// awaited trade talks between Washington and Beijing", "The yuan firmed
// on optimism over talks ...".
var marketSubjects = map[string]bool{
	"shares": true, "stocks": true, "markets": true, "oil": true, "prices": true, "gold": true,
	"dollar": true, "euro": true, "yen": true, "yuan": true, "rupee": true, "rouble": true,
	"ruble": true, "pound": true, "peso": true, "lira": true, "won": true, "rand": true,
	"real": true, "bonds": true, "futures": true, "nikkei": true, "kospi": true, "sensex": true,
	"index": true, "investors": true, "traders": true, "wheat": true, "crude": true,
	"brent": true, "copper": true, "equities": true, "bourse": true, "currency": true,
}

// marketLead reports whether the sentence, past a dateline, opens with a
// market as its subject: a market report, in which a meeting between
// states is what traders wait for, not the news.
func marketLead(toks []token) bool {
	a := 0
	for i := 0; i < len(toks) && i < 16; i++ {
		if toks[i].text == "-" || toks[i].text == "—" || toks[i].text == "–" {
			a = i + 1
			break
		}
	}
	for i := a; i < len(toks) && i < a+5; i++ {
		if marketSubjects[toks[i].low] {
			return i+1 < len(toks) && toks[i+1].kind == tokWord && !toks[i+1].upper && toks[i+1].low != "of" && toks[i+1].low != "from"
		}
		if segmentBreak(toks[i]) || toks[i].is(fPrepositions) {
			return false
		}
	}
	return false
}

// wordAt returns the lower-case word at p, "" outside the sentence.
func (s *sentence) wordAt(p int) string {
	if p < 0 || p >= len(s.toks) {
		return ""
	}
	return s.toks[p].low
}
