package gdelt

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract"
)

// typeCodes maps CAMEO actor type (role) codes to actor types.
var typeCodes = map[string]string{
	"GOV": extract.TypeGovernment, "LEG": extract.TypeGovernment, "JUD": extract.TypeGovernment,
	"COP": extract.TypeGovernment, "SPY": extract.TypeGovernment, "UIS": extract.TypeGovernment,
	"MIL": extract.TypeMilitary, "PKO": extract.TypeMilitary,
	"REB": extract.TypeGroup, "INS": extract.TypeGroup, "SEP": extract.TypeGroup, "UAF": extract.TypeGroup,
	"OPP": extract.TypeGroup, "RAD": extract.TypeGroup, "MOD": extract.TypeGroup, "CRM": extract.TypeGroup,
	"CVL": extract.TypeGroup, "REF": extract.TypeGroup, "SET": extract.TypeGroup, "IMG": extract.TypeGroup,
	"NGM": extract.TypeGroup,
	"IGO": extract.TypeIGO,
	"BUS": extract.TypeOrganisation, "MNC": extract.TypeOrganisation, "NGO": extract.TypeOrganisation,
	"MED": extract.TypeOrganisation, "EDU": extract.TypeOrganisation, "HLH": extract.TypeOrganisation,
	"AGR": extract.TypeOrganisation, "ENV": extract.TypeOrganisation, "HRI": extract.TypeOrganisation,
	"DEV": extract.TypeOrganisation, "LAB": extract.TypeOrganisation, "PTY": extract.TypeOrganisation,
	"AMN": extract.TypeOrganisation, "IRC": extract.TypeOrganisation, "GRP": extract.TypeOrganisation,
	"INT": extract.TypeOrganisation,
	"ELI": extract.TypePerson,
}

// typeCodeOf is the CAMEO type code Write gives an actor type.
var typeCodeOf = map[string]string{
	extract.TypeGovernment:   "GOV",
	extract.TypeMilitary:     "MIL",
	extract.TypeGroup:        "REB",
	extract.TypeIGO:          "IGO",
	extract.TypeOrganisation: "BUS",
	extract.TypePerson:       "ELI",
}

// cameoCountry maps the few CAMEO country codes that are not ISO 3166-1
// alpha-3 to the ISO code.
var cameoCountry = map[string]string{"KSV": "XKX", "TMP": "TLS", "ROM": "ROU", "ZAR": "COD"}

var (
	lexOnce sync.Once
	lex     *extract.Lexicon // nil when the built-in lexicon fails to load
)

func lexicon() *extract.Lexicon {
	lexOnce.Do(func() {
		if l, err := extract.BuiltinLexicon(); err == nil {
			lex = l
		}
	})
	return lex
}

// actorKey is the part of a row that decides its actor.
type actorKey struct{ code, name, country, group, t1, t2, t3 string }

// resolver turns the actor columns of rows into actors, remembering the
// answers: a file names the same actors over and over.
type resolver struct {
	lex   *extract.Lexicon
	cache map[actorKey]extract.Actor
}

func newResolver() *resolver {
	return &resolver{lex: lexicon(), cache: make(map[actorKey]extract.Actor)}
}

// actor returns the actor of the ten actor columns f, or false when the
// row names no actor there.
//
// A bare country code ("PAK") is the country, with the id and name the
// extractor gives it ("pakistan", "Pakistan"). A name the lexicon knows
// as an actor other than a country ("UNITED NATIONS", "MARCO RUBIO") is
// that actor, with the lexicon's type. A government or military of a known country ("PAKGOV",
// "RUSMIL") is "pakistan-government", "russia-military", as the extractor
// names them. Anything else is the slug of its name, with the country's
// id in front for a generic agent word ("POLICE" of PAK:
// "pakistan-police"), or the slug of its code.
func (r *resolver) actor(f []string) (extract.Actor, bool) {
	k := actorKey{
		code: clean(f[offCode]), name: clean(f[offName]), country: clean(f[offCountry]),
		group: clean(f[offKnownGroup]),
		t1:    clean(f[offType1]), t2: clean(f[offType2]), t3: clean(f[offType3]),
	}
	if k.code == "" && k.name == "" {
		return extract.Actor{}, false
	}
	if a, ok := r.cache[k]; ok {
		return a, true
	}
	a := r.resolve(k)
	if a.ID == "" {
		return extract.Actor{}, false
	}
	if len(r.cache) > 100_000 {
		clear(r.cache)
	}
	r.cache[k] = a
	return a, true
}

func (r *resolver) resolve(k actorKey) extract.Actor {
	typ := ""
	for _, c := range []string{k.t1, k.t2, k.t3} {
		if t, ok := typeCodes[c]; ok {
			typ = t
			break
		}
	}
	a := extract.Actor{Country: k.country, Type: typ, Name: displayName(k.name)}
	country, hasCountry := r.country(k.country)
	if !hasCountry && k.country == "" && len(k.code) == 3 {
		country, hasCountry = r.country(k.code)
		if hasCountry {
			k.country = k.code
		}
	}

	// A bare country code is the country.
	if k.code != "" && k.code == k.country {
		a.Type = extract.TypeCountry
		if hasCountry {
			a.ID, a.Name = country.ID, country.Name
		} else {
			a.ID = slug(k.code)
			if a.Name == "" {
				a.Name = k.code
			}
		}
		return a
	}
	// A name the lexicon knows as an actor other than a country.
	if known, ok := r.named(k.name); ok {
		// The lexicon knows what the actor is better than a role code
		// ("MARCO RUBIO" coded USAGOV is a person).
		a.ID, a.Name, a.Type = known.ID, known.Name, known.Type
		if a.Country == "" {
			a.Country = known.Country
		}
		return a
	}
	if a.Type == "" {
		if k.group != "" || strings.HasPrefix(k.code, "IGO") {
			a.Type = extract.TypeIGO
		} else {
			a.Type = extract.TypeOrganisation
		}
	}
	// The government or the military of a country, named as the
	// extractor names them.
	if hasCountry && (a.Type == extract.TypeGovernment || a.Type == extract.TypeMilitary) && r.generic(k.name, country.ID) {
		a.ID = country.ID + "-" + a.Type
		a.Name = country.Name + " " + a.Type
		return a
	}
	s := slug(k.name)
	switch {
	case s == "":
		a.ID = slug(k.code)
		a.Name = k.code
	case hasCountry && (s == country.ID || r.agentWord(k.name)):
		// "PAKISTAN" coded PAKBUS, or a generic word such as "POLICE":
		// the country's actor of that kind.
		a.ID = country.ID + "-" + s
		if s == country.ID {
			a.ID = country.ID + "-" + slug(a.Type)
			a.Name = country.Name + " " + a.Type
		} else {
			a.Name = country.Name + " " + strings.ToLower(a.Name)
		}
	default:
		a.ID = s
	}
	return a
}

// country returns the lexicon's country of a CAMEO country code.
func (r *resolver) country(code string) (extract.Actor, bool) {
	if r.lex == nil || code == "" {
		return extract.Actor{}, false
	}
	if iso, ok := cameoCountry[code]; ok {
		code = iso
	}
	return r.lex.CountryByCode(code)
}

// named returns the lexicon actor a name stands for by its own name, short
// form or acronym, when that actor is not a country.
func (r *resolver) named(name string) (extract.Actor, bool) {
	if r.lex == nil || name == "" {
		return extract.Actor{}, false
	}
	for _, e := range r.lex.LookupName(extract.NormalizeName(name)) {
		if e.Kind != extract.KindName && e.Kind != extract.KindShort && e.Kind != extract.KindAcronym {
			continue
		}
		a, ok := r.lex.Actor(e.ActorID)
		if ok && a.Type != extract.TypeCountry {
			return a, true
		}
	}
	return extract.Actor{}, false
}

// generic reports whether a name says no more than "the country" or one
// of its agents: empty, a name of the country itself or its capital
// ("PAKISTAN", "ISLAMABAD"), an agent word ("PRIME MINISTER"), or a
// demonym and an agent word ("PAKISTANI ARMY"). A proper name
// ("FRONTIER WORKS ORGANISATION") is not generic.
func (r *resolver) generic(name, countryID string) bool {
	if name == "" || r.lex == nil {
		return true
	}
	key := extract.NormalizeName(name)
	if r.isCountry(key, countryID) || r.agentWord(key) {
		return true
	}
	first, rest, ok := strings.Cut(key, " ")
	return ok && r.isCountry(first, countryID) && r.agentWord(rest)
}

// isCountry reports whether a name key stands for the country countryID.
func (r *resolver) isCountry(key, countryID string) bool {
	for _, e := range r.lex.LookupName(key) {
		if e.ActorID == countryID {
			return true
		}
	}
	return false
}

// agentWord reports whether a name is a generic agent word ("police",
// "prime minister") rather than a proper name.
func (r *resolver) agentWord(name string) bool {
	if r.lex == nil {
		return false
	}
	_, ok := r.lex.LookupAgent(extract.NormalizeName(name))
	return ok
}

// acronym reports whether a lower-case word is an acronym or short form
// in the lexicon ("us", "un", "nato").
func acronym(w string) bool {
	l := lexicon()
	if l == nil || len(w) > 5 {
		return false
	}
	for _, e := range l.LookupName(w) {
		if e.Kind == extract.KindAcronym || e.Kind == extract.KindShort {
			return true
		}
	}
	return false
}

// slug turns a name or code into an id: "UNITED NATIONS" → "united-nations".
func slug(s string) string {
	return strings.ReplaceAll(extract.NormalizeName(s), " ", "-")
}

// clean makes a column value valid UTF-8 with single spaces and no
// leading or trailing space; codes become names and ids, so every actor
// column goes through it.
func clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' && (c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') || c != ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s // already clean: the common case
}

// displayName turns GDELT's upper-case names into title case ("UNITED
// NATIONS" → "United Nations"); names in mixed case are kept.
func displayName(s string) string {
	if s == "" || strings.ToUpper(s) != s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if acronym(w) {
			words[i] = strings.ToUpper(w) // "US Strategic Metals", "UN"
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}
