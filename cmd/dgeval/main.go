// Command dgeval scores diplograph's extractor against the hand-coded
// evaluation set and prints the report.
//
//	go run ./cmd/dgeval [-v] [-json] testdata/eval
//
// -v adds the misses and false positives sentence by sentence; -json prints
// the measures as JSON (with -v, the per-sentence results too). The exit
// status is 0 whatever the scores, 1 when the set cannot be read or the
// extractor cannot be built, 2 for bad usage.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/eval"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr, defaultExtractor)
	stop()
	os.Exit(code)
}

// defaultExtractor builds the extractor diplograph itself uses.
func defaultExtractor() (eval.Extractor, error) {
	x, err := extract.DefaultExtractor()
	if err != nil {
		return nil, err
	}
	return x, nil
}

// run parses args, loads the set, runs the extractor and writes the report;
// it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer, newExtractor func() (eval.Extractor, error)) int {
	fs := flag.NewFlagSet("dgeval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	verbose := fs.Bool("v", false, "list the misses and false positives sentence by sentence")
	asJSON := fs.Bool("json", false, "print the measures as JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dgeval [-v] [-json] DIR")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	set, err := eval.Load(ctx, fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "dgeval: %v\n", err)
		return 1
	}
	x, err := newExtractor()
	if err != nil {
		fmt.Fprintf(stderr, "dgeval: build extractor: %v\n", err)
		return 1
	}
	rep, err := eval.Run(ctx, x, set)
	if err != nil {
		fmt.Fprintf(stderr, "dgeval: %v\n", err)
		return 1
	}
	if *asJSON {
		if !*verbose {
			rep.Results = nil
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(rep)
	} else {
		err = rep.WriteText(stdout, *verbose)
	}
	if err != nil {
		fmt.Fprintf(stderr, "dgeval: write report: %v\n", err)
		return 1
	}
	return 0
}
