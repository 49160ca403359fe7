package extract

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// lexFixture reads a file of testdata/lexicon at the repository root.
func lexFixture(t *testing.T, name string) (string, []byte) {
	t.Helper()
	path := filepath.Join("..", "testdata", "lexicon", name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, data
}

func ulBuiltin(t testing.TB) *Lexicon {
	t.Helper()
	l, err := BuiltinLexicon()
	if err != nil {
		t.Fatalf("BuiltinLexicon: %v", err)
	}
	return l
}

// withFixture parses a fixture against the built-in lexicon and adds it.
func withFixture(t *testing.T, name string) *Lexicon {
	t.Helper()
	base := ulBuiltin(t)
	path, data := lexFixture(t, name)
	u, err := ParseUserLexicon(path, data, base)
	if err != nil {
		t.Fatalf("ParseUserLexicon(%s): %v", name, err)
	}
	l, err := base.With(u)
	if err != nil {
		t.Fatalf("With(%s): %v", name, err)
	}
	return l
}

// firstReading returns the actor id and kind LookupName gives first.
func firstReading(l *Lexicon, name string) string {
	es := l.LookupName(NormalizeName(name))
	if len(es) == 0 {
		return ""
	}
	return es[0].ActorID + "/" + es[0].Kind
}

func TestUserLexiconLookup(t *testing.T) {
	base := ulBuiltin(t)
	// The names the fixtures teach must be unknown to, or read otherwise
	// by, the built-in lexicon, or the test proves nothing.
	for _, name := range []string{"Acme Minerals Corporation", "AMC", "Kestrel Brigade", "Lena Varga", "the Biden administration"} {
		if got := firstReading(base, name); got != "" {
			t.Fatalf("built-in lexicon already reads %q as %s", name, got)
		}
	}
	if got := firstReading(base, "Georgia"); got != "georgia/name" {
		t.Fatalf("built-in lexicon reads Georgia as %q, want georgia/name", got)
	}
	for _, file := range []string{"valid.yaml", "valid.json"} {
		l := withFixture(t, file)
		tests := []struct {
			name string
			want string // actor/kind of the first reading, "" for none
		}{
			{"Acme Minerals Corporation", "acme-minerals/name"},
			{"ACME MINERALS CORPORATION", "acme-minerals/name"},
			{"AMC", "acme-minerals/acronym"},
			{"Acme Minerals", "acme-minerals/name"},
			{"the Biden administration", "united-states/name"},
			{"Biden administration", "united-states/name"},
			{"United States", "united-states/name"},
			{"Top Stories", ""},
		}
		if file == "valid.yaml" {
			tests = append(tests, []struct{ name, want string }{
				{"Foggy Bottom", "united-states/name"},
				{"Kestrels", "kestrel-brigade/name"},
				{"Brigadier Okot", "kestrel-brigade/surname"},
				{"Lena Varga", "lena-varga/name"},
				{"Breaking News", ""},
				{"Reuters Wire", ""},
				{"Georgia", ""},                // suppressed, though built in
				{"Tbilisi", "georgia/capital"}, // the country's other names stay
			}...)
		}
		for _, tt := range tests {
			t.Run(file+"/"+tt.name, func(t *testing.T) {
				if diff := cmp.Diff(tt.want, firstReading(l, tt.name)); diff != "" {
					t.Errorf("first reading of %q (-want +got):\n%s", tt.name, diff)
				}
			})
		}
		a, ok := l.Actor("acme-minerals")
		want := Actor{ID: "acme-minerals", Name: "Acme Minerals Corporation", Type: TypeOrganisation, Country: "USA"}
		if diff := cmp.Diff(want, a); !ok || diff != "" {
			t.Errorf("%s: Actor(acme-minerals) found=%v (-want +got):\n%s", file, ok, diff)
		}
		if !l.IsNotActor("Top Stories") || !l.IsNotActor("top stories") {
			t.Errorf("%s: IsNotActor(Top Stories) = false", file)
		}
		if l.IsNotActor("United States") {
			t.Errorf("%s: IsNotActor(United States) = true", file)
		}
		got := l.UserRelations()
		if len(got) == 0 || got[0].Phrase != "inked a pact with" || got[0].Cameo != "057" {
			t.Errorf("%s: UserRelations() = %+v, want inked a pact with/057 first", file, got)
		}
		if ids := l.ActorIDs(); !slices.Contains(ids, "acme-minerals") || len(ids) <= len(base.ActorIDs()) {
			t.Errorf("%s: ActorIDs lacks acme-minerals (%d ids, built-in %d)", file, len(ids), len(base.ActorIDs()))
		}
	}
}

func TestUserRelationsUnquotedCode(t *testing.T) {
	l := withFixture(t, "valid.yaml")
	want := []UserRelation{
		{Phrase: "inked a pact with", Cameo: "057", Line: 24},
		{Phrase: "rebuffed", Cameo: "125", Line: 26},
	}
	if diff := cmp.Diff(want, l.UserRelations()); diff != "" {
		t.Errorf("UserRelations (-want +got):\n%s", diff)
	}
}

func TestWithLeavesBaseUnchanged(t *testing.T) {
	base := ulBuiltin(t)
	keys := []string{"top stories", "united states", "the biden administration", "biden administration", "amc", "foggy bottom", "rubio"}
	before := map[string][]NameEntry{}
	for _, k := range keys {
		before[k] = append([]NameEntry(nil), base.LookupName(k)...)
	}
	nIDs, version := len(base.ActorIDs()), base.Version()
	l := withFixture(t, "valid.yaml")
	// A second layer over the first must not disturb either.
	u, err := ParseUserLexicon("more.yaml", []byte("aliases:\n  united-states: [Uncle Sam]\n  acme-minerals: [Acme]\n"), l)
	if err != nil {
		t.Fatal(err)
	}
	l2, err := l.With(u)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		if diff := cmp.Diff(before[k], base.LookupName(k)); diff != "" {
			t.Errorf("built-in LookupName(%q) changed (-want +got):\n%s", k, diff)
		}
	}
	if _, ok := base.Actor("acme-minerals"); ok {
		t.Error("built-in lexicon gained acme-minerals")
	}
	if base.IsNotActor("Top Stories") || base.UserRelations() != nil {
		t.Error("built-in lexicon gained not-actors or relations")
	}
	if got := len(base.ActorIDs()); got != nIDs {
		t.Errorf("built-in ActorIDs: %d, want %d", got, nIDs)
	}
	if got := base.Version(); got != version {
		t.Errorf("built-in Version changed: %s, want %s", got, version)
	}
	if got := firstReading(l, "Uncle Sam"); got != "" {
		t.Errorf("first layer reads Uncle Sam as %s", got)
	}
	for name, want := range map[string]string{"Uncle Sam": "united-states/name", "Acme": "acme-minerals/name", "AMC": "acme-minerals/acronym", "Foggy Bottom": "united-states/name"} {
		if got := firstReading(l2, name); got != want {
			t.Errorf("second layer reads %q as %q, want %q", name, got, want)
		}
	}
	if !l2.IsNotActor("Top Stories") || len(l2.UserRelations()) != 2 {
		t.Errorf("second layer lost the first's not-actors or relations")
	}
}

func TestVersion(t *testing.T) {
	base := ulBuiltin(t)
	v0 := base.Version()
	if len(v0) != 12 {
		t.Fatalf("Version() = %q, want 12 hex digits", v0)
	}
	parse := func(name, src string) *UserLexicon {
		u, err := ParseUserLexicon(name, []byte(src), base)
		if err != nil {
			t.Fatal(err)
		}
		return u
	}
	with := func(us ...*UserLexicon) string {
		l, err := base.With(us...)
		if err != nil {
			t.Fatal(err)
		}
		return l.Version()
	}
	a := parse("a.yaml", "not_actors: [Top Stories]\n")
	aRenamed := parse("elsewhere/b.yaml", "\n\nnot_actors:\n  - Top Stories\n")
	b := parse("b.yaml", "not_actors: [Breaking News]\n")
	va := with(a)
	tests := []struct {
		name      string
		got, want string
		same      bool
	}{
		{"user file changes it", va, v0, false},
		{"same content, other name and layout", with(aRenamed), va, true},
		{"other content", with(b), va, false},
		{"same files again", with(a), va, true},
		{"two files", with(a, b), va, false},
		{"built-in is stable", base.Version(), v0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if (tt.got == tt.want) != tt.same {
				t.Errorf("versions %s and %s: equal = %v, want %v", tt.got, tt.want, !tt.same, tt.same)
			}
		})
	}
}

func TestParseUserLexiconErrors(t *testing.T) {
	base := ulBuiltin(t)
	tests := []struct {
		name, file, src string
		want            []string // the messages, without the "FILE:" prefix
	}{
		{name: "fixture", file: "bad.yaml", want: []string{
			`4: type "company": want one of country, igo, government, military, person, organisation, group`,
			`10: country "XYZ" is not an ISO 3166-1 alpha-3 code`,
			`12: id pakistan is a built-in country (Pakistan); choose another id for this organisation`,
			`15: id "Bad Id": want a lower-case slug like acme-minerals`,
			`18: actor without id`,
			`23: unknown actor field "colour" (want id, name, type, country, aliases, role)`,
			`20: actor acme-media defined twice (first at line 7)`,
			`29: unknown CAMEO code "999" for "inked a pact with"`,
			`30: relation "rebuffed" without cameo code`,
			`31: relation without phrase`,
			`33: unknown field "spelling" (want actors, aliases, relations, not_actors)`,
			`11: alias "AMC" is claimed by acme-minerals (line 6) and by acme-media`,
			`25: aliases for unknown actor "atlantis"`,
			`32: "Uncle Sam" is listed in not_actors and given to united-states`,
		}},
		{name: "syntax", file: "syntax.yaml", want: []string{
			`2: did not find expected '-' indicator`,
		}},
		{name: "not a mapping", src: "- a\n- b\n", want: []string{
			`1: want a mapping with actors, aliases, relations, not_actors`,
		}},
		{name: "json syntax", src: "{\"actors\": [\n  {\"id\": \"x\",}\n", want: []string{
			`2: invalid character '}' looking for beginning of object key string`,
		}},
		{name: "phrase coded twice", src: "relations:\n  - {phrase: inked, cameo: \"057\"}\n  - {phrase: Inked, cameo: \"042\"}\n", want: []string{
			`3: phrase "Inked" coded 042 here and 057 at line 2`,
		}},
		{name: "actors not a list", src: "actors: {id: x}\n", want: []string{
			`1: actors: want a list`,
		}},
		{name: "missing name and type", src: "actors:\n  - id: lone\n", want: []string{
			`2: actor lone without name`,
			`2: actor lone without type (want one of country, igo, government, military, person, organisation, group)`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, data := "inline.yaml", []byte(tt.src)
			if tt.file != "" {
				path, data = lexFixture(t, tt.file)
			}
			u, err := ParseUserLexicon(path, data, base)
			if err == nil {
				t.Fatalf("ParseUserLexicon: no error, got %+v", u)
			}
			if u != nil {
				t.Errorf("ParseUserLexicon returned a partial lexicon with its error")
			}
			if !errors.Is(err, ErrLexicon) {
				t.Errorf("error does not wrap ErrLexicon: %v", err)
			}
			var want []string
			for _, w := range tt.want {
				want = append(want, path+":"+w)
			}
			if diff := cmp.Diff(want, strings.Split(err.Error(), "\n")); diff != "" {
				t.Errorf("messages (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseUserLexiconAccepts(t *testing.T) {
	base := ulBuiltin(t)
	tests := []struct {
		name, src string
		want      *UserLexicon
	}{
		{"empty file", "", &UserLexicon{File: "f"}},
		{"comments only", "# nothing yet\n", &UserLexicon{File: "f"}},
		{"same id and type as a built-in actor", "actors:\n  - {id: pakistan, name: Islamic Republic of Pakistan, type: country, country: PAK}\n",
			&UserLexicon{File: "f", Actors: []UserActor{{ID: "pakistan", Name: "Islamic Republic of Pakistan", Type: "country", Country: "PAK", Line: 2}}}},
		{"aliases of an actor of the same file, single name", "actors:\n  - {id: acme, name: Acme, type: organisation}\naliases:\n  acme: ACME Corp\n",
			&UserLexicon{File: "f", Actors: []UserActor{{ID: "acme", Name: "Acme", Type: "organisation", Line: 2}}, Aliases: map[string][]string{"acme": {"ACME Corp"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseUserLexicon("f", []byte(tt.src), base)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(UserLexicon{}), cmp.FilterPath(func(p cmp.Path) bool {
				return p.Last().String() == ".kinds"
			}, cmp.Ignore())); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestUserActorOverridesBuiltin(t *testing.T) {
	base := ulBuiltin(t)
	u, err := ParseUserLexicon("f", []byte("actors:\n  - {id: pakistan, name: Islamic Republic of Pakistan, type: country}\n"), base)
	if err != nil {
		t.Fatal(err)
	}
	l, err := base.With(u)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := l.Actor("pakistan")
	want := Actor{ID: "pakistan", Name: "Islamic Republic of Pakistan", Type: TypeCountry, Country: "PAK"}
	if diff := cmp.Diff(want, a); diff != "" {
		t.Errorf("Actor(pakistan) (-want +got):\n%s", diff)
	}
	if got := firstReading(l, "Islamabad"); got != "pakistan/capital" {
		t.Errorf("Islamabad reads as %s, want the built-in pakistan/capital", got)
	}
}

func TestLoadUserLexicons(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	first := write("1-first.yaml", "actors:\n  - {id: acme, name: Acme Holdings, type: organisation, country: USA}\n")
	second := write("2-second.json", `{"aliases": {"acme": ["Acme Group"]}}`)
	write("notes.txt", "not a lexicon")

	t.Run("later file names an earlier file's actor", func(t *testing.T) {
		l, err := LoadUserLexicons(LexiconPaths(first, []string{second}))
		if err != nil {
			t.Fatal(err)
		}
		if got := firstReading(l, "Acme Group"); got != "acme/name" {
			t.Errorf("Acme Group reads as %q", got)
		}
	})
	t.Run("directory", func(t *testing.T) {
		l, err := LoadUserLexicons([]string{dir})
		if err != nil {
			t.Fatal(err)
		}
		if got := firstReading(l, "Acme Group"); got != "acme/name" {
			t.Errorf("Acme Group reads as %q", got)
		}
	})
	t.Run("no files is the built-in lexicon", func(t *testing.T) {
		l, err := LoadUserLexicons(nil)
		if err != nil || l != ulBuiltin(t) {
			t.Errorf("LoadUserLexicons(nil) = %p, %v; want the built-in lexicon", l, err)
		}
	})
	t.Run("errors of every file", func(t *testing.T) {
		bad := write("bad.yml", "not_actors: [x]\nfoo: 1\n")
		_, err := LoadUserLexicons([]string{second, bad, filepath.Join(dir, "missing.yaml")})
		if err == nil {
			t.Fatal("no error")
		}
		if _, err2 := LoadUserLexicons([]string{second, bad}); err2 == nil {
			t.Fatal("no error without the missing file")
		} else {
			want := []string{
				second + `:1: aliases for unknown actor "acme"`,
				bad + `:2: unknown field "foo" (want actors, aliases, relations, not_actors)`,
			}
			if diff := cmp.Diff(want, strings.Split(err2.Error(), "\n")); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		}
		if !strings.Contains(err.Error(), "missing.yaml") {
			t.Errorf("error does not name the missing file: %v", err)
		}
	})
}

func TestLexiconPaths(t *testing.T) {
	got := LexiconPaths("a.yaml:dir::b.yaml", []string{"c.yaml", ""})
	if diff := cmp.Diff([]string{"a.yaml", "dir", "b.yaml", "c.yaml"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func ExampleLexicon_With() {
	base, err := BuiltinLexicon()
	if err != nil {
		fmt.Println(err)
		return
	}
	src := `actors:
  - id: acme-minerals
    name: Acme Minerals Corporation
    type: organisation
    country: USA
    aliases: [AMC]
aliases:
  united-states: [the Biden administration]
relations:
  - phrase: inked a pact with
    cameo: "057"
not_actors: [Top Stories]
`
	u, err := ParseUserLexicon("my.yaml", []byte(src), base)
	if err != nil {
		fmt.Println(err)
		return
	}
	lex, err := base.With(u)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, name := range []string{"AMC", "Biden administration", "Top Stories"} {
		fmt.Printf("%s: %v\n", name, lex.LookupName(NormalizeName(name)))
	}
	fmt.Println(lex.IsNotActor("Top Stories"), lex.UserRelations()[0].Cameo, lex.Version() != base.Version())

	_, err = ParseUserLexicon("bad.yaml", []byte("relations:\n  - phrase: inked\n    cameo: \"999\"\n"), base)
	fmt.Println(err)
	// Output:
	// AMC: [{acme-minerals acronym}]
	// Biden administration: [{united-states name}]
	// Top Stories: []
	// true 057 true
	// bad.yaml:3: unknown CAMEO code "999" for "inked"
}

func TestWithConcurrent(t *testing.T) {
	// The built-in lexicon is shared: layers built from it at once, each
	// with its own names for the same keys, see only their own.
	base := ulBuiltin(t)
	var wg sync.WaitGroup
	errs := make([]string, 4)
	for i := range errs {
		wg.Go(func() {
			id := fmt.Sprintf("user-actor-%d", i)
			src := fmt.Sprintf("actors:\n  - {id: %s, name: Shared Name, type: group, aliases: [Uncle Sam, Rubio]}\n", id)
			u, err := ParseUserLexicon("f", []byte(src), base)
			if err != nil {
				errs[i] = err.Error()
				return
			}
			l, err := base.With(u)
			if err != nil {
				errs[i] = err.Error()
				return
			}
			for _, name := range []string{"Shared Name", "Uncle Sam", "Rubio"} {
				if got := firstReading(l, name); got != id+"/name" {
					errs[i] += fmt.Sprintf("%s reads as %s; ", name, got)
				}
			}
		})
	}
	wg.Wait()
	if diff := cmp.Diff(make([]string, 4), errs); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := firstReading(base, "Rubio"); got != "marco-rubio/surname" {
		t.Errorf("built-in reads Rubio as %s", got)
	}
}
