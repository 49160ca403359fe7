package extract

import (
	"context"
	"strings"
	"testing"
)

// TestRecallSpeech covers briefings, readouts and reported speech: the
// speaker of a spokesperson's briefing, threats and consequences told
// with "will" and "would", demands told with "must" and "should", calls
// and meetings named in adjuncts, quoted verbs and first persons in
// quotations, denials of claims, and visits told by the place of a
// meeting. The sentences are written for this test in the manner of
// Reuters, AP, AFP, Xinhua and foreign-ministry readouts, with negative
// cases (no event, negation, commentators' conditions) beside them.
func TestRecallSpeech(t *testing.T) {
	runCases(t, speechCases)
}

// TestSpeechCuts extracts every prefix and suffix of the reported-speech
// sentences, cut at each word and with a stray quotation mark: the
// readout shapes read words around a modal, a quotation or a speech verb,
// and must not fail where a sentence ends early.
func TestSpeechCuts(t *testing.T) {
	x := testExtractor(t)
	for _, c := range speechCases {
		words := strings.Fields(c.text)
		for i := 1; i <= len(words); i++ {
			quoted := strings.Join(words[:i-1], " ") + ` "` + strings.Join(words[i-1:], " ")
			for _, text := range []string{strings.Join(words[:i], " "), strings.Join(words[i-1:], " "), quoted, strings.Join(words[:i], " ") + ` "`} {
				if _, err := x.Extract(context.Background(), Article{ID: "cut", Text: text}); err != nil {
					t.Fatalf("Extract(%q): %v", text, err)
				}
			}
		}
	}
}

// speechCases are the sentences of TestRecallSpeech.
var speechCases = []extractCase{
	// The spokesperson's words: "a regular briefing" is no meeting.
	{"briefing that opposes", "Chinese Foreign Ministry spokesperson Lin Jian told a regular news briefing that Beijing firmly opposes Washington's interference in Hong Kong.", []string{"CHN>USA:11"}},
	{"briefing that urges", "Spokesperson Mao Ning told a daily briefing that China urges Manila to stop its provocations.", []string{"CHN>PHL:02"}},
	{"briefing alone", "Foreign Ministry spokesperson Guo Jiakun gave a regular briefing on Tuesday.", nil},
	{"town as first name", "Iran's foreign ministry spokesman Nasser Kanaani dismissed the U.S. accusations as baseless.", []string{"IRN>USA:12"}},

	// Threats: a response promised to another side.
	{"respond to demonym", "Iran said it would respond decisively to any Israeli aggression.", []string{"IRN>ISR:13"}},
	{"retaliate condition", "Russia said it would retaliate if Finland allowed U.S. bases on its soil.", []string{"RUS>FIN:13"}},
	{"fight to the end", "Beijing said it would fight to the end if Washington insisted on raising tariffs.", []string{"CHN>USA:13"}},
	{"and will fight", "Spokesperson Lin Jian told a news briefing that Beijing opposes Washington's tariffs and will \"fight to the end\" if the U.S. side escalates.", []string{"CHN>USA:11", "CHN>USA:13"}},
	{"respond to deployment of", "Maria Zakharova said Moscow would respond harshly to any deployment of U.S. missiles in Germany.", []string{"RUS>USA:13"}},
	{"respond to proposal", "Hamas said it would respond to the ceasefire proposal from Egypt within days.", nil},
	{"commentator's condition", "If China blockaded Taiwan, the United States would respond, analysts said.", nil},
	{"threat not made", "Pakistan said it would not retaliate against India.", nil},
	{"could strike own side", "Putin warned that Russia could strike Britain if it supplied long-range missiles to Ukraine.", []string{"RUS>GBR:13"}},
	{"could strike past a participle", "Putin warned that Russia could strike Western countries supplying long-range missiles to Ukraine.", nil},
	{"could of another side", "U.S. officials said Russia could invade Ukraine within weeks.", nil},
	{"not hesitate", "Kim Jong Un said North Korea would not hesitate to use force against South Korea.", []string{"PRK>KOR:13"}},
	{"resolute measures", "China said it would take \"resolute measures\" against Taiwan's independence forces.", []string{"CHN>TWN:13"}},
	{"threatened tariffs on", "Trump threatened 25% tariffs on Mexico and Canada.", []string{"USA>CAN:13", "USA>MEX:13"}},
	{"threatened incursion into", "Turkey threatened a new military incursion into northern Syria.", []string{"TUR>SYR:13"}},
	{"vowed to retaliate after", "Iran fired missiles at Israel on Tuesday, and Israel vowed to retaliate.", []string{"IRN>ISR:19", "ISR>IRN:13"}},
	{"would respond after", "After Russian missiles struck Kyiv, Zelenskiy said Ukraine would respond.", []string{"RUS>UKR:19", "UKR>RUS:13"}},
	{"vowed alone", "Israel vowed to retaliate.", nil},
	{"retaliation in the condition", "Iran's foreign minister said Tehran's action was \"concluded\" unless \"the Israeli regime decides to invite further retaliation\".", []string{"IRN>ISR:13"}},
	{"response wanted in the condition", "Iran said it would talk to Europe if Washington wanted a response.", []string{"IRN>USA:10"}},
	{"commentators' retaliation", "If Israel attacks, there will be retaliation, analysts said.", nil},
	// Consequences promised to another actor.
	{"pay a price quote", "\"Russia will pay a heavy price for this crime,\" Zelenskiy said.", []string{"UKR>RUS:13"}},
	{"face consequences", "Iranian Foreign Minister Abbas Araghchi said Israel would face severe consequences.", []string{"IRN>ISR:13"}},
	{"and would be punished", "Iran's supreme leader said Israel had made a grave mistake and would be punished.", []string{"IRN>ISR:13"}},
	{"not go unanswered", "Russian Foreign Ministry spokeswoman Maria Zakharova said the expulsion of Russian diplomats by Moldova was a hostile step that would not go unanswered.", []string{"RUS>MDA:11", "RUS>MDA:13"}},
	{"own consequences", "Putin said Russia would pay any price to defend its people.", nil},

	// Demands and appeals told with a modal.
	{"must withdraw quote", "\"Russia must withdraw its troops from all of Ukraine,\" the German chancellor said.", []string{"DEU>RUS:10"}},
	{"must stop reported", "Pakistan's foreign office said the Afghan Taliban must stop militants from using Afghan soil.", []string{"PAK>AFG:10"}},
	{"should stop", "The Chinese embassy said the Philippine side should stop spreading false narratives.", []string{"CHN>PHL:02"}},
	{"must guess", "Analysts said Iran must have known about the plot.", nil},
	{"own duty", "Merz said Germany must do more for its own defence.", nil},
	{"needs to is no demand", "Rubio said India understands the United States needs to engage with many countries.", nil},
	// The condition of an offer is a demand.
	{"cease fire if", "Putin said Russia would cease fire if Kyiv withdrew its troops from the four regions.", []string{"RUS>UKR:10"}},
	{"not approve until", "Erdogan said Turkey would not approve Sweden's membership until Stockholm cracked down on militants.", []string{"TUR>SWE:10"}},
	{"not return unless", "North Korea will not return to talks unless the United States drops its hostile policy, the foreign ministry said.", []string{"PRK>USA:10"}},
	{"threat condition is no demand", "Trump said he would impose tariffs on Canada if Ottawa did not stop the flow of drugs.", []string{"USA>CAN:13"}},

	// Calls and meetings named in an adjunct, and the pair that follows.
	{"in a phone call with", "In a phone call with his Turkish counterpart Hakan Fidan, U.S. Secretary of State Antony Blinken stressed the need for restraint.", []string{"USA>TUR:02", "USA>TUR:04"}},
	{"during a meeting with", "During a meeting with Indian Prime Minister Narendra Modi, Putin said Russia was ready to supply more oil.", []string{"RUS>IND:04"}},
	{"speaking after talks", "Speaking after talks with Japanese Prime Minister Shigeru Ishiba, Albanese said Australia would deepen defence ties with Japan.", []string{"AUS>JPN:03", "AUS>JPN:04"}},
	{"the two also discussed", "Blinken spoke with Fidan by phone on Tuesday; the two also discussed the situation in Gaza.", []string{"TUR>USA:04", "USA>TUR:04"}},
	{"the two armed groups", "Fighting between the two armed groups killed dozens in Khartoum.", nil},
	{"discussed a topic", "Lavrov and Fidan discussed Syria by phone, the Russian foreign ministry said.", []string{"RUS>TUR:04", "TUR>RUS:04"}},
	{"phone conversation", "Sergei Lavrov held a phone conversation with Hakan Fidan to discuss the situation in Syria.", []string{"RUS>TUR:04"}},
	{"raised with and urged", "Albanese said he had raised the case of a jailed writer with Chinese Premier Li Qiang and urged his release.", []string{"AUS>CHN:02", "AUS>CHN:04"}},
	{"taken up the matter", "Indian foreign ministry spokesman Randhir Jaiswal said New Delhi had taken up the matter with the Bangladeshi government.", []string{"IND>BGD:04"}},
	{"video call", "Xi held a video call with Biden on Monday.", []string{"CHN>USA:04"}},
	{"talks on the margins", "Modi and Meloni held bilateral talks on the margins of the G7 summit.", []string{"IND>ITA:04", "ITA>IND:04"}},
	{"good conversation", "Zelenskiy said he had a \"good conversation\" with Erdogan.", []string{"UKR>TUR:04"}},
	// A meeting or a statement at one side's place is the other's visit.
	{"told at the White House", "South African President Cyril Ramaphosa told Donald Trump at the White House that the claims were false.", []string{"ZAF>USA:01", "ZAF>USA:04"}},
	{"met in the host's capital", "Macron met Xi in Beijing on Thursday.", []string{"CHN>FRA:04", "FRA>CHN:04"}},
	{"met in a third country", "Modi met Xi in Kazan on the sidelines of the BRICS summit.", []string{"IND>CHN:04"}},
	{"told at home", "Trump told Zelenskiy in the Oval Office that he was gambling with a world war.", []string{"USA>UKR:01"}},

	{"at the invitation of", "Modi is in Moscow at the invitation of Putin.", []string{"IND>RUS:04"}},
	{"is on a visit to", "Wang Yi is on a three-day visit to Pakistan, the ministry said.", []string{"CHN>PAK:04"}},
	{"was not on a visit", "Wang Yi was not on a visit to Pakistan.", nil},

	// Quotations and quoted verbs.
	{"we urge", "\"We urge the U.S. side to stop its wrong practices,\" Chinese Foreign Ministry spokesperson Mao Ning said.", []string{"CHN>USA:02"}},
	{"we urge she said", "Chinese Foreign Ministry spokesperson Mao Ning criticised the sanctions. \"We urge the U.S. side to stop abusing export controls,\" she said.", []string{"CHN>USA:02"}},
	{"I told", "\"I told President Xi that we will not accept coercion,\" Marcos said.", []string{"PHL>CHN:01"}},
	{"quoted verb deplores", "Seoul's foreign ministry said it \"deplores\" Tokyo's claims to the Dokdo islets.", []string{"KOR>JPN:11"}},
	{"quoted verb rejects by", "India's foreign ministry said it \"strongly rejects\" the remarks by the Canadian prime minister.", []string{"IND>CAN:12"}},
	{"strongest terms", "Jordan's foreign ministry said the kingdom condemns in the strongest terms the Israeli strike on Doha.", []string{"ISR>QAT:19", "JOR>ISR:11"}},
	{"solemn representations", "The Chinese foreign ministry lodged \"solemn representations\" with Japan over the remarks.", []string{"CHN>JPN:11"}},

	// Judgements, denials and feelings in reported speech.
	{"claims were groundless", "Azerbaijan's foreign ministry said Armenia's accusations were \"groundless\".", []string{"AZE>ARM:01"}},
	{"case was baseless", "Israel's foreign ministry said South Africa's genocide case was baseless.", []string{"ISR>ZAF:01"}},
	{"move violated", "Turkey's foreign ministry said Greece's move violated international law.", []string{"TUR>GRC:11"}},
	{"troublemaker", "China's defence ministry said the United States was the biggest troublemaker in the South China Sea.", []string{"CHN>USA:11"}},
	{"disappointed by", "Blinken said the United States was deeply disappointed by Pakistan's decision.", []string{"USA>PAK:01"}},
	{"viewed as hostile", "Peskov told reporters the Kremlin viewed Washington's decision as hostile.", []string{"RUS>USA:11"}},
	{"called remarks baseless", "India called Pakistan's remarks \"baseless\" and \"an attempt to divert attention\".", []string{"IND>PAK:11"}},
	{"claims not false", "Kenya said the reports were not false.", nil},

	// Refusals told with a negated modal.
	{"would not accept demonym", "Israel said it would not accept a Palestinian state.", []string{"ISR>PSE:12"}},
	{"will not negotiate with", "Russia will not negotiate with Zelenskiy, Peskov said.", []string{"RUS>UKR:12"}},
	{"cannot accept", "China cannot accept Japan's interference in the Taiwan question.", []string{"CHN>JPN:12"}},
	{"will never recognise", "Hamas will never recognise Israel, its leader said.", []string{"PSE>ISR:12"}},
	{"not join sanctions against", "Brazil said it would not join the sanctions against Russia.", nil},
	{"would accept", "Israel said it would accept the U.S. proposal.", nil},

	// Statements: hope, condolence, shared views, admissions, denials.
	{"hopeful of", "Lavrov said he was hopeful of a breakthrough in talks with Washington.", []string{"RUS>USA:01"}},
	{"message of condolence", "Xi sent a message of condolence to Putin after the attack.", []string{"CHN>RUS:01"}},
	{"share the view", "India and Japan share the view that the Indo-Pacific must remain free and open.", []string{"IND>JPN:01", "JPN>IND:01"}},
	{"acknowledged shooting down", "Azerbaijan acknowledged that its air defences had mistakenly shot down the Armenian drone.", []string{"AZE>ARM:01"}},
	{"denied involvement in attack on", "Moscow denied any involvement in the attack on the Polish rail line.", []string{"RUS>POL:01"}},
	{"denied supplying", "Iran denied that it had supplied missiles to the Houthis.", nil},
	{"denied involvement no victim", "Kyiv denied any involvement in the explosion.", nil},

	// Appeals with the parties named after the appeal.
	{"ceasefire between", "Qatar called for an immediate ceasefire between Israel and Hamas.", []string{"QAT>ISR:02", "QAT>PSE:02"}},
	{"restraint by", "China called for restraint by India and Pakistan.", []string{"CHN>IND:02", "CHN>PAK:02"}},
	{"unity against", "Iran's president called for unity among Muslim countries against Israel.", nil},
	{"asked to withdraw", "Vietnam asked China to withdraw its survey ship from the exclusive economic zone.", []string{"VNM>CHN:02"}},
	{"statement condemning", "Hungary blocked a joint statement condemning Russia.", nil},
	{"stop arming", "Beijing urged Washington to stop arming Taiwan.", []string{"CHN>USA:02"}},

	// Intentions stated to a partner.
	{"open to dialogue", "Peskov said Russia remained open to dialogue with Washington but would not accept ultimatums.", []string{"RUS>USA:03"}},
	{"wanted relations quoted", "Foreign Minister Ishaq Dar said Pakistan wanted \"normal, good-neighbourly relations\" with Kabul.", []string{"PAK>AFG:03"}},
	{"wants ties", "India wants good relations with China, Jaishankar said.", []string{"IND>CHN:03"}},
	{"wants withdrawal", "Russia wants Ukraine to withdraw from the four regions, Peskov said.", []string{"RUS>UKR:10"}},
	{"committed to deepening", "India said it was committed to deepening ties with the Maldives.", []string{"IND>MDV:03"}},
	{"looks forward to working", "India looks forward to working with the new government in Sri Lanka, the ministry said.", []string{"IND>LKA:03"}},
	{"stand by", "Germany will continue to stand by Israel, Scholz said.", []string{"DEU>ISR:03"}},
	{"attribution ends a subject list", "Turkey is willing to mediate between Russia and Ukraine, Erdogan told Putin.", []string{"TUR>RUS:03", "TUR>UKR:03"}},
	{"cooperation against", "Japan and South Korea agreed to strengthen cooperation against North Korea's provocations.", []string{"JPN>KOR:03", "KOR>JPN:03"}},

	// Rejections, criticism and denials in the words of briefings.
	{"ruled out negotiations", "Iran ruled out direct negotiations with the United States.", []string{"IRN>USA:12"}},
	{"brushed aside", "The Taliban brushed aside Pakistan's demands.", []string{"AFG>PAK:12"}},
	{"voiced dissatisfaction", "China voiced strong dissatisfaction with Australia's decision.", []string{"CHN>AUS:11"}},
	{"denied accusations by", "Russia denied accusations by Ukraine that it had used chemical weapons.", []string{"RUS>UKR:01"}},
	{"future talks between", "Negotiators will meet in Abu Dhabi next week for talks between Armenia and Azerbaijan, officials said.", []string{"ARM>AZE:03", "AZE>ARM:03"}},
	{"past talks between", "Talks between Armenia and Azerbaijan ended in Geneva without a deal.", []string{"ARM>AZE:04", "AZE>ARM:04"}},

	// Quotations that run on, replies to words told before, "it said".
	{"title before name in attribution", "\"Manila should stop its provocations,\" spokesperson Mao Ning said.", []string{"CHN>PHL:02"}},
	{"quotation runs on", "\"This is a provocation,\" Foreign Ministry spokesperson Mao Ning said. \"We urge the Philippine side to return to dialogue.\"", []string{"CHN>PHL:02"}},
	{"quotation after a gap", "Chinese Foreign Ministry spokesperson Mao Ning spoke on Monday. The weather was cold. \"We urge the Philippine side to return to dialogue.\"", nil},
	{"rejected the remarks", "Trump said Canada should become the 51st state. Canada's prime minister rejected the remarks.", []string{"CAN>USA:12", "USA>CAN:02"}},
	{"dismissed the allegations", "Indian Prime Minister Narendra Modi accused Pakistan of sponsoring terrorism. Pakistan's foreign office dismissed the allegations as baseless.", []string{"IND>PAK:11", "PAK>IND:01"}},
	{"remarks with no speaker", "Canada's prime minister rejected the remarks.", nil},
	{"it said", "Japan's foreign ministry protested to China over the incursion. It said the Chinese vessels must leave Japanese waters immediately.", []string{"JPN>CHN:10", "JPN>CHN:11"}},
	{"expense", "\"They are partners,\" Rubio said. \"Nothing we do with Pakistan comes at the expense of our friendship with India.\"", nil},

	// The author of what is judged.
	{"visit of", "China condemned the visit of the Taiwanese president to the United States.", []string{"CHN>TWN:11"}},
	{"quoted adjective before demonym", "Iran's foreign ministry condemned the \"barbaric\" Israeli attack on its embassy in Damascus.", []string{"IRN>ISR:11"}},
	{"judged then another clause", "China's foreign ministry rejected the protest and accused the Philippines of provoking tensions.", []string{"CHN>PHL:11"}},

	// Acts announced with a noun.
	{"announced the expulsion of", "The Czech government announced the expulsion of two Russian diplomats.", []string{"CZE>RUS:16"}},
	{"announced the recall", "Algeria announced the recall of its ambassador to Paris for consultations.", []string{"DZA>FRA:16"}},
	{"ordered the detention of", "Iran's judiciary ordered the detention of a French national.", []string{"IRN>FRA:17"}},
	{"announced no act", "Japan announced the results of its survey of Chinese tourists.", nil},

	// "The ministry" is the government named before it.
	{"the ministry also urged", "Russia's foreign ministry summoned the U.S. ambassador on Monday. The ministry also urged Washington to stop supplying weapons to Kyiv.", []string{"RUS>USA:02", "RUS>USA:11"}},
	{"attribution ends a list", "Saudi Crown Prince Mohammed bin Salman received a phone call from Iranian President Masoud Pezeshkian, the Saudi Press Agency reported.", []string{"IRN>SAU:04"}},
}
