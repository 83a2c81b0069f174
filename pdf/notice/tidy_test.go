package notice

import (
	"strings"
	"testing"
)

func TestTidy(t *testing.T) {
	cases := map[string]string{
		"Etu on tämä..":          "Etu on tämä.",
		"Etu on tämä. .":         "Etu on tämä.",
		"Kysy meiltä?.":          "Kysy meiltä?",
		"Odota...":               "Odota...",
		"Ei muutosta. Toinen.":   "Ei muutosta. Toinen.",
		"v. 2026.. Seuraava.":    "v. 2026. Seuraava.",
		"https://x.fi/a..b ok..": "https://x.fi/a.b ok.",
	}
	for in, want := range cases {
		if got := tidy(in); got != want {
			t.Errorf("tidy(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNoDoubleStops: answers that end with a full stop never print "..".
func TestNoDoubleStops(t *testing.T) {
	a := load(t, examplePath)
	a.Registers[0].Purposes[2].LegitimateInterest += "."
	a.Registers[0].PersonalIdentityCode = true
	a.Registers[0].PICGround = "Laki velvoittaa."
	a.Registers[1].Purposes[0].Description = "Uutiskirjeen lähettäminen."
	a.Website.AnalyticsTools = []string{"Matomo."}
	for _, lang := range []string{"fi", "sv", "en"} {
		text := Compose(a, Options{Lang: lang, Created: created}).PlainText()
		for _, line := range strings.Split(text, "\n") {
			if strings.Contains(strings.ReplaceAll(line, "...", ""), "..") {
				t.Errorf("%s: double stop in %q", lang, line)
			}
		}
	}
}
