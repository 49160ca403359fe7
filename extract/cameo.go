package extract

import (
	"embed"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

// cameoEntry is one row of the CAMEO table.
type cameoEntry struct {
	rel  Relation
	name string
}

var (
	cameoOnce  sync.Once
	cameoTable map[string]cameoEntry
	cameoList  []string
	cameoErr   error
)

// loadCameo parses the embedded CAMEO table once.
func loadCameo() {
	cameoOnce.Do(func() {
		cameoTable, cameoList, cameoErr = parseCameo(lexdata)
	})
}

// parseCameo reads cameo.tsv: code, relation id, Goldstein weight, quad
// class, name.
func parseCameo(fsys embed.FS) (map[string]cameoEntry, []string, error) {
	table := make(map[string]cameoEntry, 400)
	ids := make(map[string]string, 400)
	var codes []string
	err := tsvFile(fsys, "cameo.tsv", 5, func(f []string) error {
		g, err := strconv.ParseFloat(f[2], 64)
		if err != nil || g < -10 || g > 10 {
			return fmt.Errorf("code %s: Goldstein %q: %w", f[0], f[2], ErrLexicon)
		}
		q, err := strconv.Atoi(f[3])
		if err != nil || q < 1 || q > 4 {
			return fmt.Errorf("code %s: quad class %q: %w", f[0], f[3], ErrLexicon)
		}
		if _, dup := table[f[0]]; dup {
			return fmt.Errorf("code %s twice: %w", f[0], ErrLexicon)
		}
		if other, dup := ids[f[1]]; dup {
			return fmt.Errorf("relation id %s used by %s and %s: %w", f[1], other, f[0], ErrLexicon)
		}
		ids[f[1]] = f[0]
		table[f[0]] = cameoEntry{rel: Relation{ID: f[1], Cameo: f[0], Goldstein: g, QuadClass: q}, name: f[4]}
		codes = append(codes, f[0])
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(codes)
	return table, codes, nil
}

// RelationFor returns the relation of a CAMEO event code of two, three or
// four digits ("057"): its readable id ("signed-agreement-with"), the
// code, its Goldstein weight and its quad class. It reports false for a
// code CAMEO 2.0 does not define.
func RelationFor(cameo string) (Relation, bool) {
	loadCameo()
	e, ok := cameoTable[cameo]
	return e.rel, ok
}

// CameoName returns the CAMEO name of a code ("Make a visit"), or "" for
// an unknown code.
func CameoName(cameo string) string {
	loadCameo()
	return cameoTable[cameo].name
}

// CameoCodes returns every CAMEO event code, sorted.
func CameoCodes() []string {
	loadCameo()
	return append([]string(nil), cameoList...)
}

// CameoError reports whether the embedded CAMEO table failed to parse;
// RelationFor, CameoName and CameoCodes know no code when it did.
func CameoError() error {
	loadCameo()
	return cameoErr
}
