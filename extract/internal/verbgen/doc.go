// Command verbgen generates extract/lexdata/verbs.tsv, the relation
// vocabulary of the extractor: verb and noun phrases with the CAMEO code
// they signal.
//
// It reads the PETRARCH CAMEO verb dictionary (CAMEO.verbpatterns.*.txt, in
// the directory given by -phoenix) as evidence of which verbs, and which
// verb + complement phrases, signal which code, merges the curated layer of
// modern diplomatic phrases (curated.txt beside this file, which wins on
// conflicts), inflects every verb and writes one phrase a line. It is run by
// hand:
//
//	go run ./extract/internal/verbgen -phoenix DIR -out extract/lexdata
package main
