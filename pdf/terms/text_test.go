package terms

import (
	"reflect"
	"regexp"
	"slices"
	"testing"
)

var verb = regexp.MustCompile(`%[sd]`)

// allTexts returns every text of x by field name (array elements indexed).
func allTexts(x *texts) map[string]string {
	out := map[string]string{}
	v := reflect.ValueOf(x).Elem()
	for i := 0; i < v.NumField(); i++ {
		name := v.Type().Field(i).Name
		f := v.Field(i)
		switch f.Kind() {
		case reflect.String:
			out[name] = f.String()
		case reflect.Array:
			for j := 0; j < f.Len(); j++ {
				out[name+"["+string(rune('0'+j))+"]"] = f.Index(j).String()
			}
		}
	}
	return out
}

// TestTextsComplete checks that every language fills every text and uses
// the same format verbs in the same order as Finnish, so that no sentence
// prints a %!d(MISSING) or loses a fact.
func TestTextsComplete(t *testing.T) {
	fi := allTexts(textsFor("fi"))
	if len(fi) < 100 {
		t.Fatalf("only %d texts found; reflection broken?", len(fi))
	}
	for _, lang := range langs {
		got := allTexts(textsFor(lang))
		for name, s := range got {
			if s == "" {
				t.Errorf("%s.%s is empty", lang, name)
			}
			if want := verb.FindAllString(fi[name], -1); !slices.Equal(verb.FindAllString(s, -1), want) {
				t.Errorf("%s.%s verbs %v, Finnish has %v", lang, name, verb.FindAllString(s, -1), want)
			}
		}
	}
}

func TestTitles(t *testing.T) {
	tests := []struct{ lang, title, practices string }{
		{"fi", "Käsittelijäehdot", "Palvelun tietosuojakäytännöt"},
		{"sv", "Villkor för behandling av personuppgifter (personuppgiftsbiträdesavtal)", "Dataskydd i tjänsten"},
		{"en", "Data processing terms", "Privacy practices of the service"},
		{"de", "Käsittelijäehdot", "Palvelun tietosuojakäytännöt"}, // unknown -> Finnish
	}
	for _, tc := range tests {
		if got := Title(tc.lang); got != tc.title {
			t.Errorf("Title(%q) = %q, want %q", tc.lang, got, tc.title)
		}
		if got := PracticesTitle(tc.lang); got != tc.practices {
			t.Errorf("PracticesTitle(%q) = %q, want %q", tc.lang, got, tc.practices)
		}
	}
}
