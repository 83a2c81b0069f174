package vocab

// LegalBases are the bases of GDPR art. 6(1), codes as data.LegalBasis.
var LegalBases = []Term{
	{Code: "consent", Article: "6(1)(a)",
		Label: Text{"Suostumus", "Samtycke", "Consent"},
		Help: Text{"Henkilö on itse antanut luvan, ja hän voi perua sen milloin tahansa.",
			"Personen har själv gett sitt samtycke och kan när som helst återkalla det.",
			"The person has agreed and can withdraw that consent at any time."}},
	{Code: "contract", Article: "6(1)(b)",
		Label: Text{"Sopimus", "Avtal", "Contract"},
		Help: Text{"Tiedot tarvitaan sopimuksen tekemiseen tai täyttämiseen henkilön kanssa.",
			"Uppgifterna behövs för att ingå eller fullgöra ett avtal med personen.",
			"The data is needed to enter into or perform a contract with the person."}},
	{Code: "legal_obligation", Article: "6(1)(c)",
		Label: Text{"Lakisääteinen velvoite", "Rättslig förpliktelse", "Legal obligation"},
		Help: Text{"Laki velvoittaa käsittelemään tiedot, esimerkiksi kirjanpitolaki.",
			"En lag kräver att uppgifterna behandlas, till exempel bokföringslagen.",
			"A law requires the processing, for example the Accounting Act."}},
	{Code: "vital_interests", Article: "6(1)(d)",
		Label: Text{"Elintärkeä etu", "Grundläggande intresse", "Vital interests"},
		Help: Text{"Käsittely on välttämätöntä jonkun hengen tai terveyden suojaamiseksi.",
			"Behandlingen är nödvändig för att skydda någons liv eller hälsa.",
			"The processing is necessary to protect someone's life or health."}},
	{Code: "public_task", Article: "6(1)(e)",
		Label: Text{"Yleinen etu tai julkinen valta", "Allmänt intresse eller myndighetsutövning", "Public task"},
		Help: Text{"Harvinainen yrityksille: tehtävä perustuu lakiin ja on yleisen edun mukainen.",
			"Ovanligt för företag: uppgiften grundar sig på lag och är av allmänt intresse.",
			"Rare for businesses: a task laid down by law in the public interest."}},
	{Code: "legitimate_interests", Article: "6(1)(f)",
		Label: Text{"Oikeutettu etu", "Berättigat intresse", "Legitimate interests"},
		Help: Text{"Yrityksellä on perusteltu tarve, joka ei syrjäytä henkilön oikeuksia. Kerro, mikä etu on.",
			"Företaget har ett befogat behov som inte väger tyngre än personens rättigheter. Beskriv intresset.",
			"The business has a genuine need that does not override the person's rights. Say what it is."}},
}

// Safeguards for transfers outside the EU/EEA (GDPR chapter V).
var Safeguards = []Term{
	{Code: "adequacy", Article: "45",
		Label: Text{"EU:n komission tietosuojan riittävyyttä koskeva päätös", "EU-kommissionens beslut om adekvat skyddsnivå", "European Commission adequacy decision"},
		Help: Text{"Komissio on todennut maan tietosuojan riittäväksi (esim. Iso-Britannia, Sveitsi, Japani).",
			"Kommissionen har funnit skyddsnivån i landet adekvat (t.ex. Storbritannien, Schweiz, Japan).",
			"The Commission has found the country's protection adequate (e.g. UK, Switzerland, Japan)."}},
	{Code: "adequacy_dpf", Article: "45",
		Label: Text{"EU:n ja Yhdysvaltojen tietosuojakehys (Data Privacy Framework)", "Ramverket för dataskydd mellan EU och USA (Data Privacy Framework)", "EU–US Data Privacy Framework"},
		Help: Text{"Vastaanottaja on sitoutunut kehykseen ja on sen listalla; riittävyyspäätös koskee vain listattuja yrityksiä.",
			"Mottagaren är certifierad enligt ramverket; beslutet gäller bara företag på listan.",
			"The US recipient is certified under the framework; the adequacy decision covers listed companies only."}},
	{Code: "scc", Article: "46(2)(c)",
		Label: Text{"EU:n komission vakiosopimuslausekkeet", "EU-kommissionens standardavtalsklausuler", "Standard contractual clauses of the European Commission"},
		Help: Text{"Vastaanottajan kanssa on tehty komission hyväksymät vakiolausekkeet.",
			"Standardavtalsklausuler som godkänts av kommissionen har ingåtts med mottagaren.",
			"The Commission's standard clauses have been signed with the recipient."}},
	{Code: "bcr", Article: "47",
		Label: Text{"Yritystä koskevat sitovat säännöt", "Bindande företagsbestämmelser", "Binding corporate rules"},
		Help: Text{"Konsernin sisäiset säännöt, jotka tietosuojaviranomainen on hyväksynyt.",
			"Koncerninterna regler som godkänts av en dataskyddsmyndighet.",
			"Group-wide rules approved by a data protection authority."}},
	{Code: "derogation", Article: "49",
		Label: Text{"Erityistilanteen poikkeus (esim. nimenomainen suostumus)", "Undantag för särskilda situationer (t.ex. uttryckligt samtycke)", "Derogation for a specific situation (e.g. explicit consent)"},
		Help: Text{"Vain satunnaisiin siirtoihin; ei sovi säännölliseen palvelun käyttöön.",
			"Endast för tillfälliga överföringar; passar inte för regelbunden användning.",
			"Only for occasional transfers; not for regular use of a service."}},
}

// SecurityMeasures are the technical and organisational measures (art. 32)
// offered in the wizard, codes as in data.SecurityMeasures.
var SecurityMeasures = []Term{
	{Code: "access_control",
		Label: Text{"Käyttöoikeuksien hallinta", "Behörighetsstyrning", "Access control"},
		Help: Text{"Kukin näkee vain ne tiedot, joita tarvitsee työssään.",
			"Var och en ser bara de uppgifter som behövs i arbetet.",
			"Everyone sees only the data they need for their work."}},
	{Code: "personal_accounts",
		Label: Text{"Henkilökohtaiset käyttäjätunnukset", "Personliga användarkonton", "Personal user accounts"},
		Help: Text{"Jokaisella on omat tunnukset; yhteisiä tunnuksia ei käytetä.",
			"Alla har egna konton; gemensamma konton används inte.",
			"Everyone has their own account; no shared accounts."}},
	{Code: "mfa",
		Label: Text{"Monivaiheinen tunnistautuminen", "Flerfaktorsautentisering", "Multi-factor authentication"},
		Help: Text{"Kirjautuminen vaatii salasanan lisäksi esimerkiksi puhelimeen tulevan koodin.",
			"Inloggning kräver utöver lösenord till exempel en kod till telefonen.",
			"Signing in needs a second factor besides the password, such as a code on a phone."}},
	{Code: "encryption_in_transit",
		Label: Text{"Salattu tiedonsiirto", "Krypterad överföring", "Encryption in transit"},
		Help: Text{"Tiedot kulkevat verkossa salattuina (esim. HTTPS/TLS).",
			"Uppgifterna överförs krypterade (t.ex. HTTPS/TLS).",
			"Data travels encrypted over networks (e.g. HTTPS/TLS)."}},
	{Code: "encryption_at_rest",
		Label: Text{"Salattu tallennus", "Krypterad lagring", "Encryption at rest"},
		Help: Text{"Tallennetut tiedot ja varmuuskopiot on salattu.",
			"Lagrade uppgifter och säkerhetskopior är krypterade.",
			"Stored data and backups are encrypted."}},
	{Code: "backups",
		Label: Text{"Varmuuskopiot ja testattu palautus", "Säkerhetskopior med testad återställning", "Backups with tested restores"},
		Help: Text{"Tiedoista otetaan säännöllisesti varmuuskopiot, ja niiden palautus testataan.",
			"Regelbundna säkerhetskopior tas och återställningen testas.",
			"Backups are taken regularly and restoring them is tested."}},
	{Code: "logging",
		Label: Text{"Käyttölokit", "Loggning", "Logging"},
		Help: Text{"Tietojen käsittelystä jää lokimerkintä, jota seurataan.",
			"Behandlingen av uppgifterna loggas och loggarna följs upp.",
			"Access to the data is logged and the logs are reviewed."}},
	{Code: "firewall",
		Label: Text{"Palomuuri", "Brandvägg", "Firewall"},
		Help: Text{"Järjestelmät on suojattu palomuurilla ulkopuolisilta yhteyksiltä.",
			"Systemen skyddas av brandvägg mot obehöriga anslutningar.",
			"Systems are protected by a firewall against unwanted connections."}},
	{Code: "malware_protection",
		Label: Text{"Haittaohjelmasuojaus", "Skydd mot skadlig kod", "Malware protection"},
		Help: Text{"Laitteissa on ajantasainen suojaus haittaohjelmia vastaan.",
			"Enheterna har uppdaterat skydd mot skadlig kod.",
			"Devices have up-to-date protection against malware."}},
	{Code: "security_updates",
		Label: Text{"Tietoturvapäivitykset", "Säkerhetsuppdateringar", "Security updates"},
		Help: Text{"Ohjelmistot ja laitteet päivitetään viipymättä.",
			"Program och enheter uppdateras utan dröjsmål.",
			"Software and devices are updated without delay."}},
	{Code: "confidentiality_agreements",
		Label: Text{"Salassapitositoumukset", "Sekretessförbindelser", "Confidentiality agreements"},
		Help: Text{"Tietoja käsittelevät ovat sitoutuneet vaitioloon.",
			"De som behandlar uppgifterna har förbundit sig till tystnadsplikt.",
			"Everyone handling the data is bound to confidentiality."}},
	{Code: "staff_vetting",
		Label: Text{"Avainhenkilöiden taustan tarkistus", "Bakgrundskontroll av nyckelpersoner", "Background checks for key staff"},
		Help: Text{"Ennen laajoja käyttöoikeuksia tarkistamme henkilön suosittelijat ja tutkinnot.",
			"Innan någon får omfattande behörigheter kontrollerar vi referenser och examina.",
			"Before anyone gets wide access, we check their references and qualifications."}},
	{Code: "staff_training",
		Label: Text{"Henkilöstön koulutus", "Utbildning av personalen", "Staff training"},
		Help: Text{"Henkilöstö tuntee tietosuojan ja tietoturvan perusasiat.",
			"Personalen känner till grunderna i dataskydd och informationssäkerhet.",
			"Staff know the basics of data protection and security."}},
	{Code: "locked_premises",
		Label: Text{"Lukitut tilat", "Låsta utrymmen", "Locked premises"},
		Help: Text{"Paperit ja laitteet säilytetään lukitussa tilassa.",
			"Papper och enheter förvaras i låsta utrymmen.",
			"Paper files and devices are kept in locked rooms."}},
	{Code: "data_minimisation",
		Label: Text{"Vain tarpeelliset tiedot", "Endast nödvändiga uppgifter", "Data minimisation"},
		Help: Text{"Kerätään vain tarpeelliset tiedot, ja vanhentuneet poistetaan.",
			"Endast nödvändiga uppgifter samlas in och föråldrade raderas.",
			"Only necessary data is collected and outdated data is deleted."}},
	{Code: "incident_procedures",
		Label: Text{"Toimintaohje tietoturvaloukkauksiin", "Rutin för personuppgiftsincidenter", "Personal data breach procedure"},
		Help: Text{"Loukkaukset tunnistetaan, kirjataan ja ilmoitetaan ohjeen mukaan.",
			"Incidenter upptäcks, dokumenteras och anmäls enligt en rutin.",
			"Breaches are detected, recorded and reported by a set procedure."}},
}

// Rights are the data subject rights, codes as data.Right.
var Rights = []Term{
	{Code: "access", Article: "15",
		Label: Text{"Oikeus saada pääsy tietoihin", "Rätt till tillgång", "Right of access"},
		Help: Text{"Henkilö haluaa tietää, mitä tietoja hänestä on, ja saada niistä kopion.",
			"Personen vill veta vilka uppgifter som finns om hen och få en kopia.",
			"The person wants to know what data you hold about them and get a copy."}},
	{Code: "rectification", Article: "16",
		Label: Text{"Oikeus tietojen oikaisemiseen", "Rätt till rättelse", "Right to rectification"},
		Help: Text{"Henkilö pyytää korjaamaan virheellisen tai täydentämään puutteellisen tiedon.",
			"Personen ber att felaktiga uppgifter rättas eller ofullständiga kompletteras.",
			"The person asks you to correct wrong data or complete missing data."}},
	{Code: "erasure", Article: "17",
		Label: Text{"Oikeus tietojen poistamiseen", "Rätt till radering", "Right to erasure"},
		Help: Text{"Henkilö pyytää poistamaan tietonsa (”poistakaa minut”).",
			"Personen ber att hens uppgifter raderas.",
			"The person asks you to delete their data (\"delete me\")."}},
	{Code: "restriction", Article: "18",
		Label: Text{"Oikeus käsittelyn rajoittamiseen", "Rätt till begränsning av behandling", "Right to restriction of processing"},
		Help: Text{"Tiedot säilytetään, mutta niitä ei käytetä, kunnes asia on selvitetty.",
			"Uppgifterna sparas men används inte medan saken utreds.",
			"The data is kept but not used while a dispute is settled."}},
	{Code: "portability", Article: "20",
		Label: Text{"Oikeus siirtää tiedot järjestelmästä toiseen", "Rätt till dataportabilitet", "Right to data portability"},
		Help: Text{"Henkilö haluaa itse antamansa tiedot koneluettavassa muodossa.",
			"Personen vill få de uppgifter hen lämnat i maskinläsbar form.",
			"The person wants the data they gave you in a machine-readable form."}},
	{Code: "objection", Article: "21",
		Label: Text{"Oikeus vastustaa käsittelyä", "Rätt att invända", "Right to object"},
		Help: Text{"Henkilö vastustaa oikeutettuun etuun perustuvaa käsittelyä tai suoramarkkinointia.",
			"Personen invänder mot behandling som grundar sig på berättigat intresse eller mot direktmarknadsföring.",
			"The person objects to processing based on legitimate interests or to direct marketing."}},
	{Code: "withdraw_consent", Article: "7(3)",
		Label: Text{"Suostumuksen peruuttaminen", "Återkallande av samtycke", "Withdrawal of consent"},
		Help: Text{"Henkilö perii takaisin antamansa suostumuksen, esimerkiksi uutiskirjeen tilauksen.",
			"Personen återkallar sitt samtycke, till exempel till ett nyhetsbrev.",
			"The person withdraws a consent, for example to a newsletter."}},
}

// Channels a request arrives through.
var Channels = []Term{
	{Code: "email", Label: Text{"Sähköposti", "E-post", "E-mail"}},
	{Code: "letter", Label: Text{"Kirje", "Brev", "Letter"}},
	{Code: "phone", Label: Text{"Puhelin", "Telefon", "Phone"}},
	{Code: "in_person", Label: Text{"Paikan päällä", "På plats", "In person"}},
	{Code: "web_form", Label: Text{"Verkkolomake", "Webbformulär", "Web form"}},
	{Code: "other", Label: Text{"Muu", "Annat", "Other"}},
}

// Statuses of a request.
var Statuses = []Term{
	{Code: "open", Label: Text{"Avoin", "Öppen", "Open"}},
	{Code: "answered", Label: Text{"Vastattu", "Besvarad", "Answered"}},
	{Code: "refused", Label: Text{"Kieltäydytty", "Avslagen", "Refused"}},
}

// RefusalReasons for refusing a request in whole or in part.
var RefusalReasons = []Term{
	{Code: "manifestly_unfounded", Article: "12(5)",
		Label: Text{"Pyyntö on ilmeisen perusteeton", "Begäran är uppenbart ogrundad", "The request is manifestly unfounded"}},
	{Code: "excessive", Article: "12(5)",
		Label: Text{"Pyyntö on kohtuuton (esim. toistuva)", "Begäran är orimlig (t.ex. upprepad)", "The request is excessive (e.g. repetitive)"}},
	{Code: "identity_not_verified", Article: "12(6)",
		Label: Text{"Henkilöllisyyttä ei voitu varmistaa", "Identiteten kunde inte bekräftas", "Identity could not be verified"}},
	{Code: "legal_retention", Article: "17(3)",
		Label: Text{"Muu laki velvoittaa säilyttämään tiedot", "En annan lag kräver att uppgifterna sparas", "Another law requires keeping the data"}},
	{Code: "other", Label: Text{"Muu syy", "Annat skäl", "Other reason"}},
}

// RequirementKinds answer art. 13(2)(e).
var RequirementKinds = []Term{
	{Code: "none",
		Label: Text{"Vapaaehtoista", "Frivilligt", "Voluntary"},
		Help:  Text{"Tietojen antaminen on vapaaehtoista.", "Det är frivilligt att lämna uppgifterna.", "Giving the data is voluntary."}},
	{Code: "contractual",
		Label: Text{"Sopimukseen perustuva vaatimus", "Avtalsenligt krav", "Contractual requirement"},
		Help:  Text{"Tiedot tarvitaan sopimuksen täyttämiseen.", "Uppgifterna behövs för att fullgöra avtalet.", "The data is needed to perform the contract."}},
	{Code: "contract_precondition",
		Label: Text{"Sopimuksen tekemisen edellytys", "Krav för att ingå avtal", "Needed to enter into a contract"},
		Help:  Text{"Ilman tietoja sopimusta ei voida tehdä.", "Utan uppgifterna kan avtal inte ingås.", "Without the data no contract can be made."}},
	{Code: "statutory",
		Label: Text{"Lakisääteinen vaatimus", "Lagstadgat krav", "Statutory requirement"},
		Help:  Text{"Laki velvoittaa antamaan tiedot.", "En lag kräver att uppgifterna lämnas.", "A law requires the data to be given."}},
}

// SpecialCategories are the categories of art. 9(1).
var SpecialCategories = []Term{
	{Code: "health", Label: Text{"Terveystiedot", "Uppgifter om hälsa", "Health data"}},
	{Code: "racial_ethnic", Label: Text{"Rotu tai etninen alkuperä", "Ras eller etniskt ursprung", "Racial or ethnic origin"}},
	{Code: "political", Label: Text{"Poliittiset mielipiteet", "Politiska åsikter", "Political opinions"}},
	{Code: "religious", Label: Text{"Uskonnollinen tai filosofinen vakaumus", "Religiös eller filosofisk övertygelse", "Religious or philosophical beliefs"}},
	{Code: "trade_union", Label: Text{"Ammattiliiton jäsenyys", "Medlemskap i fackförening", "Trade union membership"}},
	{Code: "genetic", Label: Text{"Geneettiset tiedot", "Genetiska uppgifter", "Genetic data"}},
	{Code: "biometric", Label: Text{"Biometriset tunnistetiedot", "Biometriska uppgifter för identifiering", "Biometric data for identification"}},
	{Code: "sex_life", Label: Text{"Seksuaalinen käyttäytyminen tai suuntautuminen", "Sexualliv eller sexuell läggning", "Sex life or sexual orientation"}},
}

// Art9Conditions are the conditions of art. 9(2) a business may rely on.
var Art9Conditions = []Term{
	{Code: "a", Article: "9(2)(a)", Label: Text{"Nimenomainen suostumus", "Uttryckligt samtycke", "Explicit consent"}},
	{Code: "b", Article: "9(2)(b)", Label: Text{"Työoikeuden ja sosiaaliturvan velvoitteet", "Skyldigheter inom arbetsrätt och social trygghet", "Obligations in employment and social security law"}},
	{Code: "c", Article: "9(2)(c)", Label: Text{"Elintärkeän edun suojaaminen", "Skydd av grundläggande intressen", "Protection of vital interests"}},
	{Code: "e", Article: "9(2)(e)", Label: Text{"Henkilö on itse julkistanut tiedot", "Personen har själv offentliggjort uppgifterna", "Made public by the person"}},
	{Code: "f", Article: "9(2)(f)", Label: Text{"Oikeusvaateen laatiminen, esittäminen tai puolustaminen", "Rättsliga anspråk", "Legal claims"}},
	{Code: "h", Article: "9(2)(h)", Label: Text{"Terveydenhuolto ja työterveys", "Hälso- och sjukvård samt företagshälsovård", "Health care and occupational health"}},
}

// EndOfService choices of art. 28(3)(g).
var EndOfService = []Term{
	{Code: "delete", Label: Text{"Tiedot poistetaan", "Uppgifterna raderas", "The data is deleted"}},
	{Code: "return", Label: Text{"Tiedot palautetaan asiakkaalle ja poistetaan sitten", "Uppgifterna återlämnas till kunden och raderas sedan", "The data is returned to the customer and then deleted"}},
}

// Authorisations of sub-processors (art. 28(2)).
var Authorisations = []Term{
	{Code: "general",
		Label: Text{"Yleinen lupa, muutoksista ilmoitetaan etukäteen", "Allmänt tillstånd med förhandsbesked om ändringar", "General authorisation with prior notice of changes"},
		Help: Text{"Asiakas hyväksyy alikäsittelijät yleisesti; uusista kerrotaan ennalta ja asiakas voi vastustaa.",
			"Kunden godkänner underbiträden i förväg; ändringar meddelas och kunden kan invända.",
			"The customer agrees in general; changes are notified in advance and the customer may object."}},
	{Code: "specific",
		Label: Text{"Erillinen lupa jokaiselle alikäsittelijälle", "Särskilt tillstånd för varje underbiträde", "Specific authorisation for each sub-processor"},
		Help: Text{"Jokainen uusi alikäsittelijä tarvitsee asiakkaan kirjallisen luvan.",
			"Varje nytt underbiträde kräver kundens skriftliga tillstånd.",
			"Each new sub-processor needs the customer's written approval."}},
}

// Locations of processing.
var Locations = []Term{
	{Code: "eu", Label: Text{"EU/ETA-alueella", "Inom EU/EES", "Within the EU/EEA"}},
	{Code: "third_country", Label: Text{"EU/ETA-alueen ulkopuolella", "Utanför EU/EES", "Outside the EU/EEA"}},
}

// Acceptances of the processor terms.
var Acceptances = []Term{
	{Code: "signature", Label: Text{"Allekirjoitetaan", "Undertecknas", "Signed by both parties"}},
	{Code: "electronic", Label: Text{"Hyväksytään sähköisesti palvelun käyttöönoton yhteydessä", "Godkänns elektroniskt när tjänsten tas i bruk", "Accepted electronically when the service is taken into use"}},
}

// RecipientRoles are the roles of a recipient that decides on its own
// purposes; a recipient with no role is told only by name and reason.
var RecipientRoles = []Term{
	{Code: "controller", Label: Text{"Itsenäinen rekisterinpitäjä", "Självständigt personuppgiftsansvarig", "Independent controller"},
		Help: Text{"Päättää itse, mihin se tietoja käyttää, esimerkiksi Verohallinto tai maksupalvelu.",
			"Bestämmer själv vad uppgifterna används till, till exempel Skatteförvaltningen eller en betaltjänst.",
			"Decides itself what it uses the data for, for example the Tax Administration or a payment service."}},
	{Code: "joint_controller", Article: "26", Label: Text{"Yhteisrekisterinpitäjä", "Gemensamt personuppgiftsansvarig", "Joint controller"},
		Help: Text{"Päättää käsittelystä yhdessä kanssasi, esimerkiksi mainospikselin tarjoaja.",
			"Bestämmer om behandlingen tillsammans med dig, till exempel leverantören av en annonspixel.",
			"Decides on the processing together with you, for example the provider of an ad pixel."}},
}

// Art49Points are the derogations of art. 49(1) first subparagraph, for
// occasional transfers without another safeguard.
var Art49Points = []Term{
	{Code: "a", Article: "49(1)(a)", Label: Text{"Nimenomainen suostumus riskeistä kertomisen jälkeen", "Uttryckligt samtycke efter information om riskerna", "Explicit consent after being informed of the risks"}},
	{Code: "b", Article: "49(1)(b)", Label: Text{"Sopimuksen täyttäminen rekisteröidyn kanssa", "Fullgörande av avtal med den registrerade", "Performance of a contract with the data subject"}},
	{Code: "c", Article: "49(1)(c)", Label: Text{"Rekisteröidyn edun mukainen sopimus", "Avtal i den registrerades intresse", "A contract in the data subject's interest"}},
	{Code: "d", Article: "49(1)(d)", Label: Text{"Tärkeä yleinen etu", "Viktigt allmänintresse", "Important reasons of public interest"}},
	{Code: "e", Article: "49(1)(e)", Label: Text{"Oikeusvaateen laatiminen, esittäminen tai puolustaminen", "Rättsliga anspråk", "Legal claims"}},
	{Code: "f", Article: "49(1)(f)", Label: Text{"Elintärkeiden etujen suojaaminen", "Skydd av grundläggande intressen", "Protection of vital interests"}},
	{Code: "g", Article: "49(1)(g)", Label: Text{"Siirto julkisesta rekisteristä", "Överföring från ett offentligt register", "Transfer from a public register"}},
}
