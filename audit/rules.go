package audit

import (
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/valid"
	"tietosuojapakki/data/vocab"
)

// rules are run in this order on every notice; each adds its findings.
var rules = []func(*checker){
	ruleAuthorityAddress,
	ruleAuthorityFax,
	ruleRepealedLaw,
	ruleOutdatedAgency,
	rulePrivacyShield,
	ruleTitle,
	ruleBusinessID,
	ruleControllerIdentity,
	ruleContact,
	ruleComplaint,
	ruleLegalBasis,
	ruleRetention,
	ruleRights,
	ruleTransfers,
	ruleAccess,
	ruleSignedRequest,
	ruleFiller,
	ruleDate,
	rulePIC,
	ruleCookies,
	ruleTemplate,
}

// first adds a finding for the first match of r in the text.
func (c *checker) first(code string, r *pattern, args ...any) bool {
	m := r.FindStringIndex(c.d.flat)
	if m == nil {
		return false
	}
	c.add(code, m[0], m[1], args...)
	return true
}

// authorityName names the supervisory authority: an old address counts
// only near it (other businesses have offices in Pasila too).
var authorityName = re(`tietosuojavaltuutet|dataombudsman|data protection ombudsman|valvontaviranomai|valvova viranomainen|tillsynsmyndighet|supervisory authority`)

// nearAuthority reports whether the authority is named within a few lines
// of text[i:j]: other businesses have offices in Pasila too.
func (c *checker) nearAuthority(i, j int) bool {
	return authorityName.MatchString(c.d.flat[max(0, i-300):min(len(c.d.flat), j+120)])
}

// outdatedOfKind returns the outdated references of one kind
// (vocab.Outdated, the table the wizard's check uses too).
func outdatedOfKind(kind string) []vocab.OutdatedRef {
	var out []vocab.OutdatedRef
	for _, r := range vocab.Outdated {
		if r.Kind == kind {
			out = append(out, r)
		}
	}
	return out
}

// firstOutdated adds a finding of code at the first match of a reference
// of kind (that stands near the authority's name, if near), and reports
// whether it did.
func (c *checker) firstOutdated(code, kind string, near bool) bool {
	for _, r := range outdatedOfKind(kind) {
		for _, m := range r.Matches(c.d.flat) {
			if !near || c.nearAuthority(m[0], m[1]) {
				c.add(code, m[0], m[1])
				return true
			}
		}
	}
	return false
}

func ruleAuthorityAddress(c *checker) {
	if c.firstOutdated("outdated_authority_address", vocab.OutdatedAddress, true) {
		return
	}
	// Any other Helsinki postal code given right after the authority's
	// name is an old one: today's are 00530 (street) and 00531 (PL 800).
	for _, m := range authorityName.FindAllStringIndex(c.d.flat, -1) {
		end := min(len(c.d.flat), m[1]+200)
		if k := strings.Index(c.d.text[m[1]:end], "\n\n"); k >= 0 {
			end = m[1] + k
		}
		for _, p := range helsinkiCode.FindAllStringSubmatchIndex(c.d.flat[m[1]:end], -1) {
			if code := c.d.flat[m[1]+p[2] : m[1]+p[3]]; code != "00530" && code != "00531" {
				c.add("outdated_authority_address", m[1]+p[0], m[1]+p[1])
				return
			}
		}
	}
}

var helsinkiCode = re(`\b(00\d{3})\s+(?:helsinki|helsingfors)`)

// ruleAuthorityFax reports the authority's old fax numbers wherever they
// stand, and any number called a fax near the authority's name (the
// controller's own fax is its own business).
func ruleAuthorityFax(c *checker) {
	// The office's old number is the authority's wherever it stands.
	if c.firstOutdated("outdated_authority_fax", vocab.OutdatedFax, false) {
		return
	}
	for _, m := range faxRe.FindAllStringIndex(c.d.flat, -1) {
		if c.nearAuthority(m[0], m[1]) {
			c.add("outdated_authority_fax", m[0], m[1])
			return
		}
	}
}

// ruleRepealedLaw reports each repealed law the notice cites, once.
func ruleRepealedLaw(c *checker) { c.outdated("repealed_law", vocab.OutdatedLaw) }

// ruleOutdatedAgency reports each merged agency the notice names, once.
func ruleOutdatedAgency(c *checker) { c.outdated("outdated_agency", vocab.OutdatedAgency) }

// outdated adds a finding of code at the first place of each reference of
// kind, its note (what changed, what stands today) in the message. A law
// named as former or repealed is history, not a citation.
func (c *checker) outdated(code, kind string) {
	for _, r := range outdatedOfKind(kind) {
		for _, m := range r.Matches(c.d.flat) {
			if kind == vocab.OutdatedLaw && c.historical(m[0], m[1]) {
				continue
			}
			c.add(code, m[0], m[1], r.Note.In(c.lang))
			break
		}
	}
}

// formerBefore and formerAfter say that the law named between them is no
// longer in force: "aiemman henkilötietolain", "the former Personal Data
// Act", "personuppgiftslagen, som har upphävts", "henkilötietolaki on
// kumottu".
var (
	formerBefore = re(`(?:^|[^\p{L}])(?:aiem\p{L}*|entise\p{L}*|vanha\p{L}*|kumotu\p{L}*|kumoutuneen|silloise\p{L}*|tidigare|förra|gamla|upphävda|dåvarande|former|previous|old|repealed|then)\s+(?:\p{L}+\s+){0,2}$`)
	formerAfter  = re(`^[^.;]{0,40}?(?:on kumottu|kumottiin|kumoutui|ei ole enää voimassa|korvattiin|on korvattu|har upphävts|upphävdes|upphört att gälla|ersattes|har ersatts|gäller inte längre|(?:was|has been) (?:repealed|replaced)|is no longer in force)`)
	// replacesOld is a sentence that says the notice replaces an old one.
	replacesOld = re(`korvaa\p{L}*|korvannut|ersätter|har ersatt|replaces|has replaced|supersedes`)
)

// historical reports whether the name at flat[i:j] stands as history:
// called former or repealed right beside it.
func (c *checker) historical(i, j int) bool {
	before := c.d.flat[max(0, i-40):i]
	if k := strings.LastIndexAny(before, ".;:"); k >= 0 {
		before = before[k+1:]
	}
	return formerBefore.MatchString(before) || formerAfter.MatchString(c.d.flat[j:min(len(c.d.flat), j+80)])
}

var shieldRe = re(`privacy shield|safe harbou?r|yksityisyydensuojan kilpi`)

func rulePrivacyShield(c *checker) { c.first("privacy_shield", shieldRe) }

var oldTitle = re(`\brekisteriseloste|\bregister description|henkilötietolain\s+(\(523/1999\)\s+)?10\s*§|\bregisterbeskrivning|10\s*§\s*i\s*personuppgiftslagen|section 10 of the personal data act`)

// ruleTitle reports the old title, unless the sentence says the notice
// replaces the old register description: "Tämä seloste korvaa aiemman
// rekisteriselosteen".
func ruleTitle(c *checker) {
	for _, m := range oldTitle.FindAllStringIndex(c.d.flat, -1) {
		if replacesOld.MatchString(sentenceAt(c.d.flat, m[0], m[1])) || c.historical(m[0], m[1]) {
			continue
		}
		c.add("outdated_title", m[0], m[1])
		return
	}
}

// ruleBusinessID reports a labelled Y-tunnus with a wrong check digit.
func ruleBusinessID(c *checker) {
	for _, m := range businessIDRe.FindAllStringSubmatchIndex(c.d.flat, -1) {
		id := c.d.flat[m[2]:m[3]]
		if len(id) == 8 {
			id = "0" + id
		}
		if err := valid.BusinessID(id); err != nil {
			c.add("invalid_business_id", m[0], m[1], c.d.flat[m[2]:m[3]])
		}
	}
}

// ruleControllerIdentity names what is missing of name, Y-tunnus and
// address. A Y-tunnus is reported missing only when no ID is labelled at
// all (a wrong one has its own finding).
//
// The rule asks whether the notice states them, which is wider than what
// the answers take: a company name or an address outside a controller's
// heading still counts here.
func ruleControllerIdentity(c *checker) {
	o := &c.f.Organisation
	var miss []string
	if o.Name == "" && !companyName.MatchString(c.d.flat) {
		miss = append(miss, vocab.Text{FI: "nimi", SV: "namn", EN: "name"}.In(c.lang))
	}
	if !c.ownBusinessID(o.BusinessID) {
		miss = append(miss, vocab.Text{FI: "Y-tunnus", SV: "FO-nummer", EN: "Business ID"}.In(c.lang))
	}
	if o.PostalCode == "" && !c.ownAddress() {
		miss = append(miss, vocab.Text{FI: "osoite", SV: "adress", EN: "address"}.In(c.lang))
	}
	if len(miss) > 0 {
		c.add("missing_controller_identity", -1, -1, strings.Join(miss, ", "))
	}
}

// makerCredit is a web site's credit line, whose Y-tunnus is the web
// agency's, not the controller's: "Kotisivut toteutti Mainostoimisto
// Pikseli Oy, Y-tunnus …".
var makerCredit = re(`toteutti|toteutus|toteuttanut|kotisivut|verkkosivut|sivusto(?:n)? (?:teki|tehnyt)|webbplatsen (?:är )?(?:gjord|utvecklad|skapad)|webbdesign|web ?design|designed by|made by|powered by|built by|website by`)

// othersID reports whether a business ID at offset i of the text, in the
// sentence or line s around it, is another company's: in the sections on
// processors, recipients, sources and transfers, on a web site's credit
// line, or beside words of work done for the controller. The answers
// (businessID) and the findings (ownBusinessID) ask it alike.
func (d *doc) othersID(i int, s string) bool {
	return d.inTopics(i, topicProcessors, topicRecipients, topicSources, topicTransfers) ||
		makerCredit.MatchString(s) || processorContext.MatchString(s)
}

// ownBusinessID reports whether the notice gives a Y-tunnus (labelled, or
// read as id) anywhere but on a web site's credit line or for another
// company: in the sections on processors, recipients, sources and
// transfers, or beside words of work done on the controller's behalf.
func (c *checker) ownBusinessID(id string) bool {
	for _, sp := range c.d.spans() {
		if !businessIDRe.MatchString(sp.s) && (id == "" || !strings.Contains(sp.s, strings.TrimLeft(id, "0"))) {
			continue
		}
		if c.d.othersID(sp.start, sp.s) {
			continue
		}
		return true
	}
	return false
}

// processorContext marks a sentence about another company's work for the
// controller, or about processors at all: "hoitaa kirjanpidon lukuumme",
// "för vår räkning", "subcontractor" (wider than answers' onBehalf, which
// decides who is a processor; here a business ID in such a sentence is
// only kept from being the controller's).
var processorContext = re(`lukuumme|puolestamme|käsittelijä|alihankkija|för vår räkning|på vårt uppdrag|personuppgiftsbiträde|on our behalf|\bprocessor|subcontractor`)

// companyName is a name with a company form: "Kukkakauppa Ruusunen Oy".
var companyName = lazy(`\p{Lu}[\p{L}&\-]*(?:\s[\p{L}&\-]+){0,4}\s(?:Oy|Oyj|Ab|Abp|Ky|Ay|Tmi|ry|rf|osk|Ltd|Inc|GmbH|AB)\b`)

// ownAddress reports whether the notice gives a Finnish postal address
// that is not the authority's. An address on the authority's streets
// (Ratapihantie, Lintulahdenkuja, 0052x/0053x Helsinki) is the
// authority's only near its name: a firm in Pasila has its own there.
func (c *checker) ownAddress() bool {
	for _, l := range c.d.lines {
		if !postalRe.MatchString(l.s) || authorityName.MatchString(l.s) {
			continue
		}
		if !authorityMark.MatchString(l.s) || !c.nearAuthority(l.start, l.start+len(l.s)) {
			return true
		}
	}
	return false
}

// ruleContact: no e-mail address or phone number anywhere but the
// authority's.
func ruleContact(c *checker) {
	o := &c.f.Organisation
	if o.Email != "" || o.Phone != "" || o.PrivacyContact.Email != "" || o.PrivacyContact.Phone != "" {
		return
	}
	all := []line{{s: c.d.flat}}
	if firstEmail(all) != "" || firstPhone(c.d.lines) != "" {
		return
	}
	c.add("missing_contact", -1, -1)
}

// complaintRe names the right to complain to the authority outright;
// complaintWord is a complaint of any kind ("customer complaints",
// "reklamationer"), which counts only beside an authority (authorityWord).
var (
	complaintRe   = re(`valvontaviranomai|valvovalle viranomaiselle|tietosuojavaltuutetu\p{L}* (käsiteltäväksi|ratkaistavaksi)|tietosuojavaltuutetulle|tietosuojavaltuutetun toimistolle|tillsynsmyndighet|till dataombudsman|supervisory authority|lodge a complaint|inge (ett )?klagomål|lämna (in )?(ett )?klagomål till`)
	complaintWord = re(`valitu|valitta|kantelu|saattaa asia|klagomål|\bklaga|complain`)
	authorityWord = re(`tietosuojavaltuutet|viranomai|dataombudsman|myndighet|ombudsman|authority`)
)

func ruleComplaint(c *checker) {
	if complaintRe.MatchString(c.d.flat) {
		return
	}
	for _, sp := range c.d.spans() {
		if complaintWord.MatchString(sp.s) && authorityWord.MatchString(sp.s) {
			return
		}
	}
	c.add("missing_complaint_right", -1, -1)
}

// placeholder is a template's unfilled gap: "[yrityksen nimi]", "(mikä)",
// "xx.xx.20xx".
var placeholder = re(`\[(?:yrityksen|yritys|nimi|osoite|pvm|päivämäärä|y-tunnus|företag|namn|adress|datum|company|name|address|date)[^\]]{0,30}\]|\((?:mikä|mitkä|vilken|vilka|which)\)|\bxx\.\s?xx\.\s?(?:20)?xx\b|<(?:yritys|nimi|company|name)>`)

// ruleTemplate reports a notice copied from a template and not filled in:
// a placeholder left in, or the template's list of every basis of art.
// 6(1) (a public task next to consent and a contract) instead of the
// bases the business uses.
func ruleTemplate(c *checker) {
	c.first("template_placeholder", placeholder)
	for _, s := range c.d.sections {
		if s.topic != topicBasis && s.topic != topicPurpose {
			continue
		}
		var b strings.Builder
		for _, l := range s.content {
			b.WriteString(l.s + "\n")
		}
		bs := basesIn(b.String())
		if len(bs) >= 4 && (hasBasis(bs, data.BasisPublicTask) || hasBasis(bs, data.BasisVitalInterests)) {
			c.add("template_bases", c.d.lines[s.head].start, c.d.lines[s.head].start+len(c.d.lines[s.head].s))
			return
		}
	}
}
