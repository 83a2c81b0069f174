package ui

import "testing"

// TestGroupDigits: counts in progress texts read as the language writes
// them: a no-break space between thousands in Finnish and Swedish, a
// comma in English.
func TestGroupDigits(t *testing.T) {
	for _, c := range []struct {
		n    int
		lang string
		want string
	}{
		{0, "fi", "0"},
		{999, "fi", "999"},
		{1000, "fi", "1\u00a0000"},
		{40000, "sv", "40\u00a0000"},
		{100000, "fi", "100\u00a0000"},
		{1234567, "en", "1,234,567"},
		{-2500, "en", "-2,500"},
	} {
		if got := groupDigits(c.n, c.lang); got != c.want {
			t.Errorf("%d in %s: %q, want %q", c.n, c.lang, got, c.want)
		}
	}
}
