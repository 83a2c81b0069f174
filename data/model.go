// Package data holds the domain of Tietosuojapakki: an organisation's
// answers (registers, processors, web site, processor terms), the data
// subject request log, their SQLite store and the portable JSON format.
// It imports nothing else of ours, so every other package can build on it.
package data

// FileFormat and FileVersion name the portable JSON format. Version is bumped
// whenever a field changes meaning; readers refuse versions they do not know.
// Version 2 added translations; a version 1 file still imports (its texts
// are in the main document language).
const (
	FileFormat  = "tietosuojapakki/answers"
	FileVersion = 2
)

// File is one organisation's answers and request log as exported to JSON.
type File struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	Answers
	Requests []Request `json:"requests"`
	// Documents are the issued versions of the organisation's documents.
	Documents []DocumentVersion `json:"documents,omitempty"`
	// Breaches are the personal data breach log (art. 33(5)), each with
	// its history, in the order of their references.
	Breaches []Breach `json:"breaches,omitempty"`
}

// Answers is everything the wizard asks of one organisation. It is stored as
// one JSON document per organisation, so a single answer is one json_set.
type Answers struct {
	Organisation   Organisation   `json:"organisation"`
	Registers      []Register     `json:"registers"`
	Processors     []Processor    `json:"processors"`
	Website        Website        `json:"website"`
	ProcessorTerms ProcessorTerms `json:"processor_terms"`
	RequestLog     RequestLogRule `json:"request_log"`
	BreachLog      BreachLogRule  `json:"breach_log,omitzero"` // left out while not chosen
	// Translations are the free-text answers (fields tagged tr) in the
	// other document languages: language ("fi", "sv", "en") -> the answer
	// as typed in the main language -> its translation. One entry serves
	// every field with that text; see Localize.
	Translations map[string]map[string]string `json:"translations,omitempty"`
}

// Organisation is the controller: the company itself.
type Organisation struct {
	Name              string   `json:"name"`
	BusinessID        string   `json:"business_id"` // Y-tunnus
	Street            string   `json:"street"`
	PostalCode        string   `json:"postal_code"`
	City              string   `json:"city"`
	Phone             string   `json:"phone"`
	Email             string   `json:"email"`
	Website           string   `json:"website"`
	PrivacyContact    Contact  `json:"privacy_contact"`
	DPO               *Contact `json:"dpo"` // nil: no data protection officer appointed
	DocumentLanguages []string `json:"document_languages"`
	// NoticeOnWebsite: the user keeps the current notice on the web site,
	// so the notice may say so. Unset, it is not promised.
	NoticeOnWebsite bool `json:"notice_on_website,omitempty"`
}

// Contact is a person to reach about personal data.
type Contact struct {
	Name  string `json:"name"`
	Title string `json:"title,omitempty" tr:"text"`
	Email string `json:"email"`
	Phone string `json:"phone,omitempty"`
}

// LegalBasis is a lawful basis of GDPR art. 6(1).
type LegalBasis string

// The six bases of art. 6(1)(a)–(f).
const (
	BasisConsent             LegalBasis = "consent"              // (a)
	BasisContract            LegalBasis = "contract"             // (b)
	BasisLegalObligation     LegalBasis = "legal_obligation"     // (c)
	BasisVitalInterests      LegalBasis = "vital_interests"      // (d)
	BasisPublicTask          LegalBasis = "public_task"          // (e)
	BasisLegitimateInterests LegalBasis = "legitimate_interests" // (f)
)

// LegalBases lists the bases in the order of art. 6(1).
var LegalBases = []LegalBasis{BasisConsent, BasisContract, BasisLegalObligation, BasisVitalInterests, BasisPublicTask, BasisLegitimateInterests}

// Article returns the article reference of the basis, e.g. "6(1)(f)".
func (b LegalBasis) Article() string {
	for i, x := range LegalBases {
		if x == b {
			return "6(1)(" + string(rune('a'+i)) + ")"
		}
	}
	return ""
}

// Register is one set of personal data kept for related purposes
// (asiakasrekisteri, uutiskirjeen tilaajat, …).
type Register struct {
	Name                 string            `json:"name" tr:"text"`
	DataSubjects         []string          `json:"data_subjects" tr:"text"`
	Purposes             []Purpose         `json:"purposes"`
	Requirement          Requirement       `json:"requirement"`
	DataCategories       []DataCategory    `json:"data_categories"`
	SpecialCategories    []SpecialCategory `json:"special_categories"`
	PersonalIdentityCode bool              `json:"personal_identity_code"`
	// PICGround is the ground of Tietosuojalaki (1050/2018) 29 § for
	// processing henkilötunnus, required when PersonalIdentityCode is set.
	PICGround    string      `json:"personal_identity_code_ground,omitempty" tr:"text"`
	Sources      []Source    `json:"sources"`
	Recipients   []Recipient `json:"recipients"`
	ProcessorIDs []string    `json:"processor_ids"`
	Transfers    []Transfer  `json:"transfers"`
	// NoTransfersConfirmed: the user has checked that no data of the
	// register leaves the EU/EEA although it uses a service that usually
	// processes data outside it (see wizard's table of known services).
	NoTransfersConfirmed bool               `json:"no_transfers_confirmed,omitempty"`
	Retention            []RetentionRule    `json:"retention"`
	AutomatedDecisions   AutomatedDecisions `json:"automated_decisions"`
	// Children: an information-society service of the register is offered
	// directly to children; ChildConsent tells how consent is handled under
	// 13 years, when a guardian must give it (Tietosuojalaki 5 §, art. 8).
	Children     bool                `json:"offered_to_children,omitempty"`
	ChildConsent string              `json:"child_consent,omitempty" tr:"text"`
	Security     SecurityDescription `json:"security"`
}

// Purpose is why data is processed, with its legal basis.
type Purpose struct {
	Description string     `json:"description" tr:"text"`
	LegalBasis  LegalBasis `json:"legal_basis"`
	// Law names the statute for a legal obligation (art. 6(1)(c)).
	Law string `json:"law,omitempty" tr:"text"`
	// LegitimateInterest says what the interest is (art. 13(1)(d)).
	LegitimateInterest string `json:"legitimate_interest,omitempty" tr:"text"`
}

// Requirement kinds for art. 13(2)(e).
const (
	RequirementNone        = "none"
	RequirementStatutory   = "statutory"
	RequirementContractual = "contractual"
	RequirementContract    = "contract_precondition" // needed to enter into a contract
)

// Requirement says whether giving the data is statutory or contractual and
// what follows if it is not given (art. 13(2)(e)).
type Requirement struct {
	Kind        string `json:"kind"`
	Consequence string `json:"consequence,omitempty" tr:"text"`
}

// DataCategory is a kind of personal data kept in a register.
type DataCategory struct {
	Name string `json:"name" tr:"text"`
}

// SpecialCategory is data of art. 9(1) with its condition of art. 9(2).
type SpecialCategory struct {
	Category  string `json:"category"`  // e.g. "health"
	Condition string `json:"condition"` // art. 9(2) letter, e.g. "b"
	Details   string `json:"details,omitempty" tr:"text"`
}

// Source is where the data comes from (art. 14(2)(f)).
type Source struct {
	Description string `json:"description" tr:"text"`
	Public      bool   `json:"public"`
	// Categories names the kinds of data this source gives (art. 14(1)(d)),
	// as the user wrote them; empty: not told per source.
	Categories string `json:"categories,omitempty" tr:"text"`
}

// Recipient is someone data is regularly disclosed to (art. 13(1)(e)).
type Recipient struct {
	Name   string `json:"name" tr:"name"`
	Reason string `json:"reason,omitempty" tr:"text"`
	// Role is the recipient's own role: "" or RoleController (it decides
	// on its own purposes), or RoleJointController (art. 26).
	Role string `json:"role,omitempty"`
	// Contact is how to reach the recipient about the data (an address or
	// its privacy notice); Arrangement is the essence of a joint
	// controllers' arrangement (art. 26(2)).
	Contact     string `json:"contact,omitempty"`
	Arrangement string `json:"arrangement,omitempty" tr:"text"`
}

// Recipient roles.
const (
	RoleController      = "controller"       // an independent controller
	RoleJointController = "joint_controller" // art. 26
)

// Safeguards for transfers outside the EU/EEA (GDPR chapter V).
const (
	SafeguardAdequacy    = "adequacy"     // art. 45 adequacy decision
	SafeguardAdequacyDPF = "adequacy_dpf" // EU–US Data Privacy Framework
	SafeguardSCC         = "scc"          // standard contractual clauses, art. 46(2)(c)
	SafeguardBCR         = "bcr"          // binding corporate rules, art. 47
	SafeguardDerogation  = "derogation"   // art. 49
)

// Safeguards lists the known safeguard codes.
var Safeguards = []string{SafeguardAdequacy, SafeguardAdequacyDPF, SafeguardSCC, SafeguardBCR, SafeguardDerogation}

// Transfer is a transfer of the register's data outside the EU/EEA.
type Transfer struct {
	Recipient         string `json:"recipient" tr:"name"`
	Country           string `json:"country" tr:"country"`
	Safeguard         string `json:"safeguard"`
	CopyAvailableFrom string `json:"copy_available_from,omitempty" tr:"text"`
	// Derogation is the point of art. 49(1) first subparagraph ("a"–"g")
	// when Safeguard is SafeguardDerogation.
	Derogation string `json:"derogation,omitempty"`
}

// RetentionRule is how long one group of data is kept, and on what ground.
type RetentionRule struct {
	Data   string `json:"data" tr:"text"`
	Period string `json:"period" tr:"text"`
	Basis  string `json:"basis,omitempty" tr:"text"`
}

// AutomatedDecisions describes art. 22 decisions and profiling.
type AutomatedDecisions struct {
	Used         bool   `json:"used"`
	Logic        string `json:"logic,omitempty" tr:"text"`
	Consequences string `json:"consequences,omitempty" tr:"text"`
	// Profiling is asked apart from art. 22 decisions: profiling (art.
	// 4(4)) is wider, e.g. ad audiences built from a site's visitors. nil:
	// not answered, and then the notice neither states nor denies it.
	Profiling            *bool  `json:"profiling,omitempty"`
	ProfilingDescription string `json:"profiling_description,omitempty" tr:"text"`
}

// Security measure codes, shared by the notice and the processor terms.
const (
	MeasureAccessControl      = "access_control"
	MeasurePersonalAccounts   = "personal_accounts"
	MeasureMFA                = "mfa"
	MeasureEncryptionTransit  = "encryption_in_transit"
	MeasureEncryptionRest     = "encryption_at_rest"
	MeasureBackups            = "backups"
	MeasureLogging            = "logging"
	MeasureFirewall           = "firewall"
	MeasureMalwareProtection  = "malware_protection"
	MeasureConfidentiality    = "confidentiality_agreements"
	MeasureStaffVetting       = "staff_vetting"
	MeasureLockedPremises     = "locked_premises"
	MeasureUpdates            = "security_updates"
	MeasureDataMinimisation   = "data_minimisation"
	MeasureStaffTraining      = "staff_training"
	MeasureIncidentProcedures = "incident_procedures"
)

// SecurityMeasures lists the known measure codes in display order.
var SecurityMeasures = []string{
	MeasureAccessControl, MeasurePersonalAccounts, MeasureMFA, MeasureEncryptionTransit,
	MeasureEncryptionRest, MeasureBackups, MeasureLogging, MeasureFirewall,
	MeasureMalwareProtection, MeasureUpdates, MeasureConfidentiality, MeasureStaffVetting,
	MeasureStaffTraining, MeasureLockedPremises, MeasureDataMinimisation, MeasureIncidentProcedures,
}

// SecurityDescription is how a register is protected (manual material and IT).
type SecurityDescription struct {
	Manual   string   `json:"manual" tr:"text"`
	Measures []string `json:"measures"`
	Other    string   `json:"other,omitempty" tr:"text"`
}

// Processor locations.
const (
	LocationEU           = "eu" // EU/EEA
	LocationThirdCountry = "third_country"
)

// Processor is a service provider that processes data on the
// organisation's behalf (art. 28).
type Processor struct {
	ID         string `json:"id"`
	Name       string `json:"name" tr:"name"`
	BusinessID string `json:"business_id,omitempty"`
	Service    string `json:"service" tr:"text"`
	Location   string `json:"location"`
	Country    string `json:"country,omitempty" tr:"country"`
	Safeguard  string `json:"safeguard,omitempty"`
	DPASigned  bool   `json:"dpa_signed"`
	DPADate    string `json:"dpa_date,omitempty"`
}

// Website holds the cookie and analytics answers for the notice.
type Website struct {
	// Cookies is nil while not answered: the notice then neither denies
	// cookies nor, unless tools are named, states them.
	Cookies               *bool    `json:"cookies"`
	StrictlyNecessaryOnly bool     `json:"strictly_necessary_only"`
	ConsentBanner         bool     `json:"consent_banner"`
	AnalyticsTools        []string `json:"analytics_tools" tr:"name"`
	MarketingTools        []string `json:"marketing_tools" tr:"name"`
	// SettingsLink: the site has a link to change cookie choices later,
	// so the notice may point to it.
	SettingsLink bool `json:"settings_link,omitempty"`
	// CookieTable lists the cookies (or tools) for the notice's table.
	CookieTable []Cookie `json:"cookie_table,omitempty"`
}

// Cookie is one cookie or similar identifier, or one tool's cookies.
type Cookie struct {
	Name     string `json:"name"`                         // cookie name or tool, e.g. "_ga (Google Analytics)"
	Provider string `json:"provider,omitempty" tr:"name"` // who sets it: the site itself or a third party
	Purpose  string `json:"purpose,omitempty" tr:"text"`
	Lifetime string `json:"lifetime,omitempty" tr:"text"` // as the user wrote it, e.g. "2 vuotta"
	// Consent: the cookie is set only with the visitor's consent (all but
	// strictly necessary ones, SVPL 205 §).
	Consent bool `json:"consent"`
}

// Sub-processor authorisation models of art. 28(2).
const (
	AuthorisationGeneral  = "general"
	AuthorisationSpecific = "specific"
)

// End of service choices of art. 28(3)(g).
const (
	EndDelete = "delete"
	EndReturn = "return"
)

// Acceptance modes of the processor terms.
const (
	AcceptanceSignature  = "signature"
	AcceptanceElectronic = "electronic"
)

// ProcessorTerms are the answers behind the käsittelijäehdot: the
// organisation as a processor for its own customers (art. 28).
type ProcessorTerms struct {
	Enabled                   bool           `json:"enabled"`
	ServiceName               string         `json:"service_name"`
	CustomersAre              string         `json:"customers_are" tr:"text"`
	SupportEmail              string         `json:"support_email"`
	SupportPhone              string         `json:"support_phone"`
	SubjectMatter             string         `json:"subject_matter" tr:"text"`
	Duration                  string         `json:"duration" tr:"text"`
	NaturePurpose             string         `json:"nature_purpose,omitempty" tr:"text"`
	DataSubjects              []string       `json:"data_subjects" tr:"text"`
	DataCategories            []string       `json:"data_categories" tr:"text"`
	SpecialCategoriesPossible bool           `json:"special_categories_possible"`
	SpecialCategoriesDetails  string         `json:"special_categories_details,omitempty" tr:"text"`
	DataLocation              string         `json:"data_location"`
	DataCountry               string         `json:"data_country,omitempty" tr:"country"`
	DataSafeguard             string         `json:"data_safeguard,omitempty"`
	SubProcessors             []SubProcessor `json:"sub_processors"`
	SubProcessorAuthorisation string         `json:"sub_processor_authorisation"`
	SubProcessorNoticeDays    int            `json:"sub_processor_notice_days"`
	SecurityMeasures          []string       `json:"security_measures"`
	SecurityOther             string         `json:"security_other,omitempty" tr:"text"`
	BreachNoticeHours         int            `json:"breach_notice_hours"`
	EndOfService              string         `json:"end_of_service"`
	EndOfServiceDays          int            `json:"end_of_service_days"`
	AuditNoticeDays           int            `json:"audit_notice_days"`
	LiabilityCap              string         `json:"liability_cap" tr:"text"`
	GoverningLaw              string         `json:"governing_law" tr:"text"`
	Court                     string         `json:"court" tr:"text"`
	Acceptance                string         `json:"acceptance,omitempty"`
	// Promises the terms print only when the user has made them.
	NoSale               bool   `json:"no_sale,omitempty"`               // we do not sell the data
	TerminationRight     bool   `json:"termination_right,omitempty"`     // the customer may terminate on breach or on an objected sub-processor
	DeletionConfirmation bool   `json:"deletion_confirmation,omitempty"` // deletion confirmed in writing on request
	SpecialSafeguards    string `json:"special_categories_safeguards,omitempty" tr:"text"`
}

// SubProcessor is a processor's own processor (art. 28(2) and (4)).
type SubProcessor struct {
	Name     string `json:"name" tr:"name"`
	Service  string `json:"service" tr:"text"`
	Location string `json:"location" tr:"country"` // country as the user wrote it
	// OutsideEEA is set when the sub-processor processes data outside the
	// EU/EEA; a safeguard is then required.
	OutsideEEA bool   `json:"outside_eea,omitempty"`
	Safeguard  string `json:"safeguard,omitempty"`
}

// RequestLogRule is how long closed request log entries are kept. The log
// holds personal data itself, so it has its own retention (and the notice
// tells of it).
type RequestLogRule struct {
	RetentionMonths int `json:"retention_months,omitempty"`
}

// DefaultLogRetentionMonths is used while the user has not chosen.
const DefaultLogRetentionMonths = 36

// BreachLogRule is how long closed breaches keep their personal content
// (what happened, whom it concerned, the reasons). The breach log must
// document every breach (GDPR art. 33(5)), so the entry itself stays, with
// its reference, times, risk and state, for the counts.
type BreachLogRule struct {
	RetentionMonths int `json:"retention_months,omitempty"`
}

// DefaultBreachRetentionMonths is the breach log's retention, in months
// after closing, while the user has not chosen: five years, long enough
// for the authority to ask about a breach after it was handled.
const DefaultBreachRetentionMonths = 60

// Bound is the range of a whole-number answer. 0 is always allowed too: it
// is how the answers file says "not answered yet" (the completeness check
// asks for it), not a promise of zero days.
type Bound struct {
	Min, Max int
}

// NumberBounds are the ranges of the whole-number answers, by JSON path.
// The window (wizard.Validate), the import (CheckFile) and the store
// (SetAnswer) all use these, so a value one of them takes the others take.
//   - processor_terms.breach_notice_hours, 1–168 hours: the controller must
//     notify the authority within 72 hours of becoming aware (GDPR art.
//     33(1)), so the processor's promise must be well under that; the
//     completeness check warns from 72 hours on, and more than a week
//     cannot be meant.
//   - processor_terms.sub_processor_notice_days, audit_notice_days and
//     end_of_service_days, 1–365 days: art. 28(2), 28(3)(h) and 28(3)(g)
//     leave the time to the contract; a year is the most any contract sets.
//   - request_log.retention_months, 1–1200 months (100 years): far beyond
//     any limitation period (the longest general one in Finland is 10 years,
//     laki velan vanhentumisesta 728/2003 7 §).
//   - breach_log.retention_months, 1–1200 months, on the same grounds.
var NumberBounds = map[string]Bound{
	"processor_terms.sub_processor_notice_days": {1, 365},
	"processor_terms.breach_notice_hours":       {1, 168},
	"processor_terms.end_of_service_days":       {1, 365},
	"processor_terms.audit_notice_days":         {1, 365},
	"request_log.retention_months":              {1, 1200},
	"breach_log.retention_months":               {1, 1200},
}
