package extract

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRecallActors2 covers the second round of actor readings: a demonym
// before a force, weapon or vehicle as that country's actor, mentions that
// stand for a pair ("the two sides"), lists of demonyms before one agent,
// and territories coded as their sovereign, as Phoenix codes them. Each
// case is a sentence written for this test in the manner of wire copy;
// want is the directed country dyads a reader would code.
func TestRecallActors2(t *testing.T) {
	runDyadCases(t, []extractCase{
		// Demonym + force, weapon or vehicle: the country's military.
		{"drones subject", "Russian drones struck Kyiv overnight, killing four people, Ukrainian officials said.", []string{"RUS>UKR"}},
		{"strikes killed", "BEIRUT (Reuters) - Israeli strikes have killed hundreds of people in Lebanon since Monday, the health ministry said.", []string{"ISR>LBN"}},
		{"warplanes bombed", "Turkish warplanes bombed Kurdish militant positions in northern Iraq on Sunday.", []string{"TUR>IRQ"}},
		{"sea drones", "Ukrainian sea drones hit a Russian landing ship off the coast of Crimea, Kyiv said.", []string{"UKR>RUS"}},
		{"fighter jets object", "Pakistani air defences shot down two Indian fighter jets over Kashmir, the army said.", []string{"PAK>IND"}},
		{"coast guard vessels", "Chinese coast guard vessels fired water cannon at a Philippine supply ship near Second Thomas Shoal.", []string{"CHN>PHL"}},
		{"forces shot down", "Ukrainian forces shot down 40 Russian drones overnight, the air force said.", []string{"RUS>UKR", "UKR>RUS"}},
		{"numeral before target", "Chinese vessels fired water cannon at two Philippine ships near Scarborough Shoal.", []string{"CHN>PHL"}},
		{"army bases", "Israeli jets struck two Syrian army bases near Damascus overnight.", []string{"ISR>SYR"}},
		{"convoy object", "Israeli forces attacked a Syrian army convoy near Damascus on Tuesday.", []string{"ISR>SYR"}},
		{"attacked convoy", "Rebels in Mali attacked a Russian convoy near Kidal, killing several mercenaries.", []string{"MLI>RUS"}},
		{"model designation", "Ukrainian sea drones shot down two Russian Su-30 fighter jets over the Black Sea, Kyiv said.", []string{"UKR>RUS"}},
		{"model name", "Israeli F-35 jets struck Iranian air defences near Tehran on Saturday.", []string{"ISR>IRN"}},
		{"cruise missiles", "BELGRADE (AP) - Russian cruise missiles hit Kyiv overnight, Ukraine's air force said.", []string{"RUS>UKR"}},
		{"border guards", "Tajik and Kyrgyz border guards exchanged fire on Thursday near the disputed frontier.", []string{"KGZ>TJK", "TJK>KGZ"}},
		{"police fired", "Kenyan police fired tear gas at protesters in Nairobi on Tuesday.", []string{"KEN>KEN"}},
		// Mentions standing for a pair.
		{"two sides", "Indian and Chinese commanders met at the border on Monday. The two sides agreed to pull back troops from the friction points.", []string{"CHN>IND", "IND>CHN"}},
		{"both countries", "Armenia and Azerbaijan initialled a peace treaty in Washington, and both countries pledged to reopen transport links.", []string{"ARM>AZE", "AZE>ARM"}},
		{"the two leaders", "Chinese President Xi Jinping hosted Brazilian President Luiz Inacio Lula da Silva in Beijing. The two leaders signed 20 cooperation agreements.", []string{"BRA>CHN", "CHN>BRA"}},
		{"the two neighbours", "Thailand and Cambodia traded accusations on Friday, and the two neighbours agreed to hold talks in Kuala Lumpur.", []string{"KHM>THA", "THA>KHM"}},
		{"they after pair", "Egypt and Turkey restored full diplomatic ties in July, and they signed a trade agreement in Ankara on Thursday.", []string{"EGY>TUR", "TUR>EGY"}},
		{"each other", "Pakistan and India accused each other of violating the ceasefire along the Line of Control.", []string{"IND>PAK", "PAK>IND"}},
		{"one another", "YEREVAN (Reuters) - Armenia and Azerbaijan have accused one another of shelling border villages.", []string{"ARM>AZE", "AZE>ARM"}},
		{"both sides next sentence", "Russian and Ukrainian negotiators met in Istanbul on Friday. Both sides agreed to exchange 1,000 prisoners of war each.", []string{"RUS>UKR", "UKR>RUS"}},
		{"place is no side", "Thailand and Cambodia held talks in Malaysia on Monday. The two sides agreed to an immediate ceasefire.", []string{"KHM>THA", "THA>KHM"}},
		{"three is no pair", "France, Germany and Italy said they would send more air defence systems to Ukraine.", []string{"DEU>UKR", "FRA>UKR", "ITA>UKR"}},
		{"both sides of", "Troops on both sides of the border were put on alert, Indian officials said.", nil},
		// Lists of demonyms before one agent: one actor per country.
		{"demonym list ministers", "The French, British and German foreign ministers urged Iran to return to nuclear talks.", []string{"DEU>IRN", "FRA>IRN", "GBR>IRN"}},
		{"two demonyms officials", "Saudi and Emirati officials met Sudanese army envoys in Jeddah on Sunday.", []string{"ARE>SDN", "SAU>SDN", "SDN>SAU"}},
		{"countries and others", "Germany, Poland and others criticised Hungary's decision to block the aid package.", []string{"DEU>HUN", "POL>HUN"}},
		// Officials named by title and surname alone.
		{"deputy secretary", "Deputy Secretary Landau met with Vietnamese Deputy Foreign Minister Le Thi Thu Hang in Washington.", []string{"USA>VNM", "VNM>USA"}},
		// Territories coded as their sovereign, as Phoenix codes them.
		{"greenland", "NUUK (Reuters) - Greenland's government criticised the United States over a planned visit by U.S. officials.", []string{"DNK>USA"}},
		{"puerto rico", "Puerto Rico's governor criticised Venezuela over the detention of two island residents.", []string{"USA>VEN"}},
		{"hong kong own", "Hong Kong's leader criticised Britain for granting asylum to activists.", []string{"HKG>GBR"}},
		// No event: demonyms before other nouns stay adjectives.
		{"adjective", "Chinese exports to Europe rose 8 percent in May, customs data showed.", nil},
	})
}

// TestUserAliasLowerCase checks that a user lexicon's alias ending in a
// lower-case word ("the Biden administration") names its actor, while the
// same text without the user lexicon names nobody.
func TestUserAliasLowerCase(t *testing.T) {
	base, err := BuiltinLexicon()
	if err != nil {
		t.Fatal(err)
	}
	u, err := ParseUserLexicon("user.yaml", []byte("actors:\n  - id: northwind-holdings\n    name: Northwind Holdings\n    type: organisation\n    country: NOR\n    aliases: [the Northwind consortium]\n"), base)
	if err != nil {
		t.Fatal(err)
	}
	l, err := base.With(u)
	if err != nil {
		t.Fatal(err)
	}
	text := "Washington imposed sanctions on Iran's oil sector on Thursday. Chile condemned the Northwind consortium over the spill."
	for _, c := range []struct {
		name string
		lex  *Lexicon
		want []string
	}{
		{"user lexicon", l, []string{"CHL>NOR", "USA>IRN"}},
		{"built-in", base, []string{"USA>IRN"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ts, err := NewExtractor(c.lex).Extract(context.Background(), Article{ID: "t", Date: "2024-03-01", Text: text})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, countryDyads(ts)); diff != "" {
				t.Errorf("(-want +got):\n%s%s", diff, dump(ts))
			}
		})
	}
}
