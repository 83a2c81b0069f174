// Package vocab holds the coded vocabularies of the domain (legal bases,
// safeguards, security measures, rights, …) with their labels and one-line
// explanations in Finnish, Swedish and English. The wizard shows them as
// choices and the documents print them, so both say the same thing.
package vocab

// Text is one text in the three languages.
type Text struct{ FI, SV, EN string }

// In returns the text in lang ("fi", "sv", "en"); Finnish otherwise.
func (t Text) In(lang string) string {
	return [3]string{t.FI, t.SV, t.EN}[Column(lang)]
}

// Term is one code of a vocabulary with its label and a plain explanation.
type Term struct {
	Code    string
	Label   Text
	Help    Text
	Article string // the GDPR article the term stands on, where one does
}

// Find returns the term of code in list.
func Find(list []Term, code string) (Term, bool) {
	for _, t := range list {
		if t.Code == code {
			return t, true
		}
	}
	return Term{}, false
}

// Label returns the label of code in lang, or the code itself when unknown,
// so that an unknown value is still visible rather than silently dropped.
func Label(list []Term, code, lang string) string {
	if t, ok := Find(list, code); ok {
		return t.Label.In(lang)
	}
	return code
}

// Codes returns the codes of list in order.
func Codes(list []Term) []string {
	out := make([]string, len(list))
	for i, t := range list {
		out[i] = t.Code
	}
	return out
}
