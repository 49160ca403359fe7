package main

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/graph"
)

type reextractOptions struct {
	*globalOptions
	DryRun  bool
	All     bool
	Workers int
	Batch   int
	Top     int
	Format  string
}

func newReextractCmd(g *globalOptions) *cobra.Command {
	o := &reextractOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "reextract",
		Short: "Code the stored articles again with the current extractor and lexicons",
		Long: `reextract runs the current extractor, with the --lexicon files in force,
over the texts stored with the articles, in parallel, and replaces their
triples, a batch of whole articles per transaction (--batch), so that an
interruption leaves each article as it was or re-coded. It prints what
changed: triples added and removed per relation, the actors that appeared
or vanished and the dyads whose weight changed most. --dry-run prints the
same and writes nothing. Articles already coded by the current extractor are skipped
(--all re-codes them too), so an interrupted run finishes when run again
and a second run changes nothing. Articles loaded with --no-text cannot
be re-coded: load them again from their files.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runReextract(cmd.Context(), o)
		},
	}
	cmd.Flags().BoolVar(&o.DryRun, "dry-run", false, "print what would change, write nothing")
	cmd.Flags().BoolVar(&o.All, "all", false, "also re-code articles coded by the current extractor")
	cmd.Flags().IntVar(&o.Workers, "workers", runtime.GOMAXPROCS(0), "extraction workers")
	cmd.Flags().IntVar(&o.Batch, "batch", 200, "articles written per transaction")
	cmd.Flags().IntVar(&o.Top, "top", 10, "dyads to list (0: all)")
	cmd.Flags().StringVar(&o.Format, "format", "table", "table or json")
	return cmd
}

func runReextract(ctx context.Context, o *reextractOptions) error {
	if o.Format != "table" && o.Format != "json" {
		return fmt.Errorf("reextract: --format %q: want table or json", o.Format)
	}
	ex, version, err := o.extractor()
	if err != nil {
		return err
	}
	store, err := o.openStore(ctx)
	if err != nil {
		return err
	}
	rep, err := store.Reextract(ctx, ex.Extract, graph.ReextractOptions{
		Version: version, All: o.All, DryRun: o.DryRun, Workers: o.Workers, Batch: o.Batch,
	})
	if cerr := store.Close(); cerr != nil && err == nil {
		err = fmt.Errorf("close store: %w", cerr)
	}
	if err != nil {
		return err
	}
	if o.Top > 0 && len(rep.Dyads) > o.Top {
		rep.Dyads = rep.Dyads[:o.Top]
	}
	if o.Format == "json" {
		enc := json.NewEncoder(o.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	return writeReextract(o, rep)
}

func writeReextract(o *reextractOptions, rep graph.ReextractReport) error {
	note := ""
	if o.DryRun {
		note = " (dry run: nothing written)"
	}
	fmt.Fprintf(o.Out, "%d articles re-coded, %d changed, %d already up to date%s\n", rep.Coded, rep.Changed, rep.UpToDate, note)
	tw := tabwriter.NewWriter(o.Out, 0, 4, 2, ' ', 0)
	if len(rep.Relations) > 0 {
		fmt.Fprintln(tw, "RELATION\tADDED\tREMOVED")
		for _, r := range rep.Relations {
			fmt.Fprintf(tw, "%s\t%+d\t-%d\n", r.Relation, r.Added, r.Removed)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	list := func(xs []string) string {
		if len(xs) == 0 {
			return "none"
		}
		return strings.Join(xs, ", ")
	}
	fmt.Fprintf(o.Out, "actors appeared: %s\nactors vanished: %s\n", list(rep.Appeared), list(rep.Vanished))
	if len(rep.Dyads) > 0 {
		fmt.Fprintln(tw, "DYAD\tBEFORE\tAFTER")
		for _, d := range rep.Dyads {
			fmt.Fprintf(tw, "%s -> %s\t%d\t%d\n", d.Subject, d.Object, d.Before, d.After)
		}
	}
	return tw.Flush()
}
