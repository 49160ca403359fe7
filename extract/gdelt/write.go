package gdelt

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/diplograph/diplograph/extract"
)

// Write writes triples as GDELT 2.0 event rows: 61 tab-separated columns a
// row, no header, columns diplograph does not know left empty.
//
// GlobalEventID is a stable number hashed from the triple (article,
// sentence, actors, code, date), so that writing the same triples twice
// gives the same ids; Day, MonthYear, Year and FractionDate come from
// Date; each actor's code is its country code followed by a CAMEO type
// code for anything but a country ("PAK", "PAKGOV", "RUSMIL", "USAELI"
// for a person, "IGO" for an international organisation), with its name
// and country code; EventCode, EventBaseCode and EventRootCode come from
// the relation's CAMEO code, with its QuadClass and GoldsteinScale;
// NumMentions, NumSources and NumArticles are 1; SOURCEURL is the
// article id when it is an http or https URL.
func Write(w io.Writer, ts []extract.Triple) error {
	bw := bufio.NewWriter(w)
	var cols [NumColumns]string
	for i := range ts {
		fillRow(&cols, &ts[i])
		for j, c := range cols {
			if j > 0 {
				bw.WriteByte('\t')
			}
			bw.WriteString(c)
		}
		if err := bw.WriteByte('\n'); err != nil {
			return fmt.Errorf("gdelt: write: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("gdelt: write: %w", err)
	}
	return nil
}

// fillRow sets cols to the event row of t.
func fillRow(cols *[NumColumns]string, t *extract.Triple) {
	clear(cols[:])
	cols[colID] = strconv.FormatUint(eventID(t), 10)
	if d, err := time.Parse("2006-01-02", t.Date); err == nil {
		cols[colDay] = d.Format("20060102")
		cols[colMonthYear] = d.Format("200601")
		cols[colYear] = d.Format("2006")
		cols[colFraction] = strconv.FormatFloat(float64(d.Year())+float64(d.YearDay())/365, 'f', 4, 64)
	}
	actorCols(cols[colActor1:colActor1+actorColumns], t.Subject)
	actorCols(cols[colActor2:colActor2+actorColumns], t.Object)
	code := field(t.Relation.Cameo)
	cols[colEventCode] = code
	cols[colBaseCode] = code[:min(3, len(code))]
	cols[colRootCode] = code[:min(2, len(code))]
	if q := t.Relation.QuadClass; q >= 1 && q <= 4 {
		cols[colQuadClass] = strconv.Itoa(q)
	}
	cols[colGoldstein] = strconv.FormatFloat(t.Relation.Goldstein, 'f', -1, 64)
	cols[colMentions], cols[colSources], cols[colArticles] = "1", "1", "1"
	if isURL(t.Article) {
		cols[colSourceURL] = field(t.Article)
	}
}

// actorCols sets the ten actor columns f for a.
func actorCols(f []string, a extract.Actor) {
	country := field(strings.ToUpper(a.Country))
	f[offCode] = country
	if a.Type != extract.TypeCountry {
		tc, ok := typeCodeOf[a.Type]
		if !ok {
			tc = "BUS"
		}
		f[offCode] = country + tc
		f[offType1] = tc
	}
	f[offName] = field(a.Name)
	if f[offName] == "" {
		f[offName] = field(a.ID)
	}
	f[offCountry] = country
}

// field makes s safe as one column: no tabs or line breaks.
func field(s string) string {
	if strings.ContainsAny(s, "\t\r\n") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}

// eventID hashes what identifies a triple into a positive number below
// 2^53, so that tools reading ids as floating point keep them exact.
func eventID(t *extract.Triple) uint64 {
	h := fnv.New64a()
	for _, s := range []string{t.Article, strconv.Itoa(t.SentenceIndex), t.Subject.ID, t.Relation.Cameo, t.Object.ID, t.Date} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return h.Sum64()>>11 | 1 // never 0
}

// isURL reports whether s is an http or https URL.
func isURL(s string) bool {
	ls := strings.ToLower(s)
	return strings.HasPrefix(ls, "http://") || strings.HasPrefix(ls, "https://")
}
