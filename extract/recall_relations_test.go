package extract

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRecallRelations covers relation mechanisms that raise recall on wire
// copy: coordination past modifiers, stance adjectives in reported
// speech, reactions drawn from others, acts named by "by", parallel
// clauses that share a target, refined pledges and missing verbs. The
// sentences are written for this test in the manner of Reuters, AP, AFP and
// government readouts.
func TestRecallRelations(t *testing.T) {
	runCases(t, []extractCase{
		// Coordinated subjects past a hyphenated modifier.
		{"coord modifier", "Egypt and oil-rich Qatar signed a trade agreement in Cairo on Monday.", []string{"EGY>QAT:05", "QAT>EGY:05"}},
		{"coord modifier 2", "ABUJA (Reuters) - Nigeria and resource-rich Niger signed a security pact on Friday.", []string{"NER>NGA:05", "NGA>NER:05"}},
		// Stance adjectives in reported speech: 012 and 013.
		{"concerned about", "Japan said it was deeply concerned about China's military drills near Taiwan.", []string{"JPN>CHN:01"}},
		{"worried over", "TOKYO (AP) — South Korea's foreign ministry said it was worried over North Korea's latest missile launch.", []string{"KOR>PRK:01"}},
		{"optimistic about", "Turkey's foreign minister said he was optimistic about talks with Greece on maritime borders.", []string{"TUR>GRC:01"}},
		{"disappointed by", "Canada said it was disappointed by India's decision to expel its diplomats.", []string{"CAN>IND:01"}},
		// Reactions drawn from others.
		{"drew rebuke", "Hungary vetoed the statement, drawing a sharp rebuke from Poland.", []string{"POL>HUN:11"}},
		{"drew rejections", "France proposed a European defence bond, drawing rejections from Germany and Poland.", []string{"DEU>FRA:12", "POL>FRA:12"}},
		// Disapproval of an act named by its author.
		{"condemned by", "Kenya condemned the attack by Somalia's al-Shabaab on its border post.", []string{"KEN>SOM:11"}},
		{"criticised visit by", "China criticised a planned visit by a U.S. congressional delegation to Taiwan.", []string{"CHN>USA:11"}},
		// Parallel clauses share the target of the same kind of act.
		{"parallel recall", "Bolivia cut ties with Israel, while Chile and Colombia recalled their ambassadors.", []string{"BOL>ISR:16", "CHL>ISR:16", "COL>ISR:16"}},
		{"parallel recall 2", "Mali expelled the French ambassador, and Niger and Burkina Faso recalled their envoys.", []string{"BFA>FRA:16", "MLI>FRA:16", "NER>FRA:16"}},
		// Pledges refined by what is pledged, with the place as target.
		{"pledged investment", "Saudi Arabia pledged $10 billion of investment in Pakistan's mining sector.", []string{"SAU>PAK:03"}},
		{"received a call", "The Egyptian presidency said President Abdel Fattah al-Sisi received a phone call from Jordan's King Abdullah.", []string{"JOR>EGY:04"}},
		// Verbs the vocabulary lacked.
		{"raised tariffs", "China raised tariffs on U.S. goods to 84% on Wednesday.", []string{"CHN>USA:16"}},
		{"hiked tariffs", "WASHINGTON (Reuters) - The United States hiked tariffs on Canadian steel, officials said.", []string{"USA>CAN:16"}},
		{"opened embassy", "Saudi Arabia reopened its embassy in Damascus after a 12-year break.", []string{"SAU>SYR:05"}},
		{"joint patrol", "The Philippines and Japan will hold a joint naval patrol in the South China Sea next month.", []string{"JPN>PHL:03", "PHL>JPN:03"}},
		{"co-chaired", "Saudi Arabia and France co-chaired a conference on the two-state solution in New York.", []string{"FRA>SAU:04", "SAU>FRA:04"}},
		{"vowed retaliation", "Iran vowed to retaliate against Israel for the strike on its consulate.", []string{"IRN>ISR:13"}},
		{"airdropped aid", "Jordan airdropped humanitarian aid into Gaza on Tuesday.", []string{"JOR>PSE:07"}},
		// No relation: attributive participles, sport, natural gas.
		{"jailed writer", "Australia raised the case of jailed writer Yang Hengjun with China.", []string{"AUS>CHN:04"}},
		{"gas supply", "Qatar agreed to a 27-year deal to supply liquefied natural gas to Italy.", []string{"QAT>ITA:06"}}, // the deal agreed is material cooperation
		{"football final", "Spain beat England 2-1 in the final in Berlin to win the title.", nil},
	})
}

// TestUserRelations checks that the relation phrases of a user lexicon
// are matched like the curated ones, in each form of their first word,
// and that a lexicon without them changes nothing.
func TestUserRelations(t *testing.T) {
	base, err := BuiltinLexicon()
	if err != nil {
		t.Fatal(err)
	}
	src := []byte(`actors:
  - id: acme-minerals
    name: Acme Minerals Corporation
    type: organisation
    country: USA
    aliases: [AMC]
relations:
  - phrase: inked a pact with
    cameo: "057"
  - phrase: stonewall
    cameo: "128"
`)
	u, err := ParseUserLexicon("user.yaml", src, base)
	if err != nil {
		t.Fatal(err)
	}
	lex, err := base.With(u)
	if err != nil {
		t.Fatal(err)
	}
	x := NewExtractor(lex)
	cases := []struct {
		text string
		want []string
	}{
		{"AMC inked a pact with Pakistan on Tuesday.", []string{"PAK>USA:05", "USA>PAK:05"}},
		{"ISLAMABAD (Reuters) - AMC will ink a pact with Pakistan next week, officials said.", []string{"USA>PAK:03"}},
		{"Hungary stonewalled Ukraine over its EU accession talks.", []string{"HUN>UKR:12"}},
		{"AMC did not ink a pact with Pakistan.", nil},
	}
	for _, c := range cases {
		ts, err := x.Extract(context.Background(), Article{ID: "u", Date: "2025-06-12", Text: c.text})
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		if diff := cmp.Diff(c.want, dyads(ts)); diff != "" {
			t.Errorf("%s\n(-want +got):\n%s", c.text, diff)
		}
	}
	// The built-in extractor does not know the user's phrase.
	ts, err := testExtractor(t).Extract(context.Background(), Article{ID: "u", Text: "Hungary stonewalled Ukraine over its EU accession talks."})
	if err != nil {
		t.Fatal(err)
	}
	if got := dyads(ts); len(got) != 0 {
		t.Errorf("built-in extractor coded a user phrase: %v", got)
	}
	// A user phrase coded outside CAMEO is reported by Extract.
	if _, err := userVocab([]UserRelation{{Phrase: "zapped", Cameo: "999"}}); !errors.Is(err, ErrVocabulary) {
		t.Errorf("userVocab with code 999: %v, want ErrVocabulary", err)
	}
}

// TestRecallNominalEvents covers events named by nouns: ceasefires,
// prisoner swaps and peace deals between parties, and mediation by
// third countries.
func TestRecallNominalEvents(t *testing.T) {
	runCases(t, []extractCase{
		{"ceasefire between", "India announced a ceasefire between India and Pakistan on Saturday.", []string{"IND>PAK:08", "PAK>IND:08"}},
		{"mediation by", "DOHA (Reuters) - Qatar announced a truce between Israel and Hamas, capping weeks of mediation by Egypt and the United States.", []string{"EGY>ISR:04", "EGY>PSE:04", "ISR>PSE:08", "PSE>ISR:08", "USA>ISR:04", "USA>PSE:04"}},
		{"prisoner swap", "ABU DHABI (AFP) - The UAE said it had brokered a prisoner swap between Russia and Ukraine.", []string{"ARE>RUS:04", "ARE>UKR:04"}},
		{"prisoner swap agreed", "MOSCOW (Reuters) - Russia and Ukraine carried out a prisoner swap on Friday, each side releasing 150 soldiers.", []string{"RUS>UKR:08", "UKR>RUS:08"}},
		{"peace deal between", "Armenia and Azerbaijan initialled a peace deal between the two countries at the White House.", []string{"ARM>AZE:05", "AZE>ARM:05"}},
	})
}
