package extract

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// withoutText returns the articles without their text, for comparing metadata.
func withoutText(arts []Article) []Article {
	out := make([]Article, len(arts))
	for i, a := range arts {
		a.Text = ""
		out[i] = a
	}
	return out
}

func TestReadFile(t *testing.T) {
	tests := []struct {
		path    string
		want    []Article // Text left empty: checked by in and out
		in, out []string  // substrings the joined text must and must not hold
	}{
		{
			path: "../testdata/articles/000_841cfc6dd3260937.txt",
			want: []Article{{ID: "../testdata/articles/000_841cfc6dd3260937.txt", Date: "2025-10-26"}},
			in:   []string{"The concern comes as the US and Pakistan get closer", "agreeing to develop oil reserves."},
			out:  []string{"date 2025-10-26"},
		},
		{
			path: "../testdata/articles/002_wire_black_sea.md",
			want: []Article{{ID: "../testdata/articles/002_wire_black_sea.md", Title: "Russia and Ukraine trade strikes as Turkey offers to host new talks", Date: "2025-06-12"}},
			in:   []string{"Russia and Ukraine trade strikes as Turkey offers to host new talks\n\nKYIV/MOSCOW"},
			out:  []string{"# ", "date 2025"},
		},
		{
			path: "../testdata/articles/003_wire_south_china_sea.json",
			want: []Article{{ID: "wire-2025-08-scs", Title: "Philippines protests Chinese water cannon use near Scarborough Shoal", Date: "2025-08-11",
				URL: "https://example.org/news/2025/08/11/philippines-china-scarborough", Source: "Example Wire"}},
			in: []string{"summoned China's ambassador", "\n\nPhilippine Foreign Secretary"},
		},
		{
			path: "../testdata/articles/004_wire_iran_iaea.jsonl",
			want: []Article{
				{ID: "wire-2025-09-iaea", Title: "IAEA chief to visit Tehran as Europeans warn of snapback sanctions", Date: "2025-09-03", Source: "Example Wire"},
				{ID: "wire-2025-09-india-japan", Title: "India and Japan sign security pact, pledge investment", Date: "2025-08-30", Source: "Example Wire"},
			},
			in: []string{"Qatar has offered to mediate", "Modi praised Japan"},
		},
		{
			path: "../testdata/read/brief.txt",
			want: []Article{{ID: "../testdata/read/brief.txt", Title: "Indonesia joins BRICS talks on payment system", Date: "2025-03-03"}},
			in:   []string{"Indonesia joins BRICS talks on payment system\n\nJAKARTA", "keep its ties with Western partners."},
			out:  []string{"Advertisement", "Follow us", "Date:"},
		},
		{
			path: "../testdata/read/notes.md",
			want: []Article{{ID: "../testdata/read/notes.md", Title: "Briefing note: Arctic Council", Date: "2025-05-12", Source: "Policy Desk Notes"}},
			in: []string{"Summary: Norway handed the chairmanship of the Arctic Council to Denmark on Monday.",
				"Russia did not attend", "Denmark's foreign minister said", "See the full statement."},
			out: []string{"**", "](", "map.png", "fmt.Println", "> ", "[1]", "title:"},
		},
		{
			path: "../testdata/read/roundup.json",
			want: []Article{
				{ID: "../testdata/read/roundup.json#1", Title: "Chile and Argentina settle fishing dispute", Date: "2025-07-14",
					URL: "https://south.example/chile-argentina-fish", Source: "Southern Cone Daily"},
				{ID: "../testdata/read/roundup.json#2", Title: "Morocco and Mauritania agree on border crossing", Date: "2025-07-15"},
			},
			in:  []string{"settled a long-running dispute", "second border crossing, officials said on Tuesday.\n\nThe crossing will ease trade"},
			out: []string{"<p>", "<em>"},
		},
		{
			// A news page whose date is only in its JSON-LD, with cookie
			// banner, navigation, share bar, related links and comments.
			path: "../testdata/read/news_jsonld.html",
			want: []Article{{ID: "../testdata/read/news_jsonld.html", Title: "Egypt and Qatar press Israel and Hamas to extend Gaza truce", Date: "2025-10-19",
				URL: "https://www.dailymeridian.example/world/middle-east/egypt-qatar-gaza-truce-talks", Source: "The Daily Meridian"}},
			in: []string{"Egypt and Qatar press Israel and Hamas to extend Gaza truce\n\nCAIRO — Egyptian and Qatari mediators",
				"humanitarian aid.\n\nThe United States welcomed the talks.", "Ankara was in close contact with Cairo and Doha."},
			out: []string{"cookie", "Accept all", "Politics", "Subscribe", "Advertisement", "Rafah crossing reopens",
				"Finally some good news", "See what people are discussing", "All rights reserved", "Follow us", "Share", "Reply"},
		},
		{
			path: "../testdata/read/news_urldate.html",
			want: []Article{{ID: "../testdata/read/news_urldate.html", Title: "Kenya and Ethiopia sign deal on cross-border power line", Date: "2025-09-18",
				URL: "https://hornbusiness.example/news/2025/09/18/kenya-ethiopia-power-line-deal/", Source: "Horn Business Review"}},
			in:  []string{"Kenya and Ethiopia signed an agreement on Thursday", "Ruto praised Ethiopia as a reliable partner"},
			out: []string{"Log in", "Tea prices fall", "Most read"},
		},
		{
			path: "../testdata/read/win1252.html",
			want: []Article{{ID: "../testdata/read/win1252.html", Title: "François Bayrou reçoit le président sénégalais", Date: "2025-03-14"}},
			in:   []string{"Le Premier ministre français François Bayrou a reçu vendredi", "« Nous voulons un partenariat renouvelé, d’égal à égal »", "“l’amitié ancienne”"},
			out:  []string{"\ufffd", "Accueil"},
		},
		{
			path: "../testdata/read/world.rss",
			want: []Article{
				{ID: "wire-20251021-0042", Title: "Japan and South Korea agree to resume shuttle diplomacy", Date: "2025-10-21",
					URL: "https://wire.example/world/2025/10/21/japan-south-korea-shuttle-diplomacy", Source: "Example Wire – World"},
				{ID: "https://wire.example/world/2025/10/20/brics-energy-ministers", Title: "Brazil hosts BRICS energy ministers", Date: "2025-10-20",
					URL: "https://wire.example/world/2025/10/20/brics-energy-ministers", Source: "Example Wire – World"},
			},
			in: []string{"the two foreign ministries said.\n\nJapanese Prime Minister", "praised the “steady progress” in ties",
				"cooperation on renewable power & storage."},
			out: []string{"<p>", "&ldquo;", "&amp;", "<b>"},
		},
		{
			path: "../testdata/read/un.atom",
			want: []Article{
				{ID: "tag:monitor.example,2025:unmiss-extension", Title: "Security Council extends UN mission in South Sudan", Date: "2025-09-24",
					URL: "https://monitor.example/2025/09/unmiss-extension", Source: "Diplomacy Monitor"},
				{ID: "tag:monitor.example,2025:norway-colombia", Title: "Norway to mediate talks between Colombia and armed group", Date: "2025-09-23",
					URL: "https://monitor.example/2025/09/norway-colombia", Source: "Diplomacy Monitor"},
			},
			in:  []string{"for another year.\n\nRussia and China abstained", "Norway offered to mediate"},
			out: []string{"The Security Council voted to extend UNMISS."}, // the summary, not the content
		},
		{
			path: "../testdata/read/briefs.json",
			want: []Article{
				{ID: "briefs-2025-07-02-vietnam-us", Title: "Vietnam and US reach framework on tariffs", Date: "2025-07-02",
					URL: "https://briefs.example/2025/07/02/vietnam-us-tariffs", Source: "Capital Briefs"},
				{ID: "briefs-2025-07-01-kazakhstan", Title: "EU and Kazakhstan sign raw materials partnership", Date: "2025-07-01",
					URL: "https://briefs.example/2025/07/01/kazakhstan-eu", Source: "Capital Briefs"},
			},
			in: []string{"lowering tariffs on Vietnamese exports.\n\nVietnam pledged", "signed a partnership on critical raw materials"},
		},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			arts, err := ReadFile(context.Background(), tt.path)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, withoutText(arts)); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
			var texts []string
			for _, a := range arts {
				if !utf8.ValidString(a.Text) || strings.TrimSpace(a.Text) == "" {
					t.Errorf("article %s: empty or invalid text %q", a.ID, a.Text)
				}
				if strings.Contains(a.Text, "\n\n\n") {
					t.Errorf("article %s: more than one blank line between paragraphs", a.ID)
				}
				texts = append(texts, a.Text)
			}
			text := strings.Join(texts, "\n\n")
			for _, s := range tt.in {
				if !strings.Contains(text, s) {
					t.Errorf("text lacks %q; text:\n%s", s, text)
				}
			}
			for _, s := range tt.out {
				if strings.Contains(text, s) {
					t.Errorf("text holds %q; text:\n%s", s, text)
				}
			}
		})
	}
}

// textLines returns the trimmed lines of text.
func textLines(text string) map[string]bool {
	m := map[string]bool{}
	for l := range strings.SplitSeq(text, "\n") {
		m[strings.TrimSpace(l)] = true
	}
	return m
}

func TestSeedFurniture(t *testing.T) {
	ctx := context.Background()
	arts, err := ReadFile(ctx, "../testdata/articles/001_a4937d88148cd615.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 {
		t.Fatalf("got %d articles, want 1", len(arts))
	}
	a := arts[0]
	if want := "US seeks to expand strategic partnership with Pakistan, says Rubio"; a.Title != want {
		t.Errorf("title = %q, want %q", a.Title, want)
	}
	got := textLines(a.Text)
	for _, f := range []string{"Top Stories", "avatar-icon", "News Desk", "Reuters", "Comments", "See what people are discussing",
		"The News Desk provides timely and factual coverage of national and international events, with an emphasis on accuracy and clarity."} {
		if got[f] {
			t.Errorf("furniture line %q kept", f)
		}
	}
	for _, s := range []string{
		"US seeks to expand strategic partnership with Pakistan, says Rubio",
		"Secretary of State Marco Rubio says stronger Pakistan ties not at expense of historic US-India relationship",
		"Pakistan’s army chief Field Marshal Asim Munir paid a five-day official visit to Washington in June.",
		"Trump has publicly praised both Shehbaz",
		"establishes a roadmap for cooperation across the entire mineral value chain",
	} {
		if !strings.Contains(a.Text, s) {
			t.Errorf("text lacks %q", s)
		}
	}
	if n := strings.Count(a.Text, "US seeks to expand strategic partnership with Pakistan, says Rubio"); n != 1 {
		t.Errorf("headline appears %d times, want 1", n)
	}

	// Pasted one after the other, the two seeds glue "Top Stories" to the
	// last sentence of 000: the token goes, the sentence stays.
	var both []byte
	for _, p := range []string{"000_841cfc6dd3260937.txt", "001_a4937d88148cd615.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "testdata", "articles", p))
		if err != nil {
			t.Fatal(err)
		}
		both = append(both, b...)
	}
	if !strings.Contains(string(both), "reserves.Top Stories") {
		t.Fatal("fixture: the seeds no longer glue Top Stories to a sentence")
	}
	arts, err = ReadArticles(ctx, "-", strings.NewReader(string(both)))
	if err != nil {
		t.Fatal(err)
	}
	text := arts[0].Text
	if strings.Contains(text, "Top Stories") {
		t.Error("glued \"Top Stories\" kept")
	}
	if !strings.Contains(text, "agreeing to develop oil reserves.\n") {
		t.Error("the sentence \"Top Stories\" was glued to is gone")
	}
	if arts[0].Date != "2025-10-26" {
		t.Errorf("date = %q, want 2025-10-26", arts[0].Date)
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ui lines", "Share\nPrint | Email\navatar-icon\nThe envoy arrived in Oslo.\nRead more\n", "The envoy arrived in Oslo."},
		{"credits and desks", "Reuters\nAP Photo/Jane Doe\nPhoto: AFP\nWeb Desk\nBy Jane Doe and John Roe\nMali and Niger met.", "Mali and Niger met."},
		{"cookie notice", "We use cookies to give you the best experience. By using this site you accept our policy.\n\nPeru recalled its envoy.", "Peru recalled its envoy."},
		{"calls to action", "Follow us on Google News\nSign up for our newsletter\nRead more: Talks stall\nChile signed the pact.", "Chile signed the pact."},
		{"glued token", "Laos joined the bloc.Advertisement\nBrazil objected.", "Laos joined the bloc.\nBrazil objected."},
		{"paragraphs", "  One   line.\r\n\r\n\r\n\tTwo\u00a0lines.\u200b  ", "One line.\n\nTwo lines."},
		{"repeated headline", "Oman mediates talks\n\nOman mediates talks\nOman hosted the talks.", "Oman mediates talks\n\nOman hosted the talks."},
		{"keeps content words", "Related talks in Geneva ended without agreement.\nShare prices fell in Tokyo.", "Related talks in Geneva ended without agreement.\nShare prices fell in Tokyo."},
		{"keeps a news line naming an agency", "Reuters reported that Iran and Oman met.", "Reuters reported that Iran and Oman met."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, cleanText(tt.in)); diff != "" {
				t.Errorf("cleanText (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDateLine(t *testing.T) {
	tests := []struct {
		name, in, date, text string
	}{
		{"label and text on one line", " date 2025-10-26 The talks began.", "2025-10-26", "The talks began."},
		{"Date colon", "Date: October 26, 2025\n\nThe talks began.", "2025-10-26", "The talks began."},
		{"ISO alone", "2025-10-26\nThe talks began.", "2025-10-26", "The talks began."},
		{"day month year", "Published: 3rd March 2025\nThe talks began.", "2025-03-03", "The talks began."},
		{"timestamp", "date: 2025-10-26T21:30:00-05:00\nThe talks began.", "2025-10-26", "The talks began."},
		{"date opening a sentence is text", "October 26, 2025 was a day of talks.", "", "October 26, 2025 was a day of talks."},
		{"no date", "The talks began.", "", "The talks began."},
		{"impossible date", "date 2025-02-30\nThe talks began.", "", "date 2025-02-30\nThe talks began."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := readText([]byte(tt.in), false)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(Article{Date: tt.date, Text: tt.text}, Article{Date: a.Date, Text: a.Text}); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := map[string]string{
		"2025-10-26":                      "2025-10-26",
		"2025-10-26T23:30:00-04:00":       "2025-10-26",
		"2025/10/26":                      "2025-10-26",
		"Sun, 26 Oct 2025 23:30:00 -0400": "2025-10-26",
		"October 26, 2025":                "2025-10-26",
		"26 October 2025":                 "2025-10-26",
		"Oct 26 2025":                     "2025-10-26",
		"26/10/2025":                      "2025-10-26",
		"10/26/2025":                      "2025-10-26",
		"1735689600":                      "",
		"20251026":                        "2025-10-26",
		"2025":                            "",
		"not a date":                      "",
		"2025-13-01":                      "",
		"":                                "",
	}
	for in, want := range tests {
		t.Run(in, func(t *testing.T) {
			if got := NormalizeDate(in); got != want {
				t.Errorf("NormalizeDate(%q) = %q, want %q", in, got, want)
			}
		})
	}
}

func TestReadBadInput(t *testing.T) {
	tests := []struct {
		path string
		want error
		msg  string // also in the message
	}{
		{"../testdata/read/bad/empty.txt", ErrEmpty, ""},
		{"../testdata/read/bad/blank.md", ErrEmpty, ""},
		{"../testdata/read/bad/notext.json", ErrEmpty, `"e1"`},
		{"../testdata/read/bad/binary.txt", ErrBinary, ""},
		{"../testdata/read/walk/sub/photo.png", ErrBinary, ""},
		{"../testdata/read/bad/latin1.txt", ErrInvalidUTF8, "byte 3"},
		{"../testdata/read/bad/bad_utf8.html", ErrInvalidUTF8, ""},
		{"../testdata/read/bad/truncated.json", ErrMalformed, "truncated"},
		{"../testdata/read/bad/truncated.rss", ErrMalformed, "feed"},
		{"../testdata/read/bad/missing.txt", os.ErrNotExist, ""},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			arts, err := ReadFile(context.Background(), tt.path)
			if err == nil {
				t.Fatalf("got %d articles, want an error", len(arts))
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("error %q is not %q", err, tt.want)
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.path[len("../"):]) || strings.Contains(msg, "\n") || !strings.Contains(msg, tt.msg) {
				t.Errorf("error %q: want one line naming the file and saying %q", msg, tt.msg)
			}
			if arts != nil {
				t.Errorf("got articles %v with the error: a file loads whole or not at all", withoutText(arts))
			}
		})
	}
}

// TestReadSkipsBadArticles checks that a file of several articles keeps
// its good ones: the bad ones are named in one error that wraps
// ErrSkipped and the bad article's own error.
func TestReadSkipsBadArticles(t *testing.T) {
	tests := []struct {
		name, data string
		ids        []string
		want       error
		msg        string
	}{
		{"bad line", "../testdata/read/bad/badline.jsonl", []string{"a1", "a3"}, ErrMalformed, "line 2"},
		{"empty text", `{"id":"a1","text":"Peru and Chile signed a pact."}` + "\n" + `{"id":"a2","text":""}` + "\n" + `{"id":"a3","text":"Ecuador joined."}`, []string{"a1", "a3"}, ErrEmpty, `line 2: article "a2"`},
		{"several bad", `{"id":"a1","text":"Peru"` + "\n" + `{"id":"a2","text":"Chile signed."}` + "\n" + `[1]` + "\n" + `{"id":"a4"}`, []string{"a2"}, ErrMalformed, "line 1: extract: malformed input: truncated JSON (and 2 more skipped)"},
		{"array element", `[{"id":"a1","text":"Peru signed."}, 7, {"id":"a3","text":"Chile signed."}]`, []string{"a1", "a3"}, ErrMalformed, "element 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var arts []Article
			var err error
			name := "x.jsonl"
			if strings.HasPrefix(tt.data, "../") {
				name = tt.data[len("../"):]
				arts, err = ReadFile(context.Background(), tt.data)
			} else {
				if strings.HasPrefix(tt.data, "[") {
					name = "x.json"
				}
				arts, err = ReadArticles(context.Background(), name, strings.NewReader(tt.data))
			}
			if !errors.Is(err, ErrSkipped) || !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want one wrapping ErrSkipped and %v", err, tt.want)
			}
			if msg := err.Error(); !strings.Contains(msg, name) || !strings.Contains(msg, tt.msg) || strings.Contains(msg, "\n") {
				t.Errorf("error %q: want one line naming %s and saying %q", msg, name, tt.msg)
			}
			var ids []string
			for _, a := range arts {
				ids = append(ids, a.ID)
			}
			if !slices.Equal(ids, tt.ids) {
				t.Errorf("articles %v, want %v", ids, tt.ids)
			}
		})
	}
}

// TestReadFurnitureOnlyText checks that an article whose whole text reads
// like page furniture keeps its text: one sentence is more likely news.
func TestReadFurnitureOnlyText(t *testing.T) {
	arts, err := ReadArticles(context.Background(), "x.jsonl", strings.NewReader(`{"id":"a1","text":"By the end of May, Germany had sent 20 tanks to Ukraine."}`+"\n"+`{"id":"a2","text":"Subscribe to our newsletter."}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || arts[1].Text != "Subscribe to our newsletter." {
		t.Errorf("got %+v, want both articles with their text", withoutText(arts))
	}
}

func TestReadTooLarge(t *testing.T) {
	defer func(old int64) { MaxFileSize = old }(MaxFileSize)
	MaxFileSize = 100
	for _, path := range []string{"../testdata/read/brief.txt", "-"} {
		var err error
		if path == "-" {
			_, err = ReadArticles(context.Background(), "-", strings.NewReader(strings.Repeat("Talks went on. ", 10)))
		} else {
			_, err = ReadFile(context.Background(), path)
		}
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s: error %v, want ErrTooLarge", path, err)
		}
	}
	MaxFileSize = 1 << 20
	if _, err := ReadFile(context.Background(), "../testdata/read/brief.txt"); err != nil {
		t.Errorf("under the cap: %v", err)
	}
}

func TestReadArticlesStdin(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Article
	}{
		{
			name: "plain text gets a content hash",
			in:   "Ghana and Togo reopened their border.\n",
			// sha256 of the input: 5d1ee3a9…
			want: []Article{{ID: "sha256:" + sha256Prefix("Ghana and Togo reopened their border.\n"), Text: "Ghana and Togo reopened their border."}},
		},
		{
			name: "jsonl articles",
			in:   `{"id":"x-1","text":"Peru and Chile met.","published":"2025-04-01T10:00:00Z","link":"https://x.example/1"}` + "\n\n" + `{"content":"Bolivia objected."}` + "\n",
			want: []Article{
				{ID: "x-1", Date: "2025-04-01", URL: "https://x.example/1", Text: "Peru and Chile met."},
				{ID: "sha256:" + sha256Prefix("Bolivia objected."), Text: "Bolivia objected."},
			},
		},
		{
			name: "one pretty-printed JSON article",
			in:   "{\n  \"id\": 42,\n  \"body\": \"Nepal and India signed a power deal.\"\n}\n",
			want: []Article{{ID: "42", Text: "Nepal and India signed a power deal."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadArticles(context.Background(), "-", strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	_, err := ReadArticles(context.Background(), "-", strings.NewReader("{\"text\":\"ok\"}\n{\"text\":\n"))
	if !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), "standard input") || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad stdin JSONL: error %v, want ErrMalformed naming standard input and line 2", err)
	}
}

func TestWalkInputs(t *testing.T) {
	type result struct {
		Path string
		IDs  []string
		Err  string // the sentinel's text, or "" for none
	}
	var got []result
	stdin := strings.NewReader(`{"id":"from-stdin","text":"Qatar mediated."}`)
	err := WalkInputs(context.Background(), []string{"../testdata/read/walk/", "-", "../testdata/read/walk/.draft.txt"}, stdin,
		func(path string, arts []Article, err error) error {
			r := result{Path: path}
			for _, a := range arts {
				r.IDs = append(r.IDs, a.ID)
			}
			for _, s := range []error{ErrEmpty, ErrBinary, ErrInvalidUTF8, ErrTooLarge, ErrMalformed} {
				if errors.Is(err, s) {
					r.Err = s.Error()
				}
			}
			if err != nil && r.Err == "" {
				r.Err = err.Error()
			}
			got = append(got, r)
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	want := []result{
		{Path: "../testdata/read/walk/a.txt", IDs: []string{"../testdata/read/walk/a.txt"}},
		{Path: "../testdata/read/walk/sub/README", IDs: []string{"../testdata/read/walk/sub/README"}},
		{Path: "../testdata/read/walk/sub/b.md", IDs: []string{"../testdata/read/walk/sub/b.md"}},
		{Path: "../testdata/read/walk/sub/broken.json", Err: ErrMalformed.Error()},
		{Path: "../testdata/read/walk/sub/deeper/c.jsonl", IDs: []string{"../testdata/read/walk/sub/deeper/c.jsonl#1", "../testdata/read/walk/sub/deeper/c.jsonl#2"}},
		{Path: "-", IDs: []string{"from-stdin"}},
		{Path: "../testdata/read/walk/.draft.txt", IDs: []string{"../testdata/read/walk/.draft.txt"}}, // named, so read
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("walk (-want +got):\n%s", diff)
	}
}

func TestWalkInputsStops(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	err := WalkInputs(context.Background(), []string{"../testdata/read/walk"}, nil, func(string, []Article, error) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("WalkInputs = %v after %d calls, want the callback's error after 1", err, calls)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := WalkInputs(ctx, []string{"../testdata/read/walk"}, nil, func(string, []Article, error) error {
		t.Error("callback called after cancel")
		return nil
	}); !errors.Is(err, context.Canceled) {
		t.Errorf("WalkInputs after cancel = %v, want context.Canceled", err)
	}
}

func BenchmarkReadHTML(b *testing.B) {
	data, err := os.ReadFile("../testdata/read/news_jsonld.html")
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := ReadArticles(ctx, "page.html", strings.NewReader(string(data))); err != nil {
			b.Fatal(err)
		}
	}
}

func ExampleReadArticles() {
	page := `date 2025-10-26
Top Stories

Oman hosts talks between Iran and the United States

avatar-icon
News Desk

Oman hosted indirect talks between Iran and the United States on Saturday.
Reuters

Comments`
	arts, err := ReadArticles(context.Background(), "oman.txt", strings.NewReader(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	a := arts[0]
	fmt.Printf("%s | %s | %s\n%s\n", a.ID, a.Date, a.Title, a.Text)
	// Output:
	// oman.txt | 2025-10-26 | Oman hosts talks between Iran and the United States
	// Oman hosts talks between Iran and the United States
	//
	// Oman hosted indirect talks between Iran and the United States on Saturday.
}

// TestReadJSONFieldNames checks the other names a JSON article's fields
// go by in news and event datasets, in any case.
func TestReadJSONFieldNames(t *testing.T) {
	in := `{"story_id":"s1","publication_date":"2019-06-20","sentence":"Iran shot down a U.S. drone."}
{"ID":"s2","Date":"2019-06-21","Text":"Trump called off strikes on Iran."}
{"doc_id":"s3","date_publish":"2019-06-22 10:00:00","maintext":"Oman offered to mediate."}`
	arts, err := ReadArticles(context.Background(), "x.jsonl", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Article{
		{ID: "s1", Date: "2019-06-20", Text: "Iran shot down a U.S. drone."},
		{ID: "s2", Date: "2019-06-21", Text: "Trump called off strikes on Iran."},
		{ID: "s3", Date: "2019-06-22", Text: "Oman offered to mediate."},
	}
	if diff := cmp.Diff(want, arts); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
}
