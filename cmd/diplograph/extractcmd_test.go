package main

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestExtractParallelOrder checks that extraction on several workers prints
// the same triples in the same order as on one.
func TestExtractParallelOrder(t *testing.T) {
	run := func(workers string) string {
		t.Helper()
		var out, errOut strings.Builder
		code := execute(context.Background(), []string{"extract", "--workers", workers, "../../testdata/articles"}, strings.NewReader(""), &out, &errOut)
		if code != exitOK {
			t.Fatalf("extract --workers %s: exit status %d: %s", workers, code, errOut.String())
		}
		return out.String()
	}
	one := run("1")
	if strings.Count(one, "\n") < 20 {
		t.Fatalf("extract printed only %d triples", strings.Count(one, "\n"))
	}
	if diff := cmp.Diff(one, run("4")); diff != "" {
		t.Errorf("4 workers differ from 1 (-one +four):\n%s", diff)
	}
}
