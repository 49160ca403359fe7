package graph

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/diplograph/diplograph/extract"
)

// DyadOptions chooses how Dyads groups triples.
type DyadOptions struct {
	// Undirected merges the two directions of a pair into one dyad, whose
	// Source is the actor with the smaller id (or Actor, when set).
	Undirected bool
	// Actor, when set, keeps only the dyads this actor id is part of.
	Actor string
	// ByMonth fills each dyad's Months with one period per calendar month
	// and its Trend.
	ByMonth bool
}

// DyadCounts are the tallies of a set of triples between two actors.
type DyadCounts struct {
	// Mentions is the number of triples.
	Mentions int `json:"mentions"`
	// Cooperation counts the triples of quad class 1–2 (verbal and material
	// cooperation), Conflict those of quad class 3–4.
	Cooperation int `json:"cooperation"`
	Conflict    int `json:"conflict"`
	// Goldstein is the sum of the triples' Goldstein weights and
	// MeanGoldstein that sum over Mentions.
	Goldstein     float64 `json:"goldstein"`
	MeanGoldstein float64 `json:"mean_goldstein"`
}

func (c *DyadCounts) add(t extract.Triple) {
	c.Mentions++
	switch t.Relation.QuadClass {
	case 1, 2:
		c.Cooperation++
	case 3, 4:
		c.Conflict++
	}
	c.Goldstein += t.Relation.Goldstein
	c.MeanGoldstein = c.Goldstein / float64(c.Mentions)
}

// DyadPeriod is a dyad's tally over one calendar month.
type DyadPeriod struct {
	// Month is YYYY-MM, or empty for the triples without a date.
	Month string `json:"month"`
	DyadCounts
}

// Dyad summarises the relationship between two actors: every triple from
// Source to Target or, in the undirected view, between them either way.
type Dyad struct {
	Source, Target extract.Actor
	DyadCounts
	// First and Last are the earliest and latest triple dates (YYYY-MM-DD),
	// empty when no triple has a date.
	First, Last string
	// Months holds one period per calendar month with triples, in order,
	// the undated triples last (with DyadOptions.ByMonth only).
	Months []DyadPeriod
	// Trend is the least-squares slope of the monthly mean Goldstein weight
	// against time, in Goldstein points per month: positive when the
	// relationship warms, negative when it cools. It is 0 with fewer than
	// two dated months (with DyadOptions.ByMonth only).
	Trend float64
}

// Dyads tallies the triples per ordered pair of actors (or per unordered
// pair with o.Undirected): mentions, cooperation (quad class 1–2) and
// conflict (3–4) counts, summed and mean Goldstein weight, first and last
// date and, with o.ByMonth, the same per calendar month. Triples of an actor
// with itself and triples without both actor ids are left out. Dyads are
// sorted by mentions, most first, then by source and target id.
func Dyads(ts []extract.Triple, o DyadOptions) []Dyad {
	type pair struct{ s, t string }
	type acc struct {
		d      *Dyad
		months map[string]*DyadCounts
	}
	byPair := map[pair]*acc{}
	var order []*acc
	for _, t := range ts {
		s, obj := t.Subject, t.Object
		if s.ID == "" || obj.ID == "" || s.ID == obj.ID {
			continue
		}
		if o.Actor != "" && s.ID != o.Actor && obj.ID != o.Actor {
			continue
		}
		if o.Undirected {
			swap := obj.ID < s.ID
			if o.Actor != "" {
				swap = obj.ID == o.Actor
			}
			if swap {
				s, obj = obj, s
			}
		}
		k := pair{s.ID, obj.ID}
		a := byPair[k]
		if a == nil {
			a = &acc{d: &Dyad{Source: s, Target: obj}, months: map[string]*DyadCounts{}}
			byPair[k] = a
			order = append(order, a)
		}
		d := a.d
		d.add(t)
		if t.Date != "" {
			if d.First == "" || t.Date < d.First {
				d.First = t.Date
			}
			if t.Date > d.Last {
				d.Last = t.Date
			}
		}
		if o.ByMonth {
			m := month(t.Date)
			c := a.months[m]
			if c == nil {
				c = &DyadCounts{}
				a.months[m] = c
			}
			c.add(t)
		}
	}
	out := make([]Dyad, 0, len(order))
	for _, a := range order {
		d := *a.d
		if o.ByMonth {
			d.Months = make([]DyadPeriod, 0, len(a.months))
			for m, c := range a.months {
				d.Months = append(d.Months, DyadPeriod{Month: m, DyadCounts: *c})
			}
			slices.SortFunc(d.Months, func(x, y DyadPeriod) int {
				if (x.Month == "") != (y.Month == "") {
					if x.Month == "" {
						return 1
					}
					return -1
				}
				return cmp.Compare(x.Month, y.Month)
			})
			d.Trend = trend(d.Months)
		}
		out = append(out, d)
	}
	slices.SortFunc(out, func(x, y Dyad) int {
		return cmp.Or(cmp.Compare(y.Mentions, x.Mentions),
			cmp.Compare(x.Source.ID, y.Source.ID), cmp.Compare(x.Target.ID, y.Target.ID))
	})
	return out
}

// month returns the YYYY-MM of a YYYY-MM-DD date, or "" when date does not
// start with one.
func month(date string) string {
	if monthIndex(date) < 0 {
		return ""
	}
	return date[:7]
}

// monthIndex returns year·12 + month−1 for a date starting YYYY-MM, or −1.
func monthIndex(date string) int {
	if len(date) < 7 || date[4] != '-' {
		return -1
	}
	y, err1 := strconv.Atoi(date[:4])
	m, err2 := strconv.Atoi(date[5:7])
	if err1 != nil || err2 != nil || m < 1 || m > 12 || y < 0 {
		return -1
	}
	return y*12 + m - 1
}

// trend returns the least-squares slope of the mean Goldstein weight of the
// dated periods against their month index, or 0 with fewer than two.
func trend(ps []DyadPeriod) float64 {
	var xs, ys []float64
	for _, p := range ps {
		if i := monthIndex(p.Month); i >= 0 {
			xs = append(xs, float64(i))
			ys = append(ys, p.MeanGoldstein)
		}
	}
	if len(xs) < 2 {
		return 0
	}
	var mx, my float64
	for i := range xs {
		mx += xs[i]
		my += ys[i]
	}
	mx /= float64(len(xs))
	my /= float64(len(xs))
	var sxy, sxx float64
	for i := range xs {
		sxy += (xs[i] - mx) * (ys[i] - my)
		sxx += (xs[i] - mx) * (xs[i] - mx)
	}
	if sxx == 0 {
		return 0
	}
	return sxy / sxx
}
