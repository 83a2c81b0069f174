package jobs

import (
	"sort"
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
)

// partNames name the parts of a snapshot in the change history.
var partNames = map[string]vocab.Text{
	"organisation":    {FI: "rekisterinpitäjän tiedot", SV: "den personuppgiftsansvariges uppgifter", EN: "the controller's details"},
	"processors":      {FI: "käsittelijät", SV: "personuppgiftsbiträden", EN: "processors"},
	"website":         {FI: "evästeet ja verkkosivut", SV: "kakor och webbplatsen", EN: "cookies and the web site"},
	"request_log":     {FI: "pyyntölokin säilytys", SV: "lagring av loggen över begäranden", EN: "retention of the request log"},
	"processor_terms": {FI: "käsittelyn ehdot", SV: "villkoren för behandlingen", EN: "the processing terms"},
	"registers":       {FI: "rekisterit", SV: "registren", EN: "the registers"},
	"translations":    {FI: "käännökset", SV: "översättningar", EN: "translations"},
}

var registerWord = vocab.Text{FI: "rekisteri", SV: "registret", EN: "register"}
var changedWord = vocab.Text{FI: "Muutettu: ", SV: "Ändrat: ", EN: "Changed: "}

var firstVersion = vocab.Text{FI: "Ensimmäinen versio", SV: "Första versionen", EN: "First version"}

// noteText renders the change note (codes) of a version in lang; a
// register is named in lang too (its translation, or marked).
func noteText(a *data.Answers, version int, codes, lang string) string {
	if version == 1 {
		return firstVersion.In(lang)
	}
	if codes == "" {
		return ""
	}
	var out []string
	for _, c := range strings.Split(codes, ",") {
		if rest, ok := strings.CutPrefix(c, "register:"); ok {
			// "register:<place>:<name>"
			if _, name, ok := strings.Cut(rest, ":"); ok {
				rest = name
			}
			out = append(out, registerWord.In(lang)+" "+data.StripForeign(data.TextIn(a, lang, rest)))
			continue
		}
		if t, ok := partNames[c]; ok {
			out = append(out, t.In(lang))
			continue
		}
		out = append(out, c)
	}
	return changedWord.In(lang) + strings.Join(out, "; ")
}

func sortedKeys(m parts) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
