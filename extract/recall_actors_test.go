package extract

import (
	"context"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// countryDyads returns the directed country dyads of triples as
// "SUB>OBJ", sorted and unique: who the actors are, whatever the relation.
func countryDyads(ts []Triple) []string {
	seen := map[string]bool{}
	var out []string
	for _, tr := range ts {
		k := tr.Subject.Country + ">" + tr.Object.Country
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// runDyadCases runs extraction cases whose want lists "SUB>OBJ" dyads:
// the countries the actors resolve to, which is what this file tests.
func runDyadCases(t *testing.T, cases []extractCase) {
	t.Helper()
	runCasesWith(t, cases, countryDyads)
}

// TestRecallActors covers the actor readings added for recall: agents
// behind modifiers, spokespeople "for" a country, officials named by title
// alone, other spellings of officials, definite descriptions of states and
// groups. Each case is a sentence in the manner of wire copy; want is the
// directed country dyads a reader would code.
func TestRecallActors(t *testing.T) {
	runDyadCases(t, []extractCase{
		// Agents behind modifiers: "German federal prosecutors".
		{"federal prosecutors", "German federal prosecutors charged three Russian nationals with sabotage.", []string{"DEU>RUS"}},
		{"state media", "Iranian state media said Tehran had summoned the British ambassador over the sanctions.", []string{"IRN>GBR"}},
		{"security officials", "ISLAMABAD (Reuters) - Pakistani security officials accused India of backing militants in Balochistan.", []string{"PAK>IND"}},
		// A spokesperson for a country's ministry acts for the country.
		{"spokesperson for", "A spokesperson for the German foreign office condemned the Russian strike on Kyiv.", []string{"DEU>RUS", "RUS>UKR"}},
		// Officials the curated list now knows, named by title alone.
		{"title only VNM", "President To Lam met Chinese leader Xi Jinping in Hanoi on Monday.", []string{"CHN>VNM", "VNM>CHN"}},
		{"title only IRL", "Taoiseach Micheal Martin criticised Israel over the killing of aid workers in Gaza.", []string{"IRL>ISR"}},
		{"spokeswoman RUS", "Foreign ministry spokeswoman Maria Zakharova warned Finland against hosting NATO troops.", []string{"RUS>FIN"}},
		{"pope", "Pope Leo XIV urged Russia and Ukraine to resume peace talks.", []string{"VAT>RUS", "VAT>UKR"}},
		// Unknown officials take the country of their reported speech, an
		// apposition or the dateline.
		{"speech country", "Defence Minister Jan Kowalczyk said Poland would buy more tanks from South Korea.", []string{"POL>KOR"}},
		{"dateline country", "CANBERRA, June 3 (Reuters) - Foreign Minister Jane Doeling met Chinese Premier Li Qiang on Tuesday.", []string{"AUS>CHN"}},
		{"no evidence", "Foreign Minister Jane Doeling met Chinese Premier Li Qiang on Tuesday.", []string{">CHN"}},
		// Another spelling of a curated official's first names.
		{"spelling", "Foreign Minister Sergey Lavrov held talks with Turkish Foreign Minister Hakan Fidan in Antalya.", []string{"RUS>TUR", "TUR>RUS"}},
		// Definite descriptions: the state or group last named as a subject.
		{"the kingdom", "Saudi Arabia hosted talks between U.S. and Ukrainian officials. The kingdom has also offered to mediate between Russia and Ukraine.", []string{"SAU>RUS", "SAU>UKR", "SAU>USA", "UKR>USA", "USA>UKR"}},
		{"the island", "Taiwan said Chinese warships sailed near the island on Monday. The island's defence ministry condemned China for the drills.", []string{"TWN>CHN"}},
		{"the group", "Hamas released four Israeli hostages on Saturday. The group said it would free more if Israel allowed aid into Gaza.", []string{"PSE>ISR"}},
		{"object is no referent", "Crowds in Dhaka stormed the residence of Prime Minister Sheikh Hasina after she resigned and fled the country.", nil},
		// Parts of countries that wire copy names.
		{"Bosnian Serb", "Bosnian Serb forces shelled the outskirts of Sarajevo overnight.", nil},
		{"Tigrayan", "Tigrayan forces attacked Eritrean troops near the border town of Zalambessa.", []string{"ETH>ERI"}},
	})
}

// TestPersonCountry checks the country given to officials the lexicon
// does not know, and that IGO officials and unknown people without
// evidence stay without one.
func TestPersonCountry(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name, text, person, want string
	}{
		{"dateline", "MANILA, May 2 (Reuters) - Defense Secretary Juan Dela Torre visited Tokyo.", "juan-dela-torre", "PHL"},
		{"speech", "Foreign Minister Ana Ribeiro said Brazil would host the summit.", "ana-ribeiro", "BRA"},
		{"apposition", "Foreign Minister Ana Ribeiro, Brazil's top diplomat, said the summit would go ahead.", "ana-ribeiro", "BRA"},
		{"later sentence", "BRASILIA (Reuters) - Foreign Minister Ana Ribeiro arrived in Lima. Ribeiro met Peru's president.", "ana-ribeiro", "BRA"},
		{"none", "Foreign Minister Ana Ribeiro said the summit would go ahead.", "ana-ribeiro", ""},
		{"igo head", "NEW YORK (Reuters) - Secretary-General Antonio Guterres urged Israel to allow aid into Gaza.", "antonio-guterres", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			reg := newRegistry(x.lex, "2025-06-12")
			s := &sentence{reg: reg, buf: make([]byte, 0, 64)}
			got, found := "", false
			for _, sent := range SplitSentences(c.text) {
				s.toks = tokenize(sent, nil)
				s.findMentions()
				for _, m := range s.mentions {
					if m.actor.ID == c.person {
						got, found = m.actor.Country, true
					}
				}
			}
			if !found {
				t.Fatalf("%s: no mention of %s", c.text, c.person)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("%s: country of %s (-want +got):\n%s", c.text, c.person, diff)
			}
		})
	}
}

// TestUserNotActorGuess checks that a name a user lexicon lists in
// not_actors is not guessed as a person after a title.
func TestUserNotActorGuess(t *testing.T) {
	u, err := ParseUserLexicon("u.yaml", []byte("not_actors:\n  - Jane Doeling\n"), builtin(t))
	if err != nil {
		t.Fatalf("ParseUserLexicon: %v", err)
	}
	lex, err := builtin(t).With(u)
	if err != nil {
		t.Fatalf("With: %v", err)
	}
	text := "CANBERRA, June 3 (Reuters) - Foreign Minister Jane Doeling met Chinese Premier Li Qiang on Tuesday."
	ts, err := NewExtractor(lex).Extract(context.Background(), Article{ID: "t", Date: "2025-06-12", Text: text})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	for _, tr := range ts {
		if tr.Subject.ID == "jane-doeling" || tr.Object.ID == "jane-doeling" {
			t.Errorf("not_actors name became an actor: %s", line(tr))
		}
	}
}
