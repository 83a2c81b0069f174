package wizard

import (
	"strings"
	"testing"

	"tietosuojapakki/data"
)

func TestValidate(t *testing.T) {
	c := Default()
	q := func(id string) Question { x, _ := Find(c, id); return x }
	tests := []struct {
		name  string
		q     Question
		value string
		fails bool
	}{
		{"required and empty", q("org.name"), "  ", true},
		{"required and given", q("org.name"), "Kivi Oy", false},
		{"optional and empty", q("org.phone"), "", false},
		{"valid business id", q("org.business_id"), "1234567-1", false},
		{"wrong check digit", q("org.business_id"), "1234567-2", true},
		{"bad e-mail", q("org.email"), "tietosuoja.yritys.fi", true},
		{"good e-mail", q("org.email"), "tietosuoja@yritys.fi", false},
		{"bad postal code", q("org.postal_code"), "3310", true},
		{"Finnish date", q("processor.dpa_date"), "1.3.2024", false},
		{"Finnish date, zeros", q("processor.dpa_date"), "01.03.2024", false},
		{"good date", q("processor.dpa_date"), "2024-03-01", false},
		{"two-digit year", q("processor.dpa_date"), "1.3.24", true},
		{"impossible date", q("processor.dpa_date"), "30.2.2024", true},
		{"phone in brackets", q("org.phone"), "(09) 4255 0692", false},
		{"phone with (0)", q("contact.phone"), "+358 (0)40 123 4567", false},
		{"phone with slash", q("pt.support_phone"), "040/123 4567", false},
		{"phone with no-break spaces", q("org.phone"), "040\u00a0123\u202f4567", false},
		{"phone with a filler", q("org.phone"), "040\u3164123 4567", true},
		{"web address without https", q("org.website"), "www.example.fi", false},
		{"e-mail with zero-width space", q("org.email"), "tietosuoja\u200b@yritys.fi", false},
		{"e-mail with no-break space inside", q("org.email"), "tietosuoja\u00a0@yritys.fi", true},
		{"required and invisible only", q("org.name"), "\u200b\u00a0", true},
		{"too long", q("org.name"), strings.Repeat("a", 100_001), true},
		{"retention 100 years", q("request_log.retention_months"), "1200", false},
		{"retention 99,999,999 months", q("request_log.retention_months"), "99999999", true},
		{"retention 1201 months", q("request_log.retention_months"), "1201", true},
		{"breach a week", q("pt.breach_notice_hours"), "168", false},
		{"breach over a week", q("pt.breach_notice_hours"), "169", true},
		{"notice days a year", q("pt.sub_processor_notice_days"), "365", false},
		{"notice days over a year", q("pt.sub_processor_notice_days"), "366", true},
		{"audit days over a year", q("pt.audit_notice_days"), "400", true},
		{"end of service days over a year", q("pt.end_of_service_days"), "1000", true},
		{"date question without a check name", Question{ID: "x", Kind: Date}, "31.2.2024", true},
		{"date question without a check name, good", Question{ID: "x", Kind: Date}, "29.2.2024", false},
		{"VAT number as Y-tunnus", q("org.business_id"), "FI33124579", false},
		{"postal code with FI-", q("org.postal_code"), "FI-33100", false},
		{"number", q("pt.breach_notice_hours"), "48", false},
		{"not a number", q("pt.breach_notice_hours"), "kaksi päivää", true},
		{"negative number", q("pt.breach_notice_hours"), "-1", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			msgs := map[string]string{}
			for _, lang := range []string{"fi", "sv", "en"} {
				msgs[lang] = Validate(tc.q, tc.value, lang)
				if (msgs[lang] != "") != tc.fails {
					t.Fatalf("Validate(%q, %s) = %q", tc.value, lang, msgs[lang])
				}
			}
			if tc.fails && (msgs["fi"] == msgs["sv"] || msgs["fi"] == msgs["en"]) {
				t.Errorf("message not translated: %v", msgs)
			}
		})
	}
}

func TestNormalise(t *testing.T) {
	c := Default()
	q := func(id string) Question { x, _ := Find(c, id); return x }
	tests := []struct {
		q        Question
		in, want string
	}{
		{q("processor.dpa_date"), "1.3.2022", "2022-03-01"},
		{q("org.phone"), "(09) 4255 0692", "+358 9 4255 0692"},
		{q("org.website"), "www.example.fi", "https://www.example.fi"},
		{q("org.email"), "\u00a0tietosuoja\u200b@yritys.fi ", "tietosuoja@yritys.fi"},
		{q("org.name"), "  Kivi\u200b Oy\u00a0", "Kivi Oy"},
		{q("pt.breach_notice_hours"), " 48 ", "48"},
		{q("org.business_id"), "FI33124579", "3312457-9"},
		{Question{ID: "x", Kind: Date}, "1.3.2022", "2022-03-01"},
	}
	for _, tc := range tests {
		if got := Normalise(tc.q, tc.in); got != tc.want {
			t.Errorf("Normalise(%s, %q) = %q, want %q", tc.q.ID, tc.in, got, tc.want)
		}
	}
}

// Every whole-number question has a bound, so that the window and the
// import refuse the same values.
func TestNumberQuestionsBounded(t *testing.T) {
	n := 0
	Walk(Default(), func(q Question, _ string) {
		if q.Kind != Number {
			return
		}
		n++
		if _, ok := data.NumberBounds[q.Path]; !ok {
			t.Errorf("%s (%s) has no entry in data.NumberBounds", q.ID, q.Path)
		}
	})
	if n != len(data.NumberBounds) {
		t.Errorf("%d number questions, %d bounds", n, len(data.NumberBounds))
	}
}
