package gdelt

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/diplograph/diplograph/extract"
)

// Errors returned by Read, for errors.Is.
var (
	// ErrBadRow is passed to Read's callback for a row that is not a GDELT
	// 2.0 event row (the wrong number of columns, or too long a line).
	ErrBadRow = errors.New("gdelt: bad event row")
	// ErrTooLarge is returned for a zipped file that decompresses to more
	// than MaxDecompressed bytes.
	ErrTooLarge = errors.New("gdelt: decompressed file too large")
	// ErrZip is returned for a zip archive that does not hold exactly one
	// file, or that cannot be read.
	ErrZip = errors.New("gdelt: bad zip archive")
)

// MaxDecompressed is the largest size, in bytes, that a zipped event file
// may decompress to (default 1 GiB); beyond it Read stops with
// ErrTooLarge.
var MaxDecompressed int64 = 1 << 30

// maxLine is the longest row accepted, in bytes.
const maxLine = 1 << 20

// Confidence is the confidence given to every triple read from GDELT:
// GDELT codes events by machine from the article text, which diplograph
// does not see, so its events are trusted less than a full clause pattern.
const Confidence = 0.5

// Stats counts what Read found.
type Stats struct {
	// Rows is the number of non-empty rows read.
	Rows int
	// Events is the number of triples passed to the callback.
	Events int
	// Skipped is the number of rows without two actors or with an event
	// code CAMEO does not define.
	Skipped int
	// Bad is the number of rows that are not event rows.
	Bad int
}

// Read parses a GDELT 2.0 event file, plain or a zip archive holding one
// (by name ending in .zip, or by content), and calls fn for each event
// turned into a Triple. size is the size of r in bytes.
//
// Subject and object come from Actor1 and Actor2 (see the package doc for
// how ids are chosen); the relation is the one extract.RelationFor gives
// EventCode (else EventBaseCode, else EventRootCode) with GDELT's own
// GoldsteinScale and QuadClass; Date comes from Day; Article is SOURCEURL,
// or "gdelt:" and the GlobalEventID when there is none; Sentence is empty;
// Attrs hold "source": "gdelt", "gdelt_id", "num_sources" and
// "num_articles". Rows with an actor missing are skipped and counted.
//
// A row with the wrong number of columns is passed to fn with a zero
// Triple and an error wrapping ErrBadRow that names its line (from 1),
// then skipped. An error returned by fn stops the read and is returned as
// is. Other errors name the file.
func Read(ctx context.Context, name string, r io.ReaderAt, size int64, fn func(line int, t extract.Triple, err error) error) (Stats, error) {
	var st Stats
	src, closeFn, err := open(name, r, size)
	if err != nil {
		return st, fmt.Errorf("gdelt %s: %w", name, err)
	}
	defer closeFn()
	res := newResolver()
	br := bufio.NewReaderSize(src, 64<<10)
	var long []byte
	for line := 1; ; line++ {
		if line%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return st, fmt.Errorf("gdelt %s: %w", name, err)
			}
		}
		b, err := br.ReadSlice('\n')
		tooLong := false
		if errors.Is(err, bufio.ErrBufferFull) {
			long = append(long[:0], b...)
			for errors.Is(err, bufio.ErrBufferFull) {
				b, err = br.ReadSlice('\n')
				if len(long) <= maxLine {
					long = append(long, b...)
				}
			}
			tooLong = len(long) > maxLine
			b = long
		}
		if err != nil && err != io.EOF {
			return st, fmt.Errorf("gdelt %s: line %d: %w", name, line, err)
		}
		row := bytes.TrimRight(b, "\r\n")
		if len(bytes.TrimSpace(row)) > 0 {
			st.Rows++
			if ferr := readRow(res, line, row, tooLong, &st, fn); ferr != nil {
				return st, ferr
			}
		}
		if err == io.EOF {
			return st, nil
		}
	}
}

// readRow handles one row; it returns only fn's errors.
func readRow(res *resolver, line int, row []byte, tooLong bool, st *Stats, fn func(int, extract.Triple, error) error) error {
	var cols [NumColumns]string
	n := 0
	if !tooLong {
		n = splitRow(string(row), &cols)
	}
	if n != NumColumns {
		st.Bad++
		var err error
		if tooLong {
			err = fmt.Errorf("line %d: %w: longer than %d bytes", line, ErrBadRow, maxLine)
		} else {
			err = fmt.Errorf("line %d: %w: %d columns, want %d", line, ErrBadRow, n, NumColumns)
		}
		return fn(line, extract.Triple{}, err)
	}
	t, ok := triple(res, &cols)
	if !ok {
		st.Skipped++
		return nil
	}
	st.Events++
	return fn(line, t, nil)
}

// splitRow splits a row at tabs into cols and returns the number of
// columns it has (which may exceed len(cols)).
func splitRow(s string, cols *[NumColumns]string) int {
	n := 0
	for {
		i := strings.IndexByte(s, '\t')
		if n < NumColumns {
			if i < 0 {
				cols[n] = s
			} else {
				cols[n] = s[:i]
			}
		}
		n++
		if i < 0 {
			return n
		}
		s = s[i+1:]
	}
}

// triple builds the triple of an event row, or reports false when the row
// lacks an actor or has an unknown event code.
func triple(res *resolver, c *[NumColumns]string) (extract.Triple, bool) {
	subj, ok1 := res.actor(c[colActor1 : colActor1+actorColumns])
	obj, ok2 := res.actor(c[colActor2 : colActor2+actorColumns])
	if !ok1 || !ok2 {
		return extract.Triple{}, false
	}
	rel, ok := relationFor(c[colEventCode], c[colBaseCode], c[colRootCode])
	if !ok {
		return extract.Triple{}, false
	}
	if g, err := strconv.ParseFloat(strings.TrimSpace(c[colGoldstein]), 64); err == nil && g >= -10 && g <= 10 {
		rel.Goldstein = g
	}
	if q, err := strconv.Atoi(strings.TrimSpace(c[colQuadClass])); err == nil && q >= 1 && q <= 4 {
		rel.QuadClass = q
	}
	id := clean(c[colID])
	t := extract.Triple{
		Article:    clean(c[colSourceURL]),
		Date:       dayDate(c[colDay]),
		Subject:    subj,
		Relation:   rel,
		Object:     obj,
		Confidence: Confidence,
		Attrs: map[string]string{
			"source":       "gdelt",
			"gdelt_id":     id,
			"num_sources":  clean(c[colSources]),
			"num_articles": clean(c[colArticles]),
		},
	}
	if t.Article == "" {
		t.Article = "gdelt:" + id
	}
	return t, true
}

// dayDate turns a Day column (YYYYMMDD) into YYYY-MM-DD, or "" when it is
// no valid date.
func dayDate(day string) string {
	day = strings.TrimSpace(day)
	if len(day) == 8 {
		if _, err := time.Parse("20060102", day); err == nil {
			return day[:4] + "-" + day[4:6] + "-" + day[6:]
		}
	}
	return extract.NormalizeDate(day)
}

// relationFor returns the relation of the most specific known code among
// the event code, its base code and its root code.
func relationFor(codes ...string) (extract.Relation, bool) {
	for _, c := range codes {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if r, ok := extract.RelationFor(c); ok {
			return r, true
		}
		if len(c) == 2 {
			if r, ok := extract.RelationFor(c + "0"); ok {
				return r, true
			}
		}
	}
	return extract.Relation{}, false
}

// open returns the event rows of r: r itself, or the one file of a zip
// archive, decompressed up to MaxDecompressed bytes.
func open(name string, r io.ReaderAt, size int64) (io.Reader, func() error, error) {
	nop := func() error { return nil }
	var magic [4]byte
	n, _ := r.ReadAt(magic[:], 0)
	isZip := strings.EqualFold(filepath.Ext(name), ".zip") || (n == 4 && string(magic[:]) == "PK\x03\x04")
	if !isZip {
		return io.NewSectionReader(r, 0, size), nop, nil
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, nop, fmt.Errorf("%w: %v", ErrZip, err)
	}
	var files []*zip.File
	for _, f := range zr.File {
		if !f.FileInfo().IsDir() {
			files = append(files, f)
		}
	}
	if len(files) != 1 {
		return nil, nop, fmt.Errorf("%w: %d files, want one event file", ErrZip, len(files))
	}
	f := files[0]
	if f.UncompressedSize64 > uint64(MaxDecompressed) {
		return nil, nop, fmt.Errorf("%s: %w (%d bytes, limit %d)", f.Name, ErrTooLarge, f.UncompressedSize64, MaxDecompressed)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, nop, fmt.Errorf("%s: %w: %v", f.Name, ErrZip, err)
	}
	return &capReader{r: rc, left: MaxDecompressed, name: f.Name}, rc.Close, nil
}

// capReader fails with ErrTooLarge once more than left bytes are read, so
// that a member that lies about its size cannot fill memory or disk.
type capReader struct {
	r    io.Reader
	left int64
	name string
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left < 0 {
		return 0, fmt.Errorf("%s: %w (limit %d)", c.name, ErrTooLarge, MaxDecompressed)
	}
	if int64(len(p)) > c.left+1 {
		p = p[:c.left+1]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	if c.left < 0 {
		return n, fmt.Errorf("%s: %w (more than %d bytes)", c.name, ErrTooLarge, MaxDecompressed)
	}
	return n, err
}
