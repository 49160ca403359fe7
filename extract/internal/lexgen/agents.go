package main

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
)

// agentRow is one generated agent word.
type agentRow struct{ Key, Type, Role string }

var (
	agentRE = regexp.MustCompile(`\[~([A-Z]+)\]`)
	setRE   = regexp.MustCompile(`^!([A-Z]+)!\s*=\s*(.*)$`)
	braceRE = regexp.MustCompile(`\{([^}]*)\}`)
)

// personTitles are the last words of agent phrases that name one person.
var personTitles = map[string]bool{
	"minister": true, "president": true, "ambassador": true, "envoy": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "secretary": true, "chancellor": true, "premier": true,
	"king": true, "queen": true, "prince": true, "emir": true, "sheikh": true, "governor": true,
	"mayor": true, "senator": true, "general": true, "commander": true, "chief": true, "diplomat": true,
	"official": true, "leader": true, "lawmaker": true, "judge": true, "prosecutor": true, "ceo": true,
	"premier minister": true, "sultan": true, "monarch": true, "dictator": true, "president-elect": true,
	"vice-president": true, "attorney": true, "director": true, "chairman": true, "chairwoman": true,
	"admiral": true, "colonel": true, "officer": true, "consul": true, "legislator": true,
	"congressman": true, "congresswoman": true, "parliamentarian": true, "mp": true,
}

// agentType maps a Phoenix agent code to one of the agent types: titles
// of one person (minister, envoy…) are persons; GOV, LEG, JUD and police
// and intelligence (COP, SPY) are government; MIL military; rebels,
// insurgents, opposition and unaffiliated armed forces (REB, INS, OPP,
// UAF…) and civilian sectors (farmers, workers, clergy) groups; business,
// media, NGOs, education, health organisations.
func agentType(c, key string) string {
	words := strings.Fields(key)
	if len(words) > 0 && personTitles[words[len(words)-1]] {
		return "person"
	}
	if len(c) >= 3 && civilian[c[:3]] {
		return "group"
	}
	return typeOf(c)
}

// civilian are the sector codes of agents that name people, not an
// institution: farmers, workers, refugees, believers.
var civilian = map[string]bool{"AGR": true, "LAB": true, "CVL": true, "REF": true, "PPL": true, "REL": true,
	"CHR": true, "MUS": true, "JEW": true, "HIN": true, "BUD": true, "CTH": true, "CRM": true}

// plural forms the regular plural of a phrase's last word.
func plural(p string) string {
	i := strings.LastIndexByte(p, ' ')
	head, w := p[:i+1], p[i+1:]
	switch {
	case strings.HasSuffix(w, "man"):
		return head + w[:len(w)-3] + "men"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return head + w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"),
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return head + w + "es"
	}
	return head + w + "s"
}

// parseAgents reads Phoenix.agents.txt: "WORD_PHRASE {IRREGULAR_FORMS} [~CODE]",
// with !SET! substitutions. Each phrase comes with its regular plural.
func parseAgents(r io.Reader) ([]agentRow, error) {
	sets := map[string][]string{}
	seen := map[string]bool{}
	var out []agentRow
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if m := setRE.FindStringSubmatch(line); m != nil {
			for _, w := range strings.Split(m[2], ",") {
				sets[m[1]] = append(sets[m[1]], strings.TrimSpace(w))
			}
			continue
		}
		m := agentRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		text := agentRE.ReplaceAllString(line, " ")
		var forms []string
		for _, b := range braceRE.FindAllStringSubmatch(text, -1) {
			forms = append(forms, strings.Fields(b[1])...)
		}
		text = strings.TrimSpace(braceRE.ReplaceAllString(text, " "))
		bases := []string{text}
		for name, words := range sets {
			tok := "!" + name + "!"
			var next []string
			for _, b := range bases {
				if !strings.Contains(b, tok) {
					next = append(next, b)
					continue
				}
				for _, w := range words {
					next = append(next, strings.ReplaceAll(b, tok, "_"+w))
				}
			}
			bases = next
		}
		for _, b := range bases {
			key := normKey(phrase(b))
			if key == "" {
				continue
			}
			typ := agentType(m[1], key)
			role := key
			if typ == "person" {
				role = titleCase(key)
			}
			keys := []string{key, plural(key)}
			for _, f := range forms {
				keys = append(keys, normKey(phrase(f)))
			}
			for _, k := range keys {
				if k == "" || seen[k] {
					continue
				}
				seen[k] = true
				out = append(out, agentRow{Key: k, Type: typ, Role: role})
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read agents: %w", err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, nil
}

func writeAgents(w *bufio.Writer, rows []agentRow) error {
	fmt.Fprintln(w, "# Agent words from Phoenix.agents.txt (MIT, see LICENSE-phoenix), with regular plurals.")
	fmt.Fprintln(w, "# Generated by extract/internal/lexgen: do not edit.\n# key\ttype\trole")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%s\t%s\n", r.Key, r.Type, r.Role)
	}
	return nil
}
