package audit

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameMatcher finds a name as a whole word in any of its inflected forms.
// Finnish inflects names by endings on a stem ("Väestörekisterikeskus",
// "-keskuksen", "-keskukselta", "-keskukseen"; "Trafi", "Trafin",
// "Trafista", "Trafiin"; "VRK:lta"), so a plain search for the
// nominative misses most of them.
type nameMatcher struct {
	re *regexp.Regexp
	// skip, when set, is a form the match must not be part of: the
	// current "Transport- och kommunikationsverket" holds the old
	// "kommunikationsverket".
	skip *regexp.Regexp
}

// fiEndings are the Finnish case endings, singular and plural, and a
// colon before the ending of an abbreviation ("VRK:n", "Trafi:lle"). The
// illative lengthens the stem's last vowel ("Trafiin", "-keskukseen",
// "-virastoon").
const fiEndings = `(?:n|a|ä|ta|tä|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|na|nä|ksi|tta|ttä|t|[aeiouyäö]n|hin|seen|` +
	`ista|istä|issa|issä|ihin|ille|ilta|iltä|illa|illä|ja|jä|ita|itä|in|iden|:\p{L}{1,5})?(?:kin|kaan|kään)?`

// fiName matches the Finnish forms (nominatives and the stems the endings
// attach to, lower case) with any case ending, ignoring letter case.
func fiName(forms ...string) nameMatcher {
	return nameMatcher{re: longest(re(`(?:` + strings.Join(forms, "|") + `)` + fiEndings))}
}

// fiNameCased is fiName for a short name that is only a name with its
// capital ("Trafi"; "trafik" is Swedish for traffic, "vrk" is 24 hours).
func fiNameCased(forms ...string) nameMatcher {
	return nameMatcher{re: longest(regexp.MustCompile(`(?:` + strings.Join(forms, "|") + `)` + fiEndings))}
}

// longest makes r prefer the longest ending, so that the word edge is
// checked after the whole ending ("Trafiin", not "Trafi" + "in").
func longest(r *regexp.Regexp) *regexp.Regexp {
	r.Longest()
	return r
}

// otherName matches a Swedish or English name given as a pattern; the
// pattern says itself which word forms it takes.
func otherName(pattern string) nameMatcher { return nameMatcher{re: re(pattern)} }

// find returns the byte range of the first whole-word match in s, or nil.
func (n nameMatcher) find(s string) []int {
	for _, m := range n.re.FindAllStringIndex(s, -1) {
		if !wordEdge(s, m[0], m[1]) {
			continue
		}
		if n.skip != nil && n.skip.MatchString(s[max(0, m[0]-24):m[1]]) {
			continue
		}
		return m
	}
	return nil
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
