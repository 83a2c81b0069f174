package record

import "tietosuojapakki/data/vocab"

// texts holds every sentence and label of the record in one language.
// Format verbs must appear in the same order in every language; the test
// checks that no field is left empty.
type texts struct {
	Title, ProcessorTitle, Keywords, Watermark, PageLabel string
	FooterVersion                                         string // %d version, %s date
	FooterDate                                            string // %s date
	Intro, Exemption, Keeping, ProcessorIntro             string
	Missing                                               string // a gap in a draft
	ControllerTitle, ActivityTitle                        string
	NameL, BusinessIDL, AddressL, EmailL, PhoneL          string
	ContactL, DPOL, NoDPO                                 string
	PurposesL, BasisL, Article                            string
	SubjectsL, DataL, SpecialL, PIC                       string
	RecipientsL, ProcessorRole, ThirdCountry              string
	TransfersL, NoTransfers, RecipientL, CountryL         string
	SafeguardL                                            string
	RetentionL, SecurityL, ManualL                        string
	ProcessorL, ControllersL, ControllersNote             string
	ServiceL, CustomersL, ProcessingL                     string
	SubjectMatterL, NatureL, DurationL, NotProcessor      string
}

func textsFor(lang string) *texts {
	return &all[vocab.Column(lang)]
}

var all = [3]texts{fi, sv, en}

var fi = texts{
	Title:          "Seloste käsittelytoimista",
	ProcessorTitle: "Seloste käsittelytoimista (henkilötietojen käsittelijä)",
	Keywords:       "seloste käsittelytoimista, tietosuoja-asetus 30 artikla",
	Watermark:      "LUONNOS",
	PageLabel:      "Sivu %d / %d",
	FooterVersion:  "Versio %d, %s",
	FooterDate:     "Päivitetty %s",
	Intro: "Tämä on yrityksen seloste käsittelytoimista tietosuoja-asetuksen 30 artiklan 1 kohdan mukaisesti. " +
		"Jokainen rekisteri on yksi käsittelytoimi. Seloste pidetään ajan tasalla ja näytetään pyydettäessä tietosuojavaltuutetun toimistolle.",
	Exemption: "Alle 250 hengen yrityksen ei tarvitse pitää selostetta vain, jos käsittely on satunnaista, siitä ei aiheudu riskiä " +
		"ihmisten oikeuksille eikä se koske erityisiä henkilötietoryhmiä tai rikostietoja (30 artiklan 5 kohta). " +
		"Asiakas- ja henkilöstötietojen käsittely on säännöllistä, joten käytännössä lähes jokainen yritys pitää selosteen.",
	Keeping:         "Seloste on kirjallinen; sähköinen muoto riittää.",
	ProcessorIntro:  "Tämä on yrityksen seloste niistä käsittelytoimista, jotka se tekee asiakkaidensa lukuun henkilötietojen käsittelijänä (tietosuoja-asetuksen 30 artiklan 2 kohta).",
	Missing:         "[ei kirjattu]",
	ControllerTitle: "Rekisterinpitäjä ja yhteystiedot (30(1)(a) art.)",
	ActivityTitle:   "Käsittelytoimi",
	NameL:           "Nimi", BusinessIDL: "Y-tunnus", AddressL: "Osoite", EmailL: "Sähköposti", PhoneL: "Puhelin",
	ContactL: "Yhteyshenkilö", DPOL: "Tietosuojavastaava", NoDPO: "Ei nimitetty",
	PurposesL: "Käsittelyn tarkoitukset", BasisL: "oikeusperuste", Article: "artikla",
	SubjectsL: "Rekisteröityjen ryhmät", DataL: "Henkilötietoryhmät", SpecialL: "erityinen henkilötietoryhmä",
	PIC:         "Henkilötunnus",
	RecipientsL: "Vastaanottajaryhmät", ProcessorRole: "henkilötietojen käsittelijä", ThirdCountry: "EU/ETA-alueen ulkopuolella",
	TransfersL: "Siirrot EU/ETA-alueen ulkopuolelle", NoTransfers: "Tietoja ei siirretä EU/ETA-alueen ulkopuolelle.",
	RecipientL: "Vastaanottaja", CountryL: "Maa", SafeguardL: "Suojatoimi",
	RetentionL: "Poistamisen määräajat", SecurityL: "Tekniset ja organisatoriset suojatoimet", ManualL: "Paperiaineisto",
	ProcessorL: "Henkilötietojen käsittelijä ja yhteystiedot", ControllersL: "Rekisterinpitäjät, joiden lukuun käsitellään",
	ControllersNote: "Kunkin asiakkaan nimi ja yhteystiedot ovat sen kanssa tehdyssä sopimuksessa ja asiakasrekisterissä.",
	ServiceL:        "Palvelu", CustomersL: "Asiakkaat (rekisterinpitäjien ryhmä)", ProcessingL: "Käsittelyn ryhmät",
	SubjectMatterL: "Käsittelyn kohde", NatureL: "Käsittelyn luonne ja tarkoitus", DurationL: "Kesto",
	NotProcessor: "Vastausten mukaan yritys ei käsittele henkilötietoja asiakkaidensa lukuun, joten käsittelijän selostetta ei tarvita.",
}

var sv = texts{
	Title:          "Register över behandling",
	ProcessorTitle: "Register över behandling (personuppgiftsbiträde)",
	Keywords:       "register över behandling, dataskyddsförordningen artikel 30",
	Watermark:      "UTKAST",
	PageLabel:      "Sida %d av %d",
	FooterVersion:  "Version %d, %s",
	FooterDate:     "Uppdaterad %s",
	Intro: "Detta är företagets register över behandling enligt artikel 30.1 i dataskyddsförordningen. " +
		"Varje register är en behandling. Registret hålls aktuellt och visas för Dataombudsmannens byrå på begäran.",
	Exemption: "Ett företag med färre än 250 anställda behöver inte föra registret endast om behandlingen är tillfällig, inte medför risker " +
		"för människors rättigheter och inte gäller särskilda kategorier av personuppgifter eller uppgifter om brott (artikel 30.5). " +
		"Kund- och personaluppgifter behandlas regelbundet, så i praktiken för nästan varje företag ett register.",
	Keeping:         "Registret förs skriftligt; elektronisk form räcker.",
	ProcessorIntro:  "Detta är företagets register över de behandlingar som det utför för sina kunders räkning som personuppgiftsbiträde (artikel 30.2 i dataskyddsförordningen).",
	Missing:         "[inte antecknat]",
	ControllerTitle: "Personuppgiftsansvarig och kontaktuppgifter (artikel 30.1 a)",
	ActivityTitle:   "Behandling",
	NameL:           "Namn", BusinessIDL: "FO-nummer", AddressL: "Adress", EmailL: "E-post", PhoneL: "Telefon",
	ContactL: "Kontaktperson", DPOL: "Dataskyddsombud", NoDPO: "Inte utsett",
	PurposesL: "Ändamål med behandlingen", BasisL: "rättslig grund", Article: "artikel",
	SubjectsL: "Kategorier av registrerade", DataL: "Kategorier av personuppgifter", SpecialL: "särskild kategori av personuppgifter",
	PIC:         "Personbeteckning",
	RecipientsL: "Kategorier av mottagare", ProcessorRole: "personuppgiftsbiträde", ThirdCountry: "utanför EU/EES",
	TransfersL: "Överföringar till länder utanför EU/EES", NoTransfers: "Uppgifterna överförs inte till länder utanför EU/EES.",
	RecipientL: "Mottagare", CountryL: "Land", SafeguardL: "Skyddsåtgärd",
	RetentionL: "Tidsfrister för radering", SecurityL: "Tekniska och organisatoriska säkerhetsåtgärder", ManualL: "Pappersmaterial",
	ProcessorL: "Personuppgiftsbiträde och kontaktuppgifter", ControllersL: "Personuppgiftsansvariga för vilkas räkning behandlingen sker",
	ControllersNote: "Varje kunds namn och kontaktuppgifter finns i avtalet med kunden och i kundregistret.",
	ServiceL:        "Tjänst", CustomersL: "Kunder (kategori av personuppgiftsansvariga)", ProcessingL: "Kategorier av behandling",
	SubjectMatterL: "Föremål för behandlingen", NatureL: "Behandlingens art och ändamål", DurationL: "Varaktighet",
	NotProcessor: "Enligt svaren behandlar företaget inte personuppgifter för sina kunders räkning, så något register som biträde behövs inte.",
}

var en = texts{
	Title:          "Record of processing activities",
	ProcessorTitle: "Record of processing activities (processor)",
	Keywords:       "record of processing activities, GDPR article 30",
	Watermark:      "DRAFT",
	PageLabel:      "Page %d of %d",
	FooterVersion:  "Version %d, %s",
	FooterDate:     "Updated %s",
	Intro: "This is the company's record of processing activities under Article 30(1) of the General Data Protection Regulation. " +
		"Each register is one processing activity. The record is kept up to date and shown to the Office of the Data Protection Ombudsman on request.",
	Exemption: "A company with fewer than 250 staff may go without a record only if its processing is occasional, poses no risk to people's rights " +
		"and includes no special categories of data or data on criminal offences (Article 30(5)). " +
		"Customer and staff data is processed regularly, so in practice almost every company keeps a record.",
	Keeping:         "The record is kept in writing; electronic form is enough.",
	ProcessorIntro:  "This is the company's record of the processing it carries out on behalf of its customers as a processor (Article 30(2) of the General Data Protection Regulation).",
	Missing:         "[not recorded]",
	ControllerTitle: "Controller and contact details (Article 30(1)(a))",
	ActivityTitle:   "Processing activity",
	NameL:           "Name", BusinessIDL: "Business ID", AddressL: "Address", EmailL: "Email", PhoneL: "Phone",
	ContactL: "Contact person", DPOL: "Data protection officer", NoDPO: "Not appointed",
	PurposesL: "Purposes of the processing", BasisL: "legal basis", Article: "Article",
	SubjectsL: "Categories of data subjects", DataL: "Categories of personal data", SpecialL: "special category of personal data",
	PIC:         "Personal identity code",
	RecipientsL: "Categories of recipients", ProcessorRole: "processor", ThirdCountry: "outside the EU/EEA",
	TransfersL: "Transfers outside the EU/EEA", NoTransfers: "The data is not transferred outside the EU/EEA.",
	RecipientL: "Recipient", CountryL: "Country", SafeguardL: "Safeguard",
	RetentionL: "Time limits for erasure", SecurityL: "Technical and organisational security measures", ManualL: "Paper material",
	ProcessorL: "Processor and contact details", ControllersL: "Controllers on whose behalf we process",
	ControllersNote: "Each customer's name and contact details are in the contract with that customer and in the customer register.",
	ServiceL:        "Service", CustomersL: "Customers (category of controllers)", ProcessingL: "Categories of processing",
	SubjectMatterL: "Subject matter", NatureL: "Nature and purpose of the processing", DurationL: "Duration",
	NotProcessor: "According to the answers, the company does not process personal data on behalf of its customers, so no processor's record is needed.",
}
