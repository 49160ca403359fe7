package extract

import "testing"

// TestRecallClauseEdges covers a participle that describes a noun before
// it and a "that" clause after a verb of accord.
func TestRecallClauseEdges(t *testing.T) {
	runCases(t, []extractCase{
		{"participle of a plural noun", "Vessels carrying Russian grain to Syria were tracked by Ukrainian intelligence.", nil},
		{"participle of countries", "Moscow warned Western countries supplying weapons to Kyiv.", nil},
		{"gerund after continues", "Iran continues supplying drones to Russia, the Pentagon said.", []string{"IRN>RUS:07"}},
		{"accord, not the topic", "Japan and South Korea shared the view that North Korea's missile launches were a threat.", []string{"JPN>KOR:01", "KOR>JPN:01"}},
		{"that as a determiner", "Russia criticised that country's new sanctions.", nil},
	})
}

// TestRecallHedgedNominal covers a nominal event between two sides whose
// predicate says it has not happened.
func TestRecallHedgedNominal(t *testing.T) {
	runCases(t, []extractCase{
		{"war unlikely", "Analysts said a war between China and Taiwan was unlikely this year.", nil},
		{"clash possible", "Diplomats warned that a clash between Greece and Turkey was possible.", nil},
		{"talks held", "Talks between Serbia and Kosovo ended without agreement.", []string{"SRB>XKX:04", "XKX>SRB:04"}},
	})
}
