package wizard

import (
	"regexp"
	"sort"
	"strings"
)

// Outdated is a reference in a user's text that was right in an old notice
// and is wrong today: a repealed law, a merged authority, the supervisory
// authority's old address or its fax number, which no longer exists.
type Outdated struct {
	// Code names the kind: "personal_data_act", "vrk", "old_address",
	// "old_fax".
	Code string
	// Quote is the text as found in the answer.
	Quote string
	// Current is what to write instead, in Finnish, Swedish and English.
	Current Text
}

// outdatedRule is one kind of outdated reference and the patterns that
// find it. Patterns are case-insensitive unless they say otherwise and
// tolerate any run of spaces where a space is written.
type outdatedRule struct {
	code string
	// needles are cheap tests: a text holds a reference of the rule only
	// if its lower-case form, without spaces and hyphens, holds one.
	needles  []string
	patterns []*regexp.Regexp
	current  Text
}

// ws turns the spaces of a pattern into "any run of white space".
func ws(pattern string) *regexp.Regexp {
	return regexp.MustCompile(strings.ReplaceAll(pattern, " ", `\s*`))
}

// outdatedRules, sources: Henkilötietolaki (523/1999) was repealed by
// Tietosuojalaki (1050/2018) from 1.1.2019; Väestörekisterikeskus merged
// into Digi- ja väestötietovirasto on 1.1.2020; the Tietosuojavaltuutetun
// toimisto moved from Ratapihantie 9 (00520/00521 Helsinki) to
// Lintulahdenkuja 4 and gave up its fax number.
var outdatedRules = []outdatedRule{
	{code: "personal_data_act",
		needles: []string{"henkilötietola", "henkilörekisterila", "523/1999", "471/1987", "personuppgiftslag", "personaldataact"},
		patterns: []*regexp.Regexp{
			ws(`(?i)henkilötietola[ik]\w*`),
			ws(`(?i)henkilörekisterila[ik]\w*`), // the act of 1987, older still
			ws(`(?i)\b471 / 1987\b`),
			ws(`(?i)\b523 / 1999\b`),
			ws(`(?i)personuppgiftslag\w*`),
			ws(`(?i)personal data act`),
		},
		current: T("tietosuoja-asetus (EU) 2016/679 ja tietosuojalaki (1050/2018); henkilötietolaki (523/1999) kumottiin 1.1.2019",
			"dataskyddsförordningen (EU) 2016/679 och dataskyddslagen (1050/2018); personuppgiftslagen (523/1999) upphävdes 1.1.2019",
			"the GDPR (EU) 2016/679 and the Data Protection Act (1050/2018); the Personal Data Act (523/1999) was repealed on 1 January 2019")},
	{code: "vrk",
		needles: []string{"väestörekisterikesk", "befolkningsregistercentral", "populationregistercent", "vrk"},
		patterns: []*regexp.Regexp{
			ws(`(?i)väestörekisterikeskuk?\w*`),
			ws(`(?i)befolkningsregistercentral\w*`),
			ws(`(?i)population register cent(re|er)`),
			// Upper case only: "vrk" in lower case is vuorokausi (24 h/vrk).
			regexp.MustCompile(`\bVRK\b`),
		},
		current: T("Digi- ja väestötietovirasto (DVV); Väestörekisterikeskus yhdistyi siihen 1.1.2020",
			"Myndigheten för digitalisering och befolkningsdata (DVV); Befolkningsregistercentralen gick upp i den 1.1.2020",
			"the Digital and Population Data Services Agency (DVV); the Population Register Centre merged into it on 1 January 2020")},
	{code: "old_address",
		needles: []string{"ratapihantie9", "bangårdsvägen9", "00521", "albertinkatu25", "31500181", "315,00181"},
		patterns: []*regexp.Regexp{
			ws(`(?i)ratapihantie 9`),
			ws(`(?i)bangårdsvägen 9`),
			ws(`(?i)\b00521 (helsinki|helsingfors)`),
			ws(`(?i)albertinkatu 25`), // the office before Ratapihantie
			ws(`(?i)\b(pl|pb|p\.o\. box) 315 ,? 00181\b`),
		},
		current: T("Tietosuojavaltuutetun toimisto, Lintulahdenkuja 4, 00530 Helsinki; postiosoite PL 800, 00531 Helsinki",
			"Dataombudsmannens byrå, Fågelviksgränden 4, 00530 Helsingfors; postadress PB 800, 00531 Helsingfors",
			"Office of the Data Protection Ombudsman, Lintulahdenkuja 4, 00530 Helsinki; postal address P.O. Box 800, 00531 Helsinki")},
	{code: "old_fax",
		needles: []string{"295666735", "103666735"},
		patterns: []*regexp.Regexp{
			// 029 566 6735 in any grouping, also as +358 29 566 6735,
			// and the older 010 366 6735.
			regexp.MustCompile(`(\+358[\s-]*|\b0)29[\s-]*5[\s-]*6[\s-]*6[\s-]*6[\s-]*7[\s-]*3[\s-]*5\b`),
			regexp.MustCompile(`(\+358[\s-]*|\b0)10[\s-]*3[\s-]*6[\s-]*6[\s-]*6[\s-]*7[\s-]*3[\s-]*5\b`),
		},
		current: T("tietosuojavaltuutetulla ei ole enää faksia: sähköposti tietosuoja@om.fi, vaihde 029 566 6700",
			"dataombudsmannen har inte längre fax: e-post tietosuoja@om.fi, växel 029 566 6700",
			"the Data Protection Ombudsman no longer has a fax: e-mail tietosuoja@om.fi, switchboard 029 566 6700")},
}

// FindOutdated returns the outdated references in text, each kind once, in
// the order of the text. It is the one detector of them: the completeness
// check runs it on every free-text answer, and an audit of an old notice
// may run it on the whole notice.
func FindOutdated(text string) []Outdated {
	type hit struct {
		at int
		o  Outdated
	}
	var hits []hit
	squashed := squash.Replace(strings.ToLower(text))
	for _, r := range outdatedRules {
		if !containsAny(squashed, r.needles) {
			continue
		}
		best, quote := -1, ""
		for _, p := range r.patterns {
			if loc := p.FindStringIndex(text); loc != nil && (best < 0 || loc[0] < best) {
				best, quote = loc[0], strings.TrimSpace(text[loc[0]:loc[1]])
			}
		}
		if best >= 0 {
			hits = append(hits, hit{best, Outdated{Code: r.code, Quote: quote, Current: r.current}})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].at < hits[j].at })
	out := make([]Outdated, len(hits))
	for i, h := range hits {
		out[i] = h.o
	}
	return out
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
