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

// basisSpans are the sentences that state a legal basis: with a basis
// word, or standing in a section on purposes or the basis.
func (c *checker) basisSpans() []span {
	var out []span
	for _, sp := range c.d.spans() {
		if basisMarker.MatchString(sp.s) || consentGiven.MatchString(sp.s) || c.d.inTopics(sp.start, topicBasis) {
			out = append(out, sp)
		}
	}
	return out
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
	if len(named) == 1 && c.manyPurposes() {
		c.addSpan("missing_basis_per_purpose", named[0])
	}
	if consent && !withdrawRe.MatchString(c.d.flat) {
		c.add("missing_consent_withdrawal", -1, -1)
	}
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
			!hasBasis(found, data.BasisContract) && (!marketingWord.MatchString(sp.s) || serviceWord.MatchString(sp.s)) && (contractActivity.MatchString(sp.s) || c.contractSection(sp.start)) {
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
