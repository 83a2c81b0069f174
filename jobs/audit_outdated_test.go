package jobs

import (
	"testing"

	"tietosuojapakki/audit"
	"tietosuojapakki/data/vocab"
)

// auditCode is the audit's finding for each kind of outdated reference
// the wizard's check reports in an answer.
var auditCode = map[string]string{
	vocab.OutdatedLaw:     "repealed_law",
	vocab.OutdatedAgency:  "outdated_agency",
	vocab.OutdatedAddress: "outdated_authority_address",
	vocab.OutdatedFax:     "outdated_authority_fax",
}

// TestOutdatedAgreesWithCheck: whatever outdated reference the program's
// own check flags in a text (vocab.FindOutdated, which wizard's
// outdatedTexts runs on every free-text answer), the audit of the same
// text reports too, in every case form. It lives here because jobs is the
// room that uses both (audit may not import wizard).
func TestOutdatedAgreesWithCheck(t *testing.T) {
	texts := []string{
		"Osoitteet päivitetään Väestörekisterikeskuksen palvelusta.",
		"Osoitteet saadaan Väestörekisterikeskukselta.",
		"Osoitteet tarkistetaan väestörekisterikeskuksesta ja VRK:n rekisteristä.",
		"Adresserna uppdateras från Befolkningsregistercentralen.",
		"Addresses come from the Population Register Center.",
		"Seloste perustuu henkilötietolakiin (523/1999).",
		"Henkilötietolain 10 §:n mukainen rekisteriseloste.",
		"Registerbeskrivning enligt personuppgiftslagen.",
		"Rekisteri on perustettu henkilörekisterilain (471/1987) aikana.",
		"Henkilötietolakia sovelletaan.",
		"Tietosuojavaltuutetun toimisto, Ratapihantie 9, 00521 Helsinki.",
		"Tietosuojavaltuutetun toimisto, Albertinkatu 25 A, 00180 Helsinki.",
		"Dataombudsmannens byrå, Bangårdsvägen 9, 00520 Helsingfors.",
		"Tietosuojavaltuutettu, PL 315, 00181 Helsinki.",
		"Tietosuojavaltuutettu, faksi 029 566 6735.",
		"Telekopio +358 29 566 6735.",
		"Tietosuojavaltuutettu, Ratapihantiellä 9, Helsinki.",
		"Osoitteet saadaan maistraatista.",
		"Adresserna kommer från magistraten.",
		"Ajoneuvotiedot haetaan Trafista ja TRAFI:n rekisteristä.",
		"Viestintäviraston ohjeen mukaan evästeistä kerrotaan.",
		"Enligt Kommunikationsverkets anvisning.",
		"Direktiivi 95/46/EY on pohjana.",
		"Laki sähköisen viestinnän tietosuojasta (516/2004) koskee evästeitä.",
	}
	for _, text := range texts {
		got := map[string]bool{}
		for _, f := range audit.Audit(text, "fi").Findings {
			got[f.Code] = true
		}
		found := vocab.FindOutdated(text)
		if len(found) == 0 {
			t.Errorf("%q: the check flags nothing; the case tests nothing", text)
		}
		for _, o := range found {
			if code := auditCode[o.Ref.Kind]; !got[code] {
				t.Errorf("%q: the check flags %s (%q), the audit gives no %s", text, o.Ref.Code, o.Quote, code)
			}
		}
	}
}
