package notice

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/datatest"
	"tietosuojapakki/pdf/doc"
)

// examplePath is the example company every document must read back;
// siivousPath is a second company whose two registers concern different
// people.
const (
	examplePath = "example"
	siivousPath = "testdata/siivous.json"
)

// load reads an answers file in the portable JSON format.
func load(t testing.TB, path string) *data.Answers {
	t.Helper()
	b := datatest.Example
	if path != examplePath {
		var err error
		if b, err = os.ReadFile(path); err != nil {
			t.Fatalf("read %s: %v", path, err)
		}
	}
	var f data.File
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	if f.Format != data.FileFormat || f.Version < 1 || f.Version > data.FileVersion {
		t.Fatalf("%s: format %q version %d", path, f.Format, f.Version)
	}
	return &f.Answers
}

var (
	created = time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	updated = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
)

// issued is version 3 of a notice first drawn up on 1.3.2025.
func issued(lang string) Options {
	return Options{Lang: lang, Version: 3, Created: created, Updated: updated,
		History: []Change{
			{Version: 2, Date: time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC), Note: "Uutiskirjeen tilaajat lisätty"},
			{Version: 1, Date: created, Note: "Ensimmäinen versio"},
		}}
}

// sectionText is the plain text of the top-level section titled title, or
// "" when there is none.
func sectionText(d *doc.Document, title string) string {
	for _, s := range d.Sections {
		if s.Title == title {
			one := doc.Document{Sections: []doc.Section{s}}
			return one.PlainText()
		}
	}
	return ""
}

// enteredFacts lists every non-empty fact the user entered that a notice
// of the given registers must print, whatever its language.
func enteredFacts(a *data.Answers, regs []data.Register) []string {
	o := a.Organisation
	facts := []string{o.Name, o.BusinessID, o.Street, o.PostalCode, o.City, o.Phone, o.Email, o.Website,
		o.PrivacyContact.Name, o.PrivacyContact.Title, o.PrivacyContact.Email, o.PrivacyContact.Phone}
	facts = append(facts, a.Website.AnalyticsTools...)
	facts = append(facts, a.Website.MarketingTools...)
	for _, r := range regs {
		facts = append(facts, r.Name, r.Requirement.Consequence, r.PICGround, r.Security.Manual, r.Security.Other)
		facts = append(facts, r.DataSubjects...)
		for _, p := range r.Purposes {
			if strings.TrimSpace(p.Description) != "" {
				// The interest continues a sentence after a colon.
				facts = append(facts, p.Description, p.Law, inSentence(strings.TrimRight(p.LegitimateInterest, ".")))
			}
		}
		for _, dc := range r.DataCategories {
			facts = append(facts, dc.Name)
		}
		for _, s := range r.Sources {
			facts = append(facts, s.Description)
		}
		for _, rc := range r.Recipients {
			// The reason continues the line after a dash.
			facts = append(facts, rc.Name, inSentence(strings.TrimRight(rc.Reason, ".")))
		}
		for _, id := range r.ProcessorIDs {
			for _, p := range a.Processors {
				if p.ID == id {
					facts = append(facts, p.Name, p.Service, p.Country)
				}
			}
		}
		for _, tr := range r.Transfers {
			facts = append(facts, tr.Recipient, tr.Country)
			if hasCopy(tr.Safeguard) {
				facts = append(facts, tr.CopyAvailableFrom)
			}
		}
		for _, rr := range r.Retention {
			facts = append(facts, rr.Data, rr.Period, rr.Basis)
		}
		if r.AutomatedDecisions.Used {
			facts = append(facts, r.AutomatedDecisions.Logic, r.AutomatedDecisions.Consequences)
		}
	}
	return clean(facts)
}

// hasCopy reports whether a transfer on safeguard code comes with a copy
// on request: only the safeguards of art. 46 and 47 do.
func hasCopy(code string) bool {
	return code == data.SafeguardSCC || code == data.SafeguardBCR
}
