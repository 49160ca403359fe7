package extract

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"weak"

	"gopkg.in/yaml.v3"
)

// UserLexicon is a parsed user lexicon file: the actors, extra names,
// relation phrases and names that are not actors that a user teaches the
// extractor. The file format is YAML (JSON is accepted):
//
//	actors:
//	  - id: acme-minerals
//	    name: Acme Minerals Corporation
//	    type: organisation        # country igo government military person organisation group
//	    country: USA              # ISO 3166-1 alpha-3
//	    aliases: [AMC, Acme Minerals]
//	    role: ""                  # for people
//	aliases:                      # more names for an existing actor
//	  united-states: [the Biden administration, Foggy Bottom]
//	relations:                    # verbs or nouns with their CAMEO code
//	  - phrase: inked a pact with
//	    cameo: "057"
//	not_actors: [Top Stories, Breaking News]
//
// An alias is read as a name or, when written in capitals ("AMC"), as an
// acronym. A comment after an alias in a block list may name another kind
// ("- rubio  # surname"): short, acronym, demonym, capital, seat, city,
// region or surname, as ExportLexicon writes them.
type UserLexicon struct {
	Actors    []UserActor
	Aliases   map[string][]string
	Relations []UserRelation
	NotActors []string
	// File is the name the lexicon was parsed under, for messages.
	File string

	// kinds holds the name kind of aliases given one by a comment,
	// by normalised alias key.
	kinds map[string]string
}

// UserActor is an actor defined by a user lexicon. Line is its line in
// the file.
type UserActor struct {
	ID, Name, Type, Country, Role string
	Aliases                       []string
	Line                          int
}

// UserRelation is a relation phrase of a user lexicon ("inked a pact
// with") with its CAMEO code ("057"). Line is its line in the file.
type UserRelation struct {
	Phrase, Cameo string
	Line          int
}

// LexiconError is one problem of a user lexicon file, at a line. It
// wraps ErrLexicon.
type LexiconError struct {
	File string
	Line int // 0 when the problem has no line
	Msg  string
}

// Error returns "FILE:LINE: what is wrong".
func (e *LexiconError) Error() string {
	if e.Line <= 0 {
		return e.File + ": " + e.Msg
	}
	return e.File + ":" + strconv.Itoa(e.Line) + ": " + e.Msg
}

// Unwrap returns ErrLexicon.
func (e *LexiconError) Unwrap() error { return ErrLexicon }

// validType lists the actor types a user may give.
var validType = map[string]bool{
	TypeCountry: true, TypeIGO: true, TypeGovernment: true, TypeMilitary: true,
	TypePerson: true, TypeOrganisation: true, TypeGroup: true,
}

const typeList = "country, igo, government, military, person, organisation, group"

// validID is the form of an actor id: a lower-case slug.
var validID = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

var (
	isoOnce sync.Once
	isoSet  map[string]bool
	isoErr  error
)

// isoCodes returns the ISO 3166-1 alpha-3 codes the lexicon accepts.
func isoCodes() (map[string]bool, error) {
	isoOnce.Do(func() {
		set := make(map[string]bool, 256)
		isoErr = tsvFile(lexdata, "iso3166.tsv", 2, func(f []string) error {
			set[f[0]] = true
			return nil
		})
		isoSet = set
	})
	return isoSet, isoErr
}

// userParser collects the problems of one file.
type userParser struct {
	file string
	base *Lexicon
	iso  map[string]bool
	errs []error
	// actorAliases are the alias nodes of the valid actors, by actor id.
	actorAliases []idNode
	// ids are the ids of the file's actors, valid or not.
	ids map[string]bool
}

type idNode struct {
	id   string
	node *yaml.Node
}

func (p *userParser) errorf(line int, format string, args ...any) {
	p.errs = append(p.errs, &LexiconError{File: p.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// ParseUserLexicon parses one user lexicon file (YAML or JSON, told by
// content) named name and validates it against base. Every problem of the
// file is reported, each as a *LexiconError "FILE:LINE: what is wrong",
// joined in one error; on error nothing is returned. Problems are: YAML
// or JSON syntax, an unknown field, a missing id, name, type, phrase or
// code, a malformed id, a type not in the list, a country code not in ISO
// 3166-1 alpha-3, a CAMEO code not in CameoCodes, an id defined twice, an
// id of a built-in actor of another type, an alias claimed by two actors,
// aliases for an id that neither base nor the file defines, a phrase given
// two codes, and a name both given to an actor and listed as not an actor.
// A user actor whose id and type are those of a built-in actor overrides
// its name, country and role (see With).
func ParseUserLexicon(name string, data []byte, base *Lexicon) (*UserLexicon, error) {
	iso, err := isoCodes()
	if err != nil {
		return nil, fmt.Errorf("parse lexicon %s: %w", name, err)
	}
	if base == nil {
		return nil, fmt.Errorf("parse lexicon %s: %w", name, ErrNoLexicon)
	}
	p := &userParser{file: name, base: base, iso: iso, ids: map[string]bool{}}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		p.syntax(err, data)
		return nil, errors.Join(p.errs...)
	}
	u := &UserLexicon{File: name}
	if len(doc.Content) == 0 {
		return u, nil // an empty file teaches nothing
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		p.errorf(root.Line, "want a mapping with actors, aliases, relations, not_actors")
		return nil, errors.Join(p.errs...)
	}
	var aliasesNode, notNode *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		switch k.Value {
		case "actors":
			u.Actors = p.actors(v)
		case "aliases":
			aliasesNode = v
		case "relations":
			u.Relations = p.relations(v)
		case "not_actors":
			notNode = v
		default:
			p.errorf(k.Line, "unknown field %q (want actors, aliases, relations, not_actors)", k.Value)
		}
	}
	// Aliases need the file's actors, and not_actors all names.
	u.Aliases, u.kinds = p.aliases(aliasesNode)
	u.NotActors = p.notActors(notNode, u)
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	return u, nil
}

// yamlLine finds the line number in a yaml.v3 error message.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlParserProblems are the messages of yaml.v3's parser (not its
// scanner), which gives the line of the enclosing collection counted
// from 0.
var yamlParserProblems = map[string]bool{
	"did not find expected <document start>": true,
	"did not find expected node content":     true,
	"did not find expected '-' indicator":    true,
	"did not find expected key":              true,
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
}

// syntax records a YAML or JSON syntax error with its line. JSON input
// (starting with '{') is checked by encoding/json, which knows the exact
// place; yaml.v3 gives the line of the problem, or for a parser error the
// line where the enclosing list or mapping starts.
func (p *userParser) syntax(err error, data []byte) {
	if t := bytes.TrimLeft(data, " \t\r\n\ufeff"); len(t) > 0 && t[0] == '{' {
		var v any
		var se *json.SyntaxError
		if jerr := json.Unmarshal(data, &v); errors.As(jerr, &se) {
			line := 1 + bytes.Count(data[:min(int(se.Offset), len(data))], []byte("\n"))
			p.errorf(line, "%s", se.Error())
			return
		}
	}
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		if yamlParserProblems[m[2]] {
			n++
		}
		p.errorf(n, "%s", m[2])
		return
	}
	if msg = strings.TrimPrefix(msg, "yaml: "); yamlParserProblems[msg] {
		p.errorf(1, "%s", msg)
		return
	}
	p.errorf(0, "%s", msg)
}

// seq returns the items of a sequence node, reporting any other node.
func (p *userParser) seq(n *yaml.Node, what string) []*yaml.Node {
	if n == nil || n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		p.errorf(n.Line, "%s: want a list", what)
		return nil
	}
	return n.Content
}

// scalar returns the text of a scalar node, reporting any other node.
func (p *userParser) scalar(n *yaml.Node, what string) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		p.errorf(n.Line, "%s: want a string", what)
		return "", false
	}
	if n.Tag == "!!null" {
		return "", true
	}
	return strings.TrimSpace(n.Value), true
}

// list returns the scalars of a list, or of a single scalar.
func (p *userParser) list(n *yaml.Node, what string) []*yaml.Node {
	if n.Kind == yaml.ScalarNode {
		if n.Tag == "!!null" {
			return nil
		}
		return []*yaml.Node{n}
	}
	var out []*yaml.Node
	for _, item := range p.seq(n, what) {
		if _, ok := p.scalar(item, what); ok {
			out = append(out, item)
		}
	}
	return out
}

func (p *userParser) actors(n *yaml.Node) []UserActor {
	var out []UserActor
	seen := map[string]int{}
	for _, item := range p.seq(n, "actors") {
		if item.Kind != yaml.MappingNode {
			p.errorf(item.Line, "actor: want a mapping with id, name, type, country, aliases, role")
			continue
		}
		a := UserActor{Line: item.Line}
		var aliasNodes []*yaml.Node
		ok := true
		lines := map[string]int{}
		for i := 0; i+1 < len(item.Content); i += 2 {
			k, v := item.Content[i], item.Content[i+1]
			lines[k.Value] = v.Line
			var dst *string
			switch k.Value {
			case "id":
				dst = &a.ID
			case "name":
				dst = &a.Name
			case "type":
				dst = &a.Type
			case "country":
				dst = &a.Country
			case "role":
				dst = &a.Role
			case "aliases":
				for _, s := range p.list(v, "aliases") {
					if s.Value = strings.TrimSpace(s.Value); s.Value != "" {
						a.Aliases = append(a.Aliases, s.Value)
						aliasNodes = append(aliasNodes, s)
					}
				}
				continue
			default:
				p.errorf(k.Line, "unknown actor field %q (want id, name, type, country, aliases, role)", k.Value)
				continue
			}
			s, sok := p.scalar(v, k.Value)
			*dst, ok = s, ok && sok
		}
		if !ok {
			continue
		}
		line := func(field string) int {
			if l, ok := lines[field]; ok {
				return l
			}
			return item.Line
		}
		switch {
		case a.ID == "":
			p.errorf(item.Line, "actor without id")
			ok = false
		case !validID.MatchString(a.ID):
			p.errorf(line("id"), "id %q: want a lower-case slug like acme-minerals", a.ID)
			ok = false
		case seen[a.ID] != 0:
			p.errorf(line("id"), "actor %s defined twice (first at line %d)", a.ID, seen[a.ID])
			ok = false
		}
		if a.Name == "" || NormalizeName(a.Name) == "" {
			p.errorf(line("name"), "actor %s without name", a.ID)
			ok = false
		}
		if !validType[a.Type] {
			if a.Type == "" {
				p.errorf(item.Line, "actor %s without type (want one of %s)", a.ID, typeList)
			} else {
				p.errorf(line("type"), "type %q: want one of %s", a.Type, typeList)
			}
			ok = false
		}
		if a.Country != "" && !p.iso[a.Country] {
			p.errorf(line("country"), "country %q is not an ISO 3166-1 alpha-3 code", a.Country)
			ok = false
		}
		if b, exists := p.base.actors[a.ID]; exists && a.Type != "" && b.Type != a.Type {
			p.errorf(line("id"), "id %s is a built-in %s (%s); choose another id for this %s", a.ID, b.Type, b.Name, a.Type)
			ok = false
		}
		if a.ID != "" && seen[a.ID] == 0 {
			seen[a.ID] = item.Line
		}
		if a.ID != "" {
			p.ids[a.ID] = true
			// Claims of an actor with other problems are still checked.
			for _, s := range aliasNodes {
				p.actorAliases = append(p.actorAliases, idNode{a.ID, s})
			}
		}
		if ok {
			out = append(out, a)
		}
	}
	return out
}

func (p *userParser) relations(n *yaml.Node) []UserRelation {
	var out []UserRelation
	seen := map[string]UserRelation{}
	for _, item := range p.seq(n, "relations") {
		if item.Kind != yaml.MappingNode {
			p.errorf(item.Line, "relation: want a mapping with phrase and cameo")
			continue
		}
		r := UserRelation{Line: item.Line}
		ok := true
		codeLine := item.Line
		for i := 0; i+1 < len(item.Content); i += 2 {
			k, v := item.Content[i], item.Content[i+1]
			var dst *string
			switch k.Value {
			case "phrase":
				dst = &r.Phrase
			case "cameo":
				dst, codeLine = &r.Cameo, v.Line
			default:
				p.errorf(k.Line, "unknown relation field %q (want phrase, cameo)", k.Value)
				continue
			}
			s, sok := p.scalar(v, k.Value)
			*dst, ok = s, ok && sok
		}
		if !ok {
			continue
		}
		key := NormalizeName(r.Phrase)
		switch {
		case key == "":
			p.errorf(item.Line, "relation without phrase")
			continue
		case r.Cameo == "":
			p.errorf(item.Line, "relation %q without cameo code", r.Phrase)
			continue
		}
		if _, known := RelationFor(r.Cameo); !known {
			p.errorf(codeLine, "unknown CAMEO code %q for %q", r.Cameo, r.Phrase)
			continue
		}
		if o, dup := seen[key]; dup {
			if o.Cameo != r.Cameo {
				p.errorf(item.Line, "phrase %q coded %s here and %s at line %d", r.Phrase, r.Cameo, o.Cameo, o.Line)
			}
			continue
		}
		seen[key] = r
		out = append(out, r)
	}
	return out
}

// aliases reads the aliases section and checks that no name is claimed by
// two actors of the file. It returns the aliases and the kinds given by
// comments.
func (p *userParser) aliases(n *yaml.Node) (map[string][]string, map[string]string) {
	type claim struct {
		id   string
		line int
	}
	claims := map[string]claim{}
	kinds := map[string]string{}
	claimName := func(s *yaml.Node, id string, line int) bool {
		key := NormalizeName(s.Value)
		if key == "" {
			p.errorf(line, "alias %q of %s is empty once normalised", s.Value, id)
			return false
		}
		if c, ok := claims[key]; ok && c.id != id {
			p.errorf(line, "alias %q is claimed by %s (line %d) and by %s", s.Value, c.id, c.line, id)
			return false
		}
		claims[key] = claim{id, line}
		if k := commentKind(s.LineComment); k != "" {
			kinds[key] = k
		}
		return true
	}
	for _, an := range p.actorAliases {
		claimName(an.node, an.id, an.node.Line)
	}
	if n == nil || n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil, kinds
	}
	if n.Kind != yaml.MappingNode {
		p.errorf(n.Line, "aliases: want a mapping from actor id to names")
		return nil, kinds
	}
	out := map[string][]string{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		id := strings.TrimSpace(k.Value)
		if _, ok := p.base.actors[id]; !ok && !p.ids[id] {
			p.errorf(k.Line, "aliases for unknown actor %q", id)
			continue
		}
		for _, s := range p.list(v, "aliases of "+id) {
			s.Value = strings.TrimSpace(s.Value)
			if claimName(s, id, s.Line) {
				out[id] = append(out[id], s.Value)
			}
		}
	}
	return out, kinds
}

// notActors reads not_actors and checks that none is also given to an
// actor by the file.
func (p *userParser) notActors(n *yaml.Node, u *UserLexicon) []string {
	if n == nil {
		return nil
	}
	named := map[string]string{}
	for _, a := range u.Actors {
		named[NormalizeName(a.Name)] = a.ID
		for _, s := range a.Aliases {
			named[NormalizeName(s)] = a.ID
		}
	}
	for id, ss := range u.Aliases {
		for _, s := range ss {
			named[NormalizeName(s)] = id
		}
	}
	var out []string
	for _, s := range p.list(n, "not_actors") {
		v := strings.TrimSpace(s.Value)
		key := NormalizeName(v)
		if key == "" {
			p.errorf(s.Line, "not_actors: %q is empty once normalised", v)
			continue
		}
		if id, ok := named[key]; ok {
			p.errorf(s.Line, "%q is listed in not_actors and given to %s", v, id)
			continue
		}
		out = append(out, v)
	}
	return out
}

// commentKind reads a name kind from a line comment ("# surname").
func commentKind(c string) string {
	k := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(c), "#"))
	if validKind[k] {
		return k
	}
	return ""
}

// aliasKind is the kind of a user alias: the kind its comment gave, else
// an acronym when written in capitals, else a name.
func (u *UserLexicon) aliasKind(alias, key string) string {
	if k := u.kinds[key]; k != "" {
		return k
	}
	letters, upper := 0, true
	for _, r := range alias {
		if unicode.IsLetter(r) {
			letters++
			upper = upper && unicode.IsUpper(r)
		}
	}
	if letters >= 2 && upper {
		return KindAcronym
	}
	return KindName
}

// userLayer is what a Lexicon built by With knows beyond the fields of
// Lexicon: the suppressed names, the user relations and the version.
type userLayer struct {
	notActors map[string]bool
	relations []UserRelation
	version   string
}

// userLayers maps lexicons built by With (by weak pointer, so that a
// lexicon no longer used is collected) to their user layer.
var userLayers sync.Map // weak.Pointer[Lexicon] → *userLayer

func layerOf(l *Lexicon) *userLayer {
	if l == nil {
		return nil
	}
	v, ok := userLayers.Load(weak.Make(l))
	if !ok {
		return nil
	}
	return v.(*userLayer)
}

// With returns a new Lexicon: l plus the actors, aliases, relation
// phrases and not-actors of the user lexicons, applied in order (a later
// file wins over an earlier one). User names become LookupName readings
// of Kind "name" or "acronym" (or the kind a comment gives) listed before
// the built-in readings of the same key; a name listed in not_actors has
// no reading (LookupName returns nil) and IsNotActor reports it. l itself
// is unchanged and its Version differs from the result's. Each user
// lexicon is checked again against what it is added to: an alias for an
// unknown id or an id of another type is an error. A user actor with the
// id of a known actor replaces its name, and its country and role when
// given; its name is read first only when it differs from the known one,
// so that restating an actor (as an exported lexicon does) changes no
// reading.
func (l *Lexicon) With(us ...*UserLexicon) (*Lexicon, error) {
	if l == nil {
		return nil, ErrNoLexicon
	}
	n := &Lexicon{
		names:       maps.Clone(l.names),
		maxName:     l.maxName,
		actors:      maps.Clone(l.actors),
		byISO:       l.byISO,
		terms:       l.terms,
		agents:      l.agents,
		maxAgent:    l.maxAgent,
		agentPrefix: l.agentPrefix,
		actorOrder:  slices.Clone(l.actorOrder),
	}
	layer := &userLayer{notActors: map[string]bool{}}
	h := sha256.New()
	h.Write([]byte(l.Version()))
	if old := layerOf(l); old != nil {
		maps.Copy(layer.notActors, old.notActors)
		layer.relations = slices.Clone(old.relations)
	}
	var errs []error
	for i, u := range us {
		if u == nil {
			errs = append(errs, fmt.Errorf("user lexicon %d is nil: %w", i, ErrLexicon))
			continue
		}
		if err := n.apply(u, layer); err != nil {
			errs = append(errs, err)
			continue
		}
		h.Write(u.canonical())
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	slices.Sort(n.actorOrder)
	n.actorOrder = slices.Compact(n.actorOrder)
	layer.version = hex.EncodeToString(h.Sum(nil))[:12]
	wp := weak.Make(n)
	userLayers.Store(wp, layer)
	runtime.AddCleanup(n, func(wp weak.Pointer[Lexicon]) { userLayers.Delete(wp) }, wp)
	return n, nil
}

// apply adds one user lexicon to l, a lexicon With is building (never
// shared yet).
func (l *Lexicon) apply(u *UserLexicon, layer *userLayer) error {
	var errs []error
	bad := func(line int, format string, args ...any) {
		errs = append(errs, &LexiconError{File: u.File, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	for _, a := range u.Actors {
		if b, ok := l.actors[a.ID]; ok && b.Type != a.Type {
			bad(a.Line, "id %s is a %s (%s); choose another id for this %s", a.ID, b.Type, b.Name, a.Type)
		}
	}
	for id := range u.Aliases {
		if _, ok := l.actors[id]; !ok && !slices.ContainsFunc(u.Actors, func(a UserActor) bool { return a.ID == id }) {
			bad(0, "aliases for unknown actor %q", id)
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	for _, ua := range u.Actors {
		a, ok := l.actors[ua.ID]
		if !ok {
			l.actorOrder = append(l.actorOrder, ua.ID)
		}
		// Restating a known actor's name leaves the readings of that name
		// as they are (another actor may come first); a new name comes first.
		if !ok || NormalizeName(a.Name) != NormalizeName(ua.Name) {
			l.userName(ua.Name, ua.ID, KindName, layer)
		}
		a.ID, a.Type, a.Name = ua.ID, ua.Type, ua.Name
		if ua.Country != "" {
			a.Country = ua.Country
		}
		if ua.Role != "" {
			a.Role = ua.Role
		}
		l.actors[ua.ID] = a
		for _, s := range ua.Aliases {
			l.userName(s, ua.ID, u.aliasKind(s, NormalizeName(s)), layer)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(u.Aliases)) {
		for _, s := range u.Aliases[id] {
			l.userName(s, id, u.aliasKind(s, NormalizeName(s)), layer)
		}
	}
	for _, s := range u.NotActors {
		key := NormalizeName(s)
		for _, k := range theForms(key, KindName) {
			delete(l.names, k)
			layer.notActors[k] = true
		}
	}
	for _, r := range u.Relations {
		key := NormalizeName(r.Phrase)
		layer.relations = slices.DeleteFunc(layer.relations, func(o UserRelation) bool { return NormalizeName(o.Phrase) == key })
		layer.relations = append(layer.relations, r)
	}
	return nil
}

// theForms returns the keys a phrase is recorded under, as addName does:
// the key, and the key without a leading "the" (or, for a seat of
// government, with it).
func theForms(key, kind string) []string {
	if key == "" {
		return nil
	}
	if rest, ok := strings.CutPrefix(key, "the "); ok {
		return []string{key, rest}
	}
	if kind == KindSeat {
		return []string{key, "the " + key}
	}
	return []string{key}
}

// userName records a user reading of a phrase before the other readings
// of its keys. The slices of l.names may be shared with the lexicon l was
// cloned from, so they are replaced, never appended to.
func (l *Lexicon) userName(phrase, id, kind string, layer *userLayer) {
	for _, key := range theForms(NormalizeName(phrase), kind) {
		old := l.names[key]
		es := make([]NameEntry, 0, len(old)+1)
		es = append(es, NameEntry{ActorID: id, Kind: kind})
		for _, e := range old {
			if e.ActorID != id {
				es = append(es, e)
			}
		}
		l.names[key] = es
		l.maxName = max(l.maxName, tokens(key))
		delete(layer.notActors, key)
	}
}

// canonical returns the content of u in a fixed form, for Version: what
// changes extraction, without the file name and line numbers.
func (u *UserLexicon) canonical() []byte {
	var b bytes.Buffer
	for _, a := range u.Actors {
		fmt.Fprintf(&b, "A\t%s\t%s\t%s\t%s\t%s\n", a.ID, a.Name, a.Type, a.Country, a.Role)
		for _, s := range a.Aliases {
			fmt.Fprintf(&b, "a\t%s\t%s\n", s, u.kinds[NormalizeName(s)])
		}
	}
	for _, id := range slices.Sorted(maps.Keys(u.Aliases)) {
		for _, s := range u.Aliases[id] {
			fmt.Fprintf(&b, "L\t%s\t%s\t%s\n", id, s, u.kinds[NormalizeName(s)])
		}
	}
	for _, r := range u.Relations {
		fmt.Fprintf(&b, "R\t%s\t%s\n", r.Phrase, r.Cameo)
	}
	for _, s := range u.NotActors {
		fmt.Fprintf(&b, "N\t%s\n", s)
	}
	return b.Bytes()
}

// IsNotActor reports whether a user lexicon listed the name (any form
// NormalizeName folds to the same key) in not_actors.
func (l *Lexicon) IsNotActor(key string) bool {
	layer := layerOf(l)
	return layer != nil && layer.notActors[NormalizeName(key)]
}

// UserRelations returns the relation phrases of the user lexicons in
// force, in file order; a later entry for the same phrase replaced an
// earlier one. The built-in lexicon has none.
func (l *Lexicon) UserRelations() []UserRelation {
	layer := layerOf(l)
	if layer == nil {
		return nil
	}
	return slices.Clone(layer.relations)
}

var (
	builtinVersionOnce sync.Once
	builtinVersion     string
)

// Version returns a short hash (12 hex digits) of the lexicon data in
// force: the embedded tables (actors, names, agents, CAMEO codes and
// relation vocabulary) plus the content of the users' files added by
// With, so that triples coded with another lexicon can be found. The file
// names and the order of keys in a file do not change it; its content does.
func (l *Lexicon) Version() string {
	if layer := layerOf(l); layer != nil {
		return layer.version
	}
	builtinVersionOnce.Do(func() {
		h := sha256.New()
		ents, err := fs.ReadDir(lexdata, "lexdata")
		if err != nil {
			builtinVersion = "unknown"
			return
		}
		for _, e := range ents {
			data, err := lexdata.ReadFile("lexdata/" + e.Name())
			if err != nil {
				continue
			}
			fmt.Fprintf(h, "%s\t%d\n", e.Name(), len(data))
			h.Write(data)
		}
		builtinVersion = hex.EncodeToString(h.Sum(nil))[:12]
	})
	return builtinVersion
}

// LexiconPaths returns the user lexicon paths in force: those of env (the
// value of DIPLOGRAPH_LEXICON, a list separated like PATH, colons on Unix)
// first, then those given by flags (repeated --lexicon), so that a flag
// wins over the environment.
func LexiconPaths(env string, flags []string) []string {
	var out []string
	for _, p := range filepath.SplitList(env) {
		if p != "" {
			out = append(out, p)
		}
	}
	for _, p := range flags {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// LoadUserLexicons reads user lexicon files and returns the built-in
// lexicon with them (BuiltinLexicon().With(…)), applied in the order
// given. A directory stands for its *.yaml, *.yml and *.json files in
// name order. Each file is checked against the built-in lexicon and the
// files before it, so a file may give aliases to an actor an earlier file
// defines. Every problem of every file is reported, joined in one error;
// then no lexicon is returned. With no paths it returns the built-in
// lexicon itself.
func LoadUserLexicons(paths []string) (*Lexicon, error) {
	lex, err := BuiltinLexicon()
	if err != nil {
		return nil, fmt.Errorf("load built-in lexicon: %w", err)
	}
	files, err := lexiconFiles(paths)
	if err != nil {
		return nil, err
	}
	var errs []error
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			errs = append(errs, fmt.Errorf("read lexicon %s: %w", f, err))
			continue
		}
		u, err := ParseUserLexicon(f, data, lex)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		next, err := lex.With(u)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		lex = next
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return lex, nil
}

// lexiconFiles expands directories to their lexicon files.
func lexiconFiles(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("read lexicon %s: %w", p, err)
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		ents, err := os.ReadDir(p)
		if err != nil {
			return nil, fmt.Errorf("read lexicon directory %s: %w", p, err)
		}
		for _, e := range ents {
			switch strings.ToLower(filepath.Ext(e.Name())) {
			case ".yaml", ".yml", ".json":
				if !e.IsDir() {
					out = append(out, filepath.Join(p, e.Name()))
				}
			}
		}
	}
	return out, nil
}
