package graph

// Articles that change: PutArticle (added, updated, unchanged), forgetting
// articles, and the bookkeeping both need. See also reextract.go.

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/extract"
)

// ExtractCodeVersion is the version of the extraction code, bumped when a
// change to the extractor (not to its lexicon) changes what it finds. With
// the lexicon's Version it makes the extractor version stored with each
// article (see ExtractorVersion).
const ExtractCodeVersion = "1"

// ExtractorVersion returns the version of an extractor over lex, as stored
// with the articles it codes: "x" + ExtractCodeVersion + "-" + the
// lexicon's Version (which covers the users' lexicon files).
func ExtractorVersion(lex *extract.Lexicon) string {
	return "x" + ExtractCodeVersion + "-" + lex.Version()
}

// Outcome says what PutArticle did.
type Outcome int

// The outcomes of PutArticle.
const (
	// Unchanged: the article is stored with the same content; nothing was written.
	Unchanged Outcome = iota
	// Added: the article was not stored; it is now.
	Added
	// Updated: the article was stored with other content; its triples
	// were replaced in one transaction.
	Updated
)

func (o Outcome) String() string {
	switch o {
	case Unchanged:
		return "unchanged"
	case Added:
		return "added"
	case Updated:
		return "updated"
	}
	return fmt.Sprintf("Outcome(%d)", int(o))
}

// PutOptions tunes PutArticle.
type PutOptions struct {
	// Version is the version of the extractor that coded the triples
	// (ExtractorVersion); stored with the article, and compared by
	// Reextract and CodingStats.
	Version string
	// NoText leaves the article's text out of the store: it takes less
	// room, but Reextract then cannot re-code the article.
	NoText bool
}

// ErrNoText is returned by Reextract when an article to re-code was
// stored without its text.
var ErrNoText = errors.New("graph: article stored without its text")

// ContentHash returns the SHA-256 (hex) of what identifies an article's
// content: its title, date, URL, source and text. PutArticle compares it
// to tell an updated article from an unchanged one.
func ContentHash(a extract.Article) string {
	h := sha256.New()
	for _, f := range []string{a.Title, a.Date, a.URL, a.Source, a.Text} {
		fmt.Fprintf(h, "%d:%s\n", len(f), f)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// textPrefix marks the encoding of a stored text.
const textPrefix = "gzip+base64:"

// encodeText compresses a text for the store.
func encodeText(s string) (string, error) {
	var b bytes.Buffer
	zw, _ := gzipWriters.Get().(*gzip.Writer)
	if zw == nil {
		var err error
		if zw, err = gzip.NewWriterLevel(&b, gzip.BestCompression); err != nil {
			return "", err
		}
	} else {
		zw.Reset(&b)
	}
	defer gzipWriters.Put(zw)
	if _, err := io.WriteString(zw, s); err != nil {
		return "", err
	}
	if err := zw.Close(); err != nil {
		return "", err
	}
	return textPrefix + base64.StdEncoding.EncodeToString(b.Bytes()), nil
}

// gzipWriters keeps encodeText's compressors: a gzip writer at best
// compression allocates about 800 kB of tables, per article without it.
var gzipWriters sync.Pool

// decodeText reverses encodeText.
func decodeText(v string) (string, error) {
	enc, ok := strings.CutPrefix(v, textPrefix)
	if !ok {
		return "", fmt.Errorf("stored text: unknown encoding")
	}
	raw, err := base64.StdEncoding.DecodeString(enc)
	if err != nil {
		return "", fmt.Errorf("stored text: %w", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return "", fmt.Errorf("stored text: %w", err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return "", fmt.Errorf("stored text: %w", err)
	}
	return string(out), nil
}

// actorRecord is what an article's triples say of one actor, as the
// article would store it alone: the first name, type, country and role
// met, and every other name as an alias. PutArticle stores the records of
// an article's actors with it (<actors>, JSON), so that forgetting or
// updating the article can tell which actor properties it alone supports.
type actorRecord struct {
	ID      string   `json:"id"`
	Name    string   `json:"name,omitempty"`
	Type    string   `json:"type,omitempty"`
	Country string   `json:"country,omitempty"`
	Role    string   `json:"role,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
}

// actorRecords gives the records of the actors of ts, sorted by id.
func actorRecords(ts []extract.Triple) []actorRecord {
	byID := make(map[string]*actorRecord)
	var ids []string
	for _, t := range ts {
		for _, ac := range []extract.Actor{t.Subject, t.Object} {
			r := byID[ac.ID]
			if r == nil {
				r = &actorRecord{ID: ac.ID}
				byID[ac.ID] = r
				ids = append(ids, ac.ID)
			}
			names := append([]string{ac.Name}, ac.Aliases...)
			if r.Name == "" && ac.Name != "" {
				r.Name = ac.Name
			}
			for _, n := range names {
				if n != "" && n != r.Name && !slices.Contains(r.Aliases, n) {
					r.Aliases = append(r.Aliases, n)
				}
			}
			if r.Type == "" {
				r.Type = ac.Type
			}
			if r.Country == "" {
				r.Country = ac.Country
			}
			if r.Role == "" {
				r.Role = ac.Role
			}
		}
	}
	slices.Sort(ids)
	out := make([]actorRecord, len(ids))
	for i, id := range ids {
		out[i] = *byID[id]
		// A name met as an alias before the first name came is no alias.
		out[i].Aliases = slices.DeleteFunc(out[i].Aliases, func(a string) bool { return a == out[i].Name })
		slices.Sort(out[i].Aliases)
	}
	return out
}

// lifecycleQuads gives the quads of an article as PutArticle writes them:
// those of articleQuads (actor properties only where known lacks them)
// with, before the completion marker, the content hash, the extractor
// version, the text (unless opt.NoText) and the actor records.
func lifecycleQuads(a extract.Article, ts []extract.Triple, known map[string]*stored, opt PutOptions) ([]quad.Quad, error) {
	qs, err := articleQuads(a, ts, known)
	if err != nil {
		return nil, err
	}
	art := articleIRI(a.ID)
	meta := []quad.Quad{{Subject: art, Predicate: quad.IRI(predHash), Object: quad.String(ContentHash(a)), Label: art}}
	if opt.Version != "" {
		meta = append(meta, quad.Quad{Subject: art, Predicate: quad.IRI(predCodedBy), Object: quad.String(opt.Version), Label: art})
	}
	if !opt.NoText && a.Text != "" {
		enc, err := encodeText(a.Text)
		if err != nil {
			return nil, fmt.Errorf("article %s: compress text: %w", a.ID, err)
		}
		meta = append(meta, quad.Quad{Subject: art, Predicate: quad.IRI(predText), Object: quad.String(enc), Label: art})
	}
	recs, err := json.Marshal(actorRecords(ts))
	if err != nil {
		return nil, fmt.Errorf("article %s: actor records: %w", a.ID, err)
	}
	meta = append(meta, quad.Quad{Subject: art, Predicate: quad.IRI(predActors), Object: quad.String(recs), Label: art})
	marker := qs[len(qs)-1]
	return append(append(qs[:len(qs)-1], meta...), marker), nil
}

// allKnown marks every actor of ts as fully stored, so that articleQuads
// writes none of their properties.
func allKnown(ts []extract.Triple) map[string]*stored {
	known := make(map[string]*stored)
	for _, t := range ts {
		for _, ac := range []extract.Actor{t.Subject, t.Object} {
			k := known[ac.ID]
			if k == nil {
				k = &stored{name: true, typ: true, country: true, role: true, names: make(map[string]bool)}
				known[ac.ID] = k
			}
			k.names[ac.Name] = true
			for _, al := range ac.Aliases {
				k.names[al] = true
			}
		}
	}
	return known
}

// quadKey identifies a quad as Cayley does: by the text of its values.
func quadKey(q quad.Quad) string {
	var b strings.Builder
	for _, d := range quad.Directions {
		if v := q.Get(d); v != nil {
			b.WriteString(v.String())
		}
		b.WriteByte(0)
	}
	return b.String()
}

// storedArticle is what the store holds of one article.
type storedArticle struct {
	complete bool
	hash     string
	quads    []quad.Quad // every quad labelled with it, or with it as subject or object
	actors   []string    // ids of the actors its events name, sorted
}

// readArticle reads what is stored of an article. Cayley's KV backends
// index quads by subject and by object, not by label, so a complete
// article (completion marker or copy record) is read through those
// indexes: its node's quads, the events that point at it, their quads, and
// the direct edge each event stands for. Only the remains of an
// interrupted write, which may hold any part of those, are looked up by
// label (a scan of the whole store on KV backends). The caller holds s.mu.
func (s *Store) readArticle(ctx context.Context, id string) (storedArticle, error) {
	var sa storedArticle
	art := articleIRI(id)
	if s.qs.ValueOf(art) == nil {
		return sa, nil // nothing names the article, not even as a label
	}
	seen := make(map[string]bool)
	actors := make(map[string]bool)
	add := func(q quad.Quad) {
		k := quadKey(q)
		if seen[k] {
			return
		}
		seen[k] = true
		sa.quads = append(sa.quads, q)
		if q.Subject == art {
			switch q.Predicate {
			case quad.IRI(predTriples):
				sa.complete = true
			case quad.IRI(predHash):
				sa.hash = asString(q.Object)
			}
		}
		if subj, _ := iriString(q.Subject); strings.HasPrefix(subj, eventPrefix) &&
			(q.Predicate == quad.IRI(predSubject) || q.Predicate == quad.IRI(predObject)) {
			if a, ok := iriString(q.Object); ok {
				actors[unescapeIRI(a)] = true
			}
		}
	}
	bySubject, err := s.quadsOf(ctx, quad.Subject, art)
	if err != nil {
		return sa, err
	}
	byObject, err := s.quadsOf(ctx, quad.Object, art)
	if err != nil {
		return sa, err
	}
	for _, q := range bySubject {
		add(q)
	}
	for _, q := range byObject {
		add(q)
	}
	if sa.complete || isCopy(bySubject) {
		// Whole: every other quad of it belongs to an event.
		for _, q := range byObject {
			ev, ok := q.Subject.(quad.IRI)
			if !ok || q.Predicate != quad.IRI(predArticle) || q.Label != art || !strings.HasPrefix(string(ev), eventPrefix) {
				continue
			}
			qs, err := s.quadsOf(ctx, quad.Subject, ev)
			if err != nil {
				return sa, err
			}
			var subj, rel, obj []quad.Value
			for _, q := range qs {
				if q.Label != art {
					continue
				}
				add(q)
				switch q.Predicate {
				case quad.IRI(predSubject):
					subj = append(subj, q.Object)
				case quad.IRI(predRelation):
					rel = append(rel, q.Object)
				case quad.IRI(predObject):
					obj = append(obj, q.Object)
				}
			}
			// The direct edge articleQuads writes with the event.
			for _, sv := range subj {
				for _, r := range rel {
					for _, o := range obj {
						add(quad.Quad{Subject: sv, Predicate: r, Object: o, Label: art})
					}
				}
			}
		}
	} else {
		labelled, err := s.quadsOf(ctx, quad.Label, art)
		if err != nil {
			return sa, err
		}
		for _, q := range labelled {
			add(q)
		}
	}
	for a := range actors {
		sa.actors = append(sa.actors, a)
	}
	slices.Sort(sa.actors)
	return sa, nil
}

// PutArticle stores an article with its triples, as AddArticle does, and
// with it its content hash, the extractor version of opt, its text (unless
// opt.NoText) and what its triples say of their actors. An article stored
// with the same content (ContentHash) is left as it is (Unchanged). One
// stored with other content, or stored by AddArticle (without a hash), is
// replaced (Updated): its old triples, events and the actor properties
// only it supported go and the new ones come in one transaction, so a
// reader or a crash sees the old article or the new one, never both and
// never neither. An article not stored is Added.
func (s *Store) PutArticle(ctx context.Context, a extract.Article, ts []extract.Triple, opt PutOptions) (Outcome, error) {
	if a.ID == "" {
		return Unchanged, ErrNoID
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return Unchanged, err
	}
	now, err := s.readArticle(ctx, a.ID)
	if err != nil {
		return Unchanged, fmt.Errorf("put article %s: %w", a.ID, err)
	}
	if now.complete {
		if now.hash == ContentHash(a) {
			return Unchanged, nil
		}
		if err := s.replace(ctx, a, ts, opt, now); err != nil {
			return Unchanged, fmt.Errorf("update article %s: %w", a.ID, err)
		}
		return Updated, nil
	}

	// Absent, or the remains of an interrupted write: as AddArticle.
	known := make(map[string]*stored)
	if err := s.knownActors(ctx, ts, known); err != nil {
		return Unchanged, fmt.Errorf("put article %s: %w", a.ID, err)
	}
	quads, err := lifecycleQuads(a, ts, known, opt)
	if err != nil {
		return Unchanged, err
	}
	if len(now.quads) > 0 {
		if err := s.applyDiff(ctx, now.quads, nil); err != nil {
			return Unchanged, fmt.Errorf("put article %s: remove the remains of an interrupted write: %w", a.ID, err)
		}
	}
	if err := s.applyDiff(ctx, nil, quads); err != nil {
		return Unchanged, fmt.Errorf("put article %s: %w", a.ID, err)
	}
	for id, k := range known {
		s.actors[id] = k
	}
	return Added, nil
}

// ReplaceTriples re-codes a stored article: its triples become ts, coded
// by the extractor of version, in one transaction (as an update by
// PutArticle); its metadata and text stay. It reports whether any quad
// changed and fails with ErrNotStored for an article not stored.
func (s *Store) ReplaceTriples(ctx context.Context, id string, ts []extract.Triple, version string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now, err := s.readArticle(ctx, id)
	if err != nil {
		return false, fmt.Errorf("re-code article %s: %w", id, err)
	}
	if !now.complete {
		return false, fmt.Errorf("re-code article %s: %w", id, ErrNotStored)
	}
	a, hasText, err := articleFromQuads(id, now.quads)
	if err != nil {
		return false, fmt.Errorf("re-code article %s: %w", id, err)
	}
	changed, err := s.replaceCounting(ctx, a, ts, PutOptions{Version: version, NoText: !hasText}, now)
	if err != nil {
		return false, fmt.Errorf("re-code article %s: %w", id, err)
	}
	return changed, nil
}

// ErrNotStored is returned for an article the store does not hold.
var ErrNotStored = errors.New("graph: article not stored")

// articleFromQuads rebuilds an article (metadata and text) from its quads.
func articleFromQuads(id string, qs []quad.Quad) (extract.Article, bool, error) {
	art := articleIRI(id)
	n := &node{}
	for _, q := range qs {
		if q.Subject == art {
			if p, ok := iriString(q.Predicate); ok {
				n.add(p, q.Object)
			}
		}
	}
	return articleFromNode(id, n)
}

// articleFromNode rebuilds an article from its node's properties.
func articleFromNode(id string, n *node) (extract.Article, bool, error) {
	a := extract.Article{
		ID:     id,
		Title:  asString(n.first(predTitle)),
		Date:   asString(n.first(predDate)),
		URL:    asString(n.first(predURL)),
		Source: asString(n.first(predSource)),
	}
	v := n.first(predText)
	if v == nil {
		return a, false, nil
	}
	text, err := decodeText(asString(v))
	if err != nil {
		return a, false, err
	}
	a.Text = text
	return a, true, nil
}

// replace swaps a stored article for a and ts. The caller holds s.mu.
func (s *Store) replace(ctx context.Context, a extract.Article, ts []extract.Triple, opt PutOptions, now storedArticle) error {
	_, err := s.replaceCounting(ctx, a, ts, opt, now)
	return err
}

// replaceCounting swaps a stored article for a and ts (ts nil and a.ID
// alone, with forget set, to remove it) and reports whether a quad
// changed. The caller holds s.mu.
func (s *Store) replaceCounting(ctx context.Context, a extract.Article, ts []extract.Triple, opt PutOptions, now storedArticle) (bool, error) {
	return s.swap(ctx, a.ID, now, func() ([]quad.Quad, []actorRecord, error) {
		qs, err := lifecycleQuads(a, ts, allKnown(ts), opt)
		if err != nil {
			return nil, nil, err
		}
		return qs, actorRecords(ts), nil
	})
}

// swap replaces what is stored of article id (now) by what next gives
// (nothing when next is nil), with the actor properties of every actor the
// old or new version names recomputed from the articles that remain, in one
// transaction. It reports whether any quad changed. The caller holds s.mu.
func (s *Store) swap(ctx context.Context, id string, now storedArticle, next func() ([]quad.Quad, []actorRecord, error)) (bool, error) {
	var newQuads []quad.Quad
	var newRecs []actorRecord
	if next != nil {
		var err error
		if newQuads, newRecs, err = next(); err != nil {
			return false, err
		}
	}
	art := articleIRI(id)
	affected := slices.Clone(now.actors)
	recByID := make(map[string]*actorRecord, len(newRecs))
	for i := range newRecs {
		recByID[newRecs[i].ID] = &newRecs[i]
		affected = append(affected, newRecs[i].ID)
	}
	slices.Sort(affected)
	affected = slices.Compact(affected)

	removes, adds := diffQuads(now.quads, newQuads)
	for _, actor := range affected {
		cur, want, err := s.actorProps(ctx, actor, art, recByID[actor])
		if err != nil {
			return false, err
		}
		r, a := diffQuads(cur, want)
		removes = append(removes, r...)
		adds = append(adds, a...)
	}
	if len(removes)+len(adds) == 0 {
		return false, nil
	}
	if err := s.applyDiff(ctx, removes, adds); err != nil {
		return false, err
	}
	for _, actor := range affected {
		delete(s.actors, actor)
	}
	return true, nil
}

// diffQuads gives the quads of old not in new and those of new not in old.
func diffQuads(old, new []quad.Quad) (removes, adds []quad.Quad) {
	inOld := make(map[string]bool, len(old))
	for _, q := range old {
		inOld[quadKey(q)] = true
	}
	inNew := make(map[string]bool, len(new))
	for _, q := range new {
		k := quadKey(q)
		if !inNew[k] && !inOld[k] {
			adds = append(adds, q)
		}
		inNew[k] = true
	}
	for _, q := range old {
		if !inNew[quadKey(q)] {
			removes = append(removes, q)
		}
	}
	return removes, adds
}

// actorProps gives the stored properties of an actor (cur) and those it
// should have (want) once article art is replaced by one whose record of
// the actor is rec (nil: the actor is not in it, or the article is
// forgotten). The supporters are the other articles whose events name the
// actor, with their records (see actorSupporters); wantProps says what
// they make of the actor.
func (s *Store) actorProps(ctx context.Context, id string, art quad.IRI, rec *actorRecord) (cur, want []quad.Quad, err error) {
	nodeIRI := actorIRI(id)
	cur, err = s.actorPropQuads(ctx, nodeIRI)
	if err != nil {
		return nil, nil, fmt.Errorf("actor %s: %w", id, err)
	}
	recs, legacy, err := s.actorSupporters(ctx, id, func(l quad.IRI) bool { return l == art })
	if err != nil {
		return nil, nil, err
	}
	if rec != nil {
		recs = append(recs, *rec)
	}
	return cur, wantProps(nodeIRI, cur, legacy, recordSupport(recs)), nil
}

// actorPropQuads gives the stored (unlabelled) properties of an actor node.
func (s *Store) actorPropQuads(ctx context.Context, nodeIRI quad.IRI) ([]quad.Quad, error) {
	bySubject, err := s.quadsOf(ctx, quad.Subject, nodeIRI)
	if err != nil {
		return nil, err
	}
	var cur []quad.Quad
	for _, q := range bySubject {
		if q.Label != nil {
			continue
		}
		if p, ok := iriString(q.Predicate); ok && actorProps[quad.IRI(p)] != "" {
			cur = append(cur, q)
		}
	}
	return cur, nil
}

// actorSupporters gives the records of actor id that the articles whose
// events name it hold, the articles excluded by skip aside, in article
// order, and whether one of those articles has no records (stored by
// AddArticle).
func (s *Store) actorSupporters(ctx context.Context, id string, skip func(quad.IRI) bool) (recs []actorRecord, legacy bool, err error) {
	byObject, err := s.quadsOf(ctx, quad.Object, actorIRI(id))
	if err != nil {
		return nil, false, fmt.Errorf("actor %s: %w", id, err)
	}
	supporters := make(map[quad.IRI]bool)
	for _, q := range byObject {
		if q.Predicate != quad.IRI(predSubject) && q.Predicate != quad.IRI(predObject) {
			continue
		}
		if subj, _ := iriString(q.Subject); !strings.HasPrefix(subj, eventPrefix) {
			continue
		}
		if l, ok := q.Label.(quad.IRI); ok && !skip(l) {
			supporters[l] = true
		}
	}
	for _, sup := range slices.Sorted(mapKeys(supporters)) {
		qs, err := s.quadsOf(ctx, quad.Subject, sup)
		if err != nil {
			return nil, false, fmt.Errorf("actor %s: %w", id, err)
		}
		found := false
		for _, q := range qs {
			if q.Predicate != quad.IRI(predActors) {
				continue
			}
			found = true
			rs, err := parseRecords(q.Object)
			if err != nil {
				return nil, false, fmt.Errorf("actor %s: records of %s: %w", id, sup, err)
			}
			for _, r := range rs {
				if r.ID == id {
					recs = append(recs, r)
				}
			}
		}
		if !found {
			legacy = true
		}
	}
	return recs, legacy, nil
}

// parseRecords decodes the <actors> value of an article.
func parseRecords(v quad.Value) ([]actorRecord, error) {
	var rs []actorRecord
	if err := json.Unmarshal([]byte(asString(v)), &rs); err != nil {
		return nil, err
	}
	return rs, nil
}

// actorSupport is what the records of the articles that support an actor
// say of it.
type actorSupport interface {
	// gives reports whether a record gives v as property p (predName,
	// predType, predCountry or predRole).
	gives(p, v string) bool
	// first gives the first non-empty value of p in the records' order.
	first(p string) string
	// names gives every name and alias the records give.
	names() []string
}

// recordSupport is the actorSupport of a list of records, in order.
type recordSupport []actorRecord

func recordValue(r actorRecord, p string) string {
	switch p {
	case predName:
		return r.Name
	case predType:
		return r.Type
	case predCountry:
		return r.Country
	case predRole:
		return r.Role
	}
	return ""
}

func (rs recordSupport) gives(p, v string) bool {
	for _, r := range rs {
		if recordValue(r, p) == v {
			return true
		}
	}
	return false
}

func (rs recordSupport) first(p string) string {
	for _, r := range rs {
		if v := recordValue(r, p); v != "" {
			return v
		}
	}
	return ""
}

func (rs recordSupport) names() []string {
	var out []string
	for _, r := range rs {
		out = append(append(out, r.Name), r.Aliases...)
	}
	return out
}

// wantProps gives the properties actor node should have, its stored ones
// being cur, when sup says what its supporters give. A supported value
// stays where it is; a name, type, country or role no supporter gives is
// replaced by the first supporter's or dropped, and the aliases are every
// other name a supporter gives. With no supporter the actor keeps no
// property, so that it leaves the graph. When a supporter has no records
// (legacy: stored by AddArticle) nothing is taken away, only added.
func wantProps(nodeIRI quad.IRI, cur []quad.Quad, legacy bool, sup actorSupport) []quad.Quad {
	current := &node{}
	for _, q := range cur {
		if p, ok := iriString(q.Predicate); ok {
			current.add(p, q.Object)
		}
	}
	pick := func(p string) string {
		have := asString(current.first(p))
		if have != "" && (legacy || sup.gives(p, have)) {
			return have
		}
		return sup.first(p)
	}
	name := pick(predName)
	var want []quad.Quad
	for _, p := range []string{predName, predType, predCountry, predRole} {
		v := name
		if p != predName {
			v = pick(p)
		}
		if v != "" {
			want = append(want, quad.Quad{Subject: nodeIRI, Predicate: quad.IRI(p), Object: quad.String(v)})
		}
	}
	aliases := make(map[string]bool)
	if legacy {
		for _, v := range current.props[predAlias] {
			aliases[asString(v)] = true
		}
		for _, v := range current.props[predName] {
			aliases[asString(v)] = true
		}
	}
	for _, n := range sup.names() {
		aliases[n] = true
	}
	delete(aliases, name)
	delete(aliases, "")
	for _, al := range slices.Sorted(mapKeys(aliases)) {
		want = append(want, quad.Quad{Subject: nodeIRI, Predicate: quad.IRI(predAlias), Object: quad.String(al)})
	}
	return want
}

func mapKeys[K comparable, V any](m map[K]V) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// padPredicate is the predicate of the transient quads of applyDiff.
const padPredicate = "_pad"

// applyDiff removes and adds quads in one transaction (removes and adds
// must not share a quad). Cayley's KV backends (Bolt, LevelDB) net the
// reference counts of a transaction's nodes and then cannot place an added
// quad on a node whose count goes down: the quad is lost. On those
// backends applyDiff therefore adds, in the same transaction, one
// transient quad per missing reference, <_pad/N> <_pad> X <_pad/N/k>, so
// that no node of an added quad loses references, and removes them in a
// second transaction. A crash between the two leaves the transient quads,
// which the next applyDiff removes first; the articles are whole either
// way. The caller holds s.mu.
func (s *Store) applyDiff(ctx context.Context, removes, adds []quad.Quad) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	kvBackend := s.backend == BackendBolt || s.backend == BackendLevelDB
	if kvBackend {
		left, err := s.quadsOf(ctx, quad.Predicate, quad.IRI(padPredicate))
		if err != nil {
			return fmt.Errorf("look for transient quads: %w", err)
		}
		if len(left) > 0 {
			if err := s.applyTx(left, nil); err != nil {
				return fmt.Errorf("remove transient quads: %w", err)
			}
		}
	}
	var pads []quad.Quad
	if kvBackend && len(removes) > 0 && len(adds) > 0 {
		pads = padQuads(removes, adds)
	}
	if err := s.applyTx(removes, append(adds, pads...)); err != nil {
		return err
	}
	if len(pads) > 0 {
		if err := s.applyTx(pads, nil); err != nil {
			return fmt.Errorf("remove transient quads: %w", err)
		}
	}
	return nil
}

// applyTx applies removes then adds in one transaction.
func (s *Store) applyTx(removes, adds []quad.Quad) error {
	tx := cgraph.NewTransactionN(len(removes) + len(adds))
	for _, q := range removes {
		tx.RemoveQuad(q)
	}
	for _, q := range adds {
		tx.AddQuad(q)
	}
	if len(tx.Deltas) == 0 {
		return nil
	}
	return s.apply(tx)
}

// padQuads gives the transient quads that keep every node of adds from
// losing references in a transaction of removes and adds.
func padQuads(removes, adds []quad.Quad) []quad.Quad {
	net := make(map[string]int)
	vals := make(map[string]quad.Value)
	var inAdds []string
	count := func(qs []quad.Quad, d int, track bool) {
		for _, q := range qs {
			for _, dir := range quad.Directions {
				v := q.Get(dir)
				if v == nil {
					continue
				}
				k := v.String()
				if track {
					if _, ok := vals[k]; !ok {
						vals[k] = v
						inAdds = append(inAdds, k)
					}
				}
				net[k] += d
			}
		}
	}
	count(adds, +1, true)
	count(removes, -1, false)
	var nonce [8]byte
	rand.Read(nonce[:])
	subj := quad.IRI(padPrefix + hex.EncodeToString(nonce[:]))
	var pads []quad.Quad
	slices.Sort(inAdds)
	for _, k := range inAdds {
		for n := net[k]; n < 0; n++ {
			label := quad.IRI(fmt.Sprintf("%s/%d", subj, len(pads)))
			pads = append(pads, quad.Quad{Subject: subj, Predicate: quad.IRI(padPredicate), Object: vals[k], Label: label})
		}
	}
	return pads
}

// ForgetArticle removes an article and everything only it supports: its
// triples, events and article node, and the properties of its actors that
// no other article gives (an actor no other article names leaves the
// graph; one named elsewhere keeps its other edges and aliases), in one
// transaction. It reports whether the article was stored (the remains of
// an interrupted write are removed too, but report false).
func (s *Store) ForgetArticle(ctx context.Context, id string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return false, err
	}
	now, err := s.readArticle(ctx, id)
	if err != nil {
		return false, fmt.Errorf("forget article %s: %w", id, err)
	}
	if len(now.quads) == 0 {
		return false, nil
	}
	if _, err := s.swap(ctx, id, now, nil); err != nil {
		return false, fmt.Errorf("forget article %s: %w", id, err)
	}
	// A syndicated copy (see AddCopy) has no completion marker of its
	// own, but it was stored whole: forgetting it counts.
	return now.complete || isCopy(now.quads), nil
}

// isCopy reports whether an article's quads record it as a copy of a story.
func isCopy(qs []quad.Quad) bool {
	for _, q := range qs {
		if q.Predicate == quad.IRI(predCopyOf) {
			return true
		}
	}
	return false
}

// ArticleInfo is a stored article's metadata (no text) with its
// bookkeeping.
type ArticleInfo struct {
	extract.Article
	// Hash is the content hash (ContentHash); empty for an article
	// stored by AddArticle.
	Hash string `json:"hash,omitempty"`
	// Version is the version of the extractor that coded it; empty when
	// unknown.
	Version string `json:"version,omitempty"`
	// HasText says whether its text is stored.
	HasText bool `json:"has_text"`
}

// ArticleInfos returns the stored (complete) articles with their
// bookkeeping, sorted by date then id.
func (s *Store) ArticleInfos(ctx context.Context) ([]ArticleInfo, error) {
	snap, err := s.load(ctx)
	if err != nil {
		return nil, err
	}
	return snap.articleInfos(), nil
}

func (snap *snapshot) articleInfos() []ArticleInfo {
	arts := snap.articleList()
	out := make([]ArticleInfo, len(arts))
	for i, a := range arts {
		n := snap.articles[string(articleIRI(a.ID))]
		out[i] = ArticleInfo{
			Article: a,
			Hash:    asString(n.first(predHash)),
			Version: asString(n.first(predCodedBy)),
			HasText: n.first(predText) != nil,
		}
	}
	return out
}

// CodingStats counts the stored articles by how they were coded.
type CodingStats struct {
	// Current is the number coded by the extractor version asked about.
	Current int `json:"current"`
	// Stale is the number coded by another version, or an unknown one.
	Stale int `json:"stale"`
	// NoText is the number stored without their text (Reextract cannot
	// re-code them).
	NoText int `json:"no_text"`
}

// Codings counts the stored articles coded by version and by others.
func (s *Store) Codings(ctx context.Context, version string) (CodingStats, error) {
	infos, err := s.ArticleInfos(ctx)
	if err != nil {
		return CodingStats{}, err
	}
	var c CodingStats
	for _, in := range infos {
		if in.Version == version {
			c.Current++
		} else {
			c.Stale++
		}
		if !in.HasText {
			c.NoText++
		}
	}
	return c, nil
}

// PutArticles is PutArticle for a batch, at AddArticles' cost for new
// articles: every article of the batch not stored yet is written in one
// transaction (each whole or not at all after a crash); each stored one
// whose content changed is replaced in a transaction of its own (Updated);
// the others, and an id met earlier in the batch, are Unchanged. The batch
// is checked before anything is written: an article without an id or with
// a triple AddArticle would refuse fails it, naming the article. A new
// article marked IndexStory gets its story index in its transaction; an
// updated one is left to IndexStories.
func (s *Store) PutArticles(ctx context.Context, batch []ArticleTriples, opt PutOptions) ([]Outcome, error) {
	out := make([]Outcome, len(batch))
	for i, at := range batch {
		if at.Article.ID == "" {
			return nil, fmt.Errorf("put articles: article %d: %w", i, ErrNoID)
		}
		if _, err := articleQuads(at.Article, at.Triples, nil); err != nil {
			return nil, fmt.Errorf("put articles: article %d: %w", i, err)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	seen := make(map[string]bool, len(batch))
	var fresh []int
	var stale []quad.Quad
	for i, at := range batch {
		id := at.Article.ID
		if seen[id] {
			continue
		}
		seen[id] = true
		now, err := s.readArticle(ctx, id)
		if err != nil {
			return out, fmt.Errorf("put articles: article %s: %w", id, err)
		}
		if !now.complete {
			stale = append(stale, now.quads...)
			fresh = append(fresh, i)
			continue
		}
		if now.hash == ContentHash(at.Article) {
			continue
		}
		if err := s.replace(ctx, at.Article, at.Triples, opt, now); err != nil {
			return out, fmt.Errorf("put articles: update article %s: %w", id, err)
		}
		out[i] = Updated
	}
	if len(fresh) == 0 {
		return out, nil
	}
	known := make(map[string]*stored)
	var quads []quad.Quad
	for _, i := range fresh {
		at := batch[i]
		if err := s.knownActors(ctx, at.Triples, known); err != nil {
			return out, fmt.Errorf("put articles: article %s: %w", at.Article.ID, err)
		}
		qs, err := lifecycleQuads(at.Article, at.Triples, known, opt)
		if err != nil {
			return out, fmt.Errorf("put articles: article %d: %w", i, err)
		}
		quads = append(quads, qs...)
		if at.IndexStory {
			// The story node outlives its article's rewrites: add what it
			// lacks, drop keys of an earlier text.
			cur, err := s.quadsOf(ctx, quad.Subject, storyIRI(at.Article.ID))
			if err != nil {
				return out, fmt.Errorf("put articles: story of %s: %w", at.Article.ID, err)
			}
			cur = slices.DeleteFunc(cur, func(q quad.Quad) bool { return !isIndexPredicate(q.Predicate) })
			r, ad := diffQuads(cur, StoryQuads(at.Article))
			stale = append(stale, r...)
			quads = append(quads, ad...)
		}
	}
	if len(stale) > 0 {
		if err := s.applyDiff(ctx, stale, nil); err != nil {
			return out, fmt.Errorf("put articles: remove the remains of interrupted writes: %w", err)
		}
	}
	if err := s.applyDiff(ctx, nil, quads); err != nil {
		return out, fmt.Errorf("put articles: %d articles: %w", len(fresh), err)
	}
	for _, i := range fresh {
		out[i] = Added
	}
	for id, k := range known {
		s.actors[id] = k
	}
	return out, nil
}

// StoredHash returns the content hash (ContentHash) of the article stored
// under id and whether it is stored whole. An article stored whole by
// AddArticle has an empty hash. load uses it to skip extracting articles
// whose content has not changed.
func (s *Store) StoredHash(ctx context.Context, id string) (hash string, stored bool, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	qs, err := s.quadsOf(ctx, quad.Subject, articleIRI(id))
	if err != nil {
		return "", false, fmt.Errorf("look up article %s: %w", id, err)
	}
	for _, q := range qs {
		switch q.Predicate {
		case quad.IRI(predTriples):
			stored = true
		case quad.IRI(predHash):
			hash = asString(q.Object)
		}
	}
	return hash, stored, nil
}
