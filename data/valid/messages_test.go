package valid

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"tietosuojapakki/data/vocab"
)

func TestMessagesComplete(t *testing.T) {
	for code, texts := range messages {
		for i, lang := range []string{"fi", "sv", "en"} {
			if strings.TrimSpace(texts[i]) == "" {
				t.Errorf("%s: no %s text", code, lang)
			}
		}
		// A text copied into the wrong column is the usual slip.
		if texts[langFI] == texts[langSV] || texts[langFI] == texts[langEN] || texts[langSV] == texts[langEN] {
			t.Errorf("%s: two languages have the same text", code)
		}
		fi := placeholders(texts[langFI])
		if !slices.Equal(fi, placeholders(texts[langSV])) || !slices.Equal(fi, placeholders(texts[langEN])) {
			t.Errorf("%s: languages use different placeholders: %q", code, texts)
		}
		for i, p := range fi {
			if p != vocab.Placeholder(i) {
				t.Errorf("%s: placeholders %q are not {0}, {1}, … in order", code, fi)
			}
		}
	}
}

// placeholders lists the distinct {n} of a text, sorted.
func placeholders(s string) []string {
	p := leftPlaceholder.FindAllString(s, -1)
	slices.Sort(p)
	return slices.Compact(p)
}

func TestMessageLanguages(t *testing.T) {
	e := &Error{Code: codeBusinessIDSixDigits, Args: []string{"0100000-2"}}
	texts := messages[codeBusinessIDSixDigits]
	fill := func(s string) string { return strings.ReplaceAll(s, "{0}", "0100000-2") }
	tests := []struct{ lang, want string }{
		{"fi", fill(texts[langFI])},
		{"sv", fill(texts[langSV])},
		{"en", fill(texts[langEN])},
		{"sv-FI", fill(texts[langSV])},
		{"en_GB", fill(texts[langEN])},
		{"EN", fill(texts[langEN])},
		{"", fill(texts[langFI])},
		{"de", fill(texts[langFI])},
		{"fi-SV", fill(texts[langFI])},
		{"svenska", fill(texts[langFI])},
	}
	for _, tc := range tests {
		if got := e.Message(tc.lang); got != tc.want {
			t.Errorf("Message(%q) = %q, want %q", tc.lang, got, tc.want)
		}
	}
	if e.Error() != e.Message("fi") {
		t.Errorf("Error() = %q, want the Finnish message", e.Error())
	}
	if !strings.Contains(e.Error(), "0100000-2") {
		t.Errorf("argument not inserted: %q", e.Error())
	}
	unknown := &Error{Code: "no.such_code"}
	if got := unknown.Message("sv"); got != "no.such_code" {
		t.Errorf("unknown code gives %q, want the code", got)
	}
}

// The examples in the messages must pass their own validators: a message
// that shows a wrong example teaches the wrong form.
func TestMessageExamplesAreValid(t *testing.T) {
	parse := func(s string) error { _, err := ParseDate(s); return err }
	examples := []struct {
		family string // code prefix
		re     *regexp.Regexp
		check  func(string) error
	}{
		{"business_id.", regexp.MustCompile(`\d{7}-\d`), BusinessID},
		{"postal_code.", regexp.MustCompile(`\b\d{3,7}\b`), PostalCode},
		{"email.", regexp.MustCompile(`[^\s:]+@\S+`), Email},
		{"email.", regexp.MustCompile(`\b[\p{L}\d]+\.fi\b`), func(d string) error { return Email("x@" + d) }},
		{"phone.", regexp.MustCompile(`(\+|\b0)\d[\d ]*\d`), Phone},
		{"url.", regexp.MustCompile(`https?://[^\s,]+`), URL},
		{"date.", regexp.MustCompile(`\d{4}-\d{2}-\d{2}`), Date},
		{"date.", regexp.MustCompile(`\d{1,2}\.\d{1,2}\.\d{4}`), parse},
	}
	// Shown on purpose as the wrong form ("not +358 040 …").
	counterExamples := []string{"+358 040 123 4567"}
	found := map[string]int{}
	for code, texts := range messages {
		for _, ex := range examples {
			if !strings.HasPrefix(code, ex.family) {
				continue
			}
			for _, text := range texts {
				for _, m := range ex.re.FindAllString(text, -1) {
					m = strings.TrimRight(m, ".") // the sentence's full stop
					found[ex.family]++
					if slices.Contains(counterExamples, m) {
						continue
					}
					if err := ex.check(m); err != nil {
						t.Errorf("%s: example %q is not valid: %v", code, m, err)
					}
				}
			}
		}
	}
	// Guard against regexps that silently stop matching.
	for _, ex := range examples {
		if found[ex.family] == 0 {
			t.Errorf("no examples found for %s", ex.family)
		}
	}
	if t.Failed() {
		t.Log(fmt.Sprint(found))
	}
}
