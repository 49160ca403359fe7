package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

// ExportLexicon writes the lexicon l in the user lexicon format (YAML),
// so that users can read what the extractor knows and start a file of
// their own from it. Every actor is written with its id, name, type,
// country and role, and as aliases the name keys (normalised, as
// LookupName takes them) whose first reading is that actor, sorted; a
// comment after an alias gives its kind when it is not a plain name
// ("- islamabad  # capital"), which ParseUserLexicon reads back. A key
// with several readings is written only under the actor the extractor
// takes. The relation phrases and not-actors of users' files in force
// are written too; the built-in verb vocabulary is not. Actors are in id
// order, so the output is deterministic, and it is written as it goes.
// ParseUserLexicon accepts the output against the lexicon it came from.
func ExportLexicon(w io.Writer, l *Lexicon) error {
	if l == nil {
		return ErrNoLexicon
	}
	type alias struct{ key, kind string }
	byActor := make(map[string][]alias, len(l.actors))
	for key, es := range l.names {
		if len(es) == 0 {
			continue
		}
		e := es[0]
		a, ok := l.actors[e.ActorID]
		if !ok || e.Kind == KindName && key == NormalizeName(a.Name) {
			continue
		}
		byActor[e.ActorID] = append(byActor[e.ActorID], alias{key, e.Kind})
	}
	bw := bufio.NewWriterSize(w, 64*1024)
	fmt.Fprintf(bw, "# diplograph lexicon %s: %d actors.\n", l.Version(), len(l.actors))
	bw.WriteString("# The format of --lexicon files. Names are normalised (lower case, no\n" +
		"# diacritics or dots) as the extractor looks them up; a comment after an\n" +
		"# alias gives its kind when it is not a plain name. Copy what you need into\n" +
		"# a file of your own and pass it with --lexicon.\n")
	ids := l.ActorIDs()
	if len(ids) > 0 {
		bw.WriteString("actors:\n")
	}
	for _, id := range ids {
		a := l.actors[id]
		fmt.Fprintf(bw, "  - id: %s\n    name: %s\n    type: %s\n", yamlString(a.ID), yamlString(a.Name), yamlString(a.Type))
		if a.Country != "" {
			fmt.Fprintf(bw, "    country: %s\n", yamlString(a.Country))
		}
		if a.Role != "" {
			fmt.Fprintf(bw, "    role: %s\n", yamlString(a.Role))
		}
		as := byActor[id]
		if len(as) == 0 {
			continue
		}
		slices.SortFunc(as, func(x, y alias) int { return strings.Compare(x.key, y.key) })
		bw.WriteString("    aliases:\n")
		for _, al := range as {
			if al.kind == KindName {
				fmt.Fprintf(bw, "      - %s\n", yamlString(al.key))
			} else {
				fmt.Fprintf(bw, "      - %s  # %s\n", yamlString(al.key), al.kind)
			}
		}
		if bw.Buffered() > 48*1024 {
			if err := bw.Flush(); err != nil {
				return fmt.Errorf("export lexicon: %w", err)
			}
		}
	}
	if layer := layerOf(l); layer != nil {
		if len(layer.relations) > 0 {
			bw.WriteString("relations:\n")
			for _, r := range layer.relations {
				fmt.Fprintf(bw, "  - phrase: %s\n    cameo: %s\n", yamlString(r.Phrase), yamlQuoted(r.Cameo))
			}
		}
		if len(layer.notActors) > 0 {
			bw.WriteString("not_actors:\n")
			for _, k := range slices.Sorted(maps.Keys(layer.notActors)) {
				fmt.Fprintf(bw, "  - %s\n", yamlString(k))
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export lexicon: %w", err)
	}
	return nil
}

// yamlString returns s as a YAML scalar: plain when that reads back as
// the same string, else double-quoted.
func yamlString(s string) string {
	if plainSafe(s) {
		return s
	}
	return yamlQuoted(s)
}

// yamlQuoted returns s double-quoted; a JSON string is a valid YAML
// double-quoted scalar.
func yamlQuoted(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return `""`
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// plainSafe reports whether s can be written as a plain YAML scalar that
// reads back as the string s: it starts with a letter, holds only
// letters, digits, spaces and a few punctuation marks that mean nothing
// to YAML there, does not end in a space, and is not a word YAML 1.1
// reads as a boolean or null.
func plainSafe(s string) bool {
	if s == "" || s[len(s)-1] == ' ' {
		return false
	}
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case r >= '0' && r <= '9', r == ' ', r == '-', r == '.', r == '(', r == ')', r == '/', r == '\'':
			if i == 0 {
				return false
			}
		case r >= 0x80 && r != 0xFEFF && r != 0x85 && r != 0xA0 && r != 0x2028 && r != 0x2029:
			// Letters of other scripts are plain text to YAML.
		default:
			return false
		}
	}
	switch strings.ToLower(s) {
	case "y", "n", "yes", "no", "true", "false", "on", "off", "null":
		return false
	}
	return true
}
