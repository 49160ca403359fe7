package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/graph"
)

type pathOptions struct {
	*globalOptions
	selection
	From, To string
	Directed bool
	Max      int
	MaxHops  int
	Format   string
}

func newPathCmd(g *globalOptions) *cobra.Command {
	o := &pathOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "path A B",
		Short: "Show the shortest chains of relations linking two actors",
		Long: `path finds the shortest chains of relations from actor A to actor B, taking
each triple either way (subject → object or back) unless --directed, and
prints up to --max of them, shortest first: ties in length come in the order
of the actors' ids, and when fewer shortest chains exist longer ones follow.
No actor appears twice in a chain. Each step shows one triple as evidence,
with its relation, date, article and sentence: of the triples joining the
two actors, the most confident, then the latest.`,
		Example: `  diplograph path marco-rubio afghanistan
  diplograph path united-states india --max 5 --format json
  diplograph path pakistan united-states --directed --quad-class 1,2`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.From, o.To = args[0], args[1]
			return runPath(cmd.Context(), o)
		},
	}
	o.selection.addFlags(cmd.Flags())
	cmd.Flags().BoolVar(&o.Directed, "directed", false, "follow triples from subject to object only")
	cmd.Flags().IntVar(&o.Max, "max", 3, "at most this many paths")
	cmd.Flags().IntVar(&o.MaxHops, "max-hops", 0, "leave out paths of more steps (0: no limit)")
	cmd.Flags().StringVar(&o.Format, "format", "table", "table or json")
	return cmd
}

func runPath(ctx context.Context, o *pathOptions) error {
	switch o.Format {
	case "table", "json":
	default:
		return fmt.Errorf("unknown --format %q: want table or json", o.Format)
	}
	if o.Max < 1 {
		return fmt.Errorf("--max %d: want at least 1", o.Max)
	}
	store, err := o.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	ts, err := store.Triples(ctx, graph.Filter{Since: o.Since, Until: o.Until, Relations: o.Relations, QuadClasses: o.QuadClasses})
	if err != nil {
		return fmt.Errorf("read triples: %w", err)
	}
	ps, err := graph.Paths(ctx, ts, o.From, o.To, graph.PathOptions{Directed: o.Directed, Max: o.Max, MaxHops: o.MaxHops})
	if err != nil {
		return err
	}
	if o.Format == "json" {
		return writePathsJSON(o.Out, ps)
	}
	if len(ps) == 0 {
		how := "either way"
		if o.Directed {
			how = "in the direction " + o.From + " → " + o.To
		}
		fmt.Fprintf(o.Out, "no chain of relations links %s and %s (%s)\n", o.From, o.To, how)
		return nil
	}
	writePathsTable(o.Out, ps)
	return nil
}

func writePathsTable(w io.Writer, ps []graph.Path) {
	for i, p := range ps {
		if i > 0 {
			fmt.Fprintln(w)
		}
		steps := "steps"
		if len(p.Steps) == 1 {
			steps = "step"
		}
		fmt.Fprintf(w, "%d. %s (%d %s)\n", i+1, strings.Join(p.Actors(), " → "), len(p.Steps), steps)
		for _, s := range p.Steps {
			t := s.Triple
			date := t.Date
			if date == "" {
				date = "undated"
			}
			more := ""
			if s.Mentions > 1 {
				more = fmt.Sprintf(", 1 of %d", s.Mentions)
			}
			fmt.Fprintf(w, "   %s -%s-> %s  (%s, CAMEO %s%s)\n", t.Subject.ID, t.Relation.ID, t.Object.ID, date, t.Relation.Cameo, more)
			fmt.Fprintf(w, "      %q [%s]\n", t.Sentence, t.Article)
		}
	}
}

func writePathsJSON(w io.Writer, ps []graph.Path) error {
	type step struct {
		From          string  `json:"from"`
		To            string  `json:"to"`
		Subject       string  `json:"subject"`
		Relation      string  `json:"relation"`
		Object        string  `json:"object"`
		Cameo         string  `json:"cameo"`
		Goldstein     float64 `json:"goldstein"`
		QuadClass     int     `json:"quad_class"`
		Date          string  `json:"date"`
		Article       string  `json:"article"`
		SentenceIndex int     `json:"sentence_index"`
		Sentence      string  `json:"sentence"`
		Reversed      bool    `json:"reversed"`
		Mentions      int     `json:"mentions"`
	}
	type path struct {
		Length int      `json:"length"`
		Actors []string `json:"actors"`
		Steps  []step   `json:"steps"`
	}
	out := make([]path, 0, len(ps))
	for _, p := range ps {
		jp := path{Length: len(p.Steps), Actors: p.Actors(), Steps: []step{}}
		for _, s := range p.Steps {
			t := s.Triple
			jp.Steps = append(jp.Steps, step{
				From: s.From.ID, To: s.To.ID, Subject: t.Subject.ID, Relation: t.Relation.ID, Object: t.Object.ID,
				Cameo: t.Relation.Cameo, Goldstein: t.Relation.Goldstein, QuadClass: t.Relation.QuadClass,
				Date: t.Date, Article: t.Article, SentenceIndex: t.SentenceIndex, Sentence: t.Sentence,
				Reversed: s.Reversed, Mentions: s.Mentions,
			})
		}
		out = append(out, jp)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
