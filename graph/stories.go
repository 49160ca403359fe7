package graph

// Stories: one story published by several outlets. An article that is
// extracted and stored whole is the first article of a story; the same
// story published elsewhere (the same canonical URL, the same text, or a
// near-duplicate text, as extract/dedupe decides) is recorded as a copy
// of it: its metadata and outlet, no triples and no events, so that
// syndication does not inflate counts, weights and centralities.
//
// The story index of a stored article is kept on a node of its own,
// <story/ID>, not on <article/ID>: PutArticle's updates and ReplaceTriples
// (reextract) rewrite every quad with the article as subject, object or
// label, and would drop the index and the copies' links.
//
//	<story/a1> <canonical_url> "example.org/world/us-pakistan" .
//	<story/a1> <fingerprint> "5d0e…" .                (32 hex digits)
//	<story/a1> <minhash> "m1:281:…" .                 (the dedupe.Signature)
//	<story/a1> <band> "3:9f2c…" .                     (32 of them)
//
// A copy is an article node without the completion marker <triples>, so
// that Articles, Stats, Triples and Reextract leave it out; its quads are
// labelled with it (ForgetArticle removes a copy whole), carry its own
// index, and end with <copy_of>, its completion marker:
//
//	<article/b1> <a> <copy> <article/b1> .
//	<article/b1> <title> "Pakistan, US sign minerals deal" <article/b1> .
//	<article/b1> <url> "https://frontier.example/news/1" <article/b1> .
//	<article/b1> <source> "The Frontier Post" <article/b1> .
//	<article/b1> <content_hash> "…" <article/b1> .
//	<article/b1> <canonical_url> "frontier.example/news/1" <article/b1> .
//	<article/b1> <fingerprint> "…" <article/b1> .
//	<article/b1> <minhash> "m1:…" <article/b1> .
//	<article/b1> <band> "3:9f2c…" <article/b1> .      (32 of them)
//	<article/b1> <copy_of> <story/a1> <article/b1> .
//
// In Gizmo, the outlets that carried story a1 besides its first article:
//
//	g.V("<story/a1>").In("<copy_of>").Out("<source>").All()

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/dedupe"
)

// The predicates and nodes of stories.
const (
	predCanonicalURL = "canonical_url"
	predFingerprint  = "fingerprint"
	predMinhash      = "minhash"
	predBand         = "band"
	predCopyOf       = "copy_of"

	typeCopy    = "copy"
	storyPrefix = "story/"

	// maxCandidates bounds the stored articles FindStory verifies by
	// similarity for one article.
	maxCandidates = 500
)

// ErrStoredArticle is returned by AddCopy for an article stored with its
// own triples: it is the first article of a story, not a copy.
var ErrStoredArticle = errors.New("graph: article is stored with its own triples")

// storyIRI is the node of the story whose first article has that id.
func storyIRI(id string) quad.IRI { return quad.IRI(storyPrefix + escapeIRI(id)) }

// indexQuads gives the keys of article a as quads of node subj, labelled
// with label (nil for none): canonical URL, fingerprint, signature and
// band keys, each when a has it.
func indexQuads(subj quad.IRI, a extract.Article, label quad.Value) []quad.Quad {
	d := dedupe.NewDoc(a.URL, a.Text)
	var qs []quad.Quad
	add := func(p, v string) {
		if v != "" {
			qs = append(qs, quad.Quad{Subject: subj, Predicate: quad.IRI(p), Object: quad.String(v), Label: label})
		}
	}
	add(predCanonicalURL, d.URL)
	add(predFingerprint, d.Fingerprint)
	if !d.Sig.Empty() {
		add(predMinhash, d.Sig.String())
	}
	for _, k := range d.Sig.BandKeys() {
		add(predBand, k)
	}
	return qs
}

// isIndexPredicate reports whether p is a predicate of the story index.
func isIndexPredicate(p quad.Value) bool {
	switch p {
	case quad.IRI(predCanonicalURL), quad.IRI(predFingerprint), quad.IRI(predMinhash), quad.IRI(predBand):
		return true
	}
	return false
}

// StoryQuads returns the quads of the story index of article a (on
// <story/ID>, unlabelled: see IndexStory), for a writer that adds them in
// the same transaction as the article itself. An article without id gets
// none.
func StoryQuads(a extract.Article) []quad.Quad {
	if a.ID == "" {
		return nil
	}
	return indexQuads(storyIRI(a.ID), a, nil)
}

// IndexStory writes the story index of a stored article (its canonical
// URL, text fingerprint, MinHash signature and band keys) so that
// FindStory finds its copies. It replaces an index written for earlier
// content and writes nothing when the index is current, so it can be
// called for every article a load meets. It fails with ErrNotStored when
// the article is not stored whole.
func (s *Store) IndexStory(ctx context.Context, a extract.Article) error {
	return s.IndexStories(ctx, []extract.Article{a})
}

// IndexStories is IndexStory for many articles, in one transaction.
func (s *Store) IndexStories(ctx context.Context, arts []extract.Article) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return err
	}
	var removes, adds []quad.Quad
	seen := make(map[string]bool, len(arts))
	for _, a := range arts {
		if a.ID == "" {
			return fmt.Errorf("index story: %w", ErrNoID)
		}
		if seen[a.ID] {
			continue
		}
		seen[a.ID] = true
		ok, err := s.complete(ctx, a.ID)
		if err != nil {
			return fmt.Errorf("index story %s: %w", a.ID, err)
		}
		if !ok {
			return fmt.Errorf("index story %s: %w", a.ID, ErrNotStored)
		}
		cur, err := s.quadsOf(ctx, quad.Subject, storyIRI(a.ID))
		if err != nil {
			return fmt.Errorf("index story %s: %w", a.ID, err)
		}
		cur = slices.DeleteFunc(cur, func(q quad.Quad) bool { return !isIndexPredicate(q.Predicate) })
		r, ad := diffQuads(cur, StoryQuads(a))
		removes = append(removes, r...)
		adds = append(adds, ad...)
	}
	if len(removes)+len(adds) == 0 {
		return nil
	}
	if err := s.applyDiff(ctx, removes, adds); err != nil {
		return fmt.Errorf("index %d stories: %w", len(seen), err)
	}
	return nil
}

// complete reports whether the article with that id is stored whole. The
// caller holds s.mu.
func (s *Store) complete(ctx context.Context, id string) (bool, error) {
	qs, err := s.propsOf(ctx, articleIRI(id), predTriples)
	return len(qs) > 0, err
}

// nodeIndex is what FindStory reads of a node that matched a key.
type nodeIndex struct {
	story  string // the story it belongs to; "" when none is stored
	sig    dedupe.Signature
	hasSig bool
}

// readNode reads a node of the index (<story/X> or <article/X>): the
// story it belongs to (X for <story/X> and for a whole article <article/X>;
// the story of <copy_of> for a copy), provided that story's first article
// is stored, and its signature. The caller holds s.mu.
func (s *Store) readNode(ctx context.Context, subj string) (nodeIndex, error) {
	var ni nodeIndex
	qs, err := s.propsOf(ctx, quad.IRI(subj), predMinhash, predCopyOf, predTriples)
	if err != nil {
		return ni, err
	}
	candidate, whole := "", false
	for _, q := range qs {
		switch q.Predicate {
		case quad.IRI(predMinhash):
			if sig, err := dedupe.ParseSignature(asString(q.Object)); err == nil {
				ni.sig, ni.hasSig = sig, true
			}
		case quad.IRI(predCopyOf):
			if st, ok := iriString(q.Object); ok && strings.HasPrefix(st, storyPrefix) {
				candidate = unescapeIRI(strings.TrimPrefix(st, storyPrefix))
			}
		case quad.IRI(predTriples):
			whole = true
		}
	}
	switch {
	case strings.HasPrefix(subj, storyPrefix):
		candidate = unescapeIRI(strings.TrimPrefix(subj, storyPrefix))
	case whole:
		candidate = unescapeIRI(strings.TrimPrefix(subj, articlePrefix))
	}
	if candidate == "" {
		return ni, nil
	}
	ok, err := s.complete(ctx, candidate)
	if err != nil {
		return ni, err
	}
	if ok {
		ni.story = candidate
	}
	return ni, nil
}

// subjectsWith gives the IRIs of the nodes that have property p = v.
func (s *Store) subjectsWith(ctx context.Context, p string, v quad.Value) ([]string, error) {
	qs, err := s.quadsOf(ctx, quad.Object, v)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, q := range qs {
		if q.Predicate != quad.IRI(p) {
			continue
		}
		if subj, ok := iriString(q.Subject); ok && !slices.Contains(out, subj) {
			out = append(out, subj)
		}
	}
	slices.Sort(out)
	return out, nil
}

// FindStory looks for a stored story that article a is a copy of and
// returns the id of the story's first article. It looks, in order: at a
// copy already recorded under a's id; at stored articles with a's
// canonical URL (or, for articles stored before the index, its exact
// URL); at those with its text's fingerprint; and at those sharing an LSH
// band with its text, verified by similarity (dedupe.Same), the most
// similar winning. Among equal matches the smallest story id wins. A
// story is found only while its first article is stored whole, and an
// article is never reported as a copy of itself.
func (s *Store) FindStory(ctx context.Context, a extract.Article) (storyID string, found bool, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := ctx.Err(); err != nil {
		return "", false, err
	}
	wrap := func(err error) error { return fmt.Errorf("find story of %s: %w", a.ID, err) }
	if a.ID != "" {
		ni, err := s.readNode(ctx, string(articleIRI(a.ID)))
		if err != nil {
			return "", false, wrap(err)
		}
		if ni.story != "" && ni.story != a.ID {
			return ni.story, true, nil
		}
	}
	d := dedupe.NewDoc(a.URL, a.Text)

	// firstOf gives the smallest story of the nodes with property p = v.
	firstOf := func(p string, v string) (string, error) {
		if v == "" {
			return "", nil
		}
		subjs, err := s.subjectsWith(ctx, p, quad.String(v))
		if err != nil {
			return "", err
		}
		best := ""
		for _, subj := range subjs {
			ni, err := s.readNode(ctx, subj)
			if err != nil {
				return "", err
			}
			if ni.story != "" && ni.story != a.ID && (best == "" || ni.story < best) {
				best = ni.story
			}
		}
		return best, nil
	}
	for _, key := range [][2]string{
		{predCanonicalURL, d.URL},
		{predURL, strings.TrimSpace(a.URL)},
		{predFingerprint, d.Fingerprint},
	} {
		if key[0] == predURL && d.URL == "" {
			continue // not an http(s) article URL
		}
		st, err := firstOf(key[0], key[1])
		if err != nil {
			return "", false, wrap(err)
		}
		if st != "" {
			return st, true, nil
		}
	}

	// Near duplicates: candidates by band, verified by similarity.
	seen := make(map[string]bool)
	best, bestSim := "", 0.0
	for _, k := range d.Sig.BandKeys() {
		subjs, err := s.subjectsWith(ctx, predBand, quad.String(k))
		if err != nil {
			return "", false, wrap(err)
		}
		for _, subj := range subjs {
			if seen[subj] || len(seen) >= maxCandidates {
				continue
			}
			seen[subj] = true
			ni, err := s.readNode(ctx, subj)
			if err != nil {
				return "", false, wrap(err)
			}
			if ni.story == "" || ni.story == a.ID || !ni.hasSig || !dedupe.Same(d.Sig, ni.sig) {
				continue
			}
			sim := dedupe.Similarity(d.Sig, ni.sig)
			if sim > bestSim || sim == bestSim && ni.story < best {
				best, bestSim = ni.story, sim
			}
		}
	}
	return best, best != "", nil
}

// resolveStory gives the story that id belongs to: id itself when it is
// stored whole, its story when it is a recorded copy. The caller holds
// s.mu.
func (s *Store) resolveStory(ctx context.Context, id string) (string, error) {
	ni, err := s.readNode(ctx, string(articleIRI(id)))
	if err != nil {
		return "", err
	}
	if ni.story == "" {
		return "", ErrNotStored
	}
	return ni.story, nil
}

// copyQuads gives the quads that record article a as a copy of story,
// labelled with a, its completion marker <copy_of> last.
func copyQuads(a extract.Article, story string) []quad.Quad {
	art := articleIRI(a.ID)
	qs := []quad.Quad{{Subject: art, Predicate: quad.IRI(predA), Object: quad.IRI(typeCopy), Label: art}}
	for _, pv := range [][2]string{
		{predTitle, a.Title}, {predDate, a.Date}, {predURL, a.URL}, {predSource, a.Source},
		{predHash, ContentHash(a)},
	} {
		if pv[1] != "" {
			qs = append(qs, quad.Quad{Subject: art, Predicate: quad.IRI(pv[0]), Object: quad.String(pv[1]), Label: art})
		}
	}
	qs = append(qs, indexQuads(art, a, art)...)
	return append(qs, quad.Quad{Subject: art, Predicate: quad.IRI(predCopyOf), Object: storyIRI(story), Label: art})
}

// AddCopy records article a as another outlet's copy of the story whose
// first (or any recorded) article is storyID, in one transaction: an
// article node with a's metadata, outlet (<source>) and story keys, and
// <copy_of> the story; no triples and no events. It reports whether
// anything was written: recording the same copy again writes nothing, and
// a copy recorded with other content or for another story is replaced.
// It fails with ErrNotStored when storyID is not stored, and with
// ErrStoredArticle when a is stored with its own triples.
func (s *Store) AddCopy(ctx context.Context, storyID string, a extract.Article) (bool, error) {
	if a.ID == "" {
		return false, ErrNoID
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return false, err
	}
	root, err := s.resolveStory(ctx, storyID)
	if err != nil {
		return false, fmt.Errorf("add copy %s of story %s: %w", a.ID, storyID, err)
	}
	now, err := s.readArticle(ctx, a.ID)
	if err != nil {
		return false, fmt.Errorf("add copy %s: %w", a.ID, err)
	}
	if now.complete || root == a.ID {
		return false, fmt.Errorf("add copy %s of story %s: %w", a.ID, root, ErrStoredArticle)
	}
	removes, adds := diffQuads(now.quads, copyQuads(a, root))
	if len(removes)+len(adds) == 0 {
		return false, nil
	}
	if err := s.applyDiff(ctx, removes, adds); err != nil {
		return false, fmt.Errorf("add copy %s of story %s: %w", a.ID, root, err)
	}
	return true, nil
}

// outletOf names the outlet of an article: its source, else the host of
// its URL; "" when it names neither.
func outletOf(source, rawURL string) string {
	if s := strings.TrimSpace(source); s != "" {
		return s
	}
	host, _, _ := strings.Cut(dedupe.CanonicalURL(rawURL), "/")
	return host
}

// census is what the store holds of stories: for every story (by the id
// of its first article, stored whole), the outlets of its articles.
type census struct {
	// outlets of each story, an article naming no outlet counted under
	// its own id (prefixed with "\x00" so that no outlet name equals it).
	outlets map[string]map[string]bool
	copies  int
}

// census reads the stories in four passes over predicates.
func (s *Store) census(ctx context.Context) (census, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	c := census{outlets: make(map[string]map[string]bool)}
	byPred := func(p string) ([]quad.Quad, error) { return s.quadsOf(ctx, quad.Predicate, quad.IRI(p)) }
	articleID := func(v quad.Value) (string, bool) {
		subj, ok := iriString(v)
		if !ok || !strings.HasPrefix(subj, articlePrefix) {
			return "", false
		}
		return unescapeIRI(strings.TrimPrefix(subj, articlePrefix)), true
	}
	markers, err := byPred(predTriples)
	if err != nil {
		return c, err
	}
	whole := make(map[string]bool, len(markers))
	for _, q := range markers {
		if id, ok := articleID(q.Subject); ok {
			whole[id] = true
		}
	}
	props := func(p string) (map[string]string, error) {
		qs, err := byPred(p)
		if err != nil {
			return nil, err
		}
		out := make(map[string]string)
		for _, q := range qs {
			if id, ok := articleID(q.Subject); ok {
				if v, have := out[id]; !have || asString(q.Object) < v {
					out[id] = asString(q.Object)
				}
			}
		}
		return out, nil
	}
	sources, err := props(predSource)
	if err != nil {
		return c, err
	}
	urls, err := props(predURL)
	if err != nil {
		return c, err
	}
	outlet := func(id string) string {
		if o := outletOf(sources[id], urls[id]); o != "" {
			return o
		}
		return "\x00" + id
	}
	for id := range whole {
		c.outlets[id] = map[string]bool{outlet(id): true}
	}
	copies, err := byPred(predCopyOf)
	if err != nil {
		return c, err
	}
	for _, q := range copies {
		id, ok := articleID(q.Subject)
		st, ok2 := iriString(q.Object)
		if !ok || !ok2 || whole[id] {
			continue
		}
		story := unescapeIRI(strings.TrimPrefix(st, storyPrefix))
		set := c.outlets[story]
		if set == nil {
			continue // its story is no longer stored
		}
		set[outlet(id)] = true
		c.copies++
	}
	return c, nil
}

// Outlets returns the outlets that published the story of an article
// (articleID may be the story's first article or a copy), sorted: each
// article's source, else the host of its URL, else, for an article that
// names neither, its id. It fails with ErrNotStored when the article is
// neither stored nor a recorded copy.
func (s *Store) Outlets(ctx context.Context, articleID string) ([]string, error) {
	s.mu.RLock()
	story, err := s.resolveStory(ctx, articleID)
	s.mu.RUnlock()
	if err != nil {
		return nil, fmt.Errorf("outlets of %s: %w", articleID, err)
	}
	c, err := s.census(ctx)
	if err != nil {
		return nil, fmt.Errorf("outlets of %s: %w", articleID, err)
	}
	var out []string
	for o := range c.outlets[story] {
		out = append(out, strings.TrimPrefix(o, "\x00"))
	}
	slices.Sort(out)
	return out, nil
}

// SourceCounts returns, for every article stored whole (the first article
// of a story, whose events are in the graph), the number of distinct
// outlets that published its story: 1 for an article no other outlet
// carried. An article that names no outlet (no source, no http(s) URL)
// counts as an outlet of its own. This is GDELT's NumSources: the weight
// of the article's events for analytics ("reported by N outlets").
func (s *Store) SourceCounts(ctx context.Context) (map[string]int, error) {
	c, err := s.census(ctx)
	if err != nil {
		return nil, fmt.Errorf("source counts: %w", err)
	}
	out := make(map[string]int, len(c.outlets))
	for id, set := range c.outlets {
		out[id] = len(set)
	}
	return out, nil
}

// StoryStats counts the stories (articles stored whole with their
// triples), the copies recorded for them, and the distinct named outlets
// (a source, else a URL's host) of both; articles naming no outlet are
// not counted as outlets here.
func (s *Store) StoryStats(ctx context.Context) (stories, copies, outlets int, err error) {
	st, err := s.Stats(ctx)
	if err != nil {
		return 0, 0, 0, fmt.Errorf("story stats: %w", err)
	}
	return st.Stories, st.Copies, st.Outlets, nil
}

// Copy is a recorded copy of a story: another outlet's article, stored
// with its metadata only.
type Copy struct {
	extract.Article
	// Story is the id of the story's first article.
	Story string `json:"story"`
}

// Copies returns the recorded copies (text left out), sorted by date then
// id, for commands that select articles by source or date (forget
// --source): ForgetArticle removes a copy as it removes an article.
func (s *Store) Copies(ctx context.Context) ([]Copy, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	links, err := s.quadsOf(ctx, quad.Predicate, quad.IRI(predCopyOf))
	if err != nil {
		return nil, fmt.Errorf("copies: %w", err)
	}
	var out []Copy
	for _, l := range links {
		subj, ok := iriString(l.Subject)
		st, ok2 := iriString(l.Object)
		if !ok || !ok2 || !strings.HasPrefix(subj, articlePrefix) {
			continue
		}
		qs, err := s.quadsOf(ctx, quad.Subject, quad.IRI(subj))
		if err != nil {
			return nil, fmt.Errorf("copies: %w", err)
		}
		n := &node{}
		whole := false
		for _, q := range qs {
			if p, ok := iriString(q.Predicate); ok {
				n.add(p, q.Object)
				whole = whole || p == predTriples
			}
		}
		if whole {
			continue // stored since as an article of its own
		}
		id := unescapeIRI(strings.TrimPrefix(subj, articlePrefix))
		a, _, _ := articleFromNode(id, n) // a copy has no text to decode
		out = append(out, Copy{Article: a, Story: unescapeIRI(strings.TrimPrefix(st, storyPrefix))})
	}
	slices.SortFunc(out, func(a, b Copy) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}
