package graph

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// nquadsBatch is how many quads ReadNQuads writes per transaction.
const nquadsBatch = 10000

// WriteNQuads writes every quad of the store to w as N-Quads, one a line,
// sorted, so that equal stores give equal dumps whatever their backend.
func (s *Store) WriteNQuads(ctx context.Context, w io.Writer) error {
	s.mu.RLock()
	var lines []string
	err := s.eachQuad(ctx, s.qs.QuadsAllIterator(), func(q quad.Quad) {
		lines = append(lines, q.NQuad())
	})
	s.mu.RUnlock()
	if err != nil {
		return fmt.Errorf("dump %s store: %w", s.backend, err)
	}
	sort.Strings(lines)
	bw := bufio.NewWriter(w)
	for _, l := range lines {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write n-quads: %w", err)
	}
	return nil
}

// ReadNQuads adds the quads read from r (N-Quads) to the store and returns
// how many it read. Quads already stored are skipped, so reading the same
// dump twice changes nothing. Quads are written in transactions of 10,000:
// an error part-way leaves the batches before it stored. The articles'
// completion markers are written last, so an interrupted read leaves no
// article that looks complete but is not.
func (s *Store) ReadNQuads(ctx context.Context, r io.Reader) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	// The quads read may hold actor properties the cache does not know.
	clear(s.actors)
	qr := nquads.NewReader(r, false)
	defer qr.Close()
	n := 0
	var markers []quad.Quad
	tx := cgraph.NewTransactionN(nquadsBatch)
	flush := func() error {
		if len(tx.Deltas) == 0 {
			return nil
		}
		if err := s.apply(tx); err != nil {
			return err
		}
		tx = cgraph.NewTransactionN(nquadsBatch)
		return nil
	}
	for {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		q, err := qr.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return n, fmt.Errorf("read n-quads: quad %d: %w", n+1, err)
		}
		if !q.IsValid() {
			continue
		}
		n++
		if q.Predicate == quad.IRI(predTriples) {
			markers = append(markers, q)
			continue
		}
		tx.AddQuad(q)
		if len(tx.Deltas) >= nquadsBatch {
			if err := flush(); err != nil {
				return n, fmt.Errorf("load n-quads: %w", err)
			}
		}
	}
	if err := flush(); err != nil {
		return n, fmt.Errorf("load n-quads: %w", err)
	}
	for _, q := range markers {
		tx.AddQuad(q)
	}
	if err := flush(); err != nil {
		return n, fmt.Errorf("load n-quads: %w", err)
	}
	return n, nil
}
