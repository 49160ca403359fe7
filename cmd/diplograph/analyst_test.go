package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
)

// runAnalyst runs one command line against the store db like execute does,
// with dyads, path and repl added to the root when it does not have them yet.
func runAnalyst(t *testing.T, db, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut strings.Builder
	in := strings.NewReader(stdin)
	root := newRootCmd(in, &out, &errOut)
	g := &globalOptions{DB: db, In: in, Out: &out, Err: &errOut}
	for _, c := range []func(*globalOptions) *cobra.Command{newDyadsCmd, newPathCmd, newReplCmd} {
		cmd := c(g)
		if found, _, err := root.Find([]string{cmd.Name()}); err != nil || found == root {
			root.AddCommand(cmd)
		}
	}
	root.SetArgs(append([]string{"--db", db}, args...))
	err := root.ExecuteContext(context.Background())
	switch {
	case err == nil:
		code = exitOK
	case errors.Is(err, errPartial):
		code = exitPartial
	default:
		fmt.Fprintf(&errOut, "diplograph: %v\n", err)
		code = exitFailure
	}
	return out.String(), errOut.String(), code
}

// Actors and relations of the hand-made store.
var (
	tUS    = extract.Actor{ID: "united-states", Name: "United States", Type: "country", Country: "USA"}
	tPak   = extract.Actor{ID: "pakistan", Name: "Pakistan", Type: "country", Country: "PAK"}
	tInd   = extract.Actor{ID: "india", Name: "India", Type: "country", Country: "IND"}
	tRubio = extract.Actor{ID: "marco-rubio", Name: "Marco Rubio", Type: "person", Country: "USA"}
	tMunir = extract.Actor{ID: "asim-munir", Name: "Asim Munir", Type: "military", Country: "PAK"}

	tPartners  = extract.Relation{ID: "partners-with", Cameo: "030", Goldstein: 4, QuadClass: 1}
	tSigned    = extract.Relation{ID: "signed-agreement-with", Cameo: "057", Goldstein: 8, QuadClass: 1}
	tCriticise = extract.Relation{ID: "criticised", Cameo: "111", Goldstein: -2, QuadClass: 3}
	tAttacked  = extract.Relation{ID: "attacked", Cameo: "190", Goldstein: -10, QuadClass: 4}
	tMet       = extract.Relation{ID: "met-with", Cameo: "040", Goldstein: 1, QuadClass: 1}
)

// handStore writes a small store whose figures are worked by hand:
//
//	united-states → pakistan  2025-01-10 partners (+4), 2025-01-20 signed (+8),
//	                          2025-03-05 criticised (−2)
//	pakistan → united-states  2025-02-01 criticised (−2)
//	india → pakistan          2025-02-15 attacked (−10)
//	marco-rubio → asim-munir  2025-03-01 met (+1)
//	asim-munir → india        2025-03-02 criticised (−2)
func handStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "hand.db")
	ctx := context.Background()
	s, err := graph.Open(ctx, "bolt", db)
	if err != nil {
		t.Fatal(err)
	}
	tr := func(date string, i int, subj extract.Actor, r extract.Relation, obj extract.Actor) extract.Triple {
		return extract.Triple{Article: "a-" + date, Date: date, SentenceIndex: i,
			Sentence: fmt.Sprintf("%s %s %s.", subj.Name, r.ID, obj.Name), Subject: subj, Relation: r, Object: obj, Confidence: 0.8}
	}
	ts := []extract.Triple{
		tr("2025-01-10", 0, tUS, tPartners, tPak),
		tr("2025-01-20", 0, tUS, tSigned, tPak),
		tr("2025-03-05", 0, tUS, tCriticise, tPak),
		tr("2025-02-01", 0, tPak, tCriticise, tUS),
		tr("2025-02-15", 0, tInd, tAttacked, tPak),
		tr("2025-03-01", 0, tRubio, tMet, tMunir),
		tr("2025-03-02", 0, tMunir, tCriticise, tInd),
	}
	byArticle := map[string][]extract.Triple{}
	for _, x := range ts {
		byArticle[x.Article] = append(byArticle[x.Article], x)
	}
	for id, xs := range byArticle {
		if _, err := s.AddArticle(ctx, extract.Article{ID: id, Date: xs[0].Date, Title: id, Text: xs[0].Sentence}, xs); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestDyadsCommand(t *testing.T) {
	db := handStore(t)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"csv", []string{"dyads", "--format", "csv"}, `source,source_name,target,target_name,mentions,cooperation,conflict,goldstein,mean_goldstein,first,last
united-states,United States,pakistan,Pakistan,3,2,1,10,3.3333,2025-01-10,2025-03-05
asim-munir,Asim Munir,india,India,1,0,1,-2,-2,2025-03-02,2025-03-02
india,India,pakistan,Pakistan,1,0,1,-10,-10,2025-02-15,2025-02-15
marco-rubio,Marco Rubio,asim-munir,Asim Munir,1,1,0,1,1,2025-03-01,2025-03-01
pakistan,Pakistan,united-states,United States,1,0,1,-2,-2,2025-02-01,2025-02-01
`},
		{"one actor, undirected", []string{"dyads", "--format", "csv", "--undirected", "--actor", "united-states"}, `source,source_name,target,target_name,mentions,cooperation,conflict,goldstein,mean_goldstein,first,last
united-states,United States,pakistan,Pakistan,4,2,2,8,2,2025-01-10,2025-03-05
`},
		{"conflict only, since February", []string{"dyads", "--format", "csv", "--quad-class", "3,4", "--since", "2025-02-01", "--actor", "pakistan"}, `source,source_name,target,target_name,mentions,cooperation,conflict,goldstein,mean_goldstein,first,last
india,India,pakistan,Pakistan,1,0,1,-10,-10,2025-02-15,2025-02-15
pakistan,Pakistan,united-states,United States,1,0,1,-2,-2,2025-02-01,2025-02-01
united-states,United States,pakistan,Pakistan,1,0,1,-2,-2,2025-03-05,2025-03-05
`},
		{"by month", []string{"dyads", "--format", "csv", "--by", "month", "--actor", "united-states", "--top", "1"}, `source,target,month,mentions,cooperation,conflict,goldstein,mean_goldstein
united-states,pakistan,2025-01,2,2,0,12,6
united-states,pakistan,2025-03,1,0,1,-2,-2
`},
		{"table", []string{"dyads", "--top", "1"}, `SOURCE         TARGET    MENTIONS  COOP  CONFLICT  GOLDSTEIN  MEAN    FIRST       LAST
united-states  pakistan  3         2     1         10         3.3333  2025-01-10  2025-03-05
`},
		{"table by month", []string{"dyads", "--top", "1", "--by", "month", "--undirected"}, `pakistan — united-states: 4 mentions, mean Goldstein 2, trend -4.00 a month (cooling)
  MONTH    MENTIONS  COOP  CONFLICT  GOLDSTEIN  MEAN
  2025-01  2         2     0         12         6
  2025-02  1         0     1         -2         -2
  2025-03  1         0     1         -2         -2
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runAnalyst(t, db, "", tt.args...)
			if code != exitOK {
				t.Fatalf("exit status %d; stderr:\n%s", code, errOut)
			}
			if diff := cmp.Diff(tt.want, out); diff != "" {
				t.Errorf("%v (-want +got):\n%s", tt.args, diff)
			}
		})
	}

	t.Run("json trend", func(t *testing.T) {
		out, errOut, code := runAnalyst(t, db, "", "dyads", "--format", "json", "--by", "month", "--actor", "united-states")
		if code != exitOK {
			t.Fatalf("exit status %d; stderr:\n%s", code, errOut)
		}
		var got []struct {
			Source, Target string
			Trend          *float64
			Months         []struct{ Month string }
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%v in:\n%s", err, out)
		}
		if len(got) != 2 || got[0].Trend == nil || *got[0].Trend != -4 || len(got[0].Months) != 2 {
			t.Errorf("want united-states → pakistan first with trend -4 over 2 months, got:\n%s", out)
		}
	})
	t.Run("bad flags", func(t *testing.T) {
		for _, args := range [][]string{{"dyads", "--by", "week"}, {"dyads", "--format", "xml"}} {
			if _, errOut, code := runAnalyst(t, db, "", args...); code != exitFailure || !strings.Contains(errOut, "unknown") {
				t.Errorf("%v: exit %d, stderr %q; want 1 and a message", args, code, errOut)
			}
		}
	})
}

func TestPathCommand(t *testing.T) {
	db := handStore(t)
	t.Run("json", func(t *testing.T) {
		out, errOut, code := runAnalyst(t, db, "", "path", "marco-rubio", "united-states", "--format", "json", "--max", "5")
		if code != exitOK {
			t.Fatalf("exit status %d; stderr:\n%s", code, errOut)
		}
		var got []struct {
			Actors []string
			Steps  []struct {
				Relation, Date, Sentence string
				Reversed                 bool
			}
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%v in:\n%s", err, out)
		}
		var chains [][]string
		for _, p := range got {
			chains = append(chains, p.Actors)
		}
		want := [][]string{{"marco-rubio", "asim-munir", "india", "pakistan", "united-states"}}
		if diff := cmp.Diff(want, chains); diff != "" {
			t.Fatalf("paths (-want +got):\n%s", diff)
		}
		last := got[0].Steps[3]
		// pakistan → united-states: three triples one way, one the other;
		// the latest (2025-03-05, united-states criticised pakistan) is shown
		// and walked against its direction.
		if last.Date != "2025-03-05" || last.Relation != "criticised" || !last.Reversed || last.Sentence != "United States criticised Pakistan." {
			t.Errorf("last step = %+v, want the 2025-03-05 criticism, reversed", last)
		}
	})
	t.Run("table", func(t *testing.T) {
		out, _, code := runAnalyst(t, db, "", "path", "india", "united-states", "--relation", "attacked,criticised")
		want := `1. india → pakistan → united-states (2 steps)
   india -attacked-> pakistan  (2025-02-15, CAMEO 190)
      "India attacked Pakistan." [a-2025-02-15]
   united-states -criticised-> pakistan  (2025-03-05, CAMEO 111, 1 of 2)
      "United States criticised Pakistan." [a-2025-03-05]
`
		if code != exitOK {
			t.Fatalf("exit status %d", code)
		}
		if diff := cmp.Diff(want, out); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("directed: no way back", func(t *testing.T) {
		out, _, code := runAnalyst(t, db, "", "path", "united-states", "marco-rubio", "--directed")
		if code != exitOK || !strings.Contains(out, "no chain of relations links united-states and marco-rubio") {
			t.Errorf("exit %d, stdout %q; want 0 and a no-chain message", code, out)
		}
	})
	t.Run("unknown actor", func(t *testing.T) {
		_, errOut, code := runAnalyst(t, db, "", "path", "pakistn", "india")
		if code != exitFailure || !strings.Contains(errOut, `unknown actor`) || !strings.Contains(errOut, "pakistn") {
			t.Errorf("exit %d, stderr %q; want 1 naming the actor", code, errOut)
		}
	})
}

func TestCentralityFilters(t *testing.T) {
	db := handStore(t)
	ids := func(t *testing.T, args ...string) []string {
		t.Helper()
		out, errOut, code := runAnalyst(t, db, "", append([]string{"centrality", "--format", "json", "--top", "0"}, args...)...)
		if code != exitOK {
			t.Fatalf("%v: exit %d; stderr:\n%s", args, code, errOut)
		}
		var rows []struct{ ID string }
		if err := json.Unmarshal([]byte(out), &rows); err != nil {
			t.Fatalf("%v in:\n%s", err, out)
		}
		got := []string{}
		for _, r := range rows {
			got = append(got, r.ID)
		}
		return got
	}
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"type", []string{"--measure", "degree", "--type", "person"}, []string{"marco-rubio"}},
		{"relation", []string{"--measure", "degree", "--relation", "attacked"}, []string{"india", "pakistan"}},
		{"quad class", []string{"--measure", "degree", "--quad-class", "1,2"}, []string{"pakistan", "united-states", "asim-munir", "marco-rubio"}},
		{"until", []string{"--measure", "degree", "--until", "2025-01-31"}, []string{"pakistan", "united-states"}},
		{"since the last article", []string{"--measure", "pagerank", "--since", "2025-03-06"}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, ids(t, tt.args...)); diff != "" {
				t.Errorf("centrality %v (-want +got):\n%s", tt.args, diff)
			}
		})
	}
	t.Run("help states each measure", func(t *testing.T) {
		out, _, _ := runAnalyst(t, db, "", "centrality", "--help")
		for _, w := range []string{"directed", "weighted", "normalised", "unweighted", "sums to 1"} {
			if !strings.Contains(out, w) {
				t.Errorf("centrality --help does not say %q:\n%s", w, out)
			}
		}
	})
	t.Run("communities json has Q", func(t *testing.T) {
		out, _, code := runAnalyst(t, db, "", "communities", "--format", "json")
		var got struct {
			Q           *float64 `json:"q"`
			Communities []json.RawMessage
		}
		if code != exitOK || json.Unmarshal([]byte(out), &got) != nil || got.Q == nil || len(got.Communities) == 0 {
			t.Errorf("communities --format json: exit %d, want an object with q and communities:\n%s", code, out)
		}
	})
}

func TestQueryUnknownIRIWarning(t *testing.T) {
	db := handStore(t)
	for _, format := range []string{"json", "table"} {
		t.Run(format, func(t *testing.T) {
			out, errOut, code := runAnalyst(t, db, "", "query", "--format", format, `g.V("<pakistn>").Out("<name>").All()`)
			if code != exitOK {
				t.Fatalf("exit status %d, want 0; stderr:\n%s", code, errOut)
			}
			if !strings.Contains(errOut, "did you mean <pakistan>?") {
				t.Errorf("stderr %q lacks the suggestion", errOut)
			}
			if format == "json" && strings.TrimSpace(out) != "[]" {
				t.Errorf("stdout = %q, want []", out)
			}
		})
	}
	t.Run("table of tags", func(t *testing.T) {
		out, _, code := runAnalyst(t, db, "", "query", "--format", "table",
			`g.V("<pakistan>").Tag("target").In("<partners-with>").Tag("source").Out("<name>").Tag("name").All()`)
		want := "ID             NAME           SOURCE           TARGET\nUnited States  United States  <united-states>  <pakistan>\n"
		if code != exitOK {
			t.Fatalf("exit %d", code)
		}
		if diff := cmp.Diff(want, out); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
}
