package data

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"tietosuojapakki/data/datatest"
	"tietosuojapakki/data/text"
)

// What a user types or pastes into the window, as the store keeps it.
func TestSetAnswerStoresNormalForm(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	id := importTemp(t, st, exampleName)
	tests := []struct {
		path string
		in   any
		want string
	}{
		{"organisation.phone", "(09) 4255 0692", "+358 9 4255 0692"},
		{"organisation.phone", "040/123 4567", "+358 40 123 4567"},
		{"organisation.phone", "+358 (0)40 123 4567", "+358 40 123 4567"},
		{"organisation.phone", "040\u00a0123\u202f4567", "+358 40 123 4567"},
		{"organisation.privacy_contact.phone", "040.123.4567", "+358 40 123 4567"},
		{"processor_terms.support_phone", "09 4255 0692", "+358 9 4255 0692"},
		{"organisation.email", "tietosuoja\u200b@yritys.fi", "tietosuoja@yritys.fi"},
		{"organisation.privacy_contact.email", "\u00a0sanna@yritys.fi\u00a0", "sanna@yritys.fi"},
		{"organisation.website", "www.example.fi", "https://www.example.fi"},
		{"organisation.business_id", "3312457 - 9", "3312457-9"},
		{"organisation.postal_code", "33 100", "33100"},
		{"processors.0.dpa_date", "1.3.2022", "2022-03-01"},
		{"processors.0.dpa_date", "01.03.2022", "2022-03-01"},
		{"organisation.name", "\u00a0Ajanvaraus Kivi Oy\u200b ", "Ajanvaraus Kivi Oy"},
		{"registers.0.security.manual", "kaapissa.\rAvain", "kaapissa.\nAvain"},
		{"registers.0.security.manual", "kaapissa.\vAvain\fOvi\u2028x\u2029y\u0085z", "kaapissa.\nAvain\nOvi\nx\ny\nz"},
		{"registers.0.security.manual", "a\r\nb", "a\nb"},
		{"registers.0.security.manual", "Pa\u0308iva\u0308", "Päivä"},
		{"registers.0.security.manual", "a\x00b\x1b[2Jc\u202ed", "ab[2Jcd"},
		{"registers.0.name", "Asiakas\u00adrekisteri", "Asiakasrekisteri"},
		{"organisation.privacy_contact.title", "\u200b\u00a0", ""}, // an optional field emptied by the cleaning
		{"registers.0.purposes.0.law", " \ufeff ", ""},
	}
	for _, tc := range tests {
		if err := st.SetAnswer(ctx, id, tc.path, tc.in); err != nil {
			t.Fatalf("SetAnswer(%s, %q): %v", tc.path, tc.in, err)
		}
		a, err := st.Answers(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := toDoc(a)
		got := GetPath(doc, tc.path)
		if got == nil {
			got = "" // an omitempty field left out
		}
		if got != tc.want {
			t.Errorf("SetAnswer(%s, %q) stored %q, want %q", tc.path, tc.in, got, tc.want)
		}
	}
}

// A value out of bounds or too long is refused, and the earlier answer kept.
func TestSetAnswerRefusesOutOfBounds(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	id := importTemp(t, st, exampleName)
	before, _ := st.Answers(ctx, id)
	tests := []struct {
		path string
		in   any
		code string
	}{
		{"request_log.retention_months", 99_999_999, "number.range"},
		{"request_log.retention_months", 1201, "number.range"},
		{"request_log.retention_months", float64(1201), "number.range"},
		{"processor_terms.breach_notice_hours", 169, "number.range"},
		{"processor_terms.audit_notice_days", -1, "number.negative"},
		{"registers.0.security.manual", strings.Repeat("x", text.MaxRunes+1), "text.too_long"},
	}
	for _, tc := range tests {
		err := st.SetAnswer(ctx, id, tc.path, tc.in)
		var is *Issue
		if !errors.As(err, &is) || is.Code != tc.code {
			t.Errorf("SetAnswer(%s) = %v, want %s", tc.path, err, tc.code)
		}
	}
	after, _ := st.Answers(ctx, id)
	if after.RequestLog != before.RequestLog || after.ProcessorTerms.BreachNoticeHours != before.ProcessorTerms.BreachNoticeHours ||
		after.Registers[0].Security.Manual != before.Registers[0].Security.Manual {
		t.Error("a refused value changed the answers")
	}
	for _, ok := range []struct {
		path string
		n    int
	}{{"request_log.retention_months", 1200}, {"processor_terms.breach_notice_hours", 168}, {"processor_terms.end_of_service_days", 365}} {
		if err := st.SetAnswer(ctx, id, ok.path, ok.n); err != nil {
			t.Errorf("SetAnswer(%s, %d): %v", ok.path, ok.n, err)
		}
	}
}

// The import stores the same forms as the window.
func TestImportStoresNormalForm(t *testing.T) {
	ex := string(datatest.Example)
	in := strings.NewReplacer(
		`"phone": "+358 40 123 4567",`+"\n    \"email\"", `"phone": "(09) 4255\u00a00692",`+"\n    \"email\"",
		`"tietosuoja@ajanvarauskivi.fi"`, `"tietosuoja\u200b@ajanvarauskivi.fi"`,
		`"https://www.ajanvarauskivi.fi"`, `"www.ajanvarauskivi.fi"`,
		`"dpa_date": "2024-03-01"`, `"dpa_date": "1.3.2024"`,
		`"received": "2026-01-31"`, `"received": "31.1.2026"`,
	).Replace(ex)
	f, ps := ParseFile(strings.NewReader(in))
	if len(ps) > 0 {
		t.Fatal(ps.Text("en"))
	}
	o := f.Organisation
	for _, c := range []struct{ got, want string }{
		{o.Phone, "+358 9 4255 0692"},
		{o.Email, "tietosuoja@ajanvarauskivi.fi"},
		{o.Website, "https://www.ajanvarauskivi.fi"},
		{f.Processors[0].DPADate, "2024-03-01"},
		{f.Requests[0].Received, "2026-01-31"},
	} {
		if c.got != c.want {
			t.Errorf("imported %q, want %q", c.got, c.want)
		}
	}
}

func TestImportRefusesOutOfBounds(t *testing.T) {
	ex := string(datatest.Example)
	tests := []struct{ from, to, at string }{
		{`"requests": [`, `"request_log": {"retention_months": 99999999}, "requests": [`, "request_log.retention_months"},
		{`"breach_notice_hours": 48`, `"breach_notice_hours": 169`, "processor_terms.breach_notice_hours"},
		{`"audit_notice_days": 30`, `"audit_notice_days": 366`, "processor_terms.audit_notice_days"},
		{`"name": "Ajanvaraus Kivi Oy"`, `"name": "` + strings.Repeat("x", text.MaxRunes+1) + `"`, "organisation.name"},
	}
	for _, tc := range tests {
		if !strings.Contains(ex, tc.from) {
			t.Fatalf("the example has no %s", tc.from)
		}
		_, ps := ParseFile(strings.NewReader(strings.Replace(ex, tc.from, tc.to, 1)))
		found := false
		for _, p := range ps {
			found = found || p.Path == tc.at
		}
		if !found {
			t.Errorf("%s: problems %q, want one at %s", tc.to[:min(len(tc.to), 40)], ps.Text("en"), tc.at)
		}
	}
}

// toDoc is a's generic JSON tree, for GetPath.
func toDoc(a *Answers) (any, error) {
	var buf bytes.Buffer
	if err := WriteFile(&buf, &File{Answers: *a}); err != nil {
		return nil, err
	}
	return decodeJSON(buf.Bytes())
}

// The schema's ranges are NumberBounds, so that a file the schema accepts
// is one the program accepts.
func TestSchemaBoundsAreNumberBounds(t *testing.T) {
	root := loadSchema(t)
	v := validator{root}
	for path, b := range NumberBounds {
		node := root
		for _, seg := range strings.Split(path, ".") {
			props, _ := v.resolve(node)["properties"].(map[string]any)
			node, _ = props[seg].(map[string]any)
			if node == nil {
				t.Fatalf("%s: not in the schema", path)
			}
		}
		node = v.resolve(node)
		if fmt.Sprint(node["maximum"]) != strconv.Itoa(b.Max) || fmt.Sprint(node["minimum"]) != "0" {
			t.Errorf("%s: schema range %v–%v, NumberBounds 0 or %d–%d", path, node["minimum"], node["maximum"], b.Min, b.Max)
		}
	}
}

// A request's history and the issued versions' snapshots are records the
// program wrote: import keeps them byte for byte.
func TestImportKeepsRecordsAsWritten(t *testing.T) {
	f := &File{Format: FileFormat, Version: FileVersion,
		Answers: Answers{Organisation: Organisation{Name: "Kivi Oy"}},
		Requests: []Request{{Ref: "2026-001", Received: "1.3.2026", Channel: "email", Status: StatusOpen,
			Requester: Requester{Name: " Pekka\u200b "}, Rights: []Right{RightAccess},
			History: []Event{{At: "2026-03-01T10:00:00Z", Kind: EventCreated, Note: " muistiinpano\r\n"}}}},
		Documents: []DocumentVersion{{Kind: "notice", Scope: "*", Version: 1, IssuedOn: "2026-03-01", Hash: "x",
			Snapshot: "{\"a\":\"b\u200b\"}\n"}},
	}
	f.normalise()
	r := f.Requests[0]
	if r.Received != "2026-03-01" || r.Requester.Name != "Pekka" {
		t.Errorf("request not normalised: %+v", r)
	}
	if r.History[0].Note != " muistiinpano\r\n" || f.Documents[0].Snapshot != "{\"a\":\"b\u200b\"}\n" {
		t.Errorf("records changed: %q %q", r.History[0].Note, f.Documents[0].Snapshot)
	}
}

func TestLongTextPaths(t *testing.T) {
	long := strings.Repeat("x", text.MaxRunes+1)
	f := &File{Format: FileFormat, Version: FileVersion,
		Answers: Answers{Organisation: Organisation{Name: "Kivi Oy"}, Registers: []Register{{Name: "A", Purposes: []Purpose{{Description: long}}}}},
		Requests: []Request{{Ref: "2026-001", Received: "2026-03-01", Channel: "email", Status: StatusOpen,
			Requester: Requester{Name: "P", Contact: long}, Rights: []Right{RightAccess},
			History: []Event{{At: "2026-03-01T10:00:00Z", Kind: EventCreated, Note: long}}}},
		Documents: []DocumentVersion{{Kind: "notice", Scope: "*", Version: 1, IssuedOn: "2026-03-01", Hash: "x", Snapshot: long}},
	}
	var at []string
	for _, p := range CheckFile(f) {
		at = append(at, p.Path)
	}
	if strings.Join(at, " ") != "registers[0].purposes[0].description requests[0].requester.contact" {
		t.Errorf("too long at %q", at)
	}
}
