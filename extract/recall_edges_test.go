package extract

import "testing"

// TestRecallClauseEdges covers a participle that describes a noun before
// it and a "that" clause after a verb of accord.
func TestRecallClauseEdges(t *testing.T) {
	runCases(t, []extractCase{
		{"participle of a plural noun", "Vessels carrying Russian grain to Syria were tracked by Ukrainian intelligence.", nil},
		{"participle of countries", "Moscow warned Western countries supplying weapons to Kyiv.", nil},
		{"gerund after continues", "Iran continues supplying drones to Russia, the Pentagon said.", []string{"IRN>RUS:07"}},
		{"accord, not the topic", "Japan and South Korea shared the view that North Korea's missile launches were a threat.", []string{"JPN>KOR:01", "KOR>JPN:01"}},
		{"that as a determiner", "Russia criticised that country's new sanctions.", nil},
	})
}

// TestRecallHedgedNominal covers a nominal event between two sides whose
// predicate says it has not happened.
func TestRecallHedgedNominal(t *testing.T) {
	runCases(t, []extractCase{
		{"war unlikely", "Analysts said a war between China and Taiwan was unlikely this year.", nil},
		{"clash possible", "Diplomats warned that a clash between Greece and Turkey was possible.", nil},
		{"talks held", "Talks between Serbia and Kosovo ended without agreement.", []string{"SRB>XKX:04", "XKX>SRB:04"}},
	})
}

// TestRecallAdjuncts covers a date between a verb and its preposition and
// a quantity inside a list of subjects.
func TestRecallAdjuncts(t *testing.T) {
	runCases(t, []extractCase{
		{"agreed on a weekday to", "Iran and Saudi Arabia agreed on Friday to re-establish relations after years of hostility.", []string{"IRN>SAU:05", "SAU>IRN:05"}},
		{"agreed on a weekday to a ceasefire", "Israel and Hamas agreed on Wednesday to a ceasefire in Gaza.", []string{"ISR>PSE:08", "PSE>ISR:08"}},
		{"agreed on the terms", "Armenia and Azerbaijan agreed on the text of a peace treaty.", []string{"ARM>AZE:01", "AZE>ARM:01"}},
		{"quantity in a list of subjects", "The United States and more than a dozen European Union countries expelled Russian diplomats on Monday.", []string{">RUS:16", "USA>RUS:16"}}, // the EU scores no country
		{"number in a list of subjects", "Britain and at least 20 other countries condemned Iran's missile test.", []string{"GBR>IRN:11"}},
	})
}

// TestRecallVisitBy covers the nominal "a visit by X (to Y)".
func TestRecallVisitBy(t *testing.T) {
	runCases(t, []extractCase{
		{"visit by to", "China held drills after a visit by U.S. House Speaker Nancy Pelosi to Taiwan.", []string{"USA>TWN:04"}},
		{"visit by to as subject", "The visit by Indian Prime Minister Narendra Modi to Moscow angered Washington.", []string{"IND>RUS:04", "USA>IND:11"}},
		{"after a visit by: no host", "Beijing protested after a visit by Japan's foreign minister.", nil},
		{"hosted a visit by", "Vietnam hosted a visit by Chinese President Xi Jinping.", []string{"VNM>CHN:04"}},
	})
}

// TestRecallFightPartner covers the other side of a fight named by
// "with" after a passive of force.
func TestRecallFightPartner(t *testing.T) {
	runCases(t, []extractCase{
		{"killed in a clash with", "Twenty Indian soldiers were killed in a clash with Chinese troops in the Galwan Valley.", []string{"CHN>IND:19"}},
		{"wounded in fighting with", "Two Thai soldiers were wounded in fighting with Cambodian troops on Thursday.", []string{"KHM>THA:18"}},
		{"killed by, not with", "Seven Yemeni fighters were killed by a Saudi air strike during clashes with Houthi forces.", []string{"SAU>YEM:19"}},
		{"with is no fight", "Two Lebanese civilians were killed while travelling with French aid workers.", nil},
	})
}

// TestRecallPassiveWeaponAgent covers a passive whose agent is a
// demonym and a weapon after an article.
func TestRecallPassiveWeaponAgent(t *testing.T) {
	runCases(t, []extractCase{
		{"by an air strike", "Five Syrian soldiers were killed by an Israeli air strike near Damascus.", []string{"ISR>SYR:19"}},
		{"by a missile", "Five Ukrainian civilians were killed by a Russian missile in Kharkiv.", []string{"RUS>UKR:19"}},
		{"by a drone strike", "Two Iraqi militiamen were killed by a U.S. drone strike in Baghdad.", []string{"USA>IRQ:19"}},
	})
}

// TestRecallReciprocal covers acts that coordinated subjects "trade" or
// "exchange": each acts on the other, and "over X" is the topic.
func TestRecallReciprocal(t *testing.T) {
	runCases(t, []extractCase{
		{"traded accusations", "India and Pakistan traded accusations over the attack.", []string{"IND>PAK:11", "PAK>IND:11"}},
		{"demonym officials traded rebukes", "U.S. and Chinese officials traded sharp rebukes at the start of talks in Alaska.", []string{"CHN>USA:11", "USA>CHN:11"}},
		{"traded fire", "Israel and Hezbollah traded fire across the border on Sunday.", []string{"ISR>LBN:19", "LBN>ISR:19"}},
		{"topic after over", "Beijing and Washington traded barbs over Taiwan.", []string{"CHN>USA:11", "USA>CHN:11"}},
		{"one subject, a partner", "Russia exchanged threats with Ukraine on Tuesday.", []string{"RUS>UKR:13", "UKR>RUS:13"}},
		{"traded goods is no act between them", "Vietnam traded rice for oil.", nil},
	})
}

// TestRecallCurrencyName covers a country's name inside a sum of money.
func TestRecallCurrencyName(t *testing.T) {
	runCases(t, []extractCase{
		{"U.S. dollars worth of", "The United States raised tariffs on 200 billion U.S. dollars worth of Chinese goods.", []string{"USA>CHN:16"}},
		{"Hong Kong dollars", "China pledged 5 billion Hong Kong dollars in loans to Pakistan.", []string{"CHN>PAK:03"}},
	})
}

// TestRecallPossessedNoun covers a verb form inside a noun phrase that a
// possessive opens.
func TestRecallPossessedNoun(t *testing.T) {
	runCases(t, []extractCase{
		{"rocket launch", "South Korea and Japan condemned North Korea's rocket launch.", []string{"JPN>PRK:11", "KOR>PRK:11"}},
		{"nuclear test", "Washington and Seoul criticised Pyongyang's latest nuclear test.", []string{"KOR>PRK:11", "USA>PRK:11"}},
	})
}

// TestRecallEachOther covers coordinated subjects that act on each other:
// a symmetric act "over" a topic, and envoys of their own recalled.
func TestRecallEachOther(t *testing.T) {
	runCases(t, []extractCase{
		{"clashed over a topic", "France and Turkey clashed over NATO's role in Syria.", []string{"FRA>TUR:19", "TUR>FRA:19"}},
		{"recalled their ambassadors", "Brazil and Israel recalled their ambassadors after Lula compared the Gaza war to the Holocaust.", []string{"BRA>ISR:16", "ISR>BRA:16"}},
		{"attack on a target stays", "Russia and Belarus launched an attack on Ukraine in February 2022.", []string{"BLR>UKR:19", "RUS>UKR:19"}},
		{"parallel target first", "Bolivia cut ties with Israel, while Chile and Colombia recalled their ambassadors.", []string{"BOL>ISR:16", "CHL>ISR:16", "COL>ISR:16"}},
	})
}

// TestRecallEasedSanction covers a sanction noun that a verb of easing
// governs: the sanction is lifted, not imposed.
func TestRecallEasedSanction(t *testing.T) {
	runCases(t, []extractCase{
		{"lifted the embargo", "Obama lifted the U.S. arms embargo on Vietnam.", []string{"USA>VNM:08"}},
		{"not lifted", "Washington did not lift sanctions on Iran.", nil},
		{"imposed stays", "The United States imposed an arms embargo on Venezuela.", []string{"USA>VEN:16"}},
	})
}

// TestRecallOneSidedForce covers coordinated subjects of an act of force
// with no target named: allies acting together do not fight each other.
func TestRecallOneSidedForce(t *testing.T) {
	runCases(t, []extractCase{
		{"allies strike together", "The United States, Britain and France launched air strikes on Syria in response to a suspected chemical attack.", []string{"FRA>SYR:19", "GBR>SYR:19", "USA>SYR:19"}},
		{"allies attacked, no target", "American and British warplanes attacked overnight, officials said.", nil},
		{"a fight with each other", "India and Pakistan fought a brief war in May.", []string{"IND>PAK:19", "PAK>IND:19"}},
		{"clashed", "Thai and Cambodian troops clashed along the border.", []string{"KHM>THA:19", "THA>KHM:19"}},
	})
}
