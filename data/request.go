package data

// Right is a data subject right that a request uses.
type Right string

// The rights of GDPR art. 15–18, 20, 21 and 7(3).
const (
	RightAccess          Right = "access"           // art. 15
	RightRectification   Right = "rectification"    // art. 16
	RightErasure         Right = "erasure"          // art. 17
	RightRestriction     Right = "restriction"      // art. 18
	RightPortability     Right = "portability"      // art. 20
	RightObjection       Right = "objection"        // art. 21
	RightWithdrawConsent Right = "withdraw_consent" // art. 7(3)
)

// Rights lists every right in the order of the regulation.
var Rights = []Right{RightAccess, RightRectification, RightErasure, RightRestriction, RightPortability, RightObjection, RightWithdrawConsent}

// Channels a request can arrive through.
var Channels = []string{"email", "letter", "phone", "in_person", "web_form", "other"}

// Request statuses.
const (
	StatusOpen     = "open"
	StatusAnswered = "answered"
	StatusRefused  = "refused"
)

// Refusal reasons (art. 12(5), 12(6), other law).
var RefusalReasons = []string{"manifestly_unfounded", "excessive", "identity_not_verified", "legal_retention", "other"}

// Request is one data subject request in the log. Dates are YYYY-MM-DD.
type Request struct {
	Ref             string    `json:"ref"`
	Received        string    `json:"received"`
	Channel         string    `json:"channel"`
	Requester       Requester `json:"requester"`
	Rights          []Right   `json:"rights"`
	Register        string    `json:"register,omitempty"`
	Identity        *Identity `json:"identity,omitempty"`
	Extended        bool      `json:"extended"`
	ExtensionReason string    `json:"extension_reason,omitempty"`
	ExtensionToldOn string    `json:"extension_told_on,omitempty"`
	Status          string    `json:"status"`
	AnsweredOn      string    `json:"answered_on,omitempty"`
	Outcome         string    `json:"outcome,omitempty"`
	RefusalReason   string    `json:"refusal_reason,omitempty"`
	RefusalDetails  string    `json:"refusal_details,omitempty"`
	// Purged is set once the log's retention has removed the entry's
	// personal data: the anonymous facts stay for the counts.
	Purged  bool    `json:"purged,omitempty"`
	History []Event `json:"history,omitempty"`
}

// Requester is who made the request and how to reach them.
type Requester struct {
	Name    string `json:"name"`
	Contact string `json:"contact,omitempty"`
}

// Identity records how and when the requester's identity was verified (art. 12(6)).
type Identity struct {
	Method     string `json:"method"`
	VerifiedOn string `json:"verified_on,omitempty"`
}

// Event kinds in a request's history.
const (
	EventCreated  = "created"
	EventVerified = "identity_verified"
	EventExtended = "extended"
	EventStatus   = "status_changed"
	EventAnswered = "answered"
	EventNote     = "note"
	EventEdited   = "edited"
	EventImported = "imported"
	EventPurged   = "purged"
)

// Event is one entry of a request's append-only history.
type Event struct {
	At    string `json:"at"` // RFC 3339, UTC
	By    string `json:"by,omitempty"`
	Kind  string `json:"kind"`
	Field string `json:"field,omitempty"`
	Old   string `json:"old,omitempty"`
	New   string `json:"new,omitempty"`
	Note  string `json:"note,omitempty"`
}
