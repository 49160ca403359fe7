package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/graph"
)

// feedItem is one item of the test feed.
type feedItem struct{ guid, link, title, text string }

// feedServer serves an RSS feed at /feed.xml (with an ETag it honours
// when etags is set), pages, and robots.txt; it counts requests by path.
type feedServer struct {
	*httptest.Server

	mu     sync.Mutex
	items  []feedItem
	etags  bool
	down   int // answer 503 to this many more feed requests
	block  chan struct{}
	robots string
	pages  map[string]string
	hits   map[string]int
	status map[int]int // feed answers by status
}

func newFeedServer(t *testing.T) *feedServer {
	s := &feedServer{etags: true, pages: make(map[string]string), hits: make(map[string]int), status: make(map[int]int)}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *feedServer) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	block := s.block
	s.mu.Unlock()
	switch r.URL.Path {
	case "/feed.xml":
		if block != nil {
			block <- struct{}{}
			<-r.Context().Done()
			return
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.down > 0 {
			s.down--
			s.status[http.StatusServiceUnavailable]++
			http.Error(w, "down for maintenance", http.StatusServiceUnavailable)
			return
		}
		body := s.feed()
		sum := sha256.Sum256([]byte(body))
		etag := `"` + hex.EncodeToString(sum[:6]) + `"`
		if s.etags {
			if r.Header.Get("If-None-Match") == etag {
				s.status[http.StatusNotModified]++
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
		}
		s.status[http.StatusOK]++
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, body)
	case "/robots.txt":
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.robots == "" {
			http.NotFound(w, r)
			return
		}
		io.WriteString(w, s.robots)
	default:
		s.mu.Lock()
		defer s.mu.Unlock()
		page, ok := s.pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page)
	}
}

// feed is the RSS document of the current items (called with mu held).
func (s *feedServer) feed() string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test Wire</title>`)
	for _, it := range s.items {
		link := ""
		if it.link != "" {
			link = "<link>" + s.URL + it.link + "</link>"
		}
		fmt.Fprintf(&b, `<item><guid isPermaLink="false">%s</guid><title>%s</title>%s<pubDate>Mon, 27 Oct 2025 08:00:00 GMT</pubDate><description>%s</description></item>`,
			it.guid, html.EscapeString(it.title), link, html.EscapeString(it.text))
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

func (s *feedServer) set(f func(s *feedServer)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f(s)
}

func (s *feedServer) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// syncBuffer is a log that a running watch and the test share.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

var (
	itemMacron = feedItem{"w1", "/news/1", "Morning briefing", "French President Emmanuel Macron met German Chancellor Friedrich Merz in Paris on Saturday."}
	itemUS     = feedItem{"w2", "/news/2", "Noon briefing", "The United States partners with Pakistan."}
	itemIndia  = feedItem{"w3", "/open/3", "Evening briefing", "India criticised Pakistan over the attack."}
)

// watchOpts gives the options of "watch --once FEED…" on the Bolt store db.
func watchOpts(db string, log io.Writer, feeds ...string) *watchOptions {
	return &watchOptions{
		globalOptions: &globalOptions{DB: db, Backend: "bolt", In: strings.NewReader(""), Out: io.Discard, Err: log},
		Feeds:         feeds,
		Every:         time.Minute,
		MaxBackoff:    time.Hour,
		MinText:       600,
		Once:          true,
	}
}

// watchedArticles lists the ids of the articles in the Bolt store db.
func watchedArticles(t *testing.T, db string) []string {
	t.Helper()
	s, err := graph.Open(context.Background(), "bolt", db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	arts, err := s.Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	sort.Strings(ids)
	return ids
}

// TestWatchOnce polls a feed three times, each run a new Store on the same
// Bolt file: the first loads the item, the second only the item added
// since, the third gets 304 Not Modified and loads nothing.
func TestWatchOnce(t *testing.T) {
	ctx := context.Background()
	srv := newFeedServer(t)
	feed := srv.URL + "/feed.xml"
	db := filepath.Join(t.TempDir(), "t.db")
	type poll struct {
		Log      string
		Articles []string
	}
	steps := []struct {
		items []feedItem
		want  poll
	}{
		{[]feedItem{itemMacron}, poll{"feed " + feed + ": 1 new items, 2 triples\n", []string{"w1"}}}, // the meeting, and Merz's visit to Paris
		{[]feedItem{itemUS, itemMacron}, poll{"feed " + feed + ": 1 new items, 1 triples\n", []string{"w1", "w2"}}},
		{[]feedItem{itemUS, itemMacron}, poll{"feed " + feed + ": not modified\n", []string{"w1", "w2"}}},
	}
	for i, st := range steps {
		srv.set(func(s *feedServer) { s.items = st.items })
		var log strings.Builder
		if err := runWatch(ctx, watchOpts(db, &log, feed)); err != nil {
			t.Fatalf("poll %d: %v", i+1, err)
		}
		got := poll{log.String(), watchedArticles(t, db)}
		if diff := cmp.Diff(st.want, got); diff != "" {
			t.Errorf("poll %d (-want +got):\n%s", i+1, diff)
		}
	}
	if diff := cmp.Diff(map[int]int{200: 2, 304: 1}, srv.status); diff != "" {
		t.Errorf("feed answers by status (-want +got):\n%s", diff)
	}
}

// TestWatchRestartDoesNotReload restarts watch on a server that ignores
// validators: the feed is downloaded again, but no item is loaded again
// and no item page is fetched again.
func TestWatchRestartDoesNotReload(t *testing.T) {
	ctx := context.Background()
	srv := newFeedServer(t)
	srv.set(func(s *feedServer) {
		s.etags = false
		s.items = []feedItem{itemMacron, itemUS}
		s.pages["/news/1"] = page("Weekend report", "China signed an agreement with Brazil.")
		s.pages["/news/2"] = page("Weekday report", "India criticised Pakistan over the attack.")
	})
	feed := srv.URL + "/feed.xml"
	db := filepath.Join(t.TempDir(), "t.db")
	var logs []string
	for range 2 {
		var log strings.Builder
		o := watchOpts(db, &log, feed)
		o.FollowLinks = true
		if err := runWatch(ctx, o); err != nil {
			t.Fatal(err)
		}
		logs = append(logs, log.String())
	}
	want := []string{
		"feed " + feed + ": 2 new items, 3 triples\n", // the agreement is coded both ways
		"feed " + feed + ": 0 new items, 0 triples\n",
	}
	if diff := cmp.Diff(want, logs); diff != "" {
		t.Errorf("logs of two runs (-want +got):\n%s", diff)
	}
	got := []int{srv.count("/feed.xml"), srv.count("/news/1"), srv.count("/news/2")}
	if diff := cmp.Diff([]int{2, 1, 1}, got); diff != "" {
		t.Errorf("downloads of the feed and of each page (-want +got):\n%s", diff)
	}
}

// page is an article page whose text is long enough to replace a summary.
func page(title, lead string) string {
	filler := strings.Repeat("Officials on both sides described the talks as long and detailed, and said more meetings would follow in the coming months. ", 8)
	return `<!DOCTYPE html><html><head><title>` + title + `</title></head><body><article><h1>` + title + `</h1><p>` +
		lead + `</p><p>` + filler + `</p><p>` + filler + `</p></article></body></html>`
}

// TestWatchRobotsDisallow follows links where robots.txt allows it and
// keeps the feed's summary where it does not, without fetching the page.
func TestWatchRobotsDisallow(t *testing.T) {
	ctx := context.Background()
	srv := newFeedServer(t)
	srv.set(func(s *feedServer) {
		s.robots = "User-agent: *\nDisallow: /news/\n"
		s.items = []feedItem{itemMacron, itemIndia}
		s.pages["/news/1"] = page("Weekend report", "China signed an agreement with Brazil.")
		s.pages["/open/3"] = page("Evening report", "China signed an agreement with Brazil.")
	})
	feed := srv.URL + "/feed.xml"
	db := filepath.Join(t.TempDir(), "t.db")
	var log strings.Builder
	o := watchOpts(db, &log, feed)
	o.FollowLinks = true
	if err := runWatch(ctx, o); err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(ctx, "bolt", db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ts, err := s.Triples(ctx, graph.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tr := range ts {
		got = append(got, tr.Article+": "+tr.Sentence)
	}
	sort.Strings(got)
	want := []string{
		"w1: " + itemMacron.text,                     // disallowed: the summary (the meeting
		"w1: " + itemMacron.text,                     // and Merz's visit to Paris)
		"w3: China signed an agreement with Brazil.", // allowed: the page (the
		"w3: China signed an agreement with Brazil.", // agreement both ways)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stored triples by article (-want +got):\n%s", diff)
	}
	hits := []int{srv.count("/robots.txt"), srv.count("/news/1"), srv.count("/open/3")}
	if diff := cmp.Diff([]int{1, 0, 1}, hits); diff != "" {
		t.Errorf("requests for robots.txt, the disallowed and the allowed page (-want +got):\n%s", diff)
	}
	if !strings.Contains(log.String(), "1 kept as summaries (1 disallowed by robots.txt)") {
		t.Errorf("log does not say a summary was kept:\n%s", log.String())
	}
}

// TestWatchBackoff runs watch against a feed that is down for two polls:
// it waits twice as long after each failure, then loads the item.
func TestWatchBackoff(t *testing.T) {
	srv := newFeedServer(t)
	srv.set(func(s *feedServer) { s.items = []feedItem{itemMacron}; s.down = 2 })
	feed := srv.URL + "/feed.xml"
	db := filepath.Join(t.TempDir(), "t.db")
	var log syncBuffer
	o := watchOpts(db, &log, feed)
	o.Once = false
	o.Every = 40 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	start := time.Now()
	go func() { done <- runWatch(ctx, o) }()
	deadline := time.After(10 * time.Second)
	for !strings.Contains(log.String(), "new items") {
		select {
		case err := <-done:
			t.Fatalf("watch ended early: %v\n%s", err, log.String())
		case <-deadline:
			t.Fatalf("no item loaded after 10s:\n%s", log.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
	elapsed := time.Since(start)
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("watch after cancel: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(log.String()), "\n")
	if len(lines) < 3 {
		t.Fatalf("log has %d lines, want at least 3:\n%s", len(lines), log.String())
	}
	want := []string{
		"feed " + feed + ": fetch " + feed + ": fetch: HTTP error status: 503 Service Unavailable; retry in 80ms",
		"feed " + feed + ": fetch " + feed + ": fetch: HTTP error status: 503 Service Unavailable; retry in 160ms",
		"feed " + feed + ": 1 new items, 2 triples",
	}
	if diff := cmp.Diff(want, lines[:3]); diff != "" {
		t.Errorf("log (-want +got):\n%s", diff)
	}
	if elapsed < 240*time.Millisecond {
		t.Errorf("item loaded after %v: the back-off waits (80ms, 160ms) were not kept", elapsed)
	}
	if last := lines[len(lines)-1]; last != "watch stopped" {
		t.Errorf("last log line = %q, want %q", last, "watch stopped")
	}
}

// TestWatchCancel stops a running watch, while it downloads a feed and
// while it waits for the next poll: it returns promptly, without error,
// and the store opens again at once.
func TestWatchCancel(t *testing.T) {
	tests := []struct {
		name  string
		block bool
	}{
		{"during a download", true},
		{"between polls", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newFeedServer(t)
			entered := make(chan struct{}, 1)
			srv.set(func(s *feedServer) {
				s.items = []feedItem{itemMacron}
				if tt.block {
					s.block = entered
				}
			})
			feed := srv.URL + "/feed.xml"
			db := filepath.Join(t.TempDir(), "t.db")
			var log syncBuffer
			o := watchOpts(db, &log, feed)
			o.Once = false
			o.Every = time.Hour
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			done := make(chan error, 1)
			go func() { done <- runWatch(ctx, o) }()
			if tt.block {
				<-entered
			} else {
				for !strings.Contains(log.String(), "new items") {
					time.Sleep(5 * time.Millisecond)
				}
			}
			cancel()
			start := time.Now()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("watch after cancel: %v", err)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("watch still running 5s after cancel")
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("watch took %v to stop", d)
			}
			if !strings.HasSuffix(log.String(), "watch stopped\n") {
				t.Errorf("log does not end with \"watch stopped\":\n%s", log.String())
			}
			want := []string{"w1"}
			if tt.block {
				want = nil
			}
			if diff := cmp.Diff(want, watchedArticles(t, db)); diff != "" {
				t.Errorf("stored articles (-want +got):\n%s", diff)
			}
		})
	}
}

// TestWatchCommand runs the command as cobra parses it: --once over the
// feeds the store knows when none is given, and exit status 2 (errPartial)
// when a feed fails.
func TestWatchCommand(t *testing.T) {
	srv := newFeedServer(t)
	srv.set(func(s *feedServer) { s.items = []feedItem{itemMacron} })
	feed := srv.URL + "/feed.xml"
	db := filepath.Join(t.TempDir(), "t.db")
	run := func(args ...string) (string, error) {
		var log strings.Builder
		g := &globalOptions{DB: db, In: strings.NewReader(""), Out: io.Discard, Err: &log}
		cmd := newWatchCmd(g)
		cmd.SetArgs(args)
		cmd.SetOut(io.Discard)
		cmd.SetErr(io.Discard)
		err := cmd.ExecuteContext(context.Background())
		return log.String(), err
	}
	if log, err := run("--once", feed); err != nil || !strings.Contains(log, "1 new items") {
		t.Fatalf("watch --once FEED: %v\n%s", err, log)
	}
	if log, err := run("--once"); err != nil || log != "feed "+feed+": not modified\n" {
		t.Errorf("watch --once with the store's feeds: %v\n%s", err, log)
	}
	srv.set(func(s *feedServer) { s.down = 1 })
	log, err := run("--once", feed)
	if code := exitFor(err); code != exitPartial {
		t.Errorf("watch --once on a failing feed: exit status %d (%v), want %d\n%s", code, err, exitPartial, log)
	}
	if _, err := run("--once", "--every", "0s", feed); err == nil {
		t.Error("watch --every 0s: no error")
	}
}

// exitFor maps a command's error to its exit status as execute does.
func exitFor(err error) int {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errPartial):
		return exitPartial
	}
	return exitFailure
}
