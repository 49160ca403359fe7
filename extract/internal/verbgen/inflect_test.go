package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestInflect(t *testing.T) {
	tests := []struct {
		verb string
		want [4]string
	}{
		{"praise", [4]string{"praises", "praised", "praised", "praising"}},
		{"visit", [4]string{"visits", "visited", "visited", "visiting"}},
		{"meet", [4]string{"meets", "met", "met", "meeting"}},
		{"stop", [4]string{"stops", "stopped", "stopped", "stopping"}},
		{"expel", [4]string{"expels", "expelled", "expelled", "expelling"}},
		{"accuse", [4]string{"accuses", "accused", "accused", "accusing"}},
		{"deny", [4]string{"denies", "denied", "denied", "denying"}},
		{"seize", [4]string{"seizes", "seized", "seized", "seizing"}},
		{"strike", [4]string{"strikes", "struck", "struck", "striking"}},
		{"withdraw", [4]string{"withdraws", "withdrew", "withdrawn", "withdrawing"}},
		{"reach", [4]string{"reaches", "reached", "reached", "reaching"}},
		{"tie", [4]string{"ties", "tied", "tied", "tying"}},
		{"agree", [4]string{"agrees", "agreed", "agreed", "agreeing"}},
	}
	for _, tt := range tests {
		t.Run(tt.verb, func(t *testing.T) {
			s, d, n, g := inflect(tt.verb)
			if diff := cmp.Diff(tt.want, [4]string{s, d, n, g}); diff != "" {
				t.Errorf("inflect(%q) (-want +got):\n%s", tt.verb, diff)
			}
		})
	}
}

func TestInflectPhrase(t *testing.T) {
	got := inflectPhrase("hold talks with", nil)
	want := []form{{"hold talks with", "b"}, {"holds talks with", "s"}, {"holding talks with", "g"}, {"held talks with", "dn"}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(form{})); diff != "" {
		t.Errorf("inflectPhrase (-want +got):\n%s", diff)
	}
}

func TestPatternPhrases(t *testing.T) {
	m := map[string]entry{}
	syn := map[string][]string{"TREATY": {"treaty", "pact"}}
	verbs := [][]form{inflectPhrase("sign", nil)}
	addPattern(m, " * &TREATY WITH + [057:057]", verbs, syn)
	for _, p := range []string{"signed treaty~ with", "signing pact~ with"} {
		if e, ok := m[p]; !ok || e.code != "057" {
			t.Errorf("pattern phrase %q = %+v, %v; want code 057", p, e, ok)
		}
	}
	if len(m) != 8 {
		t.Errorf("got %d phrases, want 8 (4 forms × 2 synonyms)", len(m))
	}
}
