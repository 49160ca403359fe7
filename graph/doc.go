// Package graph stores diplograph's knowledge graph in Cayley and analyses
// it: the store and its schema, the backends, atomic and idempotent loading
// of articles, N-Quads dumps, and (in other files) the gonum projection onto
// an actor network, centrality, communities and export.
//
// # Opening a store
//
// Open takes a backend name and an address: "bolt" (the default; a file
// path), "memstore" (nothing persisted), "leveldb" (a directory) or
// "postgres" (a postgres:// URL, through Cayley's SQL backend; CockroachDB
// speaks the same protocol). Badger is not offered: the Badger v1.5 of
// Cayley v0.7.7 aborts under the race detector. A new store is created and
// initialised; opening an existing PostgreSQL store makes Cayley report
// "database already exists", which Open treats as opened. A Bolt file is
// locked by the process that has it open: a second Open waits two seconds,
// then fails with ErrInUse (Bolt's own lock would wait for ever, so Open
// opens the file itself, with go.etcd.io/bbolt and a lock timeout). LevelDB
// fails at once when its directory is locked.
//
// # Schema
//
// The contract (also in the README): an actor is the IRI of its id
// (<pakistan>), a relation is the predicate IRI of its id
// (<partners-with>), so that g.V("<pakistan>").In("<partners-with>") gives
// <united-states>. Ids are used as they are, except that the bytes N-Quads
// forbids in an IRI (controls, space, <>"{}|^`\) and '%' are percent-encoded.
//
// Actors carry their properties as string literals, unlabelled, shared by
// every article that mentions them; an actor's first stored name, type,
// country and role stay, and later names become aliases:
//
//	<pakistan> <name> "Pakistan" .
//	<pakistan> <type> "country" .
//	<pakistan> <country> "PAK" .
//	<pakistan> <alias> "Islamabad" .
//	<marco-rubio> <role> "Secretary of State" .
//
// Each triple gives a direct edge, labelled with its article, and an event
// node carrying the evidence, its quads labelled with the article too. Event
// IRIs are <event/H/N>: H is the first 16 hex digits of the SHA-256 of the
// article id, N the triple's position in the article.
//
//	<united-states> <partners-with> <pakistan> <article/a1> .
//	<event/f55ff16f66f43360/0> <subject> <united-states> <article/a1> .
//	<event/f55ff16f66f43360/0> <relation> <partners-with> <article/a1> .
//	<event/f55ff16f66f43360/0> <object> <pakistan> <article/a1> .
//	<event/f55ff16f66f43360/0> <cameo> "030" <article/a1> .
//	<event/f55ff16f66f43360/0> <goldstein> "4E+00"^^<schema:Float> <article/a1> .
//	<event/f55ff16f66f43360/0> <quad_class> "1"^^<schema:Integer> <article/a1> .
//	<event/f55ff16f66f43360/0> <date> "2025-10-26" <article/a1> .
//	<event/f55ff16f66f43360/0> <sentence> "The United States partners with Pakistan." <article/a1> .
//	<event/f55ff16f66f43360/0> <sentence_index> "0"^^<schema:Integer> <article/a1> .
//	<event/f55ff16f66f43360/0> <confidence> "8E-01"^^<schema:Float> <article/a1> .
//	<event/f55ff16f66f43360/0> <article> <article/a1> <article/a1> .
//	<event/f55ff16f66f43360/0> <amount> "$500 million" <article/a1> .
//
// A triple costs 12 quads (11 on its event node and the direct edge), plus
// one per attribute such as <amount>; fewer when the date, CAMEO code or
// sentence is empty, or when the article has the same edge twice. An article
// node adds 2 to 6 quads, and an actor seen for the first time up to 5 plus
// its aliases: an article of 10 triples among known actors is about 126
// quads. Every quad costs write time (see BenchmarkAddArticle), which is why
// the event node has no type marker (events are the subjects of
// <relation>) and the actor properties are not repeated per article.
//
// The article node:
//
//	<article/a1> <a> <article> <article/a1> .
//	<article/a1> <title> "US and Pakistan deepen ties" <article/a1> .
//	<article/a1> <date> "2025-10-26" <article/a1> .
//	<article/a1> <url> "https://example.org/a1" <article/a1> .
//	<article/a1> <source> "Example News" <article/a1> .
//	<article/a1> <triples> "1"^^<schema:Integer> <article/a1> .
//
// <triples>, the number of triples stored for the article, is its
// completion marker: it is written last, in the same transaction as the
// rest, and an article without it is absent for HasArticle, Triples,
// Articles and Stats.
//
// # Gizmo
//
//	// Who partners with Pakistan?
//	g.V("<pakistan>").In("<partners-with>").All()
//	// Marco Rubio's role.
//	g.V("<marco-rubio>").Out("<role>").All()
//	// The sentences behind every "criticised" triple.
//	g.V("<criticised>").In("<relation>").Out("<sentence>").All()
//	// Titles of the articles in which India acts.
//	g.V("<india>").In("<subject>").Out("<article>").Out("<title>").All()
//	// Whom India criticised according to article a2 (direct edges carry
//	// their article as label).
//	g.V("<india>").LabelContext("<article/a2>").Out("<criticised>").All()
//	// Sentences of material cooperation (quad class 2).
//	g.V().Has("<quad_class>", 2).Out("<sentence>").All()
//	// What happened on a given day.
//	g.V().Has("<date>", "2025-10-25").Out("<relation>").All()
//
// # Atomicity, as read in the source of Cayley v0.7.7 and its backends
//
// AddArticle writes an article in one graph.Transaction, applied by the
// "single" QuadWriter in one QuadStore.ApplyDeltas call, with
// ignore_duplicate and ignore_missing set. Whether that call is atomic
// depends on the backend:
//
//   - Bolt (graph/kv over a bbolt database): ApplyDeltas opens one
//     read-write Bolt transaction and commits it once at the end. Atomic and,
//     with Bolt's default fsync on commit, durable. (Cayley's own bolt
//     backend, hidalgo's kv/bolt, does the same.)
//   - LevelDB (hidalgo's kv/flat/leveldb): one goleveldb OpenTransaction,
//     committed once; goleveldb discards an uncommitted transaction after a
//     crash. Atomic.
//   - PostgreSQL (graph/sql): one database/sql transaction (BEGIN … COMMIT)
//     around all inserts. Atomic.
//   - memstore: the deltas are applied one by one with no rollback and no
//     locking. Nothing survives the process, so a crash leaves nothing
//     half-written, but a reader running at the same time could see part of
//     an article: the Store's methods therefore take a read-write lock,
//     though Gizmo queries run on QuadStore() during a load do not.
//
// Loads are safe even where a write is not atomic: the completion marker
// comes last, an article without it counts as absent, and the next
// AddArticle of that id first removes every quad labelled with the article
// (and the article node's and events' quads), in a transaction of its own,
// then writes the article whole. (The removal has its own transaction
// because Cayley's KV backends lose quads when one ApplyDeltas both removes
// and adds quads that share nodes.) Actor properties are unlabelled and
// shared, so they are never removed. ReadNQuads writes in batches of 10,000
// quads and keeps the completion markers for its last batch.
package graph
