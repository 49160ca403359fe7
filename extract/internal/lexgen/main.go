package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	phoenix := flag.String("phoenix", "", "folder holding the Phoenix dictionaries (Phoenix.Countries.actors.txt, …)")
	out := flag.String("out", "extract/lexdata", "lexicon data folder: curated tables are read from it, generated ones written to it")
	flag.Parse()
	if err := run(*phoenix, *out); err != nil {
		fmt.Fprintln(os.Stderr, "lexgen:", err)
		os.Exit(1)
	}
}

func run(phoenixDir, outDir string) error {
	if phoenixDir == "" {
		return errors.New("-phoenix is required")
	}
	cur, err := readCurated(outDir)
	if err != nil {
		return err
	}
	g := newGen(cur)
	for _, f := range []struct {
		name string
		fn   func([]block)
	}{
		{"Phoenix.Countries.actors.txt", g.countries},
		{"Phoenix.MilNonState.actors.txt", g.groups},
		{"Phoenix.International.actors.txt", g.international},
	} {
		blocks, err := readActors(filepath.Join(phoenixDir, f.name))
		if err != nil {
			return err
		}
		f.fn(blocks)
	}
	af, err := os.Open(filepath.Join(phoenixDir, "Phoenix.agents.txt"))
	if err != nil {
		return err
	}
	agents, err := parseAgents(af)
	af.Close()
	if err != nil {
		return err
	}
	cameo, err := cameoRows()
	if err != nil {
		return err
	}
	files := []struct {
		name  string
		write func(*bufio.Writer) error
	}{
		{"iso3166.tsv", func(w *bufio.Writer) error { return writeISO(w, isoCountries()) }},
		{"cameo.tsv", func(w *bufio.Writer) error { return writeCameo(w, cameo) }},
		{"phoenix-actors.tsv", g.writeActors},
		{"phoenix-names.tsv", g.writeNames},
		{"phoenix-terms.tsv", g.writeTerms},
		{"phoenix-agents.tsv", func(w *bufio.Writer) error { return writeAgents(w, agents) }},
	}
	for _, f := range files {
		if err := writeFile(filepath.Join(outDir, f.name), f.write); err != nil {
			return err
		}
	}
	fmt.Fprintf(os.Stderr, "lexgen: %d actors, %d names, %d terms, %d agents, %d CAMEO codes; dropped %d names\n",
		len(g.actors), len(g.names), len(g.terms), len(agents), len(cameo), g.dropped)
	return nil
}

func readActors(path string) ([]block, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := parseActors(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}

func writeFile(path string, write func(*bufio.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := write(w); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}
