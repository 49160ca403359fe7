package main

import (
	"context"
	"fmt"
	"net"
	"time"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/web"
)

type serveOptions struct {
	*globalOptions
	Addr     string
	Writable bool
	Timeout  time.Duration
	Limit    int
}

func newServeCmd(g *globalOptions) *cobra.Command {
	o := &serveOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the web view and Cayley's query API over the store",
		Long: `serve gives the web view at / and Cayley's HTTP query API over the same store:
  POST /api/v1/query/gizmo     Gizmo in the body; {"result": [...]} or {"error": "..."}
  /api/v2/query?lang=gizmo     Cayley's v2 API (read-only unless --writable)
It listens on loopback unless --addr says otherwise, and stops cleanly on
Ctrl-C or SIGTERM.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runServe(cmd.Context(), o)
		},
	}
	cmd.Flags().StringVar(&o.Addr, "addr", "127.0.0.1:64210", "address to listen on")
	cmd.Flags().BoolVar(&o.Writable, "writable", false, "accept writes through Cayley's write API")
	cmd.Flags().DurationVar(&o.Timeout, "timeout", 10*time.Second, "per-query time limit")
	cmd.Flags().IntVar(&o.Limit, "limit", 10000, "per-query result limit")
	return cmd
}

func runServe(ctx context.Context, o *serveOptions) error {
	store, err := o.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	h := web.NewServer(store, web.Options{
		ReadOnly:     !o.Writable,
		QueryTimeout: o.Timeout,
		QueryLimit:   o.Limit,
		Page:         web.NewPage(store, web.PageOptions{Timeout: o.Timeout, Preload: true}),
	})
	return web.Serve(ctx, o.Addr, h, func(a net.Addr) {
		fmt.Fprintf(o.Err, "diplograph: serving http://%s/ (Gizmo at /api/v1/query/gizmo)\n", a)
	})
}
