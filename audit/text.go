package audit

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// doc is an extracted notice cut into lines and sections.
type doc struct {
	text string
	// flat is text with its line breaks as spaces: the same offsets, for
	// phrases that a PDF or a narrow column wrapped over two lines.
	flat     string
	lines    []line
	sections []section
	lang     string // "fi", "sv" or "en": the language most of the text is in
	// footer is the lines of a web page's site footer, with their offsets
	// in the text given to newDoc (past the end of text).
	footer []line

	spanCache []span
}

// line is one line of the text with its byte offset in doc.text.
type line struct {
	s     string
	start int
	// cells are the cells of a table row (two or more), as the extraction
	// marks them with tabs or a plain text with "|"; nil for other lines.
	// s holds the row too, its tabs as spaces.
	cells []string
}

// section is the text under a recognised heading (or a "Label: value"
// line): its topic and its content lines. The heading line itself is
// lines[head]; a label's value, if any, is the first content line.
type section struct {
	topic   topic
	head    int
	content []line
}

// newDoc cuts text into lines and sections. A web page's site footer
// (after a footerMark line, extractHTML) is no part of the notice's text,
// lines and sections, where facts are read: only its sentences count, as
// spans marked footer, for what the site uses. The tabs that mark a
// table's cells are spaces in d.text (the same offsets): the rules read
// words.
func newDoc(text string) *doc {
	foot := ""
	if k := strings.Index(text, "\n"+footerMark+"\n"); k >= 0 {
		text, foot = text[:k], text[k+len(footerMark)+2:]
	}
	d := &doc{text: strings.ReplaceAll(text, "\t", " ")}
	d.flat = strings.ReplaceAll(d.text, "\n", " ")
	d.lines = splitLines(text, 0)
	if foot != "" {
		d.footer = splitLines(strings.ReplaceAll(foot, "\t", " "), len(text)+len(footerMark)+2)
	}
	d.lang = detectLang(text)
	plain := plainHeadings(d.lines)
	var cur *section
	labelled := false // cur was started by a "Label: value" line
	for i, l := range d.lines {
		if l.cells != nil && tableRow(l) {
			if cur != nil && !tableRule.MatchString(l.s) {
				cur.content = append(cur.content, l)
			}
			continue
		}
		t, rest, ok := headingOf(l.s)
		if ok {
			d.sections = append(d.sections, section{topic: t, head: i})
			cur = &d.sections[len(d.sections)-1]
			labelled = rest != ""
			if rest != "" {
				cur.content = append(cur.content, line{s: rest, start: l.start + len(l.s) - len(rest)})
			}
			continue
		}
		if otherSection(d.lines, i, plain, cur) {
			// Kept with no topic: it ends the section before it and may
			// name a register ("2 Asiakasrekisteri").
			d.sections = append(d.sections, section{topic: topicNone, head: i})
			cur = nil
			continue
		}
		if labelled && labelValueEnds(cur, l) {
			cur = nil
		}
		if cur != nil && l.s != "" {
			cur.content = append(cur.content, l)
		}
	}
	return d
}

// labelValueEnds reports whether line l, after the value of a "Label:
// value" line (section s), starts text of its own: the value ended a
// sentence and l starts another with a capital, no list item. A PDF
// writes no blank line there ("Oikeusperuste: sopimus.\nTietoja
// säilytetään …"), and the paragraph after is not the label's.
func labelValueEnds(s *section, l line) bool {
	if s == nil || len(s.content) == 0 || l.cells != nil || s.topic != topicPurpose && s.topic != topicBasis {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(l.s))
	return strings.ContainsAny(lastRune(s.content[len(s.content)-1].s), ".!?") && unicode.IsUpper(r) && !bullet.MatchString(strings.TrimSpace(l.s))
}

// otherSection reports whether line i starts a section on no topic the
// rules read: a numbered or known heading of another topic, a plain
// text's heading, or a register's name standing alone (not the value
// under a "Rekisterin nimi" heading, cur).
func otherSection(ls []line, i int, plain bool, cur *section) bool {
	if isOtherHeading(ls[i].s) || plain && looseHeading(ls, i) {
		return true
	}
	return registerHeading(ls, i) && (cur == nil || cur.topic != topicRegisterName || len(cur.content) > 0)
}

// splitLines cuts s into lines whose offsets start at off, with the
// cells of table rows (cellsOf) and their tabs as spaces.
func splitLines(s string, off int) []line {
	var out []line
	for _, l := range strings.Split(s, "\n") {
		out = append(out, line{s: strings.ReplaceAll(l, "\t", " "), start: off, cells: cellsOf(l)})
		off += len(l) + 1
	}
	return out
}

// section returns the content lines of every section on topic t, in order.
func (d *doc) section(t topic) []line {
	var out []line
	for _, s := range d.sections {
		if s.topic == t {
			out = append(out, s.content...)
		}
	}
	return out
}

var labelColon = lazy(`:(\s|$)`)

var numbering = lazy(`^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.|[a-h]\))\s+`)

// headingOf reports whether s is a heading (or a "Label: value" line) of a
// known topic, and returns the value after a label's colon.
func headingOf(s string) (topic, string, bool) {
	// A numbered heading may be longer: "7. Tietojen säännönmukaiset
	// luovutukset ja tietojen siirto EU:n tai ETA:n ulkopuolelle".
	maxRunes, maxWords := 80, 10
	if numbering.MatchString(s) {
		maxRunes, maxWords = 110, 15
	}
	s = strings.TrimSpace(numbering.ReplaceAllString(s, ""))
	// A label line ("Oikeutesi: Sinulla on oikeus …") may run as long as
	// its paragraph: the label itself is short (labelLine checks it).
	if t, value, ok := labelLine(s); ok {
		return t, value, true
	}
	if s == "" || len(s) > 160 {
		return 0, "", false
	}
	if utf8.RuneCountInString(s) > maxRunes || len(strings.Fields(s)) > maxWords || strings.HasSuffix(s, ".") || strings.HasSuffix(s, ",") {
		return 0, "", false
	}
	// The colon of "Tietosisältö:" is not the topic's; a value keeps its
	// own ("… seuraavat tiedot:" is a lead-in).
	t, n := topicPrefix(strings.TrimSuffix(s, ":"))
	if t == topicNone || notHeading(s, n) {
		return 0, "", false
	}
	// A table row read back from a PDF or a document: "Y-tunnus 1234567-1",
	// "Rekisterinpitäjä Yritys Oy". The value starts with a capital or a
	// digit; "Rekisterinpitäjä ja yhteystiedot" is a heading only.
	value := strings.TrimSpace(s[n:])
	if r, _ := utf8.DecodeRuneInString(value); value != "" && !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		value = ""
	}
	return t, value, true
}

// notHeading reports whether s, which starts with a topic's words (up to
// n), is a sentence or a person instead: a lead-in, a verb after the
// label, or a title before a name ("Tietoturvapäällikkö Antti Heikkinen"
// is no heading on security).
func notHeading(s string, n int) bool {
	return leadInSentence(s, n) || verbAfterLabel.MatchString(s[n:]) || jobTitle.MatchString(s)
}

// verbAfterLabel follows a topic's word in a sentence, not a heading:
// "Personuppgiftsansvarig är Blomman Ab", "The controller is Flower Oy".
var verbAfterLabel = re(`^\s+(?:on|ovat|toimii|är|fungerar|is|are|acts)\s`)

// leadInSentence reports whether s, whose first n bytes name a topic, is a
// sentence that introduces a list ("Uppgifter som behandlas elektroniskt
// skyddar vi så här:"): three lower-case words or more, then a colon.
func leadInSentence(s string, n int) bool {
	rest := strings.TrimSpace(s[n:])
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.HasSuffix(s, ":") && len(strings.Fields(rest)) >= 3 && unicode.IsLower(r)
}

// labelLine reads "Label: value" where the label names a topic. The
// label's colon ends the line or is followed by a space: the colon of
// "EU:n" is not one.
func labelLine(s string) (topic, string, bool) {
	m := labelColon.FindStringIndex(s)
	if m == nil {
		return 0, "", false
	}
	label := s[:m[0]]
	if utf8.RuneCountInString(label) > 60 || strings.Contains(label, ".") {
		return 0, "", false
	}
	t, n := topicPrefix(label)
	if t == topicNone && dataLabels[strings.ToLower(strings.TrimSpace(label))] {
		// "Tiedot: nimi, osoite …" lists the data.
		t, n = topicData, len(label)
	}
	value := strings.TrimSpace(s[m[1]:])
	if t == topicNone || value == "" && leadInSentence(s, n) {
		return 0, "", false
	}
	return t, value, true
}

var otherHeading = lazy(`^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}`)

// otherTopic starts the unnumbered headings of the topics a notice has
// beside those the rules read (automated decisions, changes to the
// notice, social media, children, links, whether data must be given).
var otherTopic = re(`^(automaattinen päätöksenteko|automaattista päätöksentekoa|automaattiset päätökset|profilointi ja|muutokset|selosteen muutokset|tietosuojaselosteen muut|sosiaalinen media|linkit|ulkopuoliset linkit|onko tietojen antaminen|tietojen antamisen|velvollisuus antaa|automatiserat beslutsfattande|automatiserade beslut|profilering och|ändringar|sociala medier|länkar|måste du lämna|skyldighet att lämna|automated (individual )?decision|profiling and|changes to (this|the|our)|updates to (this|the|our)|social media|links to|third-party links|do you have to provide|obligation to provide|whether (you must|providing))`)

// isOtherHeading reports whether s looks like a heading of a topic the
// rules do not know, numbered ("7. Evästeet ja sosiaalinen media") or
// one of otherTopic's ("Automated decision-making"): it ends the section
// before it, so that its text is read as none of that section's facts.
func isOtherHeading(s string) bool {
	if strings.HasSuffix(s, ".") || strings.Contains(s, "@") {
		return false
	}
	if otherHeading.MatchString(s) && utf8.RuneCountInString(s) <= 110 {
		return true
	}
	s = strings.TrimSpace(s)
	return otherTopic.MatchString(s) && utf8.RuneCountInString(s) <= 70 && len(strings.Fields(s)) <= 8 &&
		!strings.ContainsAny(strings.TrimSuffix(s, ":"), ":;,")
}

// tableRow reports whether l, a line with cells, is a row that stays with
// the section above: a table's header row ("Tarkoitus | Oikeusperuste")
// is no heading, nor is a row of three cells or more ("Yhteystiedot |
// nimi, puhelin | kyllä"), nor the "|---|---|" under a plain text
// table's header. A row of two may be a label and its value ("Y-tunnus |
// 1234567-1").
func tableRow(l line) bool {
	return tableRule.MatchString(l.s) || headerRow(l.cells) || len(l.cells) > 2
}

// plainHeadings reports whether the text sets its headings apart as a
// plain text does: a blank line before, the content right under. Two
// known headings in that shape are enough.
func plainHeadings(ls []line) bool {
	n := 0
	for i, l := range ls {
		if _, _, ok := headingOf(l.s); ok && shapedAsHeading(ls, i) {
			n++
		}
	}
	return n >= 2
}

// shapedAsHeading reports whether line i stands after a blank line (or
// first) with its content right under it.
func shapedAsHeading(ls []line, i int) bool {
	return (i == 0 || strings.TrimSpace(ls[i-1].s) == "") && i+1 < len(ls) && strings.TrimSpace(ls[i+1].s) != ""
}

// looseHeading reports whether line i of a plain text is a heading of a
// topic the rules do not know ("Asiakastietojen käsittely verkkosivuilla",
// "Hantering av cookies"): shaped as one, short, a capital first, no
// sentence's end, and a word that headings of notices use. It ends the
// section before it, so that its text is read as none of that section's.
func looseHeading(ls []line, i int) bool {
	s := strings.TrimSpace(ls[i].s)
	r, _ := utf8.DecodeRuneInString(s)
	if s == "" || ls[i].cells != nil || !shapedAsHeading(ls, i) || !unicode.IsUpper(r) || bullet.MatchString(s) {
		return false
	}
	if utf8.RuneCountInString(s) > 60 || len(strings.Fields(s)) > 7 || strings.ContainsAny(s, ".,:;!?@") || strings.IndexFunc(s, unicode.IsDigit) >= 0 {
		return false
	}
	return headingStem.MatchString(s)
}

// registerEnd ends a register's name: "Asiakasrekisteri",
// "Kundregistret", "Staff register".
var registerEnd = re(`(?:rekisteri|register|registret|registry)$`)

// registerHeading reports whether line i is a register's name alone on a
// line, after a blank line and before a blank line or a heading (as a
// DOCX or HTML heading reads): "Henkilöstörekisteri". It starts that
// register's part and names it.
func registerHeading(ls []line, i int) bool {
	s := strings.TrimSpace(ls[i].s)
	r, _ := utf8.DecodeRuneInString(s)
	if s == "" || ls[i].cells != nil || !unicode.IsUpper(r) || len(strings.Fields(s)) > 4 || strings.ContainsAny(s, ".,:;!?@") || !registerEnd.MatchString(s) {
		return false
	}
	before := i == 0 || strings.TrimSpace(ls[i-1].s) == ""
	after := i+1 == len(ls) || strings.TrimSpace(ls[i+1].s) == "" || isHeadingLine(ls[i+1].s)
	return before && after
}

// headingStem is a word that the headings of notices use.
var headingStem = re(`tieto|tiedot|käsittel|rekister|oikeu|säilyt|luovut|siirr|evä|seloste|uppgift|behandl|register|rätt|lagr|utlämn|överför|kakor|cookie|\bdata\b|information|processing|rights|storage|sharing|transfer|personal|mainon|markkinoin|reklam|marknadsför|advertis|marketing`)

// bullets that start a list item, as office programs and PDFs write them
// (gofpdf's DejaVu bullet reads back as a double quote).
var bullet = lazy(`^(?:[-–—•·*▪◦●o"]|\d{1,2}[.)])\s+`)

// items returns the entries of a list-like section: bulleted lines, or
// each sentence of a paragraph. Lead-in lines ending with a colon are left
// out.
func items(ls []line) []string {
	var out []string
	ls = reflow(ls)
	for i, l := range ls {
		s := strings.TrimSpace(l.s)
		if strings.HasSuffix(s, ":") && (leadIn.MatchString(s) || i+1 < len(ls) && bullet.MatchString(ls[i+1].s) || i+1 == len(ls)) {
			continue
		}
		if l.cells != nil {
			// A table row: its cells, in their order ("Posti Oy –
			// toimitukset – Suomi"), not run together.
			if !headerRow(l.cells) {
				out = append(out, strings.Join(l.cells, " – "))
			}
			continue
		}
		if b := bullet.FindString(s); b != "" {
			out = append(out, strings.TrimSpace(s[len(b):]))
			continue
		}
		if headerRow([]string{s}) {
			continue
		}
		out = append(out, sentences(s)...)
	}
	return out
}

// dataLabels label a line that lists the data processed ("Tiedot: nimi,
// osoite"); alone they are no heading (any section speaks of "tiedot").
var dataLabels = set("tiedot", "henkilötiedot", "uppgifter", "personuppgifter", "data", "personal data")

// headerWords are the column titles of the tables in notices.
var headerWords = set("tiedot", "tieto", "kumppani", "yhteistyökumppani", "tehtävä", "rooli", "partner", "roll", "task", "role", "aineisto", "asiakirjat", "material", "handlingar", "records", "säilytysaika", "peruste", "oikeusperuste", "tarkoitus", "käsittelijä", "palvelu",
	"sijainti", "vastaanottaja", "syy", "uppgifter", "lagringstid", "grund", "ändamål", "biträde", "tjänst", "plats",
	"mottagare", "data", "period", "basis", "purpose", "processor", "service", "location", "recipient", "reason",
	"käsittelyn", "tietoryhmä", "tietoryhmät", "eväste", "evästeen", "nimi", "kesto", "voimassaolo", "tyyppi", "tarjoaja",
	"palveluntarjoaja", "rättslig", "kaka", "kakans", "namn", "varaktighet", "typ", "leverantör", "legal", "retention",
	"cookie", "name", "duration", "type", "provider", "of", "and", "ja", "och", "lawful", "storage", "category", "kategori",
	"esimerkki", "esimerkkejä", "exempel", "example", "examples", "pakollinen", "obligatorisk", "mandatory", "required",
	"rekisteri", "register", "registret", "ryhmä", "henkilöryhmä", "rekisteröity", "rekisteröidyt", "grupp", "registrerad", "registrerade", "group", "subjects")

// groupWords title a table's first column that names groups of people
// ("Ryhmä | Tiedot"): its rows are data subjects, their data in the next
// cell.
var groupWords = re(`^(?:ryhmä|henkilöryhmä|rekisteröity|rekisteröidyt|grupp|registrerad|registrerade|group|data subjects?)$`)

// headerRow reports whether the cells of a row, or the words of a line
// read back from a table ("Tiedot Säilytysaika Peruste"), are a table's
// header: two or more column titles and nothing else. Among real cells a
// heading's words may stand beside a title ("Tieto | Rekisterinpitäjän
// tiedot").
func headerRow(cells []string) bool {
	real := len(cells) > 1
	if !real {
		cells = strings.Fields(cells[0])
	}
	if len(cells) < 2 || len(cells) > 6 {
		return false
	}
	titles := 0
	for _, c := range cells {
		switch {
		case headerCell(c):
			titles++
		case real && topicCell(c):
		default:
			return false
		}
	}
	return titles > 0
}

// topicCell reports whether c, a cell of a table's row, is a heading's
// words ("Rekisterinpitäjän tiedot" over the controller's rows), not a
// value: a company's or a dated value has its form or digits.
func topicCell(c string) bool {
	_, ok := topicOf(c)
	return ok && len(strings.Fields(c)) <= 4 && !companyForm.MatchString(c) && !strings.ContainsAny(c, "@0123456789")
}

// headerCell reports whether c is a column title: words of headerWords,
// three at most.
func headerCell(c string) bool {
	ws := strings.Fields(c)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if !headerWords[strings.ToLower(strings.Trim(w, ":"))] {
			return false
		}
	}
	return true
}

// tableRule is the line under a plain text table's header ("|---|---|").
var tableRule = lazy(`^[\s|:=+\-]+$`)

// pipeRow is a plain text table row: cells between "|" marks.
var pipeRow = lazy(`^\|.*\||\S\s+\|\s+\S`)

// cellsOf returns the cells of a table row: the tab-separated parts of a
// line, or the parts between "|" marks of a plain text table ("a | b",
// "| a | b |"). A line of one cell is no row: nil.
func cellsOf(s string) []string {
	sep := "\t"
	if !strings.Contains(s, "\t") {
		if !pipeRow.MatchString(strings.TrimSpace(s)) {
			return nil
		}
		sep = "|"
	}
	var out []string
	for _, c := range strings.Split(s, sep) {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// leadIn words introduce a list ("seuraavia tietoja:").
var leadIn = lazy(`(?i)seuraav|esimerkiksi|kuten|följande|till exempel|såsom|following|such as|for example|include`)

// reflow joins the lines of a paragraph that a PDF or a narrow column
// wrapped: a line that does not end a sentence, followed by one that
// starts with a small letter. A blank line ends a paragraph (the readers
// of DOCX, ODT and HTML put one after each). Offsets stay those of the
// first line.
func reflow(ls []line) []line {
	var out []line
	end := -1 // where the line before ends in the text
	for _, l := range ls {
		s := strings.TrimSpace(l.s)
		next := l.start == end+1 // no blank line between
		end = l.start + len(l.s)
		if n := len(out); n > 0 && next && wrappedLine(out[n-1], l, s) {
			out[n-1].s = strings.TrimSpace(out[n-1].s) + " " + s
			continue
		}
		out = append(out, line{s: s, start: l.start, cells: l.cells})
	}
	return out
}

// wrappedLine reports whether line l (trimmed: s) goes on the line before it,
// prev, as a layout wrapped it: neither is a table row, prev ends no
// sentence and is no heading, and s starts with a small letter and no
// bullet.
func wrappedLine(prev, l line, s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return l.cells == nil && prev.cells == nil && prev.s != "" && unicode.IsLower(r) && !bullet.MatchString(s) &&
		!strings.ContainsAny(lastRune(prev.s), ".:;!?") && !isHeadingLine(prev.s)
}

// isHeadingLine reports whether s is a heading, known or numbered.
func isHeadingLine(s string) bool {
	_, _, ok := headingOf(s)
	return ok || isOtherHeading(s)
}

func lastRune(s string) string {
	s = strings.TrimSpace(s)
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// sentenceEnd is the end of a sentence: a full stop, question or
// exclamation mark followed by a space and a capital letter, unless the
// full stop is an abbreviation's (sentenceEnds).
var sentenceEnd = lazy(`[.!?]\s+\p{Lu}`)

// abbreviations end with a dot that ends no sentence, in small letters:
// "esim. Google Analytics", "the EU-U.S. Data Privacy Framework". Those
// that often end a sentence ("jne.", "etc.", "osv.") are not here.
var abbreviations = set(
	"esim.", "ns.", "mm.", "ks.", "kts.", "vrt.", "ym.", "eli.", "n.", "ts.", "yht.", "os.", "puh.", "nro.", "mom.", "art.",
	"t.ex.", "bl.a.", "dvs.", "d.v.s.", "s.k.", "resp.", "inkl.", "enl.", "jfr.", "fr.o.m.", "t.o.m.", "p.g.a.", "pga.", "ev.", "ca.", "tel.",
	"e.g.", "i.e.", "u.s.", "u.k.", "incl.", "approx.", "vs.", "no.", "nr.", "cf.", "mr.", "ms.", "mrs.", "dr.", "st.")

// initials are dotted letters: "A." of a name, "U.S.", "e.g." of any kind.
var initials = lazy(`^(\p{L}\.)+$`)

// sentenceEnds returns the sentenceEnd matches of s that end a sentence:
// the dot is not an abbreviation's nor an initial's.
func sentenceEnds(s string) [][]int {
	var out [][]int
	for _, m := range sentenceEnd.FindAllStringIndex(s, -1) {
		if s[m[0]] != '.' || !abbreviationBefore(s[:m[0]+1]) {
			out = append(out, m)
		}
	}
	return out
}

// abbreviationBefore reports whether s ends with an abbreviation whose
// dot is its last byte: the word before it, after an opening bracket or
// quote, or the part after a hyphen ("EU-U.S.").
func abbreviationBefore(s string) bool {
	w := strings.ToLower(s[strings.LastIndexAny(s, " \t\n(\"'“‘/")+1:])
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		w = w[k+1:]
	}
	return abbreviations[w] || initials.MatchString(w) && utf8.RuneCountInString(w) <= 8
}

// sentences splits a paragraph into sentences, keeping each sentence's
// final mark.
func sentences(p string) []string {
	var out []string
	from := 0
	for _, m := range sentenceEnds(p) {
		out = append(out, strings.TrimSpace(p[from:m[0]+1]))
		from = m[1] - utf8RuneLenBefore(p, m[1])
	}
	if s := strings.TrimSpace(p[from:]); s != "" {
		out = append(out, s)
	}
	return out
}

// utf8RuneLenBefore returns the byte length of the rune that ends at i.
func utf8RuneLenBefore(s string, i int) int {
	_, n := utf8.DecodeLastRuneInString(s[:i])
	return n
}

// sentenceAt returns the sentence of text around byte offset i, trimmed to
// at most maxQuote runes around the offset, for a finding's quote.
func sentenceAt(text string, i, j int) string {
	if i < 0 || i > j || j > len(text) {
		return "" // not the text's offsets (a site footer's span has its own: use addSpan)
	}
	// The sentence starts after the last sentence end (a mark, a space and
	// a capital: not "6. krs" or "1.1.2020") or line end before i.
	start := strings.LastIndexByte(text[:i], '\n') + 1
	// (The capital after the mark may be the match's own first letter.)
	from := start
	for _, m := range sentenceEnds(text[from:j]) {
		if from+m[0] < i {
			start = from + m[0] + 1
		}
	}
	end := len(text)
	if k := strings.IndexByte(text[j:], '\n'); k >= 0 {
		end = j + k
	}
	if ms := sentenceEnds(text[j:end]); len(ms) > 0 {
		m := ms[0]
		end = j + m[0] + 1
	}
	q := strings.Join(strings.Fields(text[start:end]), " ")
	if utf8.RuneCountInString(q) <= maxQuote {
		return q
	}
	m := strings.TrimSpace(text[i:j])
	if utf8.RuneCountInString(m) >= maxQuote {
		return truncate(m, maxQuote)
	}
	// Centre the match in a window of maxQuote runes.
	pad := (maxQuote - utf8.RuneCountInString(m)) / 2
	a, b := i, j
	for n := 0; n < pad && a > start; n++ {
		_, w := utf8.DecodeLastRuneInString(text[:a])
		a -= w
	}
	for n := 0; n < pad && b < end; n++ {
		_, w := utf8.DecodeRuneInString(text[b:])
		b += w
	}
	return "…" + strings.Join(strings.Fields(text[a:b]), " ") + "…"
}

// maxQuote is the longest quote of a finding, in runes.
const maxQuote = 160

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// detectLang picks fi, sv or en by counting common short words.
func detectLang(text string) string {
	counts := map[string]int{}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range words {
		for lang, list := range stopwords {
			if list[w] {
				counts[lang]++
			}
		}
	}
	best := "fi"
	for _, lang := range []string{"sv", "en"} {
		if counts[lang] > counts[best] {
			best = lang
		}
	}
	return best
}

var stopwords = map[string]map[string]bool{
	"fi": set("ja", "on", "tai", "tiedot", "tietoja", "ei", "että", "sekä", "voi", "jos", "kun", "rekisteri", "tiedon", "henkilötietoja"),
	"sv": set("och", "är", "att", "för", "av", "om", "uppgifter", "som", "till", "med", "inte", "eller", "den", "det"),
	"en": set("and", "the", "of", "to", "is", "data", "for", "or", "we", "your", "you", "with", "not", "are"),
}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
