package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// The nodes and predicates of a watched feed's state (see FeedState). The
// names are prefixed so that they cannot collide with the schema's own.
const (
	feedNodePrefix = "feed/"
	feedNodeType   = "feed"

	feedPredURL          = "url"
	feedPredETag         = "etag"
	feedPredLastModified = "last_modified"
	feedPredLastPoll     = "last_poll"
	feedPredFailures     = "failures"
	feedPredLastError    = "last_error"
	feedPredItem         = "item"
)

// ErrNoFeedURL is returned by SaveFeedState for a state without a URL.
var ErrNoFeedURL = errors.New("graph: feed state has no URL")

// FeedState is what the store remembers of a watched feed between polls,
// so that a restarted watcher neither downloads an unchanged feed again nor
// reloads the items it has handled. It is kept as quads on a feed node,
// <feed/URL> (the URL, or the absolute path of a local feed file, with the
// bytes an IRI forbids percent-encoded), every quad labelled with that node:
//
//	<feed/https://example.org/rss> <a> <feed> <feed/https://example.org/rss> .
//	<feed/https://example.org/rss> <url> "https://example.org/rss" <feed/https://example.org/rss> .
//	<feed/https://example.org/rss> <etag> "\"v2\"" <feed/https://example.org/rss> .
//	<feed/https://example.org/rss> <last_modified> "Mon, 27 Oct 2025 08:00:00 GMT" <feed/https://example.org/rss> .
//	<feed/https://example.org/rss> <last_poll> "2025-10-27T08:15:00Z"^^<schema:DateTime> <feed/https://example.org/rss> .
//	<feed/https://example.org/rss> <failures> "0"^^<schema:Integer> <feed/https://example.org/rss> .
//	<feed/https://example.org/rss> <item> "https://example.org/news/1" <feed/https://example.org/rss> .
//
// <item> values are article ids, as strings rather than links to the
// article nodes, so that removing or re-adding an article never touches a
// feed's state.
type FeedState struct {
	// URL is the feed's URL, or the absolute path of a local feed file.
	URL string
	// ETag and LastModified are the HTTP validators of the last complete
	// download, sent back to download the feed only if it changed.
	ETag, LastModified string
	// LastPoll is when the feed was last polled (UTC, whole seconds); zero
	// when never.
	LastPoll time.Time
	// Failures counts the polls that have failed in a row.
	Failures int
	// LastError is the error of the last poll, when it failed.
	LastError string
	// Items are the ids of the feed's items already handled, sorted.
	Items []string
}

func feedIRI(u string) quad.IRI { return quad.IRI(feedNodePrefix + escapeIRI(u)) }

// FeedState returns the stored state of the feed at u, and found=false
// (with a FeedState holding only URL) when the store has none. When an
// interrupted update left two values of a validator, both are dropped, so
// that the next poll downloads the feed whole; items are the union of what
// was stored.
func (s *Store) FeedState(ctx context.Context, u string) (st FeedState, found bool, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	qs, err := s.quadsOf(ctx, quad.Subject, feedIRI(u))
	if err != nil {
		return FeedState{URL: u}, false, fmt.Errorf("read state of feed %s: %w", u, err)
	}
	return feedStateOf(u, qs), len(qs) > 0, nil
}

// feedStateOf assembles a feed's state from the quads of its node.
func feedStateOf(u string, qs []quad.Quad) FeedState {
	st := FeedState{URL: u}
	var etags, lastMods []string
	items := make(map[string]bool)
	for _, q := range qs {
		pred, ok := iriString(q.Predicate)
		if !ok {
			continue
		}
		switch pred {
		case feedPredETag:
			etags = append(etags, asString(q.Object))
		case feedPredLastModified:
			lastMods = append(lastMods, asString(q.Object))
		case feedPredLastPoll:
			if t := asTime(q.Object); t.After(st.LastPoll) {
				st.LastPoll = t
			}
		case feedPredFailures:
			st.Failures = max(st.Failures, asInt(q.Object))
		case feedPredLastError:
			st.LastError = max(st.LastError, asString(q.Object))
		case feedPredItem:
			items[asString(q.Object)] = true
		}
	}
	if len(etags) == 1 {
		st.ETag = etags[0]
	}
	if len(lastMods) == 1 {
		st.LastModified = lastMods[0]
	}
	for id := range items {
		st.Items = append(st.Items, id)
	}
	slices.Sort(st.Items)
	return st
}

// SaveFeedState replaces the stored state of the feed st.URL by st. It
// writes what is new first and then removes what is stale, each in a
// transaction of its own (Cayley's KV backends lose quads when one
// transaction both adds and removes quads sharing a node): a crash in
// between leaves both, which FeedState reads as unknown validators and the
// union of the items, so the next poll downloads the feed again and skips
// every item handled.
func (s *Store) SaveFeedState(ctx context.Context, st FeedState) error {
	if st.URL == "" {
		return ErrNoFeedURL
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return err
	}
	node := feedIRI(st.URL)
	old, err := s.quadsOf(ctx, quad.Subject, node)
	if err != nil {
		return fmt.Errorf("save state of feed %s: %w", st.URL, err)
	}
	want := feedQuads(node, st)
	key := func(q quad.Quad) string { return q.NQuad() }
	have := make(map[string]bool, len(old))
	for _, q := range old {
		have[key(q)] = true
	}
	keep := make(map[string]bool, len(want))
	add := cgraph.NewTransaction()
	for _, q := range want {
		keep[key(q)] = true
		if !have[key(q)] {
			add.AddQuad(q)
		}
	}
	rm := cgraph.NewTransaction()
	for _, q := range old {
		if !keep[key(q)] {
			rm.RemoveQuad(q)
		}
	}
	if len(add.Deltas) > 0 {
		if err := s.apply(add); err != nil {
			return fmt.Errorf("save state of feed %s: %w", st.URL, err)
		}
	}
	if len(rm.Deltas) > 0 {
		if err := s.apply(rm); err != nil {
			return fmt.Errorf("save state of feed %s: remove the old state: %w", st.URL, err)
		}
	}
	return nil
}

// feedQuads gives the quads that store st on node.
func feedQuads(node quad.IRI, st FeedState) []quad.Quad {
	var qs []quad.Quad
	add := func(p string, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: node, Predicate: quad.IRI(p), Object: o, Label: node})
	}
	addString := func(p, v string) {
		if v != "" {
			add(p, quad.String(v))
		}
	}
	add(predA, quad.IRI(feedNodeType))
	addString(feedPredURL, st.URL)
	addString(feedPredETag, st.ETag)
	addString(feedPredLastModified, st.LastModified)
	if !st.LastPoll.IsZero() {
		add(feedPredLastPoll, quad.Time(st.LastPoll.UTC().Truncate(time.Second)))
	}
	add(feedPredFailures, quad.Int(st.Failures))
	addString(feedPredLastError, st.LastError)
	seen := make(map[string]bool, len(st.Items))
	for _, id := range st.Items {
		if id != "" && !seen[id] {
			seen[id] = true
			add(feedPredItem, quad.String(id))
		}
	}
	return qs
}

// Feeds returns the state of every feed the store has a state for, sorted
// by URL.
func (s *Store) Feeds(ctx context.Context) ([]FeedState, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	typed, err := s.quadsOf(ctx, quad.Object, quad.IRI(feedNodeType))
	if err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	var out []FeedState
	for _, q := range typed {
		subj, ok := iriString(q.Subject)
		if !ok || q.Predicate != quad.IRI(predA) || !strings.HasPrefix(subj, feedNodePrefix) {
			continue
		}
		u := unescapeIRI(strings.TrimPrefix(subj, feedNodePrefix))
		qs, err := s.quadsOf(ctx, quad.Subject, q.Subject)
		if err != nil {
			return nil, fmt.Errorf("read state of feed %s: %w", u, err)
		}
		out = append(out, feedStateOf(u, qs))
	}
	slices.SortFunc(out, func(a, b FeedState) int { return strings.Compare(a.URL, b.URL) })
	return out, nil
}

// asTime decodes a time value, native or typed; zero when it is not one.
func asTime(v quad.Value) time.Time {
	switch v := v.(type) {
	case quad.Time:
		return time.Time(v).UTC()
	case quad.TypedString:
		if pv, err := v.ParseValue(); err == nil {
			if t, ok := pv.(quad.Time); ok {
				return time.Time(t).UTC()
			}
		}
		if t, err := time.Parse(time.RFC3339, string(v.Value)); err == nil {
			return t.UTC()
		}
	case quad.String:
		if t, err := time.Parse(time.RFC3339, string(v)); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}
