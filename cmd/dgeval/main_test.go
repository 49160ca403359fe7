package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/eval"
)

// echoExtractor predicts Pakistan visiting the United States for every article.
type echoExtractor struct{}

func (echoExtractor) Extract(ctx context.Context, a extract.Article) ([]extract.Triple, error) {
	return []extract.Triple{{
		Article:  a.ID,
		Subject:  extract.Actor{ID: "pakistan", Type: extract.TypeCountry, Country: "PAK"},
		Relation: extract.Relation{ID: "visited", Cameo: "042"},
		Object:   extract.Actor{ID: "united-states", Type: extract.TypeCountry, Country: "USA"},
	}}, nil
}

func newEcho() (eval.Extractor, error) { return echoExtractor{}, nil }

func TestRun(t *testing.T) {
	dir := t.TempDir()
	set := `{"id":"a","date":"2025-09-25","text":"Pakistan's army chief visited Washington.","events":[{"source":"PAK","target":"USA","cameo":"042"}]}
{"id":"b","date":"2025-09-25","text":"It rained in Lahore.","events":[]}
`
	if err := os.WriteFile(filepath.Join(dir, "dev.jsonl"), []byte(set), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string
		wantErr  string
	}{
		{name: "text", args: []string{dir}, wantOut: "dyad recall 1.000  precision 0.500  F1 0.667"},
		{name: "verbose", args: []string{"-v", dir}, wantOut: "b [dev] It rained in Lahore.\n  false PAK→USA 042 visited"},
		{name: "json", args: []string{"-json", dir}, wantOut: `"no_event_triples": 1`},
		{name: "missing set", args: []string{filepath.Join(dir, "nope")}, wantCode: 1, wantErr: "no .jsonl files"},
		{name: "no argument", args: nil, wantCode: 2, wantErr: "usage: dgeval"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(context.Background(), tt.args, &out, &errOut, newEcho)
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d (stderr %q)", code, tt.wantCode, errOut.String())
			}
			if !strings.Contains(out.String(), tt.wantOut) {
				t.Errorf("stdout lacks %q:\n%s", tt.wantOut, out.String())
			}
			if !strings.Contains(errOut.String(), tt.wantErr) {
				t.Errorf("stderr lacks %q:\n%s", tt.wantErr, errOut.String())
			}
		})
	}
}

func TestRunJSONShape(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"-json", "../../testdata/eval"}, &out, &errOut, newEcho); code != 0 {
		t.Fatalf("exit status %d: %s", code, errOut.String())
	}
	var got struct {
		Sentences        int              `json:"sentences"`
		NoEventSentences int              `json:"no_event_sentences"`
		ByRoot           []eval.RootStats `json:"by_root"`
		Results          []eval.Result    `json:"results"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Sentences < 320 || got.NoEventSentences < 40 || len(got.ByRoot) != 20 {
		t.Errorf("sentences %d, no-event %d, roots %d; want ≥320, ≥40, 20", got.Sentences, got.NoEventSentences, len(got.ByRoot))
	}
	if diff := cmp.Diff([]eval.Result(nil), got.Results); diff != "" {
		t.Errorf("-json without -v carries per-sentence results (-want +got):\n%s", diff)
	}
}
