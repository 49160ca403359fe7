package extract_test

import (
	"context"
	"fmt"

	"github.com/diplograph/diplograph/extract"
)

func ExampleExtractor_Extract() {
	x, err := extract.DefaultExtractor()
	if err != nil {
		fmt.Println(err)
		return
	}
	ts, err := x.Extract(context.Background(), extract.Article{
		ID:   "example",
		Date: "2025-06-12",
		Text: "Turkish Foreign Minister Hakan Fidan met Russian Foreign Minister Sergei Lavrov in Ankara on Wednesday.",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range ts {
		fmt.Println(t.Subject.Country, t.Relation.Cameo, t.Object.Country, t.Date)
	}
	// Output:
	// TUR 040 RUS 2025-06-11
	// RUS 042 TUR 2025-06-11
}

func ExampleSplitSentences() {
	for _, s := range extract.SplitSentences("ISLAMABAD, Oct. 25 (Reuters) - Mr. Sharif met U.S. officials. Talks went well.") {
		fmt.Println(s)
	}
	// Output:
	// ISLAMABAD, Oct. 25 (Reuters) - Mr. Sharif met U.S. officials.
	// Talks went well.
}
