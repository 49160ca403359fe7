package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/extract"
)

// The predicates and fixed nodes of the schema (see the package documentation).
const (
	// Actor properties (unlabelled: shared by every article that mentions the actor).
	predName    = "name"
	predType    = "type"
	predCountry = "country"
	predRole    = "role"
	predAlias   = "alias"

	// Event properties, one event node per stored triple.
	predSubject       = "subject"
	predRelation      = "relation"
	predObject        = "object"
	predCameo         = "cameo"
	predGoldstein     = "goldstein"
	predQuadClass     = "quad_class"
	predDate          = "date"
	predSentence      = "sentence"
	predSentenceIndex = "sentence_index"
	predConfidence    = "confidence"
	predArticle       = "article"

	// Article properties.
	predA      = "a"
	predTitle  = "title"
	predURL    = "url"
	predSource = "source"
	// predTriples holds the number of triples stored for an article. It is
	// written last in the article's transaction: its presence marks the
	// article as complete.
	predTriples = "triples"
	// Written by PutArticle (see lifecycle.go): the SHA-256 of the
	// article's content, the version of the extractor that coded it, its
	// text (gzip, base64) unless left out, and the actors its triples
	// carried (JSON), which forget and updates use to tell which actor
	// properties an article supports.
	predHash    = "content_hash"
	predCodedBy = "coded_by"
	predText    = "text"
	predActors  = "actors"
	// padPrefix starts the predicates of the transient quads that keep
	// Cayley's KV backends from losing quads in a transaction that both
	// removes and adds (see applyDiff).
	padPrefix = "_pad/"

	typeArticle = "article"

	articlePrefix = "article/"
	eventPrefix   = "event/"
)

// reserved lists the predicates an event attribute key may not use, because
// they already mean something on an event node.
var reserved = map[string]bool{
	predSubject: true, predRelation: true, predObject: true, predCameo: true,
	predGoldstein: true, predQuadClass: true, predDate: true, predSentence: true,
	predSentenceIndex: true, predConfidence: true, predArticle: true, predA: true,
}

// EscapeIRI returns an actor, relation or article id as it stands inside
// the store's IRIs (see escapeIRI), for callers that build Gizmo or N-Quads
// text themselves.
func EscapeIRI(id string) string { return escapeIRI(id) }

// escapeIRI makes s safe inside an N-Quads IRI (<…>): it percent-encodes the
// bytes N-Quads forbids there (controls, space, <>"{}|^`\) and '%' itself, so
// that unescapeIRI gives s back. Other bytes, '/' and non-ASCII letters
// included, stay readable.
func escapeIRI(s string) string {
	const hexdigits = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= 0x20 || c == 0x7f || strings.IndexByte("<>\"{}|^`\\%", c) >= 0 {
			b.WriteByte('%')
			b.WriteByte(hexdigits[c>>4])
			b.WriteByte(hexdigits[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// unescapeIRI reverses escapeIRI.
func unescapeIRI(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			if v, err := strconv.ParseUint(s[i+1:i+3], 16, 8); err == nil {
				b.WriteByte(byte(v))
				i += 2
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func iri(s string) quad.IRI { return quad.IRI(escapeIRI(s)) }

// actorIRI is the node of an actor: the IRI of its id (<pakistan>).
func actorIRI(id string) quad.IRI { return iri(id) }

// relationIRI is the predicate of a relation: the IRI of its id (<partners-with>).
func relationIRI(id string) quad.IRI { return iri(id) }

// articleIRI is the node of an article and the label of everything it supports.
func articleIRI(id string) quad.IRI { return quad.IRI(articlePrefix + escapeIRI(id)) }

// articleHash is the part of an event IRI that names its article.
func articleHash(id string) string {
	sum := sha256.Sum256([]byte(id))
	return hex.EncodeToString(sum[:8])
}

// eventIRI is the node of the n-th triple of an article.
func eventIRI(articleID string, n int) quad.IRI {
	return quad.IRI(eventPrefix + articleHash(articleID) + "/" + strconv.Itoa(n))
}

// eventNumber gives the n of an event IRI, or -1.
func eventNumber(e string) int {
	i := strings.LastIndexByte(e, '/')
	if i < 0 {
		return -1
	}
	n, err := strconv.Atoi(e[i+1:])
	if err != nil {
		return -1
	}
	return n
}

// stored holds what the store already knows of an actor, so that AddArticle
// writes only what is new.
type stored struct {
	name, typ, country, role bool
	names                    map[string]bool // name and aliases
}

func (k *stored) clone() *stored {
	c := *k
	c.names = make(map[string]bool, len(k.names))
	for n := range k.names {
		c.names[n] = true
	}
	return &c
}

// articleQuads gives the quads that store article a with its triples ts, in
// write order: actor properties not already in known, the article node, the
// events and direct edges, and last the completion marker. Every quad but
// the actor properties carries the article's label.
func articleQuads(a extract.Article, ts []extract.Triple, known map[string]*stored) ([]quad.Quad, error) {
	if a.ID == "" {
		return nil, ErrNoID
	}
	art := articleIRI(a.ID)
	var qs []quad.Quad
	add := func(s quad.Value, p string, o quad.Value, label quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o, Label: label})
	}
	addString := func(s quad.Value, p, v string, label quad.Value) {
		if v != "" {
			add(s, p, quad.String(v), label)
		}
	}

	// Actor properties, once per actor, only what the store lacks.
	if known == nil {
		known = make(map[string]*stored)
	}
	actor := func(ac extract.Actor) {
		k := known[ac.ID]
		if k == nil {
			k = &stored{names: make(map[string]bool)}
			known[ac.ID] = k
		}
		node := actorIRI(ac.ID)
		if ac.Name != "" {
			if !k.name {
				addString(node, predName, ac.Name, nil)
				k.name = true
				k.names[ac.Name] = true
			} else if !k.names[ac.Name] {
				// Another name for a known actor is an alias.
				addString(node, predAlias, ac.Name, nil)
				k.names[ac.Name] = true
			}
		}
		if ac.Type != "" && !k.typ {
			addString(node, predType, ac.Type, nil)
			k.typ = true
		}
		if ac.Country != "" && !k.country {
			addString(node, predCountry, ac.Country, nil)
			k.country = true
		}
		if ac.Role != "" && !k.role {
			addString(node, predRole, ac.Role, nil)
			k.role = true
		}
		for _, al := range ac.Aliases {
			if al != "" && !k.names[al] {
				addString(node, predAlias, al, nil)
				k.names[al] = true
			}
		}
	}
	for i, t := range ts {
		if t.Subject.ID == "" || t.Object.ID == "" || t.Relation.ID == "" {
			return nil, fmt.Errorf("article %s: triple %d: %w", a.ID, i, ErrIncompleteTriple)
		}
		for _, id := range []string{t.Subject.ID, t.Object.ID, t.Relation.ID} {
			if strings.HasPrefix(id, articlePrefix) || strings.HasPrefix(id, eventPrefix) {
				return nil, fmt.Errorf("article %s: triple %d: id %q: %w", a.ID, i, id, ErrReservedID)
			}
		}
		if t.Article != "" && t.Article != a.ID {
			return nil, fmt.Errorf("article %s: triple %d names article %q: %w", a.ID, i, t.Article, ErrWrongArticle)
		}
		actor(t.Subject)
		actor(t.Object)
	}

	// The article node.
	add(art, predA, quad.IRI(typeArticle), art)
	addString(art, predTitle, a.Title, art)
	addString(art, predDate, a.Date, art)
	addString(art, predURL, a.URL, art)
	addString(art, predSource, a.Source, art)

	// One event per triple, and the direct edge.
	for i, t := range ts {
		ev := eventIRI(a.ID, i)
		s, o, r := actorIRI(t.Subject.ID), actorIRI(t.Object.ID), relationIRI(t.Relation.ID)
		add(ev, predSubject, s, art)
		add(ev, predRelation, r, art)
		add(ev, predObject, o, art)
		addString(ev, predCameo, t.Relation.Cameo, art)
		add(ev, predGoldstein, quad.Float(t.Relation.Goldstein), art)
		add(ev, predQuadClass, quad.Int(t.Relation.QuadClass), art)
		addString(ev, predDate, t.Date, art)
		addString(ev, predSentence, t.Sentence, art)
		add(ev, predSentenceIndex, quad.Int(t.SentenceIndex), art)
		add(ev, predConfidence, quad.Float(t.Confidence), art)
		add(ev, predArticle, art, art)
		keys := make([]string, 0, len(t.Attrs))
		for k := range t.Attrs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if k == "" || reserved[k] {
				return nil, fmt.Errorf("article %s: triple %d: attribute %q: %w", a.ID, i, k, ErrReservedAttr)
			}
			add(ev, escapeIRI(k), quad.String(t.Attrs[k]), art)
		}
		add(s, string(r), o, art)
	}

	// The completion marker, last.
	add(art, predTriples, quad.Int(len(ts)), art)
	return qs, nil
}

// Value decoding. Values read back from N-Quads may come as typed strings,
// so every helper accepts both the native and the typed form.

func asString(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case quad.IRI:
		return string(v)
	}
	if n := quad.NativeOf(v); n != nil {
		return fmt.Sprint(n)
	}
	return v.String()
}

func asFloat(v quad.Value) float64 {
	switch v := v.(type) {
	case quad.Float:
		return float64(v)
	case quad.Int:
		return float64(v)
	case quad.TypedString:
		if pv, err := v.ParseValue(); err == nil {
			if _, ok := pv.(quad.TypedString); !ok {
				return asFloat(pv)
			}
		}
		f, _ := strconv.ParseFloat(string(v.Value), 64)
		return f
	case quad.String:
		f, _ := strconv.ParseFloat(string(v), 64)
		return f
	}
	return 0
}

func asInt(v quad.Value) int {
	switch v := v.(type) {
	case quad.Int:
		return int(v)
	case quad.Float:
		return int(v)
	case quad.TypedString:
		if pv, err := v.ParseValue(); err == nil {
			if _, ok := pv.(quad.TypedString); !ok {
				return asInt(pv)
			}
		}
		n, _ := strconv.Atoi(string(v.Value))
		return n
	case quad.String:
		n, _ := strconv.Atoi(string(v))
		return n
	}
	return 0
}

// iriString gives the IRI text of an IRI value, or "" for any other value.
func iriString(v quad.Value) (string, bool) {
	switch v := v.(type) {
	case quad.IRI:
		return string(v), true
	}
	return "", false
}
