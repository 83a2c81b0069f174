package audit

// vagueKeep keeps data for no stated time; criterion is a time or an
// event from which the reader can tell when data is deleted.
var (
	vagueKeep = re(`niin kauan kuin|tarpeen mukaan|tarpeellis|toistaiseksi|så länge|tills vidare|nödvändigt|as long as|necessary|indefinitely`)
	criterion = re(`päättymi|jälkeen|kunnes|viimeisestä|ajan\b|voimassa|upphör|efter|tills|under (hela )?(kund|avtal)|\bafter\b|\buntil\b|\bend of\b|for the duration|for as long as (the|your) (customer|contract|account)|kirjanpitola|bokföringslag|accounting act`)
)

// untilAsked keeps data until the person asks for its deletion: open-ended,
// no period (art. 13(2)(a)). Until consent is withdrawn is a criterion.
var untilAsked = re(`unless and until|until (?:you|the customer|the data subject|they) (?:ask|request|tell)|kunnes (?:\p{L}+ ){0,2}?(?:pyydät|pyytää|pyydetään|vaadit|vaatii)|tills (?:du|kunden|den registrerade) (?:ber|begär|kräver)`)

// ruleRetention: no concrete period or criterion anywhere is a block; a
// vague one next to concrete ones is advice.
func ruleRetention(c *checker) {
	concrete, vague := retentionSpans(c)
	switch {
	case len(concrete) == 0 && tablePeriods(c):
		// the periods stand in a table's column
	case len(concrete) == 0 && len(vague) > 0:
		c.addSpan("missing_retention", vague[0])
	case len(concrete) == 0:
		c.add("missing_retention", -1, -1)
	case len(vague) > 0:
		c.addSpan("vague_retention", vague[0])
	}
}

// retentionSpans returns the sentences that keep data for a concrete time
// or by a criterion, and those that keep it vaguely.
func retentionSpans(c *checker) (concrete, vague []span) {
	for _, sp := range c.d.spans() {
		inSection := c.d.inTopics(sp.start, topicRetention)
		if !inSection && (!keepVerb.MatchString(sp.s) || cookieWord.MatchString(sp.s)) {
			// Cookies stored on a device are not data kept for a time.
			continue
		}
		switch {
		case untilAsked.MatchString(sp.s) && !duration.MatchString(sp.s):
			vague = append(vague, sp)
		case duration.MatchString(sp.s) || (inSection || keepVerb.MatchString(sp.s)) && criterion.MatchString(sp.s) && !negation.MatchString(sp.s):
			concrete = append(concrete, sp)
		case vagueKeep.MatchString(sp.s):
			vague = append(vague, sp)
		}
	}
	return concrete, vague
}

// tablePeriods reports whether the answers read a concrete period from a
// table's cell (a row of a purposes or retention table), which is no
// sentence of its own.
func tablePeriods(c *checker) bool {
	for _, r := range c.f.Answers.Registers {
		for _, rule := range r.Retention {
			if periodCell(rule.Period) && (duration.MatchString(rule.Period) || criterion.MatchString(rule.Period)) {
				return true
			}
		}
	}
	return false
}
