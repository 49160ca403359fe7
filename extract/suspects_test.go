package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// graphActors is a hand-made list of actors as a graph stores them.
var graphActors = []Actor{
	{ID: "asim-munir", Name: "Asim Munir", Type: TypePerson, Country: "PAK", Role: "Chief of Army Staff"},
	{ID: "field-marshal-asim-munir", Name: "Field Marshal Asim Munir", Type: TypePerson, Country: "PAK"},
	{ID: "fwo", Name: "FWO", Type: TypeOrganisation, Country: "PAK"},
	{ID: "frontier-works-organisation", Name: "Frontier Works Organisation", Type: TypeOrganisation, Country: "PAK"},
	// Brothers, not one man.
	{ID: "nawaz-sharif", Name: "Nawaz Sharif", Type: TypePerson, Country: "PAK"},
	{ID: "shehbaz-sharif", Name: "Shehbaz Sharif", Type: TypePerson, Country: "PAK"},
	// One name, two countries: not one actor.
	{ID: "ministry-of-defence", Name: "Ministry of Defence", Type: TypeGovernment, Country: "GBR"},
	{ID: "ministry-of-defence-pak", Name: "Ministry of Defence", Type: TypeGovernment, Country: "PAK"},
	{ID: "ussm", Name: "USSM", Type: TypeOrganisation, Country: "USA"},
	{ID: "us-strategic-metals", Name: "US Strategic Metals", Type: TypeOrganisation, Country: "USA", Aliases: []string{"U.S. Strategic Metals"}},
	{ID: "societe-generale", Name: "Société Générale", Type: TypeOrganisation, Country: "FRA"},
	{ID: "societe-generale-2", Name: "Societe Generale", Type: TypeOrganisation, Country: "FRA"},
	{ID: "nato-defense-college", Name: "NATO Defense College", Type: TypeIGO},
	{ID: "nato-defence-college", Name: "NATO Defence College", Type: TypeIGO},
	// An acronym of another type is another actor.
	{ID: "fwo-group", Name: "FWO", Type: TypeGroup, Country: "PAK"},
	{ID: "marco-rubio", Name: "Marco Rubio", Type: TypePerson, Country: "USA"},
	{ID: "secretary-rubio", Name: "Secretary of State Rubio", Type: TypePerson, Country: "USA"},
	{ID: "m-rubio", Name: "M. Rubio", Type: TypePerson, Country: "USA"},
	{ID: "maria-rubio", Name: "Maria Rubio", Type: TypePerson, Country: "USA"},
}

func TestSuspectDuplicates(t *testing.T) {
	got := SuspectDuplicates(graphActors)
	type row struct{ Keep, Merge, Reason string }
	var rows []row
	for _, s := range got {
		rows = append(rows, row{s.Keep.ID, s.Merge.ID, s.Reason})
	}
	want := []row{ // by Keep, then Merge
		{"asim-munir", "field-marshal-asim-munir", `surname "Munir": "Asim Munir" and "Field Marshal Asim Munir"`},
		{"frontier-works-organisation", "fwo", `acronym: "FWO" stands for "Frontier Works Organisation"`},
		{"m-rubio", "secretary-rubio", `surname "Rubio": "M. Rubio" and "Secretary of State Rubio"`},
		{"marco-rubio", "m-rubio", `surname "Rubio": "Marco Rubio" and "M. Rubio"`},
		{"marco-rubio", "secretary-rubio", `surname "Rubio": "Marco Rubio" and "Secretary of State Rubio"`},
		{"maria-rubio", "m-rubio", `surname "Rubio": "Maria Rubio" and "M. Rubio"`},
		{"maria-rubio", "secretary-rubio", `surname "Rubio": "Maria Rubio" and "Secretary of State Rubio"`},
		{"nato-defence-college", "nato-defense-college", `spelling variants: "NATO Defence College" and "NATO Defense College"`},
		{"societe-generale", "societe-generale-2", `the same name but for case, accents or punctuation: "Société Générale" and "Societe Generale"`},
		{"us-strategic-metals", "ussm", `acronym: "USSM" stands for "US Strategic Metals"`},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("SuspectDuplicates (-want +got):\n%s", diff)
	}
}

func TestSuspectNotListed(t *testing.T) {
	tests := []struct {
		name string
		a, b Actor
	}{
		{"brothers", graphActors[4], graphActors[5]},
		{"same name, other country", graphActors[6], graphActors[7]},
		{"acronym of another type", graphActors[15], graphActors[3]},
		{"one initial, another name", Actor{ID: "a", Name: "K. Sharif", Type: TypePerson, Country: "PAK"}, graphActors[4]},
		{"words ending in -our are not folded", Actor{ID: "four", Name: "Four Seasons", Type: TypeOrganisation}, Actor{ID: "for", Name: "For Seasons", Type: TypeOrganisation}},
		{"short surname", Actor{ID: "a", Name: "Wang Yi", Type: TypePerson, Country: "CHN"}, Actor{ID: "b", Name: "Li Yi", Type: TypePerson, Country: "CHN"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SuspectDuplicates([]Actor{tt.a, tt.b}); len(got) != 0 {
				t.Errorf("listed %s and %s: %s", got[0].Keep.ID, got[0].Merge.ID, got[0].Reason)
			}
		})
	}
}

func TestSuspectSnippets(t *testing.T) {
	base := ulBuiltin(t)
	suspects := SuspectDuplicates(graphActors)
	byPair := map[string]Suspect{}
	for _, s := range suspects {
		byPair[s.Keep.ID+" "+s.Merge.ID] = s
	}
	fwo := byPair["frontier-works-organisation fwo"]
	if diff := cmp.Diff("aliases:\n  frontier-works-organisation: [FWO]\n", fwo.Snippet); diff != "" {
		t.Errorf("FWO snippet (-want +got):\n%s", diff)
	}
	ussm := byPair["us-strategic-metals ussm"]
	if diff := cmp.Diff("aliases:\n  us-strategic-metals: [USSM]\n", ussm.Snippet); diff != "" {
		t.Errorf("USSM snippet (-want +got):\n%s", diff)
	}
	// What SnippetFor gives parses, and makes the merge, against the
	// built-in lexicon, which knows Asim Munir but not the FWO.
	tests := []struct {
		pair, name, wantID string
	}{
		{"frontier-works-organisation fwo", "FWO", "frontier-works-organisation"},
		{"asim-munir field-marshal-asim-munir", "Field Marshal Asim Munir", "asim-munir"},
	}
	for _, tt := range tests {
		t.Run(tt.pair, func(t *testing.T) {
			s, ok := byPair[tt.pair]
			if !ok {
				t.Fatalf("pair not listed")
			}
			snip := s.SnippetFor(base)
			u, err := ParseUserLexicon("snippet.yaml", []byte(snip), base)
			if err != nil {
				t.Fatalf("snippet does not parse: %v\n%s", err, snip)
			}
			l, err := base.With(u)
			if err != nil {
				t.Fatal(err)
			}
			if got := firstReading(l, tt.name); !strings.HasPrefix(got, tt.wantID+"/") {
				t.Errorf("%q reads as %q after pasting\n%s", tt.name, got, snip)
			}
		})
	}
	if _, ok := base.Actor("asim-munir"); !ok {
		t.Fatal("built-in lexicon lacks asim-munir: the test above proves less")
	}
}

func TestSuspectKeepsAliasesOut(t *testing.T) {
	// Merge's names that Keep already has are not repeated.
	got := SuspectDuplicates([]Actor{
		{ID: "fwo", Name: "FWO", Type: TypeOrganisation, Country: "PAK", Aliases: []string{"Frontier Works"}},
		{ID: "frontier-works-organisation", Name: "Frontier Works Organisation", Type: TypeOrganisation, Country: "PAK", Aliases: []string{"Frontier Works"}},
	})
	if len(got) != 1 {
		t.Fatalf("%d suspects, want 1", len(got))
	}
	if diff := cmp.Diff("aliases:\n  frontier-works-organisation: [FWO]\n", got[0].Snippet); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func BenchmarkSuspectDuplicates(b *testing.B) {
	// 20,000 people of one country, a few hundred surnames.
	var actors []Actor
	for i := range 20000 {
		actors = append(actors, Actor{ID: fmt.Sprintf("p%d", i), Name: fmt.Sprintf("Given%d Surname%d", i, i%500), Type: TypePerson, Country: "PAK"})
	}
	b.ResetTimer()
	for b.Loop() {
		SuspectDuplicates(actors)
	}
}

func ExampleSuspectDuplicates() {
	for _, s := range SuspectDuplicates([]Actor{
		{ID: "asim-munir", Name: "Asim Munir", Type: "person", Country: "PAK"},
		{ID: "field-marshal-asim-munir", Name: "Field Marshal Asim Munir", Type: "person", Country: "PAK"},
		{ID: "fwo", Name: "FWO", Type: "organisation", Country: "PAK"},
		{ID: "frontier-works-organisation", Name: "Frontier Works Organisation", Type: "organisation", Country: "PAK"},
		{ID: "nawaz-sharif", Name: "Nawaz Sharif", Type: "person", Country: "PAK"},
		{ID: "shehbaz-sharif", Name: "Shehbaz Sharif", Type: "person", Country: "PAK"},
	}) {
		fmt.Printf("# %s\n%s", s.Reason, s.Snippet)
	}
	// Output:
	// # surname "Munir": "Asim Munir" and "Field Marshal Asim Munir"
	// aliases:
	//   asim-munir: [Field Marshal Asim Munir]
	// # acronym: "FWO" stands for "Frontier Works Organisation"
	// aliases:
	//   frontier-works-organisation: [FWO]
}
