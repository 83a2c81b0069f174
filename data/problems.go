package data

import (
	"fmt"
	"strings"

	"tietosuojapakki/data/valid"
	"tietosuojapakki/data/vocab"
)

// Problem is one thing wrong in an imported file, at its JSON path.
type Problem struct {
	Path string // e.g. "registers[0].processor_ids[1]"; "" for the whole file
	Err  error  // a *valid.Error or an *Issue
}

// Message is the problem in lang, with its path.
func (p Problem) Message(lang string) string {
	var msg string
	switch e := p.Err.(type) {
	case *valid.Error:
		msg = e.Message(lang)
	case *Issue:
		msg = e.Message(lang)
	default:
		msg = p.Err.Error()
	}
	if p.Path == "" {
		return msg
	}
	return p.Path + ": " + msg
}

// Problems is the list of everything wrong with a file. It is an error so
// that callers can pass it on; Error gives the Finnish text.
type Problems []Problem

func (ps Problems) Error() string { return ps.Text("fi") }

// Text is every problem in lang, one a line.
func (ps Problems) Text(lang string) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Message(lang)
	}
	return strings.Join(lines, "\n")
}

// Issue is a problem of the file's content that is not a single value's
// form (an unknown processor id, a missing name, a wrong format).
type Issue struct {
	Code string
	Args []any
}

func (e *Issue) Error() string { return e.Message("fi") }

// Message is the issue in lang ("fi", "sv", "en"; Finnish otherwise).
func (e *Issue) Message(lang string) string {
	// Issue texts take fmt verbs: their arguments are numbers and quoted
	// values as well as text.
	return fmt.Sprintf(issueTexts.In(e.Code, lang), e.Args...)
}

func issue(code string, args ...any) *Issue { return &Issue{Code: code, Args: args} }

// issueTexts holds fi, sv and en for every issue code.
var issueTexts = vocab.Messages{
	"json.syntax": {
		"Tiedosto ei ole kelvollista JSONia (rivi %d, sarake %d): %s.",
		"Filen är inte giltig JSON (rad %d, kolumn %d): %s.",
		"The file is not valid JSON (line %d, column %d): %s."},
	"json.truncated": {
		"Tiedosto loppuu kesken. Se on ehkä katkennut kopioitaessa.",
		"Filen tar slut mitt i. Den har kanske kapats vid kopieringen.",
		"The file ends too early. It may have been cut off while copying."},
	"json.type": {
		"Arvo on väärää tyyppiä: odotettiin %s, tiedostossa on %s.",
		"Värdet har fel typ: %s väntades, filen har %s.",
		"The value has the wrong type: expected %s, the file has %s."},
	"document.kind_missing": {
		"Asiakirjan lajia (kind) ei ole kerrottu.",
		"Dokumentets typ (kind) saknas.",
		"The document's kind is missing."},
	"document.version": {
		"Versionumeron pitää olla 1 tai suurempi.",
		"Versionsnumret ska vara 1 eller större.",
		"The version number must be 1 or more."},
	"document.duplicate": {
		"Asiakirjan %s versio %d on tiedostossa kahdesti.",
		"Version %[2]d av dokumentet %[1]s finns två gånger i filen.",
		"Version %[2]d of the document %[1]s is in the file twice."},
	"db.missing": {
		"Tietokantaa %s ei ole. Tarkista --db-polku, tai tuo ensin vastaustiedosto (import) tai avaa ohjelma.",
		"Databasen %s finns inte. Kontrollera sökvägen i --db, eller importera först en svarsfil (import) eller öppna programmet.",
		"There is no database %s. Check the --db path, or first import an answers file (import) or open the program."},
	"json.unknown_field": {
		"Tiedostossa on kenttä %q, jota tämä ohjelman versio ei tunne. Tarkista kirjoitusasu (ks. docs/answers-format.md).",
		"Filen har fältet %q som den här versionen av programmet inte känner till. Kontrollera stavningen (se docs/answers-format.md).",
		"The file has a field %q that this version of the program does not know. Check the spelling (see docs/answers-format.md)."},
	"registers.too_many": {
		"Tiedostossa on %d rekisteriä; ohjelma ottaa yhdelle organisaatiolle enintään %d. Yhdistä samaan tarkoitukseen käytettävät rekisterit tai jaa ne usealle organisaatiolle.",
		"Filen har %d register; programmet tar högst %d för en organisation. Slå ihop register som används för samma ändamål eller dela upp dem på flera organisationer.",
		"The file has %d registers; the program takes at most %d for one organisation. Merge registers used for the same purpose, or split them over several organisations."},
	"json.trailing": {
		"Tiedostossa on ylimääräistä tekstiä JSONin jälkeen.",
		"Filen har extra text efter JSON-innehållet.",
		"The file has extra text after the JSON content."},
	"format.unknown": {
		"Tämä ei ole Tietosuojapakin vastaustiedosto (format on %q, pitäisi olla %q).",
		"Detta är inte en svarsfil från Tietosuojapakki (format är %q, borde vara %q).",
		"This is not a Tietosuojapakki answers file (format is %q, should be %q)."},
	"version.unsupported": {
		"Tiedoston versiota %d ei tueta; tämä ohjelma lukee version %d. Päivitä ohjelma.",
		"Filens version %d stöds inte; programmet läser version %d. Uppdatera programmet.",
		"File version %d is not supported; this program reads version %d. Update the program."},
	"org.name_missing": {
		"Organisaation nimi puuttuu.",
		"Organisationens namn saknas.",
		"The organisation has no name."},
	"processor.unknown_id": {
		"Käsittelijää %q ei ole processors-luettelossa.",
		"Biträdet %q finns inte i listan processors.",
		"No processor with id %q is listed under processors."},
	"processor.duplicate_id": {
		"Käsittelijän tunnus %q on käytössä useammin kuin kerran.",
		"Biträdets id %q används mer än en gång.",
		"The processor id %q is used more than once."},
	"processor.id_missing": {
		"Käsittelijältä puuttuu tunnus (id).",
		"Biträdet saknar id.",
		"The processor has no id."},
	"code.unknown": {
		"Tuntematon arvo %q. Sallitut arvot: %s.",
		"Okänt värde %q. Tillåtna värden: %s.",
		"Unknown value %q. Allowed values: %s."},
	"request.duplicate_ref": {
		"Pyynnön viite %q on käytössä useammin kuin kerran.",
		"Referensen %q används mer än en gång.",
		"The request reference %q is used more than once."},
	"request.ref_form": {
		"Viitteen pitää olla muotoa VVVV-NNN, esimerkiksi 2026-007.",
		"Referensen ska ha formen ÅÅÅÅ-NNN, till exempel 2026-007.",
		"The reference must look like YYYY-NNN, for example 2026-007."},
	"request.received_missing": {
		"Pyynnön saapumispäivä puuttuu.",
		"Begärans ankomstdatum saknas.",
		"The request has no received date."},
	"request.no_rights": {
		"Pyynnöstä puuttuu oikeus, jota se koskee.",
		"Begäran saknar den rättighet den gäller.",
		"The request names no right."},
	"request.answer_before_received": {
		"Vastauspäivä on ennen saapumispäivää.",
		"Svarsdatum är före ankomstdatum.",
		"The answer date is before the received date."},
	"number.negative": {
		"Luku ei voi olla negatiivinen.",
		"Talet kan inte vara negativt.",
		"The number cannot be negative."},
}
