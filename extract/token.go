package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tokWord = iota
	tokNumber
	tokPunct  // , ; : . ! ? and others
	tokQuote  // opening or closing quotation mark
	tokHyphen // "-" inside or between words
	tokDash   // "–", "—", or a spaced "-"
	tokOpen   // ( [
	tokClose  // ) ]
	tokCurrency
	tokPoss // 's, ’s
)

// token is one word, number or punctuation mark of a sentence.
type token struct {
	text  string // as in the text
	low   string // lower case ("u.s.")
	key   string // NormalizeName form ("us"), "" for punctuation
	kind  int
	upper bool // starts with an upper-case letter
	caps  bool // all letters upper case, two or more ("USSM", "U.S.")
	flags wflag
}

// wflag is a set of word classes, computed once per token so that the
// extractor tests a bit rather than looking a word up in many maps.
type wflag uint32

const (
	fBoundaryWords wflag = 1 << iota
	fSpeechVerbs
	fAdverbs
	fPhraseModifier
	fPrepositions
	fObjectPreps
	fNpPreps
	fNegWords
	fHypoWords
	fIntentWords
	fSportsWords
	fQuantityWords
	fLightVerbs
	fDescribeVerbs
	fPositiveWords
	fNegativeWords
	fRegionAdjectives
	fBeAux
	fPersonPronoun
	fNameStop
	fConflictTrigger
	fAidTrigger   // the verbs that start aidArrivals and goodsSent
	fDirectionCue // the cue words of the passes of relations_direction.go
)

// is reports whether the token belongs to the word class f.
func (t *token) is(f wflag) bool { return t.flags&f != 0 }

// wordFlags maps a lower-case word to its classes.
var wordFlags = func() map[string]wflag {
	m := make(map[string]wflag, 1024)
	for _, c := range []struct {
		words map[string]bool
		f     wflag
	}{
		{boundaryWords, fBoundaryWords}, {speechVerbs, fSpeechVerbs}, {adverbs, fAdverbs},
		{phraseModifier, fPhraseModifier}, {prepositions, fPrepositions}, {objectPreps, fObjectPreps},
		{npPreps, fNpPreps}, {negWords, fNegWords}, {hypoWords, fHypoWords}, {intentWords, fIntentWords},
		{sportsWords, fSportsWords}, {quantityWords, fQuantityWords}, {lightVerbs, fLightVerbs},
		{describeVerbs, fDescribeVerbs}, {positiveWords, fPositiveWords}, {negativeWords, fNegativeWords},
		{regionAdjectives, fRegionAdjectives}, {beAux, fBeAux}, {personPronoun, fPersonPronoun},
		{nameStop, fNameStop}, {conflictTriggers, fConflictTrigger},
		{arrivalVerbs, fAidTrigger}, {receiveForms, fAidTrigger}, {sendVerbs, fAidTrigger},
		{directionCueWords, fDirectionCue},
	} {
		for w, ok := range c.words {
			if ok {
				m[w] |= c.f
			}
		}
	}
	return m
}()

// tokenize splits a sentence into tokens. Words keep internal dots of
// abbreviations ("U.S."); a possessive "'s" and a negation "n't" are tokens
// of their own; hyphens between words are tokens.
func tokenize(s string, buf []token) []token {
	toks := buf[:0]
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0':
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanWord(s, i)
			word := s[i:j]
			// Split off possessive 's and contracted n't / 're / 've / 'll / 'd.
			if base, suf, ok := splitClitic(word); ok {
				toks = appendWord(toks, base)
				if isPossessive(suf) {
					toks = append(toks, token{text: suf, low: "'s", kind: tokPoss})
				} else {
					toks = appendWord(toks, suf)
				}
			} else {
				toks = appendWord(toks, word)
			}
			i = j
		case r == '\'' || r == '’' || r == '‘' || r == '"' || r == '“' || r == '”' || r == '«' || r == '»' || r == '`':
			// A bare apostrophe before s after a word ending in s: "allies'" → possessive.
			toks = append(toks, token{text: s[i : i+size], low: s[i : i+size], kind: tokQuote})
			i += size
		case r == '-':
			kind := tokHyphen
			if (i > 0 && s[i-1] == ' ') || (i+1 < len(s) && s[i+1] == ' ') || (i+1 < len(s) && s[i+1] == '-') {
				kind = tokDash
			}
			j := i + 1
			for j < len(s) && s[j] == '-' {
				j++
			}
			toks = append(toks, token{text: s[i:j], low: "-", kind: kind})
			i = j
		case r == '–' || r == '—' || r == '―':
			toks = append(toks, token{text: s[i : i+size], low: "-", kind: tokDash})
			i += size
		case r == '(' || r == '[' || r == '{':
			toks = append(toks, token{text: s[i : i+size], low: s[i : i+size], kind: tokOpen})
			i += size
		case r == ')' || r == ']' || r == '}':
			toks = append(toks, token{text: s[i : i+size], low: s[i : i+size], kind: tokClose})
			i += size
		case r == '$' || r == '€' || r == '£' || r == '¥' || r == '₹':
			toks = append(toks, token{text: s[i : i+size], low: s[i : i+size], kind: tokCurrency})
			i += size
		default:
			if unicode.IsMark(r) {
				i += size
				continue
			}
			toks = append(toks, token{text: s[i : i+size], low: s[i : i+size], kind: tokPunct})
			i += size
		}
	}
	return toks
}

// scanWord returns the end of the word starting at i: letters, digits,
// marks, internal apostrophes and internal dots ("U.S.", "1.5", "1,500").
func scanWord(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			j += size
		case r == '\'' || r == '’':
			// Internal apostrophe: keep scanning when a letter follows.
			n, _ := utf8.DecodeRuneInString(s[j+size:])
			if j+size < len(s) && unicode.IsLetter(n) {
				j += size
				continue
			}
			return j
		case r == '.' || r == ',':
			// "U.S." and "1.5", "1,500": a dot or comma between word characters.
			if j+1 < len(s) {
				n, _ := utf8.DecodeRuneInString(s[j+1:])
				p, _ := utf8.DecodeLastRuneInString(s[:j])
				if r == ',' && !(unicode.IsDigit(p) && unicode.IsDigit(n)) {
					return j
				}
				if r == '.' && unicode.IsDigit(p) && unicode.IsDigit(n) {
					j++
					continue
				}
				if r == '.' && unicode.IsUpper(p) && unicode.IsUpper(n) && j-i <= 2 {
					j++
					continue
				}
				if r == ',' {
					j++
					continue
				}
			}
			// A trailing dot after a dotted acronym: "U.S."
			if r == '.' && strings.Contains(s[i:j], ".") {
				return j + 1
			}
			return j
		default:
			return j
		}
	}
	return j
}

// splitClitic splits "Pakistan's" into "Pakistan" and "'s", "don't" into
// "do" and "n't".
func splitClitic(w string) (base, suf string, ok bool) {
	if strings.IndexByte(w, '\'') < 0 && !strings.Contains(w, "’") {
		return "", "", false
	}
	lw := strings.ToLower(w)
	for _, c := range [...]string{"n't", "n’t"} {
		if strings.HasSuffix(lw, c) && len(w) > len(c) {
			b := w[:len(w)-len(c)]
			if strings.EqualFold(b, "ca") {
				b = w[:len(w)-len(c)] + "n"
			}
			if strings.EqualFold(b, "wo") {
				b = "will"
			}
			return b, "not", true
		}
	}
	for _, c := range [...]string{"'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"} {
		if strings.HasSuffix(lw, c) && len(w) > len(c) {
			return w[:len(w)-len(c)], w[len(w)-len(c):], true
		}
	}
	return "", "", false
}

func isPossessive(s string) bool { return s == "'s" || s == "’s" }

// appendWord appends a word token with its lower-case and key forms.
func appendWord(toks []token, w string) []token {
	t := token{text: w, kind: tokWord}
	ascii := true
	upper, lower := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper++
		} else if 'a' <= c && c <= 'z' {
			lower++
		}
	}
	if ascii {
		if upper == 0 {
			t.low = w
		} else {
			t.low = strings.ToLower(w)
		}
		if strings.IndexByte(w, '.') >= 0 || strings.IndexByte(w, ',') >= 0 || strings.IndexByte(w, '\'') >= 0 {
			t.key = NormalizeName(w)
		} else {
			t.key = t.low
		}
		t.upper = len(w) > 0 && 'A' <= w[0] && w[0] <= 'Z'
		t.caps = upper >= 2 && lower == 0
	} else {
		t.low = strings.ToLower(w)
		t.key = NormalizeName(w)
		r, _ := utf8.DecodeRuneInString(w)
		t.upper = unicode.IsUpper(r)
		t.caps = t.upper && strings.ToUpper(w) == w && utf8.RuneCountInString(w) >= 2
		if strings.ContainsRune(w, '’') {
			t.low = strings.ReplaceAll(t.low, "’", "'")
		}
	}
	if c := w[0]; '0' <= c && c <= '9' {
		t.kind = tokNumber
	}
	t.flags = wordFlags[t.low]
	if t.low == "not" && w == "not" {
		t.low = "not"
	}
	return append(toks, t)
}
