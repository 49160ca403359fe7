package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
)

// putArticles stores articles with their texts, as load does once it
// calls PutArticles, in a new Bolt store, and returns its path.
func putArticles(t *testing.T, arts ...extract.Article) string {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "test.db")
	s, err := graph.Open(ctx, graph.BackendBolt, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	x, err := extract.DefaultExtractor()
	if err != nil {
		t.Fatal(err)
	}
	lex, _ := extract.BuiltinLexicon()
	for _, a := range arts {
		ts, err := x.Extract(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.PutArticle(ctx, a, ts, graph.PutOptions{Version: graph.ExtractorVersion(lex)}); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// runCLI runs one command line and returns its standard output.
func runCLI(t *testing.T, wantCode int, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := execute(context.Background(), args, strings.NewReader(""), &out, &errOut); code != wantCode {
		t.Fatalf("diplograph %s: exit %d, want %d; stderr:\n%s", strings.Join(args, " "), code, wantCode, errOut.String())
	}
	return out.String()
}

var (
	artA = extract.Article{ID: "a", Date: "2025-10-27", Source: "Wire", Text: "Acme Minerals signed an agreement with Pakistan. India criticised Pakistan."}
	artB = extract.Article{ID: "b", Date: "2025-10-28", Source: "Other", Text: "The United States praised India. India criticised Pakistan."}
)

func TestForgetEqualsNeverLoaded(t *testing.T) {
	alone := putArticles(t, artA)
	both := putArticles(t, artA, artB)
	want := runCLI(t, 0, "--db", alone, "export", "--format", "json")
	if got := runCLI(t, 0, "--db", both, "export", "--format", "json"); got == want {
		t.Fatal("exports with and without article b are equal: the test proves nothing")
	}
	if got := runCLI(t, 0, "--db", both, "forget", "--source", "Other"); got != "1 articles forgotten\n" {
		t.Errorf("forget --source Other printed %q", got)
	}
	if diff := cmp.Diff(want, runCLI(t, 0, "--db", both, "export", "--format", "json")); diff != "" {
		t.Errorf("export after forgetting b, against a alone (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(runCLI(t, 0, "--db", alone, "export", "--format", "nquads"), runCLI(t, 0, "--db", both, "export", "--format", "nquads")); diff != "" {
		t.Errorf("N-Quads after forgetting b, against a alone (-want +got):\n%s", diff)
	}
}

func TestReextractWithLexicon(t *testing.T) {
	db := putArticles(t, artA, artB)
	lex := filepath.Join(t.TempDir(), "acme.yaml")
	if err := os.WriteFile(lex, []byte("actors:\n  - id: acme-minerals\n    name: Acme Minerals\n    type: organisation\n    country: USA\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := runCLI(t, 0, "--db", db, "stats"); !strings.Contains(got, "stale articles         0") {
		t.Errorf("stats before a new lexicon:\n%s", got)
	}
	if got := runCLI(t, 0, "--db", db, "--lexicon", lex, "stats"); !strings.Contains(got, "stale articles         2") {
		t.Errorf("stats with a new lexicon:\n%s", got)
	}
	before := runCLI(t, 0, "--db", db, "export", "--format", "nquads")
	dry := runCLI(t, 0, "--db", db, "--lexicon", lex, "reextract", "--dry-run")
	if !strings.Contains(dry, "actors appeared: acme-minerals") || !strings.Contains(dry, "dry run") {
		t.Errorf("reextract --dry-run printed:\n%s", dry)
	}
	if runCLI(t, 0, "--db", db, "export", "--format", "nquads") != before {
		t.Error("reextract --dry-run changed the store")
	}
	got := runCLI(t, 0, "--db", db, "--lexicon", lex, "reextract")
	if diff := cmp.Diff(strings.Replace(dry, " (dry run: nothing written)", "", 1), got); diff != "" {
		t.Errorf("reextract against its dry run (-want +got):\n%s", diff)
	}
	if !strings.Contains(runCLI(t, 0, "--db", db, "actors"), "acme-minerals") {
		t.Error("acme-minerals not among the actors after reextract")
	}
	after := runCLI(t, 0, "--db", db, "export", "--format", "nquads")
	if again := runCLI(t, 0, "--db", db, "--lexicon", lex, "reextract"); !strings.HasPrefix(again, "0 articles re-coded, 0 changed, 2 already up to date\n") {
		t.Errorf("second reextract printed:\n%s", again)
	}
	if runCLI(t, 0, "--db", db, "export", "--format", "nquads") != after {
		t.Error("a second reextract changed the store")
	}
}
