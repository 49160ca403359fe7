package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
	"github.com/google/go-cmp/cmp"
)

// The browser tests drive the page in headless Chromium. Without a
// Chromium they are skipped, except in CI (CI=true), where they fail.

// chromium returns the browser's path, or skips or fails the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{os.Getenv("DIPLOGRAPH_CHROMIUM"), "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	const msg = "no Chromium found (install Debian's chromium, or set DIPLOGRAPH_CHROMIUM to a Chrome binary)"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + ": the browser tests must run in CI")
	}
	t.Skip(msg + ": skipping the browser tests")
	return ""
}

// browser is one page of headless Chromium on a server for the seed store,
// with the console messages and dialogs it has seen.
type browser struct {
	ctx  context.Context
	base string

	mu      sync.Mutex
	console []chromedp.ConsoleMessage
	dialogs []string
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	return newBrowserFor(t, newSeedStore(t))
}

// newBrowserFor starts a server for the store and a browser.
func newBrowserFor(t *testing.T, s *graph.Store) *browser {
	t.Helper()
	return newBrowserOn(t, NewPage(s, PageOptions{Timeout: 20 * time.Second}))
}

// newBrowserOn starts a server with the handler h and a browser.
func newBrowserOn(t *testing.T, h http.Handler) *browser {
	t.Helper()
	exe := chromium(t)
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("headless", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 900),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelA)
	bctx, cancelB := chromedp.NewContext(actx)
	t.Cleanup(cancelB)
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("start %s: %v", exe, err)
	}
	ctx, cancel := context.WithTimeout(bctx, 60*time.Second)
	t.Cleanup(cancel)

	b := &browser{ctx: ctx, base: srv.URL}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.console = append(b.console, m)
			b.mu.Unlock()
		}
	}()
	dialogs := chromedp.Events(ctx, cdppage.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.dialogs = append(b.dialogs, ev.Message)
			b.mu.Unlock()
			_, _ = chromedp.Call(ctx, cdppage.HandleJavaScriptDialog, cdppage.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return b
}

// do runs steps and fails the test on an error.
func (b *browser) do(t *testing.T, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(b.ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression.
func eval[T any](t *testing.T, b *browser, expr string) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// waitReady waits until the page has loaded its view and panel.
func (b *browser) waitReady(t *testing.T) {
	t.Helper()
	if _, err := chromedp.Run(b.ctx, chromedp.Poll[bool](`document.body.dataset.state === 'ready'`,
		chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		t.Fatalf("page never ready (state %q): %v", eval[string](t, b, `document.body.dataset.state || ''`), err)
	}
}

// open loads the page at path and waits for it.
func (b *browser) open(t *testing.T, path string) {
	t.Helper()
	b.do(t, "navigate to "+path, chromedp.Navigate(b.base+path))
	b.waitReady(t)
}

// edges returns the ids of the edges drawn, sorted.
func (b *browser) edges(t *testing.T) []string {
	t.Helper()
	ids := eval[[]string](t, b, `diplograph.cy.edges().map((e) => e.id())`)
	slices.Sort(ids)
	return ids
}

// errors returns the console errors and exceptions seen so far.
func (b *browser) errors() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []string
	for _, m := range b.console {
		if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
			out = append(out, fmt.Sprintf("%s:%d %s", m.URL, m.Line+1, m.Text))
		}
	}
	return out
}

var (
	shotsOnce sync.Once
	shotsDir  string
)

// screenshot writes the page as PNG to a temporary folder kept after the
// test, so that people can look at it.
func (b *browser) screenshot(t *testing.T, name string) {
	t.Helper()
	shotsOnce.Do(func() {
		dir, err := os.MkdirTemp("", "diplograph-web-screens-")
		if err == nil {
			shotsDir = dir
		}
	})
	if shotsDir == "" {
		t.Log("no folder for screenshots")
		return
	}
	png, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	path := filepath.Join(shotsDir, name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatalf("write screenshot: %v", err)
	}
	t.Logf("screenshot: %s", path)
}

func TestBrowserLoads(t *testing.T) {
	b := newBrowser(t)
	b.open(t, "/")
	if n := eval[int](t, b, `diplograph.cy.nodes().length`); n != 8 {
		t.Errorf("%d actors drawn, want the 8 of the seed", n)
	}
	want := []string{"india>pakistan", "marco-rubio>asim-munir", "pakistan>india", "pakistan>taliban",
		"united-states>india", "united-states>pakistan", "ussm>fwo"}
	if diff := cmp.Diff(want, b.edges(t)); diff != "" {
		t.Errorf("edges (-want +got):\n%s", diff)
	}
	months := eval[[]string](t, b, `[...document.querySelectorAll('#f-since option')].map((o) => o.value)`)
	if diff := cmp.Diff([]string{"", "2025-09", "2025-10", "2025-11"}, months); diff != "" {
		t.Errorf("months offered (-want +got):\n%s", diff)
	}
	time.Sleep(300 * time.Millisecond) // let late messages arrive
	if errs := b.errors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
	b.screenshot(t, "opening.png")
}

func TestBrowserSearch(t *testing.T) {
	b := newBrowser(t)
	b.open(t, "/")
	b.do(t, "type in the search box",
		chromedp.SendKeys(chromedp.ID("search-input"), "Pakistan"),
		chromedp.WaitVisible(chromedp.CSS(`#search-list li[role=option]`)))
	first, err := chromedp.Run(b.ctx, chromedp.Text(chromedp.CSS(`#search-list li[role=option]`)))
	if err != nil || !strings.Contains(first, "Pakistan") {
		t.Fatalf("first completion %q (%v), want Pakistan", first, err)
	}
	b.do(t, "choose it", chromedp.SendKeys(chromedp.ID("search-input"), "\r"))
	b.waitReady(t)
	title, err := chromedp.Run(b.ctx, chromedp.Text(chromedp.CSS(`#panel h2`)))
	if err != nil || title != "Pakistan" {
		t.Errorf("panel title %q (%v), want Pakistan", title, err)
	}
	if !eval[bool](t, b, `diplograph.cy.getElementById('pakistan').hasClass('focus')`) {
		t.Error("Pakistan is not the focus of the graph")
	}
	if loc := eval[string](t, b, `location.search`); !strings.Contains(loc, "actor=pakistan") {
		t.Errorf("address %q does not keep the focus", loc)
	}
	want := []string{"india>pakistan", "pakistan>india", "pakistan>taliban", "united-states>india", "united-states>pakistan"}
	if diff := cmp.Diff(want, b.edges(t)); diff != "" {
		t.Errorf("neighbourhood edges (-want +got):\n%s", diff)
	}
	b.screenshot(t, "focus.png")
	if errs := b.errors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}

// clickEdge clicks an edge where it is drawn: its middle, or another point
// of it when a node covers the middle.
func (b *browser) clickEdge(t *testing.T, id string) {
	t.Helper()
	xy := eval[[]float64](t, b, fmt.Sprintf(`(() => {
		const cy = diplograph.cy, e = cy.getElementById(%q);
		if (e.empty()) return [];
		const s = e.renderedSourceEndpoint(), g = e.renderedTargetEndpoint();
		const points = [e.renderedMidpoint(), ...[0.3, 0.7, 0.2, 0.8].map((k) => ({ x: s.x + (g.x - s.x) * k, y: s.y + (g.y - s.y) * k }))];
		const free = points.find((p) => cy.nodes().every((n) => {
			const bb = n.renderedBoundingBox({ includeLabels: false });
			return p.x < bb.x1 - 4 || p.x > bb.x2 + 4 || p.y < bb.y1 - 4 || p.y > bb.y2 + 4;
		})) || points[0];
		const r = document.getElementById('cy').getBoundingClientRect();
		return [r.left + free.x, r.top + free.y];
	})()`, id))
	if len(xy) != 2 {
		t.Fatalf("edge %s is not drawn", id)
	}
	// A person moves the pointer onto the edge before pressing.
	b.do(t, "click edge "+id,
		chromedp.MouseEvent(chromedp.MouseMoved, xy[0]-8, xy[1]-8),
		chromedp.MouseEvent(chromedp.MouseMoved, xy[0], xy[1]),
		chromedp.MouseClickXY(xy[0], xy[1]))
}

func TestBrowserEdgePanel(t *testing.T) {
	b := newBrowser(t)
	b.open(t, "/")
	b.clickEdge(t, "united-states>pakistan")
	b.do(t, "wait for the evidence", chromedp.WaitVisible(chromedp.CSS(`#panel .evidence blockquote`)))
	title, err := chromedp.Run(b.ctx, chromedp.Text(chromedp.CSS(`#panel h2`)))
	if err != nil || title != "United States → Pakistan" {
		t.Errorf("panel title %q (%v)", title, err)
	}
	sentences := eval[[]string](t, b, `[...document.querySelectorAll('#panel .evidence blockquote')].map((q) => q.textContent)`)
	if !slices.Contains(sentences, seedSentence) {
		t.Errorf("evidence %q lacks the seed sentence %q", sentences, seedSentence)
	}
	links := eval[[]string](t, b, `[...document.querySelectorAll('#panel .evidence a')].map((a) => a.textContent + ' ' + a.href)`)
	if !slices.Contains(links, "US and Pakistan deepen minerals partnership https://news.example/a1") {
		t.Errorf("article links %q lack the seed article", links)
	}
	if loc := eval[string](t, b, `location.search`); !strings.Contains(loc, "edge=united-states%3Epakistan") {
		t.Errorf("address %q does not keep the edge", loc)
	}
	b.screenshot(t, "edge-panel.png")

	// The address alone gives the same panel: a view can be shared.
	loc := eval[string](t, b, `location.href`)
	b.do(t, "open the shared address", chromedp.Navigate(loc))
	b.waitReady(t)
	b.do(t, "wait for the evidence", chromedp.WaitVisible(chromedp.CSS(`#panel .evidence blockquote`)))
	n := eval[int](t, b, `document.querySelectorAll('#panel .evidence > li').length`)
	if n != 2 {
		t.Errorf("shared address shows %d triples, want 2", n)
	}
	if errs := b.errors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}

func TestBrowserDateFilter(t *testing.T) {
	b := newBrowser(t)
	b.open(t, "/")
	if !slices.Contains(b.edges(t), "marco-rubio>asim-munir") {
		t.Fatal("October's edge is missing before filtering")
	}
	// Choose November as the first month, as a person does with the menu.
	eval[bool](t, b, `(() => {
		const s = document.getElementById('f-since');
		s.value = '2025-11';
		s.dispatchEvent(new Event('change', { bubbles: true }));
		return true;
	})()`)
	b.waitReady(t)
	want := []string{"india>pakistan", "pakistan>india", "united-states>india", "united-states>pakistan"}
	if diff := cmp.Diff(want, b.edges(t)); diff != "" {
		t.Errorf("edges from November on (-want +got):\n%s", diff)
	}
	q, _ := url.ParseQuery(strings.TrimPrefix(eval[string](t, b, `location.search`), "?"))
	if q.Get("since") != "2025-11" {
		t.Errorf("address %v does not keep the filter", q)
	}
	// The edge panel counts only what passes the filter.
	b.clickEdge(t, "united-states>pakistan")
	b.do(t, "wait for the evidence", chromedp.WaitVisible(chromedp.CSS(`#panel .evidence blockquote`)))
	sentences := eval[[]string](t, b, `[...document.querySelectorAll('#panel .evidence blockquote')].map((q) => q.textContent)`)
	if diff := cmp.Diff([]string{"Washington said it would keep working with Islamabad."}, sentences); diff != "" {
		t.Errorf("filtered evidence (-want +got):\n%s", diff)
	}
}

func TestBrowserUntrustedText(t *testing.T) {
	b := newBrowser(t)
	b.open(t, "/?edge="+url.QueryEscape("united-states>india"))
	b.do(t, "wait for the evidence", chromedp.WaitVisible(chromedp.CSS(`#panel .evidence blockquote`)))
	got := eval[string](t, b, `document.querySelector('#panel .evidence blockquote').textContent`)
	if got != attack {
		t.Errorf("sentence shown as %q, want it literally: %q", got, attack)
	}
	title := eval[string](t, b, `document.querySelector('#panel .evidence .src .title').textContent`)
	if title != "<script>alert(2)</script> Restraint" {
		t.Errorf("title shown as %q", title)
	}
	injected := eval[int](t, b, `document.querySelectorAll('#panel img, #panel script, a[href^="javascript"]').length`)
	if injected != 0 {
		t.Errorf("%d elements made from article text", injected)
	}
	// The dyad view shows the same text.
	b.open(t, "/?dyad="+url.QueryEscape("united-states,india"))
	b.do(t, "wait for the events", chromedp.WaitVisible(chromedp.CSS(`#panel .evidence blockquote`)))
	if n := eval[int](t, b, `document.querySelectorAll('#panel img, #panel script').length`); n != 0 {
		t.Errorf("%d elements made from article text in the dyad view", n)
	}
	time.Sleep(500 * time.Millisecond)
	b.mu.Lock()
	dialogs := slices.Clone(b.dialogs)
	b.mu.Unlock()
	if len(dialogs) > 0 {
		t.Errorf("dialogs opened: %q", dialogs)
	}
	if errs := b.errors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}

func TestBrowserDyad(t *testing.T) {
	b := newBrowser(t)
	b.open(t, "/?dyad="+url.QueryEscape("india,pakistan"))
	b.do(t, "wait for the timeline", chromedp.WaitVisible(chromedp.CSS(`#panel svg.timeline`)))
	months := eval[[]string](t, b, `[...document.querySelectorAll('#panel svg.timeline g[data-month]')].map((g) =>
		g.dataset.month + ':' + g.querySelectorAll('rect.coop').length + g.querySelectorAll('rect.conflict').length)`)
	// September: cooperation above the axis; October: nothing; November:
	// conflict below.
	if diff := cmp.Diff([]string{"2025-09:10", "2025-10:00", "2025-11:01"}, months); diff != "" {
		t.Errorf("timeline bars (-want +got):\n%s", diff)
	}
	n := eval[int](t, b, `document.querySelectorAll('#panel .evidence > li').length`)
	if n != 3 {
		t.Errorf("%d events listed, want 3", n)
	}
	b.screenshot(t, "dyad.png")
}

// largeStore returns a store of n actors with a few hundred triples among
// them, hubs first, with names as long as real ones.
func largeStore(t testing.TB, n int) *graph.Store {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, "memstore", "")
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"Northern", "Federal", "Republic", "Ministry", "Alliance", "Council", "Front", "Union",
		"Bank", "Forces", "Coalition", "Commission", "Army", "Authority", "Agency", "Party"}
	types := []string{extract.TypeCountry, extract.TypeCountry, extract.TypeIGO, extract.TypeGovernment,
		extract.TypeMilitary, extract.TypePerson, extract.TypeOrganisation, extract.TypeGroup}
	actors := make([]extract.Actor, n)
	for i := range actors {
		name := fmt.Sprintf("%s %s %d", words[i%len(words)], words[(i*7+3)%len(words)], i)
		actors[i] = extract.Actor{ID: fmt.Sprintf("actor-%03d", i), Name: name, Type: types[i%len(types)]}
	}
	rels := []extract.Relation{partnersWith, metWith, signedMoU, criticised, attacked}
	var ts []extract.Triple
	for i := 0; i < n*4; i++ {
		// Preferential targets: low ids get most of the edges.
		src := actors[(i*37)%n]
		dst := actors[((i*i)%(n/4+1)+i%3)%n]
		if src.ID == dst.ID {
			continue
		}
		month := 1 + i%12
		ts = append(ts, triple("big", fmt.Sprintf("2025-%02d-15", month), i, "Sentence "+src.Name+" "+dst.Name+".", src, rels[i%len(rels)], dst))
	}
	if _, err := s.AddArticle(ctx, extract.Article{ID: "big", Title: "Big", Date: "2025-12-31", Text: "…"}, ts); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestBrowserOverviewLarge opens a store of 300 actors: the page draws the
// top 100, within the window, quickly, with few labels on top of each
// other.
func TestBrowserOverviewLarge(t *testing.T) {
	b := newBrowserFor(t, largeStore(t, 300))
	start := time.Now()
	b.open(t, "/")
	took := time.Since(start)
	if n := eval[int](t, b, `diplograph.cy.nodes().length`); n != 100 {
		t.Errorf("%d actors drawn, want the top 100", n)
	}
	if took > 10*time.Second {
		t.Errorf("the opening view took %v", took)
	}
	inside := eval[bool](t, b, `(() => {
		const cy = diplograph.cy, bb = cy.nodes().renderedBoundingBox({ includeLabels: false });
		return bb.x1 >= -1 && bb.y1 >= -1 && bb.x2 <= cy.width() + 1 && bb.y2 <= cy.height() + 1;
	})()`)
	if !inside {
		t.Error("the opening view does not fit in the window")
	}
	// Labels that would cover each other are left for hover and zoom; the
	// ones shown must not overlap, and the most central must be shown.
	labels := eval[[]string](t, b, `diplograph.cy.nodes().filter((n) => !n.hasClass('nolabel')).map((n) => n.id())`)
	// Each label's box as drawn: its text measured in its own font, under
	// its node.
	overlaps := eval[int](t, b, `(() => {
		const ctx = document.createElement('canvas').getContext('2d');
		const boxes = diplograph.cy.nodes().filter((n) => !n.hasClass('nolabel')).map((n) => {
			const size = parseFloat(n.renderedStyle('font-size'));
			ctx.font = n.style('font-weight') + ' ' + size + 'px ' + n.style('font-family');
			const max = parseFloat(n.renderedStyle('text-max-width')), full = ctx.measureText(n.data('label')).width;
			const w = Math.min(full, max), lines = Math.ceil(full / max);
			const p = n.renderedPosition(), h = size * 1.2 * lines, r = n.renderedWidth() / 2;
			if (n.style('text-halign') === 'right') return { x1: p.x + r, x2: p.x + r + w, y1: p.y - h / 2, y2: p.y + h / 2 };
			const top = n.style('text-valign') === 'top' ? p.y - r - h : p.y + r;
			return { x1: p.x - w / 2, x2: p.x + w / 2, y1: top, y2: top + h };
		});
		let hit = 0;
		for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i], b = boxes[j];
			if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) hit++;
		}
		return hit;
	})()`)
	if overlaps > 0 {
		t.Errorf("%d pairs of labels overlap", overlaps)
	}
	if len(labels) < 30 {
		t.Errorf("only %d of 100 labels shown", len(labels))
	}
	top := eval[[]string](t, b, `diplograph.cy.nodes().sort((a, b) => a.data('rank') - b.data('rank')).slice(0, 3).map((n) => n.id())`)
	for _, id := range top {
		if !slices.Contains(labels, id) {
			t.Errorf("%s, among the three most central, has no label", id)
		}
	}
	t.Logf("opening view of 100 actors in %v; %d labels shown", took, len(labels))
	b.screenshot(t, "opening-large.png")
}

// TestBrowserExpand clicks a node of a neighbourhood: its own neighbours
// join the graph, the nodes already there stay where they were, and the
// address keeps both actors.
func TestBrowserExpand(t *testing.T) {
	b := newBrowser(t)
	b.open(t, "/?actor=taliban")
	if diff := cmp.Diff([]string{"pakistan>taliban"}, b.edges(t)); diff != "" {
		t.Fatalf("Taliban's neighbourhood (-want +got):\n%s", diff)
	}
	const where = `JSON.stringify(diplograph.cy.nodes().map((n) => [n.id(), Math.round(n.position().x), Math.round(n.position().y)]))`
	before := eval[string](t, b, where)
	xy := eval[[]float64](t, b, `(() => {
		const p = diplograph.cy.getElementById('pakistan').renderedPosition();
		const r = document.getElementById('cy').getBoundingClientRect();
		return [r.left + p.x, r.top + p.y];
	})()`)
	b.do(t, "click Pakistan",
		chromedp.MouseEvent(chromedp.MouseMoved, xy[0]-5, xy[1]-5),
		chromedp.MouseClickXY(xy[0], xy[1]))
	b.waitReady(t)
	if _, err := chromedp.Run(b.ctx, chromedp.Poll[bool](`diplograph.cy.nodes().length === 4`,
		chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("Pakistan's neighbours never joined: %v", err)
	}
	want := []string{"india>pakistan", "pakistan>india", "pakistan>taliban", "united-states>india", "united-states>pakistan"}
	if diff := cmp.Diff(want, b.edges(t)); diff != "" {
		t.Errorf("edges after expanding (-want +got):\n%s", diff)
	}
	after := eval[string](t, b, where)
	var was, is [][]any
	if err := json.Unmarshal([]byte(before), &was); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(after), &is); err != nil {
		t.Fatal(err)
	}
	for _, w := range was {
		if !slices.ContainsFunc(is, func(x []any) bool { return cmp.Equal(w, x) }) {
			t.Errorf("node %v moved when expanding: now %v", w, is)
		}
	}
	q, _ := url.ParseQuery(strings.TrimPrefix(eval[string](t, b, `location.search`), "?"))
	if q.Get("actor") != "taliban,pakistan" {
		t.Errorf("address keeps actor=%q, want taliban,pakistan", q.Get("actor"))
	}
	if title := eval[string](t, b, `document.querySelector('#panel h2').textContent`); title != "Pakistan" {
		t.Errorf("panel shows %q, want the expanded actor", title)
	}
	b.screenshot(t, "expanded.png")
}
