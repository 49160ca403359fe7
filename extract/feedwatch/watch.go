package feedwatch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/fetch"
)

// Defaults of Options.
const (
	DefaultEvery      = 15 * time.Minute
	DefaultMaxBackoff = 6 * time.Hour
	// DefaultMinText is the length, in characters, under which an item's
	// text counts as a summary that FollowLinks replaces by the page.
	DefaultMinText = 600
)

// Fetcher downloads feeds and pages; *fetch.Client is one.
type Fetcher interface {
	FetchConditional(ctx context.Context, rawURL string, v fetch.Validators) ([]extract.Article, fetch.Validators, bool, error)
	Fetch(ctx context.Context, rawURL string) ([]extract.Article, error)
}

// Extractor turns an article into triples; *extract.Extractor is one.
type Extractor interface {
	Extract(ctx context.Context, a extract.Article) ([]extract.Triple, error)
}

// State is what a Watcher keeps of a feed between polls.
type State struct {
	// Validators are those of the last complete download (for a local
	// file, its size and time of change, as ETag).
	Validators fetch.Validators
	// LastPoll is when the feed was last polled.
	LastPoll time.Time
	// Failures counts the polls that have failed in a row.
	Failures int
	// LastError is the error of the last poll, when it failed.
	LastError string
	// Items are the ids of the items already handled.
	Items []string
}

// Store keeps articles and the state of feeds. AddArticle stores an
// article with its triples at once and returns added=false when the
// article is stored already.
type Store interface {
	HasArticle(ctx context.Context, id string) (bool, error)
	AddArticle(ctx context.Context, a extract.Article, ts []extract.Triple) (added bool, err error)
	LoadFeed(ctx context.Context, key string) (State, error)
	SaveFeed(ctx context.Context, key string, st State) error
}

// Options configures a Watcher. Zero fields take the defaults.
type Options struct {
	// Every is the time between two polls of a feed (default 15m).
	Every time.Duration
	// MaxBackoff bounds the wait after failed polls (default 6h), which
	// doubles from 2×Every with each failure in a row.
	MaxBackoff time.Duration
	// FollowLinks fetches the page of each new item whose text in the feed
	// is shorter than MinText characters, when the robots.txt of the
	// page's host allows it; otherwise the summary is kept.
	FollowLinks bool
	// MinText is the summary threshold of FollowLinks (default 600).
	MinText int
	// Robots checks robots.txt for FollowLinks (default: a checker over
	// its own HTTP client, sending fetch.DefaultUserAgent()).
	Robots *RobotsChecker
	// Log receives one line per poll (default: nowhere).
	Log io.Writer
	// Now and Sleep stand for the clock (defaults: time.Now, and a sleep
	// that ends early with ctx's error when ctx is done).
	Now   func() time.Time
	Sleep func(ctx context.Context, d time.Duration) error
}

// Watcher polls feeds and stores their new items.
type Watcher struct {
	fetcher Fetcher
	ex      Extractor
	store   Store
	o       Options
}

// New returns a Watcher that downloads with f, extracts with ex and
// stores in s.
func New(f Fetcher, ex Extractor, s Store, o Options) *Watcher {
	if o.Every <= 0 {
		o.Every = DefaultEvery
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = DefaultMaxBackoff
	}
	if o.MinText <= 0 {
		o.MinText = DefaultMinText
	}
	if o.FollowLinks && o.Robots == nil {
		o.Robots = NewRobotsChecker(nil, fetch.DefaultUserAgent())
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Sleep == nil {
		o.Sleep = sleep
	}
	return &Watcher{fetcher: f, ex: ex, store: s, o: o}
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Result is what one poll of a feed did.
type Result struct {
	// Feed is the feed as given: a URL or a file path.
	Feed string
	// NotModified is set when the feed had not changed since the last poll.
	NotModified bool
	// New counts the items stored by this poll, Triples their triples.
	New, Triples int
	// Summaries counts the new items stored with the feed's summary
	// because FollowLinks could not use their page: Disallowed of them
	// because robots.txt disallows it.
	Summaries, Disallowed int
	// Failed counts the new items that could not be extracted or stored
	// (ItemErr is the first such error); they are tried again at the
	// next poll.
	Failed  int
	ItemErr error
	// Failures counts the polls of the feed that have failed in a row,
	// this one included.
	Failures int
	// Err is why the poll failed: the feed could not be read.
	Err error
}

// String is the poll's log line: "feed URL: N new items, T triples",
// "feed URL: not modified" or "feed URL: ERROR".
func (r Result) String() string {
	switch {
	case r.Err != nil:
		return fmt.Sprintf("feed %s: %v", r.Feed, r.Err)
	case r.NotModified:
		return fmt.Sprintf("feed %s: not modified", r.Feed)
	}
	s := fmt.Sprintf("feed %s: %d new items, %d triples", r.Feed, r.New, r.Triples)
	if r.Summaries > 0 {
		s += fmt.Sprintf("; %d kept as summaries", r.Summaries)
		if r.Disallowed > 0 {
			s += fmt.Sprintf(" (%d disallowed by robots.txt)", r.Disallowed)
		}
	}
	if r.Failed > 0 {
		s += fmt.Sprintf("; %d items failed, to retry: %v", r.Failed, r.ItemErr)
	}
	return s
}

// Key is the name a feed's state is kept under: a URL as it is, a file
// by its absolute path, so that the same file named from another
// directory keeps its state.
func Key(feed string) string {
	if fetch.IsURL(feed) {
		return feed
	}
	if abs, err := filepath.Abs(feed); err == nil {
		return filepath.ToSlash(abs)
	}
	return feed
}

// Run polls every feed at once, then each again Every after its last
// poll, or later after failures (see Delay), logging one line per poll,
// until ctx is done; then it returns nil. A poll that ctx interrupts
// stores nothing more, and each article stored is whole. Run returns an
// error only when a feed's state cannot be read or saved.
func (w *Watcher) Run(ctx context.Context, feeds []string) error {
	if len(feeds) == 0 {
		return errors.New("watch: no feeds")
	}
	now := w.o.Now()
	due := make([]time.Time, len(feeds))
	for i := range due {
		due[i] = now
	}
	for {
		next := 0
		for i := range due {
			if due[i].Before(due[next]) {
				next = i
			}
		}
		if wait := due[next].Sub(w.o.Now()); wait > 0 {
			if err := w.o.Sleep(ctx, wait); err != nil {
				return nil
			}
		}
		if ctx.Err() != nil {
			return nil
		}
		res, err := w.Poll(ctx, feeds[next])
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			return err
		}
		d := Delay(w.o.Every, w.o.MaxBackoff, res.Failures)
		due[next] = w.o.Now().Add(d)
		line := res.String()
		if res.Err != nil {
			line += fmt.Sprintf("; retry in %v", d)
		}
		fmt.Fprintln(w.o.Log, line)
	}
}

// Once polls each feed once, in order, logging one line per poll, and
// returns the results. The error is ctx's when it interrupted the polls,
// or the first failure to read or save a feed's state.
func (w *Watcher) Once(ctx context.Context, feeds []string) ([]Result, error) {
	var out []Result
	for _, f := range feeds {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		res, err := w.Poll(ctx, f)
		if err := ctx.Err(); err != nil {
			return out, err
		}
		if err != nil {
			return out, err
		}
		fmt.Fprintln(w.o.Log, res)
		out = append(out, res)
	}
	return out, nil
}

// Poll polls one feed: it downloads the feed unless it is unchanged since
// the last poll, stores each item not handled before (each article in one
// write of the store), and saves the feed's state. A feed that cannot be
// read is reported in Result.Err; the error returned is for a state that
// cannot be read or saved, or ctx's.
//
// The validators are saved only when every item was handled, so that an
// item that failed is tried again at the next poll.
func (w *Watcher) Poll(ctx context.Context, feed string) (Result, error) {
	res := Result{Feed: feed}
	key := Key(feed)
	st, err := w.store.LoadFeed(ctx, key)
	if err != nil {
		return res, fmt.Errorf("feed %s: %w", feed, err)
	}
	arts, nv, notModified, err := w.download(ctx, feed, st.Validators)
	if err != nil {
		if ctx.Err() != nil {
			return res, ctx.Err()
		}
		st.LastPoll = w.o.Now()
		st.Failures++
		st.LastError = err.Error()
		res.Err, res.Failures = err, st.Failures
		return res, w.save(ctx, feed, key, st)
	}
	st.LastPoll, st.Failures, st.LastError = w.o.Now(), 0, ""
	if notModified {
		st.Validators = nv
		res.NotModified = true
		return res, w.save(ctx, feed, key, st)
	}

	seen := make(map[string]bool, len(st.Items))
	for _, id := range st.Items {
		seen[id] = true
	}
	var handled []string
	complete := true
	for i := range arts {
		a := arts[i]
		if a.ID == "" {
			a.ID = key + "#" + textHash(a.Text)
		}
		if seen[a.ID] {
			handled = append(handled, a.ID)
			continue
		}
		if ctx.Err() != nil {
			complete = false
			break
		}
		err := w.item(ctx, &res, a)
		if ctx.Err() != nil {
			complete = false
			break
		}
		if err != nil {
			res.Failed++
			if res.ItemErr == nil {
				res.ItemErr = err
			}
			complete = false
			continue
		}
		handled = append(handled, a.ID)
	}
	slices.Sort(handled)
	st.Items = slices.Compact(handled)
	if complete {
		st.Validators = nv
	} else {
		// Download the feed whole next time, to retry what failed; keep
		// the items handled before that this poll did not reach.
		for id := range seen {
			if !slices.Contains(st.Items, id) {
				st.Items = append(st.Items, id)
			}
		}
		slices.Sort(st.Items)
	}
	return res, w.save(ctx, feed, key, st)
}

// save saves a feed's state, also when ctx was cancelled during the poll:
// the articles stored so far must be recorded as handled.
func (w *Watcher) save(ctx context.Context, feed, key string, st State) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := w.store.SaveFeed(ctx, key, st); err != nil {
		return fmt.Errorf("feed %s: %w", feed, err)
	}
	return nil
}

// item stores one new item: its page when FollowLinks applies, else the
// feed's text, counted in res. An item the store has already is left as
// it is.
func (w *Watcher) item(ctx context.Context, res *Result, a extract.Article) error {
	has, err := w.store.HasArticle(ctx, a.ID)
	if err != nil {
		return fmt.Errorf("item %s: %w", a.ID, err)
	}
	if has {
		return nil
	}
	summary, disallowed := false, false
	if w.o.FollowLinks && utf8.RuneCountInString(a.Text) < w.o.MinText {
		var page bool
		a, page, disallowed = w.follow(ctx, a)
		summary = !page
	}
	ts, err := w.ex.Extract(ctx, a)
	if err != nil {
		return fmt.Errorf("item %s: %w", a.ID, err)
	}
	added, err := w.store.AddArticle(ctx, a, ts)
	if err != nil {
		return fmt.Errorf("item %s: %w", a.ID, err)
	}
	if added {
		res.New++
		res.Triples += len(ts)
		if summary {
			res.Summaries++
		}
		if disallowed {
			res.Disallowed++
		}
	}
	return nil
}

// follow replaces an item's summary by the text of its page, when its
// host's robots.txt allows fetching it and the page has more text; the
// item keeps its id, title, date (the page's when the item has none) and
// source. page reports whether the page's text was taken, disallowed
// whether robots.txt forbade fetching it. A page that cannot be fetched,
// or has less text than the summary, leaves the summary.
func (w *Watcher) follow(ctx context.Context, a extract.Article) (_ extract.Article, page, disallowed bool) {
	link := a.URL
	if !fetch.IsURL(link) {
		return a, false, false
	}
	ok, err := w.o.Robots.Allowed(ctx, link)
	if err != nil || !ok {
		return a, false, err == nil
	}
	pages, err := w.fetcher.Fetch(ctx, link)
	if err != nil || len(pages) != 1 {
		return a, false, false
	}
	p := pages[0]
	if utf8.RuneCountInString(p.Text) <= utf8.RuneCountInString(a.Text) {
		return a, false, false
	}
	a.Text = p.Text
	if a.Date == "" {
		a.Date = p.Date
	}
	if a.Title == "" {
		a.Title = p.Title
	}
	return a, true, false
}

// download reads the feed unless its validators say it is unchanged.
func (w *Watcher) download(ctx context.Context, feed string, v fetch.Validators) ([]extract.Article, fetch.Validators, bool, error) {
	if fetch.IsURL(feed) {
		return w.fetcher.FetchConditional(ctx, feed, v)
	}
	fi, err := os.Stat(feed)
	if err != nil {
		return nil, v, false, fmt.Errorf("read %s: %w", feed, err)
	}
	nv := fetch.Validators{ETag: fmt.Sprintf("file:%d:%d", fi.Size(), fi.ModTime().UnixNano())}
	if nv == v {
		return nil, v, true, nil
	}
	arts, err := extract.ReadFile(ctx, feed)
	if err != nil {
		return nil, v, false, err
	}
	return arts, nv, false, nil
}

// textHash names an item that has neither guid nor link.
func textHash(s string) string {
	sum := sha256.Sum256([]byte(strings.TrimSpace(s)))
	return hex.EncodeToString(sum[:8])
}
