package graph

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/diplograph/diplograph/extract"
)

func TestBoltInUse(t *testing.T) {
	defer func(d time.Duration) { lockWait = d }(lockWait)
	lockWait = 200 * time.Millisecond
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "diplograph.db")
	first := openTest(t, BackendBolt, path)
	mustAdd(t, first, article1, article1Triples())

	start := time.Now()
	s, err := Open(ctx, BackendBolt, path)
	if !errors.Is(err, ErrInUse) {
		if s != nil {
			s.Close()
		}
		t.Fatalf("second Open of a held Bolt file: error = %v, want ErrInUse", err)
	}
	if waited := time.Since(start); waited < lockWait/2 || waited > 10*lockWait {
		t.Errorf("second Open gave up after %v, want about %v", waited, lockWait)
	}
}

// holdEnv makes the test binary a helper process that holds a Bolt store
// open until its standard input closes.
const holdEnv = "DIPLOGRAPH_TEST_HOLD_BOLT"

func TestBoltInUseByAnotherProcess(t *testing.T) {
	if path := os.Getenv(holdEnv); path != "" {
		s, err := Open(context.Background(), BackendBolt, path)
		if err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		fmt.Println("held")
		io.Copy(io.Discard, os.Stdin)
		s.Close()
		os.Exit(0)
	}
	defer func(d time.Duration) { lockWait = d }(lockWait)
	lockWait = 200 * time.Millisecond
	path := filepath.Join(t.TempDir(), "diplograph.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestBoltInUseByAnotherProcess$")
	cmd.Env = append(os.Environ(), holdEnv+"="+path)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Wait()
	defer stdin.Close()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || line != "held\n" {
		t.Fatalf("helper process: %q, %v", line, err)
	}
	s, err := Open(context.Background(), BackendBolt, path)
	if !errors.Is(err, ErrInUse) {
		if s != nil {
			s.Close()
		}
		t.Fatalf("Open of a Bolt file another process holds: error = %v, want ErrInUse", err)
	}
	// Once the other process lets go, the store opens.
	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("helper process: %v", err)
	}
	openTest(t, BackendBolt, path)
}

func TestLevelDBInUse(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "leveldb")
	openTest(t, BackendLevelDB, dir)
	s, err := Open(ctx, BackendLevelDB, dir)
	if !errors.Is(err, ErrInUse) {
		if s != nil {
			s.Close()
		}
		t.Fatalf("second Open of a held LevelDB directory: error = %v, want ErrInUse", err)
	}
}

func TestEscapeIRI(t *testing.T) {
	tests := []struct{ in, want string }{
		{"pakistan", "pakistan"},
		{"news/usa pakistan <1>.txt", "news/usa%20pakistan%20%3C1%3E.txt"},
		{`a"b{c}|d^e` + "`f\\g%h\ni", "a%22b%7Bc%7D%7Cd%5Ee%60f%5Cg%25h%0Ai"},
		{"Genève/京都", "Genève/京都"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := escapeIRI(tt.in)
			if got != tt.want {
				t.Errorf("escapeIRI(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if back := unescapeIRI(got); back != tt.in {
				t.Errorf("unescapeIRI(%q) = %q, want %q", got, back, tt.in)
			}
		})
	}
}

// benchArticle gives article i with n triples among a pool of 50 actors, as
// a long load sees them: most actors already stored.
func benchArticle(i, n int) (extract.Article, []extract.Triple) {
	a := extract.Article{
		ID: fmt.Sprintf("bench/%06d.txt", i), Title: fmt.Sprintf("Article %d", i),
		Date: "2025-10-26", URL: fmt.Sprintf("https://example.org/%d", i), Source: "Bench Wire",
	}
	actor := func(k int) extract.Actor {
		k %= 50
		return extract.Actor{ID: fmt.Sprintf("actor-%02d", k), Name: fmt.Sprintf("Actor %d", k),
			Type: extract.TypeCountry, Country: "AAA"}
	}
	rels := []extract.Relation{partne, mou, met, invest, crit}
	ts := make([]extract.Triple, n)
	for j := range ts {
		ts[j] = extract.Triple{
			Article: a.ID, Date: "2025-10-26", SentenceIndex: j,
			Sentence: fmt.Sprintf("Sentence %d of article %d, in which one actor does something to another.", j, i),
			Subject:  actor(i + j), Relation: rels[j%len(rels)], Object: actor(i + 3*j + 1), Confidence: 0.8,
		}
	}
	return a, ts
}

func BenchmarkAddArticle(b *testing.B) {
	const triples = 10
	for _, backend := range []string{BackendMemstore, BackendBolt, BackendLevelDB} {
		b.Run(backend, func(b *testing.B) {
			ctx := context.Background()
			addr := ""
			if backend != BackendMemstore {
				addr = filepath.Join(b.TempDir(), "store")
			}
			s, err := Open(ctx, backend, addr)
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				a, ts := benchArticle(i, triples)
				if _, err := s.AddArticle(ctx, a, ts); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			st, err := s.Stats(ctx)
			if err != nil {
				b.Fatal(err)
			}
			sec := b.Elapsed().Seconds()
			b.ReportMetric(float64(st.Quads)/sec, "quads/s")
			b.ReportMetric(float64(b.N)/sec, "articles/s")
			b.ReportMetric(float64(st.Quads)/float64(b.N), "quads/article")
		})
	}
}

func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://dg:secret@db.example:5432/graph?sslmode=disable", "postgres://dg:xxxxx@db.example:5432/graph?sslmode=disable"},
		{"postgres://dg@db.example/graph", "postgres://dg@db.example/graph"},
		{"store/leveldb", "store/leveldb"},
	}
	for _, tt := range tests {
		if got := redact(tt.in); got != tt.want {
			t.Errorf("redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
