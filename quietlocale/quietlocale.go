//go:build !windows && !darwin && !js && !android

package quietlocale

import (
	"os"
	"strings"

	"github.com/jeandeaual/go-locale"
	"golang.org/x/text/language"
)

func init() {
	locs, err := locale.GetLocales()
	if err != nil {
		return // Fyne logs this one itself; nothing to repair
	}
	if v, change := repair(locs); change {
		os.Setenv("LANGUAGE", v)
	}
}

// repair returns the value for LANGUAGE under which every locale Fyne reads
// parses, and whether LANGUAGE must change at all. locs are the locales as
// go-locale gives them (BCP 47 style, "fi-FI"), most preferred first. A
// locale that does not parse is kept without its @modifier when that
// parses, and dropped otherwise; "en" (Fyne's own fallback) when nothing is
// left.
func repair(locs []string) (string, bool) {
	keep := make([]string, 0, len(locs))
	changed := false
	for _, l := range locs {
		if _, err := language.Parse(l); err == nil {
			keep = append(keep, l)
			continue
		}
		changed = true
		if base, _, ok := strings.Cut(l, "@"); ok {
			if _, err := language.Parse(base); err == nil {
				keep = append(keep, base)
			}
		}
	}
	if !changed {
		return "", false
	}
	if len(keep) == 0 {
		return "en", true
	}
	return strings.Join(keep, ":"), true
}
