package main

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/extract/corpus"
)

// lexiconBefore is the user lexicon a corpus is loaded with in
// TestReextractKilled: one actor the generated corpus never names.
const lexiconBefore = `actors:
  - id: acme-minerals
    name: Acme Minerals Corporation
    type: organisation
    country: USA
`

// lexiconAfter adds an organisation whose aliases are officials the
// generated corpus names in about a third of its articles, so that
// re-extracting with it changes the triples of many articles.
const lexiconAfter = lexiconBefore + `  - id: foreign-ministers-forum
    name: Foreign Ministers Forum
    type: organisation
    aliases: [Donald Trump, Xi Jinping, Vladimir Putin, Narendra Modi, Emmanuel Macron, Keir Starmer, Friedrich Merz, Sergey Lavrov, Wang Yi, Hakan Fidan, Ishaq Dar, Abbas Araghchi, Marco Rubio]
`

// reextractSummary is what TestReextractKilled reads of reextract
// --format json.
type reextractSummary struct {
	Coded    int `json:"coded"`
	Changed  int `json:"changed"`
	UpToDate int `json:"up_to_date"`
}

// reextractJSON runs reextract with args and the lexicon lex on db and
// decodes its report.
func reextractJSON(t *testing.T, db, lex string, args ...string) reextractSummary {
	t.Helper()
	out := mustRun(t, append([]string{"--db", db, "--lexicon", lex, "reextract", "--format", "json"}, args...)...)
	var s reextractSummary
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("reextract --format json: %v\n%s", err, out)
	}
	return s
}

// sortedExport gives the quads of the store db as export --format nquads
// writes them, sorted.
func sortedExport(t *testing.T, db string) []string {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(mustRun(t, "--db", db, "export", "--format", "nquads")), "\n")
	slices.Sort(lines)
	return lines
}

// copyFile copies the file src to dst.
func copyFile(t *testing.T, dst, src string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestReextractKilled loads a corpus with one lexicon, kills a reextract
// with another lexicon with SIGKILL part-way, runs reextract again, and
// checks that the store is exactly what an uninterrupted reextract gives:
// the second run re-codes only the articles the first did not reach, and
// every article holds the triples of the new lexicon, none of the old. It
// runs on Bolt, and on PostgreSQL when DIPLOGRAPH_TEST_POSTGRES names a
// server. With DIPLOGRAPH_SLOW_TESTS=1 the corpus is larger.
func TestReextractKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("loads and re-extracts a generated corpus several times")
	}
	dir := t.TempDir()
	n := 150
	if os.Getenv("DIPLOGRAPH_SLOW_TESTS") != "" {
		n = 1000
	}
	in := filepath.Join(dir, "corpus")
	if _, err := corpus.WriteDir(in, corpus.Options{Seed: 42, Articles: n}, 10); err != nil {
		t.Fatal(err)
	}
	l1, l2 := filepath.Join(dir, "before.yaml"), filepath.Join(dir, "after.yaml")
	if err := os.WriteFile(l1, []byte(lexiconBefore), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(l2, []byte(lexiconAfter), 0o644); err != nil {
		t.Fatal(err)
	}
	load := func(db string) { mustRun(t, "--db", db, "--lexicon", l1, "load", "--quiet", "--batch", "10", in) }

	t.Run("bolt", func(t *testing.T) {
		loaded := filepath.Join(dir, "loaded.db")
		load(loaded)
		i := 0
		runReextractKilled(t, n, l2, func() string {
			i++
			db := filepath.Join(dir, fmt.Sprintf("copy%d.db", i))
			copyFile(t, db, loaded)
			return db
		})
	})
	t.Run("postgres", func(t *testing.T) {
		if os.Getenv("DIPLOGRAPH_TEST_POSTGRES") == "" {
			t.Skip("set DIPLOGRAPH_TEST_POSTGRES to a postgres:// URL (graph/testdata/start-postgres.sh starts a server)")
		}
		runReextractKilled(t, n, l2, func() string {
			db := postgresDatabase(t)
			load(db)
			return db
		})
	})
}

// postgresDatabase creates a database on the server DIPLOGRAPH_TEST_POSTGRES
// names, dropped when t ends, and gives its URL.
func postgresDatabase(t *testing.T) string {
	t.Helper()
	base := os.Getenv("DIPLOGRAPH_TEST_POSTGRES")
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	var b [6]byte
	rand.Read(b[:])
	name := "diplograph_kill_" + hex.EncodeToString(b[:])
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		admin.Close()
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// runReextractKilled is TestReextractKilled on the stores loaded gives,
// each a new store holding the n articles coded with the old lexicon; l2
// is the new lexicon.
func runReextractKilled(t *testing.T, n int, l2 string, loaded func() string) {
	// Batches of 10: a kill falls between two of them, and the run after
	// it cuts the rest of the articles as the uninterrupted run does.
	batch := []string{"--batch", "10"}
	clean := loaded()
	old := sortedExport(t, clean)
	start := time.Now()
	rep := reextractJSON(t, clean, l2, batch...)
	took := time.Since(start)
	if rep.Coded != n || rep.Changed < n/5 {
		t.Fatalf("an uninterrupted reextract re-coded %d articles and changed %d, want %d and at least %d (the new lexicon must change many)",
			rep.Coded, rep.Changed, n, n/5)
	}
	want := sortedExport(t, clean)
	if slices.Equal(want, old) {
		t.Fatal("the new lexicon changed nothing in the export")
	}

	// Kill part-way: try a few moments until one falls after some
	// articles were replaced and before the end.
	var killed string
	var done int
	killSearch(8, func(frac float64) int {
		db := loaded()
		cmd := exec.Command(diplographBin(t), append([]string{"--db", db, "--lexicon", l2, "reextract"}, batch...)...)
		cmd.Env = append(os.Environ(), "DIPLOGRAPH_DB=", "DIPLOGRAPH_LEXICON=")
		if !runKilled(t, cmd, time.Duration(float64(took)*frac)) {
			return killTooLate // it finished first
		}
		s := reextractJSON(t, db, l2, "--dry-run")
		switch {
		case s.UpToDate >= n:
			return killTooLate
		case s.UpToDate == 0:
			return killTooEarly
		}
		t.Logf("killed at %.0f%% of a clean reextract's time, with %d of %d articles re-coded", frac*100, s.UpToDate, n)
		killed, done = db, s.UpToDate
		return killPartWay
	})
	if killed == "" {
		t.Fatalf("could not kill a reextract part-way (a clean one takes %v)", took)
	}

	var st struct {
		Stale int `json:"stale_articles"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "--db", killed, "--lexicon", l2, "stats", "--format", "json")), &st); err != nil || st.Stale != n-done {
		t.Errorf("stats after the kill: %d stale articles (%v), want %d", st.Stale, err, n-done)
	}

	again := reextractJSON(t, killed, l2, batch...)
	if again.Coded != n-done || again.UpToDate != done {
		t.Errorf("the reextract after the kill re-coded %d articles and skipped %d, want %d and %d",
			again.Coded, again.UpToDate, n-done, done)
	}
	got := sortedExport(t, killed)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("killed then re-run store differs from an uninterrupted reextract (-clean +re-run):\n%s", diff)
	}
	if last := reextractJSON(t, killed, l2, batch...); last.Coded != 0 || last.UpToDate != n {
		t.Errorf("a third reextract re-coded %d articles and skipped %d, want 0 and %d", last.Coded, last.UpToDate, n)
	}
}
