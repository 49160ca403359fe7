package extract

import "testing"

// TestRecallVocab3 covers the third round of relation vocabulary: the verbs
// and nouns of wire copy for the CAMEO roots the extractor missed most
// (statements, intents, aid, investigations, disapproval, rejection,
// threats, protests, force posture, reduced relations, coercion, assault
// and mass violence), with the prepositions that introduce the target. The
// sentences are written for this test in the manner of Reuters, AP, AFP and
// government readouts.
func TestRecallVocab3(t *testing.T) {
	runCases(t, []extractCase{
		// 03 pledges of amounts
		{"03 pledged", "China pledged $2 billion to Pakistan.", []string{"CHN>PAK:03"}},
		{"03 vowed to support", "Germany vowed to support Ukraine for as long as it takes.", []string{"DEU>UKR:03"}},
		{"03 promised weapons", "The United States promised Taiwan more weapons.", []string{"USA>TWN:03"}},
		{"03 pledged in aid", "Japan pledged $50 million in humanitarian aid for Gaza.", []string{"JPN>PSE:03"}},
		// 01 make public statement
		{"01 voiced concern", "Egypt voiced deep concern over Ethiopia's filling of the dam on the Blue Nile.", []string{"EGY>ETH:01"}},
		{"01 optimism", "Japan's foreign minister expressed optimism about relations with South Korea.", []string{"JPN>KOR:01"}},
		// 03 express intent to cooperate
		{"03 promised to buy", "China promised to buy more U.S. soybeans under the truce, the commerce ministry said.", []string{"CHN>USA:03"}},
		{"03 offered to help", "Japan offered to help Indonesia build a high-speed railway.", []string{"JPN>IDN:03"}},
		{"03 agreed to share", "India agreed to share intelligence with Australia on maritime threats.", []string{"IND>AUS:03"}},
		{"03 vowed to help", "Turkish President Tayyip Erdogan vowed to help Syria rebuild after the war.", []string{"TUR>SYR:03"}},
		// 07 provide aid
		{"07 food aid to", "Japan provided emergency food aid to Sri Lanka after the floods, the foreign ministry said.", []string{"JPN>LKA:07"}},
		{"07 medical supplies to", "Saudi Arabia delivered 90 tonnes of medical supplies to Sudan on Sunday.", []string{"SAU>SDN:07"}},
		{"07 airlifted", "The United Arab Emirates airlifted humanitarian aid to Afghanistan after the earthquake.", []string{"ARE>AFG:07"}},
		{"07 in assistance", "Germany gave Ukraine 500 million euros in military assistance, the defence ministry said.", []string{"DEU>UKR:07"}},
		{"07 in aid for", "The United States approved $300 million in military aid for Ukraine.", []string{"USA>UKR:07"}},
		{"07 donated", "Qatar donated $10 million to Lebanon's army.", []string{"QAT>LBN:07"}},
		{"07 shipped wheat", "Russia shipped 200,000 tonnes of wheat to Syria free of charge.", []string{"RUS>SYR:07"}},
		{"07 rescue teams", "Turkey dispatched search and rescue teams to Morocco after the earthquake.", []string{"TUR>MAR:07"}},
		{"07 medicines to", "India sent 25 tonnes of medicines to Myanmar following the earthquake.", []string{"IND>MMR:07"}},
		// 09 investigate
		{"09 opened investigation", "Polish prosecutors opened an investigation into Russia's role in the sabotage of a railway line.", []string{"POL>RUS:09"}},
		{"09 probe into", "Moldova launched a probe into Russia over the funding of opposition parties.", []string{"MDA>RUS:09"}},
		{"09 investigating role", "South Korea's intelligence agency is investigating North Korea's role in the hack.", []string{"KOR>PRK:09"}},
		{"09 probing", "Dutch prosecutors are probing Russia's role in the downing of flight MH17.", []string{"NLD>RUS:09"}},
		// 11 disapprove
		{"11 lambasted", "China lambasted the Philippines for \"provocations\" in the South China Sea.", []string{"CHN>PHL:11"}},
		{"11 accused of", "Ukraine accused Russia of war crimes in the occupied south.", []string{"UKR>RUS:11"}},
		{"11 blamed for", "Pakistan blamed India for the bombing in Quetta.", []string{"PAK>IND:11"}},
		{"11 denounced", "Mexico denounced the U.S. tariffs as unfair and unjustified.", []string{"MEX>USA:11"}},
		{"11 lodged protest", "China lodged a formal protest with Japan over the minister's visit to the Yasukuni shrine.", []string{"CHN>JPN:11"}},
		{"11 summoned", "Japan summoned China's ambassador to protest against the detention of a Japanese national.", []string{"JPN>CHN:11"}},
		{"11 criticised over", "Germany criticised China over its support for Russia.", []string{"DEU>CHN:11"}},
		{"11 slammed decision", "Poland slammed Hungary's decision to grant asylum to a former minister.", []string{"POL>HUN:11"}},
		{"11 voiced regret", "South Korea voiced strong regret over Japan's claims to the islands.", []string{"KOR>JPN:11"}},
		{"11 sentenced", "Iran sentenced a British-Iranian aid worker to five years in prison.", []string{"IRN>GBR:11"}},
		// 12 reject
		{"12 refused request", "Iran refused Russia's request to use its air bases.", []string{"IRN>RUS:12"}},
		{"12 turned down", "Zelenskiy turned down Moscow's offer of a temporary truce.", []string{"UKR>RUS:12"}},
		{"12 vetoed", "Russia vetoed a U.S.-drafted Security Council resolution on Ukraine.", []string{"RUS>USA:12"}},
		{"12 rejected claims", "Venezuela rejected Guyana's claims to the Essequibo region.", []string{"VEN>GUY:12"}},
		{"12 rejected proposal", "Israel rejected France's proposal for a ceasefire in Lebanon.", []string{"ISR>FRA:12"}},
		{"12 rebuffed", "Ethiopia rebuffed Egypt's demands over the dam.", []string{"ETH>EGY:12"}},
		{"12 rejected offer", "Taiwan rejected China's offer of talks under the \"one country, two systems\" formula.", []string{"TWN>CHN:12"}},
		// 13 threaten
		{"13 threatened sanctions", "China threatened to impose sanctions on Lithuania over the opening of a Taiwanese office.", []string{"CHN>LTU:13"}},
		{"13 warned of retaliation", "North Korea warned South Korea of \"merciless\" retaliation over the drills.", []string{"PRK>KOR:13"}},
		{"13 vowed to retaliate", "Russia vowed to retaliate against Finland for joining NATO.", []string{"RUS>FIN:13"}},
		{"13 threatened with", "North Korea threatened South Korea with nuclear retaliation.", []string{"PRK>KOR:13"}},
		{"13 stern warning", "Russia issued a stern warning to Norway over its military buildup.", []string{"RUS>NOR:13"}},
		{"13 warned of consequences", "China warned the Philippines of consequences if it continued to provoke.", []string{"CHN>PHL:13"}},
		{"13 tariffs", "Trump threatened Canada with 25% tariffs.", []string{"USA>CAN:13"}},
		{"13 warned against", "Iran warned the United States against any attack on its nuclear sites.", []string{"IRN>USA:13"}},
		// 14 protest
		{"14 demonstrated against", "Ghanaians demonstrated against Nigeria's border closure.", []string{"GHA>NGA:14"}},
		{"14 protested outside", "Thousands of Pakistanis protested outside the French embassy in Islamabad.", []string{"PAK>FRA:14"}},
		{"14 rallied outside", "Iraqi protesters rallied outside the U.S. embassy in Baghdad.", []string{"IRQ>USA:14"}},
		// 15 exhibit force posture
		{"15 deployed along border", "Russia deployed troops along its border with Finland, the Finnish defence ministry said.", []string{"RUS>FIN:15"}},
		{"15 drills near", "China staged military drills near Taiwan on Monday.", []string{"CHN>TWN:15"}},
		{"15 high alert", "India put its forces on high alert along the border with Pakistan.", []string{"IND>PAK:15"}},
		{"15 mobilised near", "Venezuela mobilised troops near the border with Guyana.", []string{"VEN>GUY:15"}},
		{"15 bombers near", "Russia flew two nuclear-capable bombers near Japan.", []string{"RUS>JPN:15"}},
		{"15 warships into waters", "China sent warships into waters near the Philippines.", []string{"CHN>PHL:15"}},
		{"15 live-fire near border", "North Korea conducted live-fire drills near the border with South Korea.", []string{"PRK>KOR:15"}},
		{"15 massed", "Israel massed troops on its border with Lebanon.", []string{"ISR>LBN:15"}},
		{"15 readiness", "Azerbaijan raised the combat readiness of its troops on the border with Armenia.", []string{"AZE>ARM:15"}},
		// 16 reduce relations
		{"16 halted gas", "Russia halted gas supplies to Moldova.", []string{"RUS>MDA:16"}},
		{"16 closed embassy", "Ecuador closed its embassy in Mexico.", []string{"ECU>MEX:16"}},
		{"16 banned imports", "China banned imports of Japanese seafood.", []string{"CHN>JPN:16"}},
		{"16 expelled ambassador", "Niger expelled France's ambassador on Friday.", []string{"NER>FRA:16"}},
		{"16 recalled ambassador", "Canada recalled its ambassador from Saudi Arabia.", []string{"CAN>SAU:16"}},
		{"16 cut ties", "Nicaragua cut diplomatic ties with Taiwan.", []string{"NIC>TWN:16"}},
		{"16 suspended aid", "The United States suspended military aid to Pakistan.", []string{"USA>PAK:16"}},
		{"16 downgraded", "Mali downgraded diplomatic relations with Algeria.", []string{"MLI>DZA:16"}},
		// 17 coerce
		{"17 seized tanker", "Iran seized a Greek oil tanker in the Gulf.", []string{"IRN>GRC:17"}},
		{"17 detained citizens", "China detained two Canadian citizens on spying charges.", []string{"CHN>CAN:17"}},
		{"17 arrested national", "Russia arrested a French national on charges of collecting military information.", []string{"RUS>FRA:17"}},
		{"17 deported", "Pakistan deported thousands of Afghans across the border.", []string{"PAK>AFG:17"}},
		{"17 jailed", "Russia jailed an American journalist for 16 years.", []string{"RUS>USA:17"}},
		{"17 deported to", "Thailand deported 40 Uyghurs to China.", []string{"THA>CHN:17"}},
		{"17 impounded", "Nigeria impounded a Chinese fishing vessel.", []string{"NGA>CHN:17"}},
		{"17 charged", "U.S. prosecutors charged three Iranians with plotting to kill Trump.", []string{"USA>IRN:17"}},
		// 18 assault
		{"18 hijacked", "Houthi rebels hijacked a British-owned cargo ship in the Red Sea.", []string{"YEM>GBR:18"}},
		{"18 tortured", "Russian soldiers tortured Ukrainian prisoners of war.", []string{"RUS>UKR:18"}},
		{"18 abducted", "Al-Shabaab militants abducted Kenyan teachers near the border.", []string{"SOM>KEN:18"}},
		{"18 assassinated", "Israel assassinated Hamas leader Ismail Haniyeh.", []string{"ISR>PSE:18"}},
		{"18 suicide bombing", "The Pakistani Taliban carried out a suicide bombing against a Chinese convoy.", []string{"PAK>CHN:18"}},
		// 20 mass violence
		{"20 genocide against", "Sudan's RSF committed genocide against the Masalit in Darfur.", []string{"SDN>SDN:20"}},
		{"20 chemical weapons", "Syrian government forces used chemical weapons against rebels in Ghouta.", []string{"SYR>SYR:20"}},
		{"20 massacre of", "Russian troops carried out a massacre of Ukrainian civilians in Bucha.", []string{"RUS>UKR:20"}},
		// No event: the same words in reports of no act between countries.
		{"no investigation", "The investigation into the crash is expected to take months, officials said.", nil},
		{"no aid prices", "Aid agencies said food prices had risen sharply in Yemen.", nil},
		{"no warned inflation", "Analysts warned that inflation could rise further in Turkey.", nil},
		{"no parade troops", "Thousands of troops took part in a parade in Moscow.", nil},
		{"accused passive", "Israel was accused of ethnic cleansing of Palestinians in Gaza.", []string{"ISR>PSE:20"}}, // the accused's act when no country accuses (relations_violence.go)
		{"no issued statement", "The foreign ministry issued a statement on Tuesday.", nil},
		{"no drills domestic", "The army held drills near the capital on Monday.", nil},
		{"no protest local", "Farmers protested in Paris against low prices.", nil},
	})
}
