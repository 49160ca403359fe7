package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/gdelt"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/pipeline"
)

type extractOptions struct {
	*globalOptions
	Paths   []string
	Format  string
	Workers int
}

func newExtractCmd(g *globalOptions) *cobra.Command {
	o := &extractOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "extract [PATH…|-]",
		Short: "Print the triples of articles without storing them",
		Long: `extract reads articles like load does and prints their triples:
--format jsonl (one JSON object a line, the shape in the README), tsv (one
line a triple with a header), nquads (the quads load would store) or gdelt
(GDELT 2.0 event rows, 61 tab-separated columns, no header, as GDELT's own
tools and load --format gdelt read them).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Paths = args
			return runExtract(cmd.Context(), o)
		},
	}
	cmd.Flags().StringVarP(&o.Format, "format", "f", "jsonl", "jsonl, tsv, nquads or gdelt")
	cmd.Flags().IntVar(&o.Workers, "workers", runtime.GOMAXPROCS(0), "extraction workers")
	return cmd
}

func runExtract(ctx context.Context, o *extractOptions) error {
	write, flush, err := tripleWriter(ctx, o.Format, o.Out)
	if err != nil {
		return err
	}
	// --lexicon and DIPLOGRAPH_LEXICON apply (see globalOptions.extractor).
	ex, _, err := o.extractor()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// The walker reads the articles in order; the workers extract them on
	// every core; the writer prints them in input order.
	results, walkErr := pipeline.Ordered(ctx, o.Workers, max(o.Workers, 1)*4, func(emit func(extractJob) error) error {
		return extract.WalkInputs(ctx, o.Paths, o.In, func(path string, arts []extract.Article, err error) error {
			for _, a := range arts {
				if err := emit(extractJob{path: path, article: a}); err != nil {
					return err
				}
			}
			if err != nil {
				return emit(extractJob{path: path, err: err}) // the file, or the articles it skipped
			}
			return nil
		})
	}, func(j extractJob) extractJob {
		if j.err == nil {
			j.triples, j.err = ex.Extract(ctx, j.article)
		}
		return j
	})
	failed := 0
	for j := range results {
		if j.err != nil {
			failed++
			fmt.Fprintf(o.Err, "diplograph: %s: %v\n", j.path, j.err)
			continue
		}
		if err := write(j.article, j.triples); err != nil {
			return err // the deferred cancel stops the pipeline
		}
	}
	if err := flush(); err != nil {
		return err
	}
	if err := walkErr(); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d inputs failed: %w", failed, errPartial)
	}
	return ctx.Err()
}

// extractJob is one article (or one input's error) on its way through
// runExtract.
type extractJob struct {
	path    string
	article extract.Article
	triples []extract.Triple
	err     error
}

// tripleWriter returns a function that writes one article's triples to w in
// the named format, and one that flushes what is buffered.
func tripleWriter(ctx context.Context, format string, w io.Writer) (func(extract.Article, []extract.Triple) error, func() error, error) {
	bw := bufio.NewWriter(w)
	switch format {
	case "jsonl", "json":
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		return func(_ extract.Article, ts []extract.Triple) error {
			for _, t := range ts {
				if err := enc.Encode(t); err != nil {
					return fmt.Errorf("write triple: %w", err)
				}
			}
			return nil
		}, bw.Flush, nil
	case "tsv":
		fmt.Fprintln(bw, "article\tdate\tsentence_index\tsubject\tsubject_country\trelation\tcameo\tgoldstein\tquad_class\tobject\tobject_country\tconfidence\tsentence")
		return func(_ extract.Article, ts []extract.Triple) error {
			for _, t := range ts {
				fields := []string{t.Article, t.Date, strconv.Itoa(t.SentenceIndex),
					t.Subject.ID, t.Subject.Country, t.Relation.ID, t.Relation.Cameo,
					strconv.FormatFloat(t.Relation.Goldstein, 'f', -1, 64), strconv.Itoa(t.Relation.QuadClass),
					t.Object.ID, t.Object.Country, strconv.FormatFloat(t.Confidence, 'f', 2, 64), t.Sentence}
				for i, f := range fields {
					fields[i] = strings.NewReplacer("\t", " ", "\n", " ").Replace(f)
				}
				if _, err := fmt.Fprintln(bw, strings.Join(fields, "\t")); err != nil {
					return fmt.Errorf("write triple: %w", err)
				}
			}
			return nil
		}, bw.Flush, nil
	case "nquads":
		// The quads are exactly those load would write: each article goes
		// through a throwaway in-memory store.
		return func(a extract.Article, ts []extract.Triple) error {
			mem, err := graph.Open(ctx, "memstore", "")
			if err != nil {
				return err
			}
			defer mem.Close()
			if _, err := mem.AddArticle(ctx, a, ts); err != nil {
				return fmt.Errorf("encode article %s: %w", a.ID, err)
			}
			return mem.WriteNQuads(ctx, bw)
		}, bw.Flush, nil
	case "gdelt":
		return func(_ extract.Article, ts []extract.Triple) error {
			return gdelt.Write(bw, ts)
		}, bw.Flush, nil
	default:
		return nil, nil, fmt.Errorf("unknown --format %q: want jsonl, tsv, nquads or gdelt", format)
	}
}
