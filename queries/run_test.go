package queries

import (
	"context"
	"errors"
	"runtime"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/google/go-cmp/cmp"
)

func TestRun(t *testing.T) {
	qs := storeOf(t, seedTriples())
	tests := []struct {
		name  string
		src   string
		limit int
		want  []interface{}
	}{
		{
			name: "in",
			src:  `g.V("<pakistan>").In("<partners-with>").All()`,
			want: []interface{}{map[string]interface{}{"id": "<united-states>"}},
		},
		{
			name: "property",
			src:  `g.V("<pakistan>").Out("<name>").All()`,
			want: []interface{}{map[string]interface{}{"id": "Pakistan"}},
		},
		{
			name: "tags",
			src:  `g.V("<india>").Tag("s").Out("<attacked>").Tag("o").All()`,
			want: []interface{}{map[string]interface{}{"id": "<pakistan>", "o": "<pakistan>", "s": "<india>"}},
		},
		{
			name: "emit",
			src:  `g.Emit({n: g.V("<pakistan>").In("<subject>").Count()})`,
			want: []interface{}{map[string]interface{}{"n": int64(1)}},
		},
		{
			name:  "limit",
			src:   `for (var i = 0; i < 10; i++) { g.Emit(i) }`,
			limit: 3,
			want:  []interface{}{int64(0), int64(1), int64(2)},
		},
		{
			name: "values and morphisms through the guard",
			src:  `var m = g.M().Out(iri("partners-with")); g.V(iri("united-states")).Follow(m).Tag("p").Out("<name>").All()`,
			want: []interface{}{map[string]interface{}{"id": "Pakistan", "p": "<pakistan>"}},
		},
		{
			name: "lower-case API and recursion",
			src:  `g.V("<marco-rubio>").followRecursive(g.M().In("<subject>").Out("<object>"), 2).all()`,
			want: []interface{}{map[string]interface{}{"id": "<asim-munir>"}, map[string]interface{}{"id": "<united-states>"}},
		},
		{
			name: "a script's final value: Count",
			src:  `g.V("<pakistan>").In("<partners-with>").Count()`,
			want: []interface{}{int64(1)},
		},
		{
			name: "a path object is no value",
			src:  `g.V("<pakistan>")`,
			want: []interface{}{},
		},
		{
			name: "emitted results win over the final value",
			src:  `g.V("<pakistan>").In("<partners-with>").All(); 42`,
			want: []interface{}{map[string]interface{}{"id": "<united-states>"}},
		},
		{
			name: "no result, IRI held",
			src:  `g.V("<china>").Out("<attacked>").All()`,
			want: []interface{}{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Run(context.Background(), qs, tt.src, Options{Limit: tt.limit})
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Run(%s) (-want +got):\n%s", tt.src, diff)
			}
		})
	}
}

func TestRunErrors(t *testing.T) {
	qs := storeOf(t, seedTriples())
	tests := []struct {
		name    string
		src     string
		is      error
		wantMsg string
	}{
		{
			name:    "syntax",
			src:     "var a = 1;\ng.V(\"<pakistan>\").In(.All()",
			is:      ErrSyntax,
			wantMsg: "syntax error at line 2, column 22: Unexpected token .\n  g.V(\"<pakistan>\").In(.All()\n                       ^",
		},
		{
			name:    "reference",
			src:     `foo()`,
			wantMsg: "run gizmo: ReferenceError: foo is not defined at line 1, column 4",
		},
		{
			name:    "gizmo argument",
			src:     `g.V(null).All()`,
			wantMsg: "run gizmo: not a quad.Value: <nil>",
		},
		{
			name:    "reference on line 3",
			src:     "var a = 1;\n\nvar b = a + nope;",
			wantMsg: "run gizmo: ReferenceError: nope is not defined at line 3, column 13",
		},
		// Arguments on which Cayley's Gizmo would panic in its own
		// goroutine, taking the process down, are refused by the guard.
		{
			name:    "null tag",
			src:     `g.V().In(null, null).All()`,
			wantMsg: "run gizmo: TypeError: In: tags must be strings",
		},
		{
			name:    "object predicate",
			src:     `g.V().out({}).all()`,
			wantMsg: "run gizmo: TypeError: out: the first argument must be a predicate (a string), a list of them, or a path",
		},
		{
			name:    "null in a predicate list",
			src:     `g.V().Both(["<a>", null]).All()`,
			wantMsg: "run gizmo: TypeError: Both: the first argument must be a predicate (a string), a list of them, or a path",
		},
		{
			name:    "filter as predicate",
			src:     `g.V().Out(lt(1)).All()`,
			wantMsg: "run gizmo: TypeError: Out: the first argument must be a predicate (a string), a list of them, or a path",
		},
		{
			name:    "recursive tags",
			src:     `g.V().FollowRecursive(g.M().Out(), 2, [1]).All()`,
			wantMsg: "run gizmo: TypeError: FollowRecursive: tags must be strings",
		},
		{
			name:    "empty recursive predicate",
			src:     `g.V().FollowRecursive("").All()`,
			wantMsg: "run gizmo: TypeError: FollowRecursive: the first argument must be one predicate (a non-empty string) or a path",
		},
		{
			name:    "null iri",
			src:     `g.V(iri(null)).All()`,
			wantMsg: "run gizmo: TypeError: iri: arguments must be strings",
		},
		{
			name:    "number typed",
			src:     `typed("1", 2)`,
			wantMsg: "run gizmo: TypeError: typed: arguments must be strings",
		},
		{
			name:    "empty",
			src:     " \n",
			wantMsg: "run gizmo: empty query",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Run(context.Background(), qs, tt.src, Options{})
			if err == nil {
				t.Fatalf("Run(%q) = %v, want an error", tt.src, got)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("Run(%q) error %v is not %v", tt.src, err, tt.is)
			}
			if diff := cmp.Diff(tt.wantMsg, err.Error()); diff != "" {
				t.Errorf("error message (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRunSyntaxPosition(t *testing.T) {
	// Out( is never closed: the parser finds out at the ";" on line 4.
	_, err := Run(context.Background(), storeOf(t, nil), "g.V()\n  .Out(\"<a>\"\n  .All()\n;", Options{})
	var se *SyntaxError
	if !errors.As(err, &se) {
		t.Fatalf("Run: error %v, want a *SyntaxError", err)
	}
	if se.Line != 4 || se.Column != 1 {
		t.Errorf("syntax error at %d:%d, want 4:1 (%v)", se.Line, se.Column, err)
	}
}

func TestRunUnknownIRI(t *testing.T) {
	qs := storeOf(t, seedTriples())
	tests := []struct {
		name    string
		src     string
		want    []MissingIRI
		wantMsg string
	}{
		{
			name:    "typo",
			src:     `g.V("<pakistn>").In().All()`,
			want:    []MissingIRI{{IRI: "pakistn", Suggestion: "pakistan"}},
			wantMsg: "no <pakistn>; did you mean <pakistan>?",
		},
		{
			name:    "case",
			src:     `g.V('<Pakistan>').All()`,
			want:    []MissingIRI{{IRI: "Pakistan", Suggestion: "pakistan"}},
			wantMsg: "no <Pakistan>; did you mean <pakistan>?",
		},
		{
			name:    "predicate and nothing near",
			src:     `g.V("<united-states>").Out("<partners-wth>").Out("<zzzzzzzzzz>").All()`,
			want:    []MissingIRI{{IRI: "partners-wth", Suggestion: "partners-with"}, {IRI: "zzzzzzzzzz"}},
			wantMsg: "no <partners-wth>; did you mean <partners-with>?; no <zzzzzzzzzz> in the store",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Run(context.Background(), qs, tt.src, Options{})
			if got == nil || len(got) != 0 {
				t.Errorf("Run(%s) = %#v, want an empty result", tt.src, got)
			}
			var ue *UnknownIRIError
			if !errors.As(err, &ue) || !errors.Is(err, ErrUnknownIRI) {
				t.Fatalf("Run(%s) error %v, want an *UnknownIRIError", tt.src, err)
			}
			if diff := cmp.Diff(tt.want, ue.Missing); diff != "" {
				t.Errorf("missing IRIs (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantMsg, err.Error()); diff != "" {
				t.Errorf("message (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("empty store", func(t *testing.T) {
		_, err := Run(context.Background(), memstore.New(), `g.V("<pakistan>").All()`, Options{})
		if err == nil || err.Error() != "the store is empty: load articles first" {
			t.Errorf("Run on an empty store: error %v, want the store is empty", err)
		}
	})
	t.Run("results, no hint", func(t *testing.T) {
		got, err := Run(context.Background(), qs, `g.V("<pakistan>", "<pakistn>").All()`, Options{})
		if err != nil || len(got) != 1 {
			t.Errorf("Run = %v, %v; want one result and no error", got, err)
		}
	})
}

// waitGoroutines waits until at most n goroutines run, and reports whether
// that happened within maxRegexpTime and a second.
func waitGoroutines(n int) bool {
	deadline := time.Now().Add(maxRegexpTime + time.Second)
	for time.Now().Before(deadline) {
		if runtime.NumGoroutine() <= n {
			return true
		}
		time.Sleep(10 * time.Millisecond)
	}
	return false
}

func TestRunTimeout(t *testing.T) {
	qs := storeOf(t, seedTriples())
	tests := []struct{ name, src string }{
		{"busy loop", `var i = 0; while (true) { i++ }`},
		{"store loop", `while (true) { g.V().Out().Count() }`},
		{"callback loop", `g.V("<pakistan>").ForEach(function (d) { while (true) {} })`},
		{"emit loop", `while (true) { g.Emit(1) }`},
		// A regular expression with a look-ahead runs in regexp2, in Go,
		// out of the interrupt's reach, and backtracks exponentially here.
		{"backtracking regexp", `var s = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"; while (true) { /^(a|aa)+(?=b)$/.test(s) }`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := runtime.NumGoroutine()
			const timeout = 200 * time.Millisecond
			start := time.Now()
			got, err := Run(context.Background(), qs, tt.src, Options{Timeout: timeout, Limit: -1})
			took := time.Since(start)
			if !errors.Is(err, ErrTimeout) {
				t.Fatalf("Run = %v, %v; want ErrTimeout", got, err)
			}
			if took > timeout+time.Second {
				t.Errorf("Run returned after %v, want about %v", took, timeout)
			}
			if want := "queries: query timed out after 200ms: the query was stopped (narrow it, or allow more time)"; err.Error() != want {
				t.Errorf("error %q, want %q", err, want)
			}
			if !waitGoroutines(before) {
				t.Errorf("%d goroutines after the timeout, %d before: the query keeps running", runtime.NumGoroutine(), before)
			}
		})
	}
}

func TestRunLimitStopsQuery(t *testing.T) {
	before := runtime.NumGoroutine()
	start := time.Now()
	got, err := Run(context.Background(), storeOf(t, nil), `while (true) { g.Emit(1) }`, Options{Limit: 5, Timeout: 5 * time.Second})
	if err != nil || len(got) != 5 {
		t.Fatalf("Run = %d results, %v; want 5 and no error", len(got), err)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("Run took %v after reaching the limit, want it to stop at once", took)
	}
	if !waitGoroutines(before) {
		t.Errorf("the query keeps running after its limit")
	}
}

func TestRunCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	_, err := Run(ctx, storeOf(t, nil), `while (true) {}`, Options{Timeout: 10 * time.Second})
	if !errors.Is(err, context.Canceled) || errors.Is(err, ErrTimeout) {
		t.Errorf("Run after cancel: error %v, want context.Canceled", err)
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"pakistan", "pakistan", 0},
		{"pakistn", "pakistan", 1},
		{"", "abc", 3},
		{"kitten", "sitting", 3},
		{"türkiye", "turkiye", 1},
	}
	for _, tt := range tests {
		if got := distance(tt.a, tt.b); got != tt.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
