package extract

import (
	"strings"
)

// Mention kinds.
const (
	mCountry = iota // a country, or its capital or seat standing for it
	mAgent          // a typed part of a country: its army, its government
	mPerson
	mOrg
	mIGO
	mOther // a lexicon actor of another type: an armed group, a party
)

// mention is an actor mention: a token span resolved to one actor.
type mention struct {
	start, end int
	actor      *Actor
	kind       int
	poss       bool   // followed by "'s" or a possessive pronoun
	prep       string // the preposition right before, "" when none
	coref      bool   // resolved by coreference (pronoun, surname, role)
	pronoun    bool   // a pronoun ("he", "his")
}

// registry holds the actors of one article and what coreference needs.
type registry struct {
	lex        *Lexicon
	date       string
	actors     map[string]*Actor
	alias      map[string]string // article-learned name key → actor id
	lastPerson *Actor
	topic      *Actor   // the first person subject of the last sentence naming one
	roles      []*Actor // people with roles, most recent last
	dateline   *Actor   // the country of the article's dateline ("MOSCOW, July 8 (Reuters) -")
	nsent      int      // sentences read so far
	lastState  *Actor   // the country last named as a subject ("the country", "the kingdom")
	lastGroup  *Actor   // the armed or political group last named as a subject ("the group")
	speaker    *Actor   // the one a quotation was last attributed to, for a quotation that runs on
	prevActors []*Actor // the actors the previous sentence named outside place phrases, in order
	prevList   []*Actor // the coordinated subjects "A and B" of the previous sentence
	builtin    *Lexicon // the built-in lexicon when lex has user layers, to tell user names; else nil
}

func newRegistry(lex *Lexicon, date string) *registry {
	r := &registry{lex: lex, date: date, actors: make(map[string]*Actor, 16), alias: make(map[string]string, 16)}
	if layerOf(lex) != nil {
		if b, err := BuiltinLexicon(); err == nil && b != lex {
			r.builtin = b
		}
	}
	return r
}

// userReading reports whether a user lexicon gave the name key its first
// reading: a name the built-in lexicon lacks or reads otherwise. Such
// names may end in a lower-case word ("the Biden administration"); the
// built-in ones never do.
func (r *registry) userReading(key string) bool {
	if r.builtin == nil {
		return false
	}
	es := r.lex.LookupName(key)
	if len(es) == 0 {
		return false
	}
	bs := r.builtin.LookupName(key)
	return len(bs) == 0 || bs[0] != es[0]
}

// get returns the article's copy of an actor, creating it from a.
func (r *registry) get(a Actor) *Actor {
	if p, ok := r.actors[a.ID]; ok {
		if p.Country == "" && a.Country != "" {
			p.Country = a.Country
		}
		if p.Role == "" && a.Role != "" {
			p.Role = a.Role
		}
		return p
	}
	p := &a
	p.Aliases = nil
	r.actors[a.ID] = p
	return p
}

// seen records an alias of an actor, as written in the text.
func (p *Actor) seen(text string) {
	if text == "" || text == p.Name {
		return
	}
	for _, a := range p.Aliases {
		if a == text {
			return
		}
	}
	if len(p.Aliases) < 16 {
		p.Aliases = append(p.Aliases, text)
	}
}

// country returns the country actor of an ISO code.
func (r *registry) country(iso string) *Actor {
	if iso == "" {
		return nil
	}
	a, ok := r.lex.CountryByCode(iso)
	if !ok {
		return nil
	}
	return r.get(a)
}

// agent returns the actor for a typed part of a country: one node per
// (country, type), id "<country-id>-<type>" ("pakistan-military").
func (r *registry) agent(country *Actor, typ string) *Actor {
	switch typ {
	case TypePerson, "", TypeCountry:
		typ = TypeGovernment
	}
	id := country.ID + "-" + typ
	if p, ok := r.actors[id]; ok {
		return p
	}
	return r.get(Actor{ID: id, Name: country.Name + " " + typeLabel[typ], Type: typ, Country: country.Country})
}

var typeLabel = map[string]string{
	TypeGovernment: "government", TypeMilitary: "military", TypeOrganisation: "organisation",
	TypeGroup: "group", TypeIGO: "igo", TypePerson: "person",
}

// furniture are names that are page furniture or news agencies: never a
// party to a relation.
var furniture = map[string]bool{
	"reuters": true, "ap": true, "afp": true, "xinhua": true, "tass": true, "ria": true,
	"ria novosti": true, "bloomberg": true, "associated press": true, "agence france presse": true,
	"news desk": true, "top stories": true, "comments": true, "avatar icon": true, "dpa": true,
	"efe": true, "ani": true, "pti": true, "irna": true, "kyodo": true, "yonhap": true, "wire": true,
	"interfax": true, "anadolu": true, "anadolu agency": true, "wafa": true, "app": true, "bbc": true,
	"cnn": true, "al jazeera": true, "the associated press": true, "france presse": true,
}

// lexName looks up a name key: article-learned aliases first, then the
// lexicon. It returns the actor and how the name refers to it.
func (r *registry) lexName(key string) (*Actor, int, string, bool) {
	if furniture[key] {
		return nil, 0, "", false
	}
	if id, ok := r.alias[key]; ok {
		p := r.actors[id]
		return p, kindOf(p), KindName, true
	}
	es := r.lex.LookupName(key)
	if len(es) == 0 {
		return nil, 0, "", false
	}
	e := es[0]
	a, ok := r.lex.Actor(e.ActorID)
	if !ok {
		return nil, 0, "", false
	}
	if a.Type != TypeCountry && a.Type != TypeIGO && (e.Kind == KindCity || e.Kind == KindRegion || e.Kind == KindCapital || e.Kind == KindSeat) {
		// A place stands for its country.
		if c, ok := r.lex.CountryByCode(a.Country); ok {
			a = c
		}
	}
	if a.Type == TypePerson && (a.Country == "" || len(r.lex.Terms(a.ID)) > 0) {
		a.Country, a.Role = r.termAt(a.ID) // the office held at the article date
	}
	p := r.get(a)
	return p, kindOf(p), e.Kind, true
}

// termAt returns the country and role of a person's term of office in
// force at the article date, or the latest one.
func (r *registry) termAt(id string) (country, role string) {
	ts := r.lex.Terms(id)
	if t, ok := termInForce(ts, r.date); ok {
		return t.Country, t.Role
	}
	if len(ts) > 0 {
		return ts[len(ts)-1].Country, ts[len(ts)-1].Role
	}
	return "", ""
}

func kindOf(a *Actor) int {
	switch a.Type {
	case TypeCountry:
		return mCountry
	case TypePerson:
		return mPerson
	case TypeIGO:
		return mIGO
	case TypeOrganisation:
		return mOrg
	case TypeGovernment, TypeMilitary:
		return mAgent
	}
	return mOther
}

// nameAt finds the longest name starting at token i: its end, actor and
// name kind. A name ends with a capitalised word or an acronym.
func (r *registry) nameAt(toks []token, i int, buf []byte) (int, *Actor, int, string, bool) {
	t := &toks[i]
	if t.kind != tokWord && t.kind != tokNumber {
		return 0, nil, 0, "", false
	}
	if !t.upper && t.low != "the" {
		return 0, nil, 0, "", false
	}
	maxN := min(max(r.lex.MaxNameTokens(), 4), 8)
	buf = buf[:0]
	bestEnd := 0
	var best *Actor
	var bestKind int
	var bestNK string
	words := 0
	for j := i; j < len(toks) && words < maxN; j++ {
		tj := &toks[j]
		if tj.kind == tokHyphen {
			if j == i {
				break
			}
			continue // "Bosnia-Herzegovina" keys as "bosnia herzegovina"
		}
		if tj.text == "." && j > i && len(toks[j-1].text) == 1 && toks[j-1].upper && j+1 < len(toks) && toks[j+1].upper {
			continue // an initial: "George W. Bush" keys as "george w bush"
		}
		if tj.kind != tokWord && tj.kind != tokNumber {
			break
		}
		if len(buf) > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, tj.key...)
		words++
		if !tj.upper && !tj.caps && !hyphenedGivenName(toks, i, j) && (j == i || !r.userReading(string(buf))) {
			continue // a name does not end in lower case ("the", "of"), unless a user's does
		}
		if a, k, nk, ok := r.lexName(string(buf)); ok {
			bestEnd, best, bestKind, bestNK = j+1, a, k, nk
		}
	}
	if best == nil {
		return 0, nil, 0, "", false
	}
	return bestEnd, best, bestKind, bestNK, true
}

// agentAt finds the longest agent phrase ("foreign minister", "army
// chief") starting at token i.
func (r *registry) agentAt(toks []token, i int, buf []byte) (int, AgentEntry, bool) {
	maxN := min(max(r.lex.MaxAgentTokens(), 3), 5)
	buf = buf[:0]
	end := 0
	var best AgentEntry
	for j := i; j < len(toks) && j-i < maxN; j++ {
		tj := &toks[j]
		if tj.kind != tokWord {
			break
		}
		if len(buf) > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, tj.low...)
		if !r.lex.agentPrefix[string(buf)] && !titlePrefixes[string(buf)] {
			break // no agent phrase starts so
		}
		if ae, ok := r.lex.agents[string(buf)]; ok {
			end, best = j+1, ae
		} else if ae, ok := titles[string(buf)]; ok {
			end, best = j+1, ae
		}
	}
	return end, best, end > 0
}

// titlePrefixes holds the keys of titles and their leading words.
var titlePrefixes = func() map[string]bool {
	set := make(map[string]bool, 2*len(titles))
	for k := range titles {
		addPrefixes(set, k)
	}
	return set
}()

// titles are the agent words the extractor knows even when the lexicon
// lacks them: the titles of officials and the parts of a state.
var titles = map[string]AgentEntry{
	"president": {TypePerson, "President"}, "prime minister": {TypePerson, "Prime Minister"},
	"foreign minister": {TypePerson, "Foreign Minister"}, "defence minister": {TypePerson, "Defence Minister"},
	"defense minister": {TypePerson, "Defense Minister"}, "secretary of state": {TypePerson, "Secretary of State"},
	"foreign secretary": {TypePerson, "Foreign Secretary"}, "minister": {TypePerson, "Minister"},
	"chancellor": {TypePerson, "Chancellor"}, "king": {TypePerson, "King"}, "queen": {TypePerson, "Queen"},
	"emir": {TypePerson, "Emir"}, "crown prince": {TypePerson, "Crown Prince"}, "sheikh": {TypePerson, "Sheikh"},
	"spokesman": {TypePerson, "Spokesman"}, "spokeswoman": {TypePerson, "Spokeswoman"},
	"spokesperson": {TypePerson, "Spokesperson"}, "ambassador": {TypePerson, "Ambassador"},
	"envoy": {TypePerson, "Envoy"}, "special envoy": {TypePerson, "Special Envoy"},
	"army chief": {TypePerson, "Army Chief"}, "field marshal": {TypePerson, "Field Marshal"},
	"general": {TypePerson, "General"}, "gen": {TypePerson, "General"}, "chief": {TypePerson, "Chief"},
	"vice president": {TypePerson, "Vice President"}, "deputy prime minister": {TypePerson, "Deputy Prime Minister"},
	"defence secretary": {TypePerson, "Defence Secretary"}, "defense secretary": {TypePerson, "Defense Secretary"},
	"secretary": {TypePerson, "Secretary"}, "senator": {TypePerson, "Senator"}, "sen": {TypePerson, "Senator"},
	"official": {TypePerson, "Official"}, "officials": {TypePerson, "Officials"}, "diplomat": {TypePerson, "Diplomat"},
	"diplomats": {TypePerson, "Diplomats"}, "leader": {TypePerson, "Leader"}, "premier": {TypePerson, "Premier"},
	"mr": {TypePerson, ""}, "mrs": {TypePerson, ""}, "ms": {TypePerson, ""}, "dr": {TypePerson, ""},
	"army": {TypeMilitary, "army"}, "military": {TypeMilitary, "military"}, "forces": {TypeMilitary, "forces"},
	"troops": {TypeMilitary, "troops"}, "navy": {TypeMilitary, "navy"}, "air force": {TypeMilitary, "air force"},
	"armed forces": {TypeMilitary, "armed forces"}, "soldiers": {TypeMilitary, "soldiers"},
	"coast guard": {TypeMilitary, "coast guard"}, "warplanes": {TypeMilitary, "warplanes"},
	"jets": {TypeMilitary, "jets"}, "drones": {TypeMilitary, "drones"}, "warships": {TypeMilitary, "warships"},
	"government": {TypeGovernment, "government"}, "foreign ministry": {TypeGovernment, "foreign ministry"},
	"ministry": {TypeGovernment, "ministry"}, "defence ministry": {TypeGovernment, "defence ministry"},
	"defense ministry": {TypeGovernment, "defense ministry"}, "cabinet": {TypeGovernment, "cabinet"},
	"authorities": {TypeGovernment, "authorities"}, "state department": {TypeGovernment, "State Department"},
	"parliament": {TypeGovernment, "parliament"}, "embassy": {TypeGovernment, "embassy"},
	"police": {TypeGovernment, "police"}, "side": {TypeGovernment, "side"}, "leaders": {TypePerson, "Leaders"},
	"counterpart": {TypePerson, "Counterpart"}, "counterparts": {TypePerson, "Counterparts"},
	"commander": {TypePerson, "Commander"}, "delegation": {TypeGovernment, "delegation"},
	"negotiators": {TypeGovernment, "negotiators"}, "representatives": {TypeGovernment, "representatives"},
	"administration": {TypeGovernment, "administration"}, "regime": {TypeGovernment, "regime"},
	// Unnamed attackers and crowds: the agents of the place they act in.
	"attackers": {TypeGroup, "attackers"}, "crowds": {TypeGroup, "crowds"}, "crowd": {TypeGroup, "crowd"},
	// Who acts for a state in talks, inquiries and missions: "Egyptian and
	// Qatari mediators", "Russian agents", "Indian peacekeepers".
	"mediators": {TypeGovernment, "mediators"}, "mediator": {TypePerson, "Mediator"},
	"negotiator": {TypePerson, "Negotiator"}, "chief negotiator": {TypePerson, "Chief Negotiator"},
	"investigators": {TypeGovernment, "investigators"}, "inspectors": {TypeGovernment, "inspectors"},
	"monitors": {TypeGovernment, "monitors"}, "observers": {TypeGovernment, "observers"},
	"agents": {TypeGovernment, "agents"}, "officers": {TypeGovernment, "officers"},
	"peacekeepers": {TypeMilitary, "peacekeepers"}, "pilots": {TypeMilitary, "pilots"},
	"high commissioner": {TypePerson, "High Commissioner"}, "trade representative": {TypePerson, "Trade Representative"},
	"special representative": {TypePerson, "Special Representative"}, "under secretary": {TypePerson, "Under Secretary"},
	"assistant secretary": {TypePerson, "Assistant Secretary"},
}

// personTitle reports whether an agent reading is a title of a person.
func personTitle(a AgentEntry) bool { return a.Type == TypePerson }

// nameStop are capitalised words that never start or continue a person's
// name after a title.
var nameStop = map[string]bool{
	"the": true, "a": true, "an": true, "on": true, "in": true, "of": true, "and": true, "said": true,
	"says": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true,
	"may": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "this": true, "that": true, "but": true, "for": true, "at": true, "to": true, "with": true,
	"after": true, "as": true, "by": true, "from": true, "his": true, "her": true, "their": true,
}

// nameParticle are lower-case words inside personal names.
var nameParticle = map[string]bool{"bin": true, "al": true, "de": true, "van": true, "von": true, "da": true, "el": true, "ibn": true, "der": true, "la": true, "le": true, "du": true, "di": true}

// personNameAt returns the end of an unknown personal name at i: one to
// four capitalised words, with particles ("bin", "al-") and initials ("S.
// Jaishankar").
func personNameAt(toks []token, i int) int {
	j := i
	words := 0
	for j < len(toks) && words < 4 {
		t := &toks[j]
		switch {
		case t.kind == tokWord && t.upper && len(t.text) == 1 && j+2 < len(toks) && toks[j+1].text == "." && toks[j+2].kind == tokWord && toks[j+2].upper:
			j += 2 // an initial: "S. Jaishankar"
		case t.kind == tokWord && t.upper && !t.caps && !t.is(fNameStop):
			words++
			j++
		case t.kind == tokWord && nameParticle[t.low] && words > 0 && j+1 < len(toks) && (toks[j+1].upper || toks[j+1].kind == tokHyphen):
			j++
		case t.kind == tokHyphen && words > 0 && j+1 < len(toks) && toks[j+1].upper:
			j++
		default:
			if words == 0 {
				return i
			}
			return trimName(toks, i, j)
		}
	}
	return trimName(toks, i, j)
}

func trimName(toks []token, i, j int) int {
	for j > i && toks[j-1].kind != tokWord {
		j--
	}
	return j
}

// slug turns a name into an id: "Marco Rubio" → "marco-rubio".
func slug(s string) string {
	return strings.ReplaceAll(NormalizeName(s), " ", "-")
}

// foldOrgKey folds spelling variants of organisation names:
// "Organisation" and "Organization" give the same key.
func foldOrgKey(key string) string {
	if !strings.Contains(key, "is") {
		return key
	}
	words := strings.Fields(key)
	for i, w := range words {
		for _, s := range [...][2]string{{"isation", "ization"}, {"isations", "izations"}, {"ise", "ize"}, {"ised", "ized"}, {"ence", "ense"}} {
			if strings.HasSuffix(w, s[0]) && len(w) > len(s[0])+2 {
				words[i] = w[:len(w)-len(s[0])] + s[1]
				break
			}
		}
	}
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// spanText returns the text of tokens [i, j) as written, roughly spaced.
func spanText(toks []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		t := &toks[k]
		if k > i && t.kind != tokHyphen && toks[k-1].kind != tokHyphen && t.kind != tokPoss && t.text != "." {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// titleCase capitalises each word of a role ("secretary of state" →
// "Secretary of State").
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if i > 0 && (w == "of" || w == "the" || w == "for" || w == "and") {
			continue
		}
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}
