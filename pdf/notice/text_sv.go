package notice

import (
	"fmt"
	"time"

	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// textSV is the notice in Swedish.
var textSV = texts{
	Title:     "Dataskyddsbeskrivning",
	Watermark: "UTKAST",
	PageLabel: "Sida %d / %d",
	Keywords:  "dataskyddsbeskrivning, dataskydd, GDPR",
	Missing:   func(what string) string { return "[saknas: " + what + "]" },
	Subject: func(company string) string {
		if company == "" {
			return "Hur vi behandlar personuppgifter"
		}
		return "Hur " + company + " behandlar personuppgifter"
	},
	Footer: func(version int, updated string) string {
		if version > 0 {
			return fmt.Sprintf("Version %d · uppdaterad %s", version, updated)
		}
		return "Uppdaterad " + updated
	},
	Intro: func(company string) string {
		who := "I den här beskrivningen berättar vi"
		if company != "" {
			who = "I den här beskrivningen berättar " + company
		}
		return who + " vilka personuppgifter om dig som behandlas, för vilka ändamål och på vilken rättslig grund, " +
			"varifrån uppgifterna kommer, till vem de lämnas ut och hur du kan använda dina rättigheter."
	},
	Date: func(t time.Time) string { return doc.FormatDate(t, "sv") },

	SecController:      "Personuppgiftsansvarig och kontaktuppgifter",
	RegisterName:       "Register",
	RegisterNames:      "Register",
	RegisterRef:        func(name, section string) string { return name + " (punkt " + section + ")" },
	Controller:         "Personuppgiftsansvarig",
	BusinessID:         "FO-nummer",
	Address:            "Adress",
	Email:              "E-post",
	Phone:              "Telefon",
	Website:            "Webbplats",
	Created:            "Upprättad",
	Updated:            "Uppdaterad",
	Version:            "Version",
	LawLabel:           "Lagstiftning",
	Law:                "EU:s allmänna dataskyddsförordning (EU) 2016/679, artiklarna 13 och 14; dataskyddslagen (1050/2018)",
	SecContact:         "Kontaktperson i dataskyddsfrågor",
	Name:               "Namn",
	Position:           "Befattning",
	SecDPO:             "Dataskyddsombud",
	NoDPO:              "Vi har inte utsett något dataskyddsombud. I alla dataskyddsfrågor kan du kontakta kontaktpersonen ovan.",
	SecOtherProcessors: "Övriga tjänsteleverantörer",
	OtherProcessors:    "Dessutom behandlar följande tjänsteleverantörer personuppgifter för vår räkning och endast enligt våra instruktioner (personuppgiftsbiträden):",

	RegisterUnnamed: func(n int) string { return fmt.Sprintf("Register %d", n) },
	SecSubjects:     "Registrerade",
	SubjectsIntro:   "Registret innehåller uppgifter om följande personer:",
	SecPurposes:     "Ändamål och rättslig grund",
	PurposeCol:      "Ändamål",
	BasisCol:        "Rättslig grund",
	Article:         func(art string) string { return vocab.Article(art, "sv") },
	InterestMissing: "berättigat intresse",
	LegitimateInterest: func(purpose, interest string) string {
		return "För ändamålet ”" + purpose + "” är vårt berättigade intresse följande: " + interest + "."
	},
	ObjectLI: "Du kan invända mot behandling som grundar sig på berättigat intresse av skäl som gäller din personliga situation (artikel 21). " +
		"Mot direktmarknadsföring kan du invända när som helst utan att ange skäl.",
	ConsentPointer: func(section string) string {
		return "Du kan när som helst återkalla ditt samtycke, se punkt " + section + "."
	},
	Children: func(how string) string {
		return "Tjänsten erbjuds också barn. För barn under 13 år ger vårdnadshavaren samtycket (dataskyddslagen 5 §). " + how
	},
	LawMissing:         "lagen som förpliktelsen grundar sig på",
	SecRequirement:     "Måste du lämna uppgifterna",
	ConsequenceMissing: "vad som händer om uppgifterna inte lämnas",
	SecData:            "Uppgifter som behandlas",
	DataIntro:          "Vi behandlar följande uppgifter om dig:",
	SpecialIntro:       "Vi behandlar också särskilda kategorier av personuppgifter (artikel 9):",
	Special:            func(category, condition string) string { return category + ". Grund: " + condition + "." },
	PIC: func(ground string) string {
		s := "Vi behandlar också din personbeteckning med stöd av 29 § i dataskyddslagen (1050/2018)."
		if ground != "" {
			s += " Grund: " + ground + "."
		}
		return s
	},
	PICGroundMissing: "grund för att behandla personbeteckningen",
	Art9Missing:      "villkor enligt artikel 9.2",
	SecSources:       "Varifrån uppgifterna kommer",
	SourcesIntro:     "Vi får uppgifterna från följande källor:",
	PublicSource:     "offentlig källa",
	OtherSourceCategories: func(dataSection string) string {
		return "Uppgifter som vi får från andra än dig själv hör till de kategorier som anges i punkt " + dataSection + " ovan."
	},
	SecRecipients:    "Till vem uppgifterna lämnas ut",
	RecipientsIntro:  "Vi lämnar regelbundet ut uppgifter till följande mottagare:",
	NoRecipients:     "Vi lämnar inte regelbundet ut uppgifter till andra.",
	ProcessorsIntro:  "Följande tjänsteleverantörer behandlar uppgifter för vår räkning och endast enligt våra instruktioner (personuppgiftsbiträden).",
	ProcessorsDPA:    "Vi har ingått ett personuppgiftsbiträdesavtal med var och en av dem.",
	ProcessorCol:     "Personuppgiftsbiträde",
	ServiceCol:       "Tjänst",
	LocationCol:      "Plats",
	SecTransfers:     "Överföringar utanför EU och EES",
	NoTransfers:      "Vi överför inte uppgifter utanför Europeiska unionen (EU) eller Europeiska ekonomiska samarbetsområdet (EES).",
	TransfersIntro:   "Uppgifter överförs utanför EU och EES enligt följande:",
	SafeguardMissing: "skyddsåtgärd för överföringen",
	Adequacy: func(article string) string {
		return "Överföringen grundar sig på kommissionens beslut om att landet har en adekvat skyddsnivå (" + article + ")."
	},
	AdequacyDPF: func(article string) string {
		return "Överföringen grundar sig på kommissionens beslut om adekvat skyddsnivå för ramverket för dataskydd mellan EU och USA (Data Privacy Framework, " + article + "). " +
			"Mottagaren uppger att den är certifierad enligt ramverket; certifieringen kan kontrolleras i det amerikanska handelsministeriets förteckning (dataprivacyframework.gov)."
	},
	Safeguard: func(label, article string) string {
		if article == "" {
			return "Skyddsåtgärd: " + label + "."
		}
		return "Skyddsåtgärd: " + label + " (" + article + ")."
	},
	CopyFrom: func(where string) string {
		return "En kopia av skyddsåtgärden får du på begäran från " + where + "."
	},
	Derogation: func(article, where string) string {
		s := "Överföringen grundar sig på ett undantag för särskilda situationer (" + article + "). På begäran berättar vi vilket undantag som tillämpas."
		if where != "" {
			s += " Fråga oss på " + where + "."
		}
		return s
	},
	DerogationPoint: func(point, article string) string {
		return "Överföringen grundar sig på ett undantag för särskilda situationer: " + point + " (" + article + ")."
	},
	RoleController: func(contact string) string {
		if contact == "" {
			return "självständigt personuppgiftsansvarig"
		}
		return "självständigt personuppgiftsansvarig, mer information: " + contact
	},
	RoleJoint: func(arrangement string) string {
		return "gemensamt personuppgiftsansvarig (artikel 26); det väsentliga i arrangemanget: " + arrangement
	},
	SourceCategories: func(source, categories string) string { return source + ": " + categories },
	ToldWhen:         "När vi får uppgifter om dig från någon annan än dig, berättar vi det för dig inom rimlig tid, senast inom en månad, eller senast när vi första gången kontaktar dig eller lämnar ut uppgifterna vidare (artikel 14.3).",
	CountryMissing:   "land",

	SecRetention:           "Hur länge uppgifterna sparas",
	DataCol:                "Uppgifter",
	PeriodCol:              "Lagringstid",
	GroundCol:              "Grund",
	RetentionEnd:           "När lagringstiden har löpt ut raderar vi uppgifterna eller anonymiserar dem så att du inte längre kan identifieras.",
	SecAutomated:           "Automatiserade beslut och profilering",
	NoAutomated:            "Vi fattar inga beslut om dig som enbart grundar sig på automatiserad behandling (artikel 22).",
	AutomatedUsed:          "Vi fattar beslut om dig som enbart grundar sig på automatiserad behandling (artikel 22).",
	NoAutomatedNoProfiling: "Vi fattar inga beslut om dig som enbart grundar sig på automatiserad behandling (artikel 22) och vi profilerar dig inte.",
	Profiling: func(what string) string {
		return "Vi profilerar dig, det vill säga bedömer personliga egenskaper utifrån dina uppgifter (artikel 4.4): " + what
	},
	ProfilingMissing:    "vad profileringen är och vad den används till",
	ProfilingObject:     "Du kan invända mot profileringen (artikel 21). Profilering för direktmarknadsföring upphör alltid när du invänder.",
	LogicMissing:        "logiken bakom det automatiserade beslutsfattandet",
	AutomatedLogic:      func(logic string) string { return "Så här fungerar det: " + logic },
	ConsequencesMissing: "vad det automatiserade beslutsfattandet innebär för dig",
	AutomatedConsequences: func(consequences string) string {
		return "Vad det innebär för dig: " + consequences
	},
	AutomatedHuman: "Du kan begära att en människa prövar beslutet på nytt, framföra din synpunkt och bestrida beslutet.",
	SecSecurity:    "Hur uppgifterna skyddas",
	MeasuresIntro:  "Uppgifter som behandlas elektroniskt skyddar vi så här:",
	Manual:         func(text string) string { return "Manuellt material: " + text },
	SharedSecurity: "Alla register i den här beskrivningen skyddas på samma sätt.",

	SecRights: "Dina rättigheter",
	RightsHowEmail: func(email string) string {
		return "Vill du använda någon av rättigheterna nedan, skicka en begäran per e-post till " + email + "."
	},
	RightsHowPostAlso: func(address string) string { return "Du kan också skicka begäran per brev till " + address + "." },
	RightsHowPost: func(address string) string {
		return "Vill du använda någon av rättigheterna nedan, skicka en begäran per brev till " + address + "."
	},
	RightsHowNone: "Vill du använda någon av rättigheterna nedan, kontakta oss via kontaktuppgifterna i punkt 1.",
	RightsDeadline: "Vi svarar utan dröjsmål och senast en månad efter att vi tog emot din begäran (artikel 12.3). " +
		"Om begäran är komplicerad eller om vi får många begäranden kan vi förlänga tiden med högst två månader. " +
		"Då meddelar vi dig om förlängningen och skälen till den inom den första månaden.",
	RightsFree: "Det är avgiftsfritt att använda dina rättigheter. Vi kan be dig styrka din identitet så att uppgifterna inte hamnar hos fel person. " +
		"Om en begäran är uppenbart ogrundad eller orimlig, till exempel för att den upprepas, kan vi ta ut en rimlig avgift eller vägra att tillmötesgå den. " +
		"Om vi inte gör det du begär berättar vi varför och att du har rätt att lämna klagomål till dataombudsmannen och att föra talan i domstol.",
	Access: rightText{"Du kan fråga om vi behandlar uppgifter om dig och få en kopia av alla uppgifter vi har om dig.",
		"Skicka din begäran till %s."},
	Rectification: rightText{"Du kan be oss rätta felaktiga uppgifter om dig och komplettera ofullständiga.",
		"Meddela vad som ska rättas till %s."},
	Erasure: rightText{"Du kan be oss radera dina uppgifter, till exempel när vi inte längre behöver dem eller när du återkallar ett samtycke som behandlingen grundade sig på. " +
		"Uppgifter som vi enligt lag måste spara raderar vi först när lagringstiden har gått ut.",
		"Skicka din begäran om radering till %s."},
	Restriction: rightText{"Du kan begära att vi sparar dina uppgifter men inte använder dem till annat, till exempel medan vi utreder om uppgifterna är riktiga.",
		"Skicka din begäran till %s."},
	Portability: rightText{"När behandlingen grundar sig på ditt samtycke eller på ett avtal och sker automatiserat kan du få de uppgifter du själv lämnat i maskinläsbar form och överföra dem till en annan personuppgiftsansvarig. " +
		"Du kan också begära att vi överför uppgifterna direkt till en annan personuppgiftsansvarig, om det är tekniskt möjligt.",
		"Begär uppgifterna från %s."},
	Objection: rightText{"Du kan invända mot behandling som grundar sig på vårt berättigade intresse av skäl som gäller din personliga situation. Mot direktmarknadsföring kan du invända när som helst.",
		"Meddela din invändning till %s."},
	Withdraw: rightText{"När behandlingen grundar sig på ditt samtycke kan du när som helst återkalla det. Återkallandet påverkar inte lagligheten av den behandling som skett innan dess.",
		"Meddela återkallandet till %s."},
	WithdrawApplies: func(purposes string) string {
		return "Följande behandling grundar sig på ditt samtycke: " + purposes + "."
	},

	SecComplaint: "Rätt att lämna klagomål till tillsynsmyndigheten",
	Complaint: "Om du anser att vi behandlar dina personuppgifter i strid med dataskyddsbestämmelserna kan du lämna ett klagomål till tillsynsmyndigheten. " +
		"I Finland är det dataombudsmannen. Du kan också klaga i det EU-land där du bor eller arbetar eller där den påstådda överträdelsen ägde rum. " +
		"Vi hoppas att du först kontaktar oss så att vi kan rätta till saken.",
	AuthorityLabel:   "Myndighet",
	VisitLabel:       "Besöksadress",
	PostLabel:        "Postadress",
	SwitchboardLabel: "Växel",

	SecCookies:      "Kakor och webbanalys",
	SiteIntro:       func(url string) string { return "Den här punkten gäller vår webbplats " + url + "." },
	NoCookies:       "Vår webbplats använder inga kakor.",
	NecessaryOnly:   "Vi använder bara nödvändiga kakor som webbplatsen inte fungerar utan. För dem behövs inte ditt samtycke (lagen om tjänster inom elektronisk kommunikation (917/2014) 205 §).",
	BrowserChoice:   "Du kan radera och blockera kakor i webbläsarens inställningar.",
	ConsentCookies:  "Vi använder kakor. Med undantag för nödvändiga kakor sparar och läser vi kakor på din enhet bara med ditt samtycke (lagen om tjänster inom elektronisk kommunikation (917/2014) 205 §).",
	Banner:          "Vi ber om ditt samtycke i en kakbanner när du besöker webbplatsen första gången.",
	ChangeChoice:    "Du kan när som helst ändra ditt val i webbplatsens kakinställningar. Du kan också radera kakor i webbläsarens inställningar.",
	WithdrawBrowser: "Du kan när som helst återkalla ditt samtycke till kakor genom att radera kakorna i webbläsarens inställningar; vi frågar då om samtycke på nytt.",
	CookieCols:      [5]string{"Kaka eller verktyg", "Sätts av", "Ändamål", "Giltighetstid", "Samtycke"},
	ConsentYes:      "Ja",
	ConsentNo:       "Nej, nödvändig",
	BannerMissing:   "begäran om samtycke till kakor (kakbanner)",
	Analytics:       func(tools string) string { return "För besöksstatistik använder vi: " + tools + "." },
	Marketing:       func(tools string) string { return "För marknadsföring använder vi: " + tools + "." },
	NoTools:         "Vi använder inga analys- eller marknadsföringsverktyg.",

	SecRequestLog: "Registrering av begäranden om rättigheter",
	RequestLog:    "När du använder rättigheterna i den här beskrivningen registrerar vi din begäran: vem som gjorde den, vad som begärdes, när den kom in samt hur och när vi svarade.",
	RequestLogBasis: "Att hantera begäranden är en rättslig förpliktelse för oss (artikel 6.1 c): artiklarna 12 och 15–22 i dataskyddsförordningen kräver att vi besvarar dem. " +
		"Att vi sparar registreringen efter att ha svarat grundar sig på vårt berättigade intresse (artikel 6.1 f): vi kan visa att vi svarade i tid om någon lämnar klagomål eller kräver skadestånd.",
	RequestLogRetention: func(months int) string {
		return fmt.Sprintf("Vi sparar registreringen i %s efter att begäran har avslutats och raderar den sedan.", logMonths.N(months, "sv"))
	},

	ObjectTitle:  "Din rätt att invända (artikel 21).",
	ObjectLIText: "Du kan invända mot behandling som grundar sig på vårt berättigade intresse av skäl som gäller din personliga situation.",
	ObjectDMText: "Mot direktmarknadsföring och profilering för den kan du invända när som helst utan att ange skäl, och då slutar vi alltid med den.",
	ObjectSend:   func(email string) string { return "Meddela invändningen till " + email + "." },
	ObjectMore:   func(section string) string { return "Mer i punkt " + section + "." },
	NewPurpose:   "Om vi tänker använda dina uppgifter för ett annat ändamål än de som anges i denna beskrivning, berättar vi om det nya ändamålet innan vi börjar (artiklarna 13.3 och 14.4).",
	SecChanges:   "Ändringar i beskrivningen",
	UpdatePolicy: "Vi uppdaterar alltid beskrivningen när behandlingen av uppgifter ändras.",
	CreatedOn:    func(date string) string { return "Beskrivningen är upprättad " + date + "." },
	CreatedUpdated: func(created, updated string) string {
		return "Beskrivningen är upprättad " + created + " och senast uppdaterad " + updated + "."
	},
	VersionNow: func(n int) string { return fmt.Sprintf("Detta är version %d av beskrivningen.", n) },
	LatestAt:   func(url string) string { return "Den gällande versionen finns alltid på vår webbplats " + url + "." },
	LatestAsk:  "Den gällande versionen får du av oss på begäran.",
	SecHistory: "Ändringshistorik",
	DateCol:    "Datum",
	NoteCol:    "Ändringar",

	SecSignature:  "Underskrift",
	SignPlace:     "Ort och datum",
	SignSignature: "Underskrift",
	SignName:      "Namnförtydligande",
	SignPosition:  "Befattning",
}
