package audit

// Transfer statements: a place outside the EU/EEA, a verb of moving or
// processing data, and the words that make a statement conditional.
var (
	outsideEU     = re(`eu:n|eu/eta|eta:n|\beea\b|\bees\b|\beu\b|ulkopuol|utanför|outside|third countr|kolmans|tredje land`)
	transferVerb  = re(`siirt|siirr|käsitel|överför|behandl|transfer|process`)
	vagueTransfer = re(`tarvittaessa|teknisesti|mahdollisesti|voidaan siirtää|saatetaan siirtää|voi(vat)? siirtyä|pääsääntöisesti|lähtökohtaisesti|vid behov|tekniskt|eventuellt|kan (komma att )?överföras|kan ske|kan förekomma|i regel|som regel|i princip|may take place|may occur|voi tapahtua|technically|may be transferred|might|where necessary|if necessary|when necessary|possibly|in principle|as a rule|generally|unless|ellei|paitsi jos|utom om|om inte`)
)

// dpfNote is a sentence about a recipient's certification under the
// EU–US Data Privacy Framework: it names the US, but as part of the
// safeguard, not as a transfer of its own.
var dpfNote = re(`dataprivacyframework|sertifio|certifi`)

// ruleTransfers reports conditional transfer statements, a denial next to
// a US service, and named transfers without a safeguard.
func ruleTransfers(c *checker) {
	for _, sp := range c.d.spans() {
		// In a section on transfers the place goes without saying.
		if !transferVerb.MatchString(sp.s) || !outsideEU.MatchString(sp.s) && countryIn(sp.s) == "" && !c.d.inTopics(sp.start, topicTransfers) {
			continue
		}
		switch {
		case vagueTransfer.MatchString(sp.s):
			c.addSpan("vague_transfer", sp)
		case negation.MatchString(sp.s):
			if name, _ := usServiceIn(c.d.withFooter()); name != "" {
				c.addSpan("transfer_contradiction", sp, name)
			}
		}
	}
	ruleTransferSafeguard(c)
}

// ruleTransferSafeguard reports a transfer to a named country with no
// safeguard in its sentence or the sentences after it, up to the next
// other country named. A vague transfer to a named country ("saatetaan
// siirtää tarvittaessa Yhdysvaltoihin") lacks one too. Outside a section
// on transfers only a sentence that moves data there counts, and a
// safeguard stated in such a section covers it.
func ruleTransferSafeguard(c *checker) {
	sps := c.d.spans()
	sectionSafeguard := false
	for _, sp := range sps {
		if c.d.inTopics(sp.start, topicTransfers) && (safeguardIn(sp.s) != "" || dpfNote.MatchString(sp.s)) {
			sectionSafeguard = true
		}
	}
	for i, sp := range sps {
		inSection := c.d.inTopics(sp.start, topicTransfers)
		if !inSection && (sp.footer || sectionSafeguard || !moveVerb.MatchString(sp.s)) {
			continue
		}
		if countryIn(sp.s) == "" || negation.MatchString(sp.s) || shieldRe.MatchString(sp.s) {
			continue
		}
		if !c.safeguardFrom(sps, i, inSection) {
			c.addSpan("missing_transfer_safeguard", sp)
		}
	}
}

// safeguardFrom reports whether a safeguard stands in sps[i] or the
// sentences that follow it on the same transfer, up to the next other
// country named.
func (c *checker) safeguardFrom(sps []span, i int, inSection bool) bool {
	sp := sps[i]
	if safeguardIn(sp.s) != "" || dpfNote.MatchString(sp.s) {
		return true
	}
	country := countryIn(sp.s)
	for j := i + 1; j < len(sps) && c.follows(sps[j], sp, inSection); j++ {
		if safeguardIn(sps[j].s) != "" || shieldRe.MatchString(sps[j].s) {
			return true
		}
		// The same country named again ("… the EU-U.S. Data Privacy
		// Framework") still speaks of the same transfer.
		if other := countryIn(sps[j].s); other != "" && other != country {
			return false
		}
	}
	return false
}

// moveVerb moves data somewhere (not only processes it there).
var moveVerb = re(`siirt|siirr|överför|transfer`)

// follows reports whether next goes on about the transfer of sp: in the
// transfers section, or in sp's own paragraph.
func (c *checker) follows(next, sp span, inSection bool) bool {
	if inSection {
		return c.d.inTopics(next.start, topicTransfers)
	}
	k := lineAt(c.d.lines, sp.start)
	return k >= 0 && lineAt(c.d.lines, next.start) == k
}
