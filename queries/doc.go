// Package queries runs Gizmo, Cayley's JavaScript query language, against a
// Cayley quad store, and holds a library of named Gizmo queries over the
// diplograph schema (partners, adversaries, agreements, timelines, evidence…),
// each a .js file embedded in the binary.
//
// Run bounds every query: it stops a query that runs past its timeout (the
// JavaScript is interrupted and the store iteration cancelled, so no
// goroutine keeps spinning), caps the number of results, reports syntax
// errors with the line and column, and, when a query that names an IRI the
// store does not hold returns nothing, says so and suggests the nearest IRI
// the store does hold ("no <pakistn>; did you mean <pakistan>?"). It also
// checks the arguments on which Cayley's Gizmo would panic in a goroutine of
// its own and take the process down, so that a server can run users'
// queries.
//
// A named query is a .js file whose first comment lines give its
// description and parameters:
//
//	// partners: cooperative relations of an actor, either way
//	// @param actor:iri the actor id, e.g. pakistan
//	// @param depth:int=2 how many hops to follow
//
// A parameter is name[:kind][=[default]]: kind is string (the default),
// iri, int or date; "=" makes it optional. Named.Render checks each argument
// against its kind and declares it as a JavaScript variable before the
// query (an iri as "<pakistan>"), quoted so that no argument can change the
// query's code. A header line "// @include counterparts" appends the code
// of parts/counterparts.js, which several queries share, to the query's
// source.
//
// Run takes Cayley's graph.QuadStore, not the diplograph store, so it runs
// over any Cayley backend; from package graph it uses only EscapeIRI, to
// write ids into IRIs as the store does.
package queries
