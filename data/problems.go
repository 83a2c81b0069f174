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

// problemCount is how a number of problems is said.
var problemCount = vocab.Count{{"virhe", "virhettä"}, {"fel", "fel"}, {"problem", "problems"}}

// Summary is the number of problems in lang with the noun agreeing ("1
// virhe", "2 virhettä"; "1 fel"; "1 problem", "2 problems"), a colon, and
// every problem on its own line: what the command line prints when an
// import is refused.
func (ps Problems) Summary(lang string) string {
	return problemCount.N(len(ps), lang) + ":\n" + ps.Text(lang)
}

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

// CheckNumber checks the whole-number answer n at path (e.g.
// "processor_terms.breach_notice_hours") against NumberBounds: nil when it
// is 0 (not answered) or within its bound, or when path has no bound; an
// *Issue that names the range otherwise.
func CheckNumber(path string, n int) error {
	if n < 0 {
		return issue("number.negative")
	}
	b, ok := NumberBounds[path]
	if !ok || n == 0 || (n >= b.Min && n <= b.Max) {
		return nil
	}
	return issue("number.range", b.Min, b.Max)
}

// issueTexts holds fi, sv and en for every issue code.
var issueTexts = vocab.Messages{
	"json.syntax": {
		"Tiedosto ei ole kelvollista JSONia (rivi %d, sarake %d): %s.",
		"Filen är inte giltig JSON (rad %d, kolumn %d): %s.",
		"The file is not valid JSON (line %d, column %d): %s."},
	"encoding.not_utf8": {
		"Tiedosto ei ole UTF-8-merkistössä: rivillä %d, sarakkeessa %d on merkki, jota ei voi lukea. Ohjelma ei arvaa merkistöä, jotta ä, ö ja å eivät muutu toisiksi. Tallenna tiedosto UTF-8-muodossa: Muistiossa Tiedosto → Tallenna nimellä → Koodaus: UTF-8; muissa ohjelmissa valitse tallennettaessa UTF-8.",
		"Filen är inte i teckenkodningen UTF-8: på rad %d, kolumn %d finns ett tecken som inte kan läsas. Programmet gissar inte kodningen, så att ä, ö och å inte blir fel. Spara filen som UTF-8: i Anteckningar Arkiv → Spara som → Kodning: UTF-8; i andra program välj UTF-8 när du sparar.",
		"The file is not in UTF-8: line %d, column %d has a character that cannot be read. The program does not guess the encoding, so that ä, ö and å are not turned into something else. Save the file as UTF-8: in Notepad File → Save as → Encoding: UTF-8; in other programs choose UTF-8 when saving."},
	"encoding.utf16_broken": {
		"Tiedosto on UTF-16-merkistössä, mutta se on rikki kohdassa %d (merkki puuttuu tai on katkennut). Tallenna tiedosto uudelleen UTF-8-muodossa tai vie tiedot ohjelmasta uudelleen.",
		"Filen är i UTF-16, men den är trasig vid position %d (ett tecken saknas eller är avbrutet). Spara filen på nytt som UTF-8 eller exportera uppgifterna på nytt ur programmet.",
		"The file is in UTF-16 but broken at position %d (a character is missing or cut). Save the file again as UTF-8, or export the data from the program again."},
	"json.lone_surrogate": {
		"Rivillä %d, sarakkeessa %d on \\u-koodi %s, joka on vain puolikas merkki. Korjaa tai poista se: ohjelma ei korvaa sitä arvatulla merkillä.",
		"På rad %d, kolumn %d finns \\u-koden %s, som bara är ett halvt tecken. Rätta eller ta bort den: programmet ersätter den inte med ett gissat tecken.",
		"Line %d, column %d has the \\u code %s, which is only half a character. Correct or remove it: the program does not replace it with a guessed character."},
	"json.duplicate_key": {
		"Kenttä %q on tässä kohdassa kahdesti. Poista toinen: ohjelma ei arvaa, kumpi on oikea.",
		"Fältet %q finns två gånger här. Ta bort det ena: programmet gissar inte vilket som är rätt.",
		"The field %q is here twice. Remove one: the program does not guess which is right."},
	"file.too_large": {
		"Tiedosto on liian suuri: vastaustiedosto voi olla enintään %d Mt. Tarkista, että valitsit oikean tiedoston.",
		"Filen är för stor: en svarsfil får vara högst %d MB. Kontrollera att du valde rätt fil.",
		"The file is too large: an answers file may be at most %d MB. Check that you chose the right file."},
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
	"breach.ref_form": {
		"Loukkauksen viitteen pitää olla muotoa VVVV-BNN, esimerkiksi 2026-B01.",
		"Incidentens referens ska ha formen ÅÅÅÅ-BNN, till exempel 2026-B01.",
		"The breach reference must look like YYYY-BNN, for example 2026-B01."},
	"breach.duplicate_ref": {
		"Loukkauksen viite %q on käytössä useammin kuin kerran.",
		"Incidentens referens %q används mer än en gång.",
		"The breach reference %q is used more than once."},
	"breach.aware_missing": {
		"Kirjaa, milloin loukkaus havaittiin.",
		"Ange när incidenten upptäcktes.",
		"Enter when the breach was discovered."},
	"breach.description_missing": {
		"Kerro, mitä tapahtui.",
		"Beskriv vad som hände.",
		"Describe what happened."},
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
	"text.too_long": {
		"Teksti on liian pitkä: enintään %d merkkiä. Lyhennä sitä tai jaa se useaan kohtaan.",
		"Texten är för lång: högst %d tecken. Korta den eller dela upp den på flera fält.",
		"The text is too long: at most %d characters. Shorten it or split it over several fields."},
	"number.range": {
		"Kirjoita kokonaisluku väliltä %d–%d.",
		"Skriv ett heltal mellan %d och %d.",
		"Write a whole number from %d to %d."},
	"number.negative": {
		"Luku ei voi olla negatiivinen.",
		"Talet kan inte vara negativt.",
		"The number cannot be negative."},
}
