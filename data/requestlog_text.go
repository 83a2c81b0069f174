package data

import (
	"strings"

	"tietosuojapakki/data/vocab"
)

// The request log's words in the three languages, shared by the window,
// the command line, the CSV export and the report so that they all say the
// same thing.

type tri = vocab.Text

var rightShort = map[Right]tri{
	RightAccess:          {FI: "Pääsy tietoihin", SV: "Tillgång", EN: "Access"},
	RightRectification:   {FI: "Oikaisu", SV: "Rättelse", EN: "Rectification"},
	RightErasure:         {FI: "Poisto", SV: "Radering", EN: "Erasure"},
	RightRestriction:     {FI: "Rajoitus", SV: "Begränsning", EN: "Restriction"},
	RightPortability:     {FI: "Siirto", SV: "Dataportabilitet", EN: "Portability"},
	RightObjection:       {FI: "Vastustus", SV: "Invändning", EN: "Objection"},
	RightWithdrawConsent: {FI: "Suostumuksen peruutus", SV: "Återkallat samtycke", EN: "Consent withdrawn"},
}

// RightShort is a short name of the right for tables ("Poisto").
func RightShort(r Right, lang string) string {
	if t, ok := rightShort[r]; ok {
		return t.In(lang)
	}
	return string(r)
}

// RightsShort joins the short names of rs with ", ".
func RightsShort(rs []Right, lang string) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = RightShort(r, lang)
	}
	return strings.Join(parts, ", ")
}

var fieldLabels = map[string]tri{
	"ref":                  {FI: "Viite", SV: "Referens", EN: "Reference"},
	"received":             {FI: "Saapunut", SV: "Inkommen", EN: "Received"},
	"channel":              {FI: "Saapumistapa", SV: "Kanal", EN: "Channel"},
	"name":                 {FI: "Pyytäjä", SV: "Den som begär", EN: "Requester"},
	"contact":              {FI: "Yhteystieto", SV: "Kontaktuppgift", EN: "Contact"},
	"rights":               {FI: "Oikeudet", SV: "Rättigheter", EN: "Rights"},
	"register":             {FI: "Rekisteri", SV: "Register", EN: "Register"},
	"identity_method":      {FI: "Henkilöllisyyden varmistustapa", SV: "Hur identiteten kontrollerades", EN: "How identity was verified"},
	"identity_verified_on": {FI: "Henkilöllisyys varmistettu", SV: "Identiteten kontrollerad", EN: "Identity verified on"},
	"due":                  {FI: "Määräpäivä", SV: "Sista dag", EN: "Due date"},
	"extended":             {FI: "Määräaikaa jatkettu", SV: "Tidsfristen förlängd", EN: "Period extended"},
	"extension_reason":     {FI: "Jatkamisen syy", SV: "Skäl för förlängning", EN: "Reason for the extension"},
	"extension_told_on":    {FI: "Jatkosta kerrottu pyytäjälle", SV: "Förlängningen meddelad", EN: "Requester told of the extension"},
	"status":               {FI: "Tila", SV: "Status", EN: "Status"},
	"answered_on":          {FI: "Vastattu", SV: "Besvarad", EN: "Answered on"},
	"outcome":              {FI: "Lopputulos", SV: "Utfall", EN: "Outcome"},
	"refusal_reason":       {FI: "Kieltäytymisen syy", SV: "Skäl för avslag", EN: "Reason for refusal"},
	"refusal_details":      {FI: "Kieltäytymisen perustelut", SV: "Motivering till avslag", EN: "Grounds for refusal"},
	"days_left":            {FI: "Päiviä jäljellä", SV: "Dagar kvar", EN: "Days left"},
	"days_taken":           {FI: "Vastausaika (pv)", SV: "Svarstid (dagar)", EN: "Days to answer"},
	"state":                {FI: "Määräajan tilanne", SV: "Tidsfristens läge", EN: "Deadline"},
}

// FieldLabel is the name of a request field as the user sees it.
func FieldLabel(field, lang string) string {
	if t, ok := fieldLabels[field]; ok {
		return t.In(lang)
	}
	return field
}

var stateLabels = map[string]tri{
	"ok":        {FI: "Ajallaan", SV: "I tid", EN: "On time"},
	"due_soon":  {FI: "Erääntyy 7 päivän sisällä", SV: "Förfaller inom 7 dagar", EN: "Due within 7 days"},
	"overdue":   {FI: "Myöhässä", SV: "Försenad", EN: "Overdue"},
	StateClosed: {FI: "Suljettu", SV: "Avslutad", EN: "Closed"},
	StateLate:   {FI: "Vastattu myöhässä", SV: "Besvarad för sent", EN: "Answered late"},
}

// StateLabel names a Timing.State.
func StateLabel(state, lang string) string {
	if t, ok := stateLabels[state]; ok {
		return t.In(lang)
	}
	return state
}

// Day counts of DaysText: "1 dag", "2 dagar"; Finnish says "pv" (päivää,
// päivä) and "päivässä" for any number.
var (
	daysShort = vocab.Count{{"pv", "pv"}, {"dag", "dagar"}, {"day", "days"}}
	daysIn    = vocab.Count{{"päivässä", "päivässä"}, {"dag", "dagar"}, {"day", "days"}}
)

// DaysText says how a request stands: "5 pv jäljellä", "2 pv myöhässä",
// or for a closed one "vastattu 12 päivässä", with ", 3 pv myöhässä" when
// it was answered after its due date.
func DaysText(t Timing, lang string) string {
	n := func(c vocab.Count, days int, phrase tri) string {
		return strings.ReplaceAll(phrase.In(lang), "{n}", c.N(days, lang))
	}
	late := tri{FI: "{n} myöhässä", SV: "{n} försenad", EN: "{n} overdue"}
	switch {
	case t.State == StateClosed:
		s := n(daysIn, t.DaysTaken, tri{FI: "vastattu {n}", SV: "besvarad på {n}", EN: "answered in {n}"})
		if t.Late {
			s += ", " + n(daysShort, t.DaysLate, late)
		}
		return s
	case t.DaysLeft < 0:
		return n(daysShort, -t.DaysLeft, late)
	case t.DaysLeft == 0:
		return tri{FI: "erääntyy tänään", SV: "förfaller i dag", EN: "due today"}.In(lang)
	}
	return n(daysShort, t.DaysLeft, tri{FI: "{n} jäljellä", SV: "{n} kvar", EN: "{n} left"})
}

// fieldValue shows a stored value of field in lang (labels for codes,
// d.m.yyyy for dates).
func fieldValue(field, v, lang string) string {
	switch field {
	case "received", "due", "answered_on", "identity_verified_on", "extension_told_on":
		return FormatDate(v)
	case "rights":
		return RightsShort(splitRights(v), lang)
	case "channel":
		return vocab.Label(vocab.Channels, v, lang)
	case "status":
		return vocab.Label(vocab.Statuses, v, lang)
	case "refusal_reason":
		return vocab.Label(vocab.RefusalReasons, v, lang)
	}
	return v
}

// EventText describes one history event in lang.
func EventText(e Event, lang string) string {
	if t, ok := fixedEventTexts[e.Kind]; ok {
		return t.In(lang)
	}
	sub := func(t tri, pairs ...string) string {
		s := t.In(lang)
		for i := 0; i+1 < len(pairs); i += 2 {
			s = strings.ReplaceAll(s, pairs[i], pairs[i+1])
		}
		return s
	}
	withNote := func(s string) string {
		if e.Note == "" {
			return s
		}
		return s + ": " + e.Note
	}
	switch e.Kind {
	case EventCreated:
		return sub(tri{FI: "Pyyntö kirjattu lokiin ({ref})", SV: "Begäran förd in i loggen ({ref})", EN: "Request entered in the log ({ref})"}, "{ref}", e.New)
	case EventVerified:
		return withNote(sub(tri{FI: "Henkilöllisyys varmistettu {d}", SV: "Identiteten kontrollerad {d}", EN: "Identity verified on {d}"}, "{d}", FormatDate(e.New)))
	case EventExtended:
		s := sub(tri{FI: "Määräaikaa jatkettu; pyytäjälle kerrottu {d}", SV: "Tidsfristen förlängd; den som begär fick veta {d}", EN: "Period extended; requester told on {d}"}, "{d}", FormatDate(e.New))
		if e.Note != "" {
			s += ". " + FieldLabel("extension_reason", lang) + ": " + e.Note
		}
		return s
	case EventAnswered:
		return withNote(sub(tri{FI: "Vastattu {d}", SV: "Besvarad {d}", EN: "Answered on {d}"}, "{d}", FormatDate(e.New)))
	case EventStatus:
		s := FieldLabel("status", lang) + ": " + fieldValue("status", e.Old, lang) + " → " + fieldValue("status", e.New, lang)
		if e.Note != "" {
			s += " (" + fieldValue("refusal_reason", e.Note, lang) + ")"
		}
		return s
	case EventNote:
		return tri{FI: "Merkintä", SV: "Anteckning", EN: "Note"}.In(lang) + ": " + e.Note
	case EventEdited:
		old, nw := orDash(fieldValue(e.Field, e.Old, lang)), orDash(fieldValue(e.Field, e.New, lang))
		return sub(tri{FI: "Muutettu: {f}: {o} → {n}", SV: "Ändrat: {f}: {o} → {n}", EN: "Changed: {f}: {o} → {n}"},
			"{f}", FieldLabel(e.Field, lang), "{o}", old, "{n}", nw)
	case EventLetter:
		return letterEventText(e, lang)
	}
	return withNote(e.Kind)
}

// fixedEventTexts are the events whose text names nothing of the event.
var fixedEventTexts = map[string]tri{
	EventImported: {FI: "Tuotu tiedostosta", SV: "Importerad från fil", EN: "Imported from a file"},
	EventPurged:   {FI: "Henkilötiedot poistettu säilytysajan päätyttyä", SV: "Personuppgifterna raderade när lagringstiden gick ut", EN: "Personal data removed when the retention period ended"},
}

// orDash is s, or a dash for an empty value, so a change from or to
// nothing still reads as a change.
func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}
