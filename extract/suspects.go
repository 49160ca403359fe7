package extract

import (
	"bytes"
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"
)

// Suspect is a pair of actors that are likely one real-world actor: Keep
// is the one to keep, Merge the one whose names should become Keep's.
// Reason says why in words, and Snippet is a user lexicon fragment that
// makes the merge (aliases: {keep-id: [Merge's names]}) once pasted into
// a --lexicon file and the texts re-extracted.
type Suspect struct {
	Keep, Merge Actor
	Reason      string
	Snippet     string
}

// SuspectDuplicates lists likely duplicate actors among those given (the
// actors of a graph, with the aliases seen in the text). Two actors are
// suspects when they have the same country and type and names (the name
// or an alias) that
//   - are spelling variants of each other: the same once case,
//     diacritics and punctuation are folded ("Société Générale",
//     "Societe Generale") or British and American spellings are
//     ("Frontier Works Organisation", "Frontier Works Organization");
//   - are an acronym and the name it abbreviates ("FWO", "Frontier Works
//     Organisation"; an acronym inside the name counts whole: "USSM",
//     "US Strategic Metals"), with or without the small words (of, and,
//     the, for);
//   - for people, share a surname, once titles are dropped, with given
//     names that agree ("Asim Munir", "Field Marshal Asim Munir", "A.
//     Munir", "Munir"); "Nawaz Sharif" and "Shehbaz Sharif" do not.
//
// Keep is the fuller name for an acronym, the name without a title for a
// person, else the smaller id. Suspects are sorted by Keep's id, then
// Merge's; a pair is listed once, for the first reason found in the order
// above. The snippet's aliases entry is only valid in a lexicon that
// knows Keep's id: see SnippetFor.
func SuspectDuplicates(actors []Actor) []Suspect {
	feats := make([]actorFeatures, len(actors))
	// Candidate pairs share a blocking key within one country and type:
	// a name or surname, or an acronym on one side and the initials of a
	// name on the other (initials alone are too common to pair on).
	blocks := map[string][]int{}
	acros := map[string][]int{}
	for i, a := range actors {
		f := featuresOf(a)
		feats[i] = f
		group := a.Country + "\x00" + a.Type + "\x00"
		for _, k := range f.keys {
			if n := blocks[group+k]; len(n) == 0 || n[len(n)-1] != i {
				blocks[group+k] = append(n, i)
			}
		}
		for _, k := range f.acros {
			if n := acros[group+k]; len(n) == 0 || n[len(n)-1] != i {
				acros[group+k] = append(n, i)
			}
		}
	}
	type pair struct{ i, j int }
	done := map[pair]bool{}
	var out []Suspect
	try := func(i, j int) {
		if i == j {
			return
		}
		if i > j {
			i, j = j, i
		}
		if done[pair{i, j}] || actors[i].ID == actors[j].ID {
			return
		}
		done[pair{i, j}] = true
		if s, ok := suspectPair(actors[i], actors[j], feats[i], feats[j]); ok {
			out = append(out, s)
		}
	}
	for _, key := range slices.Sorted(maps.Keys(blocks)) {
		idx := blocks[key]
		if k, ok := strings.CutPrefix(key[strings.LastIndexByte(key, 0)+1:], "i:"); ok {
			group := key[:strings.LastIndexByte(key, 0)+1]
			for _, i := range idx {
				for _, j := range acros[group+k] {
					try(i, j)
				}
			}
			continue
		}
		for x := 0; x < len(idx); x++ {
			for y := x + 1; y < len(idx); y++ {
				try(idx[x], idx[y])
			}
		}
	}
	slices.SortFunc(out, func(a, b Suspect) int {
		return cmp.Or(strings.Compare(a.Keep.ID, b.Keep.ID), strings.Compare(a.Merge.ID, b.Merge.ID))
	})
	return out
}

// actorName is one name of an actor with the forms the rules compare.
type actorName struct {
	raw    string
	key    string   // NormalizeName(raw)
	folded string   // key with British/American spellings folded
	acro   string   // the acronym raw is, lower case, or ""
	inits  []string // acronyms of raw's words, lower case
	titles int      // title words before a person's name
	given  []string // a person's given names (no titles)
	sur    string   // a person's surname
}

type actorFeatures struct {
	names []actorName
	keys  []string // blocking keys: "n:" name, "s:" surname, "i:" initials
	acros []string // the acronyms the actor is called by
}

// featuresOf computes the names of an actor and their blocking keys.
func featuresOf(a Actor) actorFeatures {
	var f actorFeatures
	seen := map[string]bool{}
	for _, raw := range append([]string{a.Name}, a.Aliases...) {
		n := actorName{raw: raw, key: NormalizeName(raw)}
		if n.key == "" || seen[raw] {
			continue
		}
		seen[raw] = true
		n.folded = foldSpelling(n.key)
		f.keys = append(f.keys, "n:"+n.folded)
		if acro := acronymOf(raw); acro != "" {
			n.acro = acro
			f.acros = append(f.acros, acro)
		}
		n.inits = initialisms(raw)
		for _, in := range n.inits {
			f.keys = append(f.keys, "i:"+in)
		}
		if a.Type == TypePerson {
			words := strings.Fields(n.key)
			for len(words) > 1 && titleWords[words[0]] {
				words = words[1:]
				n.titles++
			}
			if len(words) > 0 && !titleWords[words[len(words)-1]] && len(words[len(words)-1]) >= 3 {
				n.sur, n.given = words[len(words)-1], words[:len(words)-1]
				f.keys = append(f.keys, "s:"+n.sur)
			}
		}
		f.names = append(f.names, n)
	}
	return f
}

// suspectPair applies the rules to two actors of one country and type.
func suspectPair(a, b Actor, fa, fb actorFeatures) (Suspect, bool) {
	if a.Country != b.Country || a.Type != b.Type {
		return Suspect{}, false
	}
	for _, x := range fa.names {
		for _, y := range fb.names {
			if x.folded != y.folded {
				continue
			}
			keep, merge := a, b
			if b.ID < a.ID {
				keep, merge, x, y = b, a, y, x
			}
			why := "spelling variants"
			if x.key == y.key {
				if x.raw == y.raw {
					why = "the same name"
				} else {
					why = "the same name but for case, accents or punctuation"
				}
			}
			return newSuspect(keep, merge, fmt.Sprintf("%s: %q and %q", why, x.raw, y.raw)), true
		}
	}
	for _, x := range fa.names {
		for _, y := range fb.names {
			if x.acro != "" && slices.Contains(y.inits, x.acro) && y.acro == "" {
				return newSuspect(b, a, fmt.Sprintf("acronym: %q stands for %q", x.raw, y.raw)), true
			}
			if y.acro != "" && slices.Contains(x.inits, y.acro) && x.acro == "" {
				return newSuspect(a, b, fmt.Sprintf("acronym: %q stands for %q", y.raw, x.raw)), true
			}
		}
	}
	if a.Type != TypePerson {
		return Suspect{}, false
	}
	for _, x := range fa.names {
		for _, y := range fb.names {
			if x.sur == "" || x.sur != y.sur || !givenAgree(x.given, y.given) {
				continue
			}
			keep, merge, kn, mn := a, b, x, y
			if better(y, x) || !better(x, y) && b.ID < a.ID {
				keep, merge, kn, mn = b, a, y, x
			}
			return newSuspect(keep, merge, fmt.Sprintf("surname %q: %q and %q", strings.ToUpper(kn.sur[:1])+kn.sur[1:], kn.raw, mn.raw)), true
		}
	}
	return Suspect{}, false
}

// better reports whether person name x makes a better canonical name than
// y: fewer titles, then more given names, then longer ones ("Marco"
// rather than "M.").
func better(x, y actorName) bool {
	if x.titles != y.titles {
		return x.titles < y.titles
	}
	if len(x.given) != len(y.given) {
		return len(x.given) > len(y.given)
	}
	return len(strings.Join(x.given, "")) > len(strings.Join(y.given, ""))
}

// givenAgree reports whether two lists of given names can be one
// person's: one is empty, or each name of the shorter matches a name of
// the longer in order, in full or as its initial.
func givenAgree(x, y []string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	j := 0
	for _, g := range x {
		for j < len(y) && !(y[j] == g || len(g) == 1 && y[j][0] == g[0] || len(y[j]) == 1 && g[0] == y[j][0]) {
			j++
		}
		if j == len(y) {
			return false
		}
		j++
	}
	return true
}

// newSuspect builds the suspect with its snippet.
func newSuspect(keep, merge Actor, reason string) Suspect {
	known := map[string]bool{}
	for _, n := range append([]string{keep.Name}, keep.Aliases...) {
		known[NormalizeName(n)] = true
	}
	var names []string
	for _, n := range append([]string{merge.Name}, merge.Aliases...) {
		if k := NormalizeName(n); k != "" && !known[k] {
			known[k] = true
			names = append(names, n)
		}
	}
	return Suspect{Keep: keep, Merge: merge, Reason: reason, Snippet: aliasSnippet(keep.ID, names)}
}

// aliasSnippet writes "aliases:\n  id: [names]\n" with YAML quoting.
func aliasSnippet(id string, names []string) string {
	seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, n := range names {
		seq.Content = append(seq.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: n})
	}
	doc := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
		{Kind: yaml.ScalarNode, Value: "aliases"},
		{Kind: yaml.MappingNode, Content: []*yaml.Node{{Kind: yaml.ScalarNode, Value: id}, seq}},
	}}
	return encodeYAML(doc)
}

func encodeYAML(n *yaml.Node) string {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return ""
	}
	if err := enc.Close(); err != nil {
		return ""
	}
	return b.String()
}

// SnippetFor returns the lexicon fragment that makes the merge in a file
// used with l: the aliases entry of Snippet when l knows Keep's id, else
// an actors entry that defines Keep with Merge's names as aliases (an
// aliases entry for an id the lexicon lacks is an error).
func (s Suspect) SnippetFor(l *Lexicon) string {
	if l != nil {
		if _, ok := l.Actor(s.Keep.ID); ok {
			return s.Snippet
		}
	}
	known := map[string]bool{NormalizeName(s.Keep.Name): true}
	var aliases []string
	for _, n := range slices.Concat(s.Keep.Aliases, []string{s.Merge.Name}, s.Merge.Aliases) {
		if k := NormalizeName(n); k != "" && !known[k] {
			known[k] = true
			aliases = append(aliases, n)
		}
	}
	str := func(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: v} }
	actor := &yaml.Node{Kind: yaml.MappingNode}
	field := func(k string, v *yaml.Node) { actor.Content = append(actor.Content, str(k), v) }
	field("id", str(s.Keep.ID))
	field("name", str(s.Keep.Name))
	field("type", str(s.Keep.Type))
	if s.Keep.Country != "" {
		field("country", str(s.Keep.Country))
	}
	if s.Keep.Role != "" {
		field("role", str(s.Keep.Role))
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, a := range aliases {
		seq.Content = append(seq.Content, str(a))
	}
	field("aliases", seq)
	return encodeYAML(&yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
		str("actors"), {Kind: yaml.SequenceNode, Content: []*yaml.Node{actor}},
	}})
}

// titleWords are words of titles and ranks that precede a person's name.
var titleWords = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "dame": true, "lord": true, "lady": true,
	"president": true, "vice": true, "prime": true, "minister": true, "premier": true, "chancellor": true,
	"secretary": true, "foreign": true, "defence": true, "defense": true, "interior": true, "finance": true,
	"general": true, "gen": true, "lt": true, "lieutenant": true, "maj": true, "major": true, "col": true,
	"colonel": true, "field": true, "marshal": true, "admiral": true, "adm": true, "brigadier": true,
	"commander": true, "chief": true, "army": true, "staff": true, "of": true, "the": true, "state": true,
	"senator": true, "sen": true, "rep": true, "representative": true, "ambassador": true, "envoy": true,
	"king": true, "queen": true, "prince": true, "princess": true, "crown": true, "sheikh": true, "emir": true,
	"sultan": true, "president-elect": true, "speaker": true, "governor": true, "gov": true, "mayor": true,
	"justice": true, "judge": true, "pope": true, "cardinal": true, "archbishop": true, "imam": true,
	"ayatollah": true, "supreme": true, "leader": true, "deputy": true, "acting": true, "former": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "professor": true, "prof": true,
}

// smallWords are left out of one form of an acronym.
var smallWords = map[string]bool{"of": true, "and": true, "the": true, "for": true, "on": true, "in": true, "de": true, "la": true, "des": true, "du": true, "y": true}

// acronymOf returns the acronym a name is, lower case: one word of two to
// eight letters written in capitals ("FWO", "U.S.S.M."), else "".
func acronymOf(raw string) string {
	raw = strings.TrimSpace(raw)
	var b strings.Builder
	for _, r := range raw {
		switch {
		case r == '.' || r == '&':
		case unicode.IsUpper(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			return ""
		}
	}
	if n := b.Len(); n < 2 || n > 8 {
		return ""
	}
	return b.String()
}

// initialisms returns the acronyms a name of two words or more may be
// written as, lower case: the first letters of its words, an acronym
// within it counting whole, with and without the small words.
func initialisms(raw string) []string {
	words := strings.FieldsFunc(raw, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '\''
	})
	if len(words) < 2 {
		return nil
	}
	var all, content strings.Builder
	for _, w := range words {
		w = strings.Trim(w, ".'")
		if w == "" {
			continue
		}
		part := ""
		if a := acronymOf(w); a != "" {
			part = a
		} else {
			k := NormalizeName(w)
			if k == "" {
				continue
			}
			part = k[:1]
			if smallWords[k] {
				all.WriteString(part)
				continue
			}
		}
		all.WriteString(part)
		content.WriteString(part)
	}
	out := []string{content.String()}
	if all.String() != content.String() {
		out = append(out, all.String())
	}
	if len(out[0]) < 2 {
		out = out[1:]
	}
	return out
}

// spellingFolds turn British spellings into American ones, word-final
// forms first.
var spellingFolds = []struct{ from, to string }{
	{"isation", "ization"}, {"isations", "izations"}, {"ise", "ize"}, {"ised", "ized"}, {"ising", "izing"},
	{"yse", "yze"}, {"ysed", "yzed"}, {"our", "or"}, {"ours", "ors"}, {"tre", "ter"}, {"tres", "ters"},
	{"ence", "ense"}, {"ogue", "og"}, {"mme", "m"}, {"mmes", "ms"},
}

// spellingWords are the words whose British form foldSpelling changes:
// folding every word ending in -ise or -our would merge "rise" and
// "rize", "four" and "for".
var spellingWords = map[string]bool{
	"organisation": true, "organisations": true, "organise": true, "organised": true, "organising": true,
	"mobilisation": true, "normalisation": true, "stabilisation": true, "modernisation": true,
	"privatisation": true, "militarisation": true, "demilitarisation": true, "nationalisation": true,
	"harmonisation": true, "civilisation": true, "authorisation": true, "colonisation": true,
	"labour": true, "harbour": true, "defence": true, "offence": true, "centre": true, "centres": true,
	"theatre": true, "programme": true, "programmes": true, "catalogue": true, "dialogue": true,
	"analyse": true, "analysed": true, "neighbour": true, "neighbours": true, "favour": true, "honour": true,
}

// foldSpelling folds the British spellings of a name key into American
// ones, word by word.
func foldSpelling(key string) string {
	if !strings.ContainsAny(key, "srecm") {
		return key
	}
	words := strings.Split(key, " ")
	changed := false
	for i, w := range words {
		if !spellingWords[w] && !strings.HasSuffix(w, "isation") && !strings.HasSuffix(w, "isations") {
			continue
		}
		for _, f := range spellingFolds {
			if strings.HasSuffix(w, f.from) {
				words[i] = strings.TrimSuffix(w, f.from) + f.to
				changed = true
				break
			}
		}
	}
	if !changed {
		return key
	}
	return strings.Join(words, " ")
}
