package valid

import (
	"net/url"
	"strings"
)

// URL checks a web address: http or https with a host name that has a dot
// (https://www.yritys.fi). It goes on a printed notice, so a bare
// "www.yritys.fi" gets a message asking for the https:// start.
func URL(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if strings.IndexFunc(s, isSpaceOrControl) >= 0 {
		return fail(codeURLSpace)
	}
	if !strings.Contains(s, "://") {
		// "www.yritys.fi" or "yritys.fi/yhteystiedot": a host without the
		// scheme. Offer the fixed address as the example, but only when
		// that address passes itself.
		if !strings.Contains(s, ":") && URL("https://"+s) == nil {
			return fail(codeURLSchemeMissing, "https://"+s)
		}
		if u, err := url.Parse(s); err == nil && u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
			return fail(codeURLScheme) // mailto:, tel:, …
		}
		return fail(codeURLFormat)
	}
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" {
		return fail(codeURLFormat)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fail(codeURLScheme)
	}
	if !isDomain(u.Hostname()) {
		return fail(codeURLHost)
	}
	return nil
}
