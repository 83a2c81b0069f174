package vocab

import "testing"

func TestArticleStylePerLanguage(t *testing.T) {
	for _, c := range []struct{ art, fi, sv, en string }{
		{"15", "15 artikla", "artikel 15", "Article 15"},
		{"12(6)", "12 artiklan 6 kohta", "artikel 12.6", "Article 12(6)"},
		{"6(1)(b)", "6 artiklan 1 kohdan b alakohta", "artikel 6.1 b", "Article 6(1)(b)"},
		{"7(3)", "7 artiklan 3 kohta", "artikel 7.3", "Article 7(3)"},
	} {
		for lang, want := range map[string]string{"fi": c.fi, "sv": c.sv, "en": c.en} {
			if got := Article(c.art, lang); got != want {
				t.Errorf("Article(%q, %s) = %q, want %q", c.art, lang, got, want)
			}
		}
	}
}

// Count.N says one of a thing in the singular and two in the plural (or
// Finnish partitive) in every language.
func TestCountOneAndTwo(t *testing.T) {
	days := Count{{"päivä", "päivää"}, {"dag", "dagar"}, {"day", "days"}}
	for _, c := range []struct {
		n          int
		fi, sv, en string
	}{{1, "1 päivä", "1 dag", "1 day"}, {2, "2 päivää", "2 dagar", "2 days"}} {
		for lang, want := range map[string]string{"fi": c.fi, "sv": c.sv, "en": c.en} {
			if got := days.N(c.n, lang); got != want {
				t.Errorf("N(%d, %s) = %q, want %q", c.n, lang, got, want)
			}
		}
	}
}
