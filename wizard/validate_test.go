package wizard

import "testing"

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
		{"bad date", q("processor.dpa_date"), "1.3.2024", true},
		{"good date", q("processor.dpa_date"), "2024-03-01", false},
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
