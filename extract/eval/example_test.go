package eval_test

import (
	"fmt"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/eval"
)

// Score compares one hand-coded sentence with what an extractor returned:
// the visit is found with the right root, the host's side is missed.
func ExampleScore() {
	s := eval.Sentence{
		ID:   "e1",
		Text: "Egyptian President Abdel Fattah al-Sisi received U.S. Secretary of State Antony Blinken in Cairo.",
		Events: []eval.Event{
			{Source: "EGY", Target: "USA", Cameo: "043"},
			{Source: "USA", Target: "EGY", Cameo: "042"},
		},
	}
	predicted := []extract.Triple{{
		Subject:  extract.Actor{ID: "antony-blinken", Type: extract.TypePerson, Country: "USA"},
		Relation: extract.Relation{ID: "visited", Cameo: "042"},
		Object:   extract.Actor{ID: "egypt", Type: extract.TypeCountry, Country: "EGY"},
	}}
	rep := eval.Summarize([]eval.Result{eval.Score(s, predicted)})
	fmt.Printf("recall %.2f precision %.2f root agreement %.2f\n", rep.Recall, rep.Precision, rep.RootAgreement)
	for _, m := range rep.Results[0].Missed {
		fmt.Println("missed", m.Source, "→", m.Target, m.Cameo)
	}
	// Output:
	// recall 0.50 precision 1.00 root agreement 1.00
	// missed EGY → USA 043
}
