package pdf

import (
	"regexp"
	"strings"
)

// phoneRe finds a phone number as people write them: +358 40 123 4567,
// 040 123 4567, 09-123 456, (09) 123 4567. A number starts with "+" or a
// 0 (Finnish numbers do: a leading 0 or the country code), so that sums
// and dates ("2026-001 31.1.2026") are not taken for one.
var phoneRe = regexp.MustCompile(`(?:^|[^\w.,+])((?:\+\d|\(0\d|0\d)[\d ()\-]*\d)`)

// keepPhones puts no-break spaces inside the phone numbers of s, so that a
// number is never broken across lines (a half number on one line reads as
// a whole one).
func keepPhones(s string) string {
	if !spacedDigits(s) {
		return s
	}
	ms := phoneRe.FindAllStringSubmatchIndex(s, -1)
	if ms == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		start, end := m[2], m[3]
		num := s[start:end]
		if digits(num) < 6 || (end < len(s) && s[end] == '.' && end+1 < len(s) && isDigit(s[end+1])) {
			continue // too short for a phone number, or a date
		}
		b.WriteString(s[last:start])
		b.WriteString(strings.ReplaceAll(num, " ", "\u00a0"))
		last = end
	}
	b.WriteString(s[last:])
	return b.String()
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

// spacedDigits reports whether s has a digit or ")" followed by a space and
// a digit: the only places keepPhones can change, found without the
// regular expression (most texts have none).
func spacedDigits(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == ' ' && (isDigit(s[i-1]) || s[i-1] == ')') && isDigit(s[i+1]) {
			return true
		}
	}
	return false
}
