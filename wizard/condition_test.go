package wizard

import (
	"testing"

	"tietosuojapakki/data"
)

func TestConditionKinds(t *testing.T) {
	a := example(t)
	tests := []struct {
		name string
		c    Condition
		base string
		want bool
	}{
		{"equals holds", Condition{Path: "legal_basis", Op: OpEquals, Value: "legitimate_interests"}, "registers.0.purposes.2", true},
		{"equals fails", Condition{Path: "legal_basis", Op: OpEquals, Value: "consent"}, "registers.0.purposes.2", false},
		{"equals a number", Condition{Path: "processor_terms.breach_notice_hours", Op: OpEquals, Value: "48"}, "", true},
		{"not_equals holds", Condition{Path: "requirement.kind", Op: OpNotEquals, Value: "none"}, "registers.0", true},
		{"not_equals fails", Condition{Path: "requirement.kind", Op: OpNotEquals, Value: "none"}, "registers.1", false},
		{"true on a bool", Condition{Path: "processor_terms.enabled", Op: OpTrue}, "", true},
		{"true on a false bool", Condition{Path: "personal_identity_code", Op: OpTrue}, "registers.0", false},
		{"true on a null object", Condition{Path: "organisation.dpo", Op: OpTrue}, "", false},
		{"false on a false bool", Condition{Path: "automated_decisions.used", Op: OpFalse}, "registers.1", true},
		{"false on a missing field", Condition{Path: "outside_eea", Op: OpFalse}, "processor_terms.sub_processors.0", true},
		{"false on a true bool", Condition{Path: "website.cookies", Op: OpFalse}, "", false},
		{"not_empty on text", Condition{Path: "name", Op: OpNotEmpty}, "registers.1", true},
		{"not_empty on an empty list", Condition{Path: "special_categories", Op: OpNotEmpty}, "registers.0", false},
		{"not_empty on a list", Condition{Path: "transfers", Op: OpNotEmpty}, "registers.0", true},
		{"not_empty on a missing field", Condition{Path: "law", Op: OpNotEmpty}, "registers.0.purposes.0", false},
		{"contains in a list", Condition{Path: "security.measures", Op: OpContains, Value: "mfa"}, "registers.1", true},
		{"contains not in a list", Condition{Path: "security.measures", Op: OpContains, Value: "firewall"}, "registers.1", false},
		{"contains in a text", Condition{Path: "organisation.name", Op: OpContains, Value: "Kivi"}, "", true},
		{"absolute path inside a record", Condition{Path: "/processor_terms.enabled", Op: OpTrue}, "registers.0", true},
		{"all holds", Condition{All: []Condition{{Path: "website.cookies", Op: OpTrue}, {Path: "website.consent_banner", Op: OpTrue}}}, "", true},
		{"all fails", Condition{All: []Condition{{Path: "website.cookies", Op: OpTrue}, {Path: "website.strictly_necessary_only", Op: OpTrue}}}, "", false},
		{"any holds", Condition{Any: []Condition{{Path: "website.strictly_necessary_only", Op: OpTrue}, {Path: "website.cookies", Op: OpTrue}}}, "", true},
		{"any fails", Condition{Any: []Condition{{Path: "website.strictly_necessary_only", Op: OpTrue}, {Path: "organisation.dpo", Op: OpTrue}}}, "", false},
		{"unknown op", Condition{Path: "website.cookies", Op: "maybe"}, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Holds(tc.c, a, tc.base); got != tc.want {
				t.Errorf("Holds = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestVisibleFollowsAnswers: the conditions the issue asks for show and
// hide their questions as the answers change.
func TestVisibleFollowsAnswers(t *testing.T) {
	c := Default()
	tests := []struct {
		id, base, path string
		off, on        any
	}{
		{"purpose.legitimate_interest", "registers.0.purposes.0", "registers.0.purposes.0.legal_basis", "contract", "legitimate_interests"},
		{"purpose.law", "registers.0.purposes.0", "registers.0.purposes.0.legal_basis", "consent", "legal_obligation"},
		{"reg.pic_ground", "registers.0", "registers.0.personal_identity_code", false, true},
		{"reg.automated.logic", "registers.0", "registers.0.automated_decisions.used", false, true},
		{"reg.requirement.consequence", "registers.0", "registers.0.requirement.kind", "none", "statutory"},
		{"processor.safeguard", "processors.0", "processors.0.location", "eu", "third_country"},
		{"sub.safeguard", "processor_terms.sub_processors.0", "processor_terms.sub_processors.0.outside_eea", false, true},
		{"dpo.email", "", "organisation.dpo", nil, map[string]any{}},
		{"pt.service_name", "", "processor_terms.enabled", false, true},
		{"pt.data_safeguard", "", "processor_terms.data_location", "eu", "third_country"},
		{"pt.sub_processor_notice_days", "", "processor_terms.sub_processor_authorisation", "specific", "general"},
		{"web.consent_banner", "", "website.strictly_necessary_only", true, false},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			q, ok := Find(c, tc.id)
			if !ok {
				t.Fatalf("no question %s", tc.id)
			}
			a := example(t)
			for _, step := range []struct {
				v    any
				want bool
			}{{tc.off, false}, {tc.on, true}} {
				if err := Set(a, tc.path, step.v); err != nil {
					t.Fatal(err)
				}
				if got := Visible(q, a, tc.base); got != step.want {
					t.Errorf("%s = %v: visible %v, want %v", tc.path, step.v, got, step.want)
				}
			}
		})
	}
}

func TestWarnings(t *testing.T) {
	c := Default()
	tests := []struct {
		id, base, path string
		quiet, loud    any
	}{
		{"reg.pic", "registers.0", "registers.0.personal_identity_code", false, true},
		{"purpose.legal_basis", "registers.0.purposes.0", "registers.0.purposes.0.legal_basis", "contract", "consent"},
		{"reg.special_categories", "registers.0", "registers.0.special_categories", []any{}, []any{map[string]any{"category": "health"}}},
		{"processor.dpa_signed", "processors.0", "processors.0.dpa_signed", true, false},
		{"web.consent_banner", "", "website.consent_banner", true, false},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			q, _ := Find(c, tc.id)
			a := example(t)
			_ = Set(a, tc.path, tc.quiet)
			if _, on := ActiveWarning(q, a, tc.base); on {
				t.Error("warning shown for the quiet answer")
			}
			_ = Set(a, tc.path, tc.loud)
			msg, on := ActiveWarning(q, a, tc.base)
			if !on || msg.FI == "" {
				t.Error("warning not shown")
			}
		})
	}
	// A hidden question shows no warning.
	q, _ := Find(c, "web.consent_banner")
	a := example(t)
	a.Website.ConsentBanner = false
	a.Website.Cookies = ptr(false)
	if _, on := ActiveWarning(q, a, ""); on {
		t.Error("warning of a hidden question shown")
	}
}

// The "where to get a copy" question is asked for contractual safeguards
// only: an adequacy decision has no copy to hand over.
func TestTransferCopyOnlyForContractualSafeguards(t *testing.T) {
	q, ok := Find(Default(), "transfer.copy")
	if !ok {
		t.Fatal("no transfer.copy question")
	}
	for safeguard, want := range map[string]bool{"scc": true, "bcr": true, "derogation": false, "adequacy": false, "adequacy_dpf": false, "": false} {
		a := &data.Answers{Registers: []data.Register{{Transfers: []data.Transfer{{Safeguard: safeguard}}}}}
		if got := Visible(q, a, "registers.0.transfers.0"); got != want {
			t.Errorf("%q: visible %v, want %v", safeguard, got, want)
		}
	}
}
