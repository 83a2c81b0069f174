package notice

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestTextsComplete checks that every text of the Finnish notice has a
// non-empty Swedish and English counterpart: strings are set, functions
// are set and return text, rights have exactly one place for the e-mail.
func TestTextsComplete(t *testing.T) {
	for _, lang := range []string{"fi", "sv", "en"} {
		tx := textsOf(lang)
		checkValue(t, lang, "texts", reflect.ValueOf(*tx))
		for _, label := range []string{tx.PageLabel} {
			if strings.Count(label, "%d") != 2 {
				t.Errorf("%s: PageLabel %q needs two %%d", lang, label)
			}
		}
		for name, rt := range map[string]rightText{"Access": tx.Access, "Rectification": tx.Rectification, "Erasure": tx.Erasure,
			"Restriction": tx.Restriction, "Portability": tx.Portability, "Objection": tx.Objection, "Withdraw": tx.Withdraw} {
			if strings.Count(rt.Ask, "%s") != 1 || strings.Contains(rt.Explain, "%") {
				t.Errorf("%s: %s ask %q needs one %%s", lang, name, rt.Ask)
			}
		}
		if lang != "fi" && tx.Title == textFI.Title {
			t.Errorf("%s: title is the Finnish one", lang)
		}
	}
}

// checkValue walks a texts value: every string field non-empty, every
// func field set and returning a non-empty string for sample arguments.
func checkValue(t *testing.T, lang, path string, v reflect.Value) {
	t.Helper()
	switch v.Kind() {
	case reflect.String:
		if strings.TrimSpace(v.String()) == "" {
			t.Errorf("%s: %s is empty", lang, path)
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			checkValue(t, lang, path+"["+strconv.Itoa(i)+"]", v.Index(i))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			checkValue(t, lang, path+"."+v.Type().Field(i).Name, v.Field(i))
		}
	case reflect.Func:
		if v.IsNil() {
			t.Errorf("%s: %s is not set", lang, path)
			return
		}
		var args []reflect.Value
		for i := 0; i < v.Type().NumIn(); i++ {
			switch in := v.Type().In(i); in.Kind() {
			case reflect.String:
				args = append(args, reflect.ValueOf("x"))
			case reflect.Int:
				args = append(args, reflect.ValueOf(2))
			default:
				if in == reflect.TypeOf(time.Time{}) {
					args = append(args, reflect.ValueOf(time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)))
					continue
				}
				t.Fatalf("%s: %s takes %v; teach the test", lang, path, in)
			}
		}
		out := v.Call(args)
		if len(out) != 1 || out[0].Kind() != reflect.String || strings.TrimSpace(out[0].String()) == "" {
			t.Errorf("%s: %s returns nothing", lang, path)
		}
	default:
		t.Errorf("%s: %s has kind %v; teach the test", lang, path, v.Kind())
	}
}

// The repealed act and the authority's old address must never appear:
// not in the package's files and not in any notice. They are spelled in
// two pieces here so that this file itself does not match.
var outdated = []string{"henkilötieto" + "laki", "henkilötieto" + "lain", "personuppgifts" + "lagen", "Personal Data " + "Act", "Ratapihan" + "tie", "005" + "21"}

func TestNoOutdatedReferences(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	more, _ := filepath.Glob("testdata/*")
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range outdated {
			if strings.Contains(strings.ToLower(string(b)), strings.ToLower(bad)) {
				t.Errorf("%s mentions %q", f, bad)
			}
		}
	}
	for _, path := range []string{examplePath, siivousPath} {
		a := load(t, path)
		for _, lang := range []string{"fi", "sv", "en"} {
			for _, draft := range []bool{false, true} {
				checkNoOutdated(t, Compose(a, Options{Lang: lang, Draft: draft}).PlainText())
			}
		}
	}
}

func checkNoOutdated(t testing.TB, text string) {
	t.Helper()
	low := strings.ToLower(text)
	for _, bad := range outdated {
		if strings.Contains(low, strings.ToLower(bad)) {
			t.Errorf("notice mentions %q", bad)
		}
	}
}
