package extract

import "testing"

// TestRecallConflict covers conflict and coercion shapes: nominal attacks
// whose author is a demonym or possessor wherever the phrase stands
// (inside "were killed in …", "days after …", "in retaliation for …"),
// forces moved or massed near another country, the sides of one
// country's own conflicts, and places and peoples of current wars. The
// sentences are written for this test in the manner of Reuters, AP, AFP
// and government statements.
func TestRecallConflict(t *testing.T) {
	runCases(t, []extractCase{
		// Nominal attacks, author as demonym or possessor.
		{"killed in drone strike", "Twelve people were killed in a Russian drone strike on Kharkiv overnight, the regional governor said.", []string{"RUS>UKR:19"}},
		{"killed in air strike", "Three civilians were killed in an Israeli air strike on Khan Younis on Thursday.", []string{"ISR>PSE:19"}},
		{"days after air strike", "Hezbollah fired rockets at northern Israel, two days after an Israeli air strike on Tyre.", []string{"ISR>LBN:19", "LBN>ISR:19"}},
		{"in retaliation for attack", "Islamabad launched strikes inside Afghanistan in retaliation for a Taliban attack on Pakistani troops.", []string{"AFG>PAK:19", "PAK>AFG:19"}},
		{"drone attack on refinery", "A Ukrainian drone attack on a Russian oil refinery sparked a large fire in Bryansk.", []string{"UKR>RUS:19"}},
		{"airstrikes on subject", "Israeli airstrikes on Gaza killed at least 40 people, health officials said.", []string{"ISR>PSE:19"}},
		{"possessive shelling of", "Russia's shelling of Kherson killed four people on Sunday.", []string{"RUS>UKR:19"}},
		{"reported strike", "Kyiv said a Russian missile strike on Sumy killed 34 people.", []string{"RUS>UKR:19"}},
		{"judged bombardment", "Ireland's prime minister said Israel's bombardment of Gaza amounted to collective punishment.", []string{"IRL>ISR:11"}},
		{"denied drone attack", "Kyiv denied any Ukrainian drone attack on the Kremlin.", nil},
		{"hypothetical attack", "Analysts said a Chinese attack on Taiwan would disrupt global trade.", nil},
		{"country verb is no nominal", "Russia strikes Kyiv again as talks stall.", []string{"RUS>UKR:19"}},
		{"place in the centre of", "A Russian missile struck a crowded street in the centre of Sumy on Sunday.", []string{"RUS>UKR:19"}},
		{"across two regions", "BEIRUT, Sept 23 (Reuters) - Israel launched air strikes across southern and eastern Lebanon on Monday, killing hundreds of people.", []string{"ISR>LBN:19", "ISR>LBN:20"}},
		// An exchange of fire is fighting, not trade.
		{"exchanged strikes", "Israel and Iran exchanged missile strikes for a fourth straight day.", []string{"IRN>ISR:19", "ISR>IRN:19"}},
		{"traded artillery fire", "India and Pakistan traded artillery fire across the Line of Control overnight.", []string{"IND>PAK:19", "PAK>IND:19"}},
		{"exchanged prisoners", "Russia and Ukraine exchanged 150 prisoners of war on Thursday.", []string{"RUS>UKR:08", "UKR>RUS:08"}},
		// Passive agents after a volley; a place "off" a country is no subject.
		{"passive barrage", "Kyiv was hit by a barrage of Russian missiles on Monday morning.", []string{"RUS>UKR:19"}},
		{"passive swarm", "Odesa was attacked by a swarm of Russian drones overnight.", []string{"RUS>UKR:19"}},
		{"off a country", "Two days after Iranian drones hit a tanker off Oman, Britain summoned Iran's ambassador.", []string{"GBR>IRN:11"}},
		// A reaction with no object answers the act a subordinate clause tells.
		{"protested after", "Japan protested after a Chinese coast guard vessel entered its territorial waters near the Senkaku Islands.", []string{"JPN>CHN:11"}},
		{"when clause first", "When Chinese coast guard vessels blocked a Philippine supply mission last month, Manila lodged a diplomatic protest.", []string{"CHN>PHL:17", "PHL>CHN:11"}},
		{"act on a third country", "Estonia protested after Russian jets entered Finnish airspace.", []string{"RUS>FIN:15"}},
		{"no reaction", "Japan did not protest after a Chinese vessel entered its waters.", nil},
		// Forces moved or massed near another country.
		{"flew into zone", "China flew 45 warplanes into Taiwan's air defence zone on Thursday, Taipei said.", []string{"CHN>TWN:15"}},
		{"sailed near islands", "Russian warships sailed near Japan's northern islands over the weekend.", []string{"RUS>JPN:15"}},
		{"massed along border", "North Korea massed artillery along the border with South Korea.", []string{"PRK>KOR:15"}},
		{"deployed near border", "Belarus deployed additional troops near its border with Lithuania.", []string{"BLR>LTU:15"}},
		{"sent warships off coast", "Venezuela sent warships off the coast of Guyana after the vote.", []string{"VEN>GUY:15"}},
		{"toward demonym border", "Russia moved tanks and artillery toward the Ukrainian border.", []string{"RUS>UKR:15"}},
		{"fired near island", "North Korea fired artillery shells near a South Korean border island.", []string{"PRK>KOR:15"}},
		{"alert along border", "India put its air force on high alert along the border with Pakistan.", []string{"IND>PAK:15"}},
		{"alert after act", "South Korea raised its military alert level after North Korea launched a spy satellite.", []string{"KOR>PRK:15"}},
		{"alert answers act", "Greece put its navy on alert after Turkey sent a research vessel into disputed waters.", []string{"GRC>TUR:15"}},
		{"show of force", "The United States flew B-52 bombers over the Korean peninsula in a show of force against North Korea.", []string{"USA>PRK:15"}},
		{"raised prices is no alert", "Russia raised gas prices for Moldova.", nil},
		{"entered demonym airspace", "Russian drones entered Polish airspace overnight.", []string{"RUS>POL:15"}},
		{"entered possessive waters", "Chinese coast guard ships entered Japan's territorial waters near the Senkaku Islands.", []string{"CHN>JPN:15"}},
		{"violated its airspace", "Estonia said Russian military aircraft violated its airspace for 12 minutes.", []string{"EST>RUS:11", "RUS>EST:15"}}, // saying so accuses Russia too
		{"entered a city is no intrusion", "Syrian troops entered the city of Aleppo.", nil},
		{"did not deploy", "Egypt has not deployed troops along the border with Libya, a military spokesman said.", nil},
		{"conditional mass", "If Russia massed troops near Finland, NATO would respond.", nil},
		{"troops in own capital", "Troops were deployed across the capital to keep order during the vote.", nil},
		// Sides of one country's own conflicts.
		{"casualty count", "Myanmar's military killed at least 100 villagers in Sagaing region.", []string{"MMR>MMR:19"}},
		{"gunmen and villagers", "Gunmen killed 40 villagers in Nigeria's Plateau state.", []string{"NGA>NGA:18"}},
		{"police and protesters", "Police fired tear gas at protesters in Nairobi on Tuesday.", []string{"KEN>KEN:17"}},
		{"militants and civilians", "Militants killed 26 people in Quetta, officials said.", []string{"PAK>PAK:18"}},
		{"state jails person", "Turkish authorities detained Istanbul mayor Ekrem Imamoglu on Wednesday.", []string{"TUR>TUR:17"}},
		{"roadside bomb", "A roadside bomb killed four Indian soldiers in Manipur on Friday.", []string{"IND>IND:18"}},
		{"suicide bombing at", "A suicide bombing at a mosque in Pakistan killed 59 people.", []string{"PAK>PAK:18"}},
		{"bomb with author", "Hamas's bomb killed three Israeli soldiers in Gaza.", []string{"PSE>ISR:19"}},
		{"bomb two places", "A car bomb killed two Turkish soldiers in Syria, Ankara said in Turkey.", nil},
		{"leaders meet is no event", "Russian President Vladimir Putin met Russian Defence Minister Andrei Belousov in Moscow.", nil},
		{"army and government", "The Pakistani army backed the Pakistani government.", nil},
		{"protesters take the state's country", "Kenya's police killed at least 20 protesters on Tuesday.", []string{"KEN>KEN:19"}},
		{"arrests of dissidents", "Iranian security forces arrested dozens of dissidents after the funeral.", []string{"IRN>IRN:17"}},
		{"protesters two countries", "Britain urged Iran to stop killing protesters.", []string{"GBR>IRN:02"}},
		{"titled person", "Pakistani authorities arrested former prime minister Imran Khan in Islamabad.", []string{"PAK>PAK:17"}},
		{"president arrests opposition", "Tunisian President Kais Saied dissolved parliament and arrested opposition figures.", []string{"TUN>TUN:17"}},
		{"executed activists", "Myanmar's junta executed four pro-democracy activists, including a former lawmaker.", []string{"MMR>MMR:18"}},
		{"expelled refugees", "The Pakistani government expelled thousands of Afghan refugees.", []string{"PAK>AFG:17"}},
		{"expelled diplomats", "Algeria expelled twelve French diplomats on Monday.", []string{"DZA>FRA:16"}},
		// The verb after a relative clause has its head as subject.
		{"relative passive", "Ukraine, which has been shelled by Russian forces for months, asked Germany for more air defence systems.", []string{"RUS>UKR:19", "UKR>DEU:02"}},
		{"relative backed", "Hezbollah, which is backed by Iran, fired rockets at northern Israel on Sunday.", []string{"IRN>LBN:05", "LBN>ISR:19"}},
		{"relative with object", "Israel, which has been fighting Hamas in Gaza since October, struck Hezbollah targets in Lebanon.", []string{"ISR>LBN:19", "ISR>PSE:19"}},
		{"relative then posture", "Venezuela, which claims the Essequibo region, moved troops toward the border with Guyana.", []string{"VEN>GUY:15"}},
		// Places and peoples of current wars.
		{"people as side", "Myanmar's military committed genocide against the Rohingya, the court heard.", []string{"MMR>MMR:20"}},
		{"place of war", "Russian forces shelled Zaporizhzhia overnight.", []string{"RUS>UKR:19"}},
		{"sudan city", "The Rapid Support Forces shelled El Fasher on Friday.", []string{"SDN>SDN:19"}},
	})
}
