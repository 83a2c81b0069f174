package notice

import (
	"time"

	"tietosuojapakki/data/vocab"
)

// texts holds every sentence and label of the notice in one language. The
// three instances live in text_fi.go, text_sv.go and text_en.go; a test
// checks that none of them leaves a field empty. Vocabulary labels (legal
// bases, safeguards, measures, rights …) come from package vocab instead.
type texts struct {
	Title     string
	Watermark string
	PageLabel string
	Keywords  string
	Missing   func(what string) string // draft placeholder
	Subject   func(company string) string
	Footer    func(version int, updated string) string
	Intro     func(company string) string // company may be empty
	Date      func(time.Time) string

	// 1 Controller
	SecController, RegisterName, RegisterNames string
	RegisterRef                                func(name, section string) string
	Controller, BusinessID, Address            string
	Email, Phone, Website                      string
	Created, Updated, Version                  string
	LawLabel, Law                              string
	SecContact, Name, Position                 string
	SecDPO, NoDPO                              string
	SecOtherProcessors, OtherProcessors        string

	// 2 Register
	RegisterUnnamed                func(n int) string
	SecSubjects, SubjectsIntro     string
	SecPurposes, PurposeCol        string
	BasisCol                       string
	Article                        func(art string) string
	InterestMissing                string
	LegitimateInterest             func(purpose, interest string) string
	ObjectLI                       string
	ConsentPointer                 func(section string) string
	LawMissing                     string
	Children                       func(how string) string
	SecRequirement                 string
	ConsequenceMissing             string
	SecData, DataIntro             string
	SpecialIntro                   string
	Special                        func(category, condition string) string
	PIC                            func(ground string) string
	PICGroundMissing, Art9Missing  string
	SecSources, SourcesIntro       string
	PublicSource                   string
	OtherSourceCategories          func(dataSection string) string
	SecRecipients, RecipientsIntro string
	NoRecipients                   string
	ProcessorsIntro, ProcessorsDPA string
	ProcessorCol, ServiceCol       string
	LocationCol                    string
	SecTransfers, NoTransfers      string
	TransfersIntro                 string
	SafeguardMissing               string
	Adequacy, AdequacyDPF          func(article string) string
	Safeguard                      func(label, article string) string
	CopyFrom                       func(where string) string
	Derogation                     func(article, where string) string
	CountryMissing                 string
	DerogationPoint                func(point, article string) string
	RoleController                 func(contact string) string
	RoleJoint                      func(arrangement string) string
	SourceCategories               func(source, categories string) string
	ToldWhen                       string
	SecRetention, DataCol          string
	PeriodCol, GroundCol           string
	RetentionEnd                   string
	SecAutomated, NoAutomated      string
	AutomatedUsed                  string
	LogicMissing                   string
	AutomatedLogic                 func(logic string) string
	ConsequencesMissing            string
	AutomatedConsequences          func(consequences string) string
	AutomatedHuman                 string
	NoAutomatedNoProfiling         string
	Profiling                      func(what string) string
	ProfilingMissing               string
	ProfilingObject                string
	SecSecurity, MeasuresIntro     string
	Manual                         func(text string) string
	SharedSecurity                 string

	// 3 Rights, 4 complaint
	RightsHowEmail, RightsHowPost  func(string) string
	RightsHowPostAlso              func(address string) string
	SecRights, RightsHowNone       string
	RightsDeadline, RightsFree     string
	Access, Rectification, Erasure rightText
	Restriction, Portability       rightText
	Objection, Withdraw            rightText
	WithdrawApplies                func(purposes string) string
	SecComplaint, Complaint        string
	AuthorityLabel, VisitLabel     string
	PostLabel, SwitchboardLabel    string

	// 5 Cookies, 6 request log, 7 changes, 8 signature
	SecCookies, NoCookies        string
	SiteIntro                    func(url string) string
	NecessaryOnly, BrowserChoice string
	ConsentCookies, Banner       string
	ChangeChoice, BannerMissing  string
	WithdrawBrowser              string
	CookieCols                   [5]string
	ConsentYes, ConsentNo        string
	Analytics, Marketing         func(tools string) string
	NoTools                      string
	SecRequestLog, RequestLog    string
	RequestLogBasis              string
	RequestLogRetention          func(months int) string
	SecChanges, UpdatePolicy     string
	ObjectTitle, ObjectLIText    string
	ObjectDMText                 string
	ObjectSend, ObjectMore       func(string) string
	NewPurpose                   string
	CreatedOn                    func(date string) string
	CreatedUpdated               func(created, updated string) string
	VersionNow                   func(n int) string
	LatestAt                     func(url string) string
	LatestAsk                    string
	SecHistory, DateCol, NoteCol string
	SecSignature, SignPlace      string
	SignSignature, SignName      string
	SignPosition                 string
}

// rightText explains one right; Ask has one %s for the e-mail address.
type rightText struct{ Explain, Ask string }

// authority is the supervisory authority's contact details.
// authority is the supervisory authority's contact details in one
// language.
type authority struct{ Name, Visit, Post, Phone, Email, Web string }

// authorityOf gives the authority's contact details in lang, from the one
// place every document takes them (vocab.Authority).
func authorityOf(lang string) authority {
	a := vocab.Authority
	return authority{a.Name.In(lang), a.Visit.In(lang), a.Post.In(lang), a.Phone.In(lang), a.Email.In(lang), a.Web.In(lang)}
}

// textsFor returns the texts of lang and the language code used; anything
// but Swedish or English is Finnish, the primary language.
func textsFor(lang string) (*texts, string) {
	c := vocab.Column(lang)
	return [3]*texts{&textFI, &textSV, &textEN}[c], string(vocab.LangOf(lang))
}
