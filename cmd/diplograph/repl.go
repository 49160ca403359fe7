package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/queries"
)

// maxHistory is how many entries the history file keeps.
const maxHistory = 1000

type replOptions struct {
	*globalOptions
	// History is the history file; empty keeps no history.
	History string
	Limit   int
	Timeout time.Duration
	Format  string
	// Interactive shows prompts and lets an interrupt stop the running
	// query rather than the session: set when standard input is a terminal.
	Interactive bool
}

func newReplCmd(g *globalOptions) *cobra.Command {
	o := &replOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "repl",
		Short: "Query the store with Gizmo at an interactive prompt",
		Long: `repl reads Gizmo queries at a prompt and prints each one's results as JSON.
A line ending in \ or with a bracket left open continues on the next line;
:cancel on a line of its own drops such an entry. Commands start with a colon:
  :list                        the named queries and their parameters
  :NAME key=value …            run a named query (:partners actor=pakistan)
  :format json|table           how results are printed
  :history [N]                 the last N entries (default 20)
  :help                        this help
  :quit                        leave (so does end of input, Ctrl-D)
A failing query prints its error and the session goes on; an interrupt
(Ctrl-C) stops the running query. Entries are kept in the history file
(--history; empty for none). Standard input need not be a terminal:
  diplograph repl < session.gizmo`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !cmd.Flags().Changed("history") {
				o.History = defaultHistoryFile()
			}
			o.Interactive = isTerminalReader(o.In)
			return runRepl(cmd.Context(), o)
		},
	}
	cmd.Flags().StringVar(&o.History, "history", "", "history file (default: diplograph/history under the user's config directory; empty: none)")
	cmd.Flags().IntVar(&o.Limit, "limit", 1000, "at most this many results a query")
	cmd.Flags().DurationVar(&o.Timeout, "timeout", 10*time.Second, "stop a query that runs longer")
	cmd.Flags().StringVar(&o.Format, "format", "json", "json or table")
	return cmd
}

// defaultHistoryFile returns diplograph/history under the user's config
// directory, or "" when there is none.
func defaultHistoryFile() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "diplograph", "history")
}

// isTerminalReader reports whether r is a terminal (a character device).
func isTerminalReader(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// repl is one interactive session.
type repl struct {
	o       *replOptions
	store   *graph.Store
	history []string
}

func runRepl(ctx context.Context, o *replOptions) error {
	switch o.Format {
	case "json", "table":
	default:
		return fmt.Errorf("unknown --format %q: want json or table", o.Format)
	}
	store, err := o.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	r := &repl{o: o, store: store}
	if o.History != "" {
		h, err := readHistory(o.History)
		if err != nil {
			fmt.Fprintf(o.Err, "diplograph: warning: %v\n", err)
		}
		r.history = h
	}
	if o.Interactive {
		fmt.Fprintln(o.Out, "Gizmo at the diplograph store. :help for help, :quit to leave.")
	}
	in := bufio.NewReader(o.In)
	for {
		entry, err := r.readEntry(ctx, in)
		if strings.TrimSpace(entry) != "" {
			r.remember(entry)
			if quit := r.eval(ctx, entry); quit {
				return nil
			}
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				if o.Interactive {
					fmt.Fprintln(o.Out)
				}
				return nil
			}
			return err
		}
	}
}

// readEntry reads one entry: a line, and the lines after it while the last
// one ends in a backslash or a bracket is still open. It returns the entry
// read so far with io.EOF at the end of input.
func (r *repl) readEntry(ctx context.Context, in *bufio.Reader) (string, error) {
	var lines []string
	for {
		if err := ctx.Err(); err != nil && !r.o.Interactive {
			return "", err
		}
		if r.o.Interactive {
			if len(lines) == 0 {
				fmt.Fprint(r.o.Out, "gizmo> ")
			} else {
				fmt.Fprint(r.o.Out, "  ...> ")
			}
		}
		line, err := in.ReadString('\n')
		line = strings.TrimRight(line, "\r\n")
		if err != nil && line == "" {
			return strings.Join(lines, "\n"), err
		}
		if len(lines) > 0 {
			// :cancel drops an entry left open, :quit drops it and leaves.
			switch strings.TrimSpace(line) {
			case ":cancel":
				lines = lines[:0]
				continue
			case ":quit", ":q", ":exit":
				return strings.TrimSpace(line), err
			}
		}
		if cont, ok := strings.CutSuffix(line, `\`); ok {
			lines = append(lines, cont)
			if err != nil {
				return strings.Join(lines, "\n"), err
			}
			continue
		}
		lines = append(lines, line)
		entry := strings.Join(lines, "\n")
		if err != nil {
			return entry, err
		}
		if strings.HasPrefix(strings.TrimSpace(entry), ":") || openBrackets(entry) <= 0 {
			return entry, nil
		}
	}
}

// openBrackets returns how many of src's (, [ and { are still open, skipping
// string literals, template literals and comments. It is negative when more
// brackets close than open.
func openBrackets(src string) int {
	depth := 0
	rs := []rune(src)
	for i := 0; i < len(rs); i++ {
		switch c := rs[i]; c {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case '"', '\'', '`':
			j := i + 1
			for ; j < len(rs) && rs[j] != c; j++ {
				if rs[j] == '\\' {
					j++
					continue
				}
				if rs[j] == '\n' && c != '`' {
					break // an unterminated string ends with its line
				}
			}
			i = j
		case '/':
			switch {
			case i+1 < len(rs) && rs[i+1] == '/':
				for i < len(rs) && rs[i] != '\n' {
					i++
				}
			case i+1 < len(rs) && rs[i+1] == '*':
				j := i + 2
				for j+1 < len(rs) && (rs[j] != '*' || rs[j+1] != '/') {
					j++
				}
				if j+1 >= len(rs) {
					return depth + 1 // an open comment keeps the entry open
				}
				i = j + 1
			}
		}
	}
	return depth
}

// eval runs one entry and reports whether the session should end. Errors
// are printed, never returned: the session goes on.
func (r *repl) eval(ctx context.Context, entry string) (quit bool) {
	o := r.o
	trimmed := strings.TrimSpace(entry)
	if strings.HasPrefix(trimmed, ":") {
		fields, err := splitArgs(trimmed[1:])
		if err != nil {
			fmt.Fprintf(o.Err, "error: %v\n", err)
			return false
		}
		if len(fields) == 0 {
			fmt.Fprintln(o.Err, "error: a command after the colon, please (:help lists them)")
			return false
		}
		name, args := fields[0], fields[1:]
		switch name {
		case "quit", "q", "exit":
			return true
		case "help", "h", "?":
			fmt.Fprint(o.Out, replHelp)
		case "list":
			if err := listQueries(o.Out); err != nil {
				fmt.Fprintf(o.Err, "error: %v\n", err)
			}
		case "history":
			r.printHistory(args)
		case "format":
			if len(args) != 1 || (args[0] != "json" && args[0] != "table") {
				fmt.Fprintln(o.Err, "error: :format json or :format table")
				return false
			}
			o.Format = args[0]
		default:
			q, ok := queries.Get(name)
			if !ok {
				fmt.Fprintf(o.Err, "error: no command or named query %q (:help lists the commands, :list the queries)\n", name)
				return false
			}
			kv := map[string]string{}
			for _, a := range args {
				k, v, ok := strings.Cut(a, "=")
				if !ok {
					fmt.Fprintf(o.Err, "error: argument %q: want key=value\n", a)
					return false
				}
				kv[k] = v
			}
			src, err := q.Render(kv)
			if err != nil {
				fmt.Fprintf(o.Err, "error: %v\n", err)
				return false
			}
			r.run(ctx, src)
		}
		return false
	}
	r.run(ctx, entry)
	return false
}

// run executes Gizmo and prints its results, or its error, on the session's
// streams. In an interactive session an interrupt stops the query only.
func (r *repl) run(ctx context.Context, src string) {
	o := r.o
	if o.Interactive {
		var cancel context.CancelFunc
		ctx, cancel = context.WithCancel(context.WithoutCancel(ctx))
		defer cancel()
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, os.Interrupt)
		defer signal.Stop(sig)
		done := make(chan struct{})
		defer close(done)
		go func() {
			select {
			case <-sig:
				cancel()
			case <-done:
			}
		}()
	}
	res, warning, err := runGizmo(ctx, r.store, src, queries.Options{Limit: o.Limit, Timeout: o.Timeout})
	if err != nil {
		fmt.Fprintf(o.Err, "error: %v\n", err)
		return
	}
	if err := writeResults(o.Out, o.Format, res); err != nil {
		fmt.Fprintf(o.Err, "error: %v\n", err)
	}
	if warning != nil {
		fmt.Fprintf(o.Err, "warning: %v\n", warning)
	}
}

const replHelp = `Type Gizmo and press Enter; results print as JSON (:format table for a table).
A line ending in \ or with a bracket left open continues on the next line
(:cancel drops it).
  g.V("<pakistan>").In("<partners-with>").All()
  g.V("<united-states>").Out("<name>").All()
Commands:
  :list                  the named queries and their parameters
  :NAME key=value …      run a named query, e.g. :partners actor=pakistan
  :format json|table     how results are printed
  :history [N]           the last N entries (default 20)
  :help                  this help
  :quit                  leave (so does Ctrl-D)
`

// splitArgs splits a command line into words at spaces; double or single
// quotes keep spaces inside a word (key="Marco Rubio").
func splitArgs(s string) ([]string, error) {
	var out []string
	var b strings.Builder
	var quote rune
	inWord := false
	for _, c := range s {
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			} else {
				b.WriteRune(c)
			}
		case c == '"' || c == '\'':
			quote, inWord = c, true
		case c == ' ' || c == '\t' || c == '\n':
			if inWord {
				out = append(out, b.String())
				b.Reset()
				inWord = false
			}
		default:
			b.WriteRune(c)
			inWord = true
		}
	}
	if quote != 0 {
		return nil, fmt.Errorf("unclosed %c quote", quote)
	}
	if inWord {
		out = append(out, b.String())
	}
	return out, nil
}

// remember adds an entry to the session's history and appends it to the
// history file, one JSON string a line.
func (r *repl) remember(entry string) {
	if n := len(r.history); n > 0 && r.history[n-1] == entry {
		return
	}
	r.history = append(r.history, entry)
	if r.o.History == "" {
		return
	}
	if err := appendHistory(r.o.History, entry); err != nil {
		fmt.Fprintf(r.o.Err, "warning: %v (history not kept)\n", err)
		r.o.History = ""
	}
}

func (r *repl) printHistory(args []string) {
	n := 20
	if len(args) > 0 {
		v, err := strconv.Atoi(args[0])
		if err != nil || v < 1 {
			fmt.Fprintf(r.o.Err, "error: :history %s: want a positive number\n", args[0])
			return
		}
		n = v
	}
	start := max(0, len(r.history)-n)
	tw := tabwriter.NewWriter(r.o.Out, 0, 4, 2, ' ', 0)
	for i := start; i < len(r.history); i++ {
		fmt.Fprintf(tw, "%d\t%s\n", i+1, strings.ReplaceAll(r.history[i], "\n", "\n\t"))
	}
	tw.Flush()
}

// readHistory reads the last maxHistory entries of a history file; a file
// that does not exist yet gives none.
func readHistory(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read history: %w", err)
	}
	var h []string
	for _, line := range strings.Split(string(b), "\n") {
		var e string
		if line == "" || json.Unmarshal([]byte(line), &e) != nil {
			continue
		}
		h = append(h, e)
	}
	if len(h) > maxHistory {
		h = h[len(h)-maxHistory:]
		if err := writeHistory(path, h); err != nil {
			return h, err
		}
	}
	return h, nil
}

// writeHistory replaces the history file with the entries h.
func writeHistory(path string, h []string) error {
	var b strings.Builder
	for _, e := range h {
		b.Write(historyLine(e))
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(b.String()), 0o600); err != nil {
		return fmt.Errorf("trim history: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("trim history: %w", err)
	}
	return nil
}

// historyLine returns an entry as a line of the history file: a JSON
// string, so that an entry over several lines stays one line.
func historyLine(entry string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(entry) // a string always encodes
	return b.Bytes()
}

// appendHistory appends one entry to the history file, creating it (and its
// directory) readable by the user alone.
func appendHistory(path, entry string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("history: %w", err)
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("history: %w", err)
	}
	if _, err := f.Write(historyLine(entry)); err != nil {
		f.Close()
		return fmt.Errorf("history %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("history %s: %w", path, err)
	}
	return nil
}
