package notice

import (
	"fmt"
	"time"

	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// textEN is the notice in English.
var textEN = texts{
	Title:     "Privacy notice",
	Watermark: "DRAFT",
	PageLabel: "Page %d of %d",
	Keywords:  "privacy notice, data protection, GDPR",
	Missing:   func(what string) string { return "[missing: " + what + "]" },
	Subject: func(company string) string {
		if company == "" {
			return "How we process personal data"
		}
		return "How " + company + " processes personal data"
	},
	Footer: func(version int, updated string) string {
		if version > 0 {
			return fmt.Sprintf("Version %d · updated %s", version, updated)
		}
		return "Updated " + updated
	},
	Intro: func(company string) string {
		who := "In this notice we tell"
		if company != "" {
			who = "In this notice " + company + " tells"
		}
		return who + " you what personal data about you is processed, why and on what legal basis, " +
			"where the data comes from, who receives it and how you can use your rights."
	},
	Date: func(t time.Time) string { return doc.FormatDate(t, "en") },

	SecController:      "Controller and contact details",
	RegisterName:       "Register",
	RegisterNames:      "Registers",
	RegisterRef:        func(name, section string) string { return name + " (section " + section + ")" },
	Controller:         "Controller",
	BusinessID:         "Business ID",
	Address:            "Address",
	Email:              "E-mail",
	Phone:              "Phone",
	Website:            "Website",
	Created:            "Drawn up",
	Updated:            "Updated",
	Version:            "Version",
	LawLabel:           "Legal framework",
	Law:                "General Data Protection Regulation (EU) 2016/679, Articles 13 and 14; Data Protection Act (1050/2018)",
	SecContact:         "Contact person for privacy matters",
	Name:               "Name",
	Position:           "Position",
	SecDPO:             "Data protection officer",
	NoDPO:              "We have not appointed a data protection officer. For any privacy matter, please contact the contact person above.",
	SecOtherProcessors: "Other service providers",
	OtherProcessors:    "In addition, these service providers process personal data on our behalf and only on our instructions (processors):",

	RegisterUnnamed: func(n int) string { return fmt.Sprintf("Register %d", n) },
	SecSubjects:     "Data subjects",
	SubjectsIntro:   "The register holds data about these people:",
	SecPurposes:     "Purposes and legal bases",
	PurposeCol:      "Purpose",
	BasisCol:        "Legal basis",
	Article:         func(art string) string { return vocab.Article(art, "en") },
	InterestMissing: "legitimate interest",
	LegitimateInterest: func(purpose, interest string) string {
		return "For the purpose “" + purpose + "”, our legitimate interest is as follows: " + interest + "."
	},
	ObjectLI: "You may object to processing based on legitimate interests on grounds relating to your particular situation (Article 21). " +
		"You may object to direct marketing at any time without giving a reason.",
	ConsentPointer: func(section string) string {
		return "You may withdraw your consent at any time; see section " + section + "."
	},
	Children: func(how string) string {
		return "The service is also offered to children. For a child under 13, a guardian gives the consent (Data Protection Act, section 5). " + how
	},
	LawMissing:         "the law that sets the obligation",
	SecRequirement:     "Do you have to give the data",
	ConsequenceMissing: "what happens if the data is not given",
	SecData:            "Data we process",
	DataIntro:          "We process the following data about you:",
	SpecialIntro:       "We also process special categories of personal data (Article 9):",
	Special:            func(category, condition string) string { return category + ". Condition: " + condition + "." },
	PIC: func(ground string) string {
		s := "We also process your personal identity code under section 29 of the Data Protection Act (1050/2018)."
		if ground != "" {
			s += " Ground: " + ground + "."
		}
		return s
	},
	PICGroundMissing: "ground for processing the personal identity code",
	Art9Missing:      "condition of Article 9(2)",
	SecSources:       "Where the data comes from",
	SourcesIntro:     "We get the data from these sources:",
	PublicSource:     "public source",
	OtherSourceCategories: func(dataSection string) string {
		return "Data we get from anyone other than you belongs to the categories listed in section " + dataSection + " above."
	},
	SecRecipients:    "Who receives the data",
	RecipientsIntro:  "We regularly disclose data to these recipients:",
	NoRecipients:     "We do not regularly disclose the data to anyone else.",
	ProcessorsIntro:  "These service providers process the data on our behalf and only on our instructions (processors).",
	ProcessorsDPA:    "We have a data processing agreement with each of them.",
	ProcessorCol:     "Processor",
	ServiceCol:       "Service",
	LocationCol:      "Location",
	SecTransfers:     "Transfers outside the EU and EEA",
	NoTransfers:      "We do not transfer the data outside the European Union (EU) or the European Economic Area (EEA).",
	TransfersIntro:   "Data is transferred outside the EU and EEA as follows:",
	SafeguardMissing: "safeguard for the transfer",
	Adequacy: func(article string) string {
		return "The transfer is based on a European Commission decision that the country ensures an adequate level of protection (adequacy decision, " + article + ")."
	},
	AdequacyDPF: func(article string) string {
		return "The transfer is based on the European Commission's adequacy decision on the EU–US Data Privacy Framework (" + article + "). " +
			"The recipient states that it is certified under the framework; the certification can be checked on the US Department of Commerce list (dataprivacyframework.gov)."
	},
	Safeguard: func(label, article string) string {
		if article == "" {
			return "Safeguard: " + label + "."
		}
		return "Safeguard: " + label + " (" + article + ")."
	},
	CopyFrom: func(where string) string { return "You can get a copy of the safeguard by asking at " + where + "." },
	Derogation: func(article, where string) string {
		s := "The transfer relies on a derogation for a specific situation (" + article + "). On request we tell you which derogation applies."
		if where != "" {
			s += " Ask us at " + where + "."
		}
		return s
	},
	DerogationPoint: func(point, article string) string {
		return "The transfer is based on a derogation for a specific situation: " + point + " (" + article + ")."
	},
	RoleController: func(contact string) string {
		if contact == "" {
			return "independent controller"
		}
		return "independent controller, more information: " + contact
	},
	RoleJoint: func(arrangement string) string {
		return "joint controller (Article 26); the essence of the arrangement: " + arrangement
	},
	SourceCategories: func(source, categories string) string { return source + ": " + categories },
	ToldWhen:         "When we get data about you from someone other than you, we tell you within a reasonable time, at the latest within one month, or at the latest when we first contact you or pass the data on (Article 14(3)).",
	CountryMissing:   "country",

	SecRetention:           "How long we keep the data",
	DataCol:                "Data",
	PeriodCol:              "Retention period",
	GroundCol:              "Ground",
	RetentionEnd:           "When the retention period ends, we delete the data or anonymise it so that you can no longer be identified.",
	SecAutomated:           "Automated decisions and profiling",
	NoAutomated:            "We make no decisions about you based solely on automated processing (Article 22).",
	AutomatedUsed:          "We make decisions about you based solely on automated processing (Article 22).",
	NoAutomatedNoProfiling: "We make no decisions about you based solely on automated processing (Article 22) and we do not profile you.",
	Profiling: func(what string) string {
		return "We profile you, that is, we evaluate personal aspects of you from your data (Article 4(4)): " + what
	},
	ProfilingMissing:    "what the profiling is and what it is used for",
	ProfilingObject:     "You can object to the profiling (Article 21). Profiling for direct marketing always stops when you object.",
	LogicMissing:        "the logic of the automated decisions",
	AutomatedLogic:      func(logic string) string { return "How it works: " + logic },
	ConsequencesMissing: "what the automated decisions mean for you",
	AutomatedConsequences: func(consequences string) string {
		return "What it means for you: " + consequences
	},
	AutomatedHuman: "You may ask for a person to review the decision, give your point of view and contest the decision.",
	SecSecurity:    "How the data is protected",
	MeasuresIntro:  "We protect data processed electronically as follows:",
	Manual:         func(text string) string { return "Paper records: " + text },
	SharedSecurity: "All registers in this notice are protected in the same way.",

	SecRights: "Your rights",
	RightsHowEmail: func(email string) string {
		return "To use the rights below, send your request by e-mail to " + email + "."
	},
	RightsHowPostAlso: func(address string) string { return "You may also send it by post to " + address + "." },
	RightsHowPost: func(address string) string {
		return "To use the rights below, send your request by post to " + address + "."
	},
	RightsHowNone: "To use the rights below, contact us using the details in section 1.",
	RightsDeadline: "We answer without undue delay and at the latest within one month of receiving your request (Article 12(3)). " +
		"If the request is complex or we receive many requests, we may extend this by up to two further months. " +
		"We will then tell you about the extension and the reasons for it within the first month.",
	RightsFree: "Using your rights is free of charge. We may ask you to prove your identity so that your data does not end up with someone else. " +
		"If a request is manifestly unfounded or excessive, for example because it is repetitive, we may charge a reasonable fee or refuse to act on it. " +
		"If we do not do what you ask, we will tell you why, and that you may lodge a complaint with the Data Protection Ombudsman and take the matter to court.",
	Access: rightText{"You may ask whether we process data about you and get a copy of all the data we hold about you.",
		"Send your request to %s."},
	Rectification: rightText{"You may ask us to correct wrong data about you and to complete data that is incomplete.",
		"Tell us what to correct at %s."},
	Erasure: rightText{"You may ask us to delete your data, for example when we no longer need it or when you withdraw a consent the processing was based on. " +
		"Data that a law requires us to keep is deleted only when its retention period ends.",
		"Send your request for erasure to %s."},
	Restriction: rightText{"You may ask us to keep your data but not use it otherwise, for example while we check whether it is correct.",
		"Send your request to %s."},
	Portability: rightText{"Where the processing is based on your consent or a contract and is carried out by automated means, you may get the data you gave us in a machine-readable form and pass it to another controller. " +
		"You may also ask us to transmit it directly to another controller where that is technically feasible.",
		"Ask for the data at %s."},
	Objection: rightText{"You may object to processing based on our legitimate interests on grounds relating to your particular situation. You may object to direct marketing at any time.",
		"Send your objection to %s."},
	Withdraw: rightText{"Where the processing is based on your consent, you may withdraw it at any time. Withdrawing does not affect the lawfulness of the processing before it.",
		"Send your withdrawal to %s."},
	WithdrawApplies: func(purposes string) string {
		return "Your consent is the basis for the following processing: " + purposes + "."
	},

	SecComplaint: "Right to lodge a complaint with the supervisory authority",
	Complaint: "If you think we process your personal data in breach of data protection law, you may lodge a complaint with the supervisory authority. " +
		"In Finland it is the Data Protection Ombudsman. You may also complain in the EU country where you live or work or where the alleged infringement took place. " +
		"We hope you will contact us first so that we can put things right.",
	AuthorityLabel:   "Authority",
	VisitLabel:       "Visiting address",
	PostLabel:        "Postal address",
	SwitchboardLabel: "Switchboard",

	SecCookies:      "Cookies and web analytics",
	SiteIntro:       func(url string) string { return "This section covers our website " + url + "." },
	NoCookies:       "Our website does not use cookies.",
	NecessaryOnly:   "We only use strictly necessary cookies without which the site does not work. They do not need your consent (Act on Electronic Communications Services (917/2014), section 205).",
	BrowserChoice:   "You can delete and block cookies in your browser settings.",
	ConsentCookies:  "We use cookies. Apart from strictly necessary cookies, we store and read cookies on your device only with your consent (Act on Electronic Communications Services (917/2014), section 205).",
	Banner:          "We ask for your consent in a cookie banner when you first visit the site.",
	ChangeChoice:    "You can change your choice at any time in the site's cookie settings. You can also delete cookies in your browser settings.",
	WithdrawBrowser: "You can withdraw your consent to cookies at any time by deleting the cookies in your browser settings; we then ask for your consent again.",
	CookieCols:      [5]string{"Cookie or tool", "Set by", "Purpose", "Lifetime", "Consent"},
	ConsentYes:      "Yes",
	ConsentNo:       "No, strictly necessary",
	BannerMissing:   "asking consent for cookies (cookie banner)",
	Analytics:       func(tools string) string { return "For visitor statistics we use: " + tools + "." },
	Marketing:       func(tools string) string { return "For marketing we use: " + tools + "." },
	NoTools:         "We use no analytics or marketing tools.",

	SecRequestLog: "Record of requests about your rights",
	RequestLog:    "When you use the rights in this notice, we record your request: who made it, what was asked, when it arrived, and how and when we answered.",
	RequestLogBasis: "Handling requests is a legal obligation for us (Article 6(1)(c)): Articles 12 and 15–22 of the General Data Protection Regulation require us to answer them. " +
		"Keeping the record after we have answered is based on our legitimate interests (Article 6(1)(f)): it lets us show that we answered on time if a complaint or a claim is made.",
	RequestLogRetention: func(months int) string {
		return fmt.Sprintf("We keep the record for %s after the request was closed, and then delete it.", logMonths.N(months, "en"))
	},

	ObjectTitle:  "Your right to object (Article 21).",
	ObjectLIText: "You may object to processing based on our legitimate interests on grounds relating to your particular situation.",
	ObjectDMText: "You may object to direct marketing, and profiling for it, at any time without giving reasons, and we then always stop it.",
	ObjectSend:   func(email string) string { return "Send your objection to " + email + "." },
	ObjectMore:   func(section string) string { return "More in section " + section + "." },
	NewPurpose:   "If we intend to use your data for a purpose other than those in this notice, we tell you about the new purpose before we start (Articles 13(3) and 14(4)).",
	SecChanges:   "Changes to this notice",
	UpdatePolicy: "We update this notice whenever the way we process data changes.",
	CreatedOn:    func(date string) string { return "This notice was drawn up on " + date + "." },
	CreatedUpdated: func(created, updated string) string {
		return "This notice was drawn up on " + created + " and last updated on " + updated + "."
	},
	VersionNow: func(n int) string { return fmt.Sprintf("This is version %d of the notice.", n) },
	LatestAt:   func(url string) string { return "The current version is always on our website " + url + "." },
	LatestAsk:  "You can ask us for the current version.",
	SecHistory: "Change history",
	DateCol:    "Date",
	NoteCol:    "Changes",

	SecSignature:  "Signature",
	SignPlace:     "Place and date",
	SignSignature: "Signature",
	SignName:      "Name in print",
	SignPosition:  "Position",
}
