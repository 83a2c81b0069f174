package notice

import (
	"strings"
	"testing"
)

// TestLogRetentionAgreesWithItsCount: one month in the singular, two in
// the plural (Finnish: the accusative of one, the partitive of two).
func TestLogRetentionAgreesWithItsCount(t *testing.T) {
	for _, c := range []struct {
		lang   string
		months int
		want   string
	}{
		{"fi", 1, "Säilytämme kirjauksen 1 kuukauden pyynnön"},
		{"fi", 2, "Säilytämme kirjauksen 2 kuukautta pyynnön"},
		{"sv", 1, "i 1 månad efter att begäran"},
		{"sv", 2, "i 2 månader efter att begäran"},
		{"en", 1, "for 1 month after the request"},
		{"en", 2, "for 2 months after the request"},
	} {
		if got := textsOf(c.lang).RequestLogRetention(c.months); !strings.Contains(got, c.want) {
			t.Errorf("%s %d: %q, want %q in it", c.lang, c.months, got, c.want)
		}
	}
}
