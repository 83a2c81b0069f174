package data

import (
	"encoding/json"
	"fmt"
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

// TestAppendSameAsWhole: appending a record without the whole document
// stores what the whole round trip stores, and refuses what it refuses.
func TestAppendSameAsWhole(t *testing.T) {
	appends := []struct {
		list  string
		value any
	}{
		{"registers", Register{Name: "Uutiskirje", DataSubjects: []string{"tilaajat"}}},
		{"registers", map[string]any{"name": "Kartta", "personal_identity_code": false}},
		{"processors", Processor{ID: "p9", Name: "Posti & Co <x>"}},
		{"registers", "ei tietue"},                                   // wrong type: refused
		{"registers", map[string]any{"personal_identity_code": "x"}}, // wrong field type: refused
	}
	defer func(v bool) { fastSections = v }(fastSections)
	docs := map[bool][]string{}
	results := map[bool][]string{}
	for _, fast := range []bool{true, false} {
		fastSections = fast
		st := openTemp(t)
		id := importTemp(t, st, exampleName)
		for _, a := range appends {
			i, err := st.AppendRecord(ctx, id, a.list, a.value)
			results[fast] = append(results[fast], fmt.Sprint(i, err != nil))
			var raw string
			st.DB().QueryRow("SELECT answers FROM organisations WHERE id = ?", id).Scan(&raw)
			docs[fast] = append(docs[fast], raw)
		}
	}
	for i, a := range appends {
		if results[true][i] != results[false][i] || docs[true][i] != docs[false][i] {
			t.Errorf("append %v to %s: section %s, whole %s\nsection: %.200s\nwhole:   %.200s",
				a.value, a.list, results[true][i], results[false][i], docs[true][i], docs[false][i])
		}
	}
	if results[true][0] != "2 false" || results[true][3] != "0 true" || results[true][4] != "0 true" {
		t.Errorf("results %v", results[true])
	}
}

// TestAppendToNewOrganisation: the first record of a list not there yet.
func TestAppendToNewOrganisation(t *testing.T) {
	st := openTemp(t)
	id, _ := st.CreateOrganisation(ctx, "Uusi Oy")
	for i, name := range []string{"Ensimmäinen", "Toinen"} {
		got, err := st.AppendRecord(ctx, id, "registers", Register{Name: name})
		if err != nil || got != i {
			t.Fatalf("append %s: index %d, %v", name, got, err)
		}
	}
	a, _ := st.Answers(ctx, id)
	if len(a.Registers) != 2 || a.Registers[1].Name != "Toinen" {
		t.Errorf("registers %+v", a.Registers)
	}
}
