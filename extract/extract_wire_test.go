package extract

import "testing"

// TestExtractWire covers longer wire sentences: datelines, time phrases
// between subject and verb, appositions, agents of countries, reported
// speech and headlines.
func TestExtractWire(t *testing.T) {
	runCases(t, []extractCase{
		{"time before verb", "Israeli Prime Minister Benjamin Netanyahu on Sunday rejected calls from France for a ceasefire in Gaza.", []string{"ISR>FRA:12"}},
		{"apposition", "Iran's foreign minister, Abbas Araghchi, accused Washington of undermining the talks.", []string{"IRN>USA:11"}},
		{"officials from", "Officials from Armenia and Azerbaijan met in Abu Dhabi on Thursday to discuss a peace treaty.", []string{"ARM>AZE:04", "AZE>ARM:04"}},
		{"headline to", "Iran to hold talks with European powers in Istanbul", nil},
		{"headline says", "China says it will retaliate against new U.S. tariffs", []string{"CHN>USA:13"}},
		{"headline colon", "Japan, Philippines sign defence pact as China tensions rise", []string{"JPN>PHL:05", "PHL>JPN:05"}},
		{"said it would", "South Korea said on Monday it would send an envoy to North Korea.", []string{"KOR>PRK:03"}},
		{"accused of", "BEIJING, Nov 3 (Reuters) - China accused the United States on Monday of destabilising the region with its arms sales to Taiwan.", []string{"CHN>USA:11"}},
		{"ministry statement", "Russia's foreign ministry summoned the German ambassador over what it called hostile remarks.", []string{"RUS>DEU:11"}},
		{"killed", "Israeli air strikes killed at least 20 people in southern Lebanon on Tuesday, Lebanese officials said.", []string{"ISR>LBN:19"}},
		{"pledged support", "Egyptian President Abdel Fattah al-Sisi pledged support for Sudan's army during a visit by its commander to Cairo.", []string{"EGY>SDN:03"}},
		{"met counterpart", "Chinese Foreign Minister Wang Yi met his Indian counterpart Subrahmanyam Jaishankar in New Delhi on Monday.", []string{"CHN>IND:04", "IND>CHN:04"}},
		{"negation in quote", "\"We have no plans to attack Iran,\" Israeli Defence Minister Israel Katz said.", nil},
		{"quote speaker intent", "\"We will continue to support Ukraine,\" German Chancellor Friedrich Merz said in Berlin.", []string{"DEU>UKR:03"}},
		{"agreed to resume", "India and China agreed to resume direct flights after a five-year suspension.", []string{"CHN>IND:03", "IND>CHN:03"}},
		{"welcomed", "Saudi Arabia welcomed the agreement between Armenia and Azerbaijan.", nil},
		{"thanked for", "Zelensky thanked Norway for its support in a phone call with Norwegian Prime Minister Jonas Gahr Store.", []string{"UKR>NOR:04", "UKR>NOR:05"}},
		{"phone call noun", "Russian President Vladimir Putin held a phone call with U.S. President Donald Trump on Tuesday.", []string{"RUS>USA:04"}},
		{"two sentences pronoun she", "Italian Prime Minister Giorgia Meloni arrived in Washington on Thursday. She met President Donald Trump at the White House.", []string{"ITA>USA:04", "USA>ITA:04"}},
		{"imposed tariffs", "The United States imposed 50 percent tariffs on Brazilian goods in August.", []string{"USA>BRA:16"}},
		{"warned of", "Russia warned Finland against joining NATO.", []string{"RUS>FIN:13"}},
		{"protest summoned passive", "The Indian envoy was summoned by Bangladesh's foreign ministry on Sunday.", []string{"BGD>IND:11"}},
		{"conditional threat", "Trump said he would impose sanctions on Russia if it did not agree to a ceasefire.", []string{"USA>RUS:13"}},
		{"generic statement", "Both countries have a long history of cooperation in trade and security.", nil},
		{"economic news", "Japan's exports to China fell 5 percent in October, data showed.", nil},
		{"opinion", "Analysts say ties between Washington and Beijing are likely to worsen.", nil},
		{"aid delivered", "Jordan delivered 30 tonnes of food aid to Gaza on Wednesday.", []string{"JOR>PSE:07"}},
		{"arrested", "Turkish police arrested two Syrian nationals suspected of spying for Iran.", []string{"TUR>SYR:17"}},
		{"drone strike", "A Ukrainian drone attack set fire to an oil refinery in Russia's Volgograd region overnight.", []string{"UKR>RUS:19"}},
		{"sanctions passive", "Sanctions were imposed on Iran by the United States in 2018.", []string{"USA>IRN:16"}},
	})
}
