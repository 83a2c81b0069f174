package breachreport

import (
	"strings"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
)

// EventText words one event of a breach's history in lang: what happened,
// then its value (a time in Helsinki time, a risk by its name) and its
// note. The report and the window both show the history this way; a time
// is Helsinki time (the offset is in the report's other times).
func EventText(ev data.Event, lang string) string {
	value := ev.New
	if at, err := time.Parse(time.RFC3339, ev.New); err == nil {
		value = data.FormatLocalClock(at)
	} else if ev.Kind == data.EventAssessed {
		value = RiskLabel(data.Risk(ev.New), lang)
	}
	text := ev.Kind
	if t, ok := eventKinds[ev.Kind]; ok {
		text = t.In(lang)
	}
	if ev.Kind == data.EventEdited {
		if f, ok := editedFields[ev.Field]; ok {
			text += " – " + f.In(lang)
		}
	}
	if rest := strings.TrimSpace(value + " " + ev.Note); rest != "" {
		text += ": " + rest
	}
	return text
}

var eventKinds = map[string]vocab.Text{
	data.EventCreated:         tx("Kirjattu", "Antecknad", "Recorded"),
	data.EventNote:            tx("Merkintä", "Anteckning", "Note"),
	data.EventEdited:          tx("Muutettu", "Ändrad", "Changed"),
	data.EventImported:        tx("Tuotu tiedostosta", "Importerad från fil", "Imported from a file"),
	data.EventPurged:          tx("Tiedot poistettu säilytysajan päätyttyä", "Uppgifterna raderade efter lagringstiden", "Data removed after the retention period"),
	data.EventAssessed:        tx("Riski arvioitu", "Risken bedömd", "Risk assessed"),
	data.EventNotified:        tx("Ilmoitettu valvojalle", "Anmäld till tillsynen", "Notified to the authority"),
	data.EventSubjectsTold:    tx("Rekisteröidyille kerrottu", "De registrerade informerade", "Data subjects told"),
	data.EventSubjectsNotTold: tx("Rekisteröidyille ei kerrota", "De registrerade informeras inte", "Data subjects not told"),
	data.EventControllerTold:  tx("Rekisterinpitäjälle kerrottu", "Den personuppgiftsansvarige informerad", "Controller told"),
	data.EventClosed:          tx("Suljettu", "Stängd", "Closed"),
}

// editedFields name the facts an "edited" event can change (the fields of
// data.EditBreachFacts).
var editedFields = map[string]vocab.Text{
	"aware":           tx("Havaittu", "Upptäckt", "Became aware"),
	"occurred":        tx("Tapahtui", "Inträffade", "Happened"),
	"description":     tx("Mitä tapahtui", "Vad hände", "What happened"),
	"data_subjects":   tx("Keitä ja mitä tietoja se koskee", "Vilka och vilka uppgifter det gäller", "Whom and which data it concerns"),
	"subjects_approx": tx("Henkilöitä noin", "Personer ungefär", "People, about"),
	"records_approx":  tx("Tietueita noin", "Poster ungefär", "Records, about"),
	"consequences":    tx("Todennäköiset seuraukset", "Sannolika följder", "Likely consequences"),
	"measures":        tx("Toimenpiteet", "Åtgärder", "Measures"),
}
