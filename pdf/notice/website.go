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
	if url == "" && !w.Cookies && !w.ConsentBanner && len(analytics)+len(marketing) == 0 {
		return doc.Section{}
	}
	var blocks []doc.Block
	blocks = para(blocks, ifSet(url, t.SiteIntro))
	switch {
	case !w.Cookies:
		blocks = para(blocks, t.NoCookies)
	case w.StrictlyNecessaryOnly:
		blocks = para(blocks, t.NecessaryOnly, t.BrowserChoice)
	case w.ConsentBanner:
		blocks = para(blocks, t.ConsentCookies, t.Banner, t.ChangeChoice)
	default:
		blocks = para(blocks, t.ConsentCookies, t.BrowserChoice)
		if m := c.miss(t.BannerMissing); m != "" {
			blocks = append(blocks, doc.Note{Text: m})
		}
	}
	blocks = para(blocks, ifSet(strings.Join(analytics, ", "), t.Analytics))
	blocks = para(blocks, ifSet(strings.Join(marketing, ", "), t.Marketing))
	if w.Cookies && !w.StrictlyNecessaryOnly && len(analytics)+len(marketing) == 0 {
		blocks = para(blocks, t.NoTools)
	}
	return doc.Section{Title: t.SecCookies, Blocks: blocks}
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
