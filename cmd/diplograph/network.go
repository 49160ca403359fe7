package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/diplograph/diplograph/graph"
)

// selection holds the flags that choose which triples make the actor
// network: centrality, communities and export share them.
type selection struct {
	Since, Until string
	Relations    []string
	QuadClasses  []int
}

func (s *selection) addFlags(fs *pflag.FlagSet) {
	fs.StringVar(&s.Since, "since", "", "only triples dated on or after YYYY-MM-DD")
	fs.StringVar(&s.Until, "until", "", "only triples dated on or before YYYY-MM-DD")
	fs.StringSliceVar(&s.Relations, "relation", nil, "only these relation ids (comma list)")
	fs.IntSliceVar(&s.QuadClasses, "quad-class", nil, "only these quad classes, 1-4 (comma list)")
}

// network reads the selected triples from the store and projects them onto
// the actor network.
func (s *selection) network(ctx context.Context, store *graph.Store) (*graph.Network, error) {
	ts, err := store.Triples(ctx, graph.Filter{
		Since: s.Since, Until: s.Until, Relations: s.Relations, QuadClasses: s.QuadClasses,
	})
	if err != nil {
		return nil, fmt.Errorf("read triples: %w", err)
	}
	return graph.NewNetwork(ts), nil
}

type centralityOptions struct {
	*globalOptions
	selection
	Measures []string
	Top      int
	Type     string
	Format   string
}

func newCentralityCmd(g *globalOptions) *cobra.Command {
	o := &centralityOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "centrality",
		Short: "Rank actors by centrality in the actor network",
		Long: `centrality ranks the actors of the directed actor network: one edge s→o for
each pair of actors with at least one triple from s to o, weighted by the
number of those triples (mentions). --since/--until, --relation and
--quad-class choose which triples make the network; --type keeps the rows of
one actor type after scoring the whole network. Measures follow NetworkX's
definitions, so results can be checked against it:
  degree       directed, weighted: in_degree, out_degree and their sum
               degree, in mentions; not normalised
  pagerank     directed, weighted by mentions, damping 0.85, actors with no
               out-edge spread their rank evenly; sums to 1
  betweenness  directed, unweighted shortest paths; normalised by
               1/((n-1)(n-2)) for n actors
  closeness    directed (distances from the others to the actor), unweighted;
               (r-1)/d · (r-1)/(n-1) for r actors reaching it at total
               distance d (Wasserman–Faust), 0 when none does
  eigenvector  directed (in-edges), weighted; unit Euclidean norm; an error
               when the power iteration does not converge
  hits         directed, weighted: hub and authority, each summing to 1
The table is sorted by the first measure.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCentrality(cmd.Context(), o)
		},
	}
	o.selection.addFlags(cmd.Flags())
	cmd.Flags().StringSliceVar(&o.Measures, "measure", []string{"pagerank"}, "degree, pagerank, betweenness, closeness, eigenvector, hits (comma list)")
	cmd.Flags().IntVar(&o.Top, "top", 20, "show the N highest ranked actors (0: all)")
	cmd.Flags().StringVar(&o.Type, "type", "", "only actors of this type (country, person, igo, …)")
	cmd.Flags().StringVar(&o.Format, "format", "table", "table, json or csv")
	return cmd
}

// measureKeys lists the score keys a measure produces.
func measureKeys(m string) []string {
	switch m {
	case "degree":
		return []string{"degree", "in_degree", "out_degree"}
	case "hits":
		return []string{"hub", "authority"}
	default:
		return []string{m}
	}
}

func runCentrality(ctx context.Context, o *centralityOptions) error {
	switch o.Format {
	case "table", "json", "csv":
	default:
		return fmt.Errorf("unknown --format %q: want table, json or csv", o.Format)
	}
	store, err := o.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	n, err := o.network(ctx, store)
	if err != nil {
		return err
	}
	measures := o.Measures
	scores, err := n.Centrality(ctx, measures)
	if errors.Is(err, graph.ErrNoConvergence) {
		// Eigenvector centrality (and HITS) have no answer on some graphs,
		// an acyclic one for instance: leave those measures out, say so,
		// and give the others.
		measures = nil
		for _, m := range o.Measures {
			if _, merr := n.Centrality(ctx, []string{m}); errors.Is(merr, graph.ErrNoConvergence) {
				fmt.Fprintf(o.Err, "diplograph: warning: %s left out: %v\n", m, merr)
				continue
			}
			measures = append(measures, m)
		}
		scores, err = n.Centrality(ctx, measures)
	}
	if err != nil {
		return fmt.Errorf("centrality: %w", err)
	}
	var keys []string
	for _, m := range measures {
		keys = append(keys, measureKeys(m)...)
	}
	if len(keys) > 0 {
		graph.SortScores(scores, keys[0])
	}
	if o.Type != "" {
		kept := scores[:0]
		for _, s := range scores {
			if s.Actor.Type == o.Type {
				kept = append(kept, s)
			}
		}
		scores = kept
	}
	if o.Top > 0 && len(scores) > o.Top {
		scores = scores[:o.Top]
	}
	return writeScores(o.Out, o.Format, scores, keys)
}

func writeScores(w io.Writer, format string, scores []graph.Score, keys []string) error {
	switch format {
	case "json":
		out := make([]map[string]interface{}, 0, len(scores))
		for _, s := range scores {
			m := map[string]interface{}{"id": s.Actor.ID, "name": s.Actor.Name, "type": s.Actor.Type, "country": s.Actor.Country}
			for _, k := range keys {
				m[k] = s.Values[k]
			}
			out = append(out, m)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(append([]string{"id", "name", "type", "country"}, keys...))
		for _, s := range scores {
			row := []string{s.Actor.ID, s.Actor.Name, s.Actor.Type, s.Actor.Country}
			for _, k := range keys {
				row = append(row, strconv.FormatFloat(s.Values[k], 'g', 6, 64))
			}
			cw.Write(row)
		}
		cw.Flush()
		return cw.Error()
	default:
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintf(tw, "RANK\tID\tNAME\tTYPE\t%s\n", strings.ToUpper(strings.Join(keys, "\t")))
		for i, s := range scores {
			row := []string{strconv.Itoa(i + 1), s.Actor.ID, s.Actor.Name, s.Actor.Type}
			for _, k := range keys {
				row = append(row, formatScore(s.Values[k]))
			}
			fmt.Fprintln(tw, strings.Join(row, "\t"))
		}
		return tw.Flush()
	}
}

type communitiesOptions struct {
	*globalOptions
	selection
	Resolution float64
	Format     string
}

func newCommunitiesCmd(g *globalOptions) *cobra.Command {
	o := &communitiesOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "communities",
		Short: "Find communities of actors (Louvain modularity)",
		Long: `communities partitions the actor network, taken as undirected and weighted by
mentions (both directions added), by Louvain modularity maximisation (gonum
graph/community, fixed seed: repeatable) at the given resolution, and lists
each community's members and strongest ties with the partition's modularity
Q. --format json gives {"q": Q, "communities": [{"id", "members", "ties"}]}.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCommunities(cmd.Context(), o)
		},
	}
	o.selection.addFlags(cmd.Flags())
	cmd.Flags().Float64Var(&o.Resolution, "resolution", 1, "modularity resolution (higher: smaller communities)")
	cmd.Flags().StringVar(&o.Format, "format", "table", "table or json")
	return cmd
}

func runCommunities(ctx context.Context, o *communitiesOptions) error {
	store, err := o.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	n, err := o.network(ctx, store)
	if err != nil {
		return err
	}
	comms, q, err := n.Communities(ctx, o.Resolution)
	if err != nil {
		return fmt.Errorf("communities: %w", err)
	}
	switch o.Format {
	case "json":
		type member struct {
			ID      string `json:"id"`
			Name    string `json:"name"`
			Type    string `json:"type"`
			Country string `json:"country"`
		}
		type tie struct {
			Source string `json:"source"`
			Target string `json:"target"`
			Weight int    `json:"weight"`
		}
		type community struct {
			ID      int      `json:"id"`
			Members []member `json:"members"`
			Ties    []tie    `json:"ties"`
		}
		out := struct {
			Q           float64     `json:"q"`
			Communities []community `json:"communities"`
		}{Q: q, Communities: []community{}}
		for _, c := range comms {
			cc := community{ID: c.ID, Members: []member{}, Ties: []tie{}}
			for _, m := range c.Members {
				cc.Members = append(cc.Members, member{m.ID, m.Name, m.Type, m.Country})
			}
			for _, e := range c.Ties {
				cc.Ties = append(cc.Ties, tie{e.Source, e.Target, e.Weight})
			}
			out.Communities = append(out.Communities, cc)
		}
		enc := json.NewEncoder(o.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	case "table":
		fmt.Fprintf(o.Out, "%d communities, modularity Q = %.4f\n", len(comms), q)
		for _, c := range comms {
			var names []string
			for _, m := range c.Members {
				names = append(names, m.Name)
			}
			fmt.Fprintf(o.Out, "\n#%d (%d): %s\n", c.ID, len(c.Members), strings.Join(names, ", "))
			for i, e := range c.Ties {
				if i == 3 {
					break
				}
				fmt.Fprintf(o.Out, "  %s → %s (%d)\n", e.Source, e.Target, e.Weight)
			}
		}
		return nil
	default:
		return fmt.Errorf("unknown --format %q: want table or json", o.Format)
	}
}

// formatScore prints whole numbers (weighted degrees) as integers and other
// scores with four decimals.
func formatScore(v float64) string {
	if v == float64(int64(v)) {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'f', 4, 64)
}
