package pdf

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/jung-kurt/gofpdf/v2"

	"tietosuojapakki/pdf/doc"
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
		{"a\vb\fc\u0085d\u2028e\u2029f", true, "a\nb\nc\nd\ne\nf"}, // the line breaks of the cleaning rule
		{"a\vb\fc", false, "a b c"},
		{"a\r\n\r\nb", true, "a\n\nb"},
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

// A paragraph pasted with no-break spaces only breaks at them, as one with
// plain spaces does; a word is broken inside only when no space fits.
func TestWrapNoBreakSpaces(t *testing.T) {
	nb := "\u00a0"
	for _, tc := range []struct {
		in   string
		w    float64
		want []string
	}{
		{"yksi" + nb + "kaksi" + nb + "kolme", 10, []string{"yksi" + nb + "kaksi", "kolme"}},
		{"yksi" + nb + "kaksi" + nb + "kolme", 9, []string{"yksi", "kaksi", "kolme"}},
		{"aa" + nb + "bb" + nb + "cc" + nb + "dd", 5, []string{"aa" + nb + "bb", "cc" + nb + "dd"}},
		{"abcdefgh" + nb + "ij", 5, []string{"abcde", "fgh", "ij"}},
		{"10" + nb + "000" + nb + "€ ja", 20, []string{"10" + nb + "000" + nb + "€ ja"}},
		{"abcde" + nb + "fg", 5, []string{"abcde", "fg"}},
	} {
		got := wrap(tc.in, tc.w, runeWidth)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("wrap(%q, %v) = %q, want %q", tc.in, tc.w, got, tc.want)
		}
		for _, l := range got {
			if runeWidth(l) > tc.w {
				t.Errorf("wrap(%q): line %q wider than %v", tc.in, l, tc.w)
			}
		}
	}
}

// The same words wrap at the same places whether they are joined by plain
// or no-break spaces, when every word fits on a line.
func TestWrapNoBreakLikePlain(t *testing.T) {
	words := strings.Fields(strings.Repeat("tietosuoja on kaikkien yhteinen asia ja se koskee jokaista ", 20))
	plain := wrap(strings.Join(words, " "), 30, runeWidth)
	nb := wrap(strings.Join(words, "\u00a0"), 30, runeWidth)
	if strings.ReplaceAll(strings.Join(nb, "|"), "\u00a0", " ") != strings.Join(plain, "|") {
		t.Errorf("no-break spaces wrap as\n%q\nplain as\n%q", nb, plain)
	}
}

// Line breaking is linear: a 10 MB word (and a 10 MB run of words joined by
// no-break spaces) is wrapped in well under the 5 s the issue allows, with
// the real font's measurer. Quadratic breaking took 25 s for 300,000
// characters.
func TestWrapLinear(t *testing.T) {
	r := newTestRenderer(t)
	size := 256 << 10
	for _, in := range []string{
		strings.Repeat("a", size),
		strings.Repeat("sana\u00a0", size/5),
		strings.Repeat("sana ", size/5),
	} {
		// Work is counted as the bytes handed to the font's measure, not
		// as time: a clock-bound test fails on a busy machine, and breaking
		// that re-measured each line from its start measured here
		// lines × length, about 3,000 times the text instead of a few.
		measured := 0
		count := func(s string) float64 {
			measured += len(s)
			return r.p.GetStringWidth(s)
		}
		lines := wrap(in, contentW, count)
		if measured > 8*len(in) {
			t.Errorf("%d bytes wrapped by measuring %d bytes (%.1f×)", len(in), measured, float64(measured)/float64(len(in)))
		}
		n := 0
		for _, l := range lines {
			n += len(l)
		}
		if len(lines) < 1000 || n < len(in)*8/10 {
			t.Errorf("%d lines, %d bytes kept of %d", len(lines), n, len(in))
		}
		t.Logf("%d bytes: %d lines, %d bytes measured", len(in), len(lines), measured)
	}
}

// newTestRenderer is a renderer with the document fonts set up and a page,
// for measuring with the real fonts.
func newTestRenderer(t *testing.T) *renderer {
	t.Helper()
	cov, err := coverages()
	if err != nil {
		t.Fatal(err)
	}
	r := &renderer{p: gofpdf.New("P", "mm", "A4", ""), d: &doc.Document{Title: "x"}, cov: cov}
	r.setup(Options{CreatedAt: time.Unix(0, 0)})
	r.newPage()
	r.setFont(regular, bodySize)
	return r
}

// A whole PDF of one unbreakable 2 MB word is drawn (300,000 characters
// took 25 s before line breaking was linear; TestWrapLinear guards that
// without a clock) and is not lost.
func TestWritePDFHugeWord(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	size := 2 << 20
	if raceEnabled {
		size = 256 << 10
	}
	d := &doc.Document{Title: "x", Lang: "fi", Sections: []doc.Section{{Title: "h", Blocks: []doc.Block{
		doc.Paragraph{Text: "alku " + strings.Repeat("a", size) + " loppu"}}}}}
	pdf := render(t, d)
	if len(pdf) < size/10 {
		t.Errorf("a PDF of %d bytes for %d characters", len(pdf), size)
	}
}

// FuzzWrap: no line is wider than the width (unless it is one character),
// and no character but the spaces between lines is lost or added.
func FuzzWrap(f *testing.F) {
	f.Add("yksi kaksi kolme", 10.0)
	f.Add("aa\u00a0bb\u00a0cc\u00a0dd eeeeeeeeeeee", 5.0)
	f.Add("abcd/efgh-ijkl\n\nx", 3.0)
	f.Add("\u00a0\u00a0\u00a0x", 1.0)
	f.Fuzz(func(t *testing.T, s string, w float64) {
		if w != w || w < 0.5 || w > 1000 || !utf8.ValidString(s) {
			return
		}
		lines := wrap(s, w, runeWidth)
		for _, l := range lines {
			if runeWidth(l) > w && utf8.RuneCountInString(l) > 1 {
				t.Fatalf("wrap(%q, %v): line %q too wide", s, w, l)
			}
		}
		squash := func(x string) string {
			return strings.NewReplacer(" ", "", "\u00a0", "", "\n", "").Replace(x)
		}
		if squash(strings.Join(lines, "")) != squash(s) {
			t.Fatalf("wrap(%q, %v) = %q: characters lost or added", s, w, lines)
		}
	})
}
