package gdelt

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const (
	fixture = "../../testdata/gdelt/20251026120000.export.CSV"
	golden  = "../../testdata/gdelt/20251026120000.golden.jsonl"
	badFile = "../../testdata/gdelt/bad.export.CSV"
)

// event is one callback of Read.
type event struct {
	Line int
	T    extract.Triple
	Err  string
}

// readAll reads a file through Read and collects every callback.
func readAll(t *testing.T, name string, data []byte) ([]event, Stats, error) {
	t.Helper()
	var evs []event
	st, err := Read(context.Background(), name, bytes.NewReader(data), int64(len(data)), func(line int, tr extract.Triple, err error) error {
		e := event{Line: line, T: tr}
		if err != nil {
			e.Err = err.Error()
		}
		evs = append(evs, e)
		return nil
	})
	return evs, st, err
}

func readFixture(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestReadGolden(t *testing.T) {
	evs, st, err := readAll(t, fixture, readFixture(t, fixture))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Stats{Rows: 17, Events: 16, Skipped: 1}, st); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, e := range evs {
		if e.Err != "" {
			t.Errorf("line %d: %s", e.Line, e.Err)
		}
		if err := enc.Encode(e.T); err != nil {
			t.Fatal(err)
		}
	}
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := readFixture(t, golden)
	if diff := cmp.Diff(string(want), buf.String()); diff != "" {
		t.Errorf("triples of %s (-want +got):\n%s\n(run go test -update to accept)", fixture, diff)
	}
}

// dyad is what a user sees of an event in the graph.
type dyad struct {
	Line                   int
	Subject, Type, Country string
	Cameo                  string
	Goldstein              float64
	Quad                   int
	Object, OType          string
	Date, Article          string
}

func dyadOf(e event) dyad {
	return dyad{e.Line, e.T.Subject.ID, e.T.Subject.Type, e.T.Subject.Country, e.T.Relation.Cameo,
		e.T.Relation.Goldstein, e.T.Relation.QuadClass, e.T.Object.ID, e.T.Object.Type, e.T.Date, e.T.Article}
}

func TestReadActors(t *testing.T) {
	evs, _, err := readAll(t, fixture, readFixture(t, fixture))
	if err != nil {
		t.Fatal(err)
	}
	byLine := map[int]dyad{}
	for _, e := range evs {
		byLine[e.Line] = dyadOf(e)
	}
	tests := []struct {
		name string
		want dyad
	}{
		{"bare country codes are the extractor's countries", dyad{1, "united-states", "country", "USA", "030", 4, 1, "pakistan", "country", "2025-10-26", "https://www.dawn.com/news/1950001/us-pakistan-partnership"}},
		{"GOV codes are the country's government", dyad{2, "united-states-government", "government", "USA", "057", 8, 1, "pakistan-government", "government", "2025-10-26", "https://www.dawn.com/news/1950002/minerals-agreement-signed"}},
		{"MIL codes with the country's name are its military", dyad{3, "pakistan-military", "military", "PAK", "190", -10, 4, "afghanistan", "country", "2025-10-25", "https://tribune.com.pk/story/2570003/border-clashes"}},
		{"MIL codes are the country's military", dyad{4, "russia-military", "military", "RUS", "195", -10, 4, "ukraine", "country", "2025-10-26", "https://www.reuters.com/world/europe/russia-strikes-kyiv-2025-10-26/"}},
		{"IGO by its name", dyad{5, "united-nations", "igo", "", "112", -2, 3, "israel", "country", "2025-10-26", "https://news.un.org/en/story/2025/10/1166001"}},
		{"a known person coded GOV is the person", dyad{8, "marco-rubio", "person", "USA", "051", 3.4, 1, "pakistan", "country", "2025-10-26", "https://www.state.gov/releases/2025/10/secretary-rubio-pakistan"}},
		{"IAEA by its name", dyad{9, "iran", "country", "IRN", "046", 7, 1, "iaea", "igo", "2025-10-26", "https://www.aljazeera.com/news/2025/10/26/iran-iaea-talks"}},
		{"rebel group by its name", dyad{13, "hamas", "group", "PSE", "180", -9, 4, "israel", "country", "2025-10-25", "https://www.timesofisrael.com/liveblog-2025-10-25/"}},
		{"proper names not in the lexicon are slugged, even coded MIL", dyad{15, "us-strategic-metals", "organisation", "USA", "057", 8, 1, "frontier-works-organisation", "military", "2025-10-26", "https://www.dawn.com/news/1950015/ussm-fwo-mou"}},
		{"no SOURCEURL: the event id; an agent word is the country's agent", dyad{17, "pakistan-government", "government", "PAK", "0311", 5.2, 1, "pakistan", "country", "2025-10-26", "gdelt:1267000017"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := byLine[tt.want.Line]
			if !ok {
				t.Fatalf("no event from line %d", tt.want.Line)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("line %d (-want +got):\n%s", tt.want.Line, diff)
			}
		})
	}
	if _, ok := byLine[10]; ok {
		t.Errorf("line 10 has no Actor2 but gave an event")
	}
	e := evs[0].T
	wantAttrs := map[string]string{"source": "gdelt", "gdelt_id": "1267000001", "num_sources": "2", "num_articles": "10"}
	if diff := cmp.Diff(wantAttrs, e.Attrs); diff != "" {
		t.Errorf("attrs (-want +got):\n%s", diff)
	}
	if e.Subject.Name != "United States" || e.Sentence != "" {
		t.Errorf("subject name %q, sentence %q; want \"United States\" and no sentence", e.Subject.Name, e.Sentence)
	}
}

// zipped returns a zip archive holding files.
func zipped(t *testing.T, files map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadZip(t *testing.T) {
	plain := readFixture(t, fixture)
	want, wantSt, err := readAll(t, fixture, plain)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "20251026120000.export.CSV.zip")
	if err := os.WriteFile(path, zipped(t, map[string][]byte{"20251026120000.export.CSV": plain}), 0o644); err != nil {
		t.Fatal(err)
	}
	data := readFixture(t, path)
	for _, name := range []string{path, "events.bin"} { // by extension, and by content
		t.Run(filepath.Ext(name), func(t *testing.T) {
			got, st, err := readAll(t, name, data)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(wantSt, st); diff != "" {
				t.Errorf("stats (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("zipped events (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadZipErrors(t *testing.T) {
	old := MaxDecompressed
	MaxDecompressed = 64 << 10
	t.Cleanup(func() { MaxDecompressed = old })
	row := readFixture(t, fixture)
	bomb := bytes.Repeat(row, (1<<20)/len(row)+1) // 1 MiB of rows
	tests := []struct {
		name  string
		files map[string][]byte
		want  error
	}{
		{"zip bomb beyond the cap", map[string][]byte{"bomb.export.CSV": bomb}, ErrTooLarge},
		{"two files", map[string][]byte{"a.export.CSV": row, "b.export.CSV": row}, ErrZip},
		{"no file", map[string][]byte{}, ErrZip},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := zipped(t, tt.files)
			if tt.want == ErrTooLarge && len(data) > 64<<10 {
				t.Fatalf("the bomb is %d bytes zipped, not small", len(data))
			}
			evs, _, err := readAll(t, "x.zip", data)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Read = %d events, error %v; want %v", len(evs), err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "gdelt x.zip: ") {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
	t.Run("not a zip", func(t *testing.T) {
		_, _, err := readAll(t, "x.zip", []byte("GlobalEventID\tDay\n"))
		if !errors.Is(err, ErrZip) {
			t.Errorf("Read(text named .zip) error %v, want %v", err, ErrZip)
		}
	})
}

func TestReadBadRow(t *testing.T) {
	evs, st, err := readAll(t, badFile, readFixture(t, badFile))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Stats{Rows: 4, Events: 3, Bad: 1}, st); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
	var got []string
	for _, e := range evs {
		if e.Err != "" {
			got = append(got, e.Err)
		} else {
			got = append(got, e.T.Subject.ID+" "+e.T.Relation.Cameo+" "+e.T.Object.ID)
		}
	}
	want := []string{
		"united-states 030 pakistan",
		"united-states-government 057 pakistan-government",
		"line 3: gdelt: bad event row: 60 columns, want 61",
		"russia-military 195 ukraine",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("callbacks (-want +got):\n%s", diff)
	}
}

func TestReadCallbackStops(t *testing.T) {
	data := readFixture(t, fixture)
	stop := errors.New("enough")
	calls := 0
	st, err := Read(context.Background(), fixture, bytes.NewReader(data), int64(len(data)), func(int, extract.Triple, error) error {
		calls++
		if calls == 2 {
			return stop
		}
		return nil
	})
	if err != stop || calls != 2 || st.Events != 2 {
		t.Errorf("Read = %+v, %v after %d calls; want the callback's error after 2 calls", st, err, calls)
	}
}

func TestReadCancelled(t *testing.T) {
	data := bytes.Repeat(readFixture(t, fixture), 200) // 3,400 rows
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	st, err := Read(ctx, "big.CSV", bytes.NewReader(data), int64(len(data)), func(int, extract.Triple, error) error { return nil })
	if !errors.Is(err, context.Canceled) || st.Rows >= 3400 {
		t.Errorf("Read with a cancelled context = %+v, %v; want to stop early with context.Canceled", st, err)
	}
}

// roundTrip is what Write then Read must keep.
type roundTrip struct{ Subject, SubjectType, Cameo, Object, ObjectType, Date, Article string }

func TestWriteRoundTrip(t *testing.T) {
	ts := []extract.Triple{
		{Article: "https://www.dawn.com/news/1950001", Date: "2025-10-26", SentenceIndex: 3,
			Subject:  extract.Actor{ID: "united-states", Name: "United States", Type: "country", Country: "USA"},
			Relation: extract.Relation{ID: "partners-with", Cameo: "030", Goldstein: 4, QuadClass: 1},
			Object:   extract.Actor{ID: "pakistan", Name: "Pakistan", Type: "country", Country: "PAK"}},
		{Article: "testdata/articles/000.txt", Date: "2025-09-08", SentenceIndex: 0,
			Subject:  extract.Actor{ID: "pakistan-government", Name: "Pakistan government", Type: "government", Country: "PAK"},
			Relation: extract.Relation{ID: "signed-agreement-with", Cameo: "057", Goldstein: 8, QuadClass: 1},
			Object:   extract.Actor{ID: "russia-military", Name: "Russia military", Type: "military", Country: "RUS"}},
		{Article: "https://example.org/a\tb", Date: "2025-01-31", SentenceIndex: 1, Sentence: "Rubio praised the UN.",
			Subject:  extract.Actor{ID: "marco-rubio", Name: "Marco Rubio", Type: "person", Country: "USA", Role: "Secretary of State"},
			Relation: extract.Relation{ID: "praised", Cameo: "051", Goldstein: 3.4, QuadClass: 1},
			Object:   extract.Actor{ID: "united-nations", Name: "United Nations", Type: "igo"}},
		{Article: "https://example.org/b", Date: "2024-12-31",
			Subject:  extract.Actor{ID: "hamas", Name: "Hamas", Type: "group", Country: "PSE"},
			Relation: extract.Relation{ID: "attacked", Cameo: "190", Goldstein: -10, QuadClass: 4},
			Object:   extract.Actor{ID: "israel", Name: "Israel", Type: "country", Country: "ISR"}},
		{Article: "https://example.org/c", Date: "2025-03-01",
			Subject:  extract.Actor{ID: "acme-mining", Name: "Acme Mining", Type: "organisation", Country: "AUS"},
			Relation: extract.Relation{ID: "express-intent-to-cooperate-economically", Cameo: "0311", Goldstein: 5.2, QuadClass: 1},
			Object:   extract.Actor{ID: "japan", Name: "Japan", Type: "country", Country: "JPN"}},
	}
	var buf bytes.Buffer
	if err := Write(&buf, ts); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != len(ts) {
		t.Fatalf("Write gave %d rows for %d triples", len(lines), len(ts))
	}
	for i, l := range lines {
		if n := strings.Count(l, "\t") + 1; n != NumColumns {
			t.Errorf("row %d has %d columns, want %d", i+1, n, NumColumns)
		}
	}
	evs, st, err := readAll(t, "written.CSV", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if st.Events != len(ts) {
		t.Fatalf("Read gave back %+v for %d triples", st, len(ts))
	}
	var want, got []roundTrip
	for i, tr := range ts {
		art := tr.Article
		if !strings.HasPrefix(art, "http") {
			art = "gdelt:" + evs[i].T.Attrs["gdelt_id"]
		}
		want = append(want, roundTrip{tr.Subject.ID, tr.Subject.Type, tr.Relation.Cameo, tr.Object.ID, tr.Object.Type, tr.Date, strings.ReplaceAll(art, "\t", " ")})
		g := evs[i].T
		got = append(got, roundTrip{g.Subject.ID, g.Subject.Type, g.Relation.Cameo, g.Object.ID, g.Object.Type, g.Date, g.Article})
		if g.Relation.Goldstein != tr.Relation.Goldstein || g.Relation.QuadClass != tr.Relation.QuadClass {
			t.Errorf("triple %d: Goldstein %v quad %d, want %v %d", i, g.Relation.Goldstein, g.Relation.QuadClass, tr.Relation.Goldstein, tr.Relation.QuadClass)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Write then Read (-want +got):\n%s", diff)
	}

	// Ids are stable and distinct.
	var again bytes.Buffer
	if err := Write(&again, ts); err != nil {
		t.Fatal(err)
	}
	if again.String() != buf.String() {
		t.Errorf("writing the same triples twice gave different rows")
	}
	ids := map[string]bool{}
	for _, l := range lines {
		ids[l[:strings.IndexByte(l, '\t')]] = true
	}
	if len(ids) != len(ts) {
		t.Errorf("%d distinct GlobalEventIDs for %d triples", len(ids), len(ts))
	}
}

func TestWriteColumns(t *testing.T) {
	var buf bytes.Buffer
	err := Write(&buf, []extract.Triple{{
		Article: "https://www.dawn.com/news/1", Date: "2019-01-25",
		Subject:  extract.Actor{ID: "pakistan-government", Name: "Pakistan government", Type: "government", Country: "PAK"},
		Relation: extract.Relation{ID: "praised", Cameo: "0512", Goldstein: 3.4, QuadClass: 1},
		Object:   extract.Actor{ID: "united-nations", Name: "United Nations", Type: "igo"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	cols := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\t")
	got := map[string]string{}
	for i, name := range Columns() {
		if cols[i] != "" && name != "GlobalEventID" {
			got[name] = cols[i]
		}
	}
	want := map[string]string{
		"Day": "20190125", "MonthYear": "201901", "Year": "2019", "FractionDate": "2019.0685",
		"Actor1Code": "PAKGOV", "Actor1Name": "Pakistan government", "Actor1CountryCode": "PAK", "Actor1Type1Code": "GOV",
		"Actor2Code": "IGO", "Actor2Name": "United Nations", "Actor2Type1Code": "IGO",
		"EventCode": "0512", "EventBaseCode": "051", "EventRootCode": "05", "QuadClass": "1", "GoldsteinScale": "3.4",
		"NumMentions": "1", "NumSources": "1", "NumArticles": "1", "SOURCEURL": "https://www.dawn.com/news/1",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("non-empty columns (-want +got):\n%s", diff)
	}
	if n := len(Columns()); n != NumColumns {
		t.Errorf("Columns() has %d names, want %d", n, NumColumns)
	}
}

func FuzzReadRow(f *testing.F) {
	for _, path := range []string{fixture, badFile} {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			f.Add([]byte(l))
		}
	}
	f.Add([]byte(strings.Repeat("\t", 60)))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, row []byte) {
		_, err := Read(context.Background(), "fuzz.CSV", bytes.NewReader(row), int64(len(row)), func(line int, tr extract.Triple, err error) error {
			if err != nil {
				if !errors.Is(err, ErrBadRow) {
					t.Errorf("line %d: error %v does not wrap ErrBadRow", line, err)
				}
				return nil
			}
			for _, a := range []extract.Actor{tr.Subject, tr.Object} {
				if a.ID == "" || a.Type == "" {
					t.Errorf("line %d: actor without id or type: %+v", line, a)
				}
				if !utf8.ValidString(a.ID) || !utf8.ValidString(a.Name) {
					t.Errorf("line %d: invalid UTF-8 in %+v", line, a)
				}
			}
			if tr.Article == "" || !utf8.ValidString(tr.Article) || tr.Relation.ID == "" {
				t.Errorf("line %d: triple without article or relation: %+v", line, tr)
			}
			return nil
		})
		if err != nil && !errors.Is(err, ErrZip) && !errors.Is(err, ErrTooLarge) {
			t.Errorf("Read error %v", err)
		}
	})
}

func BenchmarkRead(b *testing.B) {
	row, err := os.ReadFile(fixture)
	if err != nil {
		b.Fatal(err)
	}
	data := bytes.Repeat(row, 1000) // 17,000 rows
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		_, err := Read(context.Background(), "bench.CSV", bytes.NewReader(data), int64(len(data)), func(int, extract.Triple, error) error { return nil })
		if err != nil {
			b.Fatal(err)
		}
	}
}
