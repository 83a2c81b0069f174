package wizard

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
)

// registers: what art. 13 and 14 require of each register, plus art. 9(2)
// and Tietosuojalaki 29 §.
func (c *checker) registers(a *data.Answers) {
	if len(a.Registers) == 0 {
		c.add(Missing, "13(1)(c)", "registers", "registers", -1,
			T("Lisää ainakin yksi rekisteri, esimerkiksi asiakasrekisteri.", "Lägg till minst ett register, till exempel ett kundregister.", "Add at least one register, for example a customer register."))
		return
	}
	processors := map[string]bool{}
	for _, p := range a.Processors {
		processors[p.ID] = true
	}
	for i, r := range a.Registers {
		rc := regChecker{c: c, i: i, base: fmt.Sprintf("registers.%d", i), label: registerLabel(r, i)}
		rc.identity(r)
		rc.purposes(r)
		rc.requirement(r)
		rc.basesFit(r)
		rc.data(r)
		rc.sources(r)
		rc.recipients(r, processors)
		rc.transfers(r)
		rc.retention(r)
		rc.automated(r)
		rc.children(r)
		rc.security(r)
	}
}

// regChecker adds findings of one register, prefixed with its name.
type regChecker struct {
	c     *checker
	i     int
	base  string
	label Text
}

func (rc regChecker) add(sev Severity, article, qid, rel string, msg Text) {
	rc.c.add(sev, article, qid, Join(rc.base, rel), rc.i, cat(rc.label, msg))
}

func registerLabel(r data.Register, i int) Text {
	if !blank(r.Name) {
		return T("Rekisteri ”"+r.Name+"”: ", "Registret ”"+r.Name+"”: ", "Register “"+r.Name+"”: ")
	}
	return tf(T("Rekisteri %d: ", "Register %d: ", "Register %d: "), i+1)
}

func (rc regChecker) identity(r data.Register) {
	if blank(r.Name) {
		rc.add(Missing, "13(1)(c)", "reg.name", "name", T("anna rekisterille nimi.", "ge registret ett namn.", "give the register a name."))
	}
	if len(r.DataSubjects) == 0 {
		rc.add(Missing, "13(1)(c)", "reg.data_subjects", "data_subjects", T("kerro, keitä rekisteri koskee.", "berätta vem registret gäller.", "say whom the register is about."))
	}
}

func (rc regChecker) purposes(r data.Register) {
	if len(r.Purposes) == 0 {
		rc.add(Missing, "13(1)(c)", "reg.purposes", "purposes", T("kerro, mihin tietoja käytetään.", "berätta vad uppgifterna används till.", "say what the data is used for."))
	}
	for j, p := range r.Purposes {
		at := func(field string) string { return fmt.Sprintf("purposes.%d.%s", j, field) }
		n := j + 1
		if blank(p.Description) {
			rc.add(Missing, "13(1)(c)", "purpose.description", at("description"),
				tf(T("kerro käyttötarkoituksen %d sisältö.", "beskriv ändamål %d.", "describe purpose %d."), n))
		}
		if !known(vocab.LegalBases, string(p.LegalBasis)) {
			rc.add(Missing, "13(1)(c)", "purpose.legal_basis", at("legal_basis"),
				tf(T("valitse oikeusperuste käyttötarkoitukselle %d.", "välj rättslig grund för ändamål %d.", "choose a legal basis for purpose %d."), n))
		}
		if p.LegalBasis == data.BasisLegitimateInterests && blank(p.LegitimateInterest) {
			rc.add(Missing, "13(1)(d)", "purpose.legitimate_interest", at("legitimate_interest"),
				tf(T("käyttötarkoitus %d perustuu oikeutettuun etuun: kerro, mikä etu on.", "ändamål %d grundar sig på berättigat intresse: beskriv intresset.", "purpose %d relies on legitimate interests: say what the interest is."), n))
		}
		if p.LegalBasis == data.BasisLegalObligation && blank(p.Law) {
			rc.add(Weak, "13(1)(c)", "purpose.law", at("law"),
				tf(T("käyttötarkoitus %d perustuu lakiin: kerro, mikä laki velvoittaa.", "ändamål %d grundar sig på lag: ange vilken lag.", "purpose %d relies on a legal obligation: name the law."), n))
		}
	}
}

func (rc regChecker) requirement(r data.Register) {
	k := r.Requirement.Kind
	if !known(vocab.RequirementKinds, k) {
		rc.add(Missing, "13(2)(e)", "reg.requirement.kind", "requirement.kind",
			T("kerro, onko tietojen antaminen vapaaehtoista, lakisääteistä vai sopimukseen perustuvaa.", "ange om det är frivilligt, lagstadgat eller avtalsenligt att lämna uppgifterna.", "say whether giving the data is voluntary, statutory or contractual."))
		return
	}
	if k != data.RequirementNone && blank(r.Requirement.Consequence) {
		rc.add(Weak, "13(2)(e)", "reg.requirement.consequence", "requirement.consequence",
			T("kerro, mitä seuraa, jos tietoja ei anneta.", "berätta vad som händer om uppgifterna inte lämnas.", "say what happens if the data is not given."))
	}
}

func (rc regChecker) data(r data.Register) {
	if len(r.DataCategories) == 0 {
		rc.add(Missing, "14(1)(d)", "reg.data_categories", "data_categories",
			T("luettele, mitä tietoja rekisterissä on.", "räkna upp vilka uppgifter registret innehåller.", "list the data the register holds."))
	}
	for j, d := range r.DataCategories {
		if blank(d.Name) {
			rc.add(Missing, "14(1)(d)", "category.name", fmt.Sprintf("data_categories.%d.name", j),
				tf(T("tietoryhmä %d on tyhjä.", "uppgiftsgrupp %d är tom.", "kind of data %d is empty."), j+1))
		}
	}
	for j, s := range r.SpecialCategories {
		at := func(field string) string { return fmt.Sprintf("special_categories.%d.%s", j, field) }
		if !known(vocab.SpecialCategories, s.Category) {
			rc.add(Missing, "9(1)", "special.category", at("category"),
				tf(T("valitse erityisen tietoryhmän %d laji.", "välj vilken känslig uppgift nummer %d är.", "choose the kind of special category data %d."), j+1))
		}
		if !known(vocab.Art9Conditions, s.Condition) {
			rc.add(Missing, "9(2)", "special.condition", at("condition"),
				tf(T("erityisiä tietoja (%s) saa käsitellä vain 9 artiklan 2 kohdan perusteella: valitse peruste.", "känsliga uppgifter (%s) får behandlas bara med stöd av artikel 9.2: välj en grund.", "special category data (%s) needs a condition of art. 9(2): choose one."), s.Category))
		}
	}
	if r.PersonalIdentityCode && blank(r.PICGround) {
		rc.add(Missing, "TSL 29 §", "reg.pic_ground", "personal_identity_code_ground",
			T("henkilötunnusta saa käsitellä vain Tietosuojalain 29 §:n perusteella: kerro peruste tai lopeta henkilötunnuksen käsittely.", "personbeteckningen får behandlas bara med stöd av 29 § i dataskyddslagen: ange grunden eller sluta behandla den.", "the personal identity code may be processed only on a ground of section 29 of the Data Protection Act: state it, or stop processing the code."))
	}
}

func (rc regChecker) sources(r data.Register) {
	if len(r.Sources) == 0 {
		rc.add(Missing, "14(2)(f)", "reg.sources", "sources",
			T("kerro, mistä tiedot saadaan.", "berätta varifrån uppgifterna kommer.", "say where the data comes from."))
	}
	for j, s := range r.Sources {
		if blank(s.Description) {
			rc.add(Missing, "14(2)(f)", "source.description", fmt.Sprintf("sources.%d.description", j),
				tf(T("tietolähde %d on tyhjä.", "källa %d är tom.", "source %d is empty."), j+1))
		}
	}
}

func (rc regChecker) recipients(r data.Register, processors map[string]bool) {
	if len(r.Recipients) == 0 && len(r.ProcessorIDs) == 0 {
		rc.add(Weak, "13(1)(e)", "reg.recipients", "recipients",
			T("tietoja ei luovuteta eikä käsittelijöitä ole valittu. Tarkista, käyttääkö rekisteri esimerkiksi tilitoimistoa tai pilvipalvelua.", "inga uppgifter lämnas ut och inga biträden har valts. Kontrollera om registret till exempel använder en bokföringsbyrå eller molntjänst.", "no disclosures and no processors are given. Check whether the register uses, for example, an accountant or a cloud service."))
	}
	for j, rcpt := range r.Recipients {
		if blank(rcpt.Name) {
			rc.add(Missing, "13(1)(e)", "recipient.name", fmt.Sprintf("recipients.%d.name", j),
				tf(T("vastaanottajan %d nimi puuttuu.", "mottagare %d saknar namn.", "recipient %d has no name."), j+1))
		}
	}
	for j, id := range r.ProcessorIDs {
		if !processors[id] {
			rc.add(Missing, "13(1)(e)", "reg.processor_ids", fmt.Sprintf("processor_ids.%d", j),
				tf(T("valittua käsittelijää ”%s” ei enää ole. Valitse käsittelijät uudelleen.", "det valda biträdet ”%s” finns inte längre. Välj biträden på nytt.", "the chosen processor “%s” no longer exists. Choose the processors again."), id))
		}
	}
}

func (rc regChecker) transfers(r data.Register) {
	for j, t := range r.Transfers {
		at := func(field string) string { return fmt.Sprintf("transfers.%d.%s", j, field) }
		n := j + 1
		if blank(t.Recipient) {
			rc.add(Missing, "13(1)(f)", "transfer.recipient", at("recipient"),
				tf(T("kerro siirron %d vastaanottaja.", "ange mottagaren för överföring %d.", "name the recipient of transfer %d."), n))
		}
		if blank(t.Country) {
			rc.add(Missing, "13(1)(f)", "transfer.country", at("country"),
				tf(T("kerro, mihin maahan siirto %d tehdään.", "ange till vilket land överföring %d görs.", "name the country of transfer %d."), n))
		}
		if !known(vocab.Safeguards, t.Safeguard) {
			rc.add(Missing, "13(1)(f)", "transfer.safeguard", at("safeguard"),
				tf(T("siirrolle %d tarvitaan suojakeino, esimerkiksi vakiosopimuslausekkeet.", "överföring %d behöver en skyddsåtgärd, till exempel standardavtalsklausuler.", "transfer %d needs a safeguard, for example standard contractual clauses."), n))
		} else if msg, sev, bad := groundFits(t.Safeguard, t.Country); bad {
			rc.add(sev, "45", "transfer.safeguard", at("safeguard"), msg)
		} else if t.Safeguard == data.SafeguardDerogation && !known(vocab.Art49Points, t.Derogation) {
			rc.add(Missing, "49(1)", "transfer.derogation", at("derogation"),
				tf(T("siirto %d perustuu 49 artiklan poikkeukseen: valitse, mikä 49 artiklan 1 kohdan alakohdista sopii.", "överföring %d grundar sig på ett undantag i artikel 49: välj vilken punkt i artikel 49.1 som gäller.", "transfer %d relies on an Article 49 derogation: choose which point of Article 49(1) applies."), n))
		} else if needsCopy(t.Safeguard) && blank(t.CopyAvailableFrom) {
			rc.add(Weak, "13(1)(f)", "transfer.copy", at("copy_available_from"),
				tf(T("kerro, mistä siirron %d suojakeinosta saa kopion.", "ange var man får en kopia av skyddsåtgärden för överföring %d.", "say where a copy of the safeguard of transfer %d can be had."), n))
		}
	}
}

// needsCopy: art. 13(1)(f) asks where to get a copy of art. 46/47
// safeguards; adequacy decisions and derogations have none.
func needsCopy(safeguard string) bool {
	return safeguard == data.SafeguardSCC || safeguard == data.SafeguardBCR
}

func (rc regChecker) retention(r data.Register) {
	if len(r.Retention) == 0 {
		rc.add(Missing, "13(2)(a)", "reg.retention", "retention",
			T("kerro, kuinka kauan tietoja säilytetään.", "ange hur länge uppgifterna sparas.", "say how long the data is kept."))
	}
	for j, rule := range r.Retention {
		at := func(field string) string { return fmt.Sprintf("retention.%d.%s", j, field) }
		if blank(rule.Period) {
			rc.add(Missing, "13(2)(a)", "retention.period", at("period"),
				tf(T("säilytysajan %d kesto puuttuu.", "lagringstid %d saknar längd.", "retention rule %d has no period."), j+1))
		}
		rc.bookkeeping(j, rule)
		if years, ok := periodYears(rule.Period); ok && years > maxRetentionYears {
			rc.add(Missing, "5(1)(e)", "retention.period", at("period"),
				tf(T("säilytysaika %d (%s) on yli %d vuotta: tarkista luku. Tietoja saa säilyttää vain niin kauan kuin niitä tarvitaan.",
					"lagringstid %d (%s) är över %d år: kontrollera talet. Uppgifter får sparas bara så länge de behövs.",
					"retention rule %d (%s) is over %d years: check the number. Data may be kept only as long as it is needed."),
					j+1, strings.TrimSpace(rule.Period), maxRetentionYears))
		}
		if blank(rule.Data) {
			rc.add(Weak, "13(2)(a)", "retention.data", at("data"),
				tf(T("kerro, mitä tietoja säilytysaika %d koskee.", "ange vilka uppgifter lagringstid %d gäller.", "say which data retention rule %d covers."), j+1))
		}
	}
}

func (rc regChecker) automated(r data.Register) {
	ad := r.AutomatedDecisions
	if ad.Profiling != nil && *ad.Profiling && blank(ad.ProfilingDescription) {
		rc.add(Missing, "13(2)(f)", "reg.automated.profiling_description", "automated_decisions.profiling_description",
			T("kerro, mitä profilointi on ja mihin sitä käytetään.", "berätta vad profileringen är och vad den används till.", "say what the profiling is and what it is used for."))
	}
	if !ad.Used {
		return
	}
	if blank(ad.Logic) {
		rc.add(Missing, "13(2)(f)", "reg.automated.logic", "automated_decisions.logic",
			T("kerro, miten automaattinen päätös tehdään.", "berätta hur det automatiserade beslutet fattas.", "explain how the automated decision is made."))
	}
	if blank(ad.Consequences) {
		rc.add(Missing, "13(2)(f)", "reg.automated.consequences", "automated_decisions.consequences",
			T("kerro, mitä automaattisesta päätöksestä seuraa henkilölle.", "berätta vilka följder det automatiserade beslutet får för personen.", "say what the automated decision means for the person."))
	}
}

// children: consent given by a child under 13 to an information-society
// service needs the guardian (Tietosuojalaki 5 §, GDPR art. 8(1)).
func (rc regChecker) children(r data.Register) {
	if !r.Children || !blank(r.ChildConsent) {
		return
	}
	for _, p := range r.Purposes {
		if p.LegalBasis == data.BasisConsent {
			rc.add(Missing, "TSL 5 §", "reg.child_consent", "child_consent",
				T("palvelua tarjotaan lapsille ja käsittely perustuu suostumukseen: kerro, miten alle 13-vuotiaiden suostumus hoidetaan.",
					"tjänsten erbjuds barn och behandlingen grundar sig på samtycke: berätta hur samtycket för barn under 13 år hanteras.",
					"the service is offered to children and rests on consent: say how consent is handled for children under 13."))
			return
		}
	}
}

func (rc regChecker) security(r data.Register) {
	s := r.Security
	if blank(s.Manual) && (len(s.Measures) > 0 || !blank(s.Other)) {
		rc.add(Weak, "32", "reg.security.manual", "security.manual",
			T("kerro myös paperisista aineistoista, vaikka niitä ei olisi: ”Paperisia aineistoja ei ole.”", "berätta också om material på papper, även om det inte finns något: ”Det finns inget material på papper.”", "say something of paper records too, even if there are none: “There are no paper records.”"))
	}
	if len(s.Measures) == 0 && blank(s.Manual) && blank(s.Other) {
		rc.add(Weak, "32", "reg.security.measures", "security.measures",
			T("kerro, miten tiedot suojataan.", "berätta hur uppgifterna skyddas.", "say how the data is protected."))
	}
}

// processors: every processor named, and a safeguard for those outside the
// EU/EEA (art. 13(1)(f)); a missing agreement is advice (art. 28(3)).
func (c *checker) processors(a *data.Answers) {
	for i, p := range a.Processors {
		at := func(field string) string { return fmt.Sprintf("processors.%d.%s", i, field) }
		label := p.Name
		if blank(label) {
			label = fmt.Sprint(i + 1)
			c.add(Missing, "13(1)(e)", "processor.name", at("name"), -1,
				tf(T("Käsittelijän %d nimi puuttuu.", "Biträde %d saknar namn.", "Processor %d has no name."), i+1))
		}
		if p.Location == data.LocationThirdCountry && !known(vocab.Safeguards, p.Safeguard) {
			c.add(Missing, "13(1)(f)", "processor.safeguard", at("safeguard"), -1,
				tf(T("Käsittelijä %s käsittelee tietoja EU:n ja ETA:n ulkopuolella: valitse suojakeino.", "Biträdet %s behandlar uppgifter utanför EU och EES: välj en skyddsåtgärd.", "Processor %s processes data outside the EU and EEA: choose a safeguard."), label))
		}
		if p.Location == data.LocationThirdCountry {
			if msg, sev, bad := groundFits(p.Safeguard, p.Country); bad {
				c.add(sev, "45", "processor.safeguard", at("safeguard"), -1, cat(tf(T("Käsittelijä %s: ", "Biträdet %s: ", "Processor %s: "), label), msg))
			}
		}
		if !known(vocab.Locations, p.Location) {
			c.add(Weak, "13(1)(f)", "processor.location", at("location"), -1,
				tf(T("Kerro, missä käsittelijä %s käsittelee tietoja.", "Ange var biträdet %s behandlar uppgifterna.", "Say where processor %s processes the data."), label))
		}
		if !p.DPASigned {
			c.add(Weak, "28(3)", "processor.dpa_signed", at("dpa_signed"), -1,
				tf(T("Käsittelijän %s kanssa ei ole käsittelysopimusta. Pyydä se palveluntarjoajalta.", "Det finns inget biträdesavtal med %s. Be leverantören om ett.", "There is no processing agreement with %s. Ask the provider for one."), label))
		}
	}
}

// website: cookies other than strictly necessary ones need consent (Laki
// sähköisen viestinnän palveluista 205 §). An analytics or marketing tool
// sets such cookies, so "no cookies" or "only necessary cookies" next to
// one is a contradiction the notice must not print.
func (c *checker) website(a *data.Answers) {
	w := a.Website
	tools := consentTools(a)
	on := cookiesOn(a)
	const article = "SVPL 205 §"
	switch {
	case w.Cookies != nil && !*w.Cookies && len(tools) > 0:
		c.add(Missing, article, "web.cookies", "website.cookies", -1,
			tf(T("Vastasit, ettei sivuilla ole evästeitä, mutta nimesit työkalut %s. Ne tallentavat evästeitä tai vastaavia tunnisteita. Korjaa jompikumpi vastaus.",
				"Du svarade att webbplatsen inte har kakor, men angav verktygen %s. De lagrar kakor eller liknande identifierare. Rätta det ena svaret.",
				"You answered that the site has no cookies, but named the tools %s. They store cookies or similar identifiers. Correct one of the answers."), strings.Join(tools, ", ")))
	case w.Cookies == nil && on && len(tools) == 0:
		// With a tool named, the notice tells of consent cookies anyway;
		// with only a visitor register it says nothing until answered.
		c.add(Weak, article, "web.cookies", "website.cookies", -1,
			T("Kerro, käyttävätkö sivusi evästeitä. Ehdotus on kyllä, koska rekisteri koskee verkkosivujen kävijöitä; seloste ei kerro evästeistä ennen vastaustasi.",
				"Berätta om webbplatsen använder kakor. Förslaget är ja, eftersom ett register gäller besökare på webbplatsen; beskrivningen säger inget om kakor förrän du svarat.",
				"Say whether your site uses cookies. The suggestion is yes, because a register is about site visitors; the notice says nothing of cookies until you answer."))
	}
	c.cookieConsent(a, tools, on)
}

// cookieConsent: no tool may pass as strictly necessary, and cookies that
// need consent need a way to give it and to withdraw it (art. 7(3)).
func (c *checker) cookieConsent(a *data.Answers, tools []string, on bool) {
	w := a.Website
	const article = "SVPL 205 §"
	if on && w.StrictlyNecessaryOnly && len(tools) > 0 {
		c.add(Missing, article, "web.strictly_necessary_only", "website.strictly_necessary_only", -1,
			tf(T("Vastasit, että kaikki evästeet ovat välttämättömiä, mutta työkalut %s eivät ole välttämättömiä: niihin tarvitaan suostumus. Korjaa vastaus.",
				"Du svarade att alla kakor är nödvändiga, men verktygen %s är inte nödvändiga: de kräver samtycke. Rätta svaret.",
				"You answered that all cookies are strictly necessary, but the tools %s are not: they need consent. Correct the answer."), strings.Join(tools, ", ")))
	}
	c.cookieTable(w)
	if len(tools) == 0 && !(on && !w.StrictlyNecessaryOnly) {
		return // no cookies that need consent
	}
	if len(tools) > 0 && len(w.CookieTable) == 0 {
		c.add(Weak, article, "web.cookie_table", "website.cookie_table", -1,
			T("Luettele evästeet tai ainakin työkalut, niiden asettaja, tarkoitus ja voimassaolo. Seloste tulostaa niistä taulukon.",
				"Räkna upp kakorna eller åtminstone verktygen, vem som sätter dem, ändamål och giltighetstid. Beskrivningen skriver ut en tabell.",
				"List the cookies, or at least the tools, who sets them, their purpose and lifetime. The notice prints a table of them."))
	}
	if !w.ConsentBanner {
		c.add(Weak, article, "web.consent_banner", "website.consent_banner", -1,
			T("Sivusto käyttää muita kuin välttämättömiä evästeitä ilman suostumusta. Lisää evästeiden hyväksyntä.", "Webbplatsen använder andra än nödvändiga kakor utan samtycke. Lägg till ett samtycke till kakor.", "The site uses cookies that are not necessary without consent. Add a cookie consent."))
	} else if !w.SettingsLink {
		c.add(Weak, "7(3)", "web.settings_link", "website.settings_link", -1,
			T("Suostumuksen peruminen on oltava yhtä helppoa kuin sen antaminen. Lisää sivuille evästeasetusten linkki ja kerro siitä täällä, niin seloste neuvoo sen.",
				"Det ska vara lika lätt att återkalla samtycket som att ge det. Lägg till en länk till inställningarna för kakor och berätta om den här, så hänvisar beskrivningen till den.",
				"Withdrawing consent must be as easy as giving it. Add a cookie-settings link to the site and say so here, and the notice will point to it."))
	}
}

// cookiesOn: cookies are in use as answered, or, while unanswered, as the
// cookie question's default says.
func cookiesOn(a *data.Answers) bool {
	if a.Website.Cookies != nil {
		return *a.Website.Cookies
	}
	return Holds(*cookiesExpected(), a, "")
}

// consentTools are the named analytics and marketing tools that need
// consent: all of them, except a service known to set no cookies.
func consentTools(a *data.Answers) []string {
	var out []string
	for _, t := range append(append([]string{}, a.Website.AnalyticsTools...), a.Website.MarketingTools...) {
		if t = strings.TrimSpace(t); t != "" && !cookieless(t) {
			out = append(out, t)
		}
	}
	return out
}

// cookieless reports whether a tool is known to work without cookies; see
// the table of known services.
func cookieless(tool string) bool {
	s, ok := FindService(tool)
	return ok && s.Cookieless
}

// cookieTable: an analytics or ad cookie listed as set without consent.
func (c *checker) cookieTable(w data.Website) {
	for j, ck := range w.CookieTable {
		if s, ok := FindService(ck.Name + " " + ck.Provider); ok && !ck.Consent && !s.Cookieless && (s.Kind == "analytics" || s.Kind == "marketing") {
			c.add(Missing, "SVPL 205 §", "cookie.consent", fmt.Sprintf("website.cookie_table.%d.consent", j), -1,
				tf(T("Eväste ”%s” (%s) ei ole välttämätön, joten sen saa asettaa vain suostumuksella. Korjaa vastaus.",
					"Kakan ”%s” (%s) är inte nödvändig, så den får sättas bara med samtycke. Rätta svaret.",
					"Cookie “%s” (%s) is not strictly necessary, so it may be set only with consent. Correct the answer."), ck.Name, s.Name))
		}
	}
}

// groundFits: the DPF is an adequacy decision for certified US recipients
// only, so naming it for another country is false (blocking); an adequacy
// decision for a country the Commission has not found adequate is likely
// false (advice: the list changes).
func groundFits(safeguard, country string) (Text, Severity, bool) {
	if blank(country) {
		return Text{}, 0, false
	}
	switch {
	case safeguard == data.SafeguardAdequacyDPF && !usCountry(country):
		return tf(T("EU:n ja Yhdysvaltojen tietosuojakehys koskee vain Yhdysvaltoihin tehtäviä siirtoja, ei maata %s. Valitse oikea suojakeino.",
			"Ramverket för dataskydd mellan EU och USA gäller bara överföringar till USA, inte till %s. Välj rätt skyddsåtgärd.",
			"The EU–US Data Privacy Framework covers only transfers to the United States, not to %s. Choose the right safeguard."), country), Missing, true
	case safeguard == data.SafeguardAdequacy && usCountry(country):
		return T("Yhdysvalloista ei ole yleistä riittävyyspäätöstä: valitse tietosuojakehys, jos vastaanottaja on sertifioitu, tai vakiosopimuslausekkeet.",
			"Det finns inget allmänt beslut om adekvat skyddsnivå för USA: välj ramverket om mottagaren är certifierad, annars standardavtalsklausuler.",
			"There is no general adequacy decision for the United States: choose the Data Privacy Framework if the recipient is certified, or standard contractual clauses."), Missing, true
	case safeguard == data.SafeguardAdequacy && !adequateCountry(country):
		return tf(T("Maalla %s ei tiettävästi ole komission riittävyyspäätöstä. Tarkista komission luettelosta tai valitse toinen suojakeino.",
			"Landet %s har såvitt känt inget beslut om adekvat skyddsnivå. Kontrollera kommissionens förteckning eller välj en annan skyddsåtgärd.",
			"As far as known, %s has no Commission adequacy decision. Check the Commission's list or choose another safeguard."), country), Weak, true
	}
	return Text{}, 0, false
}

// maxRetentionYears is the longest retention a period may state: the same
// 100 years (1,200 months) as the numeric retention bounds of data.
const maxRetentionYears = 100

// periodNumber is a number followed by a unit of years or months, in
// Finnish, Swedish or English ("6 vuotta", "24 kk", "10 år", "36 months").
var periodNumber = regexp.MustCompile(`(?i)(\d[\d\s\x{00a0}]*)\s*(vuo|v\b|år|ar\b|year|yr|kuukau|kk\b|mån|månad|month|mo\b)`)

// periodYears reads the longest period a retention text states, in years;
// ok is false when it names none.
func periodYears(period string) (float64, bool) {
	var longest float64
	found := false
	for _, m := range periodNumber.FindAllStringSubmatch(period, -1) {
		n, err := strconv.ParseFloat(strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, m[1]), 64)
		if err != nil {
			continue
		}
		unit := strings.ToLower(m[2])
		if strings.HasPrefix(unit, "kuukau") || unit == "kk" || strings.HasPrefix(unit, "mån") || strings.HasPrefix(unit, "month") || unit == "mo" {
			n /= 12
		}
		if n > longest {
			longest = n
		}
		found = true
	}
	return longest, found
}
