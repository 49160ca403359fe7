package extract

// Descriptions that stand for a country without naming it: fixed epithets
// of wire copy and official rhetoric ("the Jewish state", "the self-ruled
// island", "the Zionist regime"), "the two Koreas", and a state noun with
// modifiers that refers back to the last state named as a subject ("Qatar
// ... the Gulf state said", "the oil-rich kingdom").

// epithets are lower-case descriptions that name one country, keyed by
// their normalised words after "the".
var epithets = map[string]string{
	"jewish state":                     "ISR",
	"zionist regime":                   "ISR",
	"zionist entity":                   "ISR",
	"hermit kingdom":                   "PRK",
	"self ruled island":                "TWN",
	"self governed island":             "TWN",
	"self governing island":            "TWN",
	"democratically governed island":   "TWN",
	"democratically ruled island":      "TWN",
	"coastal enclave":                  "PSE",
	"palestinian enclave":              "PSE",
	"besieged enclave":                 "PSE",
	"occupied palestinian territories": "PSE",
	"occupied palestinian territory":   "PSE",
	"palestinian territories":          "PSE",
}

// maxEpithet is the length in words of the longest epithet.
const maxEpithet = 4

// describedState are the modifiers a state noun may take in a description
// that refers back to a state ("the Gulf state", "the oil-rich kingdom",
// "the war-torn country"), as the words of hyphenated compounds.
var describedState = map[string]bool{
	"oil": true, "gas": true, "energy": true, "mineral": true, "rich": true, "war": true,
	"torn": true, "ravaged": true, "landlocked": true, "impoverished": true, "tiny": true,
	"small": true, "nuclear": true, "armed": true, "reclusive": true, "isolated": true,
	"communist": true, "ruled": true, "led": true, "junta": true, "military": true,
	"island": true, "muslim": true, "majority": true, "desert": true, "wealthy": true,
	"conflict": true, "hit": true, "coup": true, "authoritarian": true, "arab": true,
	"gulf": true, "neighbouring": true, "neighboring": true, "sanctions": true, "cash": true,
	"strapped": true, "debt": true, "laden": true, "pacific": true, "asian": true,
	"african": true, "balkan": true, "baltic": true, "caribbean": true, "himalayan": true,
	"nordic": true, "andean": true, "central": true, "south": true, "southeast": true,
	"east": true, "west": true, "north": true, "latin": true, "american": true,
	"european": true, "middle": true, "eastern": true, "western": true, "southern": true,
	"northern": true, "sahel": true, "sahelian": true, "horn": true,
}

// descriptionAt reads a description at token i ("the ...") and records
// its mention; it returns its end, or i when there is none.
func (s *sentence) descriptionAt(i int) int {
	toks := s.toks
	if toks[i].low != "the" || i+1 >= len(toks) {
		return i
	}
	// Fixed epithets: the longest match of up to maxEpithet words.
	key := make([]byte, 0, 48)
	words := 0
	best, bestEnd := "", 0
	for j := i + 1; j < len(toks) && words < maxEpithet; j++ {
		t := &toks[j]
		if t.kind == tokHyphen {
			continue
		}
		if t.kind != tokWord {
			break
		}
		if len(key) > 0 {
			key = append(key, ' ')
		}
		key = append(key, t.key...)
		words++
		if iso, ok := epithets[string(key)]; ok {
			best, bestEnd = iso, j+1
		}
	}
	if best != "" {
		if c := s.reg.country(best); c != nil {
			s.corefing = true
			end := s.modified(i, bestEnd, c, mCountry, KindName)
			s.corefing = false
			return end
		}
	}
	// "the two Koreas", "both Koreas" after "the".
	if i+2 < len(toks) && toks[i+1].low == "two" && toks[i+2].low == "koreas" {
		n, sk := s.reg.country("PRK"), s.reg.country("KOR")
		if n != nil && sk != nil {
			return s.expandList(i, i+3, []*Actor{n, sk})
		}
	}
	// "the Gulf state", "the oil-rich kingdom" as a subject: the state
	// last named as a subject.
	if !s.subjectPosition(i) {
		return i
	}
	j := i + 1
	mods := 0
	for j < len(toks) && mods < 4 {
		t := &toks[j]
		if t.kind == tokHyphen && mods > 0 {
			j++
			continue
		}
		if t.kind != tokWord || !describedState[t.low] || s.midx[j] >= 0 {
			break
		}
		mods++
		j++
	}
	if mods == 0 || j >= len(toks) || toks[j].kind != tokWord || toks[j].upper && !s.headline {
		return i // "the Central African Republic" is a name
	}
	head := toks[j].low
	if !stateNouns[head] && head != "state" {
		return i
	}
	e := j + 1
	if e < len(toks) && toks[e].low == "of" {
		return i // "the Gulf state of Qatar": the name follows
	}
	c := s.referent(i, true)
	if c == nil {
		return i
	}
	s.corefing = true
	end := s.modified(i, e, c, mCountry, KindName)
	s.corefing = false
	return end
}

// combiningForms are the first halves of compound adjectives that name a
// country: "Sino-Indian talks", "Indo-Pakistani tensions", "Franco-German
// relations". They name it only before a hyphen and another country.
var combiningForms = map[string]string{
	"sino": "CHN", "indo": "IND", "russo": "RUS", "franco": "FRA", "anglo": "GBR", "italo": "ITA",
	"greco": "GRC", "turco": "TUR", "austro": "AUT", "pak": "PAK", "afpak": "AFG",
}

// combiningFormAt reads "Sino-Indian", "Indo-Pak" at token i: two
// mentions, one for each country. It returns the end, or i.
func (s *sentence) combiningFormAt(i int) int {
	toks := s.toks
	if !toks[i].upper || len(toks[i].low) > 6 || i+2 >= len(toks) || toks[i+1].kind != tokHyphen || s.midx[i+2] >= 0 {
		return i
	}
	iso, ok := combiningForms[toks[i].low]
	if !ok {
		return i
	}
	first := s.reg.country(iso)
	var second *Actor
	e := i + 3
	if iso2, ok := combiningForms[toks[i+2].low]; ok && toks[i+2].upper {
		second = s.reg.country(iso2) // "Indo-Pak"
	} else if end, a, kind, _, ok := s.reg.nameAt(toks, i+2, s.buf); ok && kind == mCountry && a.Country != "" {
		second, e = s.reg.country(a.Country), end
	}
	if first == nil || second == nil || first == second {
		return i // "Indo-Pacific", "Anglo-Saxon"
	}
	s.add(i, i+1, first, mCountry, false)
	return s.add(i+2, e, second, mCountry, false)
}
