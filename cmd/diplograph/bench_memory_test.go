package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/diplograph/diplograph/extract/corpus"
)

// bigEnv names the variable that enables the long measurements (minutes
// of loading), which make test does not run.
const bigEnv = "DIPLOGRAPH_BENCH_BIG"

// memoryLimit is the peak resident set a load of any size must stay
// under.
const memoryLimit = 1 << 30

// TestLoadMemoryBig runs diplograph load, as a user does, over generated
// corpora of 10,000, 30,000 and 100,000 short wire articles into fresh
// Bolt stores and checks that the process's peak resident set (the
// anonymous part, without the pages of the Bolt file the kernel maps into
// it) stays under 1 GiB and grows by less than a
// quarter from the smallest corpus to the largest: a load's memory must
// not depend on how much it loads. It logs the peak, the time and the
// rate of each load. It runs only with DIPLOGRAPH_BENCH_BIG=1 (about ten
// minutes on two cores).
func TestLoadMemoryBig(t *testing.T) {
	if os.Getenv(bigEnv) == "" {
		t.Skip("loads 140,000 articles: set " + bigEnv + "=1 to run")
	}
	sizes := []int{10000, 30000, 100000}
	peaks := make(map[int]int64)
	for _, n := range sizes {
		t.Run(fmt.Sprintf("articles=%d", n), func(t *testing.T) { peaks[n] = loadMemory(t, n) })
	}
	first, last := peaks[sizes[0]], peaks[sizes[len(sizes)-1]]
	if first > 0 && last > first+first/4 {
		t.Errorf("peak anonymous RSS grew from %d MiB (%d articles) to %d MiB (%d articles): memory grows with the corpus",
			first>>20, sizes[0], last>>20, sizes[len(sizes)-1])
	}
}

// loadMemory loads n generated articles with diplograph load into a fresh
// Bolt store, logs the figures, checks the peak anonymous RSS against
// memoryLimit and returns it.
func loadMemory(t *testing.T, n int) int64 {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if _, err := corpus.WriteDir(in, corpus.Options{Seed: 7, Articles: n}, 1000); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "big.db")
	cmd := exec.Command(diplographBin(t), "--db", db, "load", in)
	cmd.Env = append(os.Environ(), "DIPLOGRAPH_DB=", "DIPLOGRAPH_LEXICON=")
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, os.Stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stop := sampleRSS(cmd.Process.Pid)
	err := cmd.Wait()
	took := time.Since(start)
	anon := stop()
	if err != nil {
		t.Fatalf("load %d articles: %v", n, err)
	}
	total := maxRSS(cmd.ProcessState)
	// The load's own summary says what it stored: every generated
	// article stored with its triples or, when it is a near-duplicate of
	// one stored before it (the generator can write two such), recorded
	// as a copy of that story.
	stored, copies, err := parseLoadSummary(out.String())
	if err != nil {
		t.Fatal(err)
	}
	if stored+copies != n {
		t.Fatalf("load of %d articles stored %d and recorded %d copies, want %d in all: %s", n, stored, copies, n, out.String())
	}
	var size int64
	if st, err := os.Stat(db); err == nil {
		size = st.Size()
	}
	t.Logf("%7d articles: peak anonymous RSS %4d MiB, peak RSS (VmHWM, with the mapped store) %4d MiB, %v (%.0f articles/s), store %d MiB",
		n, anon>>20, total>>20, took.Round(time.Second), float64(n)/took.Seconds(), size>>20)
	if anon >= memoryLimit {
		t.Errorf("load of %d articles peaked at %d MiB of anonymous memory, want under %d MiB", n, anon>>20, memoryLimit>>20)
	}
	return anon
}

// summaryRE matches the counts of load's summary line.
var summaryRE = regexp.MustCompile(`: (\d+) stored, 0 updated, 0 already stored, 0 failed; \d+ triples(?:; (\d+) copies of stored stories)?`)

// parseLoadSummary reads the articles stored and the copies recorded from
// the summary line of a load that updated, skipped and failed nothing.
func parseLoadSummary(out string) (stored, copies int, err error) {
	m := summaryRE.FindStringSubmatch(out)
	if m == nil {
		return 0, 0, fmt.Errorf("load summary %q: want every article stored or recorded as a copy", strings.TrimSpace(out))
	}
	stored, _ = strconv.Atoi(m[1])
	if m[2] != "" {
		copies, _ = strconv.Atoi(m[2])
	}
	return stored, copies, nil
}

func TestParseLoadSummary(t *testing.T) {
	for _, c := range []struct {
		name, out      string
		stored, copies int
		ok             bool
	}{
		{"stored only", "10000 articles read from 10 inputs: 10000 stored, 0 updated, 0 already stored, 0 failed; 80311 triples\n", 10000, 0, true},
		{"with copies", "30000 articles read from 30 inputs: 29998 stored, 0 updated, 0 already stored, 0 failed; 240000 triples; 2 copies of stored stories\n", 29998, 2, true},
		{"failures", "10 articles read from 1 inputs: 9 stored, 0 updated, 0 already stored, 1 failed; 80 triples\n", 0, 0, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			stored, copies, err := parseLoadSummary(c.out)
			if (err == nil) != c.ok || stored != c.stored || copies != c.copies {
				t.Errorf("parseLoadSummary = %d, %d, %v; want %d, %d, ok=%v", stored, copies, err, c.stored, c.copies, c.ok)
			}
		})
	}
}

// sampleRSS reads the anonymous resident memory (RssAnon: the heap and
// stacks, not the pages of the Bolt file mapped into memory, which the
// kernel can drop) of the process pid every 50 ms until the returned
// function is called, which gives the largest value seen in bytes.
func sampleRSS(pid int) (stop func() int64) {
	done := make(chan struct{})
	peak := make(chan int64)
	go func() {
		var max int64
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			if v := procStatus(pid, "RssAnon:"); v > max {
				max = v
			}
			select {
			case <-done:
				peak <- max
				return
			case <-t.C:
			}
		}
	}()
	return func() int64 { close(done); return <-peak }
}

// procStatus gives the value in bytes of the field (e.g. "RssAnon:") of
// /proc/PID/status (0 where there is none).
func procStatus(pid int, field string) int64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, field); ok {
			if f := strings.Fields(rest); len(f) > 0 {
				kb, _ := strconv.ParseInt(f[0], 10, 64)
				return kb << 10
			}
		}
	}
	return 0
}

// maxRSS gives the peak resident set of a finished process in bytes (0
// where the system does not say).
func maxRSS(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss << 10 // kilobytes on Linux
	}
	return 0
}
