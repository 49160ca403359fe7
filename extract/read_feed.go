package extract

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/mmcdole/gofeed"
)

// isJSONFeed reports whether a JSON document is a JSON Feed.
func isJSONFeed(data []byte) bool {
	return bytes.Contains(data[:min(len(data), 4096)], []byte("jsonfeed.org/version"))
}

// readFeed reads an RSS, Atom or JSON Feed document: one article per item,
// with the guid (else the link) as id, the item's title, its publication
// (else update) date, its link as URL, the feed's title as source, and
// its content (else description, else title) as text with HTML markup
// rendered to plain text. Items with no text at all are skipped.
func readFeed(data []byte) ([]Article, error) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: feed: %s", ErrMalformed, firstLine(err.Error()))
	}
	source := cleanInline(htmlFragmentText(feed.Title))
	arts := make([]Article, 0, len(feed.Items))
	for _, it := range feed.Items {
		if it == nil {
			continue
		}
		a := Article{
			ID:     strings.TrimSpace(it.GUID),
			Title:  cleanInline(htmlFragmentText(it.Title)),
			URL:    strings.TrimSpace(it.Link),
			Source: source,
		}
		if a.ID == "" {
			a.ID = a.URL
		}
		// The date as written in the feed, in its own time zone; gofeed's
		// parsed times are in UTC.
		a.Date = NormalizeDate(it.Published)
		if a.Date == "" {
			a.Date = NormalizeDate(it.Updated)
		}
		switch {
		case a.Date != "":
		case it.PublishedParsed != nil:
			a.Date = it.PublishedParsed.Format("2006-01-02")
		case it.UpdatedParsed != nil:
			a.Date = it.UpdatedParsed.Format("2006-01-02")
		}
		body := it.Content
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		a.Text = cleanText(htmlFragmentText(body))
		if a.Text == "" {
			a.Text = a.Title
		}
		if a.Text == "" {
			continue
		}
		if y, err := strconv.Atoi(a.Date[:min(4, len(a.Date))]); err == nil && (y < 1800 || y > 2200) {
			a.Date = ""
		}
		arts = append(arts, a)
	}
	return arts, nil
}

// firstLine keeps an error message on one line.
func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
