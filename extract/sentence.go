package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SplitSentences splits article text into sentences, trimmed, in order.
//
// A blank line (a paragraph break) and a line without closing punctuation
// (a headline, a caption, page furniture) end a sentence. Inside a line a
// sentence ends at ".", "!" or "?" (with any closing quotes or brackets)
// followed by space and a capital letter, digit or opening quote, except
// after abbreviations ("Mr.", "Gen.", "Oct. 25"), initials ("J. Smith") and
// dotted acronyms ("U.S.") unless a common sentence opener follows them.
// Ellipses never end a sentence.
func SplitSentences(text string) []string {
	var out []string
	lines := strings.Split(text, "\n")
	var cur strings.Builder
	flush := func() {
		s := strings.TrimSpace(cur.String())
		cur.Reset()
		if s != "" {
			out = splitLine(s, out)
		}
	}
	for i, line := range lines {
		line = strings.TrimRight(line, " \t\r")
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			flush()
			continue
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(trimmed)
		if i+1 < len(lines) && lineEnds(trimmed, strings.TrimSpace(lines[i+1])) {
			flush()
		}
	}
	flush()
	return out
}

// lineEnds reports whether a single line break between line and next ends
// a sentence: it does unless the text plainly runs on (the line ends with a
// comma, hyphen or function word, or the next line starts in lower case).
func lineEnds(line, next string) bool {
	if next == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if last == ',' || last == '-' || last == '–' || last == '(' {
		return false
	}
	sp := strings.LastIndexByte(line, ' ')
	if runOn[strings.ToLower(line[sp+1:])] {
		return false
	}
	return true
}

var runOn = map[string]bool{"the": true, "of": true, "and": true, "to": true, "a": true, "an": true, "in": true, "on": true, "with": true, "for": true, "by": true, "at": true, "from": true, "that": true, "or": true, "but": true}

// splitLine splits one line (a paragraph joined into one line) into
// sentences appended to out.
func splitLine(s string, out []string) []string {
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != '.' && r != '!' && r != '?' {
			i += size
			continue
		}
		// Ellipsis: "..." never ends a sentence.
		if r == '.' && ((i+1 < len(s) && s[i+1] == '.') || (i > 0 && s[i-1] == '.')) {
			i++
			continue
		}
		j := i + 1
		// Closing quotes and brackets belong to the sentence.
		for j < len(s) {
			q, qs := utf8.DecodeRuneInString(s[j:])
			if q == '"' || q == '”' || q == '’' || q == '\'' || q == ')' || q == ']' || q == '»' {
				j += qs
				continue
			}
			break
		}
		if j >= len(s) {
			break
		}
		if s[j] != ' ' {
			i = j
			continue
		}
		k := j
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if k >= len(s) {
			break
		}
		nr, _ := utf8.DecodeRuneInString(s[k:])
		opener := unicode.IsUpper(nr) || unicode.IsDigit(nr) || nr == '"' || nr == '“' || nr == '‘' || nr == '\'' || nr == '(' || nr == '['
		if !opener || (r == '.' && !periodEnds(s[start:i], nextWord(s[k:]))) {
			i = j
			continue
		}
		if t := strings.TrimSpace(s[start:j]); t != "" {
			out = append(out, t)
		}
		start = k
		i = k
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, t)
	}
	return out
}

// nextWord returns the word at the start of s, letters only.
func nextWord(s string) string {
	s = strings.TrimLeft(s, "\"“‘'([")
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s[:i]
		}
	}
	return s
}

// periodEnds reports whether the period closing before (the sentence so
// far) ends the sentence, given the next word.
func periodEnds(before, next string) bool {
	sp := strings.LastIndexAny(before, " (\"“")
	word := before[sp+1:]
	if word == "" {
		return true
	}
	lw := strings.ToLower(word)
	// Dotted acronyms and initials: "U.S", "J".
	if strings.Contains(word, ".") || (utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0])) {
		return sentenceOpener[strings.ToLower(next)]
	}
	if titleAbbrev[lw] {
		return false
	}
	if monthAbbrev[lw] {
		// "Oct. 25": a number follows; "in Oct. The ...": an opener follows.
		return sentenceOpener[strings.ToLower(next)]
	}
	return true
}

// titleAbbrev are abbreviations that never end a sentence.
var titleAbbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true,
	"col": true, "maj": true, "capt": true, "cpt": true, "sgt": true, "adm": true, "rep": true,
	"sen": true, "gov": true, "pres": true, "st": true, "mt": true, "jr": true, "sr": true,
	"no": true, "vs": true, "v": true, "rev": true, "hon": true, "amb": true, "cmdr": true,
	"brig": true, "messrs": true, "mme": true, "fr": true, "sec": true, "dept": true, "ft": true,
	"approx": true, "est": true, "fig": true, "inc": true, "ltd": true, "co": true, "corp": true,
}

var monthAbbrev = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// sentenceOpener are words that start a new sentence after an ambiguous
// period ("... sanctions on the U.S. The move ...").
var sentenceOpener = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "this": true, "that": true, "these": true, "those": true,
	"but": true, "and": true, "in": true, "on": true, "at": true, "after": true, "as": true,
	"its": true, "his": true, "her": true, "their": true, "there": true, "officials": true,
	"meanwhile": true, "however": true, "earlier": true, "later": true, "last": true,
	"some": true, "many": true, "both": true, "when": true, "while": true, "if": true,
}
