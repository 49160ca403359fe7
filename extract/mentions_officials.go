package extract

import (
	"strings"
	"sync"
)

// Officials named by a title and one name: "Minister Wang", "President
// Lee", "Premier Li", "Prime Minister Hun". Their surnames are not indexed
// alone (shared by too many people), but a title narrows them to the one
// curated official of that name who held an office with that title at the
// article date.

var (
	officialWordsOnce sync.Once
	officialWords     map[string][]string // name word key → curated official ids
)

// curatedOfficialWords indexes the curated officials (officials.tsv) by
// the first and the last word of their names.
func curatedOfficialWords() map[string][]string {
	officialWordsOnce.Do(func() {
		officialWords = make(map[string][]string, 1024)
		seen := make(map[string]bool, 1024)
		// A read error leaves the index empty: the built-in lexicon has
		// already loaded the same table, so it cannot fail here.
		_ = tsvFile(lexdata, "officials.tsv", 6, func(f []string) error {
			// The first and last words: a family name comes first in
			// "Wang Yi" and "Lee Jae-myung", last in "Marco Rubio"; a
			// middle name ("Amir Khan Muttaqi") is too often another's.
			ws := strings.Fields(NormalizeName(f[1]))
			if len(ws) == 0 {
				return nil
			}
			for _, w := range [...]string{ws[0], ws[len(ws)-1]} {
				if len(w) < 2 || nameParticle[w] || seen[w+"\x00"+f[0]] {
					continue
				}
				seen[w+"\x00"+f[0]] = true
				officialWords[w] = append(officialWords[w], f[0])
			}
			return nil
		})
	})
	return officialWords
}

// byTitledName returns the curated official that a title and a single
// name [i, i+1) name ("Minister Wang"): the one person whose name has that
// word and who held, at the article date, an office whose role contains
// the title's head word ("Minister" in "Foreign Minister"), of the
// country when one is given. It returns nil when none or several fit.
func (r *registry) byTitledName(toks []token, i, e int, country *Actor, ae AgentEntry) *Actor {
	if e-i != 1 || ae.Type != TypePerson || ae.Role == "" {
		return nil
	}
	head := titleHead(ae.Role)
	if head == "" {
		return nil
	}
	// Those in office at the article date first; else anyone who held
	// such an office ("former President Yoon").
	for _, atDate := range [...]bool{true, false} {
		var found *Actor
		for _, id := range curatedOfficialWords()[toks[i].key] {
			a, ok := r.lex.Actor(id)
			if !ok || a.Type != TypePerson {
				continue
			}
			t, ok := r.termWithTitle(id, head, atDate)
			if !ok || (country != nil && country.Country != "" && t.Country != country.Country) {
				continue
			}
			if found != nil && found.ID != id {
				return nil // two people fit: no guess
			}
			a.Country, a.Role = t.Country, t.Role
			found = &a
		}
		if found != nil {
			return r.get(*found)
		}
	}
	return nil
}

// termWithTitle returns a term of the person whose role has the title's
// head word: one in force at the article date when atDate is set and the
// date is known, else the latest.
func (r *registry) termWithTitle(id, head string, atDate bool) (Term, bool) {
	ts := r.lex.Terms(id)
	for k := len(ts) - 1; k >= 0; k-- {
		t := ts[k]
		if atDate && r.date != "" && ((t.From != "" && t.From > r.date) || (t.To != "" && t.To < r.date)) {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(t.Role)) {
			if w == head {
				return t, true
			}
		}
	}
	return Term{}, false
}

// titleHead returns the head word of a title, lower-case: "Foreign
// Minister" → "minister", "Secretary of State" → "secretary". Titles of
// courtesy ("Mr", "Dr") have none.
func titleHead(role string) string {
	words := strings.Fields(strings.ToLower(role))
	for k, w := range words {
		if w == "of" || w == "for" {
			words = words[:k]
			break
		}
	}
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}
