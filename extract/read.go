package extract

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/itlightning/dateparse"
	"golang.org/x/text/encoding/unicode"
)

// Errors returned by the article readers, for errors.Is. The error returned
// wraps one of them together with the file name and what is wrong.
var (
	// ErrEmpty is returned for a file or article with no text.
	ErrEmpty = errors.New("extract: empty article")
	// ErrSkipped is returned, with the articles read, for a file of
	// several articles (JSONL, a JSON array) some of which were bad: it
	// also wraps the first bad article's error.
	ErrSkipped = errors.New("some articles skipped")
	// ErrBinary is returned for a file that is not text (NUL bytes, control
	// characters, a known binary signature).
	ErrBinary = errors.New("extract: binary file")
	// ErrInvalidUTF8 is returned for text that is not valid UTF-8 after its
	// declared or detected charset has been decoded.
	ErrInvalidUTF8 = errors.New("extract: invalid UTF-8")
	// ErrTooLarge is returned for input larger than MaxFileSize.
	ErrTooLarge = errors.New("extract: file too large")
	// ErrMalformed is returned for JSON, JSONL or feeds that do not parse;
	// for JSONL the error names the line.
	ErrMalformed = errors.New("extract: malformed input")
)

// MaxFileSize is the largest input, in bytes, that the readers accept from
// one file or from standard input (default 20 MiB). Larger input is
// rejected with ErrTooLarge.
var MaxFileSize int64 = 20 << 20

// Input formats.
const (
	formatText     = "text"
	formatMarkdown = "markdown"
	formatJSON     = "json"
	formatJSONL    = "jsonl"
	formatHTML     = "html"
	formatFeed     = "feed"
)

// formatByExt maps a lower-case file extension to its format.
var formatByExt = map[string]string{
	".txt": formatText, ".text": formatText,
	".md": formatMarkdown, ".markdown": formatMarkdown,
	".json":  formatJSON,
	".jsonl": formatJSONL, ".ndjson": formatJSONL,
	".html": formatHTML, ".htm": formatHTML, ".xhtml": formatHTML,
	".xml": formatFeed, ".rss": formatFeed, ".atom": formatFeed, ".feed": formatFeed,
}

// ReadFile reads the articles in the file at path, choosing the format by
// extension: .txt .text .md .markdown give one article; .json one article
// object or an array of them (or a JSON Feed); .jsonl .ndjson one article a
// line; .html .htm one article; .xml .rss .atom .feed a feed, one article
// per item. Other extensions are sniffed from the content.
//
// Articles without an id of their own get the path (slash-separated, as
// given) as id, or path#N (N from 1) when the file holds several. A file of
// several articles (JSONL, a JSON array) keeps its good articles: the bad
// ones are skipped, and the articles come back with an error that wraps
// ErrSkipped and names the first bad line. Any other error fails the whole
// file and comes with no articles. Errors name the file and wrap ErrEmpty,
// ErrBinary, ErrInvalidUTF8, ErrTooLarge or ErrMalformed where one applies.
func ReadFile(ctx context.Context, path string) ([]Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", displayName(path), err)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", displayName(path), unwrapPathError(err))
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil {
		if st.IsDir() {
			return nil, fmt.Errorf("read %s: is a directory", displayName(path))
		}
		if st.Size() > MaxFileSize {
			return nil, fmt.Errorf("read %s: %w (%d bytes, limit %d)", displayName(path), ErrTooLarge, st.Size(), MaxFileSize)
		}
	}
	return ReadArticles(ctx, path, f)
}

// unwrapPathError drops the path from an *fs.PathError, since the caller
// names the file already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// displayName is the name a file is reported and identified by: the path
// as given, cleaned and slash-separated.
func displayName(name string) string {
	if name == "-" || name == "" {
		return name
	}
	return filepath.ToSlash(filepath.Clean(name))
}

// ReadArticles reads the articles in r. name is the file name, which
// chooses the format as in ReadFile and is the default article id, or "-"
// for standard input, whose content is JSONL (or JSON) articles if it
// starts with "{" or "[" and plain text otherwise. Articles from standard
// input without an id get "sha256:" and the first 16 hex digits of the
// SHA-256 of their text.
func ReadArticles(ctx context.Context, name string, r io.Reader) ([]Article, error) {
	id := displayName(name)
	arts, err := readArticles(ctx, id, r)
	if err != nil {
		if id == "-" {
			return arts, fmt.Errorf("read standard input: %w", err)
		}
		return arts, fmt.Errorf("read %s: %w", id, err)
	}
	return arts, nil
}

func readArticles(ctx context.Context, name string, r io.Reader) ([]Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > MaxFileSize {
		return nil, fmt.Errorf("%w (more than %d bytes)", ErrTooLarge, MaxFileSize)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	if isBinary(data) {
		return nil, ErrBinary
	}
	stdin := name == "-"
	format := ""
	if stdin {
		format = sniffStdin(data)
	} else {
		format = formatByExt[strings.ToLower(filepath.Ext(name))]
		if format == "" {
			format = sniff(data)
		}
	}
	if format != formatHTML && format != formatFeed {
		// HTML and feeds declare their own charset; everything else is
		// UTF-8, or UTF-16 with a byte order mark.
		if data, err = decodeUnicode(data); err != nil {
			return nil, err
		}
	}

	var arts []Article
	switch format {
	case formatText, formatMarkdown:
		a, err := readText(data, format == formatMarkdown)
		if err != nil {
			return nil, err
		}
		if stdin {
			// Text on standard input is named by its content.
			sum := sha256.Sum256(data)
			a.ID = "sha256:" + hex.EncodeToString(sum[:8])
		}
		arts = []Article{a}
	case formatJSON:
		if isJSONFeed(data) {
			arts, err = readFeed(data)
		} else {
			arts, err = readJSON(data)
		}
	case formatJSONL:
		arts, err = readJSONL(ctx, data)
	case formatHTML:
		var a Article
		a, err = readHTML(data)
		arts = []Article{a}
	case formatFeed:
		arts, err = readFeed(data)
	}
	if se := (*skippedError)(nil); errors.As(err, &se) && len(arts) == 0 && se.more == 0 {
		err = se.first // the only article was bad: the file's error
	}
	if err != nil && !(errors.Is(err, ErrSkipped) && len(arts) > 0) {
		return nil, err
	}
	if len(arts) == 0 {
		return nil, ErrEmpty
	}
	assignIDs(name, arts)
	return arts, err
}

// assignIDs gives every article without an id one: the file name, name#N
// for several articles, or a content hash on standard input.
func assignIDs(name string, arts []Article) {
	for i := range arts {
		if arts[i].ID != "" {
			continue
		}
		switch {
		case name == "-":
			sum := sha256.Sum256([]byte(arts[i].Text))
			arts[i].ID = "sha256:" + hex.EncodeToString(sum[:8])
		case len(arts) == 1:
			arts[i].ID = name
		default:
			arts[i].ID = name + "#" + strconv.Itoa(i+1)
		}
	}
}

// binarySignatures are the openings of common binary files that may carry
// no NUL byte in their first bytes.
var binarySignatures = [][]byte{
	[]byte("%PDF-"), []byte("\x89PNG"), []byte("GIF8"), []byte("\xff\xd8\xff"),
	[]byte("PK\x03\x04"), []byte("\x1f\x8b"), []byte("BZh"), []byte("\xfd7zXZ"),
	[]byte("\x7fELF"), []byte("SQLite format 3"), []byte("RIFF"), []byte("OggS"),
	[]byte("ID3"), []byte("7z\xbc\xaf"), []byte("\xd0\xcf\x11\xe0"),
}

// isBinary reports whether data looks like a binary file: a known binary
// signature, or NUL bytes or many control characters in its first 8 KiB.
// UTF-16 text with a byte order mark is text.
func isBinary(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return false
	}
	for _, sig := range binarySignatures {
		if bytes.HasPrefix(data, sig) {
			return true
		}
	}
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			ctrl++
		}
	}
	return ctrl*100 > len(head) // more than 1% control characters
}

// decodeUnicode strips a UTF-8 byte order mark, decodes UTF-16 with a byte
// order mark, and checks that the result is valid UTF-8.
func decodeUnicode(data []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}), bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return nil, fmt.Errorf("%w: UTF-16: %v", ErrInvalidUTF8, err)
		}
		data = out
	}
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%w at byte %d", ErrInvalidUTF8, invalidUTF8Offset(data))
	}
	return data, nil
}

func invalidUTF8Offset(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// sniff guesses the format of content with an unknown extension.
func sniff(data []byte) string {
	t := bytes.TrimLeft(data, " \t\r\n\ufeff\xef\xbb\xbf")
	head := bytes.ToLower(t[:min(len(t), 1024)])
	switch {
	case bytes.HasPrefix(t, []byte("{")) || bytes.HasPrefix(t, []byte("[")):
		if json.Valid(t) {
			return formatJSON
		}
		return formatJSONL
	case bytes.HasPrefix(t, []byte("<")):
		if bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<feed")) || bytes.Contains(head, []byte("<rdf:rdf")) {
			return formatFeed
		}
		return formatHTML
	}
	return formatText
}

// sniffStdin chooses between JSON(L) articles and plain text.
func sniffStdin(data []byte) string {
	if f := sniff(data); f == formatJSON || f == formatJSONL {
		return f
	}
	return formatText
}

// jsonArticle holds the fields of an article object, with the alternative
// names they are found under.
var jsonFields = map[string][]string{
	"id":     {"id", "guid", "_id", "article_id", "story_id", "doc_id", "docid"},
	"title":  {"title", "headline"},
	"date":   {"date", "published", "published_at", "publishedAt", "datetime", "datePublished", "pubDate", "pub_date", "date_publish", "publication_date", "story_date", "event_date"},
	"url":    {"url", "link"},
	"source": {"source", "site", "publisher"},
	"text":   {"text", "body", "content", "article", "sentence", "story", "maintext", "full_text", "description", "summary"},
}

// articleFromJSON builds an article from a decoded JSON object.
func articleFromJSON(obj map[string]any) (Article, error) {
	for k, v := range obj {
		// "Text", "ID", "Date": the field names in any case.
		if l := strings.ToLower(k); l != k {
			if _, ok := obj[l]; !ok {
				obj[l] = v
			}
		}
	}
	get := func(field string) string {
		for _, k := range jsonFields[field] {
			if v, ok := obj[k]; ok && v != nil {
				switch v := v.(type) {
				case string:
					if s := strings.TrimSpace(v); s != "" {
						return s
					}
				case json.Number:
					return v.String()
				case bool:
					return strconv.FormatBool(v)
				case map[string]any:
					if s, ok := v["name"].(string); ok { // "source": {"name": …}
						return strings.TrimSpace(s)
					}
				}
			}
		}
		return ""
	}
	text := get("text")
	if looksLikeHTML(text) {
		text = htmlFragmentText(text)
	}
	a := Article{
		ID:     get("id"),
		Title:  cleanInline(get("title")),
		Date:   NormalizeDate(get("date")),
		URL:    get("url"),
		Source: get("source"),
		Text:   cleanText(text),
	}
	if a.Text == "" {
		// A text that is all page furniture by cleanText's rules is more
		// likely one sentence that reads like it ("By the end of May, ...")
		// than an article with nothing to say: keep it as written.
		a.Text = cleanInline(strings.Join(strings.Fields(text), " "))
	}
	if a.Text == "" {
		if a.ID != "" {
			return a, fmt.Errorf("article %q: %w", a.ID, ErrEmpty)
		}
		return a, ErrEmpty
	}
	return a, nil
}

// readJSON reads one article object or an array of them.
func readJSON(data []byte) ([]Article, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, jsonError(data, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%w: data after the JSON value", ErrMalformed)
	}
	switch v := v.(type) {
	case map[string]any:
		a, err := articleFromJSON(v)
		if err != nil {
			return nil, err
		}
		return []Article{a}, nil
	case []any:
		arts := make([]Article, 0, len(v))
		var bad skipped
		for i, e := range v {
			obj, ok := e.(map[string]any)
			if !ok {
				bad.add(fmt.Errorf("element %d: %w: not an article object", i+1, ErrMalformed))
				continue
			}
			a, err := articleFromJSON(obj)
			if err != nil {
				bad.add(fmt.Errorf("element %d: %w", i+1, err))
				continue
			}
			arts = append(arts, a)
		}
		return arts, bad.err()
	}
	return nil, fmt.Errorf("%w: not an article object or array", ErrMalformed)
}

// jsonError describes a JSON syntax error with its line number.
func jsonError(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line := 1 + bytes.Count(data[:min(int(se.Offset), len(data))], []byte("\n"))
		return fmt.Errorf("line %d: %w: %v", line, ErrMalformed, err)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%w: truncated JSON", ErrMalformed)
	}
	return fmt.Errorf("%w: %v", ErrMalformed, err)
}

// readJSONL reads one article object a line. Blank lines are skipped. The
// first bad line fails the whole file, so that a file is stored whole or
// not at all.
func readJSONL(ctx context.Context, data []byte) ([]Article, error) {
	var arts []Article
	var bad skipped
	for n, line := range bytes.Split(data, []byte("\n")) {
		if n%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		a, err := jsonlArticle(line)
		if err != nil {
			bad.add(fmt.Errorf("line %d: %w", n+1, err))
			continue
		}
		arts = append(arts, a)
	}
	return arts, bad.err()
}

// jsonlArticle reads the article of one JSONL line.
func jsonlArticle(line []byte) (Article, error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	var obj map[string]any
	if err := dec.Decode(&obj); err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			return Article{}, fmt.Errorf("%w: truncated JSON", ErrMalformed)
		}
		return Article{}, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if obj == nil {
		return Article{}, fmt.Errorf("%w: not an article object", ErrMalformed)
	}
	if dec.More() {
		return Article{}, fmt.Errorf("%w: more than one JSON value", ErrMalformed)
	}
	return articleFromJSON(obj)
}

// skipped collects the errors of the articles a multi-article file skips.
type skipped struct {
	first error
	lines int
}

func (s *skipped) add(err error) {
	if s.first == nil {
		s.first = err
	}
	s.lines++
}

// err is nil when nothing was skipped, else a *skippedError.
func (s *skipped) err() error {
	if s.first == nil {
		return nil
	}
	return &skippedError{first: s.first, more: s.lines - 1}
}

// skippedError says, on one line, which articles of a file were skipped:
// the first bad one's error and how many more. It wraps ErrSkipped and the
// first error.
type skippedError struct {
	first error
	more  int
}

func (e *skippedError) Error() string {
	if e.more == 0 {
		return fmt.Sprintf("%v: %v", ErrSkipped, e.first)
	}
	return fmt.Sprintf("%v: %v (and %d more skipped)", ErrSkipped, e.first, e.more)
}

func (e *skippedError) Unwrap() []error { return []error{ErrSkipped, e.first} }

var (
	rxISODate   = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})`)
	rxSlashDate = regexp.MustCompile(`^(\d{4})/(\d{1,2})/(\d{1,2})$`)
)

// NormalizeDate returns the calendar date of s as YYYY-MM-DD, or "" if s
// holds no recognisable date. It accepts ISO 8601 and RFC 3339 timestamps,
// RFC 1123 and RFC 822 dates as feeds write them, "October 26, 2025",
// "26 October 2025", "2025/10/26" and other common forms (numeric
// day/month orders are read month first, as dateparse does). The date is
// the one written, in the time zone written, not converted to UTC.
func NormalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return ""
	}
	if m := rxISODate.FindStringSubmatch(s); m != nil {
		return validDate(m[1], m[2], m[3])
	}
	if m := rxSlashDate.FindStringSubmatch(s); m != nil {
		return validDate(m[1], m[2], m[3])
	}
	if strings.Trim(s, "0123456789") == "" {
		if len(s) == 8 { // YYYYMMDD
			return validDate(s[:4], s[4:6], s[6:])
		}
		return "" // a bare number (a year, a Unix time) is no date
	}
	t, err := parseAnyDate(s)
	if err != nil {
		return ""
	}
	if y := t.Year(); y < 1800 || y > 2200 {
		return ""
	}
	return t.Format("2006-01-02")
}

// parseAnyDate calls dateparse, which has panicked on odd input before:
// a panic is turned into an error.
func parseAnyDate(s string) (t time.Time, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("date %q: %v", s, r)
		}
	}()
	return dateparse.ParseAny(s, dateparse.RetryAmbiguousDateWithSwap(true))
}

// validDate formats year, month and day as YYYY-MM-DD if they make a real
// date between 1800 and 2200.
func validDate(y, m, d string) string {
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	if yi < 1800 || yi > 2200 || mi < 1 || mi > 12 || di < 1 || di > 31 {
		return ""
	}
	t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
	if t.Day() != di {
		return ""
	}
	return t.Format("2006-01-02")
}

// skipExts are extensions of files a folder walk skips without reading:
// images, archives, documents and other binary types.
var skipExts = map[string]bool{
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true, ".svg": true, ".ico": true,
	".pdf": true, ".zip": true, ".gz": true, ".tgz": true, ".bz2": true, ".xz": true, ".7z": true, ".tar": true,
	".db": true, ".sqlite": true, ".bolt": true, ".exe": true, ".so": true, ".dylib": true, ".bin": true,
	".mp3": true, ".mp4": true, ".wav": true, ".ogg": true, ".mov": true, ".doc": true, ".docx": true,
	".xls": true, ".xlsx": true, ".ppt": true, ".pptx": true, ".woff": true, ".woff2": true, ".ttf": true,
}

// WalkInputs expands paths and calls fn once per input with the path (as
// given, or joined under the folder given) and its articles or its error.
// A path is a file, a folder (read recursively in lexical order, skipping
// hidden files and folders, files with a binary extension such as .png or
// .pdf, and files of unknown extension whose content is binary), or "-"
// for stdin. Files named explicitly are always read, so a bad one is
// reported. Inputs come in the order of paths, then lexical order.
//
// A file's own error is passed to fn and the walk goes on; fn may get
// articles with an error that wraps ErrSkipped (a JSONL file with bad
// lines: the good ones). An error from fn, or ctx being done, stops the
// walk and is returned.
func WalkInputs(ctx context.Context, paths []string, stdin io.Reader, fn func(path string, arts []Article, err error) error) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			arts, err := ReadArticles(ctx, "-", stdin)
			if err := fn("-", arts, err); err != nil {
				return err
			}
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			if err := fn(displayName(p), nil, fmt.Errorf("read %s: %w", displayName(p), unwrapPathError(err))); err != nil {
				return err
			}
			continue
		}
		if !st.IsDir() {
			arts, err := ReadFile(ctx, p)
			if err := fn(displayName(p), arts, err); err != nil {
				return err
			}
			continue
		}
		if err := walkDir(ctx, p, fn); err != nil {
			return err
		}
	}
	return nil
}

// walkDir reads the files under the folder root; see WalkInputs.
func walkDir(ctx context.Context, root string, fn func(string, []Article, error) error) error {
	var files []string
	var walkErrs []error
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			walkErrs = append(walkErrs, fmt.Errorf("read %s: %w", displayName(path), unwrapPathError(err)))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		ext := strings.ToLower(filepath.Ext(path))
		if skipExts[ext] {
			return nil
		}
		files = append(files, path)
		return nil
	})
	if err != nil {
		return err
	}
	for _, e := range walkErrs {
		name := strings.TrimPrefix(strings.SplitN(e.Error(), ":", 2)[0], "read ")
		if err := fn(name, nil, e); err != nil {
			return err
		}
	}
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		if _, known := formatByExt[strings.ToLower(filepath.Ext(path))]; !known && looksBinaryFile(path) {
			continue
		}
		arts, err := ReadFile(ctx, path)
		if err := fn(displayName(path), arts, err); err != nil {
			return err
		}
	}
	return nil
}

// looksBinaryFile reports whether the file at path opens like a binary
// file. Unreadable files are not binary: reading them reports the error.
func looksBinaryFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	buf := make([]byte, 8192)
	n, _ := io.ReadFull(f, buf)
	return n > 0 && isBinary(buf[:n])
}

// readText reads a plain-text or Markdown article: an optional first line
// giving the date (see takeDateLine), Markdown markup stripped when
// markdown is set (see stripMarkdown), page furniture dropped (see
// cleanText), and the title taken from a Markdown "# Title", front matter,
// or a short first line. The title line stays in the text: headlines
// carry events.
func readText(data []byte, markdown bool) (Article, error) {
	var a Article
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if markdown {
		s = takeFrontMatter(s, &a)
	}
	s = takeDateLine(s, &a)
	if markdown {
		var title string
		s, title = stripMarkdown(s)
		if a.Title == "" {
			a.Title = title
		}
	}
	a.Text = cleanText(s)
	if a.Text == "" {
		return a, ErrEmpty
	}
	if a.Title == "" {
		a.Title = titleLine(a.Text)
	}
	return a, nil
}

// titleLine returns the first line of text if it reads like a headline:
// short, with more text after it, and not ending like a sentence.
func titleLine(text string) string {
	first, rest, ok := strings.Cut(text, "\n")
	if !ok || strings.TrimSpace(rest) == "" {
		return ""
	}
	if len(first) > 160 || len(strings.Fields(first)) > 25 || len(strings.Fields(first)) < 3 {
		return ""
	}
	if strings.ContainsAny(first[len(first)-1:], `.:;,"`) || strings.HasSuffix(first, "”") {
		return ""
	}
	return first
}

// takeFrontMatter reads a YAML-style front matter block ("---" lines
// around "key: value" lines) at the start of a Markdown file into a and
// returns the rest.
func takeFrontMatter(s string, a *Article) string {
	if !strings.HasPrefix(s, "---\n") {
		return s
	}
	body, rest, ok := strings.Cut(s[4:], "\n---")
	if !ok {
		return s
	}
	_, rest, _ = strings.Cut(rest, "\n")
	for line := range strings.SplitSeq(body, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "title":
			a.Title = v
		case "date", "published", "published_at", "datetime":
			a.Date = NormalizeDate(v)
		case "url", "link":
			a.URL = v
		case "source":
			a.Source = v
		case "id":
			a.ID = v
		}
	}
	return rest
}

const monthNames = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

var (
	// rxDateWord is the label of a date line.
	rxDateWord = regexp.MustCompile(`(?i)^(?:date|dated|published|publication date)\s*[:=]?\s+|^(?:date|dated|published)\s*[:=]\s*`)
	// rxDateToken matches a date at the start of a string.
	rxDateToken = regexp.MustCompile(`(?i)^(?:` +
		`\d{4}-\d{1,2}-\d{1,2}(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?` +
		`|\d{4}/\d{1,2}/\d{1,2}` +
		`|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?` + monthNames + `\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}` +
		`|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+` + monthNames + `\.?,?\s+\d{4}` +
		`|\d{1,2}/\d{1,2}/\d{4}` +
		`)`)
	rxOrdinal = regexp.MustCompile(`(?i)(\d)(?:st|nd|rd|th)\b`)
)

// takeDateLine looks at the first non-blank line of s: "date 2025-10-26",
// "Date: October 26, 2025" (the label, then a date, then possibly the
// start of the text on the same line) or a date alone on the line. The
// date goes to a.Date and is removed from s.
func takeDateLine(s string, a *Article) string {
	start := len(s) - len(strings.TrimLeft(s, " \t\n\ufeff"))
	end := strings.IndexByte(s[start:], '\n')
	if end < 0 {
		end = len(s)
	} else {
		end += start
	}
	line := s[start:end]
	rest, labelled := line, false
	if m := rxDateWord.FindString(line); m != "" {
		rest, labelled = line[len(m):], true
	}
	tok := rxDateToken.FindString(rest)
	if tok == "" {
		return s
	}
	after := strings.TrimSpace(rest[len(tok):])
	if !labelled && after != "" {
		return s // a date opening a sentence is text
	}
	date := NormalizeDate(rxOrdinal.ReplaceAllString(strings.ReplaceAll(tok, ",", ""), "$1"))
	if date == "" {
		return s
	}
	if a.Date == "" {
		a.Date = date
	}
	after = strings.TrimLeft(after, " -–—|:")
	return s[:start] + after + s[end:]
}

var (
	rxMDHeading  = regexp.MustCompile(`^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$`)
	rxMDSetext   = regexp.MustCompile(`^\s{0,3}(?:=+|-{2,})\s*$`)
	rxMDRule     = regexp.MustCompile(`^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$`)
	rxMDQuote    = regexp.MustCompile(`^\s{0,3}(?:>\s?)+`)
	rxMDList     = regexp.MustCompile(`^\s*(?:[-*+]|\d{1,3}[.)])\s+`)
	rxMDRefDef   = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s*\S+.*$`)
	rxMDTableSep = regexp.MustCompile(`^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$`)
	rxMDImage    = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	rxMDLink     = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	rxMDRefLink  = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	rxMDAutoLink = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	rxMDCode     = regexp.MustCompile("`+([^`]*)`+")
	rxMDStrong   = regexp.MustCompile(`(\*\*|__)([^\s*_](?:.*?[^\s])?)(\*\*|__)`)
	rxMDEmStar   = regexp.MustCompile(`\*([^\s*](?:[^*]*?[^\s*])?)\*`)
	rxMDEmUnder  = regexp.MustCompile(`(^|[^\pL\pN_])_([^\s_](?:[^_]*?[^\s_])?)_([^\pL\pN_]|$)`)
	rxMDStrike   = regexp.MustCompile(`~~([^~]+)~~`)
	rxMDEscape   = regexp.MustCompile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])")
	rxHTMLTag    = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>`)
)

// stripMarkdown turns Markdown into plain text: headings keep their text
// (the first one is returned as the title), links keep their text, images,
// code blocks, rules, reference definitions and HTML tags are dropped, and
// emphasis, quote, list and table markers are removed.
func stripMarkdown(s string) (text, title string) {
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	fence := ""
	for i, line := range lines {
		trim := strings.TrimSpace(line)
		if fence != "" {
			if strings.HasPrefix(trim, fence) {
				fence = ""
			}
			continue
		}
		if strings.HasPrefix(trim, "```") || strings.HasPrefix(trim, "~~~") {
			fence = trim[:3]
			continue
		}
		if m := rxMDHeading.FindStringSubmatch(line); m != nil {
			line = m[2]
			if title == "" {
				title = cleanInline(mdInline(line))
			}
		} else if rxMDSetext.MatchString(line) && i > 0 && strings.TrimSpace(lines[i-1]) != "" && !rxMDRule.MatchString(lines[i-1]) {
			if title == "" && strings.HasPrefix(trim, "=") {
				title = cleanInline(mdInline(lines[i-1]))
			}
			out = append(out, "")
			continue
		} else if rxMDRule.MatchString(line) || rxMDRefDef.MatchString(line) || rxMDTableSep.MatchString(line) {
			out = append(out, "")
			continue
		}
		line = rxMDQuote.ReplaceAllString(line, "")
		line = rxMDList.ReplaceAllString(line, "")
		if strings.HasPrefix(strings.TrimSpace(line), "|") {
			line = strings.ReplaceAll(line, "|", " ")
		}
		out = append(out, mdInline(line))
	}
	return strings.Join(out, "\n"), title
}

// mdInline strips inline Markdown from one line.
func mdInline(line string) string {
	if !strings.ContainsAny(line, "[]`*_~<\\!") {
		return line
	}
	line = rxMDImage.ReplaceAllString(line, "")
	line = rxMDLink.ReplaceAllString(line, "$1")
	line = rxMDRefLink.ReplaceAllString(line, "$1")
	line = rxMDAutoLink.ReplaceAllString(line, "$1")
	line = rxMDCode.ReplaceAllString(line, "$1")
	line = rxMDStrong.ReplaceAllString(line, "$2")
	line = rxMDEmStar.ReplaceAllString(line, "$1")
	line = rxMDEmUnder.ReplaceAllString(line, "$1$2$3")
	line = rxMDStrike.ReplaceAllString(line, "$1")
	line = rxHTMLTag.ReplaceAllString(line, "")
	line = rxMDEscape.ReplaceAllString(line, "$1")
	return line
}

// cleanInline collapses white space in a one-line field such as a title.
func cleanInline(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// Page furniture: the lines a web page wraps around an article (section
// labels, share and comment widgets, cookie notices, photo credits, desk
// bylines) that people copy along with the text. cleanText drops a line
// when, once trimmed and lower-cased:
//   - it is in furnitureLines ("top stories", "comments", "advertisement",
//     "reuters", "news desk", "see what people are discussing", …);
//   - it starts like a call to action (rxFurniturePrefix: "follow us on",
//     "read more:", "sign up for", "click here", …) and is short;
//   - it is a cookie notice (mentions cookies and consent, policy, "we
//     use", … in under 400 characters);
//   - it is a photo or agency credit alone on its line (rxCredit: "Reuters",
//     "AP Photo/Jane Doe", "Photo: AFP"), a desk byline ("News Desk", "Web
//     Desk") or that desk's blurb ("The News Desk provides …"), or a bare
//     "By Jane Doe" byline;
//   - it has no verb, only user-interface words, five at most (uiWords:
//     "avatar-icon", "Share", "Read more", "Print Email");
//   - it repeats, word for word, an earlier short line (a headline pasted
//     twice).
// A furniture phrase glued after the end of a sentence ("…oil
// reserves.Top Stories") is cut off and the sentence kept.

var furnitureLines = map[string]bool{}

func init() {
	for _, s := range []string{
		"top stories", "top story", "latest", "latest news", "latest stories", "breaking", "breaking news",
		"most read", "most popular", "trending", "trending now", "editor's picks", "editors' picks",
		"avatar-icon", "avatar", "user-icon", "icon", "news desk", "web desk", "monitoring desk",
		"comments", "comment", "0 comments", "leave a comment", "post a comment", "add comment",
		"see what people are discussing", "join the conversation", "show comments", "view comments",
		"share", "share this", "share this article", "share this story", "share article", "shares",
		"advertisement", "advertisment", "ad", "ads", "sponsored", "sponsored content", "promoted",
		"read more", "read next", "continue reading", "read full article", "read the full story",
		"related", "related articles", "related stories", "related news", "related content", "related topics",
		"more from", "more stories", "more on this story", "you may also like", "recommended", "recommended for you",
		"subscribe", "subscribe now", "newsletter", "sign up", "sign in", "log in", "login", "register",
		"reuters", "ap", "afp", "associated press", "getty images", "file photo", "epa", "xinhua", "anadolu",
		"skip to content", "skip to main content", "menu", "home", "search", "close", "print", "email",
		"listen to this article", "listen", "watch", "video", "photos", "gallery", "copy link", "link copied",
		"follow", "follow us", "tags", "topics", "back to top", "next article", "previous article",
		"accept", "accept all", "reject all", "manage cookies", "cookie settings", "cookie policy", "privacy policy",
		"all rights reserved", "loading...", "loading", "advertise with us", "contact us", "about us",
	} {
		furnitureLines[s] = true
	}
	for _, w := range strings.Fields(`share print email e-mail comment comments menu search login log sign
		in up out subscribe follow home next previous prev back to top icon avatar user close more read
		related stories story latest video videos photo photos gallery listen audio save copy link
		facebook twitter x whatsapp telegram linkedin instagram youtube reddit pinterest tiktok threads
		bluesky newsletter newsletters advertisement ad ads sponsored skip content main navigation
		toggle open view all show hide load loading continue reading click here trending popular most
		watch live tags tag topics cookies accept reject settings privacy policy terms feedback
		bookmark like reply replies news desk see discussing people what are`) {
		uiWords[w] = true
	}
}

// uiWords are the words of user-interface lines; see furnitureLines.
var uiWords = map[string]bool{}

var (
	rxFurniturePrefix = regexp.MustCompile(`^(?:follow us\b|follow (?:\w+ )?on (?:twitter|x|facebook|instagram|linkedin|telegram|whatsapp|google news|threads)|` +
		`read (?:more|also|next)\s*[:|»›>-]|also read\s*:|related\s*:|see also\s*:|` +
		`(?:photo|image|picture|video|file photo|photo credit|image credit|source)\s*:|` +
		`sign up (?:for|to)\b|subscribe (?:to|for|now)\b|click here\b|tap here\b|download (?:the|our) app|` +
		`share (?:on|this|via)\b|copyright\b|©|all rights reserved|listen to this article|` +
		`updated\s*:?\s*\d|last updated\b|\d+\s*(?:min|minute)s?\s+read$|this article (?:was|is) (?:first )?published\b)`)
	rxCredit = regexp.MustCompile(`^(?:(?:photo|image|picture|pic|file photo|photograph)(?:\s+credit)?\s*[:/-]?\s*)?` +
		`(?:reuters|ap|afp|associated press|getty(?: images)?|epa(?:-efe)?|efe|anadolu(?: agency)?|xinhua|ani|pti|dpa|` +
		`shutterstock|bloomberg|afp via getty images|ap photo|reuters photo)` +
		`(?:\s*(?:/|via|photo)\s*[\pL .'-]{0,40})?$`)
	rxDeskLine  = regexp.MustCompile(`^(?:by\s+)?(?:the\s+)?(?:[\pL&]+\s+){0,2}desk$`)
	rxDeskBlurb = regexp.MustCompile(`^the\s+(?:[\pL&]+\s+){0,2}desk\s+(?:provides|is|covers|brings|reports|delivers|offers|team)\b`)
	rxByline    = regexp.MustCompile(`^By\s+\p{Lu}[\pL.'-]*(?:\s+\p{Lu}[\pL.'-]*){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\pL.'-]*(?:\s+\p{Lu}[\pL.'-]*){0,3})*$`)
	rxGlued     = regexp.MustCompile(`(?i)([.!?]["'”’)\]]?)\s*(?:top stories|advertisement|read more|related(?: articles| stories)?|comments|share(?: this article)?|subscribe|see what people are discussing|most read|trending|follow us on \w+)\s*$`)
)

// isFurniture reports whether one trimmed line is page furniture; see the
// rules above.
func isFurniture(line string) bool {
	if line == "" || len(line) > 400 {
		return false
	}
	l := strings.ToLower(strings.Trim(line, " \t:|•·-–—>»›…"))
	if l == "" {
		return true // a bullet or a separator alone
	}
	if furnitureLines[l] {
		return true
	}
	if strings.Contains(l, "cookie") && (strings.Contains(l, "consent") || strings.Contains(l, "accept") ||
		strings.Contains(l, "we use") || strings.Contains(l, "uses cookies") || strings.Contains(l, "policy") ||
		strings.Contains(l, "settings") || strings.Contains(l, "preferences")) {
		return true
	}
	if len(l) <= 200 && rxFurniturePrefix.MatchString(l) {
		return true
	}
	if len(l) <= 80 && (rxCredit.MatchString(l) || rxDeskLine.MatchString(l)) {
		return true
	}
	if len(l) <= 300 && rxDeskBlurb.MatchString(l) {
		return true
	}
	if len(line) <= 80 && rxByline.MatchString(line) {
		return true
	}
	words := strings.FieldsFunc(l, func(r rune) bool {
		return r == ' ' || r == '-' || r == '|' || r == '/' || r == '·' || r == '•' || r == '\t'
	})
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		if !uiWords[strings.Trim(w, ".,:;!?()[]\"'")] {
			return false
		}
	}
	return true
}

// cleanText normalises an article body: lines trimmed and their white
// space collapsed, control and zero-width characters removed, page
// furniture dropped (see isFurniture), repeated short lines dropped, and
// paragraphs separated by exactly one blank line.
func cleanText(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\r':
			return '\n'
		case r == '\u00a0' || r == '\u2007' || r == '\u202f' || r == '\t' || r == '\v' || r == '\f':
			return ' '
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			return -1
		case r == utf8.RuneError:
			return '\ufffd'
		case r < 0x20 && r != '\n', r == 0x7f, r >= 0x80 && r < 0xa0:
			return -1
		}
		return r
	}, s)
	var b strings.Builder
	b.Grow(len(s))
	seen := map[string]bool{}
	blank := false
	for line := range strings.SplitSeq(s, "\n") {
		line = cleanInline(line)
		if m := rxGlued.FindStringSubmatchIndex(line); m != nil && m[2] >= 10 {
			line = line[:m[3]]
		}
		if line == "" || isFurniture(line) {
			blank = true
			continue
		}
		if len(line) <= 200 {
			if seen[line] {
				blank = true
				continue
			}
			seen[line] = true
		}
		if b.Len() > 0 {
			if blank {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(line)
	}
	return b.String()
}
