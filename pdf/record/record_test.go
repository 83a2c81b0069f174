package record

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/datatest"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf"
	"tietosuojapakki/pdf/doc"
	"tietosuojapakki/pdf/pdftest"
)

var date = time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)

func example(t *testing.T) *data.Answers {
	t.Helper()
	var f data.File
	if err := json.Unmarshal(datatest.Example, &f); err != nil {
		t.Fatal(err)
	}
	return &f.Answers
}

// readBack draws d as a PDF and returns its text with whitespace folded.
func readBack(t *testing.T, d *doc.Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := pdf.WritePDF(&b, d, pdf.Options{}); err != nil {
		t.Fatal(err)
	}
	return pdftest.Normalize(pdftest.Text(t, b.Bytes()))
}

// controllerFacts are the values of art. 30(1)(a)–(g) the record must
// show for a, taken from the answers themselves.
func controllerFacts(a *data.Answers, lang string) map[string][]string {
	o := a.Organisation
	want := map[string][]string{
		"30(1)(a)": {o.Name, o.BusinessID, o.Email, o.PrivacyContact.Name},
	}
	for _, r := range a.Registers {
		want["activity"] = append(want["activity"], r.Name)
		for _, p := range r.Purposes {
			want["30(1)(b)"] = append(want["30(1)(b)"], p.Description)
		}
		want["30(1)(c)"] = append(want["30(1)(c)"], r.DataSubjects...)
		for _, dc := range r.DataCategories {
			want["30(1)(c)"] = append(want["30(1)(c)"], dc.Name)
		}
		for _, rc := range r.Recipients {
			want["30(1)(d)"] = append(want["30(1)(d)"], rc.Name)
		}
		for _, tr := range r.Transfers {
			want["30(1)(e)"] = append(want["30(1)(e)"], tr.Country, vocab.Label(vocab.Safeguards, tr.Safeguard, lang))
		}
		for _, rr := range r.Retention {
			want["30(1)(f)"] = append(want["30(1)(f)"], rr.Period)
		}
		for _, m := range r.Security.Measures {
			want["30(1)(g)"] = append(want["30(1)(g)"], vocab.Label(vocab.SecurityMeasures, m, lang))
		}
	}
	return want
}

func TestControllerRecordReadBack(t *testing.T) {
	a := example(t)
	for _, lang := range []string{"fi", "sv", "en"} {
		t.Run(lang, func(t *testing.T) {
			text := readBack(t, Compose(a, Options{Lang: lang, Date: date, Version: 1}))
			for item, values := range controllerFacts(a, lang) {
				for _, v := range values {
					if v = pdftest.Normalize(v); v != "" && !strings.Contains(text, v) {
						t.Errorf("%s: %q not in the record", item, v)
					}
				}
			}
			for _, w := range []string{Title(lang, false), textsFor(lang).Exemption[:40], (&composer{lang: lang}).cite(30, 1, "g")} {
				if !strings.Contains(text, pdftest.Normalize(w)) {
					t.Errorf("%q not in the record", w)
				}
			}
		})
	}
}

// A third-country processor of a register is both a recipient in a third
// country (30(1)(d)) and a transfer with its safeguard (30(1)(e)).
func TestThirdCountryProcessorIsATransfer(t *testing.T) {
	a := example(t)
	var p *data.Processor
	for i := range a.Processors {
		if a.Processors[i].Location == data.LocationThirdCountry {
			p = &a.Processors[i]
		}
	}
	if p == nil {
		t.Fatal("the example has no third-country processor")
	}
	d := Compose(a, Options{Lang: "en", Date: date})
	text := d.PlainText()
	row := p.Name + " | " + p.Country + " | " + vocab.Label(vocab.Safeguards, p.Safeguard, "en")
	if !strings.Contains(text, row) {
		t.Errorf("no transfer row %q in\n%s", row, text)
	}
}

func TestProcessorRecordReadBack(t *testing.T) {
	a := example(t)
	pt := a.ProcessorTerms
	for _, lang := range []string{"fi", "sv", "en"} {
		t.Run(lang, func(t *testing.T) {
			text := readBack(t, Compose(a, Options{Lang: lang, Processor: true, Date: date}))
			want := map[string][]string{
				"30(2)(a)": {a.Organisation.Name, a.Organisation.BusinessID, pt.CustomersAre},
				"30(2)(b)": append([]string{pt.SubjectMatter, pt.NaturePurpose}, pt.DataCategories...),
				"30(2)(c)": {textsFor(lang).NoTransfers},
			}
			for _, m := range pt.SecurityMeasures {
				want["30(2)(d)"] = append(want["30(2)(d)"], vocab.Label(vocab.SecurityMeasures, m, lang))
			}
			for item, values := range want {
				for _, v := range values {
					if v = pdftest.Normalize(v); !strings.Contains(text, v) {
						t.Errorf("%s: %q not in the record", item, v)
					}
				}
			}
		})
	}
}

// The processor's record lists each sub-processor outside the EU/EEA with
// its country and safeguard, and never says "no transfers" beside one.
func TestProcessorRecordTransfers(t *testing.T) {
	a := example(t)
	a.ProcessorTerms.SubProcessors = append(a.ProcessorTerms.SubProcessors, data.SubProcessor{
		Name: "Cloud Mail Inc.", Service: "E-mail", Location: "Yhdysvallat", OutsideEEA: true, Safeguard: data.SafeguardSCC})
	text := Compose(a, Options{Lang: "fi", Processor: true, Date: date}).PlainText()
	if !strings.Contains(text, "Cloud Mail Inc. | Yhdysvallat | "+vocab.Label(vocab.Safeguards, "scc", "fi")) {
		t.Errorf("sub-processor transfer missing:\n%s", text)
	}
	if strings.Contains(text, fi.NoTransfers) {
		t.Error("says no transfers beside a transfer")
	}
}

// An issued record never prints what the answers do not give; a draft
// marks the gaps.
func TestGaps(t *testing.T) {
	a := &data.Answers{Registers: []data.Register{{Name: "Asiakkaat"}}}
	issued := Compose(a, Options{Lang: "fi", Date: date}).PlainText()
	if strings.Contains(issued, fi.Missing) {
		t.Errorf("issued record marks gaps:\n%s", issued)
	}
	for _, label := range []string{fi.PurposesL, fi.RetentionL, fi.BusinessIDL} {
		if strings.Contains(issued, label) {
			t.Errorf("issued record prints the empty item %q", label)
		}
	}
	draft := Compose(a, Options{Lang: "fi", Date: date, Draft: true})
	if !strings.Contains(draft.PlainText(), fi.Missing) || draft.Watermark != "LUONNOS" {
		t.Errorf("draft does not mark its gaps:\n%s", draft.PlainText())
	}
	a.ProcessorTerms.Enabled = false
	if p := Compose(a, Options{Lang: "fi", Processor: true}).PlainText(); !strings.Contains(p, fi.NotProcessor) {
		t.Errorf("processor record of a non-processor:\n%s", p)
	}
}

func TestRows(t *testing.T) {
	a := example(t)
	header, rows := Rows(a, "sv")
	if len(rows) != len(a.Registers) || len(header) != 8 {
		t.Fatalf("%d rows, %d columns", len(rows), len(header))
	}
	for i, r := range a.Registers {
		if rows[i][0] != r.Name || !strings.Contains(rows[i][1], r.Purposes[0].Description) || !strings.Contains(rows[i][6], r.Retention[0].Period) {
			t.Errorf("row %d: %q", i, rows[i])
		}
	}
}

func TestTextsComplete(t *testing.T) {
	for i, tx := range all {
		for _, s := range []string{tx.Title, tx.Intro, tx.Exemption, tx.NoTransfers, tx.NotProcessor, tx.ControllersNote, tx.Missing} {
			if strings.TrimSpace(s) == "" {
				t.Errorf("language %d has an empty text", i)
			}
		}
	}
}
