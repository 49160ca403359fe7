package extract

import "testing"

// TestRecallWords covers public statements, threats, aid, intent and
// concessions: "agreed to" told by what follows it (an intent to
// cooperate, or a concession), and recipients named past a hyphenated
// modifier ("quake-hit Syria"). The sentences are written for this test
// in the manner of Reuters, AP, AFP, Xinhua and foreign-ministry
// readouts, with negative cases beside them.
func TestRecallWords(t *testing.T) {
	runCases(t, wordsCases)
}

// wordsCases are the sentences of TestRecallWords.
var wordsCases = []extractCase{
	// "agreed to" + a verb of cooperation: an intent (03x), not 05x.
	{"agreed to work towards", "NEW DELHI (Reuters) - India and Japan agreed on Sunday to work towards a free trade agreement.", []string{"IND>JPN:03", "JPN>IND:03"}},
	{"agreed to strengthen", "The presidents of Kenya and Tanzania agreed to strengthen bilateral ties during talks in Arusha.", []string{"KEN>TZA:03", "TZA>KEN:03"}},
	{"agreed to restore ties", "Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China.", []string{"CHN>IRN:04", "CHN>SAU:04", "IRN>SAU:03", "SAU>IRN:03"}},
	{"agreed to expand defence", "Australia agreed to expand defence cooperation with Papua New Guinea.", []string{"AUS>PNG:03"}},
	{"agreed to hold talks", "Ethiopia and Egypt agreed to hold fresh talks on the Nile dam next month.", []string{"EGY>ETH:03", "ETH>EGY:03"}},
	{"refused to agree", "Hungary refused to agree to deepen cooperation with Ukraine.", []string{"HUN>UKR:12"}},
	// "agreed to" + a concession: a yield (08x).
	{"agreed to reopen crossing", "Pakistan agreed to reopen the Torkham border crossing with Afghanistan after talks in Kabul.", []string{"PAK>AFG:08"}},
	{"agreed on swap", "Russia and Ukraine agreed on a prisoner exchange mediated by the United Arab Emirates.", []string{"ARE>RUS:04", "ARE>UKR:04", "RUS>UKR:08", "UKR>RUS:08"}},
	{"struck a deal on", "Moscow and Kyiv struck a deal on the safe passage of grain ships, Turkish officials said.", []string{"RUS>UKR:05", "UKR>RUS:05"}},
	{"deal on swap", "Russia and Ukraine reached a deal on a prisoner swap, the Kremlin said.", []string{"RUS>UKR:05", "RUS>UKR:08", "UKR>RUS:05", "UKR>RUS:08"}},
	{"deal on trade", "Britain and India reached a deal on tariffs for whisky and cars.", []string{"GBR>IND:05", "IND>GBR:05"}},
	{"agreed to request", "Egypt agreed to Israel's request to open the Rafah crossing for foreign nationals.", []string{"EGY>ISR:08"}},
	{"agreed to lift", "Saudi Arabia and its allies agreed to lift the blockade of Qatar at a summit in Al-Ula.", []string{"SAU>QAT:08"}},

	// Statements whose target is inside what they are about.
	{"denied supplying", "Tehran denied supplying drones to Russia for use in Ukraine.", []string{"IRN>RUS:01"}},
	{"denied funding", "Qatar's foreign ministry denied funding militant groups in Libya.", []string{"QAT>LBY:01"}},
	{"denied that clause", "Pakistan denied that it had sheltered the militants.", nil},
	{"denied that it", "Moscow has repeatedly denied that it targets civilians in Ukraine.", []string{"RUS>UKR:01"}},
	{"concern that other", "Tokyo expressed concern that Beijing was expanding its nuclear arsenal.", []string{"JPN>CHN:01"}},
	{"considering ties with", "The Philippines said it was considering closer security ties with Australia.", []string{"PHL>AUS:01"}},
	{"studying proposal from", "Indonesia said it was studying a proposal from China to build a high-speed railway.", []string{"IDN>CHN:01"}},
	{"concern over fighting in", "Saudi Arabia's foreign ministry said it was following with great concern the fighting in Sudan.", []string{"SAU>SDN:01"}},
	{"considering alone", "The cabinet is considering a new budget.", nil},

	// Judgements of an act owned or told, and threats joined to them.
	{"called possessed verdict", "The State Department called Hong Kong's verdict against Jimmy Lai a \"travesty\".", []string{"USA>HKG:11"}},
	{"called told move", "Lithuania expelled three Belarusian diplomats, and Minsk called the move a \"blatant provocation\" and vowed to respond.", []string{"BLR>LTU:11", "BLR>LTU:13", "LTU>BLR:16"}},
	{"viewed possessed decision", "Ankara viewed Stockholm's decision as an insult.", []string{"TUR>SWE:11"}},
	{"called possessed plan good", "Tokyo called Seoul's compensation plan a positive step.", []string{"JPN>KOR:05"}},
	{"vowed alone after judgement of own", "Iran condemned the attack and vowed to respond.", nil},

	// Threats whose target is named only by their condition.
	{"warned of measures if", "China warned of \"forceful measures\" if Taiwan's president transited through the United States.", []string{"CHN>TWN:13"}},
	{"warned of response unless", "Moscow warned of a \"military-technical response\" unless Finland stayed out of NATO.", []string{"RUS>FIN:13"}},
	{"warned of recession", "The IMF warned of a global recession if trade tensions worsened.", nil},
	{"befitting reply", "India said it would give a \"befitting reply\" to Pakistan for the attack.", []string{"IND>PAK:13"}},

	{"not rule out", "Israel said it would not rule out military action against Iran's nuclear facilities.", []string{"ISR>IRN:13"}},
	{"ruled out", "Japan ruled out military action against North Korea.", []string{"JPN>PRK:12"}},
	{"until a day", "The United States gave Hamas until Sunday to accept the proposal.", []string{"USA>PSE:13"}},
	{"deadline for", "Trump set a deadline for Russia to agree to a ceasefire.", []string{"USA>RUS:13"}},

	{"told it would pay", "Turkey's Erdogan told Greece it would \"pay a heavy price\" for harassing Turkish vessels.", []string{"TUR>GRC:01", "TUR>GRC:13"}},
	{"told it would not", "Erdogan told Greece that Turkey would not seek a confrontation.", []string{"TUR>GRC:01"}},

	{"deepest sympathies", "The Japanese prime minister conveyed his deepest sympathies to the people of Turkey after the earthquake.", []string{"JPN>TUR:01"}},

	// Aid to a country named past a hyphenated modifier, and a list of goods.
	{"airlifted to quake-hit", "Qatar airlifted food and tents to earthquake-hit Syria on Tuesday.", []string{"QAT>SYR:07"}},
	{"aid to war-torn", "Saudi Arabia sent 40 tonnes of medical supplies to war-torn Sudan.", []string{"SAU>SDN:07"}},
	{"aid to cash-strapped", "China extended a $2 billion loan to cash-strapped Pakistan.", []string{"CHN>PAK:07"}},
	// Goods sent that the vocabulary does not name.
	{"will send tanks", "Britain will send 14 Challenger 2 tanks to Ukraine, Prime Minister Rishi Sunak said.", []string{"GBR>UKR:03"}},
	{"shipped wheat", "Russia shipped 25,000 tonnes of wheat to Burkina Faso last month.", []string{"RUS>BFA:07"}},
	{"transferred howitzers", "Seoul transferred dozens of K9 howitzers to Poland under a 2022 deal.", []string{"KOR>POL:07"}},
	{"sent warships no goods", "Britain sent two warships to the Gulf of Oman after the tanker seizure.", nil},
	{"sent troops no goods", "Rwanda sent troops to Mozambique's Cabo Delgado province.", nil},
	{"refused to send", "Germany refused to send Taurus missiles to Ukraine.", []string{"DEU>UKR:12"}},
	{"pledged sum for", "France pledged 100 million euros for Lebanon's reconstruction at the Paris conference.", []string{"FRA>LBN:03"}},
	{"sum for own", "Spain pledged 20 million euros for the conference.", nil},
	// Aid told by its arrival or receipt.
	{"convoy from reached", "A humanitarian convoy from Jordan reached Gaza on Sunday, the Jordanian army said.", []string{"JOR>PSE:07"}},
	{"demonym teams arrived", "Turkish rescue teams arrived in Morocco to help search for survivors.", []string{"TUR>MAR:07"}},
	{"received jets from", "Ukraine received its first batch of F-16 jets from Denmark.", []string{"DNK>UKR:07"}},
	{"tanks entered", "Russian tanks entered Ukraine from Belarus before dawn.", nil},
	{"convoy without aid", "A convoy from Jordan reached the border on Sunday.", nil},
	{"goods and no recipient", "Turkey sent food and blankets to the quake zone.", nil},
}
