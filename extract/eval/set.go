package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/diplograph/diplograph/extract"
)

// DevFile is the part of the set that extractor engineers may read; the
// other files are held out.
const DevFile = "dev"

// ErrBadSet is returned when the evaluation set cannot be read or a line of
// it is not a valid coded sentence.
var ErrBadSet = errors.New("eval: bad evaluation set")

// IGO is the source or target code of an intergovernmental organisation;
// its name goes in SourceName or TargetName. Events with an IGO side are
// not scored.
const IGO = "IGO"

// Event is one hand-coded event: who acts (Source), on whom (Target), and
// the CAMEO code of the act.
type Event struct {
	// Source is the ISO 3166-1 alpha-3 code of the acting country, or IGO.
	Source string `json:"source"`
	// Target is the ISO 3166-1 alpha-3 code of the country acted on, or IGO.
	Target string `json:"target"`
	// Cameo is the CAMEO 2.0 code: three or four digits, or the two-digit root.
	Cameo string `json:"cameo"`
	// SourceName names an IGO source ("United Nations").
	SourceName string `json:"source_name,omitempty"`
	// TargetName names an IGO target.
	TargetName string `json:"target_name,omitempty"`
}

// Scored reports whether the event counts in the dyad measures: both sides
// are countries.
func (e Event) Scored() bool {
	return isCountry(e.Source) && isCountry(e.Target)
}

// Sentence is one line of the evaluation set.
type Sentence struct {
	// ID is unique across the set ("e0042").
	ID string `json:"id"`
	// Date is the article date given to the extractor, YYYY-MM-DD.
	Date string `json:"date"`
	// Text is the sentence, or two, as a wire service would print it.
	Text string `json:"text"`
	// Events are the gold events; empty for a sentence that reports none.
	Events []Event `json:"events"`
	// Note explains a borderline coding choice.
	Note string `json:"note,omitempty"`

	// File is the base name of the file the sentence came from, without
	// ".jsonl" ("dev", "wire"): the part of the set it belongs to.
	File string `json:"-"`
	// Article is the sentence as the extractor sees it: the JSONL line read
	// by the same reader `diplograph extract` uses.
	Article extract.Article `json:"-"`
	// Dropped is true when that reader left no text (the line was page
	// furniture): `diplograph extract` skips such an article, so the
	// extractor is not called and nothing is predicted.
	Dropped bool `json:"-"`
}

// Load reads every *.jsonl file in dir, in name order, and returns their
// sentences. A line that is not valid JSON, lacks an id or text, repeats an
// id, or codes an event without a source, target or CAMEO code fails the
// load with ErrBadSet.
func Load(ctx context.Context, dir string) ([]Sentence, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", dir, err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: %w: no .jsonl files", dir, ErrBadSet)
	}
	sort.Strings(paths)
	var all []Sentence
	seen := map[string]string{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("read evaluation set: %w", err)
		}
		file := strings.TrimSuffix(filepath.Base(p), ".jsonl")
		ss, err := Parse(ctx, file, data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		for _, s := range ss {
			if prev, ok := seen[s.ID]; ok {
				return nil, fmt.Errorf("%s: %w: id %q already used in %s", p, ErrBadSet, s.ID, prev)
			}
			seen[s.ID] = file
		}
		all = append(all, ss...)
	}
	return all, nil
}

// Parse reads the coded sentences of one JSONL file's content; file names
// the part of the set they belong to. Each sentence's Article is read with
// extract.ReadArticles, as `diplograph extract` reads a JSONL file.
func Parse(ctx context.Context, file string, data []byte) ([]Sentence, error) {
	var ss []Sentence
	for n, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		var s Sentence
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&s); err != nil {
			return nil, fmt.Errorf("line %d: %w: %v", n+1, ErrBadSet, err)
		}
		if err := s.check(); err != nil {
			return nil, fmt.Errorf("line %d: %w", n+1, err)
		}
		s.File = file
		arts, err := extract.ReadArticles(ctx, file+".jsonl", bytes.NewReader(line))
		if errors.Is(err, extract.ErrEmpty) {
			s.Dropped = true
			s.Article = extract.Article{ID: s.ID, Date: s.Date}
			ss = append(ss, s)
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w: %v", n+1, ErrBadSet, err)
		}
		if len(arts) != 1 {
			return nil, fmt.Errorf("line %d: %w: read as %d articles", n+1, ErrBadSet, len(arts))
		}
		s.Article = arts[0]
		ss = append(ss, s)
	}
	return ss, nil
}

// check reports what is missing from a coded sentence.
func (s Sentence) check() error {
	switch {
	case s.ID == "":
		return fmt.Errorf("%w: no id", ErrBadSet)
	case strings.TrimSpace(s.Text) == "":
		return fmt.Errorf("%s: %w: no text", s.ID, ErrBadSet)
	}
	for i, e := range s.Events {
		if !validSide(e.Source) || !validSide(e.Target) {
			return fmt.Errorf("%s: event %d: %w: source and target must be ISO 3166-1 alpha-3 codes or IGO, got %q→%q", s.ID, i+1, ErrBadSet, e.Source, e.Target)
		}
		if !validCameo(e.Cameo) {
			return fmt.Errorf("%s: event %d: %w: CAMEO code %q is not 2 to 4 digits", s.ID, i+1, ErrBadSet, e.Cameo)
		}
	}
	return nil
}

// validSide reports whether c is IGO or three upper-case letters.
func validSide(c string) bool {
	return c == IGO || isCountry(c)
}

// isCountry reports whether c looks like an ISO 3166-1 alpha-3 code.
func isCountry(c string) bool {
	if len(c) != 3 || c == IGO {
		return false
	}
	for _, r := range c {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// validCameo reports whether c is a CAMEO code: 2 to 4 digits, root 01–20.
func validCameo(c string) bool {
	if len(c) < 2 || len(c) > 4 {
		return false
	}
	for _, r := range c {
		if r < '0' || r > '9' {
			return false
		}
	}
	root := c[:2]
	return root >= "01" && root <= "20"
}
