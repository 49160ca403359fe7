package feedwatch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
)

func TestRobotsAllowed(t *testing.T) {
	const file = `# example
User-agent: Googlebot
Disallow: /

User-agent: *
Disallow: /private/
Allow: /private/press/
Disallow: /*.pdf$
Disallow: /search?q=

user-agent: other
user-agent: DIPLOGRAPH   # two agents share a group
disallow: /news/paywall
allow: /news/paywall/free$
Sitemap: https://example.org/sitemap.xml
`
	tests := []struct {
		agent, path string
		want        bool
	}{
		{"diplograph", "/news/paywall/story-1", false},
		{"diplograph", "/news/paywall/free", true},
		{"diplograph", "/news/paywall/free/more", false},
		{"diplograph", "/private/x", true}, // its own group replaces "*"
		{"diplograph", "/robots.txt", true},
		{"somebot", "/private/x", false},
		{"somebot", "/private/press/release", true}, // longer allow wins
		{"somebot", "/files/report.pdf", false},
		{"somebot", "/files/report.pdf?v=2", true}, // $ anchors the end
		{"somebot", "/search?q=pakistan", false},
		{"somebot", "/search", true},
		{"somebot", "", true},
		{"googlebot", "/anything", false},
	}
	for _, tt := range tests {
		t.Run(tt.agent+tt.path, func(t *testing.T) {
			if got := ParseRobots([]byte(file), tt.agent).Allowed(tt.path); got != tt.want {
				t.Errorf("Allowed(%q) for %s = %v, want %v", tt.path, tt.agent, got, tt.want)
			}
		})
	}
}

func TestMatchRobots(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"/a", "/a/b", true},
		{"/a", "/b/a", false},
		{"/a$", "/a", true},
		{"/a$", "/ab", false},
		{"/*/b", "/x/y/b/c", true},
		{"/*b$", "/x/b", true},
		{"/*b$", "/x/b/", false},
		{"*", "/anything", true},
		{"/a*c*e$", "/abcde", true},
		{"/a*c*e$", "/abcdef", false},
	}
	for _, tt := range tests {
		if got := matchRobots(tt.pattern, tt.path); got != tt.want {
			t.Errorf("matchRobots(%q, %q) = %v, want %v", tt.pattern, tt.path, got, tt.want)
		}
	}
}

// TestRobotsChecker reads each host's robots.txt once, allows everything
// when it is missing and nothing when the server fails.
func TestRobotsChecker(t *testing.T) {
	ctx := context.Background()
	serve := func(status int, body string) (*httptest.Server, *atomic.Int32) {
		var hits atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				hits.Add(1)
				w.WriteHeader(status)
				w.Write([]byte(body))
			}
		}))
		t.Cleanup(srv.Close)
		return srv, &hits
	}
	ok, okHits := serve(http.StatusOK, "User-agent: *\nDisallow: /members/\n")
	missing, _ := serve(http.StatusNotFound, "")
	broken, _ := serve(http.StatusServiceUnavailable, "")

	c := NewRobotsChecker(nil, "diplograph/dev (+https://github.com/diplograph/diplograph)")
	tests := []struct {
		url  string
		want bool
	}{
		{ok.URL + "/news/1", true},
		{ok.URL + "/members/2", false},
		{ok.URL + "/news/3", true},
		{missing.URL + "/members/2", true},
		{broken.URL + "/news/1", false},
	}
	for _, tt := range tests {
		got, err := c.Allowed(ctx, tt.url)
		if err != nil {
			t.Fatalf("Allowed(%s): %v", tt.url, err)
		}
		if got != tt.want {
			t.Errorf("Allowed(%s) = %v, want %v", tt.url, got, tt.want)
		}
	}
	if n := okHits.Load(); n != 1 {
		t.Errorf("robots.txt fetched %d times for one host, want once", n)
	}
	if _, err := c.Allowed(ctx, "ftp://example.org/x"); err == nil {
		t.Error("Allowed(ftp://…): no error")
	}
}
