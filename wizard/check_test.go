package wizard

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"tietosuojapakki/data"
)

func has(fs []Finding, article, path string, sev Severity) bool {
	for _, f := range fs {
		if f.Article == article && f.Path == path && f.Severity == sev {
			return true
		}
	}
	return false
}

func TestExampleHasNoMissing(t *testing.T) {
	fs := Check(example(t))
	for _, f := range fs {
		if f.Severity == Missing {
			t.Errorf("missing: %s (%s)", FindingText(f, "fi"), f.Path)
		}
	}
	if Blocking(fs) {
		t.Error("Blocking = true for the example")
	}
}

func articles(fs []Finding) map[string]bool {
	out := map[string]bool{}
	for _, f := range fs {
		out[f.Article] = true
	}
	return out
}

func TestEmptyAnswersListEveryArticle(t *testing.T) {
	var empty data.Answers
	got := articles(Check(&empty))
	for _, want := range []string{"13(1)(a)", "13(1)(c)", "13(2)(b)"} {
		if !got[want] {
			t.Errorf("empty answers: no finding for %s", want)
		}
	}
	if !Blocking(Check(&empty)) {
		t.Error("empty answers do not block")
	}

	// One empty register and processor terms switched on: every item a
	// register and the terms owe.
	withRecords := data.Answers{Registers: []data.Register{{}}, ProcessorTerms: data.ProcessorTerms{Enabled: true}}
	got = articles(Check(&withRecords))
	for _, want := range []string{
		"13(1)(a)", "13(1)(c)", "13(1)(e)", "13(2)(a)", "13(2)(b)", "13(2)(e)",
		"14(1)(d)", "14(2)(f)", "32",
		"28(3)", "28(3)(a)", "28(3)(c)", "28(3)(d)", "28(3)(e)", "28(3)(f)", "28(3)(g)", "28(3)(h)",
	} {
		if !got[want] {
			t.Errorf("empty register and terms: no finding for %s", want)
		}
	}
}

// TestRulesFlip: each rule fires after one change to the example, and not
// before it.
func TestRulesFlip(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(a *data.Answers)
		article string
		path    string
		sev     Severity
	}{
		{"no Business ID", func(a *data.Answers) { a.Organisation.BusinessID = "" }, "13(1)(a)", "organisation.business_id", Missing},
		{"bad Business ID", func(a *data.Answers) { a.Organisation.BusinessID = "3312457-1" }, "13(1)(a)", "organisation.business_id", Missing},
		{"no name", func(a *data.Answers) { a.Organisation.Name = " " }, "13(1)(a)", "organisation.name", Missing},
		{"no street", func(a *data.Answers) { a.Organisation.Street = "" }, "13(1)(a)", "organisation.street", Missing},
		{"no contact person", func(a *data.Answers) { a.Organisation.PrivacyContact.Name = "" }, "13(1)(a)", "organisation.privacy_contact.name", Missing},
		{"no address for requests", func(a *data.Answers) { a.Organisation.Email = ""; a.Organisation.PrivacyContact.Email = "" }, "13(2)(b)", "organisation.email", Missing},
		{"DPO without e-mail", func(a *data.Answers) { a.Organisation.DPO = &data.Contact{Name: "M"} }, "13(1)(b)", "organisation.dpo.email", Missing},
		{"no registers", func(a *data.Answers) { a.Registers = nil }, "13(1)(c)", "registers", Missing},
		{"no data subjects", func(a *data.Answers) { a.Registers[1].DataSubjects = nil }, "13(1)(c)", "registers.1.data_subjects", Missing},
		{"no purposes", func(a *data.Answers) { a.Registers[0].Purposes = nil }, "13(1)(c)", "registers.0.purposes", Missing},
		{"purpose without basis", func(a *data.Answers) { a.Registers[1].Purposes[0].LegalBasis = "" }, "13(1)(c)", "registers.1.purposes.0.legal_basis", Missing},
		{"unknown basis", func(a *data.Answers) { a.Registers[0].Purposes[0].LegalBasis = "whim" }, "13(1)(c)", "registers.0.purposes.0.legal_basis", Missing},
		{"legitimate interest not described", func(a *data.Answers) { a.Registers[0].Purposes[2].LegitimateInterest = "" }, "13(1)(d)", "registers.0.purposes.2.legitimate_interest", Missing},
		{"legal obligation without law", func(a *data.Answers) { a.Registers[0].Purposes[1].Law = "" }, "13(1)(c)", "registers.0.purposes.1.law", Weak},
		{"nothing said of recipients", func(a *data.Answers) { a.Registers[1].ProcessorIDs = nil }, "13(1)(e)", "registers.1.recipients", Weak},
		{"unknown processor", func(a *data.Answers) { a.Registers[0].ProcessorIDs[0] = "gone" }, "13(1)(e)", "registers.0.processor_ids.0", Missing},
		{"transfer without safeguard", func(a *data.Answers) { a.Registers[0].Transfers[0].Safeguard = "" }, "13(1)(f)", "registers.0.transfers.0.safeguard", Missing},
		{"transfer without country", func(a *data.Answers) { a.Registers[1].Transfers[0].Country = "" }, "13(1)(f)", "registers.1.transfers.0.country", Missing},
		{"SCC without a copy", func(a *data.Answers) {
			a.Registers[0].Transfers[0].Safeguard = data.SafeguardSCC
			a.Registers[0].Transfers[0].CopyAvailableFrom = ""
		}, "13(1)(f)", "registers.0.transfers.0.copy_available_from", Weak},
		{"third-country processor without safeguard", func(a *data.Answers) { a.Processors[2].Safeguard = "" }, "13(1)(f)", "processors.2.safeguard", Missing},
		{"processor moved outside the EEA", func(a *data.Answers) { a.Processors[0].Location = data.LocationThirdCountry }, "13(1)(f)", "processors.0.safeguard", Missing},
		{"no processing agreement", func(a *data.Answers) { a.Processors[1].DPASigned = false }, "28(3)", "processors.1.dpa_signed", Weak},
		{"no retention", func(a *data.Answers) { a.Registers[1].Retention = nil }, "13(2)(a)", "registers.1.retention", Missing},
		{"retention without period", func(a *data.Answers) { a.Registers[0].Retention[1].Period = "" }, "13(2)(a)", "registers.0.retention.1.period", Missing},
		{"no requirement kind", func(a *data.Answers) { a.Registers[0].Requirement.Kind = "" }, "13(2)(e)", "registers.0.requirement.kind", Missing},
		{"contractual without consequence", func(a *data.Answers) { a.Registers[0].Requirement.Consequence = "" }, "13(2)(e)", "registers.0.requirement.consequence", Weak},
		{"automated without logic", func(a *data.Answers) {
			a.Registers[1].AutomatedDecisions = data.AutomatedDecisions{Used: true, Consequences: "x"}
		}, "13(2)(f)", "registers.1.automated_decisions.logic", Missing},
		{"automated without consequences", func(a *data.Answers) {
			a.Registers[1].AutomatedDecisions = data.AutomatedDecisions{Used: true, Logic: "x"}
		}, "13(2)(f)", "registers.1.automated_decisions.consequences", Missing},
		{"no data categories", func(a *data.Answers) { a.Registers[0].DataCategories = nil }, "14(1)(d)", "registers.0.data_categories", Missing},
		{"no sources", func(a *data.Answers) { a.Registers[1].Sources = nil }, "14(2)(f)", "registers.1.sources", Missing},
		{"special category without condition", func(a *data.Answers) {
			a.Registers[0].SpecialCategories = []data.SpecialCategory{{Category: "health"}}
		}, "9(2)", "registers.0.special_categories.0.condition", Missing},
		{"henkilötunnus without ground", func(a *data.Answers) { a.Registers[0].PersonalIdentityCode = true }, "TSL 29 §", "registers.0.personal_identity_code_ground", Missing},
		{"no security", func(a *data.Answers) { a.Registers[1].Security = data.SecurityDescription{} }, "32", "registers.1.security.measures", Weak},
		{"cookies without consent", func(a *data.Answers) { a.Website.ConsentBanner = false }, "SVPL 205 §", "website.consent_banner", Weak},
		{"terms: no subject matter", func(a *data.Answers) { a.ProcessorTerms.SubjectMatter = "" }, "28(3)", "processor_terms.subject_matter", Missing},
		{"terms: no duration", func(a *data.Answers) { a.ProcessorTerms.Duration = "" }, "28(3)", "processor_terms.duration", Missing},
		{"terms: no data subjects", func(a *data.Answers) { a.ProcessorTerms.DataSubjects = nil }, "28(3)", "processor_terms.data_subjects", Missing},
		{"terms: no data categories", func(a *data.Answers) { a.ProcessorTerms.DataCategories = nil }, "28(3)", "processor_terms.data_categories", Missing},
		{"terms: third country without safeguard", func(a *data.Answers) {
			a.ProcessorTerms.DataLocation = data.LocationThirdCountry
			a.ProcessorTerms.DataCountry = "Intia"
		}, "28(3)(a)", "processor_terms.data_safeguard", Missing},
		{"terms: sub-processor outside EEA without safeguard", func(a *data.Answers) { a.ProcessorTerms.SubProcessors[1].OutsideEEA = true }, "28(3)(a)", "processor_terms.sub_processors.1.safeguard", Missing},
		{"terms: no authorisation model", func(a *data.Answers) { a.ProcessorTerms.SubProcessorAuthorisation = "" }, "28(3)(d)", "processor_terms.sub_processor_authorisation", Missing},
		{"terms: general without notice", func(a *data.Answers) { a.ProcessorTerms.SubProcessorNoticeDays = 0 }, "28(3)(d)", "processor_terms.sub_processor_notice_days", Missing},
		{"terms: no security", func(a *data.Answers) { a.ProcessorTerms.SecurityMeasures = nil }, "28(3)(c)", "processor_terms.security_measures", Missing},
		{"terms: breach hours 0", func(a *data.Answers) { a.ProcessorTerms.BreachNoticeHours = 0 }, "28(3)(f)", "processor_terms.breach_notice_hours", Missing},
		{"terms: breach hours 72", func(a *data.Answers) { a.ProcessorTerms.BreachNoticeHours = 72 }, "28(3)(f)", "processor_terms.breach_notice_hours", Weak},
		{"terms: no end of service", func(a *data.Answers) { a.ProcessorTerms.EndOfService = "" }, "28(3)(g)", "processor_terms.end_of_service", Missing},
		{"terms: no audit notice", func(a *data.Answers) { a.ProcessorTerms.AuditNoticeDays = 0 }, "28(3)(h)", "processor_terms.audit_notice_days", Weak},
		{"terms: no support e-mail", func(a *data.Answers) { a.ProcessorTerms.SupportEmail = "" }, "28(3)(e)", "processor_terms.support_email", Missing},
		{"terms: no governing law", func(a *data.Answers) { a.ProcessorTerms.GoverningLaw = "" }, "28(3)", "processor_terms.governing_law", Missing},
		{"terms: no court", func(a *data.Answers) { a.ProcessorTerms.Court = "" }, "28(3)", "processor_terms.court", Missing},
		{"terms: no nature and purpose", func(a *data.Answers) { a.ProcessorTerms.NaturePurpose = " " }, "28(3)", "processor_terms.nature_purpose", Missing},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := example(t)
			if has(Check(a), tc.article, tc.path, tc.sev) {
				t.Fatal("finding present before the change")
			}
			tc.mutate(a)
			fs := Check(a)
			if !has(fs, tc.article, tc.path, tc.sev) {
				t.Errorf("no %s finding at %s; got:", tc.article, tc.path)
				for _, f := range fs {
					t.Logf("  %s %s", f.Path, FindingText(f, "fi"))
				}
			}
			if Blocking(fs) != (tc.sev == Missing) {
				t.Errorf("Blocking = %v", Blocking(fs))
			}
		})
	}
}

func TestProcessorTermsOnlyWhenEnabled(t *testing.T) {
	a := example(t)
	a.ProcessorTerms = data.ProcessorTerms{Enabled: false}
	for _, f := range Check(a) {
		if strings.HasPrefix(f.Path, "processor_terms") {
			t.Errorf("terms checked while disabled: %s", FindingText(f, "fi"))
		}
	}
}

var numericSeg = regexp.MustCompile(`\.\d+`)

// TestFindingsPointAtQuestions: every finding names a question (or the
// register step) whose path covers the finding's path, says which register
// it is about, and speaks three languages.
func TestFindingsPointAtQuestions(t *testing.T) {
	c := Default()
	steps := map[string]bool{}
	forEachStep(c, func(s Step) { steps[s.ID] = true })
	var all []Finding
	all = append(all, Check(&data.Answers{})...)
	all = append(all, Check(&data.Answers{Registers: []data.Register{{PersonalIdentityCode: true, SpecialCategories: []data.SpecialCategory{{}}, AutomatedDecisions: data.AutomatedDecisions{Used: true}, Purposes: []data.Purpose{{LegalBasis: data.BasisLegitimateInterests}, {LegalBasis: data.BasisLegalObligation}}, Transfers: []data.Transfer{{}}, Retention: []data.RetentionRule{{}}, Sources: []data.Source{{}}, DataCategories: []data.DataCategory{{}}, Recipients: []data.Recipient{{}}, ProcessorIDs: []string{"x"}}},
		Processors:     []data.Processor{{Location: data.LocationThirdCountry}},
		Organisation:   data.Organisation{DPO: &data.Contact{}},
		Website:        data.Website{Cookies: ptr(true)},
		ProcessorTerms: data.ProcessorTerms{Enabled: true, DataLocation: data.LocationThirdCountry, SubProcessors: []data.SubProcessor{{OutsideEEA: true}}, SpecialCategoriesPossible: true, SecurityMeasures: []string{"nonsense"}}})...)
	seenIDs := map[string]bool{}
	for _, f := range all {
		seenIDs[f.QuestionID] = true
		if !complete(f.Message) || f.Article == "" {
			t.Errorf("%s: message %+v", f.QuestionID, f.Message)
		}
		if strings.HasPrefix(f.Path, "registers.") != (f.Register >= 0) {
			t.Errorf("%s: register %d for path %s", f.QuestionID, f.Register, f.Path)
		}
		if steps[f.QuestionID] {
			continue
		}
		q, ok := Find(c, f.QuestionID)
		if !ok {
			t.Errorf("finding names unknown question %q", f.QuestionID)
			continue
		}
		template := numericSeg.ReplaceAllString(f.Path, ".{i}")
		if !slices.ContainsFunc([]string{questionTemplate(c, q.ID)}, func(p string) bool {
			return template == p || strings.HasPrefix(template, p+".")
		}) {
			t.Errorf("%s: path %s is not the question's %s", f.QuestionID, f.Path, questionTemplate(c, q.ID))
		}
	}
	if len(seenIDs) < 40 {
		t.Errorf("only %d distinct questions named; the fixture misses rules", len(seenIDs))
	}
}

func questionTemplate(c Catalogue, id string) string {
	var out string
	Walk(c, func(q Question, base string) {
		if q.ID == id {
			out = Join(base, q.Path)
		}
	})
	return out
}

func TestFindingText(t *testing.T) {
	a := example(t)
	a.Organisation.Name = ""
	fs := Check(a)
	if len(fs) == 0 {
		t.Fatal("no findings")
	}
	got := map[string]string{}
	for _, lang := range []string{"fi", "sv", "en"} {
		got[lang] = FindingText(fs[0], lang)
	}
	if got["fi"] != "13(1)(a) — Yrityksen nimi puuttuu." {
		t.Errorf("fi: %q", got["fi"])
	}
	if !strings.HasPrefix(got["sv"], "13(1)(a) — ") || got["sv"] == got["fi"] || got["en"] == got["fi"] {
		t.Errorf("translations: %v", got)
	}
	a = example(t)
	a.Registers[1].Sources = nil
	for _, f := range Check(a) {
		if f.Article == "14(2)(f)" && !strings.Contains(f.Message.FI, "Uutiskirjeen tilaajat") {
			t.Errorf("register finding does not name the register: %q", f.Message.FI)
		}
	}
}

// A retention period of absurd length, typed or imported as free text,
// blocks the notice: it cannot be what the company means.
func TestRetentionPeriodTooLong(t *testing.T) {
	cases := []struct {
		period string
		block  bool
	}{
		{"99999999 kuukautta", true},
		{"500 vuotta", true},
		{"101 år", true},
		{"1300 months", true},
		{"6 vuotta tilikauden päättymisestä", false},
		{"24 kk", false},
		{"10 år från räkenskapsperiodens slut", false},
		{"Kunnes suostumus peruutetaan", false},
	}
	for _, c := range cases {
		a := example(t)
		a.Registers[0].Retention[0].Period = c.period
		hit := false
		for _, f := range Check(a) {
			hit = hit || f.Article == "5(1)(e)" && f.Path == "registers.0.retention.0.period" && f.Severity == Missing
		}
		if hit != c.block {
			t.Errorf("%q: blocks %v, want %v", c.period, hit, c.block)
		}
	}
}
