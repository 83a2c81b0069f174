package jobs

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"
	"tietosuojapakki/data/vocab"

	"tietosuojapakki/pdf/pdftest"
)

// Every document, in every language, read back from the PDF itself: the
// facts the company entered and the legal items each document must carry.
func TestPDFReadBack(t *testing.T) {
	ctx := context.Background()
	st, id, _ := setup(t)
	a, _ := st.Answers(ctx, id)
	pt := a.ProcessorTerms
	var subs []string
	for _, s := range pt.SubProcessors {
		subs = append(subs, s.Name, s.Service)
	}
	noticeFacts := []string{a.Organisation.Name, a.Organisation.BusinessID, a.Organisation.Email,
		a.Organisation.PrivacyContact.Name, "tietosuoja@om.fi", "029 566 6700", "Matomo"}
	for _, r := range a.Registers {
		noticeFacts = append(noticeFacts, r.Name)
		for _, p := range r.Purposes {
			noticeFacts = append(noticeFacts, p.Description)
		}
		for _, c := range r.DataCategories {
			noticeFacts = append(noticeFacts, c.Name)
		}
		for _, k := range r.Retention {
			noticeFacts = append(noticeFacts, k.Period)
		}
	}
	termsFacts := append([]string{pt.ServiceName, pt.SupportEmail, pt.SupportPhone, pt.Court, pt.LiabilityCap,
		strconv.Itoa(pt.BreachNoticeHours), strconv.Itoa(pt.EndOfServiceDays)}, subs...)
	termsFacts = append(termsFacts, pt.DataCategories...)
	cases := []struct {
		kind  Kind
		lang  string
		facts []string
		legal []string
	}{
		{Notice, "fi", noticeFacts, []string{"6 artiklan 1 kohdan b alakohta", "6 artiklan 1 kohdan c alakohta", "6 artiklan 1 kohdan f alakohta", "15 artikla", "21 artikla", "7 artiklan 3 kohta", "Tietosuojavaltuutetun toimisto", "Lintulahdenkuja 4", "917/2014"}},
		{Notice, "sv", noticeFacts, []string{"6.1 b", "artikel 15", "artikel 21", "Dataombudsmannens byrå", "Fågelviksgränden 4"}},
		{Notice, "en", noticeFacts, []string{"6(1)(f)", "Article 15", "Article 21", "Office of the Data Protection Ombudsman", "Lintulahdenkuja 4"}},
		{Terms, "fi", termsFacts, []string{"alikäsittelijä", "tietoturvaloukkau", "Liite"}},
		{Terms, "sv", termsFacts, []string{"underbiträde", "personuppgiftsincident", "Bilaga"}},
		{Terms, "en", termsFacts, []string{"sub-processor", "personal data breach", "Annex"}},
	}
	for _, c := range cases {
		t.Run(string(c.kind)+"-"+c.lang, func(t *testing.T) {
			d, err := Make(ctx, st, id, Request{Kind: c.kind, Lang: vocab.Lang(c.lang)})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := Render(&buf, d, "pdf"); err != nil {
				t.Fatal(err)
			}
			text := pdftest.Normalize(pdftest.Text(t, buf.Bytes()))
			for _, f := range append(c.facts, c.legal...) {
				if !strings.Contains(text, pdftest.Normalize(f)) {
					t.Errorf("the PDF lacks %q", f)
				}
			}
			if strings.Contains(text, "Ratapihantie") {
				t.Error("outdated authority address")
			}
		})
	}
}
