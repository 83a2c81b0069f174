package audit

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
)

// Severities of a finding.
const (
	// Block: the notice is wrong or does not meet the GDPR or Finnish law
	// as it stands; it must be fixed before the notice is used again.
	Block = "block"
	// Advice: the notice works but would be clearer or safer changed.
	Advice = "advice"
)

// Finding is one fault found in a notice.
type Finding struct {
	// Code is stable across versions and languages (docs/audit.md).
	Code     string `json:"code"`
	Severity string `json:"severity"`
	// Article is the GDPR article or the Finnish law the finding rests on,
	// e.g. "GDPR 13(2)(d)" or "Tietosuojalaki (1050/2018) 29 §".
	Article string `json:"article"`
	// Message says in the chosen language what is wrong and what is right
	// today.
	Message string `json:"message"`
	// Quote is the text that triggered the finding, at most 160 runes;
	// empty for something missing.
	Quote string `json:"quote"`
	// Offset is the byte offset of the quote in the extracted text, or -1
	// for something missing (for highlighting the quote beside the text).
	Offset int `json:"-"`
}

// Report is the result of an audit: the findings, blocking ones first and
// then in the order of the text, and the answers the notice states.
type Report struct {
	Findings []Finding  `json:"findings"`
	Answers  *data.File `json:"answers"`
}

// Blocks reports whether a finding blocks.
func (r *Report) Blocks() bool {
	for _, f := range r.Findings {
		if f.Severity == Block {
			return true
		}
	}
	return false
}

// Audit checks the text of a notice and extracts its answers; messages
// are in lang ("fi", "sv" or "en"; Finnish otherwise).
func Audit(text, lang string) *Report {
	d := newDoc(text)
	f := d.answers()
	var c checker
	c.d, c.f, c.lang = d, f, lang
	for _, rule := range rules {
		rule(&c)
	}
	sort.SliceStable(c.out, func(i, j int) bool {
		a, b := c.out[i], c.out[j]
		if a.Severity != b.Severity {
			return a.Severity == Block
		}
		return offsetKey(a) < offsetKey(b)
	})
	if c.out == nil {
		c.out = []Finding{}
	}
	return &Report{Findings: c.out, Answers: f}
}

// offsetKey puts findings of something missing after those with a quote.
func offsetKey(f Finding) int {
	if f.Offset < 0 {
		return 1 << 30
	}
	return f.Offset
}

// checker collects the findings of one audit.
type checker struct {
	d    *doc
	f    *data.File
	lang string
	out  []Finding
	seen map[string]bool
	// cookieConsent: the notice asks consent to cookies (set by
	// basisSpans).
	cookieConsent bool
	// contractSecs caches contractSection by section index.
	contractSecs map[int]bool
}

// add adds a finding of code (once per code and quote) with the quote of
// text[i:j] (i < 0: nothing to quote) and the message's arguments.
func (c *checker) add(code string, i, j int, args ...any) {
	q := ""
	if i >= 0 {
		q = sentenceAt(c.d.text, i, j)
	} else {
		i = -1
	}
	c.addQuoted(code, q, i, args...)
}

// addSpan adds a finding quoting a whole sentence (which a PDF may have
// wrapped over lines).
func (c *checker) addSpan(code string, sp span, args ...any) {
	c.addQuoted(code, truncate(strings.Join(strings.Fields(sp.s), " "), maxQuote), sp.start, args...)
}

func (c *checker) addQuoted(code, q string, i int, args ...any) {
	m, ok := messages[code]
	if !ok {
		panic("audit: no message for " + code)
	}
	if c.seen == nil {
		c.seen = map[string]bool{}
	}
	key := code + "\x00" + q
	if c.seen[key] {
		return
	}
	c.seen[key] = true
	msg := m.text.In(c.lang)
	if len(args) > 0 {
		msg = fmt.Sprintf(msg, args...)
	}
	c.out = append(c.out, Finding{Code: code, Severity: m.severity, Article: citeIn(m.article, c.lang), Message: msg, Quote: q, Offset: i})
}

// message is the fixed part of a finding of one code.
type message struct {
	severity string
	article  string
	text     vocab.Text
}

// Codes lists every finding code the audit can give, sorted.
func Codes() []string {
	out := make([]string, 0, len(messages))
	for code := range messages {
		out = append(out, code)
	}
	sort.Strings(out)
	return out
}

// QuoteSpan returns the byte range of f's quote in text, the text the
// report was made from, for marking it beside the findings. ok is false
// for a finding with no quote.
func QuoteSpan(text string, f Finding) (start, end int, ok bool) {
	q := strings.Trim(f.Quote, "…")
	words := strings.Fields(q)
	if f.Offset < 0 || len(words) == 0 || f.Offset > len(text) {
		return 0, 0, false
	}
	// The quote normalises spaces and line breaks: match it word by word.
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	re, err := regexp.Compile(strings.Join(words, `\s+`))
	if err != nil {
		return 0, 0, false
	}
	from := max(0, f.Offset-2*maxQuote)
	if m := re.FindStringIndex(text[from:]); m != nil {
		return from + m[0], from + m[1], true
	}
	return 0, 0, false
}
