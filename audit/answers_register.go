package audit

import (
	"regexp"
	"strconv"
	"strings"

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
			hint = strings.TrimSpace(numbering.ReplaceAllString(d.lines[s.head].s, ""))
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
	if len(out) == 1 {
		out[0].only = true
		out[0].name = ""
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
	r.Purposes = p.purposes()
	for _, c := range listItems(p.section(topicData)) {
		r.DataCategories = append(r.DataCategories, data.DataCategory{Name: c})
		if picRe.MatchString(c) && !negation.MatchString(c) {
			r.PersonalIdentityCode = true // the ground (29 §) is asked by the wizard
		}
	}
	for _, it := range items(p.section(topicSources)) {
		r.Sources = append(r.Sources, data.Source{Description: it, Public: publicSource.MatchString(it)})
	}
	var procs []data.Processor
	r.Recipients, procs = p.recipients(firstID)
	for _, p := range procs {
		r.ProcessorIDs = append(r.ProcessorIDs, p.ID)
	}
	r.Transfers = append(r.Transfers, p.transfers()...)
	for _, it := range p.retentionStatements() {
		r.Retention = append(r.Retention, data.RetentionRule{Period: it})
	}
	r.Security = p.security()
	return r, procs
}

// purposes reads the purposes, each with the basis its own line names.
// Under a heading on the basis alone, a short item that names a basis is
// a basis, not a purpose ("- henkilön suostumus").
func (p *part) purposes() []data.Purpose {
	out := []data.Purpose{}
	for _, s := range p.secs {
		if s.topic != topicPurpose && s.topic != topicBasis {
			continue
		}
		for _, it := range items(s.content) {
			if s.topic == topicBasis && len(strings.Fields(it)) <= 8 && !strings.Contains(it, ":") &&
				(len(basesIn(it)) > 0 || basisWord.MatchString(it)) {
				continue
			}
			out = addPurpose(out, it)
		}
	}
	return out
}

// basisWord names a basis loosely, as templates list them ("laki").
var basisWord = re(`\blaki\b|\blag\b|\blaw\b|julkis|yleisen edun`)

// addPurpose adds item it to the purposes read so far.
func addPurpose(out []data.Purpose, it string) []data.Purpose {
	if basisLead.MatchString(it) || notPurpose.MatchString(it) || len(it) > 400 {
		return out // a statement of the basis alone, or not a purpose
	}
	bs := basesIn(it)
	n := len(out)
	if lawOnly.MatchString(it) && n > 0 && out[n-1].LegalBasis == data.BasisLegalObligation && out[n-1].Law == "" {
		// "Kirjanpitolaki (1336/1997)" under a legal obligation is its law.
		out[n-1].Law = strings.TrimSuffix(it, ".")
		return out
	}
	if basisOnly.MatchString(it) && n > 0 && out[n-1].LegalBasis == "" && len(bs) == 1 {
		// The basis column of a table row read back on its own line.
		out[n-1].Description += " " + it
		out[n-1].LegalBasis = bs[0]
		return out
	}
	pu := data.Purpose{Description: it}
	if len(bs) == 1 && basisMarker.MatchString(it) {
		pu.LegalBasis = bs[0]
	}
	return append(out, pu)
}

// recipients reads the recipients, and the processors named among them
// or under their own heading (ids from firstID on).
func (p *part) recipients(firstID int) ([]data.Recipient, []data.Processor) {
	rs := []data.Recipient{}
	var procs []data.Processor
	for _, it := range items(p.section(topicRecipients)) {
		switch {
		case negation.MatchString(it), strings.HasPrefix(it, "("):
		case strings.HasSuffix(it, ".") && len(strings.Fields(it)) > 3 && !discloseVerb.MatchString(it):
			// a sentence about recipients, not one of them
		case processorWord.MatchString(it):
			procs = appendProcessor(procs, it, firstID)
		default:
			rs = append(rs, data.Recipient{Name: it})
		}
	}
	for _, it := range items(p.section(topicProcessors)) {
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

var titleRegister = []*regexp.Regexp{
	re(`^([\p{L}\-]*rekisteri)n\s+(?:tietosuoja|rekisteri)seloste`),
	re(`^(?:tietosuojaseloste|rekisteriseloste)\s*[:\-–]\s*([\p{L}\-]*rekisteri)\s*$`),
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

// listItems returns the entries of a list of short names: bulleted items
// as they are, a short line without a full stop split at its commas.
// Sentences are left out: "Rekisteriin tallennetaan asiakkaan nimi." is not
// a category's name.
func listItems(ls []line) []string {
	var out []string
	for _, l := range ls {
		s := strings.TrimSpace(l.s)
		if strings.HasSuffix(s, ":") {
			continue
		}
		if b := bullet.FindString(s); b != "" {
			out = append(out, strings.TrimRight(strings.TrimSpace(s[len(b):]), ".;,"))
			continue
		}
		if m := storedList.FindStringSubmatch(s); m != nil {
			s = m[1] // "Rekisteriin tallennetaan asiakkaan nimi, osoite ja …"
		} else if strings.HasSuffix(s, ".") && len(strings.Fields(s)) > 6 || len(s) > 200 {
			continue
		}
		for _, part := range listSplit.Split(strings.TrimRight(s, ".;"), -1) {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// storedList is a sentence that lists the data in the passive, whose
// nouns stay in their base form: "Rekisteriin tallennetaan asiakkaan
// nimi, osoite ja puhelinnumero."
var storedList = re(`^(?:rekisteriin |rekisterissä |meillä )?(?:tallennetaan|kerätään|käsitellään|säilytetään)\s+(?:seuraavat tiedot:?\s*|seuraavia tietoja:?\s*)?(?:asiakkaan |rekisteröidyn |henkilön |jäsenen |käyttäjän )?(.+?)\.?$`)

var listSplit = regexp.MustCompile(`\s*[,;]\s*|\s+(?:ja|sekä|och|samt|and)\s+`)

var (
	basisMarker   = re(`peruste|perustuu|perusteella|\bgrund|grundar sig|\bbasis\b|based on|\bart\.|artikla|artikel|article|6\s*\(1\)`)
	basisLead     = re(`^(?:(?:käsittelyn|rekisterin pitämisen|henkilötietojen käsittelyn|rekisterin)\s+)?(?:oikeus)?peruste|^(?:den\s+)?rättsliga? grund|^grunden för|^(?:the\s+)?(?:legal|lawful) basis|^(?:käsittely|henkilötietojen käsittely|tietojen käsittely) perustuu|^behandlingen grundar sig|^(?:the\s+)?processing is based`)
	lawOnly       = re(`^[\p{L} -]*(?:laki|lagen|act|asetus|förordning)\s*\(\d+/\d{4}\)\.?$`)
	notPurpose    = re(`^(?:\p{L}+ voit\b|voit|ilmoita|tarkoituksessa|lue lisää|du kan|meddela|läs mer|you can|you may|tell us|read more)`)
	basisOnly     = re(`^(?:suostumus|sopimus|lakisääteinen velvoite|oikeutettu etu|elintärkeä etu|yleinen etu|samtycke|avtal|rättslig förpliktelse|berättigat intresse|consent|contract|legal obligation|legitimate interests?)\b[^.]{0,40}$`)
	discloseVerb  = re(`luovut|utlämn|lämnas ut|lämnar ut|disclos|share|pass on`)
	negation      = re(`\b(?:ei|eikä|emme|inte|ej|aldrig|not|no|never|none)\b`)
	processorWord = re(`käsittelijä|alihankkija|palveluntarjoaja|personuppgiftsbiträde|underleverantör|tjänsteleverantör|processor|service provider|subcontractor`)
	publicSource  = re(`julkis|offentlig|\bpublic\b|\bytj\b|kaupparekister|handelsregist|trade register`)
)

// bases names the words of each legal basis of art. 6(1) in the three
// languages, and the article letter.
var bases = []struct {
	basis data.LegalBasis
	re    *regexp.Regexp
}{
	{data.BasisConsent, re(`suostumu|samtycke|\bconsent`)},
	{data.BasisContract, re(`\bsopimu|\bavtal|\bcontract`)},
	{data.BasisLegalObligation, re(`lakisäätei|lakiin perustuva velvo|rättslig förpliktelse|lagstadgad|legal obligation|statutory obligation`)},
	{data.BasisVitalInterests, re(`elintärkeä|grundläggande intresse|vital interest`)},
	{data.BasisPublicTask, re(`yleisen edun|julkisen vallan|julkisen tehtävän|allmänt intresse|myndighetsutövning|public (task|interest)`)},
	{data.BasisLegitimateInterests, re(`oikeutet\p{L}* et|berättigat intresse|berättigade intressen|legitimate interest`)},
}

var articleLetter = re(`6\s*(?:\(1\)|\.1|\s*art\p{L}*\s*1\s*(?:kohdan|mom\p{L}*)?)\s*\(?([a-f])\)?`)

// basesIn returns the distinct legal bases s names, by word or by the
// letter of art. 6(1).
func basesIn(s string) []data.LegalBasis {
	var out []data.LegalBasis
	seen := map[data.LegalBasis]bool{}
	add := func(b data.LegalBasis) {
		if !seen[b] {
			seen[b] = true
			out = append(out, b)
		}
	}
	for _, b := range bases {
		if b.re.MatchString(s) {
			add(b.basis)
		}
	}
	for _, m := range articleLetter.FindAllStringSubmatch(s, -1) {
		add(data.LegalBases[strings.ToLower(m[1])[0]-'a'])
	}
	return out
}

// appendProcessor adds the processor an item names ("Tilitoimisto X Oy –
// kirjanpito"): the name before a dash, bracket or comma, the rest as the
// service. An item whose start is not a name is left out.
func appendProcessor(ps []data.Processor, it string, firstID int) []data.Processor {
	// "(processor)" or "(henkilötietojen käsittelijä)" says what it is, not
	// its name or service.
	it = strings.Join(strings.Fields(roleNote.ReplaceAllString(it, "")), " ")
	cut := strings.IndexAny(it, "(,–—:")
	if i := strings.Index(it, " - "); i >= 0 && (cut < 0 || i < cut) {
		cut = i
	}
	name, service := it, ""
	if cut > 0 {
		name, service = it[:cut], strings.Trim(it[cut:], " -–—(),:.")
	}
	name = nameValue(strings.TrimSpace(name))
	if name == "" || processorWord.MatchString(name) {
		return ps
	}
	id := "p" + strconv.Itoa(firstID+len(ps))
	return append(ps, data.Processor{ID: id, Name: name, Service: service})
}

// retentionStatements are the sentences under the retention heading, and
// elsewhere the sentences that keep data for a stated time.
func (p *part) retentionStatements() []string {
	out := items(p.section(topicRetention))
	in := map[string]bool{}
	for _, s := range out {
		in[s] = true
	}
	if !p.only {
		return out // with several registers a loose sentence belongs to none
	}
	for _, sp := range p.d.spans() {
		s := sp.s
		if !in[s] && keepVerb.MatchString(s) && duration.MatchString(s) && !p.inSection(sp.start, topicRetention) {
			in[s] = true
			out = append(out, s)
		}
	}
	return out
}

var (
	keepVerb = re(`säilyt|säilö|poistetaan|poistamme|hävitetään|sparas|lagras|bevaras|raderas|gallras|\bkept\b|\bkeep\b|retain|\bstored?\b|deleted|erased`)
	duration = re(`\b\d+\s*(?:vuo|kuukau|kk\b|päiv|viik|år|mån|dag|vecka|veckor|year|month|day|week)|(?:yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kymmenen|ett|två|tre|fyra|fem|sex|tio|one|two|three|four|five|six|ten)\s+(?:vuo|kuukau|år|mån|year|month)`)
)

// transfers reads the transfer section: each statement that names a
// country outside the EU/EEA and is not a denial, with the safeguard it
// names and a known service in the same sentence as the recipient.
func (p *part) transfers() []data.Transfer {
	var out []data.Transfer
	its := items(p.section(topicTransfers))
	for i, it := range its {
		if negation.MatchString(it) {
			continue
		}
		country := countryIn(it)
		if country == "" {
			continue
		}
		t := data.Transfer{Country: country, Safeguard: safeguardIn(it)}
		// "Palvelu X, Yhdysvallat. Siirto perustuu …": the safeguard may
		// come in the sentences after, up to the next country.
		for j := i + 1; t.Safeguard == "" && j < len(its); j++ {
			t.Safeguard = safeguardIn(its[j])
			if countryIn(its[j]) != "" {
				break
			}
		}
		if tool, ok := toolIn(it); ok {
			t.Recipient = tool
		}
		out = append(out, t)
	}
	return out
}

var countries = []struct {
	name string
	re   *regexp.Regexp
}{
	{"Yhdysvallat", regexp.MustCompile(`(?i:yhdysval|förenta staterna|united states)|\bUSA\b|\bU\.S\.`)},
	{"Iso-Britannia", regexp.MustCompile(`(?i:iso-britan|yhdistyneessä kuningaskunnassa|storbritannien|förenade kungariket|united kingdom)|\bUK\b`)},
	{"Sveitsi", re(`sveitsi|schweiz|switzerland`)},
	{"Kanada", re(`kanada|canada`)},
	{"Intia", re(`intia|indien|india`)},
	{"Japani", re(`japani|japan`)},
}

// frameworkName is the EU–US framework's name, which names the United
// States without a transfer to it.
var frameworkName = re(`eu:n ja yhdysvaltojen (välise\p{L}* )?tietosuojakehy\p{L}*|eu[–-]us(a)? data privacy framework|ramverket för dataskydd mellan eu och usa|data privacy framework`)

// countryIn returns the country outside the EU/EEA that s names, if any.
func countryIn(s string) string {
	s = frameworkName.ReplaceAllString(s, "")
	for _, c := range countries {
		if c.re.MatchString(s) {
			return c.name
		}
	}
	return ""
}

var safeguards = []struct {
	code string
	re   *regexp.Regexp
}{
	{data.SafeguardAdequacyDPF, re(`data privacy framework|tietosuojakehy|ramverk(et)? för dataskydd`)},
	{data.SafeguardSCC, re(`vakiolausek|vakiosopimuslausek|mallisopimuslausek|standardavtalsklausul|standard contractual clauses|\bscc`)},
	{data.SafeguardBCR, re(`yrityssään|yritystä koskevi?a?t? sitov|bindande företagsbestämmelser|binding corporate rules|\bbcr`)},
	{data.SafeguardAdequacy, re(`riittävyyspäätö|riittävä tietosuojan taso|adekvat skyddsnivå|adequacy decision|adequate level`)},
}

func safeguardIn(s string) string {
	for _, sg := range safeguards {
		if sg.re.MatchString(s) {
			return sg.code
		}
	}
	return ""
}

var measures = []struct {
	code string
	re   *regexp.Regexp
}{
	{data.MeasureAccessControl, re(`käyttöoikeu|behörighet|access (rights|control)`)},
	{data.MeasureFirewall, re(`palomuuri|brandvägg|firewall`)},
	{data.MeasureEncryptionTransit, re(`\bssl\b|\btls\b|https|salattu(ja)? yhtey|salatun yhteyden|krypterad (förbindelse|anslutning)|encrypted connection`)},
	{data.MeasureBackups, re(`varmuuskopi|säkerhetskopi|backup`)},
	{data.MeasureLockedPremises, re(`lukit|låst|locked`)},
	{data.MeasureConfidentiality, re(`vaitiolo|salassapitovelvo|tystnadsplikt|sekretessförbindelse|confidentiality`)},
	{data.MeasureMalwareProtection, re(`virustorju|haittaohjelm|antivirus|virusskydd|skadlig kod|malware`)},
}

// security reads the security section: the sentence on manual material
// and the measures it names.
func (p *part) security() data.SecurityDescription {
	s := data.SecurityDescription{Measures: []string{}}
	for _, it := range items(p.section(topicSecurity)) {
		if s.Manual == "" && manualWord.MatchString(it) {
			s.Manual = it
		}
		for _, m := range measures {
			if m.re.MatchString(it) && !contains(s.Measures, m.code) {
				s.Measures = append(s.Measures, m.code)
			}
		}
	}
	return s
}

var manualWord = re(`manuaali|paperi|tulostet|manuell|papper|utskrift|manual|paper|printed`)

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
