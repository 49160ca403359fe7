package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/diplograph/diplograph/extract"
)

// Errors returned by Fetch and FetchConditional, for errors.Is. The error
// returned wraps one of them together with the URL and the details.
var (
	// ErrScheme is returned for a URL that is not http or https.
	ErrScheme = errors.New("fetch: not an http or https URL")
	// ErrStatus is returned for an HTTP error status (4xx or 5xx) or any
	// other answer that carries no page.
	ErrStatus = errors.New("fetch: HTTP error status")
	// ErrContentType is returned for an answer that is not text: a PDF,
	// an image, audio, video, an archive.
	ErrContentType = errors.New("fetch: not a text content type")
	// ErrTooLarge is returned for a body larger than Options.MaxBody.
	ErrTooLarge = errors.New("fetch: body too large")
	// ErrRedirects is returned when a URL redirects more than
	// Options.MaxRedirects times, or to a URL that is not http or https.
	ErrRedirects = errors.New("fetch: too many redirects")
)

// Defaults of Options.
const (
	DefaultTimeout        = 30 * time.Second
	DefaultConnectTimeout = 10 * time.Second
	DefaultMaxBody        = 20 << 20
	DefaultMaxRedirects   = 5
	DefaultPerHost        = 2
)

// Options configures a Client. Zero fields take the defaults.
type Options struct {
	// Timeout bounds a whole request, from connecting to reading the last
	// byte of the body (default 30s).
	Timeout time.Duration
	// ConnectTimeout bounds connecting and the TLS handshake (default 10s).
	ConnectTimeout time.Duration
	// MaxBody is the largest body accepted, in bytes after gzip decoding
	// (default 20 MiB); a larger body is an error, not a truncation.
	MaxBody int64
	// MaxRedirects is how many redirects a request may follow (default 5).
	MaxRedirects int
	// PerHost is how many requests may run at once against one host
	// (default 2); further requests wait their turn.
	PerHost int
	// UserAgent is sent with every request (default
	// "diplograph/VERSION (+https://github.com/diplograph/diplograph)").
	UserAgent string
}

// Validators are the HTTP cache validators of a fetched URL, as the
// server gave them: send them back to FetchConditional to download the
// URL only if it changed.
type Validators struct{ ETag, LastModified string }

// Client fetches URLs as articles. It is safe for concurrent use.
type Client struct {
	opts Options
	http *http.Client

	mu    sync.Mutex
	hosts map[string]chan struct{}
}

// DefaultUserAgent returns the User-Agent sent when Options.UserAgent is
// empty, with the module version of the running binary ("dev" when it
// was not built from a tagged module).
func DefaultUserAgent() string {
	v := "dev"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		v = bi.Main.Version
	}
	return "diplograph/" + v + " (+https://github.com/diplograph/diplograph)"
}

// New returns a Client with the given options, zero fields replaced by
// their defaults.
func New(o Options) *Client {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = DefaultConnectTimeout
	}
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.MaxRedirects < 0 {
		o.MaxRedirects = 0
	} else if o.MaxRedirects == 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.PerHost <= 0 {
		o.PerHost = DefaultPerHost
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent()
	}
	dialer := &net.Dialer{Timeout: o.ConnectTimeout, KeepAlive: 30 * time.Second}
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   o.ConnectTimeout,
		MaxIdleConnsPerHost:   o.PerHost,
		IdleConnTimeout:       90 * time.Second,
		ExpectContinueTimeout: time.Second,
		ForceAttemptHTTP2:     true,
	}
	c := &Client{opts: o, hosts: make(map[string]chan struct{})}
	c.http = &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > o.MaxRedirects {
				return fmt.Errorf("%w (more than %d)", ErrRedirects, o.MaxRedirects)
			}
			if s := req.URL.Scheme; s != "http" && s != "https" {
				return fmt.Errorf("%w: to %s", ErrRedirects, req.URL.Redacted())
			}
			req.Header.Set("User-Agent", o.UserAgent)
			return nil
		},
	}
	return c
}

// IsURL reports whether s is an http:// or https:// URL with a host.
func IsURL(s string) bool {
	ls := strings.ToLower(s)
	if !strings.HasPrefix(ls, "http://") && !strings.HasPrefix(ls, "https://") {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && u.Host != ""
}

// Fetch gets the URL and reads the answer as an article page or, by its
// content type (or sniffed content when the type is missing or generic),
// as a feed with one article per item. Only http and https are fetched;
// gzip is accepted. A PDF, an image, any non-text content type or an
// HTTP 4xx/5xx answer is an error naming the URL and the reason.
//
// An article page without a canonical URL of its own gets the final URL
// after redirects as URL and id.
func (c *Client) Fetch(ctx context.Context, rawURL string) ([]extract.Article, error) {
	arts, _, _, err := c.FetchConditional(ctx, rawURL, Validators{})
	return arts, err
}

// FetchConditional is Fetch with HTTP validators: it sends v.ETag as
// If-None-Match and v.LastModified as If-Modified-Since, and when the
// server answers 304 Not Modified it returns notModified=true and no
// articles. nv holds the validators of the answer (those of v when a 304
// gives none), to pass to the next call.
func (c *Client) FetchConditional(ctx context.Context, rawURL string, v Validators) (arts []extract.Article, nv Validators, notModified bool, err error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, v, false, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, v, false, fmt.Errorf("fetch %s: %w", rawURL, ErrScheme)
	}
	name := u.Redacted()
	release, err := c.acquire(ctx, u.Host)
	if err != nil {
		return nil, v, false, fmt.Errorf("fetch %s: %w", name, err)
	}
	defer release()

	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, v, false, fmt.Errorf("fetch %s: %w", name, err)
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/*;q=0.8")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, v, false, fmt.Errorf("fetch %s: %w", name, unwrapURLError(err))
	}
	defer resp.Body.Close()

	nv = Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	if resp.StatusCode == http.StatusNotModified {
		if nv.ETag == "" {
			nv.ETag = v.ETag
		}
		if nv.LastModified == "" {
			nv.LastModified = v.LastModified
		}
		return nil, nv, true, nil
	}
	final := resp.Request.URL.String()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, v, false, fmt.Errorf("fetch %s: %w: %s", name, ErrStatus, resp.Status)
	}
	if resp.ContentLength > c.opts.MaxBody {
		return nil, v, false, fmt.Errorf("fetch %s: %w (%d bytes, limit %d)", name, ErrTooLarge, resp.ContentLength, c.opts.MaxBody)
	}
	ctype := resp.Header.Get("Content-Type")
	ext, err := extFor(ctype)
	if err != nil {
		return nil, v, false, fmt.Errorf("fetch %s: %w", name, err)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opts.MaxBody+1))
	if err != nil {
		return nil, v, false, fmt.Errorf("fetch %s: reading body: %w", name, unwrapURLError(err))
	}
	if int64(len(body)) > c.opts.MaxBody {
		return nil, v, false, fmt.Errorf("fetch %s: %w (more than %d bytes)", name, ErrTooLarge, c.opts.MaxBody)
	}
	if ext == "" {
		// No or a generic content type: refuse what is not text, and let
		// the reader sniff the format from the content.
		if dt := http.DetectContentType(body); !strings.HasPrefix(dt, "text/") {
			mt, _, _ := strings.Cut(dt, ";")
			return nil, v, false, fmt.Errorf("fetch %s: %w: %q (sniffed)", name, ErrContentType, mt)
		}
	}
	const base = "fetched"
	arts, err = extract.ReadArticles(ctx, base+ext, strings.NewReader(string(body)))
	if err != nil {
		// ReadArticles names the made-up file; name the URL instead.
		if inner := errors.Unwrap(err); inner != nil {
			err = inner
		}
		return nil, v, false, fmt.Errorf("fetch %s: %w", name, err)
	}
	for i := range arts {
		a := &arts[i]
		switch {
		case a.ID == base+ext:
			a.ID = ""
		case strings.HasPrefix(a.ID, base+ext+"#"):
			a.ID = final + strings.TrimPrefix(a.ID, base+ext)
		}
		if len(arts) == 1 && a.URL == "" {
			a.URL = final
		}
		if a.ID == "" {
			a.ID = a.URL
		}
	}
	return arts, nv, false, nil
}

// acquire waits for a free slot among the PerHost slots of host.
func (c *Client) acquire(ctx context.Context, host string) (release func(), err error) {
	c.mu.Lock()
	sem, ok := c.hosts[host]
	if !ok {
		sem = make(chan struct{}, c.opts.PerHost)
		c.hosts[host] = sem
	}
	c.mu.Unlock()
	select {
	case sem <- struct{}{}:
		return func() { <-sem }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// unwrapURLError drops the method and URL that *url.Error repeats, since
// the caller names the URL already.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// extFor maps a content type to the file extension that makes
// extract.ReadArticles read it in the right format: ".html" for pages,
// ".xml" for RSS and Atom, ".json" for JSON (JSON Feed or article
// objects), ".txt" and ".md" for plain text. It returns "" for a missing
// or generic type, to be sniffed, and ErrContentType for anything that is
// not text.
func extFor(ctype string) (string, error) {
	if strings.TrimSpace(ctype) == "" {
		return "", nil
	}
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		mt, _, _ = strings.Cut(strings.ToLower(ctype), ";")
		mt = strings.TrimSpace(mt)
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return ".html", nil
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml",
		"application/xml", "text/xml":
		return ".xml", nil
	case "application/feed+json", "application/json":
		return ".json", nil
	case "application/x-ndjson", "application/jsonl":
		return ".jsonl", nil
	case "text/markdown", "text/x-markdown":
		return ".md", nil
	case "text/plain":
		return ".txt", nil
	case "application/octet-stream", "binary/octet-stream", "application/unknown":
		return "", nil
	}
	switch {
	case strings.HasSuffix(mt, "+xml"):
		return ".xml", nil
	case strings.HasSuffix(mt, "+json"):
		return ".json", nil
	case strings.HasPrefix(mt, "text/"):
		return ".txt", nil
	}
	return "", fmt.Errorf("%w: %s", ErrContentType, strconv.Quote(mt))
}
