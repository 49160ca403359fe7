package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// htmlMeta is what the head and markup of a page say about the article.
type htmlMeta struct {
	title, site, url string
	// Publication dates by source, normalised to YYYY-MM-DD.
	metaPublished, itemprop, jsonLD, timeElem, dateMeta string
}

// readHTML reads one article from an HTML page: the page is decoded from
// its charset (byte order mark, <meta charset> or http-equiv, else UTF-8
// if valid, else windows-1252), the main text is found by
// go-readability and rendered as paragraphs separated by blank lines,
// and title, site name, canonical URL and publication date come from the
// markup (see pageDate).
func readHTML(data []byte) (Article, error) {
	data, err := decodeHTML(data)
	if err != nil {
		return Article{}, err
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return Article{}, fmt.Errorf("%w: HTML: %v", ErrMalformed, err)
	}
	m := readMeta(doc)
	var pageURL *url.URL
	if u, err := url.Parse(m.url); err == nil && u.IsAbs() {
		pageURL = u
	}
	p := readability.NewParser()
	ra, err := p.ParseAndMutate(doc, pageURL)
	if err != nil {
		return Article{}, fmt.Errorf("%w: HTML: %v", ErrMalformed, err)
	}
	a := Article{
		Title:  cleanInline(ra.Title()),
		Source: cleanInline(m.site),
		URL:    m.url,
	}
	if a.Title == "" {
		a.Title = cleanInline(m.title)
	}
	if a.Source == "" {
		a.Source = cleanInline(ra.SiteName())
	}
	if ra.Node != nil {
		a.Text = cleanText(render.InnerText(ra.Node))
	}
	if a.Title != "" && !strings.HasPrefix(a.Text, a.Title) && a.Text != "" {
		a.Text = a.Title + "\n\n" + a.Text // the headline carries events too
	}
	a.Date = m.pageDate()
	if a.Date == "" {
		if t, err := ra.PublishedTime(); err == nil {
			a.Date = t.Format("2006-01-02")
		}
	}
	if a.Date == "" {
		a.Date = dateInURL(m.url)
	}
	if a.Text == "" {
		return a, ErrEmpty
	}
	return a, nil
}

// decodeHTML converts a page to UTF-8 from the charset its byte order
// mark or <meta> declares. A page declared (or taken to be) UTF-8 must be
// valid UTF-8.
func decodeHTML(data []byte) ([]byte, error) {
	enc, name, _ := charset.DetermineEncoding(data, "text/html")
	if name == "utf-8" {
		data = bytes.TrimPrefix(data, []byte{0xef, 0xbb, 0xbf})
		if !utf8.Valid(data) {
			return nil, fmt.Errorf("%w at byte %d (page declared or taken as UTF-8)", ErrInvalidUTF8, invalidUTF8Offset(data))
		}
		return data, nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("%w: decoding %s: %v", ErrInvalidUTF8, name, err)
	}
	if !utf8.Valid(out) {
		return nil, fmt.Errorf("%w after decoding %s", ErrInvalidUTF8, name)
	}
	return out, nil
}

// pageDate is the publication date found in the markup, by precedence:
// article:published_time, itemprop="datePublished", JSON-LD
// datePublished, the first <time datetime>, then date, pubdate or
// publish-date metas.
func (m htmlMeta) pageDate() string {
	for _, d := range []string{m.metaPublished, m.itemprop, m.jsonLD, m.timeElem, m.dateMeta} {
		if d != "" {
			return d
		}
	}
	return ""
}

var rxURLDate = regexp.MustCompile(`/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)|/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)`)

// dateInURL returns the date in a URL path such as /2025/10/26/slug or
// /2025-10-26-slug, or "".
func dateInURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	m := rxURLDate.FindStringSubmatch(u.Path)
	if m == nil {
		return ""
	}
	if m[1] != "" {
		return validDate(m[1], m[2], m[3])
	}
	return validDate(m[4], m[5], m[6])
}

// dateMetaNames are the <meta name> values that carry a publication date.
var dateMetaNames = map[string]bool{
	"date": true, "pubdate": true, "publish-date": true, "publish_date": true, "publishdate": true,
	"published-date": true, "article.published": true, "dc.date": true, "dc.date.issued": true,
	"dcterms.date": true, "dcterms.created": true, "dcterms.issued": true, "sailthru.date": true,
	"parsely-pub-date": true, "citation_publication_date": true, "og:published_time": true,
	"article:published": true, "datepublished": true,
}

// readMeta collects title, site name, canonical URL and dates from doc.
func readMeta(doc *html.Node) htmlMeta {
	var m htmlMeta
	var ogURL, ogTitle string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if m.title == "" && n.FirstChild != nil {
					m.title = n.FirstChild.Data
				}
			case atom.Meta:
				key := strings.ToLower(strings.TrimSpace(attr(n, "property")))
				if key == "" {
					key = strings.ToLower(strings.TrimSpace(attr(n, "name")))
				}
				content := strings.TrimSpace(attr(n, "content"))
				switch {
				case key == "og:title":
					ogTitle = content
				case key == "og:site_name":
					m.site = content
				case key == "application-name" && m.site == "":
					m.site = content
				case key == "og:url":
					ogURL = content
				case key == "article:published_time":
					setOnce(&m.metaPublished, content)
				case dateMetaNames[key]:
					setOnce(&m.dateMeta, content)
				}
			case atom.Link:
				if strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") && m.url == "" {
					m.url = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Time:
				if dt := attr(n, "datetime"); dt != "" {
					setOnce(&m.timeElem, dt)
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					readJSONLD(n.FirstChild.Data, &m)
				}
			}
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") {
				v := attr(n, "content")
				if v == "" {
					v = attr(n, "datetime")
				}
				if v == "" {
					v = render.InnerText(n)
				}
				setOnce(&m.itemprop, v)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if m.url == "" {
		m.url = ogURL
	}
	if ogTitle != "" {
		m.title = ogTitle
	}
	return m
}

// setOnce stores the normalised date of v in *dst unless *dst is set.
func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = NormalizeDate(v)
	}
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// readJSONLD takes datePublished, publisher name, headline and url from a
// JSON-LD block (an object, an array, or an object with @graph).
func readJSONLD(src string, m *htmlMeta) {
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				visit(e, depth+1)
			}
		case map[string]any:
			if s, ok := v["datePublished"].(string); ok {
				setOnce(&m.jsonLD, s)
			}
			if p, ok := v["publisher"].(map[string]any); ok && m.site == "" {
				if s, ok := p["name"].(string); ok {
					m.site = s
				}
			}
			if s, ok := v["headline"].(string); ok && m.title == "" {
				m.title = s
			}
			if g, ok := v["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
}

var rxHTMLish = regexp.MustCompile(`(?i)<(?:p|br|div|a|b|i|em|strong|span|ul|ol|li|h[1-6]|img|blockquote|figure|figcaption|table|section|article)\b[^>]*>`)

// looksLikeHTML reports whether s carries HTML markup.
func looksLikeHTML(s string) bool {
	return strings.IndexByte(s, '<') >= 0 && rxHTMLish.MatchString(s)
}

// htmlFragmentText renders an HTML fragment (a feed item's content, a
// JSON article's body) as text, paragraphs separated by blank lines.
func htmlFragmentText(s string) string {
	if strings.IndexByte(s, '<') < 0 {
		return html.UnescapeString(s)
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return html.UnescapeString(rxHTMLTag.ReplaceAllString(s, " "))
	}
	return render.InnerText(doc)
}
