package extract

import "testing"

// TestNoEventSentences holds wire copy that reports no event between two
// actors: market and economic data, sport, weather and disasters, domestic
// politics, history and background, analysis, hypotheticals and questions,
// negated and cancelled events, NGO and UN reports, one-actor acts, reviews,
// obituaries, travel and court cases inside one country. None may yield a
// triple.
func TestNoEventSentences(t *testing.T) {
	var cases []extractCase
	for _, s := range noEventSentences {
		cases = append(cases, extractCase{name: s, text: s})
	}
	runCases(t, cases)
}

var noEventSentences = []string{
	// Markets and economic data.
	"TOKYO, March 4 (Reuters) - Japanese shares fell 1.2 percent on Tuesday, tracking losses in China and South Korea as investors fretted over U.S. tariffs.",
	"The euro slipped against the dollar after German factory orders fell for a third month.",
	"Brent crude rose to $84 a barrel as Saudi Arabia and Russia extended output cuts, traders said.",
	"India's economy grew 7.2 percent in the year to March, outpacing China for a second year.",
	"Exports from Vietnam to the United States rose 18 percent in the first half, customs data showed.",
	"Turkey's inflation eased to 38 percent in November, the statistics office said.",
	"Chinese imports of Australian coal hit a record in October, customs figures showed.",
	"The yen weakened past 150 per dollar as the Bank of Japan held rates.",
	"Mexico overtook China as the largest source of U.S. imports last year, Commerce Department data showed.",
	"Gold prices climbed as tensions between Israel and Iran pushed investors toward safe havens.",
	"The rouble hit its weakest level against the dollar since March 2022.",
	"Brazil's soybean exports to China fell 12 percent in August from a year earlier.",
	"Germany's trade surplus with the United States widened to a record in 2024.",
	"South Korea's chip exports jumped 30 percent, led by shipments to Taiwan and Vietnam.",
	"Egypt's pound lost half its value against the dollar after the devaluation in March.",
	"Stocks in Hong Kong and Shanghai rallied after Beijing unveiled stimulus measures.",
	"Remittances from Saudi Arabia to Pakistan rose to $7 billion in the fiscal year.",
	"Foreign direct investment into Indonesia from Japan slowed in the second quarter.",
	"Russian gas flows to Europe through Ukraine fell to zero on January 1.",
	"Argentina's peso slumped as the central bank ran down its reserves.",
	// Sport.
	"Argentina beat France on penalties to win the World Cup final in Qatar.",
	"Japan defeated Germany 2-1 in their opening World Cup match in Doha.",
	"Morocco knocked out Portugal to reach the semi-finals, the first African side to do so.",
	"India thrashed Pakistan by eight wickets in Ahmedabad on Saturday.",
	"New Zealand's All Blacks crushed Italy 96-17 in Lyon.",
	"China topped the medals table ahead of the United States at the Paris Games.",
	"Kenya's Eliud Kipchoge won the Berlin marathon for a fifth time.",
	"Spain will face England in the final of the European Championship in Berlin.",
	"Brazil drew 1-1 with Uruguay in a World Cup qualifier in Montevideo.",
	"South Korea's Son Heung-min scored twice as Tottenham routed Manchester City.",
	"Australia retained the Ashes after a draw against England at Old Trafford.",
	"Iran's players declined to sing the national anthem before their match against England.",
	"Croatia edged Canada 4-1 in Group F, ending Canadian hopes of reaching the knockout round.",
	"Serbia's Novak Djokovic beat Russia's Daniil Medvedev in the U.S. Open final.",
	"The United States will co-host the 2026 World Cup with Canada and Mexico.",
	"Saudi Arabia stunned Argentina 2-1 in one of the biggest upsets in World Cup history.",
	// Weather and disasters.
	"Typhoon Hagibis battered Japan on Saturday, killing at least 40 people.",
	"A magnitude 7.8 earthquake struck southern Turkey and northern Syria before dawn.",
	"Floods in Pakistan have killed more than 1,000 people since June, officials said.",
	"A heatwave gripped Spain and Portugal, with temperatures above 44 degrees Celsius.",
	"Cyclone Idai tore through Mozambique and Zimbabwe, flattening homes.",
	"Wildfires raged across Greece as a heatwave pushed temperatures past 45 degrees.",
	"Monsoon rains flooded parts of Bangladesh and northeastern India.",
	"A tsunami warning was issued for Indonesia and the Philippines after the quake.",
	"Drought has cut Zambia's maize harvest by half, the agriculture ministry said.",
	"Hurricane Maria devastated Puerto Rico and Dominica in September 2017.",
	"Smoke from fires in Indonesia drifted over Malaysia and Singapore, closing schools.",
	"A volcano erupted in Iceland, grounding flights across Europe for days.",
	// Elections and domestic politics.
	"Voters in Poland go to the polls on Sunday in a parliamentary election.",
	"Brazil's Lula narrowly defeated Jair Bolsonaro in a runoff on Sunday.",
	"The ruling party in Japan lost its majority in the lower house.",
	"Kenya's parliament passed a finance bill amid street protests in Nairobi.",
	"Thousands marched in Tbilisi against the government's foreign agents law.",
	"South Africa's ANC lost its majority for the first time since 1994.",
	"Pakistan's former prime minister Imran Khan was jailed for three years.",
	"Germany's coalition government collapsed after the chancellor fired his finance minister.",
	"Indonesia swore in Prabowo Subianto as president on Sunday.",
	"Mexico elected Claudia Sheinbaum as its first woman president.",
	"The French National Assembly ousted the prime minister in a no-confidence vote.",
	"Sri Lanka's president fled the country as protesters stormed his residence.",
	"Taiwan's Lai Ching-te won the presidential election with 40 percent of the vote.",
	"Italy's Senate approved the budget by 108 votes to 64.",
	// History and background.
	"The two countries fought a war in 1962 over their disputed border.",
	"India and Pakistan have fought three wars since independence in 1947.",
	"Greece and Turkey have fought several wars over the past two centuries.",
	"Iran had backed Hezbollah in Lebanon since the 1980s, the book recounts.",
	"Peru and Ecuador had fought a border war in 1995 before signing a peace deal.",
	"Britain handed Hong Kong back to China in 1997.",
	"Argentina and Britain went to war over the Falklands in 1982.",
	"Ethiopia and Eritrea had fought a border war between 1998 and 2000.",
	"The United States had imposed sanctions on Cuba in 1962.",
	"Japan occupied Korea from 1910 to 1945.",
	"Greece and Turkey nearly went to war over the Imia islets in 1996.",
	"Sudan had expelled Egyptian diplomats during an earlier crisis in the 1990s.",
	// Analysis and opinion.
	"Relations between China and Australia are at their lowest point in decades.",
	"Ties between India and Canada have been strained for more than a year.",
	"Analysts say tensions between Serbia and Kosovo could flare again.",
	"The rivalry between Saudi Arabia and Iran has shaped conflicts across the region.",
	"Relations between Washington and Moscow remain frosty.",
	"Trade between Turkey and Russia has boomed since the war began.",
	"The dispute between Guyana and Venezuela over Essequibo dates back more than a century.",
	"Experts doubt that North Korea could strike the United States with a nuclear warhead.",
	"Critics say the deal between Britain and Rwanda was unworkable from the start.",
	"The border between Poland and Belarus has become a flashpoint.",
	"Economists expect the Federal Reserve to cut rates before the European Central Bank.",
	"Diplomats say the alliance between Russia and North Korea worries Seoul.",
	// Hypotheticals and questions.
	"Would China invade Taiwan if the United States withdrew from Asia?",
	"Could Iran close the Strait of Hormuz?",
	"If Russia attacked a NATO member, the alliance would be obliged to respond.",
	"Should Japan rearm in response to China?",
	"Had Britain stayed in the EU, trade with France would be higher, economists say.",
	"Will India and China ever settle their border dispute?",
	"Were Israel to strike Iran's nuclear sites, oil prices could soar.",
	"Why did Saudi Arabia cut oil output despite pressure from Washington?",
	"A war between China and the United States would be catastrophic, the report said.",
	"What would a deal between Russia and Ukraine look like?",
	// Negated events.
	"India did not attend the summit hosted by China.",
	"Germany has never sent Taurus missiles to Ukraine.",
	"Turkey did not condemn Russia's invasion, unlike most NATO members.",
	"Japan has not apologised to South Korea for wartime forced labour, campaigners say.",
	"Brazil refused to say whether it had sold ammunition to Ukraine.",
	"No Israeli official has met Iranian diplomats since 1979.",
	"Pakistan has never attacked India first, its army chief said.",
	"Egypt did not respond to the request from Ethiopia.",
	"China has not recognised Kosovo.",
	"The United States has no plans to send troops to Ukraine, the White House said.",
	"South Africa did not arrest Vladimir Putin because he never came.",
	"Mexico did not sign the declaration.",
	// Cancelled and postponed plans.
	"A planned visit by the Chinese president to Japan was postponed indefinitely.",
	"Talks between Serbia and Kosovo scheduled for Monday were called off.",
	"The summit between North Korea and the United States was cancelled in 2018.",
	"A meeting between the leaders of Armenia and Azerbaijan in Granada did not take place.",
	"Plans for joint naval drills between Russia and South Africa were shelved.",
	// NGO and UN reports.
	"Amnesty International accused Saudi Arabia of executing 81 men in a single day.",
	"Human Rights Watch said Egypt had detained thousands of critics without trial.",
	"The U.N. refugee agency said more than 6 million people had fled Ukraine.",
	"The World Food Programme warned of famine in Sudan and Haiti.",
	"The IMF cut its growth forecast for China and the euro zone.",
	"The World Bank said Lebanon's economy had shrunk by 40 percent since 2019.",
	"Reporters Without Borders ranked Norway first and North Korea last in its press freedom index.",
	"Transparency International said corruption in Hungary had worsened.",
	"A U.N. report found that Myanmar's military had committed war crimes.",
	"Greenpeace accused Japan of polluting the Pacific with treated water.",
	"The WHO said cholera cases had risen in Yemen and Syria.",
	"Oxfam said the richest 1 percent in Brazil owned half its wealth.",
	// One-actor acts.
	"North Korea fired a ballistic missile into the sea off its east coast.",
	"Iran launched a satellite into orbit on Thursday.",
	"China's navy commissioned its third aircraft carrier.",
	"India tested an Agni-V missile from an island off Odisha.",
	"Russia held nuclear drills in its southern military district.",
	"Japan raised its defence budget to a record 8 trillion yen.",
	"Islamic State claimed responsibility for the bombing in Kabul.",
	"Saudi Arabia executed seven men convicted of terrorism.",
	"Turkey's central bank raised its key rate to 50 percent.",
	// Reviews, obituaries, travel.
	"The film, set in Iran and France, follows a family torn apart by exile.",
	"In her new book, the author traces the long friendship between India and Russia.",
	"Henry Kissinger, who opened relations with China, died at 100.",
	"Mikhail Gorbachev, who ended the Cold War with the United States, has died aged 91.",
	"Jacques Chirac, who opposed the invasion of Iraq, died on Thursday aged 86.",
	"Tourist arrivals from China to Thailand recovered to 80 percent of 2019 levels.",
	"Flights between India and China resumed after a four-year halt, airlines said.",
	"Visitors from Russia flocked to Turkey's beaches this summer.",
	"The museum in Seoul displays relics looted from Korea during the Japanese occupation.",
	"Korean dramas have become hugely popular in Japan and Vietnam.",
	// Courts inside one country.
	"Pakistan's Supreme Court ordered the release of Imran Khan.",
	"An Indian court acquitted all accused in the 2006 Mumbai train bombings.",
	"Israel's Supreme Court struck down a law limiting its own powers.",
	// Page furniture.
	"Reporting by Andrew Osborn in Moscow and Tom Balmforth in Kyiv; Editing by Peter Graff",
	"Additional reporting by Michelle Nichols at the United Nations; writing by Jonathan Landay in Washington.",
	"Copyright 2024 The Associated Press. All rights reserved.",
	"Click here for more coverage of Israel and Iran.",
	"Related: China, Japan and South Korea hold first summit in four years",
	// Meetings hoped for, rumoured, denied or called off.
	"A meeting between Erdogan and Assad is not on the agenda, Ankara said.",
	"Prospects for talks between Washington and Tehran look dim.",
	"Hopes of a summit between Xi and Biden faded after the balloon incident.",
	"Speculation about a visit by Modi to Pakistan has no basis, officials said.",
	"Reports of a meeting between Israeli and Saudi officials were false, Riyadh said.",
	"A visit by Kishida to Seoul has not been ruled out.",
	"No talks between Russia and Ukraine are scheduled, the Kremlin said.",
	"The proposed summit with North Korea never materialised.",
	"Hungary's threat to veto the EU's aid package for Ukraine was not carried out.",
	// Conjectures in nominal form.
	"A Chinese invasion of Taiwan would devastate the world economy, the report said.",
	"A Russian nuclear strike on Ukraine would be a catastrophe, analysts warned.",
	"An Israeli strike on Iran's nuclear sites could set off a regional war.",
	"Even a limited Chinese blockade of Taiwan would halt chip supplies to Japan.",
	"A war between India and Pakistan would be disastrous for South Asia.",
	// Rights groups and inquiries tell what others did.
	"Human Rights Watch said Saudi border guards had killed hundreds of Ethiopian migrants.",
	"Campaigners say Myanmar's military committed genocide against the Rohingya.",
	"A U.N. inquiry said Israel had committed genocide in Gaza.",
	"NAIROBI, Aug 21 (Reuters) - Amnesty International, in a report on the war in Sudan, accused Chadian troops of killing civilians.",
	// Disasters and groups acting alone.
	"The earthquake, felt as far away as Lebanon, killed thousands in Turkey.",
	"The storm, which had battered the Philippines, made landfall in Vietnam on Sunday.",
	"Islamic State fighters attacked a checkpoint in Deir al-Zor.",
	"Islamic State militants ambushed a convoy in Iraq's Diyala province.",
	"An Islamic State suicide bomber killed 30 people at a Kabul school.",
	"The absence of contact between Washington and Pyongyang worries Seoul.",
	"Top Stories | World",
	"Read more: Japan and China spar over seafood ban",
	"Editor's note: This story has been updated to include comment from Beijing.",
}

// TestNoEventLookalikes holds events that look like the no-event shapes
// of TestNoEventSentences: acts this year next to a background date, a
// match next to diplomacy, meetings that went ahead, conditions that are
// not inverted, states that accuse, places that are not the only target.
func TestNoEventLookalikes(t *testing.T) {
	runCases(t, []extractCase{
		// Dated, but news: the year is this one or the last.
		{"act in this year", "Russia invaded Ukraine in February 2022, the defence ministry said.", []string{"RUS>UKR:19"}},
		{"act last year", "Israel struck Iran in 2024, weeks after the embassy bombing.", []string{"ISR>IRN:19"}},
		{"relative clause dated, main clause news", "Russia, which annexed Crimea in 2014, struck Kyiv with missiles on Monday.", []string{"RUS>UKR:19"}},
		{"since a year, news", "Japan sent its first destroyer through the Taiwan Strait since 2019 to deter China.", nil},
		{"first visit since a year", "Saudi Crown Prince Mohammed bin Salman visited Turkey on Wednesday, his first trip since 2018.", []string{"SAU>TUR:04"}},
		{"signed this month", "India and the United Arab Emirates signed a trade agreement in May 2025.", []string{"ARE>IND:05", "IND>ARE:05"}},
		{"plain past with an old year is an old event as stated", "China and Vietnam fought a brief border war in 1979.", []string{"CHN>VNM:19", "VNM>CHN:19"}},
		{"past perfect with this year", "Britain said Russia had carried out cyber attacks on British firms in 2025.", []string{"RUS>GBR:17"}},
		{"a count of talks is not a count of wars", "India and China have held three rounds of talks this year.", []string{"CHN>IND:04", "IND>CHN:04"}},
		{"dated ten years ago, quoted as a fact", "Egypt condemned Turkey on Sunday, recalling the coup of 2013.", []string{"EGY>TUR:11"}},
		// Sport words next to diplomacy.
		{"minister at a match", "French President Emmanuel Macron met Moroccan King Mohammed VI in Rabat before the match.", []string{"FRA>MAR:04"}},
		{"team visit, no result", "China's Premier Li Qiang held talks with Australia's Anthony Albanese on the sidelines of the Games.", []string{"CHN>AUS:04"}},
		{"beat as a ban", "Ukraine accused Russia of shelling Kharkiv during the cup final.", []string{"UKR>RUS:11"}},
		{"final communique", "Turkey and Greece signed a final declaration on migration in Athens.", []string{"GRC>TUR:05", "TUR>GRC:05"}},
		// Meetings that went ahead.
		{"postponed then held", "Talks between Serbia and Kosovo, postponed in May, were held in Brussels on Thursday.", []string{"SRB>XKX:04", "XKX>SRB:04"}},
		{"active postponement", "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan.", []string{"IND>CHN:04"}},
		{"visit was welcomed", "Modi's visit to Moscow was criticised by Ukraine.", []string{"IND>RUS:04", "UKR>IND:11"}},
		{"talks were productive", "Talks between China and the United States were productive, officials said.", []string{"CHN>USA:04", "USA>CHN:04"}},
		{"meeting not cancelled", "Blinken met Wang Yi in Beijing on Friday.", []string{"USA>CHN:04"}},
		{"hopes expressed by a state", "Japan hopes to hold talks with China soon.", []string{"JPN>CHN:03"}},
		{"summit is expected", "Xi Jinping will visit Moscow next week, the Kremlin said.", []string{"CHN>RUS:03"}},
		// Conditions that are not inverted; modals of a subject.
		{"were then a verb", "Iranian drones struck Israel overnight.", []string{"IRN>ISR:19"}},
		{"had as a verb", "Israel had launched strikes on Lebanon on Saturday.", []string{"ISR>LBN:19"}},
		{"should of a subject", "Pakistan should stop supporting terrorists, India said.", []string{"IND>PAK:02"}},
		{"will of a state", "Germany will send more tanks to Ukraine.", []string{"DEU>UKR:03"}},
		{"nominal strike with a past verb", "A Russian missile strike on Dnipro killed 12 people.", []string{"RUS>UKR:19"}},
		{"strike then modal in a clause of its own", "Israel struck Hezbollah targets in Lebanon, and more strikes could follow.", []string{"ISR>LBN:19"}},
		// Negation of someone else; "no" not before a subject.
		{"no doubt", "Japan has no doubt that China violated its airspace, the minister said.", nil},
		{"no longer", "Turkey condemned Israel, saying it no longer trusted its government.", []string{"TUR>ISR:11"}},
		// Market words next to real acts.
		{"sanctions move markets", "The United States imposed sanctions on Russian banks, sending the rouble lower.", []string{"USA>RUS:16"}},
		{"exports banned", "China banned exports of gallium to the United States.", []string{"CHN>USA:16"}},
		{"trade deal signed", "Britain signed a trade deal with India, lifting shares in Mumbai.", []string{"GBR>IND:06"}},
		{"tensions as a judgement", "China accused the Philippines of raising tensions in the South China Sea.", []string{"CHN>PHL:11"}},
		// States accuse; a state's report is coded.
		{"state accuses", "Ukraine accused Russia of genocide.", []string{"UKR>RUS:11"}},
		{"government report", "Britain said Russian military intelligence had carried out cyber attacks on British firms.", []string{"RUS>GBR:17"}},
		{"group speaks, state acts", "Hamas said Israel had bombed a school in Gaza.", []string{"ISR>PSE:19"}},
		{"state speaks of group", "Pakistan accused India of backing the Baloch Liberation Army.", []string{"PAK>IND:11"}},
		// A place target that is the only one, with a state subject.
		{"place target of a state", "Israeli jets struck targets in Syria overnight.", []string{"ISR>SYR:19"}},
		{"place target, city", "Russia launched missiles at Kharkiv on Thursday.", []string{"RUS>UKR:19"}},
		{"group with country on a place", "The Houthis fired a missile at Tel Aviv.", []string{"YEM>ISR:19"}},
		{"group against a state with a place", "Hezbollah fired rockets at Israeli troops in the Golan Heights.", []string{"LBN>ISR:19"}},
		// Disasters with a state's response.
		{"aid after a quake", "After the earthquake, Japan sent rescue teams to Turkey.", []string{"JPN>TUR:07"}},
		{"condolences after a storm", "China offered condolences to the Philippines after the typhoon.", []string{"CHN>PHL:01"}},
		{"flood aid", "After the floods, the United Arab Emirates sent aid to Pakistan.", []string{"ARE>PAK:07"}},
		// Between-phrases that are the event.
		{"talks between as the event", "Talks between Armenia and Azerbaijan resumed in Washington.", []string{"ARM>AZE:04", "AZE>ARM:04"}},
		{"clashes between as the event", "Clashes between Indian and Chinese troops broke out in Ladakh.", []string{"CHN>IND:19", "IND>CHN:19"}},
		// Hosting that is diplomacy.
		{"host talks", "Qatar hosted talks between the United States and the Taliban.", []string{"AFG>USA:04", "QAT>AFG:04", "QAT>USA:04", "USA>AFG:04"}},
		{"host a leader", "Egypt hosted Turkish President Recep Tayyip Erdogan in Cairo.", []string{"EGY>TUR:04"}},
		// Headline-like but prose.
		{"more as a word", "More than 50 countries condemned Russia at the United Nations.", nil},
	})
}
