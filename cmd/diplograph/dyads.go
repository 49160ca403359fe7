package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/graph"
)

type dyadsOptions struct {
	*globalOptions
	selection
	Actor      string
	Undirected bool
	By         string
	Top        int
	Format     string
}

func newDyadsCmd(g *globalOptions) *cobra.Command {
	o := &dyadsOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "dyads",
		Short: "Summarise the relationship of each pair of actors",
		Long: `dyads tallies the triples of each ordered pair of actors (source → target), or
of each pair either way with --undirected: mentions, cooperation (quad class
1–2) and conflict (quad class 3–4) counts, summed and mean Goldstein weight,
first and last date. --actor ID keeps one actor's relationships (that actor
first in the undirected view). --by month adds a series per dyad, one row a
calendar month, and its trend: the least-squares slope of the monthly mean
Goldstein weight, in points per month (positive: warming, negative: cooling).
Dyads are sorted by mentions.`,
		Example: `  diplograph dyads --top 10
  diplograph dyads --actor pakistan --undirected
  diplograph dyads --actor united-states --by month --format csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDyads(cmd.Context(), o)
		},
	}
	o.selection.addFlags(cmd.Flags())
	cmd.Flags().StringVar(&o.Actor, "actor", "", "only the dyads of this actor id")
	cmd.Flags().BoolVar(&o.Undirected, "undirected", false, "merge the two directions of each pair")
	cmd.Flags().StringVar(&o.By, "by", "", "month: a series per dyad")
	cmd.Flags().IntVar(&o.Top, "top", 0, "show the N dyads with most mentions (0: all)")
	cmd.Flags().StringVar(&o.Format, "format", "table", "table, json or csv")
	return cmd
}

func runDyads(ctx context.Context, o *dyadsOptions) error {
	switch o.Format {
	case "table", "json", "csv":
	default:
		return fmt.Errorf("unknown --format %q: want table, json or csv", o.Format)
	}
	switch o.By {
	case "", "month":
	default:
		return fmt.Errorf("unknown --by %q: want month", o.By)
	}
	store, err := o.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	f := graph.Filter{Since: o.Since, Until: o.Until, Relations: o.Relations, QuadClasses: o.QuadClasses}
	if o.Actor != "" {
		f.Actors = []string{o.Actor}
	}
	ts, err := store.Triples(ctx, f)
	if err != nil {
		return fmt.Errorf("read triples: %w", err)
	}
	ds := graph.Dyads(ts, graph.DyadOptions{Undirected: o.Undirected, Actor: o.Actor, ByMonth: o.By == "month"})
	if o.Top > 0 && len(ds) > o.Top {
		ds = ds[:o.Top]
	}
	if len(ds) == 0 && o.Actor != "" {
		fmt.Fprintf(o.Err, "diplograph: no relationships of %q among the selected triples\n", o.Actor)
	}
	switch o.Format {
	case "json":
		return writeDyadsJSON(o.Out, ds, o.By == "month")
	case "csv":
		return writeDyadsCSV(o.Out, ds, o.By == "month")
	default:
		return writeDyadsTable(o.Out, ds, o.Undirected, o.By == "month")
	}
}

// round4 rounds x to four decimals, so that sums of Goldstein weights print
// as 11.4 rather than 11.399999999999999.
func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

func fmtFloat(x float64) string { return strconv.FormatFloat(round4(x), 'f', -1, 64) }

type dyadCountsJSON struct {
	Mentions      int     `json:"mentions"`
	Cooperation   int     `json:"cooperation"`
	Conflict      int     `json:"conflict"`
	Goldstein     float64 `json:"goldstein"`
	MeanGoldstein float64 `json:"mean_goldstein"`
}

func countsJSON(c graph.DyadCounts) dyadCountsJSON {
	return dyadCountsJSON{c.Mentions, c.Cooperation, c.Conflict, round4(c.Goldstein), round4(c.MeanGoldstein)}
}

func writeDyadsJSON(w io.Writer, ds []graph.Dyad, byMonth bool) error {
	type period struct {
		Month string `json:"month"`
		dyadCountsJSON
	}
	type dyad struct {
		Source     string `json:"source"`
		SourceName string `json:"source_name"`
		Target     string `json:"target"`
		TargetName string `json:"target_name"`
		dyadCountsJSON
		First  string    `json:"first"`
		Last   string    `json:"last"`
		Trend  *float64  `json:"trend,omitempty"`
		Months *[]period `json:"months,omitempty"`
	}
	out := make([]dyad, 0, len(ds))
	for _, d := range ds {
		j := dyad{Source: d.Source.ID, SourceName: d.Source.Name, Target: d.Target.ID, TargetName: d.Target.Name,
			dyadCountsJSON: countsJSON(d.DyadCounts), First: d.First, Last: d.Last}
		if byMonth {
			tr := round4(d.Trend)
			ms := make([]period, 0, len(d.Months))
			for _, m := range d.Months {
				ms = append(ms, period{m.Month, countsJSON(m.DyadCounts)})
			}
			j.Trend, j.Months = &tr, &ms
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func countsRow(c graph.DyadCounts) []string {
	return []string{strconv.Itoa(c.Mentions), strconv.Itoa(c.Cooperation), strconv.Itoa(c.Conflict), fmtFloat(c.Goldstein), fmtFloat(c.MeanGoldstein)}
}

func writeDyadsCSV(w io.Writer, ds []graph.Dyad, byMonth bool) error {
	cw := csv.NewWriter(w)
	if byMonth {
		cw.Write([]string{"source", "target", "month", "mentions", "cooperation", "conflict", "goldstein", "mean_goldstein"})
		for _, d := range ds {
			for _, m := range d.Months {
				cw.Write(append([]string{d.Source.ID, d.Target.ID, m.Month}, countsRow(m.DyadCounts)...))
			}
		}
	} else {
		cw.Write([]string{"source", "source_name", "target", "target_name", "mentions", "cooperation", "conflict", "goldstein", "mean_goldstein", "first", "last"})
		for _, d := range ds {
			row := append([]string{d.Source.ID, d.Source.Name, d.Target.ID, d.Target.Name}, countsRow(d.DyadCounts)...)
			cw.Write(append(row, d.First, d.Last))
		}
	}
	cw.Flush()
	return cw.Error()
}

func writeDyadsTable(w io.Writer, ds []graph.Dyad, undirected, byMonth bool) error {
	arrow, src, dst := "→", "SOURCE", "TARGET"
	if undirected {
		arrow, src, dst = "—", "ACTOR", "COUNTERPART"
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	if !byMonth {
		fmt.Fprintf(tw, "%s\t%s\tMENTIONS\tCOOP\tCONFLICT\tGOLDSTEIN\tMEAN\tFIRST\tLAST\n", src, dst)
		for _, d := range ds {
			c := countsRow(d.DyadCounts)
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", d.Source.ID, d.Target.ID, c[0], c[1], c[2], c[3], c[4], d.First, d.Last)
		}
		return tw.Flush()
	}
	for i, d := range ds {
		if i > 0 {
			fmt.Fprintln(tw)
		}
		mood := "steady"
		switch {
		case d.Trend > 0.05:
			mood = "warming"
		case d.Trend < -0.05:
			mood = "cooling"
		}
		dated := 0
		for _, m := range d.Months {
			if m.Month != "" {
				dated++
			}
		}
		if dated < 2 {
			mood = "one month: no trend"
		}
		fmt.Fprintf(tw, "%s %s %s: %d mentions, mean Goldstein %s, trend %+.2f a month (%s)\n",
			d.Source.ID, arrow, d.Target.ID, d.Mentions, fmtFloat(d.MeanGoldstein), d.Trend, mood)
		fmt.Fprintf(tw, "  MONTH\tMENTIONS\tCOOP\tCONFLICT\tGOLDSTEIN\tMEAN\n")
		for _, m := range d.Months {
			month := m.Month
			if month == "" {
				month = "undated"
			}
			c := countsRow(m.DyadCounts)
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\n", month, c[0], c[1], c[2], c[3], c[4])
		}
	}
	return tw.Flush()
}
