package pdf

import "testing"

func TestFontCoverage(t *testing.T) {
	covs, err := coverages()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fontFiles {
		cov := covs[f.style]
		// Every style must draw Finnish and Swedish letters and the
		// replacement mark itself.
		for _, r := range "AZaz09äöåÄÖÅ€§–…•" + string(replacement) {
			if !cov.has(r) {
				t.Errorf("style %q lacks %q", f.style, r)
			}
		}
		for _, r := range []rune{'漢', 0xE000, 0x10000, -1} {
			if cov.has(r) {
				t.Errorf("style %q claims %U", f.style, r)
			}
		}
	}
	for _, r := range "שלוםمرحبا" {
		if !covs[regular].has(r) {
			t.Errorf("regular lacks %q", r)
		}
	}
}

func TestParseCoverageRejectsGarbage(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("not a font at all"), make([]byte, 64)} {
		if _, err := parseCoverage(b); err == nil {
			t.Errorf("parseCoverage(%q) gave no error", b)
		}
	}
}
