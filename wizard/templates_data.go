package wizard

import "tietosuojapakki/data"

// Legal grounds shared by the templates. Only well-known, stable rules.
var (
	lawAccounting = T("Kirjanpitolaki (1336/1997)", "Bokföringslagen (1336/1997)", "Accounting Act (1336/1997)")
	kpl210        = T("Kirjanpitolaki (1336/1997) 2 luku 10 §", "Bokföringslagen (1336/1997) 2 kap. 10 §", "Accounting Act (1336/1997), chapter 2, section 10")

	retVouchers = retentionSpec{
		data:   T("Laskut, kuitit ja muut tositteet", "Fakturor, kvitton och andra verifikat", "Invoices, receipts and other vouchers"),
		period: T("6 vuotta sen vuoden lopusta, jonka aikana tilikausi päättyi", "6 år från utgången av det år då räkenskapsperioden gick ut", "6 years from the end of the year in which the financial year ended"),
		basis:  kpl210,
	}
)

// Templates returns the ready registers.
func Templates() []Template {
	return []Template{customerTemplate(), newsletterTemplate(), applicantTemplate(), staffTemplate(), visitorTemplate()}
}

func customerTemplate() Template {
	return Template{
		ID:   "customers",
		Name: T("Asiakasrekisteri", "Kundregister", "Customer register"),
		Help: T("Asiakkaiden ja asiakasyritysten yhteyshenkilöiden tiedot, tilaukset ja laskutus.", "Uppgifter om kunder och kontaktpersoner hos kundföretag, beställningar och fakturering.", "Customers and contact persons of business customers, orders and invoicing."),
		spec: registerSpec{
			name: T("Asiakasrekisteri", "Kundregister", "Customer register"),
			subjects: []Text{
				T("Asiakkaat", "Kunder", "Customers"),
				T("Asiakasyritysten yhteyshenkilöt", "Kontaktpersoner hos kundföretag", "Contact persons of business customers"),
			},
			purposes: []purposeSpec{
				{desc: T("Asiakassuhteen hoitaminen: tilausten toimittaminen, laskutus ja asiakaspalvelu", "Skötsel av kundrelationen: leverans av beställningar, fakturering och kundtjänst", "Managing the customer relationship: delivering orders, invoicing and customer service"),
					basis: data.BasisContract},
				{desc: T("Kirjanpito", "Bokföring", "Bookkeeping"),
					basis: data.BasisLegalObligation, law: lawAccounting},
				{desc: T("Tiedotteet ja tarjoukset nykyisille asiakkaille", "Information och erbjudanden till befintliga kunder", "News and offers to existing customers"),
					basis:    data.BasisLegitimateInterests,
					interest: T("Yrityksen etu kertoa nykyisille asiakkailleen omista tuotteistaan ja palveluistaan. Voit kieltää tämän milloin tahansa.", "Företagets intresse att berätta för sina befintliga kunder om sina egna produkter och tjänster. Du kan när som helst förbjuda det.", "Our interest in telling our existing customers about our own products and services. You can opt out at any time.")},
			},
			requirement: data.RequirementContract,
			consequence: T("Ilman nimeä ja yhteystietoja emme voi tehdä sopimusta, toimittaa tilausta emmekä laskuttaa.", "Utan namn och kontaktuppgifter kan vi inte ingå avtal, leverera beställningen eller fakturera.", "Without a name and contact details we cannot make a contract, deliver the order or invoice."),
			categories: []Text{
				T("Nimi ja yhteystiedot", "Namn och kontaktuppgifter", "Name and contact details"),
				T("Edustettu yritys ja asema", "Företag som personen företräder och befattning", "Company represented and position"),
				T("Tilaus- ja laskutustiedot", "Beställnings- och faktureringsuppgifter", "Order and billing details"),
				T("Asiakaspalveluviestit", "Kundtjänstmeddelanden", "Customer service messages"),
				T("Markkinointikiellot", "Förbud mot marknadsföring", "Marketing opt-outs"),
			},
			sources: []sourceSpec{
				{desc: T("Asiakas itse", "Kunden själv", "The customer")},
				{desc: T("Yritys- ja yhteisötietojärjestelmä (YTJ) yritysasiakkaiden perustiedoille", "Företags- och organisationsdatasystemet (FODS) för grunduppgifter om företagskunder", "Finnish Business Information System (YTJ), for basic details of business customers"), public: true},
			},
			retention: []retentionSpec{
				{data: T("Asiakkuuden tiedot", "Uppgifter om kundrelationen", "Customer relationship data"),
					period: T("3 vuotta asiakassuhteen päättymisestä", "3 år efter att kundrelationen upphört", "3 years after the customer relationship ends"),
					basis:  T("Saatavien ja vaatimusten yleinen vanhentumisaika, laki velan vanhentumisesta (728/2003) 4 §", "Allmän preskriptionstid för fordringar och anspråk, lagen om preskription av skulder (728/2003) 4 §", "General limitation period of claims, Act on the Statute of Limitations of Debts (728/2003), section 4")},
				{data: T("Kirjanpito ja tilinpäätös", "Bokföring och bokslut", "Books of account and financial statements"),
					period: T("10 vuotta tilikauden päättymisestä", "10 år från räkenskapsperiodens utgång", "10 years from the end of the financial year"),
					basis:  kpl210},
				retVouchers,
			},
		},
	}
}

func newsletterTemplate() Template {
	return Template{
		ID:   "newsletter",
		Name: T("Markkinointi ja uutiskirje", "Marknadsföring och nyhetsbrev", "Marketing and newsletter"),
		Help: T("Uutiskirjeen ja sähköisen markkinoinnin tilaajat.", "Prenumeranter på nyhetsbrev och elektronisk marknadsföring.", "Subscribers to the newsletter and e-mail marketing."),
		spec: registerSpec{
			name:     T("Uutiskirjeen tilaajat", "Prenumeranter på nyhetsbrevet", "Newsletter subscribers"),
			subjects: []Text{T("Uutiskirjeen tilaajat", "Prenumeranter på nyhetsbrevet", "Newsletter subscribers")},
			purposes: []purposeSpec{
				{desc: T("Uutiskirjeen ja markkinointiviestien lähettäminen sähköpostilla", "Utskick av nyhetsbrev och marknadsföring per e-post", "Sending the newsletter and marketing messages by e-mail"),
					basis: data.BasisConsent},
				{desc: T("Tieto siitä, milloin ja miten suostumus annettiin tai peruttiin", "Uppgift om när och hur samtycket gavs eller återkallades", "A record of when and how consent was given or withdrawn"),
					basis:    data.BasisLegitimateInterests,
					interest: T("Yrityksen etu pystyä osoittamaan, että viestit lähetettiin luvalla, ja varmistaa, ettei viestejä lähetetä perumisen jälkeen.", "Företagets intresse att kunna visa att meddelandena skickades med samtycke och att se till att inga skickas efter återkallelsen.", "Our interest in being able to show that messages were sent with consent, and in making sure none are sent after withdrawal.")},
			},
			requirement: data.RequirementNone,
			categories: []Text{
				T("Sähköpostiosoite", "E-postadress", "E-mail address"),
				T("Nimi, jos annat sen", "Namn, om du anger det", "Name, if you give it"),
				T("Suostumuksen antamis- ja perumisaika", "Tidpunkt för när samtycket gavs och återkallades", "When consent was given and withdrawn"),
				T("Tieto viestien avaamisesta ja linkkien klikkauksista", "Uppgift om öppnade meddelanden och klickade länkar", "Which messages were opened and links clicked"),
			},
			sources: []sourceSpec{{desc: T("Tilaaja itse tilauslomakkeella", "Prenumeranten själv via beställningsformuläret", "The subscriber, through the sign-up form")}},
			retention: []retentionSpec{
				{data: T("Tilaajan tiedot", "Prenumerantens uppgifter", "Subscriber data"),
					period: T("Kunnes tilaus tai suostumus perutaan", "Tills prenumerationen eller samtycket återkallas", "Until the subscription or consent is withdrawn")},
				{data: T("Tieto suostumuksesta ja sen perumisesta", "Uppgift om samtycket och återkallelsen", "Record of consent and its withdrawal"),
					period: T("2 vuotta perumisesta", "2 år efter återkallelsen", "2 years after withdrawal"),
					basis:  T("Jotta voimme osoittaa viestien lähettämisen perusteen", "För att vi ska kunna visa grunden för utskicken", "So that we can show the basis on which messages were sent")},
			},
		},
	}
}

func applicantTemplate() Template {
	return Template{
		ID:   "applicants",
		Name: T("Työnhakijat", "Arbetssökande", "Job applicants"),
		Help: T("Työpaikkaa hakeneiden hakemukset ja valintaprosessin tiedot.", "Ansökningar från arbetssökande och uppgifter om urvalet.", "Applications and data from the selection process."),
		spec: registerSpec{
			name:     T("Työnhakijarekisteri", "Register över arbetssökande", "Job applicant register"),
			subjects: []Text{T("Työnhakijat", "Arbetssökande", "Job applicants")},
			purposes: []purposeSpec{
				{desc: T("Hakemusten käsittely ja hakijoiden soveltuvuuden arviointi", "Behandling av ansökningar och bedömning av sökandenas lämplighet", "Handling applications and assessing applicants"),
					basis: data.BasisContract},
				{desc: T("Hakemusten säilyttäminen valinnan jälkeen mahdollisen syrjintäväitteen varalta", "Förvaring av ansökningar efter urvalet med tanke på eventuella påståenden om diskriminering", "Keeping applications after the choice in case of a discrimination claim"),
					basis:    data.BasisLegitimateInterests,
					interest: T("Yrityksen etu pystyä osoittamaan, että valinta tehtiin asiallisin perustein.", "Företagets intresse att kunna visa att urvalet gjordes på sakliga grunder.", "Our interest in being able to show that the choice was made on proper grounds.")},
				{desc: T("Hakemuksen säilyttäminen tulevia rekrytointeja varten, jos annat siihen luvan", "Förvaring av ansökan för kommande rekryteringar, om du ger ditt samtycke", "Keeping your application for future openings, if you agree"),
					basis: data.BasisConsent},
			},
			requirement: data.RequirementContract,
			consequence: T("Ilman hakemusta ja yhteystietoja emme voi käsitellä hakemustasi.", "Utan ansökan och kontaktuppgifter kan vi inte behandla din ansökan.", "Without your application and contact details we cannot consider your application."),
			categories: []Text{
				T("Nimi ja yhteystiedot", "Namn och kontaktuppgifter", "Name and contact details"),
				T("Hakemus, ansioluettelo, koulutus ja työkokemus", "Ansökan, cv, utbildning och arbetserfarenhet", "Application, CV, education and work experience"),
				T("Haastattelumuistiinpanot ja arviot", "Anteckningar och bedömningar från intervjuer", "Interview notes and assessments"),
				T("Suosittelijoilta saadut tiedot", "Uppgifter från referenspersoner", "Information from referees"),
			},
			sources: []sourceSpec{
				{desc: T("Hakija itse", "Den sökande själv", "The applicant")},
				{desc: T("Suosittelijat, hakijan luvalla (laki yksityisyyden suojasta työelämässä 759/2004, 4 §)", "Referenspersoner, med den sökandes samtycke (lagen om integritetsskydd i arbetslivet 759/2004, 4 §)", "Referees, with the applicant's consent (Act on the Protection of Privacy in Working Life 759/2004, section 4)")},
			},
			retention: []retentionSpec{
				{data: T("Hakemukset ja valintaan liittyvät tiedot", "Ansökningar och uppgifter om urvalet", "Applications and selection data"),
					period: T("1 vuosi siitä, kun hakijoille ilmoitettiin valinnasta", "1 år efter att de sökande underrättades om urvalet", "1 year after applicants were told of the choice"),
					basis:  T("Työhönottoa koskevan syrjintäkanteen määräaika (laki naisten ja miesten välisestä tasa-arvosta 609/1986)", "Tidsfristen för talan om diskriminering vid anställning (lagen om jämställdhet mellan kvinnor och män 609/1986)", "Time limit for a hiring discrimination claim (Act on Equality between Women and Men 609/1986)")},
				{data: T("Hakemukset, joiden säilyttämiseen hakija on antanut luvan", "Ansökningar som den sökande har gett samtycke att spara", "Applications the applicant agreed we may keep"),
					period: T("Enintään 2 vuotta, tai kunnes lupa perutaan", "Högst 2 år, eller tills samtycket återkallas", "At most 2 years, or until consent is withdrawn")},
			},
		},
	}
}

func staffTemplate() Template {
	return Template{
		ID:   "staff",
		Name: T("Henkilöstö", "Personal", "Staff"),
		Help: T("Työntekijöiden tiedot työsuhteen hoitamiseen ja palkanmaksuun.", "Uppgifter om anställda för att sköta anställningen och betala lön.", "Employees' data for managing employment and paying salaries."),
		spec: registerSpec{
			name:     T("Henkilöstörekisteri", "Personalregister", "Staff register"),
			subjects: []Text{T("Työntekijät", "Anställda", "Employees")},
			purposes: []purposeSpec{
				{desc: T("Työsuhteen hoitaminen: työsopimus, työvuorot, lomat ja poissaolot", "Skötsel av anställningen: arbetsavtal, arbetsskift, semestrar och frånvaro", "Managing employment: contract, shifts, holidays and absences"),
					basis: data.BasisContract},
				{desc: T("Palkanmaksu ja lakisääteiset ilmoitukset tulorekisteriin, työeläke- ja tapaturmavakuuttajalle", "Löneutbetalning och lagstadgade anmälningar till inkomstregistret samt arbetspensions- och olycksfallsförsäkraren", "Paying salaries and the reports the law requires to the Incomes Register and the pension and accident insurers"),
					basis: data.BasisLegalObligation,
					law:   T("Laki tulotietojärjestelmästä (53/2018), kirjanpitolaki (1336/1997)", "Lagen om inkomstdatasystemet (53/2018), bokföringslagen (1336/1997)", "Act on the Incomes Information System (53/2018), Accounting Act (1336/1997)")},
			},
			requirement: data.RequirementContractual,
			consequence: T("Ilman henkilötunnusta, tilinumeroa ja verokorttia emme voi maksaa palkkaa oikein emmekä tehdä lakisääteisiä ilmoituksia.", "Utan personbeteckning, kontonummer och skattekort kan vi inte betala rätt lön eller göra lagstadgade anmälningar.", "Without your personal identity code, bank account and tax card we cannot pay your salary correctly or make the reports the law requires."),
			categories: []Text{
				T("Nimi, henkilötunnus ja yhteystiedot", "Namn, personbeteckning och kontaktuppgifter", "Name, personal identity code and contact details"),
				T("Työsopimus, tehtävä ja työsuhteen kesto", "Arbetsavtal, uppgift och anställningens längd", "Employment contract, role and duration"),
				T("Palkka-, vero- ja tilitiedot", "Löne-, skatte- och kontouppgifter", "Salary, tax and bank account details"),
				T("Työajat, lomat ja poissaolot", "Arbetstider, semestrar och frånvaro", "Working hours, holidays and absences"),
			},
			special: []specialSpec{{category: "health", condition: "b",
				details: T("Lääkärintodistukset sairauspoissaoloista palkanmaksua varten; säilytetään erillään muista tiedoista (laki yksityisyyden suojasta työelämässä 759/2004, 5 §)", "Läkarintyg för sjukfrånvaro för löneutbetalningen; förvaras åtskilda från andra uppgifter (lagen om integritetsskydd i arbetslivet 759/2004, 5 §)", "Doctor's certificates for sick leave, for paying salary; kept apart from other data (Act on the Protection of Privacy in Working Life 759/2004, section 5)")}},
			pic: true,
			picGround: T("Henkilötunnuksen käsittelystä säädetään laissa: palkat ilmoitetaan tulorekisteriin ja työeläkevakuutus hoidetaan henkilötunnuksella (tietosuojalaki 1050/2018, 29 §).",
				"Behandlingen av personbeteckningen föreskrivs i lag: löner anmäls till inkomstregistret och arbetspensionsförsäkringen sköts med personbeteckning (dataskyddslagen 1050/2018, 29 §).",
				"Processing the personal identity code is laid down by law: salaries are reported to the Incomes Register and pension insurance is handled with it (Data Protection Act 1050/2018, section 29)."),
			sources: []sourceSpec{
				{desc: T("Työntekijä itse", "Den anställda själv", "The employee")},
				{desc: T("Verohallinto (verokortin tiedot)", "Skatteförvaltningen (uppgifter om skattekortet)", "Finnish Tax Administration (tax card details)")},
			},
			recipients: []recipientSpec{
				{name: T("Tulorekisteri (Verohallinto)", "Inkomstregistret (Skatteförvaltningen)", "Incomes Register (Finnish Tax Administration)"),
					reason: T("Lakisääteiset palkkatietoilmoitukset", "Lagstadgade löneanmälningar", "Salary reports required by law")},
				{name: T("Työeläkevakuutusyhtiö", "Arbetspensionsförsäkringsbolaget", "Earnings-related pension insurer"),
					reason: T("Lakisääteinen työeläkevakuutus", "Lagstadgad arbetspensionsförsäkring", "Statutory pension insurance")},
				{name: T("Tapaturmavakuutusyhtiö", "Olycksfallsförsäkringsbolaget", "Accident insurer"),
					reason: T("Lakisääteinen tapaturmavakuutus", "Lagstadgad olycksfallsförsäkring", "Statutory accident insurance")},
			},
			retention: []retentionSpec{
				{data: T("Työsuhteen alkamis- ja päättymisaika sekä tehtävät", "Anställningens början och slut samt arbetsuppgifter", "Start and end of employment and the work done"),
					period: T("10 vuotta työsuhteen päättymisestä", "10 år efter att anställningen upphört", "10 years after employment ends"),
					basis:  T("Työtodistusta voi pyytää 10 vuoden ajan, työsopimuslaki (55/2001) 6 luku 7 §", "Arbetsintyg kan begäras i 10 år, arbetsavtalslagen (55/2001) 6 kap. 7 §", "An employment certificate may be requested for 10 years, Employment Contracts Act (55/2001), chapter 6, section 7")},
				{data: T("Palkkakirjanpito", "Lönebokföring", "Payroll ledger"),
					period: T("10 vuotta tilikauden päättymisestä", "10 år från räkenskapsperiodens utgång", "10 years from the end of the financial year"),
					basis:  kpl210},
				{data: T("Palkkalaskelmat ja muut palkanmaksun tositteet", "Lönespecifikationer och andra verifikat för löneutbetalningen", "Payslips and other payroll vouchers"),
					period: retVouchers.period, basis: kpl210},
				{data: T("Lääkärintodistukset", "Läkarintyg", "Doctor's certificates"),
					period: T("Vain niin kauan kuin niitä tarvitaan poissaolon ja palkanmaksun hoitamiseen", "Endast så länge de behövs för att sköta frånvaron och löneutbetalningen", "Only as long as they are needed to handle the absence and pay"),
					basis:  T("Laki yksityisyyden suojasta työelämässä (759/2004) 5 §", "Lagen om integritetsskydd i arbetslivet (759/2004) 5 §", "Act on the Protection of Privacy in Working Life (759/2004), section 5")},
			},
		},
	}
}

func visitorTemplate() Template {
	return Template{
		ID:   "visitors",
		Name: T("Verkkosivujen kävijät", "Besökare på webbplatsen", "Web site visitors"),
		Help: T("Verkkosivujen tekniset lokit, evästeet ja yhteydenottolomake.", "Webbplatsens tekniska loggar, kakor och kontaktformulär.", "The web site's technical logs, cookies and contact form."),
		spec: registerSpec{
			name: T("Verkkosivujen kävijät", "Besökare på webbplatsen", "Web site visitors"),
			subjects: []Text{
				T("Verkkosivujen kävijät", "Besökare på webbplatsen", "Web site visitors"),
				T("Yhteydenottolomakkeen lähettäjät", "De som skickar kontaktformuläret", "People who send the contact form"),
			},
			purposes: []purposeSpec{
				{desc: T("Sivuston toiminta ja tietoturva", "Webbplatsens funktion och säkerhet", "Running the site and keeping it secure"),
					basis:    data.BasisLegitimateInterests,
					interest: T("Yrityksen etu pitää sivusto toiminnassa ja suojata se väärinkäytöksiltä.", "Företagets intresse att hålla webbplatsen i drift och skydda den mot missbruk.", "Our interest in keeping the site running and protecting it from misuse.")},
				{desc: T("Kävijämäärien ja sivuston käytön seuranta evästeillä", "Uppföljning av besök och användning med kakor", "Measuring visits and use of the site with cookies"),
					basis: data.BasisConsent},
				{desc: T("Yhteydenottoihin vastaaminen", "Svar på kontaktförfrågningar", "Answering messages sent to us"),
					basis:    data.BasisLegitimateInterests,
					interest: T("Yrityksen etu vastata sille lähetettyihin kysymyksiin ja tarjouspyyntöihin.", "Företagets intresse att svara på frågor och offertförfrågningar som skickats till det.", "Our interest in answering questions and requests for quotes sent to us.")},
			},
			requirement: data.RequirementNone,
			categories: []Text{
				T("IP-osoite ja selaimen tekniset tiedot", "IP-adress och webbläsarens tekniska uppgifter", "IP address and technical browser data"),
				T("Evästetunnisteet ja sivuston käyttötiedot", "Kakidentifierare och uppgifter om användningen av webbplatsen", "Cookie identifiers and site usage data"),
				T("Yhteydenottolomakkeen tiedot: nimi, sähköposti ja viesti", "Uppgifterna i kontaktformuläret: namn, e-post och meddelande", "Contact form data: name, e-mail and message"),
			},
			sources: []sourceSpec{
				{desc: T("Kävijän selain ja laite", "Besökarens webbläsare och enhet", "The visitor's browser and device")},
				{desc: T("Lomakkeen lähettäjä itse", "Den som skickar formuläret", "The person who sends the form")},
			},
			retention: []retentionSpec{
				{data: T("Palvelimen lokitiedot", "Serverns loggar", "Server logs"),
					period: T("Enintään 12 kuukautta", "Högst 12 månader", "At most 12 months"),
					basis:  T("Tietoturvapoikkeamien selvittäminen", "Utredning av säkerhetsincidenter", "Investigating security incidents")},
				{data: T("Kävijäseurannan tiedot", "Uppgifter från besöksanalysen", "Analytics data"),
					period: T("Enintään 12 kuukautta", "Högst 12 månader", "At most 12 months")},
				{data: T("Yhteydenotot", "Kontaktförfrågningar", "Messages sent to us"),
					period: T("Kunnes asia on hoidettu, enintään 12 kuukautta", "Tills ärendet är skött, högst 12 månader", "Until the matter is dealt with, at most 12 months")},
			},
		},
	}
}
