package main

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldASCII removes diacritics: "Zardārī" → "Zardari".
func foldASCII(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// normKey folds a phrase to a lookup key the way extract.NormalizeName
// does (lower case, no diacritics, no dots or apostrophes, other
// punctuation to spaces). The generator cannot import extract, which
// may be mid-edit while it runs; the loader normalises again anyway.
func normKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(foldASCII(s)) {
		switch {
		case r == '.' || r == '\'' || r == '’' || r == '`':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}
