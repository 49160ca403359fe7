package feedwatch

import (
	"testing"
	"time"
)

func TestDelay(t *testing.T) {
	const m = time.Minute
	tests := []struct {
		name         string
		every, limit time.Duration
		failures     int
		want         time.Duration
	}{
		{"success", 15 * m, 6 * time.Hour, 0, 15 * m},
		{"one failure doubles", 15 * m, 6 * time.Hour, 1, 30 * m},
		{"three failures", 15 * m, 6 * time.Hour, 3, 2 * time.Hour},
		{"capped", 15 * m, 6 * time.Hour, 5, 6 * time.Hour},
		{"many failures do not overflow", 15 * m, 6 * time.Hour, 500, 6 * time.Hour},
		{"limit below every", 15 * m, m, 3, 15 * m},
		{"negative failures", 15 * m, 6 * time.Hour, -1, 15 * m},
		{"odd limit", 10 * m, 25 * m, 2, 25 * m},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Delay(tt.every, tt.limit, tt.failures); got != tt.want {
				t.Errorf("Delay(%v, %v, %d) = %v, want %v", tt.every, tt.limit, tt.failures, got, tt.want)
			}
		})
	}
}
