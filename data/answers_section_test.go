package data

import (
	"encoding/json"
	"testing"
)

// TestSectionWriteSameAsWhole: writing answers one section at a time gives
// the same stored document, the same organisation name and the same
// refusals as the whole round trip, for answers in every section, whole
// records, values of the wrong type and paths the model does not know.
func TestSectionWriteSameAsWhole(t *testing.T) {
	writes := []struct {
		path  string
		value any
	}{
		{"organisation.name", "Uusi Nimi Oy"},
		{"organisation.privacy_contact.email", "tietosuoja@example.fi"},
		{"organisation.dpo", map[string]any{"name": "Dora Suojelija", "email": "dpo@example.fi"}},
		{"registers.1.name", "Toinen rekisteri"},
		{"registers.0.purposes.0.legal_basis", "contract"},
		{"registers.0.personal_identity_code", true},
		{"registers.1.data_subjects", []any{"asiakkaat", "työntekijät"}},
		{"registers.0", map[string]any{"name": "Korvattu kokonaan"}},
		{"processors.2.name", "Kirjanpito & Co <tili> \"lainaus\" \\ ä\u2028"},
		{"website.cookies", true},
		{"processor_terms.support_email", "tuki@example.fi"},
		{"request_log.retention_months", 36},
		{"registers.2.name", "Kolmas, lisätty"},     // a new record: the whole round trip
		{"registers.0.personal_identity_code", "x"}, // wrong type: refused
		{"registers.0.no_such_field", "x"},          // unknown: refused
		{"website.no_such_field", 1},                // unknown: refused
		{"registers.9.name", "liian kaukana"},       // past the end: refused
	}
	defer func(v bool) { fastSections = v }(fastSections)
	docs := map[bool][]string{}
	errs := map[bool][]bool{}
	for _, fast := range []bool{true, false} {
		fastSections = fast
		st := openTemp(t)
		id := importTemp(t, st, exampleName)
		for _, w := range writes {
			err := st.SetAnswer(ctx, id, w.path, w.value)
			errs[fast] = append(errs[fast], err != nil)
			var raw, name string
			st.DB().QueryRow("SELECT answers, name FROM organisations WHERE id = ?", id).Scan(&raw, &name)
			var a Answers
			if err := json.Unmarshal([]byte(raw), &a); err != nil {
				t.Fatalf("%s: stored document unreadable: %v", w.path, err)
			}
			if name != a.Organisation.Name {
				t.Errorf("fast %v, %s: name column %q, document %q", fast, w.path, name, a.Organisation.Name)
			}
			docs[fast] = append(docs[fast], raw)
		}
	}
	for i, w := range writes {
		if errs[true][i] != errs[false][i] {
			t.Errorf("%s = %v: refused %v by section, %v whole", w.path, w.value, errs[true][i], errs[false][i])
		}
		if docs[true][i] != docs[false][i] {
			t.Errorf("%s = %v: documents differ\nsection: %.300s\nwhole:   %.300s", w.path, w.value, docs[true][i], docs[false][i])
		}
	}
	if !errs[true][13] || !errs[true][14] || !errs[true][15] || !errs[true][16] {
		t.Errorf("bad writes accepted: %v", errs[true][13:])
	}
}
