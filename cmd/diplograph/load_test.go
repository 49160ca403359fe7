package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
