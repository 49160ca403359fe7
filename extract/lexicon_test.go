package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func builtin(t testing.TB) *Lexicon {
	t.Helper()
	l, err := BuiltinLexicon()
	if err != nil {
		t.Fatalf("BuiltinLexicon: %v", err)
	}
	return l
}

func TestNormalizeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"U.S.", "us"},
		{"US", "us"},
		{"United States", "united states"},
		{"  Élysée   Palace ", "elysee palace"},
		{"Pakistan's", "pakistans"},
		{"Pakistan’s", "pakistans"},
		{"Guinea-Bissau", "guinea bissau"},
		{"Tehreek-e-Taliban (TTP)", "tehreek e taliban ttp"},
		{"Nuku'alofa", "nukualofa"},
		{"Straße", "strasse"},
		{"São Tomé", "sao tome"},
		{"already normal", "already normal"},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, NormalizeName(tc.in)); diff != "" {
				t.Errorf("NormalizeName(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestLookupName checks the first reading of names a user would type.
func TestLookupName(t *testing.T) {
	l := builtin(t)
	tests := []struct {
		phrase string
		want   NameEntry
	}{
		{"U.S.", NameEntry{"united-states", KindShort}},
		{"US", NameEntry{"united-states", KindShort}},
		{"USA", NameEntry{"united-states", KindShort}},
		{"United States", NameEntry{"united-states", KindName}},
		{"United States of America", NameEntry{"united-states", KindName}},
		{"America", NameEntry{"united-states", KindName}},
		{"Washington", NameEntry{"united-states", KindCapital}},
		{"White House", NameEntry{"united-states", KindSeat}},
		{"Americans", NameEntry{"united-states", KindDemonym}},
		{"Pakistan", NameEntry{"pakistan", KindName}},
		{"Islamabad", NameEntry{"pakistan", KindCapital}},
		{"Pakistani", NameEntry{"pakistan", KindDemonym}},
		{"Pakistanis", NameEntry{"pakistan", KindDemonym}},
		{"Emirati", NameEntry{"uae", KindDemonym}},
		{"UAE", NameEntry{"uae", KindShort}},
		{"the Kremlin", NameEntry{"russia", KindSeat}},
		{"Kremlin", NameEntry{"russia", KindSeat}},
		{"Moscow", NameEntry{"russia", KindCapital}},
		{"Britain", NameEntry{"united-kingdom", KindName}},
		{"UK", NameEntry{"united-kingdom", KindShort}},
		{"Great Britain", NameEntry{"united-kingdom", KindName}},
		{"Downing Street", NameEntry{"united-kingdom", KindSeat}},
		{"Georgia", NameEntry{"georgia", KindName}},
		{"South Korea", NameEntry{"south-korea", KindName}},
		{"DPRK", NameEntry{"north-korea", KindShort}},
		{"Taiwan", NameEntry{"taiwan", KindName}},
		{"Kosovo", NameEntry{"kosovo", KindName}},
		{"Saudi", NameEntry{"saudi-arabia", KindDemonym}},
		{"Israeli", NameEntry{"israel", KindDemonym}},
		{"Afghanistan", NameEntry{"afghanistan", KindName}},
		{"Afganistan", NameEntry{"afghanistan", KindName}}, // Phoenix's misspelling
		{"Karachi", NameEntry{"pakistan", KindCity}},
		{"Kharkov", NameEntry{"ukraine", KindCity}}, // Phoenix, under a [USRUKR]-coded block
		{"Brussels", NameEntry{"european-union", KindSeat}},
		{"UN", NameEntry{"united-nations", KindAcronym}},
		{"United Nations", NameEntry{"united-nations", KindName}},
		{"NATO", NameEntry{"nato", KindName}},
		{"North Atlantic Treaty Organization", NameEntry{"nato", KindName}},
		{"Security Council", NameEntry{"un-security-council", KindName}},
		{"IAEA", NameEntry{"iaea", KindAcronym}},
		{"Taliban", NameEntry{"taliban", KindName}},
		{"TTP", NameEntry{"ttp", KindAcronym}},
		{"Houthis", NameEntry{"houthis", KindName}},
		{"ISIS", NameEntry{"islamic-state", KindAcronym}},
		{"Marco Rubio", NameEntry{"marco-rubio", KindName}},
		{"Rubio", NameEntry{"marco-rubio", KindSurname}},
		{"Asim Munir", NameEntry{"asim-munir", KindName}},
		{"Shehbaz Sharif", NameEntry{"shehbaz-sharif", KindName}},
		{"Donald Trump", NameEntry{"donald-trump", KindName}},
		{"von der Leyen", NameEntry{"ursula-von-der-leyen", KindSurname}},
		{"Pentagon", NameEntry{"us-department-of-defense", KindSeat}},
	}
	for _, tc := range tests {
		t.Run(tc.phrase, func(t *testing.T) {
			got := l.LookupName(NormalizeName(tc.phrase))
			if len(got) == 0 {
				t.Fatalf("LookupName(%q) = nil, want %v", tc.phrase, tc.want)
			}
			if diff := cmp.Diff(tc.want, got[0]); diff != "" {
				t.Errorf("LookupName(%q)[0] (-want +got):\n%s\nall: %v", tc.phrase, diff, got)
			}
		})
	}
}

// TestNoCommonWords checks that Phoenix's spellings did not bring in
// ordinary words as names.
func TestNoCommonWords(t *testing.T) {
	l := builtin(t)
	for _, w := range []string{"the", "and", "said", "chance", "buffalo", "phoenix", "will", "may", "states", "valley"} {
		if got := l.LookupName(w); got != nil {
			t.Errorf("LookupName(%q) = %v, want nil", w, got)
		}
	}
}

func TestEveryNameResolves(t *testing.T) {
	l := builtin(t)
	for key, es := range l.names {
		if key != NormalizeName(key) {
			t.Errorf("key %q is not normalised", key)
		}
		for _, e := range es {
			if _, ok := l.Actor(e.ActorID); !ok {
				t.Errorf("name %q: unknown actor %q", key, e.ActorID)
			}
		}
	}
	if l.MaxNameTokens() < 4 || l.MaxNameTokens() > 30 {
		t.Errorf("MaxNameTokens() = %d", l.MaxNameTokens())
	}
}

func TestCountries(t *testing.T) {
	l := builtin(t)
	iso := map[string]bool{}
	if err := tsvFile(lexdata, "iso3166.tsv", 2, func(f []string) error {
		if len(f[0]) != 3 || strings.ToUpper(f[0]) != f[0] {
			return fmt.Errorf("bad code %q", f[0])
		}
		iso[f[0]] = true
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(iso) < 240 {
		t.Errorf("iso3166.tsv has %d codes, want the ~250 of ISO 3166-1", len(iso))
	}
	seen := map[string]string{}
	n := 0
	for _, id := range l.ActorIDs() {
		a, _ := l.Actor(id)
		if a.Type != TypeCountry {
			continue
		}
		n++
		if !iso[a.Country] {
			t.Errorf("%s: country code %q is not ISO 3166-1 alpha-3", id, a.Country)
		}
		if other, dup := seen[a.Country]; dup {
			t.Errorf("%s and %s share code %s", id, other, a.Country)
		}
		seen[a.Country] = id
		if got, ok := l.CountryByCode(a.Country); !ok || got.ID != id {
			t.Errorf("CountryByCode(%s) = %v, %v; want %s", a.Country, got.ID, ok, id)
		}
	}
	if n < 196 {
		t.Errorf("%d countries, want at least the 193 UN members, 2 observers and Taiwan", n)
	}
	want := map[string]Actor{
		"united-states":  {ID: "united-states", Name: "United States", Type: TypeCountry, Country: "USA"},
		"united-kingdom": {ID: "united-kingdom", Name: "United Kingdom", Type: TypeCountry, Country: "GBR"},
		"pakistan":       {ID: "pakistan", Name: "Pakistan", Type: TypeCountry, Country: "PAK"},
		"uae":            {ID: "uae", Name: "United Arab Emirates", Type: TypeCountry, Country: "ARE"},
		"kosovo":         {ID: "kosovo", Name: "Kosovo", Type: TypeCountry, Country: "XKX"},
		"palestine":      {ID: "palestine", Name: "Palestine", Type: TypeCountry, Country: "PSE"},
		"timor-leste":    {ID: "timor-leste", Name: "Timor-Leste", Type: TypeCountry, Country: "TLS"},
	}
	for id, w := range want {
		got, ok := l.Actor(id)
		if !ok {
			t.Errorf("Actor(%q) missing", id)
			continue
		}
		if diff := cmp.Diff(w, got); diff != "" {
			t.Errorf("Actor(%q) (-want +got):\n%s", id, diff)
		}
	}
}

// TestActorIDsUnique reads the actor tables themselves: the loader
// refuses duplicates, this says which.
func TestActorIDsUnique(t *testing.T) {
	seen := map[string]string{}
	for _, f := range []struct {
		file string
		min  int
	}{{"countries.tsv", 8}, {"actors.tsv", 4}, {"phoenix-actors.tsv", 4}} {
		if err := tsvFile(lexdata, f.file, f.min, func(r []string) error {
			if other, dup := seen[r[0]]; dup {
				t.Errorf("id %s in %s and %s", r[0], other, f.file)
			}
			seen[r[0]] = f.file
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	if len(seen) < 1000 {
		t.Errorf("%d actors, want thousands", len(seen))
	}
}

func TestActorTypes(t *testing.T) {
	l := builtin(t)
	valid := map[string]bool{TypeCountry: true, TypeIGO: true, TypeGovernment: true, TypeMilitary: true,
		TypePerson: true, TypeOrganisation: true, TypeGroup: true}
	for _, id := range l.ActorIDs() {
		a, _ := l.Actor(id)
		if !valid[a.Type] {
			t.Errorf("%s: type %q", id, a.Type)
		}
		if a.Type == TypeIGO && a.Country != "" {
			t.Errorf("%s: IGO with country %q", id, a.Country)
		}
	}
	for id, typ := range map[string]string{"united-nations": TypeIGO, "nato": TypeIGO, "european-union": TypeIGO,
		"taliban": TypeGroup, "hamas": TypeGroup, "marco-rubio": TypePerson, "asim-munir": TypePerson} {
		if a, _ := l.Actor(id); a.Type != typ {
			t.Errorf("Actor(%s).Type = %q, want %q", id, a.Type, typ)
		}
	}
}

func TestTerms(t *testing.T) {
	l := builtin(t)
	tests := []struct {
		id   string
		want Term
	}{
		{"marco-rubio", Term{Role: "Secretary of State", Country: "USA", From: "2025-01-21"}},
		{"donald-trump", Term{Role: "President", Country: "USA", From: "2025-01-20"}},
		{"donald-trump", Term{Role: "President", Country: "USA", From: "2017-01-20", To: "2021-01-20"}},
		{"joe-biden", Term{Role: "President", Country: "USA", From: "2021-01-20", To: "2025-01-20"}},
		{"asim-munir", Term{Role: "Chief of Army Staff", Country: "PAK", From: "2022-11-29"}},
		{"antonio-guterres", Term{Role: "UN Secretary-General", From: "2017-01-01"}},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			terms := l.Terms(tc.id)
			for _, got := range terms {
				if got == tc.want {
					return
				}
			}
			t.Errorf("Terms(%q) = %v, want it to include %v", tc.id, terms, tc.want)
		})
	}
	if a, _ := l.Actor("marco-rubio"); a.Role != "Secretary of State" && a.Role != "National Security Adviser" {
		t.Errorf("Actor(marco-rubio).Role = %q, want a current office", a.Role)
	}
	// Phoenix's leaders come with dated terms too.
	if terms := l.Terms("hamid-karzai"); len(terms) == 0 {
		t.Errorf("Terms(hamid-karzai) = nil, want Phoenix's terms")
	}
}

func TestLookupAgent(t *testing.T) {
	l := builtin(t)
	tests := []struct {
		phrase string
		want   AgentEntry
	}{
		{"army", AgentEntry{TypeMilitary, "army"}},
		{"troops", AgentEntry{TypeMilitary, "troops"}},
		{"soldiers", AgentEntry{TypeMilitary, "troops"}},
		{"foreign ministry", AgentEntry{TypeGovernment, "foreign ministry"}},
		{"prime minister", AgentEntry{TypePerson, "Prime Minister"}},
		{"foreign minister", AgentEntry{TypePerson, "Foreign Minister"}},
		{"rebels", AgentEntry{TypeGroup, "rebels"}},
		{"police", AgentEntry{TypeGovernment, "police"}},
		{"chief of army staff", AgentEntry{TypePerson, "Chief of Army Staff"}},
		{"officials", AgentEntry{TypeGovernment, "officials"}},
		{"farmers", AgentEntry{TypeGroup, "farmer"}}, // from Phoenix, with its plural
	}
	for _, tc := range tests {
		t.Run(tc.phrase, func(t *testing.T) {
			got, ok := l.LookupAgent(NormalizeName(tc.phrase))
			if !ok {
				t.Fatalf("LookupAgent(%q) not found", tc.phrase)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("LookupAgent(%q) (-want +got):\n%s", tc.phrase, diff)
			}
		})
	}
	if _, ok := l.LookupAgent("pakistan"); ok {
		t.Errorf("LookupAgent(pakistan) found, want not an agent")
	}
	if n := l.MaxAgentTokens(); n < 3 {
		t.Errorf("MaxAgentTokens() = %d, want at least 3", n)
	}
}

// TestLoadTime parses the embedded tables afresh: BuiltinLexicon pays
// this once per process.
func TestLoadTime(t *testing.T) {
	start := time.Now()
	l, err := loadLexicon(lexdata)
	if err != nil {
		t.Fatal(err)
	}
	d := time.Since(start)
	t.Logf("parsed %d actors and %d name keys in %v", len(l.actors), len(l.names), d)
	if d > time.Second {
		t.Errorf("parsing the built-in lexicon took %v, want well under a second", d)
	}
}

func BenchmarkLookupName(b *testing.B) {
	l := builtin(b)
	keys := []string{"united states", "us", "the", "islamabad", "marco rubio", "rubio", "said", "security council", "on tuesday"}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		l.LookupName(keys[i%len(keys)])
	}
}

func BenchmarkNormalizeName(b *testing.B) {
	for b.Loop() {
		NormalizeName("U.S.")
		NormalizeName("pakistan")
	}
}

func ExampleLexicon_LookupName() {
	l, err := BuiltinLexicon()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, phrase := range []string{"U.S.", "Islamabad", "the Kremlin", "Emirati"} {
		e := l.LookupName(NormalizeName(phrase))[0]
		a, _ := l.Actor(e.ActorID)
		fmt.Printf("%s: %s (%s, %s) as %s\n", phrase, a.Name, a.Type, a.Country, e.Kind)
	}
	// Output:
	// U.S.: United States (country, USA) as short
	// Islamabad: Pakistan (country, PAK) as capital
	// the Kremlin: Russia (country, RUS) as seat
	// Emirati: United Arab Emirates (country, ARE) as demonym
}
