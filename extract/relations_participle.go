package extract

import "strings"

// aspectVerbs take a gerund as their object: "continues supplying", "kept
// shelling"; the gerund's subject is theirs.
var aspectVerbs = wordSet("continues", "keeps", "starts", "begins", "stops", "resumes", "denies",
	"admits", "risks", "considers", "avoids", "halts", "suspends", "ends", "finishes", "recommends",
	"proposes", "discusses", "includes", "involves", "means", "requires", "was", "is", "has")

// nounParticiple reports whether the -ing form at i follows a plural
// common noun that it describes, as in a reduced relative clause
// ("Western countries supplying long-range missiles to Ukraine", "ships
// carrying grain to Egypt"): the act is the noun's, whose country the text
// does not say, so the verb has no subject of its own.
func nounParticiple(s *sentence, i int) bool {
	if i == 0 {
		return false
	}
	p := &s.toks[i-1]
	if p.kind != tokWord || p.upper || s.midx[i-1] >= 0 || len(p.low) < 4 || !strings.HasSuffix(p.low, "s") || strings.HasSuffix(p.low, "ss") || strings.HasSuffix(p.low, "ly") {
		return false
	}
	if o := s.owner[i-1]; o >= 0 {
		return false // a verb phrase ends there
	}
	return !aspectVerbs[p.low] && !p.is(fSpeechVerbs) && !p.is(fPrepositions) && !p.is(fAdverbs) && !p.is(fBoundaryWords)
}
