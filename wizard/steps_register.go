package wizard

// registersStep is step 3: the list of registers, each asked with the
// sub-steps below. Paths are relative to the register ("registers.{i}").
func registersStep() Step {
	return Step{
		ID:    "registers",
		Title: T("Rekisterit", "Register", "Registers"),
		Intro: T("Rekisteri on joukko henkilötietoja, joita käytetään samaan tarkoitukseen: esimerkiksi asiakkaat, uutiskirjeen tilaajat tai työntekijät. Lisää jokainen erikseen. Voit aloittaa valmiista pohjasta ja muokata sitä.",
			"Ett register är en samling personuppgifter som används för samma ändamål: till exempel kunder, prenumeranter på ett nyhetsbrev eller anställda. Lägg till vart och ett för sig. Du kan börja från en färdig mall och ändra den.",
			"A register is a set of personal data used for related purposes: for example customers, newsletter subscribers or employees. Add each one separately. You can start from a ready template and edit it."),
		Repeat: &Repeat{
			Path:       "registers",
			Item:       T("Rekisteri", "Register", "Register"),
			TitleField: "name",
			Templates:  true,
			Steps: []Step{
				registerSubjectsStep(),
				registerPurposesStep(),
				registerRequirementStep(),
				registerDataStep(),
				registerSourcesStep(),
				registerRecipientsStep(),
				registerProcessorsStep(),
				registerTransfersStep(),
				registerRetentionStep(),
				registerAutomatedStep(),
				registerSecurityStep(),
			},
		},
	}
}

func registerSubjectsStep() Step {
	return Step{
		ID:    "register.subjects",
		Title: T("Rekisteri ja rekisteröidyt", "Registret och de registrerade", "The register and its data subjects"),
		Intro: T("Anna rekisterille nimi ja kerro, keitä sen tiedot koskevat.", "Ge registret ett namn och berätta vem uppgifterna gäller.", "Name the register and say whom its data is about."),
		Questions: []Question{
			{ID: "reg.name", Path: "name", Kind: ShortText, Required: true,
				Label:   T("Rekisterin nimi", "Registrets namn", "Name of the register"),
				Help:    T("Lyhyt, kuvaava nimi. Se on selosteen otsikossa.", "Ett kort, beskrivande namn. Det står i beskrivningens rubrik.", "A short, descriptive name. It is the heading in the notice."),
				Example: T("Asiakasrekisteri", "Kundregister", "Customer register"),
				Suggestions: []Text{
					T("Asiakasrekisteri", "Kundregister", "Customer register"),
					T("Uutiskirjeen tilaajat", "Prenumeranter på nyhetsbrevet", "Newsletter subscribers"),
					T("Työnhakijarekisteri", "Register över arbetssökande", "Job applicants"),
					T("Henkilöstörekisteri", "Personalregister", "Staff register"),
				}},
			{ID: "reg.data_subjects", Path: "data_subjects", Kind: List, Required: true,
				Label:   T("Keitä rekisteri koskee?", "Vem gäller registret?", "Whom is the register about?"),
				Help:    T("Ryhmät, joiden tietoja rekisterissä on. Lisää jokainen ryhmä omaksi rivikseen.", "Grupperna vars uppgifter finns i registret. Lägg till varje grupp på en egen rad.", "The groups of people whose data is in the register. Add each group on its own line."),
				Example: T("Asiakkaat", "Kunder", "Customers"),
				Suggestions: []Text{
					T("Asiakkaat", "Kunder", "Customers"),
					T("Asiakasyritysten yhteyshenkilöt", "Kontaktpersoner hos kundföretag", "Contact persons of business customers"),
					T("Uutiskirjeen tilaajat", "Prenumeranter på nyhetsbrevet", "Newsletter subscribers"),
					T("Työnhakijat", "Arbetssökande", "Job applicants"),
					T("Työntekijät", "Anställda", "Employees"),
					T("Verkkosivujen kävijät", "Besökare på webbplatsen", "Web site visitors"),
				}},
			{ID: "reg.children", Path: "offered_to_children", Kind: YesNo,
				Label: T("Tarjotaanko verkkopalvelua suoraan lapsille?", "Erbjuds en nättjänst direkt till barn?", "Is an online service offered directly to children?"),
				Help: T("Esimerkiksi verkkokauppa, peli tai sovellus, jota alaikäiset käyttävät itse. Suostumuksen voi antaa itse vasta 13-vuotias (tietosuojalaki 5 §).",
					"Till exempel en webbutik, ett spel eller en app som minderåriga använder själva. Först en 13-åring kan ge sitt samtycke själv (dataskyddslagen 5 §).",
					"For example a web shop, a game or an app that minors use themselves. Only a 13-year-old can consent on their own (Data Protection Act, section 5)."),
				Example: T("Ei", "Nej", "No")},
			{ID: "reg.child_consent", Path: "child_consent", Kind: LongText, Required: true, ShowIf: yes("offered_to_children"),
				Label:   T("Miten alle 13-vuotiaiden suostumus hoidetaan?", "Hur hanteras samtycket för barn under 13 år?", "How is consent handled for children under 13?"),
				Help:    T("Kerro, miten ikä tarkistetaan ja miten huoltaja antaa suostumuksen.", "Berätta hur åldern kontrolleras och hur vårdnadshavaren ger samtycket.", "Say how age is checked and how a guardian gives consent."),
				Example: T("Rekisteröityessä kysytään syntymävuosi. Alle 13-vuotiaan puolesta huoltaja antaa suostumuksen sähköpostiin lähetetyllä vahvistuslinkillä.", "Vid registreringen frågas födelseåret. För barn under 13 år ger vårdnadshavaren samtycket via en bekräftelselänk per e-post.", "The year of birth is asked at sign-up. For a child under 13 a guardian consents through a confirmation link sent by e-mail.")},
		},
	}
}

func registerPurposesStep() Step {
	return Step{
		ID:    "register.purposes",
		Title: T("Tarkoitukset ja oikeusperusteet", "Ändamål och rättslig grund", "Purposes and legal bases"),
		Intro: T("Kerro, mihin tietoja käytetään. Jokaiselle käyttötarkoitukselle tarvitaan laillinen peruste.", "Berätta vad uppgifterna används till. Varje ändamål behöver en rättslig grund.", "Say what the data is used for. Each purpose needs a legal basis."),
		Questions: []Question{
			{ID: "reg.purposes", Path: "purposes", Kind: Records, Required: true,
				Item:  T("Käyttötarkoitus", "Ändamål", "Purpose"),
				Label: T("Käyttötarkoitukset", "Ändamål", "Purposes"),
				Help:  T("Lisää jokainen käyttötarkoitus erikseen, koska niillä voi olla eri peruste.", "Lägg till varje ändamål för sig, eftersom de kan ha olika grund.", "Add each purpose separately, because they may have different bases."),
				Fields: []Question{
					{ID: "purpose.description", Path: "description", Kind: LongText, Required: true,
						Label:   T("Mihin tietoja käytetään?", "Vad används uppgifterna till?", "What is the data used for?"),
						Help:    T("Kerro konkreettisesti, mitä teet tiedoilla.", "Berätta konkret vad du gör med uppgifterna.", "Say concretely what you do with the data."),
						Example: T("Tilausten toimittaminen ja laskutus", "Leverans av beställningar och fakturering", "Delivering orders and invoicing"),
						Suggestions: []Text{
							T("Asiakassuhteen hoitaminen ja tilausten toimittaminen", "Skötsel av kundrelationen och leverans av beställningar", "Managing the customer relationship and delivering orders"),
							T("Kirjanpito ja verotus", "Bokföring och beskattning", "Bookkeeping and taxation"),
							T("Uutiskirjeen lähettäminen", "Utskick av nyhetsbrev", "Sending the newsletter"),
							T("Suoramarkkinointi nykyisille asiakkaille", "Direktmarknadsföring till befintliga kunder", "Direct marketing to existing customers"),
							T("Rekrytointi", "Rekrytering", "Recruitment"),
							T("Työsuhteen hoitaminen ja palkanmaksu", "Skötsel av anställningen och löneutbetalning", "Managing employment and paying salaries"),
						}},
					{ID: "purpose.legal_basis", Path: "legal_basis", Kind: Choice, OptionsFrom: "legal_bases", Required: true,
						Label:   T("Oikeusperuste", "Rättslig grund", "Legal basis"),
						Help:    T("Millä perusteella saat käsitellä tietoja tähän tarkoitukseen? Valitse yksi.", "På vilken grund får du behandla uppgifterna för detta ändamål? Välj en.", "On what basis may you process the data for this purpose? Pick one."),
						Example: T("Sopimus", "Avtal", "Contract"),
						Warning: &Warn{If: Condition{Path: "legal_basis", Op: OpEquals, Value: "consent"},
							Message: T("Suostumuksen voi perua milloin tahansa, ja seloste kertoo siitä. Huolehdi, että peruminen on yhtä helppoa kuin suostumuksen antaminen, ja että lopetat käsittelyn, kun se perutaan.",
								"Samtycket kan återkallas när som helst, och beskrivningen säger det. Se till att det är lika lätt att återkalla som att ge samtycket, och att du slutar behandla uppgifterna när det återkallas.",
								"Consent can be withdrawn at any time, and the notice says so. Make withdrawing as easy as giving consent, and stop the processing when it is withdrawn.")}},
					{ID: "purpose.law", Path: "law", Kind: ShortText, ShowIf: is("legal_basis", "legal_obligation"),
						Label:   T("Mikä laki velvoittaa?", "Vilken lag kräver det?", "Which law requires it?"),
						Help:    T("Lain nimi ja numero. Se kerrotaan selosteessa.", "Lagens namn och nummer. Det anges i beskrivningen.", "The name and number of the law. The notice names it."),
						Example: T("Kirjanpitolaki (1336/1997)", "Bokföringslagen (1336/1997)", "Accounting Act (1336/1997)"),
						Suggestions: []Text{
							T("Kirjanpitolaki (1336/1997)", "Bokföringslagen (1336/1997)", "Accounting Act (1336/1997)"),
							T("Laki rahanpesun ja terrorismin rahoittamisen estämisestä (444/2017)", "Lagen om förhindrande av penningtvätt och av finansiering av terrorism (444/2017)", "Act on Preventing Money Laundering and Terrorist Financing (444/2017)"),
							T("Työturvallisuuslaki (738/2002)", "Arbetarskyddslagen (738/2002)", "Occupational Safety and Health Act (738/2002)"),
						}},
					{ID: "purpose.legitimate_interest", Path: "legitimate_interest", Kind: LongText, Required: true,
						ShowIf:  is("legal_basis", "legitimate_interests"),
						Label:   T("Mikä on oikeutettu etusi?", "Vilket är ditt berättigade intresse?", "What is your legitimate interest?"),
						Help:    T("Kerro, miksi käsittely on yrityksellesi tarpeen ja miksi se on ihmiselle odotettavaa. Tämä on pakko kertoa selosteessa.", "Berätta varför behandlingen behövs för ditt företag och varför den är väntad för personen. Detta måste anges i beskrivningen.", "Say why your business needs the processing and why the person can expect it. The notice must state this."),
						Example: T("Yrityksen etu kertoa nykyisille asiakkaille omista uusista palveluistaan", "Företagets intresse att berätta för befintliga kunder om sina nya tjänster", "Our interest in telling existing customers about our own new services"),
						Suggestions: []Text{
							T("Yrityksen etu kertoa nykyisille asiakkaille omista palveluistaan", "Företagets intresse att berätta för befintliga kunder om sina tjänster", "Our interest in telling existing customers about our services"),
							T("Yrityksen etu pitää verkkosivusto toiminnassa ja suojata se väärinkäytöksiltä", "Företagets intresse att hålla webbplatsen i drift och skydda den mot missbruk", "Our interest in keeping the web site running and protecting it from misuse"),
							T("Yrityksen etu pystyä puolustautumaan mahdollisia vaatimuksia vastaan", "Företagets intresse att kunna försvara sig mot eventuella anspråk", "Our interest in being able to defend against possible claims"),
						}},
				}},
		},
	}
}

func registerRequirementStep() Step {
	return Step{
		ID:    "register.requirement",
		Title: T("Onko tietojen antaminen pakollista?", "Är det obligatoriskt att lämna uppgifterna?", "Must people give the data?"),
		Intro: T("Selosteessa pitää kertoa, perustuuko tietojen antaminen lakiin tai sopimukseen ja mitä tapahtuu, jos henkilö ei anna tietoja.", "Beskrivningen ska ange om skyldigheten att lämna uppgifterna grundar sig på lag eller avtal och vad som händer om personen inte lämnar dem.", "The notice must say whether giving the data is required by law or contract and what happens if the person does not give it."),
		Questions: []Question{
			{ID: "reg.requirement.kind", Path: "requirement.kind", Kind: Choice, OptionsFrom: "requirement_kinds", Required: true,
				Label:   T("Tietojen antaminen on", "Att lämna uppgifterna är", "Giving the data is"),
				Help:    T("Valitse se, mikä kuvaa tilannetta parhaiten.", "Välj det alternativ som bäst beskriver situationen.", "Pick the option that fits best."),
				Example: T("Sopimuksen tekemisen edellytys", "Krav för att ingå avtal", "Needed to enter into a contract")},
			{ID: "reg.requirement.consequence", Path: "requirement.consequence", Kind: LongText, Required: true,
				ShowIf: all(&Condition{Path: "requirement.kind", Op: OpNotEmpty}, &Condition{Path: "requirement.kind", Op: OpNotEquals, Value: "none"}),
				Label:  T("Mitä seuraa, jos tietoja ei anneta?", "Vad händer om uppgifterna inte lämnas?", "What happens if the data is not given?"),
				Help:   T("Kerro lyhyesti ja rehellisesti.", "Berätta kort och ärligt.", "Say it briefly and honestly."),
				Example: T("Ilman yhteystietoja emme voi toimittaa tilausta emmekä laskuttaa.",
					"Utan kontaktuppgifter kan vi inte leverera beställningen eller fakturera.",
					"Without contact details we cannot deliver the order or send an invoice."),
				Suggestions: []Text{
					T("Ilman yhteystietoja emme voi tehdä sopimusta emmekä toimittaa tilausta.", "Utan kontaktuppgifter kan vi inte ingå avtal eller leverera beställningen.", "Without contact details we cannot make a contract or deliver the order."),
					T("Ilman tietoja emme voi maksaa palkkaa emmekä tehdä lakisääteisiä ilmoituksia.", "Utan uppgifterna kan vi inte betala lön eller göra lagstadgade anmälningar.", "Without the data we cannot pay salary or make the reports the law requires."),
					T("Ilman hakemusta ja yhteystietoja emme voi käsitellä hakemustasi.", "Utan ansökan och kontaktuppgifter kan vi inte behandla din ansökan.", "Without your application and contact details we cannot consider your application."),
				}},
		},
	}
}

func registerDataStep() Step {
	return Step{
		ID:    "register.data",
		Title: T("Tiedot", "Uppgifter", "The data"),
		Intro: T("Luettele, mitä tietoja rekisterissä on. Erityiset tiedot, kuten terveystiedot, ja henkilötunnus kysytään erikseen, koska niille on omat sääntönsä.",
			"Räkna upp vilka uppgifter registret innehåller. Känsliga uppgifter, som hälsouppgifter, och personbeteckning frågas för sig, eftersom de har egna regler.",
			"List the data in the register. Sensitive data, such as health data, and the personal identity code are asked separately, because they have rules of their own."),
		Questions: []Question{
			{ID: "reg.data_categories", Path: "data_categories", Kind: Records, Required: true,
				Item:  T("Tietoryhmä", "Uppgiftsgrupp", "Kind of data"),
				Label: T("Mitä tietoja rekisterissä on?", "Vilka uppgifter finns i registret?", "What data is in the register?"),
				Help:  T("Kirjoita ryhmittäin, ei jokaista kenttää erikseen.", "Skriv gruppvis, inte varje fält för sig.", "Write them in groups, not each field separately."),
				Fields: []Question{
					{ID: "category.name", Path: "name", Kind: ShortText, Required: true,
						Label:   T("Tietoryhmä", "Uppgiftsgrupp", "Kind of data"),
						Help:    T("Esimerkiksi yhteystiedot tai tilaushistoria.", "Till exempel kontaktuppgifter eller beställningshistorik.", "For example contact details or order history."),
						Example: T("Nimi ja yhteystiedot", "Namn och kontaktuppgifter", "Name and contact details"),
						Suggestions: []Text{
							T("Nimi ja yhteystiedot", "Namn och kontaktuppgifter", "Name and contact details"),
							T("Edustettu yritys ja asema", "Företag som personen företräder och befattning", "Company represented and position"),
							T("Tilaus- ja laskutustiedot", "Beställnings- och faktureringsuppgifter", "Order and billing details"),
							T("Asiakaspalveluviestit", "Kundtjänstmeddelanden", "Customer service messages"),
							T("Käyttäjätunnus ja kirjautumistiedot", "Användarnamn och inloggningsuppgifter", "User name and sign-in details"),
							T("Markkinointiluvat ja -kiellot", "Samtycken och förbud gällande marknadsföring", "Marketing consents and opt-outs"),
						}},
				}},
			{ID: "reg.special_categories", Path: "special_categories", Kind: Records,
				Item:  T("Erityinen tietoryhmä", "Särskild kategori", "Special category"),
				Label: T("Onko rekisterissä erityisiä tietoja?", "Finns det känsliga uppgifter i registret?", "Does the register hold sensitive (special category) data?"),
				Help: T("Erityisiä tietoja ovat esimerkiksi terveystiedot, ammattiliiton jäsenyys ja uskonnollinen vakaumus. Niitä saa käsitellä vain erityisellä perusteella. Jätä tyhjäksi, jos niitä ei ole.",
					"Känsliga uppgifter är till exempel hälsouppgifter, medlemskap i fackförening och religiös övertygelse. De får behandlas bara på en särskild grund. Lämna tomt om sådana inte finns.",
					"Special categories are for example health data, trade union membership and religious beliefs. They may be processed only on a specific condition. Leave this empty if there are none."),
				Warning: &Warn{If: Condition{Path: "special_categories", Op: OpNotEmpty},
					Message: T("Erityisiä tietoja saa käsitellä vain tietosuoja-asetuksen 9 artiklan 2 kohdan perusteella. Valitse peruste jokaiselle ja säilytä tiedot erillään muista, vain niitä tarvitsevien saatavilla.",
						"Känsliga uppgifter får behandlas bara med stöd av artikel 9.2 i dataskyddsförordningen. Välj en grund för var och en och förvara uppgifterna åtskilda, tillgängliga bara för dem som behöver dem.",
						"Special category data may be processed only on a condition of GDPR art. 9(2). Choose a condition for each, and keep the data apart, reachable only by those who need it.")},
				Fields: []Question{
					{ID: "special.category", Path: "category", Kind: Choice, OptionsFrom: "special_categories", Required: true,
						Label:   T("Tietoryhmä", "Kategori", "Category"),
						Help:    T("Valitse, millaisia erityisiä tietoja rekisterissä on.", "Välj vilka känsliga uppgifter registret har.", "Choose the kind of special category data."),
						Example: T("Terveystiedot", "Uppgifter om hälsa", "Health data")},
					{ID: "special.condition", Path: "condition", Kind: Choice, OptionsFrom: "art9_conditions", Required: true,
						Label:   T("Peruste käsittelylle (9 art. 2 kohta)", "Grund för behandlingen (art. 9.2)", "Condition for processing (art. 9(2))"),
						Help:    T("Esimerkiksi työnantaja käsittelee sairauslomatodistuksia työoikeuden velvoitteiden perusteella.", "Till exempel behandlar en arbetsgivare sjukintyg på grund av skyldigheter inom arbetsrätten.", "For example, an employer handles sick notes to meet obligations of employment law."),
						Example: T("Työoikeuden ja sosiaaliturvan velvoitteet", "Skyldigheter inom arbetsrätt och social trygghet", "Obligations in employment and social security law")},
					{ID: "special.details", Path: "details", Kind: LongText,
						Label:   T("Tarkemmin", "Närmare", "Details"),
						Help:    T("Mitä tietoja tarkalleen ja miksi.", "Vilka uppgifter exakt och varför.", "Which data exactly and why."),
						Example: T("Sairauspoissaolojen lääkärintodistukset palkanmaksua varten", "Läkarintyg för sjukfrånvaro för löneutbetalningen", "Doctor's certificates for sick leave, for paying salary")},
				}},
			{ID: "reg.pic", Path: "personal_identity_code", Kind: YesNo,
				Label: T("Käsitelläänkö rekisterissä henkilötunnusta?", "Behandlas personbeteckningar i registret?", "Does the register hold personal identity codes (henkilötunnus)?"),
				Help: T("Henkilötunnusta saa käsitellä vain Tietosuojalain (1050/2018) 29 §:n perusteilla, esimerkiksi kun laki sitä vaatii, kuten palkanmaksussa. Asiakasrekisteriin sitä ei yleensä tarvita.",
					"Personbeteckningen får behandlas bara på de grunder som anges i 29 § i dataskyddslagen (1050/2018), till exempel när en lag kräver det, som vid löneutbetalning. I ett kundregister behövs den sällan.",
					"The personal identity code may be processed only on the grounds of section 29 of the Data Protection Act (1050/2018), for example when a law requires it, as in payroll. A customer register rarely needs it."),
				Example: T("Ei", "Nej", "No"),
				Warning: &Warn{If: Condition{Path: "personal_identity_code", Op: OpTrue},
					Message: T("Käsittele henkilötunnusta vain, jos sille on Tietosuojalain 29 §:n mukainen peruste. Älä tulosta sitä tarpeettomasti asiakirjoihin, äläkä käytä sitä asiakasnumerona.",
						"Behandla personbeteckningen bara om det finns en grund enligt 29 § i dataskyddslagen. Skriv inte ut den i onödan på handlingar och använd den inte som kundnummer.",
						"Process the personal identity code only with a ground under section 29 of the Data Protection Act. Do not print it on documents needlessly, and do not use it as a customer number.")}},
			{ID: "reg.pic_ground", Path: "personal_identity_code_ground", Kind: LongText, Required: true, ShowIf: yes("personal_identity_code"),
				Label: T("Millä perusteella henkilötunnusta käsitellään?", "På vilken grund behandlas personbeteckningen?", "On what ground is the personal identity code processed?"),
				Help:  T("Kerro Tietosuojalain 29 §:n peruste omin sanoin.", "Ange grunden enligt 29 § i dataskyddslagen med egna ord.", "State the ground under section 29 of the Data Protection Act in your own words."),
				Example: T("Laki velvoittaa ilmoittamaan palkat tulorekisteriin henkilötunnuksella (Tietosuojalaki 29 §).",
					"Lagen kräver att löner anmäls till inkomstregistret med personbeteckning (29 § i dataskyddslagen).",
					"The law requires salaries to be reported to the Incomes Register with the personal identity code (Data Protection Act, section 29)."),
				Suggestions: []Text{
					T("Käsittelystä säädetään laissa: palkkojen ilmoittaminen tulorekisteriin ja työeläkevakuutus (Tietosuojalaki 29 §).", "Behandlingen föreskrivs i lag: anmälan av löner till inkomstregistret och arbetspensionsförsäkring (29 § i dataskyddslagen).", "The processing is laid down by law: reporting salaries to the Incomes Register and earnings-related pension insurance (Data Protection Act, section 29)."),
					T("Henkilön yksiselitteinen tunnistaminen on tärkeää oikeuksien ja velvollisuuksien toteuttamiseksi, esimerkiksi luotonannossa tai perinnässä (Tietosuojalaki 29 §).", "Det är viktigt att identifiera personen entydigt för att rättigheter och skyldigheter ska kunna fullgöras, till exempel vid kreditgivning eller indrivning (29 § i dataskyddslagen).", "Identifying the person unambiguously is important to carry out rights and obligations, for example in lending or debt collection (Data Protection Act, section 29)."),
					T("Rekisteröidyn yksiselitteinen suostumus (Tietosuojalaki 29 §).", "Den registrerades entydiga samtycke (29 § i dataskyddslagen).", "The data subject's unambiguous consent (Data Protection Act, section 29)."),
				}},
		},
	}
}

func registerSourcesStep() Step {
	return Step{
		ID:    "register.sources",
		Title: T("Mistä tiedot saadaan", "Varifrån uppgifterna kommer", "Where the data comes from"),
		Intro: T("Kerro, mistä saat tiedot. Jos ne tulevat muualta kuin henkilöltä itseltään, lähde on kerrottava.", "Berätta varifrån du får uppgifterna. Om de kommer från någon annan än personen själv måste källan anges.", "Say where you get the data. If it comes from anyone other than the person, the source must be named."),
		Questions: []Question{
			{ID: "reg.sources", Path: "sources", Kind: Records, Required: true,
				Item:  T("Lähde", "Källa", "Source"),
				Label: T("Tietolähteet", "Källor", "Sources"),
				Help:  T("Lisää jokainen säännöllinen lähde.", "Lägg till varje regelbunden källa.", "Add each regular source."),
				Fields: []Question{
					{ID: "source.description", Path: "description", Kind: ShortText, Required: true,
						Label:   T("Lähde", "Källa", "Source"),
						Help:    T("Kuka tai mikä tiedot antaa.", "Vem eller vad som lämnar uppgifterna.", "Who or what provides the data."),
						Example: T("Asiakas itse tilauksen yhteydessä", "Kunden själv vid beställningen", "The customer, when ordering"),
						Suggestions: []Text{
							T("Rekisteröity itse", "Den registrerade själv", "The data subject"),
							T("Yritys- ja yhteisötietojärjestelmä (YTJ)", "Företags- och organisationsdatasystemet (FODS)", "Finnish Business Information System (YTJ)"),
							T("Asiakasyritys, jonka palveluksessa henkilö on", "Kundföretaget där personen arbetar", "The business customer the person works for"),
							T("Verohallinto (verokortti)", "Skatteförvaltningen (skattekort)", "Finnish Tax Administration (tax card)"),
						}},
					{ID: "source.public", Path: "public", Kind: YesNo,
						Label:   T("Onko lähde julkinen?", "Är källan offentlig?", "Is it a public source?"),
						Help:    T("Julkinen lähde on esimerkiksi kaupparekisteri tai yrityksen verkkosivu.", "En offentlig källa är till exempel handelsregistret eller ett företags webbplats.", "A public source is for example the Trade Register or a company web site."),
						Example: T("Ei", "Nej", "No")},
					{ID: "source.categories", Path: "categories", Kind: ShortText,
						Label:   T("Mitä tietoja tästä lähteestä saadaan?", "Vilka uppgifter kommer från denna källa?", "What data comes from this source?"),
						Help:    T("Vapaaehtoinen. Kun tiedot saadaan muualta kuin henkilöltä itseltään, seloste kertoo ne lähteittäin (14 artiklan 1 kohdan d alakohta).", "Frivilligt. När uppgifterna inte kommer från personen själv anger beskrivningen dem per källa (artikel 14.1 d).", "Optional. When data comes from someone other than the person, the notice tells it per source (Article 14(1)(d))."),
						Example: T("Yrityksen nimi, Y-tunnus ja osoite", "Företagets namn, FO-nummer och adress", "Company name, Business ID and address")},
				}},
		},
	}
}

func registerRecipientsStep() Step {
	return Step{
		ID:    "register.recipients",
		Title: T("Luovutukset", "Utlämnanden", "Disclosures"),
		Intro: T("Luovutus tarkoittaa, että annat tietoja toiselle, joka käyttää niitä omiin tarkoituksiinsa, kuten Verohallinnolle. Palveluntarjoajat, jotka käsittelevät tietoja puolestasi, kysytään seuraavaksi.",
			"Utlämnande innebär att du ger uppgifter till någon annan som använder dem för egna ändamål, som Skatteförvaltningen. Tjänsteleverantörer som behandlar uppgifter för din räkning frågas härnäst.",
			"A disclosure means giving data to someone who uses it for their own purposes, such as the Tax Administration. Service providers that process data on your behalf come next."),
		Questions: []Question{
			{ID: "reg.recipients", Path: "recipients", Kind: Records,
				Item:  T("Vastaanottaja", "Mottagare", "Recipient"),
				Label: T("Kenelle tietoja luovutetaan säännöllisesti?", "Till vem lämnas uppgifter ut regelbundet?", "To whom is data regularly disclosed?"),
				Help:  T("Jätä tyhjäksi, jos tietoja ei luovuteta.", "Lämna tomt om uppgifter inte lämnas ut.", "Leave empty if you disclose nothing."),
				Fields: []Question{
					{ID: "recipient.name", Path: "name", Kind: ShortText, Required: true,
						Label:   T("Vastaanottaja", "Mottagare", "Recipient"),
						Help:    T("Organisaatio tai vastaanottajien ryhmä.", "En organisation eller en grupp av mottagare.", "An organisation or a group of recipients."),
						Example: T("Verohallinto", "Skatteförvaltningen", "Finnish Tax Administration"),
						Suggestions: []Text{
							T("Verohallinto", "Skatteförvaltningen", "Finnish Tax Administration"),
							T("Tulorekisteri", "Inkomstregistret", "Incomes Register"),
							T("Työeläkevakuutusyhtiö", "Arbetspensionsförsäkringsbolaget", "Earnings-related pension insurer"),
							T("Perintätoimisto", "Inkassobyrå", "Debt collection agency"),
							T("Viranomaiset lain nojalla", "Myndigheter med stöd av lag", "Authorities where the law requires"),
						}},
					{ID: "recipient.reason", Path: "reason", Kind: ShortText,
						Label:   T("Miksi?", "Varför?", "Why?"),
						Help:    T("Lyhyesti, mihin vastaanottaja tietoja tarvitsee.", "Kort, vad mottagaren behöver uppgifterna till.", "Briefly, what the recipient needs the data for."),
						Example: T("Lakisääteiset ilmoitukset", "Lagstadgade anmälningar", "Reports required by law")},
					{ID: "recipient.role", Path: "role", Kind: Choice, OptionsFrom: "recipient_roles",
						Label: T("Vastaanottajan rooli", "Mottagarens roll", "The recipient's role"),
						Help: T("Valitse, jos vastaanottaja päättää itse käsittelystään tai yhdessä kanssasi. Mainospikselin tarjoaja on yleensä yhteisrekisterinpitäjä (26 artikla). Käsittelijät kysytään seuraavaksi, ei tässä.",
							"Välj om mottagaren själv eller tillsammans med dig bestämmer om behandlingen. Leverantören av en annonspixel är oftast gemensamt ansvarig (artikel 26). Biträden frågas härnäst, inte här.",
							"Choose if the recipient decides on its processing itself or together with you. An ad pixel's provider is usually a joint controller (Article 26). Processors come next, not here."),
						Example: T("Yhteisrekisterinpitäjä", "Gemensamt personuppgiftsansvarig", "Joint controller")},
					{ID: "recipient.contact", Path: "contact", Kind: ShortText, ShowIf: &Condition{Path: "role", Op: OpNotEmpty},
						Label:   T("Vastaanottajan yhteystieto tai tietosuojaseloste", "Mottagarens kontaktuppgift eller dataskyddsbeskrivning", "The recipient's contact or privacy notice"),
						Help:    T("Mistä lukija saa tietää, miten vastaanottaja käsittelee tietoja.", "Var läsaren får veta hur mottagaren behandlar uppgifterna.", "Where the reader learns how the recipient processes the data."),
						Example: T("https://www.facebook.com/privacy/policy", "https://www.facebook.com/privacy/policy", "https://www.facebook.com/privacy/policy")},
					{ID: "recipient.arrangement", Path: "arrangement", Kind: LongText, Required: true, ShowIf: is("role", "joint_controller"),
						Label: T("Yhteisrekisterinpitäjien järjestelyn pääkohdat", "Det väsentliga i arrangemanget mellan gemensamt ansvariga", "The essence of the joint controllers' arrangement"),
						Help: T("Artikla 26(2): kumpi vastaa mistäkin, kumpi kertoo käsittelystä ja minne rekisteröity lähettää pyyntönsä.",
							"Artikel 26.2: vem som svarar för vad, vem som informerar om behandlingen och vart den registrerade skickar sina begäranden.",
							"Article 26(2): who is responsible for what, who informs about the processing and where the data subject sends requests."),
						Example: T("Vastaamme tietojen keräämisestä sivuillamme ja siitä kertomisesta; Meta vastaa tietojen käsittelystä keräämisen jälkeen. Pyynnöt voit lähettää kummalle tahansa.",
							"Vi svarar för insamlingen på webbplatsen och för att informera om den; Meta svarar för behandlingen efter insamlingen. Du kan skicka begäranden till vem som helst av oss.",
							"We are responsible for collecting the data on our site and informing about it; Meta is responsible for the processing after collection. You may send requests to either.")},
				}},
		},
	}
}

func registerProcessorsStep() Step {
	return Step{
		ID:    "register.processors",
		Title: T("Käsittelijät", "Personuppgiftsbiträden", "Processors"),
		Intro: T("Käsittelijä on palveluntarjoaja, joka käsittelee tietoja puolestasi: tilitoimisto, pilvipalvelu, sähköpostipalvelu. Lisää palveluntarjoajat vaiheessa Käsittelijät ja valitse tässä ne, jotka käsittelevät tämän rekisterin tietoja.",
			"Ett personuppgiftsbiträde är en tjänsteleverantör som behandlar uppgifter för din räkning: bokföringsbyrå, molntjänst, e-posttjänst. Lägg till dem i steget Personuppgiftsbiträden och välj här de som behandlar det här registrets uppgifter.",
			"A processor is a service provider that handles data on your behalf: accountant, cloud service, e-mail service. Add them in the Processors step and choose here those that handle this register's data."),
		Questions: []Question{
			{ID: "reg.processor_ids", Path: "processor_ids", Kind: MultiChoice,
				RecordOptions: &RecordOptions{Path: "processors", CodeField: "id", LabelField: "name"},
				Label:         T("Mitkä käsittelijät käsittelevät tämän rekisterin tietoja?", "Vilka biträden behandlar registrets uppgifter?", "Which processors handle this register's data?"),
				Help:          T("Jos listassa ei ole ketään, lisää palveluntarjoajat ensin vaiheessa Käsittelijät.", "Om listan är tom, lägg först till tjänsteleverantörerna i steget Personuppgiftsbiträden.", "If the list is empty, add your service providers in the Processors step first."),
				Example:       T("Tilitoimisto, sähköpostipalvelu", "Bokföringsbyrå, e-posttjänst", "Accountant, e-mail service")},
		},
	}
}

func registerTransfersStep() Step {
	return Step{
		ID:    "register.transfers",
		Title: T("Siirrot EU:n ja ETA:n ulkopuolelle", "Överföringar utanför EU och EES", "Transfers outside the EU and EEA"),
		Intro: T("Siirto on kyseessä, jos tietoja käsitellään EU:n tai ETA:n ulkopuolella, esimerkiksi yhdysvaltalaisessa pilvipalvelussa. Jokaiselle siirrolle tarvitaan suojakeino.",
			"Det är fråga om en överföring om uppgifter behandlas utanför EU eller EES, till exempel i en amerikansk molntjänst. Varje överföring behöver en skyddsåtgärd.",
			"A transfer happens when data is processed outside the EU or EEA, for example in a US cloud service. Each transfer needs a safeguard."),
		Questions: []Question{
			{ID: "reg.transfers", Path: "transfers", Kind: Records,
				Item:  T("Siirto", "Överföring", "Transfer"),
				Label: T("Siirretäänkö tietoja EU:n ja ETA:n ulkopuolelle?", "Överförs uppgifter utanför EU och EES?", "Is data transferred outside the EU and EEA?"),
				Help:  T("Jätä tyhjäksi, jos kaikki tiedot pysyvät EU:ssa tai ETA:ssa.", "Lämna tomt om alla uppgifter stannar inom EU eller EES.", "Leave empty if all data stays in the EU or EEA."),
				Fields: []Question{
					{ID: "transfer.recipient", Path: "recipient", Kind: ShortText, Required: true,
						Label:   T("Vastaanottaja", "Mottagare", "Recipient"),
						Help:    T("Palvelu tai yritys, jolle tiedot siirtyvät.", "Tjänsten eller företaget som tar emot uppgifterna.", "The service or company that receives the data."),
						Example: T("Sähköpostipalvelun tarjoaja", "Leverantören av e-posttjänsten", "E-mail service provider")},
					{ID: "transfer.country", Path: "country", Kind: ShortText, Required: true,
						Label:       T("Maa", "Land", "Country"),
						Help:        T("Maa, jossa tietoja käsitellään.", "Landet där uppgifterna behandlas.", "The country where the data is processed."),
						Example:     T("Yhdysvallat", "Förenta staterna", "United States"),
						Suggestions: CountrySuggestions(true)},
					{ID: "transfer.safeguard", Path: "safeguard", Kind: Choice, OptionsFrom: "safeguards", Required: true,
						Label:   T("Suojakeino", "Skyddsåtgärd", "Safeguard"),
						Help:    T("Palveluntarjoajan sopimuksessa tai tietosuojaselosteessa kerrotaan, mihin siirto perustuu.", "Leverantörens avtal eller dataskyddsbeskrivning anger vad överföringen grundar sig på.", "The provider's agreement or privacy notice says what the transfer relies on."),
						Example: T("EU:n komission vakiosopimuslausekkeet", "EU-kommissionens standardavtalsklausuler", "Standard contractual clauses of the European Commission")},
					// A copy exists of contractual safeguards (SCCs, BCRs) and is
					// what the reader may ask for; an adequacy decision is public law.
					{ID: "transfer.derogation", Path: "derogation", Kind: Choice, OptionsFrom: "art49_points", Required: true,
						ShowIf:  is("safeguard", "derogation"),
						Label:   T("Mikä 49 artiklan poikkeus?", "Vilket undantag i artikel 49?", "Which derogation of Article 49?"),
						Help:    T("Poikkeus sopii vain satunnaiseen siirtoon. Seloste kertoo valitun kohdan.", "Undantaget passar bara för en tillfällig överföring. Beskrivningen anger den valda punkten.", "A derogation fits only an occasional transfer. The notice names the point chosen."),
						Example: T("Sopimuksen täyttäminen rekisteröidyn kanssa", "Fullgörande av avtal med den registrerade", "Performance of a contract with the data subject")},
					{ID: "transfer.copy", Path: "copy_available_from", Kind: ShortText,
						ShowIf:  anyOf(is("safeguard", "scc"), is("safeguard", "bcr")),
						Label:   T("Mistä suojakeinosta saa kopion?", "Var får man en kopia av skyddsåtgärden?", "Where can a copy of the safeguard be had?"),
						Help:    T("Yleensä oma sähköpostiosoitteesi tai verkko-osoite, jossa ehdot ovat.", "Oftast din egen e-postadress eller en webbadress där villkoren finns.", "Usually your own e-mail address or the web address of the terms."),
						Example: T("tietosuoja@yritys.fi", "dataskydd@foretag.fi", "privacy@company.fi")},
				}},
			{ID: "reg.no_transfers_confirmed", Path: "no_transfers_confirmed", Kind: YesNo,
				ShowIf: &Condition{Path: "transfers", Op: OpEmpty},
				Label:  T("Olen tarkistanut, ettei tämän rekisterin tietoja käsitellä EU:n ja ETA:n ulkopuolella", "Jag har kontrollerat att registrets uppgifter inte behandlas utanför EU och EES", "I have checked that this register's data is not processed outside the EU and EEA"),
				Help: T("Vastaa kyllä vain, jos olet tarkistanut palveluntarjoajien sopimuksista, ettei tietoja käsitellä muualla, myöskään tukipalvelussa. Seloste kertoo silloin, ettei siirtoja ole.",
					"Svara ja bara om du har kontrollerat i leverantörernas avtal att uppgifterna inte behandlas någon annanstans, inte heller i supporten. Beskrivningen säger då att inga överföringar sker.",
					"Answer yes only if you have checked the providers' agreements that the data is processed nowhere else, support included. The notice then says there are no transfers."),
				Example: T("Kyllä", "Ja", "Yes")},
		},
	}
}

func registerRetentionStep() Step {
	return Step{
		ID:    "register.retention",
		Title: T("Säilytysajat", "Lagringstider", "Retention periods"),
		Intro: T("Kerro, kuinka kauan tietoja säilytetään, tai millä perusteella aika määräytyy. Eri tiedoilla voi olla eri aika.", "Berätta hur länge uppgifterna sparas eller hur tiden bestäms. Olika uppgifter kan ha olika tider.", "Say how long the data is kept, or how that time is decided. Different data may have different periods."),
		Questions: []Question{
			{ID: "reg.retention", Path: "retention", Kind: Records, Required: true,
				Item:  T("Säilytysaika", "Lagringstid", "Retention rule"),
				Label: T("Säilytysajat", "Lagringstider", "Retention periods"),
				Help:  T("Lisää yksi rivi kutakin tietoryhmää kohden.", "Lägg till en rad för varje grupp av uppgifter.", "Add one row for each group of data."),
				Fields: []Question{
					{ID: "retention.data", Path: "data", Kind: ShortText, Required: true,
						Label:   T("Mitkä tiedot", "Vilka uppgifter", "Which data"),
						Help:    T("Tietoryhmä, jota aika koskee.", "Gruppen av uppgifter som tiden gäller.", "The data the period applies to."),
						Example: T("Laskut ja tositteet", "Fakturor och verifikat", "Invoices and vouchers")},
					{ID: "retention.period", Path: "period", Kind: ShortText, Required: true,
						Label:   T("Kuinka kauan", "Hur länge", "How long"),
						Help:    T("Aika ja mistä se lasketaan.", "Tiden och från vilken tidpunkt den räknas.", "The period and when it starts."),
						Example: T("6 vuotta sen vuoden lopusta, jonka aikana tilikausi päättyi", "6 år från utgången av det år då räkenskapsperioden gick ut", "6 years from the end of the year in which the financial year ended"),
						Suggestions: []Text{
							T("3 vuotta asiakassuhteen päättymisestä", "3 år efter att kundrelationen upphört", "3 years after the customer relationship ends"),
							T("6 vuotta sen vuoden lopusta, jonka aikana tilikausi päättyi", "6 år från utgången av det år då räkenskapsperioden gick ut", "6 years from the end of the year in which the financial year ended"),
							T("10 vuotta tilikauden päättymisestä", "10 år från räkenskapsperiodens utgång", "10 years from the end of the financial year"),
							T("Kunnes suostumus perutaan", "Tills samtycket återkallas", "Until consent is withdrawn"),
						}},
					{ID: "retention.basis", Path: "basis", Kind: ShortText,
						Label:   T("Peruste", "Grund", "Reason"),
						Help:    T("Laki tai muu syy, miksi aika on tämä.", "Lagen eller annat skäl till att tiden är denna.", "The law or other reason for the period."),
						Example: T("Kirjanpitolaki 2 luku 10 §", "Bokföringslagen 2 kap. 10 §", "Accounting Act, chapter 2, section 10")},
				}},
		},
	}
}

func registerAutomatedStep() Step {
	return Step{
		ID:    "register.automated",
		Title: T("Automaattinen päätöksenteko ja profilointi", "Automatiserat beslutsfattande och profilering", "Automated decisions and profiling"),
		Intro: T("Kaksi eri asiaa. Automaattinen päätös on päätös, jonka kone tekee ilman ihmistä ja jolla on henkilölle oikeudellisia tai muita merkittäviä vaikutuksia, kuten automaattinen luottopäätös. Profilointi on laajempaa: henkilön ominaisuuksien arviointia tietojen perusteella, esimerkiksi mainosyleisöjen muodostamista kävijöistä.",
			"Två olika saker. Ett automatiserat beslut fattas av en maskin utan människa och har rättsliga eller andra betydande följder för personen, som ett automatiskt kreditbeslut. Profilering är bredare: att bedöma personliga egenskaper utifrån uppgifter, till exempel att bilda annonsmålgrupper av besökare.",
			"Two different things. An automated decision is made by a machine without a person and has legal or other significant effects on someone, such as an automatic credit decision. Profiling is wider: evaluating personal aspects from data, for example building ad audiences from site visitors."),
		Questions: []Question{
			{ID: "reg.automated.used", Path: "automated_decisions.used", Kind: YesNo,
				Label:   T("Tehdäänkö pelkästään automaattisia päätöksiä (22 artikla)?", "Fattas beslut som enbart grundar sig på automatiserad behandling (artikel 22)?", "Are decisions made solely by automated means (Article 22)?"),
				Help:    T("Vastaa kyllä vain, jos kone päättää ilman ihmisen harkintaa.", "Svara ja bara om en maskin avgör utan mänsklig bedömning.", "Answer yes only if a machine decides without human judgement."),
				Example: T("Ei", "Nej", "No")},
			{ID: "reg.automated.logic", Path: "automated_decisions.logic", Kind: LongText, Required: true, ShowIf: yes("automated_decisions.used"),
				Label:   T("Miten päätös tehdään?", "Hur fattas beslutet?", "How is the decision made?"),
				Help:    T("Kerro ymmärrettävästi, mihin tietoihin päätös perustuu.", "Berätta begripligt vilka uppgifter beslutet grundar sig på.", "Explain plainly which data the decision rests on."),
				Example: T("Verkkokaupan maksutapa valitaan luottotietojen ja aiempien maksujen perusteella.", "Betalningssättet i webbutiken väljs utifrån kreditupplysningar och tidigare betalningar.", "The web shop's payment options are chosen from credit data and past payments.")},
			{ID: "reg.automated.consequences", Path: "automated_decisions.consequences", Kind: LongText, Required: true, ShowIf: yes("automated_decisions.used"),
				Label:   T("Mitä päätöksestä seuraa henkilölle?", "Vilka följder får beslutet för personen?", "What does the decision mean for the person?"),
				Help:    T("Kerro myös, miten henkilö voi pyytää ihmisen arvioimaan päätöksen.", "Berätta också hur personen kan be att en människa bedömer beslutet.", "Also say how the person can ask for a human to review it."),
				Example: T("Laskulla maksaminen voi estyä. Voit pyytää päätöksen tarkistamista asiakaspalvelusta.", "Fakturabetalning kan nekas. Du kan be kundtjänsten granska beslutet.", "Paying by invoice may be refused. You can ask customer service to review the decision.")},
			{ID: "reg.automated.profiling", Path: "automated_decisions.profiling", Kind: YesNo,
				Label: T("Profiloidaanko rekisterin tietoja?", "Används registrets uppgifter för profilering?", "Is the register's data used for profiling?"),
				Help: T("Profilointia on esimerkiksi kohdeyleisöjen muodostaminen mainospikselillä (Meta, Google Ads, LinkedIn), asiakkaiden ryhmittely ostojen tai uutiskirjeen avausten perusteella ja kiinnostuksen kohteiden päättely. Seloste kertoo profiloinnista vain, jos vastaat kyllä, ja kiistää sen vain, jos vastaat ei. Jos et ole varma, selvitä ennen kuin vastaat.",
					"Profilering är till exempel att bilda målgrupper med en annonspixel (Meta, Google Ads, LinkedIn), att gruppera kunder efter köp eller öppnade nyhetsbrev och att dra slutsatser om intressen. Beskrivningen berättar om profilering bara om du svarar ja, och förnekar den bara om du svarar nej. Om du är osäker, ta reda på det innan du svarar.",
					"Profiling is for example building audiences with an ad pixel (Meta, Google Ads, LinkedIn), grouping customers by purchases or newsletter opens, and inferring interests. The notice tells of profiling only if you answer yes, and denies it only if you answer no. If unsure, find out before you answer."),
				Example: T("Kyllä", "Ja", "Yes")},
			{ID: "reg.automated.profiling_description", Path: "automated_decisions.profiling_description", Kind: LongText, Required: true,
				ShowIf:  yes("automated_decisions.profiling"),
				Label:   T("Mitä profilointi on ja mihin sitä käytetään?", "Vad är profileringen och vad används den till?", "What is the profiling and what is it used for?"),
				Help:    T("Kerro tavallisin sanoin, mitä tietoja arvioidaan ja mitä siitä seuraa henkilölle. Seloste tulostaa tekstin sellaisenaan.", "Berätta med vanliga ord vilka uppgifter som bedöms och vad det innebär för personen. Beskrivningen skriver ut texten som den är.", "Say in plain words which data is evaluated and what follows for the person. The notice prints the text as it is."),
				Example: T("Sivuston kävijöistä muodostetaan Meta-pikselillä mainosyleisöjä, joille näytetään mainoksiamme Facebookissa ja Instagramissa.", "Av webbplatsens besökare bildas annonsmålgrupper med Meta-pixeln, som visas våra annonser på Facebook och Instagram.", "The Meta Pixel builds ad audiences from site visitors, who are then shown our ads on Facebook and Instagram.")},
		},
	}
}

func registerSecurityStep() Step {
	return Step{
		ID:    "register.security",
		Title: T("Suojaus", "Skydd", "Security"),
		Intro: T("Kerro, miten tiedot suojataan. Valitse toimet, jotka teillä oikeasti on käytössä.", "Berätta hur uppgifterna skyddas. Välj de åtgärder som ni faktiskt har.", "Say how the data is protected. Choose the measures you really have in place."),
		Questions: []Question{
			{ID: "reg.security.manual", Path: "security.manual", Kind: LongText,
				Label:   T("Paperiset aineistot", "Material på papper", "Paper records"),
				Help:    T("Miten paperit säilytetään ja hävitetään. Kirjoita, jos papereita ei ole.", "Hur papper förvaras och förstörs. Skriv om det inte finns några papper.", "How paper is kept and destroyed. Say so if there is none."),
				Example: T("Paperit säilytetään lukitussa kaapissa ja hävitetään silppurilla.", "Papper förvaras i ett låst skåp och förstörs i en dokumentförstörare.", "Paper is kept in a locked cabinet and shredded."),
				Suggestions: []Text{
					T("Paperisia aineistoja ei ole.", "Det finns inget material på papper.", "There are no paper records."),
					T("Paperit säilytetään lukitussa kaapissa ja hävitetään silppurilla.", "Papper förvaras i ett låst skåp och förstörs i en dokumentförstörare.", "Paper is kept in a locked cabinet and shredded."),
				}},
			{ID: "reg.security.measures", Path: "security.measures", Kind: MultiChoice, OptionsFrom: "security_measures",
				Label:   T("Sähköisten tietojen suojaus", "Skydd av elektroniska uppgifter", "Protection of electronic data"),
				Help:    T("Valitse kaikki, jotka pitävät paikkansa.", "Välj alla som stämmer.", "Choose all that are true."),
				Example: T("Henkilökohtaiset käyttäjätunnukset, monivaiheinen tunnistautuminen", "Personliga användarkonton, flerfaktorsautentisering", "Personal user accounts, multi-factor authentication")},
			{ID: "reg.security.other", Path: "security.other", Kind: LongText,
				Label:   T("Muuta suojauksesta", "Annat om skyddet", "Other security"),
				Help:    T("Vapaaehtoinen.", "Frivilligt.", "Optional."),
				Example: T("Kannettavien tietokoneiden levyt on salattu.", "Hårddiskarna i bärbara datorer är krypterade.", "Laptop disks are encrypted.")},
		},
	}
}
