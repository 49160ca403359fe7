package queries

import (
	"fmt"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
)

// The test store follows the diplograph schema (package graph, schema.go),
// written quad by quad so that each query's test shows what it reads:
// actors are the IRIs of their ids, relations the IRIs of theirs, direct
// edges are labelled with the article, and one event node per triple
// carries the evidence.
const (
	predName      = "name"
	predType      = "type"
	predCountry   = "country"
	predSubject   = "subject"
	predRelation  = "relation"
	predObject    = "object"
	predCameo     = "cameo"
	predQuadClass = "quad_class"
	predDate      = "date"
	predSentence  = "sentence"
	predArticle   = "article"
	articlePrefix = "article/"
)

// seedTriples is a small graph in the spirit of the seed articles.
func seedTriples() []extract.Triple {
	us := extract.Actor{ID: "united-states", Name: "United States", Type: extract.TypeCountry, Country: "USA"}
	pk := extract.Actor{ID: "pakistan", Name: "Pakistan", Type: extract.TypeCountry, Country: "PAK"}
	in := extract.Actor{ID: "india", Name: "India", Type: extract.TypeCountry, Country: "IND"}
	cn := extract.Actor{ID: "china", Name: "China", Type: extract.TypeCountry, Country: "CHN"}
	rubio := extract.Actor{ID: "marco-rubio", Name: "Marco Rubio", Type: extract.TypePerson, Country: "USA"}
	munir := extract.Actor{ID: "asim-munir", Name: "Asim Munir", Type: extract.TypePerson, Country: "PAK"}
	ussm := extract.Actor{ID: "ussm", Name: "US Strategic Metals", Type: extract.TypeOrganisation, Country: "USA"}
	fwo := extract.Actor{ID: "fwo", Name: "Frontier Works Organisation", Type: extract.TypeOrganisation, Country: "PAK"}

	partners := extract.Relation{ID: "partners-with", Cameo: "030", Goldstein: 4, QuadClass: 1}
	praised := extract.Relation{ID: "praised", Cameo: "051", Goldstein: 3.4, QuadClass: 1}
	signed := extract.Relation{ID: "signed-agreement-with", Cameo: "057", Goldstein: 8, QuadClass: 1}
	invested := extract.Relation{ID: "invested-in", Cameo: "061", Goldstein: 6.4, QuadClass: 2}
	visited := extract.Relation{ID: "visited", Cameo: "042", Goldstein: 1.9, QuadClass: 1}
	met := extract.Relation{ID: "met-with", Cameo: "040", Goldstein: 1, QuadClass: 1}
	criticised := extract.Relation{ID: "criticised", Cameo: "111", Goldstein: -2, QuadClass: 3}
	attacked := extract.Relation{ID: "attacked", Cameo: "190", Goldstein: -10, QuadClass: 4}

	t := func(art, date string, i int, s extract.Actor, r extract.Relation, o extract.Actor, sentence string) extract.Triple {
		return extract.Triple{Article: art, Date: date, SentenceIndex: i, Sentence: sentence,
			Subject: s, Relation: r, Object: o, Confidence: 0.8}
	}
	return []extract.Triple{
		t("a1", "2025-10-26", 0, us, partners, pk, "The United States partners with Pakistan on minerals."),
		t("a1", "2025-10-26", 1, us, praised, pk, "Washington praised Islamabad's cooperation."),
		t("a1", "2025-10-26", 2, rubio, met, munir, "Marco Rubio met Field Marshal Asim Munir."),
		t("a2", "2025-09-08", 0, ussm, signed, fwo, "USSM signed an MoU with FWO."),
		t("a2", "2025-09-08", 1, ussm, invested, pk, "USSM will invest $500 million in Pakistan."),
		t("a3", "2025-08-10", 0, munir, visited, us, "Asim Munir visited the United States."),
		t("a4", "2025-05-02", 0, in, criticised, pk, "India criticised Pakistan."),
		t("a4", "2025-05-07", 1, in, attacked, pk, "India struck targets in Pakistan."),
		t("a5", "2025-02-20", 0, cn, signed, pk, "China and Pakistan signed a trade agreement."),
		t("wire/a 6.txt", "2025-10-30", 0, pk, partners, us, "Pakistan called the United States a partner."),
	}
}

// storeOf writes ts into a new memstore with the diplograph schema, as
// package graph's articleQuads does.
func storeOf(t testing.TB, ts []extract.Triple) cgraph.QuadStore {
	t.Helper()
	var qs []quad.Quad
	iri := func(s string) quad.IRI { return quad.IRI(graph.EscapeIRI(s)) }
	actors := map[string]bool{}
	actor := func(a extract.Actor) {
		if actors[a.ID] {
			return
		}
		actors[a.ID] = true
		qs = append(qs,
			quad.Make(iri(a.ID), quad.IRI(predName), quad.String(a.Name), nil),
			quad.Make(iri(a.ID), quad.IRI(predType), quad.String(a.Type), nil))
		if a.Country != "" {
			qs = append(qs, quad.Make(iri(a.ID), quad.IRI(predCountry), quad.String(a.Country), nil))
		}
	}
	arts := map[string]int{}
	for _, tr := range ts {
		actor(tr.Subject)
		actor(tr.Object)
		art := quad.IRI(articlePrefix + graph.EscapeIRI(tr.Article))
		n, seen := arts[tr.Article]
		arts[tr.Article] = n + 1
		if !seen {
			qs = append(qs,
				quad.Make(art, quad.IRI("a"), quad.IRI("article"), art),
				quad.Make(art, quad.IRI(predDate), quad.String(tr.Date), art))
		}
		ev := quad.IRI(fmt.Sprintf("event/%x/%d", tr.Article, n))
		qs = append(qs,
			quad.Make(ev, quad.IRI(predSubject), iri(tr.Subject.ID), art),
			quad.Make(ev, quad.IRI(predRelation), iri(tr.Relation.ID), art),
			quad.Make(ev, quad.IRI(predObject), iri(tr.Object.ID), art),
			quad.Make(ev, quad.IRI(predCameo), quad.String(tr.Relation.Cameo), art),
			quad.Make(ev, quad.IRI("goldstein"), quad.Float(tr.Relation.Goldstein), art),
			quad.Make(ev, quad.IRI(predQuadClass), quad.Int(tr.Relation.QuadClass), art),
			quad.Make(ev, quad.IRI(predSentence), quad.String(tr.Sentence), art),
			quad.Make(ev, quad.IRI("sentence_index"), quad.Int(tr.SentenceIndex), art),
			quad.Make(ev, quad.IRI("confidence"), quad.Float(tr.Confidence), art),
			quad.Make(ev, quad.IRI(predArticle), art, art),
			quad.Make(iri(tr.Subject.ID), iri(tr.Relation.ID), iri(tr.Object.ID), art),
		)
		if tr.Date != "" {
			qs = append(qs, quad.Make(ev, quad.IRI(predDate), quad.String(tr.Date), art))
		}
	}
	for a, n := range arts {
		art := quad.IRI(articlePrefix + graph.EscapeIRI(a))
		qs = append(qs, quad.Make(art, quad.IRI("triples"), quad.Int(n), art))
	}
	return memstore.New(qs...)
}
