package extract

// Calling something a name is a judgement, not a telephone call: "Russia
// called the new U.S. sanctions illegal", "Pakistan called India's
// decision to suspend the treaty an act of war". A bare "called" (041 in
// the PETRARCH dictionary) or another describing verb whose object is
// followed, within its clause, by a word of censure is a denunciation
// (111); by a word of praise, praise (051). The describes pass already
// judges an actor named right after the verb ("called Israel a terrorist
// state"); this reading covers the objects it leaves: a longer noun
// phrase that an actor modifies or owns.

// censureWords are words of censure beyond the shared judgement lists
// that make "called X …" a denunciation.
var censureWords = map[string]bool{
	"betrayal": true, "sabotage": true, "piracy": true, "theft": true, "robbery": true,
	"farce": true, "sham": true, "insult": true, "disgrace": true, "hoax": true,
	"witch": true, "blackmail": true, "extortion": true, "aggressor": true, "occupation": true,
	"invasion": true, "massacre": true, "war": true, "atrocity": true, "atrocities": true,
	"attack": true, "hostility": true, "humiliation": true, "interference": true,
	"meddling": true, "hegemonic": true, "hegemony": true, "imperialist": true,
	"colonial": true, "racist": true, "apartheid": true, "terrorism": true,
	"unfriendly": true, "inadmissible": true, "unjust": true, "unfair": true,
	"lawless": true, "irrational": true, "unprecedented": true,
}

// judgedNouns may take an infinitive inside the judged object: "called
// India's decision to suspend the treaty an act of war".
var judgedNouns = map[string]bool{
	"decision": true, "plan": true, "plans": true, "move": true, "bid": true, "attempt": true,
	"attempts": true, "threat": true, "threats": true, "refusal": true, "order": true,
	"push": true, "efforts": true, "effort": true, "proposal": true,
}

// judgingCall recodes a bare describing verb ("called", "described",
// "branded") matched as a telephone call or a plain statement when a word
// of censure or praise follows its object in the same clause: 111 or
// 051. It reports false when the verb is no describing verb or no such
// word follows.
func (s *sentence) judgingCall(m vmatch, code string) (string, bool) {
	toks := s.toks
	if m.end-m.start != 1 || !toks[m.start].is(fDescribeVerbs) || !(code == "041" || code == "040" || len(code) >= 2 && code[:2] == "01") {
		return code, false
	}
	// "called for", "called on", "called to say": no judgement follows.
	if m.end >= len(toks) {
		return code, false
	}
	if w := toks[m.end].low; w == "for" || w == "on" || w == "to" || w == "off" || w == "up" {
		return code, false
	}
	seenObject := false
	for p := m.end; p < len(toks) && p < m.end+16; p++ {
		t := &toks[p]
		if s.midx[p] >= 0 {
			seenObject = true
			continue
		}
		if t.kind == tokPunct && t.text != "," || t.is(fBoundaryWords) {
			break
		}
		switch t.low {
		case "for", "on", "about", "after", "over", "because", "and", "but", "while", "with", "by", "that", "from", "in":
			if !seenObject || t.low != "by" && t.low != "in" {
				return code, false
			}
		case "to":
			// Only after a noun of intent inside the object.
			if p == 0 || !judgedNouns[toks[p-1].low] {
				return code, false
			}
		}
		if p == m.end {
			continue // the object's first word is no judgement of it
		}
		if t.is(fPositiveWords) && seenObject {
			return "051", true
		}
		if j := judgementWords[t.low]; t.is(fNegativeWords) || j == 'n' || j == 'd' || censureWords[t.low] {
			if seenObject || p > m.end+1 {
				return "111", true
			}
		}
	}
	return code, false
}
