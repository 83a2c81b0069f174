package vocab

import "testing"

// TestPhrasesWhole: every fixed phrase and country has all three
// languages, and no text of one entry means another entry elsewhere (a
// text must translate one way only).
func TestPhrasesWhole(t *testing.T) {
	seen := map[string]Text{}
	add := func(text string, of Text) {
		if text == "" {
			t.Errorf("%v: a language is empty", of)
			return
		}
		if prev, ok := seen[fold(text)]; ok && prev != of {
			t.Errorf("%q is both %v and %v", text, prev, of)
		}
		seen[fold(text)] = of
	}
	for _, list := range phrases {
		for _, p := range list {
			add(p.FI, p)
			add(p.SV, p)
			add(p.EN, p)
		}
	}
	codes := map[string]bool{}
	for _, c := range Countries {
		if len(c.Code) != 2 || codes[c.Code] {
			t.Errorf("country code %q", c.Code)
		}
		codes[c.Code] = true
		add(c.Name.FI, c.Name)
		add(c.Name.SV, c.Name)
		add(c.Name.EN, c.Name)
	}
	for alias, fi := range phraseAliases {
		if _, ok := Translate(fi, "fi"); !ok || fold(alias) != alias {
			t.Errorf("alias %q of %q", alias, fi)
		}
	}
	for alias, code := range countryAliases {
		if _, ok := FindCountry(code); !ok || fold(alias) != alias {
			t.Errorf("alias %q of %q", alias, code)
		}
	}
}

func TestTranslateAndFindCountry(t *testing.T) {
	for _, c := range []struct {
		in, lang, want string
		ok             bool
	}{
		{"Pirkanmaan käräjäoikeus", "sv", "Birkalands tingsrätt", true},
		{"  birkalands   TINGSRÄTT ", "fi", "Pirkanmaan käräjäoikeus", true},
		{"Finnish law", "sv", "Finsk lag", true},
		{"Kirjanpitolaki (1336/1997)", "en", "Accounting Act (1336/1997)", true},
		{"Verohallinto", "sv", "Skatteförvaltningen", true},
		{"Förenta staterna", "en", "United States", true},
		{"USA", "fi", "Yhdysvallat", true},
		{"US", "fi", "", false}, // a bare code only in a country field
		{"Pirkanmaan käräjäoikeudessa", "sv", "", false},
		{"", "sv", "", false},
	} {
		got, ok := Translate(c.in, c.lang)
		if got != c.want || ok != c.ok {
			t.Errorf("Translate(%q, %s) = %q, %v", c.in, c.lang, got, ok)
		}
	}
	for in, code := range map[string]string{"us": "US", "Iso-Britannia": "GB", "Sverige": "SE", "Viro": "EE", "Mars": ""} {
		c, ok := FindCountry(in)
		if c.Code != code || ok != (code != "") {
			t.Errorf("FindCountry(%q) = %q, %v", in, c.Code, ok)
		}
	}
}
