package wizard

import (
	"testing"

	"tietosuojapakki/data"
)

func TestBookkeepingRetention(t *testing.T) {
	const kpl = "Kirjanpitolaki (1336/1997) 2 luku 10 §"
	cases := []struct {
		data, period, basis string
		warn                bool
	}{
		{"Kirjanpito ja tilinpäätös", "10 vuotta tilikauden päättymisestä", kpl, false},
		{"Laskut, kuitit ja muut tositteet", "6 vuotta sen vuoden lopusta, jonka aikana tilikausi päättyi", kpl, false},
		{"Bokföring och bokslut", "10 år från räkenskapsperiodens utgång", "Bokföringslagen (1336/1997) 2 kap. 10 §", false},
		{"Vouchers", "6 years from the end of the year in which the financial year ended", "Accounting Act, chapter 2, section 10", false},
		{"Asiakkuuden tiedot", "3 vuotta", "Velan vanhentumislaki", false}, // not about bookkeeping
		// Wrong: everything 6 years, no starting point, vouchers from the
		// wrong point, the law cited in the period alone.
		{"Kaikki kirjanpitoaineisto", "6 vuotta", kpl, true},
		{"Kirjanpito", "6 vuotta tilikauden päättymisestä", kpl, true},
		{"Laskut ja tositteet", "6 vuotta tilikauden päättymisestä", "Kirjanpitolaki 2 luku 10 §", true},
		{"Tilinpäätös", "10 vuotta", kpl, true},
		{"Verifikat", "6 år", "Bokföringslagen", true},
		{"Laskut", "6 vuotta (kirjanpitolaki)", "", true},
	}
	for _, tc := range cases {
		a := example(t)
		a.Registers[0].Retention = []data.RetentionRule{{Data: tc.data, Period: tc.period, Basis: tc.basis}}
		got := has(Check(a), "KPL 2:10 §", "registers.0.retention.0.period", Weak)
		if got != tc.warn {
			t.Errorf("%q / %q / %q: warning %v, want %v", tc.data, tc.period, tc.basis, got, tc.warn)
		}
	}
	// The ready templates state the rule right in every language.
	for _, tpl := range Templates() {
		for _, lang := range []string{"fi", "sv", "en"} {
			a := example(t)
			a.Registers = []data.Register{tpl.Register(lang)}
			for _, f := range Check(a) {
				if f.Article == "KPL 2:10 §" {
					t.Errorf("template %s (%s): %s", tpl.ID, lang, FindingText(f, "en"))
				}
			}
		}
	}
}

func TestBasesFit(t *testing.T) {
	cases := []struct {
		name    string
		mutate  func(r *data.Register)
		article string
		path    string
	}{
		{"consent for the core service", func(r *data.Register) {
			r.Purposes[0].LegalBasis = data.BasisConsent
		}, "6(1)(b)", "registers.0.purposes.0.legal_basis"},
		{"contractual requirement, no contract purpose", func(r *data.Register) {
			r.Purposes[0].LegalBasis = data.BasisLegitimateInterests
			r.Purposes[0].LegitimateInterest = "Asiakassuhteen hoito"
		}, "13(2)(e)", "registers.0.requirement.kind"},
		{"statutory requirement, no legal obligation", func(r *data.Register) {
			r.Requirement.Kind = data.RequirementStatutory
			r.Purposes = r.Purposes[:1]
		}, "13(2)(e)", "registers.0.requirement.kind"},
	}
	for _, tc := range cases {
		a := example(t)
		if has(Check(a), tc.article, tc.path, Weak) {
			t.Fatalf("%s: finding before the change", tc.name)
		}
		tc.mutate(&a.Registers[0])
		if !has(Check(a), tc.article, tc.path, Weak) {
			t.Errorf("%s: no %s advice at %s", tc.name, tc.article, tc.path)
		}
	}
}
