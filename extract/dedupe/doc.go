// Package dedupe recognises the same story published by several outlets:
// wire copy republished with a new headline, a dropped paragraph, an added
// sentence or an outlet's byline and boilerplate. It is pure (no store, no
// I/O): it turns an article's text and URL into keys that a store can index
// and compare.
//
// Three keys, from the cheapest to the most forgiving:
//
//   - CanonicalURL: the URL with its scheme, letter case of the host,
//     "www."/"m."/"amp." host prefixes, trailing slash, fragment, tracking
//     parameters (utm_*, fbclid, gclid, …) and AMP paths taken away, so
//     that the links a feed, a share button and an AMP cache give for one
//     page are equal.
//   - Fingerprint: a hash of the normalised text (Normalize: lower case,
//     words only), equal for texts that differ only in case, punctuation
//     and spacing.
//   - Signature: a MinHash of the text's 5-word shingles (NumHashes
//     hashes), whose Similarity estimates the Jaccard similarity of two
//     texts' shingle sets, and whose Bands (Bands bands of Rows hashes) are
//     locality-sensitive keys: two texts of Jaccard similarity J share at
//     least one band with probability 1−(1−J^Rows)^Bands (0.99 at
//     J = 0.6, 0.87 at J = 0.5, 0.23 at J = 0.3), so a store looks up
//     candidates by band and verifies them with Similarity.
//
// Two texts are one story (Same) when both have at least MinShingles
// shingles and their estimated Jaccard similarity is at least Threshold
// (0.5). The threshold is measured on the wire story of testdata/wire
// (true Jaccard / estimate): against the original, the version with a
// byline, boilerplate and a dropped paragraph scores 0.81 / 0.84, the one
// with an added sentence and a credit line 0.87 / 0.88, and a harder cut
// (rewritten lead, two paragraphs dropped, boilerplate) 0.59 / 0.61; the
// versions score 0.51 to 0.73 among themselves; an unrelated story with the
// same actors on the same topic 0.007 / 0.00. A MinHash of 128 hashes
// estimates J with a standard error of at most 0.045, so 0.5 keeps the
// hard cut two errors above the line and unrelated stories ten below.
// Sharing half of one's 5-word shingles takes long stretches of identical
// text: wire copy, its updates, or a template filled in twice (a market
// report), which is the case the threshold can get wrong. Shorter texts (a
// feed's one-line summary) are matched only by URL and fingerprint.
//
// Index is an in-memory index of those keys, for matching articles that
// are not stored yet (such as the articles of one load).
package dedupe
