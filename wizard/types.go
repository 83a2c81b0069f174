package wizard

import "tietosuojapakki/data/vocab"

// Text is one text in Finnish, Swedish and English.
type Text = vocab.Text

// T builds a Text from its Finnish, Swedish and English forms.
func T(fi, sv, en string) Text { return Text{FI: fi, SV: sv, EN: en} }

// Catalogue is the whole interview: steps in the order they are shown.
type Catalogue struct {
	Steps []Step
}

// Step is one screen of the wizard (or, with Repeat, a list of records each
// with its own sub-steps).
type Step struct {
	ID        string
	Title     Text
	Intro     Text
	Questions []Question
	// Repeat makes the step a list of records (registers): the UI lists the
	// records, lets the user add and remove them, and asks Repeat.Steps for
	// each one.
	Repeat *Repeat
	ShowIf *Condition
}

// Repeat describes a repeating step: the record list and the sub-steps asked
// of every record. Paths in the sub-steps are relative to Path + ".{i}".
type Repeat struct {
	Path       string // the record list, e.g. "registers"
	Item       Text   // what one record is called, e.g. "Rekisteri"
	TitleField string // the record field shown as its title, e.g. "name"
	// Templates says records may be started from Templates().
	Templates bool
	Steps     []Step
}

// Kind is the type of an answer and so the widget that asks it.
type Kind string

// The kinds of question.
const (
	ShortText   Kind = "short_text"   // one line; Path holds a string
	LongText    Kind = "long_text"    // several lines; a string
	Choice      Kind = "choice"       // one code of Choices; a string
	MultiChoice Kind = "multi_choice" // codes of Choices; a list of strings
	YesNo       Kind = "yes_no"       // a bool (or, with Presence, an object or null)
	Date        Kind = "date"         // YYYY-MM-DD; a string
	Number      Kind = "number"       // a whole number ≥ 0; an int
	List        Kind = "list"         // free texts; a list of strings
	Records     Kind = "records"      // repeating records, each asked with Fields
)

// Question is one thing asked of the user, bound to a path in the answers.
type Question struct {
	// ID is stable: the completeness check and stored UI state refer to it.
	ID string
	// Path is a dotted JSON path in data.Answers, relative to the record
	// inside a repeating step or a Records question.
	Path string
	Kind Kind

	Label   Text
	Help    Text
	Example Text // optional
	// Suggestions are ready texts the user may pick and edit (texts, lists,
	// and the first field of records).
	Suggestions []Text

	// Options for Choice and MultiChoice; OptionsFrom names a list known to
	// OptionList instead; RecordOptions builds them from records in the
	// answers (the organisation's processors). Use Choices to read them.
	Options       []vocab.Term
	OptionsFrom   string
	RecordOptions *RecordOptions

	// Validate names a format check known to valid.ByName ("email", …).
	Validate string
	// Required: the answer is needed for the documents (shown with a mark;
	// empty answers fail Validate).
	Required bool
	ShowIf   *Condition
	// Warning is shown beside the question while its condition holds.
	Warning *Warn
	// Default, for a YesNo: while the answer is not stored, the question
	// shows (and the check assumes) yes when this holds, else no. So the
	// cookie question says yes once an analytics tool is entered.
	Default *Condition

	// Presence, for a YesNo on an optional object (the DPO): yes creates the
	// object, no removes it.
	Presence bool

	// Records: the fields of one record (paths relative to the record), what
	// one record is called, and Key, a field that AddRecord fills with a
	// stable identifier other answers refer to.
	Fields []Question
	Item   Text
	Key    string
}

// RecordOptions builds choices from a record list in the answers.
type RecordOptions struct {
	Path       string // absolute path of the record list, e.g. "processors"
	CodeField  string // the field stored as the answer, e.g. "id"
	LabelField string // the field shown, e.g. "name"
}

// Warn is a message shown while If holds (evaluated like ShowIf).
type Warn struct {
	If      Condition
	Message Text
}

// Op is a comparison of a condition.
type Op string

// The comparisons a condition can make.
const (
	OpEquals    Op = "equals"     // the answer is Value
	OpNotEquals Op = "not_equals" // the answer is not Value
	OpTrue      Op = "true"       // yes (or an optional object that exists)
	OpFalse     Op = "false"      // no, or not answered
	OpNotEmpty  Op = "not_empty"  // anything answered
	OpContains  Op = "contains"   // a list holds Value (or a text contains it)
	OpEmpty     Op = "empty"      // not answered at all (a stored no is an answer)
	OpMentions  Op = "mentions"   // a text, or an item of a list, contains Value in any case
)

// Condition is a declarative test on one earlier answer, or a combination:
// with All every condition must hold, with Any at least one. Path is
// relative to the current record, or absolute with a leading "/". A "*"
// segment stands for every record of a list: the condition holds when it
// holds for one of them ("/registers.*.data_subjects").
type Condition struct {
	Path  string
	Op    Op
	Value string
	All   []Condition
	Any   []Condition
}
