package queries

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
	"github.com/dop251/goja"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo" // also registers the "gizmo" language
	"github.com/cayleygraph/quad"
)

// Defaults used by Run for zero Options fields.
const (
	DefaultLimit   = 1000
	DefaultTimeout = 10 * time.Second
)

// Options bounds one query.
type Options struct {
	// Limit caps the number of results: zero means DefaultLimit, a negative
	// value means no cap.
	Limit int
	// Timeout stops a query that runs longer: zero means DefaultTimeout, a
	// negative value means no limit beyond the caller's context.
	Timeout time.Duration
}

func (o Options) withDefaults() Options {
	if o.Limit == 0 {
		o.Limit = DefaultLimit
	}
	if o.Timeout == 0 {
		o.Timeout = DefaultTimeout
	}
	return o
}

var (
	// ErrTimeout is wrapped by the error Run returns for a query stopped
	// because it ran past its timeout.
	ErrTimeout = errors.New("queries: query timed out")
	// ErrUnknownIRI is wrapped by the *UnknownIRIError Run returns beside
	// an empty result when the query names IRIs the store does not hold.
	ErrUnknownIRI = errors.New("queries: unknown IRI")
	// ErrSyntax is wrapped by the *SyntaxError Run returns for a query that
	// does not parse.
	ErrSyntax = errors.New("queries: syntax error")
)

// SyntaxError reports a query that is not valid JavaScript, and where.
type SyntaxError struct {
	// Line and Column locate the error, from 1; zero when unknown.
	Line, Column int
	// Msg is the parser's message.
	Msg string
	// Context is the offending source line with a caret under the column.
	Context string
}

// Error returns "syntax error at line L, column C: msg" followed by the
// source line and a caret.
func (e *SyntaxError) Error() string {
	var b strings.Builder
	b.WriteString("syntax error")
	if e.Line > 0 {
		fmt.Fprintf(&b, " at line %d, column %d", e.Line, e.Column)
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	if e.Context != "" {
		b.WriteString("\n")
		b.WriteString(e.Context)
	}
	return b.String()
}

// Is reports whether target is ErrSyntax.
func (e *SyntaxError) Is(target error) bool { return target == ErrSyntax }

// MissingIRI is an IRI a query names that the store does not hold.
type MissingIRI struct {
	// IRI is as written in the query, without the angle brackets.
	IRI string
	// Suggestion is the nearest IRI the store holds, or empty.
	Suggestion string
}

// UnknownIRIError is the advisory error Run returns, beside an empty (not
// nil) result, when a query returned nothing and names IRIs that the store
// does not hold. The result is still valid: callers may print the error as
// a warning rather than fail.
type UnknownIRIError struct {
	Missing []MissingIRI
	// EmptyStore is set when the store holds nothing at all.
	EmptyStore bool
}

// Error returns "no <pakistn>; did you mean <pakistan>?", one clause per
// missing IRI, or says that the store is empty.
func (e *UnknownIRIError) Error() string {
	if e.EmptyStore {
		return "the store is empty: load articles first"
	}
	parts := make([]string, 0, len(e.Missing))
	for _, m := range e.Missing {
		s := "no <" + m.IRI + "> in the store"
		if m.Suggestion != "" {
			s = "no <" + m.IRI + ">; did you mean <" + m.Suggestion + ">?"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

// Is reports whether target is ErrUnknownIRI.
func (e *UnknownIRIError) Is(target error) bool { return target == ErrUnknownIRI }

// Run executes the Gizmo query src against qs and returns its results as
// JSON-ready values, collated as Cayley's JSON collation does: one
// map[string]interface{} of tag to value per path for All(), the emitted
// value for g.Emit(v). Null results (the value of the script itself) are
// dropped. The result is never nil when the error is nil or an
// *UnknownIRIError.
//
// The query runs behind a guard (see guardJS) that turns the arguments on
// which Cayley's Gizmo would panic, and end the process, into TypeErrors;
// Cayley's own objects stay out of the query's reach.
//
// A query that runs past o.Timeout is interrupted and its store iteration
// cancelled before Run returns an error wrapping ErrTimeout; a cancelled ctx
// stops it the same way and returns ctx's error. Results beyond o.Limit are
// not collected and the query is stopped once it has produced them. A query
// that does not parse returns a *SyntaxError. A query that returns nothing
// and names an IRI ("<pakistn>") that the store does not hold returns an
// empty result and an *UnknownIRIError suggesting the nearest IRI held.
func Run(ctx context.Context, qs cgraph.QuadStore, src string, o Options) ([]interface{}, error) {
	if qs == nil {
		return nil, errors.New("run gizmo: no quad store")
	}
	if strings.TrimSpace(src) == "" {
		return nil, errors.New("run gizmo: empty query")
	}
	o = o.withDefaults()
	boundRegexps.Do(boundRegexpTime)
	qctx, cancel := ctx, context.CancelFunc(func() {})
	if o.Timeout > 0 {
		qctx, cancel = context.WithTimeout(ctx, o.Timeout)
	}
	defer cancel()

	// Compile the query alone first, so that a syntax error gives the
	// query's own positions.
	if _, err := goja.Compile("", src, false); err != nil {
		return nil, compileError(src, err)
	}
	sess, err := newSession(qs)
	if err != nil {
		return nil, err
	}
	it, err := sess.Execute(qctx, guarded(src), query.Options{Collation: query.Raw, Limit: o.Limit})
	if err != nil {
		return nil, compileError(src, err)
	}
	out := []interface{}{}
	var final interface{} // the script's own value, as Cayley's REPL prints it
	for (o.Limit < 0 || len(out) < o.Limit) && it.Next(qctx) {
		r, _ := it.Result().(*gizmo.Result)
		switch {
		case r == nil:
		case r.Meta:
			final = plainValue(r.Val)
		case r.Val != nil:
			out = append(out, r.Val)
		default:
			if m := tagValues(qs, r.Tags); m != nil {
				out = append(out, m)
			}
		}
	}
	if len(out) == 0 && final != nil {
		// A query that emits nothing but ends in a value, such as
		// g.V().Count(), answers with that value.
		out = append(out, final)
	}
	runErr := it.Err()
	// Close interrupts the JavaScript if it is still running (limit reached,
	// timeout, cancellation) and cancels the session's iteration.
	if err := it.Close(); err != nil && runErr == nil {
		runErr = err
	}
	switch {
	case ctx.Err() != nil:
		return nil, fmt.Errorf("run gizmo: %w", ctx.Err())
	case qctx.Err() != nil && errors.Is(runErr, context.DeadlineExceeded):
		return nil, fmt.Errorf("%w after %v: the query was stopped (narrow it, or allow more time)", ErrTimeout, o.Timeout)
	case runErr != nil:
		return nil, fmt.Errorf("run gizmo: %s", guardedMessage(runtimeError(runErr).Error()))
	}
	if len(out) == 0 {
		if miss := missingIRIs(qctx, qs, src); len(miss) > 0 {
			return out, &UnknownIRIError{Missing: miss, EmptyStore: isEmpty(qctx, qs)}
		}
	}
	return out, nil
}

// maxRegexpTime bounds one match of a JavaScript regular expression that
// goja runs with regexp2 (those with lookaround or back-references): such a
// match runs in Go, where interrupting the query cannot reach it, and can
// backtrack for ever.
const maxRegexpTime = 2 * time.Second

var boundRegexps sync.Once

// boundRegexpTime lowers regexp2's default match timeout, which goja's
// regular expressions take when compiled, to maxRegexpTime (a program that
// set a shorter one keeps it). It is process-wide: regexp2 has no other
// knob. A match that runs out of time fails (the expression does not
// match), and the interrupt stops the query at its next instruction.
func boundRegexpTime() {
	if regexp2.DefaultMatchTimeout <= 0 || regexp2.DefaultMatchTimeout > maxRegexpTime {
		regexp2.DefaultMatchTimeout = maxRegexpTime
	}
}

// newSession opens a Gizmo session, turning a panic in Cayley's session
// setup into an error.
func newSession(qs cgraph.QuadStore) (s query.Session, err error) {
	lang := query.GetLanguage("gizmo")
	if lang == nil || lang.Session == nil {
		return nil, errors.New("run gizmo: the gizmo language is not registered")
	}
	defer func() {
		if r := recover(); r != nil {
			s, err = nil, fmt.Errorf("run gizmo: start session: %v", r)
		}
	}()
	return lang.Session(qs), nil
}

// gojaSyntax matches goja's compile errors: "Line 2:10 Unexpected token )".
var gojaSyntax = regexp.MustCompile(`Line (\d+):(\d+) (.*?)(?: \(and \d+ more errors?\))?$`)

// compileError turns the error of compiling src into a *SyntaxError when it
// is one.
func compileError(src string, err error) error {
	var msg string
	var se1 *goja.CompilerSyntaxError
	var re1 *goja.CompilerReferenceError
	switch {
	case errors.As(err, &se1):
		msg = se1.Message
	case errors.As(err, &re1):
		msg = re1.Message
	default:
		return fmt.Errorf("run gizmo: %w", err)
	}
	se := &SyntaxError{Msg: msg}
	if m := gojaSyntax.FindStringSubmatch(msg); m != nil {
		fmt.Sscan(m[1], &se.Line)
		fmt.Sscan(m[2], &se.Column)
		se.Msg = m[3]
	}
	if se.Line > 0 {
		lines := strings.Split(src, "\n")
		if se.Line <= len(lines) {
			l := strings.TrimRight(lines[se.Line-1], "\r")
			col := se.Column
			if col < 1 {
				col = 1
			}
			if n := utf8.RuneCountInString(l); col > n+1 {
				col = n + 1
			}
			se.Context = "  " + l + "\n  " + strings.Repeat(" ", col-1) + "^"
		}
	}
	return se
}

// runtimeError unwraps a JavaScript exception whose value is a Go error.
func runtimeError(err error) error {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		if v := ex.Value(); v != nil {
			if e, ok := v.Export().(error); ok {
				return e
			}
		}
	}
	return err
}

// quotedIRI matches an IRI written as a JavaScript string: "<pakistan>".
var quotedIRI = regexp.MustCompile("[\"'`]<([^<>\"'`\\s\\\\]+)>[\"'`]")

// maxHintNodes bounds the nodes read when looking for a suggestion.
const maxHintNodes = 500000

// missingIRIs returns the IRIs quoted in src that no quad of qs holds, each
// with the nearest IRI qs holds.
func missingIRIs(ctx context.Context, qs cgraph.QuadStore, src string) []MissingIRI {
	var miss []MissingIRI
	seen := map[string]bool{}
	for _, m := range quotedIRI.FindAllStringSubmatch(src, -1) {
		iri := m[1]
		if seen[iri] {
			continue
		}
		seen[iri] = true
		if !holds(ctx, qs, quad.IRI(iri)) {
			miss = append(miss, MissingIRI{IRI: iri})
		}
	}
	if len(miss) == 0 || ctx.Err() != nil {
		return miss
	}
	type best struct {
		iri  string
		dist int
	}
	bests := make([]best, len(miss))
	for i := range bests {
		bests[i].dist = -1
	}
	_ = cgraph.Iterate(ctx, qs.NodesAllIterator()).Limit(maxHintNodes).EachValue(qs, func(v quad.Value) {
		cand, ok := v.(quad.IRI)
		if !ok {
			return
		}
		c := string(cand)
		for i, m := range miss {
			d := distance(strings.ToLower(m.IRI), strings.ToLower(c))
			if d > maxDistance(m.IRI) {
				continue
			}
			if b := bests[i]; b.dist < 0 || d < b.dist || (d == b.dist && c < b.iri) {
				bests[i] = best{iri: c, dist: d}
			}
		}
	})
	for i := range miss {
		miss[i].Suggestion = bests[i].iri
	}
	return miss
}

// maxDistance is how far a suggestion may be from what was written: a typo
// or two in a short id, more in a long one.
func maxDistance(s string) int {
	n := utf8.RuneCountInString(s)
	switch {
	case n <= 3:
		return 1
	case n <= 12:
		return 2
	default:
		return n / 5
	}
}

// isEmpty reports whether qs holds no node at all.
func isEmpty(ctx context.Context, qs cgraph.QuadStore) bool {
	it := qs.NodesAllIterator()
	defer it.Close()
	return !it.Next(ctx) && it.Err() == nil && ctx.Err() == nil
}

// holds reports whether some quad of qs has v in any direction.
func holds(ctx context.Context, qs cgraph.QuadStore, v quad.Value) bool {
	ref := qs.ValueOf(v)
	if ref == nil {
		return false
	}
	for _, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label} {
		it := qs.QuadIterator(d, ref)
		ok := it.Next(ctx)
		_ = it.Close()
		if ok {
			return true
		}
	}
	return false
}

// distance is the Levenshtein distance between a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// tagValues turns a result's tags into the values Cayley's JSON collation
// gives: IRIs as "<iri>", literals as Go values.
func tagValues(qs cgraph.QuadStore, tags map[string]cgraph.Ref) map[string]interface{} {
	out := make(map[string]interface{}, len(tags))
	for k, ref := range tags {
		v := qs.NameOf(ref)
		if v == nil {
			continue
		}
		n := v.Native()
		if nv, ok := n.(quad.Value); ok && nv == v {
			n = quad.StringOf(v)
		}
		if n != nil {
			out[k] = n
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// plainValue returns v when it is a value JSON can carry (a number, a
// string, a boolean, or a list or object of them), else nil: a script that
// ends in a path object has no value to show.
func plainValue(v interface{}) interface{} {
	switch x := v.(type) {
	case int64, float64, int, string, bool:
		return x
	case []interface{}:
		for _, e := range x {
			if e != nil && plainValue(e) == nil {
				return nil
			}
		}
		return x
	case map[string]interface{}:
		if len(x) == 0 { // a path or graph object exports as an empty map
			return nil
		}
		for _, e := range x {
			if e != nil && plainValue(e) == nil {
				return nil
			}
		}
		return x
	}
	return nil
}
