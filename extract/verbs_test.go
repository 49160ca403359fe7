package extract

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestVocabularyCodes checks that every phrase of the embedded vocabulary
// codes to a CAMEO relation the relation table knows.
func TestVocabularyCodes(t *testing.T) {
	if _, err := builtinVocab(); err != nil {
		t.Fatalf("builtin vocabulary: %v", err)
	}
	unknown := map[string]bool{}
	n := 0
	for line := range strings.SplitSeq(verbsTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		n++
		code := strings.Split(line, "\t")[1]
		if _, ok := RelationFor(code); !ok {
			unknown[code] = true
		}
	}
	if n < 10000 {
		t.Errorf("vocabulary has %d phrases, want the PETRARCH verbs and patterns (over 10000)", n)
	}
	if len(unknown) > 0 {
		t.Errorf("codes not in the CAMEO table: %v", unknown)
	}
}

func TestParseVocabErrors(t *testing.T) {
	for _, data := range []string{"praise\t051\n", "praise\t051\tq\tcurated\n"} {
		if _, err := parseVocab(data); !errors.Is(err, ErrVocabulary) {
			t.Errorf("parseVocab(%q) error = %v, want ErrVocabulary", data, err)
		}
	}
}

// TestMatchPhrases checks the phrase matcher: skipped modifiers, stems,
// longest match, and curated phrases winning a tie.
func TestMatchPhrases(t *testing.T) {
	v, err := builtinVocab()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want, code string
	}{
		{"signed a new defence agreement with", "signed a new defence agreement with", "057"},
		{"restore diplomatic relations with", "restore diplomatic relations with", "050"},
		{"held talks with", "held talks with", "040"},
		{"imposed sweeping new sanctions on", "imposed sweeping new sanctions on", "163"},
		{"paid a five-day official visit to", "paid a five-day official visit to", "042"},
		{"praised", "praised", "051"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			toks := tokenize(tt.text, nil)
			m, ok := v.matchAt(toks, 0, nil)
			if !ok {
				t.Fatalf("no match for %q", tt.text)
			}
			got := []string{spanText(toks, m.start, m.end), m.entry.code}
			if diff := cmp.Diff([]string{tt.want, tt.code}, got); diff != "" {
				t.Errorf("matchAt(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
