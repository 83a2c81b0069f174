package valid

import (
	"strings"
	"testing"
)

func TestRequired(t *testing.T) {
	tests := []struct{ in, code string }{
		{"", codeRequired},
		{"   ", codeRequired},
		{"\t\n", codeRequired},
		{"\u00a0", codeRequired}, // no-break space
		{"x", ""},
		{" Ajanvaraus Kivi Oy ", ""},
	}
	for _, tc := range tests {
		wantCode(t, tc.in, Required(tc.in), tc.code)
	}
}

func FuzzRequired(f *testing.F) {
	for _, s := range []string{"", " ", "x", "\u00a0", "\u3000a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := Required(s)
		checkErr(t, err)
		if (err == nil) != (strings.TrimSpace(s) != "") {
			t.Fatalf("%q: got %v", s, err)
		}
	})
}
