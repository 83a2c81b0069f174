package audit

import (
	"strings"

	"tietosuojapakki/data"
)

// contractActivity are the things a contract with the customer is needed
// for (the contract words themselves are left out: naming the contract is
// naming the right basis).
var contractActivity = re(`asiakassuh|asiakkuu|tilau|toimitu|laskut|kundförhållande|kundrelation|beställning|leverans|fakturer|customer relationship|customer account|purchase|deliver|invoic|billing`)

// consentGiven states consent as the ground without a basis word: "behandlas
// med kundens samtycke", "with your consent", "suostumuksellasi".
var consentGiven = re(`\bmed (?:\p{L}+ )?samtycke|\bwith (?:your|the customer'?s?|their) consent|suostumukse(?:lla|llasi|llanne)\b`)

// consentFor is consent given in order to perform a contract or what it
// needs: "consent in order to perform the contract", "samtycke för att vi
// ska kunna leverera", "suostumuksella, jotta voimme toimittaa tilauksen".
// The contract named there is the purpose of the consent, not a basis.
var consentFor = re(`(?:suostumu|samtycke|\bconsent)\p{L}*\b[^.;]{0,30}?(?:\bin order to\b|\bso that\b|\bto (?:perform|fulfil|deliver|invoice|bill|handle|process)\b|\bför att\b|\bså att\b|\bjotta\b|\bvoidaksemme\b)[^.;]{0,60}?(?:sopimu|\bavtal|contract|asiakassuh|tilau|toimit|laskut|beställ|leverera|leverans|fakturer|deliver|invoic|billing|purchase)`)

// marketingWord names marketing, for which consent is the right basis
// (Sähköisen viestinnän palveluista annettu laki 200 §) even when the
// sentence speaks of customers who ordered.
var marketingWord = re(`uutiskir|markkinoin|suoramark|nyhetsbrev|marknadsför|direktreklam|newsletter|marketing`)

// serviceWord is the work of a contract itself (billing, delivery, the
// customer relationship): consent for it is a fault even beside marketing.
var serviceWord = re(`laskut|toimitu|asiakassuh|asiakkuu|fakturer|leverans|leverera|kundförhållande|kundrelation|deliver|invoic|billing|customer relationship`)

// itemBasis is a basis named, as a noun of its own, after a purpose
// item's dash or colon or in its parentheses: "Asiakassuhteen hoito –
// sopimus", "Laskutus (lakisääteinen velvoite)", "– peruste: sopimus",
// "Bokföring – rättslig förpliktelse". A purpose that only speaks of a
// contract ("Tarkoitus: sopimusten hallinta") names no basis.
var itemBasis = re(`(?:[–—:(]|\s-)\s*(?:(?:oikeus)?peruste\p{L}*:?\s*|(?:rättslig )?grund:?\s*|(?:legal )?basis:?\s*)?` +
	`(?:sopimus|suostumus|lakisääteinen velvoite|lakisääteiset velvoitteet|oikeutettu etu|oikeutetut edut|elintärkeä etu|yleinen etu|julkisen vallan käyttö|` +
	`avtal(?:et)?|samtycke(?:t)?|rättslig förpliktelse|lagstadgad skyldighet|berättigat intresse|berättigade intressen|` +
	`contract|consent|legal obligation|legitimate interests?|vital interests?|public (?:task|interest))(?:$|[\s,.;:)])`)

// elsewhereConsent is consent to something other than a purpose of the
// processing: to getting data from a source or to a disclosure.
var elsewhereConsent = re(`saadaan|hankitaan|kerätään|fås|inhämtas|hämtas|obtain|received from|collected from|luovut|utlämn|lämnas ut|disclos|share`)

// basisSpans are the sentences that state a legal basis: with a basis
// word, after a purpose item's dash, or standing in a section on purposes
// or the basis. Consent to cookies is not the basis of a purpose (the
// checker notes it in cookieConsent), nor is consent to getting data from
// a source or to disclosing it.
func (c *checker) basisSpans() []span {
	var out []span
	for _, sp := range c.d.spans() {
		inSection := c.d.inTopics(sp.start, topicBasis, topicPurpose)
		stated := basisMarker.MatchString(sp.s) || itemBasis.MatchString(sp.s)
		if !stated && !consentGiven.MatchString(sp.s) && !c.d.inTopics(sp.start, topicBasis) {
			continue
		}
		if cookieWord.MatchString(sp.s) && consentOnly(sp.s) {
			c.cookieConsent = true
			continue
		}
		if len(basesIn(sp.s)) == 0 && (safeguardIn(sp.s) != "" || dpfNote.MatchString(sp.s)) {
			// "The transfer is based on the EU–US Data Privacy
			// Framework" states a safeguard, not a basis of art. 6.
			continue
		}
		if !stated && !inSection && (elsewhereConsent.MatchString(sp.s) || c.d.inTopics(sp.start, topicSources, topicRecipients)) {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// consentOnly reports whether consent is the only basis s names.
func consentOnly(s string) bool {
	bs := basesIn(s)
	return len(bs) == 1 && bs[0] == data.BasisConsent
}

// ruleLegalBasis checks that a basis is given, per purpose, that consent
// is not the basis of what a contract needs, and that consent can be
// withdrawn.
func ruleLegalBasis(c *checker) {
	bs := c.basisSpans()
	named, consent := c.consentChecks(bs)
	if len(named) == 0 {
		if len(bs) > 0 {
			// "Rekisterin pitämisen peruste: asiakassuhde" names no basis
			// of art. 6(1): quote it.
			c.addSpan("missing_legal_basis", bs[0])
		} else {
			c.add("missing_legal_basis", -1, -1)
		}
		return
	}
	if len(named) == 1 && (c.manyPurposes() || c.purposeListBefore(named[0]) != "") {
		c.addSpan("missing_basis_per_purpose", named[0])
	}
	switch {
	case withdrawRe.MatchString(c.d.flat):
	case consent:
		c.add("missing_consent_withdrawal", -1, -1)
	case c.cookieConsent && !cookieSettings.MatchString(c.d.flat):
		c.add("cookie_consent_withdrawal", -1, -1)
	}
}

// cookieSettings names the place where a visitor changes a cookie choice,
// which is how that consent is withdrawn.
var cookieSettings = re(`evästeasetu|evästeiden asetu|cookie ?settings|cookie preferences|kakinställning|inställningar för kakor|muuttaa valin|ändra (ditt |dina )?val|change (your )?(choice|preferences)`)

// purposeListBefore returns the sentence before sp on the same line when
// it is a purpose label with a list of two or more purposes: "4.
// Käsittelyn tarkoitus Asiakassuhteen hoito, huolto ja laskutus." (a
// table's label cell and text cell on one line). It is empty otherwise.
func (c *checker) purposeListBefore(sp span) string {
	sps := c.d.spans()
	for i := 1; i < len(sps); i++ {
		if sps[i].start != sp.start {
			continue
		}
		prev := sps[i-1]
		if strings.Contains(c.d.text[prev.end:sp.start], "\n") {
			return ""
		}
		label := strings.TrimSpace(numbering.ReplaceAllString(strings.TrimSpace(prev.s), ""))
		t, n := topicPrefix(label)
		rest := strings.TrimSpace(label[n:])
		if t != topicPurpose || len(listSplit.Split(strings.TrimSuffix(rest, "."), -1)) < 2 {
			return ""
		}
		return rest
	}
	return ""
}

// consentChecks returns the sentences among bs that name a basis, and
// whether consent is one of them; it reports consent given for what a
// contract needs.
func (c *checker) consentChecks(bs []span) (named []span, consent bool) {
	for _, sp := range bs {
		found := basesIn(sp.s)
		if len(found) == 0 {
			continue
		}
		named = append(named, sp)
		if !hasBasis(found, data.BasisConsent) || withdrawRe.MatchString(sp.s) {
			continue
		}
		consent = true
		if consentFor.MatchString(sp.s) ||
			!hasBasis(found, data.BasisContract) && (!marketingWord.MatchString(sp.s) || serviceWord.MatchString(sp.s)) &&
				(contractActivity.MatchString(sp.s) || c.contractSection(sp.start) || contractActivity.MatchString(c.purposeListBefore(sp))) {
			c.addSpan("consent_for_contract", sp)
		}
	}
	return named, consent
}

func hasBasis(list []data.LegalBasis, b data.LegalBasis) bool {
	for _, x := range list {
		if x == b {
			return true
		}
	}
	return false
}

// contractSection reports whether offset i lies in a section on purposes
// or the basis that speaks of what a contract needs (orders, billing, the
// customer relationship) and names no contract as a basis: "Tilaukset ja
// laskutus. … Peruste on asiakkaan suostumus."
func (c *checker) contractSection(i int) bool {
	for k, s := range c.d.sections {
		if s.topic != topicPurpose && s.topic != topicBasis || len(s.content) == 0 {
			continue
		}
		last := s.content[len(s.content)-1]
		if i < c.d.lines[s.head].start || i > last.start+len(last.s) {
			continue
		}
		// Once per section: a long section of consent lines would read
		// its whole text again for each (quadratic, found by fuzzing).
		if v, ok := c.contractSecs[k]; ok {
			return v
		}
		if c.contractSecs == nil {
			c.contractSecs = map[int]bool{}
		}
		var b strings.Builder
		for _, l := range s.content {
			b.WriteString(l.s + "\n")
		}
		text := b.String()
		c.contractSecs[k] = !hasBasis(basesIn(text), data.BasisContract) && contractActivity.MatchString(text)
		return c.contractSecs[k]
	}
	return false
}

var withdrawRe = re(`peru(a|ttaa|uttaa|tta|ut|mis)|peruutta|peruttav|återkalla|withdraw|revoke`)

// manyPurposes reports whether the notice names two or more purposes, as
// items or as a list in one sentence.
func (c *checker) manyPurposes() bool {
	var ps []data.Purpose
	if len(c.f.Registers) > 0 {
		ps = c.f.Registers[0].Purposes
	}
	if len(ps) >= 2 {
		return true
	}
	return len(ps) == 1 && listSplit.MatchString(ps[0].Description) && strings.Count(ps[0].Description, ",")+1 >= 2
}
