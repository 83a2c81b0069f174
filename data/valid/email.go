package valid

import (
	"strings"
	"unicode"
)

// Email checks the shape of an e-mail address: one @, something before it,
// and a domain with a dot after it. It does not try to follow RFC 5322 in
// full: the aim is to catch typing mistakes, not to reject odd but working
// addresses.
func Email(s string) error {
	_, err := NormalEmail(s)
	return err
}

// email checks a cleaned address.
func email(s string) error {
	if s == "" {
		return nil
	}
	if err := firstInvisible(s); err != nil {
		return err
	}
	if strings.IndexFunc(s, isSpaceOrControl) >= 0 {
		return fail(codeEmailSpace)
	}
	switch strings.Count(s, "@") {
	case 0:
		return fail(codeEmailAtMissing)
	case 1:
	default:
		return fail(codeEmailAtMany)
	}
	local, domain, _ := strings.Cut(s, "@")
	if local == "" {
		return fail(codeEmailLocal)
	}
	if !isDomain(domain) {
		return fail(codeEmailDomain)
	}
	return nil
}

// isDomain reports whether d has at least two dot-separated labels, none of
// them empty ("yritys.fi", not "yritys", ".fi" or "yritys..fi").
func isDomain(d string) bool {
	labels := strings.Split(d, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" {
			return false
		}
	}
	return true
}

func isSpaceOrControl(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsControl(r)
}
