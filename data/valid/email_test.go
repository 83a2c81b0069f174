package valid

import (
	"strings"
	"testing"
)

func TestEmail(t *testing.T) {
	tests := []struct{ in, code string }{
		{"", ""},
		{"tietosuoja@ajanvarauskivi.fi", ""},
		{"sanna.kivi@ajanvarauskivi.fi", ""},
		{"a+uutiskirje@mail.yritys.fi", ""},
		{"åsa@företag.fi", ""},
		{" tuki@yritys.fi\n", ""},
		{"nimi yritys.fi", codeEmailSpace},
		{"nimi @yritys.fi", codeEmailSpace},
		{"nimi@\tyritys.fi", codeEmailSpace},
		{"nimi.yritys.fi", codeEmailAtMissing},
		{"a@b@yritys.fi", codeEmailAtMany},
		{"a@yritys.fi,b@yritys.fi", codeEmailAtMany},
		{"@yritys.fi", codeEmailLocal},
		{"nimi@yritys", codeEmailDomain},
		{"nimi@yritys,fi", codeEmailDomain},
		{"nimi@", codeEmailDomain},
		{"nimi@.fi", codeEmailDomain},
		{"nimi@yritys.fi.", codeEmailDomain},
		{"nimi@yritys..fi", codeEmailDomain},
	}
	for _, tc := range tests {
		wantCode(t, tc.in, Email(tc.in), tc.code)
	}
}

func FuzzEmail(f *testing.F) {
	for _, s := range []string{"", "tietosuoja@ajanvarauskivi.fi", "a@b@c.fi", "@x.fi", "x@y", "x@.fi",
		"nimi yritys@x.fi", "åsa@företag.fi", "a@b.c\x00", "@", "."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := Email(s)
		checkErr(t, err)
		if err != nil {
			return
		}
		trimmed := strings.TrimSpace(s)
		if trimmed == "" {
			return
		}
		local, domain, _ := strings.Cut(trimmed, "@")
		if strings.Count(trimmed, "@") != 1 || local == "" || !strings.Contains(domain, ".") ||
			strings.ContainsAny(trimmed, " \t\r\n") {
			t.Fatalf("%q accepted", s)
		}
	})
}
