package extract

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks that any text yields well-formed triples: no panic,
// valid UTF-8, no actor without id or name, no self-loop.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*"))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data))
		}
	}
	f.Add("U.S. Secretary of State Marco Rubio (USSR) met ( ) – – \"“ he said he’s")
	f.Add("Pakistan's army chief Field Marshal Asim Munir paid a visit to Washington in June.")
	x := testExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		ts, err := x.Extract(context.Background(), Article{ID: "fuzz", Date: "2025-01-02", Text: text})
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		for _, tr := range ts {
			for _, a := range []Actor{tr.Subject, tr.Object} {
				if a.ID == "" || a.Name == "" {
					t.Errorf("actor without id or name: %+v", a)
				}
				for _, s := range append([]string{a.ID, a.Name, a.Role, a.Country}, a.Aliases...) {
					if !utf8.ValidString(s) {
						t.Errorf("invalid UTF-8 in actor %+v", a)
					}
				}
			}
			if tr.Subject.ID == tr.Object.ID {
				t.Errorf("self-loop: %s", line(tr))
			}
			if !utf8.ValidString(tr.Sentence) || !utf8.ValidString(tr.Relation.ID) {
				t.Errorf("invalid UTF-8 in triple %+v", tr)
			}
			if tr.Confidence <= 0 || tr.Confidence > 1 {
				t.Errorf("confidence %v out of (0, 1]: %s", tr.Confidence, line(tr))
			}
		}
	})
}
