package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/extract"
)

// Errors of the store.
var (
	// ErrInUse is returned by Open when another process holds the store
	// (Open waits a second or two for a Bolt file before giving up).
	ErrInUse = errors.New("graph: store is in use by another process")
	// ErrUnknownBackend is returned by Open for a backend name it does not know.
	ErrUnknownBackend = errors.New("graph: unknown backend")
	// ErrNoAddress is returned by Open when a persistent backend gets no address.
	ErrNoAddress = errors.New("graph: no store address")
	// ErrNoID is returned by AddArticle for an article without an id.
	ErrNoID = errors.New("graph: article has no id")
	// ErrIncompleteTriple is returned by AddArticle for a triple without a
	// subject, object or relation id.
	ErrIncompleteTriple = errors.New("graph: triple lacks an actor or relation id")
	// ErrReservedID is returned by AddArticle for an actor or relation id
	// that starts with "article/" or "event/", the schema's own nodes.
	ErrReservedID = errors.New("graph: actor or relation id is reserved")
	// ErrWrongArticle is returned by AddArticle for a triple of another article.
	ErrWrongArticle = errors.New("graph: triple belongs to another article")
	// ErrReservedAttr is returned by AddArticle for an attribute key that an
	// event node already uses (such as "date").
	ErrReservedAttr = errors.New("graph: attribute key is reserved")
)

// Store is the diplograph knowledge graph in a Cayley quad store. Its methods
// are safe for concurrent use: writes are serialised, and reads wait for the
// write in progress (Cayley's memstore has no locking of its own).
type Store struct {
	qs      cgraph.QuadStore
	backend string
	mu      sync.RWMutex // writers Lock, readers RLock

	// actors caches what is stored of the actors AddArticle has met
	// (guarded by mu's write lock), at most about maxCachedActors of them.
	actors map[string]*stored
}

// maxCachedActors bounds the actors a Store keeps in its cache, so that
// its memory does not grow with the corpus: a wire corpus names a few
// hundred actors over and over, and a corpus naming more only looks some
// of them up again.
const maxCachedActors = 20000

// Open opens (creating and initialising when new) the store. backend:
// "bolt" (the default when empty; addr is a file path), "memstore" (addr
// ignored), "leveldb" (addr a directory), "postgres" (addr a postgres://
// URL; CockroachDB speaks the same protocol). A Bolt file
// held by another process gives ErrInUse after a short wait.
func Open(ctx context.Context, backend, addr string) (*Store, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if backend == "" {
		backend = BackendBolt
	}
	qs, err := openQuadStore(backend, addr)
	if err != nil {
		return nil, err
	}
	return &Store{qs: qs, backend: backend, actors: make(map[string]*stored)}, nil
}

// Close closes the store.
func (s *Store) Close() error {
	if err := s.qs.Close(); err != nil {
		return fmt.Errorf("close %s store: %w", s.backend, err)
	}
	return nil
}

// QuadStore returns the underlying Cayley quad store, for Gizmo and Cayley's
// HTTP API. Writes made through it bypass AddArticle's bookkeeping.
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// eachQuad calls fn for every quad of it, then closes it.
func (s *Store) eachQuad(ctx context.Context, it cgraph.Iterator, fn func(quad.Quad)) error {
	defer it.Close()
	for it.Next(ctx) {
		fn(s.qs.Quad(it.Result()))
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// quadsOf gives the quads whose direction d is v (none when v is not stored).
func (s *Store) quadsOf(ctx context.Context, d quad.Direction, v quad.Value) ([]quad.Quad, error) {
	ref := s.qs.ValueOf(v)
	if ref == nil {
		return nil, nil
	}
	var out []quad.Quad
	err := s.eachQuad(ctx, s.qs.QuadIterator(d, ref), func(q quad.Quad) { out = append(out, q) })
	return out, err
}

// propsOf gives the quads with subject subj whose predicate is one of
// preds. It reads the values of those quads only: an article node holds
// its text and a story node its 32 band keys, which a look-up for the
// completion marker or the signature need not decode.
func (s *Store) propsOf(ctx context.Context, subj quad.Value, preds ...string) ([]quad.Quad, error) {
	ref := s.qs.ValueOf(subj)
	if ref == nil {
		return nil, nil
	}
	want := make(map[any]bool, len(preds))
	for _, p := range preds {
		if r := s.qs.ValueOf(quad.IRI(p)); r != nil {
			want[cgraph.ToKey(r)] = true
		}
	}
	if len(want) == 0 {
		return nil, nil
	}
	it := s.qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		r := it.Result()
		if want[cgraph.ToKey(s.qs.QuadDirection(r, quad.Predicate))] {
			out = append(out, s.qs.Quad(r))
		}
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	return out, ctx.Err()
}

// StoryIndexed reports whether the story index (IndexStory) of the
// article with that id is written. A load that stores an article and then
// indexes it in a second transaction can be killed between the two: the
// next load finds the article stored and unchanged, and uses this to
// complete its index.
func (s *Store) StoryIndexed(ctx context.Context, id string) (bool, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	qs, err := s.propsOf(ctx, storyIRI(id), predCanonicalURL, predFingerprint, predMinhash)
	if err != nil {
		return false, fmt.Errorf("look up the story index of %s: %w", id, err)
	}
	return len(qs) > 0, nil
}

// HasArticle reports whether the article with that id is stored whole (its
// completion marker is present).
func (s *Store) HasArticle(ctx context.Context, id string) (bool, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	qs, err := s.quadsOf(ctx, quad.Subject, articleIRI(id))
	if err != nil {
		return false, fmt.Errorf("look up article %s: %w", id, err)
	}
	for _, q := range qs {
		if q.Predicate == quad.IRI(predTriples) {
			return true, nil
		}
	}
	return false, nil
}

// AddArticle stores the article's metadata, its triples and their evidence
// in one transaction; if an article with that id is already stored it
// changes nothing and returns added=false. The remains of an earlier,
// interrupted write of the same article (no completion marker) are removed
// first.
func (s *Store) AddArticle(ctx context.Context, a extract.Article, ts []extract.Triple) (added bool, err error) {
	if a.ID == "" {
		return false, ErrNoID
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return false, err
	}
	art := articleIRI(a.ID)

	// What is stored of the article already: nothing, all, or a remnant.
	bySubject, err := s.quadsOf(ctx, quad.Subject, art)
	if err != nil {
		return false, fmt.Errorf("add article %s: %w", a.ID, err)
	}
	for _, q := range bySubject {
		if q.Predicate == quad.IRI(predTriples) {
			return false, nil
		}
	}
	byObject, err := s.quadsOf(ctx, quad.Object, art)
	if err != nil {
		return false, fmt.Errorf("add article %s: %w", a.ID, err)
	}
	var stale []quad.Quad
	if len(bySubject)+len(byObject) > 0 {
		labelled, err := s.quadsOf(ctx, quad.Label, art)
		if err != nil {
			return false, fmt.Errorf("add article %s: find the remains of an interrupted write: %w", a.ID, err)
		}
		stale = append(append(append(stale, labelled...), bySubject...), byObject...)
	}

	// What is stored of its actors already.
	known := make(map[string]*stored)
	if err := s.knownActors(ctx, ts, known); err != nil {
		return false, fmt.Errorf("add article %s: %w", a.ID, err)
	}

	quads, err := articleQuads(a, ts, known)
	if err != nil {
		return false, err
	}
	if len(stale) > 0 {
		// The remnant goes in a transaction of its own: Cayley's KV
		// backends lose quads when one ApplyDeltas both removes and adds
		// quads sharing nodes. A crash between the two leaves the article
		// absent, which the next load repairs.
		rm := cgraph.NewTransactionN(len(stale))
		for _, q := range stale {
			rm.RemoveQuad(q)
		}
		if err := s.apply(rm); err != nil {
			return false, fmt.Errorf("add article %s: remove the remains of an interrupted write: %w", a.ID, err)
		}
	}
	tx := cgraph.NewTransactionN(len(quads))
	for _, q := range quads {
		tx.AddQuad(q)
	}
	if err := s.apply(tx); err != nil {
		return false, fmt.Errorf("add article %s: %w", a.ID, err)
	}
	for id, k := range known {
		s.actors[id] = k
	}
	return true, nil
}

// apply writes a transaction in one ApplyDeltas call, ignoring quads that
// already exist and removals of quads that do not.
func (s *Store) apply(tx *cgraph.Transaction) error {
	w, err := cgraph.NewQuadWriter("single", s.qs, cgraph.Options{
		"ignore_duplicate": true,
		"ignore_missing":   true,
	})
	if err != nil {
		return fmt.Errorf("quad writer: %w", err)
	}
	if err := w.ApplyTransaction(tx); err != nil {
		w.Close()
		return fmt.Errorf("write %d quads: %w", len(tx.Deltas), err)
	}
	return w.Close()
}

// knownActors adds to known what the store holds of each actor of ts not
// in it yet (storedActor).
func (s *Store) knownActors(ctx context.Context, ts []extract.Triple, known map[string]*stored) error {
	for _, t := range ts {
		for _, ac := range []extract.Actor{t.Subject, t.Object} {
			if ac.ID == "" || known[ac.ID] != nil {
				continue
			}
			k, err := s.storedActor(ctx, ac.ID)
			if err != nil {
				return err
			}
			known[ac.ID] = k
		}
	}
	return nil
}

// storedActor reads which properties of an actor are stored, from the
// cache of actors this Store has read or written, else from the store. An
// actor node is also the subject of a direct edge for every triple it acts
// in, so the look-up reads all of those: the cache makes that once per
// actor and process, not once per article. Another process writing the same
// store may make the cache stale; the worst that gives is a property written
// twice (a second name), which reads resolve deterministically.
func (s *Store) storedActor(ctx context.Context, id string) (*stored, error) {
	if k, ok := s.actors[id]; ok {
		return k.clone(), nil
	}
	if len(s.actors) >= maxCachedActors {
		clear(s.actors) // the callers add this batch's actors back
	}
	k := &stored{names: make(map[string]bool)}
	qs, err := s.quadsOf(ctx, quad.Subject, actorIRI(id))
	if err != nil {
		return nil, fmt.Errorf("look up actor %s: %w", id, err)
	}
	for _, q := range qs {
		switch q.Predicate {
		case quad.IRI(predName):
			k.name = true
			k.names[asString(q.Object)] = true
		case quad.IRI(predAlias):
			k.names[asString(q.Object)] = true
		case quad.IRI(predType):
			k.typ = true
		case quad.IRI(predCountry):
			k.country = true
		case quad.IRI(predRole):
			k.role = true
		}
	}
	s.actors[id] = k
	return k.clone(), nil
}

// Filter selects stored triples. Empty fields select everything.
type Filter struct {
	// Since and Until bound the triple's date (YYYY-MM-DD), inclusive;
	// empty is open. A triple without a date fails any bound.
	Since, Until string
	// Relations lists relation ids; empty = all.
	Relations []string
	// QuadClasses lists CAMEO quad classes (1–4); empty = all.
	QuadClasses []int
	// Actors selects triples with at least one of these actor ids as
	// subject or object; empty = all.
	Actors []string
}

func (f Filter) match(t extract.Triple) bool {
	if f.Since != "" && (t.Date == "" || t.Date < f.Since) {
		return false
	}
	if f.Until != "" && (t.Date == "" || t.Date > f.Until) {
		return false
	}
	if len(f.Relations) > 0 && !slices.Contains(f.Relations, t.Relation.ID) {
		return false
	}
	if len(f.QuadClasses) > 0 && !slices.Contains(f.QuadClasses, t.Relation.QuadClass) {
		return false
	}
	if len(f.Actors) > 0 && !slices.Contains(f.Actors, t.Subject.ID) && !slices.Contains(f.Actors, t.Object.ID) {
		return false
	}
	return true
}

// snapshot is what one pass over the store finds: the nodes of the schema
// with their properties. Quads of other shapes (direct edges, user data) are
// skipped.
type snapshot struct {
	articles map[string]*node // by article IRI, complete articles only after load
	events   map[string]*node // by event IRI
	actors   map[string]*node // by actor IRI
	quads    int              // all quads of the store
}

type node struct {
	props map[string][]quad.Value
}

func (n *node) add(p string, v quad.Value) {
	if n.props == nil {
		n.props = make(map[string][]quad.Value)
	}
	n.props[p] = append(n.props[p], v)
}

// first gives the smallest value of a property (one value is the rule; a
// store written by two processes at once may hold two, and the choice must
// not depend on the backend's order).
func (n *node) first(p string) quad.Value {
	vs := n.props[p]
	if len(vs) == 0 {
		return nil
	}
	best := vs[0]
	for _, v := range vs[1:] {
		if v.String() < best.String() {
			best = v
		}
	}
	return best
}

var actorProps = map[quad.IRI]string{
	predName: predName, predType: predType, predCountry: predCountry,
	predRole: predRole, predAlias: predAlias,
}

// load reads the whole store in one pass.
func (s *Store) load(ctx context.Context) (*snapshot, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	snap := &snapshot{
		articles: make(map[string]*node),
		events:   make(map[string]*node),
		actors:   make(map[string]*node),
	}
	get := func(m map[string]*node, k string) *node {
		n := m[k]
		if n == nil {
			n = &node{}
			m[k] = n
		}
		return n
	}
	err := s.eachQuad(ctx, s.qs.QuadsAllIterator(), func(q quad.Quad) {
		snap.quads++
		subj, ok := iriString(q.Subject)
		if !ok {
			return
		}
		pred, ok := iriString(q.Predicate)
		if !ok {
			return
		}
		switch {
		case strings.HasPrefix(subj, eventPrefix):
			get(snap.events, subj).add(pred, q.Object)
		case strings.HasPrefix(subj, articlePrefix):
			get(snap.articles, subj).add(pred, q.Object)
		default:
			if p, ok := actorProps[quad.IRI(pred)]; ok {
				get(snap.actors, subj).add(p, q.Object)
			}
		}
	})
	if err != nil {
		return nil, fmt.Errorf("read %s store: %w", s.backend, err)
	}
	for k, n := range snap.articles {
		if len(n.props[predTriples]) == 0 {
			delete(snap.articles, k) // an interrupted write: absent
		}
	}
	return snap, nil
}

func (snap *snapshot) actor(id string) extract.Actor {
	a := extract.Actor{ID: id}
	n := snap.actors[string(actorIRI(id))]
	if n == nil {
		return a
	}
	a.Name = asString(n.first(predName))
	a.Type = asString(n.first(predType))
	a.Country = asString(n.first(predCountry))
	a.Role = asString(n.first(predRole))
	seen := map[string]bool{a.Name: true}
	for _, v := range n.props[predAlias] {
		if al := asString(v); !seen[al] {
			seen[al] = true
			a.Aliases = append(a.Aliases, al)
		}
	}
	sort.Strings(a.Aliases)
	return a
}

type numbered struct {
	t extract.Triple
	n int
}

// triples assembles the events of complete articles that f selects, sorted.
func (snap *snapshot) triples(f Filter) []extract.Triple {
	actors := make(map[string]extract.Actor)
	actor := func(v quad.Value) extract.Actor {
		id, _ := iriString(v)
		id = unescapeIRI(id)
		a, ok := actors[id]
		if !ok {
			a = snap.actor(id)
			actors[id] = a
		}
		return a
	}
	var out []numbered
	for e, n := range snap.events {
		art, _ := iriString(n.first(predArticle))
		if snap.articles[art] == nil {
			continue
		}
		rel, _ := iriString(n.first(predRelation))
		t := extract.Triple{
			Article:       unescapeIRI(strings.TrimPrefix(art, articlePrefix)),
			Date:          asString(n.first(predDate)),
			SentenceIndex: asInt(n.first(predSentenceIndex)),
			Sentence:      asString(n.first(predSentence)),
			Subject:       actor(n.first(predSubject)),
			Relation: extract.Relation{
				ID:        unescapeIRI(rel),
				Cameo:     asString(n.first(predCameo)),
				Goldstein: asFloat(n.first(predGoldstein)),
				QuadClass: asInt(n.first(predQuadClass)),
			},
			Object:     actor(n.first(predObject)),
			Confidence: asFloat(n.first(predConfidence)),
		}
		for p := range n.props {
			if reserved[p] {
				continue
			}
			if t.Attrs == nil {
				t.Attrs = make(map[string]string)
			}
			t.Attrs[unescapeIRI(p)] = asString(n.first(p))
		}
		if f.match(t) {
			out = append(out, numbered{t, eventNumber(e)})
		}
	}
	slices.SortFunc(out, func(a, b numbered) int {
		return cmp.Or(
			cmp.Compare(a.t.Date, b.t.Date),
			cmp.Compare(a.t.Article, b.t.Article),
			cmp.Compare(a.n, b.n),
		)
	})
	ts := make([]extract.Triple, len(out))
	for i, x := range out {
		ts[i] = x.t
	}
	return ts
}

// Triples returns the stored triples (events) that f selects, ordered by
// date, article and position in the article, each with its actors' stored
// properties (a stored actor's name, type, country and role are the first
// ones stored; later names are aliases). Triples of an article whose write
// was interrupted are left out.
func (s *Store) Triples(ctx context.Context, f Filter) ([]extract.Triple, error) {
	snap, err := s.load(ctx)
	if err != nil {
		return nil, err
	}
	return snap.triples(f), nil
}

// Actors returns the actors of the stored triples, with their stored
// properties and aliases, sorted by id.
func (s *Store) Actors(ctx context.Context) ([]extract.Actor, error) {
	snap, err := s.load(ctx)
	if err != nil {
		return nil, err
	}
	return snap.actorList(snap.triples(Filter{})), nil
}

func (snap *snapshot) actorList(ts []extract.Triple) []extract.Actor {
	byID := make(map[string]extract.Actor)
	for _, t := range ts {
		byID[t.Subject.ID] = t.Subject
		byID[t.Object.ID] = t.Object
	}
	out := make([]extract.Actor, 0, len(byID))
	for _, a := range byID {
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b extract.Actor) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// Articles returns the metadata of the stored (complete) articles, sorted
// by date then id. Text is not stored.
func (s *Store) Articles(ctx context.Context) ([]extract.Article, error) {
	snap, err := s.load(ctx)
	if err != nil {
		return nil, err
	}
	return snap.articleList(), nil
}

func (snap *snapshot) articleList() []extract.Article {
	out := make([]extract.Article, 0, len(snap.articles))
	for k, n := range snap.articles {
		out = append(out, extract.Article{
			ID:     unescapeIRI(strings.TrimPrefix(k, articlePrefix)),
			Title:  asString(n.first(predTitle)),
			Date:   asString(n.first(predDate)),
			URL:    asString(n.first(predURL)),
			Source: asString(n.first(predSource)),
		})
	}
	slices.SortFunc(out, func(a, b extract.Article) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
	})
	return out
}
