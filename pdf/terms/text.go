package terms

import "tietosuojapakki/data/vocab"

// texts holds every sentence and label of the processor terms and the
// practices page in one language. Format verbs (%s, %d) must appear in the
// same order in every language; text_test.go checks that, and that no field
// is left empty.
type texts struct {
	// Document frame.
	Title          string
	PracticesTitle string
	Draft          string // watermark
	PageLabel      string // page %d of %d
	Version        string // footer: %s date
	Subject        string
	Keywords       string
	PSubject       string
	PKeywords      string
	Intro          string // %s organisation, %s service
	VersionLine    string // %s date

	// 1 Purpose, scope and roles.
	ScopeTitle       string
	Scope            string
	ScopeArt28       string
	RolesWe          string // %s organisation
	RolesYou         string
	ControllerDuties string
	Customers        string // %s who the customers are
	Definitions      string
	Precedence       string

	// 2 Description of the processing.
	DescriptionTitle     string
	Description          string
	DescriptionNoPurpose string

	// 3 Our obligations.
	ObligationsTitle     string
	InstructionsTitle    string
	Instructions         string
	InstructionsLaw      string
	InstructionsInfringe string
	PurposeTitle         string
	Purpose              string
	PurposeRest          string
	PurposePlain         string
	DurationTitle        string
	Duration             string // %s duration
	DurationDefault      string
	ConfidentialityTitle string
	Confidentiality      string
	SecurityTitle        string
	Security             string
	SpecialTitle         string
	SpecialYes           string
	SpecialDetails       string // %s details
	SpecialSafeguards    string // %s the user's safeguards
	SpecialNo            string
	AuditTitle           string
	AuditInfo            string
	AuditDays            string // %s: daysAhead
	AuditReasonable      string
	SubTitle             string
	SubGeneral           string // %s notice period phrase
	NoticeDays           string // %s: daysAhead
	NoticeReasonable     string
	SubObject            string
	SubTerminate         string
	SubSpecific          string
	SubFlowDown          string
	TransfersTitle       string
	Transfers            string
	TransferBasis        string // %s safeguard
	SubOutside           string

	// 4 Assistance.
	AssistTitle   string
	RequestsTitle string
	Requests      string
	RequestsHelp  string
	HelpTitle     string
	Help          string
	HelpItems     [4]string

	// 5 Personal data breach.
	BreachTitle    string
	BreachHours    string // %s: hoursWithin
	BreachNoHours  string
	BreachContents string
	BreachItems    [5]string
	BreachPhases   string
	BreachAssist   string

	// 6 End of the service.
	EndTitle        string
	EndReturnChoice string // before a deletion: the controller may take the data back
	EndDelete       string // %s period phrase
	EndReturn       string // %s period phrase
	EndDeleteChoice string // after a return: the controller may ask for deletion only
	EndDays         string // %s: daysWithin
	EndReasonable   string
	EndLaw          string
	EndConfirm      string

	// 7 Liability.
	LiabilityTitle        string
	LiabilityOwn          string
	LiabilityCap          string // %s cap
	LiabilityIntent       string
	LiabilityNoCap        string
	LiabilityDataSubjects string

	// 8 Term, law and contacts.
	FinalTitle             string
	Term                   string
	Changes                string
	NonCompliance          string
	NonComplianceTerminate string
	LawLabel               string
	CourtLabel             string
	Disputes               string
	ContactsIntro          string
	SupportEmail           string
	SupportPhone           string

	// Signatures or electronic acceptance.
	SignTitle      string
	AcceptTitle    string
	Electronic     string // %s service, %s date
	SignIntro      string // %s date
	SignProcessor  string // %s organisation
	SignCustomer   string
	PlaceDate      string
	SignatureLabel string
	NameLabel      string
	PositionLabel  string

	// Annexes.
	Annex                string // %d number, %s title
	PartiesTitle         string
	ProcessorHeading     string
	CustomerHeading      string
	NameL                string
	BusinessIDL          string
	AddressL             string
	EmailL               string
	PhoneL               string
	WebsiteL             string
	ContactL             string
	CustomerAsAgreed     string
	ProcessingTitle      string
	ServiceL             string
	SubjectsL            string
	CategoriesL          string
	SpecialL             string
	SpecialYesShort      string
	SpecialSafeguardsRef string
	SpecialNoShort       string
	NatureL              string
	SubjectMatterL       string
	DurationL            string
	WhereL               string
	WhereSubs            string
	NotGiven             string
	NotGivenDraft        string // placeholder in drafts for a row left out of the final version
	MeasuresTitle        string
	MeasuresIntro        string
	MeasureCol           string
	MeaningCol           string
	MeasuresOther        string // %s other measures
	MeasuresNone         string
	SubsTitle            string
	SubsIntro            string
	SubsNone             string
	SubCols              [4]string
	EEA                  string

	// Practices page.
	PVersion        string // %s date
	PWhoTitle       string
	PWho            string // %s service, %s organisation
	PRolesTitle     string
	PControllers    string // %s who the customers are
	PControllersAny string
	PRequests       string
	PProcessorTitle string
	PProcessor      string
	PNoSale         string
	PWhereTitle     string
	PSubsIntro      string
	PSecurityTitle  string
	PSecurityIntro  string
	PBreach         string // %s: hoursWithin
	POwnTitle       string
	POwnRegister    string // %s register name
	POwnGeneral     string
	POwnNotice      string
	PNoticeAt       string // %s web site
	PContactTitle   string
	PContact        string
	PTermsAvailable string
	PrivacyContactL string
}

// textsFor returns the texts of lang; Finnish for any other value.
func textsFor(lang string) *texts {
	return [3]*texts{&textFI, &textSV, &textEN}[vocab.Column(lang)]
}

// normLang returns lang when it is one of the document languages, else "fi".
func normLang(lang string) string {
	return string(vocab.LangOf(lang))
}
