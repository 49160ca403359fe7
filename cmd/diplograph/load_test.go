package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/corpus"
	"github.com/diplograph/diplograph/graph"
)

// TestLoadExitStatus checks the exit statuses a script relies on: 0 when
// every input loads, 2 when some were skipped (each named on stderr), 1 when
// nothing could be done.
func TestLoadExitStatus(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", "date 2025-03-01\nFrench President Emmanuel Macron met German Chancellor Friedrich Merz in Paris on Saturday.\n")
	empty := write("empty.txt", "")
	binary := write("binary.txt", "\x00\x01\x02PK\x03\x04")
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr []string
	}{
		{"all good", []string{"load", good}, exitOK, nil},
		{"some bad", []string{"load", good, empty, binary}, exitPartial, []string{"empty.txt", "binary.txt", "some inputs were skipped"}},
		{"missing file", []string{"load", filepath.Join(dir, "nope.txt")}, exitPartial, []string{"nope.txt"}},
		{"no such command", []string{"lod"}, exitFailure, []string{"unknown command"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut strings.Builder
			args := append([]string{"--db", filepath.Join(t.TempDir(), "t.db")}, tt.args...)
			code := execute(context.Background(), args, strings.NewReader(""), &out, &errOut)
			if code != tt.wantCode {
				t.Fatalf("exit status = %d, want %d; stderr:\n%s", code, tt.wantCode, errOut.String())
			}
			for _, w := range tt.wantStderr {
				if !strings.Contains(errOut.String(), w) {
					t.Errorf("stderr does not name %q:\n%s", w, errOut.String())
				}
			}
		})
	}
}

// TestLoadURLs loads URLs from a local server: the article page is
// stored, and each failing URL is named with its reason while the rest of
// the batch goes on.
func TestLoadURLs(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/news/summit", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><head><title>Leaders meet</title><meta property="article:published_time" content="2025-04-02"></head>
<body><article><h1>Leaders meet</h1><p>French President Emmanuel Macron met German Chancellor Friedrich Merz in Berlin on Wednesday.</p></article></body></html>`)
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.7")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	db := filepath.Join(t.TempDir(), "t.db")
	var out, errOut strings.Builder
	args := []string{"--db", db, "load", srv.URL + "/news/summit", srv.URL + "/missing", srv.URL + "/report.pdf"}
	code := execute(context.Background(), args, strings.NewReader(""), &out, &errOut)
	if code != exitPartial {
		t.Fatalf("exit status %d, want %d; stderr:\n%s", code, exitPartial, errOut.String())
	}
	for _, want := range []string{srv.URL + "/missing", "404", srv.URL + "/report.pdf", "not a text content type"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("stderr does not name %q:\n%s", want, errOut.String())
		}
	}
	if !strings.Contains(out.String(), "1 stored") {
		t.Errorf("the article page was not stored: %s", out.String())
	}
}

// TestLoadProgress checks that the progress bar shows when asked for (as
// on a terminal) and that nothing but the summary is printed otherwise.
func TestLoadProgress(t *testing.T) {
	dir := t.TempDir()
	if _, err := corpus.WriteDir(filepath.Join(dir, "in"), corpus.Options{Seed: 5, Articles: 30}, 10); err != nil {
		t.Fatal(err)
	}
	on, off := true, false
	tests := []struct {
		name     string
		progress *bool
		quiet    bool
		want     []string // in stderr; none: stderr empty
	}{
		{"forced on", &on, false, []string{"articles stored (", "/s)", "%"}},
		{"not a terminal", nil, false, nil},
		{"forced off", &off, false, nil},
		{"quiet", nil, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut strings.Builder
			o := &loadOptions{
				globalOptions: &globalOptions{DB: filepath.Join(t.TempDir(), "t.db"), In: strings.NewReader(""), Out: &out, Err: &errOut},
				Paths:         []string{filepath.Join(dir, "in")},
				Workers:       2, Batch: 7, BatchWait: time.Second, Quiet: tt.quiet, Progress: tt.progress,
			}
			if err := runLoad(context.Background(), o); err != nil {
				t.Fatalf("runLoad: %v", err)
			}
			if tt.want == nil && errOut.Len() > 0 {
				t.Errorf("stderr should be empty:\n%q", errOut.String())
			}
			for _, w := range tt.want {
				if !strings.Contains(errOut.String(), w) {
					t.Errorf("stderr lacks %q:\n%q", w, errOut.String())
				}
			}
			if wantOut := !tt.quiet; strings.Contains(out.String(), "30 stored") != wantOut {
				t.Errorf("summary on stdout = %q, want one: %v", out.String(), wantOut)
			}
		})
	}
}

// TestLoadBatchSizes checks that the store a load gives does not depend on
// the batch size or the number of workers.
func TestLoadBatchSizes(t *testing.T) {
	dir := t.TempDir()
	if _, err := corpus.WriteDir(filepath.Join(dir, "in"), corpus.Options{Seed: 9, Articles: 60}, 7); err != nil {
		t.Fatal(err)
	}
	dump := func(batch, workers string) string {
		t.Helper()
		db := filepath.Join(t.TempDir(), "t.db")
		var out, errOut strings.Builder
		if code := execute(context.Background(), []string{"--db", db, "load", "--batch", batch, "--workers", workers, filepath.Join(dir, "in")}, nil, &out, &errOut); code != 0 {
			t.Fatalf("load --batch %s: exit %d: %s", batch, code, errOut.String())
		}
		out.Reset()
		if code := execute(context.Background(), []string{"--db", db, "export", "--format", "nquads"}, nil, &out, &errOut); code != 0 {
			t.Fatalf("export: exit %d: %s", code, errOut.String())
		}
		return out.String()
	}
	want := dump("1", "1")
	if got := dump("200", "4"); got != want {
		t.Errorf("load --batch 200 --workers 4 stores other quads than --batch 1 --workers 1 (-batch 1 +batch 200):\n%s", cmp.Diff(want, got))
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"100", 100}, {"2KiB", 2048}, {"20MiB", 20 << 20}, {"1G", 1 << 30}, {"3 mb", 3 << 20}, {"10B", 10},
		{"", -1}, {"lots", -1}, {"-5", -1}, {"0", -1}, {"KiB", -1},
	}
	for _, tt := range tests {
		got, err := parseSize(tt.in)
		if tt.want < 0 {
			if err == nil {
				t.Errorf("parseSize(%q) = %d, want an error", tt.in, got)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

// TestLoadBatchWait checks the time bound on batches: with a slow input
// behind it, an article is stored after --batch-wait even though its
// batch is far from full.
func TestLoadBatchWait(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "t.db")
	store, err := graph.Open(ctx, graph.BackendBolt, db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	ex, err := extract.DefaultExtractor()
	if err != nil {
		t.Fatal(err)
	}
	first := extract.Article{ID: "first", Date: "2025-05-01", Text: "French President Emmanuel Macron met German Chancellor Friedrich Merz in Paris on Thursday."}
	second := extract.Article{ID: "second", Date: "2025-05-02", Text: "India and Pakistan signed a water-sharing agreement in Islamabad on Friday."}
	var out, errOut strings.Builder
	o := &loadOptions{
		globalOptions: &globalOptions{DB: db, Out: &out, Err: &errOut},
		Paths:         []string{"https://one.example/a", "https://two.example/b"},
		Workers:       2, Batch: 200, BatchWait: 100 * time.Millisecond,
		// The second input arrives only once the first article is stored.
		Fetch: func(ctx context.Context, url string) ([]extract.Article, error) {
			if strings.Contains(url, "one.example") {
				return []extract.Article{first}, nil
			}
			for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
				if ok, err := store.HasArticle(ctx, first.ID); err != nil {
					return nil, err
				} else if ok {
					return []extract.Article{second}, nil
				}
			}
			return nil, fmt.Errorf("the first article was not stored while the input waited")
		},
	}
	sum, err := loadInto(ctx, store, ex, o)
	if err != nil {
		t.Fatalf("loadInto: %v", err)
	}
	if sum.Stored != 2 || sum.Failed != 0 {
		t.Errorf("summary %v, want 2 stored and none failed; stderr:\n%s", sum, errOut.String())
	}
}

// TestLoadCompletesStoryIndex stores articles without their story index,
// as a load killed between the article's transaction and the index's
// leaves them, and checks that loading the same input again writes the
// missing index: the store then holds what one uninterrupted load gives.
func TestLoadCompletesStoryIndex(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if _, err := corpus.WriteDir(in, corpus.Options{Seed: 5, Articles: 40}, 10); err != nil {
		t.Fatal(err)
	}
	export := func(db string) string {
		t.Helper()
		var out, errOut strings.Builder
		if code := execute(ctx, []string{"--db", db, "export", "--format", "nquads"}, nil, &out, &errOut); code != 0 {
			t.Fatalf("export: exit %d: %s", code, errOut.String())
		}
		return out.String()
	}
	load := func(db string) {
		t.Helper()
		var out, errOut strings.Builder
		if code := execute(ctx, []string{"--db", db, "load", "--quiet", in}, nil, &out, &errOut); code != 0 {
			t.Fatalf("load: exit %d: %s", code, errOut.String())
		}
	}
	clean := filepath.Join(dir, "clean.db")
	load(clean)

	// The first ten articles stored as a load stores them, not indexed.
	crashed := filepath.Join(dir, "crashed.db")
	store, err := graph.Open(ctx, graph.BackendBolt, crashed)
	if err != nil {
		t.Fatal(err)
	}
	ex, version, err := (&globalOptions{}).extractor()
	if err != nil {
		t.Fatal(err)
	}
	var batch []graph.ArticleTriples
	err = extract.WalkInputs(ctx, []string{in}, nil, func(path string, arts []extract.Article, err error) error {
		for _, a := range arts {
			if err != nil || len(batch) == 10 {
				return err
			}
			ts, err := ex.Extract(ctx, a)
			if err != nil {
				return err
			}
			batch = append(batch, graph.ArticleTriples{Article: a, Triples: ts})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.PutArticles(ctx, batch, graph.PutOptions{Version: version}); err != nil {
		t.Fatal(err)
	}
	if ok, err := store.StoryIndexed(ctx, batch[0].Article.ID); err != nil || ok {
		t.Fatalf("StoryIndexed of an article stored without its index = %v, %v; want false", ok, err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}

	load(crashed)
	if diff := cmp.Diff(export(clean), export(crashed)); diff != "" {
		t.Errorf("store loaded again after a crash before the story index differs from a clean load (-clean +reloaded):\n%s", diff)
	}
}
