package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
)

type loadOptions struct {
	*globalOptions
	Paths   []string
	Workers int
	Quiet   bool
}

func newLoadCmd(g *globalOptions) *cobra.Command {
	o := &loadOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "load [PATH…|-]",
		Short: "Read articles, extract their triples and store them",
		Long: `load reads articles from files, folders (recursively) or standard input (-),
extracts their triples and stores each article with its triples in one
transaction. An article already stored is skipped, so loading the same input
twice changes nothing. A bad file is named on standard error and skipped; the
rest of the batch still loads, and the exit status is 2.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Paths = args
			return runLoad(cmd.Context(), o)
		},
	}
	cmd.Flags().IntVar(&o.Workers, "workers", runtime.GOMAXPROCS(0), "extraction workers")
	cmd.Flags().BoolVarP(&o.Quiet, "quiet", "q", false, "print nothing but errors")
	return cmd
}

// loadSummary counts what a load did.
type loadSummary struct {
	Files, Read, Stored, Skipped, Failed, Triples int
}

func (s loadSummary) String() string {
	return fmt.Sprintf("%d articles read from %d inputs: %d stored, %d already stored, %d failed; %d triples",
		s.Read, s.Files, s.Stored, s.Skipped, s.Failed, s.Triples)
}

// extracted is one article with its triples, or the error that stopped it.
type extracted struct {
	path    string
	article extract.Article
	triples []extract.Triple
	err     error
}

func runLoad(ctx context.Context, o *loadOptions) error {
	ex, err := extract.DefaultExtractor()
	if err != nil {
		return fmt.Errorf("load lexicon: %w", err)
	}
	store, err := o.openStore(ctx)
	if err != nil {
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
// o.Workers goroutines and writes each article to the store.
func loadInto(ctx context.Context, store *graph.Store, ex *extract.Extractor, o *loadOptions) (loadSummary, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var sum loadSummary
	workers := max(o.Workers, 1)
	jobs := make(chan extracted, workers*2)
	results := make(chan extracted, workers*2)

	var walkErr error
	var mu sync.Mutex // guards sum's reading counters while the walker runs
	go func() {
		defer close(jobs)
		walkErr = extract.WalkInputs(ctx, o.Paths, o.In, func(path string, arts []extract.Article, err error) error {
			mu.Lock()
			sum.Files++
			mu.Unlock()
			if err != nil {
				select {
				case results <- extracted{path: path, err: err}:
				case <-ctx.Done():
					return ctx.Err()
				}
				return nil
			}
			for _, a := range arts {
				select {
				case jobs <- extracted{path: path, article: a}:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			return nil
		})
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if ok, err := store.HasArticle(ctx, j.article.ID); err != nil {
					j.err = err
				} else if ok {
					j.triples = nil
					j.err = errAlreadyStored
				} else {
					j.triples, j.err = ex.Extract(ctx, j.article)
				}
				select {
				case results <- j:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	for r := range results {
		if r.article.ID != "" {
			sum.Read++
		}
		switch {
		case r.err == errAlreadyStored:
			sum.Skipped++
		case r.err != nil:
			sum.Failed++
			fmt.Fprintf(o.Err, "diplograph: %s: %v\n", describe(r), r.err)
		default:
			added, err := store.AddArticle(ctx, r.article, r.triples)
			if err != nil {
				return sum, fmt.Errorf("store article %s: %w", r.article.ID, err)
			}
			if added {
				sum.Stored++
				sum.Triples += len(r.triples)
			} else {
				sum.Skipped++
			}
		}
	}
	if walkErr != nil {
		return sum, walkErr
	}
	return sum, ctx.Err()
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
