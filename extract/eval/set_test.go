package eval

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// setDir is the evaluation set shipped with the repository.
const setDir = "../../testdata/eval"

// TestShippedSet checks that the shipped set loads and keeps the coverage
// its README promises: enough sentences, no-event sentences, countries,
// events in every CAMEO root, and a dev part of at least 60 sentences and
// at most a quarter.
func TestShippedSet(t *testing.T) {
	set, err := Load(context.Background(), setDir)
	if err != nil {
		t.Fatal(err)
	}
	countries := map[string]bool{}
	roots := map[string]int{}
	noEvent, dev := 0, 0
	for _, s := range set {
		if len(s.Events) == 0 {
			noEvent++
		}
		if s.File == DevFile {
			dev++
		}
		if s.Article.ID != s.ID || (s.Article.Text == "") != s.Dropped {
			t.Errorf("%s: read as article %q with text %q", s.ID, s.Article.ID, s.Article.Text)
		}
		for _, e := range s.Events {
			for _, c := range []string{e.Source, e.Target} {
				if c != IGO {
					countries[c] = true
				}
			}
			if e.Scored() {
				roots[Root(e.Cameo)]++
			}
		}
	}
	if len(set) < 320 {
		t.Errorf("%d sentences, want at least 320", len(set))
	}
	if noEvent < 40 {
		t.Errorf("%d no-event sentences, want at least 40", noEvent)
	}
	if len(countries) < 60 {
		t.Errorf("%d countries, want at least 60", len(countries))
	}
	for root := range RootNames {
		if roots[root] < 8 {
			t.Errorf("root %s: %d scored events, want at least 8", root, roots[root])
		}
	}
	// dev.jsonl is every fifth sentence of the first annotator's files;
	// later held-out files (fresh.jsonl) have no dev part.
	if share := float64(dev) / float64(len(set)); dev < 60 || share > 0.25 {
		t.Errorf("dev part is %d sentences, %.2f of the set, want at least 60 and at most a quarter", dev, share)
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		data string
		want []Sentence
		err  error
	}{
		{
			name: "event and IGO",
			data: `{"id":"x1","date":"2025-03-14","text":"Pakistan's army chief visited Washington.","events":[{"source":"PAK","target":"USA","cameo":"042"},{"source":"IGO","source_name":"UN","target":"PAK","cameo":"073"}]}` + "\n\n",
			want: []Sentence{{ID: "x1", Date: "2025-03-14", Text: "Pakistan's army chief visited Washington.", File: "f",
				Events: []Event{{Source: "PAK", Target: "USA", Cameo: "042"}, {Source: "IGO", SourceName: "UN", Target: "PAK", Cameo: "073"}}}},
		},
		{name: "no id", data: `{"text":"a","events":[]}`, err: ErrBadSet},
		{name: "lower-case country", data: `{"id":"a","text":"a","events":[{"source":"pak","target":"USA","cameo":"042"}]}`, err: ErrBadSet},
		{name: "root 21", data: `{"id":"a","text":"a","events":[{"source":"PAK","target":"USA","cameo":"210"}]}`, err: ErrBadSet},
		{name: "unknown field", data: `{"id":"a","text":"a","event":[]}`, err: ErrBadSet},
		{name: "not JSON", data: `{"id":"a",`, err: ErrBadSet},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(context.Background(), "f", []byte(tt.data))
			if !errors.Is(err, tt.err) {
				t.Fatalf("error %v, want %v", err, tt.err)
			}
			if diff := cmp.Diff(tt.want, got, cmpIgnoreArticle); diff != "" {
				t.Errorf("Parse (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLoadDuplicateID(t *testing.T) {
	dir := t.TempDir()
	line := `{"id":"a","date":"2025-01-01","text":"Text.","events":[]}` + "\n"
	writeFile(t, dir, "a.jsonl", line)
	writeFile(t, dir, "b.jsonl", line)
	if _, err := Load(context.Background(), dir); !errors.Is(err, ErrBadSet) {
		t.Errorf("Load with a repeated id: error %v, want %v", err, ErrBadSet)
	}
	if _, err := Load(context.Background(), t.TempDir()); !errors.Is(err, ErrBadSet) {
		t.Errorf("Load of an empty folder: error %v, want %v", err, ErrBadSet)
	}
}
