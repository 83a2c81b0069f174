package audit

import (
	"strings"

	"tietosuojapakki/data/vocab"
)

// citeIn writes a finding's article, kept in messages in its Finnish form
// ("GDPR 13(2)(b), 15–18, 20, 21; Tietosuojalaki (1050/2018) 29 §"), in
// the style of lang: Swedish "GDPR artiklarna 13.2 b, 15–18, 20 och 21;
// Dataskyddslagen (1050/2018) 29 §", English "GDPR Articles 13(2)(b),
// 15–18, 20 and 21; Data Protection Act (1050/2018), section 29". The
// Finnish form is returned as it is. Parts are separated by "; ".
func citeIn(article, lang string) string {
	col := vocab.Column(lang)
	if col == vocab.FI {
		return article
	}
	parts := strings.Split(article, "; ")
	for i, p := range parts {
		parts[i] = citePart(p, lang)
	}
	return strings.Join(parts, "; ")
}

var (
	gdprRefs = lazy(`^GDPR (\d[\d()a-z–, ]*)$`)
	lawRef   = lazy(`^(.+\(\d+/\d{4}\))(?: (\d+ ?[a-z]?) §)?$`)
	// courtRef is a judgment of the Court of Justice of the EU.
	courtRef = lazy(`^EU-tuomioistuin (.+)$`)
)

// citePart writes one part of an article in lang (sv or en).
func citePart(p, lang string) string {
	sv := vocab.Column(lang) == vocab.SV
	and := map[bool]string{true: " och ", false: " and "}[sv]
	if m := gdprRefs.FindStringSubmatch(p); m != nil {
		refs := strings.Split(m[1], ", ")
		for i, r := range refs {
			if sv {
				refs[i] = svRef(r)
			}
		}
		word := map[bool]string{true: "artikel ", false: "Article "}[sv]
		if len(refs) > 1 {
			word = map[bool]string{true: "artiklarna ", false: "Articles "}[sv]
		}
		return "GDPR " + word + joinAnd(refs, and)
	}
	if m := courtRef.FindStringSubmatch(p); m != nil {
		court := map[bool]string{true: "EU-domstolen ", false: "CJEU "}[sv]
		return court + strings.ReplaceAll(m[1], " ja ", and)
	}
	if m := lawRef.FindStringSubmatch(p); m != nil {
		law, ok := vocab.Translate(m[1], lang)
		if !ok {
			return p
		}
		switch {
		case m[2] == "":
			return law
		case sv:
			return law + " " + m[2] + " §"
		}
		return law + ", section " + m[2]
	}
	return p
}

// svRef writes "13(2)(d)" as Swedish laws do, "13.2 d".
func svRef(r string) string {
	r = refNumber.ReplaceAllString(r, ".$1")
	return refLetter.ReplaceAllString(r, " $1")
}

// refNumber and refLetter are the "(2)" and "(d)" of an article's
// reference.
var (
	refNumber = lazy(`\((\d+)\)`)
	refLetter = lazy(`\(([a-z])\)`)
)

// joinAnd joins a list with commas and its last item with and.
func joinAnd(list []string, and string) string {
	if len(list) < 2 {
		return strings.Join(list, "")
	}
	return strings.Join(list[:len(list)-1], ", ") + and + list[len(list)-1]
}
