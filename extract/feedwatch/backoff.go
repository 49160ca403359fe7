package feedwatch

import "time"

// Delay returns how long to wait before polling a feed again after
// failures polls in a row have failed: every when the last poll succeeded
// (failures ≤ 0), else every doubled once per failure (2×every, 4×every,
// …), never more than limit (or every, when limit is smaller).
func Delay(every, limit time.Duration, failures int) time.Duration {
	if every <= 0 {
		every = time.Nanosecond
	}
	limit = max(limit, every)
	d := every
	for range max(failures, 0) {
		if d >= limit/2 {
			return limit
		}
		d *= 2
	}
	return min(d, limit)
}
