package audit

import (
	"regexp"
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
func (c *checker) first(code string, r *regexp.Regexp, args ...any) bool {
	m := r.FindStringIndex(c.d.flat)
	if m == nil {
		return false
	}
	c.add(code, m[0], m[1], args...)
	return true
}

var (
	// The office's addresses before Lintulahdenkuja 4: Ratapihantie 9
	// (also inflected, "Ratapihantiellä 9"), Albertinkatu 25 before that,
	// the PO box 315, 00181, and their Swedish forms.
	oldAuthority = re(`ratapihantie\p{L}*\s*9|albertinkatu\p{L}*\s*25|albertsgatan\s*25|bang[åa]rdsvägen\s*9|\b0052[01]\s+(helsinki|helsingfors)|\b(?:pl|pb|p\.\s?o\.\s?box)\s*315\s*,?\s*00181\b`)
	// oldFax is the office's fax number, 029 566 6735 (or the older 010
	// 366 6735) in any grouping: it is the authority's wherever it stands.
	oldFax        = regexp.MustCompile(`(?:\+358[\s-]*|\b0)(?:29[\s-]*5[\s-]*6[\s-]*6|10[\s-]*3[\s-]*6[\s-]*6)[\s-]*6[\s-]*7[\s-]*3[\s-]*5\b`)
	authorityName = re(`tietosuojavaltuutet|dataombudsman|data protection ombudsman|valvontaviranomai|valvova viranomainen|tillsynsmyndighet|supervisory authority`)
)

// nearAuthority reports whether the authority is named within a few lines
// of text[i:j]: other businesses have offices in Pasila too.
func (c *checker) nearAuthority(i, j int) bool {
	return authorityName.MatchString(c.d.flat[max(0, i-300):min(len(c.d.flat), j+120)])
}

func ruleAuthorityAddress(c *checker) {
	for _, m := range oldAuthority.FindAllStringIndex(c.d.flat, -1) {
		if c.nearAuthority(m[0], m[1]) {
			c.add("outdated_authority_address", m[0], m[1])
			return
		}
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

// ruleAuthorityFax reports a fax number given near the authority's name
// (the controller's own fax is its own business).
func ruleAuthorityFax(c *checker) {
	if c.first("outdated_authority_fax", oldFax) {
		return
	}
	for _, m := range faxRe.FindAllStringIndex(c.d.flat, -1) {
		if c.nearAuthority(m[0], m[1]) {
			c.add("outdated_authority_fax", m[0], m[1])
			return
		}
	}
}

// replaced is a repealed law or a merged agency with what stands today.
type replaced struct {
	re  *regexp.Regexp
	now vocab.Text
}

var repealedLaws = []replaced{
	{re(`henkilötietola[ik]|\b523/1999\b|personuppgiftslag|personal data act`), vocab.Text{
		FI: "henkilötietolaki (523/1999) on kumottu. Sen tilalla ovat EU:n yleinen tietosuoja-asetus (EU) 2016/679 ja tietosuojalaki (1050/2018).",
		SV: "personuppgiftslagen (523/1999) är upphävd. I dess ställe gäller EU:s allmänna dataskyddsförordning (EU) 2016/679 och dataskyddslagen (1050/2018).",
		EN: "the Personal Data Act (523/1999) is repealed. The General Data Protection Regulation (EU) 2016/679 and the Data Protection Act (1050/2018) apply instead.",
	}},
	{re(`henkilörekisterila[ik]|\b471/1987\b|personregisterlag`), vocab.Text{
		FI: "henkilörekisterilaki (471/1987) kumottiin jo vuonna 1999, ja sen seuraajakin, henkilötietolaki (523/1999), on kumottu. Voimassa ovat EU:n yleinen tietosuoja-asetus (EU) 2016/679 ja tietosuojalaki (1050/2018).",
		SV: "personregisterlagen (471/1987) upphävdes redan 1999, och också den som följde, personuppgiftslagen (523/1999), är upphävd. I kraft är EU:s allmänna dataskyddsförordning (EU) 2016/679 och dataskyddslagen (1050/2018).",
		EN: "the Personal Data File Act (471/1987) was repealed in 1999, and the Personal Data Act (523/1999) that followed it is repealed too. The General Data Protection Regulation (EU) 2016/679 and the Data Protection Act (1050/2018) apply.",
	}},
	{re(`95/46/(ey|eg|ec)`), vocab.Text{
		FI: "tietosuojadirektiivi 95/46/EY on kumottu. Sen tilalla on EU:n yleinen tietosuoja-asetus (EU) 2016/679.",
		SV: "dataskyddsdirektivet 95/46/EG är upphävt. I dess ställe gäller dataskyddsförordningen (EU) 2016/679.",
		EN: "the Data Protection Directive 95/46/EC is repealed. The GDPR (EU) 2016/679 applies instead.",
	}},
	{re(`sähköisen viestinnän tietosuojala|laki sähköisen viestinnän tietosuojasta|\b516/2004\b|lag(en)? om dataskydd vid elektronisk kommunikation|act on (the )?protection of privacy in electronic communications`), vocab.Text{
		FI: "laki sähköisen viestinnän tietosuojasta (516/2004) on kumottu. Evästeistä säädetään nyt laissa sähköisen viestinnän palveluista (917/2014), 205 §.",
		SV: "lagen om dataskydd vid elektronisk kommunikation (516/2004) är upphävd. Om kakor föreskrivs nu i lagen om tjänster inom elektronisk kommunikation (917/2014), 205 §.",
		EN: "the Act on the Protection of Privacy in Electronic Communications (516/2004) is repealed. Cookies are now governed by the Act on Electronic Communications Services (917/2014), section 205.",
	}},
	{re(`\b477/2001\b`), vocab.Text{
		FI: "laki yksityisyyden suojasta työelämässä 477/2001 on kumottu. Voimassa on laki yksityisyyden suojasta työelämässä (759/2004).",
		SV: "lagen om integritetsskydd i arbetslivet 477/2001 är upphävd. I kraft är lagen om integritetsskydd i arbetslivet (759/2004).",
		EN: "the Act on the Protection of Privacy in Working Life 477/2001 is repealed. The Act of the same name (759/2004) applies.",
	}},
}

func ruleRepealedLaw(c *checker) {
	for _, l := range repealedLaws {
		if m := l.re.FindStringIndex(c.d.flat); m != nil {
			c.add("repealed_law", m[0], m[1], l.now.In(c.lang))
		}
	}
}

// agency is a merged agency: its old names in the three languages and
// what stands today.
type agency struct {
	names []nameMatcher
	now   vocab.Text
}

var oldAgencies = []agency{
	{[]nameMatcher{
		fiName(`väestörekisterikeskus`, `väestörekisterikeskukse`),
		fiNameCased(`VRK`),
		otherName(`befolkningsregistercentral\p{L}*`),
		otherName(`population register cen(?:-\s*)?t(?:re|er)(?:'s)?`),
	}, vocab.Text{
		FI: "Väestörekisterikeskus yhdistyi 1.1.2020 Digi- ja väestötietovirastoon (DVV).",
		SV: "Befolkningsregistercentralen slogs 1.1.2020 samman med Myndigheten för digitalisering och befolkningsdata (DVV).",
		EN: "the Population Register Centre merged into the Digital and Population Data Services Agency (DVV) on 1 January 2020.",
	}},
	{[]nameMatcher{
		fiName(`maistraatti`, `maistraati`, `maistraate`),
		otherName(`magistrat(?:en|er|erna|ens|ernas)?`),
		otherName(`local register offices?`),
	}, vocab.Text{
		FI: "maistraatit yhdistyivät 1.1.2020 Digi- ja väestötietovirastoon (DVV).",
		SV: "magistraterna slogs 1.1.2020 samman med Myndigheten för digitalisering och befolkningsdata (DVV).",
		EN: "the Local Register Offices merged into the Digital and Population Data Services Agency (DVV) on 1 January 2020.",
	}},
	{[]nameMatcher{
		fiName(`viestintävirasto`),
		fiName(`ficora`),
		{re: re(`kommunikationsverket\p{L}*`), skip: re(`och\s+kommunikationsverket`)},
		otherName(`finnish communications regulatory authority(?:'s)?`),
	}, vocab.Text{
		FI: "Viestintävirasto yhdistyi 1.1.2019 Liikenne- ja viestintävirastoon (Traficom).",
		SV: "Kommunikationsverket slogs 1.1.2019 samman med Transport- och kommunikationsverket (Traficom).",
		EN: "the Finnish Communications Regulatory Authority merged into the Finnish Transport and Communications Agency (Traficom) on 1 January 2019.",
	}},
	{[]nameMatcher{
		fiName(`liikenteen turvallisuusvirasto`),
		fiNameCased(`Trafi`, `TRAFI`),
		otherName(`trafiksäkerhetsverket\p{L}*`),
		otherName(`finnish transport safety agency(?:'s)?`),
	}, vocab.Text{
		FI: "Liikenteen turvallisuusvirasto Trafi yhdistyi 1.1.2019 Liikenne- ja viestintävirastoon (Traficom).",
		SV: "Trafiksäkerhetsverket Trafi slogs 1.1.2019 samman med Transport- och kommunikationsverket (Traficom).",
		EN: "the Finnish Transport Safety Agency Trafi merged into the Finnish Transport and Communications Agency (Traficom) on 1 January 2019.",
	}},
}

// ruleOutdatedAgency reports the first mention of each merged agency, in
// whatever case or language it is named.
func ruleOutdatedAgency(c *checker) {
	for _, a := range oldAgencies {
		first := []int(nil)
		for _, n := range a.names {
			if m := n.find(c.d.flat); m != nil && (first == nil || m[0] < first[0]) {
				first = m
			}
		}
		if first != nil {
			c.add("outdated_agency", first[0], first[1], a.now.In(c.lang))
		}
	}
}

var shieldRe = re(`privacy shield|safe harbou?r|yksityisyydensuojan kilpi`)

func rulePrivacyShield(c *checker) { c.first("privacy_shield", shieldRe) }

var oldTitle = re(`\brekisteriseloste|\bregister description|henkilötietolain\s+(\(523/1999\)\s+)?10\s*§|\bregisterbeskrivning|10\s*§\s*i\s*personuppgiftslagen|section 10 of the personal data act`)

func ruleTitle(c *checker) { c.first("outdated_title", oldTitle) }

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

// ownBusinessID reports whether the notice gives a Y-tunnus (labelled, or
// read as id) anywhere but on a web site's credit line.
func (c *checker) ownBusinessID(id string) bool {
	for _, sp := range c.d.spans() {
		if (businessIDRe.MatchString(sp.s) || id != "" && strings.Contains(sp.s, strings.TrimLeft(id, "0"))) && !makerCredit.MatchString(sp.s) {
			return true
		}
	}
	return false
}

// companyName is a name with a company form: "Kukkakauppa Ruusunen Oy".
var companyName = regexp.MustCompile(`\p{Lu}[\p{L}&\-]*(?:\s[\p{L}&\-]+){0,4}\s(?:Oy|Oyj|Ab|Abp|Ky|Ay|Tmi|ry|rf|osk|Ltd|Inc|GmbH|AB)\b`)

// ownAddress reports whether the notice gives a Finnish postal address
// that is not the authority's.
func (c *checker) ownAddress() bool {
	for _, l := range c.d.lines {
		if postalRe.MatchString(l.s) && !authorityMark.MatchString(l.s) {
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
