package extract

// How relations are found (a shallow clause analysis, no parser):
//
//  1. Vocabulary phrases (lexdata/verbs.tsv) are matched over the words
//     outside actor mentions, longest first, skipping determiners and
//     common modifiers ("signed a new defence agreement with"). Readings
//     that are plainly nouns are dropped: after an article, a possessive,
//     a noun modifier, a number, a preposition or a form of "be".
//  2. The subject is the nearest mention to the left in the same clause
//     that is neither governed by a preposition nor the object of an
//     earlier verb, with the mentions coordinated with it; a verb on the
//     way lends its subject ("condemned the attack and urged ..."); a
//     relative pronoun points back ("Egypt, which ..."); "it" after a
//     speech verb is the speaker. Parentheticals are skipped.
//  3. The object is the first mention after the phrase, past one
//     preposition and modifiers, or after a short noun phrase and a
//     preposition ("sold armed drones to Ethiopia"); acts of force also
//     take their place as target ("struck a depot in Russia's Bryansk
//     region"); mediation takes the parties after "between".
//  4. Passives swap the roles and take the agent after "by".
//  5. Modality from the subject to the verb: negation, conditions,
//     questions and hypotheticals drop the relation; plans, promises, the
//     future and infinitives make it a CAMEO 03x intent (intentCode).
//  6. Coordinated subjects of a symmetric relation with no object relate
//     to each other both ways ("India and Japan signed ...").
//  7. Nominal forms ("Munir's visit to", "talks between A and B", "the
//     US-Pakistan trade deal") take a possessor, a hyphenated pair, the
//     parties after "between", or the subject of a light verb ("held
//     talks with") or of the clause they are an adjunct of ("during a
//     visit to").
//  8. Judgements: "called India 'mature'" is praise (051), "branded X a
//     terrorist state" denunciation (111), by the words that follow.

import "strings"

// event is one relation found in a sentence, before it becomes a Triple.
type event struct {
	subj, obj *Actor
	code      string
	conf      float64
	pos       int // token where the relation was found, for ordering
}

// clause analysis of one vocabulary match.
type clause struct {
	m        vmatch
	subjects []int // mention indices
	objects  []int
	done     bool // analysed
	emitted  bool // produced a relation as a fact
	skip     bool // not a verb here (a noun, a gerund): transparent to subject search
	inside   bool // part of what an earlier clause agreed ("agreed to exchange prisoners"): told there
}

// boundaryWords end a clause when looking left for a subject.
var boundaryWords = map[string]bool{
	"while": true, "whereas": true, "although": true, "though": true, "because": true,
	"if": true, "unless": true, "when": true, "where": true, "whether": true, "but": true,
	"however": true, "so": true, "since": true, "until": true, "after": true, "before": true,
	"than": true, "whom": true, "what": true, "how": true, "why": true,
}

// speechVerbs report speech: a clause to their right has its own subject.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "saying": true, "told": true, "tells": true,
	"added": true, "adds": true, "stated": true, "noted": true, "stressed": true,
	"emphasised": true, "emphasized": true, "insisted": true, "argued": true,
	"announced": true, "declared": true, "claimed": true, "explained": true, "wrote": true,
	"reported": true, "believes": true, "believed": true, "think": true, "thinks": true,
	"hopes": true, "hoped": true, "clarified": true, "assured": true, "mentioned": true,
	"reiterated": true, "confirmed": true, "according": true,
	"understand": true, "understands": true, "know": true, "knows": true,
}

// objectPreps may stand between a verb and its object.
var objectPreps = map[string]bool{
	"with": true, "to": true, "against": true, "toward": true, "towards": true, "upon": true,
	"into": true, "from": true, "on": true, "over": true, "for": true,
}

// npPreps may introduce the object after a short noun phrase.
var npPreps = map[string]bool{"with": true, "to": true, "against": true, "from": true, "into": true}

// locationPreps introduce a place that is the target of material acts.
var locationPreps = map[string]bool{
	"in": true, "on": true, "at": true, "near": true, "against": true, "into": true,
	"over": true, "across": true, "inside": true, "toward": true, "towards": true, "to": true,
}

var beAux = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"get": true, "got": true, "gets": true,
}

var adverbs = map[string]bool{
	"also": true, "already": true, "reportedly": true, "allegedly": true, "publicly": true,
	"recently": true, "later": true, "earlier": true, "again": true, "still": true, "now": true,
	"then": true, "jointly": true, "formally": true, "officially": true, "repeatedly": true,
	"strongly": true, "sharply": true, "swiftly": true, "quickly": true, "just": true, "once": true,
	"further": true, "personally": true, "directly": true, "separately": true, "subsequently": true,
	"ultimately": true, "finally": true, "first": true, "twice": true, "previously": true,
	"openly": true, "secretly": true, "briefly": true, "warmly": true, "even": true, "only": true,
	"initially": true, "effectively": true, "immediately": true, "overnight": true, "yesterday": true,
	"today": true, "tonight": true, "reluctantly": true, "largely": true, "fully": true,
	"really": true, "both": true, "all": true, "had": true, "has": true, "have": true,
	"heavily": true, "deeply": true, "fiercely": true, "roundly": true, "widely": true,
}

// relationsOf codes the relations of one sentence. speech is true when
// the sentence reports speech before a position (for "would").
func (x *Extractor) relationsOf(s *sentence, out []event) []event {
	toks := s.toks
	n := len(toks)
	if n < 3 {
		return out
	}
	first := len(out)
	// Questions produce nothing.
	last := n - 1
	for last > 0 && (toks[last].kind == tokQuote || toks[last].kind == tokClose) {
		last--
	}
	if toks[last].text == "?" {
		return out
	}
	// Sports pages are out of scope.
	for i := range toks {
		if toks[i].is(fSportsWords) {
			return out
		}
	}
	if sportsScore(toks) {
		return out
	}
	// Vocabulary matches outside mentions.
	cls := s.cls[:0]
	if cap(s.mask) < n {
		s.mask = make([]bool, n)
		s.owner = make([]int, n)
	}
	mask, owner := s.mask[:n], s.owner[:n] // owner: token → clause index, -1
	for i := range toks {
		mask[i] = s.midx[i] >= 0
		owner[i] = -1
	}
	headline := s.headline
	for i := 0; i < n; {
		if mask[i] || toks[i].kind != tokWord || (toks[i].upper && i > 0 && (!headline || dateMonths[toks[i].low] > 0 || dateWeekdays[toks[i].low] > 0 || toks[i].caps)) {
			i++
			continue
		}
		if m, ok := x.vocab.matchAt(toks, i, mask); ok && acceptMatch(toks, m) && !(m.end-m.start == 1 && (toks[i].is(fSpeechVerbs) && !s.personaNonGrata(i) || toks[i].is(fPrepositions))) && !(i > 0 && toks[i-1].kind == tokHyphen) && !(i > 0 && owner[i-1] >= 0 && m.entry.form != formNoun) {
			for j := m.start; j < m.end; j++ {
				owner[j] = len(cls)
			}
			cls = append(cls, clause{m: m})
			i = m.end
			continue
		}
		i++
	}
	s.cls = cls
	s.quoteSpeakers()
	usedObj := make(map[int]bool, 4)
	out, judged := x.describes(s, cls, owner, out)
	out, judged = x.stances(s, cls, owner, out, judged)
	out, judged = x.cameUnder(s, cls, owner, out, judged)
	out, judged, dirCues := x.directionShapes(s, cls, owner, out, judged)
	for k := range cls {
		if judged[cls[k].m.start] {
			cls[k].done = true
			continue
		}
		out = x.analyse(s, cls, k, owner, usedObj, out)
	}
	out = x.speechEvents(s, cls, owner, out, first)
	out = x.readoutEvents(s, out, first)
	out = x.conflictBetween(s, cls, out)
	out = x.listedOn(s, cls, owner, out)
	out = x.actsOf(s, cls, owner, out)
	out = x.actJudgements(s, cls, owner, out)
	if s.hasCoopWords() {
		out = x.coopNominals(s, cls, owner, out, first)
		out = x.coopIntents(s, cls, owner, out, first)
		out = x.wishIntents(s, cls, owner, out, first)
	}
	out = s.dealContents(cls, out, first)
	out = s.threatsAfterJudgement(cls, out, first)
	out = x.goodsSent(s, cls, owner, out, first)
	out = x.aidArrivals(s, cls, out, first)
	out = s.dealYields(cls, out, first)
	out = s.toldContents(out, first)
	out = s.courtesyCalls(cls, out, first)
	out = s.thingsReceived(cls, out, first)
	out = s.accusationsRejected(cls, out, first)
	out = x.conflictShapes(s, cls, owner, out, first)
	out = x.directionAfter(s, cls, owner, out, first, dirCues)
	return s.dropNoEvents(out, first)
}

// titleCased reports whether most words of a sentence are capitalised,
// as in a headline, where a capital does not mark a name.
func titleCased(toks []token) bool {
	words, upper := 0, 0
	for i := range toks {
		if toks[i].kind == tokWord && len(toks[i].low) > 3 {
			words++
			if toks[i].upper {
				upper++
			}
		}
	}
	if words == 0 {
		return false
	}
	// A sentence that ends in a full stop is prose unless nearly every
	// word is capitalised ("Egypt detained Ahmed Hassan, an Egyptian
	// activist." names four people and places in six words).
	if last := len(toks) - 1; toks[last].text == "." {
		return upper*10 > words*8
	}
	return upper*10 > words*6
}

// sportsWords mark a sentence about sport, where "beat" and "attack" are
// no relations between states.
var sportsWords = map[string]bool{
	"wickets": true, "wicket": true, "innings": true, "goalkeeper": true, "striker": true,
	"midfielder": true, "tournament": true, "championship": true, "semifinal": true,
	"quarterfinal": true, "olympics": true, "olympic": true, "medal": true, "medals": true,
	"batsman": true, "bowler": true, "cricket": true, "football": true, "soccer": true,
	"rugby": true, "tennis": true, "fifa": true, "uefa": true, "goals": true, "scored": true,
}

// acceptMatch rejects readings that are plainly not the relation: a
// gerund or base form used as a noun after a determiner ("the attack" is a
// noun only in nominal phrases), and bare function words.
func acceptMatch(toks []token, m vmatch) bool {
	f := m.entry.form
	if m.start > 0 && f != formNoun {
		prev := toks[m.start-1].low
		if prev == "a" || prev == "an" || prev == "the" || prev == "this" || prev == "its" || prev == "their" || prev == "his" || prev == "her" || prev == "our" {
			return false
		}
		if toks[m.start-1].kind == tokPoss {
			return false
		}
	}
	return true
}

// analyse finds the subject and object of clause k, its modality, and
// appends its events.
func (x *Extractor) analyse(s *sentence, cls []clause, k int, owner []int, usedObj map[int]bool, out []event) []event {
	c := &cls[k]
	c.done = true
	if c.inside {
		return out
	}
	toks := s.toks
	m := c.m
	code := m.entry.code
	form := m.entry.form
	conf := 0.8
	if !m.entry.curated {
		conf = 0.7
	}
	if c2, ok := s.stoppedSupply(m, code); ok {
		code, form = c2, formPast // "halted arms exports to": a verb clause of cutting
	}
	if form == formNoun {
		return x.nominal(s, cls, k, owner, usedObj, out)
	}
	// "declared two French diplomats persona non grata": an expulsion.
	if strings.HasPrefix(toks[m.start].low, "declar") && s.personaNonGrata(m.start) {
		code = "161"
	}
	if c2, ok := s.judgingCall(m, code); ok {
		code = c2 // "called the new U.S. sanctions illegal"
	}
	if s.peacefulIdiom(m) {
		c.skip = true // "seized the opportunity to", "weak demand from China"
		return out
	}
	if strings.HasPrefix(code, "01") && code != "012" && code != "013" && code != "018" && code != "015" && code != "016" && code != "019" && !(code == "014" && !gerundAfter(toks, m.end)) && code != "011" {
		// Plain statements are no relation between two actors, but lend
		// their subject to the verbs that follow.
		_, c.subjects, _ = x.subject(s, cls, k, owner, usedObj)
		return out
	}
	// A base or -s form after a noun modifier or a number is a noun:
	// "military aid", "new sanctions", "30 tonnes of aid".
	if (form == formBase || form == formS) && m.start > 0 && (nounModifiers[toks[m.start-1].low] || toks[m.start-1].kind == tokNumber || amountBefore(toks, m.start)) {
		c.skip = true
		return out
	}
	// "a sharp protest", "the new embargo", "a regular briefing": after an
	// article and an adjective, a noun.
	if form == formIng && m.end-m.start == 1 && nounAfterArticle(toks, m.start) {
		c.skip = true
		return out
	}
	if (form == formBase || form == formS) && m.start > 1 {
		p := &toks[m.start-1]
		if d := toks[m.start-2].low; (d == "a" || d == "an" || d == "the" || d == "its" || d == "their") && p.kind == tokWord && !p.upper && !p.is(fAdverbs) && !strings.HasSuffix(p.low, "ly") && s.midx[m.start-1] < 0 {
			c.skip = true
			return out
		}
	}
	// "over veto", "for support": after a preposition, a noun.
	if (form == formBase || form == formS) && m.start > 0 && toks[m.start-1].is(fPrepositions) && toks[m.start-1].low != "to" {
		c.skip = true
		return out
	}
	// "North Korea's rocket launch", "China's military buildup": a base
	// or -s form in a noun phrase that a possessive opens is a noun.
	if (form == formBase || form == formS) && possessedNoun(s, m.start) {
		c.skip = true
		return out
	}
	// "are allies", "is a partner": after a form of "be", no base or -s
	// verb; "is ready to help" is a predicate of intent.
	if (form == formBase || form == formS) && m.start > 0 && !(toks[m.start].is(fIntentWords) && m.end-m.start > 1) {
		j := m.start - 1
		for j > 0 && (toks[j].is(fAdverbs) || toks[j].is(fPhraseModifier)) {
			j--
		}
		if w := toks[j].low; w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" {
			c.skip = true
			return out
		}
	}
	// A base form right after a single actor is a noun: "US support for".
	if form == formBase && m.start > 0 {
		if mi := s.midx[m.start-1]; mi >= 0 && !s.mentions[mi].pronoun {
			st := s.mentions[mi].start
			if st == 0 || (toks[st-1].low != "and" && toks[st-1].text != ",") {
				if !strings.HasSuffix(toks[m.start-1].low, "s") || s.mentions[mi].kind == mCountry {
					c.skip = true
					return out
				}
			} else if s.demonymAdjective(mi) {
				// "U.S. and Chinese trade negotiators": a demonym in a
				// list modifies the noun after it.
				c.skip = true
				return out
			}
		}
	}
	// "Houthi forces in Yemen", "Hezbollah attacks on Israel": an -s form
	// between an actor and a preposition is a noun.
	if s.pluralAfterActor(m) {
		c.skip = true
		return out
	}
	// Passive: "was praised by X", "X, backed by Y".
	passive := false
	if form == formPart || form == formBoth {
		j := m.start - 1
		for j >= 0 && toks[j].is(fAdverbs) {
			j--
		}
		if j >= 0 && (toks[j].is(fBeAux) || toks[j].low == "not") {
			passive = true
		}
		if !passive && m.end < len(toks) && toks[m.end].low == "by" && m.start > 0 && toks[m.start-1].kind == tokPunct {
			passive = true
		}
	}
	// "Western countries supplying missiles to Ukraine": the noun's act.
	if form == formIng && nounParticiple(s, m.start) {
		c.skip = true
		return out
	}
	// "a Chinese delegation led by Vice Premier He Lifeng held talks": a
	// participle describing the actor before it is no verb of its clause.
	reduced := !passive && s.reducedRelative(m)
	if reduced {
		passive = true
		defer func() { c.skip = true }()
	}
	// "urged Washington to stop arming Taiwan": an act stopped is none;
	// "blocked the statement condemning Russia": the text acts, not the
	// subject.
	if form == formIng && m.start > 0 && (stopVerbs[toks[m.start-1].low] || documentNouns[toks[m.start-1].low]) {
		c.skip = true
		return out
	}
	// "accused Kyiv of sabotaging", "role in helping defuse": a gerund
	// after a preposition is no clause of its own, unless it is what is
	// intended ("committed to deepening ties with").
	if form == formIng && m.start > 0 && toks[m.start-1].is(fPrepositions) && toks[m.start-1].low != "with" && !intendedGerund(toks, m.start) && !responseBy(toks, m.start) {
		c.skip = true
		return out
	}
	// "the case of jailed writer X", "for detained citizens": a participle
	// after a preposition and before a noun is an adjective.
	if (form == formPart || form == formBoth) && m.end-m.start == 1 && m.start > 0 && m.end < len(toks) &&
		toks[m.start-1].is(fPrepositions) && toks[m.start-1].low != "by" &&
		toks[m.end].kind == tokWord && !toks[m.end].upper && !toks[m.end].is(fPrepositions) && !toks[m.end].is(fPhraseModifier) && s.midx[m.end] < 0 {
		c.skip = true
		return out
	}
	// "nationals suspected of spying": a participle right after the object
	// of an earlier verb describes it; no relation of its own.
	if !passive && (form == formPart || form == formBoth) && m.start > 0 {
		if mi := s.midx[m.start-1]; mi >= 0 && usedObj[mi] && !(m.end < len(toks) && toks[m.end].low == "by") {
			return out
		}
	}
	if code == "170" || code == "172" {
		for j := max(0, m.start-4); j < len(toks) && j < m.end+4; j++ {
			if w := toks[j].low; w == "sanctions" || w == "tariffs" || w == "embargo" || w == "levies" {
				code = "163"
			}
		}
	}
	objectFound := false // by the clause analysis, before any filter; the fallback then stays out
	subjStart, subjects, sconf := x.subject(s, cls, k, owner, usedObj)
	c.subjects = subjects
	conf *= sconf
	var objects []int
	if passive {
		// The grammatical subject is the object; the agent follows "by".
		objects = subjects
		if reduced {
			objects = []int{s.midx[m.start-1]} // the actor the participle describes
		}
		subjects = nil
		// The agent: "by X" within a few words ("imposed on Iran by the US").
		for j := m.end; j < len(toks) && j < m.end+7; j++ {
			if toks[j].kind == tokPunct || toks[j].kind == tokQuote {
				break
			}
			if toks[j].low == "by" && j+1 < len(toks) {
				k := agentStart(toks, j+1)  // "by a barrage of Russian missiles"
				k = agentAfterArticle(s, k) // "by an Israeli air strike"
				if k < len(toks) && s.midx[k] >= 0 {
					subjects = s.coordRight(s.midx[k])
				}
				break
			}
		}
		if len(objects) == 0 {
			// "Sanctions were imposed on Iran by the United States".
			for j := m.end; j < len(toks) && j < m.end+4 && toks[j].low != "by"; j++ {
				if mi := s.midx[j]; mi >= 0 && (s.mentions[mi].prep == "on" || s.mentions[mi].prep == "against" || s.mentions[mi].prep == "to") {
					objects = s.coordRight(mi)
					break
				}
			}
		}
		// "Talks between Armenia and Azerbaijan, hosted by Kazakhstan": the
		// parties named after "between".
		if len(objects) > 0 {
			if st := s.mentions[objects[0]].start; st >= 2 && s.toks[st-1].low == "and" && s.midx[st-2] >= 0 && s.mentions[s.midx[st-2]].prep == "between" {
				objects = append([]int{s.midx[st-2]}, objects...)
			}
		}
		if len(subjects) == 0 {
			subjects = s.farAgent(m, code) // "was condemned on Monday in a joint statement by Britain"
		}
		if len(subjects) == 0 {
			subjects = s.coercedIn(m, code) // "were detained in China"
		}
		if len(subjects) == 0 {
			subjects = s.fightPartner(m, code) // "were killed in a clash with Chinese troops"
		}
		c.subjects = subjects
		conf *= 0.95
	} else {
		// What is pledged or provided decides where its target is:
		// "pledged $10 billion of investment in Pakistan".
		code = refineByNoun(toks, m.end, code)
		objects = s.object(m, code)
		if p := s.possessorInside(m); p != nil {
			objects = p // "accepted Putin's invitation", "shares Japan's concerns"
		}
		objectFound = len(objects) > 0
		if len(objects) > 0 && cooperative(code) && s.mentions[objects[0]].prep == "against" {
			objects = nil // "cooperation against North Korea's provocations"
		}
		if c2, o2, ok := s.agreedContent(cls, k, code, objects); ok {
			code, objects = c2, o2
		} else {
			code = s.agreedToCode(m, code) // "agreed to work towards": an intent
		}
		if len(objects) == 0 {
			objects = s.namedMembers(m.end) // "to six countries, including Mali"
		}
		objects = s.placeNotPartner(code, subjects, objects)
		// Consultations: a partner "with X" beats a place "in Gaza"; what
		// is discussed is no partner ("discussed Syria by phone").
		if strings.HasPrefix(code, "04") && len(objects) > 0 && discussTopic(toks, m, s.mentions[objects[0]].prep) {
			objects = s.withAfter(m.end)
		}
		if strings.HasPrefix(code, "04") {
			if len(objects) == 0 {
				objects = s.withAfter(m.end)
			} else if p := s.mentions[objects[0]].prep; p == "in" || p == "at" {
				if w := s.withAfter(s.mentions[objects[len(objects)-1]].end); len(w) > 0 {
					objects = w
				}
			}
		}
	}
	// "welcomed India's decision", "welcomed the U.S. move": an endorsement
	// (051), where welcoming a person is hosting.
	if len(objects) > 0 && strings.HasPrefix(toks[m.start].low, "welcom") && code == "040" {
		o := &s.mentions[objects[0]]
		if o.poss || (o.end < len(toks) && toks[o.end].kind == tokWord && !toks[o.end].upper && !toks[o.end].is(fPrepositions) && toks[o.end].low != "and") {
			code = "051"
		}
	}
	// "received a $20 billion lifeline from the U.S.": the giver acts.
	if !passive && len(objects) > 0 && receiveVerb(toks[m.start].low) && s.mentions[objects[0]].prep == "from" {
		subjects, objects = objects, subjects
		code = receivedCode(toks, m.end, s.mentions[subjects[0]].start)
	}
	// "gave Russia 50 days to reach a deal": an ultimatum.
	if len(objects) > 0 && ultimatum(toks, m.start, s.mentions[objects[len(objects)-1]].end) {
		code = "139"
	}
	// "crossed into Ukraine, shelling cities and killing dozens": a
	// participle clause of force with no target of its own acts on the
	// target of the clause it follows.
	if !passive && (form == formIng || (m.start > 0 && toks[m.start-1].low == "and")) {
		if inh := s.inheritedTarget(m, code, subjects, objects); inh != nil {
			objects = inh
		}
	}
	// "granted Pakistan a loan", "took 250 Israelis hostage": the noun
	// after the recipient decides.
	if !passive && len(objects) > 0 {
		if c2, ok := s.complementCode(m, objects[0]); ok {
			code = c2
		}
	}
	if !passive && len(objects) == 0 {
		objects = s.statementTarget(m, code) // "denied supplying drones to Russia"
	}
	if !passive && len(objects) == 0 {
		objects = s.judgedParties(m, code) // "criticised the defence pact between Japan and the Philippines"
	}
	if !passive && len(objects) == 0 {
		objects = s.farPartner(m, code) // "signed a memorandum on cooperation in the fields of energy and transport with Turkey"
	}
	objects = s.ownPeopleTarget(code, subjects, objects)       // "condemned the detention of an American journalist in Russia"
	code, objects = s.pressureCode(m, code, subjects, objects) // "banned 59 Chinese apps", "retaliated with tariffs on"
	for _, o := range objects {
		if !reduced {
			usedObj[o] = true
		}
	}
	c.objects = objects
	// Mediation, and offers to host talks, name their parties after "between".
	if strings.HasPrefix(code, "045") || code == "039" || code == "028" || code == "038" || ((code == "036" || code == "043") && len(objects) == 0) {
		if b := s.between(m.end); len(b) > 0 {
			objects = b
			c.objects = b
			for _, o := range b {
				usedObj[o] = true
			}
		}
	}
	// What is pledged or provided: "pledged 1.5 billion euros in military aid".
	code = refineByNoun(toks, m.end, code)
	// Modality: the words from the subject, or from the verb before, to
	// this verb. A verb of refusal right before ("refused to sign") negates.
	from := subjStart
	if from < 0 || from > m.start {
		from = max(0, m.start-6)
	}
	refused := false
	for o := k - 1; o >= 0; o-- {
		pm := cls[o].m
		if pm.end <= m.start && pm.end > from && pm.entry.form != formNoun {
			if m.start-pm.end <= 2 && toks[pm.start].is(fNegWords) {
				// "refused to recognise the government in Kabul": a rejection.
				c2, ok := refusedAct(toks[pm.start].low, code)
				if !ok || subjStart >= 0 && subjStart < pm.start && s.negatedSince(subjStart, pm.start) {
					return out
				}
				code, refused, from = c2, true, m.start
				break
			}
			from = pm.end
			break
		}
	}
	mod := s.modality(from, m.start, cls, k)
	if mod != modDrop && !refused && subjStart >= 0 && subjStart < from && (s.negatedSince(subjStart, from) || conditionBefore(toks, subjStart)) {
		mod = modDrop
	}
	if (mod == modPurpose || mod == modIntent) && s.promptedTo(subjStart, m.start) {
		mod = modFact // "prompting Moscow to expel 20 Czech diplomats"
	}
	if mod == modPurpose && s.usedTo(subjStart, m.start) {
		mod = modFact // "used U.S.-supplied missiles to strike"
	}
	if mod == modPurpose {
		// "met in Abu Dhabi to discuss a treaty": the purpose of an act
		// already coded is no second relation.
		mod = modIntent
		for o := k - 1; o >= 0; o-- {
			if cls[o].emitted && cls[o].m.end >= m.start-12 {
				return out
			}
		}
	}
	switch mod {
	case modDrop:
		return out
	case modIntent:
		code = intentCode(code)
		conf *= 0.9
	}
	if len(subjects) == 0 && !passive && mod == modFact {
		if subjects = s.fallbackSubject(cls, k, usedObj); len(subjects) > 0 {
			conf = 0.45
			c.subjects = subjects
		}
	}
	if len(subjects) == 0 {
		return out
	}
	// "Russia and China held joint naval drills near Japan".
	if o2, ok := s.jointEvents(m, code, mod, subjects, objects, conf, out); ok {
		c.emitted = mod == modFact && len(o2) > len(out)
		return o2
	}
	if len(objects) == 0 && (m.end-m.start > 1 && symmetric(code) || strings.HasPrefix(code, "08")) {
		// "announced a ceasefire between Israel and Hamas": the parties
		// after "between" relate to each other, whoever announced it.
		if b := s.between(m.end); len(b) > 1 {
			for _, a := range b {
				for _, o := range b {
					if a != o {
						out = appendEvent(out, s.mentions[a].actor, s.mentions[o].actor, code, conf*0.8, m.start)
					}
				}
			}
			return s.hostBetween(m, mod, subjects, b, conf, out)
		}
	}
	if symmetric(code) && (s.placeOfSubjects(subjects, objects) || s.topicOfSubjects(code, subjects, objects)) {
		objects = nil // "A and B clashed in B's territory": each other
	}
	if len(subjects) > 1 && (reciprocal(toks, m) || symmetric(code)) && len(objects) > 0 {
		// "Beijing and Washington traded barbs over Taiwan", "France and
		// Turkey clashed over NATO's role": the topic, not a target.
		if p := s.mentions[objects[0]].prep; p == "over" || p == "about" || reciprocal(toks, m) && (p == "on" || p == "in") {
			objects = nil
		}
	}
	if len(objects) == 0 && mod == modFact && !(len(subjects) > 1 && (symmetric(code) || reciprocal(toks, m))) {
		// "Bolivia cut ties with Israel, while Chile and Colombia recalled
		// their ambassadors": a parallel clause of the same kind of act
		// with a new subject and no object shares the earlier target.
		objects = s.parallelTarget(cls, k, code, subjects)
		if len(objects) == 0 {
			objects = s.datelineTarget(code, subjects) // "KYIV (Reuters) - Russia attacked overnight"
		}
		if len(objects) == 0 && !passive && !objectFound && !(len(subjects) > 1 && (symmetric(code) || reciprocal(toks, m))) {
			if objects = s.fallbackObject(cls, k, code); len(objects) > 0 {
				conf *= 0.6
			}
		}
		c.objects = objects
	}
	before := len(out)
	defer func() { c.emitted = mod == modFact && len(out) > before }()
	if len(objects) == 0 {
		// "India and Japan signed": coordinated subjects of a symmetric
		// relation relate to each other; not those a participle after a
		// comma borrows ("imposed sanctions, targeting banks").
		if len(subjects) > 1 && (symmetric(code) && !oneSidedForce(toks, m, code) || reciprocal(toks, m) || s.ownEnvoys(m, code)) && !trailingParticiple(toks, m) {
			for _, a := range subjects {
				for _, b := range subjects {
					if a != b {
						out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, code, conf*0.9, m.start)
					}
				}
			}
		}
		return out
	}
	for _, a := range subjects {
		for _, b := range objects {
			out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, code, conf, m.start)
			if mod == modFact && (s.agreedWith(m, code, b) || reciprocal(toks, m) && s.mentions[b].prep == "with") {
				// "signed a deal with", "traded barbs with": both ways
				out = appendEvent(out, s.mentions[b].actor, s.mentions[a].actor, code, conf*0.9, m.start)
			}
		}
	}
	return out
}

// appendEvent appends an event unless it is a self-loop or a relation of a
// country with its own parts (a state coercing one of its own people is
// kept: domesticCoercion).
func appendEvent(out []event, a, b *Actor, code string, conf float64, pos int) []event {
	if a == nil || b == nil || a.ID == b.ID {
		return out
	}
	if a.Country != "" && a.Country == b.Country && a.Type != TypeOrganisation && b.Type != TypeOrganisation && a.Type != TypeGroup && b.Type != TypeGroup && !domesticCoercion(a, b, code) {
		return out
	}
	if a.Type == TypeIGO && b.Type == TypeIGO && a.Name == b.Name {
		return out
	}
	return append(out, event{subj: a, obj: b, code: code, conf: conf, pos: pos})
}

// subject looks left of clause k for its subject: the nearest actor
// mention in the clause that is not the object of a preposition or of an
// earlier verb, with the mentions coordinated with it ("Britain, France
// and Germany"). A verb met on the way lends its subject ("X condemned
// the attack and urged ..."). It returns where the subject starts, the
// mentions and a confidence factor.
func (x *Extractor) subject(s *sentence, cls []clause, k int, owner []int, usedObj map[int]bool) (int, []int, float64) {
	toks := s.toks
	m := cls[k].m
	ing := m.entry.form == formIng
	for j := m.start - 1; j >= 0 && j >= m.start-30; j-- {
		t := &toks[j]
		if mi := s.midx[j]; mi >= 0 {
			me := &s.mentions[mi]
			j = me.start
			if usedObj[mi] || s.suppliedBy(mi) {
				continue // "U.S.-supplied missiles" supply no subject
			}
			if me.prep != "" && !(me.prep == "with" && ing && me.end >= m.start-1) && !(me.prep == "with" && ing) {
				continue
			}
			if me.poss && me.end+1 < len(toks) && me.end+1 < m.start && !s.possessorHead(me.end+1, m.start) {
				continue
			}
			subs := s.coordLeft(mi)
			f := 1.0
			if me.coref {
				f = 0.8
			}
			if me.poss {
				f *= 0.9
			}
			return s.mentions[subs[0]].start, subs, f
		}
		if o := owner[j]; o >= 0 && o != k {
			pc := &cls[o]
			if pc.m.entry.form != formNoun && pc.done && !pc.skip {
				if len(pc.subjects) > 0 {
					return s.mentions[pc.subjects[0]].start, pc.subjects, 0.85
				}
				return -1, nil, 0
			}
			j = pc.m.start
			continue
		}
		switch t.kind {
		case tokPunct:
			if t.text == ";" || t.text == ":" || t.text == "." {
				return -1, nil, 0
			}
			// "Ukraine, which has been shelled for months, asked …": the
			// head of the relative clause.
			if h := s.relativeHead(j); h >= 0 && !ing {
				subs := s.coordLeft(h)
				return s.mentions[subs[0]].start, subs, 0.9
			}
			// "Khamenei, speaking to a crowd in Tehran, denounced …".
			if h := s.parentheticalHead(j, usedObj); h >= 0 && !ing {
				subs := s.coordLeft(h)
				return s.mentions[subs[0]].start, subs, 0.9
			}
		case tokQuote:
			if !quotedVerb(toks, j, m.start) {
				return -1, nil, 0
			}
		case tokClose:
			for j > 0 && toks[j].kind != tokOpen {
				j--
			}
		case tokDash:
			// Skip a parenthetical "– an American company –".
			p := j - 1
			for p >= 0 && p > j-12 && toks[p].kind != tokDash {
				p--
			}
			if p >= 0 && toks[p].kind == tokDash {
				j = p
				continue
			}
			return -1, nil, 0
		case tokWord:
			// "hopes to strengthen": a speech verb before "to" tells an
			// intent, not a clause of its own.
			if t.is(fBoundaryWords) || (t.is(fSpeechVerbs) && !(t.is(fIntentWords) && j+1 < len(toks) && toks[j+1].low == "to")) {
				return -1, nil, 0
			}
			if t.low == "who" || t.low == "which" {
				p := j - 1
				if p >= 0 && toks[p].text == "," {
					p--
				}
				if p >= 0 && s.midx[p] >= 0 {
					subs := s.coordLeft(s.midx[p])
					return s.mentions[subs[0]].start, subs, 0.9
				}
				return -1, nil, 0
			}
			if t.low == "that" || t.low == "which" {
				// "…, a move that drew …": the act told before the apposition
				// stands for its subject.
				if j >= 3 && appositionNouns[toks[j-1].low] && (toks[j-2].low == "a" || toks[j-2].low == "the") && toks[j-3].text == "," {
					for o := len(cls) - 1; o >= 0; o-- {
						if o != k && cls[o].m.end <= j-3 && cls[o].emitted && len(cls[o].subjects) > 0 {
							return s.mentions[cls[o].subjects[0]].start, cls[o].subjects, 0.8
						}
					}
				}
				return -1, nil, 0
			}
			if t.low == "it" || t.low == "they" || t.low == "we" || t.low == "he" || t.low == "she" {
				// "Saudi Arabia said (on Monday) it was ready ...": the speaker.
				for p := j - 1; p >= 0 && p >= j-5; p-- {
					if toks[p].is(fSpeechVerbs) {
						if mi := s.speakerBefore(p); mi >= 0 {
							if t.low == "they" || t.low == "we" {
								// "France and Germany said they would …": every member.
								subs := s.coordLeft(mi)
								return s.mentions[subs[0]].start, subs, 0.8
							}
							return s.mentions[mi].start, []int{mi}, 0.8
						}
						break
					}
					if s.midx[p] >= 0 || !(toks[p].low == "that" || toks[p].low == "on" || toks[p].low == "in" || toks[p].low == "a" || toks[p].low == "statement" || toks[p].text == "," || dateWeekdays[toks[p].low] > 0 || toks[p].is(fAdverbs)) {
						break
					}
				}
				return -1, nil, 0
			}
		}
	}
	return -1, nil, 0
}

// appositionNouns name an act in an apposition: "…, a move that drew
// condemnation from X".
var appositionNouns = map[string]bool{"move": true, "step": true, "decision": true, "action": true, "measure": true}

// firstPerson are pronouns of the speaker inside a quotation.
var firstPerson = map[string]bool{"we": true, "us": true, "our": true, "i": true, "me": true, "my": true}

// quoteSpeakers attributes a quotation to its speaker ("\"We will
// continue to support Ukraine,\" Merz said"): "we", "us" and "our" inside
// the quotation become the speaker's country, "I" and "me" the speaker.
func (s *sentence) quoteSpeakers() {
	toks := s.toks
	var speaker *Actor
	for p := range toks {
		if !toks[p].is(fSpeechVerbs) || s.inQuote[p] {
			continue
		}
		if p+1 < len(toks) && s.midx[p+1] >= 0 && s.mentions[s.midx[p+1]].prep == "" {
			speaker = s.mentions[s.midx[p+1]].actor // "said Rubio"
		} else if mi := s.speakerBefore(p); mi >= 0 {
			speaker = s.mentions[mi].actor
		}
		if speaker != nil {
			break
		}
	}
	if speaker == nil {
		speaker = s.runOnSpeaker()
	}
	if speaker == nil {
		return
	}
	country := speaker
	if speaker.Type != TypeCountry {
		country = s.reg.country(speaker.Country)
	}
	for j := range toks {
		if !s.inQuote[j] || s.midx[j] >= 0 || !firstPerson[toks[j].low] || toks[j].kind != tokWord {
			continue
		}
		a := country
		if toks[j].low == "i" || toks[j].low == "me" || toks[j].low == "my" {
			a = speaker
		}
		if a == nil {
			continue
		}
		s.mentions = append(s.mentions, mention{start: j, end: j + 1, actor: a, kind: kindOf(a), coref: true, pronoun: true,
			poss: toks[j].low == "our" || toks[j].low == "my"})
		s.midx[j] = len(s.mentions) - 1
	}
}

// speakerBefore returns the mention that speaks with the speech verb at
// p: the nearest mention to its left outside a prepositional phrase.
func (s *sentence) speakerBefore(p int) int {
	for j := p - 1; j >= 0 && j >= p-8; j-- {
		if mi := s.midx[j]; mi >= 0 {
			if s.mentions[mi].prep == "" {
				return mi
			}
			j = s.mentions[mi].start
			continue
		}
		if t := &s.toks[j]; t.kind == tokPunct && t.text != "," || t.kind == tokQuote {
			return -1
		}
	}
	return -1
}

// possessorHead reports whether the words between a possessive and a verb
// are a noun phrase headed by what the possessor does: "America's efforts
// to", "Munir's visit". A possessor is a subject only then.
func (s *sentence) possessorHead(i, j int) bool {
	for k := i; k < j; k++ {
		t := &s.toks[k]
		if t.kind != tokWord && t.kind != tokHyphen && t.kind != tokNumber {
			return false
		}
		if t.is(fSpeechVerbs) {
			return false
		}
	}
	return j-i <= 4
}

// coordLeft returns mention mi with the mentions coordinated to its left.
func (s *sentence) coordLeft(mi int) []int {
	out := []int{mi}
	cur := mi
	for len(out) < 6 && !s.attribution(cur) {
		j := s.mentions[cur].start - 1
		for j >= 0 && s.toks[j].low == "the" {
			j--
		}
		j = s.skipOwnerPronounLeft(j)
		j = s.skipCompoundLeft(j)
		if q := quantityLeft(s.toks, j); q >= 1 && q < j && (s.toks[q].low == "and" || s.toks[q].text == ",") {
			j = q // "the United States and more than a dozen EU countries"
		}
		if j < 1 || (s.toks[j].low != "and" && s.toks[j].text != ",") {
			break
		}
		p := j - 1
		if p >= 0 && s.toks[p].text == "," {
			p--
		}
		if p < 0 || s.midx[p] < 0 || s.midx[p] == cur {
			break
		}
		if s.objectOfVerb(s.midx[p]) {
			break // "expelled the French ambassador, and Niger ... recalled"
		}
		cur = s.midx[p]
		if s.mentions[cur].prep != "" && s.mentions[cur].prep != "with" {
			break
		}
		out = append(out, cur)
	}
	// Left to right.
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// coordRight returns mention mi with the mentions coordinated to its
// right ("met Y and Z", "between Iran and the United States").
func (s *sentence) coordRight(mi int) []int {
	out := []int{mi}
	cur := mi
	for len(out) < 6 {
		j := s.mentions[cur].end
		if j < len(s.toks) && s.toks[j].kind == tokPoss {
			break
		}
		if j >= len(s.toks) || (s.toks[j].low != "and" && s.toks[j].text != ",") {
			break
		}
		j++
		if j < len(s.toks) && s.toks[j].low == "and" {
			j++
		}
		for j < len(s.toks) && (s.toks[j].low == "the" || s.toks[j].low == "its") && s.midx[j] < 0 { // "the Philippines" is one name
			j++
		}
		j = s.skipOwnerPronounRight(j)
		j = s.skipCompoundRight(j)
		if j >= len(s.toks) || s.midx[j] < 0 || s.mentions[s.midx[j]].start != j {
			break
		}
		if s.startsClause(s.midx[j]) {
			break // "attacked Ukraine, and Poland condemned it"
		}
		cur = s.midx[j]
		out = append(out, cur)
	}
	return out
}

// object looks right of the match for its object: a mention after at most
// one preposition and some determiners or modifiers; for material acts of
// conflict and for visits, a place named later in the clause will do.
func (s *sentence) object(m vmatch, code string) []int {
	toks := s.toks
	j := m.end
	prepOK := true
	if m.end > m.start && toks[m.end-1].is(fObjectPreps) {
		prepOK = false
	}
	gap := 0
	j = s.titledPerson(casualtyCount(toks, j)) // "killed at least 20 protesters", "arrested former prime minister Imran Khan"
	for j < len(toks) && gap <= 6 {
		if mi := s.midx[j]; mi >= 0 {
			me := &s.mentions[mi]
			if me.pronoun && me.poss {
				// "met his Indian counterpart X": the counterpart is; the
				// pronoun's owner is not the object.
				if me.end < len(toks) && s.midx[me.end] >= 0 {
					j = me.end
					continue
				}
				break
			}
			return s.coordRight(mi)
		}
		t := &toks[j]
		if t.kind == tokWord && t.is(fObjectPreps) && prepOK && j == m.end {
			prepOK = false
			j++
			gap++
			continue
		}
		// "blamed Iran-backed militias": the backer is the target of a judgement.
		if mi := s.backerAt(j, code); mi >= 0 {
			return []int{mi}
		}
		// "condemned the Russian invasion": the demonym names the target.
		if t.kind == tokWord && t.upper && j+1 < len(toks) && toks[j+1].kind == tokWord && !toks[j+1].upper {
			if e, a, kind, nk, ok := s.reg.nameAt(toks, j, s.buf); ok && e == j+1 && kind == mCountry && nk == KindDemonym {
				s.mentions = append(s.mentions, mention{start: j, end: e, actor: a, kind: mCountry})
				s.midx[j] = len(s.mentions) - 1
				return []int{len(s.mentions) - 1}
			}
		}
		if t.low == "that" && j+1 < len(toks) && s.midx[j+1] >= 0 && !s.mentions[s.midx[j+1]].pronoun {
			break // "shared the view that North Korea's launches…": a clause, not a determiner
		}
		if k := s.pastWhatCalled(j); k > j {
			j = k // "rejected what it called a U.S. ultimatum"
			continue
		}
		if skippable(toks, j) || t.low == "both" || t.low == "all" || t.low == "other" || t.is(fAdverbs) || (hedgeAdjectives[t.low] && j+1 < len(toks) && toks[j+1].upper) || (t.kind == tokQuote && j+1 < len(toks) && toks[j+1].kind == tokWord) {
			j++
			gap++
			continue
		}
		break
	}
	// "sold armed drones to Ethiopia", "optimism about talks with
	// Ethiopia": a short noun phrase, a preposition, the object.
	attack := code[:2] == "18" || code[:2] == "19" || code[:2] == "20"
	window := 7
	if attack {
		window = 10
	}
	for j = m.end; j < len(toks) && j < m.end+window; j++ {
		t := &toks[j]
		if t.low == "than" && j > 0 && (toks[j-1].low == "more" || toks[j-1].low == "less" || toks[j-1].low == "fewer") {
			continue // "more than 400 drones"
		}
		if t.kind == tokQuote && j == m.end {
			continue // the end of a quoted verb: "\"strongly rejects\" the remarks by"
		}
		if s.midx[j] >= 0 || (t.kind != tokWord && t.kind != tokNumber && t.kind != tokHyphen && t.kind != tokCurrency) || t.is(fBoundaryWords) || t.low == "that" || (t.low == "and" && !attack && !s.goodsAnd(j, code)) || t.low == "which" || t.low == "who" {
			break
		}
		if o := s.owner[j]; o >= 0 && o < len(s.cls) && s.cls[o].m.entry.form == formNoun && toks[m.start].is(fLightVerbs) {
			break // "launched talks with X": the noun owns its object
		}
		if o := s.owner[j]; o >= 0 && o < len(s.cls) && s.cls[o].m.entry.form == formIng && j > m.end && nounParticiple(s, j) {
			break // "warned Western countries supplying weapons to Kyiv": the participle's target
		}
		if j > m.end && (t.is(fNpPreps) || (attack && (t.low == "at" || t.low == "on" || t.low == "against")) || (t.low == "by" && judgesAct(code))) || j == m.end && t.low == "by" && judgesAct(code) && m.end-m.start > 1 {
			k := j + 1
			for k < len(toks) && (toks[k].low == "the" || toks[k].low == "both" || toks[k].low == "a" || toks[k].low == "an") && s.midx[k] < 0 {
				k++
			}
			k = pastCompoundModifier(toks, k) // "to quake-hit Syria"
			if k < len(toks) && s.midx[k] >= 0 && (s.mentions[s.midx[k]].start == k || s.mentions[s.midx[k]].start == j+1) && !s.mentions[s.midx[k]].pronoun {
				return s.coordRight(s.midx[k]) // "with the Maldives": the article may be the name's
			}
			if mi := s.demonymTarget(k); attack && mi >= 0 {
				return []int{mi} // "launched 120 drones at Ukrainian cities"
			}
			break
		}
		// "suspended visas for Pakistani nationals", "froze the assets of
		// Iranian banks": a group or institution of a country after "for"
		// or "of" is the target.
		if j >= m.end && (t.low == "for" || t.low == "of") {
			k := skipCount(toks, j+1)
			if k < len(toks) && s.midx[k] >= 0 && s.mentions[s.midx[k]].start == k && s.nationalsMention(s.midx[k]) {
				return s.coordRight(s.midx[k])
			}
			break
		}
	}
	root := code[:2]
	if root == "17" || root == "18" || root == "19" || root == "20" || code == "042" || root == "07" || root == "06" || strings.HasPrefix(code, "031") || code == "033" {
		// "struck an oil depot in Russia's Bryansk region".
		for j = m.end; j < len(toks) && j < m.end+12; j++ {
			t := &toks[j]
			if mi := s.midx[j]; mi >= 0 {
				me := &s.mentions[mi]
				if locationPreps[me.prep] && !me.pronoun {
					return s.coordRight(mi)
				}
				j = me.end - 1
				continue
			}
			if t.kind == tokPunct || t.kind == tokQuote || t.is(fBoundaryWords) || t.low == "which" || t.low == "who" || t.low == "that" || (t.low == "and" && !attack) {
				break
			}
		}
	}
	return nil
}

// skipQuantity skips determiners and quantities before a mention: "the",
// "both", "more than 100", "at least 20", "dozens of".
func skipQuantity(toks []token, k int) int {
	for k < len(toks) {
		t := &toks[k]
		switch {
		case t.low == "the" || t.low == "both" || t.low == "some" || t.low == "about" || t.low == "nearly" || t.low == "around" || t.low == "over" || t.low == "more" || t.low == "than" || t.low == "least" || t.low == "at" || t.low == "up" || t.low == "to" || t.low == "of":
		case t.kind == tokNumber || t.is(fQuantityWords) || t.low == "dozen":
		default:
			return k
		}
		k++
	}
	return k
}

// withAfter returns the mentions after "with" in the clause right of i.
func (s *sentence) withAfter(i int) []int {
	for j := i; j < len(s.toks) && j < i+10; j++ {
		t := &s.toks[j]
		if t.kind == tokPunct || t.kind == tokQuote || t.is(fBoundaryWords) {
			return nil
		}
		if t.low == "with" && j+1 < len(s.toks) {
			k := j + 1
			for k < len(s.toks) && (s.toks[k].low == "the" || (s.midx[k] >= 0 && s.mentions[s.midx[k]].pronoun && s.mentions[s.midx[k]].poss)) {
				k++
			}
			if k < len(s.toks) && s.midx[k] >= 0 {
				return s.coordRight(s.midx[k])
			}
			return s.delegationAt(k) // "with a visiting delegation from Iran"
		}
	}
	return nil
}

// between returns the mentions after "between" in the clause right of i.
func (s *sentence) between(i int) []int {
	for j := i; j < len(s.toks) && j < i+15; j++ {
		t := &s.toks[j]
		if t.kind == tokPunct && t.text != "," {
			return nil
		}
		if t.low == "between" {
			k := j + 1
			for k < len(s.toks) && (s.toks[k].low == "the" || s.toks[k].low == "both") {
				k++
			}
			if k < len(s.toks) && s.midx[k] >= 0 {
				out := s.coordBetween(s.midx[k])
				if len(out) > 1 {
					return out
				}
			}
			return nil
		}
	}
	return nil
}

// Modality of a relation.
const (
	modFact = iota
	modIntent
	modDrop    // negated, conditional, hypothetical
	modPurpose // a bare "to" infinitive: intent, or the purpose of an act just told
)

var intentWords = map[string]bool{
	"seek": true, "seeks": true, "seeking": true, "sought": true, "want": true, "wants": true,
	"wanted": true, "plan": true, "plans": true, "planned": true, "planning": true, "intend": true,
	"intends": true, "intended": true, "aim": true, "aims": true, "aimed": true, "aiming": true,
	"hope": true, "hopes": true, "hoped": true, "hoping": true, "pledge": true, "pledged": true,
	"pledges": true, "vow": true, "vowed": true, "vows": true, "promise": true, "promised": true,
	"promises": true, "offer": true, "offered": true, "offers": true, "agree": true, "agreed": true,
	"agrees": true, "ready": true, "willing": true, "prepared": true, "expected": true, "set": true,
	"due": true, "going": true, "like": true, "opportunity": true, "effort": true, "efforts": true,
	"bid": true, "looking": true, "look": true, "looks": true, "decided": true, "decide": true,
	"determined": true, "keen": true, "eager": true, "committed": true, "proposed": true,
	"proposes": true, "propose": true, "preparing": true, "prepare": true, "intention": true,
	"interested": true, "outreach": true, "move": true, "moves": true, "moved": true,
	"push": true, "pushing": true, "try": true, "tries": true, "tried": true, "trying": true,
	"seeks to": true, "expects": true, "expect": true, "scheduled": true, "invited": true,
}

var negWords = map[string]bool{
	"not": true, "never": true, "no": true, "neither": true, "nor": true, "without": true,
	"denied": true, "denies": true, "deny": true, "denying": true, "refused": true, "refuses": true,
	"refuse": true, "declined": true, "declines": true, "failed": true, "fails": true,
	"nothing": true, "nobody": true, "none": true, "rather": true, "instead": true, "avoid": true,
	"avoided": true, "avoiding": true, "unable": true,
}

var hypoWords = map[string]bool{
	"if": true, "unless": true, "whether": true, "could": true, "might": true, "may": true,
	"should": true, "must": true, "can": true, "cannot": true, "perhaps": true, "possibly": true,
	"potential": true, "possible": true, "hypothetical": true, "suppose": true,
	"imagine": true, "risk": true, "fears": true, "fear": true, "feared": true,
}

// modality classifies the words from the subject to the verb: negation
// and conditions drop the relation; plans, wishes and the future make it
// an intent.
func (s *sentence) modality(from, to int, cls []clause, k int) int {
	toks := s.toks
	mod := modFact
	// "If Iran attacks ...": a condition right before the subject.
	for j := max(0, from-3); j < from; j++ {
		if toks[j].low == "if" || toks[j].low == "unless" || toks[j].low == "whether" {
			return modDrop
		}
	}
	speech := false
	for j := 0; j < to; j++ {
		if toks[j].is(fSpeechVerbs) {
			speech = true
		}
	}
	for j := from; j < to; j++ {
		if s.midx[j] >= 0 {
			continue
		}
		w := toks[j].low
		switch {
		case toks[j].is(fNegWords) || notYet(toks, j, to):
			return modDrop
		case toks[j].is(fHypoWords):
			return modDrop
		case w == "would" || w == "'d":
			if !speech && !(j+1 < to && toks[j+1].low == "like") && !s.conditionAfter(to) {
				return modDrop
			}
			mod = modIntent
		case w == "will" || w == "shall" || w == "'ll" || w == "wo":
			mod = modIntent
		case w == "to" && (j == to-1 || allAdverbs(toks[j+1:to])):
			if mod == modFact {
				mod = modPurpose
			}
		case toks[j].is(fIntentWords) && j >= to-4:
			mod = modIntent
		case w == "will" || w == "shall":
			mod = modIntent
		}
	}
	// An appeal's infinitive ("urged allies to send aid") is what is asked,
	// not what the subject does.
	if (mod == modIntent || mod == modPurpose) && to > 0 {
		for o := k - 1; o >= 0; o-- {
			r := cls[o].m.entry.code
			if cls[o].m.end <= to && cls[o].m.end >= to-8 && cls[o].m.entry.form != formNoun && (strings.HasPrefix(r, "02") || strings.HasPrefix(r, "10")) {
				return modDrop
			}
		}
	}
	return mod
}

// conditionAfter reports an "if" or "unless" clause after token i in the
// same sentence part: "X would impose tariffs on Y if …" states an
// intention under a condition (a threat or an offer), no hypothetical.
func (s *sentence) conditionAfter(i int) bool {
	for j := i; j < len(s.toks) && j < i+20; j++ {
		t := &s.toks[j]
		if t.text == ";" || t.text == "." || t.kind == tokQuote {
			return false
		}
		if t.low == "if" || t.low == "unless" {
			return true
		}
	}
	return false
}

// hypotheticalAfter reports a modal right after a noun phrase ending at
// i: "a war between India and Pakistan would be devastating".
func (s *sentence) hypotheticalAfter(i int) bool {
	if i < len(s.toks) {
		switch s.toks[i].low {
		case "would", "could", "might", "may", "can":
			return true
		}
	}
	// "a war between China and Taiwan was unlikely", "… remains a
	// possibility": the predicate says it has not happened.
	for j := i; j < len(s.toks) && j < i+4; j++ {
		switch s.toks[j].low {
		case "unlikely", "likely", "possible", "possibility", "inevitable", "unthinkable", "imminent", "looms", "loomed", "looming":
			return true
		}
	}
	return false
}

// negatedSince reports a negation between i and j that no "and" or "but"
// closes: "We have no plans to attack".
func (s *sentence) negatedSince(i, j int) bool {
	neg := false
	for k := i; k < j; k++ {
		t := &s.toks[k]
		switch {
		case t.low == "and" || t.low == "but" || t.text == ";":
			neg = false
		case t.is(fNegWords) && s.midx[k] < 0:
			neg = true
		}
	}
	return neg
}

func allAdverbs(ts []token) bool {
	for i := range ts {
		if !ts[i].is(fAdverbs) && ts[i].kind != tokQuote {
			return false
		}
	}
	return true
}

// nounModifiers are adjectives that mark the next word as a noun.
var nounModifiers = map[string]bool{
	"military": true, "economic": true, "humanitarian": true, "financial": true, "food": true,
	"medical": true, "foreign": true, "international": true, "new": true, "fresh": true,
	"additional": true, "western": true, "diplomatic": true, "political": true, "trade": true,
	"security": true, "defence": true, "defense": true, "nuclear": true, "border": true,
	"joint": true, "bilateral": true, "regional": true, "global": true, "development": true,
	"emergency": true, "air": true, "naval": true, "missile": true, "drone": true, "more": true,
	"strategic": true, "mutual": true, "possible": true, "direct": true, "close": true,
	"key": true, "strong": true, "major": true, "important": true, "reliable": true,
	"longtime": true, "traditional": true, "staunch": true, "old": true, "historic": true,
}

// refineByNoun makes a general pledge or provision specific by the noun
// that follows within a few words: aid (033/070), military aid (0332/072),
// humanitarian aid (0333/073), investment (0311/061).
func refineByNoun(toks []token, from int, code string) string {
	if code != "030" && code != "070" && code != "060" {
		return code
	}
	if code == "070" && helpedMilitarily(toks, from) {
		return "062"
	}
	military, humanitarian, economic := false, false, false
	for j := from; j < len(toks) && j < from+8; j++ {
		w := toks[j].low
		switch w {
		case "military", "arms", "weapons", "defence", "defense":
			military = true
		case "humanitarian", "relief", "food", "medical":
			humanitarian = true
		case "financial", "economic", "budget":
			economic = true
		case "loan", "loans", "credit", "bailout", "deposit", "lifeline":
			return map[string]string{"030": "0331", "070": "071", "060": "071"}[code]
		case "aid", "assistance", "support", "help":
			base := map[string][4]string{"030": {"033", "0332", "0333", "0331"}, "070": {"070", "072", "073", "071"}, "060": {"070", "072", "073", "071"}}[code]
			switch {
			case military:
				return base[1]
			case humanitarian:
				return base[2]
			case economic:
				return base[3]
			}
			return base[0]
		case "investment", "investments", "invest":
			if code == "030" {
				return "0311"
			}
			return "061"
		}
		if toks[j].kind == tokPunct && toks[j].text != "," {
			break
		}
	}
	return code
}

// intentCode maps the code of an act to the CAMEO 03x code of the intent
// to do it: a visit or talks to 036, aid to 033, military force to 138.
func intentCode(code string) string {
	if len(code) < 2 {
		return code
	}
	switch code {
	case "045":
		return "039"
	case "057":
		return "030"
	case "061", "0611":
		return "0311"
	case "062":
		return "0312"
	case "071":
		return "0331"
	case "072":
		return "0332"
	case "073":
		return "0333"
	case "074":
		return "0334"
	case "084", "0841", "0842":
		return "0353"
	case "085":
		return "0354"
	case "086", "0861", "0862", "0863":
		return "0355"
	case "087", "0871", "0872", "0873", "0874":
		return "0356"
	case "163":
		return "1312"
	case "161":
		return "1313"
	case "162":
		return "1311"
	case "191":
		return "1381"
	case "192":
		return "1382"
	}
	switch code[:2] {
	case "03", "01", "02", "10", "11", "12", "13", "14", "15":
		return code
	case "04":
		return "036"
	case "05":
		return "032"
	case "06":
		return "031"
	case "07":
		return "033"
	case "08":
		return "035"
	case "09":
		return code
	case "16":
		return "131"
	case "17":
		return "137"
	case "18", "19":
		return "138"
	case "20":
		return "1385"
	}
	return code
}

// symmetric reports whether a relation holds both ways between
// coordinated actors ("India and Japan signed", "talks between A and B").
func symmetric(code string) bool {
	switch code {
	case "019", "030", "032", "036", "040", "041", "044", "046", "050", "057", "190", "193", "110", "0311", "0312", "031", "064", "087", "0871", "084", "0841", "0353", "0356":
		return true
	}
	return strings.HasPrefix(code, "06")
}

// lightVerbs carry a nominal relation: "held talks with", "paid a visit to".
var lightVerbs = map[string]bool{
	"held": true, "holds": true, "hold": true, "holding": true, "had": true, "has": true, "have": true, "having": true,
	"joined": true, "joins": true, "attended": true, "attends": true, "concluded": true, "signed": true,
	"signs": true, "sealed": true, "reached": true, "launched": true, "launches": true, "made": true,
	"makes": true, "paid": true, "pays": true, "conducted": true, "began": true, "begins": true,
	"resumed": true, "opened": true, "announced": true, "hosted": true, "agreed": true, "wrapped": true,
	"carried": true, "staged": true, "started": true, "completed": true, "finalised": true,
	"finalized": true, "struck": true, "clinched": true, "inked": true, "continued": true, "led": true,
}

// nominal codes a nominal relation: "Munir's visit to Washington", "talks
// between Russia and Ukraine", "the US-Pakistan trade deal", "Russian
// strikes on Kyiv", "held talks with".
func (x *Extractor) nominal(s *sentence, cls []clause, k int, owner []int, usedObj map[int]bool, out []event) []event {
	toks := s.toks
	m := cls[k].m
	code := m.entry.code
	if dealNouns[toks[m.start].low] {
		if act := yieldModifier(toks, max(0, m.start-3), m.start); act != "" {
			code = act // "a truce deal with", "a prisoner swap agreement between"
		}
	}
	if strings.HasPrefix(code, "16") && easedBefore(s, m.start) {
		code = "085" // "lifted the U.S. arms embargo on Vietnam": the sanction eased
	}
	conf := 0.6
	// "between A and B": both ways for symmetric relations.
	last := toks[m.end-1].low
	if last == "between" {
		// Parties an offer or mediation already named ("offered to host
		// talks between A and B") have not met yet; a conflict between
		// them is still reported.
		if m.end < len(toks) && s.midx[m.end] >= 0 && (!usedObj[s.midx[m.end]] || code >= "09") {
			ps := s.coordBetween(s.midx[m.end])
			mod := s.modality(max(0, m.start-6), m.start, cls, k)
			if mod == modIntent || s.futurePurpose(m.start) || code < "09" && s.plannedNominal(m.start) {
				code = intentCode(code) // "would send a delegation for talks between A and B"
			}
			if len(ps) > 1 && mod != modDrop && (strings.HasPrefix(code, "045") || code == "039") {
				return s.mediatorOf(m.start, ps, code, conf, out) // "Egypt's mediation between A and B"
			}
			if len(ps) > 1 && mod != modDrop && !s.hypotheticalAfter(s.mentions[ps[len(ps)-1]].end) {
				for _, a := range ps {
					for _, b := range ps {
						if a != b && (symmetric(code) || a < b) {
							out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, code, conf, m.start)
						}
					}
				}
			}
		}
		return out
	}
	// "a visit by Pelosi to Taiwan": the visitor's visit (042); "after a
	// visit by Pelosi": no host named.
	if last == "by" && code == "043" {
		if ev, ok := s.visitBy(m, cls, k); ok {
			if ev.subj != nil {
				out = appendEvent(out, ev.subj, ev.obj, "042", conf, m.start)
			}
			return out
		}
	}
	// "after weeks of mediation by Qatar and Egypt": the mediators act
	// towards the parties named after "between" in the sentence.
	if last == "by" && strings.HasPrefix(code, "045") {
		j := skipQuantity(toks, m.end)
		if j >= len(toks) || s.midx[j] < 0 {
			return out
		}
		mediators := s.coordRight(s.midx[j])
		var parties []int
		for p := 0; p+1 < len(toks); p++ {
			if toks[p].low == "between" && s.midx[p+1] >= 0 {
				parties = s.coordRight(s.midx[p+1])
				break
			}
		}
		if len(parties) < 2 || s.modality(max(0, m.start-6), m.start, cls, k) == modDrop {
			return out
		}
		for _, a := range mediators {
			for _, b := range parties {
				out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, code, 0.55, m.start)
			}
		}
		return out
	}
	// "drew condemnation from China", "faces pressure from Washington": the
	// one after "from" acts on the clause's subject.
	if last == "from" {
		if m.end >= len(toks) {
			return out
		}
		j := skipQuantity(toks, m.end)
		if j >= len(toks) || s.midx[j] < 0 {
			return out
		}
		givers := s.coordRight(s.midx[j])
		cls2 := append(cls[:len(cls):len(cls)], clause{m: vmatch{start: m.start, end: m.end, entry: &verbEntry{code: code, form: formPast}}})
		st, receivers, f := x.subject(s, cls2, len(cls2)-1, owner, usedObj)
		if len(receivers) == 0 || s.modality(max(0, st), m.start, cls, k) == modDrop {
			return out
		}
		for _, a := range givers {
			for _, b := range receivers {
				out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, code, 0.55*f, m.start)
			}
		}
		return out
	}
	// The subject: a possessor or modifier right before the noun phrase.
	j := m.start - 1
	for j >= 0 && s.midx[j] < 0 && (skippable(toks, j) || toks[j].kind == tokCurrency) {
		if toks[j].kind == tokHyphen && j > 0 && s.midx[j-1] >= 0 {
			break // "US-Pakistan trade deal"
		}
		j--
	}
	if j >= 0 && toks[j].kind == tokPoss {
		j--
	}
	var subjects []int
	var objects []int
	if j >= 0 && s.midx[j] >= 0 {
		mi := s.midx[j]
		// "the US-Pakistan trade deal": two modifiers joined by a hyphen.
		st := s.mentions[mi].start
		if st >= 2 && toks[st-1].kind == tokHyphen && s.midx[st-2] >= 0 {
			a, b := s.midx[st-2], mi
			if s.modality(max(0, st-8), st, cls, k) == modDrop {
				return out
			}
			out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, code, conf, m.start)
			if symmetric(code) {
				out = appendEvent(out, s.mentions[b].actor, s.mentions[a].actor, code, conf, m.start)
			}
			return out
		}
		if s.mentions[mi].prep == "" || s.mentions[mi].poss {
			subjects = []int{mi}
		}
	}
	from := max(0, m.start-6)
	if subjects == nil {
		// "in a phone call with", "during a visit to": the clause's subject.
		p := m.start - 1
		det := false
		for p >= 0 && s.midx[p] < 0 && skippable(toks, p) {
			if w := toks[p].low; w == "a" || w == "an" || w == "the" {
				det = true
			}
			p--
		}
		if p >= 0 && ((det && (toks[p].low == "in" || toks[p].low == "at")) || toks[p].low == "during" || toks[p].low == "after" || toks[p].low == "following") {
			cls2 := append(cls[:len(cls):len(cls)], clause{m: vmatch{start: p, end: p + 1, entry: &verbEntry{code: code, form: formPast}}})
			st, subs, f := x.subject(s, cls2, len(cls2)-1, owner, usedObj)
			if len(subs) > 0 {
				subjects = subs
				conf = 0.55 * f
				from = st
			}
		}
	}
	if subjects == nil {
		// A light verb before the noun lends its clause's subject.
		for p := m.start - 1; p >= 0 && p >= m.start-7; p-- {
			t := &toks[p]
			if t.kind == tokPunct || t.kind == tokQuote {
				break
			}
			if o := owner[p]; o >= 0 && !cls[o].skip && cls[o].m.entry.form != formNoun && !(t.is(fLightVerbs) && p == cls[o].m.start && cls[o].m.end-cls[o].m.start == 1) {
				break // "criticised sanctions against Moscow": the verb's object; "signed a gas supply deal with" lends
			}
			if t.is(fLightVerbs) {
				cls2 := cls
				tmp := clause{m: vmatch{start: p, end: p + 1, entry: &verbEntry{code: code, form: formPast}}}
				cls2 = append(cls2[:len(cls2):len(cls2)], tmp)
				st, subs, f := x.subject(s, cls2, len(cls2)-1, owner, usedObj)
				if len(subs) > 0 {
					subjects = subs
					conf = 0.6 * f
					from = st
				}
				break
			}
		}
	}
	if len(subjects) == 0 {
		return out
	}
	if m.end < len(toks) {
		j := m.end
		for j < len(toks) && (toks[j].low == "the" || toks[j].low == "both") {
			j++
		}
		if j < len(toks) && s.midx[j] >= 0 {
			objects = s.coordRight(s.midx[j])
		}
	}
	if len(objects) == 0 {
		objects = s.goodsFrom(m.end, code) // "tariffs on imports from Canada"
	}
	if len(objects) == 0 || s.hypotheticalAfter(s.mentions[objects[len(objects)-1]].end) {
		return out // "a Chinese attack on Taiwan would …"
	}
	if s.modality(from, m.start, cls, k) == modDrop {
		return out
	}
	for _, a := range subjects {
		for _, b := range objects {
			usedObj[b] = true
			out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, code, conf, m.start)
		}
	}
	return out
}

// describeVerbs name an actor with a judgement: "called India 'mature'",
// "described them as 'great people'".
var describeVerbs = map[string]bool{
	"called": true, "calls": true, "calling": true, "call": true, "described": true, "describes": true,
	"describing": true, "describe": true, "termed": true, "terms": true, "labelled": true,
	"labeled": true, "branded": true, "brands": true, "dubbed": true, "hailed": true,
	"viewed": true, "views": true, "regarded": true, "regards": true, "considers": true, "considered": true,
}

var positiveWords = map[string]bool{
	"mature": true, "great": true, "important": true, "trusted": true, "reliable": true,
	"strong": true, "close": true, "good": true, "excellent": true, "wonderful": true, "friend": true,
	"friends": true, "partner": true, "partners": true, "ally": true, "allies": true, "pragmatic": true,
	"responsible": true, "constructive": true, "brave": true, "favorite": true, "favourite": true,
	"key": true, "valuable": true, "valued": true, "true": true, "fantastic": true, "brother": true,
	"brothers": true, "brotherly": true, "reliable partner": true, "strategic": true, "best": true,
	"model": true, "leader": true, "hero": true, "heroes": true, "outstanding": true, "amazing": true,
	"tremendous": true, "incredible": true, "successful": true, "positive": true, "friendly": true,
}

var negativeWords = map[string]bool{
	"terrorist": true, "terrorists": true, "threat": true, "aggressor": true, "rogue": true,
	"irresponsible": true, "dangerous": true, "hostile": true, "enemy": true, "enemies": true,
	"illegal": true, "provocative": true, "unacceptable": true, "criminal": true, "criminals": true,
	"dictator": true, "regime": true, "evil": true, "liar": true, "liars": true, "aggression": true,
	"aggressive": true, "reckless": true, "destabilising": true, "destabilizing": true, "bully": true,
	"rogue state": true, "pariah": true, "failed": true, "barbaric": true, "terror": true,
	"outrageous": true, "hypocritical": true, "shameful": true, "disgraceful": true, "puppet": true,
	"illegitimate": true, "occupier": true, "occupiers": true, "fascist": true, "nazi": true,
}

// describes codes judgements: a describing verb, its actor object, and a
// judgement word within the clause: praise (051) or denunciation (111).
func (x *Extractor) describes(s *sentence, base []clause, owner []int, out []event) ([]event, map[int]bool) {
	toks := s.toks
	var judged map[int]bool
	for i := range toks {
		if !toks[i].is(fDescribeVerbs) || s.midx[i] >= 0 {
			continue
		}
		if o := owner[i]; o >= 0 && base[o].m.end-base[o].m.start > 1 {
			continue // a longer phrase: "called for", "called on"
		}
		j := i + 1
		for j < len(toks) && (toks[j].low == "the" || toks[j].low == "both") {
			j++
		}
		if j >= len(toks) {
			continue
		}
		objs, end := s.judgedActAuthor(base, i, j) // "convicted Bolsonaro, and the US called the verdict a witch hunt"
		if s.midx[j] >= 0 {
			objs = s.coordRight(s.midx[j])
			end = s.pastPossessed(s.mentions[objs[len(objs)-1]].end) // "called Brazil's verdict a witch hunt"
		}
		if len(objs) == 0 {
			continue
		}
		code := ""
		for p := end; p < len(toks) && p < end+8; p++ {
			t := &toks[p]
			if t.kind == tokPunct && t.text != "," || (t.kind == tokWord && (t.low == "but" || t.low == "while" || t.low == "and")) && p > end+1 {
				break
			}
			if t.is(fPositiveWords) {
				code = "051"
				break
			}
			if t.is(fNegativeWords) || judgementWords[t.low] == 'n' || judgementWords[t.low] == 'd' {
				code = "111"
				break
			}
		}
		if code == "" {
			continue
		}
		cls := append(base[:len(base):len(base)], clause{m: vmatch{start: i, end: i + 1, entry: &verbEntry{code: code, form: formPast, curated: true}}})
		k := len(cls) - 1
		st, subs, f := x.subject(s, cls, k, owner, map[int]bool{})
		if len(subs) == 0 {
			continue
		}
		if s.modality(st, i, cls, k) == modDrop {
			continue
		}
		for _, a := range subs {
			for _, b := range objs {
				out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, code, 0.7*f, i)
			}
		}
		if judged == nil {
			judged = make(map[int]bool, 2)
		}
		judged[i] = true
	}
	return out, judged
}

// judgesAct reports whether a code judges an act that its author may be
// named for after "by": "condemned the attack by X", "rejected a proposal
// by X", "demanded an end to the blockade by X".
func judgesAct(code string) bool {
	r := code[:2]
	return r == "10" || r == "11" || r == "12" || code == "016"
}

// skipCompoundLeft steps left over hyphenated modifiers before a mention
// ("and nuclear-armed Pakistan", "and oil-rich Qatar") from j.
func (s *sentence) skipCompoundLeft(j int) int {
	toks := s.toks
	for j >= 2 && toks[j].kind == tokWord && !toks[j].upper && s.midx[j] < 0 && toks[j-1].kind == tokHyphen && toks[j-2].kind == tokWord && s.midx[j-2] < 0 {
		j -= 3
	}
	return j
}

// skipCompoundRight steps right over hyphenated modifiers before a
// mention from j.
func (s *sentence) skipCompoundRight(j int) int {
	toks := s.toks
	for j+3 < len(toks) && toks[j].kind == tokWord && s.midx[j] < 0 && toks[j+1].kind == tokHyphen && toks[j+2].kind == tokWord && !toks[j+2].upper && s.midx[j+2] < 0 && s.midx[j+3] >= 0 {
		j += 3
	}
	return j
}

// parallelTarget returns the objects of an earlier clause of the sentence
// that coded the same kind of act (the same CAMEO root) with other
// subjects: "X cut ties with Israel, while Y recalled its ambassador"
// shares Israel. It returns nil when there is none.
func (s *sentence) parallelTarget(cls []clause, k int, code string, subjects []int) []int {
	for o := k - 1; o >= 0; o-- {
		pc := &cls[o]
		if !pc.emitted || len(pc.objects) == 0 || pc.m.entry.form == formNoun {
			continue
		}
		pcode := pc.m.entry.code
		if len(pcode) < 2 || pcode[:2] != code[:2] {
			continue
		}
		for _, a := range subjects {
			for _, b := range append(pc.subjects[:len(pc.subjects):len(pc.subjects)], pc.objects...) {
				if s.mentions[a].actor == s.mentions[b].actor {
					return nil // the same actors: not a parallel clause
				}
			}
		}
		return pc.objects
	}
	return nil
}

// receivedCode codes what was received from a giver whose mention starts
// at end: a call is the giver's call (041), a visit or delegation the
// giver's visit (042), an invitation the giver's appeal (020); else aid,
// refined by its kind (070-073).
func receivedCode(toks []token, from, end int) string {
	for j := from; j < end && j < len(toks); j++ {
		switch toks[j].low {
		case "call", "phone", "telephone", "phonecall":
			return "041"
		case "visit", "visitor", "visitors", "delegation", "envoy":
			return "042"
		case "invitation":
			return "020"
		}
	}
	return refineByNoun(toks, from, "070")
}

// sportsScore reports a match result: a small score ("2-1", "3-0") with a
// word of sport results (beat, defeated, final, title, match, cup).
func sportsScore(toks []token) bool {
	score := false
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].kind == tokNumber && toks[i+1].kind == tokHyphen && toks[i+2].kind == tokNumber && len(toks[i].text) <= 2 && len(toks[i+2].text) <= 2 {
			score = true
			break
		}
	}
	if !score {
		return false
	}
	for i := range toks {
		switch toks[i].low {
		case "beat", "beats", "defeated", "final", "title", "match", "cup", "semi", "draw", "drew", "league", "victory":
			return true
		}
	}
	return false
}

// stanceWords are adjectives of a stated stance towards what follows:
// pessimism (012) and optimism (013).
var stanceWords = map[string]string{
	"concerned": "012", "worried": "012", "alarmed": "012", "troubled": "012",
	"disappointed": "012", "dismayed": "012", "saddened": "012", "disturbed": "012",
	"pessimistic": "012", "uneasy": "012", "anxious": "012",
	"optimistic": "013", "hopeful": "013", "encouraged": "013", "upbeat": "013",
	"heartened": "013", "positive": "013",
	// Displeasure is disapproval: "is strongly dissatisfied with Japan's decision".
	"dissatisfied": "110", "displeased": "110", "unhappy": "110", "angry": "110", "furious": "110",
	"outraged": "110", "indignant": "110", "incensed": "110",
}

// stancePreps introduce what a stance is about.
var stancePreps = map[string]bool{"about": true, "over": true, "by": true, "at": true, "with": true, "regarding": true}

// stances codes stated stances: "Japan said it was deeply concerned
// about China's drills" (012), "said he was optimistic about talks with
// Greece" (013). The stance adjective needs a subject (the speaker, by
// way of "it", "he" or "we" after a speech verb) and an actor after its
// preposition; negation and conditions drop it.
func (x *Extractor) stances(s *sentence, base []clause, owner []int, out []event, judged map[int]bool) ([]event, map[int]bool) {
	toks := s.toks
	for i := 1; i+2 < len(toks); i++ {
		t := &toks[i]
		if t.kind != tokWord || s.midx[i] >= 0 {
			continue
		}
		code, ok := stanceWords[t.low]
		if !ok || !stancePreps[toks[i+1].low] {
			continue
		}
		// "was deeply concerned", "is increasingly worried": after a form of "be".
		p := i - 1
		for p > 0 && (toks[p].is(fAdverbs) || strings.HasSuffix(toks[p].low, "ly") || toks[p].low == "very" || toks[p].low == "so") {
			p--
		}
		if !toks[p].is(fBeAux) && toks[p].low != "remain" && toks[p].low != "remains" && toks[p].low != "remained" {
			continue
		}
		j := i + 2
		for j < len(toks) && (toks[j].low == "the" || toks[j].low == "a" || toks[j].low == "an" || toks[j].low == "both") {
			j++
		}
		if j >= len(toks) || s.midx[j] < 0 {
			// "optimistic about talks with Greece": the partner of talks.
			objs := s.withAfter(i + 2)
			if len(objs) == 0 {
				continue
			}
			j = s.mentions[objs[0]].start
		}
		objs := s.coordRight(s.midx[j])
		cls := append(base[:len(base):len(base)], clause{m: vmatch{start: i, end: i + 1, entry: &verbEntry{code: code, form: formPast, curated: true}}})
		k := len(cls) - 1
		st, subs, f := x.subject(s, cls, k, owner, map[int]bool{})
		if len(subs) == 0 {
			continue
		}
		if s.modality(st, p, cls, k) == modDrop || s.negatedSince(st, i) {
			continue
		}
		for _, a := range subs {
			for _, b := range objs {
				out = appendEvent(out, s.mentions[a].actor, s.mentions[b].actor, code, 0.7*f, i)
			}
		}
		if judged == nil {
			judged = make(map[int]bool, 2)
		}
		if o := owner[i]; o >= 0 {
			judged[base[o].m.start] = true
		}
	}
	return out, judged
}

// startsClause reports whether mention mi, with the mentions coordinated
// to its right, is followed by a verb: the subject of a new clause, not a
// further object ("struck Kyiv, and Poland scrambled jets").
func (s *sentence) startsClause(mi int) bool {
	j := s.mentions[mi].end
	for n := 0; j+1 < len(s.toks) && n < 6; n++ {
		// further coordinated mentions: ", Z", "and Z", ", and the Z"
		k := j
		for k < len(s.toks) && (s.toks[k].low == "and" || s.toks[k].text == "," || s.toks[k].low == "the") {
			k++
		}
		if k == j || k >= len(s.toks) || s.midx[k] < 0 {
			break
		}
		j = s.mentions[s.midx[k]].end
	}
	for j < len(s.toks) && s.toks[j].is(fAdverbs) {
		j++
	}
	if j >= len(s.toks) || j >= len(s.owner) {
		return false
	}
	if j == s.mentions[mi].end && s.attribution(mi) {
		return true // "…, the Saudi Press Agency reported"
	}
	o := s.owner[j]
	return o >= 0 && o < len(s.cls) && s.cls[o].m.entry.form != formNoun && s.cls[o].m.entry.form != formIng
}

// objectOfVerb reports whether mention mi follows a verb directly (past
// determiners and modifiers): the object of that verb, not a subject.
func (s *sentence) objectOfVerb(mi int) bool {
	j := s.mentions[mi].start - 1
	for j >= 0 && s.midx[j] < 0 && skippable(s.toks, j) {
		j--
	}
	if j < 0 || s.midx[j] >= 0 || j >= len(s.owner) {
		return false
	}
	o := s.owner[j]
	return o >= 0 && o < len(s.cls) && s.cls[o].m.entry.form != formNoun
}
