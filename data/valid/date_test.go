package valid

import (
	"fmt"
	"testing"
	"time"
)

func TestDate(t *testing.T) {
	tests := []struct {
		in, code string
		args     []string
	}{
		{in: ""},
		{in: "2026-01-31"},
		{in: "2026-02-28"},
		{in: "2024-02-29"},
		{in: "2026-12-31"},
		{in: " 2026-03-31 "},
		{in: "2026-02-30", code: codeDateInvalid, args: []string{"2026-02-30"}},
		{in: "2025-02-29", code: codeDateInvalid, args: []string{"2025-02-29"}},
		{in: "2100-02-29", code: codeDateInvalid, args: []string{"2100-02-29"}},
		{in: "2026-04-31", code: codeDateInvalid, args: []string{"2026-04-31"}},
		{in: "2026-13-01", code: codeDateInvalid, args: []string{"2026-13-01"}},
		{in: "2026-00-10", code: codeDateInvalid, args: []string{"2026-00-10"}},
		{in: "2026-01-00", code: codeDateInvalid, args: []string{"2026-01-00"}},
		{in: "31.1.2026"},
		{in: "2026-1-5"},
		{in: "31.1.26", code: codeDateYearDigits},
		{in: "2026/01/31", code: codeDateParseFormat},
		{in: "20260131", code: codeDateParseFormat},
		{in: "2026-01-31T00:00:00Z", code: codeDateParseFormat},
		{in: "eilen", code: codeDateParseFormat},
	}
	for _, tc := range tests {
		e := wantCode(t, tc.in, Date(tc.in), tc.code)
		if e != nil && fmt.Sprint(e.Args) != fmt.Sprint(tc.args) {
			t.Errorf("%q: args %q, want %q", tc.in, e.Args, tc.args)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want, code string
	}{
		{in: "2026-01-31", want: "2026-01-31"},
		{in: "2026-1-5", want: "2026-01-05"},
		{in: "31.1.2026", want: "2026-01-31"},
		{in: "31.01.2026", want: "2026-01-31"},
		{in: "05.06.2026", want: "2026-06-05"},
		{in: "5.6.2026.", want: "2026-06-05"},
		{in: "31. 1. 2026", want: "2026-01-31"},
		{in: "31. 1. 2026.", want: "2026-01-31"},
		{in: " 1.1.2026 ", want: "2026-01-01"},
		{in: "29.2.2024", want: "2024-02-29"},
		{in: "", code: codeRequired},
		{in: "  ", code: codeRequired},
		{in: "30.2.2026", code: codeDateInvalid},
		{in: "29.2.2025", code: codeDateInvalid},
		{in: "1.13.2026", code: codeDateInvalid},
		{in: "0.1.2026", code: codeDateInvalid},
		{in: "2026-02-30", code: codeDateInvalid},
		{in: "31.1.26", code: codeDateYearDigits},
		{in: "26-01-31", code: codeDateYearDigits},
		{in: "31.1.", code: codeDateParseFormat},
		{in: "31.1", code: codeDateParseFormat},
		{in: "31.1.2026..", code: codeDateParseFormat},
		{in: "31/1/2026", code: codeDateParseFormat},
		{in: "123.1.2026", code: codeDateParseFormat},
		{in: "31.1.20266", code: codeDateParseFormat},
		{in: "+2026-01-01", code: codeDateParseFormat},
		{in: "2026-01-31T10:00", code: codeDateParseFormat},
		{in: "tammikuu", code: codeDateParseFormat},
	}
	for _, tc := range tests {
		got, err := ParseDate(tc.in)
		wantCode(t, tc.in, err, tc.code)
		if tc.code != "" {
			if !got.IsZero() {
				t.Errorf("%q: got %v with an error, want the zero time", tc.in, got)
			}
			continue
		}
		want, _ := time.Parse("2006-01-02", tc.want)
		if !got.Equal(want) || got.Location() != time.UTC {
			t.Errorf("%q: got %v, want %v UTC", tc.in, got, want)
		}
	}
}

func FuzzDate(f *testing.F) {
	for _, s := range []string{"", "2026-01-31", "2026-02-30", "2024-02-29", "31.1.2026", "0000-01-01",
		"9999-12-31", "2026-1-1", "२०२६-०१-३१", "2026-01-3x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		trimmed, err := NormalDate(s)
		checkErr(t, err)
		if (err == nil) != (Date(s) == nil) {
			t.Fatalf("%q: Date and NormalDate disagree", s)
		}
		if err != nil || trimmed == "" {
			return
		}
		// An accepted date is stored exactly as time.Parse reads it back.
		tm, perr := time.Parse("2006-01-02", trimmed)
		if perr != nil || tm.Format("2006-01-02") != trimmed {
			t.Fatalf("%q accepted, time.Parse: %v", s, perr)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"", "2026-01-31", "31.1.2026", "31.01.2026.", "31. 1. 2026", "30.2.2026",
		"31.1.26", "0.0.0000", "1.1.0000", "-1-1-1", "..", "29.2.2024", "99.99.9999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tm, err := ParseDate(s)
		checkErr(t, err)
		if err != nil {
			if !tm.IsZero() {
				t.Fatalf("%q: error %v with time %v", s, err, tm)
			}
			return
		}
		if tm.Location() != time.UTC || tm.Hour() != 0 || tm.Minute() != 0 || tm.Second() != 0 || tm.Nanosecond() != 0 {
			t.Fatalf("%q: %v is not 00:00 UTC", s, tm)
		}
		iso := tm.Format("2006-01-02")
		back, err := ParseDate(iso)
		if err != nil || !back.Equal(tm) {
			t.Fatalf("%q -> %s -> %v, %v", s, iso, back, err)
		}
		if err := Date(iso); err != nil {
			t.Fatalf("%q -> %s fails Date: %v", s, iso, err)
		}
	})
}
