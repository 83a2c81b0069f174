package wizard

func processorsStep() Step {
	return Step{
		ID:    "processors",
		Title: T("Käsittelijät", "Personuppgiftsbiträden", "Processors"),
		Intro: T("Luettele palveluntarjoajat, jotka käsittelevät henkilötietoja puolestasi: tilitoimisto, palkanlaskenta, pilvipalvelu, verkkokauppa-alusta, sähköposti- ja uutiskirjepalvelu. Jokaisen kanssa tarvitaan käsittelysopimus.",
			"Räkna upp tjänsteleverantörerna som behandlar personuppgifter för din räkning: bokföringsbyrå, lönehantering, molntjänst, webbutiksplattform, e-post- och nyhetsbrevstjänst. Med var och en behövs ett biträdesavtal.",
			"List the service providers that process personal data on your behalf: accountant, payroll, cloud service, web shop platform, e-mail and newsletter service. You need a data processing agreement with each."),
		Questions: []Question{
			{ID: "processors", Path: "processors", Kind: Records, Key: "id",
				Item:  T("Käsittelijä", "Personuppgiftsbiträde", "Processor"),
				Label: T("Palveluntarjoajat", "Tjänsteleverantörer", "Service providers"),
				Help:  T("Lisää jokainen palveluntarjoaja kerran. Rekistereissä valitaan sitten, ketkä käsittelevät mitäkin.", "Lägg till varje leverantör en gång. I registren väljer du sedan vem som behandlar vad.", "Add each provider once. In the registers you then choose who handles what."),
				Fields: []Question{
					{ID: "processor.name", Path: "name", Kind: ShortText, Required: true,
						Label:       T("Nimi", "Namn", "Name"),
						Help:        T("Palveluntarjoajan nimi. Tunnetuista palveluista (esimerkiksi Mailchimp, Microsoft 365) tarkistus kertoo tavallisen sijainnin ja siirron perusteen.", "Leverantörens namn. För kända tjänster (till exempel Mailchimp, Microsoft 365) berättar kontrollen vanlig plats och grund för överföring.", "The provider's name. For well-known services (for example Mailchimp, Microsoft 365) the check tells the usual location and transfer ground."),
						Example:     T("Tilitoimisto Luku Oy", "Bokföringsbyrå Luku Ab", "Luku Accounting Ltd"),
						Suggestions: serviceSuggestions(RoleProcessor)},
					{ID: "processor.business_id", Path: "business_id", Kind: ShortText, Validate: "business_id",
						Label:   T("Y-tunnus", "FO-nummer", "Business ID"),
						Help:    T("Suomalaisen yrityksen Y-tunnus. Jätä tyhjäksi ulkomaisella yrityksellä.", "FO-numret för ett finskt företag. Lämna tomt för ett utländskt företag.", "For a Finnish company. Leave empty for a foreign one."),
						Example: T("1234567-1", "1234567-1", "1234567-1")},
					{ID: "processor.service", Path: "service", Kind: ShortText, Required: true,
						Label:   T("Palvelu", "Tjänst", "Service"),
						Help:    T("Mitä palveluntarjoaja tekee puolestasi.", "Vad leverantören gör för din räkning.", "What the provider does for you."),
						Example: T("Kirjanpito ja palkanlaskenta", "Bokföring och lönehantering", "Bookkeeping and payroll"),
						Suggestions: []Text{
							T("Kirjanpito ja palkanlaskenta", "Bokföring och lönehantering", "Bookkeeping and payroll"),
							T("Pilvipalvelu ja tiedostojen tallennus", "Molntjänst och fillagring", "Cloud service and file storage"),
							T("Sähköposti ja uutiskirjeet", "E-post och nyhetsbrev", "E-mail and newsletters"),
							T("Verkkokauppa-alusta", "Webbutiksplattform", "Web shop platform"),
							T("Verkkosivujen ylläpito", "Underhåll av webbplatsen", "Web site hosting"),
						}},
					{ID: "processor.location", Path: "location", Kind: Choice, OptionsFrom: "locations", Required: true,
						Label:   T("Missä tietoja käsitellään?", "Var behandlas uppgifterna?", "Where is the data processed?"),
						Help:    T("Katso palveluntarjoajan käsittelysopimuksesta. Jos osakin käsittelystä tapahtuu EU:n ja ETA:n ulkopuolella, valitse ulkopuolella.", "Se leverantörens biträdesavtal. Om någon del av behandlingen sker utanför EU och EES, välj utanför.", "See the provider's processing agreement. If any part happens outside the EU and EEA, choose outside."),
						Example: T("EU/ETA-alueella", "Inom EU/EES", "Within the EU/EEA")},
					{ID: "processor.country", Path: "country", Kind: ShortText,
						Label:   T("Maa", "Land", "Country"),
						Help:    T("Maa, jossa tietoja käsitellään.", "Landet där uppgifterna behandlas.", "The country where the data is processed."),
						Example: T("Suomi", "Finland", "Finland"), Suggestions: CountrySuggestions(false)},
					{ID: "processor.safeguard", Path: "safeguard", Kind: Choice, OptionsFrom: "safeguards", Required: true,
						ShowIf:  is("location", "third_country"),
						Label:   T("Suojakeino siirrolle", "Skyddsåtgärd för överföringen", "Safeguard for the transfer"),
						Help:    T("EU:n ja ETA:n ulkopuolelle siirtoon tarvitaan aina suojakeino. Se kerrotaan palveluntarjoajan sopimuksessa.", "En överföring utanför EU och EES kräver alltid en skyddsåtgärd. Den anges i leverantörens avtal.", "A transfer outside the EU and EEA always needs a safeguard. The provider's agreement states it."),
						Example: T("EU:n ja Yhdysvaltojen tietosuojakehys (Data Privacy Framework)", "Ramverket för dataskydd mellan EU och USA (Data Privacy Framework)", "EU–US Data Privacy Framework")},
					{ID: "processor.dpa_signed", Path: "dpa_signed", Kind: YesNo,
						Label:   T("Onko käsittelysopimus tehty?", "Har ett biträdesavtal ingåtts?", "Is there a data processing agreement?"),
						Help:    T("Isoilla palveluilla sopimus on usein osa käyttöehtoja (DPA). Tarkista ja tallenna se.", "Hos stora tjänster ingår avtalet ofta i villkoren (DPA). Kontrollera och spara det.", "Large services often include it in their terms (a DPA). Check it and keep a copy."),
						Example: T("Kyllä", "Ja", "Yes"),
						Warning: &Warn{If: Condition{Path: "dpa_signed", Op: OpFalse},
							Message: T("Tietosuoja-asetus vaatii kirjallisen käsittelysopimuksen jokaisen käsittelijän kanssa. Pyydä sitä palveluntarjoajalta.",
								"Dataskyddsförordningen kräver ett skriftligt biträdesavtal med varje biträde. Be leverantören om det.",
								"The GDPR requires a written processing agreement with every processor. Ask the provider for one.")}},
					{ID: "processor.dpa_date", Path: "dpa_date", Kind: Date, Validate: "date", ShowIf: yes("dpa_signed"),
						Label:   T("Sopimuksen päivämäärä", "Avtalets datum", "Date of the agreement"),
						Help:    T("Milloin sopimus tehtiin tai hyväksyttiin.", "När avtalet ingicks eller godkändes.", "When the agreement was made or accepted."),
						Example: T("2024-03-01", "2024-03-01", "2024-03-01")},
				}},
		},
	}
}

// cookiesExpected is when a site almost surely sets cookies: an analytics or
// marketing tool is named, or a register is about the site's visitors. The
// cookie question then defaults to yes (issue 12: it said no).
func cookiesExpected() *Condition {
	return anyOf(
		&Condition{Path: "/website.analytics_tools", Op: OpNotEmpty},
		&Condition{Path: "/website.marketing_tools", Op: OpNotEmpty},
		&Condition{Path: "/registers.*.data_subjects", Op: OpMentions, Value: "kävijä"},
		&Condition{Path: "/registers.*.data_subjects", Op: OpMentions, Value: "besökare"},
		&Condition{Path: "/registers.*.data_subjects", Op: OpMentions, Value: "visitor"},
	)
}

func websiteStep() Step {
	// Cookies are in use when the user says so, or has not answered and
	// the default (cookiesExpected) says yes.
	cookies := anyOf(yes("website.cookies"), all(&Condition{Path: "website.cookies", Op: OpEmpty}, cookiesExpected()))
	return Step{
		ID:    "website",
		Title: T("Verkkosivut ja evästeet", "Webbplats och kakor", "Web site and cookies"),
		Intro: T("Jos yritykselläsi on verkkosivut, seloste kertoo niiden evästeistä ja kävijäseurannasta.", "Om ditt företag har en webbplats berättar beskrivningen om dess kakor och besöksanalys.", "If your company has a web site, the notice tells about its cookies and analytics."),
		Questions: []Question{
			{ID: "web.cookies", Path: "website.cookies", Kind: YesNo, Default: cookiesExpected(),
				Label:   T("Käyttävätkö verkkosivusi evästeitä?", "Använder din webbplats kakor?", "Does your web site use cookies?"),
				Help:    T("Sivuston tekijä tai julkaisualusta osaa kertoa. Lähes kaikki sivustot käyttävät.", "Den som byggt webbplatsen eller publiceringsplattformen vet. Nästan alla webbplatser gör det.", "Your web developer or platform can tell. Nearly all sites do."),
				Example: T("Kyllä", "Ja", "Yes")},
			{ID: "web.strictly_necessary_only", Path: "website.strictly_necessary_only", Kind: YesNo, ShowIf: cookies,
				Label:   T("Ovatko kaikki evästeet välttämättömiä?", "Är alla kakor nödvändiga?", "Are all cookies strictly necessary?"),
				Help:    T("Välttämättömiä ovat esimerkiksi ostoskori ja kirjautuminen. Kävijäseuranta ja mainonta eivät ole.", "Nödvändiga är till exempel kundkorg och inloggning. Besöksanalys och reklam är det inte.", "Necessary ones run a shopping cart or a login. Analytics and advertising are not necessary."),
				Example: T("Ei", "Nej", "No")},
			{ID: "web.consent_banner", Path: "website.consent_banner", Kind: YesNo,
				ShowIf:  all(cookies, no("website.strictly_necessary_only")),
				Label:   T("Kysytäänkö kävijältä suostumus evästeisiin?", "Ber ni besökaren om samtycke till kakor?", "Do you ask visitors to consent to cookies?"),
				Help:    T("Muihin kuin välttämättömiin evästeisiin tarvitaan kävijän suostumus ennen niiden käyttöä.", "För andra än nödvändiga kakor krävs besökarens samtycke innan de används.", "Cookies that are not necessary need the visitor's consent before they are used."),
				Example: T("Kyllä", "Ja", "Yes"),
				Warning: &Warn{If: Condition{Path: "website.consent_banner", Op: OpFalse},
					Message: T("Laki sähköisen viestinnän palveluista (917/2014) 205 § edellyttää suostumusta muihin kuin välttämättömiin evästeisiin. Lisää sivustolle evästeiden hyväksyntä.",
						"Lagen om tjänster inom elektronisk kommunikation (917/2014) 205 § kräver samtycke till andra än nödvändiga kakor. Lägg till ett samtycke till kakor på webbplatsen.",
						"The Act on Electronic Communications Services (917/2014), section 205, requires consent for cookies that are not necessary. Add a cookie consent to your site.")}},
			{ID: "web.analytics_tools", Path: "website.analytics_tools", Kind: List,
				Label:       T("Kävijäseurannan työkalut", "Verktyg för besöksanalys", "Analytics tools"),
				Help:        T("Jätä tyhjäksi, jos et seuraa kävijöitä.", "Lämna tomt om du inte följer upp besökare.", "Leave empty if you do not track visitors."),
				Example:     T("Google Analytics", "Google Analytics", "Google Analytics"),
				Suggestions: []Text{T("Google Analytics", "Google Analytics", "Google Analytics"), T("Matomo", "Matomo", "Matomo"), T("Microsoft Clarity", "Microsoft Clarity", "Microsoft Clarity")}},
			{ID: "web.marketing_tools", Path: "website.marketing_tools", Kind: List,
				Label:       T("Markkinoinnin ja mainonnan työkalut", "Verktyg för marknadsföring och reklam", "Marketing and advertising tools"),
				Help:        T("Esimerkiksi mainosalustojen seurantakoodit. Jätä tyhjäksi, jos niitä ei ole.", "Till exempel spårningskoder från annonsplattformar. Lämna tomt om sådana inte finns.", "For example tracking codes of ad platforms. Leave empty if none."),
				Example:     T("Meta-pikseli", "Meta-pixel", "Meta Pixel"),
				Suggestions: []Text{T("Meta-pikseli", "Meta-pixel", "Meta Pixel"), T("Google Ads", "Google Ads", "Google Ads"), T("LinkedIn Insight Tag", "LinkedIn Insight Tag", "LinkedIn Insight Tag")}},
			{ID: "web.cookie_table", Path: "website.cookie_table", Kind: Records, ShowIf: cookies,
				Item:  T("Eväste", "Kaka", "Cookie"),
				Label: T("Evästeet", "Kakor", "Cookies"),
				Help: T("Luettele evästeet tai ainakin työkalut, jotka niitä asettavat. Seloste tulostaa niistä taulukon. Sivuston tekijä tai evästetyökalu osaa luetella ne.",
					"Räkna upp kakorna eller åtminstone verktygen som sätter dem. Beskrivningen skriver ut en tabell. Den som byggt webbplatsen eller kakverktyget kan räkna upp dem.",
					"List the cookies, or at least the tools that set them. The notice prints a table of them. Your web developer or cookie tool can list them."),
				Fields: []Question{
					{ID: "cookie.name", Path: "name", Kind: ShortText, Required: true,
						Label:       T("Eväste tai työkalu", "Kaka eller verktyg", "Cookie or tool"),
						Help:        T("Evästeen nimi tai työkalu, joka sen asettaa.", "Kakans namn eller verktyget som sätter den.", "The cookie's name or the tool that sets it."),
						Example:     T("_ga (Google Analytics)", "_ga (Google Analytics)", "_ga (Google Analytics)"),
						Suggestions: []Text{T("Istuntoeväste", "Sessionskaka", "Session cookie"), T("Evästesuostumuksen tallennus", "Lagring av samtycke till kakor", "Cookie consent record")}},
					{ID: "cookie.provider", Path: "provider", Kind: ShortText,
						Label:   T("Asettaja", "Vem sätter den", "Set by"),
						Help:    T("Oma sivusto vai kolmas osapuoli.", "Den egna webbplatsen eller en tredje part.", "Your own site or a third party."),
						Example: T("Google", "Google", "Google")},
					{ID: "cookie.purpose", Path: "purpose", Kind: ShortText,
						Label:   T("Tarkoitus", "Ändamål", "Purpose"),
						Help:    T("Mihin evästettä käytetään.", "Vad kakan används till.", "What the cookie is for."),
						Example: T("Kävijämäärien seuranta", "Uppföljning av antalet besökare", "Counting visitors")},
					{ID: "cookie.lifetime", Path: "lifetime", Kind: ShortText,
						Label:   T("Voimassaolo", "Giltighetstid", "Lifetime"),
						Help:    T("Kuinka kauan eväste säilyy.", "Hur länge kakan finns kvar.", "How long the cookie lasts."),
						Example: T("2 vuotta", "2 år", "2 years")},
					{ID: "cookie.consent", Path: "consent", Kind: YesNo,
						Label:   T("Asetetaanko vain suostumuksella?", "Sätts den bara med samtycke?", "Set only with consent?"),
						Help:    T("Kyllä kaikille paitsi välttämättömille evästeille (SVPL 205 §).", "Ja för alla utom nödvändiga kakor.", "Yes for all but strictly necessary cookies."),
						Example: T("Kyllä", "Ja", "Yes")},
				}},
			{ID: "web.settings_link", Path: "website.settings_link", Kind: YesNo,
				ShowIf: all(cookies, no("website.strictly_necessary_only")),
				Label:  T("Onko sivuilla linkki, josta kävijä voi muuttaa evästevalintojaan myöhemmin?", "Finns det en länk på webbplatsen där besökaren kan ändra sina val om kakor senare?", "Does the site have a link where visitors can change their cookie choices later?"),
				Help: T("Esimerkiksi ”Evästeasetukset” sivun alalaidassa. Seloste mainitsee linkin vain, jos vastaat kyllä. Suostumuksen peruminen on oltava yhtä helppoa kuin sen antaminen (7 artiklan 3 kohta).",
					"Till exempel ”Inställningar för kakor” längst ned på sidan. Beskrivningen nämner länken bara om du svarar ja. Det ska vara lika lätt att återkalla samtycket som att ge det (artikel 7.3).",
					"For example “Cookie settings” at the foot of the page. The notice mentions the link only if you answer yes. Withdrawing consent must be as easy as giving it (art. 7(3))."),
				Example: T("Kyllä", "Ja", "Yes")},
		},
	}
}

// serviceSuggestions are the names of the known services in role, offered
// as ready answers.
func serviceSuggestions(role string) []Text {
	var out []Text
	for _, s := range Services() {
		if s.Role == role && s.Kind != "analytics" && s.Kind != "marketing" {
			out = append(out, T(s.Name, s.Name, s.Name))
		}
	}
	return out
}
