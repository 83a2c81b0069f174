package letters

import (
	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
)

// texts holds every sentence of the letters in one language. %s verbs
// appear in the same order in every language.
type texts struct {
	Titles                                 map[Kind]string
	Reference                              string // %s reference
	PageLabel                              string
	FromL, ToL, DateL, RefL                string
	AckReceived                            string // %s received, %s rights
	AckDue, AckIdentity, AckNext, Free     string // AckDue: %s due date
	ExtReceived, ExtReason, ExtDue, ExtLaw string // %s received; %s reason; %s due
	AnswerIntro, OutcomeL                  string // %s received, %s rights
	RightDone                              map[data.Right]string
	Art19, NoRecipients                    string
	RefusalIntro, ReasonL, DetailsL        string // %s received, %s rights
	RemediesTitle, AnswerRemedy            string
	RefusalRemedy, Court                   string
	AuthorityL, VisitL, PostL, PhoneL      string
	EmailL, WebL                           string
	ContactTitle, Questions, Regards       string // Questions: %s contact
	SignatureL, NameL                      string
	RegisterTitle                          string // %s register
	PurposesL, BasisL, CategoriesL         string
	RecipientsL, RetentionL, SourcesL      string
	AutomatedL, NoAutomated, OutsideEEA    string
	Public, RightsTitle, OtherRights       string
	CopyTitle, Copy, CopyPlace             string
}

func textsFor(lang string) *texts { return &all[vocab.Column(lang)] }

var all = [3]texts{fi, sv, en}

var fi = texts{
	Titles: map[Kind]string{
		Ack: "Vahvistus pyynnön vastaanottamisesta", Extension: "Ilmoitus vastausajan jatkamisesta",
		Answer: "Vastaus pyyntöösi", Refusal: "Päätös: pyyntöön ei suostuta",
	},
	Reference: "Viite %s", PageLabel: "Sivu %d / %d",
	FromL: "Lähettäjä", ToL: "Vastaanottaja", DateL: "Päiväys", RefL: "Viitteemme",
	AckReceived: "Saimme pyyntösi %s. Pyyntö koskee seuraavia oikeuksia: %s.",
	AckDue:      "Vastaamme viimeistään %s. Tämä on kuukausi pyynnön saapumisesta (tietosuoja-asetuksen 12 artiklan 3 kohta).",
	AckIdentity: "Jotta tiedot eivät päädy väärälle henkilölle, saatamme pyytää sinua vahvistamaan henkilöllisyytesi (12 artiklan 6 kohta). Kerromme silloin, miten se tehdään.",
	AckNext:     "Käsittelemme pyyntösi ja vastaamme sinulle kirjallisesti. Jos pyyntö on monimutkainen tai pyyntöjä on paljon, voimme jatkaa aikaa kahdella kuukaudella; kerromme siitä ja syistä ensimmäisen kuukauden aikana.",
	Free:        "Pyynnön käsittely on maksutonta.",
	ExtReceived: "Saimme pyyntösi %s.",
	ExtReason:   "Tarvitsemme vastaamiseen lisäaikaa. Syy: %s.",
	ExtDue:      "Vastaamme viimeistään %s.",
	ExtLaw:      "Tietosuoja-asetuksen 12 artiklan 3 kohdan mukaan vastausaikaa voidaan jatkaa enintään kahdella kuukaudella, kun pyyntö on monimutkainen tai pyyntöjä on paljon.",
	AnswerIntro: "Olemme käsitelleet %s saapuneen pyyntösi, joka koski seuraavia oikeuksia: %s.",
	OutcomeL:    "Mitä teimme",
	RightDone: map[data.Right]string{
		data.RightRectification:   "Olemme korjanneet tai täydentäneet tietosi pyyntösi mukaisesti.",
		data.RightErasure:         "Olemme poistaneet tietosi pyyntösi mukaisesti, lukuun ottamatta tietoja, jotka laki velvoittaa säilyttämään.",
		data.RightRestriction:     "Olemme rajoittaneet tietojesi käsittelyä: säilytämme ne, mutta emme muuten käsittele niitä ilman suostumustasi.",
		data.RightPortability:     "Toimitamme sinulle antamasi tiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa (20 artikla).",
		data.RightObjection:       "Olemme käsitelleet vastustamisesi. Suoramarkkinointiin tietojasi ei enää käytetä (21 artikla).",
		data.RightWithdrawConsent: "Suostumuksesi on peruttu. Emme enää käsittele tietojasi sen perusteella; aiempi käsittely pysyy lainmukaisena (7 artiklan 3 kohta).",
	},
	Art19:        "Olemme ilmoittaneet muutoksesta niille, joille tietojasi on luovutettu (19 artikla). Voit pyytää tiedon siitä, keitä he ovat:",
	NoRecipients: "Tietojasi ei ole luovutettu muille, joten muutoksesta ei ole tarvinnut ilmoittaa eteenpäin (19 artikla).",
	RefusalIntro: "Olemme käsitelleet %s saapuneen pyyntösi, joka koski seuraavia oikeuksia: %s. Emme voi suostua pyyntöön.",
	ReasonL:      "Syy", DetailsL: "Perustelut",
	RemediesTitle: "Oikeussuojakeinot",
	AnswerRemedy:  "Jos olet tyytymätön vastaukseen, voit tehdä valituksen valvontaviranomaiselle (77 artikla).",
	RefusalRemedy: "Voit tehdä tästä päätöksestä valituksen valvontaviranomaiselle (12 artiklan 4 kohta ja 77 artikla).",
	Court:         "Voit myös viedä asian tuomioistuimeen (79 artikla).",
	AuthorityL:    "Viranomainen", VisitL: "Käyntiosoite", PostL: "Postiosoite", PhoneL: "Vaihde", EmailL: "Sähköposti", WebL: "Verkkosivut",
	ContactTitle: "Yhteystiedot", Questions: "Jos sinulla on kysyttävää, ota yhteyttä: %s.", Regards: "Ystävällisin terveisin",
	SignatureL: "Allekirjoitus", NameL: "Nimi",
	RegisterTitle: "Tietosi: %s",
	PurposesL:     "Miksi käsittelemme tietoja", BasisL: "oikeusperuste", CategoriesL: "Mitä tietoja käsittelemme",
	RecipientsL: "Keille tietoja luovutetaan", RetentionL: "Kuinka kauan tietoja säilytetään", SourcesL: "Mistä tiedot saadaan",
	AutomatedL: "Automaattiset päätökset", NoAutomated: "Emme tee sinusta 22 artiklassa tarkoitettuja pelkästään automaattisia päätöksiä.",
	OutsideEEA: "EU/ETA-alueen ulkopuolella", Public: "julkinen lähde",
	RightsTitle: "Muut oikeutesi",
	OtherRights: "Voit pyytää tietojesi oikaisua tai poistamista tai niiden käsittelyn rajoittamista ja vastustaa käsittelyä. Voit myös tehdä valituksen valvontaviranomaiselle",
	CopyTitle:   "Kopio tiedoistasi",
	Copy:        "Liitteenä on kopio henkilötiedoistasi (15 artiklan 3 kohta).",
	CopyPlace:   "[Liitä tähän kopio tiedoista ennen lähettämistä.]",
}

var sv = texts{
	Titles: map[Kind]string{
		Ack: "Bekräftelse på mottagen begäran", Extension: "Meddelande om förlängd svarstid",
		Answer: "Svar på din begäran", Refusal: "Beslut: begäran avslås",
	},
	Reference: "Referens %s", PageLabel: "Sida %d av %d",
	FromL: "Avsändare", ToL: "Mottagare", DateL: "Datum", RefL: "Vår referens",
	AckReceived: "Vi fick din begäran %s. Den gäller följande rättigheter: %s.",
	AckDue:      "Vi svarar senast %s. Det är en månad från att begäran kom in (artikel 12.3 i dataskyddsförordningen).",
	AckIdentity: "För att uppgifterna inte ska hamna hos fel person kan vi be dig bekräfta din identitet (artikel 12.6). Vi berättar då hur det går till.",
	AckNext:     "Vi behandlar din begäran och svarar skriftligt. Om begäran är komplicerad eller om det finns många begäranden kan vi förlänga tiden med två månader; vi meddelar det och skälen inom den första månaden.",
	Free:        "Behandlingen av begäran är avgiftsfri.",
	ExtReceived: "Vi fick din begäran %s.",
	ExtReason:   "Vi behöver mer tid för att svara. Skäl: %s.",
	ExtDue:      "Vi svarar senast %s.",
	ExtLaw:      "Enligt artikel 12.3 i dataskyddsförordningen kan svarstiden förlängas med högst två månader om begäran är komplicerad eller om det finns många begäranden.",
	AnswerIntro: "Vi har behandlat din begäran som kom in %s och gällde följande rättigheter: %s.",
	OutcomeL:    "Vad vi gjorde",
	RightDone: map[data.Right]string{
		data.RightRectification:   "Vi har rättat eller kompletterat dina uppgifter enligt din begäran.",
		data.RightErasure:         "Vi har raderat dina uppgifter enligt din begäran, utom uppgifter som vi enligt lag måste spara.",
		data.RightRestriction:     "Vi har begränsat behandlingen av dina uppgifter: vi sparar dem men behandlar dem inte på annat sätt utan ditt samtycke.",
		data.RightPortability:     "Vi ger dig de uppgifter du lämnat i ett strukturerat, allmänt använt och maskinläsbart format (artikel 20).",
		data.RightObjection:       "Vi har behandlat din invändning. Dina uppgifter används inte längre för direktmarknadsföring (artikel 21).",
		data.RightWithdrawConsent: "Ditt samtycke är återkallat. Vi behandlar inte längre dina uppgifter på den grunden; tidigare behandling förblir laglig (artikel 7.3).",
	},
	Art19:        "Vi har meddelat ändringen till dem som dina uppgifter har lämnats ut till (artikel 19). Du kan be att få veta vilka de är:",
	NoRecipients: "Dina uppgifter har inte lämnats ut till andra, så ändringen har inte behövt meddelas vidare (artikel 19).",
	RefusalIntro: "Vi har behandlat din begäran som kom in %s och gällde följande rättigheter: %s. Vi kan inte tillmötesgå begäran.",
	ReasonL:      "Skäl", DetailsL: "Motivering",
	RemediesTitle: "Rättsmedel",
	AnswerRemedy:  "Om du inte är nöjd med svaret kan du lämna ett klagomål till tillsynsmyndigheten (artikel 77).",
	RefusalRemedy: "Du kan lämna ett klagomål över detta beslut till tillsynsmyndigheten (artikel 12.4 och 77).",
	Court:         "Du kan också föra saken till domstol (artikel 79).",
	AuthorityL:    "Myndighet", VisitL: "Besöksadress", PostL: "Postadress", PhoneL: "Växel", EmailL: "E-post", WebL: "Webbplats",
	ContactTitle: "Kontaktuppgifter", Questions: "Om du har frågor, kontakta: %s.", Regards: "Med vänliga hälsningar",
	SignatureL: "Underskrift", NameL: "Namn",
	RegisterTitle: "Dina uppgifter: %s",
	PurposesL:     "Varför vi behandlar uppgifterna", BasisL: "rättslig grund", CategoriesL: "Vilka uppgifter vi behandlar",
	RecipientsL: "Till vem uppgifterna lämnas ut", RetentionL: "Hur länge uppgifterna sparas", SourcesL: "Varifrån uppgifterna kommer",
	AutomatedL: "Automatiserade beslut", NoAutomated: "Vi fattar inga sådana enbart automatiserade beslut om dig som avses i artikel 22.",
	OutsideEEA: "utanför EU/EES", Public: "offentlig källa",
	RightsTitle: "Dina övriga rättigheter",
	OtherRights: "Du kan begära rättelse eller radering av dina uppgifter eller begränsning av behandlingen och invända mot behandlingen. Du kan också lämna ett klagomål till tillsynsmyndigheten",
	CopyTitle:   "Kopia av dina uppgifter",
	Copy:        "En kopia av dina personuppgifter bifogas (artikel 15.3).",
	CopyPlace:   "[Bifoga kopian av uppgifterna här innan brevet skickas.]",
}

var en = texts{
	Titles: map[Kind]string{
		Ack: "We have received your request", Extension: "We need more time to answer",
		Answer: "Our answer to your request", Refusal: "Decision: we cannot grant your request",
	},
	Reference: "Reference %s", PageLabel: "Page %d of %d",
	FromL: "From", ToL: "To", DateL: "Date", RefL: "Our reference",
	AckReceived: "We received your request on %s. It concerns these rights: %s.",
	AckDue:      "We will answer by %s at the latest: one month from when your request arrived (Article 12(3) of the General Data Protection Regulation).",
	AckIdentity: "So that your data does not reach the wrong person, we may ask you to confirm your identity (Article 12(6)). We will then tell you how.",
	AckNext:     "We are handling your request and will answer in writing. If the request is complex or we receive many, we may extend the time by two months; we will tell you so, with the reasons, within the first month.",
	Free:        "Handling your request is free of charge.",
	ExtReceived: "We received your request on %s.",
	ExtReason:   "We need more time to answer. The reason: %s.",
	ExtDue:      "We will answer by %s at the latest.",
	ExtLaw:      "Under Article 12(3) of the General Data Protection Regulation the time to answer may be extended by up to two months where a request is complex or there are many requests.",
	AnswerIntro: "We have handled your request of %s, which concerned these rights: %s.",
	OutcomeL:    "What we did",
	RightDone: map[data.Right]string{
		data.RightRectification:   "We have corrected or completed your data as you asked.",
		data.RightErasure:         "We have erased your data as you asked, except data that the law requires us to keep.",
		data.RightRestriction:     "We have restricted the processing of your data: we keep it but do not otherwise process it without your consent.",
		data.RightPortability:     "We provide the data you gave us in a structured, commonly used and machine-readable format (Article 20).",
		data.RightObjection:       "We have handled your objection. Your data is no longer used for direct marketing (Article 21).",
		data.RightWithdrawConsent: "Your consent is withdrawn. We no longer process your data on that basis; processing before the withdrawal remains lawful (Article 7(3)).",
	},
	Art19:        "We have told those to whom your data was disclosed of the change (Article 19). You may ask who they are:",
	NoRecipients: "Your data has not been disclosed to anyone else, so there was no one to tell of the change (Article 19).",
	RefusalIntro: "We have handled your request of %s, which concerned these rights: %s. We cannot grant it.",
	ReasonL:      "Reason", DetailsL: "Grounds",
	RemediesTitle: "Your remedies",
	AnswerRemedy:  "If you are not satisfied with our answer, you may lodge a complaint with the supervisory authority (Article 77).",
	RefusalRemedy: "You may lodge a complaint about this decision with the supervisory authority (Articles 12(4) and 77).",
	Court:         "You may also take the matter to court (Article 79).",
	AuthorityL:    "Authority", VisitL: "Visiting address", PostL: "Postal address", PhoneL: "Switchboard", EmailL: "Email", WebL: "Web site",
	ContactTitle: "Contact", Questions: "If you have questions, please contact: %s.", Regards: "Kind regards",
	SignatureL: "Signature", NameL: "Name",
	RegisterTitle: "Your data: %s",
	PurposesL:     "Why we process the data", BasisL: "legal basis", CategoriesL: "What data we process",
	RecipientsL: "Who receives the data", RetentionL: "How long we keep the data", SourcesL: "Where the data comes from",
	AutomatedL: "Automated decisions", NoAutomated: "We make no decisions about you based solely on automated processing within the meaning of Article 22.",
	OutsideEEA: "outside the EU/EEA", Public: "public source",
	RightsTitle: "Your other rights",
	OtherRights: "You may ask us to rectify or erase your data or to restrict its processing, and you may object to the processing. You may also lodge a complaint with the supervisory authority",
	CopyTitle:   "A copy of your data",
	Copy:        "A copy of your personal data is enclosed (Article 15(3)).",
	CopyPlace:   "[Enclose the copy of the data here before sending.]",
}
