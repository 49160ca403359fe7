package extract

// Offices and institutions named by "of" and their country: "the
// President of Kenya", "the Armed Forces of Ukraine", "the Export-Import
// Bank of China", "the Ministry of Foreign Affairs of Ukraine". The whole
// phrase is one mention of the country's agent, so that it can be a
// subject or an object as a name can.

// institutionHeads are the words that make a capitalised phrase an
// institution of a state, with the type of agent it is.
var institutionHeads = map[string]string{
	"bank": TypeOrganisation, "fund": TypeOrganisation, "corporation": TypeOrganisation,
	"company": TypeOrganisation, "airlines": TypeOrganisation, "railways": TypeOrganisation,
	"ministry": TypeGovernment, "office": TypeGovernment, "council": TypeGovernment,
	"commission": TypeGovernment, "agency": TypeGovernment, "authority": TypeGovernment,
	"court": TypeGovernment, "service": TypeGovernment, "parliament": TypeGovernment,
	"senate": TypeGovernment, "assembly": TypeGovernment, "government": TypeGovernment,
	"embassy": TypeGovernment, "mission": TypeGovernment, "department": TypeGovernment,
	"cabinet": TypeGovernment, "presidency": TypeGovernment, "directorate": TypeGovernment,
	"committee": TypeGovernment, "police": TypeGovernment,
	"forces": TypeMilitary, "army": TypeMilitary, "navy": TypeMilitary, "guard": TypeMilitary,
}

// ofCountryAt reads "(the) <capitalised title or institution> of
// (the) <country>" at token i and records one mention of the country's
// agent for it. It returns the end, or i.
func (s *sentence) ofCountryAt(i int) int {
	toks := s.toks
	j := i
	if toks[j].low == "the" {
		j++
	}
	if j >= len(toks) || toks[j].kind != tokWord || !toks[j].upper {
		return i
	}
	// The capitalised phrase, up to the "of" before a country: "Export-
	// Import Bank", "Ministry of Foreign Affairs", "Prime Minister".
	typ := ""
	for k := j; k < len(toks) && k < j+8; k++ {
		t := &toks[k]
		switch {
		case t.kind == tokHyphen, t.kind == tokPoss:
			continue
		case t.kind != tokWord:
			return i
		case t.low == "of":
			if typ == "" {
				if _, ae, ok := s.titles(j); !ok || !personTitle(ae) || ae.Role == "" {
					// "of Foreign Affairs" may continue the phrase.
					continue
				}
				typ = TypeGovernment // "the President of Kenya"
			}
			c := k + 1
			if c < len(toks) && toks[c].low == "the" {
				c++
			}
			if c >= len(toks) || s.midx[c] >= 0 {
				continue
			}
			e, a, kind, _, ok := s.reg.nameAt(toks, c, s.buf)
			if !ok || kind != mCountry || a.Country == "" || s.embedded(c, e) {
				continue
			}
			country := s.reg.country(a.Country)
			if country == nil || e < len(toks) && toks[e].kind == tokWord && toks[e].upper {
				return i // "President of Russia Vladimir Putin": the name follows
			}
			return s.add(i, e, s.reg.agent(country, typ), mAgent, false)
		case !t.upper && t.low != "and" && t.low != "for":
			return i
		default:
			if h, ok := institutionHeads[t.low]; ok && typ == "" {
				typ = h
			}
		}
	}
	return i
}
