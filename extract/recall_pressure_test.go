package extract

import "testing"

// TestRecallPressure covers pressure short of force: sanctions and reduced
// relations (16), coercion (17), demonstrations against another country
// (14) and rejections (12). The sentences are written for this test in
// the manner of wire copy and foreign-ministry statements.
func TestRecallPressure(t *testing.T) {
	runCases(t, []extractCase{
		// 16: sanctions, embargoes, bans, reduced ties.
		{"sanctions by an IGO", "The European Union adopted a 17th package of sanctions against Russia on Tuesday.", nil},
		{"slapped tariffs", "Washington slapped tariffs on Chinese steel and aluminium.", []string{"USA>CHN:16"}},
		{"percent tariffs", "Washington imposed 25% tariffs on Canadian goods.", []string{"USA>CAN:16"}},
		{"tariffs on imports from", "Washington announced tariffs on imports from Canada and Mexico.", []string{"USA>CAN:16", "USA>MEX:16"}},
		{"froze assets", "Britain froze the assets of three Iranian banks.", []string{"GBR>IRN:16"}},
		{"blacklisted firms", "The U.S. Commerce Department blacklisted two Chinese firms over their ties to the military.", []string{"USA>CHN:16"}},
		{"visa bans on officials", "Lithuania imposed visa bans on Georgian officials after the crackdown.", []string{"LTU>GEO:16"}},
		{"expelled and suspended", "Canada expelled six Indian diplomats and suspended trade talks.", []string{"CAN>IND:16"}},
		{"recalled ambassador from capital", "Chile recalled its ambassador from Tel Aviv on Thursday.", []string{"CHL>ISR:16"}},
		{"downgraded ties", "Bolivia downgraded diplomatic ties with Israel.", []string{"BOL>ISR:16"}},
		{"cut off gas", "Russia cut off gas supplies to Bulgaria and Poland.", []string{"RUS>BGR:16", "RUS>POL:16"}},
		{"banned imports", "China banned imports of Australian wine in 2020.", []string{"CHN>AUS:16"}},
		{"suspended imports", "Beijing suspended imports of Japanese seafood after the release of treated water from Fukushima.", []string{"CHN>JPN:16"}},
		{"persona non grata", "Moldova declared a Russian diplomat persona non grata.", []string{"MDA>RUS:16"}},
		{"severed ties", "Nicaragua severed diplomatic relations with Taiwan.", []string{"NIC>TWN:16"}},
		{"imposed embargo", "Turkey imposed a trade embargo on Israel.", []string{"TUR>ISR:16"}},
		{"tightened export controls", "Japan tightened export controls on chip materials to South Korea.", []string{"JPN>KOR:16"}},
		{"withdrew ambassador", "Algeria withdrew its ambassador to France with immediate effect.", []string{"DZA>FRA:16"}},
		{"suspended flights", "Russia suspended flights to Georgia.", []string{"RUS>GEO:16"}},
		{"closure of consulate", "WARSAW, Oct 22 (Reuters) - Poland ordered the closure of the Russian consulate in Poznan, Foreign Minister Radoslaw Sikorski said on Tuesday.", []string{"POL>RUS:16"}},
		{"sanctioned entities", "The U.S. Treasury on Thursday sanctioned 12 Iranian entities involved in drone production.", []string{"USA>IRN:16"}},
		{"sanctions targeting", "Britain announced new sanctions targeting Russia's oil sector.", []string{"GBR>RUS:16"}},
		{"expelled the ambassador", "Mali's junta decided to expel the French ambassador.", []string{"MLI>FRA:16"}},
		{"expelled nationals stays", "Kenya deported a Turkish national wanted by Ankara.", []string{"KEN>TUR:17"}},
		{"nominal ban on", "China's ban on Japanese seafood hurt fishermen in Hokkaido.", []string{"CHN>JPN:16"}},
		{"nominal ban domestic", "Iran's ban on satellite dishes is widely flouted.", nil},
		// An answer "by" a gerund, and an act another prompted, are done.
		{"responded by recalling", "Algeria responded by recalling its ambassadors from Mali and Niger.", []string{"DZA>MLI:16", "DZA>NER:16"}},
		{"retaliated by expelling", "Moscow retaliated by expelling 10 Polish diplomats.", []string{"RUS>POL:16"}},
		{"killed by shelling is no answer", "Two Ukrainian civilians were killed by shelling overnight.", nil},
		{"prompting to expel", "The Czech Republic expelled 18 Russian diplomats it identified as spies, prompting Moscow to expel 20 Czech diplomats.", []string{"CZE>RUS:16", "RUS>CZE:16"}},
		{"urging to expel stays an appeal", "Kyiv urged Berlin to expel Russian diplomats.", []string{"UKR>DEU:02"}},
		{"did not sanction", "India has not imposed sanctions on Russia.", nil},
		{"conditional tariffs", "Analysts said Washington could impose tariffs on Mexican goods if talks fail.", nil},
		// Cutting a supply: the supplier acts against the receiver.
		{"halted arms exports", "Spain halted arms exports to Israel.", []string{"ESP>ISR:16"}},
		{"halted rare earth exports", "China halted rare earth exports to the United States.", []string{"CHN>USA:16"}},
		{"suspended development aid", "The Netherlands suspended development aid to Rwanda.", []string{"NLD>RWA:16"}},
		{"urged to stop supplying", "Moscow urged Washington to stop supplying weapons to Kyiv.", []string{"RUS>USA:02"}},
		{"would suspend aid", "Germany said it would suspend aid to Niger if the junta stayed.", []string{"DEU>NER:13"}},
		// Bans laid on another country's people, firms or goods are sanctions.
		{"closed airspace", "Canada closed its airspace to Russian airlines.", []string{"CAN>RUS:16"}},
		{"barred entry", "Israel barred entry to two U.S. congresswomen.", []string{"ISR>USA:16"}},
		{"denied entry", "Israel denied entry to a French lawmaker.", []string{"ISR>FRA:16"}},
		{"banned apps", "India banned 59 Chinese apps, including TikTok.", []string{"IND>CHN:16"}},
		{"domestic ban stays", "Thailand banned the opposition Move Forward party.", []string{"THA>THA:17"}},
		// Retaliation with a measure is that measure; a reason is no target.
		{"retaliated with tariffs", "Beijing retaliated with tariffs on American farm products.", []string{"CHN>USA:16"}},
		{"hit back with counter-tariffs", "Ottawa hit back with counter-tariffs on U.S. steel.", []string{"CAN>USA:16"}},
		{"retaliated with strikes", "Israel retaliated with air strikes on Hezbollah positions in Lebanon.", []string{"ISR>LBN:19"}},
		{"reason is no target", "Beijing imposed sanctions on Lockheed Martin over arms sales to Taiwan.", nil},
		// 17: arrests, seizures, sentences.
		{"detained on spying", "China detained two Canadians on spying charges.", []string{"CHN>CAN:17"}},
		{"seized tanker", "Iran seized a Greek oil tanker in the Gulf of Oman.", []string{"IRN>GRC:17"}},
		{"seized cargo ship", "Ukraine's navy seized a Russian-flagged cargo ship in the Black Sea.", []string{"UKR>RUS:17"}},
		{"confiscated boats", "Indonesia confiscated 12 Vietnamese fishing boats.", []string{"IDN>VNM:17"}},
		{"deported migrants", "Tunisia deported dozens of Malian migrants.", []string{"TUN>MLI:17"}},
		{"detained soldiers", "Azerbaijan detained three Armenian soldiers near the border.", []string{"AZE>ARM:17"}},
		{"passive with place", "Two Japanese nationals were detained in China on suspicion of espionage.", []string{"CHN>JPN:17"}},
		{"passive with agent", "Evan Gershkovich, an American reporter, was arrested by Russia's FSB in Yekaterinburg.", []string{"RUS>USA:17"}},
		{"harassed boats", "Chinese maritime militia vessels harassed Philippine fishing boats near Scarborough Shoal.", []string{"CHN>PHL:17"}},
		{"jammed navigation", "Russia jammed satellite navigation over Estonia for hours.", []string{"RUS>EST:17"}},
		{"hackers attacked", "Russian hackers attacked Ukrainian government websites.", []string{"RUS>UKR:17"}},
		// Those held: agents of a foreign state, nationals named by apposition.
		{"spying for", "Poland arrested a man suspected of spying for Russia.", []string{"POL>RUS:17"}},
		{"on suspicion of spying", "German police detained three people on suspicion of spying for China.", []string{"DEU>CHN:17"}},
		{"spying charge no state", "Estonia arrested a former official on spying charges.", nil},
		{"apposition national", "Iran arrested Olivier Grondeau, a French tourist, in Shiraz.", []string{"IRN>FRA:17"}},
		{"apposition with modifier", "Russia arrested Paul Whelan, a former U.S. Marine, in Moscow.", []string{"RUS>USA:17"}},
		{"demonym before name", "Russia detained Canadian businessman Michael Spavor.", []string{"RUS>CAN:17"}},
		// A state arresting its own activist is a domestic event (EGYGOV →
		// EGYOPP in CAMEO actor codes); the lexicon's one-word "Hassan"
		// (of Jordan) is not "Ahmed Hassan".
		{"own national", "Egypt detained Ahmed Hassan, an Egyptian activist.", []string{"EGY>EGY:17"}},
		{"security services", "Russian security services arrested a French researcher.", []string{"RUS>FRA:17"}},
		{"passive sentenced with place", "The Indian foreign ministry said eight former Indian navy officers had been sentenced to death in Qatar.", []string{"QAT>IND:11"}},
		{"passive in speech", "Tokyo said a Japanese employee of Astellas Pharma had been detained in Beijing.", []string{"CHN>JPN:17"}},
		{"passive not detained", "No Japanese nationals were detained in China, the ministry said.", nil},
		// 14: what crowds do against another country is protest.
		{"protested outside embassy", "Thousands of Pakistanis protested outside the French embassy in Islamabad.", []string{"PAK>FRA:14"}},
		{"stormed embassy", "Protesters stormed the Swedish embassy in Baghdad on Thursday.", []string{"IRQ>SWE:14"}},
		{"crowd protested against", "Thousands of Indonesians protested in Jakarta against Israel's offensive in Gaza.", []string{"IDN>ISR:14"}},
		{"set fire to embassy", "Protesters set fire to the Danish embassy in Beirut.", []string{"LBN>DNK:14"}},
		{"crowds attacked embassy", "Crowds attacked the French embassy in Niamey after the coup.", []string{"NER>FRA:14"}},
		{"hurled stones", "Demonstrators hurled stones at the U.S. embassy in Belgrade.", []string{"SRB>USA:14"}},
		{"protesters denounced", "Armenian protesters denounced Azerbaijan outside the UN office in Yerevan.", []string{"ARM>AZE:14"}},
		{"protesters condemned", "Protesters in Istanbul condemned Israel's raid on the aid flotilla.", []string{"TUR>ISR:14"}},
		{"mobs ransacked", "Mobs ransacked the British embassy in Tehran.", []string{"IRN>GBR:14"}},
		{"gathered outside consulate", "Demonstrators gathered outside the Chinese consulate in Istanbul to protest the treatment of Uyghurs.", []string{"TUR>CHN:14"}},
		{"state condemned stays", "Turkey condemned Israel's raid on the aid flotilla.", []string{"TUR>ISR:11"}},
		// 12: rejections.
		{"rejected proposal", "Ukraine rejected a Russian proposal for a ceasefire over Easter.", []string{"UKR>RUS:12"}},
		{"rejected the claims of", "Beijing rejected the claims of the Philippines over the shoal.", []string{"CHN>PHL:12"}},
		{"vetoed resolution", "Russia vetoed a resolution drafted by the United States.", []string{"RUS>USA:12"}},
		{"refused to extradite", "Pakistan refused to extradite the suspects to India.", []string{"PAK>IND:12"}},
		{"turned down offer", "Argentina turned down an offer from Britain to hold talks.", []string{"ARG>GBR:12"}},
		{"rebuffed demand", "Kabul rebuffed Islamabad's demand to hand over militants.", []string{"AFG>PAK:12"}},
		{"dismissed accusations", "Hungary dismissed Ukraine's accusations as baseless.", []string{"HUN>UKR:01"}},
		{"refused to recognise", "Tehran refused to recognise the new government in Kabul.", []string{"IRN>AFG:12"}},
		{"declined to receive", "Hungary declined to receive the Ukrainian foreign minister.", []string{"HUN>UKR:12"}},
		{"refused to meet", "Zelenskiy refused to meet Putin in Moscow.", []string{"UKR>RUS:12"}},
		{"did not refuse", "Hungary has not refused to receive the Ukrainian foreign minister.", nil},
		{"failed to agree", "Serbia and Kosovo failed to agree on a roadmap.", nil},
		{"did not reject", "Egypt did not reject the American plan outright.", nil},
	})
}
