package gdelt

import (
	"testing"

	"github.com/diplograph/diplograph/extract"
	"github.com/google/go-cmp/cmp"
)

func TestResolveActor(t *testing.T) {
	res := newResolver()
	if res.lex == nil {
		t.Fatal("the built-in lexicon did not load")
	}
	tests := []struct {
		name                 string
		code, actor, country string
		group, type1         string
		want                 extract.Actor
	}{
		{"bare country", "PAK", "PAKISTAN", "PAK", "", "", extract.Actor{ID: "pakistan", Name: "Pakistan", Type: "country", Country: "PAK"}},
		{"CAMEO code for Kosovo", "KSV", "KOSOVO", "KSV", "", "", extract.Actor{ID: "kosovo", Name: "Kosovo", Type: "country", Country: "KSV"}},
		{"country unknown to the lexicon", "XYZ", "", "XYZ", "", "", extract.Actor{ID: "xyz", Name: "XYZ", Type: "country", Country: "XYZ"}},
		{"government by its capital", "USAGOV", "WASHINGTON", "USA", "", "GOV", extract.Actor{ID: "united-states-government", Name: "United States government", Type: "government", Country: "USA"}},
		{"demonym and agent word", "PAKMIL", "PAKISTANI ARMY", "PAK", "", "MIL", extract.Actor{ID: "pakistan-military", Name: "Pakistan military", Type: "military", Country: "PAK"}},
		{"generic agent word", "PAKBUS", "COMPANY", "PAK", "", "BUS", extract.Actor{ID: "pakistan-company", Name: "Pakistan company", Type: "organisation", Country: "PAK"}},
		{"country name with a business code", "PAKBUS", "PAKISTAN", "PAK", "", "BUS", extract.Actor{ID: "pakistan-organisation", Name: "Pakistan organisation", Type: "organisation", Country: "PAK"}},
		{"IGO known by name", "IGONAT", "NATO", "", "NAT", "IGO", extract.Actor{ID: "nato", Name: "NATO", Type: "igo"}},
		{"IGO known by its full name", "IGO", "SHANGHAI COOPERATION ORGANISATION", "", "", "IGO", extract.Actor{ID: "sco", Name: "Shanghai Cooperation Organisation", Type: "igo"}},
		{"IGO unknown by name", "IGO", "WORLD COFFEE COUNCIL", "", "", "IGO", extract.Actor{ID: "world-coffee-council", Name: "World Coffee Council", Type: "igo"}},
		{"code only", "AFR", "", "", "", "", extract.Actor{ID: "afr", Name: "AFR", Type: "organisation"}},
		{"rebels of a country", "SYRREB", "REBEL", "SYR", "", "REB", extract.Actor{ID: "syria-rebel", Name: "Syria rebel", Type: "group", Country: "SYR"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := []string{tt.code, tt.actor, tt.country, tt.group, "", "", "", tt.type1, "", ""}
			got, ok := res.actor(f)
			if !ok {
				t.Fatalf("no actor for %q", f)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("actor(%q) (-want +got):\n%s", f, diff)
			}
		})
	}
	if _, ok := res.actor(make([]string, actorColumns)); ok {
		t.Errorf("empty actor columns gave an actor")
	}
}
