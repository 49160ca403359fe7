package dedupe

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// wire reads a text of testdata/wire.
func wire(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "wire", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  ...  ", ""},
		{"The U.S. and Pakistan’s army-chief met.", "the u s and pakistans army chief met"},
		{"ISLAMABAD, Oct 26 (Reuters) -", "islamabad oct 26 reuters"},
		{"Ça ira, Müller!", "ça ira müller"},
		{"\"quoted\"\n\nnext  paragraph", "quoted next paragraph"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFingerprint(t *testing.T) {
	a := Fingerprint("The United States and Pakistan signed a deal.")
	if a == "" || len(a) != 32 {
		t.Fatalf("Fingerprint = %q, want 32 hex digits", a)
	}
	if b := Fingerprint("the UNITED states, and Pakistan   signed a deal"); b != a {
		t.Errorf("case, punctuation and spacing changed the fingerprint: %s, %s", a, b)
	}
	if c := Fingerprint("The United States and India signed a deal."); c == a {
		t.Errorf("another word gave the same fingerprint %s", c)
	}
	if e := Fingerprint(" -- "); e != "" {
		t.Errorf("Fingerprint of a text without words = %q, want \"\"", e)
	}
}

// TestSameStory is the threshold's test: one wire story in several outlet
// versions is one story, an unrelated story on the same topic with the
// same actors is another.
func TestSameStory(t *testing.T) {
	orig := Sign(wire(t, "original"))
	tests := []struct {
		name     string
		same     bool
		min, max float64 // expected range of the estimated similarity
	}{
		// Byline, outlet boilerplate, last paragraph dropped.
		{"outlet-b", true, 0.75, 0.92},
		// A sentence added, "United States" written "U.S.", a credit line.
		{"outlet-c", true, 0.8, 0.95},
		// Lead rewritten, two paragraphs dropped, boilerplate: the hard case.
		{"outlet-d", true, Threshold, 0.7},
		// Same actors and topic, another event.
		{"unrelated", false, 0, 0.1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Sign(wire(t, tt.name))
			sim := Similarity(orig, s)
			if sim < tt.min || sim > tt.max {
				t.Errorf("Similarity(original, %s) = %.3f, want within [%.2f, %.2f]", tt.name, sim, tt.min, tt.max)
			}
			if got := Same(orig, s); got != tt.same {
				t.Errorf("Same(original, %s) = %v (similarity %.3f), want %v", tt.name, got, sim, tt.same)
			}
			if got := Same(s, orig); got != tt.same {
				t.Errorf("Same is not symmetric for %s", tt.name)
			}
			shared := sharedBands(orig, s)
			if tt.same && shared == 0 {
				t.Errorf("%s shares no band with the original: an index would not find it", tt.name)
			}
			if !tt.same && shared > 0 {
				t.Errorf("%s shares %d bands with the original", tt.name, shared)
			}
		})
	}
	// The versions among themselves.
	b, c := Sign(wire(t, "outlet-b")), Sign(wire(t, "outlet-c"))
	if !Same(b, c) {
		t.Errorf("Same(outlet-b, outlet-c) = false (similarity %.3f)", Similarity(b, c))
	}
	u := Sign(wire(t, "unrelated"))
	for _, v := range []Signature{b, c} {
		if Same(u, v) {
			t.Errorf("the unrelated story matched a version (similarity %.3f)", Similarity(u, v))
		}
	}
}

func sharedBands(a, b Signature) int {
	inA := make(map[string]bool)
	for _, k := range a.BandKeys() {
		inA[k] = true
	}
	n := 0
	for _, k := range b.BandKeys() {
		if inA[k] {
			n++
		}
	}
	return n
}

// TestSimilarityEstimate checks the estimate against the exact Jaccard
// similarity of shingle sets built by hand.
func TestSimilarityEstimate(t *testing.T) {
	for _, pair := range [][2]string{{"original", "outlet-b"}, {"original", "outlet-d"}, {"outlet-c", "outlet-d"}, {"original", "unrelated"}} {
		a, b := wire(t, pair[0]), wire(t, pair[1])
		exact := jaccard(shingleSet(a), shingleSet(b))
		est := Similarity(Sign(a), Sign(b))
		// Three standard errors of a 128-hash estimate at J = 0.5.
		if d := est - exact; d < -0.14 || d > 0.14 {
			t.Errorf("%s/%s: estimate %.3f, exact %.3f", pair[0], pair[1], est, exact)
		}
	}
}

func shingleSet(text string) map[string]bool {
	w := strings.Fields(Normalize(text))
	set := make(map[string]bool)
	for i := 0; i+ShingleSize <= len(w); i++ {
		set[strings.Join(w[i:i+ShingleSize], " ")] = true
	}
	return set
}

func jaccard(a, b map[string]bool) float64 {
	inter := 0
	for k := range a {
		if b[k] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

func TestSignShortAndEmpty(t *testing.T) {
	empty := Sign("  — ")
	if !empty.Empty() || empty.Shingles() != 0 {
		t.Errorf("Sign of no words: Empty %v, Shingles %d", empty.Empty(), empty.Shingles())
	}
	if Similarity(empty, empty) != 0 {
		t.Error("two empty texts are similar")
	}
	short := Sign("Pakistan and US sign deal")
	if short.Shingles() != 1 {
		t.Errorf("Shingles of a 5-word text = %d, want 1", short.Shingles())
	}
	if Same(short, Sign("Pakistan and US sign deal")) {
		t.Error("Same matched a text shorter than MinShingles shingles")
	}
	if keys := short.BandKeys(); keys != nil {
		t.Errorf("a short text has band keys %v", keys)
	}
	if got := Sign("three words only").Shingles(); got != 1 {
		t.Errorf("Shingles of 3 words = %d, want 1", got)
	}
	// Case and punctuation do not change the signature.
	a := Sign(wire(t, "original"))
	if b := Sign(strings.ToUpper(wire(t, "original"))); Similarity(a, b) != 1 {
		t.Errorf("upper case changed the signature: similarity %.3f", Similarity(a, b))
	}
}

func TestBandKeys(t *testing.T) {
	keys := Sign(wire(t, "original")).BandKeys()
	if len(keys) != Bands {
		t.Fatalf("%d band keys, want %d", len(keys), Bands)
	}
	for i, k := range keys {
		num, h, ok := strings.Cut(k, ":")
		if !ok || num != strconv.Itoa(i) || len(h) != 16 {
			t.Errorf("band key %d = %q, want \"%d:\" and 16 hex digits", i, k, i)
		}
	}
}

func TestSignatureText(t *testing.T) {
	s := Sign(wire(t, "outlet-c"))
	text, err := s.MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	var back Signature
	if err := back.UnmarshalText(text); err != nil {
		t.Fatalf("UnmarshalText(%.20s…): %v", text, err)
	}
	if back != s {
		t.Errorf("round trip changed the signature")
	}
	for _, bad := range []string{"", "m2:10:AAAA", "m1:x:AAAA", "m1:10:!!", "m1:10:AAAA", "m1:-1:" + strings.Repeat("A", 683)} {
		if _, err := ParseSignature(bad); !errors.Is(err, ErrBadSignature) {
			t.Errorf("ParseSignature(%.12q) = %v, want ErrBadSignature", bad, err)
		}
	}
}

func TestIndex(t *testing.T) {
	var ix Index
	if id, how := ix.Find(NewDoc("", wire(t, "original"))); how != NoMatch {
		t.Fatalf("empty index found %q by %v", id, how)
	}
	ix.Add("reuters", NewDoc("https://www.reuters.com/world/asia-pacific/us-pakistan-minerals-2025-10-26/", wire(t, "original")))
	ix.Add("other", NewDoc("https://example.org/other", wire(t, "unrelated")))
	tests := []struct {
		name, url, text string
		wantID          string
		wantHow         Match
	}{
		{"same URL, AMP and tracking", "https://reuters.com/world/asia-pacific/us-pakistan-minerals-2025-10-26/amp/?utm_source=x", "short text", "reuters", ByURL},
		{"same text, other outlet", "https://frontierpost.example/a", strings.ToUpper(wire(t, "original")), "reuters", ByFingerprint},
		{"edited copy", "https://frontierpost.example/b", wire(t, "outlet-b"), "reuters", BySimilarity},
		{"hard cut", "", wire(t, "outlet-d"), "reuters", BySimilarity},
		{"new story", "https://example.org/new", "Pakistan and India agreed to reopen the Kartarpur corridor on Friday, officials said, after talks in Lahore between the two foreign ministries that lasted two days.", "", NoMatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, how := ix.Find(NewDoc(tt.url, tt.text))
			if id != tt.wantID || how != tt.wantHow {
				t.Errorf("Find = %q by %v, want %q by %v", id, how, tt.wantID, tt.wantHow)
			}
		})
	}
	if ix.Len() != 2 {
		t.Errorf("Len = %d, want 2", ix.Len())
	}
}

func BenchmarkSign(b *testing.B) {
	text := wire(b, "original")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Sign(text)
	}
}

func BenchmarkNewDoc(b *testing.B) {
	text := wire(b, "original")
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		NewDoc("https://www.reuters.com/world/story/?utm_source=feed", text)
	}
}
