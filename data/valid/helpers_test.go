package valid

import (
	"errors"
	"regexp"
	"testing"
)

// leftPlaceholder finds a {n} that no argument filled.
var leftPlaceholder = regexp.MustCompile(`\{\d+\}`)

// checkErr fails the test unless err is nil or a *Error whose code has a
// complete, fully filled message in every language. Fuzz targets use it on
// every result, so a new code without texts is caught there too.
func checkErr(t *testing.T, err error) *Error {
	t.Helper()
	if err == nil {
		return nil
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not a *valid.Error", err, err)
	}
	if _, ok := messages[e.Code]; !ok {
		t.Fatalf("code %q has no messages", e.Code)
	}
	for _, lang := range []string{"fi", "sv", "en"} {
		msg := e.Message(lang)
		if msg == "" || leftPlaceholder.MatchString(msg) {
			t.Fatalf("code %q, %s: message %q is empty or has an unfilled placeholder (args %q)", e.Code, lang, msg, e.Args)
		}
	}
	return e
}

// wantCode fails the test unless err carries code; "" means no error.
func wantCode(t *testing.T, in string, err error, code string) *Error {
	t.Helper()
	e := checkErr(t, err)
	switch {
	case code == "" && e != nil:
		t.Errorf("%q: got %s (%s), want no error", in, e.Code, e.Message("en"))
	case code != "" && e == nil:
		t.Errorf("%q: got no error, want %s", in, code)
	case code != "" && e.Code != code:
		t.Errorf("%q: got %s (%s), want %s", in, e.Code, e.Message("en"), code)
	}
	return e
}
