package notice

import (
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/doc"
)

// websiteSection tells of cookies and analytics on the web site: whether
// cookies are used, consent under sähköisen viestinnän palveluista annettu
// laki (917/2014) 205 § except for strictly necessary cookies, the tools by name
// and how to change the choice. A company with no web site answers gets no
// section.
func (c *composer) websiteSection() doc.Section {
	t, w := c.t, c.a.Website
	url := strings.TrimSpace(c.a.Organisation.Website)
	analytics, marketing := clean(w.AnalyticsTools), clean(w.MarketingTools)
	tools := len(analytics)+len(marketing) > 0 || consentInTable(w.CookieTable)
	answered := w.Cookies != nil
	on := answered && *w.Cookies
	if url == "" && !on && !w.ConsentBanner && !tools {
		return doc.Section{}
	}
	var blocks []doc.Block
	blocks = para(blocks, ifSet(url, t.SiteIntro))
	blocks = append(blocks, c.cookieStatement(tools, answered, on)...)
	blocks = para(blocks, ifSet(strings.Join(analytics, ", "), t.Analytics))
	blocks = para(blocks, ifSet(strings.Join(marketing, ", "), t.Marketing))
	if on && !w.StrictlyNecessaryOnly && !tools {
		blocks = para(blocks, t.NoTools)
	}
	if tab, ok := c.cookieTable(); ok {
		blocks = append(blocks, tab)
	}
	return doc.Section{Title: t.SecCookies, Blocks: blocks}
}

// cookieStatement says whether and which cookies are used. A named
// analytics or marketing tool sets cookies that need consent, whatever the
// cookie answers say: the notice never states "no cookies" or "only
// necessary cookies" next to one (the check blocks such answers).
func (c *composer) cookieStatement(tools, answered, on bool) []doc.Block {
	t, w := c.t, c.a.Website
	var blocks []doc.Block
	switch {
	case !tools && answered && !on:
		blocks = para(blocks, t.NoCookies)
	case !tools && !answered:
		blocks = para(blocks, c.miss(t.SecCookies))
	case !tools && w.StrictlyNecessaryOnly:
		blocks = para(blocks, t.NecessaryOnly, t.BrowserChoice)
	case w.ConsentBanner:
		blocks = para(blocks, t.ConsentCookies, t.Banner, c.changeChoice())
	default:
		blocks = para(blocks, t.ConsentCookies, t.BrowserChoice)
		if m := c.miss(t.BannerMissing); m != "" {
			blocks = append(blocks, doc.Note{Text: m})
		}
	}
	return blocks
}

// cookieTable lists the cookies the user entered: name or tool, who sets
// it, purpose, lifetime and whether consent is asked.
func (c *composer) cookieTable() (doc.Table, bool) {
	var rows [][]string
	for _, ck := range c.a.Website.CookieTable {
		name := strings.TrimSpace(ck.Name)
		if name == "" {
			continue
		}
		consent := c.t.ConsentNo
		if ck.Consent {
			consent = c.t.ConsentYes
		}
		rows = append(rows, []string{name, strings.TrimSpace(ck.Provider), strings.TrimSpace(ck.Purpose), strings.TrimSpace(ck.Lifetime), consent})
	}
	if len(rows) == 0 {
		return doc.Table{}, false
	}
	return doc.Table{Header: c.t.CookieCols[:], Rows: rows, Widths: []float64{3, 2, 3, 2, 2}}, true
}

// changeChoice points to the site's cookie settings only when the user has
// said the site has such a link; otherwise to the browser.
func (c *composer) changeChoice() string {
	if c.a.Website.SettingsLink {
		return c.t.ChangeChoice
	}
	return c.t.WithdrawBrowser
}

// requestLogSection tells that requests under the rights are recorded, why,
// on what basis and for how long (the log holds personal data itself).
// Handling a request is a legal obligation (art. 6(1)(c)); keeping the
// record after the answer rests on legitimate interest (6(1)(f)), to show
// the answer was on time if there is a complaint or a claim.
func (c *composer) requestLogSection() doc.Section {
	t := c.t
	months := c.a.RequestLog.RetentionMonths
	if months <= 0 {
		months = data.DefaultLogRetentionMonths
	}
	blocks := para(nil, t.RequestLog)
	blocks = para(blocks, t.RequestLogBasis)
	blocks = para(blocks, t.RequestLogRetention(months))
	return doc.Section{Title: t.SecRequestLog, Blocks: blocks}
}

// consentInTable: some listed cookie needs consent, so the notice must not
// say "no cookies" or "only necessary cookies".
func consentInTable(list []data.Cookie) bool {
	for _, ck := range list {
		if ck.Consent && strings.TrimSpace(ck.Name) != "" {
			return true
		}
	}
	return false
}
