package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Russia attacked Ukraine. Ukraine fought back.", []string{"Russia attacked Ukraine.", "Ukraine fought back."}},
		{"U.S. inside", "The U.S. Secretary of State met Lavrov. They talked.", []string{"The U.S. Secretary of State met Lavrov.", "They talked."}},
		{"U.S. at end", "Iran criticised the U.S. The move angered Tehran.", []string{"Iran criticised the U.S.", "The move angered Tehran."}},
		{"Mr.", "Mr. Putin met Mr. Xi in Moscow.", []string{"Mr. Putin met Mr. Xi in Moscow."}},
		{"month abbreviation", "The talks on Oct. 25 ended. Both sides left.", []string{"The talks on Oct. 25 ended.", "Both sides left."}},
		{"initials", "George W. Bush visited Kabul. He left.", []string{"George W. Bush visited Kabul.", "He left."}},
		{"quote", "\"We will win.\" Zelensky said it twice.", []string{"\"We will win.\"", "Zelensky said it twice."}},
		{"curly quote continues", "“They really haven’t,” Rubio said. He added more.", []string{"“They really haven’t,” Rubio said.", "He added more."}},
		{"question in quote", "\"Why now?\" he asked.", []string{"\"Why now?\" he asked."}},
		{"ellipsis", "The talks … will continue... next week.", []string{"The talks … will continue... next week."}},
		{"paragraphs", "First line.\n\nSecond line.", []string{"First line.", "Second line."}},
		{"headline", "US seeks partnership with Pakistan\nWASHINGTON - The US said.", []string{"US seeks partnership with Pakistan", "WASHINGTON - The US said."}},
		{"wrapped line", "Russia launched drones at\nKyiv overnight, officials said.", []string{"Russia launched drones at Kyiv overnight, officials said."}},
		{"wrapped lower", "Russia launched drones\nat Kyiv.", []string{"Russia launched drones at Kyiv."}},
		{"dateline", "ISLAMABAD, Oct 25 (Reuters) - Pakistan's army chief met Trump. It was the first meeting.", []string{"ISLAMABAD, Oct 25 (Reuters) - Pakistan's army chief met Trump.", "It was the first meeting."}},
		{"decimal", "Germany pledged 1.5 billion euros. Kyiv welcomed it.", []string{"Germany pledged 1.5 billion euros.", "Kyiv welcomed it."}},
		{"empty", "  \n\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SplitSentences(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("SplitSentences(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Pakistan's army", []string{"pakistan", "'s", "army"}},
		{"U.S.-Pakistan ties", []string{"u.s.", "-", "pakistan", "ties"}},
		{"doesn’t come", []string{"does", "not", "come"}},
		{"$500 million", []string{"$", "500", "million"}},
		{"“mature”", []string{"“", "mature", "”"}},
		{"1,500 troops", []string{"1,500", "troops"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, tok := range tokenize(tt.in, nil) {
				got = append(got, tok.low)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("tokenize(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
