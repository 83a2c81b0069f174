//go:build !windows && !darwin && !js && !android

package quietlocale

import (
	"os"
	"testing"

	"github.com/jeandeaual/go-locale"
	"golang.org/x/text/language"
)

// TestRepair sets the locale variables as a shell would, repairs them as
// init does, and reads the locales back the way Fyne does: every one must
// parse (so Fyne logs nothing), and the user's language must survive.
func TestRepair(t *testing.T) {
	cases := []struct {
		name string
		env  map[string]string // unset when absent
		want string            // LANGUAGE afterwards ("" = unset)
	}{
		{"unset", nil, ""},
		{"C", map[string]string{"LANG": "C"}, ""},
		{"POSIX", map[string]string{"LANG": "POSIX"}, ""},
		{"C.UTF-8", map[string]string{"LANG": "C.UTF-8"}, "en"},
		{"C.utf8 in LC_ALL", map[string]string{"LC_ALL": "C.utf8", "LANG": "fi_FI.UTF-8"}, "en"},
		{"POSIX.UTF-8", map[string]string{"LANG": "POSIX.UTF-8"}, "en"},
		{"fi_FI.UTF-8", map[string]string{"LANG": "fi_FI.UTF-8"}, ""},
		{"sv_FI.UTF-8", map[string]string{"LANG": "sv_FI.UTF-8"}, ""},
		{"en_US.UTF-8", map[string]string{"LANG": "en_US.UTF-8"}, ""},
		{"modifier", map[string]string{"LANG": "fi_FI@euro"}, "fi-FI"},
		{"LANGUAGE list kept", map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "fi:sv"}, "fi:sv"},
		{"LANGUAGE with an empty item", map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "sv::en"}, "sv:en"},
		// go-locale reads a LANGUAGE of exactly C as the C locale: no parse.
		{"LANGUAGE of C only", map[string]string{"LANG": "fi_FI.UTF-8", "LANGUAGE": "C"}, "C"},
		{"LANGUAGE of C.UTF-8", map[string]string{"LANG": "fi_FI.UTF-8", "LANGUAGE": "C.UTF-8"}, "en"},
		{"LANGUAGE ignored under plain C", map[string]string{"LANG": "C", "LANGUAGE": "C.UTF-8"}, "C.UTF-8"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"} {
				t.Setenv(k, c.env[k]) // restored after the test
				if _, ok := c.env[k]; !ok {
					os.Unsetenv(k)
				}
			}
			locs, err := locale.GetLocales()
			if err != nil {
				t.Fatal(err)
			}
			if v, change := repair(locs); change {
				os.Setenv("LANGUAGE", v)
			}
			if got := os.Getenv("LANGUAGE"); got != c.want {
				t.Errorf("LANGUAGE = %q, want %q", got, c.want)
			}
			after, _ := locale.GetLocales()
			for _, l := range after {
				if _, err := language.Parse(l); err != nil {
					t.Errorf("Fyne would still log: %q: %v", l, err)
				}
			}
		})
	}
}
