package eval

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
)

// RootNames are the names of the twenty CAMEO root categories.
var RootNames = map[string]string{
	"01": "make public statement",
	"02": "appeal",
	"03": "express intent to cooperate",
	"04": "consult",
	"05": "engage in diplomatic cooperation",
	"06": "engage in material cooperation",
	"07": "provide aid",
	"08": "yield",
	"09": "investigate",
	"10": "demand",
	"11": "disapprove",
	"12": "reject",
	"13": "threaten",
	"14": "protest",
	"15": "exhibit force posture",
	"16": "reduce relations",
	"17": "coerce",
	"18": "assault",
	"19": "fight",
	"20": "use unconventional mass violence",
}

// Counts are dyad counts and the measures computed from them.
type Counts struct {
	Sentences int `json:"sentences"`
	// Gold is the number of scored gold events (directed country dyads).
	Gold int `json:"gold"`
	// Predicted is the number of scored predicted dyads.
	Predicted int `json:"predicted"`
	// Matched is the number of gold events matched by a prediction.
	Matched int `json:"matched"`
	// RootAgreed is the number of matched dyads whose predicted CAMEO root
	// is a gold root of that dyad.
	RootAgreed int     `json:"root_agreed"`
	Recall     float64 `json:"recall"`
	Precision  float64 `json:"precision"`
	F1         float64 `json:"f1"`
	// RootAgreement is RootAgreed / Matched.
	RootAgreement float64 `json:"root_agreement"`
}

func (c *Counts) add(r Result) {
	c.Sentences++
	c.Gold += len(r.Matched) + len(r.Missed)
	c.Predicted += len(r.Matched) + len(r.FalsePositives)
	c.Matched += len(r.Matched)
	for _, p := range r.Matched {
		if p.RootAgrees {
			c.RootAgreed++
		}
	}
}

func (c *Counts) finish() {
	c.Recall = ratio(c.Matched, c.Gold)
	c.Precision = ratio(c.Matched, c.Predicted)
	if c.Recall+c.Precision > 0 {
		c.F1 = 2 * c.Recall * c.Precision / (c.Recall + c.Precision)
	}
	c.RootAgreement = ratio(c.RootAgreed, c.Matched)
}

// RootStats is the recall of the gold events of one CAMEO root.
type RootStats struct {
	Root string `json:"root"`
	Name string `json:"name"`
	Gold int    `json:"gold"`
	// Found counts gold events whose dyad was matched.
	Found int `json:"found"`
	// Agreed counts those matched with a prediction of the same root.
	Agreed int     `json:"agreed"`
	Recall float64 `json:"recall"`
}

// Confusion counts matched dyads by gold root and predicted root, where the
// two differ.
type Confusion struct {
	Gold      string `json:"gold"`
	Predicted string `json:"predicted"`
	Count     int    `json:"count"`
}

// FileCounts are the measures on the sentences of one file of the set.
type FileCounts struct {
	File string `json:"file"`
	Counts
}

// Report is the evaluation of an extractor on a set.
type Report struct {
	Counts
	// Dev and HeldOut are the measures on the dev file and on the rest.
	Dev     Counts `json:"dev"`
	HeldOut Counts `json:"held_out"`
	// NoEventSentences counts sentences coded with no event.
	NoEventSentences int `json:"no_event_sentences"`
	// NoEventTriples counts the triples emitted on those sentences.
	NoEventTriples int `json:"no_event_triples"`
	// NoEventTriplesPerDozen is NoEventTriples per 12 no-event sentences.
	NoEventTriplesPerDozen float64 `json:"no_event_triples_per_dozen"`
	// NoEventSentencesWithTriples counts no-event sentences with any triple.
	NoEventSentencesWithTriples int `json:"no_event_sentences_with_triples"`
	SkippedGold                 int `json:"skipped_gold"`
	SkippedPredicted            int `json:"skipped_predicted"`
	// Errors counts sentences on which the extractor returned an error.
	Errors    int          `json:"errors"`
	ByFile    []FileCounts `json:"by_file"`
	ByRoot    []RootStats  `json:"by_root"`
	Confusion []Confusion  `json:"confusion"`
	// Results holds the per-sentence comparisons.
	Results []Result `json:"results,omitempty"`
}

// Summarize adds up per-sentence results into a report.
func Summarize(results []Result) *Report {
	rep := &Report{Results: results}
	files := map[string]*FileCounts{}
	roots := map[string]*RootStats{}
	for root, name := range RootNames {
		roots[root] = &RootStats{Root: root, Name: name}
	}
	conf := map[[2]string]int{}
	for _, r := range results {
		rep.add(r)
		fc := files[r.File]
		if fc == nil {
			fc = &FileCounts{File: r.File}
			files[r.File] = fc
		}
		fc.add(r)
		if r.File == DevFile {
			rep.Dev.add(r)
		} else {
			rep.HeldOut.add(r)
		}
		if r.NoEvent {
			rep.NoEventSentences++
			rep.NoEventTriples += r.Triples
			if r.Triples > 0 {
				rep.NoEventSentencesWithTriples++
			}
		}
		rep.SkippedGold += r.SkippedGold
		rep.SkippedPredicted += r.SkippedPredicted
		if r.Err != "" {
			rep.Errors++
		}
		for _, p := range r.Matched {
			rs := rootStats(roots, Root(p.Gold.Cameo))
			rs.Gold++
			rs.Found++
			if p.RootAgrees {
				rs.Agreed++
			}
			if g, pr := Root(p.Gold.Cameo), Root(p.Predicted.Cameo); g != pr {
				conf[[2]string{g, pr}]++
			}
		}
		for _, m := range r.Missed {
			rootStats(roots, Root(m.Cameo)).Gold++
		}
	}
	rep.finish()
	rep.Dev.finish()
	rep.HeldOut.finish()
	rep.NoEventTriplesPerDozen = 12 * ratio(rep.NoEventTriples, rep.NoEventSentences)
	for _, k := range sortedKeys(files) {
		files[k].finish()
		rep.ByFile = append(rep.ByFile, *files[k])
	}
	for _, k := range sortedKeys(roots) {
		rs := roots[k]
		rs.Recall = ratio(rs.Found, rs.Gold)
		rep.ByRoot = append(rep.ByRoot, *rs)
	}
	for k, n := range conf {
		rep.Confusion = append(rep.Confusion, Confusion{Gold: k[0], Predicted: k[1], Count: n})
	}
	slices.SortFunc(rep.Confusion, func(a, b Confusion) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Gold, b.Gold), cmp.Compare(a.Predicted, b.Predicted))
	})
	return rep
}

func rootStats(m map[string]*RootStats, root string) *RootStats {
	rs := m[root]
	if rs == nil {
		rs = &RootStats{Root: root, Name: "?"}
		m[root] = rs
	}
	return rs
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// WriteText prints the report for a reader: the headline measures, the
// measures by file, the recall by CAMEO root and the most frequent root
// confusions; with verbose, also every sentence with a miss, a false
// positive, a root disagreement, an error or a triple on a no-event
// sentence, with its correct matches beside them.
func (rep *Report) WriteText(w io.Writer, verbose bool) error {
	ew := &errWriter{w: w}
	c := rep.Counts
	ew.printf("sentences %d (%d with no event), gold dyads %d, predicted dyads %d, matched %d\n",
		c.Sentences, rep.NoEventSentences, c.Gold, c.Predicted, c.Matched)
	ew.printf("dyad recall %.3f  precision %.3f  F1 %.3f\n", c.Recall, c.Precision, c.F1)
	ew.printf("CAMEO root agreement on matched dyads %.3f (%d/%d)\n", c.RootAgreement, c.RootAgreed, c.Matched)
	ew.printf("held-out part: %d sentences, recall %s  precision %s  F1 %s; dev part: %d sentences, F1 %s\n",
		rep.HeldOut.Sentences, share(rep.HeldOut.Recall, rep.HeldOut.Gold), share(rep.HeldOut.Precision, rep.HeldOut.Predicted),
		share(rep.HeldOut.F1, rep.HeldOut.Gold+rep.HeldOut.Predicted), rep.Dev.Sentences, share(rep.Dev.F1, rep.Dev.Gold+rep.Dev.Predicted))
	ew.printf("triples on no-event sentences %d (%.2f per dozen sentences; %d of %d sentences)\n",
		rep.NoEventTriples, rep.NoEventTriplesPerDozen, rep.NoEventSentencesWithTriples, rep.NoEventSentences)
	ew.printf("skipped: %d gold events with an IGO side, %d predictions with an IGO or no country; extractor errors %d\n",
		rep.SkippedGold, rep.SkippedPredicted, rep.Errors)

	ew.printf("\nby file\n")
	tw := tabwriter.NewWriter(ew, 2, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "file\tsentences\tgold\tpred\tmatched\trecall\tprecision\tF1\troot agr.\t\n")
	for _, f := range rep.ByFile {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t\n",
			f.File, f.Sentences, f.Gold, f.Predicted, f.Matched, share(f.Recall, f.Gold), share(f.Precision, f.Predicted),
			share(f.F1, f.Gold+f.Predicted), share(f.RootAgreement, f.Matched))
	}
	tw.Flush()

	ew.printf("\nrecall by CAMEO root (found: dyad matched; agreed: with the same root)\n")
	tw = tabwriter.NewWriter(ew, 2, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "root\tname\tgold\tfound\tagreed\trecall\t\n")
	for _, r := range rep.ByRoot {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%.2f\t\n", r.Root, r.Name, r.Gold, r.Found, r.Agreed, r.Recall)
	}
	tw.Flush()

	ew.printf("\nroot confusions on matched dyads (gold → predicted)\n")
	if len(rep.Confusion) == 0 {
		ew.printf("  none\n")
	}
	for i, cf := range rep.Confusion {
		if i == 15 && !verbose {
			ew.printf("  … %d more (-v)\n", len(rep.Confusion)-i)
			break
		}
		ew.printf("  %s → %s  %d\n", rootLabel(cf.Gold), rootLabel(cf.Predicted), cf.Count)
	}

	if verbose {
		ew.printf("\nsentences with differences\n")
		for _, r := range rep.Results {
			writeResult(ew, r)
		}
	}
	return ew.err
}

func writeResult(ew *errWriter, r Result) {
	var lines []string
	if r.Err != "" {
		lines = append(lines, "  error: "+r.Err)
	}
	for _, m := range r.Missed {
		lines = append(lines, fmt.Sprintf("  miss  %s→%s %s", m.Source, m.Target, m.Cameo))
	}
	for _, p := range r.FalsePositives {
		lines = append(lines, fmt.Sprintf("  false %s→%s %s %s", p.Source, p.Target, p.Cameo, p.Relation))
	}
	for _, p := range r.Matched {
		if !p.RootAgrees {
			lines = append(lines, fmt.Sprintf("  root  %s→%s gold %s, predicted %s %s", p.Gold.Source, p.Gold.Target, p.Gold.Cameo, p.Predicted.Cameo, p.Predicted.Relation))
		}
	}
	if r.NoEvent && r.Triples > 0 && len(r.FalsePositives) == 0 {
		lines = append(lines, fmt.Sprintf("  %d triples on a no-event sentence (IGO or no country)", r.Triples))
	}
	if len(lines) == 0 {
		return
	}
	for _, p := range r.Matched {
		if p.RootAgrees {
			lines = append(lines, fmt.Sprintf("  ok    %s→%s gold %s, predicted %s %s", p.Gold.Source, p.Gold.Target, p.Gold.Cameo, p.Predicted.Cameo, p.Predicted.Relation))
		}
	}
	ew.printf("%s [%s] %s\n%s\n", r.ID, r.File, r.Text, strings.Join(lines, "\n"))
}

// share formats a measure, or "-" when its denominator n is zero.
func share(v float64, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", v)
}

func rootLabel(root string) string {
	if root == "" {
		return "--"
	}
	return root
}

// errWriter keeps the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

func (e *errWriter) printf(format string, args ...any) {
	fmt.Fprintf(e, format, args...)
}
