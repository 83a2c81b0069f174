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
		{"cookie answer unconfirmed while a tool is named", func(a *data.Answers) {
			a.Website.Cookies = nil
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
