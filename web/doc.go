// Package web serves diplograph over HTTP: Cayley's query API over the
// store (Gizmo at POST /api/v1/query/gizmo, Cayley's v2 API under
// /api/v2/), a health check, and the browser page at / (given by the
// caller, see Options.Page).
//
// The server is safe by default: request bodies are capped (413 beyond),
// every query runs under a time limit and a result limit and is stopped
// when it runs past them, writes through Cayley's API are refused when
// read-only, errors are JSON with the proper status code, no CORS headers
// are sent, and state-changing requests from another origin are refused.
// Serve listens on loopback unless given another address.
package web
