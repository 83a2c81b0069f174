package audit

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"tietosuojapakki/data"
)

// part is the sections of a notice about one register. Most old notices
// describe one register; a notice that repeats its headings for each
// register (as this program's own notices do) has one part for each.
type part struct {
	d    *doc
	secs []section
	name string // the heading before the part that names a register, if any
	only bool   // the notice's one part: the title and loose sentences count
}

// registerTopics are the topics that describe one register; the rest
// (controller, contact, rights, …) are the notice's as a whole.
var registerTopics = map[topic]bool{
	topicRegisterName: true, topicPurpose: true, topicBasis: true, topicData: true, topicSubjects: true,
	topicSources: true, topicRecipients: true, topicProcessors: true, topicTransfers: true,
	topicRetention: true, topicSecurity: true,
}

// sourceNote is a notice's standard sentence about sources (art. 14):
// which categories come from others, when the person is told.
var sourceNote = re(`kohdassa \d|kohdan \d|\bsection \d|avsnitt \d|14 artikla|artikel 14|article 14|kerromme siitä|berättar vi|we tell you|kuuluvat edellä|hör till de kategorier|belongs? to the categories`)

// publicNote is the note "– julkinen lähde" a notice writes after a
// public source.
var publicNote = re(`\s[–-]\s(?:julkinen lähde|offentlig källa|public source)\.?$`)

// topLevel is a heading numbered "3" or "3.", not "3.2".
var topLevel = lazy(`^\d{1,2}\.?\s+\p{Lu}`)

// parts splits the register sections of d: a topic seen again starts
// the next register.
func (d *doc) parts() []*part {
	var out []*part
	cur := &part{d: d}
	seen := map[topic]bool{}
	hint, last := "", topicNone
	for _, s := range d.sections {
		if s.topic == topicNone {
			// "3 Uutiskirjeen tilaajat" just before the register's first
			// heading is its name.
			// Only a top-level heading ("3 …", not "2.3 Måste du lämna
			// uppgifterna") can name a register.
			hint = ""
			if h := d.lines[s.head].s; topLevel.MatchString(h) || registerHeading(d.lines, s.head) {
				hint = strings.TrimSpace(numbering.ReplaceAllString(d.lines[s.head].s, ""))
			}
			continue
		}
		if !registerTopics[s.topic] {
			hint = ""
			continue
		}
		// A topic seen again starts the next register, unless it follows
		// itself (a table's header row under the heading).
		if seen[s.topic] && s.topic != last && s.topic != topicBasis {
			out = append(out, cur)
			cur, seen = &part{d: d}, map[topic]bool{}
		}
		if len(cur.secs) == 0 {
			cur.name = hint
		}
		hint, last = "", s.topic
		seen[s.topic] = true
		cur.secs = append(cur.secs, s)
	}
	out = append(out, cur)
	out = sameLanguage(out, d.lang)
	if len(out) == 1 {
		out[0].only = true
		out[0].name = ""
	}
	return out
}

// sameLanguage keeps the parts written in the notice's main language: a
// notice in Finnish and Swedish describes its register twice, and the
// translation is not a second register.
func sameLanguage(ps []*part, lang string) []*part {
	if len(ps) < 2 {
		return ps
	}
	var out []*part
	for _, p := range ps {
		var b strings.Builder
		for _, s := range p.secs {
			for _, l := range s.content {
				b.WriteString(l.s + "\n")
			}
		}
		if detectLang(b.String()) == lang {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return ps[:1]
	}
	return out
}

// inSection reports whether offset i lies in one of the part's sections
// on topic t.
func (p *part) inSection(i int, t topic) bool {
	return p.d.inTopics(i, t)
}

// section returns the content lines of the part's sections on topic t.
func (p *part) section(t topic) []line {
	var out []line
	for _, s := range p.secs {
		if s.topic == t {
			out = append(out, s.content...)
		}
	}
	return out
}

// register reads one register, and the processors it names under their
// own heading or as recipients.
func (p *part) register(firstID int) (data.Register, []data.Processor) {
	r := data.Register{
		DataSubjects: []string{}, Purposes: []data.Purpose{}, DataCategories: []data.DataCategory{},
		SpecialCategories: []data.SpecialCategory{}, Sources: []data.Source{}, Recipients: []data.Recipient{},
		ProcessorIDs: []string{}, Transfers: []data.Transfer{}, Retention: []data.RetentionRule{},
		Security: data.SecurityDescription{Measures: []string{}},
	}
	r.Name = p.registerName()
	r.DataSubjects = append(r.DataSubjects, listItems(p.section(topicSubjects))...)
	r.DataSubjects = append(r.DataSubjects, groupRows(p.section(topicData))...)
	var rowRetention []data.RetentionRule
	r.Purposes, rowRetention = p.purposes()
	for _, c := range listItems(p.section(topicData)) {
		r.DataCategories = append(r.DataCategories, data.DataCategory{Name: c})
		if picRe.MatchString(c) && !negation.MatchString(c) {
			r.PersonalIdentityCode = true // the ground (29 §) is asked by the wizard
		}
	}
	for _, it := range items(p.section(topicSources)) {
		if sourceNote.MatchString(it) {
			continue // a sentence about sources, not one of them
		}
		pub := publicSource.MatchString(it)
		if m := publicNote.FindStringIndex(it); m != nil && m[0] > 0 {
			it = strings.TrimSpace(it[:m[0]]) // "YTJ – julkinen lähde": the note is the flag
		}
		r.Sources = append(r.Sources, data.Source{Description: it, Public: pub})
	}
	var procs []data.Processor
	r.Recipients, procs = p.recipients(firstID)
	for _, p := range procs {
		r.ProcessorIDs = append(r.ProcessorIDs, p.ID)
	}
	r.Transfers = append(r.Transfers, p.transfers(procs)...)
	r.Retention = addRetention(append(rowRetention, p.retentionRows()...), retentionRules(p.retentionStatements()))
	r.Security = p.security()
	return r, procs
}

// purposes reads the purposes, each with the basis its own line names,
// and the retention rules of a purposes table's period column. Under a
// heading on the basis alone, a short item that names a basis is a basis,
// not a purpose ("- henkilön suostumus").
func (p *part) purposes() ([]data.Purpose, []data.RetentionRule) {
	out := []data.Purpose{}
	var ret []data.RetentionRule
	for _, s := range p.secs {
		if s.topic != topicPurpose && s.topic != topicBasis {
			continue
		}
		// Under a heading on the basis alone ("Rekisterin pitämisen
		// peruste"), an item is a purpose only when it names its basis.
		basisOnly := s.topic == topicBasis && !purposeWord.MatchString(p.d.lines[s.head].s)
		var run []line
		var tbl purposeTable
		for _, l := range s.content {
			if l.cells == nil {
				run = append(run, l)
				continue
			}
			out, ret = addPurposeItems(out, ret, s.topic, basisOnly, run)
			run = nil
			cells, ok := tbl.row(l.cells)
			if !ok {
				continue
			}
			if pu, r, ok := purposeRow(cells); ok {
				out = append(out, pu)
				if r != nil {
					ret = append(ret, *r)
				}
			}
		}
		out, ret = addPurposeItems(out, ret, s.topic, basisOnly, run)
	}
	for i := range out {
		splitBasisColumn(&out[i])
	}
	return out, ret
}

// purposeTable is what a table's header row under the purposes says of
// its rows: a table of data ("Tietoryhmä | Esimerkkejä") has no
// purposes; a table whose purpose column comes after others ("Rekisteri
// | Tarkoitus | Oikeusperuste") has them from that column on.
type purposeTable struct {
	data bool
	from int // the purpose column
}

// row returns the cells of a row from its purpose column, or false for a
// header row or a row of a table of data.
func (t *purposeTable) row(cells []string) ([]string, bool) {
	if headerRow(cells) {
		*t = purposeTable{data: dataHeader(cells)}
		for i, c := range cells {
			if purposeWord.MatchString(c) {
				t.from = i
				break
			}
		}
		return nil, false
	}
	if t.data || t.from >= len(cells) {
		return nil, false
	}
	return cells[t.from:], true
}

// dataHeader reports whether a table's header row titles a table of
// data or of groups of people: "Tietoryhmä | Esimerkkejä", "Ryhmä |
// Tiedot".
func dataHeader(cells []string) bool {
	for _, c := range cells {
		if dataColumn.MatchString(strings.TrimSpace(c)) {
			return true
		}
	}
	return groupWords.MatchString(strings.TrimSpace(cells[0]))
}

// dataColumn titles a column of data or examples of it.
var dataColumn = re(`^(?:tietoryhmä|tietoryhmät|esimerk|exempel|example|kategori|categor|data categor)`)

// processVerb says that data is processed or used for something.
var processVerb = re(`käsitel|käytet|kerät|käytämme|käsittelemme|behandl|använd|samla|process|\bused?\b|collect`)

// purposeWord names a purpose in a heading ("Oikeusperuste ja
// tarkoitus").
var purposeWord = re(`tarkoitu|ändamål|syfte|purpose`)

// addPurposeItems adds the items of lines ls of a section on topic t;
// basisOnly: its heading is on the basis alone.
func addPurposeItems(out []data.Purpose, ret []data.RetentionRule, t topic, basisOnly bool, ls []line) ([]data.Purpose, []data.RetentionRule) {
	for _, it := range items(ls) {
		if t == topicBasis && basisItem(it, basisOnly) {
			continue
		}
		out, ret = addPurpose(out, ret, it)
	}
	return out, ret
}

// basisItem reports whether it, an item under a heading on the basis,
// states a basis and no purpose: a short item that names a basis ("-
// henkilön suostumus"), or, under a heading on the basis alone
// (basisOnly), one that says nothing is processed ("Yhdistyslain
// mukainen jäsenyys.", "sopimus sekä lakisääteinen velvoite"): the basis. "Tietoja
// käsitellään tilausten toimittamiseen." there is a purpose.
func basisItem(it string, basisOnly bool) bool {
	named := len(basesIn(it)) > 0
	if basisOnly && !processVerb.MatchString(it) {
		// Under a heading on the basis alone, an item that says nothing
		// is processed states the basis: "sopimus (…) sekä lakisääteinen
		// velvoite, kun kyse on kirjanpidosta."
		return true
	}
	return len(strings.Fields(it)) <= 8 && !strings.Contains(it, ":") && (named || basisWord.MatchString(it))
}

// retentionRows reads the rows of tables under the retention heading.
func (p *part) retentionRows() []data.RetentionRule {
	var out []data.RetentionRule
	for _, l := range p.section(topicRetention) {
		if l.cells != nil && !headerRow(l.cells) {
			if r, ok := retentionRow(l.cells); ok {
				out = append(out, r)
			}
		}
	}
	return out
}

// addRetention returns a followed by the rules of b not in a.
func addRetention(a, b []data.RetentionRule) []data.RetentionRule {
	out := []data.RetentionRule{}
	seen := map[data.RetentionRule]bool{}
	for _, r := range append(a, b...) {
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}

// splitBasisColumn cuts the basis column of a table row read back on the
// purpose's line ("Kirjanpito ja verotus Lakisääteinen velvoite, 6
// artiklan 1 kohdan c alakohta: Kirjanpitolaki (1336/1997)"): the
// purpose keeps its own words, the law its statute.
func splitBasisColumn(pu *data.Purpose) {
	m := basisColumn.FindStringSubmatchIndex(pu.Description)
	if m == nil || m[0] == 0 {
		return
	}
	col := pu.Description[m[0]:]
	if bs := basesIn(col); len(bs) == 1 && (pu.LegalBasis == "" || pu.LegalBasis == bs[0]) {
		pu.LegalBasis = bs[0]
	} else {
		return
	}
	if m[2] >= 0 && m[3] > m[2] && pu.Law == "" && lawOnly.MatchString(pu.Description[m[2]:m[3]]) {
		pu.Law = strings.TrimSuffix(pu.Description[m[2]:m[3]], ".")
	}
	pu.Description = strings.TrimSpace(pu.Description[:m[0]])
}

// citeTail is how the wrapped rest of a Finnish article citation, or of
// a statute's number, starts.
var citeTail = re(`^(?:[a-f]\s+)?alakohta\b|^(?:1\s+)?kohdan\b|^artiklan\b|^\(\d+/\d{4}\)\.?$`)

// basisWord names a basis loosely, as templates list them ("laki").
var basisWord = re(`\blaki\b|\blag\b|\blaw\b|julkis|yleisen edun`)

// addPurpose adds item it to the purposes read so far, or, when it is
// the period of the purpose above (a table's cell on its own line), to
// the retention rules.
func addPurpose(out []data.Purpose, ret []data.RetentionRule, it string) ([]data.Purpose, []data.RetentionRule) {
	if basisLead.MatchString(it) || notPurpose.MatchString(it) || basisSentence.MatchString(it) || len(it) > 400 || basesListed(it) {
		return out, ret // a statement of the basis alone, or not a purpose
	}
	n := len(out)
	if n > 0 && citeTail.MatchString(it) {
		// The rest of a long citation ("… 6 artiklan 1 kohdan c
		// alakohta: Kirjanpitolaki …") wrapped onto a line of its own in
		// a PDF: it belongs to the purpose above.
		merged := out[n-1].Description + " " + it
		return addPurpose(out[:n-1], ret, merged)
	}
	if periodCell(it) && !strings.HasSuffix(it, ".") {
		// "Kunnes suostumus perutaan", "2 vuotta": a period, no purpose.
		if n > 0 {
			ret = append(ret, data.RetentionRule{Data: out[n-1].Description, Period: it})
		}
		return out, ret
	}
	return addPurposeLine(out, it), ret
}

// basisColumn is the basis column of a table row read back on the
// purpose's line: a capitalised basis and its article at the end.
var basisColumn = lazy(`\s(?:Suostumus|Sopimus|Lakisääteinen velvoite|Oikeutettu etu|Samtycke|Avtal|Rättslig förpliktelse|Berättigat intresse|Consent|Contract|Legal obligation|Legitimate interests?),\s+(?:\d+\s+artiklan|artikel|Article|art\.)[^:]{0,60}?(?::\s*(.*))?$`)

// addPurposeLine adds a line that is not the wrapped rest of the one
// above: a purpose, or the law or basis of the purpose above.
func addPurposeLine(out []data.Purpose, it string) []data.Purpose {
	n := len(out)
	bs := basesIn(it)
	if lawOnly.MatchString(it) && n > 0 && out[n-1].LegalBasis == data.BasisLegalObligation && out[n-1].Law == "" {
		// "Kirjanpitolaki (1336/1997)" under a legal obligation is its law.
		out[n-1].Law = strings.TrimSuffix(it, ".")
		return out
	}
	if basisLine(it, out, bs) {
		// The basis column of a table row read back on its own line, or
		// a basis alone ("Oikeutettu etu, 6 artiklan 1 kohdan f
		// alakohta"): the basis of the purpose above when it has none or
		// the same, and never a purpose.
		if n > 0 && len(bs) == 1 && (out[n-1].LegalBasis == "" || out[n-1].LegalBasis == bs[0]) {
			setBasis(&out[n-1], bs[0], it)
		}
		return out
	}
	pu := data.Purpose{Description: it}
	if len(bs) == 1 && (basisMarker.MatchString(it) || bracketBasis(it)) {
		pu.LegalBasis = bs[0]
	}
	dashPurpose(&pu, it)
	return append(out, pu)
}

// basisLine reports whether it is the basis of the purpose above, not a
// purpose: a basis cell read back on its own line, or a basis alone.
func basisLine(it string, out []data.Purpose, bs []data.LegalBasis) bool {
	n := len(out)
	return basisOnly.MatchString(it) && n > 0 && out[n-1].LegalBasis == "" && len(bs) == 1 || basisStatement(it)
}

// dashSep is the dash between a purpose and its basis: "Kirjanpito –
// lakisääteinen velvoite".
var dashSep = lazy(`\s[–—-]\s`)

// basisLabel starts the basis after a purpose's dash: "– peruste:
// sopimus", "– rättslig grund: avtal".
var basisLabel = re(`^(?:oikeus)?peruste\s*:?\s*|^rättslig grund\s*:?\s*|^(?:legal |lawful )?basis\s*:?\s*`)

// bracketNote is a note in brackets.
var bracketNote = lazy(`\([^()]*\)`)

// dashBasis returns the basis that item it names after its last dash,
// alone but for notes in brackets: "Kirjanpito – lakisääteinen velvoite
// (kirjanpitolaki)", "Asiakastuki – oikeutettu etu (yhteydenpito …)".
func dashBasis(it string) (data.LegalBasis, bool) {
	ms := dashSep.FindAllStringIndex(it, -1)
	if len(ms) == 0 || ms[len(ms)-1][0] == 0 {
		return "", false
	}
	tail := strings.TrimSuffix(strings.TrimSpace(bracketNote.ReplaceAllString(it[ms[len(ms)-1][1]:], " ")), ".")
	tail = basisLabel.ReplaceAllString(tail, "")
	if b, _, ok := interestNote(tail); ok {
		return b, true
	}
	if bs := basesIn(tail); len(bs) == 1 && basisStatement(tail) {
		return bs[0], true
	}
	return "", false
}

// interestNote reads a legitimate interest with its interest after a
// colon: "oikeutettu etu: palvelun laadun varmistaminen".
func interestNote(s string) (data.LegalBasis, string, bool) {
	head, note, ok := strings.Cut(strings.TrimSuffix(strings.TrimSpace(s), "."), ": ")
	if !ok || strings.TrimSpace(note) == "" || len(basesIn(note)) > 0 {
		return "", "", false
	}
	if bs := basesIn(head); len(bs) == 1 && bs[0] == data.BasisLegitimateInterests && basisStatement(head) {
		return bs[0], strings.TrimSpace(note), true
	}
	return "", "", false
}

// dashPurpose reads a basis that item it names after its dash into pu
// (unless pu has another), with its note; the purpose then keeps its own
// words, as the notice writes the basis apart.
func dashPurpose(pu *data.Purpose, it string) {
	b, ok := dashBasis(it)
	if !ok || pu.LegalBasis != "" && pu.LegalBasis != b {
		return
	}
	setBasis(pu, b, it)
	dashNote(pu, it)
	ms := dashSep.FindAllStringIndex(it, -1)
	last := ms[len(ms)-1]
	if _, note, ok := interestNote(it[last[1]:]); ok && pu.LegitimateInterest == "" {
		pu.LegitimateInterest = note // "– oikeutettu etu: palvelun laatu"
	}
	pu.Description = strings.TrimSpace(it[:last[0]])
}

// dashNote takes the note in brackets that ends pu's item after a basis
// named after a dash: the legitimate interest ("– oikeutettu etu
// (yhteydenpito asiakkaisiin)"), or the act of a legal obligation ("–
// lakisääteinen velvoite (kirjanpitolaki 1336/1997)").
func dashNote(pu *data.Purpose, it string) {
	m := trailingBrackets.FindStringSubmatch(it)
	if m == nil {
		return
	}
	note := strings.TrimSpace(m[1])
	switch {
	case pu.LegalBasis == data.BasisLegitimateInterests && pu.LegitimateInterest == "" && len(basesIn(note)) == 0:
		pu.LegitimateInterest = note
	case pu.LegalBasis == data.BasisLegalObligation && pu.Law == "" && lawWord.MatchString(note):
		pu.Law = note
	}
}

// lawWord names an act: "kirjanpitolaki", "bokföringslagen", "Accounting
// Act".
var lawWord = re(`la(?:ki|in)\b|lag(?:en)?\b|\bact\b|asetus|förordning`)

// trailingBrackets is the text in brackets that ends an item.
var trailingBrackets = lazy(`\(([^()]+)\)\.?$`)

// bracketBasis reports whether it ends with a basis alone in brackets:
// "Asiakassuhteen hoito (sopimus)".
func bracketBasis(it string) bool {
	m := trailingBrackets.FindStringSubmatch(it)
	return m != nil && basisStatement(m[1])
}

// anyBrackets is a short note in brackets.
var anyBrackets = lazy(`\([^()]{0,60}\)`)

// basesListed reports whether it lists two bases or more and, its notes in
// brackets aside, nothing else: "Contract (bookings), legal obligation
// (invoicing) and legitimate interest (offers)." states bases, no purpose.
func basesListed(it string) bool {
	return len(basesIn(it)) >= 2 && basisStatement(anyBrackets.ReplaceAllString(it, " "))
}

// setBasis gives pu basis b, stated by it, and the act it names when b is
// a legal obligation and pu has none yet.
func setBasis(pu *data.Purpose, b data.LegalBasis, it string) {
	pu.LegalBasis = b
	if law := lawIn(it); law != "" && b == data.BasisLegalObligation && pu.Law == "" {
		pu.Law = law
	}
}

// firmName is a company's name, its words capitalised, with its company
// form: "Aatos-Tuote Oy", "Momoyoga B.V.", "The Rocket Science Group LLC".
var firmName = lazy(`(\p{Lu}[\p{L}&\-]*(?:\s(?:&|\p{Lu}[\p{L}&\-]*)){0,4}\s(?:Oyj|Oy|Abp|Ab|Ky|Ay|Tmi|Ltd|Limited|Inc\.?|LLC|GmbH|AB|B\.V\.|N\.V\.|S\.A\.|SE|AS|A/S|ApS|SAS|S\.r\.l\.))(?:\s|$|[,.;)])`)

// othersOnly is a sentence on disclosures to anyone else, only with
// consent or by law: no recipient.
var othersOnly = re(`^(?:muille|muihin|muualle|andra|till andra|to others|others|other parties)\b`)

// noRecipient is a sentence on disclosures that names no recipient:
// "Muutoin tietoja luovutetaan vain lain sallimissa rajoissa."
var noRecipient = re(`^(?:muutoin|muuten|muulloin|muussa tapauksessa|otherwise|in other cases|i övrigt|annars)\b|lain sallimissa rajoissa|inom (?:de )?lagens (?:gränser|ramar)|within the limits (?:of|permitted by)|to the extent permitted by law`)

// firmLead starts a sentence that says who does something: "X are
// handled by", "hoitaa", "sköts av".
var firmLead = re(`\s(?:by|with|hoitaa|hoitavat|käyttäen|av|med hjälp av)\s+\p{Lu}`)

// labelledProcessor reads "Service: Product (Company Oy)": the company is
// the processor, the label its service.
func labelledProcessor(it string) (name, service string, ok bool) {
	label, rest, found := strings.Cut(it, ":")
	if !found || len(strings.Fields(label)) > 3 {
		return "", "", false
	}
	m := firmName.FindStringSubmatch(rest)
	if m == nil {
		return "", "", false
	}
	return m[1], strings.TrimSpace(label), true
}

// recipients reads the recipients, and the processors named among them
// or under their own heading (ids from firstID on).
func (p *part) recipients(firstID int) ([]data.Recipient, []data.Processor) {
	rs := []data.Recipient{}
	var procs []data.Processor
	rs, procs, plainRecipients := recipientRows(p.section(topicRecipients), topicRecipients, rs, procs, firstID)
	rs, procs, plainProcessors := recipientRows(p.section(topicProcessors), topicProcessors, rs, procs, firstID)
	for _, it := range items(plainRecipients) {
		switch {
		case negation.MatchString(it), strings.HasPrefix(it, "("), othersOnly.MatchString(it), noRecipient.MatchString(it):
		case strings.HasSuffix(it, ".") && len(strings.Fields(it)) > 3 && !discloseVerb.MatchString(it):
			// A sentence about recipients, not one of them; the companies
			// it names are ("kuljetusliike Savon Kuljetus Oy toimittaa
			// kukat").
			rs, procs = sentenceFirms(it, rs, procs, firstID)
		case processorWord.MatchString(it):
			procs = appendProcessor(procs, it, firstID)
		default:
			rs = append(rs, recipientOf(it))
		}
	}
	for _, it := range items(plainProcessors) {
		if !negation.MatchString(it) {
			procs = appendProcessor(procs, it, firstID)
		}
	}
	return rs, procs
}

func registerEmpty(r *data.Register) bool {
	return r.Name == "" && len(r.DataSubjects) == 0 && len(r.Purposes) == 0 && len(r.DataCategories) == 0 &&
		len(r.Sources) == 0 && len(r.Recipients) == 0 && len(r.ProcessorIDs) == 0 && len(r.Transfers) == 0 &&
		len(r.Retention) == 0 && r.Security.Manual == "" && len(r.Security.Measures) == 0
}

var roleNote = re(`\((?:[^()]*(?:käsittelijä|alihankkija|personuppgiftsbiträde|processor|sub-processor)[^()]*)\)`)

var titleRegister = []*pattern{
	re(`^([\p{L}\-]*rekisteri)n\s+(?:tietosuoja|rekisteri)seloste`),
	re(`^(?:tietosuojaseloste|rekisteriseloste)\s*[:\-–]\s*((?:[\p{L}\-]+\s+){0,2}[\p{L}\-]*rekisteri)\s*$`),
	re(`^(?:dataskyddsbeskrivning|registerbeskrivning)\s+(?:för\s+)?([\p{L}\-]*register)(?:et)?\s*$`),
	re(`^(?:privacy notice|privacy policy|privacy statement)\s+(?:for|of)\s+(?:the\s+|our\s+)?([\p{L}\- ]{0,40}register)\s*$`),
}

// registerName is the value under "Rekisterin nimi", or the name in the
// title ("Asiakasrekisterin tietosuojaseloste").
func (p *part) registerName() string {
	for _, it := range items(p.section(topicRegisterName)) {
		return strings.TrimSuffix(it, ".")
	}
	if !p.only {
		return p.name
	}
	for _, l := range p.d.lines[:min(len(p.d.lines), 8)] {
		for _, t := range titleRegister {
			if m := t.FindStringSubmatch(strings.TrimSpace(l.s)); m != nil {
				name := []rune(m[1])
				name[0] = []rune(strings.ToUpper(string(name[0])))[0]
				return string(name)
			}
		}
	}
	return ""
}

// appendProcessor adds the processor an item names ("Tilitoimisto X Oy –
// kirjanpito"): the name before a dash, bracket or comma, the rest as the
// service. An item whose start is not a name is left out.
func appendProcessor(ps []data.Processor, it string, firstID int) []data.Processor {
	// "(processor)" or "(henkilötietojen käsittelijä)" says what it is, not
	// its name or service.
	it = strings.Join(strings.Fields(roleNote.ReplaceAllString(it, "")), " ")
	if parts := topLevelList(it); len(parts) > 1 {
		// "Timma Oy (ajanvaraus), Kehys Oy (kirjanpito)": one each.
		for _, x := range parts {
			ps = appendProcessor(ps, x, firstID)
		}
		return ps
	}
	if name, service, ok := productOf(it); ok {
		return append(ps, data.Processor{ID: "p" + strconv.Itoa(firstID+len(ps)), Name: name, Service: service})
	}
	if name, service, ok := labelledProcessor(it); ok {
		return append(ps, data.Processor{ID: "p" + strconv.Itoa(firstID+len(ps)), Name: name, Service: service})
	}
	if len(strings.Fields(strings.TrimSuffix(it, "."))) > 6 && strings.HasSuffix(it, ".") || firmLead.MatchString(it) {
		// A sentence ("Bookings are handled by Momoyoga B.V."): only the
		// companies it names, no words of it as a name.
		for _, m := range firmName.FindAllStringSubmatch(it, -1) {
			ps = append(ps, data.Processor{ID: "p" + strconv.Itoa(firstID+len(ps)), Name: m[1]})
		}
		return ps
	}
	cut := strings.IndexAny(it, "(,–—:")
	if i := strings.Index(it, " - "); i >= 0 && (cut < 0 || i < cut) {
		cut = i
	}
	name, service := it, ""
	if cut > 0 {
		name, service = it[:cut], cleanService(it[cut:])
	}
	name = nameValue(strings.TrimSpace(name))
	if name == "" || processorWord.MatchString(name) {
		return ps
	}
	id := "p" + strconv.Itoa(firstID+len(ps))
	return append(ps, data.Processor{ID: id, Name: name, Service: service})
}

// topLevelList returns the entries of a list of names with notes in
// brackets, cut at the commas outside brackets: "Timma Oy
// (ajanvarausjärjestelmä), Tilitoimisto Kehys Oy (kirjanpito)". Each
// entry starts with a capital; else (a service after the comma, "Visma
// Oy, laskutus") it is one entry: nil.
func topLevelList(it string) []string {
	var parts []string
	depth, from := 0, 0
	for i, r := range it {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case r == ',' && depth == 0:
			parts = append(parts, strings.TrimSpace(it[from:i]))
			from = i + 1
		}
	}
	parts = append(parts, strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(it[from:]), ".")))
	if len(parts) < 2 || depth != 0 {
		return nil
	}
	for _, p := range parts {
		r, _ := utf8.DecodeRuneInString(p)
		if !unicode.IsUpper(r) || !strings.Contains(p, "(") || companyAt(p) == "" {
			return nil
		}
	}
	return parts
}

// firmForm is a company form of Finnish or foreign law.
var firmForm = lazy(`(?:^|\s)(?:Oyj|Oy|Abp|Ab|Ky|Ay|Tmi|Ltd|Limited|Inc\.?|LLC|GmbH|AB|B\.V\.|N\.V\.|S\.A\.|S\.L\.|SE|AS|A/S|ApS|SAS|S\.r\.l\.|a\.s\.|s\.r\.o\.)$`)

// companyAt returns the company an entry names before its bracket or
// in it ("Netvisor (Visma Solutions Oy)"), or "".
func companyAt(p string) string {
	name, note, _ := strings.Cut(p, "(")
	if firmForm.MatchString(strings.TrimSpace(name)) {
		return strings.TrimSpace(name)
	}
	first, _, _ := strings.Cut(strings.TrimSuffix(strings.TrimSpace(note), ")"), ",")
	if firmForm.MatchString(strings.TrimSpace(first)) {
		return strings.TrimSpace(first)
	}
	return ""
}

// productOf reads "Product (Company Oy, country), service": the company
// in the brackets is the processor, its product and the rest the service.
func productOf(it string) (name, service string, ok bool) {
	product, rest, found := strings.Cut(it, "(")
	product = strings.TrimSpace(product)
	if !found || product == "" || firmForm.MatchString(product) || !isNameLike(product) {
		return "", "", false
	}
	note, after, closed := strings.Cut(rest, ")")
	first, _, _ := strings.Cut(note, ",")
	if first = strings.TrimSpace(first); !closed || !firmForm.MatchString(first) {
		return "", "", false
	}
	service = cleanService(after)
	if service == "" {
		return first, product, true
	}
	return first, service + " (" + product + ")", true
}

// isNameLike reports whether s is a short capitalised name: "Netvisor".
func isNameLike(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && len(strings.Fields(s)) <= 3 && !strings.ContainsAny(s, ",.:;")
}

// roleWords say that a company is a processor, no service of it: after
// a separator ("– processor", ", henkilötietojen käsittelijä"), not
// "henkilöarviointien käsittelijä", whose first word says what it does.
var roleWords = re(`(?:^|[,(–—-]\s*)(?:(?:henkilötietojen |tietojen )?käsittelijä|personuppgiftsbiträde|(?:sub-)?processor\b)`)

// cleanService returns the service written after a processor's name:
// without the role words, the separators around it and brackets left
// unpaired ("henkilötietojen käsittelijä (laskutusohjelma)":
// "laskutusohjelma").
func cleanService(s string) string {
	s = roleWords.ReplaceAllString(s, "")
	s = strings.Trim(strings.Join(strings.Fields(s), " "), " -–—,:.;")
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && strings.Count(s, "(") == 1 {
		s = s[1 : len(s)-1]
	}
	if strings.Count(s, "(") != strings.Count(s, ")") {
		s = strings.NewReplacer("(", "", ")", "").Replace(s)
	}
	return strings.Trim(strings.TrimSpace(s), " -–—,:.;")
}

// reasonBrackets is "Company Oy (reason)." at the end of an item.
var reasonBrackets = lazy(`^([^()]+?)\s*\(([^()]+)\)\.?$`)

// recipientOf reads a recipient's item: "Laskutus ja perintä: Perintä
// Oy" and "Ajovarma Ab (ajokokeet)." give the company as the name and the
// rest as its reason; other items are the name as written.
func recipientOf(it string) data.Recipient {
	if name, reason, ok := labelledProcessor(it); ok && strings.TrimSpace(strings.TrimSuffix(it[strings.Index(it, ":")+1:], ".")) == name {
		return data.Recipient{Name: name, Reason: reason}
	}
	if label, name, ok := strings.Cut(strings.TrimSuffix(it, "."), ": "); ok && len(strings.Fields(label)) <= 3 && isNameLike(strings.TrimSpace(name)) {
		return data.Recipient{Name: strings.TrimSpace(name), Reason: label} // "Sähköpostimarkkinointi: Mailchimp"
	}
	if name, reason, ok := strings.Cut(strings.TrimSuffix(it, "."), ", "); ok && firmForm.MatchString(name) && !strings.ContainsAny(reason, ",;:()") && len(strings.Fields(reason)) <= 4 {
		return data.Recipient{Name: name, Reason: reason} // "Talenom Oyj, palkanlaskenta"
	}
	if m := reasonBrackets.FindStringSubmatch(it); m != nil && firmForm.MatchString(strings.TrimSpace(m[1])) {
		return data.Recipient{Name: strings.TrimSpace(m[1]), Reason: strings.TrimSpace(m[2])}
	}
	return data.Recipient{Name: it}
}

// onBehalf says a company processes data for the controller: "käsittelee
// laskutustiedot lukuumme", "on our behalf", "för vår räkning".
var onBehalf = re(`\blukuu|\bpuolestamme|on our behalf|för vår räkning|på vårt uppdrag`)

// sentenceFirms adds the companies a sentence under the recipients
// names: processors when it says they act on the controller's behalf,
// recipients otherwise.
func sentenceFirms(it string, rs []data.Recipient, procs []data.Processor, firstID int) ([]data.Recipient, []data.Processor) {
	for _, m := range firmName.FindAllStringSubmatchIndex(it, -1) {
		name := it[m[2]:m[3]]
		if onBehalf.MatchString(it) || roleAfter.MatchString(it[m[3]:]) || soleFirmOfProcessorClause(it, m[2]) {
			procs = append(procs, data.Processor{ID: "p" + strconv.Itoa(firstID+len(procs)), Name: name})
		} else {
			rs = append(rs, data.Recipient{Name: name})
		}
	}
	return rs, procs
}

// roleAfter is a processor's role in brackets right after its name:
// "Zoner Oy (käsittelijä)".
var roleAfter = re(`^\s*\([^()]*(?:käsittelijä|personuppgiftsbiträde|processor)[^()]*\)`)

// soleFirmOfProcessorClause reports whether the clause of it (between
// semicolons) that holds offset i names one company and calls it a
// processor: "Procountor (Accountor Finago Oy), kirjanpito-ohjelma,
// käsittelijä."
func soleFirmOfProcessorClause(it string, i int) bool {
	from := strings.LastIndexByte(it[:i], ';') + 1
	to := len(it)
	if k := strings.IndexByte(it[i:], ';'); k >= 0 {
		to = i + k
	}
	clause := it[from:to]
	return processorWord.MatchString(clause) && len(firmName.FindAllStringIndex(clause, -1)) == 1
}
