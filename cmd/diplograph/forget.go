package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"
)

type forgetOptions struct {
	*globalOptions
	IDs    []string
	Source string
	Before string
}

func newForgetCmd(g *globalOptions) *cobra.Command {
	o := &forgetOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "forget [ID…]",
		Short: "Remove articles and everything only they supported",
		Long: `forget removes the articles named by id, or those of a source (--source),
or those dated before a day (--before YYYY-MM-DD), with their triples and
events, and the actor properties no other article gives: an actor no
remaining triple names leaves the graph, one named elsewhere keeps its
other edges and aliases. Each article goes in one transaction. The graph
is then as if the articles had never been loaded. An id that is not stored
is named on standard error, and the exit status is 2.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.IDs = args
			return runForget(cmd.Context(), o)
		},
	}
	cmd.Flags().StringVar(&o.Source, "source", "", "forget the articles of this source")
	cmd.Flags().StringVar(&o.Before, "before", "", "forget the articles dated before this day (YYYY-MM-DD)")
	return cmd
}

func runForget(ctx context.Context, o *forgetOptions) error {
	if len(o.IDs) == 0 && o.Source == "" && o.Before == "" {
		return errors.New("forget: name article ids, --source or --before")
	}
	if o.Before != "" {
		if _, err := time.Parse(time.DateOnly, o.Before); err != nil {
			return fmt.Errorf("forget: --before %q: want a day as YYYY-MM-DD", o.Before)
		}
	}
	store, err := o.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()

	ids := o.IDs
	if o.Source != "" || o.Before != "" {
		infos, err := store.ArticleInfos(ctx)
		if err != nil {
			return fmt.Errorf("forget: %w", err)
		}
		for _, in := range infos {
			if o.Source != "" && in.Source != o.Source {
				continue
			}
			if o.Before != "" && (in.Date == "" || in.Date >= o.Before) {
				continue
			}
			ids = append(ids, in.ID)
		}
		// Syndicated copies of stories are articles of their outlet too.
		copies, err := store.Copies(ctx)
		if err != nil {
			return fmt.Errorf("forget: %w", err)
		}
		for _, c := range copies {
			if o.Source != "" && c.Source != o.Source {
				continue
			}
			if o.Before != "" && (c.Date == "" || c.Date >= o.Before) {
				continue
			}
			ids = append(ids, c.ID)
		}
	}
	forgotten, missing := 0, 0
	for _, id := range ids {
		ok, err := store.ForgetArticle(ctx, id)
		if err != nil {
			return fmt.Errorf("forget: %w (%d articles forgotten before)", err, forgotten)
		}
		if !ok {
			fmt.Fprintf(o.Err, "forget: %s: no such article\n", id)
			missing++
			continue
		}
		forgotten++
	}
	fmt.Fprintf(o.Out, "%d articles forgotten\n", forgotten)
	if missing > 0 {
		return fmt.Errorf("forget: %d ids not stored: %w", missing, errPartial)
	}
	return nil
}
