package graph

// The Cayley backends the store can open. The style guide keeps backend
// blank imports in cmd, as cayley's cmd/cayley does; here Open chooses the
// backend from a name, and the CLI, the query runner, the web server and the
// tests all open stores through it, so the registrations live in this one
// small file instead of being repeated (and forgotten) in every caller.
// Bolt is opened here, not through Cayley's registry (see openBolt), so its
// path is a file, its lock has a timeout, and it runs under the race
// detector. Badger (graph/kv/badger) is left out on purpose: the Badger
// v1.5 that Cayley v0.7.7 uses aborts under the race detector's checkptr
// (in its bloom filter), logs through the global logger and takes about a
// second to open.

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"syscall"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	bolt "go.etcd.io/bbolt"

	_ "github.com/cayleygraph/cayley/graph/kv/leveldb"   // "leveldb"
	_ "github.com/cayleygraph/cayley/graph/memstore"     // "memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // "postgres", and CockroachDB through the same protocol
	_ "github.com/cayleygraph/cayley/writer"             // the "single" QuadWriter used by AddArticle
)

// Backend names accepted by Open.
const (
	BackendBolt     = "bolt"
	BackendMemstore = "memstore"
	BackendLevelDB  = "leveldb"
	BackendPostgres = "postgres"
)

// lockWait is how long Open waits for a Bolt file another process holds.
var lockWait = 2 * time.Second

// openQuadStore opens (creating when new) the Cayley quad store of a backend.
func openQuadStore(backend, addr string) (cgraph.QuadStore, error) {
	switch backend {
	case "", BackendBolt:
		return openBolt(addr)
	case BackendMemstore:
		return cgraph.NewQuadStore(BackendMemstore, "", nil)
	case BackendLevelDB, BackendPostgres:
		if addr == "" {
			return nil, fmt.Errorf("%s: %w", backend, ErrNoAddress)
		}
		if err := initQuadStore(backend, addr); err != nil {
			return nil, err
		}
		var opts cgraph.Options
		if backend == BackendLevelDB {
			opts = kvOptions()
		}
		qs, err := cgraph.NewQuadStore(backend, addr, opts)
		if err != nil {
			return nil, inUse(fmt.Errorf("open %s store %s: %w", backend, redact(addr), err))
		}
		return qs, nil
	}
	return nil, fmt.Errorf("%q: %w", backend, ErrUnknownBackend)
}

// initQuadStore creates the store of a registered backend unless it exists.
// Cayley's SQL backend logs an error line when asked to create tables that
// exist, before it reports "database already exists": for PostgreSQL the
// tables are looked for first, so that opening a store prints nothing.
func initQuadStore(backend, addr string) error {
	if backend == BackendPostgres {
		exists, err := postgresHasQuads(addr)
		if err != nil {
			return fmt.Errorf("open %s store: %w", backend, err)
		}
		if exists {
			return nil
		}
	}
	err := cgraph.InitQuadStore(backend, addr, nil)
	if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		return inUse(fmt.Errorf("init %s store %s: %w", backend, redact(addr), err))
	}
	return nil
}

// redact hides the password of a URL address, for error messages.
func redact(addr string) string {
	if u, err := url.Parse(addr); err == nil && u.User != nil {
		return u.Redacted()
	}
	return addr
}

// postgresHasQuads reports whether the database at addr has Cayley's quads table.
func postgresHasQuads(addr string) (bool, error) {
	db, err := sql.Open("postgres", addr)
	if err != nil {
		return false, err
	}
	defer db.Close()
	var exists bool
	if err := db.QueryRow(`SELECT to_regclass('quads') IS NOT NULL`).Scan(&exists); err != nil {
		return false, fmt.Errorf("look for the quads table: %w", err)
	}
	return exists, nil
}

// openBolt opens the Bolt file at path, waiting at most lockWait for a lock
// another process holds (Bolt's flock otherwise waits for ever). It uses
// go.etcd.io/bbolt, the maintained fork of Bolt with the same file format:
// the github.com/boltdb/bolt that Cayley's own bolt backend uses converts
// pointers in ways the race detector's checkptr rejects (it aborts the
// process), so a race-enabled test of anything that opens a Bolt store
// could not run.
func openBolt(path string) (cgraph.QuadStore, error) {
	if path == "" {
		return nil, fmt.Errorf("bolt: %w", ErrNoAddress)
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open bolt store %s: %w", path, err)
		}
	}
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: lockWait})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("open bolt store %s: %w", path, ErrInUse)
	} else if err != nil {
		return nil, fmt.Errorf("open bolt store %s: %w", path, err)
	}
	return openKV(BackendBolt, path, flat.Upgrade(&boltKV{db: db}))
}

// boltBucket is the one bucket of a Bolt store; hidalgo's flat layer maps
// Cayley's hierarchical keys onto its flat keys.
var boltBucket = []byte("diplograph")

// boltKV is a hidalgo flat key-value store over a bbolt database.
type boltKV struct{ db *bolt.DB }

func (b *boltKV) Close() error { return b.db.Close() }

func (b *boltKV) Tx(rw bool) (flat.Tx, error) {
	tx, err := b.db.Begin(rw)
	if err != nil {
		return nil, err
	}
	bk := tx.Bucket(boltBucket)
	if bk == nil && rw {
		if bk, err = tx.CreateBucket(boltBucket); err != nil {
			tx.Rollback()
			return nil, err
		}
	}
	return &boltTx{tx: tx, b: bk}, nil
}

// boltTx is a Bolt transaction; b is nil in a read-only transaction of a
// store never written.
type boltTx struct {
	tx   *bolt.Tx
	b    *bolt.Bucket
	done bool
}

func (t *boltTx) Commit(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	t.done = true
	if !t.tx.Writable() {
		return t.tx.Rollback()
	}
	return t.tx.Commit()
}

func (t *boltTx) Close() error {
	if t.done {
		return nil
	}
	t.done = true
	return t.tx.Rollback()
}

func (t *boltTx) Get(ctx context.Context, k flat.Key) (flat.Value, error) {
	if t.b == nil {
		return nil, flat.ErrNotFound
	}
	v := t.b.Get(k)
	if v == nil {
		return nil, flat.ErrNotFound
	}
	// Bolt's slices live only as long as the transaction (and, in a
	// writable one, until the next write): copy.
	return flat.Value(v).Clone(), nil
}

func (t *boltTx) GetBatch(ctx context.Context, keys []flat.Key) ([]flat.Value, error) {
	return flat.GetBatch(ctx, t, keys)
}

func (t *boltTx) Put(k flat.Key, v flat.Value) error {
	if t.b == nil || !t.tx.Writable() {
		return flat.ErrReadOnly
	}
	return t.b.Put(k, v)
}

func (t *boltTx) Del(k flat.Key) error {
	if t.b == nil || !t.tx.Writable() {
		return flat.ErrReadOnly
	}
	return t.b.Delete(k)
}

func (t *boltTx) Scan(pref flat.Key) flat.Iterator {
	it := &boltIterator{pref: pref}
	if t.b != nil {
		it.c = t.b.Cursor()
	}
	return it
}

// boltIterator walks the keys that start with pref.
type boltIterator struct {
	c       *bolt.Cursor
	pref    []byte
	started bool
	k, v    []byte
}

func (it *boltIterator) Next(ctx context.Context) bool {
	if it.c == nil || ctx.Err() != nil {
		return false
	}
	if !it.started {
		it.started = true
		it.k, it.v = it.c.Seek(it.pref)
	} else {
		it.k, it.v = it.c.Next()
	}
	if it.k == nil || !bytes.HasPrefix(it.k, it.pref) {
		it.c = nil
		return false
	}
	return true
}

func (it *boltIterator) Key() flat.Key   { return it.k }
func (it *boltIterator) Val() flat.Value { return it.v }
func (it *boltIterator) Err() error      { return nil }
func (it *boltIterator) Close() error    { it.c = nil; return nil }

// kvOptions are the options of Cayley's key-value quad stores (Bolt,
// LevelDB): without bloom filters. Cayley sizes its filters for 100
// million entries whatever the store holds: about 75 MB for the quads
// that exist, filled by reading the whole store at every open, and on a
// new store another 75 MB for its nodes and one per index, about 300 MB in
// all, which the garbage collector's target doubles; a load then cannot
// stay under 1 GiB. Without them, whether a quad exists is read from the
// index: writing 3,000 generated articles in batches of 200 took about
// the same CPU time in Bolt (within 10%) and about a fifth more in LevelDB,
// with a fifth of the heap (see BenchmarkLoad, "bolt" against
// "bolt+bloom").
func kvOptions() cgraph.Options {
	return cgraph.Options{kv.OptNoBloom: !kvBloom}
}

// kvBloom turns Cayley's bloom filters back on, for the benchmark that
// compares the two.
var kvBloom = false

// openKV makes a Cayley quad store of a key-value database, initialising it
// when new.
func openKV(backend, addr string, db hkv.KV) (cgraph.QuadStore, error) {
	if err := kv.Init(db, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		db.Close()
		return nil, fmt.Errorf("init %s store %s: %w", backend, addr, err)
	}
	qs, err := kv.New(db, kvOptions())
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s store %s: %w", backend, addr, err)
	}
	return qs, nil
}

// inUse turns a file-lock failure (LevelDB locks its directory without
// waiting) into ErrInUse.
func inUse(err error) error {
	if errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EAGAIN) {
		return fmt.Errorf("%w: %w", ErrInUse, err)
	}
	return err
}
