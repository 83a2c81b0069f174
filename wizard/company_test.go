package wizard

import (
	"os"
	"testing"

	"tietosuojapakki/data"
)

// lumme is a realistic flower shop whose answers were copied from an old
// notice and a web agency's template: every kind of false statement of
// issue 14 at once.
func lumme(t *testing.T) *data.Answers {
	t.Helper()
	f, err := os.Open("../data/testdata/kukkakauppa-lumme.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	file, ps := data.ParseFile(f)
	if len(ps) > 0 {
		t.Fatalf("the file of today's format does not import: %v", ps.Text("en"))
	}
	return &file.Answers
}

// TestOldNoticeCompany: the check blocks everything the flower shop's
// notice would state falsely, and advises on the rest; once the owner
// mends the answers as the messages say, nothing blocks.
func TestOldNoticeCompany(t *testing.T) {
	a := lumme(t)
	fs := Check(a)
	blocking := []struct{ article, path string }{
		{"SVPL 205 §", "website.cookies"},                         // "no cookies" next to GA and a pixel
		{"13(2)(f)", "registers.1.automated_decisions.profiling"}, // "no profiling" next to a pixel
		{"13(1)(f)", "registers.0.transfers"},                     // Shopify, Mailchimp: "no transfers"
		{"13(1)(f)", "registers.1.transfers.0.recipient"},         // a group "certified under the DPF"
		{"12(1)", "registers.0.purposes.1.law"},                   // Henkilötietolaki
		{"12(1)", "registers.0.sources.1.description"},            // Väestörekisterikeskus
	}
	for _, b := range blocking {
		if !has(fs, b.article, b.path, Missing) {
			t.Errorf("no blocking %s finding at %s", b.article, b.path)
		}
	}
	advice := []struct{ article, path string }{
		{"6(1)(b)", "registers.0.purposes.0.legal_basis"}, // consent for delivering orders
		{"KPL 2:10 §", "registers.0.retention.0.period"},  // all accounting material 6 years
		{"26", "website.marketing_tools.0"},               // the pixel as a joint controller
		{"13(1)(e)", "processors.2"},                      // a Finnish processor no register uses: listed apart
		{"13(1)(f)", "processors.0.location"},             // Shopify usually outside the EU
		{"13(1)(e)", "website.analytics_tools.0"},         // GA nowhere as a processor
	}
	for _, w := range advice {
		if !has(fs, w.article, w.path, Weak) {
			t.Errorf("no advice %s at %s", w.article, w.path)
		}
	}

	mend(a)
	// The Finnish notice: the company's other document languages still
	// lack translations of the mended texts, which check_lang.go lists.
	for _, f := range ForLanguage(Check(a), "fi") {
		if f.Severity == Missing {
			t.Errorf("still blocking after the fixes: %s (%s)", FindingText(f, "fi"), f.Path)
		}
	}
}

// mend applies what the check's messages tell the owner to do.
func mend(a *data.Answers) {
	r0, r1 := &a.Registers[0], &a.Registers[1]
	r0.Purposes[0].LegalBasis = data.BasisContract
	r0.Purposes[1].Law = "Kirjanpitolaki (1336/1997)"
	r0.Sources[1].Description = "Digi- ja väestötietovirasto (DVV), osoitepalvelu"
	r0.Retention = []data.RetentionRule{
		{Data: "Kirjanpito ja tilinpäätös", Period: "10 vuotta tilikauden päättymisestä", Basis: "Kirjanpitolaki (1336/1997) 2 luku 10 §"},
		{Data: "Tositteet", Period: "6 vuotta sen vuoden lopusta, jonka aikana tilikausi päättyi", Basis: "Kirjanpitolaki (1336/1997) 2 luku 10 §"},
	}
	r0.ProcessorIDs = append(r0.ProcessorIDs, "kirjanpito")
	for i := range a.Processors[:2] {
		a.Processors[i].Location = data.LocationThirdCountry
		a.Processors[i].Safeguard = data.SafeguardAdequacyDPF
		a.Processors[i].Country = "Yhdysvallat"
	}
	a.Processors[0].Safeguard = data.SafeguardAdequacy
	a.Processors[0].Country = "Kanada"
	r1.Recipients = []data.Recipient{{Name: "Meta Platforms Ireland Ltd (Meta-pikseli)", Reason: "Mainonta", Role: data.RoleJointController,
		Arrangement: "Vastaamme tietojen keräämisestä sivuillamme ja siitä kertomisesta; Meta vastaa käsittelystä sen jälkeen."}}
	r1.Transfers = []data.Transfer{
		{Recipient: "Meta Platforms Inc.", Country: "Yhdysvallat", Safeguard: data.SafeguardAdequacyDPF},
		{Recipient: "Google LLC (Google Analytics)", Country: "Yhdysvallat", Safeguard: data.SafeguardAdequacyDPF},
	}
	yes := true
	r1.AutomatedDecisions.Profiling = &yes
	r1.AutomatedDecisions.ProfilingDescription = "Meta-pikseli muodostaa kävijöistä mainosyleisöjä, joille näytetään mainoksiamme."
	a.Website = data.Website{Cookies: &yes, ConsentBanner: true, SettingsLink: true,
		AnalyticsTools: []string{"Google Analytics"}, MarketingTools: []string{"Meta-pikseli"},
		CookieTable: []data.Cookie{
			{Name: "_ga (Google Analytics)", Provider: "Google", Purpose: "Kävijämäärien seuranta", Lifetime: "2 vuotta", Consent: true},
			{Name: "_fbp (Meta-pikseli)", Provider: "Meta", Purpose: "Mainonta", Lifetime: "3 kuukautta", Consent: true},
			{Name: "Ostoskori", Provider: "Kukkakauppa Lumme", Purpose: "Ostoskorin sisältö", Lifetime: "Istunto", Consent: false},
		}}
}
