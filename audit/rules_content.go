package audit

import (
	"regexp"
	"strings"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
)

// span is a sentence of the text with its byte offsets.
type span struct {
	s          string
	start, end int
}

// spans returns every sentence of the text, with paragraphs wrapped by a
// PDF joined first. Joining puts a space where the newline was, so the
// offsets stay those of the text.
func (d *doc) spans() []span {
	if d.spanCache != nil {
		return d.spanCache
	}
	var out []span
	for _, l := range reflow(d.lines) {
		rest, off := l.s, l.start
		for _, s := range sentences(l.s) {
			i := strings.Index(rest, s)
			if i < 0 {
				continue
			}
			out = append(out, span{s: s, start: off + i, end: off + i + len(s)})
			rest, off = rest[i+len(s):], off+i+len(s)
		}
	}
	d.spanCache = out
	return out
}

// inTopics reports whether offset i lies in a section on one of the topics.
func (d *doc) inTopics(i int, ts ...topic) bool {
	for _, s := range d.sections {
		if len(s.content) == 0 {
			continue
		}
		last := s.content[len(s.content)-1]
		if i >= d.lines[s.head].start && i <= last.start+len(last.s) {
			for _, t := range ts {
				if s.topic == t {
					return true
				}
			}
		}
	}
	return false
}

// contractActivity are the things a contract with the customer is needed
// for (the contract words themselves are left out: naming the contract is
// naming the right basis).
var contractActivity = re(`asiakassuh|asiakkuu|tilau|toimitu|laskut|kundförhållande|kundrelation|beställning|leverans|fakturer|customer relationship|customer account|purchase|deliver|invoic|billing`)

// basisSpans are the sentences that state a legal basis: with a basis
// word, or standing in a section on purposes or the basis.
func (c *checker) basisSpans() []span {
	var out []span
	for _, sp := range c.d.spans() {
		if basisMarker.MatchString(sp.s) || c.d.inTopics(sp.start, topicBasis) {
			out = append(out, sp)
		}
	}
	return out
}

// ruleLegalBasis checks that a basis is given, per purpose, that consent
// is not the basis of what a contract needs, and that consent can be
// withdrawn.
func ruleLegalBasis(c *checker) {
	bs := c.basisSpans()
	named, consent := c.consentChecks(bs)
	if len(named) == 0 {
		if len(bs) > 0 {
			// "Rekisterin pitämisen peruste: asiakassuhde" names no basis
			// of art. 6(1): quote it.
			c.addSpan("missing_legal_basis", bs[0])
		} else {
			c.add("missing_legal_basis", -1, -1)
		}
		return
	}
	if len(named) == 1 && c.manyPurposes() {
		c.addSpan("missing_basis_per_purpose", named[0])
	}
	if consent && !withdrawRe.MatchString(c.d.flat) {
		c.add("missing_consent_withdrawal", -1, -1)
	}
}

// consentChecks returns the sentences among bs that name a basis, and
// whether consent is one of them; it reports consent given for what a
// contract needs.
func (c *checker) consentChecks(bs []span) (named []span, consent bool) {
	for _, sp := range bs {
		found := basesIn(sp.s)
		if len(found) == 0 {
			continue
		}
		named = append(named, sp)
		if !hasBasis(found, data.BasisConsent) || withdrawRe.MatchString(sp.s) {
			continue
		}
		consent = true
		if !hasBasis(found, data.BasisContract) && (contractActivity.MatchString(sp.s) || c.contractSection(sp.start)) {
			c.addSpan("consent_for_contract", sp)
		}
	}
	return named, consent
}

func hasBasis(list []data.LegalBasis, b data.LegalBasis) bool {
	for _, x := range list {
		if x == b {
			return true
		}
	}
	return false
}

// contractSection reports whether offset i lies in a section on purposes
// or the basis that speaks of what a contract needs (orders, billing, the
// customer relationship) and names no contract as a basis: "Tilaukset ja
// laskutus. … Peruste on asiakkaan suostumus."
func (c *checker) contractSection(i int) bool {
	for _, s := range c.d.sections {
		if s.topic != topicPurpose && s.topic != topicBasis || len(s.content) == 0 {
			continue
		}
		last := s.content[len(s.content)-1]
		if i < c.d.lines[s.head].start || i > last.start+len(last.s) {
			continue
		}
		var b strings.Builder
		for _, l := range s.content {
			b.WriteString(l.s + "\n")
		}
		text := b.String()
		return !hasBasis(basesIn(text), data.BasisContract) && contractActivity.MatchString(text)
	}
	return false
}

var withdrawRe = re(`peru(a|ttaa|uttaa|tta|ut|mis)|peruutta|peruttav|återkalla|withdraw|revoke`)

// manyPurposes reports whether the notice names two or more purposes, as
// items or as a list in one sentence.
func (c *checker) manyPurposes() bool {
	var ps []data.Purpose
	if len(c.f.Registers) > 0 {
		ps = c.f.Registers[0].Purposes
	}
	if len(ps) >= 2 {
		return true
	}
	return len(ps) == 1 && listSplit.MatchString(ps[0].Description) && strings.Count(ps[0].Description, ",")+1 >= 2
}

var (
	vagueKeep = re(`niin kauan kuin|tarpeen mukaan|tarpeellis|toistaiseksi|så länge|tills vidare|nödvändigt|as long as|necessary|indefinitely`)
	criterion = re(`päättymi|jälkeen|kunnes|viimeisestä|ajan\b|voimassa|upphör|efter|tills|under (hela )?(kund|avtal)|\bafter\b|\buntil\b|\bend of\b|for the duration|for as long as (the|your) (customer|contract|account)|kirjanpitola|bokföringslag|accounting act`)
)

// ruleRetention: no concrete period or criterion anywhere is a block; a
// vague one next to concrete ones is advice.
func ruleRetention(c *checker) {
	var concrete, vague []span
	for _, sp := range c.d.spans() {
		inSection := c.d.inTopics(sp.start, topicRetention)
		if !inSection && !keepVerb.MatchString(sp.s) {
			continue
		}
		switch {
		case duration.MatchString(sp.s) || (inSection || keepVerb.MatchString(sp.s)) && criterion.MatchString(sp.s) && !negation.MatchString(sp.s):
			concrete = append(concrete, sp)
		case vagueKeep.MatchString(sp.s):
			vague = append(vague, sp)
		}
	}
	switch {
	case len(concrete) == 0 && len(vague) > 0:
		c.addSpan("missing_retention", vague[0])
	case len(concrete) == 0:
		c.add("missing_retention", -1, -1)
	case len(vague) > 0:
		c.addSpan("vague_retention", vague[0])
	}
}

// rightWords find each right of art. 15–21 in the rights part of a notice.
var rightWords = []struct {
	code string
	re   *regexp.Regexp
}{
	{"access", re(`tarkast|pääsy|saada tie(to|dot)|nähdä|rätt till (insyn|tillgång)|registerutdrag|få (tillgång|veta|ta del)|\baccess\b|copy of`)},
	{"rectification", re(`korja|oikais|rättelse|\brätta|rectif|correct`)},
	{"erasure", re(`poist|unohdetu|radera|radering|bortglömd|erasure|erase|delet|forgotten`)},
	{"restriction", re(`rajoit|begräns|restrict`)},
	{"portability", re(`siirrettävyy|siirtää (ne |tiedot |tietonsa |tietosi )?(toiselle|järjestelmästä)|koneluettava|dataportabilitet|portabilit|överföra|flytta|maskinläsbar|machine-readable|transmit`)},
	{"objection", re(`vastust|invänd|invända|motsätt|\bobject`)},
}

var rightSentence = re(`oikeu|voit\b|rätt|du kan|\bright|you (can|may)`)

// ruleRights names the rights missing from the rights sections (or, with
// no such section, from the sentences that speak of rights).
func ruleRights(c *checker) {
	var b strings.Builder
	if c.d.has(topicRights) {
		for _, s := range c.d.sections {
			if s.topic == topicRights || s.topic == topicComplaint {
				b.WriteString(c.d.lines[s.head].s + "\n")
				for _, l := range s.content {
					b.WriteString(l.s + "\n")
				}
			}
		}
	}
	for _, sp := range c.d.spans() {
		if rightSentence.MatchString(sp.s) {
			b.WriteString(sp.s + "\n")
		}
	}
	text := b.String()
	var miss []string
	for _, r := range rightWords {
		if !r.re.MatchString(text) {
			miss = append(miss, vocab.Label(vocab.Rights, r.code, c.lang))
		}
	}
	if len(miss) > 0 {
		c.add("missing_rights", -1, -1, strings.ToLower(strings.Join(miss, ", ")))
	}
}

var (
	outsideEU     = re(`eu:n|eu/eta|eta:n|\beea\b|\bees\b|\beu\b|ulkopuol|utanför|outside|third countr|kolmans|tredje land`)
	transferVerb  = re(`siirt|siirr|käsitel|överför|behandl|transfer|process`)
	vagueTransfer = re(`tarvittaessa|teknisesti|mahdollisesti|voidaan siirtää|saatetaan siirtää|voi(vat)? siirtyä|pääsääntöisesti|lähtökohtaisesti|vid behov|tekniskt|eventuellt|kan (komma att )?överföras|i regel|i princip|technically|may be transferred|might|where necessary|if necessary|when necessary|possibly|in principle|as a rule|generally|unless|ellei|paitsi jos|utom om|om inte`)
)

// ruleTransfers reports conditional transfer statements, a denial next to
// a US service, and named transfers without a safeguard.
func ruleTransfers(c *checker) {
	for _, sp := range c.d.spans() {
		if !transferVerb.MatchString(sp.s) || !outsideEU.MatchString(sp.s) {
			continue
		}
		switch {
		case vagueTransfer.MatchString(sp.s):
			c.addSpan("vague_transfer", sp)
		case negation.MatchString(sp.s):
			if name, _ := usServiceIn(c.d.flat); name != "" {
				c.addSpan("transfer_contradiction", sp, name)
			}
		}
	}
	ruleTransferSafeguard(c)
}

// ruleTransferSafeguard reports a transfer to a named country with no
// safeguard in its sentence or the sentences after it, up to the next
// country named.
func ruleTransferSafeguard(c *checker) {
	sps := c.d.spans()
	for i, sp := range sps {
		if !c.d.inTopics(sp.start, topicTransfers) || countryIn(sp.s) == "" || negation.MatchString(sp.s) ||
			shieldRe.MatchString(sp.s) || vagueTransfer.MatchString(sp.s) {
			continue
		}
		// The safeguard may follow in the next sentences, up to the next
		// country named.
		found := safeguardIn(sp.s) != ""
		for j := i + 1; !found && j < len(sps) && c.d.inTopics(sps[j].start, topicTransfers); j++ {
			found = safeguardIn(sps[j].s) != "" || shieldRe.MatchString(sps[j].s)
			if countryIn(sps[j].s) != "" {
				break
			}
		}
		if !found {
			c.addSpan("missing_transfer_safeguard", sp)
		}
	}
}

var (
	accessWord = re(`tarkast|pääsy|omat tiedot|insyn|tillgång|registerutdrag|kontrollera|granska|\baccess\b|copy of (your|the) data`)
	accessOnce = re(`kerran vuodessa|kerran vuoden|vuoden välein|kerran kalenterivuodessa|en gång (per|om|i) år|once (a|per|every) (calendar )?year|once annually`)
	accessFee  = re(`maksu(a|n|lli)|veloite|veloitam|perimme|peritään|\bavgift(en|er)?\b|kostar|\bfees?\b|\bcharged?\b|\bcost\b`)
	accessFree = re(`maksutta|maksuton|veloituksetta|ilmai|kostnadsfri|avgiftsfri|utan kostnad|free of charge|without charge|no charge|\bfree\b`)
)

// ruleAccess reports a right of access limited to once a year or charged.
func ruleAccess(c *checker) {
	for _, sp := range c.d.spans() {
		if !accessWord.MatchString(sp.s) {
			continue
		}
		if m := accessOnce.FindStringIndex(sp.s); m != nil {
			c.addSpan("access_fee_or_limit", sp)
			continue
		}
		if accessFee.MatchString(sp.s) && !accessFree.MatchString(sp.s) && !excessive.MatchString(sp.s) {
			c.addSpan("access_fee_or_limit", sp)
		}
	}
}

// excessive marks the lawful charge of art. 12(5) and 15(3), which a good
// notice may mention.
var excessive = re(`perusteeto|kohtuuto|ilmeisen|lisäkopio|ogrundad|orimlig|ytterligare kopior|unfounded|excessive|further copies|additional copies`)

var signedRe = re(`omakätisesti|allekirjoitet\p{L}*\s+(kirjallise|pyyn|kirje|lomak)|kirjallisesti (ja )?allekirjoite|allekirjoitettava|allekirjoittamalla|ska undertecknas|skall undertecknas|must be signed|egenhändigt|undertecknad (skriftlig )?begäran|skriftlig(t)?,? undertecknad|undertecknat brev|hand-?signed|signed (written )?(request|letter)|personally signed|signed in writing`)

func ruleSignedRequest(c *checker) {
	for _, sp := range c.d.spans() {
		if signedRe.MatchString(sp.s) {
			c.addSpan("signed_request_demand", sp)
			return
		}
	}
}

var fillerRe = re(`(?:lain|lainsäädännön|henkilötietolain) sallimissa rajoissa|lain sallimalla tavalla|voimassa olevan lainsäädännön (mukaisesti|sallimissa)|hyvän tietojenkäsittelytavan mukaisesti|inom (de )?(gränser|ramar)(na)? (som )?lagen (tillåter|medger)|i enlighet med gällande lagstiftning|så som lagen tillåter|within the limits (permitted|allowed) by (the )?law|(as|where) (permitted|allowed) by (applicable )?law|to the extent permitted by (applicable )?law|in accordance with (applicable|the) (law|legislation)`)

// ruleFiller reports each stock phrase (at most five).
func ruleFiller(c *checker) {
	for _, m := range fillerRe.FindAllStringIndex(c.d.flat, 5) {
		c.add("filler", m[0], m[1])
	}
}

var (
	dateLabel = re(`päivitetty|laadittu|päiväys|pvm\b|voimassa|muutettu|uppdaterad|datum|upprättad|gäller från|ändrad|\bdate\b|updated|version|effective|drawn up|last changed|last modified`)
	dateRe    = re(`\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})\b|\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b|\b(\d{1,2})\.?\s+(january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+((?:19|20)\d{2})\b|\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b`)
)

var monthNames = map[string]int{
	"january": 1, "januari": 1, "february": 2, "februari": 2, "march": 3, "mars": 3, "april": 4, "may": 5, "maj": 5,
	"june": 6, "juni": 6, "july": 7, "juli": 7, "august": 8, "augusti": 8, "september": 9, "october": 10, "oktober": 10,
	"november": 11, "december": 12,
}

// noticeDates returns the dates of the notice itself: on a line with a
// date label, or standing in the first or last five lines.
func (c *checker) noticeDates() []span {
	var out []span
	n := len(c.d.lines)
	for i, l := range c.d.lines {
		if !dateLabel.MatchString(l.s) && i >= 5 && i < n-5 {
			continue
		}
		for _, m := range dateRe.FindAllStringIndex(l.s, -1) {
			out = append(out, span{s: l.s[m[0]:m[1]], start: l.start + m[0], end: l.start + m[1]})
		}
	}
	return out
}

// parseDate reads a date found by dateRe; ok is false for an impossible one.
func parseDate(s string) (time.Time, bool) {
	m := dateRe.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	var y, mo, d string
	var month int
	switch {
	case m[1] != "":
		d, mo, y = m[1], m[2], m[3]
	case m[4] != "":
		y, mo, d = m[4], m[5], m[6]
	case m[7] != "":
		d, month, y = m[7], monthNames[strings.ToLower(m[8])], m[9]
	default:
		month, d, y = monthNames[strings.ToLower(m[10])], m[11], m[12]
	}
	if month == 0 {
		month = atoi(mo)
	}
	t := time.Date(atoi(y), time.Month(month), atoi(d), 0, 0, 0, 0, time.UTC)
	if t.Day() != atoi(d) || int(t.Month()) != month {
		return time.Time{}, false
	}
	return t, true
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// gdprApplies is the day the GDPR started to apply (art. 99(2)).
var gdprApplies = time.Date(2018, 5, 25, 0, 0, 0, 0, time.UTC)

// ruleDate: no date is advice; a latest date before the GDPR applied is
// advice to review the whole notice.
func ruleDate(c *checker) {
	var latest span
	var latestT time.Time
	for _, sp := range c.noticeDates() {
		if t, ok := parseDate(sp.s); ok && t.After(latestT) {
			latest, latestT = sp, t
		}
	}
	switch {
	case latestT.IsZero():
		c.add("missing_date", -1, -1)
	case latestT.Before(gdprApplies):
		c.addSpan("dated_before_gdpr", latest, latestT.Format("2.1.2006"))
	}
}

var picRe = re(`henkilötunnu|\bhetu\b|personbeteckning|personnummer|personal identity code|social security number`)

func rulePIC(c *checker) {
	for _, sp := range c.d.spans() {
		if picRe.MatchString(sp.s) && !negation.MatchString(sp.s) {
			c.addSpan("personal_identity_code", sp)
			return
		}
	}
}

// ruleCookies reports a denial of cookies next to a tool that sets them.
func ruleCookies(c *checker) {
	w := &c.f.Website
	tools := append(append([]string{}, w.AnalyticsTools...), w.MarketingTools...)
	if len(tools) == 0 {
		return
	}
	for _, sp := range c.d.spans() {
		if cookieWord.MatchString(sp.s) && negation.MatchString(sp.s) {
			c.addSpan("cookie_contradiction", sp, tools[0])
			return
		}
	}
}
