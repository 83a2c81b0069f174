package audit

import (
	"strings"
)

// listItems returns the entries of a list of short names: bulleted items
// as they are, a short line without a full stop split at its commas.
// Sentences are left out: "Rekisteriin tallennetaan asiakkaan nimi." is not
// a category's name.
func listItems(ls []line) []string {
	var out []string
	for _, l := range ls {
		s := strings.TrimSpace(l.s)
		if l.cells != nil {
			// A table's row: its first cell names the item; the others
			// are examples or notes ("Yhteystiedot | nimi, puhelin").
			if !headerRow(l.cells) {
				out = append(out, strings.TrimRight(l.cells[0], ".;,"))
			}
			continue
		}
		if strings.HasSuffix(s, ":") {
			continue
		}
		if b := bullet.FindString(s); b != "" {
			out = append(out, strings.TrimRight(strings.TrimSpace(s[len(b):]), ".;,"))
			continue
		}
		if m := storedList.FindStringSubmatch(s); m != nil {
			s = m[1] // "Rekisteriin tallennetaan asiakkaan nimi, osoite ja …"
		} else if strings.HasSuffix(s, ".") && len(strings.Fields(s)) > 6 || len(s) > 200 {
			continue
		}
		for _, part := range listSplit.Split(strings.TrimRight(s, ".;"), -1) {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// storedList is a sentence that lists the data in the passive, whose
// nouns stay in their base form: "Rekisteriin tallennetaan asiakkaan
// nimi, osoite ja puhelinnumero."
var storedList = re(`^(?:rekisteriin |rekisterissä |meillä )?(?:tallennetaan|kerätään|käsitellään|säilytetään)\s+(?:seuraavat tiedot:?\s*|seuraavia tietoja:?\s*)?(?:asiakkaan |rekisteröidyn |henkilön |jäsenen |käyttäjän )?(.+?)\.?$`)

var listSplit = lazy(`\s*[,;]\s*|\s+(?:ja|sekä|och|samt|and)\s+`)
