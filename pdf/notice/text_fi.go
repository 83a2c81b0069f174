package notice

import (
	"fmt"
	"time"

	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// textFI is the notice in Finnish, the primary language.
var textFI = texts{
	Title:     "Tietosuojaseloste",
	Watermark: "LUONNOS",
	PageLabel: "Sivu %d / %d",
	Keywords:  "tietosuojaseloste, tietosuoja, GDPR",
	Missing:   func(what string) string { return "[puuttuu: " + what + "]" },
	Subject: func(company string) string {
		if company == "" {
			return "Miten käsittelemme henkilötietoja"
		}
		return "Miten " + company + " käsittelee henkilötietoja"
	},
	Footer: func(version int, updated string) string {
		if version > 0 {
			return fmt.Sprintf("Versio %d · päivitetty %s", version, updated)
		}
		return "Päivitetty " + updated
	},
	Intro: func(company string) string {
		who := "Kerromme tässä selosteessa"
		if company != "" {
			who = company + " kertoo tässä selosteessa"
		}
		return who + ", mitä henkilötietoja sinusta käsitellään, mihin ja millä perusteella, " +
			"mistä tiedot saadaan, kenelle niitä luovutetaan ja miten voit käyttää oikeuksiasi."
	},
	Date: func(t time.Time) string { return doc.FormatDate(t, "fi") },

	SecController:      "Rekisterinpitäjä ja yhteystiedot",
	RegisterName:       "Rekisteri",
	RegisterNames:      "Rekisterit",
	RegisterRef:        func(name, section string) string { return name + " (kohta " + section + ")" },
	Controller:         "Rekisterinpitäjä",
	BusinessID:         "Y-tunnus",
	Address:            "Osoite",
	Email:              "Sähköposti",
	Phone:              "Puhelin",
	Website:            "Verkkosivut",
	Created:            "Laadittu",
	Updated:            "Päivitetty",
	Version:            "Versio",
	LawLabel:           "Säädösperusta",
	Law:                "EU:n yleinen tietosuoja-asetus (EU) 2016/679, 13 ja 14 artikla; tietosuojalaki (1050/2018)",
	SecContact:         "Yhteyshenkilö tietosuoja-asioissa",
	Name:               "Nimi",
	Position:           "Tehtävä",
	SecDPO:             "Tietosuojavastaava",
	NoDPO:              "Emme ole nimittäneet tietosuojavastaavaa. Kaikissa tietosuoja-asioissa voit ottaa yhteyttä edellä mainittuun yhteyshenkilöön.",
	SecOtherProcessors: "Muut palveluntarjoajat",
	OtherProcessors:    "Lisäksi seuraavat palveluntarjoajat käsittelevät henkilötietoja puolestamme ja vain ohjeidemme mukaan (henkilötietojen käsittelijät):",

	RegisterUnnamed: func(n int) string { return fmt.Sprintf("Rekisteri %d", n) },
	SecSubjects:     "Rekisteröidyt",
	SubjectsIntro:   "Rekisterissä on seuraavien henkilöiden tietoja:",
	SecPurposes:     "Käsittelyn tarkoitukset ja oikeusperusteet",
	PurposeCol:      "Tarkoitus",
	BasisCol:        "Oikeusperuste",
	Article:         func(art string) string { return vocab.Article(art, "fi") },
	InterestMissing: "oikeutettu etu",
	LegitimateInterest: func(purpose, interest string) string {
		return "Tarkoituksessa ”" + purpose + "” oikeutettu etumme on seuraava: " + interest + "."
	},
	ObjectLI: "Voit vastustaa oikeutettuun etuun perustuvaa käsittelyä henkilökohtaiseen tilanteeseesi liittyvällä perusteella (21 artikla). " +
		"Suoramarkkinoinnin voit kieltää milloin tahansa ilman perusteluja.",
	ConsentPointer: func(section string) string {
		return "Voit perua suostumuksesi milloin tahansa, katso kohta " + section + "."
	},
	Children: func(how string) string {
		return "Palvelua tarjotaan myös lapsille. Alle 13-vuotiaan puolesta suostumuksen antaa huoltaja (tietosuojalaki 5 §). " + how
	},
	LawMissing:         "laki, johon velvoite perustuu",
	SecRequirement:     "Onko tietojen antaminen pakollista",
	ConsequenceMissing: "mitä seuraa, jos tietoja ei anneta",
	SecData:            "Käsiteltävät tiedot",
	DataIntro:          "Käsittelemme sinusta seuraavia tietoja:",
	SpecialIntro:       "Käsittelemme myös erityisiä henkilötietoja (9 artikla):",
	Special:            func(category, condition string) string { return category + ". Peruste: " + condition + "." },
	PIC: func(ground string) string {
		s := "Käsittelemme myös henkilötunnustasi tietosuojalain (1050/2018) 29 §:n nojalla."
		if ground != "" {
			s += " Peruste: " + ground + "."
		}
		return s
	},
	PICGroundMissing: "henkilötunnuksen käsittelyn peruste",
	Art9Missing:      "9 artiklan 2 kohdan peruste",
	SecSources:       "Mistä tiedot saadaan",
	SourcesIntro:     "Saamme tiedot seuraavista lähteistä:",
	PublicSource:     "julkinen lähde",
	OtherSourceCategories: func(dataSection string) string {
		return "Muualta kuin sinulta itseltäsi saamamme tiedot kuuluvat edellä kohdassa " + dataSection + " lueteltuihin tietoryhmiin."
	},
	SecRecipients:    "Kenelle tietoja luovutetaan",
	RecipientsIntro:  "Luovutamme tietoja säännöllisesti seuraaville vastaanottajille:",
	NoRecipients:     "Emme luovuta tietoja säännöllisesti muille.",
	ProcessorsIntro:  "Seuraavat palveluntarjoajat käsittelevät tietoja puolestamme ja vain meidän ohjeidemme mukaan (henkilötietojen käsittelijät).",
	ProcessorsDPA:    "Olemme tehneet jokaisen kanssa tietojenkäsittelysopimuksen.",
	ProcessorCol:     "Käsittelijä",
	ServiceCol:       "Palvelu",
	LocationCol:      "Sijainti",
	SecTransfers:     "Siirrot EU:n ja ETA:n ulkopuolelle",
	NoTransfers:      "Emme siirrä tietoja Euroopan unionin (EU) tai Euroopan talousalueen (ETA) ulkopuolelle.",
	TransfersIntro:   "Tietoja siirretään EU:n ja ETA:n ulkopuolelle seuraavasti:",
	SafeguardMissing: "siirron suojatoimi",
	Adequacy: func(article string) string {
		return "Siirto perustuu Euroopan komission päätökseen, jonka mukaan maan tietosuojan taso on riittävä (riittävyyspäätös, " + article + ")."
	},
	AdequacyDPF: func(article string) string {
		return "Siirto perustuu Euroopan komission riittävyyspäätökseen EU:n ja Yhdysvaltojen tietosuojakehyksestä (Data Privacy Framework, " + article + "). " +
			"Vastaanottaja ilmoittaa olevansa sertifioitu kehykseen; sertifioinnin voi tarkistaa Yhdysvaltojen kauppaministeriön luettelosta (dataprivacyframework.gov)."
	},
	Safeguard: func(label, article string) string {
		if article == "" {
			return "Suojatoimi: " + label + "."
		}
		return "Suojatoimi: " + label + " (" + article + ")."
	},
	CopyFrom: func(where string) string { return "Kopion suojatoimesta saat pyytämällä osoitteesta " + where + "." },
	Derogation: func(article, where string) string {
		s := "Siirto perustuu erityistilanteita koskevaan poikkeukseen (" + article + "). Kerromme pyynnöstä, mitä poikkeusta siirtoon sovelletaan."
		if where != "" {
			s += " Kysy osoitteesta " + where + "."
		}
		return s
	},
	DerogationPoint: func(point, article string) string {
		return "Siirto perustuu erityistilanteita koskevaan poikkeukseen: " + point + " (" + article + ")."
	},
	RoleController: func(contact string) string {
		if contact == "" {
			return "itsenäinen rekisterinpitäjä"
		}
		return "itsenäinen rekisterinpitäjä, lisätietoja: " + contact
	},
	RoleJoint: func(arrangement string) string {
		return "yhteisrekisterinpitäjä (26 artikla); järjestelyn pääkohdat: " + arrangement
	},
	SourceCategories: func(source, categories string) string { return source + ": " + categories },
	ToldWhen:         "Kun saamme tietojasi muualta kuin sinulta, kerromme siitä sinulle kohtuullisessa ajassa, viimeistään kuukauden kuluessa, tai viimeistään silloin, kun otamme sinuun ensimmäisen kerran yhteyttä tai luovutamme tietoja eteenpäin (14 artiklan 3 kohta).",
	CountryMissing:   "maa",

	SecRetention:           "Kuinka kauan tietoja säilytetään",
	DataCol:                "Tiedot",
	PeriodCol:              "Säilytysaika",
	GroundCol:              "Peruste",
	RetentionEnd:           "Kun säilytysaika päättyy, poistamme tiedot tai anonymisoimme ne niin, ettei sinua voi enää tunnistaa niistä.",
	SecAutomated:           "Automaattiset päätökset ja profilointi",
	NoAutomated:            "Emme tee sinua koskevia päätöksiä pelkästään automaattisesti (22 artikla).",
	AutomatedUsed:          "Teemme sinua koskevia päätöksiä pelkästään automaattisesti (22 artikla).",
	NoAutomatedNoProfiling: "Emme tee sinua koskevia päätöksiä pelkästään automaattisesti (22 artikla) emmekä profiloi sinua.",
	Profiling: func(what string) string {
		return "Profiloimme sinua eli arvioimme tietojesi perusteella sinua koskevia ominaisuuksia (4 artiklan 4 kohta): " + what
	},
	ProfilingMissing:    "mitä profilointi on ja mihin sitä käytetään",
	ProfilingObject:     "Voit vastustaa profilointia (21 artikla). Suoramarkkinointia varten tehtävä profilointi lopetetaan aina, kun vastustat sitä.",
	LogicMissing:        "automaattisen päätöksenteon logiikka",
	AutomatedLogic:      func(logic string) string { return "Näin se toimii: " + logic },
	ConsequencesMissing: "automaattisen päätöksenteon merkitys sinulle",
	AutomatedConsequences: func(consequences string) string {
		return "Mitä se merkitsee sinulle: " + consequences
	},
	AutomatedHuman: "Voit pyytää, että ihminen käsittelee päätöksen uudelleen, kertoa oman näkemyksesi ja riitauttaa päätöksen.",
	SecSecurity:    "Tietojen suojaaminen",
	MeasuresIntro:  "Sähköisesti käsiteltävät tiedot suojaamme näin:",
	Manual:         func(text string) string { return "Manuaalinen aineisto: " + text },
	SharedSecurity: "Kaikki tämän selosteen rekisterit suojataan samalla tavalla.",

	SecRights: "Sinun oikeutesi",
	RightsHowEmail: func(email string) string {
		return "Voit käyttää alla lueteltuja oikeuksiasi lähettämällä pyynnön sähköpostitse osoitteeseen " + email + "."
	},
	RightsHowPostAlso: func(address string) string {
		return "Voit lähettää pyynnön myös kirjeenä osoitteeseen " + address + "."
	},
	RightsHowPost: func(address string) string {
		return "Voit käyttää alla lueteltuja oikeuksiasi lähettämällä pyynnön kirjeenä osoitteeseen " + address + "."
	},
	RightsHowNone: "Voit käyttää alla lueteltuja oikeuksiasi ottamalla yhteyttä meihin kohdassa 1 kerrotuilla yhteystiedoilla.",
	RightsDeadline: "Vastaamme viipymättä ja viimeistään kuukauden kuluessa siitä, kun pyyntösi saapui (12 artiklan 3 kohta). " +
		"Jos pyyntö on monimutkainen tai pyyntöjä on paljon, voimme jatkaa aikaa enintään kahdella kuukaudella. " +
		"Kerromme silloin jatkosta ja sen syistä ensimmäisen kuukauden aikana.",
	RightsFree: "Oikeuksiesi käyttäminen on maksutonta. Voimme pyytää sinua todistamaan henkilöllisyytesi, jotta tietosi eivät päädy väärälle henkilölle. " +
		"Jos pyyntö on ilmeisen perusteeton tai kohtuuton, esimerkiksi toistuva, voimme periä kohtuullisen maksun tai kieltäytyä toteuttamasta sitä. " +
		"Jos emme toteuta pyyntöäsi, kerromme syyn sekä oikeutesi tehdä valitus tietosuojavaltuutetulle ja viedä asia tuomioistuimeen.",
	Access: rightText{"Voit kysyä, käsittelemmekö tietojasi, ja saada kopion kaikista tiedoista, joita meillä on sinusta.",
		"Lähetä pyyntö osoitteeseen %s."},
	Rectification: rightText{"Voit pyytää meitä korjaamaan virheelliset tietosi ja täydentämään puutteelliset.",
		"Kerro korjattava tieto osoitteeseen %s."},
	Erasure: rightText{"Voit pyytää meitä poistamaan tietosi esimerkiksi silloin, kun emme enää tarvitse niitä tai kun perut suostumuksen, johon käsittely perustui. " +
		"Tietoja, jotka laki velvoittaa säilyttämään, poistamme vasta säilytysajan päätyttyä.",
		"Lähetä poistopyyntö osoitteeseen %s."},
	Restriction: rightText{"Voit pyytää, että säilytämme tietosi mutta emme käytä niitä muuhun, esimerkiksi sillä aikaa, kun selvitämme, ovatko tiedot oikein.",
		"Lähetä pyyntö osoitteeseen %s."},
	Portability: rightText{"Kun käsittely perustuu suostumukseesi tai sopimukseen ja on automatisoitua, voit saada itse antamasi tiedot koneluettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle. " +
		"Voit myös pyytää, että siirrämme tiedot suoraan toiselle rekisterinpitäjälle, jos se on teknisesti mahdollista.",
		"Pyydä tiedot osoitteesta %s."},
	Objection: rightText{"Voit vastustaa oikeutettuun etuumme perustuvaa käsittelyä henkilökohtaiseen tilanteeseesi liittyvällä perusteella. Suoramarkkinointia voit vastustaa milloin tahansa.",
		"Ilmoita vastustuksesta osoitteeseen %s."},
	Withdraw: rightText{"Kun käsittely perustuu suostumukseesi, voit perua suostumuksen milloin tahansa. Peruminen ei vaikuta ennen sitä tehdyn käsittelyn lainmukaisuuteen.",
		"Ilmoita perumisesta osoitteeseen %s."},
	WithdrawApplies: func(purposes string) string { return "Suostumukseesi perustuu seuraava käsittely: " + purposes + "." },

	SecComplaint: "Oikeus tehdä valitus valvontaviranomaiselle",
	Complaint: "Jos katsot, että käsittelemme henkilötietojasi tietosuojasäännösten vastaisesti, voit tehdä valituksen valvontaviranomaiselle. " +
		"Suomessa se on tietosuojavaltuutettu. Voit valittaa myös siinä EU-maassa, jossa asut tai työskentelet tai jossa väitetty rikkominen tapahtui. " +
		"Toivomme, että otat ensin yhteyttä meihin, jotta voimme korjata asian.",
	AuthorityLabel:   "Viranomainen",
	VisitLabel:       "Käyntiosoite",
	PostLabel:        "Postiosoite",
	SwitchboardLabel: "Vaihde",

	SecCookies:      "Evästeet ja verkkosivujen analytiikka",
	SiteIntro:       func(url string) string { return "Tämä kohta koskee verkkosivujamme " + url + "." },
	NoCookies:       "Sivuillamme ei käytetä evästeitä.",
	NecessaryOnly:   "Käytämme vain välttämättömiä evästeitä, joita ilman sivut eivät toimi. Niihin ei tarvita suostumustasi (sähköisen viestinnän palveluista annetun lain (917/2014) 205 §).",
	BrowserChoice:   "Voit poistaa evästeet ja estää ne selaimesi asetuksista.",
	ConsentCookies:  "Käytämme evästeitä. Välttämättömiä evästeitä lukuun ottamatta tallennamme evästeitä laitteellesi ja luemme niitä vain suostumuksellasi (sähköisen viestinnän palveluista annetun lain (917/2014) 205 §).",
	Banner:          "Kysymme suostumustasi evästeilmoituksella, kun tulet sivuille ensimmäisen kerran.",
	ChangeChoice:    "Voit muuttaa valintaasi milloin tahansa sivujen evästeasetuksista. Voit myös poistaa evästeet selaimesi asetuksista.",
	WithdrawBrowser: "Voit perua evästeisiin antamasi suostumuksen milloin tahansa poistamalla evästeet selaimesi asetuksista; kysymme silloin suostumusta uudelleen.",
	CookieCols:      [5]string{"Eväste tai työkalu", "Asettaja", "Tarkoitus", "Voimassaolo", "Suostumus"},
	ConsentYes:      "Kyllä",
	ConsentNo:       "Ei, välttämätön",
	BannerMissing:   "evästesuostumuksen kysyminen (evästeilmoitus)",
	Analytics:       func(tools string) string { return "Kävijäseurantaan käytämme: " + tools + "." },
	Marketing:       func(tools string) string { return "Markkinointiin käytämme: " + tools + "." },
	NoTools:         "Emme käytä analytiikka- tai markkinointityökaluja.",

	SecRequestLog: "Oikeuksia koskevien pyyntöjen kirjaaminen",
	RequestLog:    "Kun käytät tässä selosteessa kerrottuja oikeuksiasi, kirjaamme pyyntösi: kuka sen teki, mitä pyydettiin, milloin pyyntö saapui sekä miten ja milloin siihen vastattiin.",
	RequestLogBasis: "Pyyntöjen käsittely on lakisääteinen velvoitteemme (6 artiklan 1 kohdan c alakohta): tietosuoja-asetuksen 12 ja 15–22 artikla velvoittavat meidät vastaamaan pyyntöihin. " +
		"Kirjauksen säilyttäminen vastaamisen jälkeen perustuu oikeutettuun etuumme (6 artiklan 1 kohdan f alakohta): voimme osoittaa vastanneemme ajallaan, jos asiasta tehdään valitus tai korvausvaatimus.",
	RequestLogRetention: func(months int) string {
		return fmt.Sprintf("Säilytämme kirjauksen %s pyynnön käsittelyn päättymisestä, minkä jälkeen poistamme sen.", logMonths.N(months, "fi"))
	},

	ObjectTitle:  "Oikeutesi vastustaa käsittelyä (21 artikla).",
	ObjectLIText: "Voit vastustaa oikeutettuun etuumme perustuvaa käsittelyä henkilökohtaiseen tilanteeseesi liittyvällä perusteella.",
	ObjectDMText: "Suoramarkkinointia ja siihen liittyvää profilointia voit vastustaa milloin tahansa ilman perusteluja, ja lopetamme sen silloin aina.",
	ObjectSend:   func(email string) string { return "Ilmoita vastustuksesta osoitteeseen " + email + "." },
	ObjectMore:   func(section string) string { return "Lisää kohdassa " + section + "." },
	NewPurpose:   "Jos aiomme käyttää tietojasi muuhun kuin tässä selosteessa kerrottuun tarkoitukseen, kerromme uudesta tarkoituksesta sinulle ennen kuin aloitamme (13 artiklan 3 kohta ja 14 artiklan 4 kohta).",
	SecChanges:   "Selosteen muutokset",
	UpdatePolicy: "Päivitämme selosteen aina, kun tietojen käsittely muuttuu.",
	CreatedOn:    func(date string) string { return "Seloste on laadittu " + date + "." },
	CreatedUpdated: func(created, updated string) string {
		return "Seloste on laadittu " + created + " ja päivitetty viimeksi " + updated + "."
	},
	VersionNow: func(n int) string { return fmt.Sprintf("Tämä on selosteen versio %d.", n) },
	LatestAt:   func(url string) string { return "Voimassa oleva versio on aina verkkosivuillamme " + url + "." },
	LatestAsk:  "Voimassa olevan version saat meiltä pyytämällä.",
	SecHistory: "Muutoshistoria",
	DateCol:    "Päivämäärä",
	NoteCol:    "Muutokset",

	SecSignature:  "Allekirjoitus",
	SignPlace:     "Paikka ja aika",
	SignSignature: "Allekirjoitus",
	SignName:      "Nimenselvennys",
	SignPosition:  "Asema",
}
