package extract

import "testing"

// TestRecallAttach covers subjects and targets that long wire sentences
// set far from their verb: a parenthetical after the subject, an insert
// between the verb and its target, a day named between the verb and its
// complement, the agent of a judged act, a place named by a demonym, a
// participle describing the subject, the parties of a judged act, the
// holder of a country's own people, a delegation's country, a partner at
// the end of a long noun phrase, the pair "the two sides" takes up after a
// relative pronoun and the agent of a passive far from its verb; with the
// cases where none of these may attach.
func TestRecallAttach(t *testing.T) {
	runCases(t, []extractCase{
		// A parenthetical between the subject and its verb.
		{"subject past a participle", "Iran's Supreme Leader Ayatollah Ali Khamenei, addressing a rally on the anniversary of the revolution, denounced Israel.", []string{"IRN>ISR:11"}},
		{"subject past since and a participle", "Germany's Chancellor Friedrich Merz, on his first trip to Asia since taking office and accompanied by a large business delegation, met Japan's prime minister.", []string{"DEU>JPN:04"}},
		{"subject past a time and a move", "Brazil late on Friday, in a move that surprised diplomats, recalled its ambassador to Israel.", []string{"BRA>ISR:16"}},
		{"subject past since taking office", "Chinese Premier Li Qiang, on his first official trip abroad since taking office, met German Chancellor Olaf Scholz in Berlin.", []string{"CHN>DEU:04", "DEU>CHN:04"}},
		{"subject past after talks", "Russian President Vladimir Putin, speaking at a news conference after talks in Minsk, threatened Poland.", []string{"RUS>POL:13"}},
		{"subject past a passive participle", "Israel, backed by the United States, struck Iran.", []string{"ISR>IRN:19", "USA>ISR:05"}},
		{"subject past despite", "The United States, despite objections from its allies, imposed tariffs on Canada.", []string{"USA>CAN:16"}},
		{"subject past citing", "The Philippines on Monday, citing repeated harassment of its vessels, summoned China's ambassador.", []string{"PHL>CHN:11"}},
		{"subject past a while clause", "Poland, while backing Ukraine's bid to join the EU, banned imports of Ukrainian grain.", []string{"POL>UKR:05", "POL>UKR:16"}},
		{"subject past a since clause", "Saudi Arabia, since it restored ties with Iran in 2023, has hosted several Iranian delegations.", []string{"SAU>IRN:04", "SAU>IRN:05"}},
		// An insert between the verb and its target.
		{"target past including", "Turkey sent more than 1,500 tonnes of humanitarian supplies, including tents and blankets, to Syria.", []string{"TUR>SYR:07"}},
		{"target past along with", "China dispatched a medical team of 30 doctors and nurses, along with tonnes of medicine, to Myanmar.", []string{"CHN>MMR:07"}},
		{"target past mostly for", "Japan provided more than $200 million in emergency grants, mostly for food and shelter, to Ukraine.", []string{"JPN>UKR:07"}},
		{"object past the sidelines", "Germany on Thursday signed, on the sidelines of the NATO summit in The Hague, a defence agreement with Canada.", []string{"CAN>DEU:05", "DEU>CAN:05"}},
		{"object past a statement", "France condemned on Monday, in a strongly worded statement, Russia's annexation of four Ukrainian regions.", []string{"FRA>RUS:11"}},
		{"target past for the third night", "Russia on Saturday launched, for the third consecutive night, hundreds of drones at Ukraine.", []string{"RUS>UKR:19"}},
		{"partner past through its embassy", "Greece lodged a formal complaint on Friday, through its embassy in Ankara, with Turkey.", []string{"GRC>TUR:11"}},
		{"target past for the second day", "China conducted, for the second day running, large-scale military drills around Taiwan.", []string{"CHN>TWN:15"}},
		{"a participle after a comma relates no subjects", "The European Union and Britain imposed a fresh round of sanctions, targeting banks and energy firms, on Russia.", []string{">RUS:16", "GBR>RUS:16"}},
		// A day between the verb and its complement.
		{"demanded on Tuesday that", "Seoul demanded on Tuesday that Tokyo withdraw its claim to the disputed islands.", []string{"KOR>JPN:10"}},
		{"agreed late on Friday to", "Ethiopia and Eritrea agreed late on Friday to restore diplomatic relations.", []string{"ERI>ETH:03", "ETH>ERI:03"}},
		// The agent of a judged act.
		{"protest the agent of a seizure", "Iran protested against the seizure of its oil tanker by Britain off Gibraltar.", []string{"IRN>GBR:14"}},
		{"condemn the agent of a seizure", "Tehran condemned the seizure of its oil tanker by the British navy off Gibraltar.", []string{"IRN>GBR:11"}},
		// A place named by a demonym.
		{"struck in the Ukrainian city of", "Russian missiles struck a shopping centre in the Ukrainian city of Kremenchuk on Monday.", []string{"RUS>UKR:19"}},
		// A participle describing the actor before it.
		{"delegation led by", "A Chinese delegation led by Vice Premier He Lifeng held talks with U.S. officials in Geneva.", []string{"CHN>USA:04"}},
		{"a plural after an actor is no verb", "Houthi forces in Yemen attacked a Greek-owned tanker in the Red Sea with missiles and drones.", []string{"YEM>GRC:19"}},
		// The parties of a judged act, a country's own people held by
		// another, a delegation as a partner.
		{"criticised the pact between", "Russia criticised the defence pact between Japan and the Philippines.", []string{"RUS>JPN:11", "RUS>PHL:11"}},
		{"condemned the deal between", "Iran condemned the normalisation deal between Israel and the United Arab Emirates.", []string{"IRN>ARE:11", "IRN>ISR:11"}},
		{"condemned the detention in", "The United States condemned the detention of an American journalist in Russia.", []string{"USA>RUS:11"}},
		{"protested the arrest by", "Canada protested against the arrest of two Canadian citizens by China.", []string{"CAN>CHN:14"}},
		{"met with a delegation from", "Egypt's president met on Saturday in Cairo with a delegation from Qatar.", []string{"EGY>QAT:04", "QAT>EGY:04"}},
		{"talks with a visiting delegation", "The Saudi crown prince held talks in Jeddah with a visiting delegation from Iran.", []string{"IRN>SAU:04", "SAU>IRN:04"}},
		// A partner at the end of a long noun phrase.
		{"with past the fields of a memorandum", "Kazakhstan signed a memorandum of understanding on cooperation in the fields of energy, transport and infrastructure with Turkey.", []string{"KAZ>TUR:05", "TUR>KAZ:05"}},
		{"with past a sum and a purpose", "Egypt signed agreements worth a total of $8 billion for the construction of power plants with Saudi Arabia.", []string{"EGY>SAU:05", "SAU>EGY:05"}},
		{"with past a list and by phone", "Indonesia's president discussed trade, investment and the situation in Myanmar by phone on Thursday with the Thai prime minister.", []string{"IDN>THA:04"}},
		// The pair a relative clause takes up.
		{"the two sides after during which", "Xi Jinping held talks with Lula in Beijing, during which the two sides agreed to deepen their partnership.", []string{"BRA>CHN:03", "BRA>CHN:04", "CHN>BRA:03", "CHN>BRA:04"}},
		// The agent of a passive far from its verb.
		{"agent past a statement", "Iran was condemned on Monday in a strongly worded joint statement by Britain, France and Germany.", []string{"DEU>IRN:11", "FRA>IRN:11", "GBR>IRN:11"}},
		{"agent past a date", "Venezuela's election was rejected as fraudulent in a statement on Friday by the United States.", []string{"USA>VEN:12"}},
		{"summoned in a capital", "The Iranian ambassador was summoned to the foreign ministry in Berlin on Tuesday over the execution of a German citizen.", []string{"DEU>IRN:11"}},
		// Where nothing may attach.
		{"no agent past another clause", "Iran was condemned on Monday after talks that were hosted by Oman.", nil},
		{"no partner past a clause", "Japan signed a loan agreement for a railway project that will link Cambodia with Thailand.", nil},
		{"no partner that a relation noun owns", "Cambodia signed a loan agreement for a railway project along its border with Thailand.", nil},
		{"no killer in the place of a killing", "Turkey condemned the killing of three Turkish soldiers in northern Iraq.", nil},
		{"no subject past a clause with its own subject", "When Russia invaded Ukraine, in February 2022, Poland opened its borders to refugees.", []string{"RUS>UKR:19"}},
		{"no subject from a list object", "Egypt hosted Jordan, Qatar, citing the urgency of the crisis, and Saudi Arabia on Sunday.", []string{"EGY>JOR:04", "EGY>QAT:04", "JOR>EGY:04"}},
		{"no insert before a new clause", "Israel struck Gaza on Monday, killing 20 people, and Egypt condemned Israel.", []string{"EGY>ISR:11", "ISR>PSE:19"}},
		{"no target past a negated insert", "Japan, despite weeks of debate in parliament, did not send weapons to Ukraine.", nil},
		{"no event past an insert in a question", "Did Turkey, under pressure from its allies, send weapons to Ukraine?", nil},
		{"no event past an insert in a condition", "If China, as many analysts expect, blockades Taiwan, Japan will respond.", nil},
		{"no agent of a passive right after the verb", "Kenya deported a Turkish national wanted by Ankara.", []string{"KEN>TUR:17"}},
		{"no place near the demonym border", "North Korea fired artillery shells near a South Korean border island.", []string{"PRK>KOR:15"}},
		{"no participle over a place", "Pakistan and Afghanistan agreed to a ceasefire after talks in Doha mediated by Qatar and Turkey.", []string{"AFG>PAK:08", "PAK>AFG:08", "QAT>AFG:04", "QAT>PAK:04", "TUR>AFG:04", "TUR>PAK:04"}},
	})
}

// TestInserts checks which comma-delimited stretches read as inserts
// that a verb's subject or target may be joined across.
func TestInserts(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Turkey sent aid, including tents and blankets, to Syria.", []string{", including tents and blankets ,"}},
		{"Nigeria, the region's largest economy, sent troops to Gambia.", []string{", the region 's largest economy ,"}},
		{"Israel struck Gaza, killing 20 people, and Egypt condemned it.", nil},
		{"Egypt, Jordan, and Qatar condemned the attack.", nil},
		{"Russia, Iran's foreign minister said, will attend the talks.", nil},
	} {
		s := &sentence{reg: newRegistry(x.lex, ""), buf: make([]byte, 0, 64)}
		s.toks = tokenize(c.text, nil)
		s.findMentions()
		var got []string
		for _, in := range s.inserts() {
			w := ""
			for j := in[0]; j <= in[1]; j++ {
				if j > in[0] {
					w += " "
				}
				w += s.toks[j].text
			}
			got = append(got, w)
		}
		if len(got) != len(c.want) {
			t.Errorf("inserts(%q) = %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("inserts(%q) = %q, want %q", c.text, got, c.want)
			}
		}
	}
}
