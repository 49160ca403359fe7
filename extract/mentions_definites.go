package extract

// Definite and possessive references to a country's parts, resolved
// within the article:
//
//   - "the ministry", "the military", "the foreign ministry" as a subject:
//     the agent of that type named last ("Pakistan's foreign ministry ...
//     The ministry accused India"), else the agent of that type of the
//     state last named as a subject or of the dateline ("BEIJING (Reuters)
//     - The foreign ministry criticised Japan");
//   - "his country", "her government": the country of the person the
//     pronoun refers to ("Erdogan said his country would ...");
//   - "its vessel", "their posts" as the target of a hostile act in
//     reported speech: the speaker's ("The Philippines said China's coast
//     guard had rammed its vessel"), since no one rams its own ship.

// definiteAgentAt reads "the <agent>" at token i as a subject and records
// the agent it refers to; it returns the end, or i.
func (s *sentence) definiteAgentAt(i int) int {
	toks := s.toks
	if toks[i].low != "the" || i+1 >= len(toks) || toks[i+1].kind != tokWord || toks[i+1].upper && !s.headline {
		return i // "the Foreign Ministry" is read as a name or title
	}
	end, ae, ok := s.reg.agentAt(toks, i+1, s.buf)
	if !ok || (ae.Type != TypeGovernment && ae.Type != TypeMilitary) || !definiteAgents[toks[end-1].low] {
		return i
	}
	if end < len(toks) && (toks[end].kind == tokWord && (toks[end].upper || toks[end].is(fPrepositions)) || toks[end].kind == tokPoss) {
		return i // "the army of Pakistan", "the government in Kyiv", "the army's", "the military junta"
	}
	if !s.subjectPosition(i) {
		return i
	}
	c := s.agentReferent(i, ae.Type)
	if c == nil {
		return i
	}
	return s.add(i, end, s.reg.agent(c, ae.Type), mAgent, true)
}

// definiteAgents are the heads of agent phrases that a definite article
// makes refer back: "the ministry", "the foreign ministry", "the army".
var definiteAgents = map[string]bool{
	"ministry": true, "military": true, "army": true, "navy": true, "government": true,
	"embassy": true, "presidency": true, "cabinet": true, "guard": true, "office": true,
	"administration": true, "forces": true, "troops": true,
}

// agentReferent returns the country whose agent of type typ a definite
// description at token i refers to: that of the last agent of that type
// named before it in the sentence, else the first of the previous
// sentence, else the state last named as a subject (or the dateline's).
func (s *sentence) agentReferent(i int, typ string) *Actor {
	s.finish()
	for k := len(s.mentions) - 1; k >= 0; k-- {
		m := &s.mentions[k]
		if m.start < i && m.actor.Type == typ && m.actor.Country != "" && !m.pronoun {
			return s.reg.country(m.actor.Country)
		}
	}
	// In the previous sentence, the first such agent: the subject is what
	// the next sentence goes on about ("Russia's foreign ministry summoned
	// the U.S. ambassador. The ministry also urged ...").
	for _, a := range s.reg.prevActors {
		if a.Type == typ && a.Country != "" {
			return s.reg.country(a.Country)
		}
	}
	if c := s.referent(i, true); c != nil {
		return c
	}
	return s.reg.dateline
}

// countryOfPersonAt reads "his country", "her government" at token i:
// the country (or its government) of the person the pronoun refers to.
// It returns the end, or i.
func (s *sentence) countryOfPersonAt(i int) int {
	toks := s.toks
	if (toks[i].low != "his" && toks[i].low != "her") || i+1 >= len(toks) || toks[i+1].kind != tokWord {
		return i
	}
	head := toks[i+1].low
	if !stateNouns[head] && head != "government" && head != "administration" {
		return i
	}
	p := s.pronounReferent()
	if p == nil || p.Country == "" {
		return i
	}
	c := s.reg.country(p.Country)
	if c == nil {
		return i
	}
	if stateNouns[head] {
		return s.add(i, i+2, c, mCountry, true)
	}
	return s.add(i, i+2, s.reg.agent(c, TypeGovernment), mAgent, true)
}

// hostileVerbs are acts whose target "its ..." is another's: "rammed its
// vessel", "fired at its posts", "violated its airspace".
var hostileVerbs = map[string]bool{
	"rammed": true, "attacked": true, "struck": true, "shelled": true, "fired": true, "hit": true,
	"seized": true, "violated": true, "entered": true, "intruded": true, "targeted": true,
	"harassed": true, "blocked": true, "boarded": true, "detained": true, "bombed": true,
	"raided": true, "infiltrated": true, "breached": true, "threatened": true, "encroached": true,
	"shot": true, "killed": true, "kidnapped": true, "abducted": true, "hacked": true,
}

// possessedByOtherAt reads "its <asset or agent>" at token i as the
// target of a hostile act in a reported clause ("Japan said Chinese ships
// entered its waters"): the speaker's country, when the speaker starts
// the sentence and differs from the subject of the act. It returns the
// end, or i.
func (s *sentence) possessedByOtherAt(i int) int {
	toks := s.toks
	if (toks[i].low != "its" && toks[i].low != "their") || i+1 >= len(toks) || i < 2 {
		return i
	}
	// The hostile verb, maybe with a particle: "fired at", "intruded into".
	v := i - 1
	if toks[v].kind == tokWord && (toks[v].low == "at" || toks[v].low == "on" || toks[v].low == "into" || toks[v].low == "upon" || toks[v].low == "down") {
		v--
	}
	if v < 1 || toks[v].kind != tokWord || !hostileVerbs[toks[v].low] {
		return i
	}
	// What is possessed: an agent ("its troops") or an asset ("its vessel").
	end, ae, ok := s.titles(i + 1)
	typ := TypeCountry
	if ok {
		typ = ae.Type
		if typ == TypePerson || typ == "" {
			typ = TypeGovernment
		}
	} else if e, military, ok := assetAfter(toks, i+1); ok && e > i+1 {
		end = e
		if military {
			typ = TypeMilitary
		}
	} else if k := i + 1; k < len(toks) && toks[k].kind == tokWord && ownedPlaces[toks[k].low] {
		end = k + 1
	} else {
		return i
	}
	// The speaker: the sentence's first mention, a country or an agent of
	// one, followed by a verb of speech or accusation.
	s.finish()
	if len(s.mentions) == 0 {
		return i
	}
	sp := &s.mentions[0]
	if sp.start >= v || sp.prep != "" || sp.actor.Country == "" || sp.kind == mIGO {
		return i
	}
	said := false
	for j := sp.end; j < len(toks) && j < sp.end+4; j++ {
		if toks[j].kind == tokWord && (toks[j].is(fSpeechVerbs) || toks[j].low == "accused" || toks[j].low == "blamed") {
			said = true
			break
		}
	}
	if !said {
		return i
	}
	// The subject of the act: the last mention before the verb, not the
	// object of a preposition; it must be of another country.
	var subj *mention
	for k := len(s.mentions) - 1; k > 0; k-- {
		if m := &s.mentions[k]; m.end <= v && m.prep == "" {
			subj = m
			break
		}
	}
	if subj == nil || subj.actor.Country == sp.actor.Country || subj.actor.Country == "" {
		return i
	}
	c := s.reg.country(sp.actor.Country)
	if c == nil {
		return i
	}
	if typ == TypeCountry {
		return s.add(i, end, c, mCountry, true)
	}
	return s.add(i, end, s.reg.agent(c, typ), mAgent, true)
}

// ownedPlaces are what a country owns as territory: "violated its
// airspace", "entered its waters".
var ownedPlaces = map[string]bool{
	"waters": true, "airspace": true, "territory": true, "soil": true, "border": true,
	"borders": true, "sovereignty": true, "posts": true, "outposts": true, "islands": true,
	"exclusive": true, "coast": true, "shores": true,
}
