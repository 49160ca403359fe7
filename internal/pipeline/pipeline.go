package pipeline

import (
	"context"
	"sync"
)

// Ordered runs produce on a goroutine, applies work to every item produce
// emits on workers goroutines (at least one), and returns the results on a
// channel in the order produce emitted the items. buffer is the capacity
// of the queues between the stages.
//
// emit blocks while the workers are busy and returns ctx's error once ctx
// is done; produce should then return. The channel is closed when every
// goroutine has stopped: after the last result, or soon after ctx is done
// (results not yet handed over are then dropped). To stop early, cancel
// ctx; the channel need not be drained.
//
// wait blocks until the channel is closed and returns produce's error.
func Ordered[T any](ctx context.Context, workers, buffer int, produce func(emit func(T) error) error, work func(T) T) (results <-chan T, wait func() error) {
	type item struct {
		seq int
		v   T
	}
	jobs := make(chan item, buffer)
	done := make(chan item, buffer)
	out := make(chan T, buffer)
	stopped := make(chan struct{})
	var produceErr error

	produced := make(chan struct{})
	go func() {
		defer close(produced)
		defer close(jobs)
		seq := 0
		produceErr = produce(func(v T) error {
			select {
			case jobs <- item{seq, v}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range jobs {
				it.v = work(it.v)
				select {
				case done <- it:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		<-produced
		close(done)
	}()

	// The results come back in any order: each waits here for those
	// before it.
	go func() {
		defer close(stopped)
		defer close(out)
		pending := make(map[int]T)
		next := 0
		for it := range done {
			if ctx.Err() != nil {
				continue // drain: the workers stop on their own
			}
			pending[it.seq] = it.v
			for {
				v, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				select {
				case out <- v:
				case <-ctx.Done():
				}
			}
		}
	}()
	return out, func() error {
		<-stopped
		return produceErr
	}
}
