package main

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"
)

// block is one entry of a TABARI actor file: a phrase, its synonyms ("+"
// lines) and its codes with their date restrictions.
type block struct {
	Name  string   // the phrase as written, "_" joining words
	Syns  []string // synonyms
	Codes []code
	Line  int
}

// code is one actor code of a block: "PAKGOV" with an optional date range.
type code struct {
	Code     string // "PAKGOV", "IGOUNO"
	From, To string // YYYY-MM-DD, empty when open
	Dated    bool   // the code carried a date restriction
}

var codeRE = regexp.MustCompile(`\[([^\]]*)\]`)

// parseActors reads a TABARI actor file into blocks. A line starting in
// column one opens a block; "+" lines add synonyms; codes in brackets,
// on the opening line or on indented lines, belong to the open block.
// "#" starts a comment.
func parseActors(r io.Reader) ([]block, error) {
	var out []block
	var cur *block
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		codes := codeRE.FindAllStringSubmatch(line, -1)
		text := strings.TrimSpace(codeRE.ReplaceAllString(line, " "))
		switch {
		case line[0] == '+':
			if cur != nil && len(text) > 1 {
				cur.Syns = append(cur.Syns, strings.TrimSpace(text[1:]))
			}
		case line[0] == ' ' || line[0] == '\t':
			// codes only
		default:
			out = append(out, block{Name: text, Line: n})
			cur = &out[len(out)-1]
		}
		if cur == nil {
			continue
		}
		for _, m := range codes {
			if c, ok := parseCode(m[1]); ok {
				cur.Codes = append(cur.Codes, c)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read actors: %w", err)
	}
	return out, nil
}

// parseCode reads "PAKGOV 930718-931114", "AFGGOV >011222", "IRQ <20030320".
func parseCode(s string) (code, bool) {
	f := strings.Fields(s)
	if len(f) == 0 || strings.HasPrefix(f[0], "~") || strings.Trim(f[0], "-") == "" {
		return code{}, false
	}
	c := code{Code: f[0]}
	if len(f) > 1 {
		d := f[1]
		c.Dated = true
		switch {
		case strings.HasPrefix(d, ">"):
			c.From = parseDate(d[1:])
		case strings.HasPrefix(d, "<"):
			c.To = parseDate(d[1:])
		default:
			if a, b, ok := strings.Cut(d, "-"); ok {
				c.From, c.To = parseDate(a), parseDate(b)
			}
		}
	}
	return c, true
}

// parseDate reads YYMMDD (years up to 2014 read as 20YY, the dictionaries
// stop in 2014) or YYYYMMDD; it returns "" for anything else.
func parseDate(s string) string {
	var layout string
	switch len(s) {
	case 6:
		yy := s[:2]
		if yy <= "14" {
			s = "20" + s
		} else {
			s = "19" + s
		}
		layout = "20060102"
	case 8:
		layout = "20060102"
	default:
		return ""
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return ""
	}
	return t.Format("2006-01-02")
}

// phrase turns a TABARI phrase into plain text: "_" to spaces, trimmed.
func phrase(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	return strings.Join(strings.Fields(s), " ")
}

// titleCase turns an upper-case phrase into a display name:
// "HAMID_KARZAI_" → "Hamid Karzai", "BAN_KI-MOON" → "Ban Ki-Moon".
func titleCase(s string) string {
	s = strings.ToLower(phrase(s))
	b := []byte(s)
	up := true
	for i, c := range b {
		if up && 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == ' ' || c == '-' || c == '(' || c == '.'
	}
	return string(b)
}

// slug makes an id from a display name: "Hamid Karzai" → "hamid-karzai".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(foldASCII(s)) {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '\'' || r == '.' || r == '’':
		default:
			dash = true
		}
	}
	return b.String()
}
