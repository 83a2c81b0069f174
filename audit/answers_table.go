package audit

import (
	"strconv"
	"strings"
	"unicode"

	"tietosuojapakki/data"
)

// The tables of notices: purposes with their basis and retention in
// columns (purpose | legal basis | retention), and retention tables (data |
// period | law). Each cell is read for what it is: a basis cell is the
// basis of its row's purpose, a retention cell that purpose's retention,
// and neither is ever a purpose of its own.

// purposeRow reads a row of a purposes table: the first cell that is
// neither a basis nor a period is the purpose; a basis cell gives its
// legal basis (and the act of a legal obligation), a period cell a
// retention rule for the purpose. ok is false for a row with no purpose.
func purposeRow(cells []string) (pu data.Purpose, ret *data.RetentionRule, ok bool) {
	if headerRow(cells) {
		return data.Purpose{}, nil, false
	}
	var found []data.LegalBasis
	period := ""
	for _, c := range cells {
		if b, note, ok := interestNote(c); ok {
			// "Oikeutettu etu: tilojen turvallisuus"
			found = append(found, b)
			pu.LegitimateInterest = note
			continue
		}
		switch {
		case basisStatement(c):
			found = append(found, basesIn(c)...)
			if law := lawIn(c); law != "" && pu.Law == "" {
				pu.Law = law
			}
		case period == "" && pu.Description != "" && periodCell(c):
			period = c
		case pu.Description == "":
			pu.Description = c
		}
	}
	if pu.Description == "" || basisLead.MatchString(pu.Description) || notPurpose.MatchString(pu.Description) {
		return data.Purpose{}, nil, false
	}
	rowBasis(&pu, found)
	if period != "" {
		ret = &data.RetentionRule{Data: pu.Description, Period: period}
	}
	return pu, ret, true
}

// rowBasis sets the basis of a row's purpose: the one its basis cells
// name (two different ones give none), else the one its own words state.
func rowBasis(pu *data.Purpose, found []data.LegalBasis) {
	if bs := distinctBases(found); len(bs) == 1 {
		pu.LegalBasis = bs[0]
	} else if bs := basesIn(pu.Description); len(bs) == 1 && basisMarker.MatchString(pu.Description) {
		pu.LegalBasis = bs[0]
	}
	if pu.LegalBasis != data.BasisLegalObligation {
		pu.Law = "" // an act names the statute of a legal obligation only
	}
	if pu.LegalBasis != data.BasisLegitimateInterests {
		pu.LegitimateInterest = ""
	}
}

// retentionRow reads a row of a retention table: the data, its period and
// the act the period rests on, each in its own cell. ok is false for a
// row with no period.
func retentionRow(cells []string) (data.RetentionRule, bool) {
	var r data.RetentionRule
	for _, c := range cells {
		switch {
		case r.Period == "" && r.Data != "" && periodCell(c):
			r.Period = c
		case r.Basis == "" && r.Period != "" && (lawCite.MatchString(c) || lawIn(c) != ""):
			r.Basis = strings.TrimSuffix(c, ".")
		case r.Data == "" && !basisStatement(c):
			r.Data = c
		}
	}
	return r, r.Period != "" && r.Data != ""
}

func distinctBases(bs []data.LegalBasis) []data.LegalBasis {
	var out []data.LegalBasis
	for _, b := range bs {
		dup := false
		for _, o := range out {
			dup = dup || o == b
		}
		if !dup {
			out = append(out, b)
		}
	}
	return out
}

// periodLead starts a cell or line that is a retention period and nothing
// else: "2 vuotta …", "Kunnes suostumus perutaan", "Until consent is
// withdrawn", "Enintään 6 kk".
var periodLead = re(`^(?:(?:enintään|vähintään|noin|högst|minst|cirka|up to|at most|at least|about|max\.?|min\.?)\s+)?(?:\d+(?:[,.]\d+)?\s*(?:vuo|v\b|kuukau|kk\b|päiv|vrk|viik|tun|år|mån|dag|veck|tim|year|yr|month|day|week|hour)|(?:yksi|yhden|kaksi|kahden|kolme|kolmen|neljä|viisi|kuusi|kuuden|kymmenen|ett|en|två|tre|fyra|fem|sex|tio|one|two|three|four|five|six|ten)\s+(?:vuo|kuukau|år|mån|year|month)|kunnes|tills|till dess|until|niin kauan|så länge|(?:for )?as long as|for the duration|asiakassuhteen (?:ajan|keston)|sopimuksen (?:ajan|voimassaolon)|kundförhållandets|avtalets|the customer relationship|the contract)`)

// periodCell reports whether a cell or a line is a retention period: it
// starts as one, or is short and names a duration.
func periodCell(s string) bool {
	return periodLead.MatchString(s) || duration.MatchString(s) && len(strings.Fields(s)) <= 8 && !basisStatement(s)
}

// lawCiteIn finds the acts a basis cell cites: "Kirjanpitolaki
// (1336/1997)", "Accounting Act (1336/1997)", "bokföringslagen".
var lawCiteIn = lazy(`\b(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Act|act)\b(?:\s*\(?\d+/\d{4}\)?)?|\p{L}*(?:laki|lagen|lag|asetus|förordningen)\b(?:\s*\(?\d+/\d{4}\)?)?|\(?\d+/\d{4}\)?`)

// lawIn returns the act a basis cell names with its number, or "".
func lawIn(s string) string {
	for _, m := range lawCiteIn.FindAllString(s, -1) {
		m = strings.TrimSpace(m)
		if lawOnly.MatchString(m) {
			return m
		}
	}
	return ""
}

// basisStatement reports whether s states a legal basis of art. 6(1) and
// nothing else: the basis's words, an article of the GDPR, an act, and
// such small words ("Suostumus, 6 artiklan 1 kohdan a alakohta",
// "Samtycke, artikel 6.1 a", "Consent, Article 6(1)(a)", "Rekisteröidyn
// suostumus"). Such a line or cell is never a purpose.
func basisStatement(s string) bool {
	if len(basesIn(s)) == 0 {
		return false
	}
	// "(asiakassuhde)" after a legitimate interest names the interest.
	s = trailingNote.ReplaceAllString(s, "")
	s = lawCiteIn.ReplaceAllString(s, " ")
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, w := range words {
		if !basisWordOf(w) {
			return false
		}
	}
	return true
}

// trailingNote is a short note in brackets that ends a basis statement.
var trailingNote = lazy(`\s*\(\s*[^()\s]+(?:\s+[^()\s]+){0,3}\s*\)\.?\s*$`)

// basisWordOf reports whether w is a word a statement of a basis is made
// of: a number or an article's letter, a small word, or a stem of the
// bases' and the articles' words.
func basisWordOf(w string) bool {
	if len([]rune(w)) == 1 || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 || basisSmall[w] {
		return true
	}
	for _, st := range basisStems {
		if strings.HasPrefix(w, st) {
			return true
		}
	}
	return false
}

var basisSmall = set("ja", "tai", "sekä", "sen", "eu", "n", "on", "of", "the", "a", "an", "and", "or", "to", "by", "on", "in",
	"with", "under", "our", "its", "för", "och", "eller", "i", "av", "på", "den", "det", "enligt", "led", "art", "gdpr",
	"eu", "etu", "data", "subject", "subject's", "s", "based", "basis", "point", "grund", "mom", "lain", "lag", "laki", "act")

var basisStems = []string{
	// fi
	"suostum", "sopimu", "lakisäät", "velvoit", "velvollisuu", "oikeutet", "etuu", "edun", "etuj", "elintärk", "yleis",
	"tehtäv", "julkis", "vallan", "rekisteröid", "henkilö", "asiakk", "tietosuoja", "asetuk", "asetus", "artikl",
	"kohd", "kohta", "alakoh", "momen", "mukaan", "mukai", "perust", "nojal", "antam", "täyttäm", "toteutt",
	"noudattam", "täytäntö", "lakiin", "käsittely",
	// sv
	"samtyck", "avtal", "rättslig", "förpliktel", "berättig", "intress", "grundläggande", "allmän", "myndighet",
	"registrerad", "dataskydd", "förordning", "artikel", "punkt", "fullgör", "lagstadg", "given", "givet", "behandling",
	// en
	"consent", "contract", "legal", "obligation", "legitimate", "interest", "vital", "public", "task", "statutory",
	"article", "paragraph", "regulation", "general", "protection", "performance", "perform", "fulfil", "complian",
	"comply", "processing", "necessary",
}

// columns are the places of a recipients or processors table's name and
// service (or reason) columns, from its header row; without a header the
// name comes first and the service second.
type columns struct{ name, what int }

var (
	nameColumn = re(`^(?:käsittelijä|vastaanottaja|yritys|palveluntarjoaja|toimittaja|nimi|biträde|personuppgiftsbiträde|mottagare|företag|leverantör|namn|processor|sub-processor|recipient|company|provider|vendor|name)`)
	whatColumn = re(`^(?:palvelu|tarkoitus|tehtävä|käyttötarkoitus|syy|tjänst|ändamål|syfte|uppgift|service|purpose|task|reason|role)`)
)

// headerColumns reads the columns of a header row.
func headerColumns(cells []string) columns {
	c := columns{name: -1, what: -1}
	for i, h := range cells {
		switch {
		case c.name < 0 && nameColumn.MatchString(h):
			c.name = i
		case c.what < 0 && whatColumn.MatchString(h):
			c.what = i
		}
	}
	if c.name < 0 {
		c.name = 0
	}
	return c
}

// cell returns row's cell i, or "".
func cell(row []string, i int) string {
	if i < 0 || i >= len(row) {
		return ""
	}
	return row[i]
}

// recipientRows reads the table rows of lines ls of a section on topic t
// as recipients or processors (ids from firstID on), and returns the
// lines that are no rows.
func recipientRows(ls []line, t topic, rs []data.Recipient, procs []data.Processor, firstID int) ([]data.Recipient, []data.Processor, []line) {
	cols := columns{name: 0, what: 1}
	for _, l := range ls {
		switch {
		case l.cells == nil:
		case headerRow(l.cells):
			cols = headerColumns(l.cells)
		default:
			name, what := cell(l.cells, cols.name), cell(l.cells, cols.what)
			isProc := t == topicProcessors || processorWord.MatchString(name+" "+what)
			what = strings.Trim(strings.Join(strings.Fields(roleNote.ReplaceAllString(what, "")), " "), " .,;")
			name = nameValue(roleNote.ReplaceAllString(name, ""))
			switch {
			case name == "" || negation.MatchString(l.s):
			case isProc:
				procs = append(procs, data.Processor{ID: "p" + strconv.Itoa(firstID+len(procs)), Name: name, Service: what})
			default:
				rs = append(rs, data.Recipient{Name: name, Reason: what})
			}
		}
	}
	return rs, procs, withoutRows(ls)
}

// withoutRows returns ls with each table row as an empty line: the lines
// around a row, read apart from it, must not be joined into one.
func withoutRows(ls []line) []line {
	out := make([]line, 0, len(ls))
	for _, l := range ls {
		if l.cells != nil {
			l = line{start: l.start}
		}
		out = append(out, l)
	}
	return out
}
