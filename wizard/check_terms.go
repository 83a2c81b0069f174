package wizard

import (
	"fmt"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
)

// processorTerms: what art. 28(3) requires of the terms, checked only when
// the company acts as a processor. The description of the processing
// (subject-matter, duration, nature and purpose, types of data, data
// subjects) is in the first sentence of 28(3), cited as "28(3)"; point (a)
// is the documented instructions, including transfers.
func (c *checker) processorTerms(a *data.Answers) {
	pt := a.ProcessorTerms
	if !pt.Enabled {
		return
	}
	texts := []struct {
		value, article, qid, field string
		msg                        Text
	}{
		{pt.ServiceName, "28(3)", "pt.service_name", "service_name", T("Palvelun nimi puuttuu.", "Tjänstens namn saknas.", "The name of the service is missing.")},
		{pt.CustomersAre, "28(3)", "pt.customers_are", "customers_are", T("Kerro, keitä asiakkaasi ovat.", "Berätta vilka dina kunder är.", "Say who your customers are.")},
		{pt.SubjectMatter, "28(3)", "pt.subject_matter", "subject_matter", T("Kerro, mitä käsittely koskee.", "Berätta vad behandlingen gäller.", "Say what the processing is about.")},
		{pt.Duration, "28(3)", "pt.duration", "duration", T("Kerro käsittelyn kesto.", "Ange hur länge behandlingen pågår.", "Say how long the processing lasts.")},
		{pt.SupportEmail, "28(3)(e)", "pt.support_email", "support_email", T("Anna sähköpostiosoite, johon asiakkaat ottavat yhteyttä tietosuoja-asioissa.", "Ange en e-postadress dit kunderna kan vända sig i dataskyddsfrågor.", "Give an e-mail address for your customers' data protection matters.")},
		{pt.GoverningLaw, "28(3)", "pt.governing_law", "governing_law", T("Kerro, mitä lakia ehtoihin sovelletaan.", "Ange vilken lag som tillämpas på villkoren.", "State the law that governs the terms.")},
		{pt.Court, "28(3)", "pt.court", "court", T("Kerro, mikä tuomioistuin ratkaisee riidat.", "Ange vilken domstol som avgör tvister.", "State the court that settles disputes.")},
	}
	for _, t := range texts {
		if blank(t.value) {
			c.termsMissing(t.article, t.qid, t.field, t.msg)
		}
	}
	if !blank(pt.SupportEmail) && !validFormat("email", pt.SupportEmail) {
		c.termsMissing("28(3)(e)", "pt.support_email", "support_email", T("Tuen sähköpostiosoite ei ole oikeassa muodossa.", "Supportens e-postadress har fel form.", "The support e-mail address is not valid."))
	}
	if len(pt.DataSubjects) == 0 {
		c.termsMissing("28(3)", "pt.data_subjects", "data_subjects", T("Kerro, keiden tietoja käsittelet.", "Berätta vems uppgifter du behandlar.", "Say whose data you process."))
	}
	if len(pt.DataCategories) == 0 {
		c.termsMissing("28(3)", "pt.data_categories", "data_categories", T("Kerro, mitä tietoja käsittelet.", "Berätta vilka uppgifter du behandlar.", "Say what data you process."))
	}
	if blank(pt.NaturePurpose) {
		// Art. 28(3) requires it. The terms never fill it from the
		// subject-matter and, without it, neither claim to meet art. 28
		// nor refer to a purpose in Annex 2.
		c.termsMissing("28(3)", "pt.nature_purpose", "nature_purpose", T("Kerro käsittelyn luonne ja tarkoitus, esimerkiksi tallennus, säilytys ja viestien lähetys.", "Beskriv behandlingens art och ändamål, till exempel lagring, förvaring och utskick av meddelanden.", "Describe the nature and purpose of the processing, for example storing, keeping and sending messages."))
	}
	if pt.SpecialCategoriesPossible && blank(pt.SpecialCategoriesDetails) {
		c.termsWeak("28(3)", "pt.special_categories_details", "special_categories_details", T("Kerro, mitä erityisiä tietoja palveluun voi tallentua.", "Berätta vilka känsliga uppgifter som kan lagras i tjänsten.", "Say which special category data may end up in the service."))
	}
	c.termsLocation(pt)
	c.termsSubProcessors(pt)
	c.termsSecurity(pt)
	c.termsPromises(pt)
}

// termsSecurity: the measures of art. 28(3)(c) (by way of art. 32), chosen
// from the vocabulary.
func (c *checker) termsSecurity(pt data.ProcessorTerms) {
	if len(pt.SecurityMeasures) == 0 && blank(pt.SecurityOther) {
		c.termsMissing("28(3)(c)", "pt.security_measures", "security_measures", T("Valitse tietoturvatoimet, jotka palvelussasi on käytössä.", "Välj de säkerhetsåtgärder som används i din tjänst.", "Choose the security measures your service has."))
	}
	for j, m := range pt.SecurityMeasures {
		if !known(vocab.SecurityMeasures, m) {
			c.termsWeak("28(3)(c)", "pt.security_measures", fmt.Sprintf("security_measures.%d", j), tf(T("Tuntematon tietoturvatoimi ”%s”. Valitse toimet uudelleen.", "Okänd säkerhetsåtgärd ”%s”. Välj åtgärderna på nytt.", "Unknown security measure “%s”. Choose the measures again."), m))
		}
	}
}

// termsPromises: what the processor undertakes under art. 28(3)(f)–(h):
// the breach notice, the end of the service and audits; and the terms'
// liability and acceptance.
func (c *checker) termsPromises(pt data.ProcessorTerms) {
	switch {
	case pt.BreachNoticeHours <= 0:
		c.termsMissing("28(3)(f)", "pt.breach_notice_hours", "breach_notice_hours", T("Kerro, kuinka monessa tunnissa ilmoitat asiakkaalle tietoturvaloukkauksesta.", "Ange inom hur många timmar du meddelar kunden om en personuppgiftsincident.", "State within how many hours you tell the customer of a personal data breach."))
	case pt.BreachNoticeHours >= 72:
		c.termsWeak("28(3)(f)", "pt.breach_notice_hours", "breach_notice_hours", T("Asiakkaan on ilmoitettava loukkauksesta viranomaiselle 72 tunnissa. Lupaa ilmoittaa sille selvästi nopeammin, esimerkiksi 24–48 tunnissa.", "Kunden ska anmäla incidenten till myndigheten inom 72 timmar. Lova att meddela kunden klart snabbare, till exempel inom 24–48 timmar.", "Your customer must notify the authority within 72 hours. Promise to tell them well before that, for example within 24–48 hours."))
	}
	if !known(vocab.EndOfService, pt.EndOfService) {
		c.termsMissing("28(3)(g)", "pt.end_of_service", "end_of_service", T("Kerro, poistetaanko vai palautetaanko tiedot palvelun päättyessä.", "Ange om uppgifterna raderas eller återlämnas när tjänsten upphör.", "Say whether the data is deleted or returned when the service ends."))
	} else if pt.EndOfServiceDays <= 0 {
		c.termsWeak("28(3)(g)", "pt.end_of_service_days", "end_of_service_days", T("Kerro, kuinka monen päivän kuluessa tiedot poistetaan tai palautetaan.", "Ange inom hur många dagar uppgifterna raderas eller återlämnas.", "Say within how many days the data is deleted or returned."))
	}
	if pt.AuditNoticeDays <= 0 {
		c.termsWeak("28(3)(h)", "pt.audit_notice_days", "audit_notice_days", T("Kerro, kuinka monta päivää etukäteen auditoinnista on ilmoitettava.", "Ange hur många dagar i förväg en granskning ska meddelas.", "Say how many days' notice an audit needs."))
	}
	if blank(pt.LiabilityCap) {
		c.termsWeak("28(3)", "pt.liability_cap", "liability_cap", T("Vastuun enimmäismäärää ei ole kerrottu; silloin vastuu on rajoittamaton.", "Inget maximibelopp för ansvaret anges; då är ansvaret obegränsat.", "No liability cap is given; the liability is then unlimited."))
	}
	if !known(vocab.Acceptances, pt.Acceptance) {
		c.termsWeak("28(3)", "pt.acceptance", "acceptance", T("Kerro, miten asiakas hyväksyy ehdot.", "Ange hur kunden godkänner villkoren.", "Say how the customer accepts the terms."))
	}
}

// termsLocation: a third-country location needs its country and safeguard,
// art. 28(3)(a) ("including with regard to transfers").
func (c *checker) termsLocation(pt data.ProcessorTerms) {
	const article = "28(3)(a)"
	switch {
	case !known(vocab.Locations, pt.DataLocation):
		c.add(Missing, article, "pt.data_location", "processor_terms.data_location", -1, T("Kerro, missä tietoja käsitellään.", "Ange var uppgifterna behandlas.", "Say where the data is processed."))
	case pt.DataLocation == data.LocationThirdCountry:
		if blank(pt.DataCountry) {
			c.add(Missing, article, "pt.data_country", "processor_terms.data_country", -1, T("Kerro, missä maassa tietoja käsitellään.", "Ange i vilket land uppgifterna behandlas.", "Name the country where the data is processed."))
		}
		if !known(vocab.Safeguards, pt.DataSafeguard) {
			c.add(Missing, article, "pt.data_safeguard", "processor_terms.data_safeguard", -1, T("Tietoja käsitellään EU:n ja ETA:n ulkopuolella: valitse suojakeino.", "Uppgifterna behandlas utanför EU och EES: välj en skyddsåtgärd.", "The data is processed outside the EU and EEA: choose a safeguard."))
		}
		if msg, sev, bad := groundFits(pt.DataSafeguard, pt.DataCountry); bad {
			c.add(sev, "45", "pt.data_safeguard", "processor_terms.data_safeguard", -1, msg)
		}
	}
}

// termsSubProcessors: art. 28(2) and 28(3)(d), and transfers by them.
func (c *checker) termsSubProcessors(pt data.ProcessorTerms) {
	for j, s := range pt.SubProcessors {
		at := fmt.Sprintf("processor_terms.sub_processors.%d.", j)
		label := s.Name
		if blank(label) {
			label = fmt.Sprint(j + 1)
			c.add(Missing, "28(3)(d)", "sub.name", at+"name", -1, tf(T("Alikäsittelijän %d nimi puuttuu.", "Underbiträde %d saknar namn.", "Sub-processor %d has no name."), j+1))
		}
		if msg, sev, bad := groundFits(s.Safeguard, s.Location); s.OutsideEEA && bad {
			c.add(sev, "45", "sub.safeguard", at+"safeguard", -1, cat(tf(T("Alikäsittelijä %s: ", "Underbiträdet %s: ", "Sub-processor %s: "), label), msg))
		}
		if s.OutsideEEA && !known(vocab.Safeguards, s.Safeguard) {
			c.add(Missing, "28(3)(a)", "sub.safeguard", at+"safeguard", -1, tf(T("Alikäsittelijä %s käsittelee tietoja EU:n ja ETA:n ulkopuolella: valitse suojakeino.", "Underbiträdet %s behandlar uppgifter utanför EU och EES: välj en skyddsåtgärd.", "Sub-processor %s processes data outside the EU and EEA: choose a safeguard."), label))
		}
	}
	switch {
	case !known(vocab.Authorisations, pt.SubProcessorAuthorisation):
		c.add(Missing, "28(3)(d)", "pt.sub_processor_authorisation", "processor_terms.sub_processor_authorisation", -1, T("Valitse, miten asiakas hyväksyy alikäsittelijät.", "Välj hur kunden godkänner underbiträden.", "Choose how the customer approves sub-processors."))
	case pt.SubProcessorAuthorisation == data.AuthorisationGeneral && pt.SubProcessorNoticeDays <= 0:
		c.add(Missing, "28(3)(d)", "pt.sub_processor_notice_days", "processor_terms.sub_processor_notice_days", -1, T("Yleisessä luvassa asiakkaalle on ilmoitettava muutoksista etukäteen: kerro, kuinka monta päivää.", "Vid allmänt tillstånd ska kunden meddelas ändringar i förväg: ange hur många dagar.", "With a general authorisation the customer must be told of changes in advance: say how many days."))
	}
}

// termsMissing adds a Missing finding on the processor terms' field.
func (c *checker) termsMissing(article, qid, field string, msg Text) {
	c.add(Missing, article, qid, "processor_terms."+field, -1, msg)
}

// termsWeak adds a Weak finding on the processor terms' field.
func (c *checker) termsWeak(article, qid, field string, msg Text) {
	c.add(Weak, article, qid, "processor_terms."+field, -1, msg)
}
