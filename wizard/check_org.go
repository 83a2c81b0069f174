package wizard

import (
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/valid"
)

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// organisation: the controller's identity and contacts, art. 13(1)(a)-(b),
// and a way to use the rights, 13(2)(b).
func (c *checker) organisation(a *data.Answers) {
	o := a.Organisation
	required := []struct {
		value, qid, path string
		msg              Text
	}{
		{o.Name, "org.name", "organisation.name", T("Yrityksen nimi puuttuu.", "Företagets namn saknas.", "The company name is missing.")},
		{o.BusinessID, "org.business_id", "organisation.business_id", T("Y-tunnus puuttuu.", "FO-numret saknas.", "The Business ID is missing.")},
		{o.Street, "org.street", "organisation.street", T("Katuosoite puuttuu.", "Gatuadressen saknas.", "The street address is missing.")},
		{o.PostalCode, "org.postal_code", "organisation.postal_code", T("Postinumero puuttuu.", "Postnumret saknas.", "The postal code is missing.")},
		{o.City, "org.city", "organisation.city", T("Postitoimipaikka puuttuu.", "Postanstalten saknas.", "The city is missing.")},
		{o.Email, "org.email", "organisation.email", T("Yrityksen sähköpostiosoite puuttuu.", "Företagets e-postadress saknas.", "The company's e-mail address is missing.")},
		{o.PrivacyContact.Name, "contact.name", "organisation.privacy_contact.name", T("Yhteyshenkilön nimi puuttuu.", "Kontaktpersonens namn saknas.", "The contact person's name is missing.")},
		{o.PrivacyContact.Email, "contact.email", "organisation.privacy_contact.email", T("Yhteyshenkilön sähköposti puuttuu.", "Kontaktpersonens e-post saknas.", "The contact person's e-mail is missing.")},
	}
	for _, r := range required {
		if blank(r.value) {
			c.add(Missing, "13(1)(a)", r.qid, r.path, -1, r.msg)
		}
	}
	formats := []struct {
		value, check, qid, path string
		msg                     Text
	}{
		{o.BusinessID, "business_id", "org.business_id", "organisation.business_id", T("Y-tunnus ei ole oikeassa muodossa. Korjaa se.", "FO-numret har fel form. Rätta det.", "The Business ID is not valid. Correct it.")},
		{o.Email, "email", "org.email", "organisation.email", T("Yrityksen sähköpostiosoite ei ole oikeassa muodossa.", "Företagets e-postadress har fel form.", "The company's e-mail address is not valid.")},
		{o.PrivacyContact.Email, "email", "contact.email", "organisation.privacy_contact.email", T("Yhteyshenkilön sähköpostiosoite ei ole oikeassa muodossa.", "Kontaktpersonens e-postadress har fel form.", "The contact person's e-mail address is not valid.")},
	}
	for _, f := range formats {
		if !blank(f.value) && !validFormat(f.check, f.value) {
			c.add(Missing, "13(1)(a)", f.qid, f.path, -1, f.msg)
		}
	}
	if blank(o.Email) && blank(o.PrivacyContact.Email) {
		c.add(Missing, "13(2)(b)", "org.email", "organisation.email", -1,
			T("Seloste kertoo ihmisille heidän oikeutensa, mutta heillä ei ole osoitetta, johon lähettää pyyntö. Anna yrityksen sähköpostiosoite.",
				"Beskrivningen berättar om människors rättigheter, men de har ingen adress att skicka en begäran till. Ange företagets e-postadress.",
				"The notice tells people their rights, but gives them no address to send a request to. Give the company's e-mail address."))
	}
	if o.DPO != nil {
		if blank(o.DPO.Name) {
			c.add(Missing, "13(1)(b)", "dpo.name", "organisation.dpo.name", -1, T("Tietosuojavastaavan nimi puuttuu.", "Dataskyddsombudets namn saknas.", "The data protection officer's name is missing."))
		}
		if blank(o.DPO.Email) {
			c.add(Missing, "13(1)(b)", "dpo.email", "organisation.dpo.email", -1, T("Tietosuojavastaavan sähköposti puuttuu.", "Dataskyddsombudets e-post saknas.", "The data protection officer's e-mail is missing."))
		}
	}
}

// validFormat runs the named format check; an unknown name passes.
func validFormat(name, value string) bool {
	check, ok := valid.ByName(name)
	return !ok || check(value) == nil
}
