package extract

import "testing"

// TestRecallDirection covers who acts on whom when the grammatical subject
// is not the actor: passives in their many forms, what a subject
// undergoes from an actor, verbs of receiving, visitors and hosts, verbs
// whose object feels what the subject did, nominal forms with both
// sides, several events in one sentence, and mutual acts that CAMEO
// coders code both ways. The sentences are written for this test in the
// manner of Reuters, AP, AFP, Xinhua and foreign-ministry readouts.
func TestRecallDirection(t *testing.T) {
	runCases(t, []extractCase{
		// Passives with "by": the agent acts.
		{"hit by", "Ukraine's energy grid was hit by Russian missiles overnight, officials in Kyiv said.", []string{"RUS>UKR:19"}},
		{"expelled by", "Two Russian diplomats were expelled by Poland on Friday.", []string{"POL>RUS:16"}},
		{"has been accused by", "Iran has been accused by Britain of plotting attacks on dissidents in London.", []string{"GBR>IRN:11"}},
		{"criticised by", "Hungary was criticised by Germany for blocking the aid package.", []string{"DEU>HUN:11"}},
		{"recognised by", "The Taliban government was recognised by Russia in July.", []string{"RUS>AFG:05"}},
		{"attacked by dateline", "YEREVAN (Reuters) - Armenia was attacked by Azerbaijan in September 2022, the Armenian government said.", []string{"AZE>ARM:19"}},
		{"seized by navy", "A Chinese fishing boat was seized by the Indonesian navy near the Natuna Islands.", []string{"IDN>CHN:17"}},
		{"fired upon by", "South Korean troops were fired upon by North Korean soldiers who crossed the border.", []string{"PRK>KOR:19"}},
		{"detained by", "An Iranian oil tanker was detained by the United States off the coast of Greece.", []string{"USA>IRN:17"}},
		{"arrested by police", "Two Chinese nationals were arrested by Japanese police on suspicion of espionage.", []string{"JPN>CHN:17"}},
		{"met by at airport", "Ukrainian President Volodymyr Zelensky was met by Polish President Andrzej Duda at the airport in Rzeszow.", []string{"POL>UKR:04"}},
		{"received by", "Iraqi Prime Minister Mohammed Shia al-Sudani was received by Saudi Crown Prince Mohammed bin Salman in Jeddah on Tuesday.", []string{"IRQ>SAU:04", "SAU>IRQ:04"}},
		{"sanctioned by", "Several Chinese firms were sanctioned by the United States for supplying drone parts to Russia.", []string{"USA>CHN:16"}},
		{"condemned by", "The missile test was condemned by Japan, which called it a grave threat.", nil},
		{"passive negated", "Two Russian diplomats were not expelled by Poland, the ministry said.", nil},

		// What a subject undergoes, from an actor.
		{"came under pressure", "Iran came under renewed pressure from France, Britain and Germany over its nuclear programme.", []string{"DEU>IRN:17", "FRA>IRN:17", "GBR>IRN:17"}},
		{"came under fire over", "The Philippines came under fire from China over its resupply missions to the Second Thomas Shoal.", []string{"CHN>PHL:11"}},
		{"came under fire from forces", "Pakistani troops came under fire from Afghan forces near the Torkham crossing on Sunday.", []string{"AFG>PAK:19"}},
		{"came under demonym fire", "Hamas fighters came under Israeli fire near Khan Younis, witnesses said.", []string{"ISR>PSE:19"}},
		{"came under attack from", "The Indian consulate in Jalalabad came under attack from Pakistani militants in 2016.", []string{"PAK>IND:19"}},
		{"faces sanctions from", "Venezuela faces new sanctions from the United States after the disputed election.", []string{"USA>VEN:16"}},
		{"faces pressure", "Taiwan faces growing pressure from China, President Lai Ching-te said.", []string{"CHN>TWN:17"}},
		{"has faced pressure", "Canada has faced pressure from India over the killing of a Sikh separatist leader.", []string{"IND>CAN:17"}},
		{"faced accusations from", "Sudan's army faced accusations from Washington of using chemical weapons.", []string{"USA>SDN:11"}},
		{"drew condemnation", "Israel drew condemnation from Turkey after the raid on the aid flotilla.", []string{"TUR>ISR:11"}},
		{"drew rebuke from two", "North Korea's missile launch drew a sharp rebuke from Japan and South Korea.", []string{"JPN>PRK:11", "KOR>PRK:11"}},
		{"drew response", "India's ban on rice exports drew a sharp response from Bangladesh.", []string{"BGD>IND:11"}},
		{"drew warning", "Germany's decision to send tanks to Ukraine drew a warning from Moscow.", []string{"DEU>UKR:03", "RUS>DEU:13"}},
		{"drew the ire of", "Seoul's decision to deploy THAAD drew the ire of Beijing in 2016.", []string{"CHN>KOR:11"}},
		{"prompted protests from", "Pyongyang's latest nuclear test prompted protests from Tokyo.", []string{"JPN>PRK:11"}},
		{"sparked outrage in", "The decision by Australia sparked outrage in Beijing.", []string{"CHN>AUS:11"}},
		{"received warnings", "Lebanon has received repeated warnings from Israel about Hezbollah's positions near the border.", []string{"ISR>LBN:13"}},
		{"was met with criticism", "The Greek proposal was met with criticism from Turkey.", nil},
		{"earned praise", "Vietnam earned praise from Japan for its handling of the typhoon.", []string{"JPN>VNM:05"}},
		{"faces no sanctions", "China faces no sanctions from India, officials said.", nil},
		{"could face retaliation", "Britain could face retaliation from Russia, analysts warned.", nil},
		{"did not come under attack", "Israel did not come under attack from Iran on Sunday, the army said.", nil},
		{"faces question", "Will Venezuela face new sanctions from the United States?", nil},
		{"face noun", "The face of diplomacy between Paris and Algiers has changed, writes our correspondent.", nil},

		// Receiving: the giver acts.
		{"received billions", "Pakistan received $2 billion from Saudi Arabia to shore up its reserves.", []string{"SAU>PAK:07"}},
		{"secured loan", "Sri Lanka secured a $1.5 billion loan from China last year.", []string{"CHN>LKA:07"}},
		{"received call", "Egypt received a call from Saudi Crown Prince Mohammed bin Salman on Sunday.", []string{"SAU>EGY:04"}},
		{"kyiv received call", "Kyiv received a phone call from Paris on Friday.", []string{"FRA>UKR:04"}},
		{"not received", "Nepal has not received any aid from China, the finance ministry said.", nil},

		// The visitor and the host.
		{"arrived in", "MOSCOW, July 8 (Reuters) - Indian Prime Minister Narendra Modi arrived in Moscow on Monday for a two-day visit.", []string{"IND>RUS:04"}},
		{"landed in", "Chinese President Xi Jinping landed in Kazakhstan on Tuesday for a state visit.", []string{"CHN>KAZ:04"}},
		{"hosted visitor", "Japan hosted South Korean President Lee Jae-myung in Tokyo on Saturday.", []string{"JPN>KOR:04", "KOR>JPN:04"}},
		{"at the invitation", "Greek Prime Minister Kyriakos Mitsotakis visited Ankara at the invitation of Turkish President Recep Tayyip Erdogan.", []string{"GRC>TUR:04"}},
		{"hosted talks between", "Turkey hosted talks between Russian and Ukrainian delegations in Istanbul.", []string{"RUS>UKR:04", "TUR>RUS:04", "TUR>UKR:04", "UKR>RUS:04"}},
		{"hosted talks officials", "Saudi Arabia hosted talks between U.S. and Russian officials in Riyadh on Tuesday.", []string{"RUS>USA:04", "SAU>RUS:04", "SAU>USA:04", "USA>RUS:04"}},
		{"talks hosted by", "Cambodia and Thailand agreed to a ceasefire at talks in Malaysia hosted by Prime Minister Anwar Ibrahim.", []string{"KHM>THA:08", "MYS>KHM:04", "MYS>THA:04", "THA>KHM:08"}},
		{"summit hosted by", "Serbia and Kosovo leaders met at a summit hosted by France in 2023.", []string{"FRA>SRB:04", "FRA>XKX:04", "SRB>XKX:04", "XKX>SRB:04"}},
		{"will host", "Oman will host talks between Iran and the United States on Saturday.", []string{"IRN>USA:03", "OMN>IRN:03", "OMN>USA:03", "USA>IRN:03"}},

		// Verbs whose object disapproves of the subject.
		{"decision angered", "Washington's decision angered Beijing.", []string{"CHN>USA:11"}},
		{"decision to sell angered", "The U.S. decision to sell arms to Taiwan angered China.", []string{"CHN>USA:11", "USA>TWN:03"}},
		{"alarmed two", "Beijing's new coast guard law alarmed the Philippines and Vietnam.", []string{"PHL>CHN:11", "VNM>CHN:11"}},
		{"has angered", "Ethiopia's dam project has angered Egypt for more than a decade.", []string{"EGY>ETH:11"}},
		{"imposed by angered", "The sanctions imposed by Washington infuriated Moscow.", []string{"RUS>USA:11"}},
		{"purchase angered", "India's purchase of Russian oil has irked Washington.", []string{"IND>RUS:06", "USA>IND:11"}},
		{"a move that angered", "The Kenyan government expelled two Chinese journalists, a move that angered Beijing.", []string{"CHN>KEN:11", "KEN>CHN:17"}},
		{"visit infuriated", "The visit by Nancy Pelosi to Taiwan infuriated Beijing.", []string{"CHN>USA:11", "USA>TWN:04"}},
		{"angering", "Ethiopia signed a port access deal with Somaliland, angering Somalia.", []string{"ETH>SOM:05", "SOM>ETH:05", "SOM>ETH:11"}},
		{"was angered by", "Beijing was angered by the visit of the Japanese prime minister to the Yasukuni shrine.", nil},
		{"would anger", "Analysts said such a deal would anger Beijing.", nil},
		{"did not anger", "The statement did not anger Moscow, Peskov said.", nil},

		// Hosts and brokers of a deal.
		{"us-brokered between", "The U.S.-brokered deal between Armenia and Azerbaijan was signed at the White House.", []string{"ARM>AZE:05", "AZE>ARM:05", "USA>ARM:04", "USA>AZE:04"}},
		{"qatari-mediated truce", "The Qatari-mediated truce between Israel and Hamas held for a week.", []string{"ISR>PSE:08", "PSE>ISR:08", "QAT>ISR:04", "QAT>PSE:04"}},
		{"brokered by after sign", "Iran and Saudi Arabia signed a deal brokered by China to restore ties.", []string{"CHN>IRN:04", "CHN>SAU:04", "IRN>SAU:05", "SAU>IRN:05"}},
		{"brokered truce", "Egypt and Qatar brokered a truce between Israel and Hamas in November.", []string{"EGY>ISR:04", "EGY>PSE:04", "QAT>ISR:04", "QAT>PSE:04"}},
		{"mediated by two", "Ethiopia and Somalia agreed to end their dispute in talks mediated by Turkey.", []string{"TUR>ETH:04", "TUR>SOM:04"}},

		// Several events in one sentence.
		{"condemned and called on", "Turkey condemned Israel's raid and called on the United States to rein in its ally.", []string{"TUR>ISR:11", "TUR>USA:02"}},
		{"while criticised the deal", "India and Pakistan signed the agreement, while China criticised the deal.", []string{"CHN>IND:11", "CHN>PAK:11", "IND>PAK:05", "PAK>IND:05"}},
		{"while condemned the move", "Russia annexed Crimea in 2014, while Ukraine condemned the move.", []string{"RUS>UKR:19", "UKR>RUS:11"}},
		{"said had attacked its", "Russia said Ukraine had attacked its border region of Kursk.", []string{"UKR>RUS:19"}},
		{"said had struck its", "Pakistan said India had struck its territory overnight.", []string{"IND>PAK:19"}},
		{"said had killed its", "Iran said Israel had killed its nuclear scientist Mohsen Fakhrizadeh near Tehran.", []string{"ISR>IRN:19"}},
		{"said had rammed", "China said the Philippines had rammed a Chinese coast guard vessel.", []string{"PHL>CHN:19"}},
		{"condemned and urged", "Egypt condemned the Israeli strike on Rafah and urged Washington to intervene.", []string{"EGY>ISR:11", "EGY>USA:02", "ISR>PSE:19"}},
		{"strikes drew condemnation", "Israel's strikes on Iran drew condemnation from Saudi Arabia.", []string{"ISR>IRN:19", "SAU>ISR:11"}},
		{"recognised drew response", "Spain and Ireland recognised a Palestinian state, a move that drew a furious response from Israel.", []string{"ESP>PSE:05", "IRL>PSE:05", "ISR>ESP:11", "ISR>IRL:11"}},

		// Mutual acts told with a partner.
		{"signed deal with person", "Argentine President Javier Milei signed a deal with Israel's Prime Minister Benjamin Netanyahu in Jerusalem.", []string{"ARG>ISR:05", "ISR>ARG:05"}},
		{"signed pact with", "Russia signed a military cooperation pact with North Korea in June.", []string{"PRK>RUS:05", "RUS>PRK:05"}},
		{"signed with firm", "Saudi Aramco signed a supply deal with China's Sinopec on Monday.", []string{"CHN>SAU:05", "SAU>CHN:05"}},
		{"signed with us firm", "US Strategic Metals signed a memorandum of understanding with Pakistan's Frontier Works Organisation.", []string{"PAK>USA:05", "USA>PAK:05"}},
		{"clashed with", "Israeli forces clashed with Hezbollah fighters in southern Lebanon on Tuesday.", []string{"ISR>LBN:19", "LBN>ISR:19"}},
		{"clashed with demonym", "Indian troops clashed with Chinese soldiers in the Galwan Valley in June 2020.", []string{"CHN>IND:19", "IND>CHN:19"}},
		{"exchanged fire with", "Thai soldiers exchanged fire with Cambodian troops near the Preah Vihear temple.", []string{"KHM>THA:19", "THA>KHM:19"}},
		{"agreed ceasefire with", "Azerbaijan agreed to a ceasefire with Armenia late on Tuesday.", []string{"ARM>AZE:08", "AZE>ARM:08"}},
		{"exchanged prisoners with", "Russia exchanged 150 prisoners of war with Ukraine on Saturday.", []string{"RUS>UKR:08", "UKR>RUS:08"}},
		{"coordinated clash", "Indian and Chinese troops clashed along the disputed border in Ladakh.", []string{"CHN>IND:19", "IND>CHN:19"}},
		{"met in the host's capital", "Japanese Prime Minister Shigeru Ishiba met Indonesian President Prabowo Subianto in Jakarta.", []string{"IDN>JPN:04", "JPN>IDN:04"}},
		{"will sign", "India will sign a free trade agreement with Britain next month.", []string{"IND>GBR:03"}},
		{"did not sign", "Brazil did not sign the agreement with Paraguay, officials said.", nil},
		{"refused to sign", "Hungary refused to sign a deal with Ukraine on minority rights.", []string{"HUN>UKR:12"}},

		{"met in a third country", "Japanese Prime Minister Shigeru Ishiba met Indonesian President Prabowo Subianto on the sidelines of the G20 summit in Rio de Janeiro.", []string{"JPN>IDN:04"}},
		{"counterpart coordinated", "Russian Foreign Minister Sergei Lavrov and his Chinese counterpart Wang Yi met in Beijing on Tuesday.", []string{"CHN>RUS:04", "RUS>CHN:04"}},
		{"counterpart coordinated right", "Talks between Jordanian Foreign Minister Ayman Safadi and his Egyptian counterpart Badr Abdelatty were held in Amman.", []string{"EGY>JOR:04", "JOR>EGY:04"}},
		{"held talks in host capital", "Modi held talks with Putin in the Kremlin on Tuesday.", []string{"IND>RUS:04", "RUS>IND:04"}},
		{"phone call one way", "French President Emmanuel Macron spoke by phone with Ukrainian President Volodymyr Zelensky on Friday.", []string{"FRA>UKR:04"}},

		// Responses to an act told before: the responder acts on the author.
		{"responded with missiles", "Israel struck Iran on Friday, and Tehran responded with a barrage of ballistic missiles.", []string{"IRN>ISR:19", "ISR>IRN:19"}},
		{"retaliated tit for tat", "After Finland expelled nine Russian diplomats, Moscow retaliated.", []string{"FIN>RUS:16", "RUS>FIN:16"}},
		{"retaliated with tariffs", "Washington raised tariffs on Chinese steel, and Beijing retaliated with tariffs on American soybeans.", []string{"CHN>USA:16", "USA>CHN:16"}},
		{"hit back", "Pakistan said India had struck its territory, and Islamabad hit back within hours.", []string{"IND>PAK:19", "PAK>IND:19"}},
		{"vowed to respond", "Israel struck Iran on Friday, and Tehran vowed to respond.", []string{"IRN>ISR:13", "ISR>IRN:19"}},
		{"did not retaliate", "Russia expelled two Moldovan diplomats, but Chisinau did not retaliate.", []string{"RUS>MDA:16"}},
		{"responded to cooperation", "Japan offered aid to Vietnam, and Hanoi responded with thanks.", []string{"JPN>VNM:03"}},

		// Two sides trade words.
		{"traded accusations", "India and Pakistan traded accusations over the attack in Pahalgam.", []string{"IND>PAK:11", "PAK>IND:11"}},
		{"traded barbs with", "Colombia traded barbs with Venezuela over the border closure.", []string{"COL>VEN:11", "VEN>COL:11"}},
		{"exchanged threats", "North Korea and the United States exchanged threats throughout 2017.", []string{"PRK>USA:13", "USA>PRK:13"}},
		{"not trade", "Seoul and Tokyo did not trade accusations this time.", nil},

		// A part of a state reports a hostile act with no target: against itself.
		{"air force said launched", "Ukraine's air force said Russia launched 100 drones and five missiles overnight.", []string{"RUS>UKR:19"}},
		{"defence ministry said opened fire", "The Armenian defence ministry said Azerbaijani troops had opened fire on Tuesday.", []string{"AZE>ARM:19"}},
		{"military said fired rockets", "The Israeli military said Hezbollah fired about 40 rockets on Sunday.", []string{"LBN>ISR:19"}},
		{"state reports third", "The United States said Russia launched 100 drones overnight.", nil},
		{"could launch", "Ukraine's air force said Russia could launch more drones this week.", nil},
		{"fired into the sea", "South Korea's military said North Korea fired a ballistic missile into the sea.", nil},

		// A defence tells the attack it stops: the attacker acts on the defender.
		{"repelled attack by", "Ukrainian forces repelled an attack by Russian troops near Kupiansk.", []string{"RUS>UKR:19", "UKR>RUS:19"}},
		{"intercepted launched by", "Israel said it had intercepted drones launched by Hezbollah from Lebanon.", []string{"LBN>ISR:19"}},
		{"intercepted fired by", "Israel's air defences intercepted most of the missiles fired by Iran.", []string{"IRN>ISR:19"}},
		{"shot down fired by", "Saudi air defences shot down a missile fired by Houthi rebels at Riyadh.", []string{"YEM>SAU:19"}},
		{"downed of launched by", "Ukraine said it had downed 40 of the 60 drones launched by Russia overnight.", []string{"RUS>UKR:19"}},
		{"foiled infiltration", "Indian troops foiled an infiltration bid by Pakistani militants along the Line of Control.", []string{"PAK>IND:19"}},
		{"shot down demonym drones", "Jordan shot down Iranian drones over its territory.", []string{"IRN>JOR:19", "JOR>IRN:19"}},
		{"did not intercept", "Israel did not intercept the missiles fired by Iran, officials admitted.", nil},
		{"intercepted nothing attacking", "Greek coast guards intercepted a boat carrying Syrian migrants.", nil},

		// A host's welcome of a guest tells the guest's visit.
		{"hosted guest visits", "Egypt hosted Jordan's King Abdullah in Cairo on Sunday.", []string{"EGY>JOR:04", "JOR>EGY:04"}},
		{"welcomed to capital", "French President Emmanuel Macron welcomed Chinese President Xi Jinping to Paris on Monday.", []string{"CHN>FRA:04", "FRA>CHN:04"}},
		{"welcomed decision", "Turkey welcomed Sweden's decision to tighten its anti-terrorism laws.", []string{"TUR>SWE:05"}},
		{"hosted a summit", "Kenya hosted a regional climate summit in Nairobi.", nil},

		// What is said in a conversation told before goes to the partner.
		{"caller who expressed condolences", "Sisi received a phone call from Erdogan, who expressed condolences over the victims of the floods.", []string{"TUR>EGY:01", "TUR>EGY:04"}},
		{"met and praised", "Kenyan President William Ruto met Chinese President Xi Jinping in Beijing and praised the Belt and Road Initiative.", []string{"CHN>KEN:04", "KEN>CHN:04", "KEN>CHN:05"}},
		{"spoke and expressed concern", "Albanese spoke with Chinese Premier Li Qiang by phone and expressed concern about the detention of Yang Hengjun.", []string{"AUS>CHN:01", "AUS>CHN:04"}},
		{"met and said nothing coded", "Modi met Biden at the White House and said the talks had been productive.", []string{"IND>USA:04", "USA>IND:04"}},
		{"called and did not thank", "Macron called Tebboune but did not thank him for the release.", []string{"FRA>DZA:04"}},
		{"counterparts from", "Indian External Affairs Minister S. Jaishankar met his counterparts from Japan and Australia on Saturday.", []string{"IND>AUS:04", "IND>JPN:04"}},
		{"counterpart of", "Wang Yi held talks with his counterpart of Brazil, Mauro Vieira.", []string{"CHN>BRA:04"}},

		// An agreement between two parties, told in the passive or as taking effect.
		{"deal between was signed", "A deal between Armenia and Azerbaijan was signed at the White House in August.", []string{"ARM>AZE:05", "AZE>ARM:05"}},
		{"agreement between was reached", "An agreement between Egypt and Sudan on the Nile waters was reached after years of talks.", []string{"EGY>SDN:05", "SDN>EGY:05"}},
		{"ceasefire came into force", "The ceasefire between India and Pakistan came into force on Saturday evening.", []string{"IND>PAK:08", "PAK>IND:08"}},
		{"deal will be signed", "A trade deal between Britain and India will be signed next month.", []string{"GBR>IND:03", "IND>GBR:03"}},
		{"deal could be signed", "A deal between Israel and Hamas could be signed this week, officials said.", nil},
		{"no agreement reached", "No agreement between Serbia and Kosovo was reached in Brussels.", nil},
		{"agreement between is background", "The 1960 agreement between India and Pakistan governs the Indus waters.", nil},

		// A victim that is "its": the sentence's first actor suffered the act.
		{"assassinated its scientist", "Iran said Israel had assassinated its top nuclear scientist.", []string{"ISR>IRN:18"}},
		{"struck refinery in its region", "Moscow said Ukrainian drones had struck an oil refinery in its Krasnodar region.", []string{"UKR>RUS:19"}},
		{"killed three of its soldiers", "Pakistan recalled its envoy from Kabul after Afghan forces killed three of its soldiers.", []string{"AFG>PAK:19", "PAK>AFG:16"}},
		{"attacked its neighbour", "The United States said Russia had attacked its neighbour without provocation.", nil},
		{"accused of attacking its", "The Philippines accused China of attacking its vessels near Scarborough Shoal.", []string{"PHL>CHN:11"}},

		// A switch of recognition cuts ties with one and recognises the other.
		{"switched recognition", "Nauru switched diplomatic recognition from Taiwan to China in January.", []string{"NRU>CHN:05", "NRU>TWN:16"}},
		{"after switching", "Honduras opened its embassy in Beijing after switching diplomatic recognition from Taipei to China in March.", []string{"HND>CHN:05", "HND>TWN:16"}},
		{"switched allegiance", "The Solomon Islands switched its allegiance from Taipei to Beijing in 2019.", []string{"SLB>CHN:05", "SLB>TWN:16"}},
		{"switched ties to from", "Kiribati switched ties to Beijing from Taipei.", []string{"KIR>CHN:05", "KIR>TWN:16"}},
		{"will switch", "Nauru will switch diplomatic recognition from Taiwan to China.", []string{"NRU>CHN:03", "NRU>TWN:13"}},
		{"did not switch", "Paraguay did not switch recognition from Taiwan to China.", nil},
		{"switched imports", "Germany switched its gas imports from Russia to Norway.", nil},

		// Promises received: the one who promised acts.
		{"received assurances", "Egypt said it had received assurances from Ethiopia on the dam.", []string{"ETH>EGY:03"}},
		{"secured pledges", "Kyiv secured pledges from Germany and France for more air defence systems.", []string{"DEU>UKR:03", "FRA>UKR:03"}},
		{"obtained guarantees", "Israel obtained guarantees from Washington on the ceasefire.", []string{"USA>ISR:03"}},
		{"sought assurances not given", "Seoul has not received assurances from Washington on tariffs.", nil},

		// Expelled from a country: the country expels.
		{"ordered to leave", "Two Russian diplomats were ordered to leave Poland within five days.", []string{"POL>RUS:16"}},
		{"expelled from", "Three Chinese journalists were expelled from India last year.", []string{"IND>CHN:17"}},
		{"deported from", "Hundreds of Afghan refugees were deported from Pakistan this month.", []string{"PAK>AFG:17"}},
		{"will be expelled", "Russian diplomats could be expelled from Moldova, officials warned.", nil},

		// At another's request: the one who asked appeals to the one who acted.
		{"at the request of", "Russia sent troops to Kazakhstan at the request of Kazakhstan's government.", []string{"KAZ>RUS:02"}},
		{"at possessor's request", "Turkish troops entered Iraq at Baghdad's request.", []string{"IRQ>TUR:02"}},
		{"following a request from", "Jordan deployed forces to Syria following a request from Damascus.", []string{"JOR>SYR:15", "SYR>JOR:02"}},
		{"rejected a request", "Egypt rejected a request from Israel to open the crossing.", []string{"EGY>ISR:12"}},

		// Mediation named as a noun: the mediator acts, not the parties.
		{"possessor mediation between", "Egypt's mediation between Israel and Hamas continued on Sunday.", []string{"EGY>ISR:04", "EGY>PSE:04"}},
		{"demonym mediation between", "Qatari mediation between Russia and Ukraine has reunited dozens of children with their families.", []string{"QAT>RUS:04", "QAT>UKR:04"}},
		{"mediation between no mediator", "Mediation between Ethiopia and Egypt has stalled for years.", nil},

		// Acts named as nouns with their owner and target.
		{"protest to", "Japan's protest to China over the drone flights was delivered on Monday.", []string{"JPN>CHN:11"}},
		{"ban on demonym", "India's ban on Chinese apps took effect in June 2020.", []string{"IND>CHN:16"}},
		{"pressure on", "Beijing's pressure on Taipei has intensified since Lai Ching-te took office.", []string{"CHN>TWN:17"}},
		{"apology to", "Japan's apology to South Korea for wartime labour was welcomed in Seoul.", []string{"JPN>KOR:05"}},
		{"ultimatum to", "Washington's ultimatum to Hamas expired on Saturday.", []string{"USA>PSE:13"}},
		{"request to", "Kyiv's request to Berlin for Taurus missiles went unanswered.", []string{"UKR>DEU:02"}},
		{"no ban", "Officials said there was no Japanese ban on Chinese seafood at the time.", nil},
		{"would be apology", "A Japanese apology to South Korea would be welcome, Seoul said.", nil},

		// A denial of an accusation told before: the accused to the accuser.
		{"which denied", "Britain accused Iran of plotting attacks on dissidents, which Tehran denied.", []string{"GBR>IRN:11", "IRN>GBR:01"}},
		{"denied the accusations", "Washington accused Beijing of hacking government networks; China denied the accusations.", []string{"CHN>USA:01", "USA>CHN:11"}},
		{"rejected the charges", "Poland blamed Russia for the sabotage, but the Kremlin rejected the charges.", []string{"POL>RUS:11", "RUS>POL:01"}},
		{"a claim dismissed", "India accused Canada of harbouring separatists, a claim Ottawa dismissed.", []string{"CAN>IND:01", "IND>CAN:11"}},
		{"did not deny", "Britain accused Iran of plotting attacks, which Tehran did not deny.", []string{"GBR>IRN:11"}},
		{"denied without accuser", "Russia denied the accusations on Monday.", nil},

		// No event.
		{"no actor undergoes", "The town came under heavy shelling overnight, residents said.", nil},
		{"opinion angered", "Critics say the policy has angered many voters.", nil},
		{"conditional sparked", "If Tokyo releases the water, it could spark outrage in Beijing, analysts said.", nil},
		{"question drew", "Did the decision draw criticism from Washington?", nil},
		{"hosted sport", "Qatar hosted the World Cup in 2022.", nil},
		{"brokered domestic", "The government brokered a deal between farmers and retailers.", nil},
	})
}
