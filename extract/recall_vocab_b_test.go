package extract

import "testing"

// TestRecallVocabB covers the words of conflict (CAMEO roots 10 to 20) as
// wire services write them, in several tenses, voices and nominal forms,
// with the peaceful idioms that borrow those words. The sentences are
// written for this test in the manner of Reuters, AP, AFP, Xinhua and
// foreign-ministry statements.
func TestRecallVocabB(t *testing.T) {
	runCases(t, []extractCase{
		// 10 demand
		{"10 demanded that", "China demanded that Japan retract the remarks on Taiwan immediately.", []string{"CHN>JPN:10"}},
		{"10 demanded release", "Iran demanded the release of the tanker from Britain, the foreign ministry said.", []string{"IRN>GBR:10"}},
		{"10 is demanding withdrawal", "Ukraine is demanding that Russia withdraw all its troops from its territory.", []string{"UKR>RUS:10"}},
		{"10 pressed to sign", "Egypt pressed Ethiopia to sign a binding deal on the filling of the dam.", []string{"EGY>ETH:10"}},
		{"10 demanded extradition", "Turkey demanded the extradition of Kurdish militants from Sweden.", []string{"TUR>SWE:10"}},
		{"10 demanded explanation", "Russia demanded an explanation from Moldova over the expulsion of its diplomats.", []string{"RUS>MDA:10"}},
		{"10 demanded apology", "Seoul has demanded an apology from Tokyo over the forced labour issue.", []string{"KOR>JPN:10"}},
		{"10 demanded lift embargo", "Turkey has demanded that Finland lift its arms embargo.", []string{"TUR>FIN:10"}},
		{"10 demanded stop meddling", "China demanded that Britain stop meddling in Hong Kong.", []string{"CHN>GBR:10"}},
		// 11 disapprove: idioms of verbal attack; "called X illegal" judges, it is no phone call; "came under fire from X over" is criticism
		{"11 lashed out at", "China lashed out at the United States over its latest arms sale to Taiwan.", []string{"CHN>USA:11"}},
		{"11 hit out at", "Russia hit out at Finland over its decision to close the border.", []string{"RUS>FIN:11"}},
		{"11 took aim at", "Iran took aim at Saudi Arabia over its role in the war in Yemen.", []string{"IRN>SAU:11"}},
		{"11 blasted", "Turkey blasted Greece for militarising islands in the Aegean.", []string{"TUR>GRC:11"}},
		{"11 rebuked", "Israel rebuked Turkey over President Erdogan's comments on Gaza.", []string{"ISR>TUR:11"}},
		{"11 castigated", "China castigated Britain over its handling of the Hong Kong activists.", []string{"CHN>GBR:11"}},
		{"11 railed against", "Venezuela railed against Guyana over the oil concessions in the Essequibo.", []string{"VEN>GUY:11"}},
		{"11 chided", "Pakistan chided India for its \"irresponsible\" remarks about Kashmir.", []string{"PAK>IND:11"}},
		{"11 berated", "Israel berated Ireland for recognising a Palestinian state.", []string{"ISR>IRL:11"}},
		{"11 sharply critical of", "Moscow has been sharply critical of Washington's plans to deploy missiles in Germany.", []string{"RUS>USA:11"}},
		{"11 fumed at", "Serbia's president fumed at Kosovo over the arrest of Serb policemen.", []string{"SRB>XKX:11"}},
		{"11 took a swipe at", "French President Emmanuel Macron took a swipe at the United States over its tariffs.", []string{"FRA>USA:11"}},
		{"11 hit out against", "Iran hit out against France over its stance on the nuclear talks.", []string{"IRN>FRA:11"}},
		{"11 poured scorn on", "The Kremlin poured scorn on Britain's claims about the poisoning.", []string{"RUS>GBR:11"}},
		{"11 pointed the finger at", "Ukraine pointed the finger at Russia for the blast at the dam.", []string{"UKR>RUS:11"}},
		{"11 called sanctions illegal", "Russia called the new U.S. sanctions illegal.", []string{"RUS>USA:11"}},
		{"11 called decision act of war", "Pakistan called India's decision to suspend the treaty \"an act of war\".", []string{"PAK>IND:11"}},
		{"11 called the visit a provocation", "China called the U.S. speaker's visit to Taipei a serious provocation.", []string{"CHN>USA:11"}},
		{"11 came under fire over", "Israel came under fire from the United States over its settlement policy.", []string{"USA>ISR:11"}},
		{"11 came under attack over", "Beijing has come under attack from Washington over its trade practices.", []string{"USA>CHN:11"}},
		{"11 accused of war crimes", "The United States accused Russia of using chemical weapons in Ukraine.", []string{"USA>RUS:11"}},
		// 11 displeasure stated is disapproval
		{"11 strongly dissatisfied with", "China is strongly dissatisfied with Japan's decision to release the water.", []string{"CHN>JPN:11"}},
		{"11 angry at", "South Korea was angry at Japan over the textbook revisions.", []string{"KOR>JPN:11"}},
		{"11 furious with", "Turkey is furious with Sweden over the Koran burnings, officials said.", []string{"TUR>SWE:11"}},
		{"11 outraged by", "Moscow said it was outraged by Moldova's expulsion of its diplomats.", []string{"RUS>MDA:11"}},
		{"11 unhappy investors", "Investors were unhappy with the central bank's decision.", nil},
		// "what it called": the object follows the describing words
		{"11 condemned what it called", "China condemned what it called Japan's \"provocative\" remarks.", []string{"CHN>JPN:11"}},
		{"11 denounced on Monday what it described as", "Iran denounced on Monday what it described as Israel's \"terrorist attack\" on its consulate.", []string{"IRN>ISR:11"}},
		{"12 rejected on Sunday what it called", "Venezuela's government rejected on Sunday what it called a U.S. \"ultimatum\" to hold new elections.", []string{"VEN>USA:12"}},
		{"12 dismissed what the ministry called", "Ethiopia dismissed what the ministry called Egypt's \"hostile\" demands over the dam.", []string{"ETH>EGY:12"}},
		// 12 reject
		{"12 rebuffed offer", "Iran rebuffed a U.S. offer of direct talks on its nuclear programme.", []string{"IRN>USA:12"}},
		{"12 dismissed proposal", "Israel dismissed Egypt's proposal for a two-month truce.", []string{"ISR>EGY:12"}},
		{"12 brushed aside", "Russia brushed aside Ukraine's peace plan as unrealistic.", []string{"RUS>UKR:12"}},
		{"12 vetoed", "Russia vetoed the U.S. resolution at the Security Council on Friday.", []string{"RUS>USA:12"}},
		{"12 snubbed", "China snubbed the United States by declining to hold defence talks in Singapore.", []string{"CHN>USA:12"}},
		{"12 turned down", "India turned down Pakistan's offer of talks on Kashmir.", []string{"IND>PAK:12"}},
		{"12 spurned", "China has repeatedly spurned the Philippines' calls for arbitration.", []string{"CHN>PHL:12"}},
		{"12 rejection of request", "Russia's rejection of Britain's request for consular access drew criticism.", []string{"RUS>GBR:12"}},
		{"12 ruled out talks", "Russia ruled out talks with the United States on arms control.", []string{"RUS>USA:12"}},
		{"12 poured cold water on", "The United States poured cold water on France's plan for a European army.", []string{"USA>FRA:12"}},
		{"12 refused to return", "Moscow refused to return the Ukrainian children.", []string{"RUS>UKR:12"}},
		// 13 threaten: warnings issued, retaliation vowed
		{"13 warned of consequences", "The United States warned Iran of consequences if it enriched uranium to weapons grade.", []string{"USA>IRN:13"}},
		{"13 threatened to retaliate against", "China threatened to retaliate against Taiwan over the president's transit through the United States.", []string{"CHN>TWN:13"}},
		{"13 threatened with consequences", "Russia threatened Poland with \"consequences\" over the deployment of U.S. missiles.", []string{"RUS>POL:13"}},
		{"13 vowed revenge", "Iran vowed revenge against Israel for the killing of its commander in Damascus.", []string{"IRN>ISR:13"}},
		{"13 threatened tariffs unless", "Washington threatened to impose tariffs on Mexico unless it curbed migration.", []string{"USA>MEX:13"}},
		{"13 issued a stark warning", "Iran issued a stark warning to the United States against striking its nuclear sites.", []string{"IRN>USA:13"}},
		{"13 issued a veiled threat", "Russia issued a veiled threat to Finland over its plans to join NATO.", []string{"RUS>FIN:13"}},
		{"13 sounded a warning", "China sounded a warning to Japan over its military build-up.", []string{"CHN>JPN:13"}},
		{"13 ultimatum", "Azerbaijan gave Armenia an ultimatum to withdraw its forces from Karabakh.", []string{"AZE>ARM:13"}},
		{"13 threatens retaliation", "North Korea threatens \"merciless\" retaliation against the United States over drills.", []string{"PRK>USA:13"}},
		{"13 threatened military action", "Egypt has threatened Ethiopia with military action over the dam.", []string{"EGY>ETH:13"}},
		{"13 threatened to cut off gas", "Russia threatened to cut off gas supplies to Moldova.", []string{"RUS>MDA:13"}},
		// 14 protest at a country's mission or leader
		{"14 picketed", "Armenian protesters picketed the Russian embassy in Yerevan.", []string{"ARM>RUS:14"}},
		{"14 staged a protest outside", "Iranian students staged a protest outside the British embassy in Tehran.", []string{"IRN>GBR:14"}},
		{"14 held a rally outside", "Kenyan activists held a rally outside the U.S. embassy in Nairobi.", []string{"KEN>USA:14"}},
		{"14 burned effigy", "Pakistani demonstrators burned an effigy of Indian Prime Minister Narendra Modi in Lahore.", []string{"PAK>IND:14"}},
		{"14 marched against", "Thousands of Pakistanis marched against France over the cartoons.", []string{"PAK>FRA:14"}},
		{"14 stormed embassy", "Serbian protesters stormed the U.S. embassy in Belgrade.", []string{"SRB>USA:14"}},
		{"14 demonstrated against", "Bangladeshi students demonstrated against India outside the embassy in Dhaka.", []string{"BGD>IND:14"}},
		// 15 force posture: jets scrambled, forces on alert, troops and weapons stationed
		{"15 massed troops", "Russia massed troops on the border with Ukraine.", []string{"RUS>UKR:15"}},
		{"15 scrambled jets", "China scrambled jets to intercept Taiwanese aircraft near the strait.", []string{"CHN>TWN:15"}},
		{"15 put forces on high alert", "North Korea put its troops on high alert along the border with South Korea.", []string{"PRK>KOR:15"}},
		{"15 put air force on alert", "India put its air force on alert near the border with Pakistan.", []string{"IND>PAK:15"}},
		{"15 deployed troops along", "India deployed additional troops along the Line of Control with Pakistan.", []string{"IND>PAK:15"}},
		{"15 staged drills around", "China staged large-scale military drills around Taiwan on Monday.", []string{"CHN>TWN:15"}},
		{"15 dispatched a carrier", "The United States dispatched an aircraft carrier toward Iran.", []string{"USA>IRN:15"}},
		{"15 mobilised along border", "Azerbaijan has mobilised troops along its border with Armenia.", []string{"AZE>ARM:15"}},
		{"15 flew bombers near", "Russia flew nuclear-capable bombers near Lithuania's airspace.", []string{"RUS>LTU:15"}},
		{"15 stationed nuclear weapons", "Russia stationed tactical nuclear weapons in Belarus.", []string{"RUS>BLR:15"}},
		{"15 sent coast guard ships", "China sent coast guard ships near the Philippines' Second Thomas Shoal.", []string{"CHN>PHL:15"}},
		{"15 called up reservists", "Israel called up reservists for a possible offensive in Lebanon.", []string{"ISR>LBN:15"}},
		// 16 reduce relations: pacts ended, contacts and supplies cut off, visas suspended
		{"16 recalled ambassador", "France recalled its ambassador from Mali.", []string{"FRA>MLI:16"}},
		{"16 cut ties", "Algeria cut diplomatic ties with Morocco, accusing it of hostile acts.", []string{"DZA>MAR:16"}},
		{"16 downgraded ties", "China downgraded ties with Lithuania over the Taiwan office.", []string{"CHN>LTU:16"}},
		{"16 shut embassy", "Israel shut its embassy in Dublin over Ireland's policies.", []string{"ISR>IRL:16"}},
		{"16 halted flights", "Russia halted flights to Estonia.", []string{"RUS>EST:16"}},
		{"16 slapped sanctions", "The United States slapped sanctions on Russia's biggest oil companies.", []string{"USA>RUS:16"}},
		{"16 blacklisted", "Britain blacklisted Iran's Revolutionary Guards.", []string{"GBR>IRN:16"}},
		{"16 expelled diplomats", "The Czech Republic expelled Russian diplomats after the blast at the arms depot.", []string{"CZE>RUS:16"}},
		{"16 suspended contacts", "Morocco suspended contacts with the German embassy.", []string{"MAR>DEU:16"}},
		{"16 revoked agreements", "Niger revoked its military cooperation agreements with France.", []string{"NER>FRA:16"}},
		{"16 ended accord", "Burkina Faso ended its military accord with France.", []string{"BFA>FRA:16"}},
		{"16 suspended participation", "Russia suspended its participation in the New START treaty with the United States.", []string{"RUS>USA:16"}},
		{"16 cut off electricity", "Russia cut off electricity supplies to Finland.", []string{"RUS>FIN:16"}},
		{"16 banned exports to", "China banned exports of gallium and germanium to the United States.", []string{"CHN>USA:16"}},
		{"16 suspended visa services", "India suspended visa services for Canadians.", []string{"IND>CAN:16"}},
		{"16 suspended trade with", "Pakistan suspended all trade with India and closed its airspace.", []string{"PAK>IND:16"}},
		{"16 withdrew envoy", "Israel withdrew its envoy from South Africa for consultations.", []string{"ISR>ZAF:16"}},
		{"16 tightened export controls", "Japan tightened export controls on South Korea in 2019.", []string{"JPN>KOR:16"}},
		// 16 parties added to a sanctions list: the subject sanctions their country
		{"16 listed on export control list", "China's commerce ministry added 15 U.S. firms to its export control list.", []string{"CHN>USA:16"}},
		{"16 listed on entity list", "The U.S. Commerce Department added dozens of Chinese companies to its entity list.", []string{"USA>CHN:16"}},
		{"16 listed on trade blacklist", "Washington placed Chinese telecoms giant Huawei on its trade blacklist.", []string{"USA>CHN:16"}},
		{"16 listed on unreliable entity list after apposition", "China put Skydio, a U.S. drone maker, on its unreliable entity list in 2024.", []string{"CHN>USA:16"}},
		{"16 listed on sanctions list", "The U.S. Treasury added Russia's largest banks to its sanctions list on Friday.", []string{"USA>RUS:16"}},
		{"16 no sanction list", "Japan added India to its list of priority partners.", nil},
		{"16 no plans to list", "The United States has no plans to add Chinese firms to the entity list, officials said.", nil},
		{"16 advised citizens to avoid travelling to", "China advised its citizens to avoid travelling to Japan.", []string{"CHN>JPN:16"}},
		{"16 issued a travel warning for", "Bahrain issued a travel warning for Lebanon and asked its citizens to leave.", []string{"BHR>LBN:16"}},
		{"15 flew close to", "Russian bombers flew close to Norwegian airspace, prompting NATO jets to scramble.", []string{"RUS>NOR:15"}},
		// 17 coerce
		{"17 seized a tanker", "Iran seized a British-flagged tanker in the Strait of Hormuz.", []string{"IRN>GBR:17"}},
		{"17 detained sailors", "Russia detained Ukrainian sailors off the Kerch Strait.", []string{"RUS>UKR:17"}},
		{"17 deported", "The United States deported thousands of Mexicans last month.", []string{"USA>MEX:17"}},
		{"17 arrested nationals", "Iran arrested two French nationals on spying charges.", []string{"IRN>FRA:17"}},
		{"17 hacked into", "Russian hackers hacked into the German parliament's computer network.", []string{"RUS>DEU:17"}},
		{"17 confiscated", "Russian forces confiscated Ukrainian grain in the occupied territories.", []string{"RUS>UKR:17"}},
		{"17 tanker seized by", "A British tanker was seized by Iran in the Gulf.", []string{"IRN>GBR:17"}},
		{"17 imposed exit bans", "China imposed exit bans on American citizens.", []string{"CHN>USA:17"}},
		// 18 assault
		{"18 abducted", "North Korea abducted dozens of Japanese citizens in the 1970s and 1980s.", []string{"PRK>JPN:18"}},
		{"18 assassinated", "Israel assassinated Hamas leader Ismail Haniyeh in Tehran.", []string{"ISR>PSE:18"}},
		{"18 tortured", "Russian soldiers tortured Ukrainian prisoners of war, the UN said.", []string{"RUS>UKR:18"}},
		// 19 fight: verbs of assault and "came under fire from" (the author attacks the subject)
		{"19 shelled", "Israeli artillery shelled villages in southern Lebanon.", []string{"ISR>LBN:19"}},
		{"19 pounded", "Russian forces pounded Kharkiv with missiles overnight.", []string{"RUS>UKR:19"}},
		{"19 struck facilities", "U.S. warplanes struck Iranian nuclear facilities at Fordow and Natanz.", []string{"USA>IRN:19"}},
		{"19 raided camp", "Israeli troops raided the Jenin refugee camp in the West Bank.", []string{"ISR>PSE:19"}},
		{"19 clashed with", "Indian troops clashed with Pakistani soldiers along the Line of Control.", []string{"IND>PAK:19", "PAK>IND:19"}},
		{"19 exchanged fire", "Armenian forces exchanged fire with Azerbaijani troops overnight.", []string{"ARM>AZE:19", "AZE>ARM:19"}},
		{"19 shot down warplane", "Turkey shot down a Russian warplane near the Syrian border in 2015.", []string{"TUR>RUS:19"}},
		{"19 slammed into", "Russian missiles slammed into an apartment block in Dnipro.", []string{"RUS>UKR:19"}},
		{"19 went to war with", "Eritrea went to war with Ethiopia over the border town of Badme.", []string{"ERI>ETH:19"}},
		{"19 advanced on", "Russian troops advanced on Kyiv from the north.", []string{"RUS>UKR:19"}},
		{"19 carried out air strikes on", "Pakistan carried out air strikes on Afghanistan's Khost province.", []string{"PAK>AFG:19"}},
		{"19 sank", "Ukrainian forces sank a Russian warship in the Black Sea.", []string{"UKR>RUS:19"}},
		{"19 carpet-bombed", "Russia carpet-bombed Mariupol in the spring of 2022.", []string{"RUS>UKR:19"}},
		{"19 pushed into", "Israeli tanks pushed into Rafah on Tuesday.", []string{"ISR>PSE:19"}},
		{"19 came under fire from", "Indian positions came under fire from Pakistani troops along the LoC.", []string{"PAK>IND:19"}},
		{"19 came under drone attack", "Ukraine came under a massive Russian drone attack overnight.", []string{"RUS>UKR:19"}},
		{"19 came under rocket fire", "Northern Israel came under rocket fire from Lebanon on Sunday.", []string{"LBN>ISR:19"}},
		{"19 besieged", "Russian forces besieged Mariupol for nearly three months.", []string{"RUS>UKR:19"}},
		{"19 annexed", "Russia annexed Crimea from Ukraine in 2014.", []string{"RUS>UKR:19"}},
		{"19 bombarding", "Russia is bombarding Ukrainian cities with glide bombs.", []string{"RUS>UKR:19"}},
		{"19 opened fire on", "Cambodian troops opened fire on Thai soldiers at the border.", []string{"KHM>THA:19"}},
		// 19 passives: an agent after "by an" and a victim counted "more than"
		{"19 killed by an air strike", "Three Syrian soldiers were killed by an Israeli air strike near Damascus.", []string{"ISR>SYR:19"}},
		{"19 more than killed by", "More than 100 Palestinians were killed by Israeli troops near an aid site.", []string{"ISR>PSE:19"}},
		{"19 sunk by a missile", "A Ukrainian patrol boat was sunk by a Russian missile off Odesa.", []string{"RUS>UKR:19"}},
		{"19 fewer than killed by", "Fewer than 20 Ukrainian soldiers were killed by Russian shelling, Kyiv said.", []string{"RUS>UKR:19"}},
		// 19 an offensive expanded; a strike with another country's weapons is the user's
		{"19 expanded offensive", "Israel expanded its ground offensive in southern Lebanon on Thursday, sending more troops across the border.", []string{"ISR>LBN:19"}},
		{"19 stepped up attacks", "Russia stepped up its attacks on Ukraine's energy grid ahead of winter.", []string{"RUS>UKR:19"}},
		{"19 rolled into", "Russian tanks rolled into Georgia in August 2008.", []string{"RUS>GEO:19"}},
		{"19 used supplied missiles to strike", "Ukraine used U.S.-supplied ATACMS missiles to strike a Russian airfield in Crimea.", []string{"UKR>RUS:19"}},
		{"19 fired made drones at", "Russia fired Iranian-made drones at Kyiv overnight.", []string{"RUS>UKR:19"}},
		// acts undergone: the one who acts is named after "from" or modifies the act
		{"undergone suffered losses", "Russia suffered heavy losses near Pokrovsk, Ukraine's army said.", nil},
		{"undergone faces a debt crisis", "Egypt faces a severe debt crisis this year.", nil},
		{"undergone faced criticism from", "Japan faced criticism from China over the prime minister's visit to the shrine.", []string{"CHN>JPN:11"}},
		{"undergone could face sanctions", "Iran could face sanctions from Europe if talks fail.", nil},
		{"undergone hit with export restrictions", "Chinese firms were hit with U.S. export restrictions last year.", []string{"USA>CHN:16"}},
		{"undergone suffered bombardment", "Lebanon suffered heavy Israeli bombardment throughout the autumn.", []string{"ISR>LBN:19"}},
		{"undergone faces sanctions from", "Iran faces new sanctions from the United States over its drone exports.", []string{"USA>IRN:16"}},
		// 20 unconventional mass violence
		{"20 dropped atomic bomb", "The United States dropped an atomic bomb on Hiroshima, Japan, in 1945.", []string{"USA>JPN:20"}},
		{"20 used chemical weapons", "Iraq used chemical weapons against Iran in the 1980s.", []string{"IRQ>IRN:20"}},
		{"20 use of chemical weapons against", "Iraq's use of chemical weapons against Kuwait was feared.", []string{"IRQ>KWT:20"}},
		{"20 ethnic cleansing of", "Serb forces carried out the ethnic cleansing of Bosnian Muslims.", []string{"SRB>BIH:20"}},
		{"20 massacred", "Serb forces massacred thousands of Bosnian Muslims at Srebrenica.", []string{"SRB>BIH:20"}},
		{"20 used poison gas", "Syrian forces used poison gas against Turkish troops, Ankara said.", []string{"SYR>TUR:20"}},
		// a phone call and an agreement hammered out are no conflict
		{"neg called following the attack", "Biden called Netanyahu following the attack on the embassy.", []string{"USA>ISR:04"}},
		{"neg called amid the war", "Modi called Putin amid the war in Ukraine.", []string{"IND>RUS:04"}},
		{"neg hammered out", "The French and German leaders hammered out a compromise on the budget.", []string{"DEU>FRA:04", "FRA>DEU:04"}},
		{"neg called to discuss", "Japan's prime minister called South Korea's president on Monday to discuss North Korea.", []string{"JPN>KOR:04"}},
	})
}

// conflictDyads reads the dyads of CAMEO roots 10 to 20 only: the
// cooperation a sentence may also report is another test's business.
func conflictDyads(ts []Triple) []string {
	var out []string
	for _, d := range dyads(ts) {
		if r := d[len(d)-2:]; r >= "10" {
			out = append(out, d)
		}
	}
	return out
}

// TestRecallVocabBIdioms checks that the words of force in business and
// political idioms, conditions, questions, denials and refusals report no
// conflict.
func TestRecallVocabBIdioms(t *testing.T) {
	runCasesWith(t, []extractCase{
		{"neg economy sank into recession", "Japan's economy sank into recession as exports to China fell.", nil},
		{"neg exports sank", "China's exports to the United States sank 20 percent in May.", nil},
		{"neg weathered the crisis", "Greece weathered the debt crisis with help from Germany.", nil},
		{"neg faces competition", "Brazil faces stiff competition from China in African markets.", nil},
		{"neg struck a deal", "China struck a deal with Brazil to buy more soybeans.", nil},
		{"neg seized opportunity", "Indonesia seized the opportunity to expand exports to China.", nil},
		{"neg battled for lead", "Chile and Peru battled for the lead in the copper market.", nil},
		{"neg weak demand from", "Japan warned of a slowdown in growth due to weak demand from China.", nil},
		{"neg attack on inflation", "The central bank stepped up its attack on inflation.", nil},
		{"neg exports hit record", "Brazil's exports to China hit a record high in March.", nil},
		{"neg trade war", "The United States and China have been locked in a trade war since 2018.", nil},
		{"neg captured market", "Chinese carmakers captured a third of the Russian market last year.", nil},
		{"neg stormed to victory", "South Korea's ruling party stormed to victory in the election.", nil},
		{"neg war on corruption", "Nigeria's president declared war on corruption.", nil},
		{"neg slammed the door", "France's Macron slammed the door on early elections.", nil},
		{"neg conditional attack", "If Iran attacks Israel, the United States will respond.", nil},
		{"neg question threaten", "Did China threaten Taiwan?", nil},
		{"neg denied shelling", "Russia denied shelling the Zaporizhzhia nuclear plant.", nil},
		{"neg came under fire domestic", "The government came under fire from the opposition over the budget.", nil},
		{"neg no intention attack", "Egypt said it had no intention of attacking Ethiopia.", nil},
		{"neg would not attack", "Putin said Russia would not attack NATO countries.", nil},
		{"neg not shoot down", "Poland did not shoot down the Russian drones, officials said.", nil},
	}, conflictDyads)
}
