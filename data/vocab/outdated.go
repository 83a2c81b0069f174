package vocab

import (
	"sort"
	"strings"
)

// Kinds of outdated reference (OutdatedRef.Kind).
const (
	// OutdatedLaw is a repealed act or directive.
	OutdatedLaw = "law"
	// OutdatedAgency is an authority that was merged into another.
	OutdatedAgency = "agency"
	// OutdatedAddress is an old address of the supervisory authority.
	OutdatedAddress = "address"
	// OutdatedFax is the supervisory authority's fax number, which no
	// longer exists.
	OutdatedFax = "fax"
)

// OutdatedRef is one kind of reference that was right in an old privacy
// notice and is wrong today: a repealed law, a merged authority, the
// supervisory authority's old address or its fax number. It is the one
// table of them: the wizard's check runs it on every free-text answer and
// the audit of an old notice on the whole notice.
type OutdatedRef struct {
	// Code names the reference: "personal_data_act", "vrk", "old_address",
	// "old_fax", …
	Code string
	// Kind is OutdatedLaw, OutdatedAgency, OutdatedAddress or OutdatedFax.
	Kind string
	// Current is what to write instead, as a phrase.
	Current Text
	// Note says in one sentence what changed and what stands today, for
	// a report on a notice that cites the reference.
	Note Text
	// needles are cheap tests: a text holds the reference only if its
	// lower-case form, without spaces and hyphens, holds one.
	needles []string
	// names find the reference as whole words, in its inflected forms
	// (names.go).
	names []nameMatcher
}

// Outdated lists the outdated references. Sources:
//   - Henkilötietolaki (523/1999) was repealed by Tietosuojalaki
//     (1050/2018) from 1.1.2019; Henkilörekisterilaki (471/1987) by
//     Henkilötietolaki in 1999; directive 95/46/EC by the GDPR (art. 94).
//   - Laki yksityisyyden suojasta työelämässä 477/2001 was replaced by the
//     act of the same name 759/2004; laki sähköisen viestinnän
//     tietosuojasta (516/2004) by laki sähköisen viestinnän palveluista
//     (917/2014), whose 205 § rules cookies.
//   - Väestörekisterikeskus and the maistraatit merged into Digi- ja
//     väestötietovirasto on 1.1.2020 (laki 1017/2019); Viestintävirasto and
//     Trafi into Liikenne- ja viestintävirasto Traficom on 1.1.2019 (laki
//     935/2018).
//   - The Tietosuojavaltuutetun toimisto is at Lintulahdenkuja 4, 00530
//     Helsinki, postal address PL 800, 00531 Helsinki (DESIGN.md, and
//     Authority); it was at Ratapihantie 9 (00520/00521 Helsinki) and
//     before that at Albertinkatu 25 (PL 315, 00181 Helsinki), and it no
//     longer has a fax (029 566 6735, earlier 010 366 6735).
var Outdated = []OutdatedRef{
	{Code: "personal_data_act", Kind: OutdatedLaw,
		needles: []string{"henkilötietola", "523/1999", "personuppgiftslag", "personaldataact"},
		names: []nameMatcher{
			otherName(`henkilötietola[ik]\p{L}*`),
			otherName(`523 / 1999`),
			otherName(`personuppgiftslag\p{L}*`),
			otherName(`personal data act`),
		},
		Current: Text{"tietosuoja-asetus (EU) 2016/679 ja tietosuojalaki (1050/2018); henkilötietolaki (523/1999) kumottiin 1.1.2019",
			"dataskyddsförordningen (EU) 2016/679 och dataskyddslagen (1050/2018); personuppgiftslagen (523/1999) upphävdes 1.1.2019",
			"the GDPR (EU) 2016/679 and the Data Protection Act (1050/2018); the Personal Data Act (523/1999) was repealed on 1 January 2019"},
		Note: Text{"henkilötietolaki (523/1999) on kumottu. Sen tilalla ovat EU:n yleinen tietosuoja-asetus (EU) 2016/679 ja tietosuojalaki (1050/2018).",
			"personuppgiftslagen (523/1999) är upphävd. I dess ställe gäller EU:s allmänna dataskyddsförordning (EU) 2016/679 och dataskyddslagen (1050/2018).",
			"the Personal Data Act (523/1999) is repealed. The General Data Protection Regulation (EU) 2016/679 and the Data Protection Act (1050/2018) apply instead."}},
	{Code: "personal_data_file_act", Kind: OutdatedLaw,
		needles: []string{"henkilörekisterila", "471/1987", "personregisterlag"},
		names: []nameMatcher{
			otherName(`henkilörekisterila[ik]\p{L}*`),
			otherName(`471 / 1987`),
			otherName(`personregisterlag\p{L}*`),
		},
		Current: Text{"tietosuoja-asetus (EU) 2016/679 ja tietosuojalaki (1050/2018); henkilörekisterilaki (471/1987) kumottiin jo 1999",
			"dataskyddsförordningen (EU) 2016/679 och dataskyddslagen (1050/2018); personregisterlagen (471/1987) upphävdes redan 1999",
			"the GDPR (EU) 2016/679 and the Data Protection Act (1050/2018); the Personal Data File Act (471/1987) was repealed in 1999"},
		Note: Text{"henkilörekisterilaki (471/1987) kumottiin jo vuonna 1999, ja sen seuraajakin, henkilötietolaki (523/1999), on kumottu. Voimassa ovat EU:n yleinen tietosuoja-asetus (EU) 2016/679 ja tietosuojalaki (1050/2018).",
			"personregisterlagen (471/1987) upphävdes redan 1999, och också den som följde, personuppgiftslagen (523/1999), är upphävd. I kraft är EU:s allmänna dataskyddsförordning (EU) 2016/679 och dataskyddslagen (1050/2018).",
			"the Personal Data File Act (471/1987) was repealed in 1999, and the Personal Data Act (523/1999) that followed it is repealed too. The General Data Protection Regulation (EU) 2016/679 and the Data Protection Act (1050/2018) apply."}},
	{Code: "directive_95_46", Kind: OutdatedLaw,
		needles: []string{"95/46"},
		names:   []nameMatcher{otherName(`95 / 46 / (?:ey|eg|ec|eu)`)},
		Current: Text{"tietosuoja-asetus (EU) 2016/679", "dataskyddsförordningen (EU) 2016/679", "the GDPR (EU) 2016/679"},
		Note: Text{"tietosuojadirektiivi 95/46/EY on kumottu. Sen tilalla on EU:n yleinen tietosuoja-asetus (EU) 2016/679.",
			"dataskyddsdirektivet 95/46/EG är upphävt. I dess ställe gäller dataskyddsförordningen (EU) 2016/679.",
			"the Data Protection Directive 95/46/EC is repealed. The GDPR (EU) 2016/679 applies instead."}},
	{Code: "electronic_privacy_act", Kind: OutdatedLaw,
		needles: []string{"sähköisenviestinnäntietosuojala", "lakisähköisenviestinnäntietosuojasta", "516/2004", "dataskyddvidelektroniskkommunikation", "protectionofprivacyinelectroniccommunications"},
		names: []nameMatcher{
			otherName(`sähköisen viestinnän tietosuojala[ik]\p{L}*`),
			otherName(`laki\p{L}* sähköisen viestinnän tietosuojasta`),
			otherName(`516 / 2004`),
			otherName(`lag(?:en)? om dataskydd vid elektronisk kommunikation`),
			otherName(`act on (?:the )?protection of privacy in electronic communications`),
		},
		Current: Text{"laki sähköisen viestinnän palveluista (917/2014), 205 §", "lagen om tjänster inom elektronisk kommunikation (917/2014), 205 §",
			"the Act on Electronic Communications Services (917/2014), section 205"},
		Note: Text{"laki sähköisen viestinnän tietosuojasta (516/2004) on kumottu. Evästeistä säädetään nyt laissa sähköisen viestinnän palveluista (917/2014), 205 §.",
			"lagen om dataskydd vid elektronisk kommunikation (516/2004) är upphävd. Om kakor föreskrivs nu i lagen om tjänster inom elektronisk kommunikation (917/2014), 205 §.",
			"the Act on the Protection of Privacy in Electronic Communications (516/2004) is repealed. Cookies are now governed by the Act on Electronic Communications Services (917/2014), section 205."}},
	{Code: "working_life_act_2001", Kind: OutdatedLaw,
		needles: []string{"477/2001"},
		names:   []nameMatcher{otherName(`477 / 2001`)},
		Current: Text{"laki yksityisyyden suojasta työelämässä (759/2004)", "lagen om integritetsskydd i arbetslivet (759/2004)", "the Act on the Protection of Privacy in Working Life (759/2004)"},
		Note: Text{"laki yksityisyyden suojasta työelämässä 477/2001 on kumottu. Voimassa on laki yksityisyyden suojasta työelämässä (759/2004).",
			"lagen om integritetsskydd i arbetslivet 477/2001 är upphävd. I kraft är lagen om integritetsskydd i arbetslivet (759/2004).",
			"the Act on the Protection of Privacy in Working Life 477/2001 is repealed. The Act of the same name (759/2004) applies."}},
	{Code: "vrk", Kind: OutdatedAgency,
		needles: []string{"väestörekisterikesk", "befolkningsregistercentral", "populationregistercen", "vrk"},
		names: []nameMatcher{
			fiName(`väestörekisterikeskus`, `väestörekisterikeskukse`),
			// Upper case only: "vrk" in lower case is vuorokausi (24 h/vrk).
			fiNameCased(`VRK`),
			otherName(`befolkningsregistercentral\p{L}*`),
			otherName(`population register cen(?:-\s*)?t(?:re|er)(?:'s)?`),
		},
		Current: Text{"Digi- ja väestötietovirasto (DVV); Väestörekisterikeskus yhdistyi siihen 1.1.2020",
			"Myndigheten för digitalisering och befolkningsdata (DVV); Befolkningsregistercentralen gick upp i den 1.1.2020",
			"the Digital and Population Data Services Agency (DVV); the Population Register Centre merged into it on 1 January 2020"},
		Note: Text{"Väestörekisterikeskus yhdistyi 1.1.2020 Digi- ja väestötietovirastoon (DVV).",
			"Befolkningsregistercentralen slogs 1.1.2020 samman med Myndigheten för digitalisering och befolkningsdata (DVV).",
			"the Population Register Centre merged into the Digital and Population Data Services Agency (DVV) on 1 January 2020."}},
	{Code: "maistraatti", Kind: OutdatedAgency,
		needles: []string{"maistraat", "magistrat", "localregisteroffice"},
		names: []nameMatcher{
			fiName(`maistraatti`, `maistraati`, `maistraate`),
			otherName(`magistrat(?:en|er|erna|ens|ernas)?`),
			otherName(`local register offices?`),
		},
		Current: Text{"Digi- ja väestötietovirasto (DVV)", "Myndigheten för digitalisering och befolkningsdata (DVV)", "the Digital and Population Data Services Agency (DVV)"},
		Note: Text{"maistraatit yhdistyivät 1.1.2020 Digi- ja väestötietovirastoon (DVV).",
			"magistraterna slogs 1.1.2020 samman med Myndigheten för digitalisering och befolkningsdata (DVV).",
			"the Local Register Offices merged into the Digital and Population Data Services Agency (DVV) on 1 January 2020."}},
	{Code: "viestintavirasto", Kind: OutdatedAgency,
		needles: []string{"viestintäviras", "kommunikationsverket", "finnishcommunicationsregulatoryauthority", "ficora"},
		names: []nameMatcher{
			// "Liikenne- ja viestintävirasto" is Traficom, today's name.
			fiName(`viestintävirasto`).unless(`liikenne-\s*ja\s+viestintävirasto\p{L}*`),
			fiName(`ficora`),
			otherName(`kommunikationsverket\p{L}*`).unless(`transport-\s*och\s+kommunikationsverket\p{L}*`),
			otherName(`finnish communications regulatory authority(?:'s)?`),
		},
		Current: Text{"Liikenne- ja viestintävirasto Traficom", "Transport- och kommunikationsverket Traficom", "the Finnish Transport and Communications Agency Traficom"},
		Note: Text{"Viestintävirasto yhdistyi 1.1.2019 Liikenne- ja viestintävirastoon (Traficom).",
			"Kommunikationsverket slogs 1.1.2019 samman med Transport- och kommunikationsverket (Traficom).",
			"the Finnish Communications Regulatory Authority merged into the Finnish Transport and Communications Agency (Traficom) on 1 January 2019."}},
	{Code: "trafi", Kind: OutdatedAgency,
		needles: []string{"liikenteenturvallisuusvira", "trafiksäkerhetsverket", "finnishtransportsafetyagency", "trafi"},
		names: []nameMatcher{
			fiName(`liikenteen turvallisuusvirasto`),
			// Written as a name only: "trafiikki" is traffic, "trafik"
			// Swedish for it.
			fiNameCased(`Trafi`, `TRAFI`),
			otherName(`trafiksäkerhetsverket\p{L}*`),
			otherName(`finnish transport safety agency(?:'s)?`),
		},
		Current: Text{"Liikenne- ja viestintävirasto Traficom", "Transport- och kommunikationsverket Traficom", "the Finnish Transport and Communications Agency Traficom"},
		Note: Text{"Liikenteen turvallisuusvirasto Trafi yhdistyi 1.1.2019 Liikenne- ja viestintävirastoon (Traficom).",
			"Trafiksäkerhetsverket Trafi slogs 1.1.2019 samman med Transport- och kommunikationsverket (Traficom).",
			"the Finnish Transport Safety Agency Trafi merged into the Finnish Transport and Communications Agency (Traficom) on 1 January 2019."}},
	{Code: "old_address", Kind: OutdatedAddress,
		needles: []string{"ratapihantie", "bangårdsvägen9", "bangardsvägen9", "00521", "albertinkatu", "albertsgatan25", "31500181", "315,00181"},
		names: []nameMatcher{
			// Also inflected: "Ratapihantiellä 9".
			otherName(`ratapihantie\p{L}* 9`),
			otherName(`bang[åa]rdsvägen 9`),
			otherName(`00521 (?:helsinki|helsingfors)`),
			// The office before Ratapihantie.
			otherName(`albertinkatu\p{L}* 25`),
			otherName(`albertsgatan 25`),
			otherName(`(?:pl|pb|p\.o\. box) 315 ,? 00181`),
		},
		Current: Text{"Tietosuojavaltuutetun toimisto, Lintulahdenkuja 4, 00530 Helsinki; postiosoite PL 800, 00531 Helsinki",
			"Dataombudsmannens byrå, Fågelviksgränden 4, 00530 Helsingfors; postadress PB 800, 00531 Helsingfors",
			"Office of the Data Protection Ombudsman, Lintulahdenkuja 4, 00530 Helsinki; postal address P.O. Box 800, 00531 Helsinki"}},
	{Code: "old_fax", Kind: OutdatedFax,
		needles: []string{"295666735", "103666735"},
		names: []nameMatcher{
			// 029 566 6735 in any grouping, also as +358 29 566 6735,
			// and the older 010 366 6735.
			otherName(`(?:\+358[\s-]*|0)(?:29[\s-]*5[\s-]*6[\s-]*6|10[\s-]*3[\s-]*6[\s-]*6)[\s-]*6[\s-]*7[\s-]*3[\s-]*5`),
		},
		Current: Text{"tietosuojavaltuutetulla ei ole enää faksia: sähköposti tietosuoja@om.fi, vaihde 029 566 6700",
			"dataombudsmannen har inte längre fax: e-post tietosuoja@om.fi, växel 029 566 6700",
			"the Data Protection Ombudsman no longer has a fax: e-mail tietosuoja@om.fi, switchboard 029 566 6700"}},
}

// OutdatedHit is one outdated reference found in a text.
type OutdatedHit struct {
	Ref OutdatedRef
	// Quote is the text as found; Start and End its byte offsets.
	Quote      string
	Start, End int
}

// Matches returns the byte ranges of every match of r in text, in the
// order of the text (for a caller that weighs each by its context).
func (r OutdatedRef) Matches(text string) [][2]int {
	if !containsAny(squash.Replace(strings.ToLower(text)), r.needles) {
		return nil
	}
	var out [][2]int
	for _, n := range r.names {
		out = append(out, n.findAll(text)...)
	}
	sort.Slice(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	return out
}

// FindOutdated returns the outdated references in text, each kind once at
// its first place, in the order of the text.
func FindOutdated(text string) []OutdatedHit {
	var hits []OutdatedHit
	for _, r := range Outdated {
		if ms := r.Matches(text); len(ms) > 0 {
			m := ms[0]
			hits = append(hits, OutdatedHit{Ref: r, Quote: strings.TrimSpace(text[m[0]:m[1]]), Start: m[0], End: m[1]})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Start < hits[j].Start })
	return hits
}

// squash drops what the patterns allow between the characters of a needle.
var squash = strings.NewReplacer(" ", "", "\t", "", "\n", "", "\r", "", "-", "", "\u00a0", "")

func containsAny(s string, needles []string) bool {
	for _, n := range needles {
		if strings.Contains(s, n) {
			return true
		}
	}
	return false
}
