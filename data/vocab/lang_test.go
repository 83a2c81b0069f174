package vocab

import "testing"

func TestParseLang(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Lang
		ok   bool
	}{
		{"fi", Finnish, true}, {"sv", Swedish, true}, {"en", English, true},
		{"sv-FI", Swedish, true}, {"en_GB", English, true}, {" EN ", English, true}, {"fi_FI.UTF-8", Finnish, true},
		{"de", Finnish, false}, {"", Finnish, false}, {"C", Finnish, false}, {"english", Finnish, false},
	} {
		got, ok := ParseLang(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("ParseLang(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
		if LangOf(c.in) != c.want {
			t.Errorf("LangOf(%q) = %q", c.in, LangOf(c.in))
		}
	}
	for i, l := range Langs {
		if l.Column() != i {
			t.Errorf("%s has column %d, want %d", l, l.Column(), i)
		}
		if got := l.Pick("a", "b", "c"); got != string("abc"[i]) {
			t.Errorf("%s picks %q", l, got)
		}
	}
}
