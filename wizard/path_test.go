package wizard

import (
	"reflect"
	"testing"

	"tietosuojapakki/data"
)

func TestSetGetRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		path string
		v    any
		want any // as Get returns it
	}{
		{"top-level text", "organisation.business_id", "1234567-1", "1234567-1"},
		{"creates the DPO object from null", "organisation.dpo.email", "dpo@example.fi", "dpo@example.fi"},
		{"record field", "registers.0.purposes.1.legal_basis", "contract", "contract"},
		{"nested record", "registers.1.purposes.0.description", "Uutiset", "Uutiset"},
		{"number", "processor_terms.breach_notice_hours", 24, float64(24)},
		{"bool", "registers.0.personal_identity_code", true, true},
		{"list", "website.analytics_tools", []string{"Matomo", "Plausible"}, []any{"Matomo", "Plausible"}},
		{"append a record at len", "registers.2.name", "Henkilöstö", "Henkilöstö"},
		{"append to a nested list", "registers.0.purposes.3.description", "Uusi", "Uusi"},
		{"append a whole record", "processor_terms.sub_processors.2", map[string]any{"name": "Y"}, map[string]any{"name": "Y", "service": "", "location": ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := example(t)
			if err := Set(a, tc.path, tc.v); err != nil {
				t.Fatal(err)
			}
			if got := Get(a, tc.path); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Get(%s) = %#v, want %#v", tc.path, got, tc.want)
			}
		})
	}
}

func TestSetWritesTheStruct(t *testing.T) {
	a := example(t)
	if err := Set(a, "registers.2", map[string]any{"name": "Työnhakijat"}); err != nil {
		t.Fatal(err)
	}
	if err := Set(a, "organisation.dpo.name", "Matti"); err != nil {
		t.Fatal(err)
	}
	if len(a.Registers) != 3 || a.Registers[2].Name != "Työnhakijat" {
		t.Errorf("registers = %d, last %q", len(a.Registers), a.Registers[len(a.Registers)-1].Name)
	}
	if a.Organisation.DPO == nil || a.Organisation.DPO.Name != "Matti" {
		t.Errorf("dpo = %+v", a.Organisation.DPO)
	}
	if a.Registers[0].Purposes[2].LegitimateInterest == "" {
		t.Error("Set lost an unrelated answer")
	}
}

func TestSetRefusesAndKeepsAnswers(t *testing.T) {
	tests := []struct {
		name, path string
		v          any
	}{
		{"unknown field", "organisation.fax", "09 123"},
		{"index past the end", "registers.5.name", "x"},
		{"text into a number", "processor_terms.breach_notice_hours", "soon"},
		{"index on an object", "organisation.0", "x"},
		{"field on a list", "registers.name", "x"},
		{"field on a text", "organisation.name.first", "x"},
		{"empty path", "", "x"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := example(t)
			before := jsonOf(t, a)
			if err := Set(a, tc.path, tc.v); err == nil {
				t.Fatalf("Set(%q) succeeded", tc.path)
			}
			if jsonOf(t, a) != before {
				t.Error("a failed Set changed the answers")
			}
		})
	}
}

func TestLenAndLookup(t *testing.T) {
	a := example(t)
	tests := []struct {
		path string
		n    int
	}{
		{"registers", 2},
		{"registers.0.purposes", 3},
		{"registers.1.recipients", 0},
		{"processor_terms.sub_processors", 2},
		{"nothing.here", 0},
	}
	for _, tc := range tests {
		if got := Len(a, tc.path); got != tc.n {
			t.Errorf("Len(%s) = %d, want %d", tc.path, got, tc.n)
		}
	}
	if _, ok := Lookup(a, "registers.0.name"); !ok {
		t.Error("Lookup of an existing path failed")
	}
	if _, ok := Lookup(a, "registers.9.name"); ok {
		t.Error("Lookup of a missing record succeeded")
	}
	if got := GetString(a, "processor_terms.breach_notice_hours"); got != "48" {
		t.Errorf("GetString = %q", got)
	}
}

func TestRemoveRecord(t *testing.T) {
	a := example(t)
	if err := RemoveRecord(a, "registers.0.purposes", 1); err != nil {
		t.Fatal(err)
	}
	if n := len(a.Registers[0].Purposes); n != 2 {
		t.Fatalf("%d purposes left", n)
	}
	if a.Registers[0].Purposes[1].LegalBasis != data.BasisLegitimateInterests {
		t.Errorf("wrong purpose removed: %+v", a.Registers[0].Purposes)
	}
	if err := RemoveRecord(a, "registers", 5); err == nil {
		t.Error("removing a missing record succeeded")
	}
}

func TestAddRecordKeys(t *testing.T) {
	a := example(t)
	i, err := AddRecord(a, "processors", "id")
	if err != nil {
		t.Fatal(err)
	}
	if i != 3 || a.Processors[3].ID != "processor-4" {
		t.Fatalf("index %d, id %q", i, a.Processors[3].ID)
	}
	// A taken key is skipped.
	a.Processors[0].ID = "processor-5"
	if _, err := AddRecord(a, "processors", "id"); err != nil {
		t.Fatal(err)
	}
	if got := a.Processors[4].ID; got != "processor-6" {
		t.Errorf("second key %q", got)
	}
	if _, err := AddRecord(a, "registers.0.retention", ""); err != nil || len(a.Registers[0].Retention) != 4 {
		t.Errorf("append retention: %v, %d", err, len(a.Registers[0].Retention))
	}
}

func TestPutConverts(t *testing.T) {
	c := Default()
	q := func(id string) Question {
		x, ok := Find(c, id)
		if !ok {
			t.Fatalf("no question %s", id)
		}
		return x
	}
	a := example(t)
	steps := []struct {
		q     Question
		base  string
		v     any
		check func() bool
	}{
		{q("pt.breach_notice_hours"), "", "24", func() bool { return a.ProcessorTerms.BreachNoticeHours == 24 }},
		{q("pt.breach_notice_hours"), "", "", func() bool { return a.ProcessorTerms.BreachNoticeHours == 0 }},
		{q("reg.pic"), "registers.1", "true", func() bool { return a.Registers[1].PersonalIdentityCode }},
		{q("dpo.appointed"), "", true, func() bool { return a.Organisation.DPO != nil }},
		{q("dpo.email"), "", " dpo@x.fi ", func() bool { return a.Organisation.DPO.Email == "dpo@x.fi" }},
		{q("dpo.appointed"), "", true, func() bool { return a.Organisation.DPO.Email == "dpo@x.fi" }}, // yes again keeps it
		{q("dpo.appointed"), "", "false", func() bool { return a.Organisation.DPO == nil }},
		{q("reg.security.measures"), "registers.1", []string{"mfa"}, func() bool { return reflect.DeepEqual(a.Registers[1].Security.Measures, []string{"mfa"}) }},
	}
	for i, s := range steps {
		if err := Put(a, s.q, s.base, s.v); err != nil {
			t.Fatalf("step %d (%s): %v", i, s.q.ID, err)
		}
		if !s.check() {
			t.Errorf("step %d (%s = %v): not stored", i, s.q.ID, s.v)
		}
	}
	if got := Value(a, q("dpo.appointed"), ""); got != false {
		t.Errorf("Value of presence = %v", got)
	}
	if err := Put(a, q("pt.breach_notice_hours"), "", "-3"); err == nil {
		t.Error("a negative number was stored")
	}
	if err := Put(a, q("reg.pic"), "registers.0", "maybe"); err == nil {
		t.Error("a yes/no took \"maybe\"")
	}
}

func TestSetOnEmptyAnswersCreatesLists(t *testing.T) {
	var a data.Answers
	if err := Set(&a, "registers.0.purposes.0.legal_basis", "consent"); err != nil {
		t.Fatal(err)
	}
	if len(a.Registers) != 1 || a.Registers[0].Purposes[0].LegalBasis != data.BasisConsent {
		t.Errorf("got %+v", a.Registers)
	}
}

// The wizard and the store read and write a path by one set of rules.
func TestPathRulesAreTheStores(t *testing.T) {
	a := example(t)
	tree, err := toTree(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"organisation.name", "organisation.dpo", "registers.1.name", "registers.01.name", "registers.-1.name",
		"registers.+1.name", "registers.9.name", "registers..name", "organisation.name.first", "registers.0.purposes.1.legal_basis"} {
		wv, wok := Lookup(a, p)
		dv, dok := data.LookupPath(tree, p)
		if wok != dok || !reflect.DeepEqual(wv, dv) {
			t.Errorf("%s: wizard %v %v, store %v %v", p, wv, wok, dv, dok)
		}
		var doc any = tree
		_, derr := data.SetPath(doc, p, "x")
		werr := Set(example(t), p, "x")
		if (derr == nil) != (werr == nil) && p != "organisation.dpo" && p != "registers.0.purposes.1.legal_basis" && p != "organisation.name" {
			t.Errorf("%s: the store says %v, the wizard %v", p, derr, werr)
		}
		tree, _ = toTree(a)
	}
	if _, ok := Lookup(a, "/organisation.name"); !ok {
		t.Error("an absolute path")
	}
}
