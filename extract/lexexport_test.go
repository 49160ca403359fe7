package extract

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// updating reports whether the test binary runs with -update (the flag is
// declared by the package's golden tests).
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// smallLexicon builds a lexicon by hand: two countries, a person with a
// surname, a seat of government and a name two actors share.
func smallLexicon() *Lexicon {
	l := &Lexicon{
		names:  map[string][]NameEntry{},
		actors: map[string]Actor{},
		byISO:  map[string]string{"PAK": "pakistan", "USA": "united-states"},
	}
	for _, a := range []Actor{
		{ID: "pakistan", Name: "Pakistan", Type: TypeCountry, Country: "PAK"},
		{ID: "united-states", Name: "United States", Type: TypeCountry, Country: "USA"},
		{ID: "marco-rubio", Name: "Marco Rubio", Type: TypePerson, Country: "USA", Role: "Secretary of State"},
		{ID: "yes-party", Name: "Yes", Type: TypeGroup, Country: "PAK"},
	} {
		l.actors[a.ID] = a
		l.actorOrder = append(l.actorOrder, a.ID)
		l.addName(a.Name, a.ID, KindName)
	}
	l.addName("Islamabad", "pakistan", KindCapital)
	l.addName("Pakistani", "pakistan", KindDemonym)
	l.addName("US", "united-states", KindShort)
	l.addName("White House", "united-states", KindSeat)
	l.addName("Rubio", "marco-rubio", KindSurname)
	l.addName("Washington: the capital", "united-states", KindCapital)
	l.addName("Pakistan", "yes-party", KindName) // a second reading: not exported
	return l
}

func TestExportLexiconGolden(t *testing.T) {
	base := smallLexicon()
	u, err := ParseUserLexicon("user.yaml", []byte(`actors:
  - {id: acme-minerals, name: "Acme: Minerals #1", type: organisation, country: USA, aliases: [AMC]}
relations:
  - {phrase: inked a pact with, cameo: "057"}
not_actors: [Top Stories]
`), base)
	if err != nil {
		t.Fatal(err)
	}
	l, err := base.With(u)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := ExportLexicon(&buf, l); err != nil {
		t.Fatal(err)
	}
	// The version line differs with the embedded data: mask it.
	got := strings.Replace(buf.String(), l.Version(), "VERSION", 1)
	golden := filepath.Join("..", "testdata", "lexicon", "export.golden.yaml")
	if updating() {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("ExportLexicon (-want +got):\n%s", diff)
	}

	// Read back onto the hand-made lexicon, the export gives every name
	// the reading it had.
	back, err := ParseUserLexicon("export.yaml", buf.Bytes(), base)
	if err != nil {
		t.Fatalf("ParseUserLexicon(export): %v", err)
	}
	l2, err := base.With(back)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"amc", "acme minerals 1", "rubio", "islamabad", "white house", "the white house", "us", "pakistani", "washington the capital"} {
		if diff := cmp.Diff(l.LookupName(key)[:1], l2.LookupName(key)[:1]); diff != "" {
			t.Errorf("first reading of %q after the round trip (-want +got):\n%s", key, diff)
		}
	}
	if !l2.IsNotActor("top stories") {
		t.Error("round trip lost not_actors")
	}
	if diff := cmp.Diff([]UserRelation{{Phrase: "inked a pact with", Cameo: "057", Line: 41}}, back.Relations); diff != "" {
		t.Errorf("round trip of relations (-want +got):\n%s", diff)
	}
}

func TestExportBuiltinRoundTrip(t *testing.T) {
	base := ulBuiltin(t)
	var buf bytes.Buffer
	if err := ExportLexicon(&buf, base); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"  - id: pakistan\n    name: Pakistan\n    type: country\n    country: PAK\n",
		"      - islamabad  # capital\n",
		"  - id: marco-rubio\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("export lacks %q", want)
		}
	}
	u, err := ParseUserLexicon("builtin.yaml", buf.Bytes(), base)
	if err != nil {
		msg := err.Error()
		if len(msg) > 2000 {
			msg = msg[:2000] + "…"
		}
		t.Fatalf("ParseUserLexicon(ExportLexicon(BuiltinLexicon())): %s", msg)
	}
	if got, want := len(u.Actors), len(base.ActorIDs()); got != want {
		t.Errorf("round trip: %d actors, want %d", got, want)
	}
	// Read back, the export changes the first reading of no name the
	// built-in lexicon knows.
	l, err := base.With(u)
	if err != nil {
		t.Fatal(err)
	}
	changed := 0
	var examples []string
	for key, es := range base.names {
		got := l.LookupName(key)
		if len(got) == 0 || got[0] != es[0] {
			changed++
			if len(examples) < 5 {
				examples = append(examples, key)
			}
		}
	}
	if changed > 0 {
		t.Errorf("round trip changed the first reading of %d of %d names, such as %q", changed, len(base.names), examples)
	}
	var again bytes.Buffer
	if err := ExportLexicon(&again, base); err != nil {
		t.Fatal(err)
	}
	if again.String() != out {
		t.Error("two exports of the built-in lexicon differ")
	}
}

// failWriter fails after n bytes.
type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return 0, os.ErrClosed
	}
	w.n -= len(p)
	return len(p), nil
}

func TestExportLexiconWriteError(t *testing.T) {
	if err := ExportLexicon(&failWriter{n: 1 << 20}, ulBuiltin(t)); err == nil {
		t.Error("ExportLexicon to a failing writer: no error")
	}
}

func TestYAMLString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"pakistan", "pakistan"},
		{"cote d'ivoire", "cote d'ivoire"},
		{"yes", `"yes"`},
		{"No", `"No"`},
		{"1st brigade", `"1st brigade"`},
		{"acme: minerals", `"acme: minerals"`},
		{"a #1", `"a #1"`},
		{"-x", `"-x"`},
		{"", `""`},
		{"méxico", "méxico"},
		{`say "hi"`, `"say \"hi\""`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, yamlString(tt.in)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func BenchmarkExportLexicon(b *testing.B) {
	base := ulBuiltin(b)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := ExportLexicon(&buf, base); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}
