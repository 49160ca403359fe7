package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/dedupe"
	"github.com/diplograph/diplograph/extract/fetch"
	"github.com/diplograph/diplograph/extract/gdelt"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/pipeline"
)

type loadOptions struct {
	*globalOptions
	Paths   []string
	Workers int
	Quiet   bool
	// Batch is the number of articles written per transaction.
	Batch int
	// BatchWait is the longest an extracted article waits for its batch
	// to fill before the batch is written anyway.
	BatchWait time.Duration
	// Format is "" (each input by its name and content) or "gdelt".
	Format string
	// MaxSize is the largest input file accepted, such as "20MiB" (empty:
	// extract.MaxFileSize).
	MaxSize string
	// NoText leaves the articles' texts out of the store (reextract then
	// needs the original files).
	NoText bool
	// Version is the extractor version recorded with each article.
	Version string
	// Progress forces the progress bar on (true) or off (false); nil
	// shows it when standard error is a terminal and Quiet is not set.
	Progress *bool
	// Fetch gets the articles of a URL (fetch.Client.Fetch by default).
	Fetch func(ctx context.Context, url string) ([]extract.Article, error)
}

func newLoadCmd(g *globalOptions) *cobra.Command {
	o := &loadOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "load [PATH|URL…|-]",
		Short: "Read articles, extract their triples and store them",
		Long: `load reads articles from files, folders (recursively), http(s) URLs (an
article page or a feed) or standard input (-), extracts their triples on
every core and stores them, --batch articles per transaction. An article
already stored with the same content is skipped, so loading the same input
twice changes nothing; one whose content changed replaces its stored triples
in one transaction (counted as updated),
and an interrupted load leaves every article whole or absent: run it again
to complete it.

--format gdelt reads GDELT 2.0 event files (plain or zipped): each source
URL becomes an article holding its events. Files ending in .nq or .nquads
are N-Quads (as export --format nquads writes) and are added as they are.

A bad input (unreadable, binary, empty, malformed, too large, a GDELT row
of the wrong shape) is named on standard error with the reason and skipped;
the rest still loads, and the exit status is 2. A progress bar shows on a
terminal unless --quiet is given.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Paths = args
			return runLoad(cmd.Context(), o)
		},
	}
	cmd.Flags().IntVar(&o.Workers, "workers", runtime.GOMAXPROCS(0), "extraction workers")
	cmd.Flags().BoolVarP(&o.Quiet, "quiet", "q", false, "print nothing but errors")
	cmd.Flags().IntVar(&o.Batch, "batch", 200, "articles written per transaction")
	cmd.Flags().DurationVar(&o.BatchWait, "batch-wait", 2*time.Second, "write a batch that has waited this long even if it is not full")
	cmd.Flags().StringVarP(&o.Format, "format", "f", "", "input format: empty for each file by its name and content, or gdelt")
	cmd.Flags().BoolVar(&o.NoText, "no-text", false, "do not keep the articles' texts (reextract then needs the original files)")
	cmd.Flags().StringVar(&o.MaxSize, "max-size", "20MiB", "largest input file accepted (bytes, or with KiB, MiB, GiB)")
	return cmd
}

// loadSummary counts what a load did.
type loadSummary struct {
	Files, Read, Stored, Updated, Skipped, Failed, Triples int
	// Copies counts articles recorded as another outlet's copy of a
	// stored story.
	Copies int
	// Quads is the number of quads read from N-Quads files.
	Quads int
}

func (s loadSummary) String() string {
	out := fmt.Sprintf("%d articles read from %d inputs: %d stored, %d updated, %d already stored, %d failed; %d triples",
		s.Read, s.Files, s.Stored, s.Updated, s.Skipped, s.Failed, s.Triples)
	if s.Copies > 0 {
		out += fmt.Sprintf("; %d copies of stored stories", s.Copies)
	}
	if s.Quads > 0 {
		out += fmt.Sprintf("; %d quads from N-Quads", s.Quads)
	}
	return out
}

// extracted is one article with its triples, or the error that stopped an
// input.
type extracted struct {
	path    string
	article extract.Article
	triples []extract.Triple
	// ready marks triples read (GDELT) rather than to be extracted.
	ready bool
	// story is the id of the stored article this one is a copy of
	// (syndicated wire copy): it is recorded as a copy, not extracted.
	story string
	// unindexed marks an article already stored whose story index is
	// missing (a load killed between the two transactions).
	unindexed bool
	// size is the bytes of input this item completes, for the progress bar.
	size int64
	err  error
}

func runLoad(ctx context.Context, o *loadOptions) error {
	switch o.Format {
	case "", "auto", "gdelt":
	default:
		return fmt.Errorf("unknown --format %q: want gdelt, or none to read each input by its name and content", o.Format)
	}
	if o.Batch <= 0 {
		return fmt.Errorf("--batch %d: want at least 1", o.Batch)
	}
	if o.MaxSize != "" {
		n, err := parseSize(o.MaxSize)
		if err != nil {
			return fmt.Errorf("--max-size: %w", err)
		}
		defer func(old int64) { extract.MaxFileSize = old }(extract.MaxFileSize)
		extract.MaxFileSize = n
	}
	// --lexicon and DIPLOGRAPH_LEXICON apply (see globalOptions.extractor).
	ex, version, err := o.extractor()
	if err != nil {
		return err
	}
	o.Version = version
	store, err := o.openStore(ctx)
	if err != nil {
		if errors.Is(err, graph.ErrInUse) {
			return fmt.Errorf("store %s is in use by another diplograph process (a load or serve); try again when it has finished: %w", o.DB, graph.ErrInUse)
		}
		return err
	}
	sum, err := loadInto(ctx, store, ex, o)
	if cerr := store.Close(); cerr != nil && err == nil {
		err = fmt.Errorf("close store: %w", cerr)
	}
	if err != nil {
		return err
	}
	if !o.Quiet {
		fmt.Fprintln(o.Out, sum)
	}
	if sum.Failed > 0 {
		return fmt.Errorf("%d inputs failed: %w", sum.Failed, errPartial)
	}
	return nil
}

// loadInto reads every input, extracts the articles not yet stored on
// o.Workers goroutines and writes them to the store in batches, in input
// order (so that a load stores the same quads whatever the scheduling).
func loadInto(ctx context.Context, store *graph.Store, ex *extract.Extractor, o *loadOptions) (loadSummary, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var sum loadSummary

	bar := newProgress(o, inputSize(o.Paths))
	defer bar.finish()

	// Errors pass through the workers too, to keep their place.
	var files, quads int
	results, walkErr := pipeline.Ordered(ctx, o.Workers, max(o.Workers, 1)*2, func(emit func(extracted) error) error {
		return walkLoadInputs(ctx, store, o, func(n int) { files += n }, func(n int) { quads += n }, emit)
	}, func(j extracted) extracted {
		if j.err != nil {
			return j
		}
		if hash, ok, err := store.StoredHash(ctx, j.article.ID); err != nil {
			j.err = err
		} else if ok && hash == graph.ContentHash(j.article) {
			j.triples = nil
			j.err = errAlreadyStored
			if !j.ready {
				indexed, err := store.StoryIndexed(ctx, j.article.ID)
				if err != nil {
					j.err = err
				}
				j.unindexed = err == nil && !indexed
			}
		} else if !j.ready {
			if !ok {
				// A copy of a stored story is not extracted.
				j.story, _, j.err = store.FindStory(ctx, j.article)
			}
			if j.err == nil && j.story == "" {
				j.triples, j.err = ex.Extract(ctx, j.article)
			}
		}
		return j
	})

	// The writer: results in input order, batched.
	var batch []extracted
	var batchIndex dedupe.Index // the articles of the batch not yet written
	start := time.Now()
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := writeBatch(ctx, store, batch, graph.PutOptions{Version: o.Version, NoText: o.NoText}, &sum, o.Err)
		batchIndex = dedupe.Index{} // the batch's articles are now found through the store
		var size int64
		for _, r := range batch {
			size += r.size
		}
		batch = batch[:0]
		bar.add(size, sum.Stored, time.Since(start))
		return err
	}
	handle := func(r extracted) error {
		if r.article.ID != "" {
			sum.Read++
		}
		switch {
		case r.err == errAlreadyStored:
			if r.unindexed {
				if err := store.IndexStory(ctx, r.article); err != nil {
					return fmt.Errorf("index the story of %s: %w", r.article.ID, err)
				}
			}
			sum.Skipped++
			bar.add(r.size, sum.Stored, time.Since(start))
		case r.err != nil:
			sum.Failed++
			bar.clear()
			report(o.Err, r, r.err)
			bar.add(r.size, sum.Stored, time.Since(start))
		default:
			if !r.ready && r.story == "" {
				// Workers run ahead of the writer: a copy of an article
				// read earlier in this load is found here, in input order.
				doc := dedupe.NewDoc(r.article.URL, r.article.Text)
				if id, how := batchIndex.Find(doc); how != dedupe.NoMatch {
					r.story = id
				} else if id, found, err := store.FindStory(ctx, r.article); err != nil {
					return fmt.Errorf("look up the story of %s: %w", r.article.ID, err)
				} else if found {
					r.story = id
				} else {
					batchIndex.Add(r.article.ID, doc)
				}
			}
			if r.story != "" {
				if err := flush(); err != nil { // the story's first article must be stored
					return err
				}
				added, err := store.AddCopy(ctx, r.story, r.article)
				switch {
				case err != nil:
					return fmt.Errorf("record %s as a copy of %s: %w", r.article.ID, r.story, err)
				case added:
					sum.Copies++
				default:
					sum.Skipped++
				}
				bar.add(r.size, sum.Stored, time.Since(start))
				return nil
			}
			batch = append(batch, r)
			if len(batch) >= o.Batch {
				return flush()
			}
		}
		return nil
	}
	var timer <-chan time.Time // runs while a batch waits
	for results != nil {
		select {
		case r, ok := <-results:
			if !ok {
				results = nil
				break
			}
			if err := handle(r); err != nil {
				return sum, err
			}
			if len(batch) > 0 && timer == nil {
				timer = time.After(o.BatchWait)
			} else if len(batch) == 0 {
				timer = nil
			}
		case <-timer:
			timer = nil
			if err := flush(); err != nil {
				return sum, err
			}
		}
	}
	if err := flush(); err != nil {
		return sum, err
	}
	err := walkErr() // the walker has stopped: files and quads are final
	sum.Files, sum.Quads = files, quads
	if err != nil {
		return sum, err
	}
	return sum, ctx.Err()
}

// writeBatch stores a batch of extracted articles in one transaction. A
// batch the store refuses because of one bad article is written article
// by article, so that the bad one is named and the others stored.
func writeBatch(ctx context.Context, store *graph.Store, batch []extracted, put graph.PutOptions, sum *loadSummary, errOut io.Writer) error {
	ats := make([]graph.ArticleTriples, len(batch))
	for i, r := range batch {
		ats[i] = graph.ArticleTriples{Article: r.article, Triples: r.triples, IndexStory: !r.ready}
	}
	outcomes, err := store.PutArticles(ctx, ats, put)
	if err == nil {
		var index []extract.Article // updated articles: new ones are indexed with their quads
		for i, oc := range outcomes {
			count(sum, oc, len(batch[i].triples))
			if oc == graph.Updated && !batch[i].ready {
				index = append(index, batch[i].article)
			}
		}
		if err := store.IndexStories(ctx, index); err != nil {
			return fmt.Errorf("index the stories of %d articles: %w", len(index), err)
		}
		return nil
	}
	if !refused(err) {
		return fmt.Errorf("store %d articles: %w", len(batch), err)
	}
	for _, r := range batch {
		oc, err := store.PutArticle(ctx, r.article, r.triples, put)
		switch {
		case err != nil && refused(err):
			sum.Failed++
			report(errOut, r, err)
		case err != nil:
			return fmt.Errorf("store article %s: %w", r.article.ID, err)
		default:
			count(sum, oc, len(r.triples))
			if oc != graph.Unchanged && !r.ready {
				if err := store.IndexStory(ctx, r.article); err != nil {
					return fmt.Errorf("index the story of %s: %w", r.article.ID, err)
				}
			}
		}
	}
	return nil
}

// count adds one article's outcome to the summary.
func count(sum *loadSummary, oc graph.Outcome, triples int) {
	switch oc {
	case graph.Added:
		sum.Stored++
		sum.Triples += triples
	case graph.Updated:
		sum.Updated++
		sum.Triples += triples
	default:
		sum.Skipped++
	}
}

// refused reports whether err is the store refusing an article's content
// (rather than failing to write).
func refused(err error) bool {
	for _, e := range []error{graph.ErrNoID, graph.ErrIncompleteTriple, graph.ErrReservedID, graph.ErrWrongArticle, graph.ErrReservedAttr} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// walkLoadInputs expands o.Paths in order and calls emit for every
// article or input error: URLs are fetched, N-Quads files are added to the
// store directly (counting their quads with addQuads), GDELT files (with
// --format gdelt) are read and grouped by article, everything else goes
// through extract.WalkInputs. addFiles counts the inputs.
func walkLoadInputs(ctx context.Context, store *graph.Store, o *loadOptions, addFiles, addQuads func(int), emit func(extracted) error) error {
	fetchFn := o.Fetch
	if fetchFn == nil {
		fetchFn = fetch.New(fetch.Options{}).Fetch
	}
	for _, p := range o.Paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		switch {
		case fetch.IsURL(p):
			addFiles(1)
			arts, err := fetchFn(ctx, p)
			if err != nil {
				if err := emit(extracted{path: p, err: err}); err != nil {
					return err
				}
				continue
			}
			if err := emitArticles(p, arts, 0, emit); err != nil {
				return err
			}
		case isNQuads(p):
			addFiles(1)
			n, err := readNQuadsFile(ctx, store, p)
			addQuads(n)
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				if err := emit(extracted{path: p, err: err, size: fileSize(p)}); err != nil {
					return err
				}
			}
		case o.Format == "gdelt" && p != "-":
			err := walkFiles(p, func(path string) error {
				addFiles(1)
				return readGDELT(ctx, path, emit)
			})
			if err != nil {
				return err
			}
		default:
			err := extract.WalkInputs(ctx, []string{p}, o.In, func(path string, arts []extract.Article, err error) error {
				addFiles(1)
				size := fileSize(path)
				if err != nil && len(arts) == 0 {
					return emit(extracted{path: path, err: err, size: size})
				}
				if err := emitArticles(path, arts, size, emit); err != nil {
					return err
				}
				if err != nil {
					return emit(extracted{path: path, err: err}) // the articles skipped (extract.ErrSkipped)
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// emitArticles emits the articles of one input; the last one carries the
// input's size.
func emitArticles(path string, arts []extract.Article, size int64, emit func(extracted) error) error {
	for i, a := range arts {
		e := extracted{path: path, article: a}
		if i == len(arts)-1 {
			e.size = size
		}
		if err := emit(e); err != nil {
			return err
		}
	}
	return nil
}

// isNQuads reports whether a path names an N-Quads file.
func isNQuads(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	return ext == ".nq" || ext == ".nquads"
}

// readNQuadsFile adds the quads of an N-Quads file to the store.
func readNQuadsFile(ctx context.Context, store *graph.Store, path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	n, err := store.ReadNQuads(ctx, f)
	if err != nil {
		return n, fmt.Errorf("read %s: %w", path, err)
	}
	return n, nil
}

// walkFiles calls fn for the file at root, or for every regular file
// under the folder root (skipping hidden ones), in lexical order.
func walkFiles(root string, fn func(path string) error) error {
	st, err := os.Stat(root)
	if err != nil || !st.IsDir() {
		return fn(root)
	}
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return fn(path)
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		return fn(path)
	})
}

// readGDELT reads a GDELT 2.0 event file and emits one article per source
// URL, holding its events in the order of the file, and one error per bad
// row, naming the file and line. The file's events are grouped in memory
// (an event file holds a quarter-hour of events: a few thousand rows).
func readGDELT(ctx context.Context, path string, emit func(extracted) error) error {
	f, err := os.Open(path)
	if err != nil {
		return emit(extracted{path: path, err: fmt.Errorf("read %s: %w", path, err)})
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return emit(extracted{path: path, err: fmt.Errorf("read %s: %w", path, err)})
	}
	if st.IsDir() {
		return emit(extracted{path: path, err: fmt.Errorf("read %s: is a directory", path)})
	}
	var order []string
	groups := make(map[string][]extract.Triple)
	var emitErr error
	stats, err := gdelt.Read(ctx, path, f, st.Size(), func(line int, t extract.Triple, err error) error {
		if err != nil {
			// err names the line already.
			emitErr = emit(extracted{path: path, err: err})
			return emitErr
		}
		if _, ok := groups[t.Article]; !ok {
			order = append(order, t.Article)
		}
		groups[t.Article] = append(groups[t.Article], t)
		return nil
	})
	if emitErr != nil {
		return emitErr
	}
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return emit(extracted{path: path, err: err, size: st.Size()})
	}
	if stats.Rows == 0 {
		return emit(extracted{path: path, err: fmt.Errorf("%w: no GDELT event rows", extract.ErrEmpty), size: st.Size()})
	}
	for i, id := range order {
		ts := groups[id]
		a := extract.Article{ID: id, Date: ts[0].Date, Source: "GDELT"}
		if fetch.IsURL(id) {
			a.URL = id
		}
		for j := range ts {
			ts[j].SentenceIndex = j
		}
		e := extracted{path: path, article: a, triples: ts, ready: true}
		if i == len(order)-1 {
			e.size = st.Size()
		}
		if err := emit(e); err != nil {
			return err
		}
		delete(groups, id)
	}
	return nil
}

// errAlreadyStored marks an article skipped because the store has it.
var errAlreadyStored = fmt.Errorf("already stored")

// describe names the input an error belongs to.
func describe(r extracted) string {
	if r.article.ID != "" && r.article.ID != r.path {
		return fmt.Sprintf("%s (article %s)", r.path, r.article.ID)
	}
	return r.path
}

// report prints the error of an input on one line, naming the input
// once (the readers' errors name their file already).
func report(w io.Writer, r extracted, err error) {
	name := describe(r)
	msg := err.Error()
	if r.article.ID == "" && (strings.HasPrefix(msg, "read "+r.path+":") || strings.HasPrefix(msg, "gdelt "+r.path+":")) {
		fmt.Fprintf(w, "diplograph: %s\n", strings.TrimPrefix(strings.TrimPrefix(msg, "read "), "gdelt "))
		return
	}
	fmt.Fprintf(w, "diplograph: %s: %s\n", name, msg)
}

// fileSize gives the size of a regular file, or 0.
func fileSize(path string) int64 {
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() {
		return 0
	}
	return st.Size()
}

// inputSize sums the sizes of the files the paths name (folders
// recursively), for the progress bar; URLs and standard input count 0.
func inputSize(paths []string) int64 {
	var n int64
	for _, p := range paths {
		if p == "-" || fetch.IsURL(p) {
			continue
		}
		_ = walkFiles(p, func(path string) error {
			n += fileSize(path)
			return nil
		})
	}
	return n
}

// progress is the load's progress bar on standard error: bytes of input
// done out of the total, with rate and ETA, and the articles stored.
// Its methods do nothing when the bar is off.
type progress struct {
	bar *progressbar.ProgressBar
}

// newProgress makes the progress bar for a load of total bytes, or an
// inactive one when o says so or standard error is not a terminal.
func newProgress(o *loadOptions, total int64) *progress {
	on := !o.Quiet && isTerminal(o.Err)
	if o.Progress != nil {
		on = *o.Progress
	}
	if !on {
		return &progress{}
	}
	if total <= 0 {
		total = -1
	}
	bar := progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(o.Err),
		progressbar.OptionSetDescription("loading"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionShowElapsedTimeOnFinish(),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetWidth(30),
		progressbar.OptionClearOnFinish(),
	)
	return &progress{bar: bar}
}

func (p *progress) add(bytes int64, stored int, elapsed time.Duration) {
	if p.bar == nil {
		return
	}
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(stored) / s
	}
	p.bar.Describe(fmt.Sprintf("%d articles stored (%.0f/s)", stored, rate))
	p.bar.Add64(bytes)
}

// clear takes the bar off its line, so that an error message prints whole.
func (p *progress) clear() {
	if p.bar != nil {
		p.bar.Clear()
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}

// parseSize reads a size in bytes: a whole number, optionally followed by
// KiB, MiB or GiB (or K, M, G, KB, MB, GB, meaning the same powers of two).
func parseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	mult := int64(1)
	// Longer suffixes first, so that "MiB" is not read as "B".
	for _, u := range []struct {
		suffix string
		mult   int64
	}{
		{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10},
		{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10},
		{"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1},
	} {
		if len(t) > len(u.suffix) && strings.EqualFold(t[len(t)-len(u.suffix):], u.suffix) {
			t, mult = strings.TrimSpace(t[:len(t)-len(u.suffix)]), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("bad size %q: want a positive number of bytes, KiB, MiB or GiB", s)
	}
	return n * mult, nil
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
