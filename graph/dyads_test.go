package graph

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/diplograph/diplograph/extract"
)

// dyadTriples is a hand-worked set: the United States and Pakistan cooperate
// in January, quarrel in February and March; India attacks Pakistan once;
// one triple has no date, one is a self-loop and one has no subject.
func dyadTriples() []extract.Triple {
	undated := nwTriple("", nwPakistan, extract.Relation{ID: "praised", Cameo: "051", Goldstein: 3.4, QuadClass: 1}, nwUSA)
	return []extract.Triple{
		nwTriple("2025-01-10", nwUSA, nwPartners, nwPakistan),   // +4, coop
		nwTriple("2025-01-20", nwUSA, nwMoU, nwPakistan),        // +8, coop
		nwTriple("2025-03-05", nwUSA, nwCriticised, nwPakistan), // −2, conflict
		nwTriple("2025-02-01", nwPakistan, nwCriticised, nwUSA), // −2, conflict
		undated, // +3.4, coop
		nwTriple("2025-02-15", nwIndia, nwAttacked, nwPakistan),                  // −10, conflict
		nwTriple("2025-02-16", nwUSA, nwMet, nwUSA),                              // self-loop: left out
		nwTriple("2025-02-17", extract.Actor{}, nwAttacked, nwPakistan),          // no subject: left out
		nwTriple("2025-02-18", nwIndia, extract.Relation{ID: "odd"}, nwPakistan), // quad class 0: neither
	}
}

func TestDyads(t *testing.T) {
	counts := func(m, coop, conf int, g float64) DyadCounts {
		return DyadCounts{Mentions: m, Cooperation: coop, Conflict: conf, Goldstein: g, MeanGoldstein: g / float64(m)}
	}
	usPak := Dyad{Source: nwUSA, Target: nwPakistan, DyadCounts: counts(3, 2, 1, 10), First: "2025-01-10", Last: "2025-03-05"}
	pakUS := Dyad{Source: nwPakistan, Target: nwUSA, DyadCounts: counts(2, 1, 1, 1.4), First: "2025-02-01", Last: "2025-02-01"}
	indPak := Dyad{Source: nwIndia, Target: nwPakistan, DyadCounts: counts(2, 0, 1, -10), First: "2025-02-15", Last: "2025-02-18"}
	both := Dyad{Source: nwPakistan, Target: nwUSA, DyadCounts: counts(5, 3, 2, 11.4), First: "2025-01-10", Last: "2025-03-05"}
	bothFromUS := both
	bothFromUS.Source, bothFromUS.Target = nwUSA, nwPakistan

	usPakMonths := usPak
	usPakMonths.Months = []DyadPeriod{
		{Month: "2025-01", DyadCounts: counts(2, 2, 0, 12)},
		{Month: "2025-03", DyadCounts: counts(1, 0, 1, -2)},
	}
	usPakMonths.Trend = -4 // mean +6 in January, −2 in March: 8 points down over 2 months
	pakUSMonths := pakUS
	pakUSMonths.Months = []DyadPeriod{
		{Month: "2025-02", DyadCounts: counts(1, 0, 1, -2)},
		{Month: "", DyadCounts: counts(1, 1, 0, 3.4)}, // undated last
	}
	indPakMonths := indPak
	indPakMonths.Months = []DyadPeriod{{Month: "2025-02", DyadCounts: counts(2, 0, 1, -10)}}

	tests := []struct {
		name string
		o    DyadOptions
		want []Dyad
	}{
		{"directed", DyadOptions{}, []Dyad{usPak, indPak, pakUS}},
		{"undirected", DyadOptions{Undirected: true}, []Dyad{both, indPak}},
		{"undirected, actor first", DyadOptions{Undirected: true, Actor: "united-states"}, []Dyad{bothFromUS}},
		{"one actor", DyadOptions{Actor: "india"}, []Dyad{indPak}},
		{"unknown actor", DyadOptions{Actor: "atlantis"}, []Dyad{}},
		{"by month", DyadOptions{ByMonth: true}, []Dyad{usPakMonths, indPakMonths, pakUSMonths}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Dyads(dyadTriples(), tt.o)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-9), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Dyads(%+v) mismatch (-want +got):\n%s", tt.o, diff)
			}
		})
	}
}

func TestDyadsTrendWarming(t *testing.T) {
	ts := []extract.Triple{
		nwTriple("2024-11-03", nwIndia, nwAttacked, nwPakistan),   // −10 in November
		nwTriple("2024-12-20", nwIndia, nwCriticised, nwPakistan), // −2 in December
		nwTriple("2025-01-02", nwIndia, nwMet, nwPakistan),        // +1 in January, across the year end
	}
	d := Dyads(ts, DyadOptions{ByMonth: true})
	if len(d) != 1 {
		t.Fatalf("got %d dyads, want 1", len(d))
	}
	// Least squares through (0,−10), (1,−2), (2,1): slope (1 − (−10))/2 = 5.5.
	if got, want := d[0].Trend, 5.5; got < want-1e-9 || got > want+1e-9 {
		t.Errorf("Trend = %v, want %v (a warming relationship)", got, want)
	}
}
