package valid

import (
	"net/url"
	"strings"
)

// URL checks a web address: http or https with a host name that has a dot
// (https://www.yritys.fi). A bare "www.yritys.fi" passes: NormalURL
// stores it with https:// in front.
func URL(s string) error {
	_, err := NormalURL(s)
	return err
}

// webURL checks a cleaned address that has its scheme.
func webURL(s string) error {
	if err := firstInvisible(s); err != nil {
		return err
	}
	if strings.IndexFunc(s, isSpaceOrControl) >= 0 {
		return fail(codeURLSpace)
	}
	if !strings.Contains(s, "://") {
		// NormalURL has already tried https:// in front: what is left is
		// another scheme or not an address at all.
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
	if u.User != nil {
		return fail(codeURLFormat) // nimi@yritys.fi typed in the wrong field
	}
	if !isDomain(u.Hostname()) {
		return fail(codeURLHost)
	}
	return nil
}
