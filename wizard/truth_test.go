package wizard

import (
	"testing"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
)

// visitorRegister is a realistic register of a web shop's site visitors.
func visitors() data.Register {
	return data.Register{Name: "Verkkosivujen kävijät", DataSubjects: []string{"Verkkosivujen kävijät"},
		Purposes:       []data.Purpose{{Description: "Kävijäseuranta ja mainonta", LegalBasis: data.BasisConsent}},
		Requirement:    data.Requirement{Kind: data.RequirementNone},
		DataCategories: []data.DataCategory{{Name: "Evästetunnisteet ja IP-osoite"}},
		Sources:        []data.Source{{Description: "Kävijän selain"}},
		Retention:      []data.RetentionRule{{Data: "Evästetiedot", Period: "13 kuukautta"}},
	}
}

// TestTruthRules: each realistic company, changed from the example, makes
// the check say what the notice would otherwise state falsely (blocking)
// or what a lawyer would add (advice).
func TestTruthRules(t *testing.T) {
	cases := []struct {
		name    string
		mutate  func(a *data.Answers)
		article string
		path    string
		sev     Severity
	}{
		{"no cookies next to Google Analytics", func(a *data.Answers) {
			a.Website = data.Website{Cookies: ptr(false), AnalyticsTools: []string{"Google Analytics 4"}}
		}, "SVPL 205 §", "website.cookies", Missing},
		{"only necessary cookies next to a Meta pixel", func(a *data.Answers) {
			a.Website.StrictlyNecessaryOnly = true
			a.Website.MarketingTools = []string{"Meta-pikseli"}
		}, "SVPL 205 §", "website.strictly_necessary_only", Missing},
		{"cookieless analytics needs no consent", func(a *data.Answers) {
			a.Website = data.Website{Cookies: ptr(false), AnalyticsTools: []string{"Plausible"}}
		}, "SVPL 205 §", "website.cookies", 0},
		{"cookie question unanswered with a visitor register", func(a *data.Answers) {
			a.Website = data.Website{}
			a.Registers = append(a.Registers, visitors())
		}, "SVPL 205 §", "website.cookies", Weak},
		{"consent cookies without a settings link", func(a *data.Answers) {}, "7(3)", "website.settings_link", Weak},
		{"profiling denied next to ad tools", func(a *data.Answers) {
			r := visitors()
			r.AutomatedDecisions.Profiling = ptr(false)
			a.Registers = append(a.Registers, r)
			a.Website.MarketingTools = []string{"Google Ads"}
		}, "13(2)(f)", "registers.2.automated_decisions.profiling", Missing},
		{"ad tools, profiling not answered", func(a *data.Answers) {
			a.Registers = append(a.Registers, visitors())
			a.Website.MarketingTools = []string{"LinkedIn Insight Tag"}
		}, "13(2)(f)", "website.marketing_tools", Weak},
		{"profiling without a description", func(a *data.Answers) {
			a.Registers[1].AutomatedDecisions.Profiling = ptr(true)
		}, "13(2)(f)", "registers.1.automated_decisions.profiling_description", Missing},
		{"tools but no visitor register", func(a *data.Answers) {}, "13(1)(c)", "registers", Weak},
		{"Meta pixel not a joint controller", func(a *data.Answers) {
			a.Website.MarketingTools = []string{"Facebook-pikseli"}
		}, "26", "website.marketing_tools.0", Weak},
		{"Mailchimp entered as an EU processor: no transfers would be stated", func(a *data.Answers) {
			a.Processors[0] = data.Processor{ID: "tilitoimisto", Name: "Mailchimp", Service: "Uutiskirjeet", Location: data.LocationEU, DPASigned: true}
		}, "13(1)(f)", "registers.0.transfers", 0},
		{"visitor register with Google Analytics and no transfers", func(a *data.Answers) {
			a.Registers = append(a.Registers, visitors())
			a.Website.AnalyticsTools = []string{"Google Analytics"}
		}, "13(1)(f)", "registers.2.transfers", Missing},
		{"a register using Microsoft 365 states no transfers", func(a *data.Answers) {
			a.Processors = append(a.Processors, data.Processor{ID: "m365", Name: "Microsoft 365", Service: "Sähköposti", Location: data.LocationEU, DPASigned: true})
			a.Registers[1].ProcessorIDs = []string{"m365"}
			a.Registers[1].Transfers = nil
			a.Registers[0].ProcessorIDs = append(a.Registers[0].ProcessorIDs, "m365")
		}, "13(1)(f)", "registers.1.transfers", Missing},
		{"known US processor marked as EU", func(a *data.Answers) {
			a.Processors[1].Name = "Amazon Web Services"
		}, "13(1)(f)", "processors.1.location", Weak},
		{"a processor outside the EU that no register uses", func(a *data.Answers) {
			a.Processors = append(a.Processors, data.Processor{ID: "zoom", Name: "Zoom", Service: "Videopalaverit", Location: data.LocationThirdCountry, Safeguard: data.SafeguardAdequacyDPF, DPASigned: true})
		}, "13(1)(e)", "processors.3", Missing},
		{"a Finnish processor that no register uses", func(a *data.Answers) {
			a.Processors = append(a.Processors, data.Processor{ID: "siivous", Name: "Toimistosiivous Oy", Service: "Siivous", Location: data.LocationEU, DPASigned: true})
		}, "13(1)(e)", "processors.3", Weak},
		{"web tool listed nowhere as processor or recipient", func(a *data.Answers) {
			a.Website.AnalyticsTools = []string{"Google Analytics"}
		}, "13(1)(e)", "website.analytics_tools.0", Weak},
		{"group of recipients outside the EU", func(a *data.Answers) {
			a.Registers[0].Transfers[0].Recipient = "Sosiaalisen median palvelut"
		}, "13(1)(f)", "registers.0.transfers.0.recipient", Missing},
		{"a description instead of a name", func(a *data.Answers) {}, "13(1)(f)", "registers.0.transfers.0.recipient", Weak},
		{"an ad pixel listed as a processor", func(a *data.Answers) {
			a.Processors[1].Name = "Meta Pixel"
		}, "26", "processors.1.name", Weak},
		{"an authority as a processor", func(a *data.Answers) {
			a.Processors[1].Name = "Digi- ja väestötietovirasto (Suomi.fi-tunnistus)"
		}, "28", "processors.1.name", Weak},
		{"an authority as a sub-processor", func(a *data.Answers) {
			a.ProcessorTerms.SubProcessors[1].Name = "Digi- ja väestötietovirasto"
		}, "28(4)", "processor_terms.sub_processors.1.name", Weak},
		{"joint controller without the arrangement", func(a *data.Answers) {
			a.Registers[0].Recipients[1] = data.Recipient{Name: "Meta Platforms Ireland Ltd", Role: data.RoleJointController}
		}, "26(2)", "registers.0.recipients.1.arrangement", Missing},
		{"children's service on consent without the guardian rule", func(a *data.Answers) {
			a.Registers[1].Children = true
		}, "TSL 5 §", "registers.1.child_consent", Missing},
		{"nothing said of paper", func(a *data.Answers) {}, "32", "registers.1.security.manual", Weak},
		{"analytics cookie set without consent", func(a *data.Answers) {
			a.Website.CookieTable = []data.Cookie{{Name: "_ga", Provider: "Google Analytics", Lifetime: "2 vuotta"}}
		}, "SVPL 205 §", "website.cookie_table.0.consent", Missing},
		{"tools but no cookie table", func(a *data.Answers) {}, "SVPL 205 §", "website.cookie_table", Weak},
		{"DPF for a transfer to India", func(a *data.Answers) {
			a.Registers[0].Transfers[0].Country = "Intia"
		}, "45", "registers.0.transfers.0.safeguard", Missing},
		{"adequacy for the United States", func(a *data.Answers) {
			a.Registers[0].Transfers[0].Safeguard = data.SafeguardAdequacy
		}, "45", "registers.0.transfers.0.safeguard", Missing},
		{"adequacy for a country without a decision", func(a *data.Answers) {
			a.Registers[0].Transfers[0] = data.Transfer{Recipient: "Infosys Ltd", Country: "Intia", Safeguard: data.SafeguardAdequacy}
		}, "45", "registers.0.transfers.0.safeguard", Weak},
		{"processor on DPF in Canada", func(a *data.Answers) {
			a.Processors[2].Country = "Kanada"
		}, "45", "processors.2.safeguard", Missing},
		{"sub-processor on DPF in India", func(a *data.Answers) {
			a.ProcessorTerms.SubProcessors[1] = data.SubProcessor{Name: "Infosys Ltd", Service: "Tuki", Location: "Intia", OutsideEEA: true, Safeguard: data.SafeguardAdequacyDPF}
		}, "45", "processor_terms.sub_processors.1.safeguard", Missing},
		{"derogation without its point", func(a *data.Answers) {
			a.Registers[0].Transfers[0].Safeguard = data.SafeguardDerogation
		}, "49(1)", "registers.0.transfers.0.derogation", Missing},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := example(t)
			tc.mutate(a)
			fs := Check(a)
			if tc.sev == 0 {
				for _, f := range fs {
					if f.Path == tc.path && f.Article == tc.article {
						t.Errorf("unexpected finding: %s", FindingText(f, "fi"))
					}
				}
				return
			}
			if !has(fs, tc.article, tc.path, tc.sev) {
				t.Errorf("no %s finding (severity %d) at %s; got:", tc.article, tc.sev, tc.path)
				for _, f := range fs {
					t.Logf("  %s %s", f.Path, FindingText(f, "fi"))
				}
			}
		})
	}
}

// TestJointControllerNamed: naming the pixel's provider as a joint
// controller recipient settles the advice.
func TestJointControllerNamed(t *testing.T) {
	a := example(t)
	a.Website.MarketingTools = []string{"Meta Pixel"}
	r := visitors()
	r.Recipients = []data.Recipient{{Name: "Meta Platforms Ireland Ltd (Meta Pixel)", Role: data.RoleJointController,
		Arrangement: "Meta vastaa omasta käsittelystään ja rekisteröityjen pyynnöistä siltä osin."}}
	a.Registers = append(a.Registers, r)
	if has(Check(a), "26", "website.marketing_tools.0", Weak) {
		t.Error("advice given although the joint controller is named")
	}
}

// TestCookieDefault: the cookie question shows yes once a tool or a
// visitor register is entered, and no before; a stored answer wins.
func TestCookieDefault(t *testing.T) {
	q, ok := Find(Default(), "web.cookies")
	if !ok {
		t.Fatal("no web.cookies")
	}
	cases := []struct {
		name   string
		answer func(a *data.Answers)
		want   bool
	}{
		{"nothing entered", func(a *data.Answers) {}, false},
		{"an analytics tool", func(a *data.Answers) { a.Website.AnalyticsTools = []string{"Google Analytics"} }, true},
		{"a marketing tool", func(a *data.Answers) { a.Website.MarketingTools = []string{"Meta Pixel"} }, true},
		{"a visitor register", func(a *data.Answers) { a.Registers = []data.Register{visitors()} }, true},
		{"a Swedish visitor register", func(a *data.Answers) {
			a.Registers = []data.Register{{Name: "Besök", DataSubjects: []string{"Besökare på webbplatsen"}}}
		}, true},
		{"stored no wins", func(a *data.Answers) {
			a.Website.AnalyticsTools = []string{"Matomo"}
			a.Website.Cookies = ptr(false)
		}, false},
	}
	for _, tc := range cases {
		a := &data.Answers{}
		tc.answer(a)
		if got, _ := Value(a, q, "").(bool); got != tc.want {
			t.Errorf("%s: shown %v, want %v", tc.name, got, tc.want)
		}
		// What is shown is what the notice and the check assume.
		if cookiesOn(a) != tc.want {
			t.Errorf("%s: check assumes %v", tc.name, cookiesOn(a))
		}
		sn, _ := Find(Default(), "web.consent_banner")
		if Visible(sn, a, "") != tc.want {
			t.Errorf("%s: consent question visible = %v", tc.name, !tc.want)
		}
	}
}

func TestFindService(t *testing.T) {
	cases := map[string]string{
		"Google Analytics 4": "Google Analytics", "Meta-pikseli": "Meta Pixel", "Facebook Pixeln": "Meta Pixel",
		"mailchimp (uutiskirje)": "Mailchimp", "Microsoft 365 -sähköposti": "Microsoft 365", "AWS Frankfurt": "Amazon Web Services",
		"Zoom": "Zoom", "HubSpot CRM": "HubSpot", "Stripe-maksut": "Stripe", "Shopify-verkkokauppa": "Shopify",
		"Klaviyo": "Klaviyo", "LinkedIn Insight Tag": "LinkedIn Insight Tag", "Google Workspace": "Google Workspace",
		"Tilitoimisto Luku Oy": "", "Zoomaus Oy": "", "Pilvipalvelin Oy": "",
	}
	for name, want := range cases {
		s, ok := FindService(name)
		if ok != (want != "") || s.Name != want {
			t.Errorf("FindService(%q) = %q, %v; want %q", name, s.Name, ok, want)
		}
	}
	for _, s := range Services() {
		if s.Name == "" || len(s.Aliases) == 0 || (s.Role != RoleProcessor && s.Role != data.RoleController && s.Role != data.RoleJointController) {
			t.Errorf("bad service entry %+v", s)
		}
		if s.ThirdCountry() && (s.CountryIn("fi") == "" || s.CountryIn("sv") == "" || s.CountryIn("en") == "" || !known(vocab.Safeguards, s.Safeguard)) {
			t.Errorf("%s: third-country service needs a country in three languages and a known safeguard", s.Name)
		}
	}
}

// TestNoTransfersConfirmed: the user who has checked may confirm, and the
// block lifts.
func TestNoTransfersConfirmed(t *testing.T) {
	a := example(t)
	a.Registers = append(a.Registers, visitors())
	a.Website.AnalyticsTools = []string{"Google Analytics"}
	if !has(Check(a), "13(1)(f)", "registers.2.transfers", Missing) {
		t.Fatal("no block before confirming")
	}
	a.Registers[2].NoTransfersConfirmed = true
	if has(Check(a), "13(1)(f)", "registers.2.transfers", Missing) {
		t.Error("still blocked after confirming")
	}
	q, _ := Find(Default(), "reg.no_transfers_confirmed")
	if !Visible(q, a, "registers.2") || Visible(q, a, "registers.0") {
		t.Error("the confirmation is asked only of a register without transfers")
	}
}

func TestCountries(t *testing.T) {
	for _, c := range []string{"Yhdysvallat", "USA", "Förenta staterna", "United States", "US (Virginia)"} {
		if !usCountry(c) {
			t.Errorf("%q is not the US", c)
		}
	}
	for _, c := range []string{"Iso-Britannia", "Storbritannien", "United Kingdom", "Japani", "Sveitsi", "Kanada", "Etelä-Korea"} {
		if !adequateCountry(c) || usCountry(c) {
			t.Errorf("%q: adequacy %v, US %v", c, adequateCountry(c), usCountry(c))
		}
	}
	for _, c := range []string{"Intia", "Kiina", "Australia", "Singapore", "Venäjä"} {
		if adequateCountry(c) || usCountry(c) {
			t.Errorf("%q taken as adequate or US", c)
		}
	}
}

func TestNorthKoreaIsNotAdequate(t *testing.T) {
	if adequateCountry("Pohjois-Korea") || adequateCountry("North Korea") {
		t.Error("North Korea taken as adequate")
	}
}
