// Package corpus generates realistic wire-style news articles about
// diplomacy, deterministically from a seed, for benchmarks and load tests:
// many countries, their capitals and demonyms, serving officials with their
// roles, and the sentences wire copy is made of (meetings, visits,
// agreements, aid, sanctions, condemnations, strikes, statements that carry
// no relation). The same seed and index always give the same article, and
// articles are produced one at a time, so a corpus of any size is streamed,
// never held.
package corpus
