package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/internal/pipeline"
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
	// Batch is the number of re-coded articles written in one transaction
	// (200 when 0).
	Batch int
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

// defaultReextractBatch is the number of re-coded articles Reextract
// writes in one transaction when ReextractOptions.Batch is 0 (the load's
// default batch).
const defaultReextractBatch = 200

// Reextract codes the stored texts again with extract (in parallel) and
// replaces the triples of the re-coded articles, a batch of whole articles
// (opt.Batch) per transaction, in the order of the store (date, then id):
// each article's version becomes opt.Version, and after a crash each is
// stored as it was or as re-coded, never in part. Articles already coded
// by that version are skipped unless opt.All, so a re-extraction
// interrupted and run again finishes the work (ending as an uninterrupted
// one does), and one run twice changes nothing the second time. Before
// anything is written it fails with ErrNoText when an article to re-code
// was stored without its text. The report counts the triples added and
// removed per relation, the actors that appear or vanish and the dyads
// whose weight changes; with opt.DryRun nothing is written.
//
// The store is read once; then each article is read through the indexes
// and the properties of the actors a batch touches are computed from
// counts kept in memory, so the cost per article does not grow with the
// store. Reextract assumes no other process writes the store meanwhile
// (Bolt enforces it).
func (s *Store) Reextract(ctx context.Context, x ExtractFunc, opt ReextractOptions) (ReextractReport, error) {
	var rep ReextractReport
	c, err := s.readCoding(ctx)
	if err != nil {
		return rep, fmt.Errorf("reextract: %w", err)
	}
	var todo []string
	var noText []string
	for _, in := range c.articles {
		if !opt.All && opt.Version != "" && in.version == opt.Version {
			rep.UpToDate++
			continue
		}
		if !in.hasText {
			noText = append(noText, in.id)
			continue
		}
		todo = append(todo, in.id)
	}
	if len(noText) > 0 {
		shown := noText
		if len(shown) > 5 {
			shown = shown[:5]
		}
		return rep, fmt.Errorf("reextract: %d articles were stored without their text (loaded with --no-text, or before texts were kept): %s%s; load them again from their files: %w",
			len(noText), strings.Join(shown, ", "), map[bool]string{true: ", …", false: ""}[len(noText) > 5], ErrNoText)
	}

	if !opt.DryRun {
		// A crash between the two transactions of a batch (see applyDiff)
		// leaves transient quads even when nothing is left to re-code.
		s.mu.Lock()
		err := s.applyDiff(ctx, nil, nil)
		s.mu.Unlock()
		if err != nil {
			return rep, fmt.Errorf("reextract: %w", err)
		}
	}

	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	size := opt.Batch
	if size <= 0 {
		size = defaultReextractBatch
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// The reader reads each article (metadata, text, quads) in order, the
	// workers code them, and the writer below takes them in order and
	// writes them a batch at a time.
	results, _ := pipeline.Ordered(ctx, workers, workers, func(emit func(recoded) error) error {
		for _, id := range todo {
			var r recoded
			r.a, r.hasText, r.now, r.err = s.readStored(ctx, id)
			if err := emit(r); err != nil || r.err != nil {
				return nil // the writer reports r.err, or ctx's
			}
		}
		return nil
	}, func(r recoded) recoded {
		if r.err == nil {
			r.ts, r.err = x(ctx, r.a)
			for i := range r.ts {
				r.ts[i].Article = r.a.ID
			}
			if r.err != nil {
				r.err = fmt.Errorf("reextract: article %s: %w", r.a.ID, r.err)
			}
		}
		return r
	})

	after := make(map[string][]tripleKey)
	var errs []error
	var batch []recoded
	flush := func() {
		if len(batch) == 0 || len(errs) > 0 {
			return
		}
		if !opt.DryRun {
			if err := s.writeRecoded(ctx, c, batch, opt.Version); err != nil {
				errs = append(errs, fmt.Errorf("reextract: %w", err))
				cancel()
				return
			}
		}
		for _, r := range batch {
			keys := make([]tripleKey, len(r.ts))
			for i, t := range r.ts {
				keys[i] = tripleKey{t.Subject.ID, t.Relation.ID, t.Object.ID}
			}
			after[r.a.ID] = keys
			rep.Coded++
		}
		batch = batch[:0]
	}
	for r := range results {
		if r.err != nil {
			errs = append(errs, r.err)
			cancel()
			continue
		}
		if len(errs) > 0 || ctx.Err() != nil {
			continue
		}
		batch = append(batch, r)
		if len(batch) >= size {
			flush()
		}
	}
	if len(errs) == 0 && ctx.Err() == nil {
		flush()
	}
	if len(errs) == 0 {
		if err := ctx.Err(); err != nil {
			errs = append(errs, err)
		}
	}
	rep.summarise(c.triples, after)
	return rep, errors.Join(errs...)
}

// recoded is one article on its way through Reextract.
type recoded struct {
	a       extract.Article
	hasText bool
	now     storedArticle
	ts      []extract.Triple
	err     error
}

// readStored reads a complete stored article: its metadata and text,
// whether the text is stored, and its quads.
func (s *Store) readStored(ctx context.Context, id string) (extract.Article, bool, storedArticle, error) {
	s.mu.RLock()
	now, err := s.readArticle(ctx, id)
	s.mu.RUnlock()
	if err != nil {
		return extract.Article{ID: id}, false, now, fmt.Errorf("reextract: article %s: %w", id, err)
	}
	if !now.complete {
		return extract.Article{ID: id}, false, now, fmt.Errorf("reextract: article %s: %w", id, ErrNotStored)
	}
	a, hasText, err := articleFromQuads(id, now.quads)
	if err != nil {
		return a, false, now, fmt.Errorf("reextract: article %s: %w", id, err)
	}
	return a, hasText, now, nil
}

// coding is what Reextract reads of the store in one pass: the complete
// articles with their bookkeeping, the triples of each, and, for each
// actor, its stored properties and a tally of what the articles that name
// it say of it.
type coding struct {
	articles []codedArticle         // sorted by date, then id
	triples  map[string][]tripleKey // by article id
	actors   map[string]*actorTally // by actor id
}

// codedArticle is the bookkeeping of a stored article.
type codedArticle struct {
	id, date, version string
	hasText           bool
}

// actorTally is what the store holds of an actor: its properties (cur) and
// the records its supporters (the articles whose events name it) hold of
// it, counted (see wantProps).
type actorTally struct {
	cur    []quad.Quad
	legacy int               // supporters without records
	values map[[2]string]int // (predicate, non-empty value) → records giving it
	given  map[string]int    // predicate → records giving a non-empty value
	names  map[string]int    // name or alias → records giving it
}

// count adds (d = 1) or takes away (d = -1) what record r gives.
func (t *actorTally) count(r actorRecord, d int) {
	if t.values == nil {
		t.values = make(map[[2]string]int)
		t.given = make(map[string]int)
		t.names = make(map[string]int)
	}
	for _, p := range []string{predName, predType, predCountry, predRole} {
		if v := recordValue(r, p); v != "" {
			t.values[[2]string{p, v}] += d
			t.given[p] += d
		}
	}
	for _, n := range append([]string{r.Name}, r.Aliases...) {
		if t.names[n] += d; t.names[n] == 0 {
			delete(t.names, n)
		}
	}
}

// actor gives the tally of an actor, new when it has none.
func (c *coding) actor(id string) *actorTally {
	t := c.actors[id]
	if t == nil {
		t = &actorTally{}
		c.actors[id] = t
	}
	return t
}

// readCoding reads the store in one pass (texts are read, not kept).
func (s *Store) readCoding(ctx context.Context) (*coding, error) {
	type articleScan struct {
		complete, hasText, hasRecords bool
		date, version                 string
		records                       []actorRecord
	}
	type eventScan struct{ art, s, r, o quad.Value }
	arts := make(map[string]*articleScan)
	events := make(map[string]*eventScan)
	supports := make(map[[2]string]bool) // (article label, actor IRI)
	c := &coding{triples: make(map[string][]tripleKey), actors: make(map[string]*actorTally)}
	smaller := func(have *quad.Value, v quad.Value) {
		if *have == nil || v.String() < (*have).String() {
			*have = v
		}
	}
	var bad error
	s.mu.RLock()
	err := s.eachQuad(ctx, s.qs.QuadsAllIterator(), func(q quad.Quad) {
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
			e := events[subj]
			if e == nil {
				e = &eventScan{}
				events[subj] = e
			}
			switch pred {
			case predArticle:
				smaller(&e.art, q.Object)
			case predRelation:
				smaller(&e.r, q.Object)
			case predSubject, predObject:
				if pred == predSubject {
					smaller(&e.s, q.Object)
				} else {
					smaller(&e.o, q.Object)
				}
				if q.Label != nil {
					l, lok := iriString(q.Label)
					o, ook := iriString(q.Object)
					if lok && ook {
						supports[[2]string{l, o}] = true
					}
				}
			}
		case strings.HasPrefix(subj, articlePrefix):
			a := arts[subj]
			if a == nil {
				a = &articleScan{}
				arts[subj] = a
			}
			switch pred {
			case predTriples:
				a.complete = true
			case predText:
				a.hasText = true
			case predDate:
				if v := asString(q.Object); a.date == "" || v < a.date {
					a.date = v
				}
			case predCodedBy:
				if v := asString(q.Object); a.version == "" || v < a.version {
					a.version = v
				}
			case predActors:
				a.hasRecords = true
				rs, err := parseRecords(q.Object)
				if err != nil && bad == nil {
					bad = fmt.Errorf("records of %s: %w", subj, err)
				}
				a.records = append(a.records, rs...)
			}
		default:
			if q.Label == nil && actorProps[quad.IRI(pred)] != "" {
				t := c.actor(unescapeIRI(subj))
				t.cur = append(t.cur, q)
			}
		}
	})
	s.mu.RUnlock()
	if err == nil {
		err = bad
	}
	if err != nil {
		return nil, fmt.Errorf("read %s store: %w", s.backend, err)
	}

	for k, a := range arts {
		if a.complete {
			id := unescapeIRI(strings.TrimPrefix(k, articlePrefix))
			c.articles = append(c.articles, codedArticle{id: id, date: a.date, version: a.version, hasText: a.hasText})
		}
	}
	slices.SortFunc(c.articles, func(a, b codedArticle) int {
		return cmp.Or(cmp.Compare(a.date, b.date), cmp.Compare(a.id, b.id))
	})
	id := func(v quad.Value) string {
		s, _ := iriString(v)
		return unescapeIRI(s)
	}
	for _, e := range events {
		art, _ := iriString(e.art)
		if a := arts[art]; a == nil || !a.complete {
			continue
		}
		aid := unescapeIRI(strings.TrimPrefix(art, articlePrefix))
		c.triples[aid] = append(c.triples[aid], tripleKey{id(e.s), id(e.r), id(e.o)})
	}
	for sup := range supports {
		actor := unescapeIRI(sup[1])
		t := c.actor(actor)
		a := arts[sup[0]]
		if a == nil || !a.hasRecords {
			t.legacy++
			continue
		}
		for _, r := range a.records {
			if r.ID == actor {
				t.count(r, 1)
			}
		}
	}
	return c, nil
}

// recordsOf gives the records an article's quads hold and whether it has
// any <actors> quad.
func recordsOf(art quad.IRI, qs []quad.Quad) ([]actorRecord, bool, error) {
	var recs []actorRecord
	found := false
	for _, q := range qs {
		if q.Subject != art || q.Predicate != quad.IRI(predActors) {
			continue
		}
		found = true
		rs, err := parseRecords(q.Object)
		if err != nil {
			return nil, false, fmt.Errorf("records of %s: %w", art, err)
		}
		recs = append(recs, rs...)
	}
	return recs, found, nil
}

// writeRecoded replaces the triples of a batch of re-coded articles, each
// coded by the extractor of version, in one transaction, with the
// properties of every actor the old or new triples name recomputed (as
// swap does for one article, the batch's new records last), and keeps c's
// tallies in step.
func (s *Store) writeRecoded(ctx context.Context, c *coding, batch []recoded, version string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return err
	}
	var removes, adds []quad.Quad
	inBatch := make(map[quad.IRI]bool, len(batch))
	newRecs := make(map[string][]actorRecord)
	affected := make(map[string]bool)
	for _, r := range batch {
		art := articleIRI(r.a.ID)
		inBatch[art] = true
		qs, err := lifecycleQuads(r.a, r.ts, allKnown(r.ts), PutOptions{Version: version, NoText: !r.hasText})
		if err != nil {
			return fmt.Errorf("re-code article %s: %w", r.a.ID, err)
		}
		rm, ad := diffQuads(r.now.quads, qs)
		removes = append(removes, rm...)
		adds = append(adds, ad...)

		old, found, err := recordsOf(art, r.now.quads)
		if err != nil {
			return fmt.Errorf("re-code article %s: %w", r.a.ID, err)
		}
		for _, id := range r.now.actors {
			affected[id] = true
			t := c.actor(id)
			if !found {
				t.legacy--
				continue
			}
			for _, rec := range old {
				if rec.ID == id {
					t.count(rec, -1)
				}
			}
		}
		for _, rec := range actorRecords(r.ts) {
			newRecs[rec.ID] = append(newRecs[rec.ID], rec)
			affected[rec.ID] = true
		}
	}

	ids := slices.Sorted(mapKeys(affected))
	wants := make([][]quad.Quad, len(ids))
	for i, id := range ids {
		t := c.actor(id)
		sup := &tallySupport{s: s, ctx: ctx, id: id, t: t, recs: newRecs[id], skip: inBatch}
		want := wantProps(actorIRI(id), t.cur, t.legacy > 0, sup)
		if sup.err != nil {
			return sup.err
		}
		rm, ad := diffQuads(t.cur, want)
		removes = append(removes, rm...)
		adds = append(adds, ad...)
		wants[i] = want
	}
	if len(removes)+len(adds) > 0 {
		if err := s.applyDiff(ctx, removes, adds); err != nil {
			return fmt.Errorf("%d articles: %w", len(batch), err)
		}
	}
	for i, id := range ids {
		t := c.actor(id)
		t.cur = wants[i]
		for _, rec := range newRecs[id] {
			t.count(rec, 1)
		}
		delete(s.actors, id)
	}
	return nil
}

// tallySupport is the actorSupport of an actor during writeRecoded: the
// records of the articles outside the batch, counted in t, then the
// batch's new records. The first value of a property in that order is
// read from the store, the batch's articles skipped, when one outside
// gives one (only when the stored value loses its support).
type tallySupport struct {
	s    *Store
	ctx  context.Context
	id   string
	t    *actorTally
	recs []actorRecord
	skip map[quad.IRI]bool
	err  error
}

func (ts *tallySupport) gives(p, v string) bool {
	return ts.t.values[[2]string{p, v}] > 0 || recordSupport(ts.recs).gives(p, v)
}

func (ts *tallySupport) first(p string) string {
	if ts.t.given[p] > 0 && ts.err == nil {
		recs, _, err := ts.s.actorSupporters(ts.ctx, ts.id, func(l quad.IRI) bool { return ts.skip[l] })
		if err != nil {
			ts.err = err
			return ""
		}
		if v := recordSupport(recs).first(p); v != "" {
			return v
		}
	}
	return recordSupport(ts.recs).first(p)
}

func (ts *tallySupport) names() []string {
	out := slices.Collect(mapKeys(ts.t.names))
	return append(out, recordSupport(ts.recs).names()...)
}

// summarise fills the report from the triples before, by article, and the
// new triples of the re-coded articles.
func (rep *ReextractReport) summarise(old, recoded map[string][]tripleKey) {
	rels := make(map[string]*RelationChange)
	dyadBefore := make(map[[2]string]int)
	dyadAfter := make(map[[2]string]int)
	actorsBefore := make(map[string]int)
	actorsAfter := make(map[string]int)
	for art, keys := range old {
		_, gone := recoded[art]
		for _, k := range keys {
			d := [2]string{k.s, k.o}
			dyadBefore[d]++
			actorsBefore[k.s]++
			actorsBefore[k.o]++
			if !gone {
				dyadAfter[d]++
				actorsAfter[k.s]++
				actorsAfter[k.o]++
			}
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
