package queries

import (
	"context"
	"encoding/json"
	"errors"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dop251/goja"
	"github.com/google/go-cmp/cmp"
)

// normalise turns v into what encoding/json makes of it, so that results
// compare with JSON written in the test.
func normalise(t *testing.T, v interface{}) interface{} {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal %v: %v", v, err)
	}
	var out interface{}
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatalf("unmarshal %s: %v", b, err)
	}
	return out
}

func TestLibrary(t *testing.T) {
	if libraryErr != nil {
		t.Fatalf("embedded named queries: %v", libraryErr)
	}
	var names []string
	for _, n := range List() {
		names = append(names, n.Name)
		if n.Description == "" || n.Source == "" {
			t.Errorf("%s: no description or source", n.Name)
		}
		for _, p := range n.Params {
			if p.Description == "" {
				t.Errorf("%s: parameter %s has no description", n.Name, p.Name)
			}
		}
		if got, ok := Get(n.Name); !ok || got.Name != n.Name {
			t.Errorf("Get(%q) = %v, %v", n.Name, got.Name, ok)
		}
	}
	if !sort.StringsAreSorted(names) {
		t.Errorf("List() not sorted by name: %v", names)
	}
	for _, want := range []string{"adversaries", "agreements", "between", "evidence", "neighbours", "partners", "timeline", "visits"} {
		if _, ok := Get(want); !ok {
			t.Errorf("no named query %q (have %v)", want, names)
		}
	}
	if _, ok := Get("no-such-query"); ok {
		t.Errorf("Get(no-such-query) found something")
	}
	p, _ := Get("partners")
	if diff := cmp.Diff([]Param{{Name: "actor", Description: "the actor id, e.g. pakistan", Kind: KindIRI, Required: true}}, p.Params); diff != "" {
		t.Errorf("partners params (-want +got):\n%s", diff)
	}
}

func TestNamedQueries(t *testing.T) {
	qs := storeOf(t, seedTriples())
	tests := []struct {
		name string
		args map[string]string
		want string
	}{
		{"partners", map[string]string{"actor": "pakistan"}, `[
			{"partner":"<united-states>","name":"United States","mentions":3,"relations":["partners-with","praised"],"directions":["in","out"],"first":"2025-10-26","last":"2025-10-30"},
			{"partner":"<china>","name":"China","mentions":1,"relations":["signed-agreement-with"],"directions":["in"],"first":"2025-02-20","last":"2025-02-20"},
			{"partner":"<ussm>","name":"US Strategic Metals","mentions":1,"relations":["invested-in"],"directions":["in"],"first":"2025-09-08","last":"2025-09-08"}]`},
		{"partners", map[string]string{"actor": "<india>"}, `[]`},
		{"adversaries", map[string]string{"actor": "pakistan"}, `[
			{"adversary":"<india>","name":"India","mentions":2,"relations":["attacked","criticised"],"directions":["in"],"first":"2025-05-02","last":"2025-05-07"}]`},
		{"adversaries", map[string]string{"actor": "india"}, `[
			{"adversary":"<pakistan>","name":"Pakistan","mentions":2,"relations":["attacked","criticised"],"directions":["out"],"first":"2025-05-02","last":"2025-05-07"}]`},
		{"between", map[string]string{"a": "pakistan", "b": "united-states"}, `[
			{"date":"2025-10-26","subject":"<united-states>","relation":"partners-with","object":"<pakistan>","cameo":"030","quad_class":1,"sentence":"The United States partners with Pakistan on minerals.","article":"a1"},
			{"date":"2025-10-26","subject":"<united-states>","relation":"praised","object":"<pakistan>","cameo":"051","quad_class":1,"sentence":"Washington praised Islamabad's cooperation.","article":"a1"},
			{"date":"2025-10-30","subject":"<pakistan>","relation":"partners-with","object":"<united-states>","cameo":"030","quad_class":1,"sentence":"Pakistan called the United States a partner.","article":"wire/a 6.txt"}]`},
		{"agreements", nil, `[
			{"date":"2025-02-20","subject":"<china>","relation":"signed-agreement-with","object":"<pakistan>","sentence":"China and Pakistan signed a trade agreement.","article":"a5"},
			{"date":"2025-09-08","subject":"<ussm>","relation":"signed-agreement-with","object":"<fwo>","sentence":"USSM signed an MoU with FWO.","article":"a2"}]`},
		{"agreements", map[string]string{"since": "2025-03", "until": "2025-12-31"}, `[
			{"date":"2025-09-08","subject":"<ussm>","relation":"signed-agreement-with","object":"<fwo>","sentence":"USSM signed an MoU with FWO.","article":"a2"}]`},
		{"agreements", map[string]string{"until": "2025-02"}, `[
			{"date":"2025-02-20","subject":"<china>","relation":"signed-agreement-with","object":"<pakistan>","sentence":"China and Pakistan signed a trade agreement.","article":"a5"}]`},
		{"visits", map[string]string{"actor": "asim-munir"}, `[
			{"date":"2025-08-10","subject":"<asim-munir>","relation":"visited","object":"<united-states>","cameo":"042","with":"<united-states>","sentence":"Asim Munir visited the United States.","article":"a3"},
			{"date":"2025-10-26","subject":"<marco-rubio>","relation":"met-with","object":"<asim-munir>","cameo":"040","with":"<marco-rubio>","sentence":"Marco Rubio met Field Marshal Asim Munir.","article":"a1"}]`},
		{"neighbours", map[string]string{"actor": "marco-rubio"}, `[
			{"id":"<asim-munir>","name":"Asim Munir","type":"person","country":"PAK","hops":1},
			{"id":"<united-states>","name":"United States","type":"country","country":"USA","hops":2}]`},
		{"neighbours", map[string]string{"actor": "marco-rubio", "depth": "3"}, `[
			{"id":"<asim-munir>","name":"Asim Munir","type":"person","country":"PAK","hops":1},
			{"id":"<united-states>","name":"United States","type":"country","country":"USA","hops":2},
			{"id":"<pakistan>","name":"Pakistan","type":"country","country":"PAK","hops":3}]`},
		{"timeline", map[string]string{"a": "india", "b": "pakistan"}, `[
			{"period":"2025-05-02","events":1,"cooperation":0,"conflict":1,"verbal_cooperation":0,"material_cooperation":0,"verbal_conflict":1,"material_conflict":0,"relations":["india criticised pakistan"]},
			{"period":"2025-05-07","events":1,"cooperation":0,"conflict":1,"verbal_cooperation":0,"material_cooperation":0,"verbal_conflict":0,"material_conflict":1,"relations":["india attacked pakistan"]}]`},
		{"timeline", map[string]string{"a": "india", "b": "pakistan", "by": "month"}, `[
			{"period":"2025-05","events":2,"cooperation":0,"conflict":2,"verbal_cooperation":0,"material_cooperation":0,"verbal_conflict":1,"material_conflict":1,"relations":["india attacked pakistan","india criticised pakistan"]}]`},
		{"evidence", map[string]string{"subject": "united-states", "relation": "partners-with", "object": "pakistan"}, `[
			{"article":"a1","date":"2025-10-26","sentence":"The United States partners with Pakistan on minerals.","cameo":"030"}]`},
		{"evidence", map[string]string{"subject": "pakistan", "relation": "partners-with", "object": "united-states"}, `[
			{"article":"wire/a 6.txt","date":"2025-10-30","sentence":"Pakistan called the United States a partner.","cameo":"030"}]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, ok := Get(tt.name)
			if !ok {
				t.Fatalf("no named query %q", tt.name)
			}
			src, err := n.Render(tt.args)
			if err != nil {
				t.Fatalf("Render(%v): %v", tt.args, err)
			}
			got, err := Run(context.Background(), qs, src, Options{})
			if err != nil {
				t.Fatalf("Run %s %v: %v", tt.name, tt.args, err)
			}
			var want interface{}
			if err := json.Unmarshal([]byte(tt.want), &want); err != nil {
				t.Fatalf("bad want: %v", err)
			}
			if diff := cmp.Diff(want, normalise(t, got)); diff != "" {
				t.Errorf("%s %v (-want +got):\n%s", tt.name, tt.args, diff)
			}
		})
	}
}

func TestNamedUnknownActor(t *testing.T) {
	n, _ := Get("partners")
	src, err := n.Render(map[string]string{"actor": "pakistn"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = Run(context.Background(), storeOf(t, seedTriples()), src, Options{})
	if err == nil || err.Error() != "no <pakistn>; did you mean <pakistan>?" {
		t.Errorf("partners of pakistn: error %v, want the hint", err)
	}
}

func TestRenderErrors(t *testing.T) {
	tests := []struct {
		query   string
		args    map[string]string
		wantMsg string
	}{
		{"partners", nil, "queries: bad arguments: partners: actor: required (an id such as pakistan)"},
		{"partners", map[string]string{"actor": "pakistan", "depth": "2"}, "queries: bad arguments: partners takes no depth (it takes: actor)"},
		{"neighbours", map[string]string{"actor": "pakistan", "depth": "two"}, `queries: bad arguments: neighbours: depth: "two" is not a whole number`},
		{"agreements", map[string]string{"since": "last year"}, `queries: bad arguments: agreements: since: "last year" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			n, _ := Get(tt.query)
			_, err := n.Render(tt.args)
			if !errors.Is(err, ErrBadArgs) {
				t.Fatalf("Render(%v) error %v, want ErrBadArgs", tt.args, err)
			}
			if diff := cmp.Diff(tt.wantMsg, err.Error()); diff != "" {
				t.Errorf("message (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRenderNoInjection checks that string arguments reach the query as the
// same string, whatever they hold, and run no code of their own.
func TestRenderNoInjection(t *testing.T) {
	nasty := []string{
		`day"; g.Emit("pwned"); "`,
		`day'; g.Emit('pwned'); '`,
		"day\\\"; g.Emit(1); //",
		"line\u2028separator\u2029and\nnewline\r",
		"</script><script>alert(1)</script>",
		"\x00\x1f\u00e9\U0001F600",
		"`${g.Emit(1)}`",
	}
	for _, s := range nasty {
		lit, err := jsString(s)
		if err != nil {
			t.Fatalf("jsString(%q): %v", s, err)
		}
		v, err := goja.New().RunString("var x = " + lit + ";\nx")
		if err != nil {
			t.Fatalf("literal %s of %q does not run: %v", lit, s, err)
		}
		if got := v.String(); got != s {
			t.Errorf("literal %s evaluates to %q, want %q", lit, got, s)
		}
	}
	// An id is escaped as the store escapes it.
	n, _ := Get("partners")
	src, err := n.Render(map[string]string{"actor": `<pakistan"); g.Emit("x>`})
	if err != nil {
		t.Fatal(err)
	}
	if want := "var actor = \"<pakistan%22);%20g.Emit(%22x>\";\n"; !strings.HasPrefix(src, want) {
		t.Errorf("Render(actor with quotes) = %q…, want it to start %q", src[:40], want)
	}
	// Through a real query: the bad "by" is reported as a value, and nothing
	// it holds is emitted.
	n, _ = Get("timeline")
	src, err = n.Render(map[string]string{"a": "india", "b": "pakistan", "by": nasty[0]})
	if err != nil {
		t.Fatal(err)
	}
	got, err := Run(context.Background(), storeOf(t, seedTriples()), src, Options{})
	if err == nil || !strings.Contains(err.Error(), `by: want day, month or year, not "day\"; g.Emit(\"pwned\"); \""`) || len(got) != 0 {
		t.Errorf("timeline with an injected by = %v, %v; want the argument rejected", got, err)
	}
}

// TestLibraryIncludes checks that a query's "@include" line appends the
// shared part to its source, and that a missing part is an error naming it.
func TestLibraryIncludes(t *testing.T) {
	lib, err := loadLibrary(fstest.MapFS{
		"mine.js":       {Data: []byte("// mine: rows of a kind\n// @include rows\nvar kind = 1;")},
		"parts/rows.js": {Data: []byte("g.Emit(kind);\n")},
	})
	if err != nil {
		t.Fatalf("loadLibrary: %v", err)
	}
	if diff := cmp.Diff("// mine: rows of a kind\n// @include rows\nvar kind = 1;\ng.Emit(kind);\n", lib["mine"].Source); diff != "" {
		t.Errorf("source (-want +got):\n%s", diff)
	}
	_, err = loadLibrary(fstest.MapFS{"mine.js": {Data: []byte("// mine: rows\n// @include nowhere\ng.Emit(1);\n")}})
	if err == nil || !strings.Contains(err.Error(), "include nowhere") {
		t.Errorf("loadLibrary with a missing part: error %v, want one naming the part", err)
	}
}
