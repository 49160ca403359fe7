// Package fetch reads articles from the web: it gets an http or https URL
// and turns the answer into extract.Articles, one for an article page and
// one per item for an RSS, Atom or JSON feed.
//
// The extractor itself knows no HTTP; this package is the only place that
// does. A Client bounds every request (total and connect timeouts, body
// size, redirects, concurrent requests per host), sends a User-Agent
// naming diplograph, accepts gzip, and refuses what is not text: a PDF,
// an image or an HTTP error status is an error naming the URL and the
// reason. FetchConditional supports ETag and Last-Modified validators so
// that a feed poller downloads only what changed.
package fetch
