// Command lexgen generates the built-in lexicon tables of package extract
// from the Phoenix (PETRARCH2) dictionaries and the hand-curated tables
// already in the output folder:
//
//	go run ./extract/internal/lexgen -phoenix DIR -out extract/lexdata
//
// It reads countries.tsv, actors.tsv, names.tsv, curated-names.tsv and
// officials.tsv from -out (hand-curated, never written) and writes
// iso3166.tsv, cameo.tsv and the phoenix-*.tsv tables there. See
// extract/lexdata/README.md for the rules it applies.
package main
