package audit

// Transfer statements: a place outside the EU/EEA, a verb of moving or
// processing data, and the words that make a statement conditional.
var (
	outsideEU     = re(`eu:n|eu/eta|eta:n|\beea\b|\bees\b|\beu\b|ulkopuol|utanför|outside|third countr|kolmans|tredje land`)
	transferVerb  = re(`siirt|siirr|käsitel|överför|behandl|transfer|process`)
	vagueTransfer = re(`tarvittaessa|teknisesti|mahdollisesti|voidaan siirtää|saatetaan siirtää|voi(vat)? siirtyä|pääsääntöisesti|lähtökohtaisesti|vid behov|tekniskt|eventuellt|kan (komma att )?överföras|i regel|i princip|technically|may be transferred|might|where necessary|if necessary|when necessary|possibly|in principle|as a rule|generally|unless|ellei|paitsi jos|utom om|om inte`)
)

// dpfNote is a sentence about a recipient's certification under the
// EU–US Data Privacy Framework: it names the US, but as part of the
// safeguard, not as a transfer of its own.
var dpfNote = re(`dataprivacyframework|sertifio|certifi`)

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
			if name, _ := usServiceIn(c.d.withFooter()); name != "" {
				c.addSpan("transfer_contradiction", sp, name)
			}
		}
	}
	ruleTransferSafeguard(c)
}

// ruleTransferSafeguard reports a transfer to a named country with no
// safeguard in its sentence or the sentences after it, up to the next
// other country named.
func ruleTransferSafeguard(c *checker) {
	sps := c.d.spans()
	for i, sp := range sps {
		if !c.d.inTopics(sp.start, topicTransfers) || countryIn(sp.s) == "" || negation.MatchString(sp.s) ||
			shieldRe.MatchString(sp.s) || vagueTransfer.MatchString(sp.s) {
			continue
		}
		// The safeguard may follow in the next sentences, up to the next
		// country named.
		found := safeguardIn(sp.s) != "" || dpfNote.MatchString(sp.s)
		country := countryIn(sp.s)
		for j := i + 1; !found && j < len(sps) && c.d.inTopics(sps[j].start, topicTransfers); j++ {
			found = safeguardIn(sps[j].s) != "" || shieldRe.MatchString(sps[j].s)
			// The same country named again ("… the EU-U.S. Data Privacy
			// Framework") still speaks of the same transfer.
			if other := countryIn(sps[j].s); other != "" && other != country {
				break
			}
		}
		if !found {
			c.addSpan("missing_transfer_safeguard", sp)
		}
	}
}
