package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
)

type statsOptions struct {
	*globalOptions
	Format string
}

func newStatsCmd(g *globalOptions) *cobra.Command {
	o := &statsOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count what is in the graph",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runStats(cmd.Context(), o)
		},
	}
	cmd.Flags().StringVar(&o.Format, "format", "table", "table or json")
	return cmd
}

func runStats(ctx context.Context, o *statsOptions) error {
	store, err := o.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	st, err := store.Stats(ctx)
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	lex, err := o.lexicon()
	if err != nil {
		return err
	}
	// Articles coded by another extractor or lexicon: reextract re-codes them.
	stale := st.Articles - st.Coded[graph.ExtractorVersion(lex)]
	if o.Format == "json" {
		return json.NewEncoder(o.Out).Encode(map[string]int{
			"articles": st.Articles, "actors": st.Actors, "relations": st.Relations,
			"triples": st.Triples, "quads": st.Quads,
			"stale_articles": stale, "articles_without_text": st.NoText,
			"stories": st.Stories, "copies": st.Copies, "outlets": st.Outlets,
		})
	}
	tw := tabwriter.NewWriter(o.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "articles\t%d\nactors\t%d\nrelations\t%d\ntriples\t%d\nquads\t%d\n",
		st.Articles, st.Actors, st.Relations, st.Triples, st.Quads)
	fmt.Fprintf(tw, "stale articles\t%d\narticles without text\t%d\n", stale, st.NoText)
	// Syndicated copies are recorded against their story, not extracted.
	fmt.Fprintf(tw, "stories\t%d\ncopies\t%d\noutlets\t%d\n", st.Stories, st.Copies, st.Outlets)
	return tw.Flush()
}

type actorsOptions struct {
	*globalOptions
	Type     string
	Format   string
	Suspects bool
}

func newActorsCmd(g *globalOptions) *cobra.Command {
	o := &actorsOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "actors",
		Short: "List the actors in the graph with their types, countries and aliases",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runActors(cmd.Context(), o)
		},
	}
	cmd.Flags().StringVar(&o.Type, "type", "", "only actors of this type")
	cmd.Flags().StringVar(&o.Format, "format", "table", "table or json")
	cmd.Flags().BoolVar(&o.Suspects, "suspects", false, "list likely duplicate actors with the lexicon lines that would merge them")
	return cmd
}

func runActors(ctx context.Context, o *actorsOptions) error {
	store, err := o.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	actors, err := store.Actors(ctx)
	if err != nil {
		return fmt.Errorf("actors: %w", err)
	}
	kept := actors[:0]
	for _, a := range actors {
		if o.Type == "" || a.Type == o.Type {
			kept = append(kept, a)
		}
	}
	if o.Suspects {
		return writeSuspects(o, kept)
	}
	if o.Format == "json" {
		enc := json.NewEncoder(o.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(kept)
	}
	tw := tabwriter.NewWriter(o.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tTYPE\tCOUNTRY\tROLE\tALIASES")
	for _, a := range kept {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", a.ID, a.Name, a.Type, a.Country, a.Role, strings.Join(a.Aliases, "; "))
	}
	return tw.Flush()
}

// suspectJSON is one suspected duplicate in actors --suspects --format json.
type suspectJSON struct {
	Keep    string `json:"keep"`
	Merge   string `json:"merge"`
	Reason  string `json:"reason"`
	Lexicon string `json:"lexicon"`
}

// writeSuspects lists the likely duplicates among actors, each with the
// lexicon lines (for a --lexicon file) that would merge them once the
// articles are re-extracted.
func writeSuspects(o *actorsOptions, actors []extract.Actor) error {
	lex, err := o.lexicon()
	if err != nil {
		return err
	}
	sus := extract.SuspectDuplicates(actors)
	if o.Format == "json" {
		out := make([]suspectJSON, len(sus))
		for i, s := range sus {
			out[i] = suspectJSON{Keep: s.Keep.ID, Merge: s.Merge.ID, Reason: s.Reason, Lexicon: s.SnippetFor(lex)}
		}
		enc := json.NewEncoder(o.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	if len(sus) == 0 {
		fmt.Fprintln(o.Out, "no likely duplicates")
		return nil
	}
	for i, s := range sus {
		if i > 0 {
			fmt.Fprintln(o.Out)
		}
		fmt.Fprintf(o.Out, "%s (%s) and %s (%s): %s\n", s.Keep.ID, s.Keep.Name, s.Merge.ID, s.Merge.Name, s.Reason)
		for _, l := range strings.Split(strings.TrimRight(s.SnippetFor(lex), "\n"), "\n") {
			fmt.Fprintf(o.Out, "    %s\n", l)
		}
	}
	fmt.Fprintf(o.Out, "\n%d likely duplicates: add the lines to a --lexicon file, then run reextract\n", len(sus))
	return nil
}
