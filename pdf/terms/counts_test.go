package terms

import (
	"strings"
	"testing"

	"tietosuojapakki/data"
)

// TestPeriodsAgreeWithTheirCount: a period of one day or hour reads in the
// singular and one of two in the plural, in each language, in the terms
// and on the practices page.
func TestPeriodsAgreeWithTheirCount(t *testing.T) {
	wants := map[string]map[int][]string{
		"fi": {
			1: {"vähintään 1 päivä etukäteen", "vähintään 1 päivä", "viimeistään 1 tunnin kuluessa", "viimeistään 1 päivän kuluessa"},
			2: {"vähintään 2 päivää etukäteen", "vähintään 2 päivää", "viimeistään 2 tunnin kuluessa", "viimeistään 2 päivän kuluessa"},
		},
		"sv": {
			1: {"minst 1 dag i förväg", "minst 1 dag", "senast 1 timme efter", "senast 1 dag", "senast inom 1 timme."},
			2: {"minst 2 dagar i förväg", "minst 2 dagar", "senast 2 timmar efter", "senast 2 dagar", "senast inom 2 timmar."},
		},
		"en": {
			1: {"at least 1 day in advance", "at least 1 day", "within 1 hour of becoming", "within 1 day", "at the latest within 1 hour."},
			2: {"at least 2 days in advance", "at least 2 days", "within 2 hours of becoming", "within 2 days", "at the latest within 2 hours."},
		},
	}
	for lang, byN := range wants {
		for n, ws := range byN {
			a := loadExample(t)
			pt := &a.ProcessorTerms
			pt.AuditNoticeDays, pt.SubProcessorNoticeDays, pt.BreachNoticeHours, pt.EndOfServiceDays = n, n, n, n
			pt.SubProcessorAuthorisation = data.AuthorisationGeneral
			text := compose(a, lang).PlainText() + " " + Practices(a, Options{Lang: lang, Date: fixedDate}).PlainText()
			for _, w := range ws {
				if !strings.Contains(text, w) {
					t.Errorf("%s n=%d: %q missing", lang, n, w)
				}
			}
			for _, bad := range []string{" 1 päivää", " 1 dagar", " 1 days", " 1 timmar", " 1 hours"} {
				if n == 1 && strings.Contains(text, bad) {
					t.Errorf("%s: %q printed", lang, bad)
				}
			}
		}
	}
}
