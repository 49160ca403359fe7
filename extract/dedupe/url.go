package dedupe

import (
	"net"
	"net/url"
	"slices"
	"strings"
)

// trackingParams are query parameters that say how a reader came to a
// page, not which page it is.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "twclid": true, "igshid": true, "mc_cid": true,
	"mc_eid": true, "_ga": true, "_gl": true, "ocid": true, "cmpid": true,
	"smid": true, "smtyp": true, "ref": true, "ref_src": true, "ref_url": true,
	"amp": true, "outputtype": true, "__twitter_impression": true,
	"guccounter": true, "guce_referrer": true, "guce_referrer_sig": true,
}

// trackingPrefixes start the names of families of tracking parameters.
var trackingPrefixes = []string{"utm_", "pk_", "mtm_", "hsa_", "at_", "oly_"}

func isTracking(name string) bool {
	name = strings.ToLower(name)
	if trackingParams[name] {
		return true
	}
	for _, p := range trackingPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// CanonicalURL returns the form of an http(s) URL that the links to one
// page share: host in lower case without "www.", "m.", "amp." or the
// default port; the scheme, user, fragment and a trailing slash dropped;
// AMP forms unwrapped (a Google AMP cache link, an "/amp" path segment at
// either end, ".amp" before the extension, ?amp and ?outputType=amp);
// tracking parameters (utm_*, fbclid, gclid, …) dropped and the others
// sorted. "HTTPS://www.Example.org/world/story/?utm_source=x#top" gives
// "example.org/world/story". Parameters that may name the article (id,
// cid, p, …) are kept: merging two articles is worse than missing a copy.
// It returns "" for text that is no absolute http(s) URL and for a site's
// home page (no path, no query), which match nothing.
func CanonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	default:
		return ""
	}
	host := strings.ToLower(u.Hostname())
	if port := u.Port(); port != "" && port != "80" && port != "443" {
		host = net.JoinHostPort(host, port)
	}
	path := u.EscapedPath()

	// Google's AMP cache: https://example-org.cdn.ampproject.org/c/s/example.org/story
	if strings.HasSuffix(host, ".cdn.ampproject.org") {
		p := strings.TrimPrefix(path, "/")
		for _, pre := range []string{"v/s/", "c/s/", "i/s/", "v/", "c/", "i/"} {
			if rest, ok := strings.CutPrefix(p, pre); ok {
				inner := "https://" + rest
				if u.RawQuery != "" {
					inner += "?" + u.RawQuery
				}
				if c := CanonicalURL(inner); c != "" {
					return c
				}
				break
			}
		}
	}
	for _, pre := range []string{"www.", "m.", "amp.", "mobile."} {
		if rest, ok := strings.CutPrefix(host, pre); ok && strings.Contains(rest, ".") {
			host = rest
			break
		}
	}

	// AMP paths.
	segs := strings.Split(strings.Trim(path, "/"), "/")
	if len(segs) > 1 && strings.EqualFold(segs[len(segs)-1], "amp") {
		segs = segs[:len(segs)-1]
	}
	if len(segs) > 1 && strings.EqualFold(segs[0], "amp") {
		segs = segs[1:]
	}
	if n := len(segs); n > 0 {
		last := segs[n-1]
		if i := strings.Index(strings.ToLower(last), ".amp"); i > 0 {
			rest := last[i+len(".amp"):]
			if rest == "" || strings.HasPrefix(rest, ".") {
				segs[n-1] = last[:i] + rest
			}
		}
	}
	path = strings.Join(segs, "/")

	// The query without tracking parameters, sorted.
	var kept []string
	for _, kv := range strings.Split(u.RawQuery, "&") {
		if kv == "" {
			continue
		}
		name, _, _ := strings.Cut(kv, "=")
		if n, err := url.QueryUnescape(name); err == nil {
			name = n
		}
		if isTracking(name) {
			continue
		}
		kept = append(kept, kv)
	}
	slices.Sort(kept)

	if path == "" && len(kept) == 0 {
		return "" // a home page names no article
	}
	out := host
	if path != "" {
		out += "/" + path
	}
	if len(kept) > 0 {
		out += "?" + strings.Join(kept, "&")
	}
	return out
}
