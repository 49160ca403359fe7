package queries_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/queries"
)

func Example() {
	qs := memstore.New(
		quad.Make(quad.IRI("united-states"), quad.IRI("partners-with"), quad.IRI("pakistan"), quad.IRI("article/a1")),
		quad.Make(quad.IRI("pakistan"), quad.IRI("name"), quad.String("Pakistan"), nil),
	)
	ctx := context.Background()
	res, err := queries.Run(ctx, qs, `g.V("<pakistan>").In("<partners-with>").All()`, queries.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	json.NewEncoder(os.Stdout).Encode(res)

	// A misspelt actor: an empty result, and a hint.
	res, err = queries.Run(ctx, qs, `g.V("<pakistn>").In().All()`, queries.Options{})
	fmt.Println(len(res), err)

	// A runaway query is stopped.
	_, err = queries.Run(ctx, qs, `while (true) {}`, queries.Options{Timeout: 50 * time.Millisecond})
	fmt.Println(err)
	// Output:
	// [{"id":"\u003cunited-states\u003e"}]
	// 0 no <pakistn>; did you mean <pakistan>?
	// queries: query timed out after 50ms: the query was stopped (narrow it, or allow more time)
}

func ExampleNamed_Render() {
	q, ok := queries.Get("evidence")
	if !ok {
		return
	}
	for _, p := range q.Params {
		fmt.Printf("%s (%s): %s\n", p.Name, p.Kind, p.Description)
	}
	src, err := q.Render(map[string]string{"subject": "united-states", "relation": "partners-with", "object": "pakistan"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(src[:strings.Index(src, "//")])
	// Output:
	// subject (iri): the subject actor id, e.g. united-states
	// relation (iri): the relation id, e.g. partners-with
	// object (iri): the object actor id, e.g. pakistan
	// var subject = "<united-states>";
	// var relation = "<partners-with>";
	// var object = "<pakistan>";
}
