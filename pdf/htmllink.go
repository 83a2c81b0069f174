package pdf

import (
	"html/template"
	"regexp"
	"strings"
)

// linkRe finds what a reader of a web page expects to click: an e-mail
// address, a web address with its scheme or www., or a bare domain of the
// usual endings ("tietosuoja.fi", the authority's site).
var linkRe = regexp.MustCompile(`(?i)[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}` +
	`|https?://[^\s<>"]+` +
	`|\bwww\.[a-z0-9\-]+(?:\.[a-z0-9\-]+)+(?:/[^\s<>"]*)?` +
	`|\b[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:fi|ax|se|eu|com|net|org|info)\b(?:/[^\s<>"]*)?`)

// linked escapes s for HTML and makes its e-mail addresses mailto: links
// and its web addresses links. Punctuation that ends a sentence is not
// part of an address.
func linked(s string) template.HTML {
	if !mayLink(s) {
		return template.HTML(template.HTMLEscapeString(s))
	}
	var b strings.Builder
	last := 0
	for _, m := range linkRe.FindAllStringIndex(s, -1) {
		start, end := m[0], m[1]
		if start < last {
			continue
		}
		addr := strings.TrimRight(s[start:end], ".,;:!?)")
		end = start + len(addr)
		if start > 0 && (s[start-1] == '@' || s[start-1] == '/' || s[start-1] == '.') {
			continue // part of an address already skipped
		}
		href := addr
		switch {
		case strings.Contains(addr, "@") && !strings.Contains(addr, "/"):
			href = "mailto:" + addr
		case !strings.HasPrefix(strings.ToLower(addr), "http"):
			href = "https://" + addr
		}
		b.WriteString(template.HTMLEscapeString(s[last:start]))
		b.WriteString(`<a href="` + template.HTMLEscapeString(href) + `">` + template.HTMLEscapeString(addr) + `</a>`)
		last = end
	}
	b.WriteString(template.HTMLEscapeString(s[last:]))
	return template.HTML(b.String())
}

// mayLink reports whether s can hold an address linkRe finds: most texts
// cannot, and skipping the regular expression keeps pages quick.
func mayLink(s string) bool {
	if strings.Contains(s, "@") || strings.Contains(s, "://") {
		return true
	}
	l := strings.ToLower(s)
	for _, end := range []string{"www.", ".fi", ".ax", ".se", ".eu", ".com", ".net", ".org", ".info"} {
		if strings.Contains(l, end) {
			return true
		}
	}
	return false
}
