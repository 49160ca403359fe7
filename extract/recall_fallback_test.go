package extract

import "testing"

// TestRecallFallback covers the nearest-actor fallbacks: a subject past a
// subordinate clause the clause analysis stops at, a target past a long
// noun phrase or a parenthetical, and where neither may reach.
func TestRecallFallback(t *testing.T) {
	runCases(t, []extractCase{
		// The subject, past "since", "before", "until".
		{"subject past since", "Egypt, since the start of the war in October, has sent aid to Gaza.", []string{"EGY>PSE:07"}},
		{"subject past since, hosting", "Qatar, since the collapse of the last truce, has hosted Hamas negotiators.", []string{"PSE>QAT:04", "QAT>PSE:04"}},
		{"subject past before", "Jordan, before the summit opened, condemned Israel.", []string{"JOR>ISR:11"}},
		{"subject past until", "Mexico, until the tariffs were announced, had praised the United States.", []string{"MEX>USA:05"}},
		// The target, past a parenthetical or a long quantity.
		{"target past parenthetical", "Germany delivered another IRIS-T air defence system, the fifth since 2022, to Ukraine.", []string{"DEU>UKR:07"}},
		{"target past a barrage", "Russia launched a barrage of more than 400 drones and 40 missiles overnight at Ukraine.", []string{"RUS>UKR:19"}},
		// Where the fallbacks stop.
		{"no subject past a negation", "Japan, despite weeks of debate in parliament, did not condemn China.", nil},
		{"no target past a reason", "Beijing imposed sanctions on Lockheed Martin over arms sales to Taiwan.", nil},
		{"no target past a clause of its own", "Hungary vetoed the statement, drawing a sharp rebuke from Poland.", []string{"POL>HUN:11"}},
		{"no target past an unknown name", "Egypt detained Ahmed Hassan at Cairo airport on his return from Jordan.", nil},
		{"no subject past a condition", "If Ukraine joins the alliance, Russia will consider it a threat.", nil},
		{"no subject after a denial", "South Korea denied that it had sent weapons to Ukraine.", nil},
		{"no target past a topic", "Iran's president called for unity among Muslim countries against Israel.", nil},
	})
}

func TestSameFirstName(t *testing.T) {
	for _, c := range []struct {
		first, full string
		want        bool
	}{
		{"sergei", "Sergey Lavrov", true},
		{"volodymyr", "Volodymyr Zelensky", true},
		{"ahmed", "Bisher Hassan", false},
		{"j", "Joe Biden", true},
		{"x", "Joe Biden", false},
		{"hassan", "Hassan", true},
	} {
		if got := sameFirstName(c.first, c.full); got != c.want {
			t.Errorf("sameFirstName(%q, %q) = %v, want %v", c.first, c.full, got, c.want)
		}
	}
}
