package extract

import (
	"strconv"
	"strings"
	"time"
)

var dateMonths = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var dateWeekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// refDate returns the date relative dates are resolved against: the
// article date, else the first full date written in the text ("October
// 24, 2025"), in which case inferred is true.
func refDate(date, text string) (ref time.Time, inferred bool) {
	if len(date) >= 10 {
		if t, err := time.Parse(time.DateOnly, date[:10]); err == nil {
			return t, false // "2025-10-26", "2025-10-26T08:00:00Z"
		}
	}
	// Only around the first year written ("2025") in the first few
	// kilobytes: "October 24, 2025", "24 October 2025".
	if len(text) > 3000 {
		text = text[:3000]
	}
	off := 0
	for range 5 {
		y := firstYear(text[off:])
		if y < 0 {
			break
		}
		y += off
		toks := tokenize(text[max(0, y-30):min(len(text), y+4)], nil)
		for i := range toks {
			if t, _, ok := absoluteDate(toks, i, time.Time{}); ok && t.Year() > 1900 {
				return t, true
			}
		}
		off = y + 4
	}
	return time.Time{}, false
}

// firstYear returns the offset of the first four-digit number from 1900
// to 2099 in text, or -1.
func firstYear(text string) int {
	run := 0
	for i := 0; i < len(text); i++ {
		if c := text[i]; '0' <= c && c <= '9' {
			run++
			continue
		}
		if run == 4 && (text[i-4:i-2] == "19" || text[i-4:i-2] == "20") {
			return i - 4
		}
		run = 0
	}
	if run == 4 && (text[len(text)-4:len(text)-2] == "19" || text[len(text)-4:len(text)-2] == "20") {
		return len(text) - 4
	}
	return -1
}

// absoluteDate reads "October 24, 2025", "Oct. 24", "24 October 2025" at
// token i. Without a year the year of ref is used (the year before when
// that would put the date more than two months after ref). It returns the
// date and the tokens read.
func absoluteDate(toks []token, i int, ref time.Time) (time.Time, int, bool) {
	t := &toks[i]
	if mo, ok := dateMonths[t.low]; ok && t.upper {
		j := i + 1
		if j < len(toks) && toks[j].text == "." {
			j++
		}
		if j < len(toks) && toks[j].kind == tokNumber {
			d, err := strconv.Atoi(toks[j].text)
			if err != nil || d < 1 || d > 31 {
				return time.Time{}, 0, false
			}
			j++
			y := 0
			k := j
			if k < len(toks) && toks[k].text == "," {
				k++
			}
			if k < len(toks) && toks[k].kind == tokNumber && len(toks[k].text) == 4 {
				y, _ = strconv.Atoi(toks[k].text)
				j = k + 1
			}
			return dateOf(y, mo, d, ref)
		}
		return time.Time{}, 0, false
	}
	if t.kind == tokNumber && len(t.text) <= 2 && i+1 < len(toks) {
		if mo, ok := dateMonths[toks[i+1].low]; ok && toks[i+1].upper && len(toks[i+1].low) > 3 {
			d, err := strconv.Atoi(t.text)
			if err != nil || d < 1 || d > 31 {
				return time.Time{}, 0, false
			}
			y := 0
			if i+2 < len(toks) && toks[i+2].kind == tokNumber && len(toks[i+2].text) == 4 {
				y, _ = strconv.Atoi(toks[i+2].text)
			}
			return dateOf(y, mo, d, ref)
		}
	}
	return time.Time{}, 0, false
}

func dateOf(y int, mo time.Month, d int, ref time.Time) (time.Time, int, bool) {
	if y == 0 {
		if ref.IsZero() {
			return time.Time{}, 0, false
		}
		y = ref.Year()
		if t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC); t.After(ref.AddDate(0, 2, 0)) {
			y--
		}
	}
	t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	if t.Month() != mo {
		return time.Time{}, 0, false
	}
	return t, 0, true
}

// resolveDate returns the date a sentence speaks of, as YYYY-MM-DD: the
// first date expression in it ("on Saturday", "last week", "in June",
// "earlier this year", "on October 24") resolved against ref, else ref.
// A weekday is the last such day up to ref, or the nearest one when ref
// was inferred from the text rather than given.
func resolveDate(toks []token, ref time.Time, inferred bool) string {
	// Skip a dateline: "KYIV, June 12 (Wire) -".
	start := 0
	for i := 1; i < len(toks) && i < 14; i++ {
		if (toks[i].kind == tokDash || toks[i].kind == tokHyphen) && toks[i-1].kind == tokClose {
			start = i + 1
			break
		}
	}
	for i := start; i < len(toks); i++ {
		t := &toks[i]
		if t.kind != tokWord && t.kind != tokNumber {
			continue
		}
		prev := ""
		if i > 0 {
			prev = toks[i-1].low
		}
		if d, _, ok := absoluteDate(toks, i, ref); ok {
			return d.Format(time.DateOnly)
		}
		switch t.low {
		case "yesterday":
			return ref.AddDate(0, 0, -1).Format(time.DateOnly)
		case "today", "tonight":
			return ref.Format(time.DateOnly)
		case "tomorrow":
			return ref.AddDate(0, 0, 1).Format(time.DateOnly)
		case "week":
			switch prev {
			case "last", "past":
				return ref.AddDate(0, 0, -7).Format(time.DateOnly)
			case "next", "coming":
				return ref.AddDate(0, 0, 7).Format(time.DateOnly)
			}
		case "month":
			switch prev {
			case "last":
				return firstOfMonth(ref.AddDate(0, -1, 0))
			case "next":
				return firstOfMonth(ref.AddDate(0, 1, 0))
			}
		case "year":
			switch {
			case prev == "last":
				return time.Date(ref.Year()-1, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
			case prev == "this" && i > 1 && toks[i-2].low == "earlier":
				return time.Date(ref.Year(), 1, 1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
			}
		}
		if wd, ok := dateWeekdays[t.low]; ok && t.upper {
			diff := int(ref.Weekday() - wd)
			if diff < 0 {
				diff += 7
			}
			back := ref.AddDate(0, 0, -diff)
			switch {
			case prev == "next" || (inferred && diff > 3):
				return back.AddDate(0, 0, 7).Format(time.DateOnly)
			}
			return back.Format(time.DateOnly)
		}
		if mo, ok := dateMonths[t.low]; ok && t.upper && len(t.low) > 3 && (prev == "in" || prev == "since" || prev == "during" || prev == "early" || prev == "late" || prev == "mid") {
			y := ref.Year()
			if mo > ref.Month()+2 {
				y--
			}
			return time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		}
	}
	return ref.Format(time.DateOnly)
}

func firstOfMonth(t time.Time) string {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}

var scaleWords = map[string]bool{"million": true, "billion": true, "trillion": true, "thousand": true, "mln": true, "bln": true, "bn": true, "m": true}

// currencyWords name money: in an amount ("500 million dollars"), and
// after a country's name ("U.S. dollars", "Hong Kong dollars"), where the
// name is no actor.
var currencyWords = map[string]bool{
	"dollars": true, "euros": true, "euro": true, "yen": true, "pounds": true, "yuan": true,
	"rupees": true, "roubles": true, "rubles": true, "riyals": true, "dirhams": true, "francs": true,
	"won": true, "lira": true, "usd": true, "eur": true, "dollar": true, "renminbi": true,
	"rupee": true, "peso": true, "pesos": true, "ruble": true, "rouble": true, "rial": true, "rials": true,
	"dinar": true, "dinars": true, "shekel": true, "shekels": true, "hryvnia": true, "rand": true,
	"naira": true, "ringgit": true, "baht": true, "taka": true,
}

// amountOf returns the first sum of money in a sentence: "$500 million",
// "1.5 billion euros", "10 trillion yen".
func amountOf(toks []token) string {
	for i := range toks {
		t := &toks[i]
		if t.kind == tokCurrency && i+1 < len(toks) && toks[i+1].kind == tokNumber {
			j := i + 2
			if j < len(toks) && scaleWords[toks[j].low] {
				j++
			}
			return t.text + strings.TrimSpace(spanText(toks, i+1, j))
		}
		if t.kind == tokNumber && i+1 < len(toks) {
			j := i + 1
			if scaleWords[toks[j].low] {
				j++
			}
			if j < len(toks) && currencyWords[toks[j].low] && (j > i+1 || toks[j].low != "won") {
				return spanText(toks, i, j+1)
			}
		}
	}
	return ""
}
