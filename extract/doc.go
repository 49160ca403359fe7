// Package extract turns news articles into triples of diplomatic relations.
//
// It reads articles (plain text, Markdown, HTML, JSON, JSONL and feeds),
// splits them into sentences, resolves actor mentions to one canonical
// actor each (countries with ISO 3166-1 alpha-3 codes, capitals used for
// governments, IGOs, officials with roles, companies, armed groups) and codes
// the relations between them in CAMEO, with the Goldstein weight and quad
// class of each code. Every Triple carries the sentence it came from.
//
// The package knows no store, no HTTP and no flags: it works on strings and
// readers alone, so it can be tested and benchmarked by itself.
package extract
