package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/diplograph/diplograph/extract"
)

// ExtractFunc codes an article: (*extract.Extractor).Extract.
type ExtractFunc func(context.Context, extract.Article) ([]extract.Triple, error)

// ReextractOptions tunes Reextract.
type ReextractOptions struct {
	// Version is the version of the extractor (ExtractorVersion); articles
	// coded by it are skipped unless All is set.
	Version string
	// All re-codes every article, whatever version coded it.
	All bool
	// DryRun computes the report without writing anything.
	DryRun bool
	// Workers is the number of articles coded at once (GOMAXPROCS when 0).
	Workers int
}

// RelationChange counts the triples of one relation a re-extraction adds
// and removes.
type RelationChange struct {
	Relation string `json:"relation"`
	Added    int    `json:"added"`
	Removed  int    `json:"removed"`
}

// DyadChange is the change of the weight (the number of triples from
// Subject to Object, whatever the relation) of one edge of the actor network.
type DyadChange struct {
	Subject string `json:"subject"`
	Object  string `json:"object"`
	Before  int    `json:"before"`
	After   int    `json:"after"`
}

// ReextractReport says what a re-extraction changed (or, in a dry run,
// would change).
type ReextractReport struct {
	// Coded is the number of articles re-coded; Changed the number whose
	// triples changed; UpToDate the number skipped as coded by Version.
	Coded    int `json:"coded"`
	Changed  int `json:"changed"`
	UpToDate int `json:"up_to_date"`
	// Relations lists the relations with triples added or removed, by id.
	Relations []RelationChange `json:"relations"`
	// Appeared and Vanished list the actors the graph gains and loses.
	Appeared []string `json:"appeared"`
	Vanished []string `json:"vanished"`
	// Dyads lists the edges whose weight changed, the largest change first.
	Dyads []DyadChange `json:"dyads"`
}

// tripleKey is what a re-extraction compares of a triple.
type tripleKey struct{ s, r, o string }

// Reextract codes the stored texts again with extract (in parallel) and
// replaces each article's triples in one transaction (ReplaceTriples), the
// article's version becoming opt.Version. Articles already coded by that
// version are skipped unless opt.All, so a re-extraction interrupted and
// run again finishes the work, and one run twice changes nothing the
// second time. Before anything is written it fails with ErrNoText when an
// article to re-code was stored without its text. The report counts the
// triples added and removed per relation, the actors that appear or vanish
// and the dyads whose weight changes; with opt.DryRun nothing is written.
func (s *Store) Reextract(ctx context.Context, x ExtractFunc, opt ReextractOptions) (ReextractReport, error) {
	var rep ReextractReport
	snap, err := s.load(ctx)
	if err != nil {
		return rep, err
	}
	before := snap.triples(Filter{})
	byArticle := make(map[string][]tripleKey)
	for _, t := range before {
		byArticle[t.Article] = append(byArticle[t.Article], tripleKey{t.Subject.ID, t.Relation.ID, t.Object.ID})
	}

	var todo []extract.Article
	var noText []string
	for _, in := range snap.articleInfos() {
		if !opt.All && opt.Version != "" && in.Version == opt.Version {
			rep.UpToDate++
			continue
		}
		if !in.HasText {
			noText = append(noText, in.ID)
			continue
		}
		a, _, err := articleFromNode(in.ID, snap.articles[string(articleIRI(in.ID))])
		if err != nil {
			return rep, fmt.Errorf("reextract: article %s: %w", in.ID, err)
		}
		todo = append(todo, a)
	}
	if len(noText) > 0 {
		shown := noText
		if len(shown) > 5 {
			shown = shown[:5]
		}
		return rep, fmt.Errorf("reextract: %d articles were stored without their text (loaded with --no-text, or before texts were kept): %s%s; load them again from their files: %w",
			len(noText), strings.Join(shown, ", "), map[bool]string{true: ", …", false: ""}[len(noText) > 5], ErrNoText)
	}
	snap = nil

	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type result struct {
		id  string
		ts  []extract.Triple
		err error
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan extract.Article)
	results := make(chan result)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range jobs {
				ts, err := x(ctx, a)
				for i := range ts {
					ts[i].Article = a.ID
				}
				select {
				case results <- result{a.ID, ts, err}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for _, a := range todo {
			select {
			case jobs <- a:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()

	after := make(map[string][]tripleKey)
	var errs []error
	for r := range results {
		if r.err != nil {
			errs = append(errs, fmt.Errorf("reextract: article %s: %w", r.id, r.err))
			cancel()
			continue
		}
		if ctx.Err() != nil {
			continue
		}
		keys := make([]tripleKey, len(r.ts))
		for i, t := range r.ts {
			keys[i] = tripleKey{t.Subject.ID, t.Relation.ID, t.Object.ID}
		}
		if !opt.DryRun {
			if _, err := s.ReplaceTriples(ctx, r.id, r.ts, opt.Version); err != nil {
				errs = append(errs, fmt.Errorf("reextract: %w", err))
				cancel()
				continue
			}
		}
		after[r.id] = keys
		rep.Coded++
	}
	if len(errs) == 0 {
		if err := ctx.Err(); err != nil {
			errs = append(errs, err)
		}
	}
	rep.summarise(before, byArticle, after)
	return rep, errors.Join(errs...)
}

// summarise fills the report from the triples before, grouped by article,
// and the new triples of the re-coded articles.
func (rep *ReextractReport) summarise(before []extract.Triple, old, recoded map[string][]tripleKey) {
	rels := make(map[string]*RelationChange)
	dyadBefore := make(map[[2]string]int)
	dyadAfter := make(map[[2]string]int)
	actorsBefore := make(map[string]int)
	actorsAfter := make(map[string]int)
	for _, t := range before {
		d := [2]string{t.Subject.ID, t.Object.ID}
		dyadBefore[d]++
		actorsBefore[t.Subject.ID]++
		actorsBefore[t.Object.ID]++
		if _, ok := recoded[t.Article]; !ok {
			dyadAfter[d]++
			actorsAfter[t.Subject.ID]++
			actorsAfter[t.Object.ID]++
		}
	}
	rel := func(id string) *RelationChange {
		r := rels[id]
		if r == nil {
			r = &RelationChange{Relation: id}
			rels[id] = r
		}
		return r
	}
	for id, keys := range recoded {
		counts := make(map[tripleKey]int)
		for _, k := range old[id] {
			counts[k]--
		}
		for _, k := range keys {
			counts[k]++
			dyadAfter[[2]string{k.s, k.o}]++
			actorsAfter[k.s]++
			actorsAfter[k.o]++
		}
		changed := false
		for k, n := range counts {
			switch {
			case n > 0:
				rel(k.r).Added += n
				changed = true
			case n < 0:
				rel(k.r).Removed -= n
				changed = true
			}
		}
		if changed {
			rep.Changed++
		}
	}
	for _, r := range rels {
		rep.Relations = append(rep.Relations, *r)
	}
	slices.SortFunc(rep.Relations, func(a, b RelationChange) int { return cmp.Compare(a.Relation, b.Relation) })
	for a := range actorsAfter {
		if actorsBefore[a] == 0 {
			rep.Appeared = append(rep.Appeared, a)
		}
	}
	for a := range actorsBefore {
		if actorsAfter[a] == 0 {
			rep.Vanished = append(rep.Vanished, a)
		}
	}
	slices.Sort(rep.Appeared)
	slices.Sort(rep.Vanished)
	seen := make(map[[2]string]bool)
	for _, m := range []map[[2]string]int{dyadBefore, dyadAfter} {
		for d := range m {
			if seen[d] {
				continue
			}
			seen[d] = true
			if b, a := dyadBefore[d], dyadAfter[d]; a != b {
				rep.Dyads = append(rep.Dyads, DyadChange{Subject: d[0], Object: d[1], Before: b, After: a})
			}
		}
	}
	abs := func(n int) int {
		if n < 0 {
			return -n
		}
		return n
	}
	slices.SortFunc(rep.Dyads, func(a, b DyadChange) int {
		return cmp.Or(
			cmp.Compare(abs(b.After-b.Before), abs(a.After-a.Before)),
			cmp.Compare(a.Subject, b.Subject),
			cmp.Compare(a.Object, b.Object),
		)
	})
}
