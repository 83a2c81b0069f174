package pdf

import (
	"testing"
	"unicode"
)

// TestIsRTLFastPath: the early answer below U+0590 agrees with the script
// tables for every character, and real letters of each script are found.
func TestIsRTLFastPath(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isRTL(r), unicode.In(r, rtlScripts...); got != want {
			t.Fatalf("isRTL(%U) = %v, the tables say %v", r, got, want)
		}
	}
	for _, c := range []struct {
		r    rune
		want bool
	}{
		{'a', false}, {'ä', false}, {'Ö', false}, {'€', false}, {'Ж', false},
		{'א', true}, {'ש', true}, {'ب', true}, {'ܐ', true}, {'ހ', true}, {'ߊ', true},
	} {
		if got := isRTL(c.r); got != c.want {
			t.Errorf("isRTL(%q) = %v, want %v", c.r, got, c.want)
		}
	}
	for _, tab := range rtlScripts {
		if lo := rune(tab.R16[0].Lo); lo < firstRTL {
			t.Errorf("a script starts at %U, before firstRTL %U", lo, firstRTL)
		}
	}
}
