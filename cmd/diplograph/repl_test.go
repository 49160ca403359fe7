package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestOpenBrackets(t *testing.T) {
	tests := []struct {
		src  string
		want int
	}{
		{`g.V("<pakistan>").All()`, 0},
		{`g.V("<pakistan>").Out(`, 1},
		{"g.V().Has(\"<quad_class>\", 2).Out([\n\"<sentence>\"", 2},
		{`g.V(")(").All()`, 0},               // brackets in a string
		{`g.V('it\'s (').All()`, 0},          // escaped quote
		{"g.V() // open (", 0},               // line comment
		{"g.V() /* ( */.All()", 0},           // block comment
		{"g.V() /* still in a comment", 1},   // open comment keeps the entry open
		{"var x = `(\n`; g.V(", 1},           // template literal over lines
		{"g.V(\"unterminated\ng.V()", 1},     // a string ends with its line
		{"g.V())", -1},                       // too many closers: submit, let the parser say
		{"for (var i = 0; i < 3; i++) {", 1}, // operators are not brackets
	}
	for _, tt := range tests {
		if got := openBrackets(tt.src); got != tt.want {
			t.Errorf("openBrackets(%q) = %d, want %d", tt.src, got, tt.want)
		}
	}
}

func TestSplitArgs(t *testing.T) {
	got, err := splitArgs(`partners  actor=pakistan name="Marco Rubio" x='a b'`)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"partners", "actor=pakistan", "name=Marco Rubio", "x=a b"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, err := splitArgs(`partners actor="pakistan`); err == nil {
		t.Error("unclosed quote: no error")
	}
}

// TestRepl drives a session through its input, as a pipe would: queries on
// one line and over several, named queries, commands, and errors that must
// not end the session.
func TestRepl(t *testing.T) {
	db := handStore(t)
	history := filepath.Join(t.TempDir(), "cfg", "history")
	session := strings.Join([]string{
		`g.V("<pakistan>").Out("<name>").All()`,
		`:list`,
		`:partners actor=pakistan`,
		`g.V("<pakistn>").All()`,
		`g.V("<india>")\`,
		`  .Out("<name>").All()`,
		`g.V("<marco-rubio>").Out(`,
		`  "<name>"`,
		`).All()`,
		`this is not (( gizmo`,
		`))`,
		`g.V("<united-states>").Out(`,
		`:cancel`,
		`:nosuch x=1`,
		`:partners actor`,
		`:quit`,
		`g.V("<asim-munir>").Out("<name>").All()`,
	}, "\n") + "\n"
	out, errOut, code := runAnalyst(t, db, session, "repl", "--history", history)
	if code != exitOK {
		t.Fatalf("exit status %d; stderr:\n%s", code, errOut)
	}
	for _, w := range []string{
		`"id": "Pakistan"`,    // one-line query
		"partners ",           // :list
		`"<united-states>"`,   // :partners actor=pakistan
		`"id": "India"`,       // continued with a backslash
		`"id": "Marco Rubio"`, // continued by an open bracket
		"\n[]\n",              // the unknown IRI's empty result
	} {
		if !strings.Contains(out, w) {
			t.Errorf("stdout lacks %q:\n%s", w, out)
		}
	}
	if strings.Contains(out, `"id": "United States"`) {
		t.Errorf("the entry dropped by :cancel ran:\n%s", out)
	}
	if strings.Contains(out, "Asim Munir") {
		t.Errorf("the query after :quit ran:\n%s", out)
	}
	if strings.Contains(out, "gizmo>") {
		t.Errorf("prompts printed when the input is not a terminal:\n%s", out)
	}
	for _, w := range []string{
		"warning: no <pakistn>; did you mean <pakistan>?",
		"error: syntax error",
		`error: no command or named query "nosuch"`,
		`error: argument "actor": want key=value`,
	} {
		if !strings.Contains(errOut, w) {
			t.Errorf("stderr lacks %q:\n%s", w, errOut)
		}
	}

	// The history file holds each entry, a multi-line one whole, and a new
	// session lists them with :history.
	b, err := os.ReadFile(history)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(string(b), "\n"); got != 10 {
		t.Errorf("history has %d entries, want 10:\n%s", got, b)
	}
	out, errOut, code = runAnalyst(t, db, ":history 2\n", "repl", "--history", history)
	want := "10  :quit\n11  :history 2\n" // the entry itself is history too
	if code != exitOK || out != want {
		t.Errorf(":history 2 = %q (stderr %q), want %q", out, errOut, want)
	}
	out, _, _ = runAnalyst(t, db, ":history\n", "repl", "--history", history)
	if !strings.Contains(out, "6   g.V(\"<marco-rubio>\").Out(\n      \"<name>\"\n    ).All()\n") {
		t.Errorf(":history does not show the multi-line entry whole:\n%s", out)
	}
}

func TestReplTable(t *testing.T) {
	db := handStore(t)
	out, errOut, code := runAnalyst(t, db, ":format table\ng.V(\"<india>\").Out(\"<name>\").All()\n:format xml\n", "repl", "--history", "")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if diff := cmp.Diff("ID\nIndia\n", out); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if !strings.Contains(errOut, ":format json or :format table") {
		t.Errorf("stderr %q: want the :format usage", errOut)
	}
}
