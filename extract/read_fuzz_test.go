package extract

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// sha256Prefix is the first 16 hex digits of the SHA-256 of s.
func sha256Prefix(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:8])
}

// FuzzReadArticles feeds arbitrary bytes to every reader, named with each
// extension: no panic, and every article has an id and valid UTF-8 text.
func FuzzReadArticles(f *testing.F) {
	for _, glob := range []string{"../testdata/articles/*", "../testdata/read/*.*", "../testdata/read/bad/*"} {
		paths, _ := filepath.Glob(glob)
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
			}
		}
	}
	names := []string{"a.txt", "a.md", "a.json", "a.jsonl", "a.html", "a.rss", "a.unknown", "-"}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range names {
			var arts []Article
			var err error
			done := make(chan struct{})
			go func() {
				defer close(done)
				arts, err = ReadArticles(context.Background(), name, bytes.NewReader(data))
			}()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatalf("%s: ReadArticles hung on %d bytes", name, len(data))
			}
			if err != nil && strings.Contains(err.Error(), "\n") {
				t.Errorf("%s: error of several lines: %q", name, err)
			}
			if err != nil && (arts == nil || !errors.Is(err, ErrSkipped)) {
				if arts != nil {
					t.Errorf("%s: articles with an error other than ErrSkipped: %v", name, err)
				}
				continue
			}
			if len(arts) == 0 {
				t.Errorf("%s: no articles and no error", name)
			}
			for _, a := range arts {
				for _, s := range []string{a.ID, a.Title, a.Date, a.URL, a.Source, a.Text} {
					if !utf8.ValidString(s) {
						t.Errorf("%s: invalid UTF-8 %q", name, s)
					}
				}
				if a.ID == "" || a.Text == "" {
					t.Errorf("%s: article without id or text: %+v", name, a)
				}
				if a.Date != "" && NormalizeDate(a.Date) != a.Date {
					t.Errorf("%s: date %q not YYYY-MM-DD", name, a.Date)
				}
			}
		}
	})
}
