package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/graph"
)

type exportOptions struct {
	*globalOptions
	selection
	Format      string
	Output      string
	Actor       string
	Depth       int
	Top         int
	MinMentions int
	SizeBy      string
	ClusterBy   string
	Table       string
}

func newExportCmd(g *globalOptions) *cobra.Command {
	o := &exportOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export the actor network (DOT, SVG, PNG, GraphML, JSON, CSV) or the store (N-Quads)",
		Long: `export writes the actor network in a format other tools read:
  dot      Graphviz DOT: labels, colours by actor type and by cooperation/conflict
  svg, png rendered by Graphviz's dot (Debian package graphviz)
  graphml  for Gephi, yEd and NetworkX, with typed attributes
  json     node-link ({"nodes":[…],"links":[…]}) as d3 and NetworkX read it
  csv      the nodes or edges table (--table nodes|edges)
  nquads   the whole store as N-Quads; load reads .nq files back`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExport(cmd.Context(), o)
		},
	}
	o.selection.addFlags(cmd.Flags())
	cmd.Flags().StringVarP(&o.Format, "format", "f", "dot", "dot, svg, png, graphml, json, csv or nquads")
	cmd.Flags().StringVarP(&o.Output, "output", "o", "", "write to this file instead of standard output")
	cmd.Flags().StringVar(&o.Actor, "actor", "", "only this actor's neighbourhood")
	cmd.Flags().IntVar(&o.Depth, "depth", 1, "hops around --actor")
	cmd.Flags().IntVar(&o.Top, "top", 0, "only the N most central actors (by PageRank) and the edges among them")
	cmd.Flags().IntVar(&o.MinMentions, "min-mentions", 0, "only edges with at least this many triples")
	cmd.Flags().StringVar(&o.SizeBy, "size-by", "pagerank", "size nodes by this centrality measure (\"\" for none)")
	cmd.Flags().StringVar(&o.ClusterBy, "cluster-by", "", "group nodes: community or country")
	cmd.Flags().StringVar(&o.Table, "table", "edges", "with --format csv: nodes or edges")
	return cmd
}

func runExport(ctx context.Context, o *exportOptions) (err error) {
	store, err := o.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()

	var buf bytes.Buffer
	if err := exportTo(ctx, store, o, &buf); err != nil {
		return err
	}
	if o.Output == "" || o.Output == "-" {
		_, err = o.Out.Write(buf.Bytes())
		return err
	}
	if err := os.WriteFile(o.Output, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write export: %w", err)
	}
	return nil
}

func exportTo(ctx context.Context, store *graph.Store, o *exportOptions, w io.Writer) error {
	if o.Format == "nquads" {
		return store.WriteNQuads(ctx, w)
	}
	n, err := o.network(ctx, store)
	if err != nil {
		return err
	}
	if o.MinMentions > 0 {
		n = n.MinMentions(o.MinMentions)
	}
	if o.Actor != "" {
		n = n.Neighbourhood(o.Actor, o.Depth)
		if len(n.Actors()) == 0 {
			return fmt.Errorf("no actor %q in the selected graph", o.Actor)
		}
	}
	if o.Top > 0 {
		if n, err = n.Top(o.Top, "pagerank"); err != nil {
			return err
		}
	}
	eo := graph.ExportOptions{SizeBy: o.SizeBy, ClusterBy: o.ClusterBy}
	switch o.Format {
	case "dot":
		return graph.WriteDOT(w, n, eo)
	case "json":
		return graph.WriteJSON(w, n, eo)
	case "graphml":
		return graph.WriteGraphML(w, n, eo)
	case "csv":
		return graph.WriteCSV(w, n, eo, o.Table)
	case "svg", "png":
		var dot bytes.Buffer
		if err := graph.WriteDOT(&dot, n, eo); err != nil {
			return err
		}
		return graph.Render(ctx, dot.Bytes(), o.Format, w)
	default:
		return fmt.Errorf("unknown --format %q: want dot, svg, png, graphml, json, csv or nquads", o.Format)
	}
}
