package extract

import "testing"

// TestRecallShapes4 covers the clause shapes of the fourth recall round:
// double-object and object-complement verbs whose second noun decides
// the code, targets named only by a demonym on a plain noun, intents
// told by the future or a promise, and joint military acts of several
// parties near a third country. The sentences are written for this test
// in the manner of Reuters, AP, AFP and government readouts.
func TestRecallShapes4(t *testing.T) {
	runCases(t, []extractCase{
		// A recipient, then the thing given.
		{"ultimatum", "The United States gave Hamas an ultimatum to release the hostages.", []string{"USA>PSE:13"}},
		{"deadline", "Washington gave Tehran a deadline to respond to the proposal.", []string{"USA>IRN:13"}},
		{"supplied with missiles", "Germany supplied Ukraine with Patriot missiles, the defence ministry said.", []string{"DEU>UKR:07"}},
		{"provided with aid", "Saudi Arabia provided Jordan with $1 billion in aid.", []string{"SAU>JOR:07"}},
		{"granted loan", "China granted Pakistan a $2 billion loan.", []string{"CHN>PAK:07"}},
		{"offered talks", "The United States offered Iran talks on its nuclear programme.", []string{"USA>IRN:03"}},
		{"offered asylum", "Japan offered Ukraine asylum for displaced children.", []string{"JPN>UKR:07"}},
		{"gave nothing coded", "Russia gave the hostages food.", nil},
		// A captive, "persona non grata", an order to leave.
		{"took hostage", "Hamas took 250 Israelis hostage during the October 7 attack.", []string{"PSE>ISR:18"}},
		{"persona non grata", "Russia declared two French diplomats persona non grata on Monday.", []string{"RUS>FRA:16"}},
		{"persona non grata one", "Moscow declared a Norwegian diplomat persona non grata in a tit-for-tat move.", []string{"RUS>NOR:16"}},
		{"declared statement", "Russia declared that the talks with Ukraine were over.", nil},
		{"ordered troops to leave", "Mali's junta ordered French troops to leave the country.", []string{"MLI>FRA:16"}},
		{"ordered ambassador to leave", "Niger ordered the French ambassador to leave within 48 hours.", []string{"NER>FRA:16"}},
		// Targets named by a demonym on a plain noun.
		{"suspected sabotage", "Poland blamed suspected Russian sabotage for the rail explosion.", []string{"POL>RUS:11"}},
		{"alleged hackers", "Germany blamed alleged Russian hackers for the cyberattack.", []string{"DEU>RUS:11"}},
		{"continued attacks", "Kyiv condemned continued Russian attacks on Ukrainian cities.", []string{"UKR>RUS:11"}},
		{"civilians", "Israeli forces killed 20 Palestinian civilians in Gaza on Tuesday.", []string{"ISR>PSE:19"}},
		{"cities", "Russia launched missiles at Ukrainian cities overnight.", []string{"RUS>UKR:19"}},
		{"facilities", "Israel struck Iranian nuclear facilities on Friday.", []string{"ISR>IRN:19"}},
		// A country that backs a group is the target of a judgement of it.
		{"russia-backed", "Britain condemned Russia-backed separatists in eastern Ukraine.", []string{"GBR>RUS:11"}},
		{"iran-aligned", "Saudi Arabia accused Iran-aligned Houthi rebels of attacking its oil facilities.", []string{"SAU>IRN:11"}},
		{"moscow-installed", "Kyiv denounced the Moscow-installed officials in Kherson.", []string{"UKR>RUS:11"}},
		{"backed attack is place", "Israel struck Iran-backed militias in Syria.", []string{"ISR>SYR:19"}},
		// The future and promises: intents by what is intended.
		{"will send delegation", "Japan will send a delegation to India next month.", []string{"JPN>IND:03"}},
		{"is set to sign", "India is set to sign a trade deal with Britain.", []string{"IND>GBR:03"}},
		{"plans to buy", "Turkey plans to buy fighter jets from the United States.", []string{"TUR>USA:03"}},
		{"pledged to send", "France pledged to send more tanks to Ukraine.", []string{"FRA>UKR:03"}},
		{"vowed to retaliate", "North Korea vowed to retaliate against South Korea.", []string{"PRK>KOR:13"}},
		{"is expected to resume", "Iran is expected to resume talks with the United States.", []string{"IRN>USA:03"}},
		{"ready to resume nuclear talks", "Iran said it is ready to resume nuclear talks with the United States.", []string{"IRN>USA:03"}},
		{"special envoy", "Beijing will send a special envoy to Moscow.", []string{"CHN>RUS:03"}},
		{"promised to mediate", "Qatar promised to mediate between Russia and Ukraine.", []string{"QAT>RUS:03", "QAT>UKR:03"}},
		{"is set to visit", "Saudi Crown Prince Mohammed bin Salman is set to visit Pakistan in February.", []string{"SAU>PAK:03"}},
		{"will not send", "Macron said France would not send troops to Ukraine.", nil},
		{"expressed readiness", "The Russian side expressed readiness to continue talks with Ukraine.", []string{"RUS>UKR:03"}},
		{"hopes to", "Indonesia hopes to strengthen economic ties with Australia.", []string{"IDN>AUS:03"}},
		{"is ready to help", "Moscow is ready to help Kabul rebuild its economy, Lavrov said.", []string{"RUS>AFG:03"}},
		// Joint military acts: the parties cooperate, a third country near them is shown force.
		{"joint drills near", "Russia and China held joint naval drills near Japan.", []string{"CHN>JPN:15", "CHN>RUS:06", "RUS>CHN:06", "RUS>JPN:15"}},
		{"joint patrol near two", "Chinese and Russian bombers flew a joint patrol near Japan and South Korea.", []string{"CHN>JPN:15", "CHN>KOR:15", "CHN>RUS:06", "RUS>CHN:06", "RUS>JPN:15", "RUS>KOR:15"}},
		{"three parties began", "Iran, Russia and China began joint naval drills in the Gulf of Oman.", []string{"CHN>IRN:06", "CHN>RUS:06", "IRN>CHN:06", "IRN>RUS:06", "RUS>CHN:06", "RUS>IRN:06"}},
		{"joint patrol future", "The Philippines and Japan will hold their first joint naval patrol in the South China Sea next month.", []string{"JPN>PHL:03", "PHL>JPN:03"}},
		{"joint patrol dateline", "MANILA, Nov 3 (Reuters) - India and Japan will hold a joint naval patrol next month.", []string{"IND>JPN:03", "JPN>IND:03"}},
		{"joint exercise", "India and France conducted a joint air exercise.", []string{"FRA>IND:06", "IND>FRA:06"}},
		{"joint with partner", "Russia held joint drills with Belarus.", []string{"BLR>RUS:06", "RUS>BLR:06"}},
		{"border is no partner", "Russia and Belarus began joint military exercises near the Polish border.", []string{"BLR>RUS:06", "RUS>BLR:06"}},
		{"drills near alone", "China held military drills near Taiwan.", []string{"CHN>TWN:15"}},
		{"no joint drills", "Egypt and Israel did not hold joint drills.", nil},
		{"alert near", "China put its forces on high alert near Taiwan.", []string{"CHN>TWN:15"}},
		{"alert along border", "India placed its forces on high alert along the border with Pakistan.", []string{"IND>PAK:15"}},
		// A participle or coordinated clause of force takes the target of the clause before it.
		{"participles inherit", "Russian troops crossed into Ukraine on Thursday, shelling cities and killing dozens of civilians.", []string{"RUS>UKR:19", "RUS>UKR:20"}},
		{"and inherits", "Russian troops crossed into Ukraine on Thursday and shelled several cities.", []string{"RUS>UKR:19"}},
		{"own place is no target", "Hamas gunmen stormed into Israeli towns on Saturday, killing hundreds of people and taking dozens of hostages back to Gaza.", []string{"PSE>ISR:14", "PSE>ISR:18", "PSE>ISR:20"}},
		{"no target before subject", "Turkish troops entered northern Syria, attacking Kurdish fighters.", nil},
		// Agents named by the field they work in, or as a "side".
		{"trade negotiators", "U.S. and Chinese trade negotiators met in Geneva over the weekend.", []string{"CHN>USA:04", "USA>CHN:04"}},
		{"representations with side", "China has lodged stern representations with the U.S. side.", []string{"CHN>USA:11"}},
		{"side opposes", "The Chinese side firmly opposes the Philippine side's provocations.", []string{"CHN>PHL:11"}},
	})
}
