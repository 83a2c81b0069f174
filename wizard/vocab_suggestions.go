package wizard

import "tietosuojapakki/data/vocab"

// Ready answers from the fixed vocabularies of data/vocab. An answer picked
// from them is translated by the program into every document language
// (data.Localize), so the user types no translation for it.

// CountrySuggestions are the countries of vocab.Countries: all of them, or
// only those outside the EU/EEA (where a transfer needs a safeguard).
func CountrySuggestions(outsideOnly bool) []Text {
	var out []Text
	for _, c := range vocab.Countries {
		if !outsideOnly || !c.EEA {
			out = append(out, c.Name)
		}
	}
	return out
}

// CourtSuggestions are the Finnish district courts and the usual other fora.
func CourtSuggestions() []Text { return vocab.Courts }

// GoverningLawSuggestions are the usual governing laws of the terms.
func GoverningLawSuggestions() []Text { return vocab.GoverningLaws }
