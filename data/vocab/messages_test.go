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
