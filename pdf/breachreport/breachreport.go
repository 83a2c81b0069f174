// Package breachreport composes the printable report of the personal data
// breach log (GDPR art. 33(5)) into the shared document model: the breaches
// of a period with their counts, then each breach's facts, effects and
// remedial action, the risk assessment with its reasons, and what was
// notified to whom and when. Times are shown in Europe/Helsinki time with
// the offset in force. Package pdf draws it.
package breachreport

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// Input is what the report is made of.
type Input struct {
	Lang     string
	Org      data.Organisation
	From, To time.Time // the period of awareness, both days included (dates)
	Now      time.Time // the moment of printing, for the 72-hour states
	// Breaches are those the company became aware of in the period, with
	// their histories, in any order.
	Breaches []data.Breach
}

// Report composes the breach log report of a period.
func Report(in Input) *doc.Document {
	l := string(vocab.LangOf(in.Lang))
	t := func(x vocab.Text) string { return x.In(l) }
	title := t(tTitle)
	org := strings.TrimSpace(in.Org.Name)
	period := doc.FormatDate(in.From, l) + "–" + doc.FormatDate(in.To, l)
	d := &doc.Document{
		Lang: l, Title: title, Subtitle: org,
		Header: doc.Join(" – ", org, title), Footer: fmt.Sprintf(t(tPrinted), doc.FormatDate(in.Now, l)),
		PageLabel: t(tPage),
		Meta:      doc.Meta{Title: title, Author: org, Subject: title + " " + period, Creator: "Tietosuojapakki"},
		Intro:     []doc.Block{doc.Paragraph{Text: t(tIntro)}},
	}
	var notified, noRisk, high, late int
	for _, b := range in.Breaches {
		if !b.NotifiedAt.IsZero() {
			notified++
			if b.NotifiedAt.After(b.Due()) {
				late++
			}
		}
		switch b.Risk {
		case data.RiskNone:
			noRisk++
		case data.RiskHigh:
			high++
		}
	}
	summary := doc.Facts{Rows: []doc.Fact{
		{Label: t(tPeriod), Value: period},
		{Label: t(tTotal), Value: strconv.Itoa(len(in.Breaches))},
		{Label: t(tNotified), Value: strconv.Itoa(notified)},
		{Label: t(tLate), Value: strconv.Itoa(late)},
		{Label: t(tNoRisk), Value: strconv.Itoa(noRisk)},
		{Label: t(tHigh), Value: strconv.Itoa(high)},
	}}
	d.Sections = []doc.Section{{Number: "1", Title: t(tSummary), Blocks: []doc.Block{summary}}}
	if len(in.Breaches) == 0 {
		d.Sections[0].Blocks = append(d.Sections[0].Blocks, doc.Paragraph{Text: t(tNone)})
		return d
	}
	table := doc.Table{Header: []string{t(tRef), t(tAware), t(tDue), t(tRisk), t(tState)}, Widths: []float64{1.3, 2.4, 2.4, 1.5, 2.2}}
	for _, b := range in.Breaches {
		table.Rows = append(table.Rows, []string{b.Ref, data.FormatLocalTime(b.AwareAt), data.FormatLocalTime(b.Due()), RiskLabel(b.Risk, l), StateLabel(b.State(in.Now), l)})
	}
	d.Sections[0].Blocks = append(d.Sections[0].Blocks, table)
	for i, b := range in.Breaches {
		d.Sections = append(d.Sections, Details(b, l, strconv.Itoa(i+2)))
	}
	return d
}

// Details is one breach as a section: the facts of art. 33(3) and 33(5),
// the assessment and the notifications, and the history.
func Details(b data.Breach, lang, number string) doc.Section {
	t := func(x vocab.Text) string { return x.In(lang) }
	approx := func(n int) string {
		if n <= 0 {
			return ""
		}
		return fmt.Sprintf(t(tApprox), n)
	}
	rows := []doc.Fact{
		{Label: t(tAware), Value: data.FormatLocalTime(b.AwareAt)},
		{Label: t(tOccurred), Value: data.FormatLocalTime(b.OccurredAt)},
		{Label: t(tWhat), Value: b.Description},
		{Label: t(tSubjects), Value: b.DataSubjects},
		{Label: t(tSubjectsN), Value: approx(b.SubjectsApprox)},
		{Label: t(tRecordsN), Value: approx(b.RecordsApprox)},
		{Label: t(tConsequences), Value: b.Consequences},
		{Label: t(tMeasures), Value: b.Measures},
		{Label: t(tRisk), Value: doc.Join(": ", RiskLabel(b.Risk, lang), b.RiskReasons)},
		{Label: t(tDue), Value: data.FormatLocalTime(b.Due())},
		{Label: t(tNotifiedAt), Value: doc.Join(", ", data.FormatLocalTime(b.NotifiedAt), b.AuthorityCase)},
		{Label: t(tDelay), Value: b.DelayReasons},
		{Label: t(tSubjectsTold), Value: doc.Join(", ", data.FormatLocalTime(b.SubjectsInformedAt), b.SubjectsHow)},
		{Label: t(tNotTold), Value: b.SubjectsNotReason},
		{Label: t(tController), Value: data.FormatLocalTime(b.ControllerToldAt)},
		{Label: t(tClosed), Value: data.FormatLocalTime(b.ClosedAt)},
	}
	var keep []doc.Fact
	for _, r := range rows {
		if strings.TrimSpace(r.Value) != "" {
			keep = append(keep, r)
		}
	}
	blocks := []doc.Block{doc.Facts{Rows: keep}}
	if b.Risk != data.RiskNone && b.NotifiedAt.IsZero() && b.ClosedAt.IsZero() {
		blocks = append(blocks, doc.Note{Text: t(tNotifyNote)})
	}
	if len(b.History) > 0 {
		h := doc.Table{Header: []string{t(tWhen), t(tWho), t(tEvent)}, Widths: []float64{2.2, 2, 5}}
		for _, e := range b.History {
			at, _ := time.Parse(time.RFC3339, e.At)
			h.Rows = append(h.Rows, []string{data.FormatLocalTime(at), e.By, EventText(e, lang)})
		}
		blocks = append(blocks, doc.Paragraph{Text: t(tHistory) + ":"}, h)
	}
	return doc.Section{Number: number, Title: b.Ref, Blocks: blocks}
}

// RiskLabel names an assessment in lang.
func RiskLabel(r data.Risk, lang string) string {
	switch r {
	case data.RiskNone:
		return tRiskNone.In(lang)
	case data.RiskSome:
		return tRiskSome.In(lang)
	case data.RiskHigh:
		return tRiskHigh.In(lang)
	}
	return tRiskUnassessed.In(lang)
}

// StateLabel names a breach state (data.Breach.State) in lang.
func StateLabel(state, lang string) string {
	switch state {
	case data.BreachNotified:
		return tStNotified.In(lang)
	case data.BreachNoNotice:
		return tStNoNotice.In(lang)
	case data.BreachClosed:
		return tStClosed.In(lang)
	case data.BreachNoticeLate:
		return tStLate.In(lang)
	}
	return tStOpen.In(lang)
}

// tx is one text in fi, sv and en.
func tx(fi, sv, en string) vocab.Text { return vocab.Text{FI: fi, SV: sv, EN: en} }

var (
	tTitle          = tx("Tietoturvaloukkausloki", "Logg över personuppgiftsincidenter", "Personal data breach log")
	tPage           = tx("Sivu %d / %d", "Sida %d av %d", "Page %d of %d")
	tPrinted        = tx("Tulostettu %s", "Utskriven %s", "Printed %s")
	tIntro          = tx("Tietosuoja-asetuksen 33 artiklan 5 kohdan mukaan jokainen henkilötietojen tietoturvaloukkaus dokumentoidaan: tosiseikat, vaikutukset ja korjaavat toimet, ilmoitettiinpa siitä tai ei. Ajat ovat Suomen aikaa.", "Enligt artikel 33.5 i dataskyddsförordningen dokumenteras varje personuppgiftsincident: omständigheterna, effekterna och de korrigerande åtgärderna, oavsett om den anmäldes eller inte. Tiderna är finsk tid.", "Under Article 33(5) of the General Data Protection Regulation every personal data breach is documented: the facts, its effects and the remedial action, whether it was notified or not. Times are Finnish time.")
	tSummary        = tx("Yhteenveto", "Sammanfattning", "Summary")
	tPeriod         = tx("Ajanjakso (havaittu)", "Period (upptäckt)", "Period (discovered)")
	tTotal          = tx("Loukkauksia", "Incidenter", "Breaches")
	tNotified       = tx("Ilmoitettu tietosuojavaltuutetulle", "Anmälda till dataombudsmannen", "Notified to the Ombudsman")
	tLate           = tx("Ilmoitettu yli 72 tunnin kuluttua", "Anmälda efter mer än 72 timmar", "Notified after more than 72 hours")
	tNoRisk         = tx("Ei riskiä (ei ilmoitusta)", "Ingen risk (ingen anmälan)", "No risk (not notified)")
	tHigh           = tx("Korkea riski", "Hög risk", "High risk")
	tNone           = tx("Ajanjaksolla ei ole kirjattuja loukkauksia.", "Inga incidenter har antecknats under perioden.", "No breaches were recorded in the period.")
	tRef            = tx("Viite", "Referens", "Reference")
	tAware          = tx("Havaittu", "Upptäckt", "Discovered")
	tDue            = tx("Ilmoitettava viimeistään (72 h)", "Ska anmälas senast (72 h)", "Notify by (72 h)")
	tRisk           = tx("Riski", "Risk", "Risk")
	tState          = tx("Tila", "Status", "Status")
	tApprox         = tx("noin %d", "cirka %d", "about %d")
	tOccurred       = tx("Tapahtui", "Inträffade", "Happened")
	tWhat           = tx("Mitä tapahtui", "Vad hände", "What happened")
	tSubjects       = tx("Rekisteröidyt ja tiedot", "Registrerade och uppgifter", "Data subjects and data")
	tSubjectsN      = tx("Rekisteröityjä", "Registrerade", "Data subjects")
	tRecordsN       = tx("Tietueita", "Poster", "Records")
	tConsequences   = tx("Todennäköiset seuraukset", "Sannolika följder", "Likely consequences")
	tMeasures       = tx("Toimenpiteet", "Åtgärder", "Measures")
	tNotifiedAt     = tx("Ilmoitettu tietosuojavaltuutetulle", "Anmäld till dataombudsmannen", "Notified to the Ombudsman")
	tDelay          = tx("Viivästyksen syyt", "Skäl till förseningen", "Reasons for the delay")
	tSubjectsTold   = tx("Rekisteröidyille kerrottu", "De registrerade informerade", "Data subjects told")
	tNotTold        = tx("Miksi rekisteröidyille ei kerrottu (34 art. 3 k.)", "Varför de registrerade inte informerades (art. 34.3)", "Why the data subjects were not told (Art. 34(3))")
	tController     = tx("Rekisterinpitäjälle kerrottu", "Den personuppgiftsansvarige informerad", "Controller told")
	tClosed         = tx("Suljettu", "Stängd", "Closed")
	tNotifyNote     = tx("Ilmoitus tietosuojavaltuutetun toimistolle puuttuu. Ilmoita ilman aiheetonta viivytystä ja mahdollisuuksien mukaan 72 tunnin kuluessa havaitsemisesta (33 artiklan 1 kohta).", "Anmälan till Dataombudsmannens byrå saknas. Anmäl utan onödigt dröjsmål och om möjligt inom 72 timmar från upptäckten (artikel 33.1).", "The notification to the Office of the Data Protection Ombudsman is missing. Notify without undue delay and, where feasible, within 72 hours of becoming aware (Article 33(1)).")
	tHistory        = tx("Historia", "Historik", "History")
	tWhen           = tx("Aika", "Tid", "When")
	tWho            = tx("Kuka", "Vem", "Who")
	tEvent          = tx("Tapahtuma", "Händelse", "Event")
	tRiskNone       = tx("Ei riskiä", "Ingen risk", "No risk")
	tRiskSome       = tx("Riski", "Risk", "Risk")
	tRiskHigh       = tx("Korkea riski", "Hög risk", "High risk")
	tRiskUnassessed = tx("Arvioimatta", "Inte bedömd", "Not assessed")
	tStOpen         = tx("Avoin", "Öppen", "Open")
	tStNotified     = tx("Ilmoitettu", "Anmäld", "Notified")
	tStNoNotice     = tx("Ei ilmoitusvelvollisuutta", "Ingen anmälningsplikt", "No notification needed")
	tStClosed       = tx("Suljettu", "Stängd", "Closed")
	tStLate         = tx("72 tuntia ylitetty", "72 timmar överskridna", "72 hours passed")
)
