package extract

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestNominalForms covers relations written as nouns, with amounts.
func TestNominalForms(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name   string
		text   string
		want   []string
		amount string
	}{
		{"possessive visit", "Munir's visit to Washington drew attention in Islamabad.", []string{"PAK>USA:04"}, ""},
		{"hyphenated pair", "Officials said the US-Pakistan trade deal would cut tariffs.", []string{"PAK>USA:05", "USA>PAK:05"}, ""},
		{"talks between", "Talks between Russia and Ukraine resumed in Istanbul.", []string{"RUS>UKR:04", "UKR>RUS:04"}, ""},
		{"investment amount", "Saudi Arabia announced a $5 billion investment in Pakistan.", []string{"SAU>PAK:06"}, "$5 billion"},
		{"strikes on", "Russian strikes on Kyiv killed five people.", []string{"RUS>UKR:19"}, ""},
		{"held talks", "Iran held talks with Oman on Sunday.", []string{"IRN>OMN:04"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, err := x.Extract(context.Background(), Article{ID: "n", Date: "2025-06-12", Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, dyads(ts)); diff != "" {
				t.Errorf("%s (-want +got):\n%s%s", tt.text, diff, dump(ts))
			}
			if tt.amount != "" {
				for _, tr := range ts {
					if tr.Attrs["amount"] != tt.amount {
						t.Errorf("amount = %q, want %q: %s", tr.Attrs["amount"], tt.amount, line(tr))
					}
				}
			}
		})
	}
}

// TestConfidenceOrder checks that a full clause scores above a nominal
// form, and a nominal form above a pronoun guess in a nominal.
func TestConfidenceOrder(t *testing.T) {
	x := testExtractor(t)
	conf := func(text string) float64 {
		t.Helper()
		ts, err := x.Extract(context.Background(), Article{ID: "c", Date: "2025-06-12", Text: text})
		if err != nil || len(ts) == 0 {
			t.Fatalf("Extract(%q) = %v, %v; want a triple", text, ts, err)
		}
		return ts[len(ts)-1].Confidence
	}
	clauseC := conf("Turkey hosted Iranian President Masoud Pezeshkian in Ankara.")
	coref := conf("Iranian President Masoud Pezeshkian arrived in Ankara. He met Turkish President Recep Tayyip Erdogan.")
	nominal := conf("Pezeshkian's visit to Ankara drew attention.")
	if !(clauseC > coref && coref > nominal) {
		t.Errorf("confidence: clause %.2f, coreference %.2f, nominal %.2f; want clause > coreference > nominal", clauseC, coref, nominal)
	}
}

// TestResolveDate covers relative dates against the article date.
func TestResolveDate(t *testing.T) {
	ref := time.Date(2025, 10, 26, 0, 0, 0, 0, time.UTC) // a Sunday
	tests := []struct {
		text     string
		inferred bool
		want     string
	}{
		{"Rubio said on Saturday that talks would go on.", false, "2025-10-25"},
		{"The ministers met last week.", false, "2025-10-19"},
		{"He visited Washington in June.", false, "2025-06-01"},
		{"The deal was signed earlier this year.", false, "2025-01-01"},
		{"The two sides met on October 24.", false, "2025-10-24"},
		{"The leaders met on Oct. 24, 2024.", false, "2024-10-24"},
		{"Russia attacked Kyiv yesterday.", false, "2025-10-25"},
		{"ISLAMABAD, Oct 25 (Reuters) - Pakistan will host talks next week.", false, "2025-11-02"},
		{"Talks ended without a deal.", false, "2025-10-26"},
		{"He spoke at a briefing on Monday.", true, "2025-10-27"},
		{"He spoke at a briefing on Thursday.", true, "2025-10-23"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := resolveDate(tokenize(tt.text, nil), ref, tt.inferred); got != tt.want {
				t.Errorf("resolveDate(%q) = %s, want %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestExtractDeterministicConcurrent runs one extractor from several
// goroutines and checks every run gives the same triples in the same order.
func TestExtractDeterministicConcurrent(t *testing.T) {
	x := testExtractor(t)
	a := seedArticle(t, seed001)
	want, err := x.Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				got, err := x.Extract(context.Background(), a)
				if err != nil {
					errs <- err.Error()
					return
				}
				if diff := cmp.Diff(want, got); diff != "" {
					errs <- diff
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent Extract differs (-want +got):\n%s", e)
	}
}

// TestExtractErrors covers a cancelled context and a nil extractor.
func TestExtractErrors(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := testExtractor(t).Extract(ctx, Article{ID: "x", Text: "Russia attacked Ukraine."}); err == nil {
		t.Error("Extract with a cancelled context: no error")
	}
	var x *Extractor
	if _, err := x.Extract(context.Background(), Article{Text: "Russia attacked Ukraine."}); err == nil {
		t.Error("Extract on a nil Extractor: no error")
	}
}

// TestRefDate covers the reference date of an article without a date:
// the first full date written in it.
func TestRefDate(t *testing.T) {
	tests := []struct {
		date, text string
		want       string
		inferred   bool
	}{
		{"2025-06-12", "Anything.", "2025-06-12", false},
		{"2025-06-12T08:30:00Z", "Anything.", "2025-06-12", false},
		{"", "Sanctions imposed in 2018 stayed. Rubio spoke on October 24, 2025 in Israel.", "2025-10-24", true},
		{"", "The talks of 24 October 2024 failed.", "2024-10-24", true},
		{"", "No date here at all.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ref, inferred := refDate(tt.date, tt.text)
			got := ""
			if !ref.IsZero() {
				got = ref.Format(time.DateOnly)
			}
			if got != tt.want || inferred != tt.inferred {
				t.Errorf("refDate(%q, %q) = %s, %v; want %s, %v", tt.date, tt.text, got, inferred, tt.want, tt.inferred)
			}
		})
	}
}
