package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
)

// globalOptions are the flags every command shares and the streams it
// writes to.
type globalOptions struct {
	DB      string
	Backend string
	// Lexicons are the --lexicon files (repeatable); DIPLOGRAPH_LEXICON
	// adds its own before them.
	Lexicons []string
	In       io.Reader
	Out      io.Writer
	Err      io.Writer
}

// lexiconEnv names the variable holding user lexicon files (a list
// separated like PATH).
const lexiconEnv = "DIPLOGRAPH_LEXICON"

// lexicon returns the built-in lexicon with the users' lexicon files in
// force (DIPLOGRAPH_LEXICON, then --lexicon). Every file is checked: an
// error names each problem's file and line, before anything is read or
// stored.
func (g *globalOptions) lexicon() (*extract.Lexicon, error) {
	lex, err := extract.LoadUserLexicons(extract.LexiconPaths(os.Getenv(lexiconEnv), g.Lexicons))
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	return lex, nil
}

// extractor returns an extractor over the lexicon in force (see lexicon)
// and its version, as stored with the articles it codes
// (graph.ExtractorVersion). load and extract call it so that --lexicon
// and DIPLOGRAPH_LEXICON apply to them.
func (g *globalOptions) extractor() (*extract.Extractor, string, error) {
	lex, err := g.lexicon()
	if err != nil {
		return nil, "", err
	}
	return extract.NewExtractor(lex), graph.ExtractorVersion(lex), nil
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
	cmd.PersistentFlags().StringArrayVar(&g.Lexicons, "lexicon", nil, "a user lexicon file or directory, for load, extract and reextract (repeatable; env "+lexiconEnv+", colon-separated)")
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
		newForgetCmd(g),
		newReextractCmd(g),
		newLexiconCmd(g),
		newDyadsCmd(g),
		newPathCmd(g),
		newReplCmd(g),
		newWatchCmd(g),
	)
	return cmd
}
