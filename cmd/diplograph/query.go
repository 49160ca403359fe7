package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/queries"
)

type queryOptions struct {
	*globalOptions
	Source  string
	File    string
	Name    string
	Args    []string
	List    bool
	Limit   int
	Timeout time.Duration
	Format  string
}

func newQueryCmd(g *globalOptions) *cobra.Command {
	o := &queryOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "query [GIZMO|-]",
		Short: "Run a Gizmo query against the store",
		Long: `query runs Gizmo, Cayley's JavaScript query language, against the store and
prints the results as JSON. The query comes inline, from --file, from standard
input (-, or no argument), or from the library of named queries (--list,
--name N --arg key=value).

Actors are the IRIs of their ids and relations the IRIs of theirs:
  diplograph query 'g.V("<pakistan>").In("<partners-with>").All()'`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				o.Source = args[0]
			}
			return runQuery(cmd.Context(), o)
		},
	}
	cmd.Flags().StringVar(&o.File, "file", "", "read the query from this file")
	cmd.Flags().StringVar(&o.Name, "name", "", "run this named query (see --list)")
	cmd.Flags().StringArrayVar(&o.Args, "arg", nil, "argument of a named query, key=value (repeatable)")
	cmd.Flags().BoolVar(&o.List, "list", false, "list the named queries")
	cmd.Flags().IntVar(&o.Limit, "limit", 1000, "at most this many results")
	cmd.Flags().DurationVar(&o.Timeout, "timeout", 10*time.Second, "stop a query that runs longer")
	cmd.Flags().StringVar(&o.Format, "format", "json", "json or table")
	return cmd
}

func runQuery(ctx context.Context, o *queryOptions) error {
	if o.List {
		return listQueries(o.Out)
	}
	src, err := querySource(o)
	if err != nil {
		return err
	}
	store, err := o.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	res, err := queries.Run(ctx, store.QuadStore(), src, queries.Options{Limit: o.Limit, Timeout: o.Timeout})
	if err != nil {
		return fmt.Errorf("query: %w", err)
	}
	switch o.Format {
	case "json":
		enc := json.NewEncoder(o.Out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if res == nil {
			res = []interface{}{}
		}
		return enc.Encode(res)
	case "table":
		return writeResultTable(o.Out, res)
	default:
		return fmt.Errorf("unknown --format %q: want json or table", o.Format)
	}
}

// querySource finds the Gizmo source among the ways the command takes it.
func querySource(o *queryOptions) (string, error) {
	switch {
	case o.Name != "":
		q, ok := queries.Get(o.Name)
		if !ok {
			return "", fmt.Errorf("no named query %q (see diplograph query --list)", o.Name)
		}
		args := map[string]string{}
		for _, kv := range o.Args {
			k, v, ok := strings.Cut(kv, "=")
			if !ok {
				return "", fmt.Errorf("--arg %q: want key=value", kv)
			}
			args[k] = v
		}
		return q.Render(args)
	case o.File != "":
		b, err := os.ReadFile(o.File)
		if err != nil {
			return "", fmt.Errorf("read query: %w", err)
		}
		return string(b), nil
	case o.Source != "" && o.Source != "-":
		return o.Source, nil
	default:
		b, err := io.ReadAll(o.In)
		if err != nil {
			return "", fmt.Errorf("read query from standard input: %w", err)
		}
		if strings.TrimSpace(string(b)) == "" {
			return "", fmt.Errorf("no query: give one inline, with --file, --name, or on standard input")
		}
		return string(b), nil
	}
}

func listQueries(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, q := range queries.List() {
		var ps []string
		for _, p := range q.Params {
			ps = append(ps, p.Name)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", q.Name, strings.Join(ps, ","), q.Description)
	}
	return tw.Flush()
}

// writeResultTable prints results whose items are objects as a table, one
// column per key.
func writeResultTable(w io.Writer, res []interface{}) error {
	keys := map[string]bool{}
	for _, r := range res {
		if m, ok := r.(map[string]interface{}); ok {
			for k := range m {
				keys[k] = true
			}
		}
	}
	cols := make([]string, 0, len(keys))
	for k := range keys {
		cols = append(cols, k)
	}
	sort.Slice(cols, func(i, j int) bool {
		if (cols[i] == "id") != (cols[j] == "id") {
			return cols[i] == "id"
		}
		return cols[i] < cols[j]
	})
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	if len(cols) > 0 {
		fmt.Fprintln(tw, strings.Join(cols, "\t"))
	}
	for _, r := range res {
		m, ok := r.(map[string]interface{})
		if !ok {
			fmt.Fprintf(tw, "%v\n", r)
			continue
		}
		row := make([]string, len(cols))
		for i, c := range cols {
			if v, ok := m[c]; ok {
				row[i] = fmt.Sprint(v)
			}
		}
		fmt.Fprintln(tw, strings.Join(row, "\t"))
	}
	return tw.Flush()
}
