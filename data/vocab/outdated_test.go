package vocab

import (
	"strings"
	"testing"
)

// TestFindOutdated: each outdated reference is found in its forms and
// languages, once, with its quote from the text; current names and
// look-alikes are not.
func TestFindOutdated(t *testing.T) {
	cases := []struct {
		text  string
		codes []string
	}{
		{"Henkilötietolaki (523/1999) 10 §", []string{"personal_data_act"}},
		{"henkilötietolain mukaan", []string{"personal_data_act"}},
		{"HENKILÖTIETOLAKI", []string{"personal_data_act"}},
		{"laki 523 / 1999", []string{"personal_data_act"}},
		{"personuppgiftslagen (523/1999)", []string{"personal_data_act"}},
		{"under the Personal  Data Act", []string{"personal_data_act"}},
		{"Väestörekisterikeskuksen väestötietojärjestelmä", []string{"vrk"}},
		{"Befolkningsregistercentralen", []string{"vrk"}},
		{"Population Register Centre", []string{"vrk"}},
		{"osoitteet päivitetään VRK:sta", []string{"vrk"}},
		{"Tietosuojavaltuutetun toimisto, Ratapihantie  9, 00520 Helsinki", []string{"old_address"}},
		{"PL 800, 00521   Helsinki", []string{"old_address"}},
		{"Bangårdsvägen 9, 00520 Helsingfors", []string{"old_address"}},
		{"Albertinkatu 25 A, PL 315, 00181 Helsinki", []string{"old_address"}},
		{"henkilörekisterilain (471/1987) mukaan", []string{"personal_data_file_act"}},
		{"enligt personregisterlagen", []string{"personal_data_file_act"}},
		// Inflected names (nameMatcher): every case of the stem.
		{"tiedot saadaan Väestörekisterikeskukselta", []string{"vrk"}},
		{"siirretään Väestörekisterikeskukseen", []string{"vrk"}},
		{"Trafista ja Trafiin", []string{"trafi"}},
		{"Tietosuojavaltuutettu, Ratapihantiellä 9", []string{"old_address"}},
		{"Albertsgatan 25, Helsingfors", []string{"old_address"}},
		{"Kommunikationsverkets anvisning", []string{"viestintavirasto"}},
		// A company of its own in Pasila, and a longer number.
		{"Yritys Oy, Ratapihantie 11, 00520 Helsinki", nil},
		{"Ratapihantie 95", nil},
		{"faksi 029 56 66735", []string{"old_fax"}},
		{"fax +358 29 566 6735", []string{"old_fax"}},
		{"Faksi: 010 36 66735", []string{"old_fax"}},
		{"Faksi 029-566-6735 ja Väestörekisterikeskus", []string{"old_fax", "vrk"}},
		// Current references and look-alikes are not outdated.
		{"Tietosuojalaki (1050/2018) 29 §", nil},
		{"Lintulahdenkuja 4, 00530 Helsinki; PL 800, 00531 Helsinki", nil},
		{"vaihde 029 566 6700", nil},
		{"Yritys Oy, PL 315, 33101 Tampere", nil},
		{"PL 315, 00181 Helsinki", []string{"old_address"}},
		{"päivystys 24 h/vrk", nil},
		{"Digi- ja väestötietovirasto (DVV)", nil},
		{"direktiivi 95/46/EY", []string{"directive_95_46"}},
		{"laki sähköisen viestinnän tietosuojasta (516/2004)", []string{"electronic_privacy_act"}},
		{"lagen om integritetsskydd i arbetslivet 477/2001", []string{"working_life_act_2001"}},
		{"osoitteet päivitetään maistraatista", []string{"maistraatti"}},
		{"Viestintäviraston ohjeen mukaan", []string{"viestintavirasto"}},
		{"enligt Kommunikationsverket", []string{"viestintavirasto"}},
		{"ajoneuvotiedot Trafilta", []string{"trafi"}},
		// The current names of the merged agencies are not outdated.
		{"Liikenne- ja viestintävirasto Traficom", nil},
		{"Transport- och kommunikationsverket Traficom", nil},
		{"trafiikkitiedot", nil},
	}
	for _, tc := range cases {
		got := FindOutdated(tc.text)
		var codes []string
		for _, o := range got {
			codes = append(codes, o.Ref.Code)
			if tc.text[o.Start:o.End] != o.Quote {
				t.Errorf("%q: offsets %d-%d do not give the quote %q", tc.text, o.Start, o.End, o.Quote)
			}
			if o.Ref.Kind != OutdatedAddress && o.Ref.Kind != OutdatedFax && (o.Ref.Note.FI == "" || o.Ref.Note.SV == "" || o.Ref.Note.EN == "") {
				t.Errorf("%q: note missing a language: %+v", tc.text, o.Ref.Note)
			}
			if o.Quote == "" || !strings.Contains(strings.ToLower(tc.text), strings.ToLower(strings.Fields(o.Quote)[0])) {
				t.Errorf("%q: quote %q is not from the text", tc.text, o.Quote)
			}
			if o.Ref.Current.FI == "" || o.Ref.Current.SV == "" || o.Ref.Current.EN == "" {
				t.Errorf("%q: current wording missing a language: %+v", tc.text, o.Ref.Current)
			}
		}
		if strings.Join(codes, ",") != strings.Join(tc.codes, ",") {
			t.Errorf("FindOutdated(%q) = %v, want %v", tc.text, codes, tc.codes)
		}
	}
}

// TestNamesCompile compiles every name's expression (they compile on
// first use), so that a typo fails here and not in a user's check.
func TestNamesCompile(t *testing.T) {
	if len(allNames) < 20 {
		t.Fatalf("only %d names", len(allNames))
	}
	for _, n := range allNames {
		if n.re() == nil {
			t.Errorf("%s does not compile", n.expr)
		}
	}
	for _, r := range Outdated {
		for _, n := range r.names {
			if n.skip != nil && n.skip() == nil {
				t.Errorf("%s: skip does not compile", r.Code)
			}
		}
	}
}
