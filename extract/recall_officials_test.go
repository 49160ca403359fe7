package extract

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// datedCase is an extractCase with the date of its article: a person's
// term of office is chosen by it.
type datedCase struct {
	name string
	date string
	text string
	want []string // "SUB>OBJ:RR"; nil for no event
}

func runDatedCases(t *testing.T, cases []datedCase) {
	t.Helper()
	x := testExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ts, err := x.Extract(context.Background(), Article{ID: "t", Date: c.date, Text: c.text})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if got := dyads(ts); !peopleResolved(c.want, got) {
				t.Errorf("%s (%s)\n(-want +got):\n%s%s", c.text, c.date, cmp.Diff(c.want, got), dump(ts))
			}
		})
	}
}

// peopleResolved reports whether got holds every wanted dyad and no dyad
// between other countries than a wanted one's, in either direction: these
// tests check who the people are, while the relation tests decide whether
// a meeting also counts the other way ("A met B in B's capital").
func peopleResolved(want, got []string) bool {
	if len(want) == 0 {
		return len(got) == 0
	}
	pairs := map[string]bool{}
	for _, w := range want {
		pairs[unorderedPair(w)] = true
	}
	have := map[string]bool{}
	for _, g := range got {
		if !pairs[unorderedPair(g)] {
			return false
		}
		have[g] = true
	}
	for _, w := range want {
		if !have[w] {
			return false
		}
	}
	return true
}

// unorderedPair turns "A>B:RR" into the countries A and B in sorted order.
func unorderedPair(d string) string {
	ab, _, _ := strings.Cut(d, ":")
	a, b, _ := strings.Cut(ab, ">")
	if b < a {
		a, b = b, a
	}
	return a + "|" + b
}

// TestOfficialsByFullName: people in office 2010–2026 named in full, as
// the first mention of a report does.
func TestOfficialsByFullName(t *testing.T) {
	runDatedCases(t, []datedCase{
		// United States
		{"obama", "2014-03-06", "Barack Obama warned Russia against annexing Crimea on Thursday.", []string{"USA>RUS:13"}},
		{"clinton", "2011-11-30", "Hillary Clinton arrived in Myanmar on Wednesday, the first visit by a U.S. secretary of state in more than 50 years.", []string{"USA>MMR:04"}},
		{"kerry", "2015-07-14", "John Kerry met Mohammad Javad Zarif in Vienna as negotiators finalised the nuclear accord.", []string{"USA>IRN:04"}},
		{"tillerson", "2017-04-12", "Rex Tillerson met Sergei Lavrov in Moscow on Wednesday amid tension over Syria.", []string{"USA>RUS:04"}},
		{"pompeo", "2020-07-23", "Mike Pompeo accused China of stealing intellectual property in a speech at the Nixon library.", []string{"USA>CHN:11"}},
		{"pence", "2018-10-04", "Mike Pence accused China of meddling in American elections in a speech on Thursday.", []string{"USA>CHN:11"}},
		{"panetta", "2012-09-17", "Leon Panetta arrived in Beijing on Monday for talks with Chinese defence officials.", []string{"USA>CHN:04"}},
		{"hagel", "2014-04-08", "Chuck Hagel criticised China over its territorial claims during a visit to Beijing.", []string{"USA>CHN:04", "USA>CHN:11"}},
		{"mattis", "2018-06-27", "Jim Mattis held talks with Xi Jinping in Beijing on Wednesday.", []string{"USA>CHN:04"}},
		{"esper", "2020-08-26", "Mark Esper visited Palau on Friday, the first visit by a Pentagon chief.", []string{"USA>PLW:04"}},
		{"haley", "2017-09-04", "Nikki Haley accused North Korea of begging for war at the Security Council.", []string{"USA>PRK:11"}},
		{"bolton", "2019-07-23", "John Bolton held talks with Japanese officials in Tokyo on Monday.", []string{"USA>JPN:04"}},
		{"mcmaster", "2017-08-06", "H. R. McMaster warned North Korea that Washington was prepared for preventive war.", []string{"USA>PRK:13"}},
		{"susan rice", "2014-09-08", "Susan Rice met Chinese President Xi Jinping in Beijing on Tuesday.", []string{"USA>CHN:04"}},
		{"khalilzad", "2019-09-02", "Zalmay Khalilzad met Taliban negotiators in Doha on Saturday.", []string{"USA>AFG:04"}},
		{"lighthizer", "2019-05-10", "Robert Lighthizer accused China of backtracking on commitments made in the trade talks.", []string{"USA>CHN:11"}},
		{"mnuchin", "2019-08-05", "Steven Mnuchin accused China of manipulating its currency.", []string{"USA>CHN:11"}},
		{"yellen treasury", "2023-07-07", "Janet Yellen met Chinese Premier Li Qiang in Beijing on Friday.", []string{"USA>CHN:04"}},
		{"thomas-greenfield", "2022-02-24", "Linda Thomas-Greenfield condemned Russia at the Security Council on Thursday.", []string{"USA>RUS:11"}},
		{"kushner", "2019-06-25", "Jared Kushner met Bahraini officials in Manama on Tuesday.", []string{"USA>BHR:04"}},
		// Russia and Ukraine
		{"patrushev", "2022-11-09", "Nikolai Patrushev met Iranian officials in Tehran on Wednesday.", []string{"RUS>IRN:04"}},
		{"churkin", "2016-10-08", "Vitaly Churkin accused France of seeking to embarrass Moscow with its draft resolution on Aleppo.", []string{"RUS>FRA:11"}},
		{"kadyrov", "2022-03-14", "Ramzan Kadyrov threatened Ukraine in a video posted on Telegram.", []string{"RUS>UKR:13"}},
		{"poroshenko", "2015-02-12", "Petro Poroshenko met Vladimir Putin in Minsk for talks on a ceasefire.", []string{"UKR>RUS:04"}},
		{"yanukovych", "2013-12-17", "Viktor Yanukovych met Vladimir Putin in Moscow on Tuesday.", []string{"UKR>RUS:04"}},
		{"yatsenyuk", "2014-03-12", "Arseniy Yatsenyuk met Barack Obama at the White House on Wednesday.", []string{"UKR>USA:04"}},
		{"groysman", "2017-04-26", "Volodymyr Groysman criticised Russia over the blockade of the Azov Sea ports.", []string{"UKR>RUS:11"}},
		{"klimkin", "2018-11-26", "Pavlo Klimkin accused Russia of an act of aggression in the Kerch Strait.", []string{"UKR>RUS:11"}},
		{"reznikov", "2022-09-08", "Oleksii Reznikov thanked Germany for the delivery of air defence systems.", []string{"UKR>DEU:05"}},
		{"zaluzhnyi", "2023-11-01", "Valerii Zaluzhnyi met British military chiefs in Kyiv on Wednesday.", []string{"GBR>UKR:04", "UKR>GBR:04"}},
		// China, Taiwan, the Koreas, Japan
		{"hu jintao", "2011-01-19", "Hu Jintao met Barack Obama at the White House on Wednesday.", []string{"CHN>USA:04"}},
		{"wen jiabao", "2012-04-26", "Wen Jiabao visited Poland on Wednesday, meeting Central European leaders.", []string{"CHN>POL:04"}},
		{"li keqiang", "2015-06-29", "Li Keqiang met French President Francois Hollande in Paris on Tuesday.", []string{"CHN>FRA:04"}},
		{"yang jiechi", "2011-07-23", "Yang Jiechi held talks with Hillary Clinton in Bali on Saturday.", []string{"CHN>USA:04"}},
		{"wei fenghe", "2019-06-02", "Wei Fenghe warned the United States against meddling in Taiwan.", []string{"CHN>USA:13"}},
		{"zhao lijian", "2020-03-12", "Zhao Lijian accused the United States of bringing the virus to Wuhan.", []string{"CHN>USA:11"}},
		{"ma ying-jeou", "2015-11-07", "Ma Ying-jeou met Xi Jinping in Singapore on Saturday.", []string{"TWN>CHN:04"}},
		{"tsai ing-wen", "2019-01-02", "Tsai Ing-wen rejected China's proposal of one country, two systems.", []string{"TWN>CHN:12"}},
		{"lai ching-te vp", "2023-08-13", "Lai Ching-te arrived in Paraguay on Monday for the inauguration of President Santiago Pena.", []string{"TWN>PRY:04"}},
		{"joseph wu", "2021-03-11", "Joseph Wu criticised China over its military drills near the island.", []string{"TWN>CHN:11"}},
		{"moon jae-in", "2018-04-27", "Moon Jae-in met Kim Jong Un at Panmunjom on Friday.", []string{"KOR>PRK:04"}},
		{"park geun-hye", "2013-06-27", "Park Geun-hye held talks with Xi Jinping in Beijing on Thursday.", []string{"KOR>CHN:04"}},
		{"lee myung-bak", "2011-12-18", "Lee Myung-bak met Yoshihiko Noda in Kyoto on Sunday.", []string{"KOR>JPN:04"}},
		{"kang kyung-wha", "2019-08-21", "Kang Kyung-wha met Taro Kono in Beijing on Wednesday.", []string{"KOR>JPN:04"}},
		{"shinzo abe", "2013-12-26", "Shinzo Abe criticised China over its air defence zone in the East China Sea.", []string{"JPN>CHN:11"}},
		{"abe trump", "2017-02-10", "Shinzo Abe met Donald Trump at the White House on Friday.", []string{"JPN>USA:04"}},
		{"suga", "2021-04-16", "Yoshihide Suga met Joe Biden at the White House on Friday.", []string{"JPN>USA:04"}},
		{"kono fm", "2018-01-10", "Taro Kono criticised South Korea over the comfort women agreement.", []string{"JPN>KOR:11"}},
		{"kishida fm", "2015-12-28", "Fumio Kishida met Yun Byung-se in Seoul on Monday to settle the comfort women issue.", []string{"JPN>KOR:04"}},
		// South Asia
		{"swaraj", "2015-08-21", "Sushma Swaraj criticised Pakistan over its talks with Kashmiri separatists.", []string{"IND>PAK:11"}},
		{"sitharaman", "2018-04-05", "Nirmala Sitharaman met Chinese Defence Minister Wei Fenghe in Beijing.", []string{"IND>CHN:04"}},
		{"manmohan", "2013-10-23", "Manmohan Singh met Li Keqiang in Beijing on Wednesday.", []string{"IND>CHN:04"}},
		{"nawaz sharif", "2015-12-25", "Nawaz Sharif welcomed Narendra Modi in Lahore on Friday.", []string{"IND>PAK:04", "PAK>IND:04"}},
		{"bajwa", "2019-07-22", "Qamar Javed Bajwa met American military commanders at the Pentagon.", []string{"PAK>USA:04"}},
		{"qureshi", "2019-02-26", "Shah Mahmood Qureshi condemned India over the air strike on Balakot.", []string{"PAK>IND:11"}},
		{"karzai", "2013-05-10", "Hamid Karzai accused Pakistan of interfering in Afghanistan.", []string{"AFG>PAK:11"}},
		{"baradar", "2020-02-29", "Abdul Ghani Baradar signed an agreement with Zalmay Khalilzad in Doha on Saturday.", []string{"AFG>USA:05", "USA>AFG:05"}},
		{"rajapaksa", "2014-09-16", "Mahinda Rajapaksa met Xi Jinping in Colombo on Tuesday.", []string{"CHN>LKA:04", "LKA>CHN:04"}},
		{"wickremesinghe", "2023-07-21", "Ranil Wickremesinghe met Narendra Modi in New Delhi on Friday.", []string{"LKA>IND:04"}},
		{"prachanda", "2023-06-01", "Pushpa Kamal Dahal met Narendra Modi in New Delhi on Thursday.", []string{"NPL>IND:04"}},
		{"solih", "2019-06-08", "Ibrahim Mohamed Solih welcomed Narendra Modi in Male on Saturday.", []string{"MDV>IND:04"}},
		// Middle East
		{"rouhani", "2016-01-28", "Hassan Rouhani met Francois Hollande in Paris on Thursday.", []string{"IRN>FRA:04"}},
		{"ahmadinejad", "2012-08-30", "Mahmoud Ahmadinejad criticised Israel at the Non-Aligned summit in Tehran.", []string{"IRN>ISR:11"}},
		{"zarif", "2019-06-13", "Mohammad Javad Zarif accused the United States of economic terrorism.", []string{"IRN>USA:11"}},
		{"soleimani", "2018-07-26", "Qasem Soleimani warned the United States against attacking Iran.", []string{"IRN>USA:13"}},
		{"shamkhani", "2023-03-10", "Ali Shamkhani signed an agreement with Saudi Arabia in Beijing on Friday.", []string{"IRN>SAU:05", "SAU>IRN:05"}},
		{"lieberman", "2017-01-26", "Avigdor Lieberman threatened Hamas with a crushing response.", []string{"ISR>PSE:13"}},
		{"yaalon", "2014-07-10", "Moshe Yaalon warned Hamas that Israel would intensify the strikes.", []string{"ISR>PSE:13"}},
		{"gantz", "2021-05-13", "Benny Gantz threatened Hamas with heavy strikes on Gaza.", []string{"ISR>PSE:13"}},
		{"rivlin", "2015-06-21", "Reuven Rivlin met German President Joachim Gauck in Berlin on Sunday.", []string{"ISR>DEU:04"}},
		{"hamdallah", "2017-10-02", "Rami Hamdallah accused Israel of sabotaging the reconciliation talks.", []string{"PSE>ISR:11"}},
		{"shtayyeh", "2021-01-17", "Mohammad Shtayyeh accused Israel of blocking vaccines for Palestinians.", []string{"PSE>ISR:11"}},
		{"morsi", "2012-08-29", "Mohamed Morsi met Hu Jintao in Beijing on Wednesday.", []string{"EGY>CHN:04"}},
		{"mubarak", "2010-09-01", "Hosni Mubarak met Barack Obama at the White House on Wednesday.", []string{"EGY>USA:04"}},
		{"jubeir", "2016-01-04", "Adel al-Jubeir accused Iran of interfering in Arab affairs.", []string{"SAU>IRN:11"}},
		{"abadi", "2017-06-19", "Haider al-Abadi met King Salman in Riyadh on Monday.", []string{"IRQ>SAU:04"}},
		{"kadhimi", "2021-07-26", "Mustafa al-Kadhimi met Joe Biden at the White House on Monday.", []string{"IRQ>USA:04"}},
		{"abdul-mahdi", "2019-09-23", "Adil Abdul-Mahdi met Xi Jinping in Beijing on Monday.", []string{"IRQ>CHN:04"}},
		{"muallem", "2016-09-24", "Walid Muallem accused Turkey of supporting terrorists at the General Assembly.", []string{"SYR>TUR:11"}},
		{"mekdad", "2022-10-10", "Faisal Mekdad met Sergei Lavrov in Moscow on Monday.", []string{"SYR>RUS:04"}},
		{"hariri", "2017-11-18", "Saad Hariri met Emmanuel Macron in Paris on Saturday.", []string{"LBN>FRA:04"}},
		{"bassil", "2019-03-01", "Gebran Bassil met Mike Pompeo in Beirut.", []string{"LBN>USA:04", "USA>LBN:04"}},
		{"davutoglu", "2015-11-30", "Ahmet Davutoglu met Jens Stoltenberg in Brussels on Monday.", []string{"TUR>:04"}},
		{"cavusoglu", "2017-03-12", "Mevlut Cavusoglu accused the Netherlands of behaving like a banana republic.", []string{"TUR>NLD:11"}},
		{"akar", "2021-09-03", "Hulusi Akar met his Greek counterpart Nikos Panagiotopoulos in Athens.", []string{"TUR>GRC:04"}},
		{"bouteflika", "2012-12-20", "Abdelaziz Bouteflika welcomed Francois Hollande to Algiers on Wednesday.", []string{"DZA>FRA:04"}},
		// Europe
		{"cameron pm", "2015-10-20", "David Cameron welcomed Xi Jinping to London on Tuesday.", []string{"GBR>CHN:04"}},
		{"theresa may", "2018-03-14", "Theresa May expelled 23 Russian diplomats over the Salisbury poisoning.", []string{"GBR>RUS:16"}},
		{"hague", "2012-02-24", "William Hague met Syrian opposition leaders in Tunis on Friday.", []string{"GBR>SYR:04"}},
		{"raab", "2020-07-20", "Dominic Raab criticised China over the national security law for Hong Kong.", []string{"GBR>CHN:11"}},
		{"merkel", "2014-07-14", "Angela Merkel met Vladimir Putin in Rio de Janeiro on Sunday.", []string{"DEU>RUS:04"}},
		{"maas", "2019-06-10", "Heiko Maas met Mohammad Javad Zarif in Tehran on Monday.", []string{"DEU>IRN:04"}},
		{"akk", "2020-11-02", "Annegret Kramp-Karrenbauer criticised the United States over its troop withdrawal.", []string{"DEU>USA:11"}},
		{"hollande", "2015-11-24", "Francois Hollande met Barack Obama at the White House on Tuesday.", []string{"FRA>USA:04"}},
		{"le drian", "2021-09-16", "Jean-Yves Le Drian accused Australia of a stab in the back over the submarine deal.", []string{"FRA>AUS:11"}},
		{"fabius", "2014-02-20", "Laurent Fabius met Viktor Yanukovych in Kiev on Thursday.", []string{"FRA>UKR:04"}},
		{"renzi", "2015-03-05", "Matteo Renzi met Vladimir Putin in Moscow on Thursday.", []string{"ITA>RUS:04"}},
		{"conte", "2019-04-23", "Giuseppe Conte met Xi Jinping in Rome on Saturday.", []string{"CHN>ITA:04", "ITA>CHN:04"}},
		{"rajoy", "2017-09-26", "Mariano Rajoy met Donald Trump at the White House on Tuesday.", []string{"ESP>USA:04"}},
		{"morawiecki", "2022-03-15", "Mateusz Morawiecki visited Kyiv on Tuesday with the leaders of Czechia and Slovenia.", []string{"POL>UKR:04"}},
		{"tsipras", "2015-04-08", "Alexis Tsipras met Vladimir Putin in Moscow on Wednesday.", []string{"GRC>RUS:04"}},
		{"kurz", "2018-10-03", "Sebastian Kurz met Vladimir Putin in Vienna.", []string{"AUT>RUS:04", "RUS>AUT:04"}},
		{"zeman", "2019-04-25", "Milos Zeman met Xi Jinping in Beijing on Thursday.", []string{"CZE>CHN:04"}},
		{"niinisto", "2018-07-16", "Sauli Niinisto welcomed Donald Trump and Vladimir Putin to Helsinki.", []string{"FIN>RUS:04", "FIN>USA:04"}},
		{"saakashvili", "2012-01-30", "Mikheil Saakashvili met Barack Obama at the White House on Monday.", []string{"GEO>USA:04"}},
		{"nazarbayev", "2017-06-08", "Nursultan Nazarbayev met Xi Jinping in Astana on Thursday.", []string{"CHN>KAZ:04", "KAZ>CHN:04"}},
		{"tsikhanouskaya", "2020-09-22", "Sviatlana Tsikhanouskaya met European Union foreign ministers in Brussels on Monday.", []string{"BLR>:04"}},
		// Americas
		{"harper", "2014-03-22", "Stephen Harper visited Ukraine on Saturday to show support against Russia.", []string{"CAN>UKR:04"}},
		{"freeland", "2018-08-06", "Chrystia Freeland criticised Saudi Arabia over the arrest of women activists.", []string{"CAN>SAU:11"}},
		{"pena nieto", "2017-01-26", "Enrique Pena Nieto cancelled a meeting with Donald Trump over the border wall.", []string{"MEX>USA:16"}},
		{"amlo", "2019-06-08", "Andres Manuel Lopez Obrador praised the deal with the United States on tariffs.", []string{"MEX>USA:05"}},
		{"ebrard", "2019-06-07", "Marcelo Ebrard held talks with Mike Pompeo in Washington on Friday.", []string{"MEX>USA:04"}},
		{"rousseff", "2013-09-24", "Dilma Rousseff accused the United States of spying on Brazilians.", []string{"BRA>USA:11"}},
		{"temer", "2017-09-01", "Michel Temer met Xi Jinping in Beijing on Friday.", []string{"BRA>CHN:04"}},
		{"bolsonaro", "2019-03-19", "Jair Bolsonaro met Donald Trump at the White House on Tuesday.", []string{"BRA>USA:04"}},
		{"macri", "2018-12-02", "Mauricio Macri met Xi Jinping in Buenos Aires on Sunday.", []string{"ARG>CHN:04", "CHN>ARG:04"}},
		{"kirchner", "2012-04-16", "Cristina Fernandez de Kirchner accused Britain of militarising the South Atlantic.", []string{"ARG>GBR:11"}},
		{"alberto fernandez", "2022-02-03", "Alberto Fernandez met Vladimir Putin in Moscow on Thursday.", []string{"ARG>RUS:04"}},
		{"santos", "2016-02-04", "Juan Manuel Santos met Barack Obama at the White House on Thursday.", []string{"COL>USA:04"}},
		{"duque", "2019-02-22", "Ivan Duque accused Venezuela of sheltering guerrillas.", []string{"COL>VEN:11"}},
		{"guaido", "2020-02-05", "Juan Guaido met Donald Trump at the White House on Wednesday.", []string{"VEN>USA:04"}},
		{"pinera", "2019-06-17", "Sebastian Pinera criticised Venezuela over human rights abuses.", []string{"CHL>VEN:11"}},
		{"correa", "2012-08-16", "Rafael Correa accused Britain of threatening to storm the embassy in London.", []string{"ECU>GBR:11"}},
		{"raul castro", "2015-04-11", "Raul Castro met Barack Obama in Panama on Saturday.", []string{"CUB>USA:04"}},
		// Asia-Pacific and Africa
		{"duterte", "2016-10-20", "Rodrigo Duterte met Xi Jinping in Beijing on Thursday.", []string{"PHL>CHN:04"}},
		{"aquino", "2014-04-28", "Benigno Aquino III signed a defence pact with Barack Obama in Manila.", []string{"PHL>USA:05", "USA>PHL:05"}},
		{"locsin", "2021-05-03", "Teodoro Locsin Jr. criticised China over the presence of ships at Whitsun Reef.", []string{"PHL>CHN:11"}},
		{"yudhoyono", "2013-10-02", "Susilo Bambang Yudhoyono met Xi Jinping in Jakarta on Wednesday.", []string{"CHN>IDN:04", "IDN>CHN:04"}},
		{"najib", "2017-09-12", "Najib Razak met Donald Trump at the White House on Tuesday.", []string{"MYS>USA:04"}},
		{"mahathir", "2018-08-20", "Mahathir Mohamad met Li Keqiang in Beijing on Monday.", []string{"MYS>CHN:04"}},
		{"prayut", "2019-06-23", "Prayut Chan-o-cha met Chinese Premier Li Keqiang in Bangkok on Sunday.", []string{"CHN>THA:04", "THA>CHN:04"}},
		{"yingluck", "2012-11-18", "Yingluck Shinawatra welcomed Barack Obama to Bangkok on Sunday.", []string{"THA>USA:04"}},
		{"suu kyi", "2020-01-18", "Aung San Suu Kyi met Xi Jinping in Naypyitaw on Saturday.", []string{"CHN>MMR:04", "MMR>CHN:04"}},
		{"nguyen xuan phuc", "2017-05-31", "Nguyen Xuan Phuc met Donald Trump at the White House on Wednesday.", []string{"VNM>USA:04"}},
		{"gillard", "2011-11-16", "Julia Gillard welcomed Barack Obama to Canberra on Wednesday.", []string{"AUS>USA:04"}},
		{"turnbull", "2017-05-04", "Malcolm Turnbull met Donald Trump in New York on Thursday.", []string{"AUS>USA:04"}},
		{"morrison", "2020-04-23", "Scott Morrison criticised China over its tariffs on Australian barley.", []string{"AUS>CHN:11"}},
		{"ardern", "2019-03-28", "Jacinda Ardern met Australian Prime Minister Scott Morrison in Christchurch on Friday.", []string{"AUS>NZL:04", "NZL>AUS:04"}},
		{"hipkins", "2023-06-27", "Chris Hipkins met Xi Jinping in Beijing on Tuesday.", []string{"NZL>CHN:04"}},
		{"buhari", "2018-04-30", "Muhammadu Buhari met Donald Trump at the White House on Monday.", []string{"NGA>USA:04"}},
		{"goodluck jonathan", "2014-05-17", "Goodluck Jonathan met Francois Hollande in Paris on Saturday.", []string{"NGA>FRA:04"}},
		{"zuma", "2013-03-26", "Jacob Zuma welcomed Xi Jinping to Durban on Tuesday.", []string{"ZAF>CHN:04"}},
		{"kenyatta", "2018-08-27", "Uhuru Kenyatta met Donald Trump at the White House on Monday.", []string{"KEN>USA:04"}},
		{"bashir", "2018-07-16", "Omar al-Bashir met Vladimir Putin in Sochi.", []string{"SDN>RUS:04"}},
		{"hamdok", "2020-12-14", "Abdalla Hamdok thanked the United States for removing Sudan from the terrorism list.", []string{"SDN>USA:05"}},
		{"magufuli", "2016-01-28", "John Magufuli met Chinese officials in Dar es Salaam on Thursday.", []string{"CHN>TZA:04", "TZA>CHN:04"}},
		{"mugabe", "2015-12-01", "Robert Mugabe welcomed Xi Jinping to Harare on Tuesday.", []string{"ZWE>CHN:04"}},
		{"akufo-addo", "2018-07-01", "Nana Akufo-Addo met Emmanuel Macron in Accra on Saturday.", []string{"FRA>GHA:04", "GHA>FRA:04"}},
		{"farmaajo", "2020-12-15", "Mohamed Abdullahi Farmaajo accused Kenya of interfering in Somalia's affairs.", []string{"SOM>KEN:11"}},
		{"hailemariam", "2017-05-15", "Hailemariam Desalegn met Xi Jinping in Beijing on Monday.", []string{"ETH>CHN:04"}},
		// Remaining capitals, 2010–2025
		{"kislyak", "2017-05-10", "Sergey Kislyak met Donald Trump at the White House on Wednesday.", []string{"RUS>USA:04"}},
		{"milley", "2020-12-05", "Mark Milley warned Iran against attacking American forces in Iraq.", []string{"USA>IRN:13"}},
		{"erekat", "2017-12-07", "Saeb Erekat accused the United States of destroying the peace process.", []string{"PSE>USA:11"}},
		{"kilicdaroglu", "2018-08-15", "Kemal Kilicdaroglu criticised the United States over the sanctions on Turkey.", []string{"TUR>USA:11"}},
		{"puigdemont", "2017-10-10", "Carles Puigdemont urged the European Union to mediate with Spain.", []string{"ESP>:02"}},
		{"caputova", "2022-04-30", "Zuzana Caputova visited Kyiv on Saturday.", []string{"SVK>UKR:04"}},
		{"makei", "2021-06-25", "Vladimir Makei accused the European Union of waging economic war on Belarus.", []string{"BLR>:11"}},
		{"sirleaf", "2014-09-09", "Ellen Johnson Sirleaf thanked the United States for its help against Ebola.", []string{"LBR>USA:05"}},
		{"weah", "2019-03-28", "George Weah met Chinese officials in Monrovia.", []string{"CHN>LBR:04", "LBR>CHN:04"}},
		{"nkurunziza", "2016-10-12", "Pierre Nkurunziza accused Rwanda of arming rebels.", []string{"BDI>RWA:11"}},
		{"ali bongo", "2019-09-23", "Ali Bongo Ondimba met Emmanuel Macron in Paris.", []string{"GAB>FRA:04"}},
		{"benkirane", "2016-03-14", "Abdelilah Benkirane criticised the United Nations over the Western Sahara remarks.", []string{"MAR>:11"}},
		// 2021–2025
		{"burns cia", "2023-06-01", "William Burns made a secret trip to Beijing to meet Chinese intelligence officials.", []string{"USA>CHN:03", "USA>CHN:04"}},
		{"hsiao bi-khim", "2024-10-10", "Hsiao Bi-khim accused China of intimidation after the drills.", []string{"TWN>CHN:11"}},
		{"bagheri kani", "2024-06-03", "Ali Bagheri Kani met Sergei Lavrov in Moscow on Monday.", []string{"IRN>RUS:04"}},
		{"erdan", "2023-10-30", "Gilad Erdan accused the United Nations of failing Israel.", []string{"ISR>:11"}},
		{"bou habib", "2024-01-14", "Abdallah Bou Habib accused Israel of seeking a wider war.", []string{"LBN>ISR:11"}},
		{"khasawneh", "2023-11-04", "Bisher Khasawneh accused Israel of war crimes in Gaza.", []string{"JOR>ISR:11"}},
		{"menfi", "2023-09-13", "Mohamed al-Menfi thanked Egypt for its help after the floods in Derna.", []string{"LBY>EGY:05"}},
		{"gachagua", "2023-03-15", "Rigathi Gachagua criticised Uganda over the border dispute.", []string{"KEN>UGA:11"}},
		{"ali sabry", "2023-10-12", "Ali Sabry met Chinese Foreign Minister Wang Yi in Beijing.", []string{"LKA>CHN:04"}},
		{"ariel henry", "2023-03-08", "Ariel Henry urged the United States to send troops to Haiti.", []string{"HTI>USA:02"}},
		{"abinader", "2023-09-15", "Luis Abinader closed the border with Haiti over the canal dispute.", []string{"DOM>HTI:16"}},
		{"habeck", "2023-06-06", "Robert Habeck criticised China over its export restrictions.", []string{"DEU>CHN:11"}},
		{"brnabic", "2022-12-26", "Ana Brnabic accused Kosovo of provoking a conflict.", []string{"SRB>XKX:11"}},
	})
}

// TestOfficialsBySurname: wire copy names a person in full once and by
// surname after, and names the best known by surname or nickname alone.
func TestOfficialsBySurname(t *testing.T) {
	runDatedCases(t, []datedCase{
		// Surname alone, as headlines and briefs name the best known.
		{"pompeo", "2019-05-06", "Pompeo criticised China over its conduct in the Arctic.", []string{"USA>CHN:11"}},
		{"bolsonaro", "2019-08-27", "Bolsonaro rejected aid from France for the Amazon fires.", []string{"BRA>FRA:12", "FRA>BRA:07"}},
		{"duterte", "2016-10-20", "Duterte announced his separation from the United States during a visit to Beijing.", []string{"PHL>CHN:04"}},
		{"morrison", "2020-11-30", "Morrison demanded an apology from China over the doctored image of an Australian soldier.", []string{"AUS>CHN:10"}},
		{"ardern", "2019-09-23", "Ardern met Trump on the sidelines of the General Assembly in New York.", []string{"NZL>USA:04"}},
		{"pence", "2018-11-17", "Pence criticised China at the APEC summit in Papua New Guinea.", []string{"USA>CHN:11"}},
		{"tillerson", "2017-10-22", "Tillerson urged Iraq to send home the Iranian-backed militias.", []string{"USA>IRQ:02"}},
		{"kerry", "2013-11-24", "Kerry praised Iran for agreeing to curb its nuclear programme.", []string{"USA>IRN:05"}},
		{"zarif", "2019-08-25", "Zarif arrived in Paris on Friday for talks with Macron.", []string{"IRN>FRA:04"}},
		{"obama", "2016-03-21", "Obama met Raul Castro in Havana on Monday.", []string{"USA>CUB:04"}},
		{"merkel", "2015-05-10", "Merkel visited Moscow on Sunday, a day after the victory parade.", []string{"DEU>RUS:04"}},
		{"abe", "2016-12-15", "Abe welcomed Putin to his home town of Nagato on Thursday.", []string{"JPN>RUS:04"}},
		{"rouhani", "2019-09-25", "Rouhani rejected talks with the United States while sanctions remain.", []string{"IRN>USA:12"}},
		{"erdogan", "2016-07-20", "Erdogan accused the United States of harbouring the plotters of the coup.", []string{"TUR>USA:11"}},
		{"cavusoglu", "2019-10-14", "Cavusoglu criticised the Netherlands for barring his plane from landing.", []string{"TUR>NLD:11"}},
		{"lavrov", "2016-09-09", "Lavrov met Kerry in Geneva on Friday to agree a ceasefire in Syria.", []string{"RUS>USA:04"}},
		{"poroshenko", "2018-11-26", "Poroshenko accused Russia of an act of aggression near the Kerch Strait.", []string{"UKR>RUS:11"}},
		{"macri", "2016-03-23", "Macri welcomed Obama to Buenos Aires on Wednesday.", []string{"ARG>USA:04"}},
		{"guaido", "2019-02-23", "Guaido thanked Colombia for the aid convoys waiting at the border.", []string{"VEN>COL:05"}},
		{"duque", "2020-02-14", "Duque accused Venezuela of harbouring guerrilla commanders.", []string{"COL>VEN:11"}},
		{"hipkins", "2023-07-11", "Hipkins met Albanese in Wellington on Tuesday.", []string{"AUS>NZL:04", "NZL>AUS:04"}},
		{"kadhimi", "2020-08-20", "Kadhimi met Trump at the White House on Thursday.", []string{"IRQ>USA:04"}},
		{"sisi", "2015-06-03", "Sisi met Merkel in Berlin on Wednesday.", []string{"EGY>DEU:04"}},
		{"soleimani", "2019-10-01", "Soleimani threatened Israel in a rare interview.", []string{"IRN>ISR:13"}},
		{"mahathir", "2018-08-21", "Mahathir cancelled Chinese-backed projects worth billions of dollars.", nil},
		{"navalny", "2021-02-02", "Navalny criticised Germany over the Nord Stream 2 pipeline.", []string{"RUS>DEU:11"}},
		// Nicknames and short forms in the surname column.
		{"jokowi", "2019-04-26", "Jokowi met Xi in Beijing on Friday.", []string{"IDN>CHN:04"}},
		{"jokowi governor", "2013-06-12", "Jokowi met the Japanese ambassador in Jakarta.", []string{"IDN>JPN:04", "JPN>IDN:04"}},
		{"amlo", "2021-11-18", "AMLO met Biden and Trudeau at the White House on Thursday.", []string{"MEX>CAN:04", "MEX>USA:04"}},
		{"mbs", "2018-03-20", "MBS met Trump at the White House on Tuesday.", []string{"SAU>USA:04"}},
		{"mbz", "2017-05-15", "MBZ met Trump at the White House on Monday.", []string{"ARE>USA:04"}},
		{"prayuth spelling", "2019-11-03", "Prayuth Chan-ocha met Hun Sen in Bangkok on Sunday.", []string{"KHM>THA:04", "THA>KHM:04"}},
		{"prayuth alone", "2015-05-28", "Prayuth criticised Malaysia over the migrant camps.", []string{"THA>MYS:11"}},
		{"javad zarif", "2015-04-02", "John Kerry met Javad Zarif in Lausanne on Thursday.", []string{"USA>IRN:04"}},
		{"lula", "2023-04-14", "Lula met Xi in Beijing on Friday.", []string{"BRA>CHN:04"}},
		{"yoon", "2023-03-16", "Fumio Kishida met Yoon in Tokyo on Thursday.", []string{"JPN>KOR:04", "KOR>JPN:04"}},
		{"jolani", "2020-02-20", "Jolani accused Russia of targeting civilians in Idlib.", []string{"SYR>RUS:11"}},
		{"zaluzhny spelling", "2023-02-07", "Zaluzhny met the Polish chief of staff in Rzeszow.", []string{"UKR>POL:04"}},
		{"scomo", "2021-06-12", "ScoMo met Boris Johnson in Cornwall on Saturday.", []string{"AUS>GBR:04"}},
		{"kramp-karrenbauer akk", "2020-06-25", "AKK criticised the United States over its plan to pull troops from Germany.", []string{"DEU>USA:11"}},
		// Full name first, surname after.
		{"swaraj then surname", "2018-01-14", "Sushma Swaraj arrived in Dhaka on Saturday. Swaraj met Sheikh Hasina and urged Bangladesh to back India's bid.", []string{"IND>BGD:02", "IND>BGD:04"}},
		{"westerwelle then surname", "2012-01-09", "Guido Westerwelle visited Israel on Monday. Westerwelle criticised Iran over its nuclear programme.", []string{"DEU>IRN:11", "DEU>ISR:04"}},
		{"rudd then surname", "2011-04-19", "Kevin Rudd arrived in Tehran on Tuesday. Rudd urged Iran to release the detained Australians.", []string{"AUS>IRN:02", "AUS>IRN:04"}},
		{"davutoglu then surname", "2012-08-02", "Ahmet Davutoglu visited Myanmar on Thursday. Davutoglu urged Myanmar to protect the Rohingya.", []string{"TUR>MMR:02", "TUR>MMR:04"}},
		{"le drian then surname", "2019-09-30", "Jean-Yves Le Drian arrived in Tehran on Sunday. Le Drian urged Iran to return to the nuclear deal.", []string{"FRA>IRN:02", "FRA>IRN:04"}},
		{"fabius then surname", "2015-07-29", "Laurent Fabius visited Iran on Wednesday. Fabius invited Rouhani to Paris.", []string{"FRA>IRN:02", "FRA>IRN:04"}},
		{"freeland then surname", "2018-09-26", "Chrystia Freeland met Robert Lighthizer in Washington. Freeland urged the United States to drop the steel tariffs.", []string{"CAN>USA:02", "CAN>USA:04"}},
		{"muallem then surname", "2015-10-20", "Walid Muallem arrived in Moscow on Tuesday. Muallem thanked Russia for its air strikes.", []string{"SYR>RUS:04", "SYR>RUS:05"}},
		{"onyeama then surname", "2018-09-12", "Geoffrey Onyeama visited Beijing on Wednesday. Onyeama praised China for its investments.", []string{"NGA>CHN:04", "NGA>CHN:05"}},
		{"landsbergis then surname", "2021-11-18", "Gabrielius Landsbergis criticised China on Thursday. Landsbergis accused Beijing of coercion over Taiwan's office in Vilnius.", []string{"LTU>CHN:11"}},
		{"mahuta then surname", "2022-05-30", "Nanaia Mahuta visited Fiji on Monday. Mahuta criticised China over its security pact with Solomon Islands.", []string{"NZL>CHN:11", "NZL>FJI:04"}},
		{"lamamra then surname", "2021-08-24", "Ramtane Lamamra visited Tunis on Monday. Lamamra accused Morocco of hostile acts.", []string{"DZA>MAR:11", "DZA>TUN:04"}},
		// Title and name.
		{"secretary pompeo", "2019-06-24", "Secretary of State Mike Pompeo met King Salman in Jeddah on Monday.", []string{"USA>SAU:04"}},
		{"foreign minister kono", "2019-07-19", "Foreign Minister Taro Kono summoned South Korea's ambassador on Friday.", []string{"JPN>KOR:11"}},
		{"defence minister akar", "2019-10-22", "Defence Minister Hulusi Akar warned Greece against arming the islands.", []string{"TUR>GRC:13"}},
		{"president rouhani", "2018-05-09", "President Hassan Rouhani criticised Trump for quitting the nuclear deal.", []string{"IRN>USA:11"}},
		{"prime minister abadi", "2017-12-09", "Prime Minister Haider al-Abadi thanked the United States for its help against Islamic State.", []string{"IRQ>USA:05"}},
		{"chancellor merkel", "2017-03-17", "Chancellor Angela Merkel met Donald Trump at the White House on Friday.", []string{"DEU>USA:04"}},
		{"president moon", "2019-06-30", "President Moon Jae-in met Donald Trump in Seoul on Sunday.", []string{"KOR>USA:04", "USA>KOR:04"}},
		{"prime minister najib", "2016-11-01", "Prime Minister Najib Razak met Li Keqiang in Beijing on Tuesday.", []string{"MYS>CHN:04"}},
		{"foreign secretary hunt", "2019-01-01", "Foreign Secretary Jeremy Hunt urged Iran to release Nazanin Zaghari-Ratcliffe.", []string{"GBR>IRN:02"}},
		{"foreign minister wang", "2020-10-06", "Foreign Minister Wang Yi criticised the United States in Tokyo.", []string{"CHN>USA:11"}},
		{"president lee", "2011-10-13", "President Lee Myung-bak met Barack Obama at the White House on Thursday.", []string{"KOR>USA:04"}},
		{"premier lai", "2018-03-08", "Premier Lai Ching-te criticised China over its pressure on Taiwan.", []string{"TWN>CHN:11"}},
		{"vice president lai", "2023-08-15", "Vice President Lai Ching-te met Paraguayan President Santiago Pena in Asuncion.", []string{"TWN>PRY:04"}},
	})
}

// TestOfficialsAtDate: one person in several posts, or for several
// countries and organisations, is read as what they were at the article
// date.
func TestOfficialsAtDate(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"stoltenberg norway pm", "2012-06-20", "Jens Stoltenberg met Russian Prime Minister Dmitry Medvedev in Moscow.", []string{"NOR>RUS:04"}},
		{"stoltenberg nato", "2018-07-11", "Jens Stoltenberg met Russian Prime Minister Dmitry Medvedev in Moscow.", []string{">RUS:04"}},
		{"tusk poland", "2013-06-12", "Donald Tusk criticised Russia over the gas pipeline.", []string{"POL>RUS:11"}},
		{"tusk eu", "2017-03-10", "Donald Tusk criticised Russia over the gas pipeline.", []string{">RUS:11"}},
		{"tusk poland again", "2024-05-15", "Donald Tusk criticised Russia over the gas pipeline.", []string{"POL>RUS:11"}},
		{"draghi ecb", "2015-01-22", "Mario Draghi met Greek Finance Minister Yanis Varoufakis in Frankfurt.", []string{">GRC:04"}},
		{"draghi italy", "2022-06-16", "Mario Draghi visited Kyiv with Emmanuel Macron and Olaf Scholz.", []string{"ITA>UKR:04"}},
		{"lagarde france", "2010-05-08", "Christine Lagarde criticised Greece over its budget figures.", []string{"FRA>GRC:11"}},
		{"lagarde imf", "2015-06-12", "Christine Lagarde criticised Greece over its budget figures.", []string{">GRC:11"}},
		{"mogherini italy", "2014-04-22", "Federica Mogherini met Sergei Lavrov in Moscow on Tuesday.", []string{"ITA>RUS:04"}},
		{"mogherini eu", "2016-04-11", "Federica Mogherini met Sergei Lavrov in Moscow on Tuesday.", []string{">RUS:04"}},
		{"borrell spain", "2019-03-05", "Josep Borrell criticised Venezuela over the expulsion of the German ambassador.", []string{"ESP>VEN:11"}},
		{"borrell eu", "2021-02-05", "Josep Borrell criticised Russia over the expulsion of three European diplomats.", []string{">RUS:11"}},
		{"von der leyen germany", "2016-01-12", "Ursula von der Leyen visited Iraq on Tuesday to meet Kurdish fighters.", []string{"DEU>IRQ:04"}},
		{"von der leyen commission", "2022-04-08", "Ursula von der Leyen visited Ukraine on Friday.", []string{">UKR:04"}},
		{"okonjo-iweala nigeria", "2013-05-14", "Ngozi Okonjo-Iweala met Chinese officials in Beijing on Tuesday.", []string{"NGA>CHN:04"}},
		{"okonjo-iweala wto", "2022-06-17", "Ngozi Okonjo-Iweala met Chinese officials in Beijing on Tuesday.", []string{">CHN:04"}},
		{"tedros ethiopia", "2014-03-05", "Tedros Adhanom Ghebreyesus met Egyptian officials in Cairo over the dam.", []string{"ETH>EGY:04"}},
		{"tedros who", "2020-01-28", "Tedros Adhanom Ghebreyesus met Xi Jinping in Beijing on Tuesday.", []string{">CHN:04"}},
		{"bachelet chile", "2016-05-16", "Michelle Bachelet met Xi Jinping in Beijing on Monday.", []string{"CHL>CHN:04"}},
		{"bachelet un", "2022-05-28", "Michelle Bachelet met Xi Jinping in Beijing on Monday.", []string{">CHN:04"}},
		{"rutte netherlands", "2019-07-10", "Mark Rutte met Vladimir Putin in Moscow on Wednesday.", []string{"NLD>RUS:04"}},
		{"guterres unhcr", "2013-03-20", "Antonio Guterres urged Turkey to keep its border open to Syrian refugees.", []string{">TUR:02"}},
		{"charles michel belgium", "2017-05-30", "Charles Michel met Vladimir Putin in Moscow on Tuesday.", []string{"BEL>RUS:04"}},
		{"antonio costa portugal", "2018-12-05", "Antonio Costa welcomed Xi Jinping to Lisbon on Wednesday.", []string{"PRT>CHN:04"}},
		{"kallas estonia", "2022-03-24", "Kaja Kallas urged Germany to stop buying Russian gas.", []string{"EST>DEU:02"}},
		{"baerbock germany", "2023-04-14", "Annalena Baerbock met Wang Yi in Beijing on Friday.", []string{"DEU>CHN:04"}},
		{"sisi defence minister", "2013-11-14", "Abdel Fattah el-Sisi met Sergei Shoigu in Cairo on Thursday.", []string{"EGY>RUS:04", "RUS>EGY:04"}},
	})
}

// TestOfficialsAtDateRole: the role of a person's triple is the post held
// at the article date.
func TestOfficialsAtDateRole(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		date, text, id, role string
	}{
		{"2017-09-18", "Mike Pompeo accused Iran of supporting terrorism.", "mike-pompeo", "CIA Director"},
		{"2019-09-18", "Mike Pompeo accused Iran of supporting terrorism.", "mike-pompeo", "Secretary of State"},
		{"2014-11-24", "John Kerry met Mohammad Javad Zarif in Vienna.", "john-kerry", "Secretary of State"},
		{"2022-09-04", "John Kerry met Chinese officials in Beijing.", "john-kerry", "Special Presidential Envoy for Climate"},
		{"2018-03-10", "Taro Kono criticised China over the islands.", "taro-kono", "Foreign Minister"},
		{"2020-03-10", "Taro Kono criticised China over the islands.", "taro-kono", "Defence Minister"},
		{"2012-06-05", "Benny Gantz warned Hamas against further rocket fire.", "benny-gantz", "Chief of the General Staff"},
		{"2021-08-24", "Benny Gantz warned Hamas against further rocket fire.", "benny-gantz", "Defence Minister"},
		{"2014-02-25", "Ahmet Davutoglu urged Russia to respect Ukraine's territorial integrity.", "ahmet-davutoglu", "Foreign Minister"},
		{"2015-10-12", "Ahmet Davutoglu urged Russia to respect Ukraine's territorial integrity.", "ahmet-davutoglu", "Prime Minister"},
	}
	for _, tc := range tests {
		t.Run(tc.date+" "+tc.id, func(t *testing.T) {
			ts, err := x.Extract(context.Background(), Article{ID: "t", Date: tc.date, Text: tc.text})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if len(ts) == 0 {
				t.Fatalf("%s: no triple", tc.text)
			}
			if got := ts[0].Subject; got.ID != tc.id || got.Role != tc.role {
				t.Errorf("%s (%s): subject %s as %q, want %s as %q", tc.text, tc.date, got.ID, got.Role, tc.id, tc.role)
			}
		})
	}
}

// TestOfficialsNoMisfire: surnames shared by many people, other people's
// names that begin like an official's, and sentences without an event.
func TestOfficialsNoMisfire(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"kim alone", "2019-02-27", "Kim praised the hospitality of his hosts in Hanoi.", nil},
		{"moon is a word", "2019-01-03", "China landed a probe on the far side of the Moon on Thursday.", nil},
		{"may is a month", "2017-06-02", "In May, Canada and Mexico held talks on the trade agreement.", []string{"CAN>MEX:04", "MEX>CAN:04"}},
		{"another kim", "2019-03-01", "Kim Hyun-jong, a South Korean trade official, criticised Japan over the export curbs.", []string{"KOR>JPN:11"}},
		{"jean-pierre lacroix", "2019-05-20", "Jean-Pierre Lacroix, the UN peacekeeping chief, praised Mali for the peace accord.", []string{">MLI:05"}},
		{"hadi al-amiri", "2018-05-14", "Hadi al-Amiri, the leader of the Badr Organisation, met Iranian officials in Baghdad.", []string{"IRN>IRQ:04", "IRQ>IRN:04"}},
		{"no event", "2019-02-15", "Pompeo's memoir was published on Tuesday.", nil},
		{"bolsonaro question", "2020-01-10", "Will Bolsonaro visit China this year?", nil},
		{"morrison conditional", "2021-04-20", "If Morrison visits Beijing, he would meet Xi.", nil},
		{"masisi is a town", "2023-10-20", "Congo accused Rwanda of backing the rebels who seized Masisi.", []string{"COD>RWA:11"}},
		{"abbott is not tony", "2021-07-14", "Greg Abbott criticised Mexico over the border crossings.", nil},
		// A surname followed by another capitalised name is someone else's given name.
		{"kerry kennedy", "2015-06-10", "Kerry Kennedy criticised Russia over the jailing of activists.", nil},
		{"haley stevens", "2024-05-01", "Haley Stevens criticised China over its trade practices.", nil},
		{"abe foxman", "2012-09-20", "Abe Foxman criticised Iran over its threats against Israel.", nil},
		{"barak ravid", "2024-05-01", "Barak Ravid of Axios reported that Egypt had warned Israel against an assault on Rafah.", []string{"EGY>ISR:13"}},
		{"trump jr", "2019-11-10", "Trump Jr. criticised China in a speech in Dallas.", nil},
		{"surname then weekday", "2014-03-04", "Kerry on Tuesday accused Russia of an act of aggression in Crimea.", []string{"USA>RUS:11"}},
		{"surname then weekday no on", "2014-03-04", "Kerry Tuesday accused Russia of an act of aggression in Crimea.", []string{"USA>RUS:11"}},
		{"surname then agent", "2018-03-08", "Trump Administration officials criticised China over steel dumping.", []string{"USA>CHN:11"}},
		{"two surnames", "2018-11-30", "Macri welcomed Trump, Xi and Putin to Buenos Aires for the summit.", []string{"ARG>CHN:04", "ARG>RUS:04", "ARG>USA:04"}},
	})
}

// TestOfficialsTable checks officials.tsv as an analyst would before
// trusting it: dates that parse and run forwards, no term listed twice,
// and no short form alone that names many people or is a common word.
func TestOfficialsTable(t *testing.T) {
	shared := map[string]bool{ // surnames of too many people, or words
		"lee": true, "kim": true, "park": true, "moon": true, "khan": true, "ali": true, "singh": true,
		"wang": true, "li": true, "zhang": true, "chen": true, "liu": true, "yang": true, "hu": true,
		"nguyen": true, "may": true, "hunt": true, "rice": true, "power": true, "key": true, "ban": true,
		"brown": true, "johnson": true, "smith": true, "mohammed": true, "hassan": true, "ahmed": true,
		"hadi": true, "castro": true, "santos": true, "fernandez": true, "rodriguez": true, "morales": true,
	}
	seen := map[string]bool{}
	err := tsvFile(lexdata, "officials.tsv", 6, func(f []string) error {
		line := f[0] + "\t" + f[2] + "\t" + f[3] + "\t" + f[4] + "\t" + f[5]
		if seen[line] {
			t.Errorf("term listed twice: %q", line)
		}
		seen[line] = true
		for _, d := range []string{f[4], f[5]} {
			if _, err := time.Parse(time.DateOnly, d); d != "" && err != nil {
				t.Errorf("%s: date %q is not YYYY-MM-DD", f[0], d)
			}
		}
		if f[4] != "" && f[5] != "" && f[5] < f[4] {
			t.Errorf("%s: term ends %s before it starts %s", f[0], f[5], f[4])
		}
		if len(f) > 6 && f[6] != "-" {
			for _, n := range splitList(f[6]) {
				if k := NormalizeName(n); shared[k] || dateMonths[k] != 0 || dateWeekdays[k] != 0 {
					t.Errorf("%s: %q alone names too many people", f[0], n)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) < 900 {
		t.Errorf("officials.tsv has %d terms, want the 2010–2026 terms too (at least 900)", len(seen))
	}
}
