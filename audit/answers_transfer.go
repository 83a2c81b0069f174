package audit

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
)

// retentionStatements are the sentences under the retention heading, and
// elsewhere the sentences that keep data for a stated time.
func (p *part) retentionStatements() []string {
	out := items(withoutRows(p.section(topicRetention))) // the rows are retentionRows'
	in := map[string]bool{}
	for _, s := range out {
		in[s] = true
	}
	if !p.only {
		return out // with several registers a loose sentence belongs to none
	}
	for _, sp := range p.d.spans() {
		s := sp.s
		if !in[s] && keepVerb.MatchString(s) && duration.MatchString(s) && !p.inSection(sp.start, topicRetention) && !p.d.onRow(sp.start) {
			in[s] = true
			out = append(out, s)
		}
	}
	return out
}

// onRow reports whether offset i lies on a table's row: its cells are
// read one by one (a purposes table's period cell), the row run together
// is no statement.
func (d *doc) onRow(i int) bool {
	for _, l := range d.lines {
		if i >= l.start && i <= l.start+len(l.s) {
			return l.cells != nil
		}
	}
	return false
}

// retentionRules reads retention statements as rules: a table row "Login
// logs 12 months" gives the data and its period; a line that only cites a
// law ("Kirjanpitolaki 2 luku 10 §") is the basis of the rule above; a
// data line alone takes the period on the next line; a sentence on what
// happens when any period ends is no period.
func retentionRules(items []string) []data.RetentionRule {
	out := []data.RetentionRule{}
	pending := ""
	for _, it := range items {
		n := len(out)
		switch {
		case retentionEnds.MatchString(it):
			continue
		case lawCite.MatchString(it) && n > 0 && out[n-1].Basis == "":
			out[n-1].Basis = strings.TrimSuffix(it, ".")
			continue
		case lawCite.MatchString(it):
			continue
		}
		if !strings.HasSuffix(it, ".") {
			if m := periodStart.FindStringIndex(it); m != nil && m[0] > 0 && !keepVerb.MatchString(it) {
				out = append(out, data.RetentionRule{Data: strings.TrimSpace(it[:m[0]]), Period: strings.TrimSpace(it[m[0]:])})
				pending = ""
				continue
			}
			if !duration.MatchString(it) && !criterion.MatchString(it) && !keepVerb.MatchString(it) && !vagueKeep.MatchString(it) {
				pending = it // the data column; its period follows
				continue
			}
		}
		out = append(out, data.RetentionRule{Data: pending, Period: it})
		pending = ""
	}
	return out
}

var (
	retentionEnds = re(`^(?:kun säilytysaika (?:päättyy|on päättynyt)|när lagringstiden (?:har löpt ut|går ut|upphör)|when the retention period (?:ends|is over|has ended))`)
	lawCite       = re(`^[\p{L} -]*(?:laki|lagen|lag|act)\b[\s,]*(?:\(\d+/\d{4}\))?[\s,]*(?:(?:chapter|section|luku|kap\.?|§|\d+|[a-z])[\s,.]*)*$`)
	periodStart   = lazy(`\s(?:\d+\s*(?:vuo|kuukau|kk\b|päiv|viik|år|mån|dag|veck|year|month|day|week)|(?:Kunnes|Tills|Until|Niin kauan|Så länge|As long)\b)`)
)

var (
	keepVerb = re(`säilyt|säilö|poistetaan|poistamme|hävitetään|sparas|lagras|bevaras|raderas|gallras|\bkept\b|\bkeep\b|retain|\bstored?\b|deleted|erased`)
	duration = re(`\b\d+\s*(?:vuo|kuukau|kk\b|päiv|viik|år|mån|dag|vecka|veckor|year|month|day|week)|(?:yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kymmenen|ett|två|tre|fyra|fem|sex|tio|one|two|three|four|five|six|ten)\s+(?:vuo|kuukau|år|mån|year|month)`)
)

// transfers reads the transfer section: each statement that names a
// country outside the EU/EEA and is not a denial, with the safeguard it
// names and a known service in the same sentence as the recipient.
func (p *part) transfers(procs []data.Processor) []data.Transfer {
	var out []data.Transfer
	its := items(p.section(topicTransfers))
	for i, it := range its {
		if negation.MatchString(it) {
			continue
		}
		country := countryNamed(it, p.d.lang)
		if country == "" || referredBack(it, country, out) {
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
		} else {
			t.Recipient = processorIn(it, procs)
		}
		out = append(out, t)
	}
	return out
}

var countries = []struct {
	name vocab.Text // in the notice's own language
	re   *pattern
}{
	{vocab.Text{FI: "Yhdysvallat", SV: "USA", EN: "United States"}, lazy(`(?i:yhdysval|förenta staterna|united states)|\bUSA\b|\bU\.S\.`)},
	{vocab.Text{FI: "Iso-Britannia", SV: "Storbritannien", EN: "United Kingdom"}, lazy(`(?i:iso-britan|yhdistyneessä kuningaskunnassa|storbritannien|förenade kungariket|united kingdom)|\bUK\b`)},
	{vocab.Text{FI: "Sveitsi", SV: "Schweiz", EN: "Switzerland"}, re(`sveitsi|schweiz|switzerland`)},
	{vocab.Text{FI: "Kanada", SV: "Kanada", EN: "Canada"}, re(`kanada|canada`)},
	{vocab.Text{FI: "Intia", SV: "Indien", EN: "India"}, re(`intia|indien|india`)},
	{vocab.Text{FI: "Japani", SV: "Japan", EN: "Japan"}, re(`japani|japan`)},
}

// frameworkName is the EU–US framework's name, which names the United
// States without a transfer to it.
var frameworkName = re(`eu:n ja yhdysvaltojen (välise\p{L}* )?tietosuojakehy\p{L}*|eu[–-]us(a)? data privacy framework|ramverket för dataskydd mellan eu och usa|data privacy framework`)

// countryIn returns the country outside the EU/EEA that s names, if any,
// in Finnish (the rules only ask whether there is one).
// processorIn returns the first word of a processor's name that it names,
// in any case form ("Microsoftin tukitoiminnoissa" names Microsoft Ireland
// Operations Ltd): the transfer's recipient. A word under four letters is
// too common to tell.
func processorIn(it string, procs []data.Processor) string {
	for _, pr := range procs {
		w, _, _ := strings.Cut(pr.Name, " ")
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		if k := strings.Index(it, w); k >= 0 && (k == 0 || !unicode.IsLetter(lastRuneOf(it[:k]))) {
			return w
		}
	}
	return ""
}

func lastRuneOf(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// transferBack starts a sentence that goes on about the transfer just
// named: "The transfer is based on …", "Siirto perustuu …".
var transferBack = re(`^(?:the|this|such) transfers?\b|^(?:tämä )?siirto\b|^siirrot\b|^överföringen\b|^(?:denna|den här) överföring\b`)

// referredBack reports whether it goes on about the last transfer of out,
// to the same country, naming no recipient of its own.
func referredBack(it, country string, out []data.Transfer) bool {
	if !transferBack.MatchString(it) || len(out) == 0 || out[len(out)-1].Country != country {
		return false
	}
	_, tool := toolIn(it)
	return !tool
}

func countryIn(s string) string { return countryNamed(s, "fi") }

// countryNamed returns the country s names in lang, the notice's own
// language, so that the answers say what the notice says.
func countryNamed(s, lang string) string {
	s = frameworkName.ReplaceAllString(s, "")
	for _, c := range countries {
		if c.re.MatchString(s) {
			return c.name.In(lang)
		}
	}
	return ""
}

var safeguards = []struct {
	code string
	re   *pattern
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
