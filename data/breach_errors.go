package data

import "tietosuojapakki/data/vocab"

// BreachError is a breach log input that cannot be accepted. It names its
// field, so the window can show it beside that field, and speaks Finnish,
// Swedish and English.
type BreachError struct {
	Field string // "aware", "occurred", "description", "risk", "notified", "delay_reasons", …
	Code  string
	Args  []string
}

func (e *BreachError) Error() string { return e.Message("fi") }

// Message is the error in lang ("fi", "sv", "en"; Finnish otherwise).
func (e *BreachError) Message(lang string) string { return breachMessages.In(e.Code, lang, e.Args...) }

// Text is Message: the form every error of the program is worded by.
func (e *BreachError) Text(lang string) string { return e.Message(lang) }

func breachErr(field, code string, args ...string) *BreachError {
	return &BreachError{Field: field, Code: code, Args: args}
}

var breachMessages = vocab.Messages{
	"time_format": {
		"Aikaa {0} ei tunnistettu. Kirjoita se muodossa 2026-03-28T20:00 tai 28.3.2026 20:00 (Suomen aikaa).",
		"Tiden {0} kändes inte igen. Skriv den som 2026-03-28T20:00 eller 28.3.2026 20:00 (finsk tid).",
		"The time {0} was not recognised. Write it as 2026-03-28T20:00 or 28.3.2026 20:00 (Finnish time)."},
	"time_skipped": {
		"Aikaa {0} ei ole Suomen aikaa: kelloja siirrettiin silloin tunnilla eteenpäin. Tarkista aika.",
		"Tiden {0} finns inte i finsk tid: klockan ställdes då fram en timme. Kontrollera tiden.",
		"The time {0} does not exist in Finnish time: the clocks went forward an hour. Check the time."},
	"time_twice": {
		"Aika {0} esiintyy kahdesti, koska kelloja siirrettiin taaksepäin. Lisää perään +03:00 (kesäaika, ennen siirtoa) tai +02:00 (siirron jälkeen).",
		"Tiden {0} förekommer två gånger eftersom klockan ställdes tillbaka. Lägg till +03:00 (sommartid, före) eller +02:00 (efter).",
		"The time {0} occurs twice because the clocks went back. Add +03:00 (summer time, before the change) or +02:00 (after it)."},
	"time_future": {
		"Aika on tulevaisuudessa.", "Tiden ligger i framtiden.", "The time is in the future."},
	"before_aware": {
		"Aika on ennen kuin loukkaus havaittiin ({0}).", "Tiden är före upptäckten av incidenten ({0}).", "The time is before the breach was discovered ({0})."},
	"occurred_after_aware": {
		"Loukkaus ei voi tapahtua sen havaitsemisen jälkeen.", "Incidenten kan inte ha inträffat efter att den upptäcktes.", "The breach cannot have happened after it was discovered."},
	"description_required": {
		"Kerro lyhyesti, mitä tapahtui.", "Beskriv kort vad som hände.", "Say briefly what happened."},
	"risk_unknown": {
		"Valitse riskin arvio: ei riskiä, riski tai korkea riski.", "Välj riskbedömning: ingen risk, risk eller hög risk.", "Choose the risk assessment: no risk, risk or high risk."},
	"reasons_required": {
		"Kirjaa arvion perustelut: ne säilytetään, vaikka ilmoitusta ei tehtäisi (33 art. 5 kohta).",
		"Anteckna skälen för bedömningen: de sparas även om ingen anmälan görs (artikel 33.5).",
		"Record the reasons for the assessment: they are kept even when nothing is notified (Article 33(5))."},
	"delay_reasons_required": {
		"Ilmoitus tehtiin yli 72 tuntia havaitsemisesta ({0}): kirjaa viivästyksen syyt (33 art. 1 kohta).",
		"Anmälan gjordes mer än 72 timmar efter upptäckten ({0}): anteckna skälen till förseningen (artikel 33.1).",
		"The notification came more than 72 hours after awareness ({0}): record the reasons for the delay (Article 33(1))."},
	"negative": {
		"Määrä ei voi olla negatiivinen.", "Antalet kan inte vara negativt.", "The number cannot be negative."},
	"too_large": {
		"Määrä on epätavallisen suuri (yli {0}). Tarkista se.", "Antalet är ovanligt stort (över {0}). Kontrollera det.", "The number is unusually large (over {0}). Check it."},
	"how_required": {
		"Kerro, miten rekisteröidyille kerrottiin.", "Beskriv hur de registrerade informerades.", "Say how the data subjects were told."},
	"not_reason_required": {
		"Kerro 34 artiklan 3 kohdan peruste, miksi rekisteröidyille ei kerrottu.", "Ange grunden i artikel 34.3 för att de registrerade inte informerades.", "Give the ground of Article 34(3) for not telling the data subjects."},
	"close_unassessed": {
		"Arvioi riski ennen kuin suljet loukkauksen.", "Bedöm risken innan du stänger incidenten.", "Assess the risk before closing the breach."},
	"close_unnotified": {
		"Loukkauksesta on riski: ilmoita siitä tietosuojavaltuutetun toimistolle ja kirjaa ilmoitus ennen sulkemista.",
		"Incidenten innebär en risk: anmäl den till Dataombudsmannens byrå och anteckna anmälan innan du stänger.",
		"The breach poses a risk: notify the Office of the Data Protection Ombudsman and record it before closing."},
	"close_subjects": {
		"Riski on korkea: kirjaa, milloin ja miten rekisteröidyille kerrottiin, tai miksi ei (34 art.).",
		"Risken är hög: anteckna när och hur de registrerade informerades, eller varför inte (artikel 34).",
		"The risk is high: record when and how the data subjects were told, or why not (Article 34)."},
	"closed": {
		"Loukkaus on jo suljettu.", "Incidenten är redan stängd.", "The breach is already closed."},
	"note_required": {
		"Kirjoita merkintä.", "Skriv anteckningen.", "Write the note."},
	"ref_unknown": {
		"Loukkausta {0} ei löydy.", "Incidenten {0} hittas inte.", "No breach {0}."},
}
