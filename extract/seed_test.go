package extract

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in ../testdata/golden")

var (
	testXOnce sync.Once
	testX     *Extractor
	testXErr  error
)

// testExtractor returns the default extractor, built once per test binary.
func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	testXOnce.Do(func() { testX, testXErr = DefaultExtractor() })
	if testXErr != nil {
		t.Fatalf("DefaultExtractor: %v", testXErr)
	}
	return testX
}

// seedArticle reads a bundled article with the package's reader.
func seedArticle(t testing.TB, name string) Article {
	t.Helper()
	arts, err := ReadFile(context.Background(), filepath.Join("..", "testdata", "articles", name))
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	if len(arts) == 0 {
		t.Fatalf("read %s: no article", name)
	}
	return arts[0]
}

func seedTriples(t *testing.T, name string) []Triple {
	t.Helper()
	ts, err := testExtractor(t).Extract(context.Background(), seedArticle(t, name))
	if err != nil {
		t.Fatalf("Extract %s: %v", name, err)
	}
	return ts
}

const (
	seed000 = "000_841cfc6dd3260937.txt"
	seed001 = "001_a4937d88148cd615.txt"
)

// party describes a side of an expected relation: by country code, or by
// a name (id, name or alias containing it, case-insensitive).
type party struct {
	country string
	names   []string
	typ     string
}

func (p party) match(a Actor) bool {
	if p.typ != "" && a.Type != p.typ {
		return false
	}
	if len(p.names) == 0 {
		return a.Country == p.country
	}
	if p.country != "" && a.Country != p.country {
		return false
	}
	for _, n := range p.names {
		n = strings.ToLower(n)
		if strings.Contains(strings.ToLower(a.ID), n) || strings.Contains(strings.ToLower(a.Name), n) {
			return true
		}
		for _, al := range a.Aliases {
			if strings.Contains(strings.ToLower(al), n) {
				return true
			}
		}
	}
	return false
}

type row struct {
	name     string
	subj     party
	prefixes []string
	obj      party
	articles []string
}

func (r row) found(ts []Triple) bool {
	for _, tr := range ts {
		if !r.subj.match(tr.Subject) || !r.obj.match(tr.Object) {
			continue
		}
		for _, p := range r.prefixes {
			if strings.HasPrefix(tr.Relation.Cameo, p) {
				return true
			}
		}
	}
	return false
}

var (
	usa     = party{country: "USA"}
	pak     = party{country: "PAK"}
	ind     = party{country: "IND"}
	ussm    = party{country: "USA", names: []string{"ussm", "strategic metals"}}
	fwo     = party{country: "PAK", names: []string{"fwo", "frontier works"}}
	rubio   = party{country: "USA", names: []string{"rubio"}, typ: TypePerson}
	munir   = party{country: "PAK", names: []string{"munir"}, typ: TypePerson}
	pakLead = party{country: "PAK", names: []string{"munir", "sharif", "shehbaz"}, typ: TypePerson}
	trump   = party{country: "USA", names: []string{"trump"}, typ: TypePerson}
	trumpUS = party{country: "USA", names: []string{"trump", "united states"}}
	afg     = party{country: "AFG"}
	pakOrF  = party{names: []string{"pakistan", "fwo", "frontier works"}}
)

// TestSeedMust checks the Must rows of the seed expectations.
func TestSeedMust(t *testing.T) {
	rows := []row{
		{"1 US cooperates with Pakistan", usa, []string{"03", "05", "06"}, pak, []string{seed000, seed001}},
		{"2 USSM signs MoU with FWO", ussm, []string{"057"}, fwo, []string{seed000}},
		{"3 USSM signs with or invests in Pakistan", ussm, []string{"057", "061"}, pakOrF, []string{seed001}},
		{"4 Rubio praises India", rubio, []string{"051"}, ind, []string{seed000, seed001}},
		{"5 Munir visits the US", munir, []string{"042"}, usa, []string{seed001}},
		{"6 Munir or Sharif meets Trump", pakLead, []string{"04"}, trump, []string{seed001}},
		{"7 Trump praises Sharif or Munir", trump, []string{"051"}, pakLead, []string{seed001}},
		{"8 Pakistan acknowledges Trump", pak, []string{"051", "01", "02"}, trumpUS, []string{seed001}},
	}
	for _, r := range rows {
		for _, art := range r.articles {
			t.Run(r.name+"/"+art[:3], func(t *testing.T) {
				ts := seedTriples(t, art)
				if !r.found(ts) {
					t.Errorf("no triple %+v -%v-> %+v in %s; got:\n%s", r.subj, r.prefixes, r.obj, art, dump(ts))
				}
			})
		}
	}
}

// TestSeedMustNot checks the Must-not rows: no conflict from the US to
// India, no page furniture or bare titles as actors, one node per actor.
func TestSeedMustNot(t *testing.T) {
	for _, art := range []string{seed000, seed001} {
		ts := seedTriples(t, art)
		t.Run("no US conflict with India/"+art[:3], func(t *testing.T) {
			for _, tr := range ts {
				if tr.Subject.Country == "USA" && tr.Object.Country == "IND" && (tr.Relation.QuadClass >= 3 || tr.Relation.Cameo >= "10") {
					t.Errorf("conflict from the US to India: %s", line(tr))
				}
			}
		})
		t.Run("no furniture or bare titles/"+art[:3], func(t *testing.T) {
			bad := map[string]bool{"top stories": true, "news desk": true, "comments": true, "reuters": true, "avatar-icon": true, "avatar icon": true, "secretary": true, "field marshal": true, "secretary of state": true}
			for _, tr := range ts {
				for _, a := range []Actor{tr.Subject, tr.Object} {
					if bad[strings.ToLower(a.Name)] || bad[strings.ToLower(a.ID)] {
						t.Errorf("actor %q (%s) is furniture or a bare title: %s", a.Name, a.ID, line(tr))
					}
				}
			}
		})
	}
	t.Run("one node per actor", func(t *testing.T) {
		var all []Triple
		for _, art := range []string{seed000, seed001} {
			all = append(all, seedTriples(t, art)...)
		}
		groups := []struct {
			id    string
			names []string
		}{
			{"united-states", []string{"US", "U.S.", "United States", "America", "Washington"}},
			{"fwo", []string{"FWO", "Frontier Works Organisation", "Frontier Works Organization"}},
			{"marco-rubio", []string{"Rubio", "Marco Rubio"}},
		}
		for _, g := range groups {
			ids := map[string]bool{}
			for _, tr := range all {
				for _, a := range []Actor{tr.Subject, tr.Object} {
					for _, n := range g.names {
						if a.Name == n || contains(a.Aliases, n) {
							ids[a.ID] = true
						}
					}
				}
			}
			if len(ids) > 1 {
				t.Errorf("%v are %d nodes: %v", g.names, len(ids), ids)
			}
			if len(ids) == 1 && !ids[g.id] {
				t.Errorf("%v resolve to %v, want %s", g.names, ids, g.id)
			}
		}
	})
}

// TestSeedShould checks the Should rows the extractor meets.
func TestSeedShould(t *testing.T) {
	rows := []row{
		{"US trade deal with Pakistan", usa, []string{"057", "061"}, pak, []string{seed000}},
		{"Trump intends to mediate for Pakistan", trump, []string{"039", "04"}, pak, []string{seed001}},
		{"Trump intends to mediate for Afghanistan", trump, []string{"039", "04"}, afg, []string{seed001}},
		{"Pakistan-Afghanistan tensions", pak, []string{"1", "2"}, afg, []string{seed001}},
	}
	for _, r := range rows {
		for _, art := range r.articles {
			t.Run(r.name, func(t *testing.T) {
				if ts := seedTriples(t, art); !r.found(ts) {
					t.Errorf("no triple %+v -%v-> %+v in %s; got:\n%s", r.subj, r.prefixes, r.obj, art, dump(ts))
				}
			})
		}
	}
	t.Run("amount kept", func(t *testing.T) {
		for _, art := range []string{seed000, seed001} {
			ok := false
			for _, tr := range seedTriples(t, art) {
				if ussm.match(tr.Subject) && tr.Attrs["amount"] == "$500 million" {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%s: no USSM triple with amount $500 million", art)
			}
		}
	})
	t.Run("dates", func(t *testing.T) {
		for _, tr := range seedTriples(t, seed000) {
			if tr.Date != "2025-10-26" {
				t.Errorf("000: date %s, want 2025-10-26: %s", tr.Date, line(tr))
			}
		}
		n := 0
		for _, tr := range seedTriples(t, seed001) {
			if strings.Contains(tr.Sentence, "on Saturday") {
				n++
				if tr.Date != "2025-10-25" {
					t.Errorf("001: date %s, want 2025-10-25 (the Saturday after the 24 October caption): %s", tr.Date, line(tr))
				}
			}
		}
		if n == 0 {
			t.Errorf("001: no triple from a sentence saying \"on Saturday\"")
		}
	})
}

// TestGolden compares the triples of every bundled article with its
// golden file; -update rewrites them.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		base := filepath.Base(f)
		if strings.HasSuffix(base, "README.md") {
			continue
		}
		t.Run(base, func(t *testing.T) {
			arts, err := ReadFile(context.Background(), f)
			if err != nil {
				t.Fatalf("read: %v", err)
			}
			var b strings.Builder
			for _, a := range arts {
				ts, err := testExtractor(t).Extract(context.Background(), a)
				if err != nil {
					t.Fatalf("Extract: %v", err)
				}
				for _, tr := range ts {
					js, err := json.Marshal(tr)
					if err != nil {
						t.Fatal(err)
					}
					b.Write(js)
					b.WriteByte('\n')
				}
			}
			golden := filepath.Join("..", "testdata", "golden", strings.TrimSuffix(base, filepath.Ext(base))+".jsonl")
			if *update {
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run with -update to create it): %v", err)
			}
			if diff := cmp.Diff(string(want), b.String()); diff != "" {
				t.Errorf("triples of %s differ from %s (-want +got):\n%s", base, golden, diff)
			}
		})
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func line(tr Triple) string {
	return tr.Subject.ID + " -" + tr.Relation.Cameo + "-> " + tr.Object.ID + " | " + tr.Sentence
}

func dump(ts []Triple) string {
	var b strings.Builder
	for _, tr := range ts {
		b.WriteString("  " + line(tr) + "\n")
	}
	return b.String()
}
