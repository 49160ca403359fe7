package extract

import "testing"

// TestExtractNews covers sentences in the style of international news
// wires: agreements brokered by third parties, IGOs, agents of states,
// reported speech, and news that reports no event between two actors.
func TestExtractNews(t *testing.T) {
	runCases(t, []extractCase{
		{"ceasefire both", "Pakistan and Afghanistan agreed to a ceasefire after talks in Doha mediated by Qatar and Turkey.", []string{"AFG>PAK:08", "PAK>AFG:08", "QAT>AFG:04", "QAT>PAK:04", "TUR>AFG:04", "TUR>PAK:04"}},
		{"missile test", "North Korean leader Kim Jong Un oversaw the test of a new intercontinental ballistic missile, state media said.", nil},
		{"coup accusation", "Venezuela's President Nicolas Maduro accused the United States of plotting a coup.", []string{"VEN>USA:11"}},
		{"told speech", "Chinese President Xi Jinping told U.S. President Donald Trump that Taiwan's return to China was an integral part of the post-war order.", []string{"CHN>USA:01"}},
		{"veto igo", "Russia and China vetoed a UN Security Council resolution on Syria.", []string{"CHN>:12", "RUS>:12"}},
		{"rejected threat", "Mexico and Canada rejected Trump's threat of tariffs.", []string{"CAN>USA:12", "MEX>USA:12"}},
		{"restored relations", "Saudi Arabia and Iran restored diplomatic relations in a deal brokered by China.", []string{"CHN>IRN:04", "CHN>SAU:04", "IRN>SAU:05", "SAU>IRN:05"}},
		{"met with igo", "Ukraine's President Volodymyr Zelensky met with NATO Secretary General Mark Rutte in Brussels.", []string{"UKR>:04"}},
		{"strikes against targets in", "The United States carried out air strikes against Houthi targets in Yemen on Saturday.", []string{"USA>YEM:19"}},
		{"discussed with counterpart", "Egypt's Foreign Minister Badr Abdelatty discussed the situation in Gaza with his Qatari counterpart.", []string{"EGY>QAT:04"}},
		{"domestic protest", "Thousands of people marched in Paris to protest against the French government's pension reform.", []string{"FRA>FRA:14"}},
		{"dateline police", "CAIRO, May 3 (Reuters) - Police arrested 20 protesters after clashes near Tahrir Square.", []string{"EGY>EGY:17"}},
		{"place in sentence", "Rebels attacked a military base in northern Mali, killing 15 soldiers.", []string{"MLI>MLI:19"}},
		{"two places no guess", "Police in Paris and Berlin arrested activists.", nil},
		{"lodged protest", "Japan lodged a protest with China over the detention of a Japanese national.", []string{"JPN>CHN:11"}},
		{"icj case", "South Africa filed a genocide case against Israel at the International Court of Justice.", []string{"ZAF>ISR:11"}},
		{"rejected talks", "Iran's Supreme Leader Ayatollah Ali Khamenei rejected direct talks with the United States.", []string{"IRN>USA:12"}},
		{"will travel", "Indian Prime Minister Narendra Modi will travel to Japan next week for a summit with Ishiba.", []string{"IND>JPN:03"}},
		{"said it had summoned", "Germany's foreign ministry said it had summoned Russia's ambassador over cyberattacks.", []string{"DEU>RUS:11"}},
		{"two leaders visited", "French President Emmanuel Macron and British Prime Minister Keir Starmer visited Kyiv together.", []string{"FRA>UKR:04", "GBR>UKR:04"}},
		{"no plans", "The Kremlin said Putin had no plans to meet Zelensky.", nil},
		{"expelled staff", "Algeria expelled 12 French embassy staff in a tit-for-tat move.", []string{"DZA>FRA:16"}},
		{"sanctioned companies", "China sanctioned nine U.S. defence companies over arms sales to Taiwan.", []string{"CHN>USA:16"}},
		{"navy seized", "The U.S. Navy seized an Iranian oil tanker in the Gulf of Oman.", []string{"USA>IRN:17"}},
		{"ruble", "The ruble weakened against the dollar on Tuesday.", nil},
		{"inflation", "Inflation in Turkey rose to 70 percent in May.", nil},
		{"gas flows", "Russian gas flows to Europe via Ukraine stopped on January 1.", nil},
		{"summit venue", "The summit will be held in Brazil next year.", nil},
		{"largest economy", "Germany is Europe's largest economy and a key ally of the United States.", nil},
		{"investors", "Foreign investors pulled money out of India's stock market in October.", nil},
		{"allies", "Japan and South Korea are both close allies of Washington.", nil},
	})
}

// TestExtractNewsMore covers mediation by coordinated subjects, compound
// adjectives, embedded place names, quotes, received aid and agents named
// through "its".
func TestExtractNewsMore(t *testing.T) {
	runCases(t, []extractCase{
		{"hosted", "Russian President Vladimir Putin hosted Indian Prime Minister Narendra Modi at his residence outside Moscow on Monday.", []string{"IND>RUS:04", "RUS>IND:04"}},
		{"relative coordinated", "Egypt and Qatar, which have mediated between Israel and Hamas, urged both sides to return to negotiations.", []string{"EGY>ISR:02", "EGY>ISR:04", "EGY>PSE:02", "EGY>PSE:04", "QAT>ISR:02", "QAT>ISR:04", "QAT>PSE:02", "QAT>PSE:04"}},
		{"senior diplomat", "India summoned a senior Bangladeshi diplomat to protest against attacks on Hindus.", []string{"IND>BGD:11"}},
		{"embedded sea", "The Philippines and Vietnam agreed to boost maritime cooperation in the South China Sea.", []string{"PHL>VNM:03", "VNM>PHL:03"}},
		{"backed", "Kenya will deploy police officers to Haiti to lead a U.N.-backed security mission.", []string{"KEN>HTI:15"}},
		{"more than", "Russia launched more than 400 drones and 40 missiles at Ukraine overnight, Ukraine's air force said.", []string{"RUS>UKR:19"}},
		{"headline title case", "Putin Meets Modi In Moscow As Ukraine War Grinds On", []string{"IND>RUS:04", "RUS>IND:04"}},
		{"quote we condemn", "\"We strongly condemn the Israeli strike on Doha,\" Qatar's foreign ministry said in a statement.", []string{"ISR>QAT:19", "QAT>ISR:11"}},
		{"host between", "Speaking in Ankara, Erdogan said Turkey was ready to host a meeting between Putin and Zelensky.", []string{"TUR>RUS:03", "TUR>UKR:03"}},
		{"truce", "Washington and Beijing agreed to a 90-day truce in their trade war after talks in Geneva.", []string{"CHN>USA:08", "USA>CHN:08"}},
		{"treasury", "The U.S. Treasury imposed sanctions on two Chinese refineries for buying Iranian oil.", []string{"USA>CHN:16"}},
		{"received from", "Argentina's President Javier Milei received a $20 billion lifeline from the U.S. Treasury.", []string{"USA>ARG:07"}},
		{"its forces", "Russia's defence ministry said its forces had captured two more villages in eastern Ukraine.", []string{"RUS>UKR:17"}},
		{"negated will not", "Serbia will not impose sanctions on Russia, President Aleksandar Vucic said.", nil},
		{"question bomb", "Did the United States bomb Iran's nuclear sites?", nil},
		{"conditional could", "If China invades Taiwan, Japan could intervene, Japanese Prime Minister Sanae Takaichi said.", nil},
	})
}

// TestExtractHeadlines covers title-case headlines and a few more verbs.
func TestExtractHeadlines(t *testing.T) {
	runCases(t, []extractCase{
		{"slams", "Zelensky Slams Hungary Over Veto On EU Aid", []string{"UKR>HUN:11"}},
		{"backs", "U.S. Backs Philippines In South China Sea Standoff", []string{"USA>PHL:05"}},
		{"hailed", "Britain hailed India's decision to cut tariffs on Scotch whisky.", []string{"GBR>IND:05"}},
		{"brokered between", "The United Arab Emirates brokered a prisoner exchange between Russia and Ukraine.", []string{"ARE>RUS:04", "ARE>UKR:04"}},
		{"passive quantity", "Ukraine was attacked by more than 100 Russian drones overnight.", []string{"RUS>UKR:19"}},
		{"joint drills", "China and Russia held joint naval drills in the Sea of Japan.", []string{"CHN>RUS:06", "RUS>CHN:06"}},
		{"deported", "Nigeria deported 50 Chinese nationals for illegal mining.", []string{"NGA>CHN:17"}},
		{"fired rockets", "Hezbollah fired rockets at northern Israel on Sunday.", []string{"LBN>ISR:19"}},
		{"not planning", "Russia is not planning to attack NATO countries, Putin said.", nil},
	})
}

// TestExtractClauses covers clause openers (datelines with agencies,
// "According to", "In a statement"), appositions and passives of nominals.
func TestExtractClauses(t *testing.T) {
	runCases(t, []extractCase{
		{"ap dateline", "WASHINGTON (AP) — The Biden administration on Thursday announced new sanctions against Russian banks, officials said.", []string{"USA>RUS:16"}},
		{"apposition", "Rubio, the top U.S. diplomat, met Saudi Foreign Minister Prince Faisal bin Farhan in Riyadh.", []string{"SAU>USA:04", "USA>SAU:04"}},
		{"according to", "According to Ukrainian officials, Russian troops shelled Kharkiv overnight.", []string{"RUS>UKR:19"}},
		{"in a statement", "In a statement, the foreign ministry said Russia had violated the ceasefire with Ukraine.", []string{"RUS>UKR:19"}},
		{"passive of nominal", "Moscow's attack on Kyiv was condemned by Germany.", []string{"DEU>RUS:11", "RUS>UKR:19"}},
		{"accused coordinated", "U.S. officials accused China and Russia of helping Iran evade sanctions.", []string{"USA>CHN:11", "USA>RUS:11"}},
		{"spoke with two", "Erdogan spoke with Putin and Zelensky by phone on Wednesday.", []string{"TUR>RUS:04", "TUR>UKR:04"}},
		{"brokered adjective", "Israel and Lebanon agreed to a U.S.-brokered ceasefire in November.", []string{"ISR>LBN:08", "LBN>ISR:08", "USA>ISR:04", "USA>LBN:04"}},
		{"loans", "Japan will provide $1 billion in loans to the Philippines, Tokyo said.", []string{"JPN>PHL:03"}},
	})
}

func TestExtractWelcome(t *testing.T) {
	runCases(t, []extractCase{
		{"welcomed decision", "China welcomed the U.S. decision to resume talks.", []string{"CHN>USA:05"}},
		{"welcomed possessive", "Germany welcomed India's move to cut tariffs.", []string{"DEU>IND:05"}},
		{"welcomed person", "Egypt welcomed Qatari Emir Sheikh Tamim bin Hamad Al Thani in Cairo.", []string{"EGY>QAT:04", "QAT>EGY:04"}},
	})
}

func TestExtractReactionsFrom(t *testing.T) {
	runCases(t, []extractCase{
		{"condemnation from", "Israel drew condemnation from China and Russia over the strike.", []string{"CHN>ISR:11", "RUS>ISR:11"}},
		{"pressure from", "Venezuela faces growing pressure from the United States.", []string{"USA>VEN:17"}},
	})
}

// TestExtractDemonymTargets covers objects named by a demonym alone.
func TestExtractDemonymTargets(t *testing.T) {
	runCases(t, []extractCase{
		{"invasion", "Poland condemned the Russian invasion of Ukraine.", []string{"POL>RUS:11", "RUS>UKR:19"}},
		{"support for", "India criticised Pakistani support for militant groups.", []string{"IND>PAK:11"}},
		{"proposal", "The United States welcomed the Saudi proposal for a ceasefire.", []string{"USA>SAU:05"}},
		{"demands", "Germany rejected Hungarian demands for an exemption.", []string{"DEU>HUN:12"}},
		{"headline protests", "Philippines protests Chinese water cannon use near Scarborough Shoal", []string{"PHL>CHN:11"}},
	})
}

func TestExtractSpellingAndNouns(t *testing.T) {
	runCases(t, []extractCase{
		{"british spelling", "Hungary's foreign minister travelled to Moscow for talks on energy supplies.", []string{"HUN>RUS:04"}},
		{"reached agreement", "Iran and Armenia reached an agreement on a new border crossing.", []string{"ARM>IRN:05", "IRN>ARM:05"}},
		{"protest from", "The sale to Taiwan drew a sharp protest from Beijing.", nil},
		{"adjective noun", "Japan lodged a sharp protest with China over the incident.", []string{"JPN>CHN:11"}},
	})
}
