package feedwatch

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/fetch"
)

// fakeFetcher answers FetchConditional with fn.
type fakeFetcher struct {
	fn    func(v fetch.Validators) ([]extract.Article, fetch.Validators, bool, error)
	calls int
}

func (f *fakeFetcher) FetchConditional(_ context.Context, _ string, v fetch.Validators) ([]extract.Article, fetch.Validators, bool, error) {
	f.calls++
	return f.fn(v)
}

func (f *fakeFetcher) Fetch(context.Context, string) ([]extract.Article, error) {
	return nil, errors.New("no pages here")
}

// fakeExtractor gives one triple per article and records what it saw;
// fail makes it fail on an article id.
type fakeExtractor struct {
	seen []string
	fail map[string]bool
}

func (x *fakeExtractor) Extract(_ context.Context, a extract.Article) ([]extract.Triple, error) {
	x.seen = append(x.seen, a.ID)
	if x.fail[a.ID] {
		return nil, errors.New("extractor broke")
	}
	return []extract.Triple{{Article: a.ID}}, nil
}

// memStore is a Store in maps.
type memStore struct {
	articles map[string]bool
	feeds    map[string]State
}

func newMemStore() *memStore {
	return &memStore{articles: make(map[string]bool), feeds: make(map[string]State)}
}

func (s *memStore) HasArticle(_ context.Context, id string) (bool, error) { return s.articles[id], nil }

func (s *memStore) AddArticle(_ context.Context, a extract.Article, _ []extract.Triple) (bool, error) {
	if s.articles[a.ID] {
		return false, nil
	}
	s.articles[a.ID] = true
	return true, nil
}

func (s *memStore) LoadFeed(_ context.Context, key string) (State, error) { return s.feeds[key], nil }

func (s *memStore) SaveFeed(_ context.Context, key string, st State) error {
	s.feeds[key] = st
	return nil
}

func items(ids ...string) []extract.Article {
	var out []extract.Article
	for _, id := range ids {
		out = append(out, extract.Article{ID: id, Text: "text of " + id})
	}
	return out
}

const feedURL = "https://example.org/rss"

// TestPollOnlyNewItems polls a feed that gains an item: only the new
// item is extracted, and an item that failed is retried with a full
// download at the next poll.
func TestPollOnlyNewItems(t *testing.T) {
	ctx := context.Background()
	doc := items("a", "b")
	var sent []fetch.Validators
	f := &fakeFetcher{fn: func(v fetch.Validators) ([]extract.Article, fetch.Validators, bool, error) {
		sent = append(sent, v)
		return doc, fetch.Validators{ETag: fmt.Sprintf(`"%d"`, len(doc))}, false, nil
	}}
	x := &fakeExtractor{}
	s := newMemStore()
	w := New(f, x, s, Options{})

	type poll struct {
		New, Failed int
		Extracted   []string
		Items       []string
		Validators  fetch.Validators
	}
	var got []poll
	for i, d := range [][]extract.Article{items("a", "b"), items("a", "b", "c"), items("b", "c", "d")} {
		doc = d
		x.seen = nil
		x.fail = map[string]bool{"c": i == 1}
		res, err := w.Poll(ctx, feedURL)
		if err != nil || res.Err != nil {
			t.Fatalf("Poll: %v, %v", err, res.Err)
		}
		st := s.feeds[feedURL]
		got = append(got, poll{res.New, res.Failed, x.seen, st.Items, st.Validators})
	}
	want := []poll{
		{New: 2, Extracted: []string{"a", "b"}, Items: []string{"a", "b"}, Validators: fetch.Validators{ETag: `"2"`}},
		// c fails: the validators of the first download stay.
		{New: 0, Failed: 1, Extracted: []string{"c"}, Items: []string{"a", "b"}, Validators: fetch.Validators{ETag: `"2"`}},
		// c is retried; a, gone from the feed, is forgotten.
		{New: 2, Extracted: []string{"c", "d"}, Items: []string{"b", "c", "d"}, Validators: fetch.Validators{ETag: `"3"`}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("polls (-want +got):\n%s", diff)
	}
	wantSent := []fetch.Validators{{}, {ETag: `"2"`}, {ETag: `"2"`}}
	if diff := cmp.Diff(wantSent, sent); diff != "" {
		t.Errorf("validators sent (-want +got):\n%s", diff)
	}
}

// fakeClock is a clock whose Sleep records the wait and moves time on.
type fakeClock struct {
	now    time.Time
	slept  []time.Duration
	cancel context.CancelFunc
	stopAt int
}

func (c *fakeClock) Now() time.Time { return c.now }

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.slept = append(c.slept, d)
	c.now = c.now.Add(d)
	if len(c.slept) == c.stopAt {
		c.cancel()
	}
	return ctx.Err()
}

// TestRunBackoff runs a watcher on a feed that fails three times, then
// works: the waits double from 2×Every up to MaxBackoff, then return to
// Every; the failures are logged with the retry delay.
func TestRunBackoff(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	failures := 4
	f := &fakeFetcher{fn: func(v fetch.Validators) ([]extract.Article, fetch.Validators, bool, error) {
		if failures > 0 {
			failures--
			return nil, v, false, errors.New("fetch https://example.org/rss: connection refused")
		}
		return nil, fetch.Validators{ETag: "x"}, v.ETag == "x", nil
	}}
	clock := &fakeClock{now: time.Date(2025, 10, 27, 8, 0, 0, 0, time.UTC), cancel: cancel, stopAt: 6}
	var log strings.Builder
	s := newMemStore()
	w := New(f, &fakeExtractor{}, s, Options{
		Every: time.Minute, MaxBackoff: 5 * time.Minute,
		Log: &log, Now: clock.Now, Sleep: clock.Sleep,
	})
	if err := w.Run(ctx, []string{feedURL}); err != nil {
		t.Fatalf("Run: %v", err)
	}
	m := time.Minute
	if diff := cmp.Diff([]time.Duration{2 * m, 4 * m, 5 * m, 5 * m, m, m}, clock.slept); diff != "" {
		t.Errorf("waits between polls (-want +got):\n%s", diff)
	}
	wantLog := "feed https://example.org/rss: fetch https://example.org/rss: connection refused; retry in 2m0s\n" +
		"feed https://example.org/rss: fetch https://example.org/rss: connection refused; retry in 4m0s\n" +
		"feed https://example.org/rss: fetch https://example.org/rss: connection refused; retry in 5m0s\n" +
		"feed https://example.org/rss: fetch https://example.org/rss: connection refused; retry in 5m0s\n" +
		"feed https://example.org/rss: 0 new items, 0 triples\n" +
		"feed https://example.org/rss: not modified\n"
	if diff := cmp.Diff(wantLog, log.String()); diff != "" {
		t.Errorf("log (-want +got):\n%s", diff)
	}
	if st := s.feeds[feedURL]; st.Failures != 0 || st.LastError != "" {
		t.Errorf("state after recovery: %d failures, last error %q; want none", st.Failures, st.LastError)
	}
}

// TestRunResumesBackoff starts a watcher on a feed whose stored state
// says it failed twice already: the next failure waits 8×Every.
func TestRunResumesBackoff(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	f := &fakeFetcher{fn: func(v fetch.Validators) ([]extract.Article, fetch.Validators, bool, error) {
		return nil, v, false, errors.New("down")
	}}
	s := newMemStore()
	s.feeds[feedURL] = State{Failures: 2}
	clock := &fakeClock{cancel: cancel, stopAt: 1}
	w := New(f, &fakeExtractor{}, s, Options{Every: time.Minute, Now: clock.Now, Sleep: clock.Sleep})
	if err := w.Run(ctx, []string{feedURL}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]time.Duration{8 * time.Minute}, clock.slept); diff != "" {
		t.Errorf("wait after a third failure (-want +got):\n%s", diff)
	}
}

// TestPollLocalFile polls a feed file: unchanged, it is not modified;
// rewritten with one more item, only that item is new.
func TestPollLocalFile(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "wire.xml")
	write := func(ids ...string) {
		t.Helper()
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>`)
		for _, id := range ids {
			fmt.Fprintf(&b, "<item><guid>%s</guid><title>Item %s</title><description>Text of item %s.</description></item>", id, id, id)
		}
		b.WriteString("</channel></rss>")
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	x := &fakeExtractor{}
	w := New(&fakeFetcher{}, x, newMemStore(), Options{})
	var got []string
	poll := func() {
		t.Helper()
		res, err := w.Poll(ctx, path)
		if err != nil || res.Err != nil {
			t.Fatalf("Poll: %v, %v", err, res.Err)
		}
		got = append(got, strings.TrimPrefix(res.String(), "feed "+path+": "))
	}
	write("x1", "x2")
	poll()
	poll()
	write("x1", "x2", "x3")
	// The file's time of change may not move on a coarse clock; its size does.
	poll()
	want := []string{"2 new items, 2 triples", "not modified", "1 new items, 1 triples"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("polls of a local feed (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"x1", "x2", "x3"}, x.seen); diff != "" {
		t.Errorf("items extracted (-want +got):\n%s", diff)
	}
}

// TestOnceCancelled stops before the next feed when ctx is cancelled.
func TestOnceCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	f := &fakeFetcher{fn: func(v fetch.Validators) ([]extract.Article, fetch.Validators, bool, error) {
		cancel()
		return nil, v, false, context.Canceled
	}}
	s := newMemStore()
	res, err := New(f, &fakeExtractor{}, s, Options{}).Once(ctx, []string{feedURL, "https://example.org/other"})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Once after cancel: error = %v, want context.Canceled", err)
	}
	if len(res) != 0 || f.calls != 1 {
		t.Errorf("Once after cancel: %d results, %d downloads; want 0 and 1", len(res), f.calls)
	}
	if st, ok := s.feeds[feedURL]; ok && st.Failures != 0 {
		t.Errorf("an interrupted download counted as a failure: %+v", st)
	}
}
