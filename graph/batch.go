package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/extract"
)

// ArticleTriples is one article with the triples extracted from it, the
// unit AddArticles writes.
type ArticleTriples struct {
	Article extract.Article
	Triples []extract.Triple
	// IndexStory asks PutArticles to write the article's story index
	// (StoryQuads) in the same transaction as a new article, so that a
	// crash never leaves a stored article that FindStory cannot find.
	IndexStory bool
}

// AddArticles stores many articles, each with its metadata, triples and
// evidence, in one transaction, and reports for each one whether it was
// added. It keeps AddArticle's guarantees at a fraction of its cost (a
// persistent backend syncs once per transaction, not once per article): an
// article already stored, or met earlier in the same batch, is skipped
// (added[i] is false); every article's completion marker is written in the
// same transaction as its quads, so after a crash each article of the batch
// is stored whole or not at all; and the remains of an earlier, interrupted
// write of an article are removed first (in a transaction of their own, as
// AddArticle does).
//
// The batch is checked before anything is written: an article without an
// id, or with a triple AddArticle would refuse, fails the whole batch with
// an error naming the article (by index and id) and wrapping AddArticle's
// error; nothing is written then.
func (s *Store) AddArticles(ctx context.Context, batch []ArticleTriples) ([]bool, error) {
	added := make([]bool, len(batch))
	if len(batch) == 0 {
		return added, ctx.Err()
	}
	for i, at := range batch {
		if at.Article.ID == "" {
			return nil, fmt.Errorf("add articles: article %d: %w", i, ErrNoID)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	// What is stored of each article already: nothing, all, or a remnant.
	var stale []quad.Quad
	seen := make(map[string]bool, len(batch))
	for i, at := range batch {
		id := at.Article.ID
		if seen[id] {
			continue
		}
		seen[id] = true
		complete, remnant, err := s.articleState(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("add articles: article %s: %w", id, err)
		}
		if complete {
			continue
		}
		stale = append(stale, remnant...)
		added[i] = true
	}

	// What is stored of their actors already, read once for the batch.
	known := make(map[string]*stored)
	for i, at := range batch {
		if !added[i] {
			continue
		}
		if err := s.knownActors(ctx, at.Triples, known); err != nil {
			return nil, fmt.Errorf("add articles: article %s: %w", at.Article.ID, err)
		}
	}

	// Every quad of the batch, checked before anything is written. The
	// shared known map makes an actor's properties written once a batch.
	var quads []quad.Quad
	for i, at := range batch {
		if !added[i] {
			continue
		}
		qs, err := articleQuads(at.Article, at.Triples, known)
		if err != nil {
			return nil, fmt.Errorf("add articles: article %d: %w", i, err)
		}
		quads = append(quads, qs...)
	}

	if len(stale) > 0 {
		rm := cgraph.NewTransactionN(len(stale))
		for _, q := range stale {
			rm.RemoveQuad(q)
		}
		if err := s.apply(rm); err != nil {
			return nil, fmt.Errorf("add articles: remove the remains of interrupted writes: %w", err)
		}
	}
	if len(quads) > 0 {
		tx := cgraph.NewTransactionN(len(quads))
		for _, q := range quads {
			tx.AddQuad(q)
		}
		if err := s.apply(tx); err != nil {
			return nil, fmt.Errorf("add articles: %d articles: %w", countTrue(added), err)
		}
	}
	for id, k := range known {
		s.actors[id] = k
	}
	return added, nil
}

// articleState reports whether the article with that id is stored whole
// and, when it is not, the quads left of an interrupted write of it (none
// when it is absent). The caller holds s.mu.
func (s *Store) articleState(ctx context.Context, id string) (complete bool, remnant []quad.Quad, err error) {
	art := articleIRI(id)
	bySubject, err := s.quadsOf(ctx, quad.Subject, art)
	if err != nil {
		return false, nil, err
	}
	for _, q := range bySubject {
		if q.Predicate == quad.IRI(predTriples) {
			return true, nil, nil
		}
	}
	byObject, err := s.quadsOf(ctx, quad.Object, art)
	if err != nil {
		return false, nil, err
	}
	if len(bySubject)+len(byObject) == 0 {
		return false, nil, nil
	}
	labelled, err := s.quadsOf(ctx, quad.Label, art)
	if err != nil {
		return false, nil, fmt.Errorf("find the remains of an interrupted write: %w", err)
	}
	return false, append(append(labelled, bySubject...), byObject...), nil
}

// countTrue counts the true values of bs.
func countTrue(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}
