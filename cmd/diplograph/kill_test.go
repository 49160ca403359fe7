package main

import (
	"errors"
	"os/exec"
	"syscall"
	"testing"
	"time"
)

// Outcomes of one attempt to kill a process part-way.
const (
	killTooLate  = -1 // the process finished before the signal
	killTooEarly = 0  // killed before it wrote anything
	killPartWay  = 1  // killed with part of the work written
)

// killSearch calls try with fractions of a clean run's time until one
// kills the process part-way, moving later after a kill that came too
// early and earlier after one that came too late (a bisection, so that a
// busy or an idle machine both find the window). It reports whether an
// attempt succeeded within the given number of attempts.
func killSearch(attempts int, try func(frac float64) int) bool {
	lo, hi := 0.0, 1.2
	frac := 0.5
	for range attempts {
		switch try(frac) {
		case killPartWay:
			return true
		case killTooLate:
			hi = frac
		default:
			lo = frac
		}
		frac = (lo + hi) / 2
	}
	return false
}

// runKilled starts cmd, sends it SIGKILL after d and reports whether the
// signal ended it (false: it finished first).
func runKilled(t *testing.T, cmd *exec.Cmd, d time.Duration) bool {
	t.Helper()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(d)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	var ee *exec.ExitError
	return errors.As(err, &ee) && ee.Sys().(syscall.WaitStatus).Signal() == syscall.SIGKILL
}
