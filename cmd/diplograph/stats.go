package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
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
	if o.Format == "json" {
		return json.NewEncoder(o.Out).Encode(map[string]int{
			"articles": st.Articles, "actors": st.Actors, "relations": st.Relations,
			"triples": st.Triples, "quads": st.Quads,
		})
	}
	tw := tabwriter.NewWriter(o.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "articles\t%d\nactors\t%d\nrelations\t%d\ntriples\t%d\nquads\t%d\n",
		st.Articles, st.Actors, st.Relations, st.Triples, st.Quads)
	return tw.Flush()
}

type actorsOptions struct {
	*globalOptions
	Type   string
	Format string
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
