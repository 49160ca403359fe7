package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/extract/corpus"
)

// diplographBin gives the diplograph command as the tests run it: the test
// binary under the name "diplograph", which testscript.Main (see TestMain)
// puts on $PATH and runs as the CLI.
func diplographBin(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("diplograph")
	if err != nil {
		t.Fatalf("the diplograph command is not on $PATH (TestMain sets it up): %v", err)
	}
	return p
}

// run runs diplograph with args to its end and returns its stdout, stderr
// and exit status.
func run(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd := exec.Command(diplographBin(t), args...)
	cmd.Stdout, cmd.Stderr = &out, &errOut
	cmd.Env = append(os.Environ(), "DIPLOGRAPH_DB=")
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run diplograph %v: %v", args, err)
	}
	return out.String(), errOut.String(), code
}

// mustRun runs diplograph and fails t unless it exits 0.
func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, code := run(t, args...)
	if code != 0 {
		t.Fatalf("diplograph %s: exit status %d\nstderr:\n%s", strings.Join(args, " "), code, errOut)
	}
	return out
}

// storedArticles gives the number of complete articles in the store db.
func storedArticles(t *testing.T, db string) int {
	t.Helper()
	var st struct {
		Articles int `json:"articles"`
	}
	out := mustRun(t, "--db", db, "stats", "--format", "json")
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("stats --format json: %v\n%s", err, out)
	}
	return st.Articles
}

// TestLoadKilled kills a load with SIGKILL after it has written some
// batches, loads again, and checks that the store is exactly what one
// uninterrupted load gives: every article whole, none twice, nothing lost.
func TestLoadKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a generated corpus three times")
	}
	dir := t.TempDir()
	const n = 300
	if _, err := corpus.WriteDir(filepath.Join(dir, "corpus"), corpus.Options{Seed: 42, Articles: n}, 10); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "corpus")

	clean := filepath.Join(dir, "clean.db")
	start := time.Now()
	mustRun(t, "--db", clean, "load", "--quiet", "--batch", "20", in)
	took := time.Since(start)
	if got := storedArticles(t, clean); got != n {
		t.Fatalf("a clean load stored %d articles, want %d", got, n)
	}
	want := mustRun(t, "--db", clean, "export", "--format", "nquads")

	// Kill part-way: try a few moments until one falls between batches
	// written and the end.
	var killed string
	killSearch(8, func(frac float64) int {
		db := filepath.Join(dir, "killed.db")
		os.Remove(db)
		cmd := exec.Command(diplographBin(t), "--db", db, "load", "--quiet", "--batch", "20", in)
		cmd.Env = append(os.Environ(), "DIPLOGRAPH_DB=")
		if !runKilled(t, cmd, time.Duration(float64(took)*frac)) {
			return killTooLate // it finished first
		}
		switch got := storedArticles(t, db); {
		case got >= n:
			return killTooLate
		case got == 0:
			return killTooEarly
		default:
			t.Logf("killed at %.0f%% of a clean load's time, with %d of %d articles stored", frac*100, got, n)
			killed = db
			return killPartWay
		}
	})
	if killed == "" {
		t.Fatalf("could not kill a load part-way (a clean load takes %v)", took)
	}

	out := mustRun(t, "--db", killed, "load", "--batch", "20", in)
	if !strings.Contains(out, "already stored") || strings.Contains(out, " 0 already stored") {
		t.Errorf("the reload found nothing already stored: %s", out)
	}
	got := mustRun(t, "--db", killed, "export", "--format", "nquads")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("killed then reloaded store differs from a clean load (-clean +reloaded):\n%s", diff)
	}
}

// TestLoadInUse starts a load that holds the Bolt file (it waits for its
// standard input) and checks that a second load on the same file fails
// within seconds with a clear message and leaves the store intact for the
// first, which then completes.
func TestLoadInUse(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "shared.db")
	var articles bytes.Buffer
	if _, err := corpus.WriteJSONL(&articles, corpus.Options{Seed: 3, Articles: 20}); err != nil {
		t.Fatal(err)
	}

	first := exec.Command(diplographBin(t), "--db", db, "load", "-")
	first.Env = append(os.Environ(), "DIPLOGRAPH_DB=")
	stdin, err := first.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var firstOut, firstErr bytes.Buffer
	first.Stdout, first.Stderr = &firstOut, &firstErr
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	defer first.Process.Kill()
	// The first load opens the store, then waits for its input.
	deadline := time.Now().Add(20 * time.Second)
	for {
		if _, err := os.Stat(db); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the first load did not create the store")
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)

	file := filepath.Join(dir, "one.jsonl")
	if err := os.WriteFile(file, articles.Bytes()[:bytes.IndexByte(articles.Bytes(), '\n')+1], 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	start := time.Now()
	second := exec.CommandContext(ctx, diplographBin(t), "--db", db, "load", file)
	second.Env = append(os.Environ(), "DIPLOGRAPH_DB=")
	var secondErr bytes.Buffer
	second.Stderr = &secondErr
	err = second.Run()
	waited := time.Since(start)
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitFailure {
		t.Fatalf("the second load: %v, want exit status %d; stderr:\n%s", err, exitFailure, secondErr.String())
	}
	if msg := secondErr.String(); !strings.Contains(msg, "in use by another") || !strings.Contains(msg, db) {
		t.Errorf("the second load's message does not say the store %s is in use:\n%s", db, msg)
	}
	if waited > 15*time.Second {
		t.Errorf("the second load took %v to give up", waited)
	}

	if _, err := stdin.Write(articles.Bytes()); err != nil {
		t.Fatal(err)
	}
	stdin.Close()
	if err := first.Wait(); err != nil {
		t.Fatalf("the first load: %v\nstderr:\n%s", err, firstErr.String())
	}
	if !strings.Contains(firstOut.String(), "20 stored") {
		t.Errorf("the first load did not store its 20 articles: %s", firstOut.String())
	}
	if got := storedArticles(t, db); got != 20 {
		t.Errorf("store holds %d articles, want 20", got)
	}
}
