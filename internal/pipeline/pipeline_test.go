package pipeline

import (
	"context"
	"errors"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// count emits 0..n-1, stopping at the first error emit returns.
func count(n int) func(emit func(int) error) error {
	return func(emit func(int) error) error {
		for i := range n {
			if err := emit(i); err != nil {
				return err
			}
		}
		return nil
	}
}

// TestOrderedKeepsOrder checks that results come back in the order of the
// items although the workers finish them in another order.
func TestOrderedKeepsOrder(t *testing.T) {
	for _, workers := range []int{0, 1, 4, 16} {
		results, wait := Ordered(context.Background(), workers, 2, count(200), func(i int) int {
			time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
			return i * i
		})
		var got []int
		for r := range results {
			got = append(got, r)
		}
		if err := wait(); err != nil {
			t.Fatalf("workers %d: wait: %v", workers, err)
		}
		want := make([]int, 200)
		for i := range want {
			want[i] = i * i
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("workers %d: results (-want +got):\n%s", workers, diff)
		}
	}
}

// TestOrderedProduceError checks that the items emitted before produce
// fails still come back, and that wait returns produce's error.
func TestOrderedProduceError(t *testing.T) {
	bad := errors.New("unreadable input")
	results, wait := Ordered(context.Background(), 3, 1, func(emit func(int) error) error {
		if err := count(5)(emit); err != nil {
			return err
		}
		return bad
	}, func(i int) int { return i + 1 })
	var got []int
	for r := range results {
		got = append(got, r)
	}
	if diff := cmp.Diff([]int{1, 2, 3, 4, 5}, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
	if err := wait(); !errors.Is(err, bad) {
		t.Errorf("wait = %v, want %v", err, bad)
	}
}

// TestOrderedCancel checks that a consumer that stops reading and cancels
// stops the producer: wait returns the context's error and the channel
// closes without being drained.
func TestOrderedCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	results, wait := Ordered(ctx, 2, 1, count(1_000_000), func(i int) int { return i })
	if r := <-results; r != 0 {
		t.Fatalf("first result %d, want 0", r)
	}
	cancel()
	errc := make(chan error, 1)
	go func() { errc <- wait() }()
	select {
	case err := <-errc:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("wait = %v, want %v", err, context.Canceled)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the pipeline did not stop after cancel")
	}
	n := 0
	for range results {
		n++
	}
	if n > 10 {
		t.Errorf("%d results after cancel, want at most the few already queued", n)
	}
}
