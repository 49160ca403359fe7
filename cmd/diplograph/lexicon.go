package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/extract"
)

func newLexiconCmd(g *globalOptions) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "lexicon",
		Short: "Work with the actor lexicon",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(newLexiconExportCmd(g))
	return cmd
}

type lexiconExportOptions struct {
	*globalOptions
	Output string
}

func newLexiconExportCmd(g *globalOptions) *cobra.Command {
	o := &lexiconExportOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the lexicon in force in the --lexicon file format",
		Long: `lexicon export writes the built-in lexicon (with the --lexicon files in
force, if any) in the format --lexicon reads: a starting point for a
user's own file.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runLexiconExport(cmd.Context(), o)
		},
	}
	cmd.Flags().StringVarP(&o.Output, "output", "o", "", "write to this file instead of standard output")
	return cmd
}

func runLexiconExport(_ context.Context, o *lexiconExportOptions) error {
	lex, err := o.lexicon()
	if err != nil {
		return err
	}
	if o.Output == "" {
		return exportLexicon(o.Out, lex)
	}
	f, err := os.Create(o.Output)
	if err != nil {
		return fmt.Errorf("lexicon export: %w", err)
	}
	if err := exportLexicon(f, lex); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("lexicon export: %w", err)
	}
	return nil
}

func exportLexicon(w io.Writer, lex *extract.Lexicon) error {
	bw := bufio.NewWriter(w)
	if err := extract.ExportLexicon(bw, lex); err != nil {
		return fmt.Errorf("lexicon export: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("lexicon export: %w", err)
	}
	return nil
}
