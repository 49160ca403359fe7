package extract

import "testing"

// TestRecallPatterns3 covers the third round of clause patterns: fighting
// that broke out between two parties, nominal acts with an "of" target,
// targets that are a country's nationals or institutions, judgements of
// an act just told, subject lists in reported speech, ultimatums, and
// judgements linked by verbs other than "be". The sentences are written
// for this test in the manner of Reuters, AP, AFP and government
// readouts.
func TestRecallPatterns3(t *testing.T) {
	runCases(t, []extractCase{
		// Fighting between two parties: 190 both ways.
		{"clashes broke out", "Clashes broke out between Thai and Cambodian troops along the disputed border on Thursday.", []string{"KHM>THA:19", "THA>KHM:19"}},
		{"fighting erupted", "Heavy fighting erupted between Armenian and Azerbaijani forces overnight, the defence ministry in Yerevan said.", []string{"ARM>AZE:19", "AZE>ARM:19"}},
		{"fighting between killed", "Fighting between Ethiopia and Eritrea killed dozens of soldiers, diplomats said.", []string{"ERI>ETH:19", "ETH>ERI:19"}},
		{"skirmishes flared", "Skirmishes flared up again between Indian and Chinese troops in the Galwan valley.", []string{"CHN>IND:19", "IND>CHN:19"}},
		{"clashes hypothetical", "Analysts said clashes could break out between Serbia and Kosovo.", nil},
		{"talks between not fighting", "Talks resumed between Sudan and South Sudan in Addis Ababa.", nil},
		// Nominal acts with an "of" target, the author as possessor or after "by".
		{"expulsion of", "Estonia's expulsion of a Russian envoy drew a sharp response from Moscow.", []string{"EST>RUS:16", "RUS>EST:11"}},
		{"expulsion of nine", "After Finland's expulsion of nine Russian diplomats, Moscow retaliated.", []string{"FIN>RUS:16", "RUS>FIN:16"}},
		{"object of verb", "Moscow condemned Finland's expulsion of nine Russian diplomats.", []string{"RUS>FIN:11"}},
		{"detention of", "China's detention of two Canadians strained relations with Ottawa.", []string{"CHN>CAN:16", "CHN>CAN:17"}},
		{"arrest of by", "The arrest of a French national by Iranian authorities was condemned by Paris.", []string{"IRN>FRA:17"}},
		{"release of by", "The release of three Thai hostages by Hamas was welcomed by Bangkok.", []string{"PSE>THA:08"}},
		{"release demanded", "Beijing demanded the release of two Chinese nationals.", nil},
		{"annexation of", "Russia's annexation of Crimea in 2014 prompted Western sanctions.", []string{"RUS>UKR:19"}},
		// Targets that are a country's nationals, ships or institutions.
		{"visas for nationals", "India cancelled visas for Pakistani nationals after the attack in Kashmir.", []string{"IND>PAK:16"}},
		{"assets of banks", "The United States seized the assets of Russian banks.", []string{"USA>RUS:17"}},
		{"entry for nationals", "Kuwait banned entry for Syrian nationals.", []string{"KWT>SYR:17"}},
		{"strikes on sites", "The United States carried out strikes on three Iranian nuclear sites on Sunday.", []string{"USA>IRN:19"}},
		{"fired at vessels", "Chinese coast guard ships fired water cannon at two Philippine vessels near Second Thomas Shoal.", []string{"CHN>PHL:19"}},
		// Judgements of the act just told.
		{"which called", "Russia launched a missile strike on Kyiv, which Ukraine called a war crime.", []string{"RUS>UKR:19", "UKR>RUS:11"}},
		{"a move called", "Iran seized a British tanker, a move London called illegal.", []string{"GBR>IRN:11", "IRN>GBR:17"}},
		{"describing the move", "Japan protested China's drills, describing the move as provocative.", []string{"JPN>CHN:11"}},
		{"calling it own act", "China fired missiles near Taiwan, calling it a warning.", []string{"CHN>TWN:19"}},
		{"which described", "Israel struck targets in Syria, which Damascus described as a flagrant violation of its sovereignty.", []string{"ISR>SYR:19", "SYR>ISR:11"}},
		{"calling it provocation", "South Korea condemned North Korea's missile launch, calling it a grave provocation.", []string{"KOR>PRK:11"}},
		{"which praised", "Saudi Arabia released two American citizens, a step Washington called constructive.", []string{"SAU>USA:08", "USA>SAU:05"}},
		// Judgements linked by verbs other than "be".
		{"resembled", "Germany said Russia's actions resembled those of a terrorist state.", []string{"DEU>RUS:11"}},
		{"approaches", "Ireland's prime minister said Israel's bombardment of Gaza approaches revenge.", []string{"IRL>ISR:11"}},
		// Subject lists in reported speech: every member.
		{"they would sanctions", "France and Germany said they would impose sanctions on Russia.", []string{"DEU>RUS:13", "FRA>RUS:13"}},
		{"they would visit", "Britain and Canada said on Tuesday they would recognise a Palestinian state.", []string{"CAN>PSE:03", "GBR>PSE:03"}},
		{"we will", "Japan and Australia said we will deepen security cooperation with the Philippines.", []string{"AUS>PHL:03", "JPN>PHL:03"}},
		// Ultimatums: 139.
		{"gave days", "Trump gave Russia 50 days to reach a deal with Ukraine or face tariffs.", []string{"USA>RUS:13"}},
		{"gave three days", "Israel gave Hamas three days to free the remaining hostages.", []string{"ISR>PSE:13"}},
		{"gave a few days", "Washington gave Caracas a few days to accept the deportation flights.", []string{"USA>VEN:13"}},
		{"gave aid", "Japan gave Ukraine 3 billion dollars in economic aid.", []string{"JPN>UKR:07"}},
		// Mediation and places.
		{"ready to mediate", "Qatar said it was ready to mediate between Iran and the United States.", []string{"QAT>IRN:03", "QAT>USA:03"}},
		{"talks in place", "U.S. envoy Steve Witkoff held talks in Muscat with Iranian Foreign Minister Abbas Araqchi.", []string{"USA>IRN:04"}},
		{"talks in place only", "Iranian and U.S. negotiators held talks in Muscat on Saturday.", nil},
		// Exchanges of fire.
		{"exchanged fire", "India and Pakistan exchanged fire across the Line of Control on Wednesday.", []string{"IND>PAK:19", "PAK>IND:19"}},
		{"recalled from each other", "Bolivia and Israel recalled their ambassadors from each other.", []string{"BOL>ISR:16", "ISR>BOL:16"}},
		// Precision: no act, no author, no relation.
		{"expulsion no author", "The expulsion of diplomats has become a common tool of statecraft.", nil},
		{"criticism of own", "Criticism of France grew in Mali after the coup.", nil},
		{"clashes no between", "Clashes broke out in the capital after the election.", nil},
		{"calling no act", "The Philippines summoned China's ambassador on Monday, calling for calm.", []string{"PHL>CHN:11"}},
		{"which no judgement", "Pakistan test-fired a missile, which India called a routine exercise.", nil},
	})
}
