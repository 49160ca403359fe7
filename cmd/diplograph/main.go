// Command diplograph turns news articles into a knowledge graph of
// diplomatic relations stored in Cayley, and analyses it with gonum.
//
// Run "diplograph --help" for the commands.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// Exit statuses.
const (
	exitOK      = 0
	exitFailure = 1
	// exitPartial means the command did its work but skipped some inputs
	// (each one named on standard error).
	exitPartial = 2
)

// errPartial marks a run that finished but skipped some inputs.
var errPartial = errors.New("some inputs were skipped")

func main() {
	os.Exit(mainWithCode())
}

// mainWithCode runs the CLI with the process's arguments and streams and
// returns its exit status.
func mainWithCode() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return execute(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
}

// execute runs one command line and maps its error to an exit status.
func execute(ctx context.Context, args []string, in io.Reader, out, errOut io.Writer) int {
	root := newRootCmd(in, out, errOut)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errPartial):
		fmt.Fprintf(errOut, "diplograph: %v\n", err)
		return exitPartial
	default:
		fmt.Fprintf(errOut, "diplograph: %v\n", err)
		return exitFailure
	}
}
