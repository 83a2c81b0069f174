package pdf

import (
	"strings"
	"unicode"
)

// visualOrder reverses each run of right-to-left letters (Hebrew, Arabic)
// in a line, since gofpdf draws characters strictly left to right. A run may
// hold spaces and punctuation between RTL letters; digits and Latin text end
// it, so numbers keep their order. This is a small part of the Unicode
// bidirectional algorithm: enough for a Hebrew or Arabic name or phrase in a
// Finnish document. Arabic letters are not shaped (joined); they are drawn
// in their isolated forms.
func visualOrder(line string) string {
	if !hasRTL(line) {
		return line
	}
	rs := []rune(line)
	for i := 0; i < len(rs); {
		if !isRTL(rs[i]) {
			i++
			continue
		}
		// Extend the run over neutral characters followed by more RTL.
		end := i + 1
		for j := end; j < len(rs); j++ {
			if isRTL(rs[j]) {
				end = j + 1
			} else if !isNeutral(rs[j]) {
				break
			}
		}
		for a, b := i, end-1; a < b; a, b = a+1, b-1 {
			rs[a], rs[b] = mirror(rs[b]), mirror(rs[a])
		}
		i = end
	}
	return string(rs)
}

func hasRTL(s string) bool {
	return strings.IndexFunc(s, isRTL) >= 0
}

func isRTL(r rune) bool {
	// Hebrew, the first of these scripts, starts at U+0590: Latin text,
	// nearly all of every document, is answered without the tables.
	return r >= firstRTL && unicode.In(r, rtlScripts...)
}

// rtlScripts are the scripts written right to left; firstRTL is where
// the first of them begins.
var rtlScripts = []*unicode.RangeTable{unicode.Hebrew, unicode.Arabic, unicode.Syriac, unicode.Thaana, unicode.Nko}

const firstRTL = 0x0590

// isNeutral reports characters that take the direction of their
// surroundings: spaces and punctuation, but not digits.
func isNeutral(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '.' && r != ','
}

// mirror swaps paired brackets, which flip inside reversed text.
func mirror(r rune) rune {
	switch r {
	case '(':
		return ')'
	case ')':
		return '('
	case '[':
		return ']'
	case ']':
		return '['
	case '{':
		return '}'
	case '}':
		return '{'
	case '<':
		return '>'
	case '>':
		return '<'
	}
	return r
}
