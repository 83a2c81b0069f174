package main

import (
	"fmt"
	"strconv"
	"tietosuojapakki/data/vocab"
)

// purge removes the personal texts of the breaches past the breach log's
// retention (data.PurgeBreaches), after asking unless --yes is given.
func (c *breachesCmd) purge(_ []string) error {
	l := c.lang
	refs, err := c.st.ExpiredBreaches(c.ctx, c.org)
	if err != nil {
		return err
	}
	months, err := c.st.BreachRetentionMonths(c.ctx, c.org)
	if err != nil {
		return err
	}
	m := strconv.Itoa(months)
	if len(refs) == 0 {
		fmt.Fprintln(c.stdout, word(l, "Ei poistettavaa: mikään suljettu loukkaus ei ole ylittänyt säilytysaikaa ("+m+" kk).",
			"Inget att radera: ingen avslutad incident har passerat lagringstiden ("+m+" mån).",
			"Nothing to purge: no closed breach is past the retention period ("+m+" months)."))
		return nil
	}
	return purgeAsked(c.stdout, c.stdin, l, refs, c.f.yes, vocab.Text{
		FI: "Poistetaanko näiden kuvaukset, rekisteröidyt, seuraukset, toimet ja perustelut? Viite, ajat ja riski säilyvät. (k/e) ",
		SV: "Radera deras beskrivningar, registrerade, följder, åtgärder och motiveringar? Referens, tider och risk bevaras. (j/n) ",
		EN: "Remove their descriptions, data subjects, consequences, measures and reasons? Reference, times and risk are kept. (y/n) "},
		func() (int, error) { return c.st.PurgeBreaches(c.ctx, c.org) })
}
