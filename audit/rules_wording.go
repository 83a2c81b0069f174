package audit

// fillerRe are stock phrases that tell the reader nothing: the limits of
// the law, which every processing keeps anyway.
var fillerRe = re(`(?:lain|lakien|lainsäädännön|henkilötietolain|tietosuojalainsäädännön) (?:edellyttämissä|sallimissa|määräämissä|mukaisissa)(?: ja (?:edellyttämissä|sallimissa|määräämissä))? rajoissa|lain sallimalla tavalla|voimassa olevan lainsäädännön sallimissa|hyvän tietojenkäsittelytavan mukaisesti|inom (?:de )?(?:gränser|ramar)(?:na)? (?:som )?lagen (?:tillåter|medger)|inom lagens (?:gränser|ramar)|så som lagen tillåter|within the limits (?:permitted|allowed|set) by (?:the )?law|within the limits of (?:the )?law|(?:as|where) (?:permitted|allowed) by (?:applicable )?law|to the extent permitted by (?:applicable )?law|as long as (?:the )?(?:applicable )?law (?:allows|permits)|for as long as (?:the )?law (?:allows|permits)|så länge (?:som )?lagen (?:tillåter|medger)|niin kauan kuin (?:laki|lainsäädäntö) (?:sallii|mahdollistaa)`)

// underTheLaw is "under the applicable law": filler where it stands in
// for a concrete statement ("Tietoja säilytetään soveltuvan lainsäädännön
// mukaisesti"), a fair pointer beside one ("… kuusi vuotta soveltuvan
// lainsäädännön mukaisesti").
var underTheLaw = re(`(?:soveltuvan|sovellettavan|voimassa olevan|voimassaolevan|asiaankuuluvan) lainsäädännön (?:mukaisesti|edellyttämällä tavalla)|i enlighet med (?:gällande|tillämplig) (?:lagstiftning|lag)|enligt (?:gällande|tillämplig) lagstiftning|in accordance with (?:the )?(?:applicable|relevant) (?:law|legislation)|in accordance with the law`)

// concreteFact is what makes a sentence say something: a number, a
// period, or a named act ("kirjanpitolain", "bokföringslagen", "Accounting
// Act").
var concreteFact = re(`\d|\p{L}{3,}lai[nk]\b|\p{L}{3,}lagen\b|\p{L}+ act\b`)

// ruleFiller reports each stock phrase (at most five).
func ruleFiller(c *checker) {
	n := 0
	for _, sp := range c.d.spans() {
		if n >= 5 {
			return
		}
		m := fillerRe.FindStringIndex(sp.s)
		if m == nil {
			if m = underTheLaw.FindStringIndex(sp.s); m == nil || concreteFact.MatchString(sp.s) || duration.MatchString(sp.s) {
				continue
			}
		}
		c.add("filler", sp.start+m[0], sp.start+m[1])
		n++
	}
}

// picRe names the personal identity code.
var picRe = re(`henkilötunnu|\bhetu\b|personbeteckning|personnummer|personal identity code|social security number`)

// rulePIC is advice wherever the henkilötunnus is processed.
func rulePIC(c *checker) {
	for _, sp := range c.d.spans() {
		if picRe.MatchString(sp.s) && !negation.MatchString(sp.s) {
			c.addSpan("personal_identity_code", sp)
			return
		}
	}
}

// withoutConsent makes a denial of cookies a promise of consent: "emme
// aseta evästeitä ilman suostumustasi", "not without your consent".
var withoutConsent = re(`ilman (\p{L}+ )?suostumu|utan (\p{L}+ )?samtycke|without (\p{L}+ )?consent|vain suostumu|endast med (\p{L}+ )?samtycke|only with (\p{L}+ )?consent`)

// ruleCookies reports a denial of cookies next to a tool that sets them.
// Cookies set only with consent are no denial.
func ruleCookies(c *checker) {
	w := &c.f.Website
	tools := append(append([]string{}, w.AnalyticsTools...), w.MarketingTools...)
	if len(tools) == 0 {
		return
	}
	for _, sp := range c.d.spans() {
		if cookieWord.MatchString(sp.s) && negation.MatchString(sp.s) && !withoutConsent.MatchString(sp.s) {
			c.addSpan("cookie_contradiction", sp, tools[0])
			return
		}
	}
}
