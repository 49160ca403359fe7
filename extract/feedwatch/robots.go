package feedwatch

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// maxRobotsSize is how much of a robots.txt file is read: RFC 9309 asks
// crawlers to parse at least 500 KiB.
const maxRobotsSize = 500 << 10

// Robots holds the rules of one robots.txt file that apply to one crawler,
// as RFC 9309 reads them: the groups naming the crawler's product token
// (case-insensitively), else the groups for "*"; the longest matching rule
// decides, Allow winning a tie; no matching rule allows.
type Robots struct {
	rules       []robotsRule
	disallowAll bool
}

type robotsRule struct {
	allow   bool
	pattern string
}

// ParseRobots reads a robots.txt file for the crawler whose product token
// is agent ("diplograph"). Lines it does not know (Sitemap, Crawl-delay)
// and malformed lines are ignored, as the RFC asks.
func ParseRobots(data []byte, agent string) *Robots {
	agent = strings.ToLower(agent)
	type group struct {
		agents []string
		rules  []robotsRule
	}
	var groups []*group
	var cur *group
	inAgents := false
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), maxRobotsSize)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		switch key {
		case "user-agent":
			if !inAgents || cur == nil {
				cur = &group{}
				groups = append(groups, cur)
				inAgents = true
			}
			cur.agents = append(cur.agents, strings.ToLower(val))
		case "allow", "disallow":
			inAgents = false
			if cur == nil || val == "" {
				continue // a rule outside a group, or "Disallow:" (no rule)
			}
			cur.rules = append(cur.rules, robotsRule{allow: key == "allow", pattern: val})
		}
	}
	var mine, star []robotsRule
	named := false
	for _, g := range groups {
		isMine, isStar := false, false
		for _, a := range g.agents {
			token, _, _ := strings.Cut(a, "/")
			switch strings.TrimSpace(token) {
			case agent:
				isMine = true
			case "*":
				isStar = true
			}
		}
		switch {
		case isMine:
			named = true
			mine = append(mine, g.rules...)
		case isStar:
			star = append(star, g.rules...)
		}
	}
	if named {
		return &Robots{rules: mine}
	}
	return &Robots{rules: star}
}

// Allowed reports whether the crawler may fetch the URL path (with its
// query, percent-encoded as sent). /robots.txt itself is always allowed.
func (r *Robots) Allowed(path string) bool {
	if path == "" {
		path = "/"
	}
	if path == "/robots.txt" {
		return true
	}
	if r == nil {
		return true
	}
	if r.disallowAll {
		return false
	}
	best, allowed := -1, true
	for _, rule := range r.rules {
		if !matchRobots(rule.pattern, path) {
			continue
		}
		n := len(rule.pattern)
		if n > best || n == best && rule.allow {
			best, allowed = n, rule.allow
		}
	}
	return allowed
}

// matchRobots reports whether a robots.txt path pattern matches path from
// its start: '*' stands for any run of characters, a final '$' for the end.
func matchRobots(pattern, path string) bool {
	end := strings.HasSuffix(pattern, "$")
	if end {
		pattern = pattern[:len(pattern)-1]
	}
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	pos := len(parts[0])
	if len(parts) == 1 {
		return !end || pos == len(path)
	}
	for _, p := range parts[1 : len(parts)-1] {
		i := strings.Index(path[pos:], p)
		if i < 0 {
			return false
		}
		pos += i + len(p)
	}
	last := parts[len(parts)-1]
	if end {
		return strings.HasSuffix(path[pos:], last)
	}
	return strings.Contains(path[pos:], last)
}

// RobotsChecker answers whether a URL may be fetched, reading each host's
// robots.txt once and keeping its rules for the checker's life (one run of
// a watcher). It is safe for concurrent use.
type RobotsChecker struct {
	client    *http.Client
	userAgent string
	agent     string

	mu    sync.Mutex
	hosts map[string]*robotsEntry
}

type robotsEntry struct {
	ready chan struct{}
	r     *Robots
}

// NewRobotsChecker returns a checker that fetches robots.txt files with
// client (a client with a 30-second timeout when nil), sending userAgent;
// the crawler's product token is userAgent up to its first '/' or space
// ("diplograph" for "diplograph/1.2 (+https://…)").
func NewRobotsChecker(client *http.Client, userAgent string) *RobotsChecker {
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	agent := userAgent
	if i := strings.IndexAny(agent, "/ "); i >= 0 {
		agent = agent[:i]
	}
	return &RobotsChecker{client: client, userAgent: userAgent, agent: agent, hosts: make(map[string]*robotsEntry)}
}

// Allowed reports whether the robots.txt of rawURL's host lets the
// crawler fetch rawURL. As RFC 9309 says, a robots.txt that answers
// 4xx (missing) allows everything, and one that cannot be read (5xx, a
// network error) disallows everything. The error is for a URL that is not
// http or https, or a cancelled ctx.
func (c *RobotsChecker) Allowed(ctx context.Context, rawURL string) (bool, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return false, fmt.Errorf("robots.txt for %s: %w", rawURL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return false, fmt.Errorf("robots.txt for %s: not an http or https URL", rawURL)
	}
	origin := u.Scheme + "://" + strings.ToLower(u.Host)
	c.mu.Lock()
	e, ok := c.hosts[origin]
	if !ok {
		e = &robotsEntry{ready: make(chan struct{})}
		c.hosts[origin] = e
	}
	c.mu.Unlock()
	if !ok {
		r, err := c.fetch(ctx, origin)
		if err != nil && ctx.Err() != nil {
			// Not the host's fault: let a later call try again.
			c.mu.Lock()
			delete(c.hosts, origin)
			c.mu.Unlock()
			close(e.ready)
			return false, err
		}
		e.r = r
		close(e.ready)
	}
	select {
	case <-e.ready:
	case <-ctx.Done():
		return false, ctx.Err()
	}
	if e.r == nil {
		return false, ctx.Err()
	}
	return e.r.Allowed(u.RequestURI()), nil
}

// fetch reads the robots.txt of origin (scheme://host).
func (c *RobotsChecker) fetch(ctx context.Context, origin string) (*Robots, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, origin+"/robots.txt", nil)
	if err != nil {
		return &Robots{disallowAll: true}, err
	}
	req.Header.Set("User-Agent", c.userAgent)
	resp, err := c.client.Do(req)
	if err != nil {
		return &Robots{disallowAll: true}, err
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		data, err := io.ReadAll(io.LimitReader(resp.Body, maxRobotsSize))
		if err != nil {
			return &Robots{disallowAll: true}, err
		}
		return ParseRobots(data, c.agent), nil
	case resp.StatusCode >= 400 && resp.StatusCode < 500:
		return &Robots{}, nil
	default:
		return &Robots{disallowAll: true}, nil
	}
}
