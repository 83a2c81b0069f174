package wizard

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"tietosuojapakki/data"
)

// basesFit: giving the data is a contractual requirement, yet no purpose
// rests on the contract. Consent for the core service is the classic error:
// consent is not free when the service depends on it (art. 7(4)), and it
// can be withdrawn at any time; the basis is the contract (6(1)(b)).
func (rc regChecker) basesFit(r data.Register) {
	k := r.Requirement.Kind
	if k == data.RequirementStatutory {
		rc.statutoryFits(r)
		return
	}
	if k != data.RequirementContractual && k != data.RequirementContract {
		return
	}
	consent := -1
	for j, p := range r.Purposes {
		switch p.LegalBasis {
		case data.BasisContract:
			return
		case data.BasisConsent:
			if consent < 0 {
				consent = j
			}
		}
	}
	if consent >= 0 {
		rc.add(Weak, "6(1)(b)", "purpose.legal_basis", fmt.Sprintf("purposes.%d.legal_basis", consent),
			T("tietojen antaminen on sopimuksen edellytys, mutta käsittely perustuu suostumukseen. Suostumus ei ole vapaa, jos palvelu riippuu siitä, ja sen voi perua milloin tahansa. Valitse palvelun tuottamiselle peruste Sopimus ja käytä suostumusta vain lisäasioihin, kuten uutiskirjeeseen.",
				"det är ett avtalskrav att lämna uppgifterna, men behandlingen grundar sig på samtycke. Samtycket är inte frivilligt om tjänsten beror på det, och det kan återkallas när som helst. Välj grunden Avtal för att tillhandahålla tjänsten och använd samtycke bara för tillägg, som nyhetsbrevet.",
				"giving the data is a contractual requirement, but the processing rests on consent. Consent is not free when the service depends on it, and it can be withdrawn at any time. Choose Contract as the basis of providing the service, and keep consent for extras such as the newsletter."))
		return
	}
	rc.add(Weak, "13(2)(e)", "reg.requirement.kind", "requirement.kind",
		T("tietojen antaminen on merkitty sopimukseen perustuvaksi, mutta mikään käyttötarkoitus ei perustu sopimukseen. Valitse peruste Sopimus sille tarkoitukselle, jota varten tiedot tarvitaan, tai muuta vastausta.",
			"att lämna uppgifterna anges som ett avtalskrav, men inget ändamål grundar sig på avtal. Välj grunden Avtal för det ändamål som uppgifterna behövs för, eller ändra svaret.",
			"giving the data is marked as a contractual requirement, but no purpose rests on a contract. Choose Contract as the basis of the purpose the data is needed for, or change the answer."))
}

var (
	accountingAct = regexp.MustCompile(`(?i)kirjanpitola|bokföringslag|accounting act|\bkpl\b`)
	yearsRe       = regexp.MustCompile(`(?i)(\d+)\s*(vuo|år|ar\b|year|v\b)`)
	// A starting point of the period: "tilikauden päättymisestä", "sen
	// vuoden lopusta", "från utgången", "from the end", "after".
	startRe = regexp.MustCompile(`(?i)lopusta|päättymis|päätty|jälkeen|alkaen|från|efter|utgång|from|after|since|end of`)
	// The year-end start of vouchers (KPL 2:10 § 2 mom.).
	yearEndRe = regexp.MustCompile(`(?i)vuoden lopusta|vuoden päättymisestä|jonka aikana|utgången av det år|end of the (calendar )?year in which`)
	booksRe   = regexp.MustCompile(`(?i)kirjanpito|kirjanpidon|tilinpäätö|pääkirj|päiväkirj|kaikki|koko|aineisto|bokföring|bokslut|huvudbok|allt|books|ledger|financial statement|accounting|all `)
	vouchRe   = regexp.MustCompile(`(?i)tosit|lasku|kuit|verifikat|faktur|kvitt|voucher|invoice|receipt`)
)

// bookkeeping: a retention rule citing Kirjanpitolaki (1336/1997) 2 luku
// 10 § must state that rule: books and financial statements 10 years from
// the end of the financial year; vouchers and other accounting material 6
// years from the end of the year in which the financial year ended.
func (rc regChecker) bookkeeping(j int, rule data.RetentionRule) {
	if !accountingAct.MatchString(rule.Basis + " " + rule.Period) {
		return
	}
	m := yearsRe.FindStringSubmatch(rule.Period)
	years := 0
	if m != nil {
		years, _ = strconv.Atoi(m[1])
	}
	books := booksRe.MatchString(rule.Data) || strings.TrimSpace(rule.Data) == ""
	vouchers := vouchRe.MatchString(rule.Data)
	wrong := false
	switch {
	case years == 6 && books && !vouchers:
		wrong = true // books kept only 6 years
	case years == 6 && !yearEndRe.MatchString(rule.Period):
		wrong = true // vouchers counted from the wrong point
	case years != 6 && years != 10 && years != 0:
		wrong = true
	case !startRe.MatchString(rule.Period):
		wrong = true // no starting point at all
	}
	if !wrong {
		return
	}
	rc.add(Weak, "KPL 2:10 §", "retention.period", fmt.Sprintf("retention.%d.period", j),
		T("kirjanpitolain 2 luvun 10 §:n mukaan kirjanpito ja tilinpäätös säilytetään 10 vuotta tilikauden päättymisestä, tositteet ja muu kirjanpitoaineisto 6 vuotta sen vuoden lopusta, jonka aikana tilikausi päättyi. Kirjoita säilytysaika kummallekin omalle rivilleen alkamishetkineen.",
			"enligt 2 kap. 10 § i bokföringslagen sparas bokföringen och bokslutet 10 år från räkenskapsperiodens utgång, verifikat och annat bokföringsmaterial 6 år från utgången av det år då räkenskapsperioden gick ut. Skriv lagringstiden för vardera på en egen rad med starttidpunkt.",
			"under chapter 2, section 10 of the Accounting Act, books and financial statements are kept 10 years from the end of the financial year, vouchers and other accounting material 6 years from the end of the year in which the financial year ended. Give each its own row with the starting point."))
}

// statutoryFits: giving the data is said to be required by law, yet no
// purpose rests on a legal obligation (6(1)(c)).
func (rc regChecker) statutoryFits(r data.Register) {
	for _, p := range r.Purposes {
		if p.LegalBasis == data.BasisLegalObligation {
			return
		}
	}
	rc.add(Weak, "13(2)(e)", "reg.requirement.kind", "requirement.kind",
		T("tietojen antaminen on merkitty lakisääteiseksi, mutta mikään käyttötarkoitus ei perustu lakisääteiseen velvoitteeseen. Valitse peruste ja nimeä laki, tai muuta vastausta.",
			"att lämna uppgifterna anges som lagstadgat, men inget ändamål grundar sig på en rättslig förpliktelse. Välj grunden och ange lagen, eller ändra svaret.",
			"giving the data is marked as required by law, but no purpose rests on a legal obligation. Choose that basis and name the law, or change the answer."))
}
