package graph

import (
	"context"
	"fmt"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Stats counts what is in the store.
type Stats struct {
	// Actors is the number of distinct actors in the stored triples.
	Actors int `json:"actors"`
	// Relations is the number of distinct relation ids in the stored triples.
	Relations int `json:"relations"`
	// Triples is the number of stored triples (event nodes).
	Triples int `json:"triples"`
	// Articles is the number of complete stored articles.
	Articles int `json:"articles"`
	// Quads is the number of quads in the Cayley store.
	Quads int `json:"quads"`
	// Stories is the number of stories: articles stored whole with their
	// triples (the same as Articles).
	Stories int `json:"stories"`
	// Copies is the number of copies recorded for stored stories.
	Copies int `json:"copies"`
	// Outlets is the number of distinct named outlets (a source, else a
	// URL's host) of the stories and their copies.
	Outlets int `json:"outlets"`
	// NoText is the number of complete articles stored without their text.
	NoText int `json:"no_text"`
	// Coded counts the complete articles by the version of the extractor
	// that coded them ("" for articles that record none); nil when there
	// are none.
	Coded map[string]int `json:"coded"`
}

// Stats counts the actors, relations, triples and articles of the store,
// the quads that hold them, the stories, copies and outlets (as
// StoryStats), the articles without text and the articles by extractor
// version. It reads the store in one pass that looks at the ids of each
// quad's values, not at the values (a second pass runs only when a
// relation or actor was met in the remains of an interrupted write): its
// memory grows with the number of articles, not of quads, and it reads the
// values of only a few properties per article (the outlet and the coding
// version). Triples of an article whose write was interrupted are not
// counted.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	st, err := s.stats(ctx)
	if err != nil {
		return Stats{}, fmt.Errorf("stats of %s store: %w", s.backend, err)
	}
	return st, nil
}

// statsPass is what the pass of Stats collects, by value id (the key of
// a Cayley ref).
type statsPass struct {
	complete map[any]bool         // articles with their completion marker
	events   map[any]int          // events by article
	relation map[any]any          // relation → the article of an event naming it
	actor    map[any]any          // actor → the article of an event naming it
	coded    map[any][]cgraph.Ref // article → extractor versions
	text     map[any]bool         // articles with text
	source   map[any][]cgraph.Ref // article or copy → sources
	url      map[any][]cgraph.Ref // article or copy → URLs
	copyOf   []copyLink           // every <copy_of>
}

func (s *Store) stats(ctx context.Context) (Stats, error) {
	key := func(p string) any { return cgraph.ToKey(s.qs.ValueOf(quad.IRI(p))) }
	var (
		pTriples  = key(predTriples)
		pArticle  = key(predArticle)
		pRelation = key(predRelation)
		pSubject  = key(predSubject)
		pObject   = key(predObject)
		pCodedBy  = key(predCodedBy)
		pText     = key(predText)
		pSource   = key(predSource)
		pURL      = key(predURL)
		pCopyOf   = key(predCopyOf)
	)
	p := statsPass{
		complete: make(map[any]bool), events: make(map[any]int),
		relation: make(map[any]any), actor: make(map[any]any),
		coded: make(map[any][]cgraph.Ref), text: make(map[any]bool),
		source: make(map[any][]cgraph.Ref), url: make(map[any][]cgraph.Ref),
	}
	var st Stats
	dir := func(r cgraph.Ref, d quad.Direction) any { return cgraph.ToKey(s.qs.QuadDirection(r, d)) }
	err := s.eachRef(ctx, func(r cgraph.Ref) {
		st.Quads++
		pred := dir(r, quad.Predicate)
		if pred == nil {
			return
		}
		label := dir(r, quad.Label)
		switch pred {
		case pArticle, pRelation, pSubject, pObject:
			if label == nil {
				return
			}
			obj := dir(r, quad.Object)
			switch pred {
			case pArticle:
				if obj == label {
					p.events[label]++
				}
			case pRelation:
				firstSeen(p.relation, obj, label)
			default:
				firstSeen(p.actor, obj, label)
			}
			return
		}
		subj := dir(r, quad.Subject)
		if label == nil || subj != label {
			return // every article property is labelled with the article
		}
		switch pred {
		case pTriples:
			p.complete[subj] = true
		case pCodedBy:
			p.coded[subj] = append(p.coded[subj], s.qs.QuadDirection(r, quad.Object))
		case pText:
			p.text[subj] = true
		case pSource:
			p.source[subj] = append(p.source[subj], s.qs.QuadDirection(r, quad.Object))
		case pURL:
			p.url[subj] = append(p.url[subj], s.qs.QuadDirection(r, quad.Object))
		case pCopyOf:
			p.copyOf = append(p.copyOf, copyLink{subj, s.qs.QuadDirection(r, quad.Object)})
		}
	})
	if err != nil {
		return Stats{}, err
	}
	st.Articles, st.Stories = len(p.complete), len(p.complete)
	for art, n := range p.events {
		if p.complete[art] {
			st.Triples += n
		}
	}
	if st.Relations, st.Actors, err = s.countNamed(ctx, &p, pRelation, pSubject, pObject); err != nil {
		return Stats{}, err
	}

	names := newNameCache(s.qs)
	outlets := make(map[string]bool)
	outlet := func(art any) {
		src := names.least(p.source[art], true)
		url := ""
		if strings.TrimSpace(src) == "" {
			url = names.least(p.url[art], false) // one per article: not cached
		}
		if o := outletOf(src, url); o != "" {
			outlets[o] = true
		}
	}
	for art := range p.complete {
		if st.Coded == nil {
			st.Coded = make(map[string]int)
		}
		st.Coded[names.least(p.coded[art], true)]++
		if !p.text[art] {
			st.NoText++
		}
		outlet(art)
	}
	for _, c := range p.copyOf {
		if p.complete[c.copy] {
			continue // stored since as an article of its own
		}
		story, ok := iriString(names.name(c.story, true))
		if !ok || !strings.HasPrefix(story, storyPrefix) {
			continue
		}
		first := cgraph.ToKey(s.qs.ValueOf(quad.IRI(articlePrefix + strings.TrimPrefix(story, storyPrefix))))
		if first == nil || !p.complete[first] {
			continue // its story is no longer stored
		}
		st.Copies++
		outlet(c.copy)
	}
	st.Outlets = len(outlets)
	return st, nil
}

// copyLink is a <copy_of> quad: the key of the copy, the ref of the story.
type copyLink struct {
	copy  any
	story cgraph.Ref
}

// firstSeen records the article of the first event met naming v.
func firstSeen(m map[any]any, v, article any) {
	if v == nil {
		return
	}
	if _, ok := m[v]; !ok {
		m[v] = article
	}
}

// countNamed counts the relations and actors named by events of complete
// articles. Those first met in an incomplete article (the remains of an
// interrupted write) are looked for again, in a second pass, in complete
// ones.
func (s *Store) countNamed(ctx context.Context, p *statsPass, pRelation, pSubject, pObject any) (relations, actors int, err error) {
	doubt := make(map[any]bool)
	for v, art := range p.relation {
		if p.complete[art] {
			relations++
		} else {
			doubt[v] = true
		}
	}
	actorDoubt := make(map[any]bool)
	for v, art := range p.actor {
		if p.complete[art] {
			actors++
		} else {
			actorDoubt[v] = true
		}
	}
	if len(doubt)+len(actorDoubt) == 0 {
		return relations, actors, nil
	}
	dir := func(r cgraph.Ref, d quad.Direction) any { return cgraph.ToKey(s.qs.QuadDirection(r, d)) }
	err = s.eachRef(ctx, func(r cgraph.Ref) {
		pred := dir(r, quad.Predicate)
		var set map[any]bool
		switch pred {
		case pRelation:
			set = doubt
		case pSubject, pObject:
			set = actorDoubt
		default:
			return
		}
		obj := dir(r, quad.Object)
		if !set[obj] || !p.complete[dir(r, quad.Label)] {
			return
		}
		delete(set, obj)
		if pred == pRelation {
			relations++
		} else {
			actors++
		}
	})
	return relations, actors, err
}

// eachRef calls fn for the ref of every quad of the store, without reading
// the quads' values.
func (s *Store) eachRef(ctx context.Context, fn func(cgraph.Ref)) error {
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		fn(it.Result())
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// nameCache reads the values of refs, once each for those it keeps.
type nameCache struct {
	qs    cgraph.QuadStore
	names map[any]quad.Value
}

func newNameCache(qs cgraph.QuadStore) *nameCache {
	return &nameCache{qs: qs, names: make(map[any]quad.Value)}
}

// name gives the value of r, kept for the next call when keep is set.
func (c *nameCache) name(r cgraph.Ref, keep bool) quad.Value {
	if r == nil {
		return nil
	}
	k := cgraph.ToKey(r)
	if v, ok := c.names[k]; ok {
		return v
	}
	v := c.qs.NameOf(r)
	if keep {
		c.names[k] = v
	}
	return v
}

// least gives the smallest (as a string) of the values of refs, "" for
// none: the one reads choose when a property has several.
func (c *nameCache) least(refs []cgraph.Ref, keep bool) string {
	best, have := "", false
	for _, r := range refs {
		v := asString(c.name(r, keep))
		if !have || v < best {
			best, have = v, true
		}
	}
	return best
}
