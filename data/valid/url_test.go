package valid

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
)

func TestURL(t *testing.T) {
	tests := []struct {
		in, code string
		args     []string
	}{
		{in: ""},
		{in: "https://www.ajanvarauskivi.fi"},
		{in: "http://yritys.fi/tietosuoja"},
		{in: "HTTPS://WWW.YRITYS.FI"},
		{in: "https://yritys.fi:8443/seloste?kieli=fi#oikeudet"},
		{in: " https://www.yritys.fi/ "},
		{in: "www.example.fi"},
		{in: "yritys.fi/tietosuoja"},
		{in: "nimi@yritys.fi", code: codeURLFormat},
		{in: "https://www.yritys\u00a0.fi", code: codeInvisible, args: []string{"U+00A0", "…//www.yritys"}},
		{in: "ftp://yritys.fi", code: codeURLScheme},
		{in: "mailto:info@yritys.fi", code: codeURLScheme},
		{in: "https://", code: codeURLHost},
		{in: "https://localhost", code: codeURLHost},
		{in: "https://www..fi", code: codeURLHost},
		{in: "https://www.yritys .fi", code: codeURLSpace},
		{in: "www.yritys.fi?sivu=1"},
		{in: "yritys.#fi", code: codeURLFormat},
		{in: "yritys.fi/%zz", code: codeURLFormat},
		{in: "yritys", code: codeURLFormat},
		{in: "https//www.yritys.fi", code: codeURLFormat},
		{in: "://yritys.fi", code: codeURLFormat},
		{in: "https://yritys.fi:port", code: codeURLFormat},
	}
	for _, tc := range tests {
		e := wantCode(t, tc.in, URL(tc.in), tc.code)
		if e != nil && fmt.Sprint(e.Args) != fmt.Sprint(tc.args) {
			t.Errorf("%q: args %q, want %q", tc.in, e.Args, tc.args)
		}
		if e != nil && len(e.Args) == 1 && URL(e.Args[0]) != nil {
			t.Errorf("%q: suggested %q does not pass", tc.in, e.Args[0])
		}
	}
}

func FuzzURL(f *testing.F) {
	for _, s := range []string{"", "https://www.ajanvarauskivi.fi", "www.example.fi", "ftp://x.fi", "https://",
		"http://[::1]", "https://a.b:99999", "mailto:a@b.fi", "%zz", "https://ä.fi/ö", "a.b:c", "0.#0", "0.%0000000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := URL(s)
		e := checkErr(t, err)
		if e != nil && e.Code == codeURLSchemeMissing {
			if got := URL(e.Args[0]); got != nil {
				t.Fatalf("%q: suggestion %q fails: %v", s, e.Args[0], got)
			}
		}
		trimmed, _ := NormalURL(s)
		if err != nil || trimmed == "" {
			return
		}
		u, perr := url.Parse(trimmed)
		if perr != nil || (u.Scheme != "http" && u.Scheme != "https") || !strings.Contains(u.Hostname(), ".") {
			t.Fatalf("%q accepted (parse error %v)", s, perr)
		}
	})
}
