package audit

import (
	"tietosuojapakki/data"
)

// webTools are the analytics and marketing tools a notice names by their
// product names; us marks a service run from the United States, which
// means a transfer outside the EU/EEA.
var webTools = []struct {
	name      string
	re        *pattern
	marketing bool
	us        bool
}{
	{"Google Analytics", re(`google analytics`), false, true},
	{"Google Tag Manager", re(`google tag manager`), false, true},
	{"Matomo", re(`\bmatomo`), false, false},
	{"Hotjar", re(`\bhotjar`), false, false},
	{"Microsoft Clarity", re(`microsoft clarity`), false, true},
	{"Plausible", re(`\bplausible analytics`), false, false},
	{"Meta Pixel", re(`facebook(-|in )?pi(x|k)sel|meta pixel|facebook pixel|metan pikseli`), true, true},
	{"Google Ads", re(`google ads|adwords`), true, true},
	{"LinkedIn Insight Tag", re(`linkedin insight`), true, true},
	{"TikTok Pixel", re(`tiktok pixel|tiktok-pikseli`), true, true},
}

// usServices are services often named in notices that run from the
// United States (the web tools above besides).
var usServices = []struct {
	name string
	re   *pattern
}{
	{"Mailchimp", re(`mailchimp`)},
	{"Google Workspace", re(`google workspace|g suite|gmail`)},
	{"Microsoft 365", re(`microsoft 365|office 365`)},
	{"HubSpot", re(`hubspot`)},
	{"Dropbox", re(`dropbox`)},
	{"Zoom", re(`\bzoom\b`)},
	{"Shopify", re(`shopify`)},
	{"Stripe", re(`\bstripe`)},
}

// toolIn returns the name of a known tool or US service named in s.
func toolIn(s string) (string, bool) {
	for _, t := range webTools {
		if t.re.MatchString(s) {
			return t.name, true
		}
	}
	for _, t := range usServices {
		if t.re.MatchString(s) {
			return t.name, true
		}
	}
	return "", false
}

// usServiceIn returns a named service run from the United States.
func usServiceIn(s string) (string, []int) {
	for _, t := range webTools {
		if m := t.re.FindStringIndex(s); t.us && m != nil {
			return t.name, m
		}
	}
	for _, t := range usServices {
		if m := t.re.FindStringIndex(s); m != nil {
			return t.name, m
		}
	}
	return "", nil
}

var cookieWord = re(`eväste|cookie|kakor|kakan|kakorna`)

// website reads the cookie and tool answers: cookies are used when the
// notice says so without denying it, and each named tool is listed.
func (d *doc) website(w *data.Website) {
	w.AnalyticsTools, w.MarketingTools = []string{}, []string{}
	for _, t := range webTools {
		if !d.usesTool(t.re) {
			continue
		}
		if t.marketing {
			w.MarketingTools = append(w.MarketingTools, t.name)
		} else {
			w.AnalyticsTools = append(w.AnalyticsTools, t.name)
		}
	}
	for _, l := range d.lines {
		for _, s := range sentences(l.s) {
			if !cookieWord.MatchString(s) || negation.MatchString(s) {
				continue
			}
			if cookieUse.MatchString(s) {
				yes := true
				w.Cookies = &yes
			}
			// "Analytiikkaevästeet asetetaan vain suostumuksellasi": the
			// site asks consent to its cookies.
			w.ConsentBanner = w.ConsentBanner || consentOnly(s)
			w.StrictlyNecessaryOnly = w.StrictlyNecessaryOnly || necessaryOnly.MatchString(s)
		}
	}
	if len(w.AnalyticsTools)+len(w.MarketingTools) > 0 {
		// A tool named elsewhere sets cookies that are not necessary.
		w.StrictlyNecessaryOnly = false
	}
}

// necessaryOnly says the site uses only cookies it needs to work: "vain
// välttämättömiä evästeitä", "only strictly necessary cookies".
var necessaryOnly = re(`(?:vain|ainoastaan|pelkästään|endast|bara|only)\s+(?:\p{L}+\s+)?(?:välttämätt|nödvändig|strictly necessary|necessary|essential)`)

// usesTool reports whether a sentence names the tool without denying it
// ("Emme käytä Google Analyticsia" is no use of it).
func (d *doc) usesTool(r *pattern) bool {
	for _, sp := range d.spans() {
		if r.MatchString(sp.s) && !negation.MatchString(sp.s) {
			return true
		}
	}
	return false
}

// cookieUse is a statement of using cookies ("käytämme evästeitä", "the
// site uses cookies"), not a mere mention.
var cookieUse = re(`käyt(ämme|etään|tää)|hyödyn|använd|\buse[sd]?\b|\bset\b|tallenn`)
