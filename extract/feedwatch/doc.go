// Package feedwatch polls RSS, Atom and JSON feeds and hands their new
// items to an extractor and a store: the polling schedule with per-feed
// back-off, conditional downloads (ETag, Last-Modified; size and time of
// change for local feed files), the items already handled, and, for feeds
// that carry only a summary of each item, the item's page fetched within
// the rules of its host's robots.txt.
//
// A Watcher knows neither Cayley nor the command line: it writes through
// the Store interface, which the graph package's Store meets with a small
// adapter, and reports one line per poll on a writer.
package feedwatch
