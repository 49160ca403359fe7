package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/graph"
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
	switch o.Format {
	case "json", "table":
	default:
		return fmt.Errorf("unknown --format %q: want json or table", o.Format)
	}
	res, warning, err := runGizmo(ctx, store, src, queries.Options{Limit: o.Limit, Timeout: o.Timeout})
	if err != nil {
		return fmt.Errorf("query: %w", err)
	}
	if err := writeResults(o.Out, o.Format, res); err != nil {
		return err
	}
	if warning != nil {
		fmt.Fprintf(o.Err, "diplograph: warning: %v\n", warning)
	}
	return nil
}

// runGizmo runs src against the store. An *queries.UnknownIRIError ("no
// <pakistn>; did you mean <pakistan>?") comes back as a warning beside the
// (empty) result rather than as an error.
func runGizmo(ctx context.Context, store *graph.Store, src string, opts queries.Options) (res []interface{}, warning, err error) {
	res, err = queries.Run(ctx, store.QuadStore(), src, opts)
	var unknown *queries.UnknownIRIError
	if errors.As(err, &unknown) {
		warning, err = err, nil
	}
	if err != nil {
		return nil, nil, err
	}
	if res == nil {
		res = []interface{}{}
	}
	return res, warning, nil
}

// writeResults prints query results as indented JSON or as a table.
func writeResults(w io.Writer, format string, res []interface{}) error {
	if format == "table" {
		return writeResultTable(w, res)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(res)
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

// leadColumns come first in a result table, in this order, and
// tailColumns last; other keys go between them in alphabetical order.
var (
	leadColumns = []string{"id", "date", "period", "subject", "relation", "object"}
	tailColumns = []string{"sentence", "article"}
)

// writeResultTable prints results as a table: results that are objects
// (tags of a path, rows of a named query) one column per key; a result that
// is an array (a path of nodes) one row with its items joined by arrows;
// other values one row each under "value".
func writeResultTable(w io.Writer, res []interface{}) error {
	keys := map[string]bool{}
	scalars := false
	for _, r := range res {
		if m, ok := r.(map[string]interface{}); ok {
			for k := range m {
				keys[k] = true
			}
		} else {
			scalars = true
		}
	}
	rank := func(c string) int {
		if i := slices.Index(leadColumns, c); i >= 0 {
			return i - len(leadColumns)
		}
		if i := slices.Index(tailColumns, c); i >= 0 {
			return 1 + i
		}
		return 0
	}
	cols := make([]string, 0, len(keys)+1)
	for k := range keys {
		cols = append(cols, k)
	}
	sort.Slice(cols, func(i, j int) bool {
		if ri, rj := rank(cols[i]), rank(cols[j]); ri != rj {
			return ri < rj
		}
		return cols[i] < cols[j]
	})
	if scalars && !keys["value"] {
		cols = append([]string{"value"}, cols...)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	if len(cols) > 0 {
		fmt.Fprintln(tw, strings.ToUpper(strings.Join(cols, "\t")))
	}
	for _, r := range res {
		row := make([]string, len(cols))
		m, ok := r.(map[string]interface{})
		if !ok {
			m = map[string]interface{}{"value": r}
		}
		for i, c := range cols {
			if v, ok := m[c]; ok {
				row[i] = cell(v)
			}
		}
		fmt.Fprintln(tw, strings.Join(row, "\t"))
	}
	return tw.Flush()
}

// cell formats one value of a result for a table: arrays joined by arrows
// (a path) or commas (a list of strings), objects as JSON, and tabs and
// line breaks in text as spaces.
func cell(v interface{}) string {
	var s string
	switch x := v.(type) {
	case nil:
		s = ""
	case string:
		s = x
	case []interface{}:
		parts := make([]string, len(x))
		path := len(x) > 0
		for i, e := range x {
			parts[i] = cell(e)
			if !strings.HasPrefix(parts[i], "<") {
				path = false
			}
		}
		sep := ", "
		if path {
			sep = " → "
		}
		s = strings.Join(parts, sep)
	case map[string]interface{}:
		b, err := json.Marshal(x)
		if err != nil {
			s = fmt.Sprint(x)
		} else {
			s = string(b)
		}
	default:
		s = fmt.Sprint(x)
	}
	return strings.NewReplacer("\t", " ", "\r\n", " ", "\n", " ").Replace(s)
}
