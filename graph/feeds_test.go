package graph

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
)

// TestFeedStateRoundTrip saves a feed's state, changes it and reads it
// back on every backend the tests reach; the state must not show up as
// actors, articles or triples.
func TestFeedStateRoundTrip(t *testing.T) {
	ctx := context.Background()
	const feedURL = "https://example.org/rss?lang=en&x=<1>"
	poll := time.Date(2025, 10, 27, 8, 15, 0, 0, time.UTC)
	first := FeedState{
		URL: feedURL, ETag: `"v1"`, LastModified: "Mon, 27 Oct 2025 08:00:00 GMT",
		LastPoll: poll, Items: []string{"a1", "a2", "news/a 3"},
	}
	second := FeedState{
		URL: feedURL, ETag: `"v2"`, LastPoll: poll.Add(15 * time.Minute),
		Failures: 2, LastError: "fetch: 503 Service Unavailable",
		Items: []string{"a2", "news/a 3", "a4"},
	}
	wantSecond := second
	wantSecond.Items = []string{"a2", "a4", "news/a 3"} // sorted
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := openTest(t, b.name, b.addr(t))
			got, found, err := s.FeedState(ctx, feedURL)
			if err != nil {
				t.Fatal(err)
			}
			if found || got.ETag != "" || len(got.Items) != 0 {
				t.Fatalf("FeedState of an unknown feed = %+v, found=%v; want nothing", got, found)
			}
			for _, want := range []FeedState{first, second} {
				if err := s.SaveFeedState(ctx, want); err != nil {
					t.Fatalf("SaveFeedState: %v", err)
				}
			}
			got, found, err = s.FeedState(ctx, feedURL)
			if err != nil {
				t.Fatal(err)
			}
			if !found {
				t.Fatal("FeedState: not found after SaveFeedState")
			}
			if diff := cmp.Diff(wantSecond, got); diff != "" {
				t.Errorf("FeedState after two saves (-want +got):\n%s", diff)
			}
			feeds, err := s.Feeds(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]FeedState{wantSecond}, feeds); diff != "" {
				t.Errorf("Feeds (-want +got):\n%s", diff)
			}
			st, err := s.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if st.Actors != 0 || st.Articles != 0 || st.Triples != 0 {
				t.Errorf("Stats = %+v: feed state counted as graph content", st)
			}
		})
	}
}

// TestFeedStateSurvivesReopen checks that a new Store on the same Bolt
// file reads the state a previous one saved.
func TestFeedStateSurvivesReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "diplograph.db")
	want := FeedState{URL: "/srv/feeds/wire.xml", ETag: "file:12:34", Items: []string{"x"}}
	s, err := Open(ctx, BackendBolt, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveFeedState(ctx, want); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openTest(t, BackendBolt, path)
	got, found, err := s.FeedState(ctx, want.URL)
	if err != nil || !found {
		t.Fatalf("FeedState after reopening: found=%v, err=%v", found, err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FeedState after reopening (-want +got):\n%s", diff)
	}
}

// TestFeedStateInterruptedUpdate reads a state that a crash between the
// two transactions of SaveFeedState left with two ETags: the validators
// are dropped (the next poll downloads the feed whole) and the items are
// the union.
func TestFeedStateInterruptedUpdate(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, BackendMemstore, "")
	const u = "https://example.org/feed"
	if err := s.SaveFeedState(ctx, FeedState{URL: u, ETag: `"v1"`, Items: []string{"a"}}); err != nil {
		t.Fatal(err)
	}
	// What the first transaction of the next save adds, without the
	// second one's removals.
	node := feedIRI(u)
	tx := cgraph.NewTransaction()
	tx.AddQuad(quad.Quad{Subject: node, Predicate: quad.IRI(feedPredETag), Object: quad.String(`"v2"`), Label: node})
	tx.AddQuad(quad.Quad{Subject: node, Predicate: quad.IRI(feedPredItem), Object: quad.String("b"), Label: node})
	if err := s.apply(tx); err != nil {
		t.Fatal(err)
	}
	got, _, err := s.FeedState(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	want := FeedState{URL: u, Items: []string{"a", "b"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FeedState after an interrupted save (-want +got):\n%s", diff)
	}
}

func TestSaveFeedStateNoURL(t *testing.T) {
	s := openTest(t, BackendMemstore, "")
	if err := s.SaveFeedState(context.Background(), FeedState{ETag: "x"}); err != ErrNoFeedURL {
		t.Errorf("SaveFeedState without URL: error = %v, want ErrNoFeedURL", err)
	}
}
