package eval_test

import (
	"context"
	"testing"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/eval"
)

// TestBuiltinExtractorBar runs the built-in extractor over the project's
// evaluation set and fails when a measure falls below the floor the
// extractor has reached: a guard against changes that quietly lose
// events, invent them on sentences that report none, or miscode them.
// `make eval` prints the figures themselves.
func TestBuiltinExtractorBar(t *testing.T) {
	ctx := context.Background()
	set, err := eval.Load(ctx, "../../testdata/eval")
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.DefaultExtractor()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := eval.Run(ctx, x, set)
	if err != nil {
		t.Fatal(err)
	}
	floors := []struct {
		name      string
		got, want float64
	}{
		// The bar of issue 3 is 0.60; the extractor reached 0.670 on all
		// held-out files (0.662 on fresh.jsonl, the second annotator's).
		{"held-out dyad F1", rep.HeldOut.F1, 0.65},
		{"held-out dyad precision", rep.HeldOut.Precision, 0.81},
		{"CAMEO root agreement", rep.RootAgreement, 0.80},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s = %.3f, want at least %.2f", f.name, f.got, f.want)
		}
	}
	if rep.NoEventTriplesPerDozen > 2 {
		t.Errorf("%.2f triples per dozen no-event sentences, want at most 2", rep.NoEventTriplesPerDozen)
	}
	if rep.Errors > 0 {
		t.Errorf("the extractor failed on %d sentences", rep.Errors)
	}
	t.Logf("held-out F1 %.3f (recall %.3f, precision %.3f); root agreement %.3f; %.2f no-event triples per dozen",
		rep.HeldOut.F1, rep.HeldOut.Recall, rep.HeldOut.Precision, rep.RootAgreement, rep.NoEventTriplesPerDozen)
}
