package jobs

import (
	"bytes"
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"
	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"

	"tietosuojapakki/pdf/pdftest"
)

// Every document, in every language, read back from the PDF itself: the
// facts the company entered and the legal items each document must carry.
// noticeFacts are the answers a notice must print, as the answers give
// them (localized to the document's language by the caller).
func noticeFacts(a *data.Answers) []string {
	facts := []string{a.Organisation.Name, a.Organisation.BusinessID, a.Organisation.Email,
		a.Organisation.PrivacyContact.Name, "tietosuoja@om.fi", "029 566 6700", "Matomo"}
	for _, r := range a.Registers {
		facts = append(facts, r.Name)
		for _, p := range r.Purposes {
			facts = append(facts, p.Description)
		}
		for _, c := range r.DataCategories {
			facts = append(facts, c.Name)
		}
		for _, k := range r.Retention {
			facts = append(facts, k.Period)
		}
	}
	return facts
}

// termsFacts are the answers the processor terms must print.
func termsFacts(a *data.Answers) []string {
	pt := a.ProcessorTerms
	facts := []string{pt.ServiceName, pt.SupportEmail, pt.SupportPhone, pt.Court, pt.LiabilityCap,
		strconv.Itoa(pt.BreachNoticeHours), strconv.Itoa(pt.EndOfServiceDays)}
	for _, s := range pt.SubProcessors {
		facts = append(facts, s.Name, s.Service)
	}
	return append(facts, pt.DataCategories...)
}

func TestPDFReadBack(t *testing.T) {
	ctx := context.Background()
	st, id, _ := setup(t)
	a, _ := st.Answers(ctx, id)
	cases := []struct {
		kind  Kind
		lang  string
		facts func(*data.Answers) []string
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
			loc, missing := data.Localize(a, c.lang)
			if len(missing) > 0 {
				t.Fatalf("the example lacks %d %s translations", len(missing), c.lang)
			}
			for _, f := range append(c.facts(loc), c.legal...) {
				if !strings.Contains(text, pdftest.Normalize(f)) {
					t.Errorf("the PDF lacks %q", f)
				}
			}
			if c.lang != "fi" {
				// A Swedish or English document prints no Finnish answer.
				for _, f := range c.facts(a) {
					if fi := pdftest.Normalize(f); len(fi) > 12 && !slices.Contains(c.facts(loc), f) && strings.Contains(text, fi) {
						t.Errorf("the %s PDF prints the Finnish answer %q", c.lang, f)
					}
				}
			}
			if strings.Contains(text, "Ratapihantie") {
				t.Error("outdated authority address")
			}
		})
	}
}
