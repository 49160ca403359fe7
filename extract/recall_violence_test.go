package extract

import "testing"

// TestRecallViolence covers assault and mass violence told in other ways
// than an active verb: passive accusations, attacks blamed on their
// author, killings counted by the hundred or thousand, weapons of mass
// destruction, suicide bombings and assassination plots. The sentences
// are written for this test in the manner of Reuters, AP, AFP and
// government statements.
func TestRecallViolence(t *testing.T) {
	runCases(t, []extractCase{
		// A passive accusation names the author of the act.
		{"accused of massacring", "Sudan's Rapid Support Forces were accused of massacring hundreds of civilians in El Geneina.", []string{"SDN>SDN:20"}},
		{"long accused of genocide", "Myanmar's military has long been accused of genocide against the Rohingya.", []string{"MMR>MMR:20"}},
		{"appositive accused", "Investigators gathered testimony about Russian troops, accused of torturing civilians in Bucha.", []string{"RUS>UKR:18"}},
		{"suspected of abducting", "Two Iranian agents were suspected of abducting a French engineer in Niger.", []string{"IRN>FRA:18"}},
		{"accused by a country is an accusation", "Ukraine accused Russia of torturing civilians in Bucha.", []string{"UKR>RUS:11"}},
		{"accused by a rights group is no act", "Human Rights Watch accused Ethiopian forces of ethnic cleansing in western Tigray.", nil},
		{"not accused", "Sudan's army was not accused of any massacre in Darfur.", nil},
		{"accused of fighting is no act", "Armenian troops were accused of shelling Azerbaijani positions.", nil},
		// An attack blamed on its author.
		{"chemical attack blamed on", "A chemical attack on Douma in 2018 was blamed on Syrian government forces.", []string{"SYR>SYR:20"}},
		{"bombing blamed on group", "The 1983 bombing of the U.S. embassy in Beirut was blamed on Hezbollah.", []string{"LBN>USA:18"}},
		{"raid attributed to", "The raid on the Lebanese border village, attributed to Israel, killed three people.", []string{"ISR>LBN:19"}},
		{"blamed on no one", "Officials said the explosion was blamed on a gas leak.", nil},
		// Killings by the hundred or thousand.
		{"thousands killed", "Serb forces killed about 8,000 Bosniak men and boys in Srebrenica in July 1995.", []string{"SRB>BIH:20"}},
		{"hutu militias", "Hutu militias killed some 800,000 Tutsis in Rwanda in 1994.", []string{"RWA>RWA:20"}},
		{"combatants are fighting", "Israeli troops killed more than 300 Hamas fighters in Gaza last week.", []string{"ISR>PSE:19"}},
		{"dozens is no massacre", "Nigerian troops killed 40 villagers in Zamfara state.", []string{"NGA>NGA:19"}},
		// An armed group's attack on civilians is an assault; on troops, fighting.
		{"gunmen on worshippers", "Gunmen opened fire on worshippers at a mosque in Peshawar, killing 60.", []string{"PAK>PAK:18"}},
		{"militants stormed hotel", "Al-Shabaab militants stormed a hotel in Mogadishu, killing 12 people.", []string{"SOM>SOM:18"}},
		{"militants on soldiers", "Militants attacked Pakistani soldiers in North Waziristan on Sunday.", []string{"PAK>PAK:19"}},
		// Exercises by another country are a show of force against it.
		{"drills around", "China held large-scale military drills around Taiwan on Monday, Taipei said.", []string{"CHN>TWN:15"}},
		{"joint exercises are cooperation", "Russia and Belarus began joint military exercises near the Polish border.", []string{"BLR>RUS:06", "RUS>BLR:06"}},
		{"drills off the coast of", "Iran staged naval drills off the coast of the United Arab Emirates.", []string{"IRN>ARE:15"}},
		{"drills at home", "Indian troops conducted exercises in Rajasthan.", nil},
		{"no drills", "Japan did not hold drills near Russia's Kuril Islands this year.", nil},
		{"carrier strike group", "The United States sent a carrier strike group to the Mediterranean.", nil},
		{"settlers on villagers", "Israeli settlers attacked Palestinian villagers in the West Bank.", []string{"ISR>PSE:18"}},
		{"troops on civilians stay force", "Indian troops fired on Pakistani civilians across the Line of Control.", []string{"IND>PAK:19"}},
		// Seizing people is an abduction; seizing a ship is not.
		{"captured soldiers", "Hezbollah captured two Israeli soldiers in a cross-border raid.", []string{"LBN>ISR:18"}},
		{"seized tanker", "Iranian forces seized a British-flagged tanker in the Strait of Hormuz.", []string{"IRN>GBR:17"}},
		// Weapons of mass destruction.
		{"dropped mustard gas", "Iraqi warplanes dropped mustard gas and nerve agents on the Kurdish town of Halabja, killing an estimated 5,000 people.", []string{"IRQ>IRQ:20"}},
		{"used sarin", "Syrian government warplanes used sarin against the town of Khan Sheikhoun, killing more than 80 people.", []string{"SYR>SYR:20"}},
		{"chlorine barrels", "Syrian helicopters dropped chlorine bombs on Douma, rescuers said.", []string{"SYR>SYR:20"}},
		{"denied chemical use", "Damascus denied that its forces used chemical weapons against civilians in Ghouta.", nil},
		// Suicide bombings and assassination plots.
		{"suicide bomber", "A suicide bomber struck a Pakistani military convoy in North Waziristan on Saturday, killing nine soldiers.", []string{"PAK>PAK:18"}},
		{"plotted to assassinate", "Iranian agents plotted to assassinate a Saudi diplomat in Washington, the Justice Department said.", []string{"IRN>SAU:18"}},
		// Abductions of foreigners told in the passive are the act of
		// attackers of the country where they happened.
		{"kidnapped in a state", "Five Chinese engineers were kidnapped in Nigeria's Kaduna state on Friday.", []string{"NGA>CHN:18"}},
		{"abducted with an agent", "Two Chinese engineers were abducted by gunmen in northern Mali.", []string{"MLI>CHN:18"}},
		{"kidnapping as the cause", "China protested after three Chinese workers were kidnapped in Nigeria.", nil},
		{"assassinated in a capital is no guess", "A senior Hamas official was assassinated in Beirut on Tuesday.", nil},
		// Driving out a people by the ten thousand is a mass expulsion.
		{"drove across the border", "Myanmar's army drove more than 700,000 Rohingya across the border into Bangladesh.", []string{"MMR>MMR:20"}},
		{"expelled hundreds of thousands", "Iraq expelled hundreds of thousands of Kuwaitis in 1990.", []string{"IRQ>KWT:20"}},
		{"expelled diplomats", "Iraq expelled three Kuwaiti diplomats on Monday.", []string{"IRQ>KWT:16"}},
		{"deported hundreds", "Pakistan deported hundreds of Afghan refugees on Tuesday.", []string{"PAK>AFG:17"}},
		// An inquiry into whether someone did something is an investigation.
		{"investigating whether", "German prosecutors said they were investigating whether Russian intelligence was behind the parcel fires.", []string{"DEU>RUS:09"}},
		{"said behind", "German prosecutors said Russian intelligence was behind the parcel fires.", []string{"DEU>RUS:11"}},
		{"foiled a demonym plot", "Ukraine's SBU said it had foiled a Russian plot to assassinate President Volodymyr Zelenskiy.", []string{"RUS>UKR:18"}},
		{"possessive assassination", "Israel's assassination of Hamas leader Ismail Haniyeh in Tehran drew wide condemnation.", []string{"ISR>PSE:18"}},
		{"charged with plotting", "Three Iranians were charged with plotting to assassinate an Israeli diplomat in Cyprus.", []string{"IRN>ISR:18"}},
	})
}
