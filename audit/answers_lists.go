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
	groups := false // under a header row "Ryhmä | Tiedot"
	for _, l := range ls {
		s := strings.TrimSpace(l.s)
		if l.cells != nil {
			// A table's row: its first cell names the item; the others
			// are examples or notes ("Yhteystiedot | nimi, puhelin").
			// In a table of groups of people ("Lapsi | nimi, osoite")
			// the data are the second cell's.
			switch {
			case headerRow(l.cells):
				groups = groupWords.MatchString(strings.TrimSpace(l.cells[0]))
			case groups:
				out = append(out, listParts(l.cells[1])...)
			default:
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
		} else if strings.HasSuffix(s, ".") && len(strings.Fields(s)) > 6 && !shortItems(s) || len(s) > 200 {
			continue
		}
		out = append(out, listParts(s)...)
	}
	return out
}

// listParts returns the names a short list line gives, split at its
// commas and its "ja" (splitList).
func listParts(s string) []string {
	var out []string
	for _, part := range splitList(strings.TrimRight(strings.TrimSpace(s), ".;")) {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// groupRows returns the groups of people that a table of groups in ls
// names in its first column ("Lapsi | nimi, osoite": "Lapsi").
func groupRows(ls []line) []string {
	var out []string
	groups := false
	for _, l := range ls {
		switch {
		case l.cells == nil:
		case headerRow(l.cells):
			groups = groupWords.MatchString(strings.TrimSpace(l.cells[0]))
		case groups:
			out = append(out, strings.TrimRight(l.cells[0], ".;,:"))
		}
	}
	return out
}

// shortItems reports whether s, a line ending with a full stop, is a list
// of three names or more, none over four words besides its note in
// brackets ("Nimi, osoite,
// puhelinnumero, kohteen osoite ja kiinteistötunnus."), not a sentence.
func shortItems(s string) bool {
	parts := splitList(strings.TrimRight(s, ".;"))
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if n := len(strings.Fields(anyBrackets.ReplaceAllString(p, ""))); n == 0 || n > 4 {
			return false
		}
	}
	return true
}

// storedList is a sentence that lists the data in the passive, whose
// nouns stay in their base form: "Rekisteriin tallennetaan asiakkaan
// nimi, osoite ja puhelinnumero.", "Oppilaasta tallennetaan seuraavat
// tiedot: nimi, …".
var storedList = re(`^(?:rekisteriin |rekisterissä |meillä |\p{L}+(?:sta|stä) )?(?:tallennetaan|kerätään|käsitellään|säilytetään)\s+(?:seuraavat tiedot:?\s*|seuraavia tietoja:?\s*)?(?:asiakkaan |rekisteröidyn |henkilön |jäsenen |käyttäjän )?(.+?)\.?$`)

var listSplit = lazy(`\s*[,;]\s*|\s+(?:ja|sekä|och|samt|and)\s+`)

// listComma and listAnd are listSplit's two kinds of separator.
var (
	listComma = lazy(`\s*[,;]\s*`)
	listAnd   = lazy(`\s+(?:ja|sekä|och|samt|and)\s+`)
)

// boundWord is what the word before "ja" ends with when it is bound to
// the words after it: the first half of a compound ("palkka- ja
// poissaolotiedot", "löne- och frånvarouppgifter") or a plural genitive
// ("asiakkaiden ja heidän työntekijöidensä nimet").
var boundWord = lazy(`-$|^\p{L}+(?:iden|itten|jen|tten)$`)

// splitList cuts a list at its commas, and at its "ja", "och", "and"
// where the word before is not bound to the words after; never inside
// brackets ("kohteen tiedot (pinta-ala, lemmikit)" is one item).
func splitList(s string) []string {
	masked := maskBrackets(s)
	var out []string
	from := 0
	for _, c := range append(listComma.FindAllStringIndex(masked, -1), []int{len(s), len(s)}) {
		part, pm := s[from:c[0]], masked[from:c[0]]
		pf := 0
		for _, m := range listAnd.FindAllStringIndex(pm, -1) {
			left := part[pf:m[0]]
			if boundWord.MatchString(strings.TrimSpace(left)) {
				continue
			}
			out = append(out, left)
			pf = m[1]
		}
		out = append(out, part[pf:])
		from = c[1]
	}
	return out
}

// maskBrackets returns s with the separators inside brackets (commas,
// semicolons, spaces) as 0x01 bytes: the same offsets, no cuts there.
func maskBrackets(s string) string {
	b := []byte(s)
	depth := 0
	for i, c := range b {
		switch {
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
		case depth > 0 && (c == ',' || c == ';' || c == ' ' || c == '\t'):
			b[i] = 1
		}
	}
	return string(b)
}
