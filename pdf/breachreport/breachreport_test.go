package breachreport

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf"
	"tietosuojapakki/pdf/pdftest"
)

func at(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := data.ParseLocalTime("aware", s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestReportReadBack(t *testing.T) {
	late := data.Breach{Ref: "2026-B01", AwareAt: at(t, "2026-03-28T20:00"), Description: "Asiakaslista lähti väärälle vastaanottajalle",
		DataSubjects: "Asiakkaat: nimi ja sähköposti", SubjectsApprox: 120, Risk: data.RiskSome, RiskReasons: "Osoitteet paljastuivat",
		NotifiedAt: at(t, "2026-04-02T10:00"), AuthorityCase: "TSV/55/2026", DelayReasons: "Laajuus selvisi vasta pääsiäisen jälkeen",
		History: []data.Event{{At: "2026-03-28T18:05:00Z", By: "Tiina", Kind: "created", New: "2026-B01"}}}
	open := data.Breach{Ref: "2026-B02", AwareAt: at(t, "2026-11-27T09:00"), Description: "Kadonnut puhelin", Risk: data.RiskHigh, RiskReasons: "Ei salausta"}
	for _, lang := range []string{"fi", "sv", "en"} {
		d := Report(Input{Lang: lang, Org: data.Organisation{Name: "Siivous Kirkas Oy"},
			From: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC),
			Now: at(t, "2026-11-30T12:00"), Breaches: []data.Breach{late, open}})
		var b bytes.Buffer
		if err := pdf.WritePDF(&b, d, pdf.Options{}); err != nil {
			t.Fatal(err)
		}
		text := pdftest.Normalize(pdftest.Text(t, b.Bytes()))
		if strings.Contains(text, "created:") {
			t.Errorf("%s: the history prints an event code", lang)
		}
		for _, want := range []string{"Siivous Kirkas Oy", "2026-B01", "2026-B02", late.Description, late.DelayReasons, late.AuthorityCase,
			"31.3.2026 21.00 (+03:00)", "30.11.2026 09.00 (+02:00)", RiskLabel(data.RiskHigh, lang), StateLabel(data.BreachNoticeLate, lang),
			tNotifyNote.In(lang)[:40], tIntro.In(lang)[:40], eventKinds[data.EventCreated].In(lang)} {
			if !strings.Contains(text, pdftest.Normalize(want)) {
				t.Errorf("%s: %q not in the report", lang, want)
			}
		}
	}
}

func TestEmptyPeriod(t *testing.T) {
	d := Report(Input{Lang: "en", Now: time.Now()})
	if !strings.Contains(d.PlainText(), tNone.In("en")) {
		t.Errorf("no word of an empty period:\n%s", d.PlainText())
	}
}
