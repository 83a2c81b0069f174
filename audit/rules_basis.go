package audit

import (
	"sort"
	"strings"

	"tietosuojapakki/data"
)

// contractActivity are the things a contract with the customer is needed
// for (the contract words themselves are left out: naming the contract is
// naming the right basis).
var contractActivity = re(`asiakassuh|asiakkuu|tilau|toimitu|toimitta|laskut|toimeksian|varaus|varauks|ajanvara|kundförhållande|kundrelation|beställning|leverans|fakturer|bokning|uppdragsavtal|customer relationship|customer account|purchase|deliver|invoic|billing|fulfil|\borders\b|ordering|order (?:details|data|information|history)|booking|reservation|appointment`)

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
//
// A heading ("Käsittelyn tarkoitukset ja oikeusperusteet") and a table's
// header row ("Rekisteri | Tarkoitus | Oikeusperuste") that name no basis
// state none; the rows under such a header state one each.
func (c *checker) basisSpans() []span {
	var out []span
	header, rows := c.basisTable()
	for _, sp := range c.d.spans() {
		k := lineAt(c.d.lines, sp.start)
		if (header[k] || c.inHeading(sp)) && len(basesIn(sp.s)) == 0 {
			continue
		}
		stated := basisMarker.MatchString(sp.s) || basisVerb.MatchString(sp.s) || itemBasis.MatchString(sp.s) || rows[k]
		if !stated && !consentGiven.MatchString(sp.s) && !c.d.inTopics(sp.start, topicBasis) {
			continue
		}
		if cookieWord.MatchString(sp.s) && consentOnly(sp.s) {
			c.cookieConsent = true
			continue
		}
		if c.notABasis(sp, stated) {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// notABasis reports whether sp, which speaks of a basis, states a
// safeguard of a transfer instead ("The transfer is based on the EU–US
// Data Privacy Framework"), or consent to getting data from a source or
// to disclosing it.
func (c *checker) notABasis(sp span, stated bool) bool {
	if len(basesIn(sp.s)) == 0 && (safeguardIn(sp.s) != "" || dpfNote.MatchString(sp.s)) {
		return true
	}
	return !stated && !c.d.inTopics(sp.start, topicBasis, topicPurpose) &&
		(elsewhereConsent.MatchString(sp.s) || c.d.inTopics(sp.start, topicSources, topicRecipients))
}

// explicitConsent is the explicit consent of art. 9(2)(a) to special
// categories of data (health, allergies).
var explicitConsent = re(`nimenomai\p{L}* suostumu|uttryckligt samtycke|explicit consent|9\s*\(2\)\s*\(?a|9\.2 a`)

// rowWork is the text of a table row's cells but its retention period
// ("Poistetaan varauspäivän jälkeen"): the work the row's basis is for.
func rowWork(cells []string) string {
	var keep []string
	for _, cell := range cells {
		if !periodCell(cell) && !criterion.MatchString(cell) {
			keep = append(keep, cell)
		}
	}
	return strings.Join(keep, " ")
}

// basisVerb states a basis with a verb basisMarker does not know: "perustuvat
// asiakkaan suostumukseen", "bygger på avtalet", "relies on your consent".
var basisVerb = re(`perustu\p{L}+ |bygger på|vilar på|rel(?:y|ies) on|rests? on`)

// lineAt returns the index of the line of d that holds offset i (-1 when
// none does: a site footer's offsets).
func lineAt(ls []line, i int) int {
	k := sort.Search(len(ls), func(k int) bool { return ls[k].start > i }) - 1
	if k < 0 || i > ls[k].start+len(ls[k].s) {
		return -1
	}
	return k
}

// inHeading reports whether sp lies wholly in the label of a section's
// heading line (not in a value after its colon).
func (c *checker) inHeading(sp span) bool {
	for _, s := range c.d.sections {
		h := c.d.lines[s.head]
		end := h.start + len(h.s)
		if len(s.content) > 0 && s.content[0].start < end {
			end = s.content[0].start
		}
		if sp.start >= h.start && sp.end <= end {
			return true
		}
	}
	return false
}

// basisTable returns, by line index, the header rows of tables with a
// column of legal bases and the rows under them.
func (c *checker) basisTable() (header, rows map[int]bool) {
	header, rows = map[int]bool{}, map[int]bool{}
	in := false
	for i, l := range c.d.lines {
		switch {
		case strings.TrimSpace(l.s) == "":
			// Rows may stand with blank lines between them.
		case len(l.cells) >= 2 && basisHeader(l.cells):
			header[i], in = true, true
		case len(l.cells) >= 2 && in:
			rows[i] = true
		default:
			in = false
		}
	}
	return header, rows
}

// basisHeader reports whether cells are a header row with a column of
// legal bases: every cell a short title, one of them the basis.
func basisHeader(cells []string) bool {
	found := false
	for _, cell := range cells {
		if len(strings.Fields(cell)) > 4 {
			return false
		}
		if t, n := topicPrefix(cell); t == topicBasis && n == len(strings.TrimSpace(cell)) {
			found = true
		}
	}
	return found
}

// contextBefore returns what stands right before sp and may name its
// purposes: the sentences before it in its paragraph, and, when it starts
// its paragraph, the list items just above it (blank lines between items
// allowed, as a word processor's web page has them). items is the number
// of list items (lines without a bullet counted but the top one, their
// heading).
func (c *checker) contextBefore(sp span) (text string, items int) {
	k := lineAt(c.d.lines, sp.start)
	if k < 0 {
		return "", 0
	}
	l := c.d.lines[k]
	if before := strings.TrimSpace(l.s[:sp.start-l.start]); before != "" {
		return before, 0
	}
	var b []string
	for i := k - 1; i >= 0 && k-i <= 16; i-- {
		s := strings.TrimSpace(c.d.lines[i].s)
		switch {
		case s == "":
			continue
		case listItem.MatchString(s) || len(s) < 60 && !strings.HasSuffix(s, "."):
			b = append(b, s)
			if listItem.MatchString(s) {
				items++
			}
			continue
		}
		break
	}
	if items == 0 && len(b) > 1 {
		// Items without bullets under their heading.
		items = len(b) - 1
	}
	return strings.Join(b, "\n"), items
}

// listItem is a bulleted or numbered list item.
var listItem = lazy(`^(?:[-–•·*▪◦]|\p{So}|\d{1,2}[.)])\s*\S`)

// contractBefore reports whether the purposes right before sp (contextBefore)
// are the work of a contract and name no basis themselves: "· Ajanvaraus ·
// Laskutus / Käsittely perustuu asiakkaan suostumukseen."
func (c *checker) contractBefore(sp span) bool {
	text, _ := c.contextBefore(sp)
	return contractActivity.MatchString(text) && len(basesIn(text)) == 0
}

// purposesBefore reports whether two or more purposes stand right before
// sp: list items, or a list of three in the paragraph's sentences.
func (c *checker) purposesBefore(sp span) bool {
	text, items := c.contextBefore(sp)
	return items >= 2 || items == 0 && len(listSplit.Split(text, -1)) >= 3
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
	if len(named) == 1 && (c.manyPurposes() || c.purposeListBefore(named[0]) != "" || c.purposesBefore(named[0])) {
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
	_, rows := c.basisTable()
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
		work := sp.s
		if k := lineAt(c.d.lines, sp.start); rows[k] {
			work = rowWork(c.d.lines[k].cells)
		}
		if explicitConsent.MatchString(sp.s) {
			// The explicit consent of art. 9(2)(a) to special categories
			// stands beside a contract, not in its place.
			continue
		}
		if consentFor.MatchString(sp.s) ||
			!hasBasis(found, data.BasisContract) && (!marketingWord.MatchString(work) || serviceWord.MatchString(work)) &&
				(contractActivity.MatchString(work) || c.contractSection(sp.start) || contractActivity.MatchString(c.purposeListBefore(sp)) || c.contractBefore(sp)) {
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
