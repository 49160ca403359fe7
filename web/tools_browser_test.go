package web

import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
)

// newServedBrowser is a browser on the whole server, as diplograph serve
// runs it: the page and the read-only query API.
func newServedBrowser(t *testing.T) *browser {
	t.Helper()
	s := newSeedStore(t)
	return newBrowserOn(t, NewServer(s, Options{ReadOnly: true, Page: NewPage(s, PageOptions{Timeout: 20 * time.Second})}))
}

// runGizmo types a query in the Gizmo box, runs it and waits for the
// result or the error; it returns the box's state ("done" or "error").
func (b *browser) runGizmo(t *testing.T, src string) string {
	t.Helper()
	if eval[bool](t, b, `document.getElementById('gizmo').hidden`) {
		b.do(t, "open the Gizmo box", chromedp.Click(chromedp.ID("t-gizmo")),
			chromedp.WaitVisible(chromedp.ID("gizmo-src")))
	}
	b.do(t, "type the query",
		chromedp.Evaluate[chromedp.Void](`document.getElementById('gizmo-src').value = ''`),
		chromedp.SendKeys(chromedp.ID("gizmo-src"), src),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('gizmo').dataset.state = ''`),
		chromedp.Click(chromedp.ID("gizmo-run")))
	state, err := chromedp.Run(b.ctx, chromedp.Poll[string](`['done', 'error'].includes(document.getElementById('gizmo').dataset.state) && document.getElementById('gizmo').dataset.state`,
		chromedp.WithPollingTimeout(20*time.Second)))
	if err != nil {
		t.Fatalf("query %s never finished: %v", src, err)
	}
	return state
}

func TestBrowserGizmo(t *testing.T) {
	b := newServedBrowser(t)
	b.open(t, "/")
	b.do(t, "open the Gizmo box", chromedp.Click(chromedp.ID("t-gizmo")), chromedp.WaitVisible(chromedp.ID("gizmo-src")))
	// The examples arrive, the first is in the box.
	if _, err := chromedp.Run(b.ctx, chromedp.Poll[bool](`document.querySelectorAll('#gizmo-examples option').length > 5`,
		chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("no examples offered: %v", err)
	}
	if src := eval[string](t, b, `document.getElementById('gizmo-src').value`); !strings.Contains(src, "g.V(") {
		t.Errorf("the box starts with %q, want the first example", src)
	}

	if state := b.runGizmo(t, `g.V("<pakistan>").In().All()`); state != "done" {
		t.Fatalf("query state %q: %s", state, eval[string](t, b, `document.getElementById('gizmo-out').textContent`))
	}
	cells := eval[[]string](t, b, `[...document.querySelectorAll('#gizmo-out td')].map((td) => td.textContent)`)
	var found bool
	for _, c := range cells {
		found = found || strings.Contains(c, "united-states")
	}
	if !found {
		t.Errorf("the result table %q lacks united-states", cells)
	}
	hits := eval[[]string](t, b, `diplograph.cy.nodes('.hit').map((n) => n.id()).sort()`)
	if diff := cmp.Diff([]string{"india", "united-states"}, hits); diff != "" {
		t.Errorf("actors highlighted on the map (-want +got):\n%s", diff)
	}
	if n := eval[int](t, b, `diplograph.cy.nodes('.dim').length`); n == 0 {
		t.Error("the actors not in the result are not dimmed")
	}
	status := eval[string](t, b, `document.getElementById('gizmo-status').textContent`)
	if !strings.Contains(status, "2 actors, 2 on the map") {
		t.Errorf("status %q does not say how many actors are on the map", status)
	}
	b.screenshot(t, "gizmo.png")

	// The named query "partners" as the examples menu gives it.
	b.do(t, "pick the partners example", chromedp.Evaluate[chromedp.Void](`(() => {
		const s = document.getElementById('gizmo-examples');
		const o = [...s.options].find((o) => o.textContent.startsWith('partners:'));
		s.value = o.value;
		s.dispatchEvent(new Event('change'));
	})()`))
	if src := eval[string](t, b, `document.getElementById('gizmo-src').value`); !strings.HasPrefix(src, `var actor = "<pakistan>";`) {
		t.Errorf("the partners example reads %q", src)
	}

	// An error is shown as text; the highlight goes.
	if state := b.runGizmo(t, `g.V("<pakistan>").In(.All()`); state != "error" {
		t.Fatalf("a malformed query ended %q", state)
	}
	msg := eval[string](t, b, `document.querySelector('#gizmo-out .gizmo-error').textContent`)
	if !strings.Contains(strings.ToLower(msg), "syntax") {
		t.Errorf("error text %q does not say what is wrong", msg)
	}
	if n := eval[int](t, b, `diplograph.cy.nodes('.hit, .dim').length`); n != 0 {
		t.Errorf("%d nodes still highlighted after an error", n)
	}
	b.screenshot(t, "gizmo-error.png")

	// A runtime error from the server is text too, not a script.
	if state := b.runGizmo(t, `throw "<img src=x onerror=alert(1)>"`); state != "error" {
		t.Fatalf("a throwing query ended %q", state)
	}
	if n := eval[int](t, b, `document.querySelectorAll('#gizmo-out img').length`); n != 0 {
		t.Error("an error message became markup")
	}
	time.Sleep(200 * time.Millisecond)
	var errs []string
	for _, e := range b.errors() {
		// The browser logs the 400 answers of the two bad queries.
		if !strings.Contains(e, "/api/v1/query/gizmo") || !strings.Contains(e, "400") {
			errs = append(errs, e)
		}
	}
	if len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
	if len(b.dialogs) > 0 {
		t.Errorf("dialogs opened: %q", b.dialogs)
	}
}

// TestBrowserGizmoMap draws the actors of a result as a map of their own.
func TestBrowserGizmoMap(t *testing.T) {
	b := newServedBrowser(t)
	b.open(t, "/")
	if state := b.runGizmo(t, `g.V("<taliban>").In("<attacked>").All()`); state != "done" {
		t.Fatalf("query state %q", state)
	}
	b.do(t, "map the result", chromedp.Click(chromedp.CSS(`.gizmo-actions button`)))
	b.waitReady(t)
	if loc := eval[string](t, b, `location.search`); loc != "?actor=pakistan" {
		t.Errorf("address %q, want the result's actor as the focus", loc)
	}
	if !eval[bool](t, b, `diplograph.cy.getElementById('pakistan').hasClass('hit')`) {
		t.Error("the mapped actor is not highlighted")
	}
}

// exportRecord is what the page notes of a download.
type exportRecord struct {
	URL      string `json:"url"`
	Filename string `json:"filename"`
	Type     string `json:"type"`
	Size     int    `json:"size"`
}

// TestBrowserExport clicks each export button under a filter: the page
// saves a file named for the view, and the same address, asked from Go,
// gives that file, filtered as the view is.
func TestBrowserExport(t *testing.T) {
	b := newServedBrowser(t)
	b.open(t, "/?since=2025-11")
	formats := []string{"json", "graphml"}
	if _, err := exec.LookPath("dot"); err == nil {
		formats = append(formats, "svg", "png")
	} else {
		t.Log("no Graphviz dot: SVG and PNG exports not tried")
	}
	for i, f := range formats {
		b.do(t, "click "+f, chromedp.Click(chromedp.CSS(fmt.Sprintf(`#tools button[data-format=%q]`, f))))
		if _, err := chromedp.Run(b.ctx, chromedp.Poll[bool](fmt.Sprintf(`diplograph.exports.length > %d`, i),
			chromedp.WithPollingTimeout(20*time.Second))); err != nil {
			t.Fatalf("%s: no download (status %q): %v", f, eval[string](t, b, `document.getElementById('status').textContent`), err)
		}
		rec := eval[exportRecord](t, b, fmt.Sprintf(`diplograph.exports[%d]`, i))
		if want := "diplograph-top100-pagerank-2025-11." + f; rec.Filename != want {
			t.Errorf("%s: saved as %q, want %q", f, rec.Filename, want)
		}
		if rec.Size == 0 {
			t.Errorf("%s: empty file", f)
		}
		res, err := http.Get(b.base + rec.URL)
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(res.Body)
		res.Body.Close()
		if err != nil || res.StatusCode != http.StatusOK {
			t.Fatalf("%s: GET %s: %d %v", f, rec.URL, res.StatusCode, err)
		}
		if _, p, _ := mime.ParseMediaType(res.Header.Get("Content-Disposition")); p["filename"] != rec.Filename {
			t.Errorf("%s: served as %q, saved as %q", f, p["filename"], rec.Filename)
		}
		if f == "json" {
			var nl nodeLink
			if err := json.Unmarshal(body, &nl); err != nil {
				t.Fatal(err)
			}
			drawn := eval[int](t, b, `diplograph.cy.edges().length`)
			if len(nl.Links) != drawn {
				t.Errorf("JSON export has %d links, the map draws %d edges", len(nl.Links), drawn)
			}
			if len(nl.Nodes) != 3 {
				t.Errorf("JSON export since 2025-11 has %d actors, want 3", len(nl.Nodes))
			}
		}
		if f != "png" && len(body) != rec.Size {
			t.Errorf("%s: saved %d bytes, the endpoint gives %d", f, rec.Size, len(body))
		}
	}
}

// TestBrowserDyadPicker chooses two actors in the dyad picker and gets
// their timeline.
func TestBrowserDyadPicker(t *testing.T) {
	b := newBrowser(t)
	b.open(t, "/")
	b.do(t, "open the picker", chromedp.Click(chromedp.ID("t-dyad")),
		chromedp.WaitVisible(chromedp.CSS(`.dyad-picker input`)))
	for i, name := range []string{"New Delhi", "Pakistan"} {
		box := fmt.Sprintf(`.dyad-picker .picker:nth-child(%d) input`, i+1)
		b.do(t, "type "+name,
			chromedp.SendKeys(chromedp.CSS(box), name),
			chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`.dyad-picker .picker:nth-child(%d) li[role=option]`, i+1))))
		if i == 1 {
			b.screenshot(t, "dyad-picker.png")
		}
		b.do(t, "choose "+name, chromedp.SendKeys(chromedp.CSS(box), "\r"))
	}
	// Choosing the second actor opens the timeline.
	b.do(t, "wait for the timeline", chromedp.WaitVisible(chromedp.CSS(`#panel svg.timeline`)))
	title, err := chromedp.Run(b.ctx, chromedp.Text(chromedp.CSS(`#panel h2`)))
	if err != nil || title != "India ⇄ Pakistan" {
		t.Errorf("panel title %q (%v), want India ⇄ Pakistan", title, err)
	}
	if loc := eval[string](t, b, `location.search`); !strings.Contains(loc, "dyad=india%2Cpakistan") {
		t.Errorf("address %q does not keep the dyad", loc)
	}
}
