package audit

// fillerRe are stock phrases that tell the reader nothing.
var fillerRe = re(`(?:lain|lainsäädännön|henkilötietolain) sallimissa rajoissa|lain sallimalla tavalla|voimassa olevan lainsäädännön (mukaisesti|sallimissa)|hyvän tietojenkäsittelytavan mukaisesti|inom (de )?(gränser|ramar)(na)? (som )?lagen (tillåter|medger)|i enlighet med gällande lagstiftning|så som lagen tillåter|within the limits (permitted|allowed) by (the )?law|(as|where) (permitted|allowed) by (applicable )?law|to the extent permitted by (applicable )?law|in accordance with (applicable|the) (law|legislation)|as long as (the )?(applicable )?law (allows|permits)|for as long as (the )?law (allows|permits)|så länge (som )?lagen (tillåter|medger)|niin kauan kuin (laki|lainsäädäntö) (sallii|mahdollistaa)`)

// ruleFiller reports each stock phrase (at most five).
func ruleFiller(c *checker) {
	for _, m := range fillerRe.FindAllStringIndex(c.d.flat, 5) {
		c.add("filler", m[0], m[1])
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
