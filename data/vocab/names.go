package vocab

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// nameMatcher finds a name as a whole word in any of its inflected forms.
// Finnish inflects names by endings on a stem ("Väestörekisterikeskus",
// "-keskuksen", "-keskukselta", "-keskukseen"; "Trafi", "Trafin",
// "Trafista", "Trafiin"; "VRK:lta"), so a plain search for the
// nominative misses most of them. Its expressions compile on first use:
// the program's window and most commands never search for a name.
type nameMatcher struct {
	expr string
	re   func() *regexp.Regexp
	// skip, when set, is a form the match (with the 40 bytes before it)
	// must not be part of: the current "Liikenne- ja viestintävirasto"
	// holds the old "viestintävirasto".
	skip func() *regexp.Regexp
}

// fiEndings are the Finnish case endings, singular and plural, and a
// colon before the ending of an abbreviation ("VRK:n", "Trafi:lle"). The
// illative lengthens the stem's last vowel ("Trafiin", "-keskukseen",
// "-virastoon").
const fiEndings = `(?:n|a|ä|ta|tä|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|na|nä|ksi|tta|ttä|t|[aeiouyäö]n|hin|seen|` +
	`ista|istä|issa|issä|ihin|ille|ilta|iltä|illa|illä|ja|jä|ita|itä|in|iden|:\p{L}{1,5})?(?:kin|kaan|kään)?`

// allNames is every nameMatcher made, so that a test compiles them all.
var allNames []*nameMatcher

// newName is the matcher of expr: a space in expr stands for any run of
// white space (a PDF or a pasted text may break or double it); longest
// makes the match prefer the longest alternative, so that the word edge
// is checked after the whole ending ("Trafiin", not "Trafi" + "in").
func newName(expr string, longest bool) nameMatcher {
	expr = strings.ReplaceAll(expr, " ", `\s*`)
	n := nameMatcher{expr: expr, re: sync.OnceValue(func() *regexp.Regexp {
		r := regexp.MustCompile(expr)
		if longest {
			r.Longest()
		}
		return r
	})}
	allNames = append(allNames, &n)
	return n
}

// fiName matches the Finnish forms (nominatives and the stems the endings
// attach to, lower case) with any case ending, ignoring letter case.
func fiName(forms ...string) nameMatcher {
	return newName(`(?i)(?:`+strings.Join(forms, "|")+`)`+fiEndings, true)
}

// fiNameCased is fiName for a short name that is only a name with its
// capital ("Trafi"; "trafik" is Swedish for traffic, "vrk" is 24 hours).
func fiNameCased(forms ...string) nameMatcher {
	return newName(`(?:`+strings.Join(forms, "|")+`)`+fiEndings, true)
}

// otherName matches a Swedish or English name, a law's number or an
// address given as a pattern, ignoring letter case; the pattern says
// itself which word forms it takes.
func otherName(pattern string) nameMatcher { return newName(`(?i)`+pattern, false) }

// unless returns n that drops a match the text right before makes part of
// another, current name (pattern, ignoring letter case, must match the
// text up to the match's end).
func (n nameMatcher) unless(pattern string) nameMatcher {
	n.skip = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)(?:` + pattern + `)$`) })
	return n
}

// findAll returns the byte ranges of the whole-word matches in s.
func (n nameMatcher) findAll(s string) [][2]int {
	var out [][2]int
	for _, m := range n.re().FindAllStringIndex(s, -1) {
		if !wordEdge(s, m[0], m[1]) {
			continue
		}
		if n.skip != nil && n.skip().MatchString(s[max(0, m[0]-40):m[1]]) {
			continue
		}
		out = append(out, [2]int{m[0], m[1]})
	}
	return out
}

// wordEdge reports whether s[i:j] starts and ends at word boundaries
// (Go's \b knows only ASCII letters).
func wordEdge(s string, i, j int) bool {
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s[j:]); j < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return false
	}
	return true
}
