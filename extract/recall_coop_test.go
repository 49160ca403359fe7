package extract

import "testing"

// TestRecallCoopAgreed covers agreements told by what is agreed: the
// act agreed (a ceasefire, a prisoner exchange, lifting sanctions, a sale)
// is the relation, with the partner or place the act names as target;
// negation, conditions, questions and agreements with no act keep their
// old reading. The sentences are written for this test in the manner of
// Reuters, AP, AFP and government readouts.
func TestRecallCoopAgreed(t *testing.T) {
	runCases(t, []extractCase{
		{"quoted ceasefire", `Cambodia and Thailand agreed to an "immediate and unconditional" ceasefire at talks in Malaysia.`, []string{"KHM>THA:08", "THA>KHM:08"}},
		{"cessation of hostilities", "India and Pakistan agreed to a cessation of hostilities along the Line of Control.", []string{"IND>PAK:08", "PAK>IND:08"}},
		{"exchange prisoners", "Russia and Ukraine agreed to exchange 1,000 prisoners each, Kyiv said.", []string{"RUS>UKR:08", "UKR>RUS:08"}},
		{"prisoner swap", "Moscow and Kyiv agreed to a prisoner swap brokered by the UAE.", []string{"ARE>RUS:04", "ARE>UKR:04", "RUS>UKR:08", "UKR>RUS:08"}},
		{"withdraw from place", "Israel agreed to withdraw its forces from southern Lebanon within 60 days.", []string{"ISR>LBN:08"}},
		{"lift sanctions", "WASHINGTON (Reuters) - The United States agreed to lift sanctions on Syria, the Treasury said.", []string{"USA>SYR:08"}},
		{"ease tariffs demonym", "Japan agreed to ease tariffs on American rice, Tokyo's negotiator said.", []string{"JPN>USA:08"}},
		{"release nationals", "Iran agreed to release two French nationals held since 2022.", []string{"IRN>FRA:08"}},
		{"release hostages", "Hamas agreed to release 33 Israeli hostages in the first phase.", []string{"PSE>ISR:08"}},
		{"buy goods", "China agreed to buy $200 billion of American goods over two years.", []string{"CHN>USA:06"}},
		{"buy jets", "Canada agreed to buy 88 F-35 fighter jets from the United States.", []string{"CAN>USA:06"}},
		{"supply gas", "Egypt agreed to supply gas to Lebanon via Syria.", []string{"EGY>LBN:06"}},
		{"deal to build", "Saudi Arabia signed a $10 billion deal to build a refinery in Pakistan's Gwadar port.", []string{"SAU>PAK:06"}},
		{"deal to supply", "Azerbaijan agreed to a 10-year deal to supply gas to Hungary's MVM.", []string{"AZE>HUN:06"}},
		{"deal with partner", "Kenya signed a $3 billion deal with China to build a railway.", []string{"CHN>KEN:05", "KEN>CHN:05", "KEN>CHN:06"}},
		{"memorandum with company", "US Strategic Metals signed a memorandum of understanding with Pakistan's Frontier Works Organisation to invest $500 million in minerals processing.", []string{"PAK>USA:05", "USA>PAK:05", "USA>PAK:06"}},
		{"deal with partner for place", "Japan signed a deal with India to build a high-speed rail line in Gujarat.", []string{"IND>JPN:05", "JPN>IND:05", "JPN>IND:06"}},
		{"deal with partner to meet", "Egypt signed a deal with Sudan to hold regular talks.", []string{"EGY>SDN:05", "SDN>EGY:05"}},
		{"pair signs agreement for", "The United Arab Emirates and India signed an agreement for long-term supplies of gas.", []string{"ARE>IND:05", "IND>ARE:05"}},
		{"agreed to trade", "China and Brazil agreed to trade in their own currencies, dropping the dollar.", []string{"BRA>CHN:06", "CHN>BRA:06"}},
		{"free trade agreement in city", "Britain and India signed a free trade agreement in London on Thursday.", []string{"GBR>IND:05", "IND>GBR:05"}},
		{"free trade agreement with", "Australia signed a free trade agreement with the United Arab Emirates.", []string{"ARE>AUS:05", "AUS>ARE:05"}},
		{"ceasefire agreement", "DOHA (Reuters) - Israel and Hamas reached a ceasefire agreement on Wednesday.", []string{"ISR>PSE:08", "PSE>ISR:08"}},
		{"ceasefire deal with", "Israel reached a ceasefire deal with Hezbollah, officials said.", []string{"ISR>LBN:08", "LBN>ISR:08"}},
		{"prisoner swap deal", "Russia and Ukraine signed a prisoner swap deal in Istanbul.", []string{"RUS>UKR:08", "UKR>RUS:08"}},
		{"truce deal noun", "Sudan's army reached a truce deal with the RSF.", []string{"SDN>SDN:08"}},
		{"supply deal with", "India signed a gas supply deal with Qatar.", []string{"IND>QAT:05"}},
		// Agreements that name no act keep their reading.
		{"peace agreement", "Armenia and Azerbaijan signed a peace agreement in Washington.", []string{"ARM>AZE:05", "AZE>ARM:05"}},
		{"agreed to a trade deal", "Japan and Britain agreed to a trade deal.", []string{"GBR>JPN:05", "JPN>GBR:05"}},
		{"agreed to boost trade", "Vietnam and Japan agreed to boost trade and investment.", []string{"JPN>VNM:03", "VNM>JPN:03"}},
		{"exchange ambassadors", "India and France agreed to exchange ambassadors.", []string{"FRA>IND:05", "IND>FRA:05"}},
		{"ceasefire place is no party", "Armenia and Azerbaijan agreed to a ceasefire at talks in Moscow.", []string{"ARM>AZE:08", "AZE>ARM:08"}},
		// Future, negation, conditions, questions.
		{"will exchange", "Armenia and Azerbaijan will exchange prisoners next week, officials said.", []string{"ARM>AZE:03", "AZE>ARM:03"}},
		{"will lift tariffs", "South Korea will lift tariffs on American beef.", []string{"KOR>USA:03"}},
		{"not agreed", "Israel has not agreed to a ceasefire with Hamas, officials said.", nil},
		{"conditional", "If Russia agreed to a ceasefire, Ukraine would hold elections.", nil},
		{"question", "Will Moscow agree to a prisoner exchange with Kyiv?", nil},
		{"will not lift", "Britain will not lift sanctions on Russia.", nil},
	})
}

// TestRecallCoopVocab covers the phrases of yielding and material help
// added to the vocabulary: handing over and returning captives, swaps,
// withdrawals, lifting tariffs, unfreezing assets, reopening airspace,
// deposits, credit lines and rolled-over loans.
func TestRecallCoopVocab(t *testing.T) {
	runCases(t, []extractCase{
		{"handed over prisoners", "Azerbaijan handed over five Armenian prisoners to Yerevan on Thursday.", []string{"AZE>ARM:08"}},
		{"returned remains", "North Korea returned the remains of American soldiers to the United States.", []string{"PRK>USA:08"}},
		{"swapped prisoners", "Russia and Ukraine swapped 390 prisoners each on Friday, both sides said.", []string{"RUS>UKR:08", "UKR>RUS:08"}},
		{"withdrew troops", "India withdrew troops from the disputed border area with China.", []string{"IND>CHN:08"}},
		{"lifted tariffs", "Washington lifted tariffs on Indian steel.", []string{"USA>IND:08"}},
		{"unfroze assets", "The United States unfroze $6 billion of Iranian assets.", []string{"USA>IRN:08"}},
		{"reopened airspace", "Pakistan reopened its airspace to Indian flights.", []string{"PAK>IND:08"}},
		{"deposited", "Kuwait deposited $3 billion in Egypt's central bank.", []string{"KWT>EGY:07"}},
		{"credit line", "Beijing extended a $1 billion credit line to Colombo.", []string{"CHN>LKA:07"}},
		{"credit line of", "India extended a credit line of $500 million to Bangladesh.", []string{"IND>BGD:07"}},
		{"rolled over loan", "China rolled over a $2.1 billion loan to Pakistan, the finance ministry said.", []string{"CHN>PAK:07"}},
		// Not these acts.
		{"tanks rolled over", "Russia's tanks rolled over the border into Ukraine.", nil},
		{"handed over chairmanship", "Japan handed over the chairmanship of the G7 to Italy.", nil},
		{"will not hand over", "Russia will not hand over the suspects to Britain.", nil},
		{"ratification deposited", "The ministry deposited its instrument of ratification with the United Nations.", nil},
	})
}

// TestRecallCoopTheNames covers names that begin with "the" ("the
// Philippines") in coordination and after "between" or a preposition.
func TestRecallCoopTheNames(t *testing.T) {
	runCases(t, []extractCase{
		{"talks between", "Talks between China and the Philippines on the South China Sea resumed in Manila.", []string{"CHN>PHL:04", "PHL>CHN:04"}},
		{"coordinated objects", "Japan condemned China and the Philippines for the clash at Second Thomas Shoal.", []string{"JPN>CHN:11", "JPN>PHL:11"}},
		{"after noun phrase", "Japan sold five coast guard vessels to the Philippines.", []string{"JPN>PHL:06"}},
	})
}

// TestRecallCoopNominal covers acts of trade, aid and yielding told as
// nouns: the possessor or demonym before the noun acts on the country its
// preposition names. Figures about trade are no events.
func TestRecallCoopNominal(t *testing.T) {
	runCases(t, []extractCase{
		{"purchase of demonym", "Indonesia's purchase of French Rafale jets was finalised last year.", []string{"IDN>FRA:06"}},
		{"purchase of possessor", "Turkey's purchase of Russia's S-400 system strained ties with Washington.", []string{"TUR>RUS:06"}},
		{"demonym deposit", "A Saudi deposit of $3 billion in Pakistan's central bank eased pressure on the rupee.", []string{"SAU>PAK:07"}},
		{"demonym loan", "The Chinese loan to Kenya financed the Mombasa-Nairobi railway.", []string{"CHN>KEN:07"}},
		{"grant with amount", "Beijing's $1 billion grant to Cambodia funded a new naval base, officials said.", []string{"CHN>KHM:07"}},
		{"delivery of tanks", "Germany's delivery of Leopard tanks to Ukraine began in March.", []string{"DEU>UKR:06"}},
		{"withdrawal of troops", "The withdrawal of French troops from Niger was completed in December.", []string{"FRA>NER:08"}},
		{"lifting of sanctions", "The United States' lifting of sanctions on Syria opened the way for investment.", []string{"USA>SYR:08"}},
		// Figures, negation and companies.
		{"statistic rose", "Saudi investment in Egypt rose to $10 billion last year.", nil},
		{"statistic imports", "China's imports of Russian oil rose 20 percent in May.", nil},
		{"no withdrawal", "There has been no withdrawal of Russian troops from Belarus, Kyiv said.", nil},
		{"company purchase", "Qatar's purchase of Boeing jets was announced in Doha.", nil},
		{"statistic double", "Germany's purchase of gas from Norway will double next year, analysts said.", nil},
		{"statistic slowed", "Japan's investments in China have slowed.", nil},
	})
}

// TestRecallCoopIntent covers intents to trade, invest, build or supply
// told by a plan, a wish or the future with a verb outside the
// vocabulary.
func TestRecallCoopIntent(t *testing.T) {
	runCases(t, []extractCase{
		{"interest in buying", "India expressed interest in buying Russian Su-57 jets.", []string{"IND>RUS:03"}},
		{"plans to build with help", "Kazakhstan announced plans to build a nuclear plant with Russian help.", []string{"KAZ>RUS:03"}},
		{"will build in", "China will build a railway in Kenya, the ministry said.", []string{"CHN>KEN:03"}},
		{"considering buying", "Serbia is considering buying Rafale jets from France.", []string{"SRB>FRA:03"}},
		{"built is no intent", "China built a railway in Kenya in 2017.", nil},
		{"will not build", "Japan will not build the plant in Vietnam.", nil},
		{"may buy", "Egypt may buy wheat from India, traders said.", nil},
		{"doubted", "Experts doubt China will build a port in Pakistan.", nil},
	})
}

// TestRecallCoopAid covers aid told by what is sent or received: rescue
// and medical teams, approved sales, loans received or secured (the giver
// acts), help in an act of war (military cooperation), and amounts before
// a noun that reads like a verb ("a $3 billion loan").
func TestRecallCoopAid(t *testing.T) {
	runCases(t, []extractCase{
		{"rescue team", "India sent a rescue team to Turkey after the earthquake.", []string{"IND>TUR:07"}},
		{"medical team", "BEIJING (Xinhua) - China dispatched a medical team to Pakistan on Sunday.", []string{"CHN>PAK:07"}},
		{"approved sale", "Washington approved the sale of F-16 jets to Turkey.", []string{"USA>TUR:06"}},
		{"approved exports", "Germany approved arms exports to Israel worth 300 million euros.", []string{"DEU>ISR:06"}},
		{"received loan", "Egypt received a $3 billion loan from the UAE.", []string{"ARE>EGY:07"}},
		{"secured credit line", "Sri Lanka secured a $1.5 billion credit line from India.", []string{"IND>LKA:07"}},
		{"helped intercept", "Jordan helped Israel intercept Iranian missiles.", []string{"JOR>ISR:06"}},
		{"helped by intercept", "Israel, helped by the United States and Britain, intercepted most of the drones.", []string{"GBR>ISR:06", "USA>ISR:06"}},
		{"helped rebuild", "Saudi Arabia helped Lebanon rebuild its schools.", []string{"SAU>LBN:07"}},
		{"will not approve", "Congress will not approve the sale of F-35 jets to Turkey.", nil},
	})
}

// TestRecallCoopWish covers stated wishes for relations, talks or an act
// of yielding with another actor: intents to cooperate, meet or yield.
func TestRecallCoopWish(t *testing.T) {
	runCases(t, []extractCase{
		{"wants relations", `Pakistan wants "normal, good-neighbourly relations" with Kabul, Dar said.`, []string{"PAK>AFG:03"}},
		{"open to talks", "China is open to talks with the United States on trade, a spokesperson said.", []string{"CHN>USA:03"}},
		{"interested in expanding", "Russia is interested in expanding cooperation with Indonesia.", []string{"RUS>IDN:03"}},
		{"seeks closer ties", "Japan seeks closer ties with the Philippines.", []string{"JPN>PHL:03"}},
		{"hopes for relations", "Moscow hopes for better relations with Washington, Peskov said.", []string{"RUS>USA:03"}},
		{"committed to deepening", "Turkey is committed to deepening ties with Azerbaijan.", []string{"TUR>AZE:03"}},
		{"ready for exchange", "Kyiv said it was ready for a prisoner exchange with Moscow.", []string{"UKR>RUS:03"}},
		{"ready to hand over", "Moscow said it was ready to hand over the bodies of 1,000 soldiers to Kyiv.", []string{"RUS>UKR:03"}},
		{"wants ties is no demand", "Beijing wants closer ties with Moscow, the spokesperson said.", []string{"CHN>RUS:03"}},
		{"wants another to act", "The United States wants Israel to allow more aid into Gaza.", []string{"USA>ISR:10"}},
		{"not interested", "North Korea is not interested in talks with South Korea, Kim Yo Jong said.", nil},
		{"no partner", "Kenya wants better relations, the president said.", nil},
		{"question", "Does India want closer ties with China?", nil},
	})
}

// TestRecallCoopMembers covers targets named as members of a group that
// is the object: "to six African countries, including Mali, Somalia and
// Eritrea".
func TestRecallCoopMembers(t *testing.T) {
	runCases(t, []extractCase{
		{"promised grain", "Russian President Vladimir Putin promised to send tens of thousands of tonnes of free grain to six African countries, including Mali, Somalia and Eritrea.", []string{"RUS>ERI:03", "RUS>MLI:03", "RUS>SOM:03"}},
		{"such as", "China sent vaccines to several Asian countries, such as Cambodia and Laos.", []string{"CHN>KHM:07", "CHN>LAO:07"}},
		{"sanctions on countries", "The United States imposed sanctions on several countries, including Iran and Venezuela.", []string{"USA>IRN:16", "USA>VEN:16"}},
		{"group is subject", "Many countries, including Japan, sent aid to the region.", nil},
		{"members of a subject", "Iran, Iraq and other countries, including Syria, condemned the strike.", nil},
	})
}

// TestRecallCoopPlannedTalks covers talks between two parties that a
// future act of the clause is for: the parties' intent to meet, where
// talks held are consultations.
func TestRecallCoopPlannedTalks(t *testing.T) {
	runCases(t, []extractCase{
		{"delegation for talks", "Rubio said the United States would send a delegation to Istanbul for talks between Russia and Ukraine.", []string{"RUS>UKR:03", "UKR>RUS:03", "USA>TUR:03"}},
		{"will host talks", "Turkey will host talks between Russia and Ukraine next week.", []string{"RUS>UKR:03", "TUR>RUS:03", "TUR>UKR:03", "UKR>RUS:03"}},
		{"plans to host", "Qatar plans to host talks between Hamas and Israel.", []string{"ISR>PSE:03", "PSE>ISR:03", "QAT>ISR:03", "QAT>PSE:03"}},
		{"talks held", "Talks between Russia and Ukraine were held in Istanbul on Friday.", []string{"RUS>UKR:04", "UKR>RUS:04"}},
	})
}
