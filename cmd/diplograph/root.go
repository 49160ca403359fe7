package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/graph"
)

// globalOptions are the flags every command shares and the streams it
// writes to.
type globalOptions struct {
	DB      string
	Backend string
	In      io.Reader
	Out     io.Writer
	Err     io.Writer
}

// defaultDB is the store used when neither --db nor DIPLOGRAPH_DB is given.
const defaultDB = "./diplograph.db"

// openStore opens the store the global flags name.
func (g *globalOptions) openStore(ctx context.Context) (*graph.Store, error) {
	backend := strings.ToLower(g.Backend)
	addr := g.DB
	if backend == "" {
		backend = "bolt"
		if strings.HasPrefix(addr, "postgres://") || strings.HasPrefix(addr, "postgresql://") {
			backend = "postgres"
		}
	}
	s, err := graph.Open(ctx, backend, addr)
	if err != nil {
		return nil, fmt.Errorf("open %s store %s: %w", backend, addr, err)
	}
	return s, nil
}

func newRootCmd(in io.Reader, out, errOut io.Writer) *cobra.Command {
	g := &globalOptions{In: in, Out: out, Err: errOut}
	cmd := &cobra.Command{
		Use:   "diplograph",
		Short: "Turn news articles into a knowledge graph of diplomatic relations",
		Long: `diplograph reads news articles, extracts who does what to whom (coded in
CAMEO, with Goldstein weight and quad class, each triple with its sentence as
evidence), stores the triples in Cayley and analyses the actor network.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	cmd.SetIn(in)
	cmd.SetOut(out)
	cmd.SetErr(errOut)
	db := os.Getenv("DIPLOGRAPH_DB")
	if db == "" {
		db = defaultDB
	}
	cmd.PersistentFlags().StringVar(&g.DB, "db", db, "store: a Bolt file, a directory, or a postgres:// URL (env DIPLOGRAPH_DB)")
	cmd.PersistentFlags().StringVar(&g.Backend, "backend", "", "bolt (default), memstore, leveldb or postgres")
	cmd.AddCommand(
		newLoadCmd(g),
		newExtractCmd(g),
		newQueryCmd(g),
		newCentralityCmd(g),
		newCommunitiesCmd(g),
		newExportCmd(g),
		newStatsCmd(g),
		newActorsCmd(g),
		newServeCmd(g),
	)
	return cmd
}
