package extract

import "testing"

// TestRecallRelations2 covers the second round of relation mechanisms:
// statements to an addressee ("told"), judgements in reported speech,
// conditional threats, passives with "by" naming hosts and mediators,
// appositions that stand for an earlier act, and modals that keep
// hypotheticals out. The sentences are written for this test in the
// manner of Reuters, AP, AFP and government readouts.
func TestRecallRelations2(t *testing.T) {
	runCases(t, []extractCase{
		// "X told Y": a statement (010), in a call (041), a demand with "to" (100).
		{"told counterpart", "Chinese Foreign Minister Wang Yi told his Australian counterpart Penny Wong that Beijing wanted stable relations.", []string{"CHN>AUS:01"}},
		{"told in call", "Putin told Erdogan in a phone call that Russia was ready to resume grain exports.", []string{"RUS>TUR:04"}},
		{"told to", "Indian External Affairs Minister S. Jaishankar told Pakistan to stop supporting cross-border terrorism.", []string{"IND>PAK:10"}},
		{"told reporters", "Macron told reporters in Paris that France would not send troops to Ukraine.", nil},
		// Judgements in reported speech: criticism, praise.
		{"said violation", "Iran's foreign minister said Israel's strikes on Lebanon were a flagrant violation of international law.", []string{"IRN>ISR:11", "ISR>LBN:19"}},
		{"said illegal", "China said the U.S. sanctions were illegal and unacceptable.", []string{"CHN>USA:11"}},
		{"said provocation", "The Kremlin said Finland's decision to join NATO was a provocation.", []string{"RUS>FIN:11"}},
		{"said reckless", "Japan's foreign ministry said North Korea's missile launch was reckless and irresponsible.", []string{"JPN>PRK:11"}},
		{"said constructive", "Germany said Poland's proposal was constructive.", []string{"DEU>POL:05"}},
		{"tantamount", "Erdogan said Israel's bombardment of Gaza was tantamount to collective punishment.", []string{"TUR>ISR:11"}},
		{"quoted judgement", "\"Washington's decision is a grave mistake,\" the Chinese foreign ministry said in a statement.", []string{"CHN>USA:11"}},
		{"judgement negated", "Hungary's prime minister said Ukraine was not ready to join the European Union.", nil},
		{"no judgement", "The ministry said it was important to maintain dialogue with Russia.", nil},
		// Conditional threats and ultimatums.
		{"would if", "Trump said he would impose \"severe\" tariffs on Russia if Moscow did not agree to a peace deal.", []string{"USA>RUS:13"}},
		{"would if no speech", "Washington would impose sanctions on Ankara if Turkey bought more Russian missiles, a senior official warned.", []string{"USA>TUR:13"}},
		{"warned would", "Beijing warned that it would take countermeasures against Washington if the sanctions were not lifted.", []string{"CHN>USA:13"}},
		{"threatened unless", "The United States threatened Venezuela with new sanctions unless Maduro released the prisoners.", []string{"USA>VEN:13"}},
		{"question", "Would Germany send troops to Lithuania if Russia attacked?", nil},
		{"hypothetical war", "Analysts said a war between India and Pakistan would be devastating if it escalated.", nil},
		// Passives with "by": hosts and mediators act on the parties.
		{"hosted by", "Talks between Armenia and Azerbaijan, hosted by Kazakhstan, ended without agreement.", []string{"ARM>AZE:04", "AZE>ARM:04", "KAZ>ARM:04", "KAZ>AZE:04"}},
		{"brokered by", "The ceasefire between Israel and Hamas was brokered by Qatar and Egypt.", []string{"EGY>ISR:04", "EGY>PSE:04", "ISR>PSE:08", "PSE>ISR:08", "QAT>ISR:04", "QAT>PSE:04"}},
		// An apposition stands for the act told before it.
		{"a move that", "Spain recognised a Palestinian state, a move that drew a furious response from Israel.", []string{"ESP>PSE:05", "ISR>ESP:11"}},
		// Subordinate clauses that report a second event.
		{"after strikes", "Israel struck Hezbollah positions in southern Lebanon after Hezbollah rockets hit northern Israel.", []string{"ISR>LBN:19", "LBN>ISR:19"}},
		{"after visit", "China held military drills around Taiwan after Taiwan's president visited the United States.", []string{"CHN>TWN:15", "TWN>USA:04"}},
	})
}
