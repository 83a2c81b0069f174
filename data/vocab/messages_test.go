package vocab

import "testing"

func TestMessagesIn(t *testing.T) {
	m := Messages{"x": {"Hei {0}, {1}", "Hej {0}, {1}", "Hi {0}, {1}"}}
	cases := []struct{ lang, want string }{
		{"fi", "Hei Aino, 2"}, {"sv", "Hej Aino, 2"}, {"sv-FI", "Hej Aino, 2"},
		{"en_GB", "Hi Aino, 2"}, {"EN", "Hi Aino, 2"}, {"de", "Hei Aino, 2"}, {"", "Hei Aino, 2"},
	}
	for _, c := range cases {
		if got := m.In("x", c.lang, "Aino", "2"); got != c.want {
			t.Errorf("%q: %q, want %q", c.lang, got, c.want)
		}
	}
	if got := m.In("missing", "fi"); got != "missing" {
		t.Errorf("unknown code: %q", got)
	}
	if got := (Text{"a", "b", "c"}).In("sv"); got != "b" {
		t.Errorf("Text.In: %q", got)
	}
}

func TestCountAgrees(t *testing.T) {
	errorsWord := Count{{"virhe", "virhettä"}, {"fel", "fel"}, {"error", "errors"}}
	days := Count{{"päivä", "päivää"}, {"dag", "dagar"}, {"day", "days"}}
	tests := []struct {
		c    Count
		n    int
		lang string
		want string
	}{
		{errorsWord, 1, "fi", "1 virhe"},
		{errorsWord, 2, "fi", "2 virhettä"},
		{errorsWord, 0, "fi", "0 virhettä"},
		{errorsWord, 21, "fi", "21 virhettä"},
		{errorsWord, 1, "sv", "1 fel"},
		{errorsWord, 2, "sv-FI", "2 fel"},
		{errorsWord, 1, "en", "1 error"},
		{errorsWord, 2, "en_GB", "2 errors"},
		{errorsWord, 0, "en", "0 errors"},
		{days, 1, "sv", "1 dag"},
		{days, 30, "sv", "30 dagar"},
		{days, -1, "en", "-1 day"},
		{days, 1, "de", "1 päivä"},
	}
	for _, tc := range tests {
		if got := tc.c.N(tc.n, tc.lang); got != tc.want {
			t.Errorf("N(%d, %s) = %q, want %q", tc.n, tc.lang, got, tc.want)
		}
	}
}
