package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/dedupe"
)

// wireText reads a text of the wire story in extract/dedupe's test data:
// one story in several outlet versions, and an unrelated story with the
// same actors.
func wireText(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "extract", "dedupe", "testdata", "wire", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The articles of the story tests.
type storyArticles struct {
	orig, copyB, copyC, copyD, unrelated extract.Article
}

func newStoryArticles(t *testing.T) storyArticles {
	return storyArticles{
		orig: extract.Article{ID: "reuters/us-pakistan-minerals", Title: "US, Pakistan sign $500 mln critical minerals deal",
			Date: "2025-10-26", Source: "Reuters",
			URL:  "https://www.reuters.com/world/asia-pacific/us-pakistan-minerals-2025-10-26/",
			Text: wireText(t, "original")},
		copyB: extract.Article{ID: "frontierpost/8812", Title: "Pakistan, US ink minerals MoU",
			Date: "2025-10-26", Source: "The Frontier Post",
			URL:  "https://thefrontierpost.example/pakistan-us-ink-minerals-mou/?utm_source=rss&utm_medium=feed",
			Text: wireText(t, "outlet-b")},
		copyC: extract.Article{ID: "dawn/1950123", Title: "USSM to invest $500m in Pakistan minerals",
			Date: "2025-10-26", Source: "Dawn",
			URL:  "https://www.dawn.example/news/1950123",
			Text: wireText(t, "outlet-c")},
		// No source: its outlet is its URL's host.
		copyD: extract.Article{ID: "tribune/3", Title: "Minerals deal signed",
			Date: "2025-10-27", URL: "https://tribune.example/story/3/amp",
			Text: wireText(t, "outlet-d")},
		unrelated: extract.Article{ID: "reuters/rubio-munir", Title: "Rubio meets Pakistan army chief",
			Date: "2025-11-12", Source: "Reuters",
			URL:  "https://www.reuters.com/world/rubio-munir-2025-11-12/",
			Text: wireText(t, "unrelated")},
	}
}

func origTriples(id string) []extract.Triple {
	return []extract.Triple{
		{Article: id, Date: "2025-10-26", SentenceIndex: 0,
			Sentence: "The United States and Pakistan signed a memorandum of understanding on Sunday to develop critical minerals.",
			Subject:  usa, Relation: mou, Object: pak, Confidence: 0.9},
		{Article: id, Date: "2025-10-26", SentenceIndex: 0,
			Sentence: "US Strategic Metals agreeing to invest $500 million alongside the Frontier Works Organisation.",
			Subject:  ussm, Relation: invest, Object: pak, Confidence: 0.7,
			Attrs: map[string]string{"amount": "$500 million"}},
	}
}

func unrelatedTriples(id string) []extract.Triple {
	return []extract.Triple{
		{Article: id, Date: "2025-11-12", SentenceIndex: 0,
			Sentence: "US Secretary of State Marco Rubio met Pakistan's army chief Field Marshal Asim Munir in Washington on Wednesday.",
			Subject:  rubio, Relation: met, Object: munir, Confidence: 0.8},
	}
}

// loadOne does with one article what load does: an article stored with
// the same content is left alone ("unchanged"); one whose story is stored
// is recorded as a copy ("copy", or "unchanged" when it was already); any
// other is stored with its triples and indexed ("stored").
func loadOne(t *testing.T, s *Store, a extract.Article, ts []extract.Triple) string {
	t.Helper()
	ctx := context.Background()
	hash, stored, err := s.StoredHash(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if stored && hash == ContentHash(a) {
		if err := s.IndexStory(ctx, a); err != nil {
			t.Fatalf("IndexStory(%s): %v", a.ID, err)
		}
		return "unchanged"
	}
	if !stored {
		story, found, err := s.FindStory(ctx, a)
		if err != nil {
			t.Fatalf("FindStory(%s): %v", a.ID, err)
		}
		if found {
			added, err := s.AddCopy(ctx, story, a)
			if err != nil {
				t.Fatalf("AddCopy(%s, %s): %v", story, a.ID, err)
			}
			if !added {
				return "unchanged"
			}
			return "copy of " + story
		}
	}
	if _, err := s.PutArticle(ctx, a, ts, PutOptions{Version: "v1"}); err != nil {
		t.Fatalf("PutArticle(%s): %v", a.ID, err)
	}
	if err := s.IndexStory(ctx, a); err != nil {
		t.Fatalf("IndexStory(%s): %v", a.ID, err)
	}
	return "stored"
}

func TestStories(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			if b.name == BackendPostgres {
				requirePostgres(t)
			}
			runStories(t, b)
		})
	}
}

func runStories(t *testing.T, b testBackend) {
	ctx := context.Background()
	arts := newStoryArticles(t)
	orig, unrel := arts.orig.ID, arts.unrelated.ID
	fresh := func(t *testing.T) *Store { return openTest(t, b.name, b.addr(t)) }

	// loadAll loads the original, two copies and the unrelated story.
	loadAll := func(t *testing.T, s *Store) []string {
		return []string{
			loadOne(t, s, arts.orig, origTriples(orig)),
			loadOne(t, s, arts.copyB, origTriples(arts.copyB.ID)),
			loadOne(t, s, arts.copyC, origTriples(arts.copyC.ID)),
			loadOne(t, s, arts.unrelated, unrelatedTriples(unrel)),
		}
	}

	t.Run("ThreeOutletsOneStory", func(t *testing.T) {
		s := fresh(t)
		got := loadAll(t, s)
		want := []string{"stored", "copy of " + orig, "copy of " + orig, "stored"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("load outcomes (-want +got):\n%s", diff)
		}

		// The triples of one article, not three.
		ts, err := s.Triples(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		perArticle := make(map[string]int)
		for _, tr := range ts {
			perArticle[tr.Article]++
		}
		if diff := cmp.Diff(map[string]int{orig: 2, unrel: 1}, perArticle); diff != "" {
			t.Errorf("triples per article (-want +got):\n%s", diff)
		}
		if st := stats(t, s); st.Articles != 2 || st.Triples != 3 {
			t.Errorf("Stats: %d articles, %d triples; want 2 and 3", st.Articles, st.Triples)
		}

		wantOutlets := []string{"Dawn", "Reuters", "The Frontier Post"}
		for _, id := range []string{orig, arts.copyB.ID, arts.copyC.ID} {
			got, err := s.Outlets(ctx, id)
			if err != nil {
				t.Fatalf("Outlets(%s): %v", id, err)
			}
			if diff := cmp.Diff(wantOutlets, got); diff != "" {
				t.Errorf("Outlets(%s) (-want +got):\n%s", id, diff)
			}
		}
		if got, err := s.Outlets(ctx, unrel); err != nil || !cmp.Equal(got, []string{"Reuters"}) {
			t.Errorf("Outlets(unrelated) = %q, %v; want [Reuters]", got, err)
		}
		counts, err := s.SourceCounts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(map[string]int{orig: 3, unrel: 1}, counts); diff != "" {
			t.Errorf("SourceCounts (-want +got):\n%s", diff)
		}
		stories, copies, outlets, err := s.StoryStats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([3]int{2, 2, 3}, [3]int{stories, copies, outlets}); diff != "" {
			t.Errorf("StoryStats stories, copies, outlets (-want +got):\n%s", diff)
		}

		// Gizmo reads the copies as the schema documents.
		res := gizmo(t, s, `g.V("<story/`+orig+`>").In("<copy_of>").Out("<source>").All()`)
		var srcs []string
		for _, r := range res {
			if m, ok := r.(map[string]any); ok {
				srcs = append(srcs, strings.Trim(toString(m["id"]), `"`))
			}
		}
		if diff := cmp.Diff([]string{"Dawn", "The Frontier Post"}, sortedCopy(srcs)); diff != "" {
			t.Errorf("Gizmo sources of the copies (-want +got):\n%s", diff)
		}
	})

	t.Run("ReloadIdempotent", func(t *testing.T) {
		s := fresh(t)
		loadAll(t, s)
		before := dump(t, s)
		got := loadAll(t, s)
		if diff := cmp.Diff([]string{"unchanged", "unchanged", "unchanged", "unchanged"}, got); diff != "" {
			t.Errorf("second load (-want +got):\n%s", diff)
		}
		if after := dump(t, s); after != before {
			t.Errorf("a second load changed the store:\n%s", cmp.Diff(before, after))
		}
		if added, err := s.AddCopy(ctx, orig, arts.copyB); err != nil || added {
			t.Errorf("AddCopy of a recorded copy = %v, %v; want false, nil", added, err)
		}
		// A copy whose metadata changed is replaced, not doubled.
		retitled := arts.copyB
		retitled.Title = "Pakistan, US ink minerals MoU (updated)"
		if added, err := s.AddCopy(ctx, orig, retitled); err != nil || !added {
			t.Errorf("AddCopy of a changed copy = %v, %v; want true, nil", added, err)
		}
		if n := strings.Count(dump(t, s), "<article/frontierpost/8812> <title>"); n != 1 {
			t.Errorf("the changed copy has %d titles, want 1", n)
		}
	})

	t.Run("Keys", func(t *testing.T) {
		s := fresh(t)
		loadOne(t, s, arts.orig, origTriples(orig))
		loadOne(t, s, arts.unrelated, unrelatedTriples(unrel))
		tests := []struct {
			name string
			a    extract.Article
			want string // "" for none
		}{
			{"canonical URL", extract.Article{ID: "x1", URL: "http://reuters.com/world/asia-pacific/us-pakistan-minerals-2025-10-26/amp?utm_campaign=a", Text: "A short text."}, orig},
			{"same text", extract.Article{ID: "x2", URL: "https://mirror.example/a", Text: strings.ToUpper(arts.orig.Text)}, orig},
			{"near duplicate", extract.Article{ID: "x3", Text: arts.copyC.Text}, orig},
			{"hard cut", arts.copyD, orig},
			{"unrelated text", extract.Article{ID: "x4", URL: "https://mirror.example/b", Text: arts.unrelated.Text + " Extra."}, unrel},
			{"new story", extract.Article{ID: "x5", URL: "https://www.reuters.com/", Text: "India and Pakistan agreed on Friday to reopen the Kartarpur corridor for pilgrims after two days of talks in Lahore between officials of both foreign ministries."}, ""},
			{"itself", arts.orig, ""},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, found, err := s.FindStory(ctx, tt.a)
				if err != nil {
					t.Fatal(err)
				}
				if got != tt.want || found != (tt.want != "") {
					t.Errorf("FindStory = %q, %v; want %q", got, found, tt.want)
				}
			})
		}
	})

	t.Run("SurvivesReextractAndUpdate", func(t *testing.T) {
		s := fresh(t)
		loadAll(t, s)
		// Re-coding the first article rewrites every quad it labels or is
		// subject or object of; the copies and the index stay.
		if _, err := s.ReplaceTriples(ctx, orig, origTriples(orig)[:1], "v2"); err != nil {
			t.Fatal(err)
		}
		if got, err := s.Outlets(ctx, orig); err != nil || len(got) != 3 {
			t.Errorf("after ReplaceTriples, Outlets = %q, %v; want 3 outlets", got, err)
		}
		if got, found, err := s.FindStory(ctx, arts.copyD); err != nil || got != orig || !found {
			t.Errorf("after ReplaceTriples, FindStory(hard cut) = %q, %v, %v", got, found, err)
		}
		// Only the first article's own index has its canonical URL.
		amp := extract.Article{ID: "amp", URL: "https://reuters.com/world/asia-pacific/us-pakistan-minerals-2025-10-26/amp", Text: "Short."}
		if got, found, err := s.FindStory(ctx, amp); err != nil || got != orig || !found {
			t.Errorf("after ReplaceTriples, FindStory(AMP URL) = %q, %v, %v", got, found, err)
		}
		// An update of the first article: IndexStory follows its new text.
		upd := arts.orig
		upd.Text = arts.unrelated.Text + "\n\nUpdated with another story altogether."
		if oc, err := s.PutArticle(ctx, upd, origTriples(orig), PutOptions{Version: "v1"}); err != nil || oc != Updated {
			t.Fatalf("PutArticle(update) = %v, %v", oc, err)
		}
		if err := s.IndexStory(ctx, upd); err != nil {
			t.Fatal(err)
		}
		d := dump(t, s)
		wantFP := "<story/" + orig + "> <fingerprint> \"" + dedupe.Fingerprint(upd.Text) + "\" ."
		if n := strings.Count(d, "<story/"+orig+"> <fingerprint>"); n != 1 || !strings.Contains(d, wantFP) {
			t.Errorf("after the update the story has %d fingerprints, want one: %s", n, wantFP)
		}
		if got, _, _ := s.FindStory(ctx, extract.Article{ID: "x", Text: upd.Text}); got != orig {
			t.Errorf("FindStory(new text) = %q, want %s", got, orig)
		}
	})

	t.Run("Forget", func(t *testing.T) {
		s := fresh(t)
		loadAll(t, s)
		copies, err := s.Copies(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var listed []string
		for _, c := range copies {
			listed = append(listed, c.ID+" "+c.Source+" of "+c.Story)
		}
		if diff := cmp.Diff([]string{"dawn/1950123 Dawn of " + orig, "frontierpost/8812 The Frontier Post of " + orig}, listed); diff != "" {
			t.Errorf("Copies (-want +got):\n%s", diff)
		}
		if _, err := s.ForgetArticle(ctx, arts.copyB.ID); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(dump(t, s), "frontierpost") {
			t.Errorf("a forgotten copy left quads")
		}
		if got, err := s.Outlets(ctx, orig); err != nil || !cmp.Equal(got, []string{"Dawn", "Reuters"}) {
			t.Errorf("Outlets after forgetting a copy = %q, %v", got, err)
		}
		if _, err := s.ForgetArticle(ctx, orig); err != nil {
			t.Fatal(err)
		}
		if _, found, err := s.FindStory(ctx, arts.copyB); err != nil || found {
			t.Errorf("FindStory found a forgotten story (%v)", err)
		}
		counts, err := s.SourceCounts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(map[string]int{unrel: 1}, counts); diff != "" {
			t.Errorf("SourceCounts after forgetting the story (-want +got):\n%s", diff)
		}
		if st, cp, _, err := s.StoryStats(ctx); err != nil || st != 1 || cp != 0 {
			t.Errorf("StoryStats = %d stories, %d copies, %v; want 1, 0", st, cp, err)
		}
	})

	t.Run("Errors", func(t *testing.T) {
		s := fresh(t)
		loadOne(t, s, arts.orig, origTriples(orig))
		if _, err := s.AddCopy(ctx, "nope", arts.copyB); !errors.Is(err, ErrNotStored) {
			t.Errorf("AddCopy to a story not stored: %v, want ErrNotStored", err)
		}
		if _, err := s.AddCopy(ctx, orig, arts.orig); !errors.Is(err, ErrStoredArticle) {
			t.Errorf("AddCopy of the story's own article: %v, want ErrStoredArticle", err)
		}
		if _, err := s.AddCopy(ctx, orig, extract.Article{}); !errors.Is(err, ErrNoID) {
			t.Errorf("AddCopy without id: %v, want ErrNoID", err)
		}
		if err := s.IndexStory(ctx, arts.copyB); !errors.Is(err, ErrNotStored) {
			t.Errorf("IndexStory of an article not stored: %v, want ErrNotStored", err)
		}
		if _, err := s.Outlets(ctx, "nope"); !errors.Is(err, ErrNotStored) {
			t.Errorf("Outlets of an article not stored: %v, want ErrNotStored", err)
		}
		// A copy of a copy is recorded against the story's first article.
		if _, err := s.AddCopy(ctx, orig, arts.copyB); err != nil {
			t.Fatal(err)
		}
		if _, err := s.AddCopy(ctx, arts.copyB.ID, arts.copyC); err != nil {
			t.Fatal(err)
		}
		if got, _, _ := s.FindStory(ctx, arts.copyC); got != orig {
			t.Errorf("the copy of a copy belongs to %q, want %s", got, orig)
		}
	})

	t.Run("Persisted", func(t *testing.T) {
		addr := b.addr(t)
		if b.name == BackendMemstore {
			t.Skip("memstore keeps nothing")
		}
		s1, err := Open(ctx, b.name, addr)
		if err != nil {
			t.Fatal(err)
		}
		loadOne(t, s1, arts.orig, origTriples(orig))
		loadOne(t, s1, arts.copyB, nil)
		if err := s1.Close(); err != nil {
			t.Fatal(err)
		}
		s2 := openTest(t, b.name, addr)
		if got, found, err := s2.FindStory(ctx, arts.copyC); err != nil || got != orig || !found {
			t.Errorf("FindStory after reopening = %q, %v, %v", got, found, err)
		}
		if counts, err := s2.SourceCounts(ctx); err != nil || counts[orig] != 2 {
			t.Errorf("SourceCounts after reopening = %v, %v; want %s: 2", counts, err, orig)
		}
	})
}

func toString(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return ""
}

func sortedCopy(ss []string) []string {
	out := slices.Clone(ss)
	slices.Sort(out)
	return out
}

// synthText is a pseudo-random text of n words from a vocabulary of 3,000.
func synthText(seed uint64, n int) string {
	var b strings.Builder
	x := seed*0x9e3779b97f4a7c15 + 1
	for i := range n {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		if i > 0 {
			b.WriteByte(' ')
		}
		w := x % 3000
		b.WriteString("w")
		b.WriteString(strings.Repeat("x", int(w%7)))
		b.WriteString(string(rune('a' + w%26)))
		b.WriteString(string(rune('a' + (w/26)%26)))
		b.WriteString(string(rune('a' + (w/676)%26)))
	}
	return b.String()
}

// BenchmarkFindStory measures the look-up load makes for each new article
// in a Bolt store of 500 indexed articles: a new story (no key matches)
// and a near-duplicate of a stored one.
func BenchmarkFindStory(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, BackendBolt, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var batch []ArticleTriples
	var arts []extract.Article
	for i := range 500 {
		a := extract.Article{ID: fmt.Sprintf("a%03d", i), URL: fmt.Sprintf("https://example.org/news/%d", i), Source: "Example",
			Text: synthText(uint64(i), 400)}
		arts = append(arts, a)
		batch = append(batch, ArticleTriples{Article: a})
	}
	if _, err := s.PutArticles(ctx, batch, PutOptions{}); err != nil {
		b.Fatal(err)
	}
	if err := s.IndexStories(ctx, arts); err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		a    extract.Article
		want bool
	}{
		{"new", extract.Article{ID: "new", Text: synthText(9999, 400)}, false},
		{"copy", extract.Article{ID: "copy", Text: "By a reporter. " + arts[42].Text[:len(arts[42].Text)*9/10]}, true},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.a.Text)))
			for b.Loop() {
				_, found, err := s.FindStory(ctx, tc.a)
				if err != nil || found != tc.want {
					b.Fatalf("FindStory = %v, %v; want %v", found, err, tc.want)
				}
			}
		})
	}
}
