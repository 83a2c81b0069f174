package pdf

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// runeWidth measures every character as 1 unit, a space as 1 too.
func runeWidth(s string) float64 { return float64(utf8.RuneCountInString(s)) }

func TestCleanText(t *testing.T) {
	cov := new(coverage)
	for _, r := range "abcdefghijklmnopqrstuvwxyzäöå -?□\u00a0" {
		cov.add(int(r))
	}
	for _, tc := range []struct {
		in           string
		keepNewlines bool
		want         string
	}{
		{"abc äö", false, "abc äö"},
		{"a\nb", true, "a\nb"},
		{"a\nb", false, "a b"},
		{"a\r\nb\rc", true, "a\nb\nc"},
		{"a\tb", false, "a b"},
		{"a\x00b\x07c\x1b", false, "abc"},
		{"a\u200bb\u00adc\u200fd", false, "abcd"},     // zero-width space, soft hyphen, RTL mark
		{"a😀b", false, "a□b"},                         // above U+FFFF
		{"👍🏽 ❤️", false, "□ □"},                       // skin tone and variation selector dropped
		{"漢", false, "□"},                             // not in the font
		{"a\xffb", false, "a□b"},                      // invalid UTF-8
		{"a\u00a0b\u202fc", false, "a\u00a0b\u00a0c"}, // no-break spaces kept
		{"a\u2003b", false, "a b"},                    // em space
	} {
		if got := cleanText(tc.in, cov, tc.keepNewlines); got != tc.want {
			t.Errorf("cleanText(%q, %v) = %q, want %q", tc.in, tc.keepNewlines, got, tc.want)
		}
	}
}

func TestWrap(t *testing.T) {
	for _, tc := range []struct {
		in   string
		w    float64
		want []string
	}{
		{"", 10, nil},
		{"yksi kaksi kolme", 10, []string{"yksi kaksi", "kolme"}},
		{"yksi  kaksi", 20, []string{"yksi kaksi"}},
		{"a\n\nb", 10, []string{"a", "", "b"}},
		{"abcdefghijkl", 5, []string{"abcde", "fghij", "kl"}},
		{"x abcdefghijkl", 5, []string{"x", "abcde", "fghij", "kl"}},
		{"ab/cdefgh", 5, []string{"ab/cd", "efgh"}}, // '/' too early to prefer
		{"abcd/efgh", 5, []string{"abcd/", "efgh"}}, // break after the slash
		{"abc", 0.5, []string{"a", "b", "c"}},       // narrower than a character
	} {
		got := wrap(tc.in, tc.w, runeWidth)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") || len(got) != len(tc.want) {
			t.Errorf("wrap(%q, %v) = %q, want %q", tc.in, tc.w, got, tc.want)
		}
	}
}

// A long token must break into lines that fit and lose no character.
func TestWrapLongWordFits(t *testing.T) {
	word := strings.Repeat("äbcdefghij", 50) + "https://esimerkki.fi/a/b/c?d=e"
	for _, w := range []float64{7, 40, 77} {
		lines := wrap(word, w, runeWidth)
		for _, l := range lines {
			if runeWidth(l) > w {
				t.Errorf("w=%v: line %q is wider", w, l)
			}
		}
		if got := strings.Join(lines, ""); got != word {
			t.Errorf("w=%v: lines do not join back to the word", w)
		}
	}
}

func TestTruncate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		w    float64
		want string
	}{
		{"lyhyt", 10, "lyhyt"},
		{"pitkä otsikkorivi", 8, "pitkä o…"},
		{"pitkä otsikkorivi", 7, "pitkä…"}, // no space before the ellipsis
		{"abcdef", 4, "abc…"},
	} {
		if got := truncate(tc.in, tc.w, runeWidth); got != tc.want {
			t.Errorf("truncate(%q, %v) = %q, want %q", tc.in, tc.w, got, tc.want)
		}
	}
}

func TestPageLabel(t *testing.T) {
	for _, tc := range []struct {
		format string
		page   int
		want   string
	}{
		{"Sivu %d / %d", 3, "Sivu 3 / {nb}"},
		{"Sida %d av %d", 1, "Sida 1 av {nb}"},
		{"Page %d", 2, "Page 2"},
		{"", 4, "4 / {nb}"},
		{"100%% %d/%d", 1, "100% 1/{nb}"},
		{"ilman numeroa", 1, "ilman numeroa"},
	} {
		if got := pageLabel(tc.format, tc.page); got != tc.want {
			t.Errorf("pageLabel(%q, %d) = %q, want %q", tc.format, tc.page, got, tc.want)
		}
	}
}

func TestColumns(t *testing.T) {
	for _, tc := range []struct {
		widths []float64
		n      int
		want   []float64
	}{
		{nil, 2, []float64{85, 85}},
		{[]float64{1, 3}, 2, []float64{42.5, 127.5}},
		{[]float64{1, 3}, 3, []float64{170.0 / 3, 170.0 / 3, 170.0 / 3}}, // wrong count
		{[]float64{1, -1}, 2, []float64{85, 85}},                         // not positive
	} {
		xs, ws := columns(tc.widths, tc.n)
		x := float64(marginX)
		for i := range ws {
			if d := ws[i] - tc.want[i]; d > 1e-9 || d < -1e-9 {
				t.Errorf("columns(%v, %d) widths = %v, want %v", tc.widths, tc.n, ws, tc.want)
				break
			}
			if xs[i] != x {
				t.Errorf("columns(%v, %d): column %d starts at %v, want %v", tc.widths, tc.n, i, xs[i], x)
			}
			x += ws[i]
		}
	}
}

func TestVisualOrder(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Helsinki", "Helsinki"},
		{"אבג", "גבא"},
		{"Nimi: אב גד.", "Nimi: דג בא."},
		{"אב 12 גד", "בא 12 דג"}, // digits end a run and keep their order
		{"(אב)", "(בא)"},
		{"א(ב)ג", "ג(ב)א"},
	} {
		if got := visualOrder(tc.in); got != tc.want {
			t.Errorf("visualOrder(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
