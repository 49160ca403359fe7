package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRelationFor(t *testing.T) {
	if err := CameoError(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		code string
		want Relation
		name string
	}{
		{"057", Relation{ID: "signed-agreement-with", Cameo: "057", Goldstein: 8.0, QuadClass: 1}, "Sign formal agreement"},
		{"042", Relation{ID: "visited", Cameo: "042", Goldstein: 1.9, QuadClass: 1}, "Make a visit"},
		{"043", Relation{ID: "hosted-visit", Cameo: "043", Goldstein: 2.8, QuadClass: 1}, "Host a visit"},
		{"051", Relation{ID: "praised", Cameo: "051", Goldstein: 3.4, QuadClass: 1}, "Praise or endorse"},
		{"030", Relation{ID: "express-intent-to-cooperate", Cameo: "030", Goldstein: 4.0, QuadClass: 1}, "Express intent to cooperate, not specified below"},
		{"061", Relation{ID: "cooperated-economically", Cameo: "061", Goldstein: 6.4, QuadClass: 2}, "Cooperate economically"},
		{"112", Relation{ID: "accused", Cameo: "112", Goldstein: -2.0, QuadClass: 3}, "Accuse, not specified below"},
		{"130", Relation{ID: "threatened", Cameo: "130", Goldstein: -4.4, QuadClass: 3}, "Threaten, not specified below"},
		{"163", Relation{ID: "imposed-sanctions-on", Cameo: "163", Goldstein: -8.0, QuadClass: 4}, "Impose embargo, boycott, or sanctions"},
		{"190", Relation{ID: "attacked", Cameo: "190", Goldstein: -10.0, QuadClass: 4}, "Use conventional military force, not specified below"},
		{"0874", Relation{ID: "retreat-or-surrender-militarily", Cameo: "0874", Goldstein: 10.0, QuadClass: 2}, "Retreat or surrender militarily"},
		{"04", Relation{ID: "consult-category", Cameo: "04", Goldstein: 1.0, QuadClass: 1}, "Consult"},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			got, ok := RelationFor(tc.code)
			if !ok {
				t.Fatalf("RelationFor(%q) not found", tc.code)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("RelationFor(%q) (-want +got):\n%s", tc.code, diff)
			}
			if diff := cmp.Diff(tc.name, CameoName(tc.code)); diff != "" {
				t.Errorf("CameoName(%q) (-want +got):\n%s", tc.code, diff)
			}
		})
	}
	for _, bad := range []string{"", "00", "21", "0", "999", "visited"} {
		if r, ok := RelationFor(bad); ok {
			t.Errorf("RelationFor(%q) = %v, want not found", bad, r)
		}
	}
}

// TestCameoCodes checks every code: a relation with a unique readable id,
// a name, a weight in range and the quad class of its root.
func TestCameoCodes(t *testing.T) {
	codes := CameoCodes()
	if len(codes) < 300 {
		t.Fatalf("CameoCodes() has %d codes, want the ~310 of CAMEO", len(codes))
	}
	idRE := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	ids := map[string]string{}
	for i, c := range codes {
		if i > 0 && codes[i-1] >= c {
			t.Errorf("CameoCodes not sorted at %q", c)
		}
		r, ok := RelationFor(c)
		if !ok {
			t.Errorf("RelationFor(%q) missing", c)
			continue
		}
		if !idRE.MatchString(r.ID) {
			t.Errorf("%s: id %q is not a lower-case slug", c, r.ID)
		}
		if other, dup := ids[r.ID]; dup {
			t.Errorf("id %q used by %s and %s", r.ID, other, c)
		}
		ids[r.ID] = c
		if CameoName(c) == "" {
			t.Errorf("CameoName(%q) empty", c)
		}
		root, _ := strconv.Atoi(c[:2])
		want := map[bool]int{true: 0}[true]
		switch {
		case root <= 5:
			want = 1
		case root <= 8:
			want = 2
		case root <= 13:
			want = 3
		default:
			want = 4
		}
		if r.QuadClass != want {
			t.Errorf("%s: quad class %d, want %d", c, r.QuadClass, want)
		}
		if r.Goldstein < -10 || r.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v out of range", c, r.Goldstein)
		}
	}
	for _, c := range []string{"01", "20", "1056", "2042", "176", "1213"} {
		if _, ok := RelationFor(c); !ok {
			t.Errorf("code %s missing", c)
		}
	}
}

func ExampleRelationFor() {
	r, _ := RelationFor("057")
	fmt.Printf("%s %s %q goldstein=%.1f quad=%d\n", r.Cameo, r.ID, CameoName(r.Cameo), r.Goldstein, r.QuadClass)
	// Output:
	// 057 signed-agreement-with "Sign formal agreement" goldstein=8.0 quad=1
}
