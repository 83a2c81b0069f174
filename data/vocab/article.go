package vocab

import "regexp"

// Article cites an article of the GDPR, written as in Terms ("15",
// "12(6)", "6(1)(b)"), in the style of lang: Finnish "15 artikla", "12
// artiklan 6 kohta", "6 artiklan 1 kohdan b alakohta"; Swedish "artikel
// 15", "artikel 12.6", "artikel 6.1 b"; English "Article 15", "Article
// 12(6)". Text of another shape is returned after the word for article.
// The privacy notice cites in the same style (pdf/notice).
func Article(art, lang string) string {
	m := articleRe.FindStringSubmatch(art)
	switch Column(lang) {
	case SV:
		if m == nil {
			return "artikel " + art
		}
		s := "artikel " + m[1]
		if m[2] != "" {
			s += "." + m[2]
		}
		if m[3] != "" {
			s += " " + m[3]
		}
		return s
	case EN:
		return "Article " + art
	}
	switch {
	case m == nil:
		return "artikla " + art
	case m[2] == "":
		return m[1] + " artikla"
	case m[3] == "":
		return m[1] + " artiklan " + m[2] + " kohta"
	}
	return m[1] + " artiklan " + m[2] + " kohdan " + m[3] + " alakohta"
}

var articleRe = regexp.MustCompile(`^(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?$`)
