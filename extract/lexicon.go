package extract

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// lexdata holds the built-in lexicon: hand-curated tables and the tables
// generated from the Phoenix dictionaries by extract/internal/lexgen.
//
//go:embed lexdata/*.tsv
var lexdata embed.FS

// ErrLexicon reports embedded or user lexicon data that cannot be parsed.
var ErrLexicon = errors.New("extract: bad lexicon data")

// Name kinds, the values of NameEntry.Kind.
const (
	KindName    = "name"    // official or common name
	KindShort   = "short"   // "US", "UK"
	KindAcronym = "acronym" // "NATO", "UNHCR"
	KindDemonym = "demonym" // "Pakistani", "Emiratis"
	KindCapital = "capital" // "Islamabad": stands for the government
	KindSeat    = "seat"    // "the Kremlin", "White House": stands for the government
	KindCity    = "city"
	KindRegion  = "region"
	KindSurname = "surname" // a person's last name alone: "Rubio"
)

// Lexicon is the actor lexicon: names of countries, IGOs, groups and
// people, their terms of office, and the agent words that type an actor.
// A Lexicon is read-only once built and safe for concurrent use.
type Lexicon struct {
	names    map[string][]NameEntry
	maxName  int
	actors   map[string]Actor
	byISO    map[string]string
	terms    map[string][]Term
	agents   map[string]AgentEntry
	maxAgent int
	// agentPrefix holds every key of agents and its leading words ("foreign"
	// for "foreign ministry"), so that a scan stops at the first word that
	// starts no agent phrase.
	agentPrefix map[string]bool
	actorOrder  []string
}

// NameEntry is one reading of a name: the actor it stands for and how.
type NameEntry struct {
	ActorID string
	// Kind is one of the Kind constants: "name", "short", "acronym",
	// "demonym", "capital", "seat", "city", "region", "surname".
	Kind string
}

// Term is a term of office of a person. From and To are YYYY-MM-DD;
// an empty From or To leaves that end open.
type Term struct{ Role, Country, From, To string }

// AgentEntry is the reading of an agent word such as "army" or
// "foreign minister": the Type of actor it makes of the country it is
// attached to (government, military, group, organisation, person) and a
// Role ("Foreign Minister" for people, else a short label like "army").
type AgentEntry struct {
	Type string
	Role string
}

var (
	builtinOnce sync.Once
	builtinLex  *Lexicon
	builtinErr  error
)

// BuiltinLexicon parses the embedded lexicon data once and returns the
// shared, read-only lexicon. Later calls return the same value.
func BuiltinLexicon() (*Lexicon, error) {
	builtinOnce.Do(func() {
		builtinLex, builtinErr = loadLexicon(lexdata)
	})
	return builtinLex, builtinErr
}

// LookupName returns the readings of a name key (the output of
// NormalizeName), best first, or nil if the key is unknown.
func (l *Lexicon) LookupName(key string) []NameEntry { return l.names[key] }

// MaxNameTokens returns the length in tokens of the longest name key, to
// bound the phrase scan.
func (l *Lexicon) MaxNameTokens() int { return l.maxName }

// Actor returns the canonical actor with the given id, without aliases.
func (l *Lexicon) Actor(id string) (Actor, bool) {
	a, ok := l.actors[id]
	return a, ok
}

// CountryByCode returns the country actor with the given ISO 3166-1
// alpha-3 code ("PAK"), or false if there is none.
func (l *Lexicon) CountryByCode(iso3 string) (Actor, bool) {
	id, ok := l.byISO[iso3]
	if !ok {
		return Actor{}, false
	}
	return l.Actor(id)
}

// Terms returns the terms of office of a person, oldest first, or nil.
func (l *Lexicon) Terms(personID string) []Term { return l.terms[personID] }

// LookupAgent returns the reading of an agent word key (normalised,
// singular or plural: "troops", "foreign ministry", "prime minister").
func (l *Lexicon) LookupAgent(key string) (AgentEntry, bool) {
	a, ok := l.agents[key]
	return a, ok
}

// MaxAgentTokens returns the length in tokens of the longest agent key.
func (l *Lexicon) MaxAgentTokens() int { return l.maxAgent }

// ActorIDs returns the ids of all actors, sorted.
func (l *Lexicon) ActorIDs() []string { return append([]string(nil), l.actorOrder...) }

// NormalizeName folds a phrase to a lookup key: lower case, diacritics
// removed ("é" → "e"), apostrophes and dots removed ("U.S." → "us"),
// hyphens and other punctuation turned into spaces, runs of spaces
// collapsed to one and trimmed. "U.S." and "US" give the same key.
func NormalizeName(s string) string {
	// Fast path: a key that is already normalised is returned as is.
	if isNormalASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r < utf8.RuneSelf {
			switch {
			case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			case 'A' <= r && r <= 'Z':
				r += 'a' - 'A'
			case r == '.' || r == '\'' || r == '`':
				continue
			default:
				space = true
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		if r == '’' || r == '‘' || r == 'ʼ' || r == '´' {
			continue
		}
		if rep, ok := foldSpecial[r]; ok {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(rep)
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) {
			if !unicode.Is(unicode.Mn, r) {
				space = true
			}
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		for _, d := range norm.NFD.String(string(buf[:n])) {
			if unicode.Is(unicode.Mn, d) {
				continue
			}
			b.WriteRune(unicode.ToLower(d))
		}
	}
	return b.String()
}

// foldSpecial folds letters that have no Unicode decomposition.
var foldSpecial = map[rune]string{
	'ß': "ss", 'æ': "ae", 'Æ': "ae", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l",
	'đ': "d", 'Đ': "d", 'ı': "i", 'œ': "oe", 'Œ': "oe", 'þ': "th", 'ð': "d",
}

// isNormalASCII reports whether s is already a normalised key: lower-case
// ASCII letters and digits in words separated by single spaces.
func isNormalASCII(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == ' ':
			if s[i-1] == ' ' {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// tokens counts the words of a normalised key.
func tokens(key string) int {
	if key == "" {
		return 0
	}
	return strings.Count(key, " ") + 1
}

// tsvFile reads a tab-separated table from the embedded data, skipping
// blank lines and lines starting with '#', and calls row with the fields
// of each line, which must number at least minFields.
func tsvFile(fsys embed.FS, name string, minFields int, row func(f []string) error) error {
	data, err := fsys.ReadFile("lexdata/" + name)
	if err != nil {
		return fmt.Errorf("read lexicon %s: %w", name, err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) < minFields {
			return fmt.Errorf("lexicon %s:%d: %d fields, want %d: %w", name, line, len(f), minFields, ErrLexicon)
		}
		if err := row(f); err != nil {
			return fmt.Errorf("lexicon %s:%d: %w", name, line, err)
		}
	}
	return sc.Err()
}

// loadLexicon builds a Lexicon from the tables of fsys. Hand-curated
// tables come first, so that their readings of a name are listed first
// and their agents and actors win over the generated ones.
func loadLexicon(fsys embed.FS) (*Lexicon, error) {
	l := &Lexicon{
		names:       make(map[string][]NameEntry, 1<<16),
		actors:      make(map[string]Actor, 1<<13),
		byISO:       make(map[string]string, 256),
		terms:       make(map[string][]Term, 1<<12),
		agents:      make(map[string]AgentEntry, 1<<12),
		agentPrefix: make(map[string]bool, 1<<13),
	}
	iso := make(map[string]bool, 256)
	if err := tsvFile(fsys, "iso3166.tsv", 2, func(f []string) error {
		iso[f[0]] = true
		return nil
	}); err != nil {
		return nil, err
	}
	addActor := func(a Actor) error {
		if a.ID == "" || a.Name == "" {
			return fmt.Errorf("actor %q without id or name: %w", a.ID, ErrLexicon)
		}
		if a.Country != "" && !iso[a.Country] {
			return fmt.Errorf("actor %s: country %q is not ISO 3166-1 alpha-3: %w", a.ID, a.Country, ErrLexicon)
		}
		if _, dup := l.actors[a.ID]; dup {
			return fmt.Errorf("actor %s defined twice: %w", a.ID, ErrLexicon)
		}
		l.actors[a.ID] = a
		return nil
	}
	// countries.tsv: id, iso3, phoenix code, name, capital, demonyms,
	// other names, short forms (lists separated by "|").
	var countryNames [][]string
	if err := tsvFile(fsys, "countries.tsv", 8, func(f []string) error {
		if _, dup := l.byISO[f[1]]; dup {
			return fmt.Errorf("country code %s used twice: %w", f[1], ErrLexicon)
		}
		l.byISO[f[1]] = f[0]
		countryNames = append(countryNames, f)
		return addActor(Actor{ID: f[0], Name: f[3], Type: TypeCountry, Country: f[1]})
	}); err != nil {
		return nil, err
	}
	for _, f := range countryNames {
		id := f[0]
		l.addName(f[3], id, KindName)
		for _, n := range splitList(f[6]) {
			l.addName(n, id, KindName)
		}
		for _, n := range splitList(f[7]) {
			l.addName(n, id, KindShort)
		}
		for _, n := range splitList(f[5]) {
			l.addName(n, id, KindDemonym)
		}
		if f[4] != "" && NormalizeName(f[4]) != NormalizeName(f[3]) {
			l.addName(f[4], id, KindCapital)
		}
	}
	// actors.tsv, curated-actors.tsv, actors-conflict.tsv and
	// phoenix-actors.tsv: id, type,
	// country, name, role
	for _, file := range []string{"actors.tsv", "curated-actors.tsv", "actors-conflict.tsv", "phoenix-actors.tsv"} {
		if err := tsvFile(fsys, file, 4, func(f []string) error {
			a := Actor{ID: f[0], Type: f[1], Country: f[2], Name: f[3]}
			if len(f) > 4 {
				a.Role = f[4]
			}
			return addActor(a)
		}); err != nil {
			return nil, err
		}
	}
	// officials.tsv: id, name, country, role, from, to, surname
	if err := tsvFile(fsys, "officials.tsv", 6, func(f []string) error {
		id := f[0]
		t := Term{Role: f[3], Country: f[2], From: f[4], To: f[5]}
		if t.Country != "" && !iso[t.Country] {
			return fmt.Errorf("official %s: country %q is not ISO 3166-1 alpha-3: %w", id, t.Country, ErrLexicon)
		}
		a, ok := l.actors[id]
		if !ok {
			if err := addActor(Actor{ID: id, Name: f[1], Type: TypePerson, Country: f[2], Role: f[3]}); err != nil {
				return err
			}
		} else if a.Type == TypePerson && laterTerm(t, l.terms[id]) {
			a.Role, a.Country = t.Role, t.Country
			l.actors[id] = a
		}
		l.addName(f[1], id, KindName)
		l.terms[id] = append(l.terms[id], t)
		if len(f) > 6 && f[6] != "-" {
			for _, n := range splitList(f[6]) {
				l.addName(n, id, KindSurname) // "Widodo|Jokowi"
			}
		}
		return nil
	}); err != nil {
		return nil, err
	}
	// phoenix-terms.tsv: id, role, country, from, to
	if err := tsvFile(fsys, "phoenix-terms.tsv", 5, func(f []string) error {
		if _, ok := l.actors[f[0]]; !ok {
			return fmt.Errorf("term of unknown actor %s: %w", f[0], ErrLexicon)
		}
		l.terms[f[0]] = append(l.terms[f[0]], Term{Role: f[1], Country: f[2], From: f[3], To: f[4]})
		return nil
	}); err != nil {
		return nil, err
	}
	// names.tsv, curated-names.tsv, names-conflict.tsv and
	// phoenix-names.tsv: phrase, actor
	// id, kind, and in the curated tables an optional "first": the reading
	// goes before those already listed ("Congo" reads first as the DRC).
	for _, file := range []string{"names.tsv", "curated-names.tsv", "names-conflict.tsv", "phoenix-names.tsv"} {
		if err := tsvFile(fsys, file, 3, func(f []string) error {
			if _, ok := l.actors[f[1]]; !ok {
				return fmt.Errorf("name %q of unknown actor %s: %w", f[0], f[1], ErrLexicon)
			}
			if !validKind[f[2]] {
				return fmt.Errorf("name %q: unknown kind %q: %w", f[0], f[2], ErrLexicon)
			}
			if len(f) > 3 && f[3] == "first" {
				l.firstName(f[0], f[1], f[2])
				return nil
			}
			l.addName(f[0], f[1], f[2])
			return nil
		}); err != nil {
			return nil, err
		}
	}
	// Every actor answers to its display name, unless the tables already
	// give that name a reading for it (a one-word person name is a surname).
	for id, a := range l.actors {
		l.actorOrder = append(l.actorOrder, id)
		known := false
		for _, e := range l.names[NormalizeName(a.Name)] {
			known = known || e.ActorID == id
		}
		if !known {
			l.addName(a.Name, id, KindName)
		}
	}
	sort.Strings(l.actorOrder)
	for _, ts := range l.terms {
		sort.SliceStable(ts, func(i, j int) bool { return ts[i].From < ts[j].From })
	}
	// agents.tsv and phoenix-agents.tsv: phrase, type, role
	for _, file := range []string{"agents.tsv", "phoenix-agents.tsv"} {
		if err := tsvFile(fsys, file, 3, func(f []string) error {
			key := NormalizeName(f[0])
			if key == "" {
				return nil
			}
			if _, ok := l.agents[key]; ok {
				return nil // the first reading wins
			}
			l.agents[key] = AgentEntry{Type: f[1], Role: f[2]}
			l.maxAgent = max(l.maxAgent, tokens(key))
			addPrefixes(l.agentPrefix, key)
			return nil
		}); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// addPrefixes adds key and each of its leading runs of words to set.
func addPrefixes(set map[string]bool, key string) {
	for i := range len(key) {
		if key[i] == ' ' {
			set[key[:i]] = true
		}
	}
	set[key] = true
}

var validKind = map[string]bool{
	KindName: true, KindShort: true, KindAcronym: true, KindDemonym: true, KindCapital: true,
	KindSeat: true, KindCity: true, KindRegion: true, KindSurname: true,
}

// splitList splits a "|"-separated list, dropping empty items.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// laterTerm reports whether t is more recent than every term of ts, so
// that a person's Role is the one held last.
func laterTerm(t Term, ts []Term) bool {
	for _, o := range ts {
		if o.To == "" && t.To != "" {
			return false
		}
		if o.From > t.From && !(t.To == "" && o.To != "") {
			return false
		}
	}
	return true
}

// addName records a reading of a phrase, once per actor and kind. A
// phrase starting with "the" is also recorded without it, and a seat of
// government also with it.
func (l *Lexicon) addName(phrase, id, kind string) {
	key := NormalizeName(phrase)
	if key == "" {
		return
	}
	l.addKey(key, id, kind)
	if rest, ok := strings.CutPrefix(key, "the "); ok {
		l.addKey(rest, id, kind)
	} else if kind == KindSeat {
		l.addKey("the "+key, id, kind) // "the Kremlin", "the White House"
	}
}

// firstName records a reading of a phrase ahead of the readings already
// listed for it, and drops those of the same actor.
func (l *Lexicon) firstName(phrase, id, kind string) {
	key := NormalizeName(phrase)
	if key == "" {
		return
	}
	keys := []string{key}
	if rest, ok := strings.CutPrefix(key, "the "); ok {
		keys = append(keys, rest)
	}
	for _, k := range keys {
		es := []NameEntry{{ActorID: id, Kind: kind}}
		for _, e := range l.names[k] {
			if e.ActorID != id {
				es = append(es, e)
			}
		}
		l.names[k] = es
		l.maxName = max(l.maxName, tokens(k))
	}
}

func (l *Lexicon) addKey(key, id, kind string) {
	for _, e := range l.names[key] {
		if e.ActorID == id && e.Kind == kind {
			return
		}
	}
	l.names[key] = append(l.names[key], NameEntry{ActorID: id, Kind: kind})
	l.maxName = max(l.maxName, tokens(key))
}
