package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const sampleActors = `# comment
PAKISTAN_  [PAK]
+PAKISTANI_
+PAKSTAN_
+ISLAMABAD_
+KARACHI_
+BALOCHISTAN_PROVINCE

INTER-SERVICES_INTELLIGENCE
	[PAKSPY]
HAMID_KARZAI_  # CountryInfo.txt
+KARZAI_
	[AFGELI 750101-000101]
	[AFGGOV >011222]
	[AFGELI]
`

func TestParseActors(t *testing.T) {
	got, err := parseActors(strings.NewReader(sampleActors))
	if err != nil {
		t.Fatal(err)
	}
	want := []block{
		{Name: "PAKISTAN_", Syns: []string{"PAKISTANI_", "PAKSTAN_", "ISLAMABAD_", "KARACHI_", "BALOCHISTAN_PROVINCE"},
			Codes: []code{{Code: "PAK"}}, Line: 2},
		{Name: "INTER-SERVICES_INTELLIGENCE", Codes: []code{{Code: "PAKSPY"}}, Line: 9},
		{Name: "HAMID_KARZAI_", Syns: []string{"KARZAI_"}, Codes: []code{
			{Code: "AFGELI", From: "1975-01-01", To: "2000-01-01", Dated: true},
			{Code: "AFGGOV", From: "2001-12-22", Dated: true},
			{Code: "AFGELI"},
		}, Line: 11},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parseActors (-want +got):\n%s", diff)
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"930718": "1993-07-18", "011222": "2001-12-22", "19270101": "1927-01-01",
		"2004017": "", "20131399": "", "": "",
	} {
		if got := parseDate(in); got != want {
			t.Errorf("parseDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestGenerate runs the country, person and institution rules on the
// sample against a tiny curated table.
func TestGenerate(t *testing.T) {
	cur := &curated{
		countryByCode: map[string]country{
			"PAK": {ID: "pakistan", ISO3: "PAK", Name: "Pakistan", Capital: "Islamabad", Keys: []string{"pakistan", "islamabad", "pakistani"}},
			"AFG": {ID: "afghanistan", ISO3: "AFG", Name: "Afghanistan", Capital: "Kabul", Keys: []string{"afghanistan"}},
		},
		keys: map[string][]string{"pakistan": {"pakistan"}, "islamabad": {"pakistan"}, "pakistani": {"pakistan"}, "afghanistan": {"afghanistan"}},
		ids:  map[string]string{"pakistan": "country", "afghanistan": "country"}, officialByKey: map[string]string{},
	}
	blocks, err := parseActors(strings.NewReader(sampleActors))
	if err != nil {
		t.Fatal(err)
	}
	g := newGen(cur)
	g.countries(blocks)
	gotNames := map[nameRow]bool{}
	for r := range g.names {
		gotNames[r] = true
	}
	wantNames := map[nameRow]bool{
		{"pakstan", "pakistan", "name"}:                                        true, // a misspelling, kept
		{"karachi", "pakistan", "city"}:                                        true,
		{"balochistan province", "pakistan", "region"}:                         true,
		{"inter services intelligence", "inter-services-intelligence", "name"}: true,
		{"hamid karzai", "hamid-karzai", "name"}:                               true,
		{"karzai", "hamid-karzai", "surname"}:                                  true,
	}
	if diff := cmp.Diff(wantNames, gotNames); diff != "" {
		t.Errorf("names (-want +got):\n%s", diff)
	}
	wantActors := map[string]actorRow{
		"inter-services-intelligence": {ID: "inter-services-intelligence", Type: "government", Country: "PAK", Name: "Inter-Services Intelligence", Role: "intelligence"},
		"hamid-karzai":                {ID: "hamid-karzai", Type: "person", Country: "AFG", Name: "Hamid Karzai", Role: "government"},
	}
	if diff := cmp.Diff(wantActors, g.actors); diff != "" {
		t.Errorf("actors (-want +got):\n%s", diff)
	}
	if len(g.terms) != 3 {
		t.Errorf("terms = %v, want 3", g.terms)
	}
}

func TestParseAgents(t *testing.T) {
	in := `!PERSON! = MAN, WOMAN
FISHER!PERSON! [~AGR]
FOREIGN_MINISTER [~GOV]
ARMY [~MIL]
POLICE_FORCE {POLICE_FORCES} [~COP]
`
	got, err := parseAgents(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []agentRow{
		{"armies", "military", "army"}, {"army", "military", "army"},
		{"fisher man", "group", "fisher man"}, {"fisher men", "group", "fisher man"},
		{"fisher woman", "group", "fisher woman"}, {"fisher women", "group", "fisher woman"},
		{"foreign minister", "person", "Foreign Minister"}, {"foreign ministers", "person", "Foreign Minister"},
		{"police force", "government", "police force"}, {"police forces", "government", "police force"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parseAgents (-want +got):\n%s", diff)
	}
}

func TestCameoRows(t *testing.T) {
	rows, err := cameoRows()
	if err != nil {
		t.Fatal(err)
	}
	byCode := map[string]cameoRow{}
	for _, r := range rows {
		byCode[r.Code] = r
	}
	want := cameoRow{Code: "057", ID: "signed-agreement-with", Goldstein: 8, Quad: 1, Name: "Sign formal agreement"}
	if diff := cmp.Diff(want, byCode["057"]); diff != "" {
		t.Errorf("057 (-want +got):\n%s", diff)
	}
	if len(rows) != 313 {
		t.Errorf("%d codes, want 313 (GDELT's 311 and CAMEO 2.0's 1213, 176)", len(rows))
	}
}
