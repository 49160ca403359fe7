package dedupe

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCanonicalURL(t *testing.T) {
	const story = "example.org/world/asia/us-pakistan-minerals"
	tests := []struct{ name, in, want string }{
		{"plain", "https://example.org/world/asia/us-pakistan-minerals", story},
		{"scheme, host case, www, slash, fragment", "HTTP://WWW.Example.ORG/world/asia/us-pakistan-minerals/#comments", story},
		{"tracking", "https://example.org/world/asia/us-pakistan-minerals?utm_source=twitter&utm_medium=social&fbclid=IwAR0x&gclid=abc&ref=home", story},
		{"mobile host and default port", "https://m.example.org:443/world/asia/us-pakistan-minerals", story},
		{"amp suffix", "https://www.example.org/world/asia/us-pakistan-minerals/amp/", story},
		{"amp prefix", "https://example.org/amp/world/asia/us-pakistan-minerals", story},
		{"amp host and query", "https://amp.example.org/world/asia/us-pakistan-minerals?amp=1&outputType=amp", story},
		{"amp cache", "https://www-example-org.cdn.ampproject.org/c/s/www.example.org/world/asia/us-pakistan-minerals/amp", story},
		{"amp extension", "https://example.org/world/asia/us-pakistan-minerals.amp.html", story + ".html"},
		{"article parameters kept and sorted", "https://example.org/news.php?p=12&id=3&utm_campaign=x", "example.org/news.php?id=3&p=12"},
		{"other port kept", "http://example.org:8080/a/", "example.org:8080/a"},
		{"user dropped", "https://user:pw@example.org/a", "example.org/a"},
		{"home page", "https://www.example.org/?utm_source=x", ""},
		{"not http", "ftp://example.org/a", ""},
		{"relative", "/world/story", ""},
		{"file path", "news/usa pakistan.txt", ""},
		{"empty", "", ""},
		{"garbage", "http://[::1", ""},
	}
	var got, want []string
	for _, tt := range tests {
		got = append(got, tt.name+": "+CanonicalURL(tt.in))
		want = append(want, tt.name+": "+tt.want)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CanonicalURL (-want +got):\n%s", diff)
	}
}

func TestCanonicalURLKeepsStoriesApart(t *testing.T) {
	a := CanonicalURL("https://example.org/world/story-one?utm_source=x")
	b := CanonicalURL("https://example.org/world/story-two?utm_source=x")
	c := CanonicalURL("https://example.net/world/story-one")
	if a == b || a == c {
		t.Errorf("different pages share a canonical URL: %q %q %q", a, b, c)
	}
}
