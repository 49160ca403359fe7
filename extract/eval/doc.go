// Package eval scores an extractor against a hand-coded evaluation set.
//
// The set is a folder of JSONL files, one sentence (or two) a line, each
// coded by hand with the events it reports between countries, in CAMEO
// (see testdata/eval/README.md for the annotation guidelines). Each
// sentence is fed to the extractor as one article, exactly as
// `diplograph extract --format jsonl` reads a JSONL article, and the
// triples it returns are compared with the gold events: directed
// country-dyad recall, precision and F1, CAMEO root agreement on the
// matched dyads, triples emitted on sentences that report no event, a
// per-root recall table and a confusion summary. The package informs; it
// sets no bar.
package eval
