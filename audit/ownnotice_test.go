package audit_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"tietosuojapakki/audit"
	"tietosuojapakki/data"
)

// TestOwnNoticeReadBack: the program's own notice PDF, in each language,
// made from data/datatest/answers-example.json (the audit may not import
// pdf, so the PDFs are fixtures; remake them after a change of the notice:
//
//	go run . import data/datatest/answers-example.json --db /tmp/a.db
//	go run . notice --db /tmp/a.db --org 1 --lang fi --out audit/testdata/ownnotice/fi.pdf
//
// and the same for sv and en),
// read back by the audit, gives no finding, and every fact it extracts is
// the answer (or its translation) the notice was made from. What it does
// not extract is left for the wizard; what it extracts must not be wrong.
func TestOwnNoticeReadBack(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "data", "datatest", "answers-example.json"))
	if err != nil {
		t.Fatal(err)
	}
	var a data.Answers
	if err := json.Unmarshal(b, &a); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"fi", "sv", "en"} {
		t.Run(lang, func(t *testing.T) {
			text, err := audit.ExtractFile(filepath.Join("testdata", "ownnotice", lang+".pdf"))
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range audit.Audit(text, lang).Findings {
				t.Errorf("finding %s in our own notice: %q", f.Code, f.Quote)
			}
			got := audit.Answers(text).Answers
			tr := func(s string) string {
				if v, ok := a.Translations[lang][s]; ok && lang != "fi" {
					return v
				}
				return s
			}
			same := func(what, got, want string) {
				t.Helper()
				if got != "" && got != want {
					t.Errorf("%s: read %q, the answer is %q", what, got, want)
				}
			}
			o, w := got.Organisation, a.Organisation
			same("name", o.Name, w.Name)
			same("business id", o.BusinessID, w.BusinessID)
			same("street", o.Street, w.Street)
			same("postal code", o.PostalCode, w.PostalCode)
			same("city", o.City, w.City)
			same("email", o.Email, w.Email)
			same("phone", o.Phone, w.Phone)
			same("website", o.Website, w.Website)
			same("contact", o.PrivacyContact.Name, w.PrivacyContact.Name)
			same("contact title", o.PrivacyContact.Title, tr(w.PrivacyContact.Title))
			same("contact email", o.PrivacyContact.Email, w.PrivacyContact.Email)
			if len(got.Registers) != len(a.Registers) {
				t.Fatalf("%d registers read, %d in the answers", len(got.Registers), len(a.Registers))
			}
			for i, r := range got.Registers {
				checkRegister(t, same, tr, r, a.Registers[i])
			}
		})
	}
}

var statuteNumber = regexp.MustCompile(`\d+/\d{4}`)

func checkRegister(t *testing.T, same func(what, got, want string), tr func(string) string, r, w data.Register) {
	t.Helper()
	same("register", r.Name, tr(w.Name))
	if len(r.Purposes) > len(w.Purposes) || len(r.Retention) > len(w.Retention) || len(r.Sources) > len(w.Sources) ||
		len(r.DataSubjects) > len(w.DataSubjects) || len(r.DataCategories) > len(w.DataCategories) {
		t.Errorf("%s: more read than answered: %d/%d purposes, %d/%d retention rules, %d/%d sources, %d/%d subjects, %d/%d categories",
			w.Name, len(r.Purposes), len(w.Purposes), len(r.Retention), len(w.Retention), len(r.Sources), len(w.Sources),
			len(r.DataSubjects), len(w.DataSubjects), len(r.DataCategories), len(w.DataCategories))
		return
	}
	for j, p := range r.Purposes {
		same("purpose", p.Description, tr(w.Purposes[j].Description))
		same("basis", string(p.LegalBasis), string(w.Purposes[j].LegalBasis))
		// The notice names the statute in its own language ("Accounting
		// Act (1336/1997)"): its number is what must agree.
		same("law's number", statuteNumber.FindString(p.Law), statuteNumber.FindString(w.Purposes[j].Law))
	}
	for j, rr := range r.Retention {
		same("retained data", rr.Data, tr(w.Retention[j].Data))
		same("retention period", rr.Period, tr(w.Retention[j].Period))
		same("retention basis", rr.Basis, tr(w.Retention[j].Basis))
	}
	for j, s := range r.Sources {
		same("source", s.Description, tr(w.Sources[j].Description))
		if s.Public != w.Sources[j].Public {
			t.Errorf("source %q: public %v, answered %v", s.Description, s.Public, w.Sources[j].Public)
		}
	}
	for j, s := range r.DataSubjects {
		same("data subjects", s, tr(w.DataSubjects[j]))
	}
	for j, c := range r.DataCategories {
		same("data category", c.Name, tr(w.DataCategories[j].Name))
	}
}
