package extract

import (
	"context"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// dyads returns the directed country dyads and CAMEO roots of triples as
// "SUB>OBJ:RR", sorted and unique: what the outside evaluation scores.
func dyads(ts []Triple) []string {
	seen := map[string]bool{}
	var out []string
	for _, tr := range ts {
		k := tr.Subject.Country + ">" + tr.Object.Country + ":" + tr.Relation.Cameo[:2]
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

type extractCase struct {
	name string
	text string
	want []string // "SUB>OBJ:RR"; nil for no event
}

func runCases(t *testing.T, cases []extractCase) {
	t.Helper()
	runCasesWith(t, cases, dyads)
}

// runCasesWith extracts each case's text and compares read(triples) with
// its want.
func runCasesWith(t *testing.T, cases []extractCase, read func([]Triple) []string) {
	t.Helper()
	x := testExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ts, err := x.Extract(context.Background(), Article{ID: "t", Date: "2025-06-12", Text: c.text})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if diff := cmp.Diff(c.want, read(ts)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s%s", c.text, diff, dump(ts))
			}
		})
	}
}

// TestExtractRoots covers every CAMEO root with sentences in the style of
// wire copy.
func TestExtractRoots(t *testing.T) {
	runCases(t, []extractCase{
		// 01 make public statement
		{"01 concern", "Japan expressed concern about North Korea's missile launches on Tuesday.", []string{"JPN>PRK:01"}},
		{"01 condolences", "Egypt offered condolences to Turkey after the earthquake, the foreign ministry said.", []string{"EGY>TUR:01"}},
		{"01 optimism", "CAIRO, March 3 (Reuters) - Egyptian Foreign Minister Badr Abdelatty expressed optimism about talks with Ethiopia over the dam.", []string{"EGY>ETH:01"}},
		// 02 appeal
		{"02 urge", "Ukrainian President Volodymyr Zelensky urged Germany to deliver more air defence systems.", []string{"UKR>DEU:02"}},
		{"02 appeal to", "Lebanon appealed to France for humanitarian assistance after the blast.", []string{"LBN>FRA:02"}},
		{"02 call on", "The Philippines called on China to respect the 2016 arbitral ruling.", []string{"PHL>CHN:02"}},
		{"02 ask", "Sudan asked Egypt for help in ending the war, officials said.", []string{"SDN>EGY:02"}},
		// 03 express intent to cooperate
		{"03 pledge invest", "Japan pledged to invest 10 trillion yen in India over the next decade.", []string{"JPN>IND:03"}},
		{"03 seek to deepen", "Brazil and the United States are seeking to deepen a partnership on clean energy.", []string{"BRA>USA:03", "USA>BRA:03"}},
		{"03 ready to restore", "Saudi Arabia said it was ready to restore diplomatic relations with Iran.", []string{"SAU>IRN:03"}},
		{"03 offer mediate", "Qatar has offered to mediate between Iran and the United States, diplomats said.", []string{"QAT>IRN:03", "QAT>USA:03"}},
		{"03 will visit", "Chinese President Xi Jinping will travel to Moscow next month.", []string{"CHN>RUS:03"}},
		{"03 support", "The United States expressed support for the Philippines.", []string{"USA>PHL:03"}},
		{"03 military aid intent", "Britain will send military aid to Ukraine, the defence ministry said.", []string{"GBR>UKR:03"}},
		// 04 consult
		{"04 met", "Turkish Foreign Minister Hakan Fidan met Russian Foreign Minister Sergei Lavrov in Ankara on Wednesday.", []string{"RUS>TUR:04", "TUR>RUS:04"}},
		{"04 held talks", "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Shigeru Ishiba in Tokyo.", []string{"IND>JPN:04", "JPN>IND:04"}},
		{"04 phone", "U.S. Secretary of State Marco Rubio spoke with Philippine Foreign Secretary Enrique Manalo by phone.", []string{"USA>PHL:04"}},
		{"04 visited", "German Chancellor Friedrich Merz visited Kyiv on Monday.", []string{"DEU>UKR:04"}},
		{"04 hosted", "Egypt hosted Jordan's King Abdullah in Cairo on Sunday.", []string{"EGY>JOR:04", "JOR>EGY:04"}},
		{"04 received", "Saudi Crown Prince Mohammed bin Salman received Syrian President Ahmed al-Sharaa in Riyadh.", []string{"SAU>SYR:04", "SYR>SAU:04"}},
		{"04 paid visit", "Australian Prime Minister Anthony Albanese paid an official visit to China this week.", []string{"AUS>CHN:04"}},
		{"04 dateline", "ISLAMABAD, Oct 25 (Reuters) - Pakistan's army chief Field Marshal Asim Munir met U.S. President Donald Trump at the White House on Thursday.", []string{"PAK>USA:04", "USA>PAK:04"}},
		{"04 arrived", "Iranian Foreign Minister Abbas Araghchi arrived in Beijing on Sunday for a two-day visit.", []string{"IRN>CHN:04"}},
		// 05 diplomatic cooperation
		{"05 praised", "Indian Prime Minister Narendra Modi praised Japan as a trusted partner.", []string{"IND>JPN:05"}},
		{"05 signed coord", "France and Germany signed a defence cooperation agreement in Paris on Tuesday.", []string{"DEU>FRA:05", "FRA>DEU:05"}},
		{"05 peace accord", "Armenia and Azerbaijan signed a peace accord at the White House.", []string{"ARM>AZE:05", "AZE>ARM:05"}},
		{"05 thanked", "Vietnam thanked Japan for its assistance after the typhoon.", []string{"VNM>JPN:05"}},
		{"05 MoU with", "Kenya signed a memorandum of understanding with China on infrastructure financing.", []string{"CHN>KEN:05", "KEN>CHN:05"}},
		{"05 called partner", "Polish President Karol Nawrocki called the United States Poland's most important ally.", []string{"POL>USA:05"}},
		// 06 material cooperation
		{"06 joint exercises", "Germany and Poland held joint military exercises near the border.", []string{"DEU>POL:06", "POL>DEU:06"}},
		{"06 sold to", "Turkey sold armed drones to Ethiopia last year.", []string{"TUR>ETH:06"}},
		{"06 invest in", "Saudi Arabia invested $2 billion in Pakistan's central bank.", []string{"SAU>PAK:06"}},
		{"06 trade with", "India increased trade with Russia despite Western pressure.", []string{"IND>RUS:06"}},
		{"06 intelligence", "China agreed to share intelligence with Pakistan on militant groups.", []string{"CHN>PAK:03"}},
		// 07 provide aid
		{"07 sent aid", "Japan sent humanitarian aid to Myanmar after the earthquake.", []string{"JPN>MMR:07"}},
		{"07 provided", "The United States provided $200 million in economic assistance to Jordan.", []string{"USA>JOR:07"}},
		{"07 pledged euros", "Germany pledged 1.5 billion euros in military aid to Ukraine.", []string{"DEU>UKR:03"}},
		// 08 yield
		{"08 released", "Russia released 20 Ukrainian prisoners of war on Sunday.", []string{"RUS>UKR:08"}},
		{"08 withdrew", "Israel withdrew its troops from southern Lebanon.", []string{"ISR>LBN:08"}},
		{"08 lifted", "Canada lifted sanctions on Syria's central bank.", []string{"CAN>SYR:08"}},
		{"08 ceasefire", "Azerbaijan agreed to a ceasefire with Armenia late on Tuesday.", []string{"ARM>AZE:08", "AZE>ARM:08"}},
		// 09 investigate
		{"09 investigation", "Ukraine opened an investigation into Russia's shelling of Kharkiv.", []string{"UKR>RUS:09"}},
		// 10 demand
		{"10 demand that", "Iran demanded that the United States lift all sanctions.", []string{"IRN>USA:10"}},
		{"10 compensation", "Poland demanded compensation from Germany for wartime losses.", []string{"POL>DEU:10"}},
		{"10 withdrawal", "China demanded the withdrawal of Philippine vessels from the shoal.", []string{"CHN>PHL:10"}},
		// 11 disapprove
		{"11 accused", "China's foreign ministry rejected the protest and accused the Philippines of provoking tensions.", []string{"CHN>PHL:11"}},
		{"11 condemned", "Russia condemned the new U.S. sanctions as illegal.", []string{"RUS>USA:11"}},
		{"11 kremlin", "The Kremlin accused Kyiv of sabotaging diplomacy.", []string{"RUS>UKR:11"}},
		{"11 summoned", "Venezuela summoned the Colombian ambassador to protest the border incident.", []string{"VEN>COL:11"}},
		{"11 criticised", "India criticised Pakistan for supporting cross-border terrorism.", []string{"IND>PAK:11"}},
		{"11 passive", "Venezuela was condemned by Colombia for the crackdown.", []string{"COL>VEN:11"}},
		// 12 reject
		{"12 rejected offer", "North Korea rejected South Korea's offer of talks.", []string{"PRK>KOR:12"}},
		{"12 dismissed", "Russia dismissed Ukraine's peace proposal as unrealistic.", []string{"RUS>UKR:12"}},
		// 13 threaten
		{"13 warned coordinated", "Britain, France and Germany warned Iran that they would trigger the snapback of United Nations sanctions.", []string{"DEU>IRN:13", "FRA>IRN:13", "GBR>IRN:13"}},
		{"13 tariffs", "President Donald Trump threatened to impose tariffs on Mexico.", []string{"USA>MEX:13"}},
		{"13 nuclear", "North Korea threatened South Korea with a nuclear strike.", []string{"PRK>KOR:13"}},
		// 14 protest
		{"14 protested", "Thousands of Pakistanis protested against the United States in Karachi.", []string{"PAK>USA:14"}},
		// 15 exhibit force posture
		{"15 warships", "China deployed warships near Taiwan on Thursday.", []string{"CHN>TWN:15"}},
		{"15 massed", "Russia massed troops on the border with Ukraine.", []string{"RUS>UKR:15"}},
		// 16 reduce relations
		{"16 sanctions", "Japan imposed new sanctions on Russia's shadow fleet.", []string{"JPN>RUS:16"}},
		{"16 severed", "Ecuador severed diplomatic ties with Mexico after the embassy raid.", []string{"ECU>MEX:16"}},
		{"16 expelled", "Niger expelled the French ambassador.", []string{"NER>FRA:16"}},
		{"16 recalled", "Algeria recalled its ambassador from France.", []string{"DZA>FRA:16"}},
		{"16 suspended aid", "Washington suspended military aid to Ukraine.", []string{"USA>UKR:16"}},
		// 17 coerce
		{"17 seized", "Iran seized a British-flagged oil tanker in the Strait of Hormuz.", []string{"IRN>GBR:17"}},
		{"17 detained", "Russian authorities detained a French citizen on espionage charges.", []string{"RUS>FRA:17"}},
		// 18 assault
		{"18 assassinated", "Israel assassinated a senior Iranian commander in Tehran.", []string{"ISR>IRN:18"}},
		// 19 fight
		{"19 barrage", "Russian forces launched a barrage of drones and missiles at Kyiv overnight.", []string{"RUS>UKR:19"}},
		{"19 struck region", "Ukraine's military struck an oil depot in Russia's Bryansk region.", []string{"UKR>RUS:19"}},
		{"19 bombed", "Israeli warplanes bombed targets in southern Lebanon on Sunday.", []string{"ISR>LBN:19"}},
		{"19 exchanged fire", "Indian and Pakistani troops exchanged fire along the Line of Control.", []string{"IND>PAK:19", "PAK>IND:19"}},
		{"19 clashed", "Thai and Cambodian troops clashed on the border on Thursday.", []string{"KHM>THA:19", "THA>KHM:19"}},
		{"19 water cannon", "Chinese coast guard vessels fired water cannon at a Philippine fisheries ship.", []string{"CHN>PHL:19"}},
		{"19 passive", "Kyiv was struck by Russian missiles overnight.", []string{"RUS>UKR:19"}},
		// 20 mass violence
		{"20 massacred", "Russian forces massacred Ukrainian civilians in Bucha.", []string{"RUS>UKR:20"}},
	})
}

// TestExtractMeaning covers negation, intent, questions, conditionals,
// hypotheticals and sentences that report no event.
func TestExtractMeaning(t *testing.T) {
	runCases(t, []extractCase{
		{"no event economy", "Pakistan's economy grew 3 percent last year.", nil},
		{"no event focus", "The talks will focus on trade, officials said.", nil},
		{"conditional", "If Iran attacks Israel, the United States will respond.", nil},
		{"question", "Did Russia attack Ukraine's power grid?", nil},
		{"question 2", "Would China invade Taiwan?", nil},
		{"negated", "Russia did not attack Ukraine's power grid, the defence ministry said.", nil},
		{"never", "Turkey never recognised Cyprus.", nil},
		{"denied", "Iran denied attacking the tanker.", nil},
		{"hypothetical", "The United States could impose sanctions on Venezuela if talks fail.", nil},
		{"expense", "US support for Pakistan does not come at the expense of India, Rubio said.", nil},
		{"oil prices", "Oil prices rose in London on Monday as traders watched Iran.", nil},
		{"cabinet", "Japan's prime minister is expected to announce his cabinet on Friday.", nil},
		{"debate", "Germany's parliament debated the budget for hours.", nil},
		{"spoke about", "The French president spoke about climate change at the conference in Brazil.", nil},
		{"tourists", "Chinese tourists flocked to Thailand during the holiday.", nil},
		{"may test", "North Korea may test another missile soon, South Korean officials said.", nil},
		{"would not attend", "Brazil's president said he would not attend the summit in South Africa.", nil},
		{"unless", "Unless Russia withdraws, Ukraine will not negotiate with Moscow.", nil},
		{"weather", "The weather in Moscow was cold and wet on Tuesday.", nil},
		{"cricket", "India beat Australia by six wickets in the final in Dubai.", nil},
		{"refused", "Hungary refused to sign the joint statement on Ukraine.", nil},
		{"intent not act", "Kazakhstan plans to sign a gas deal with China next year.", []string{"KAZ>CHN:03"}},
		{"interested in", "We are interested in rebuilding an alliance with you, Rubio told Pakistan.", []string{"USA>PAK:01"}},
	})
}

// TestExtractCoreference covers pronouns, surnames, roles and acronyms
// across sentences.
func TestExtractCoreference(t *testing.T) {
	runCases(t, []extractCase{
		{"surname", "Russian Foreign Minister Sergei Lavrov arrived in Ankara on Tuesday. Lavrov met Turkish President Recep Tayyip Erdogan.", []string{"RUS>TUR:04"}},
		{"pronoun", "Chinese Foreign Minister Wang Yi visited Berlin. He praised Germany as a reliable partner.", []string{"CHN>DEU:04", "CHN>DEU:05"}},
		{"role", "U.S. Secretary of State Marco Rubio met Indian External Affairs Minister Subrahmanyam Jaishankar in Washington. The secretary of state praised India as a key partner.", []string{"IND>USA:04", "USA>IND:04", "USA>IND:05"}},
		{"acronym", "Japan's Mitsubishi Heavy Industries (MHI) signed a contract with Australia. MHI will supply frigates to Australia.", []string{"JPN>AUS:03", "JPN>AUS:06"}},
		{"shared subject", "Ukrainian President Volodymyr Zelensky condemned the attack and urged Western allies to pressure Russia.", nil},
		{"relative clause", "Egypt, which has mediated between Israel and Qatar for months, hosted Turkish President Recep Tayyip Erdogan in Cairo on Monday.", []string{"EGY>ISR:04", "EGY>QAT:04", "EGY>TUR:04", "TUR>EGY:04"}},
		{"said it", "Saudi Arabia said it would send aid to Sudan.", []string{"SAU>SDN:03"}},
	})
}
