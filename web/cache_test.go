package web

import (
	"context"
	"testing"
	"time"

	"github.com/diplograph/diplograph/extract"
)

// TestCacheFollowsStore checks the page's read of the store: kept while the
// store holds the same quads, read again once it changes.
func TestCacheFollowsStore(t *testing.T) {
	ctx := context.Background()
	s := newSeedStore(t)
	p := &page{store: s}
	first, err := p.allTriples(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Past the short TTL, an unchanged store is not read again.
	p.triplesAt = time.Now().Add(-time.Minute)
	again, err := p.allTriples(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if &again[0] != &first[0] {
		t.Error("an unchanged store was read again")
	}
	// Past the longest age, it is.
	p.triplesAt = time.Now().Add(-cacheMaxAge - time.Second)
	if old, _ := p.allTriples(ctx); &old[0] == &first[0] {
		t.Error("a read older than cacheMaxAge was reused")
	}
	// A change shows as soon as the short TTL is over.
	if _, err := s.AddArticle(ctx, extract.Article{ID: "late", Date: "2025-11-20", Text: "…"},
		[]extract.Triple{triple("late", "2025-11-20", 0, "India met Taliban envoys.", ind, metWith, taliban)}); err != nil {
		t.Fatal(err)
	}
	if now, _ := p.allTriples(ctx); len(now) != len(first) {
		t.Errorf("within the TTL: %d triples, want the %d read before", len(now), len(first))
	}
	p.triplesAt = time.Now().Add(-3 * time.Second)
	now, err := p.allTriples(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(now) != len(first)+1 {
		t.Errorf("after the change: %d triples, want %d", len(now), len(first)+1)
	}
	// The views computed from the old read are not served for the new one.
	h := NewPage(s, PageOptions{})
	var v viewResponse
	getJSON(t, h, "/api/view", &v)
	if v.Total.Triples != len(first)+1 {
		t.Errorf("view counts %d triples, want %d", v.Total.Triples, len(first)+1)
	}
}

// TestViewCache checks that a view is served again only for the read it
// was computed from.
func TestViewCache(t *testing.T) {
	p := &page{}
	t1 := time.Now()
	t2 := t1.Add(time.Second)
	p.keepView("top=5", t1, rawJSON(`{"measure":"degree"}`))
	if v, ok := p.cachedView("top=5", t1); !ok || string(v) != `{"measure":"degree"}` {
		t.Errorf("view not kept: %v %s", ok, v)
	}
	if _, ok := p.cachedView("top=6", t1); ok {
		t.Error("another query got the view")
	}
	if _, ok := p.cachedView("top=5", t2); ok {
		t.Error("a newer read got the view of an older one")
	}
	for i := range maxViews + 1 {
		p.keepView(string(rune('a'+i)), t2, rawJSON(`{}`))
	}
	if len(p.views) > maxViews {
		t.Errorf("%d views kept, more than %d", len(p.views), maxViews)
	}
}

// TestSelectPair checks that the index of pairs gives what filtering every
// triple gives, for each pair of actors and a few filters.
func TestSelectPair(t *testing.T) {
	ctx := context.Background()
	p := &page{store: newSeedStore(t)}
	ids := []string{"united-states", "pakistan", "india", "taliban", "marco-rubio", "asim-munir", "ussm", "fwo", "nobody"}
	for _, qs := range []query{{min: 1}, {min: 2}, {min: 1, since: "2025-11"}, {min: 1, quads: []int{3, 4}}} {
		sel, err := p.selectTriples(ctx, qs)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range ids {
			for _, b := range ids {
				var want []extract.Triple
				for _, tr := range sel.kept {
					if tr.Subject.ID == a && tr.Object.ID == b || tr.Subject.ID == b && tr.Object.ID == a {
						want = append(want, tr)
					}
				}
				got, err := p.selectPair(ctx, qs, a, b)
				if err != nil {
					t.Fatal(err)
				}
				if len(got.kept) != len(want) {
					t.Errorf("%+v %s–%s: %d triples, want %d", qs, a, b, len(got.kept), len(want))
					continue
				}
				for i := range want {
					if got.kept[i].Sentence != want[i].Sentence {
						t.Errorf("%+v %s–%s: triple %d is %q, want %q", qs, a, b, i, got.kept[i].Sentence, want[i].Sentence)
					}
				}
			}
		}
	}
}
