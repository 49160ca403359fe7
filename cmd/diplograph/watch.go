package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/feedwatch"
	"github.com/diplograph/diplograph/extract/fetch"
	"github.com/diplograph/diplograph/graph"
)

type watchOptions struct {
	*globalOptions
	Feeds       []string
	Every       time.Duration
	MaxBackoff  time.Duration
	Once        bool
	FollowLinks bool
	MinText     int
	// Fetcher downloads feeds and pages (default: fetch.New with the
	// default options).
	Fetcher feedwatch.Fetcher
	// version is the extractor version recorded with each article.
	version string
}

func newWatchCmd(g *globalOptions) *cobra.Command {
	o := &watchOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "watch [FEED…]",
		Short: "Poll RSS, Atom and JSON feeds and load their new items",
		Long: `watch polls feeds (http and https URLs, or local feed files) every --every
and loads the items it has not seen before: extracted and stored as load does,
each article in one transaction. It prints one line per poll on standard error:
"feed URL: N new items, T triples", "feed URL: not modified", or the error and
when the feed will be tried again (the wait doubles after each failure in a
row, up to --max-backoff).

The state of each feed (its HTTP validators, the time of the last poll, the
items already handled) is kept in the store, on a <feed/URL> node, so that a
restarted watch neither downloads an unchanged feed nor reloads old items.
Without FEED arguments, watch polls the feeds the store knows.

--follow-links fetches the page of each new item whose text in the feed is
only a summary (shorter than --min-text characters), when the robots.txt of
the page's host allows it; otherwise the summary is stored.

--once polls every feed once and exits (for cron): status 2 when a feed or
an item failed. Without it, watch runs until interrupted (Ctrl-C, SIGTERM),
then stops cleanly.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Feeds = args
			return runWatch(cmd.Context(), o)
		},
	}
	cmd.Flags().DurationVar(&o.Every, "every", feedwatch.DefaultEvery, "time between two polls of a feed")
	cmd.Flags().DurationVar(&o.MaxBackoff, "max-backoff", feedwatch.DefaultMaxBackoff, "longest wait after failed polls")
	cmd.Flags().BoolVar(&o.Once, "once", false, "poll every feed once and exit")
	cmd.Flags().BoolVar(&o.FollowLinks, "follow-links", false, "fetch the page of items the feed gives only a summary of (robots.txt permitting)")
	cmd.Flags().IntVar(&o.MinText, "min-text", feedwatch.DefaultMinText, "with --follow-links: item text shorter than this many characters is a summary")
	return cmd
}

func runWatch(ctx context.Context, o *watchOptions) error {
	if o.Every <= 0 {
		return fmt.Errorf("--every %v: must be positive", o.Every)
	}
	// --lexicon and DIPLOGRAPH_LEXICON apply, as for load.
	ex, version, err := o.extractor()
	if err != nil {
		return err
	}
	store, err := o.openStore(ctx)
	if err != nil {
		return err
	}
	o.version = version
	err = watchStore(ctx, store, ex, o)
	if cerr := store.Close(); cerr != nil && err == nil {
		err = fmt.Errorf("close store: %w", cerr)
	}
	return err
}

// watchStore polls o.Feeds (or the feeds store knows) into store.
func watchStore(ctx context.Context, store *graph.Store, ex *extract.Extractor, o *watchOptions) error {
	feeds := o.Feeds
	if len(feeds) == 0 {
		known, err := store.Feeds(ctx)
		if err != nil {
			return err
		}
		for _, f := range known {
			feeds = append(feeds, f.URL)
		}
		if len(feeds) == 0 {
			return errors.New("watch: no feeds given, and the store knows none")
		}
	}
	f := o.Fetcher
	if f == nil {
		f = fetch.New(fetch.Options{})
	}
	w := feedwatch.New(f, ex, feedStore{Store: store, version: o.version}, feedwatch.Options{
		Every:       o.Every,
		MaxBackoff:  o.MaxBackoff,
		FollowLinks: o.FollowLinks,
		MinText:     o.MinText,
		Log:         o.Err,
	})
	if !o.Once {
		if err := w.Run(ctx, feeds); err != nil {
			return err
		}
		fmt.Fprintln(o.Err, "watch stopped")
		return nil
	}
	results, err := w.Once(ctx, feeds)
	if err != nil {
		return err
	}
	failed := 0
	for _, r := range results {
		if r.Err != nil || r.Failed > 0 {
			failed++
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d feeds failed: %w", failed, len(results), errPartial)
	}
	return nil
}

// feedStore keeps feedwatch's feed state in a graph.Store and stores
// articles as load does (with their text, hash and extractor version, so
// that reextract can re-code them and an edited item is updated).
type feedStore struct {
	*graph.Store
	version string
}

// AddArticle stores a new or changed article; it reports false for one
// stored unchanged.
func (s feedStore) AddArticle(ctx context.Context, a extract.Article, ts []extract.Triple) (bool, error) {
	oc, err := s.PutArticle(ctx, a, ts, graph.PutOptions{Version: s.version})
	return oc != graph.Unchanged, err
}

func (s feedStore) LoadFeed(ctx context.Context, key string) (feedwatch.State, error) {
	st, _, err := s.FeedState(ctx, key)
	if err != nil {
		return feedwatch.State{}, err
	}
	return feedwatch.State{
		Validators: fetch.Validators{ETag: st.ETag, LastModified: st.LastModified},
		LastPoll:   st.LastPoll,
		Failures:   st.Failures,
		LastError:  st.LastError,
		Items:      st.Items,
	}, nil
}

func (s feedStore) SaveFeed(ctx context.Context, key string, st feedwatch.State) error {
	return s.SaveFeedState(ctx, graph.FeedState{
		URL:          key,
		ETag:         st.Validators.ETag,
		LastModified: st.Validators.LastModified,
		LastPoll:     st.LastPoll,
		Failures:     st.Failures,
		LastError:    st.LastError,
		Items:        st.Items,
	})
}
