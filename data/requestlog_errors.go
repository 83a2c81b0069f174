package data

import (
	"errors"
	"strings"

	"tietosuojapakki/data/valid"
	"tietosuojapakki/data/vocab"
)

// RequestError is a request log input that cannot be accepted. It names the
// field it belongs to, so the window can show it beside that field, and
// speaks Finnish, Swedish and English.
type RequestError struct {
	Field string // "received", "rights", "name", "answered_on", "told_on", "verified_on", "ref", …
	Code  string
	Args  []string
	// Cause is a date's own format error, when that is what is wrong.
	Cause *valid.Error
}

func (e *RequestError) Error() string { return e.Message("fi") }

// Message is the error in lang ("fi", "sv", "en"; Finnish otherwise).
func (e *RequestError) Message(lang string) string {
	if e.Cause != nil {
		return e.Cause.Message(lang)
	}
	return requestMessages.In(e.Code, lang, e.Args...)
}

func reqErr(field, code string, args ...string) *RequestError {
	return &RequestError{Field: field, Code: code, Args: args}
}

// IsUnknownRequest reports whether err says that no request has the reference.
func IsUnknownRequest(err error) bool {
	var re *RequestError
	return errors.As(err, &re) && re.Code == "ref_unknown"
}

// FieldOf returns the field a request error belongs to, or "".
func FieldOf(err error) string {
	var re *RequestError
	if errors.As(err, &re) {
		return re.Field
	}
	return ""
}

// FormatDate shows a stored YYYY-MM-DD date as d.m.yyyy, the form Finnish
// and Finland-Swedish readers use. Anything else is returned as it is.
func FormatDate(iso string) string {
	if len(iso) != 10 || iso[4] != '-' || iso[7] != '-' {
		return iso
	}
	return strings.TrimPrefix(iso[8:10], "0") + "." + strings.TrimPrefix(iso[5:7], "0") + "." + iso[0:4]
}

// requestMessages holds fi, sv and en for every code; {0}, {1} are Args.
var requestMessages = vocab.Messages{
	"org_unknown": {
		"Organisaatiota ei löydy.",
		"Organisationen finns inte.",
		"The organisation does not exist."},
	"ref_unknown": {
		"Pyyntöä {0} ei ole lokissa.",
		"Begäran {0} finns inte i loggen.",
		"There is no request {0} in the log."},
	"date_required": {
		"Anna päivämäärä.",
		"Ange ett datum.",
		"Enter a date."},
	"received_future": {
		"Saapumispäivä ei voi olla tulevaisuudessa.",
		"Ankomstdatumet kan inte vara i framtiden.",
		"The received date cannot be in the future."},
	"received_before_gdpr": {
		"Saapumispäivä ei voi olla ennen 25.5.2018, jolloin tietosuoja-asetusta alettiin soveltaa.",
		"Ankomstdatumet kan inte vara före 25.5.2018, då dataskyddsförordningen började tillämpas.",
		"The received date cannot be before 25.5.2018, when the General Data Protection Regulation began to apply."},
	"name_required": {
		"Kirjoita pyytäjän nimi.",
		"Skriv in namnet på den som begär.",
		"Enter the requester's name."},
	"rights_required": {
		"Valitse vähintään yksi oikeus, jota pyyntö koskee.",
		"Välj minst en rättighet som begäran gäller.",
		"Choose at least one right the request uses."},
	"right_unknown": {
		"Tuntematon oikeus {0}. Sallitut: {1}.",
		"Okänd rättighet {0}. Tillåtna: {1}.",
		"Unknown right {0}. Allowed: {1}."},
	"channel_unknown": {
		"Tuntematon saapumistapa {0}. Sallitut: {1}.",
		"Okänt sätt {0}. Tillåtna: {1}.",
		"Unknown channel {0}. Allowed: {1}."},
	"before_received": {
		"Päivä ei voi olla ennen saapumispäivää {0}.",
		"Datumet kan inte vara före ankomstdatumet {0}.",
		"The date cannot be before the received date {0}."},
	"date_future": {
		"Päivä ei voi olla tulevaisuudessa.",
		"Datumet kan inte vara i framtiden.",
		"The date cannot be in the future."},
	"extend_told_late": {
		"Jatkosta on kerrottava pyytäjälle ensimmäisen kuukauden aikana, viimeistään {0}.",
		"Den som begär ska få veta om förlängningen inom den första månaden, senast {0}.",
		"The requester must be told of the extension within the first month, by {0} at the latest."},
	"extension_reason_required": {
		"Kirjoita jatkamisen syy. Syyt on kerrottava pyytäjälle (tietosuoja-asetuksen 12 artiklan 3 kohta).",
		"Skriv skälet till förlängningen. Den som begär ska få veta skälen (artikel 12.3 i dataskyddsförordningen).",
		"Write the reason for the extension. The requester must be told the reasons (Article 12(3) of the GDPR)."},
	"identity_verified_refused": {
		"Henkilöllisyys on merkitty varmistetuksi {0}. Kieltäytymisen syy ei voi olla se, ettei henkilöllisyyttä varmistettu. Valitse toinen syy tai korjaa varmistuksen tieto.",
		"Identiteten är antecknad som kontrollerad {0}. Skälet för avslag kan då inte vara att identiteten inte kontrollerades. Välj ett annat skäl eller rätta uppgiften om kontrollen.",
		"The identity is recorded as verified on {0}. The refusal cannot then be for an identity not verified. Choose another reason or correct the verification."},
	"identity_refused_verified": {
		"Pyyntö on suljettu, koska henkilöllisyyttä ei voitu varmistaa. Sitä ei voi nyt merkitä varmistetuksi: muuta ensin kieltäytymisen syy.",
		"Begäran avslogs eftersom identiteten inte kunde kontrolleras. Den kan inte nu antecknas som kontrollerad: ändra först skälet för avslag.",
		"The request was refused because the identity could not be verified. It cannot now be recorded as verified: change the refusal reason first."},
	"already_extended": {
		"Määräaikaa on jo jatkettu. Sitä voi jatkaa vain kerran, yhteensä kolmeen kuukauteen.",
		"Tidsfristen har redan förlängts. Den kan förlängas bara en gång, till tre månader sammanlagt.",
		"The period has already been extended. It can be extended only once, to three months in all."},
	"closed": {
		"Pyyntöön on jo vastattu {0}.",
		"Begäran besvarades redan {0}.",
		"The request was already answered on {0}."},
	"outcome_required": {
		"Kirjoita lyhyesti, mitä vastasit tai mitä teit.",
		"Skriv kort vad du svarade eller gjorde.",
		"Write briefly what you answered or did."},
	"refusal_reason_unknown": {
		"Tuntematon kieltäytymisen syy {0}. Sallitut: {1}.",
		"Okänt skäl för avslag {0}. Tillåtna: {1}.",
		"Unknown refusal reason {0}. Allowed: {1}."},
	"note_required": {
		"Kirjoita merkintä.",
		"Skriv en anteckning.",
		"Write the note."},
	"purged": {
		"Pyynnön {0} henkilötiedot on poistettu säilytysajan päätyttyä. Sitä ei voi enää muuttaa.",
		"Personuppgifterna i begäran {0} har raderats när lagringstiden gick ut. Den kan inte längre ändras.",
		"The personal data of request {0} was removed when its retention period ended. It can no longer be changed."},
	"retention_range": {
		"Anna säilytysaika kuukausina, 1–240.",
		"Ange lagringstiden i månader, 1–240.",
		"Enter the retention period in months, 1–240."},
}
