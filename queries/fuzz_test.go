package queries

import (
	"context"
	"testing"
	"time"
)

// FuzzRun runs arbitrary Gizmo: whatever the query, Run returns (an error
// or results) and the process survives. A panic in Cayley's goroutine
// would end the fuzzing process, which reports it.
func FuzzRun(f *testing.F) {
	for _, s := range []string{
		`g.V("<pakistan>").In("<partners-with>").All()`,
		`g.V().In(null, null).All()`,
		`g.V().Out({}).All()`,
		`g.V(iri("x")).Out(["<a>", "<b>"], "t").All()`,
		`g.V().FollowRecursive(g.M().Out(), 2, "d").All()`,
		`g.V().LabelContext("<article/a1>").Out().All()`,
		`g.V().Has("<quad_class>", gt(1)).Count()`,
		`g.V().Filter(regex("^<p", true)).TagArray()`,
		`g.M().Out().All()`,
		`g.V().Save("<name>", "n").Back("n").All()`,
		`g.Emit(typed("1", "x"))`,
		`g.V().Intersect(g.M()).Union(g.V()).Except(g.M().In()).All()`,
	} {
		f.Add(s)
	}
	qs := storeOf(f, seedTriples())
	f.Fuzz(func(t *testing.T, src string) {
		res, err := Run(context.Background(), qs, src, Options{Limit: 20, Timeout: 200 * time.Millisecond})
		if err == nil && res == nil {
			t.Errorf("Run(%q) = nil, nil", src)
		}
	})
}
