package corpus

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/diplograph/diplograph/extract"
)

// Options describe a corpus.
type Options struct {
	// Seed chooses the corpus; equal seeds give equal corpora.
	Seed uint64
	// Articles is the number of articles.
	Articles int
	// MinSentences and MaxSentences bound the number of sentences of an
	// article body (defaults 4 and 9: short wire items).
	MinSentences, MaxSentences int
	// Start is the date of the first article (default 2025-01-01); the
	// others follow, a few a day.
	Start time.Time
}

func (o Options) withDefaults() Options {
	if o.MinSentences <= 0 {
		o.MinSentences = 4
	}
	if o.MaxSentences < o.MinSentences {
		o.MaxSentences = max(o.MinSentences, 9)
	}
	if o.Start.IsZero() {
		o.Start = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return o
}

// Articles yields the articles of the corpus in order. Their ids are
// "corpus/<seed>/<n>" (n from 0, six digits), their source "Corpus Wire",
// their URL under https://wire.example/.
func Articles(o Options) iter.Seq[extract.Article] {
	o = o.withDefaults()
	return func(yield func(extract.Article) bool) {
		for i := range o.Articles {
			if !yield(Article(o, i)) {
				return
			}
		}
	}
}

// Article gives article i of the corpus o describes.
func Article(o Options, i int) extract.Article {
	o = o.withDefaults()
	r := rand.New(rand.NewPCG(o.Seed, uint64(i)*0x9e3779b97f4a7c15+1))
	date := o.Start.AddDate(0, 0, i/4)
	g := &gen{r: r, date: date}
	n := o.MinSentences + r.IntN(o.MaxSentences-o.MinSentences+1)
	a, b := g.pair()
	title := g.headline(a, b)
	var paras []string
	paras = append(paras, g.lead(a, b))
	for range n - 1 {
		paras = append(paras, g.sentence())
	}
	id := fmt.Sprintf("corpus/%d/%06d", o.Seed, i)
	return extract.Article{
		ID:     id,
		Title:  title,
		Date:   date.Format("2006-01-02"),
		URL:    fmt.Sprintf("https://wire.example/%s/%d-%06d", date.Format("2006/01/02"), o.Seed, i),
		Source: "Corpus Wire",
		Text:   title + "\n\n" + strings.Join(paras, "\n\n"),
	}
}

type country struct{ name, demonym, capital string }

type official struct {
	name, role string
	country    int // index in countries
}

var countries = []country{
	{"United States", "U.S.", "Washington"}, {"China", "Chinese", "Beijing"},
	{"Russia", "Russian", "Moscow"}, {"Ukraine", "Ukrainian", "Kyiv"},
	{"India", "Indian", "New Delhi"}, {"Pakistan", "Pakistani", "Islamabad"},
	{"Iran", "Iranian", "Tehran"}, {"Israel", "Israeli", "Jerusalem"},
	{"Turkey", "Turkish", "Ankara"}, {"Germany", "German", "Berlin"},
	{"France", "French", "Paris"}, {"Britain", "British", "London"},
	{"Japan", "Japanese", "Tokyo"}, {"South Korea", "South Korean", "Seoul"},
	{"North Korea", "North Korean", "Pyongyang"}, {"Brazil", "Brazilian", "Brasilia"},
	{"Saudi Arabia", "Saudi", "Riyadh"}, {"Egypt", "Egyptian", "Cairo"},
	{"Qatar", "Qatari", "Doha"}, {"Afghanistan", "Afghan", "Kabul"},
	{"Poland", "Polish", "Warsaw"}, {"Italy", "Italian", "Rome"},
	{"Spain", "Spanish", "Madrid"}, {"Canada", "Canadian", "Ottawa"},
	{"Mexico", "Mexican", "Mexico City"}, {"Indonesia", "Indonesian", "Jakarta"},
	{"Vietnam", "Vietnamese", "Hanoi"}, {"Philippines", "Philippine", "Manila"},
	{"Australia", "Australian", "Canberra"}, {"South Africa", "South African", "Pretoria"},
	{"Nigeria", "Nigerian", "Abuja"}, {"Ethiopia", "Ethiopian", "Addis Ababa"},
	{"Kenya", "Kenyan", "Nairobi"}, {"Argentina", "Argentine", "Buenos Aires"},
	{"Venezuela", "Venezuelan", "Caracas"}, {"Syria", "Syrian", "Damascus"},
	{"Iraq", "Iraqi", "Baghdad"}, {"Jordan", "Jordanian", "Amman"},
	{"Bangladesh", "Bangladeshi", "Dhaka"}, {"Thailand", "Thai", "Bangkok"},
	{"Malaysia", "Malaysian", "Kuala Lumpur"}, {"Hungary", "Hungarian", "Budapest"},
	{"Sweden", "Swedish", "Stockholm"}, {"Norway", "Norwegian", "Oslo"},
	{"Greece", "Greek", "Athens"}, {"Armenia", "Armenian", "Yerevan"},
	{"Azerbaijan", "Azerbaijani", "Baku"}, {"Kazakhstan", "Kazakh", "Astana"},
}

// c gives the index of a country by name (for the officials table).
func c(name string) int {
	for i, k := range countries {
		if k.name == name {
			return i
		}
	}
	panic("corpus: no country " + name) // the tables below are fixed
}

var officials = []official{
	{"Donald Trump", "President", c("United States")},
	{"Marco Rubio", "Secretary of State", c("United States")},
	{"Pete Hegseth", "Secretary of Defense", c("United States")},
	{"Scott Bessent", "Treasury Secretary", c("United States")},
	{"Xi Jinping", "President", c("China")},
	{"Wang Yi", "Foreign Minister", c("China")},
	{"Vladimir Putin", "President", c("Russia")},
	{"Sergey Lavrov", "Foreign Minister", c("Russia")},
	{"Volodymyr Zelensky", "President", c("Ukraine")},
	{"Andrii Sybiha", "Foreign Minister", c("Ukraine")},
	{"Narendra Modi", "Prime Minister", c("India")},
	{"S. Jaishankar", "External Affairs Minister", c("India")},
	{"Shehbaz Sharif", "Prime Minister", c("Pakistan")},
	{"Ishaq Dar", "Foreign Minister", c("Pakistan")},
	{"Asim Munir", "Field Marshal", c("Pakistan")},
	{"Masoud Pezeshkian", "President", c("Iran")},
	{"Abbas Araghchi", "Foreign Minister", c("Iran")},
	{"Benjamin Netanyahu", "Prime Minister", c("Israel")},
	{"Recep Tayyip Erdogan", "President", c("Turkey")},
	{"Hakan Fidan", "Foreign Minister", c("Turkey")},
	{"Friedrich Merz", "Chancellor", c("Germany")},
	{"Emmanuel Macron", "President", c("France")},
	{"Keir Starmer", "Prime Minister", c("Britain")},
	{"Luiz Inacio Lula da Silva", "President", c("Brazil")},
	{"Mohammed bin Salman", "Crown Prince", c("Saudi Arabia")},
	{"Abdel Fattah al-Sisi", "President", c("Egypt")},
	{"Giorgia Meloni", "Prime Minister", c("Italy")},
	{"Pedro Sanchez", "Prime Minister", c("Spain")},
	{"Mark Carney", "Prime Minister", c("Canada")},
	{"Claudia Sheinbaum", "President", c("Mexico")},
	{"Prabowo Subianto", "President", c("Indonesia")},
	{"Anthony Albanese", "Prime Minister", c("Australia")},
	{"Cyril Ramaphosa", "President", c("South Africa")},
	{"Viktor Orban", "Prime Minister", c("Hungary")},
	{"Ilham Aliyev", "President", c("Azerbaijan")},
	{"Nikol Pashinyan", "Prime Minister", c("Armenia")},
	{"Donald Tusk", "Prime Minister", c("Poland")},
	{"Kim Jong Un", "leader", c("North Korea")},
}

var igos = []string{"the United Nations", "NATO", "the European Union", "the African Union", "the IAEA", "ASEAN"}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

var topics = []string{"trade", "energy", "security", "defence", "climate", "migration", "nuclear", "maritime", "investment", "border"}

var goods = []string{"wheat", "oil", "liquefied natural gas", "fertiliser", "steel", "semiconductors", "critical minerals"}

type gen struct {
	r    *rand.Rand
	date time.Time
}

func (g *gen) pick(n int) int { return g.r.IntN(n) }

func (g *gen) pair() (int, int) {
	a := g.pick(len(countries))
	b := g.pick(len(countries) - 1)
	if b >= a {
		b++
	}
	return a, b
}

func (g *gen) day() string { return weekdays[g.pick(len(weekdays))] }

// person gives an official of country ci when it has one, else another.
func (g *gen) person(ci int) string {
	var of []official
	for _, o := range officials {
		if o.country == ci {
			of = append(of, o)
		}
	}
	if len(of) == 0 {
		o := officials[g.pick(len(officials))]
		return countries[o.country].demonym + " " + o.role + " " + o.name
	}
	o := of[g.pick(len(of))]
	return countries[ci].demonym + " " + o.role + " " + o.name
}

func (g *gen) amount() string {
	return fmt.Sprintf("$%d %s", 1+g.pick(900), []string{"million", "billion"}[g.pick(2)])
}

func (g *gen) headline(a, b int) string {
	A, B := countries[a].name, countries[b].name
	switch g.pick(6) {
	case 0:
		return fmt.Sprintf("%s and %s sign %s pact", A, B, topics[g.pick(len(topics))])
	case 1:
		return fmt.Sprintf("%s condemns %s over border clash", A, B)
	case 2:
		return fmt.Sprintf("%s leader visits %s as ties deepen", countries[a].demonym, B)
	case 3:
		return fmt.Sprintf("%s imposes sanctions on %s", A, B)
	case 4:
		return fmt.Sprintf("%s pledges aid to %s", A, B)
	default:
		return fmt.Sprintf("%s and %s hold talks on %s", A, B, topics[g.pick(len(topics))])
	}
}

func (g *gen) lead(a, b int) string {
	place := strings.ToUpper(countries[a].capital)
	dateline := fmt.Sprintf("%s, %s %d (Corpus Wire) - ", place, g.date.Format("January"), g.date.Day())
	return dateline + g.about(a, b)
}

// sentence gives one body sentence about a random pair, or furniture.
func (g *gen) sentence() string {
	if g.pick(6) == 0 {
		return g.filler()
	}
	a, b := g.pair()
	return g.about(a, b)
}

// about gives a sentence stating a relation between countries a and b.
func (g *gen) about(a, b int) string {
	A, B := countries[a], countries[b]
	switch g.pick(14) {
	case 0:
		return fmt.Sprintf("%s met %s in %s on %s to discuss %s cooperation.", g.person(a), g.person(b), A.capital, g.day(), topics[g.pick(len(topics))])
	case 1:
		return fmt.Sprintf("%s visited %s on %s, the first such trip in years.", g.person(a), B.name, g.day())
	case 2:
		return fmt.Sprintf("%s and %s signed a %s agreement in %s.", A.name, B.name, topics[g.pick(len(topics))], B.capital)
	case 3:
		return fmt.Sprintf("%s condemned %s's missile test, calling it a threat to regional stability.", A.name, B.name)
	case 4:
		return fmt.Sprintf("%s imposed new sanctions on %s over its %s programme.", A.name, B.name, topics[g.pick(len(topics))])
	case 5:
		return fmt.Sprintf("%s pledged %s in humanitarian aid to %s.", A.name, g.amount(), B.name)
	case 6:
		return fmt.Sprintf("%s accused %s of violating the ceasefire, officials in %s said.", A.name, B.name, A.capital)
	case 7:
		return fmt.Sprintf("%s praised %s for its role in the talks.", g.person(a), B.name)
	case 8:
		return fmt.Sprintf("%s forces attacked %s positions near the border overnight, the %s military said.", A.demonym, B.demonym, B.demonym)
	case 9:
		return fmt.Sprintf("%s agreed to buy %s from %s under a deal worth %s.", A.name, goods[g.pick(len(goods))], B.name, g.amount())
	case 10:
		return fmt.Sprintf("%s urged %s to return to negotiations.", igoName(g), B.name)
	case 11:
		return fmt.Sprintf("%s expelled %s diplomats, accusing them of espionage.", A.name, B.demonym)
	case 12:
		return fmt.Sprintf("%s offered to mediate between %s and %s.", A.name, B.name, countries[(b+1+g.pick(len(countries)-1))%len(countries)].name)
	default:
		return fmt.Sprintf("%s threatened to cut %s supplies to %s.", A.name, goods[g.pick(len(goods))], B.name)
	}
}

func igoName(g *gen) string {
	s := igos[g.pick(len(igos))]
	return strings.ToUpper(s[:1]) + s[1:]
}

// filler gives a sentence with no relation in it, as wire copy has.
func (g *gen) filler() string {
	switch g.pick(4) {
	case 0:
		return "Officials did not immediately respond to a request for comment."
	case 1:
		return fmt.Sprintf("Markets in %s were little changed after the announcement.", countries[g.pick(len(countries))].capital)
	case 2:
		return "The talks are expected to continue next week, according to a statement."
	default:
		return fmt.Sprintf("Analysts said the move reflected growing concern over %s security.", topics[g.pick(len(topics))])
	}
}
