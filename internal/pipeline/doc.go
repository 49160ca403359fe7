// Package pipeline runs a function over a stream of items on several
// goroutines and hands the results back in the order the items came: the
// shape of load, extract and reextract, which read inputs in order,
// extract on every core and write in input order, so that their output
// does not depend on the scheduling.
package pipeline
