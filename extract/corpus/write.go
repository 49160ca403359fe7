package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// WriteJSONL writes the corpus to w as JSONL articles (one
// {"id","title","date","url","source","text"} object a line, what
// diplograph load reads) and returns the number of bytes written.
func WriteJSONL(w io.Writer, o Options) (int64, error) {
	cw := &countWriter{w: w}
	bw := bufio.NewWriter(cw)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for a := range Articles(o) {
		if err := enc.Encode(a); err != nil {
			return cw.n, fmt.Errorf("corpus: write article %s: %w", a.ID, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return cw.n, fmt.Errorf("corpus: write: %w", err)
	}
	return cw.n, nil
}

// WriteDir writes the corpus into the folder dir (created if needed) as
// JSONL files of perFile articles each (part-00000.jsonl, …), so that a
// load reads it file by file, and returns the files' paths.
func WriteDir(dir string, o Options, perFile int) ([]string, error) {
	if perFile <= 0 {
		perFile = 1
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	var paths []string
	for start := 0; start < o.Articles; start += perFile {
		p := filepath.Join(dir, fmt.Sprintf("part-%05d.jsonl", start/perFile))
		f, err := os.Create(p)
		if err != nil {
			return paths, fmt.Errorf("corpus: %w", err)
		}
		bw := bufio.NewWriter(f)
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		for i := start; i < min(start+perFile, o.Articles); i++ {
			if err := enc.Encode(Article(o, i)); err != nil {
				f.Close()
				return paths, fmt.Errorf("corpus: write %s: %w", p, err)
			}
		}
		if err := bw.Flush(); err != nil {
			f.Close()
			return paths, fmt.Errorf("corpus: write %s: %w", p, err)
		}
		if err := f.Close(); err != nil {
			return paths, fmt.Errorf("corpus: write %s: %w", p, err)
		}
		paths = append(paths, p)
	}
	return paths, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
