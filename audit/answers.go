package audit

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"tietosuojapakki/data"
	"tietosuojapakki/data/valid"
	"tietosuojapakki/data/vocab"
)

// Answers returns the facts a notice states, as an answers file the
// import reads (format and version set, empty lists as empty). A fact is
// taken only where the text states it under its heading or label; what
// cannot be read reliably stays empty for the wizard to ask.
func Answers(text string) *data.File {
	return newDoc(text).answers()
}

// EnsureName gives f a stand-in name that says so, "Nimi puuttuu
// (tuotu tiedostosta old.pdf)", when the notice stated none: the store
// needs a name, and the user must see it is not the company's. It reports
// whether it did.
func EnsureName(f *data.File, source, lang string) bool {
	if strings.TrimSpace(f.Organisation.Name) != "" {
		return false
	}
	f.Organisation.Name = fmt.Sprintf(vocab.Text{
		FI: "Nimi puuttuu (tuotu tiedostosta %s)", SV: "Namn saknas (importerad från %s)", EN: "Name missing (imported from %s)",
	}.In(lang), source)
	return true
}

func (d *doc) answers() *data.File {
	f := &data.File{Format: data.FileFormat, Version: data.FileVersion, Requests: []data.Request{}}
	a := &f.Answers
	a.Registers = []data.Register{}
	a.Processors = []data.Processor{}
	d.organisation(&a.Organisation)
	a.Organisation.DocumentLanguages = []string{d.lang}
	d.website(&a.Website)
	for _, p := range d.parts() {
		reg, procs := p.register(len(a.Processors) + 1)
		a.Processors = append(a.Processors, procs...)
		if !registerEmpty(&reg) {
			a.Registers = append(a.Registers, reg)
		}
	}
	dropGaps(a)
	return f
}

var (
	businessIDRe  = re(`\b(?:y-tunnus|y-tun\.?|ly-tunnus|fo-nummer|fo-nr|business id|business identity code|company id|org\.? ?nr)\s*:?\s*(\d{6,7}-\d)\b`)
	emailRe       = lazy(`[\p{L}0-9._%+\-]+@[\p{L}0-9.\-]+\.\p{L}{2,}`)
	phoneRe       = re(`\b(?:puh\.?|puhelin(?:numero)?|p\.|tel\.?|telefon(?:nummer)?|phone|tfn|vaihde|växel|gsm|mobile|matkapuhelin|telephone|asiakaspalvelu|kundtjänst|customer service)\s*:?\s*(\+?\(?\d[\d ()\-]{4,18}\d)`)
	urlRe         = re(`\b(?:https?://[^\s,;()<>]+|www\.[^\s,;()<>]+)`)
	postalRe      = lazy(`\b(\d{5})\s+(\p{Lu}[\p{L}\-]+)`)
	faxRe         = re(`\b(fax|faksi|telefax|telekopio)`)
	addressLabel  = re(`^(?:osoite|postiosoite|käyntiosoite|katuosoite|adress|postadress|besöksadress|address|postal address|street address)\s*:?\s*`)
	nameLabel     = re(`^(?:nimi|yrityksen nimi|yritys|toiminimi|namn|företag|firma|name|company|company name|rekisterinpitäjä|personuppgiftsansvarig|controller)\s*:?\s+`)
	nameLabelOnly = re(`^(?:nimi|yrityksen nimi|yritys|toiminimi|namn|företag|firma|name|company|company name)\s*:?$`)
	companyForm   = lazy(`\b(?:Oy|Oyj|Ab|Abp|Ky|Ay|Tmi|ry|rf|osk|Ltd|Limited|Inc|GmbH|AB|Oü|toiminimi|Toiminimi)\b`)
)

// registerWord starts a line that lists registers ("Registers Customer
// register", "Register Kundregister"): not a company's name.
var registerWord = re(`^(?:rekisteri|register|registren|registers)\b|rekisteri\b|register\b`)

// authorityMark tells lines that give the supervisory authority's address
// (old or new) or another authority's, which is not the controller's: its
// name, or its own street address and postal codes. Another house in
// the same street is a company's ("Ratapihantie 11, 00520 Helsinki").
var authorityMark = re(`tietosuojavaltuutet|dataombudsman|data protection ombudsman|lintulahdenkuja|fågelviksgränden|ratapihantie 9\b|bangårdsvägen 9\b|\b0053[01]\b|\b00521\b|\b(?:pl|pb|po box|p\.o\. box) (?:800|315)\b`)

// organisation reads the controller from its section (or label lines
// anywhere for the Y-tunnus) and the contact person from theirs.
func (d *doc) organisation(o *data.Organisation) {
	ctrl := d.section(topicController)
	if len(ctrl) == 0 {
		ctrl = d.letterhead()
		o.Name = letterheadName(ctrl)
	}
	// A name on the controller's own label or heading line ("Controller
	// Ajanvaraus Kivi Oy") wins over the first line of a section, which
	// may be a list of the registers.
	for _, s := range d.sections {
		if s.topic == topicController && o.Name == "" && len(s.content) > 0 && s.content[0].start > d.lines[s.head].start {
			o.Name = orgName(s.content[:1])
		}
	}
	for _, s := range d.sections {
		if s.topic == topicController && o.Name == "" {
			o.Name = orgName(s.content)
		}
	}
	o.BusinessID = d.businessID()
	ctrl = ownLines(ctrl, o.BusinessID)
	o.Street, o.PostalCode, o.City = address(ctrl)
	o.Email = firstEmail(ctrl)
	o.Phone = firstPhone(ctrl)
	o.Website = firstURL(ctrl)
	cs := d.section(topicContact)
	title, name := personName(cs)
	if t := labelled(cs, titleLabel); t != "" {
		title = t
	}
	o.PrivacyContact = data.Contact{Name: name, Title: title, Email: firstEmail(cs), Phone: firstPhone(cs)}
	if o.PrivacyContact.Name == "" && o.PrivacyContact.Email == "" && o.PrivacyContact.Phone == "" {
		// Old notices often give only the controller's details.
		o.PrivacyContact = data.Contact{}
	}
	o.DPO = d.dpo()
}

// dpo returns the data protection officer that the notice names under
// its heading, or nil: a section that names no person ("Emme ole
// nimittäneet tietosuojavastaavaa") appoints none.
func (d *doc) dpo() *data.Contact {
	ds := d.section(topicDPO)
	title, name := personName(ds)
	if name == "" {
		return nil
	}
	return &data.Contact{Name: name, Title: title, Email: firstEmail(ds), Phone: firstPhone(ds)}
}

// ownLines leaves out of the controller's lines those that give another
// company's Y-tunnus than id, the controller's: "Rekisteriä ylläpitää
// isännöitsijä: Kivijalka Oy, Y-tunnus 3307612-4, … puh. 09 271 5500"
// gives the managing agent's phone, not the controller's.
func ownLines(ls []line, id string) []line {
	if id == "" {
		return ls // the controller's own may be the one with a wrong check digit
	}
	var out []line
	for _, l := range ls {
		other := false
		for _, m := range businessIDRe.FindAllStringSubmatch(l.s, -1) {
			other = other || strings.TrimPrefix(id, "0") != strings.TrimPrefix(m[1], "0")
		}
		if !other {
			out = append(out, l)
		}
	}
	return out
}

// letterhead returns the lines above a notice's first heading when they
// give a labelled Y-tunnus: the company's own details written under the
// title, as a letter's head ("Tietosuojaseloste / Kirkas Koti Tmi /
// Y-tunnus: … / Ojakatu 3, 33100 Tampere"), with no controller heading.
func (d *doc) letterhead() []line {
	if len(d.sections) == 0 {
		return nil
	}
	var out []line
	id := false
	for _, l := range d.lines[:d.sections[0].head] {
		if strings.TrimSpace(l.s) != "" {
			out = append(out, l)
			id = id || businessIDRe.MatchString(l.s)
		}
	}
	if !id {
		return nil
	}
	return out
}

// letterheadName returns the first line of a letterhead that is a
// company's name and nothing else: its form written ("Kirkas Koti Tmi").
func letterheadName(ls []line) string {
	for _, l := range ls {
		s := strings.TrimSpace(l.s)
		if v := nameValue(s); v == s && companyForm.MatchString(v) {
			return v
		}
	}
	return ""
}

// orgName is the value of a name label in the controller's section, or
// its first line when that line looks like a name and nothing else.
func orgName(ls []line) string {
	for i, l := range ls {
		s := strings.TrimSpace(l.s)
		if m := labelOf(s); m != "" {
			if v := nameValue(s[len(m):]); v != "" {
				return v
			}
			if v := nameValue(s); v != "" && namedBy.MatchString(s) {
				return v // "Personuppgiftsansvarig är Blomman Ab"
			}
			continue
		}
		if nameLabelOnly.MatchString(s) && i+1 < len(ls) {
			// "Nimi" on a line, the value on the next (a table cell).
			if v := nameValue(ls[i+1].s); v != "" {
				return v
			}
			continue
		}
		if v := firstLineName(ls, i); v != "" {
			return v
		}
	}
	return ""
}

// firstLineName returns the name that line i of a controller's section
// gives when it is the first line, no table's title row, and looks like a
// name and nothing else (a company form, or more lines follow and it is
// no list of registers).
func firstLineName(ls []line, i int) string {
	if i != 0 || titleRow(ls[i]) {
		return ""
	}
	if v := nameValue(strings.TrimSpace(ls[i].s)); v != "" && (companyForm.MatchString(v) || len(ls) > 1 && !registerWord.MatchString(v)) {
		return v
	}
	return ""
}

// titleRow reports whether l is a table's header row ("Tieto |
// Rekisterinpitäjän tiedot"): it titles the rows, it names no one.
func titleRow(l line) bool { return l.cells != nil && headerRow(l.cells) }

// afterNamingVerb returns the name in a sentence that names the company
// after a verb ("Tämän rekisterin pitäjä on Kukka Oy": "Kukka Oy"), or s
// itself when it is no such sentence; ok is false for a sentence whose
// rest has no company form.
func afterNamingVerb(s string) (string, bool) {
	m := namedBy.FindStringSubmatch(s)
	if m == nil {
		return s, true
	}
	return m[1], companyForm.MatchString(m[1])
}

// namedBy is a sentence that names the company after a verb.
var namedBy = lazy(`^\S.{0,60}?\s(?:on|ovat|toimii|är|fungerar som|drivs av|ägs av|is (?:run|operated|owned) by|is|are|acts as)\s+(\p{Lu}.*)$`)

// labelOf returns the name label that starts s. Without a colon
// ("Nimi Sanna Kivi", a table row read back) the value must be two words
// or more, so that "Företag Ab" stays a name.
func labelOf(s string) string {
	m := nameLabel.FindString(s)
	if m == "" || strings.Contains(m, ":") || len(strings.Fields(s[len(m):])) >= 2 {
		return m
	}
	return ""
}

// nameValue returns s when it can be a name of a company or a person: short,
// starting with a capital, without digits, addresses or a sentence's end.
// A comma ends the name ("Yritys Oy, Katu 1, 00100 Helsinki").
func nameValue(s string) string {
	s, ok := afterNamingVerb(s)
	if !ok {
		return ""
	}
	s, _, _ = strings.Cut(s, ",")
	s, _, _ = strings.Cut(s, "(")
	s, _, _ = strings.Cut(s, " – ")
	s, _, _ = strings.Cut(s, " - ")
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case s == "" || !unicode.IsUpper(r) && !unicode.IsDigit(r):
		return ""
	case utf8.RuneCountInString(s) > 80 || len(strings.Fields(s)) > 8:
		return ""
	case strings.ContainsAny(s, "@:;") || strings.HasSuffix(s, ".") && !companyForm.MatchString(s):
		return ""
	case strings.Contains(strings.ToLower(s), "http") || strings.Contains(strings.ToLower(s), "www."):
		return ""
	case strings.IndexFunc(s, unicode.IsDigit) >= 0 && !companyForm.MatchString(s):
		return ""
	}
	if _, ok := topicOf(s); ok {
		return ""
	}
	return s
}

// businessID returns the controller's Y-tunnus when the notice states it
// with its label and it is valid (a six-digit one gets its leading zero).
// A Y-tunnus with a wrong check digit is not taken: the rules report it.
//
// The ID in the controller's section counts; elsewhere only when the
// notice names a single one (a processor's Y-tunnus is not the controller's).
func (d *doc) businessID() string {
	var ctrl strings.Builder
	for _, l := range d.section(topicController) {
		ctrl.WriteString(l.s + "\n")
	}
	if businessIDRe.MatchString(ctrl.String()) {
		// The controller's own, valid or not: a wrong check digit is
		// reported, and no other company's ID stands in for it.
		if ids := businessIDs(ctrl.String()); len(ids) > 0 {
			return ids[0]
		}
		return ""
	}
	// Elsewhere: the only ID labelled that is not another company's
	// (othersID: a processor's, a web agency's on the site's credit line).
	outside := map[string]bool{}
	for _, m := range businessIDRe.FindAllStringSubmatchIndex(d.text, -1) {
		if !d.othersID(m[0], d.lineOf(m[0])) {
			outside[d.text[m[2]:m[3]]] = true
		}
	}
	for id := range outside {
		if ids := businessIDs("Y-tunnus " + id); len(outside) == 1 && len(ids) == 1 {
			return ids[0]
		}
	}
	return ""
}

// lineOf returns the line of the text that holds offset i.
func (d *doc) lineOf(i int) string {
	start := strings.LastIndexByte(d.text[:i], '\n') + 1
	end := strings.IndexByte(d.text[i:], '\n')
	if end < 0 {
		return d.text[start:]
	}
	return d.text[start : i+end]
}

// businessIDs returns the distinct valid Y-tunnus values labelled in s.
func businessIDs(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range businessIDRe.FindAllStringSubmatch(s, -1) {
		id := m[1]
		if len(id) == 8 {
			id = "0" + id
		}
		if valid.BusinessID(id) == nil && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// address returns the street, postal code and city of the first Finnish
// address in ls that is not an authority's.
func address(ls []line) (street, code, city string) {
	for i, l := range ls {
		s := strings.TrimSpace(l.s)
		if authorityMark.MatchString(s) || faxRe.MatchString(s) {
			continue
		}
		s = addressLabel.ReplaceAllString(s, "")
		m := postalRe.FindStringSubmatchIndex(s)
		if m == nil {
			continue
		}
		code, city = s[m[2]:m[3]], s[m[4]:m[5]]
		before := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s[:m[0]]), ","))
		if j := strings.LastIndex(before, ","); j >= 0 {
			// "Yritys Oy, Katu 1, 00100 Helsinki": the part just before.
			before = strings.TrimSpace(before[j+1:])
		}
		switch {
		case isStreet(before):
			street = before
		case before == "" && i > 0 && isStreet(strings.TrimSpace(addressLabel.ReplaceAllString(ls[i-1].s, ""))):
			street = strings.TrimSpace(addressLabel.ReplaceAllString(ls[i-1].s, ""))
		}
		return street, code, city
	}
	return "", "", ""
}

var streetRe = lazy(`^(?:\p{Lu}[\p{L}\-.]*(?:\s[\p{L}\-.]+){0,3}\s\d+[\p{L}0-9 \-–]{0,12}|(?:PL|PB|PO Box|P\.O\. Box|Box)\s\d+)$`)

func isStreet(s string) bool {
	return s != "" && !strings.ContainsAny(s, "@:") && streetRe.MatchString(s)
}

// firstEmail returns the first valid e-mail address in ls that is not the
// authority's.
func firstEmail(ls []line) string {
	for _, l := range ls {
		for _, m := range emailRe.FindAllString(l.s, -1) {
			m = strings.TrimRight(m, ".")
			if !strings.HasSuffix(strings.ToLower(m), "@om.fi") && valid.Email(m) == nil {
				return m
			}
		}
	}
	return ""
}

// firstPhone returns the first valid phone number with its label in ls,
// leaving out fax numbers and the authority's.
func firstPhone(ls []line) string {
	for _, l := range ls {
		if authorityMark.MatchString(l.s) {
			continue
		}
		for _, m := range phoneRe.FindAllStringSubmatchIndex(l.s, -1) {
			if faxRe.MatchString(l.s[max(0, m[0]-12):m[0]]) {
				continue
			}
			p := strings.TrimSpace(l.s[m[2]:m[3]])
			if valid.Phone(p) == nil {
				return p
			}
		}
	}
	// A number alone on its line, as a letterhead gives it: "+358 45 678
	// 9012" (not a Y-tunnus, "0812345-1"), or alone between commas:
	// "Minna Saarinen, 050 488 2716, minna@…".
	for _, l := range ls {
		for _, p := range strings.Split(l.s, ",") {
			if p = strings.TrimSpace(p); barePhone.MatchString(p) && !bareBusinessID.MatchString(p) && valid.Phone(p) == nil {
				return p
			}
		}
	}
	return ""
}

// barePhone is a line that is only a phone number; bareBusinessID one
// that is only a Y-tunnus.
var (
	barePhone      = lazy(`^(?:\+\d{1,3}[\s-]?|0)\d[\d\s\-()]{5,16}\d$`)
	bareBusinessID = lazy(`^\d{6,7}-\d$`)
)

// gluedNumber is a heading's number that a PDF glued to the end of a
// bare host name ("www.fysio.fi2. Yhteyshenkilö"): a top-level domain
// has no digits.
var gluedNumber = lazy(`^((?:https?://)?[^/\s]*\.\p{L}{2,})\d+$`)

// firstURL returns the first web address in ls. A "www." address gets the
// https:// its form needs (the validator asks for a scheme); the host is
// what the text says.
func firstURL(ls []line) string {
	for _, l := range ls {
		for _, m := range urlRe.FindAllString(l.s, -1) {
			m = gluedNumber.ReplaceAllString(strings.TrimRight(m, "."), "$1")
			if strings.HasPrefix(strings.ToLower(m), "www.") {
				m = "https://" + m
			}
			if valid.URL(m) == nil && !authorityMark.MatchString(m) && !strings.Contains(m, "tietosuoja.fi") {
				return m
			}
		}
	}
	return ""
}

// personName returns the contact person's name, and the title written
// before it ("Toimitusjohtaja Matti Virtanen"): a name label's value, or
// the first part of a line that is two to four capitalised words.
func personName(ls []line) (title, name string) {
	for _, l := range ls {
		s := strings.TrimSpace(l.s)
		if m := labelOf(s); m != "" {
			s = s[len(m):]
		}
		s, after, _ := strings.Cut(s, ",")
		s = strings.TrimSpace(s)
		if jobTitle.FindString(s+" ") == s+" " && after != "" {
			// "Toimitusjohtaja, LKV Petri Salonen": the title, then the
			// name after a degree.
			title = s
			s, _, _ = strings.Cut(after, ",")
			s = strings.TrimSpace(degree.ReplaceAllString(strings.TrimSpace(s), ""))
			if isPersonName(s) {
				return title, s
			}
			title = ""
		}
		if _, v, ok := strings.Cut(s, ": "); ok && !isPersonName(s) {
			s = strings.TrimSpace(v) // "Data protection: Mikko Virtanen"
		}
		if m := jobTitle.FindString(s); m != "" {
			title, s = strings.TrimSpace(m), strings.TrimSpace(s[len(m):])
		}
		if isPersonName(s) {
			if title == "" {
				title = titleAfter(after) // "Marja-Leena Kettunen, koulutuspäällikkö"
			}
			return title, s
		}
		title = ""
	}
	return "", ""
}

// titleAfter returns the title that the text after a name's comma starts
// with, when that part is a title and nothing else; "" otherwise.
func titleAfter(after string) string {
	t, _, _ := strings.Cut(after, ",")
	t = strings.TrimSpace(t)
	if t != "" && jobTitle.FindString(t+" ") == t+" " {
		return t
	}
	return ""
}

// degree is a professional qualification written before a name: "LKV
// Petri Salonen".
var degree = lazy(`^(?:LKV|KLT|KHT|JHT|KTM|FM|DI|VTM|OTM|TtM|LL|HLL|ELL)\s+`)

// titleLabel labels a contact person's title ("Tehtävä toimitusjohtaja").
var titleLabel = re(`^(?:tehtävä|titteli|asema|befattning|titel|title|position|role)\s*:?\s+`)

// labelled returns the value of the first line in ls that starts with
// label, up to a comma.
func labelled(ls []line, label *pattern) string {
	for _, l := range ls {
		if m := label.FindString(l.s); m != "" {
			v, _, _ := strings.Cut(l.s[len(m):], ",")
			if v = strings.TrimSpace(v); v != "" && utf8.RuneCountInString(v) <= 60 {
				return v
			}
		}
	}
	return ""
}

// jobTitle is a title written before a contact person's name: a role,
// a compound of a role word ("Tietoturvapäällikkö", "Massageterapeut")
// or a degree ("KLT"). Only words that are no first names: "Maija"
// ends like "myyjä" but is none of the list.
var jobTitle = re(`^(?:(?:vastaava|johtava|ansvarig|ledande|chief|senior) |\p{Lu}\p{Ll}+n )?(?:toimitusjohtaja|yrittäjä|omistaja|hallituksen puheenjohtaja|puheenjohtaja|varapuheenjohtaja|\p{L}*sihteeri|rahastonhoitaja|\p{L}*päällikkö|\p{L}*johtaja|\p{L}*terapeutti|\p{L}*lääkäri|\p{L}*hoitaja|verkkokauppias|isännöitsijä|kirjanpitäjä|tilintarkastaja|\p{L}*asiantuntija|\p{L}*suunnittelija|\p{L}*kouluttaja|\p{L}*opettaja|\p{L}*neuvoja|lakimies|juristi|kampaaja|parturi-kampaaja|valokuvaaja|myyjä|klt|kht|khm|vd|verkställande direktör|företagare|ägare|veterinär|jurist|advokat|revisor|bokförare|lärare|sekreterare|ordförande|kassör|\p{L}*chef|\p{L}*terapeut|\p{L}*läkare|ceo|cto|cfo|coo|dpo|managing director|\p{L}+ (?:manager|director)|secretary|chair(?:man|person)?|treasurer|\p{L}*therapist|owner|founder|accountant|lawyer|veterinarian|\p{L}+ (?:officer|specialist|consultant))\s+`)

// notPersonWord names a department, an office or a team: "Asiakaspalvelu
// Tampere" and "Customer Service Team" are no person's names.
var notPersonWord = re(`\b(?:asiakaspalvelu|asiakaspalvelumme|toimisto|myynti|hallinto|talous|henkilöstö|tietosuoja|tietohallinto|it-tuki|tuki|kundtjänst|kontor|kansli|försäljning|ekonomi|dataskydd|support|customer|service|office|sales|team|department|privacy|administration|helpdesk|info)\b`)

// personRe is two to four capitalised names, each may be hyphenated
// ("Marja-Leena").
var personRe = lazy(`^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*){1,3}$`)

func isPersonName(s string) bool {
	if !personRe.MatchString(s) || companyForm.MatchString(s) || notPersonWord.MatchString(s) {
		return false
	}
	_, isHeading := topicOf(s)
	return !isHeading
}
