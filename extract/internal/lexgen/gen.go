package main

import (
	"bufio"
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// stopwords are lower-case English words (from a spelling dictionary)
// that are also single-word Phoenix phrases: as names they would match
// ordinary text ("chance", "mobile", "buffalo"), so they are dropped.
//
//go:embed stopwords.txt
var stopwordsText string

// curated holds what the hand-curated tables say.
type curated struct {
	countryByCode map[string]country // Phoenix code → country
	keys          map[string][]string
	ids           map[string]string // id → type
	officialByKey map[string]string // full-name key → official id
}

type country struct {
	ID, ISO3, Name, Capital string
	Keys                    []string // keys of its curated names
}

func readTSV(path string, min int, row func([]string)) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for i, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < min {
			return fmt.Errorf("%s:%d: %d fields, want %d", path, i+1, len(f), min)
		}
		row(f)
	}
	return nil
}

func split(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// readCurated reads the hand-curated tables of dir.
func readCurated(dir string) (*curated, error) {
	c := &curated{countryByCode: map[string]country{}, keys: map[string][]string{},
		ids: map[string]string{}, officialByKey: map[string]string{}}
	addKey := func(name, id string) {
		k := strings.TrimPrefix(normKey(name), "the ")
		for _, o := range c.keys[k] {
			if o == id {
				return
			}
		}
		c.keys[k] = append(c.keys[k], id)
	}
	err := readTSV(filepath.Join(dir, "countries.tsv"), 8, func(f []string) {
		co := country{ID: f[0], ISO3: f[1], Name: f[3], Capital: f[4]}
		for _, n := range append(append(append([]string{f[3], f[4]}, split(f[5])...), split(f[6])...), split(f[7])...) {
			if n != "" {
				addKey(n, f[0])
				co.Keys = append(co.Keys, strings.TrimPrefix(normKey(n), "the "))
			}
		}
		code := f[2]
		if code == "-" || code == "" {
			code = f[1]
		}
		c.countryByCode[code] = co
		c.ids[f[0]] = "country"
	})
	if err != nil {
		return nil, err
	}
	if err := readTSV(filepath.Join(dir, "actors.tsv"), 4, func(f []string) {
		c.ids[f[0]] = f[1]
		addKey(f[3], f[0])
	}); err != nil {
		return nil, err
	}
	for _, file := range []string{"names.tsv", "curated-names.tsv"} {
		if err := readTSV(filepath.Join(dir, file), 3, func(f []string) { addKey(f[0], f[1]) }); err != nil {
			return nil, err
		}
	}
	if err := readTSV(filepath.Join(dir, "officials.tsv"), 6, func(f []string) {
		c.ids[f[0]] = "person"
		addKey(f[1], f[0])
		c.officialByKey[normKey(f[1])] = f[0]
	}); err != nil {
		return nil, err
	}
	return c, nil
}

// gen accumulates the generated tables.
type gen struct {
	cur     *curated
	stop    map[string]bool
	actors  map[string]actorRow
	names   map[nameRow]bool
	terms   []termRow
	dropped int
	seenCty map[string]bool // countries whose main names block was seen
}

type actorRow struct{ ID, Type, Country, Name, Role string }
type nameRow struct{ Key, ID, Kind string }
type termRow struct{ ID, Role, Country, From, To string }

func newGen(c *curated) *gen {
	g := &gen{cur: c, stop: map[string]bool{}, actors: map[string]actorRow{},
		names: map[nameRow]bool{}, seenCty: map[string]bool{}}
	for _, w := range strings.Split(stopwordsText, "\n") {
		if w == "" || w[0] == '#' {
			continue
		}
		g.stop[w] = true
	}
	return g
}

// personAliases merges Phoenix people into the curated official with the
// same person under a shorter name.
var personAliases = map[string]string{
	"hojatolislam-sayyed-ali-khamenei": "ali-khamenei",
	"recep-tayyip-erdogan":             "recep-tayyip-erdogan",
}

// addName records a name of id unless a curated table already gives it,
// it names another curated actor, or it is a common word.
func (g *gen) addName(text, id, kind string) {
	key := normKey(text)
	bare := strings.TrimPrefix(key, "the ")
	if bare == "" {
		return
	}
	if ids := g.cur.keys[bare]; len(ids) > 0 {
		for _, o := range ids {
			if o == id {
				return // the curated tables say it already
			}
		}
		g.dropped++ // the name of another curated actor: Georgia the US state
		return
	}
	if !strings.Contains(bare, " ") && (g.stop[bare] || len(bare) < 5 && kind != "acronym") {
		g.dropped++
		return
	}
	if !strings.Contains(bare, " ") && len(bare) < 3 {
		g.dropped++
		return
	}
	g.names[nameRow{key, id, kind}] = true
}

var regionWords = []string{"province", "governorate", "region", "state", "district", "oblast", "prefecture",
	"territory", "county", "department", "island", "islands", "valley", "desert", "mountains", "river", "lake", "sea"}

func hasWord(key string, words []string) bool {
	for _, w := range strings.Fields(key) {
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}

// similar reports whether a key looks like a spelling of one of names:
// within two edits, or sharing a first word of four or more letters.
func similar(key string, names []string) bool {
	kw := strings.Fields(key)
	for _, n := range names {
		if n == "" {
			continue
		}
		if levenshtein(key, n) <= 2 && len(n) >= 5 {
			return true
		}
		nw := strings.Fields(n)
		if len(kw) > 0 && len(nw) > 0 && len(nw[0]) >= 4 && len(kw[0]) >= 4 && kw[0][:4] == nw[0][:4] {
			return true
		}
	}
	return false
}

func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// countryOf maps the first three letters of a Phoenix code to a country.
func (g *gen) countryOf(code string) (country, bool) {
	if len(code) < 3 {
		return country{}, false
	}
	c, ok := g.cur.countryByCode[code[:3]]
	return c, ok
}

func dated(b block) bool {
	for _, c := range b.Codes {
		if c.Dated {
			return true
		}
	}
	return false
}

// countries reads the country file: names blocks (plain country codes)
// give the country's spellings, cities and regions; blocks with dated
// codes are people; other coded blocks are national institutions.
func (g *gen) countries(blocks []block) {
	for _, b := range blocks {
		if len(b.Codes) == 0 {
			continue
		}
		plain := true
		for _, c := range b.Codes {
			if len(c.Code) != 3 {
				plain = false
			}
		}
		// A block headed by a country's curated name is that country's
		// names block, whatever its codes say (former Soviet republics
		// carry [USRGEO <910409]-style codes).
		if co, ok := g.countryNamed(b.Name); ok {
			g.countryNames(b, co)
			continue
		}
		switch {
		case plain:
			co, ok := g.countryOf(b.Codes[0].Code)
			if !ok {
				continue
			}
			g.countryNames(b, co)
		case dated(b):
			g.person(b)
		default:
			g.institution(b, "")
		}
	}
}

// countryNamed returns the country whose curated name, or a name of which,
// is the phrase.
func (g *gen) countryNamed(p string) (country, bool) {
	for _, id := range g.cur.keys[strings.TrimPrefix(normKey(phrase(p)), "the ")] {
		if g.cur.ids[id] != "country" {
			continue
		}
		for _, co := range g.cur.countryByCode {
			if co.ID == id {
				return co, true
			}
		}
	}
	return country{}, false
}

func (g *gen) countryNames(b block, co country) {
	main := !g.seenCty[co.ID]
	g.seenCty[co.ID] = true
	all := append([]string{b.Name}, b.Syns...)
	capIdx := -1
	capKey := normKey(co.Capital)
	for i, p := range all {
		if capKey != "" && normKey(p) == capKey {
			capIdx = i
			break
		}
	}
	for i, p := range all {
		key := normKey(phrase(p))
		var kind string
		switch {
		case hasWord(key, regionWords):
			kind = "region"
		case !main:
			kind = "region"
		case similar(key, co.Keys):
			kind = "name"
			if isDemonym(key) {
				kind = "demonym"
			}
		case capIdx >= 0 && i < capIdx:
			kind = "name"
		default:
			kind = "city"
		}
		g.addName(phrase(p), co.ID, kind)
	}
}

func isDemonym(key string) bool {
	for _, s := range []string{"an", "ans", "ese", "i", "is", "ish", "ians"} {
		if strings.HasSuffix(key, s) && !strings.HasSuffix(key, "stan") {
			return true
		}
	}
	return false
}

// roleLabels turns the sector part of a Phoenix code into words.
var roleLabels = map[string]string{
	"GOV": "government", "MIL": "military", "ELI": "elite", "SPY": "intelligence", "COP": "police",
	"REB": "rebel", "OPP": "opposition", "JUD": "judiciary", "LEG": "legislature", "BUS": "business",
	"MED": "media", "AGR": "agriculture", "CRM": "criminal", "CVL": "civilian", "DEV": "development",
	"EDU": "education", "ENV": "environment", "HLH": "health", "HRI": "human rights", "LAB": "labour",
	"PTY": "party", "REF": "refugees", "REL": "religion", "UAF": "armed forces", "INS": "insurgent",
	"RAD": "radical", "MOD": "moderate", "SEP": "separatist", "MUS": "Muslim", "CHR": "Christian",
	"JEW": "Jewish", "HIN": "Hindu", "BUD": "Buddhist", "NGO": "NGO", "IGO": "international organisation",
	"OCC": "occupation", "PPL": "people", "IMG": "militant group", "CTH": "Catholic", "SHI": "Shia", "SUN": "Sunni",
}

// roleOf reads the sector codes after the country: "GOVBUS" → "government, business".
func roleOf(rest string) string {
	var parts []string
	for i := 0; i+3 <= len(rest); i += 3 {
		if l, ok := roleLabels[rest[i:i+3]]; ok {
			parts = append(parts, l)
		}
	}
	if len(parts) == 0 {
		return "national"
	}
	return strings.Join(parts, ", ")
}

// typeOf maps the first sector code to an actor type.
func typeOf(rest string) string {
	if len(rest) < 3 {
		return "government"
	}
	switch rest[:3] {
	case "GOV", "LEG", "JUD", "SPY", "COP", "ELI":
		return "government"
	case "MIL":
		return "military"
	case "REB", "OPP", "INS", "RAD", "SEP", "UAF", "CRM", "IMG":
		return "group"
	default:
		return "organisation"
	}
}

var igoLabels = map[string]string{
	"IGOUNO": "United Nations", "IGOWSTNAT": "NATO", "IGOEUREEC": "European Union",
	"IGOUNODEVWBK": "World Bank", "IGOUNOWBK": "World Bank", "IGOUNOIAE": "IAEA", "IGOUNOKID": "UNICEF",
	"IGOUNOREFHCR": "UNHCR", "IGOUNOHLHWHO": "WHO", "IGOUNOWFP": "World Food Programme",
	"IGOUNOHRIHCH": "UN High Commissioner for Human Rights", "IGOUNOJUDICJ": "International Court of Justice",
	"IGOAFRAFU": "African Union", "IGOSEAASN": "ASEAN", "IGOMEAARL": "Arab League", "IGOBUSIMF": "IMF",
	"IGOBUSWTO": "WTO", "IGOBUSOPC": "OPEC",
}

func igoLabel(code string) string {
	for c := code; len(c) >= 6; c = c[:len(c)-3] {
		if l, ok := igoLabels[c]; ok {
			return l
		}
	}
	return "international organisation"
}

// person adds a person with terms from a block with dated codes.
func (g *gen) person(b block) {
	name := titleCase(b.Name)
	var terms []termRow
	var last termRow
	for _, c := range b.Codes {
		t := termRow{From: c.From, To: c.To}
		if strings.HasPrefix(c.Code, "IGO") {
			t.Role = igoLabel(c.Code)
		} else if co, ok := g.countryOf(c.Code); ok {
			t.Country, t.Role = co.ISO3, roleOf(c.Code[3:])
		} else {
			continue
		}
		terms = append(terms, t)
		if last.Role == "" || t.From > last.From || t.To == "" && c.Dated && last.To != "" {
			last = t
		}
	}
	if len(terms) == 0 {
		return
	}
	id := slug(name)
	if a, ok := personAliases[id]; ok {
		id = a
	}
	if o, ok := g.cur.officialByKey[normKey(name)]; ok {
		id = o
	}
	if typ, ok := g.cur.ids[id]; ok {
		if typ != "person" {
			id += "-" + strings.ToLower(last.Country)
		}
	} else if a, ok := g.actors[id]; ok {
		if a.Type != "person" || a.Country != last.Country {
			id += "-" + strings.ToLower(last.Country)
		}
	}
	if _, clash := g.cur.ids[id]; clash && g.cur.ids[id] != "person" {
		return
	}
	if _, curatedPerson := g.cur.ids[id]; !curatedPerson {
		if a, ok := g.actors[id]; ok && a.Type != "person" {
			return
		}
		g.actors[id] = actorRow{ID: id, Type: "person", Country: last.Country, Name: name, Role: last.Role}
	}
	for _, t := range terms {
		t.ID = id
		g.terms = append(g.terms, t)
	}
	if strings.Contains(name, " ") {
		g.addName(name, id, "name")
	} else {
		g.addName(name, id, "surname") // "Khodaidad": one word is as ambiguous as a surname
	}
	for _, s := range b.Syns {
		p := phrase(s)
		if strings.Contains(p, " ") {
			g.addName(p, id, "name")
		} else {
			g.addName(p, id, "surname")
		}
	}
}

var orgWords = []string{"organization", "organisation", "agency", "council", "commission", "fund", "bank", "union",
	"league", "court", "tribunal", "programme", "program", "office", "committee", "assembly", "conference",
	"community", "forum", "association", "alliance", "treaty", "secretariat", "institute", "federation",
	"group", "front", "army", "movement", "party", "brigade", "brigades", "organisation", "force", "forces",
	"network", "jihad", "mujahideen", "taliban", "cell", "cells", "militia", "battalion", "liberation"}

// institution adds a non-person block as an actor of its own, or its names
// to the curated actor one of them already names.
func (g *gen) institution(b block, defType string) {
	all := append([]string{b.Name}, b.Syns...)
	for _, p := range all {
		for _, id := range g.cur.keys[strings.TrimPrefix(normKey(phrase(p)), "the ")] {
			if g.cur.ids[id] == "country" {
				return // "Kremlin", "Georgia": the curated reading wins
			}
		}
	}
	for _, p := range all {
		if ids := g.cur.keys[strings.TrimPrefix(normKey(phrase(p)), "the ")]; len(ids) == 1 {
			if t := g.cur.ids[ids[0]]; t != "country" && t != "person" {
				for _, q := range all {
					g.addName(phrase(q), ids[0], nameKind(q))
				}
				return
			}
		}
	}
	c := b.Codes[0].Code
	typ, iso, role := defType, "", ""
	if strings.HasPrefix(c, "IGO") {
		typ = "igo"
	} else if co, ok := g.countryOf(c); ok {
		iso = co.ISO3
		if typ == "" {
			typ = typeOf(c[3:])
		}
		role = roleOf(c[3:])
	} else if typ == "" {
		return
	}
	if typ == "group" {
		role = ""
	}
	name := titleCase(b.Name)
	id := slug(name)
	if id == "" {
		return
	}
	if _, clash := g.cur.ids[id]; clash {
		return
	}
	if a, ok := g.actors[id]; ok && (a.Type != typ || a.Country != iso) {
		return
	}
	g.actors[id] = actorRow{ID: id, Type: typ, Country: iso, Name: name, Role: role}
	for _, p := range all {
		g.addName(phrase(p), id, nameKind(p))
	}
}

// nameKind calls a short all-capital single word an acronym.
func nameKind(p string) string {
	p = strings.Trim(phrase(p), " .")
	if !strings.Contains(p, " ") && len(p) <= 6 && strings.ToUpper(p) == p {
		return "acronym"
	}
	return "name"
}

// groups reads the armed and non-state groups file.
func (g *gen) groups(blocks []block) {
	for _, b := range blocks {
		if len(b.Codes) == 0 {
			continue
		}
		if dated(b) {
			g.person(b)
			continue
		}
		g.institution(b, "group")
	}
}

// international reads the IGO file: its people with dated terms, and the
// IGO blocks that name a curated IGO or look like an organisation.
func (g *gen) international(blocks []block) {
	for _, b := range blocks {
		if len(b.Codes) == 0 || !strings.HasPrefix(b.Codes[0].Code, "IGO") {
			continue
		}
		if dated(b) {
			g.person(b)
			continue
		}
		key := normKey(phrase(b.Name))
		named := false
		for _, p := range append([]string{b.Name}, b.Syns...) {
			if len(g.cur.keys[strings.TrimPrefix(normKey(phrase(p)), "the ")]) > 0 {
				named = true
			}
		}
		if named || hasWord(key, orgWords) || len(b.Syns) > 0 {
			g.institution(b, "igo")
		}
	}
}

func (g *gen) writeActors(w *bufio.Writer) error {
	fmt.Fprintln(w, "# Actors from the Phoenix dictionaries (MIT, see LICENSE-phoenix).")
	fmt.Fprintln(w, "# Generated by extract/internal/lexgen: do not edit.\n# id\ttype\tcountry\tname\trole")
	ids := make([]string, 0, len(g.actors))
	for id := range g.actors {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := g.actors[id]
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", a.ID, a.Type, a.Country, a.Name, a.Role)
	}
	return nil
}

func (g *gen) writeNames(w *bufio.Writer) error {
	fmt.Fprintln(w, "# Names from the Phoenix dictionaries (MIT, see LICENSE-phoenix), normalised.")
	fmt.Fprintln(w, "# Generated by extract/internal/lexgen: do not edit.\n# key\tactor id\tkind")
	rows := make([]nameRow, 0, len(g.names))
	for r := range g.names {
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.Key != b.Key {
			return a.Key < b.Key
		}
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		return a.Kind < b.Kind
	})
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%s\t%s\n", r.Key, r.ID, r.Kind)
	}
	return nil
}

func (g *gen) writeTerms(w *bufio.Writer) error {
	fmt.Fprintln(w, "# Terms of office from the Phoenix dictionaries (MIT, see LICENSE-phoenix).")
	fmt.Fprintln(w, "# Generated by extract/internal/lexgen: do not edit.\n# id\trole\tcountry\tfrom\tto")
	seen := map[termRow]bool{}
	for _, t := range g.terms {
		if seen[t] {
			continue
		}
		seen[t] = true
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", t.ID, t.Role, t.Country, t.From, t.To)
	}
	return nil
}
